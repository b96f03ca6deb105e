import pytest

from builders import PIXEL_ID, TOKEN, make_settings
from meta_capi.errors import SettingsError
from meta_capi.settings import DEFAULT_API_VERSION, Settings, parse_settings, settings_for


def test_settings_defaults_when_only_the_required_ones_are_set():
    assert parse_settings(make_settings()) == Settings(pixel_id=PIXEL_ID, access_token=TOKEN)
    assert DEFAULT_API_VERSION == "v26.0"


def test_settings_reads_every_optional_setting():
    parsed = parse_settings(make_settings(
        meta_test_event_code="TEST123", meta_api_version="v25.0", meta_event_mapping='{"Bought": "Purchase"}',
        meta_standard_events="false", meta_user_event_name="CompleteRegistration", meta_default_currency="eur",
        meta_generate_fbp="true", meta_action_source="physical_store", meta_ldu="true", meta_ldu_country="1",
        meta_ldu_state="1000", meta_require_email_or_phone="false", some_unknown_setting="ignored",
        meta_app_secret="app-secret-123", meta_allow_test_event_code_property="true",
    ))
    assert parsed == Settings(
        pixel_id=PIXEL_ID, access_token=TOKEN, test_event_code="TEST123", api_version="v25.0",
        event_mapping={"bought": "Purchase"}, standard_events=False, user_event_name="CompleteRegistration",
        default_currency="EUR", generate_fbp=True, action_source="physical_store", ldu=True, ldu_country=1,
        ldu_state=1000, require_email_or_phone=False,
        # openssl dgst -sha256 -hmac app-secret-123 of the token EAAtesttoken; the secret itself is not kept
        appsecret_proof="aefb92ca51c08e8a5691b079d2db300f90c72c5527ce3b3cebc5a43de9ede6da",
        allow_test_event_code_property=True,
    )


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ([("meta_access_token", TOKEN)], "meta_pixel_id is required and missing or empty"),
        ([("meta_pixel_id", PIXEL_ID)], "meta_access_token is required and missing or empty"),
        (make_settings(meta_pixel_id="  "), "meta_pixel_id is required and missing or empty"),
        (make_settings(meta_access_token=""), "meta_access_token is required and missing or empty"),
        (make_settings(meta_pixel_id="12/../34"), "meta_pixel_id must be the numeric pixel or dataset id, got text"),
        (make_settings(meta_access_token="a b"), "meta_access_token must not contain white space"),
        (make_settings(meta_api_version="latest"), "meta_api_version must look like v26.0, got 'latest'"),
        (make_settings(meta_api_version="v26.1"), "meta_api_version must look like v26.0, got 'v26.1'"),
        (make_settings(meta_event_mapping="{oops"), "meta_event_mapping must be a JSON object, got invalid JSON"),
        (make_settings(meta_event_mapping="[1]"), "meta_event_mapping must be a JSON object, got list"),
        (make_settings(meta_event_mapping='{"a": 1}'), "meta_event_mapping maps names to non-empty Meta event names"),
        (make_settings(meta_standard_events="maybe"), "meta_standard_events must be true or false, got 'maybe'"),
        (make_settings(meta_default_currency="EURO"), "meta_default_currency must be an ISO 4217 code, got 'EURO'"),
        (make_settings(meta_action_source="web"), "meta_action_source must be one of chat, email, other, phone_call"),
        (make_settings(meta_ldu_country="²"), "meta_ldu_country must be one of [0, 1], got text of 1 character"),
        (make_settings(meta_allow_test_event_code_property="sometimes"),
         "meta_allow_test_event_code_property must be true or false, got text of 9 characters"),
        (make_settings(meta_ldu_country="2"), "meta_ldu_country must be one of [0, 1], got '2'"),
        (make_settings(meta_ldu_state="999"), "meta_ldu_state must be one of [0, 1000,"),
    ],
)
def test_settings_errors_name_the_setting_and_the_bad_value(settings, message):
    with pytest.raises(SettingsError) as raised:
        parse_settings(settings)
    assert str(raised.value).startswith(message)


def test_settings_error_never_prints_the_token():
    with pytest.raises(SettingsError) as raised:
        parse_settings(make_settings(meta_access_token="secret value"))
    assert "secret" not in str(raised.value)


def test_settings_user_event_none_switches_user_events_off_in_any_case():
    assert parse_settings(make_settings(meta_user_event_name="None")).user_event_name == "none"


def test_settings_last_repeated_value_wins():
    assert parse_settings(make_settings() + [("meta_pixel_id", "42")]).pixel_id == "42"


def test_settings_are_parsed_once_per_distinct_list():
    first = settings_for(make_settings(meta_test_event_code="A"))
    assert settings_for(make_settings(meta_test_event_code="A")) is first
    assert settings_for(make_settings(meta_test_event_code="B")) is not first


def test_settings_a_code_in_non_ascii_digits_is_refused_not_a_crash():
    with pytest.raises(SettingsError, match="meta_ldu_country must be one of"):
        parse_settings(make_settings(meta_ldu_country="\u00b2"))
