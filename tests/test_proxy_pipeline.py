"""The harness's copy of the proxy's send_events: each step, in the proxy's order."""

import pytest

from edgee_host.proxy.answer import InvalidHeader, forwarded_headers, request_headers
from edgee_host.proxy.config import ComponentEntry
from edgee_host.proxy.events import parse_event
from edgee_host.proxy.pipeline import batch_of, prepare, server_drops
from edgee_host.proxy.rules import Condition, FilteringRule, Manipulation, ManipulationRule
from meta_capi.model import Campaign, PageData, TrackData

ENTRY = ComponentEntry(id="meta_capi")


def edgee_event(kind="page", **changes):
    raw = {
        "uuid": "u-1", "type": kind, "timestamp": "2026-01-01T00:00:00Z",
        "data": {"url": "https://a.com/p", "search": "?utm_source=x", "referrer": "https://r.com/",
                 "name": "Order Completed", "properties": {"color": "blue", "size": 10, "gift": None}},
        "context": {"page": {"url": "https://a.com/p?q=1", "search": "?utm_source=x", "referrer": "https://r.com/"},
                    "user": {"edgee_id": "e-first"},
                    "client": {"ip": "203.0.113.77", "user_agent": "UA", "accept_language": "fr-FR",
                               "user_agent_version_list": "Not A(Brand;8|Chromium;132", "os_name": "Linux"},
                    "campaign": {"name": "sale", "source": "fb"},
                    "session": {"session_start": True}},
    }
    raw.update(changes)
    return parse_event(raw)


def prepared(entry, item, first=None):
    return prepare(entry, item, batch_of(first or item))


def test_pipeline_fills_missing_consent_and_anonymizes_when_not_granted():
    event = prepared(ENTRY, edgee_event()).event
    assert event is not None and event.consent == "pending"
    assert event.context.client.ip == "203.0.113.0"
    assert (event.context.page.search, event.context.page.referrer) == ("", "")
    assert isinstance(event.data, PageData) and (event.data.search, event.data.referrer) == ("?utm_source=x",
                                                                                              "https://r.com/")
    assert event.context.campaign == Campaign()


@pytest.mark.parametrize(("default", "consent"), [("granted", "granted"), ("denied", "denied"), ("maybe", "pending")])
def test_pipeline_default_consent_is_pending_unless_granted_or_denied(default, consent):
    event = prepared(ComponentEntry(id="meta_capi", default_consent=default), edgee_event()).event
    assert event is not None and event.consent == consent


def test_pipeline_leaves_granted_events_and_disabled_anonymization_alone():
    granted = prepared(ENTRY, edgee_event(consent="granted")).event
    assert granted is not None and granted.context.client.ip == "203.0.113.77"
    kept = prepared(ComponentEntry(id="meta_capi", anonymization=False, default_consent="denied"), edgee_event()).event
    assert kept is not None and kept.consent == "denied" and kept.context.page.search == "?utm_source=x"


def test_pipeline_uses_the_first_event_ip_and_times_later_events_one_second_after_it():
    first = edgee_event(consent="granted")
    later = edgee_event(uuid="u-2", consent="granted", timestamp="2026-01-01T00:05:00Z",
                        context={"client": {"ip": "198.51.100.9"}, "session": {"session_start": True}})
    event = prepared(ENTRY, later, first).event
    assert event is not None
    assert event.context.client.ip == "203.0.113.77"
    assert (event.timestamp, event.timestamp_millis) == (1767225601, 1767225601000)
    assert event.context.session.session_start is False
    own = prepared(ENTRY, first).event
    assert own is not None and own.timestamp == 1767225600 and own.context.session.session_start is True


def test_pipeline_native_cookie_ids_pick_the_component_id_else_the_first_edgee_id():
    item = edgee_event(context={"user": {"edgee_id": "e-2", "native_cookie_ids": {"meta_capi": "native-1"}}})
    first = edgee_event()
    assert prepared(ENTRY, item, first).event.context.user.edgee_id == "native-1"
    other = prepared(ComponentEntry(id="other"), item, first).event
    assert other.context.user.edgee_id == "e-first"
    assert prepared(ENTRY, edgee_event(context={"user": {"edgee_id": "e-2"}}), first).event.context.user.edgee_id \
        == "e-2"


@pytest.mark.parametrize(
    ("entry", "components", "reason"),
    [
        (ComponentEntry(id="meta_capi", enabled={"page": False, "track": True, "user": True}), {},
         "edgee_page_event_enabled is false for meta_capi"),
        (ENTRY, {"meta_capi": False, "other": True}, "the event's components map turns meta_capi off"),
        (ENTRY, {"all": False, "other": True}, "the event's components map turns meta_capi off"),
    ],
)
def test_pipeline_skips_events_the_proxy_would_not_send(entry, components, reason):
    assert prepared(entry, edgee_event(components=components)).skipped == reason


