import json

import pytest

from builders import EMAIL_HASH, EVENTS_URL, NOW, PAGE_URL, TOKEN, USER_AGENT, make_event, make_settings, sha
from meta_capi import ConsentError, EventError, SettingsError, SkippedEvent, build_request
from meta_capi.model import Request


def request_of(kind, event, **settings):
    return build_request(kind, event, make_settings(**settings), now=NOW)


def body_of(kind, event, **settings):
    return json.loads(request_of(kind, event, **settings).body)


def test_payload_page_event_is_a_pageview_post_with_the_token_in_the_body():
    event = make_event("page", title="Product 42", referrer="https://google.com/", properties={"section": "shoes"})
    request = request_of("page", event)
    assert request == Request(
        method="POST", url=EVENTS_URL, headers=(("content-type", "application/json"),),
        forward_client_headers=False, body=request.body,
    )
    assert json.loads(request.body) == {
        "data": [{
            "event_name": "PageView",
            "event_time": NOW - 60,
            "event_id": "11111111-2222-3333-4444-555555555555",
            "action_source": "website",
            "event_source_url": PAGE_URL,
            "referrer_url": "https://google.com/",
            "user_data": {
                "em": EMAIL_HASH,
                "external_id": [sha("e-1")],
                "client_ip_address": "93.184.216.34",
                "client_user_agent": USER_AGENT,
            },
            "custom_data": {"page_title": "Product 42", "section": "shoes"},
        }],
        "access_token": TOKEN,
    }
    assert TOKEN not in request.url


def test_payload_adds_the_test_event_code_when_set():
    body = body_of("page", make_event("page"), meta_test_event_code="TEST4242")
    assert body["test_event_code"] == "TEST4242"
    assert "test_event_code" not in body_of("page", make_event("page"))


def test_payload_uses_the_configured_api_version():
    request = request_of("page", make_event("page"), meta_api_version="v25.0")
    assert request.url == EVENTS_URL.replace("v26.0", "v25.0")


@pytest.mark.parametrize(
    ("url", "search", "expected"),
    [
        ("https://a.com/p", "?q=1", "https://a.com/p?q=1"),
        ("https://a.com/p", "q=1", "https://a.com/p?q=1"),
        ("https://a.com/p?q=1", "?q=1", "https://a.com/p?q=1"),
        ("https://a.com/p#top", "?q=1", "https://a.com/p?q=1#top"),
        ("https://a.com/p", "", "https://a.com/p"),
    ],
)
def test_payload_appends_search_only_when_the_url_has_no_query(url, search, expected):
    assert body_of("track", make_event(url=url, search=search))["data"][0]["event_source_url"] == expected


def test_payload_leaves_out_every_empty_value():
    event = make_event("track", url="", ip="", user_agent="", edgee_id="", uuid="")
    assert body_of("track", event)["data"][0] == {
        "event_name": "Button Clicked", "event_time": NOW - 60, "action_source": "website",
        "user_data": {"em": EMAIL_HASH},
    }


@pytest.mark.parametrize("consent", ["pending", "denied", None])
def test_payload_refuses_events_without_granted_consent(consent):
    with pytest.raises(ConsentError):
        request_of("track", make_event(consent=consent))



# edgee_default_consent as the proxy reads it: exactly `granted` or `denied`, anything else `pending`.
@pytest.mark.parametrize(
    ("consent", "default", "error"),
    [
        (None, "granted", None),
        (None, "denied", "consent was not granted (consent is missing, denied by edgee_default_consent)"),
        (None, "pending", "consent was not granted (consent is missing, pending by edgee_default_consent)"),
        (None, "Granted", "consent was not granted (consent is missing, pending by edgee_default_consent)"),
        (None, " granted", "consent was not granted (consent is missing, pending by edgee_default_consent)"),
        (None, "", "consent was not granted (consent is missing)"),
        ("pending", "granted", "consent was not granted (consent is pending)"),
        ("denied", "granted", "consent was not granted (consent is denied)"),
        ("granted", "denied", None),
    ],
)
def test_payload_default_consent_setting_applies_only_to_events_without_consent(consent, default, error):
    event = make_event(consent=consent)
    if error is None:
        assert body_of("track", event, edgee_default_consent=default) == body_of("track", make_event())
    else:
        with pytest.raises(ConsentError) as raised:
            request_of("track", event, edgee_default_consent=default)
        assert str(raised.value) == error + ": the event is not sent to Meta"

def test_payload_checks_settings_before_anything_else():
    with pytest.raises(SettingsError, match="meta_pixel_id"):
        build_request("page", make_event("page", consent="denied"), [("meta_access_token", TOKEN)], now=NOW)


def test_payload_rejects_an_unknown_kind():
    with pytest.raises(EventError, match="unknown event kind 'screen'"):
        request_of("screen", make_event())


def test_payload_user_events_can_be_switched_off():
    with pytest.raises(SkippedEvent, match=r"user events are switched off \(meta_user_event_name = none\)"):
        request_of("user", make_event("user"), meta_user_event_name="none")


def test_payload_ldu_adds_data_processing_options():
    server = body_of("page", make_event("page"), meta_ldu="true", meta_ldu_country="1", meta_ldu_state="1000")
    assert (server["data"][0]["data_processing_options"], server["data"][0]["data_processing_options_country"],
            server["data"][0]["data_processing_options_state"]) == (["LDU"], 1, 1000)
    default = body_of("page", make_event("page"), meta_ldu="true")["data"][0]
    assert (default["data_processing_options_country"], default["data_processing_options_state"]) == (0, 0)
    assert "data_processing_options" not in body_of("page", make_event("page"))["data"][0]


def test_payload_action_source_comes_from_the_setting():
    body = body_of("page", make_event("page"), meta_action_source="physical_store")
    assert body["data"][0]["action_source"] == "physical_store"


@pytest.mark.parametrize(
    ("timestamp", "action_source", "message"),
    [
        (NOW - 8 * 86400, "website", "is more than 7 days old"),
        (NOW + 120, "website", "is more than a minute in the future"),
        (0, "website", "is more than 7 days old"),
        (NOW - 63 * 86400, "physical_store", "is more than 62 days old"),
    ],
)
def test_payload_refuses_events_meta_would_reject_for_their_time(timestamp, action_source, message):
    with pytest.raises(EventError, match=message):
        request_of("page", make_event("page", timestamp=timestamp), meta_action_source=action_source)


@pytest.mark.parametrize(("timestamp", "action_source"), [
    (NOW - 7 * 86400 + 1, "website"), (NOW + 60, "website"), (NOW - 30 * 86400, "physical_store")])
def test_payload_accepts_events_inside_the_time_window(timestamp, action_source):
    body = body_of("page", make_event("page", timestamp=timestamp), meta_action_source=action_source)
    assert body["data"][0]["event_time"] == timestamp
