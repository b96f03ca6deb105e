"""edgee.toml entries as the proxy reads them (config.rs)."""

import pytest

from edgee_host.proxy.config import (
    ComponentEntry,
    ConfigError,
    anonymize_ip,
    entry_from_settings,
    load_edgee_toml,
)
from edgee_host.proxy.rules import Condition, FilteringRule, Manipulation, ManipulationRule


def test_host_settings_strip_edgee_keys_and_keep_the_component_strings():
    entry = entry_from_settings("meta_capi", {
        "meta_pixel_id": "1", "meta_access_token": "t", "edgee_default_consent": "granted",
        "edgee_anonymization": False, "edgee_page_event_enabled": False, "edgee_track_event_enabled": "true",
        "edgee_some_future_flag": 3})
    assert entry == ComponentEntry(
        id="meta_capi", settings=[("meta_pixel_id", "1"), ("meta_access_token", "t")],
        enabled={"page": False, "track": True, "user": True}, default_consent="granted", anonymization=False)


@pytest.mark.parametrize(
    ("settings", "message"),
    [({"meta_ldu": True}, "settings.meta_ldu must be a string, got bool"),
     ({"edgee_default_consent": "yes"}, "settings.edgee_default_consent must be pending, granted or denied"),
     ({"edgee_anonymization": "sometimes"}, "settings.edgee_anonymization must be true or false")],
)
def test_host_settings_errors_name_the_key(settings, message):
    with pytest.raises(ConfigError, match=message):
        entry_from_settings("meta_capi", settings)


def test_host_reads_edgee_toml_entries(tmp_path):
    path = tmp_path / "edgee.toml"
    path.write_text('[[components.data_collection]]\nid = "meta_capi"\nfile = "meta_capi.wasm"\n'
                    'wit_version = "1.0.0"\nsettings.meta_pixel_id = "1"\nsettings.edgee_user_event_enabled = false\n')
    [entry] = load_edgee_toml(path)
    assert (entry.id, entry.file, entry.settings, entry.enabled["user"]) == (
        "meta_capi", "meta_capi.wasm", [("meta_pixel_id", "1")], False)


def test_host_edgee_toml_errors_point_at_the_entry(tmp_path):
    path = tmp_path / "edgee.toml"
    path.write_text('[[components.data_collection]]\nid = "meta_capi"\nfile = "m.wasm"\nwit_version = "1.0.0"\n'
                    'settings.meta_pixel_id = 42\n')
    with pytest.raises(ConfigError, match=r"components.data_collection\[0\]: settings.meta_pixel_id must be a string"):
        load_edgee_toml(path)
    path.write_text("[components]\n")
    with pytest.raises(ConfigError, match="no \\[\\[components.data_collection\\]\\] entry"):
        load_edgee_toml(path)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('id = "meta_capi"\n', 'wit_version is required \\(the proxy has no default\\); add wit_version = "1.0.0"'),
        ('id = "meta_capi"\nwit_version = "2.0"\n', "wit_version '2.0' is not one the proxy binds"),
    ],
)
def test_host_edgee_toml_needs_a_wit_version_the_proxy_binds(tmp_path, entry, message):
    path = tmp_path / "edgee.toml"
    path.write_text("[[components.data_collection]]\n" + entry)
    with pytest.raises(ConfigError, match=r"components.data_collection\[0\]: " + message):
        load_edgee_toml(path)


@pytest.mark.parametrize(
    ("ip", "anonymized"),
    [("203.0.113.77", "203.0.113.0"), ("2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:db8:85a3::"), ("junk", "")],
)
def test_host_anonymizes_ips_as_the_proxy_does(ip, anonymized):
    assert anonymize_ip(ip) == anonymized


