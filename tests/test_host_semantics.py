import pytest

from edgee_host.edgee_events import parse_event
from edgee_host.host_semantics import (
    ComponentEntry,
    ConfigError,
    anonymize_ip,
    entry_from_settings,
    load_edgee_toml,
    prepare,
    visitor_headers,
)
from meta_capi.model import Campaign, PageData


def edgee_event(**changes):
    raw = {
        "type": "page", "timestamp": "2026-01-01T00:00:00Z",
        "data": {"url": "https://a.com/p", "search": "?utm_source=x", "referrer": "https://r.com/"},
        "context": {"page": {"url": "https://a.com/p", "search": "?utm_source=x", "referrer": "https://r.com/"},
                    "client": {"ip": "203.0.113.77", "user_agent": "UA", "accept_language": "fr-FR",
                               "user_agent_version_list": "Not A(Brand;8|Chromium;132", "user_agent_mobile": "0",
                               "os_name": "Linux"},
                    "campaign": {"name": "sale", "source": "fb"}},
    }
    raw.update(changes)
    return parse_event(raw)


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
    path.write_text('[[components.data_collection]]\nid = "meta_capi"\nwit_version = "1.0.0"\n'
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


def test_host_fills_missing_consent_and_anonymizes_when_not_granted():
    prepared = prepare(ComponentEntry(id="meta_capi"), edgee_event())
    event = prepared.event
    assert event is not None and event.consent == "pending"
    assert event.context.client.ip == "203.0.113.0"
    assert (event.context.page.search, event.context.page.referrer) == ("", "")
    assert isinstance(event.data, PageData) and (event.data.search, event.data.referrer) == ("", "")
    assert event.context.campaign == Campaign()


def test_host_leaves_granted_events_and_disabled_anonymization_alone():
    granted = prepare(ComponentEntry(id="meta_capi"), edgee_event(consent="granted")).event
    assert granted is not None and granted.context.client.ip == "203.0.113.77"
    kept = prepare(ComponentEntry(id="meta_capi", anonymization=False, default_consent="denied"), edgee_event()).event
    assert kept is not None and kept.consent == "denied" and kept.context.page.search == "?utm_source=x"


@pytest.mark.parametrize(
    ("entry", "components", "reason"),
    [
        (ComponentEntry(id="meta_capi", enabled={"page": False, "track": True, "user": True}), {},
         "edgee_page_event_enabled is false for meta_capi"),
        (ComponentEntry(id="meta_capi"), {"meta_capi": False}, "the event's components map turns meta_capi off"),
        (ComponentEntry(id="meta_capi"), {"all": False}, "the event's components map turns meta_capi off"),
    ],
)
def test_host_skips_events_the_proxy_would_not_send(entry, components, reason):
    assert prepare(entry, edgee_event(components=components)).skipped == reason


def test_host_components_map_can_turn_one_component_back_on():
    assert prepare(ComponentEntry(id="meta_capi"), edgee_event(components={"all": False, "meta_capi": True})).event


def test_host_builds_the_visitor_headers():
    assert visitor_headers(edgee_event()) == [
        ("x-forwarded-for", "203.0.113.77"), ("user-agent", "UA"), ("referer", "https://a.com/p?utm_source=x"),
        ("accept-language", "fr-FR"), ("sec-ch-ua", '"Not A(Brand";v="8", "Chromium";v="132"'),
        ("sec-ch-ua-mobile", "?0"), ("sec-ch-ua-platform", '"Linux"'),
    ]