def test_pipeline_server_drops_an_event_whose_components_map_has_no_true_value():
    assert server_drops(edgee_event(components={"all": False})) == (
        "the event's components map has no true value: the proxy drops the event")
    assert server_drops(edgee_event(components={"all": False, "meta_capi": True})) == ""
    assert server_drops(edgee_event()) == ""


def rule(*conditions, types=("page", "track")):
    return ComponentEntry(id="meta_capi", event_filtering_rules=[FilteringRule("r", types, conditions)])


@pytest.mark.parametrize(
    ("condition", "filtered"),
    [
        (Condition("context.client.user-agent", "eq", "UA"), True),
        (Condition("context.client.user-agent", "neq", "UA"), False),
        (Condition("context.client.country-code", "is_null", ""), True),
        (Condition("context.client.ip", "is_not_null", ""), True),
        (Condition("context.client.ip", "in", "1.1.1.1, 203.0.113.77"), True),
        (Condition("context.client.ip", "nin", "1.1.1.1, 203.0.113.77"), False),
        (Condition("data.page.url", "sw", "https://a.com"), True),
        (Condition("data.page.url", "nsw", "https://a.com"), False),
        (Condition("timestamp", "gte", "1767225600"), True),
        (Condition("timestamp", "lt", "1767225600"), False),
        (Condition("context.session.session-count", "eq", "not a number"), True),  # parsed as 0, as in the proxy
        (Condition("context.session.session-start", "eq", "true"), True),
        (Condition("context.session.session-start", "neq", "true"), False),
        (Condition("data.page.properties.color", "eq", '"blue"'), True),  # JSON text: quotes kept
        (Condition("data.page.properties.color", "eq", "blue"), False),
        (Condition("data.page.properties.size", "eq", "10"), True),
        (Condition("data.page.properties.gift", "eq", "null"), True),
        (Condition("data.track.name", "eq", "Order Completed"), False),  # a page event has no track name
        (Condition("context.client.ip", "between", "x"), False),  # unknown operator: kept, as the proxy does
        (Condition("no.such.field", "eq", ""), False),
    ],
)
def test_pipeline_filtering_rules_evaluate_as_the_proxy_does(condition, filtered):
    assert (prepared(rule(condition), edgee_event()).skipped == "event_filtering_rules: r") is filtered


def test_pipeline_filtering_rules_apply_only_to_their_event_types_and_or_their_conditions():
    assert prepared(rule(Condition("uuid", "eq", "u-1"), types=("track",)), edgee_event()).event is not None
    either = rule(Condition("uuid", "eq", "nope"), Condition("uuid", "eq", "u-1"))
    assert prepared(either, edgee_event()).skipped == "event_filtering_rules: r"


def test_pipeline_manipulation_rules_move_properties_and_rename_track_events():
    manipulations = (Manipulation("color", "colour", ""), Manipulation("Order Completed", "Purchase",
                                                                        "replace-event-name"))
    entry = ComponentEntry(id="meta_capi", data_manipulation_rules=[ManipulationRule("m", ("track",), manipulations)])
    event = prepared(entry, edgee_event("track")).event
    assert isinstance(event.data, TrackData)
    assert event.data.name == "Purchase"
    assert event.data.properties == [("size", "10"), ("gift", "null"), ("colour", "blue")]
    untouched = prepared(entry, edgee_event()).event
    assert ("color", "blue") in untouched.data.properties


def test_pipeline_forwarded_headers_come_from_the_anonymized_event():
    event = prepared(ENTRY, edgee_event()).event
    assert forwarded_headers(event, "fr-FR") == [
        ("x-forwarded-for", "203.0.113.0"), ("user-agent", "UA"), ("referer", "https://a.com/p"),
        ("accept-language", "fr-FR"), ("origin", "https://a.com"), ("accept", "*/*"),
        ("sec-fetch-dest", "empty"), ("sec-fetch-mode", "no-cors"), ("sec-fetch-site", "cross-site")]


def test_pipeline_answer_headers_are_lowercased_last_wins_and_overridden_by_forwarded_ones():
    event = prepared(ENTRY, edgee_event()).event
    headers = request_headers([("Content-Type", "a"), ("content-type", "application/json"), ("Accept", "x")],
                              True, event, "")
    assert headers["content-type"] == "application/json" and headers["accept"] == "*/*"
    assert request_headers([("X-A", "1")], False, event, "") == {"x-a": "1"}


@pytest.mark.parametrize("header", [("bad name", "v"), ("x-a", "line\nbreak"), ("", "v"), ("x-a", "del\x7f")])
def test_pipeline_an_invalid_answer_header_is_refused_as_the_proxy_refuses_it(header):
    with pytest.raises(InvalidHeader):
        request_headers([header], False, prepared(ENTRY, edgee_event()).event, "")
