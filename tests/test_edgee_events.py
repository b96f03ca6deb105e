import pytest

from edgee_host.proxy.events import EdgeeEvent, EventFormatError, parse_event, parse_events, parse_timestamp_micros
from meta_capi.model import TrackData
from wasm_support import SAMPLES


@pytest.mark.parametrize(
    ("text", "micros"),
    [
        ("2025-02-03T15:46:39.283317613Z", 1738597599283317),
        ("2025-02-03T15:46:39Z", 1738597599000000),
        ("2025-02-03T16:46:39.5+01:00", 1738597599500000),
        ("1970-01-01T00:00:00Z", 0),
    ],
)
def test_edgee_events_parse_rfc3339_to_micros(text, micros):
    assert parse_timestamp_micros(text) == micros


def test_edgee_events_convert_the_sample_track_event_as_the_proxy_does():
    import json

    parsed = parse_event(json.loads((SAMPLES / "track.json").read_text())[0])
    assert parsed.kind == "track" and parsed.components is None and parsed.accept_language == "en-US,en;q=0.5"
    event = parsed.event
    assert (event.timestamp, event.timestamp_millis, event.timestamp_micros) == (
        1738598792, 1738598792809, 1738598792809486)
    assert event.data == TrackData(
        name="button_click",
        properties=[("registered", "false"), ("size", "10"), ("color", "blue"), ("category", "shoes"),
                    ("label", "Blue Sneakers")],
        products=[],
    )
    assert event.context.user.properties == [("verified", "true"), ("age", "42"), ("email", "me@example.com"),
                                             ("name", "John Doe")]
    assert event.context.session.first_seen == 1734021003
    assert event.context.client.screen_density == 2.0 and event.context.client.country_code == ""
    assert event.consent == "granted"


ORDER = {
    "type": "track", "timestamp": "2026-01-01T00:00:00Z",
    "data": {"name": "Order Completed", "properties": {
        "revenue": 12.5, "tags": ["a"], "meta": {"x": 1}, "none": None, "ok": True,
        "products": [{"product_id": "A", "price": 2, "variants": [1]}, "not-a-product"]}},
}


def test_edgee_events_convert_properties_as_the_proxy_does_and_pass_no_products():
    parsed = parse_event(ORDER)
    data = parsed.event.data
    assert isinstance(data, TrackData)
    assert data.properties == [("revenue", "12.5"), ("none", "null"), ("ok", "true")]
    assert data.products == [] and parsed.dropped_products is True
    assert parsed.raw_properties == {"revenue": 12.5, "tags": ["a"], "meta": {"x": 1}, "none": None, "ok": True}


def test_edgee_events_pass_products_on_request_for_other_hosts():
    parsed = parse_event(ORDER, pass_products=True)
    assert isinstance(parsed.event.data, TrackData)
    assert parsed.event.data.products == [[("product_id", "A"), ("price", "2")]]
    assert parsed.dropped_products is False


def test_edgee_events_refuse_a_lone_surrogate_as_the_proxy_parser_does():
    with pytest.raises(EventFormatError, match="event 3: event: holds a lone surrogate"):
        parse_event({**ORDER, "uuid": "\ud800"}, 3)


def test_edgee_events_missing_fields_become_empty_and_consent_stays_missing():
    parsed = parse_event({"type": "page", "timestamp": "2026-01-01T00:00:00Z"})
    assert parsed.event.uuid == "" and parsed.event.consent is None and parsed.event.context.page.url == ""


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"type": "screen", "timestamp": "2026-01-01T00:00:00Z"}, "event 0: type: expected one of page, track, user"),
        ({"type": "page"}, "event 0: timestamp: expected an RFC 3339 date-time string"),
        ({"type": "page", "timestamp": "yesterday"}, "event 0: timestamp: expected an RFC 3339 date-time"),
        ({"type": "page", "timestamp": "2026-01-01T00:00:00Z", "consent": "yes"}, "event 0: consent: expected"),
        ({"type": "page", "timestamp": "2026-01-01T00:00:00Z", "data": {"url": 3}}, "event 0: data.url: expected a"),
        ({"type": "page", "timestamp": "2026-01-01T00:00:00Z", "context": {"client": {"screen_width": "x"}}},
         "event 0: context.client.screen_width: expected an integer"),
        ({"type": "page", "timestamp": "2026-01-01T00:00:00Z", "context": {"session": {"first_seen": 5}}},
         "event 0: context.session.first_seen: expected an RFC 3339 date-time string"),
        ([], "event 0: event: expected an object, got list"),
    ],
)
def test_edgee_events_malformed_events_name_the_index_and_field(raw, message):
    with pytest.raises(EventFormatError) as raised:
        parse_event(raw, 0)
    assert str(raised.value).startswith(message)


def test_edgee_events_a_malformed_event_does_not_stop_the_others():
    results = parse_events([{"type": "page", "timestamp": "2026-01-01T00:00:00Z"}, {"type": "nope"},
                            {"type": "user", "timestamp": "2026-01-01T00:00:00Z"}])
    assert [type(item) for item in results] == [EdgeeEvent, EventFormatError, EdgeeEvent]
    assert str(results[1]).startswith("event 1: type:")


@pytest.mark.parametrize(
    ("changes", "refusal"),
    [
        ({}, ""),
        ({"uuid": None}, "the proxy's parser requires uuid"),
        ({"data": None}, "the proxy's parser requires data"),
        ({"data": {"url": "https://a.com/", "path": "/"}}, "the proxy's parser requires data.title"),
        ({"context": {"user": {"edgee_id": "e"}, "client": {"ip": "1.2.3.4"}}},
         "the proxy's parser requires context.session, context.client.user_agent"),
    ],
)
def test_edgee_events_say_what_the_proxy_parser_would_refuse(changes, refusal):
    from edgee_host.cli.samples import sample_events
    from edgee_host.proxy.events import proxy_refusal

    raw = sample_events()[0]
    for key, value in changes.items():
        if value is None:
            del raw[key]
        else:
            raw[key] = value
    assert proxy_refusal(raw) == refusal
