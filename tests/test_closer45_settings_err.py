"""An invalid setting's Err quotes its value only in a short plain shape (settings._got): a currency code, a flag, a
consent word, an API version; anything longer or holding another sign is named by its length (closer 45)."""

import pytest

from builders import make_settings
from meta_capi.errors import SettingsError
from meta_capi.settings import parse_settings


def _err(**settings: str) -> str:
    with pytest.raises(SettingsError) as raised:
        parse_settings(make_settings(**settings))
    return str(raised.value)


@pytest.mark.parametrize(("setting", "value", "quoted"), [
    ("meta_default_currency", "eur0", "'EUR0'"),
    ("meta_default_currency", "DOLLARS", "'DOLLARS'"),
    ("meta_standard_events", "nope", "'nope'"),
    ("meta_generate_fbp", "enable", "'enable'"),
    ("meta_api_version", "v9.1", "'v9.1'"),
    ("meta_api_version", "v26_0-rc", "'v26_0-rc'"),
    ("meta_ldu_state", "1999", "'1999'"),
    ("meta_url_query", "strip", "'strip'"),
    ("meta_pixel_id", "px-12", "'px-12'"),
])
def test_a_short_plain_bad_value_is_quoted(setting, value, quoted):
    assert _err(**{setting: value}).endswith(f"got {quoted}")


@pytest.mark.parametrize(("setting", "value", "shown"), [
    ("meta_default_currency", "/srv/shop/orvelin", "text of 17 characters"),
    ("meta_default_currency", "tamsin.quell@example.org", "text of 24 characters"),
    ("meta_url_query", "drop please", "text of 11 characters"),
    ("meta_standard_events", "ja, gern", "text of 8 characters"),  # (a blank and a comma: not plain)
    ("meta_action_source", "+44 7700 900461", "text of 15 characters"),
    ("meta_pixel_id", "447700900461x", "text of 13 characters"),
    ("meta_pixel_id", "1234567x", "text of 8 characters"),  # (seven digits: a phone's tail)
    ("meta_ldu_country", "١", "text of 1 character"),  # (an Arabic-Indic digit: not ASCII)
    ("meta_api_version", "orvelin-quell", "text of 13 characters"),
])
def test_any_other_bad_value_is_named_by_its_length(setting, value, shown):
    message = _err(**{setting: value})
    assert message.endswith(f"got {shown}")
    assert value.strip().lower() not in message.lower()


def test_an_event_mapping_to_nothing_names_its_source_only_when_plain():
    assert _err(meta_event_mapping='{"Bought": ""}').endswith("got 'Bought': text of 0 characters")
    message = _err(meta_event_mapping='{"lead tamsin.quell@example.org": 1}')
    assert message.endswith("got text of 29 characters: int")
    assert "tamsin" not in message


def test_a_valid_setting_still_parses():
    parsed = parse_settings(make_settings(meta_default_currency="gbp", meta_url_query="DROP", meta_ldu_state="1000"))
    assert (parsed.default_currency, parsed.url_query, parsed.ldu_state) == ("GBP", "drop", 1000)