def test_host_reads_filtering_and_manipulation_rules(tmp_path):
    path = tmp_path / "edgee.toml"
    path.write_text("""
[[components.data_collection]]
id = "meta_capi"
file = "m.wasm"
wit_version = "1.0.0"
[[components.data_collection.event_filtering_rules]]
name = "no bots"
event_types = ["page", "track"]
conditions = [{ field = "context.client.user-agent", operator = "sw", value = "bot" }]
[[components.data_collection.data_manipulation_rules]]
name = "rename"
event_types = ["track"]
manipulations = [{ from_property = "Buy", to_property = "Purchase", manipulation_type = "replace-event-name" }]
""")
    [entry] = load_edgee_toml(path)
    assert entry.event_filtering_rules == [
        FilteringRule("no bots", ("page", "track"), (Condition("context.client.user-agent", "sw", "bot"),))]
    assert entry.data_manipulation_rules == [
        ManipulationRule("rename", ("track",), (Manipulation("Buy", "Purchase", "replace-event-name"),))]


@pytest.mark.parametrize(
    ("content", "message"),
    [("components = 5\n", "components must be a table"),
     ("[[components.data_collection]]\nid = 'a'\nfile = 'a'\nwit_version = '1.0.0'\nevent_filtering_rules = 3\n",
      "event_filtering_rules must be an array of tables"),
     ("x = " + "[" * 100_000 + "]" * 100_000 + "\n", "invalid TOML")],
)
def test_host_bad_edgee_toml_is_a_config_error(tmp_path, content, message):
    path = tmp_path / "edgee.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_edgee_toml(path)


def test_host_non_utf8_edgee_toml_is_a_config_error(tmp_path):
    path = tmp_path / "edgee.toml"
    path.write_bytes(b"id = '\xff'\n")
    with pytest.raises(ConfigError, match="cannot be read as UTF-8 text"):
        load_edgee_toml(path)


ENTRY_HEAD = '[[components.data_collection]]\nid = "meta_capi"\nfile = "m.wasm"\nwit_version = "1.0.0"\n'


@pytest.mark.parametrize(("content", "message"), [
    ('[[components.data_collection]]\nid = "meta_capi"\nwit_version = "1.0.0"\n', "file must be a string"),
    (ENTRY_HEAD + 'settings.edgee_anonymization = "false"\n', "settings.edgee_anonymization must be true or false"),
    (ENTRY_HEAD + 'settings.edgee_track_event_enabled = "false"\n', "settings.edgee_track_event_enabled must be"),
    (ENTRY_HEAD + "settings.edgee_custom = 3\n", "settings.edgee_custom must be a string"),
    (ENTRY_HEAD + "settings.edgee_default_consent = 1\n", "settings.edgee_default_consent must be a string"),
    (ENTRY_HEAD + '[[components.data_collection.event_filtering_rules]]\nevent_types = ["page"]\nconditions = []\n',
     r"event_filtering_rules\[0\].name is required"),
    (ENTRY_HEAD + '[[components.data_collection.event_filtering_rules]]\nname = "r"\nconditions = []\n',
     r"event_filtering_rules\[0\].event_types is required"),
    (ENTRY_HEAD + '[[components.data_collection.event_filtering_rules]]\nname = "r"\nevent_types = []\n',
     r"event_filtering_rules\[0\].conditions is required"),
    (ENTRY_HEAD + '[[components.data_collection.event_filtering_rules]]\nname = "r"\nevent_types = []\n'
     'conditions = [{ field = "uuid", operator = "eq" }]\n', r"conditions\[0\].value is required"),
    (ENTRY_HEAD + '[[components.data_collection.data_manipulation_rules]]\nname = "r"\nevent_types = []\n'
     'manipulations = [{ from_property = "a", to_property = "b" }]\n', r"manipulations\[0\].manipulation_type is"),
])
def test_host_edgee_toml_the_proxy_refuses_at_start_up_is_refused(tmp_path, content, message):
    path = tmp_path / "edgee.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_edgee_toml(path)


def test_host_edgee_toml_the_proxy_runs_is_run_with_its_meaning(tmp_path):
    path = tmp_path / "edgee.toml"
    path.write_text(ENTRY_HEAD.replace('"meta_capi"', '""') + 'settings.edgee_default_consent = "maybe"\n'
                    'settings.edgee_custom = "x"\nsettings.meta_pixel_id = "1"\n')
    [entry] = load_edgee_toml(path)
    assert (entry.id, entry.default_consent) == ("", "maybe")  # unknown consent acts as pending
    assert entry.settings == [("edgee_custom", "x"), ("meta_pixel_id", "1")]  # other edgee_* reach the component
