"""The rows of the 2026-11-29 parity audit ("Meta" and "Sent"): each case is what the proxy's code at db2a2fc
does, checked here against the harness (a recording host stands in for the component)."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

import pytest

from edgee_host.cli.runs import Delivering, Report, run_batches
from edgee_host.component.values import Outcome
from edgee_host.proxy import json_values as proxy_json
from edgee_host.proxy.config import ComponentEntry
from edgee_host.proxy.events import EdgeeEvent, parse_events, scalar_text
from edgee_host.proxy.pipeline import batch_of, prepare
from edgee_host.proxy.rules import Condition, FilteringRule, Manipulation, ManipulationRule
from edgee_host.proxy.timestamps import TimestampError, parse_timestamp_micros
from meta_capi.model import Event, TrackData

T0 = "2026-01-01T00:00:00Z"
T0_SECONDS = 1767225600


def raw_event(kind: str = "track", uuid: str = "u-1", ip: str = "203.0.113.7", timestamp: str = T0,
              **changes: Any) -> Dict[str, Any]:
    data: Dict[str, Any] = {"name": "Order Completed", "properties": {"value": 10}}
    if kind == "page":
        data = {"title": "T", "url": "https://a.example/p", "path": "/p"}
    event = {"uuid": uuid, "timestamp": timestamp, "type": kind, "consent": "granted", "data": data,
             "context": {"user": {"edgee_id": f"e-{uuid}"}, "client": {"ip": ip, "user_agent": "UA"},
                         "session": {"session_id": "s", "session_count": 1, "session_start": True,
                                     "first_seen": T0, "last_seen": T0}}}
    event.update(changes)
    return event


class RecordingHost:
    """Stands in for a component: records the event the proxy would hand over and answers Err."""

    def __init__(self) -> None:
        self.events: List[Event] = []

    def new_batch(self) -> None:
        pass

    def call(self, kind: str, event: Event, settings: Any) -> Outcome:
        self.events.append(event)
        return Outcome(error="recorded")


def run(document: Any, entry: Optional[ComponentEntry] = None, lenient: bool = False,
        event_type: str = "") -> Tuple[List[Report], List[Event]]:
    entry = entry or ComponentEntry(id="meta_capi")
    host = RecordingHost()
    reports: List[Report] = []
    items = list(enumerate(parse_events(proxy_json.loads(json.dumps(document)))))
    run_batches(items, [entry], {entry.id: host}, Delivering(), 0, reports.append,  # type: ignore[dict-item]
                lenient=lenient, event_type=event_type)
    return reports, host.events


# M1: a rule that moves an array to `products` makes the proxy build the WIT products list from it.
def test_m1_a_rule_moving_items_to_products_hands_the_component_products():
    rule = ManipulationRule("items", ("track",), (Manipulation("items", "products", "rename"),))
    event = raw_event(data={"name": "Order Completed", "properties": {
        "value": 10, "items": [{"id": "A", "quantity": 2, "price": 1e2}, {"id": "B"}, "not an object"]}})
    _, [seen] = run([event], ComponentEntry(id="meta_capi", data_manipulation_rules=[rule]))
    assert isinstance(seen.data, TrackData)
    assert seen.data.products == [[("id", "A"), ("quantity", "2"), ("price", "100.0")], [("id", "B")]]
    assert seen.data.properties == [("value", "10")]


def test_m1_without_a_rule_the_parser_keeps_products_from_the_component():
    event = raw_event(data={"name": "Order Completed", "properties": {"products": [{"id": "A"}]}})
    _, [seen] = run([event])
    assert isinstance(seen.data, TrackData) and seen.data.products == [] and seen.data.properties == []


# M2: the batch's IP and time come from the first event the server keeps, not from one it drops.
def test_m2_the_batch_is_based_on_the_first_event_the_server_keeps():
    dropped = raw_event(uuid="u-0", ip="198.51.100.1", components={"meta_capi": False})
    kept = raw_event(uuid="u-1", ip="127.0.0.1", timestamp="2026-01-01T00:10:00Z")
    reports, [seen] = run([dropped, kept])
    assert [report.status for report in reports] == ["skipped", "ignored"]
    assert seen.context.client.ip == "127.0.0.1" and seen.timestamp == T0_SECONDS + 600


# M4: `native_cookie_ids: null` is no map: the event keeps its own edgee_id.
def test_m4_null_native_cookie_ids_keep_the_event_edgee_id():
    first = raw_event(uuid="u-1")
    second = raw_event(uuid="u-2")
    second["context"]["user"]["native_cookie_ids"] = None
    _, seen = run([first, second])
    assert [event.context.user.edgee_id for event in seen] == ["e-u-1", "e-u-2"]


# M5: --event-type picks the reports; the batch is still the whole request.
def test_m5_event_type_keeps_the_batch_of_the_whole_request():
    page = raw_event("page", uuid="u-0", ip="198.51.100.1")
    track = raw_event(uuid="u-1", ip="127.0.0.1", timestamp="2026-01-01T00:10:00Z")
    reports, [seen] = run([page, track], event_type="track")
    assert [(report.index, report.kind) for report in reports] == [(1, "track")]
    assert seen.context.client.ip == "198.51.100.1" and seen.timestamp == T0_SECONDS + 1


# M6 and the README's `1e2`: property numbers reach the component as serde_json writes them.
@pytest.mark.parametrize(("source", "text"), [
    ("1e2", "100.0"), ("-0", "-0.0"), ("12345678901234567890123", "1.2345678901234568e22"), ("1e20", "1e20"),
    ("1e-7", "1e-7"), ("1.5e-5", "0.000015"), ("0.000001", "1e-6"), ("18446744073709551615", "18446744073709551615"),
    ("18446744073709551616", "1.8446744073709552e19"), ("-9223372036854775808", "-9223372036854775808"),
    ("1e16", "1e16"), ("1e15", "1000000000000000.0"), ("2.50", "2.5"), ("7", "7"),
])
def test_m6_property_numbers_keep_serde_json_text(source, text):
    assert scalar_text(proxy_json.loads(source)) == text


# M8: reqwest adds `accept: */*` (checked in test_delivery.py, where the bytes on the wire are captured).


# S1: one refused event loses every event of its request.
def test_s1_one_refused_event_loses_the_whole_request():
    bad = raw_event(uuid="u-2")
    del bad["context"]["client"]["user_agent"]
    reports, seen = run([raw_event(), bad, raw_event(uuid="u-3")])
    assert seen == [] and [report.status for report in reports] == ["failed"] * 3
    assert all(report.detail.startswith("the proxy would lose this whole request (its parser refuses event 1: "
                                        "the proxy's parser requires context.client.user_agent)")
               for report in reports)
    _, seen = run([raw_event(), bad, raw_event(uuid="u-3")], lenient=True)
    assert len(seen) == 3


# S2: an IP Rust's IpAddr cannot parse in the first event makes the proxy panic: the batch is lost.
@pytest.mark.parametrize("ip", [" 203.0.113.7", "fe80::1%eth0", "1.2.3.4, 5.6.7.8", "unknown", "01.2.3.4",
                                "[::1]", "203.0.113.7:80"])
def test_s2_an_unparsable_first_ip_loses_the_batch(ip):
    reports, seen = run([raw_event(ip=ip), raw_event(uuid="u-2")])
    assert seen == [] and [report.status for report in reports] == ["failed", "failed"]
    assert "the proxy would panic and lose this whole request: the first event's context.client.ip" \
        in reports[0].detail


@pytest.mark.parametrize("ip", ["", "::ffff:1.2.3.4", "2001:db8::1", "127.0.0.1"])
def test_s2_an_ip_rust_parses_or_no_ip_runs(ip):
    _, seen = run([raw_event(ip=ip)])
    assert len(seen) == 1


def at(event: Dict[str, Any], path: str, value: Any) -> Dict[str, Any]:
    *parents, last = path.split(".")
    target = event
    for key in parents:
        target = target.setdefault(key, {})
    target[last] = value
    return event


# S3: serde refuses null for every field that is not an Option (defaults included) and types it never reads.
@pytest.mark.parametrize(("path", "value", "refusal"), [
    ("context.page", {"title": "", "url": "", "path": "", "referrer": None}, "context.page.referrer is null"),
    ("data.name", None, "data.name is null"),
    ("data.properties", None, "data.properties is null"),
    ("context.session.first_seen", "", "context.session.first_seen is not a date-time chrono reads"),
    ("context.session.session_count", None, "context.session.session_count is null"),
    ("uuid", None, "uuid is null"),
    ("context", None, "context is null"),
    ("context.client.as_number", "x", "context.client.as_number must be an integer from 0 to 4294967295"),
    ("context.client.proxy_type", 3, "context.client.proxy_type must be a string"),
    ("context.user.native_cookie_ids", {"a": 1}, "context.user.native_cookie_ids must be an object of strings"),
    ("data.products", {"id": "A"}, "data.products must be an array of objects"),
    ("from", 1, "from must be a string"),
])
def test_s3_nulls_and_types_the_proxy_refuses_lose_the_request(path, value, refusal):
    reports, seen = run([at(raw_event(), path, value)])
    assert seen == [] and reports[0].status == "failed" and refusal in reports[0].detail


@pytest.mark.parametrize(("path", "value"), [
    ("consent", None), ("components", None), ("from", None), ("context.client.proxy_type", None),
    ("context.client.as_number", 7), ("context.user.native_cookie_ids", None),
])
def test_s3_nulls_of_option_fields_are_accepted(path, value):
    _, seen = run([at(raw_event(), path, value)])
    assert len(seen) == 1


# S4: serde_json refuses NaN/Infinity literals and nesting deeper than 127; a struct refuses a duplicate key.
@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "1e400", "[" * 128 + "]" * 128])
def test_s4_text_serde_json_refuses(text):
    with pytest.raises(proxy_json.ProxyJSONError):
        proxy_json.loads(text)


def test_s4_nesting_of_127_is_accepted():
    assert proxy_json.loads("[" * 127 + "]" * 127) is not None


@pytest.mark.parametrize(("old", "new", "refusal"), [
    ('"uuid": "u-1"', '"uuid": "a", "uuid": "u-1"', "the event holds uuid twice"),
    ('"ip": "203.0.113.7"', '"ip": "1.2.3.4", "ip": "203.0.113.7"', "context.client holds ip twice"),
    ('"session_count": 1', '"session_count": 1, "session_count": 2', "context.session holds session_count twice"),
])
def test_s4_a_key_twice_in_a_struct_loses_the_request(old, new, refusal):
    [parsed] = parse_events(proxy_json.loads(json.dumps(raw_event()).replace(old, new)))
    assert isinstance(parsed, EdgeeEvent) and refusal in parsed.proxy_refusal


def test_s4_a_key_twice_in_properties_keeps_the_last_as_a_map_does():
    base = json.dumps(raw_event(data={"name": "N", "properties": {}}))
    text = base.replace('"properties": {}', '"properties": {"value": 1, "value": 2}')
    [parsed] = parse_events(proxy_json.loads(text))
    assert isinstance(parsed, EdgeeEvent) and parsed.proxy_refusal == "" and parsed.raw_properties == {"value": 2}


# S5: chrono 0.4.42's relaxed RFC 3339.
@pytest.mark.parametrize(("text", "seconds"), [
    ("2026-01-01T00:00:00+0000", T0_SECONDS), ("2026-01-01 00:00:00 UTC", T0_SECONDS),
    ("2026-1-1T0:0:0Z", T0_SECONDS), ("2026-01-01T00:00:00\u221201:00", T0_SECONDS + 3600),
    ("+2026-01-01T00:00:00Z", T0_SECONDS), (" 2026-01-01T00:00:00 z ", T0_SECONDS),
    ("2026-01-01t01:00:00+01 00", T0_SECONDS), ("2026-01-01T00:00:00.9999999999Z", T0_SECONDS),
])
def test_s5_timestamps_chrono_accepts(text, seconds):
    assert parse_timestamp_micros(text) // 1_000_000 == seconds


@pytest.mark.parametrize("text", [
    "2026-02-30T00:00:00Z", "2026-01-01T25:00:00Z", "2026-01-01T00:00:00", "2026-01-01T00:00:00+01",
    "20260-01-01T00:00:00Z", "2026-01-01T00:60:00Z", "2026-01-01T00:00:00+24:00", "2026-01-01T00:00:00+01:60",
    "2025-02-29T00:00:00Z", "2026-01-01T00:00:00Zx", "2026-01-01",
])
def test_s5_timestamps_chrono_refuses(text):
    with pytest.raises(TimestampError):
        parse_timestamp_micros(text)


# S6: numbers in filters: the condition as Rust's f64 parse (else 0), density as an f32, property text as serde's.
@pytest.mark.parametrize(("field", "value", "changes", "filtered"), [
    ("context.client.screen-density", "1.1", {"context.client.screen_density": 1.1}, False),
    ("context.client.screen-density", "1.5", {"context.client.screen_density": 1.5}, True),
    ("context.session.session-count", " 7", {"context.session.session_count": 7}, False),
    ("context.session.session-count", "1_000", {"context.session.session_count": 0}, True),
    ("context.session.session-count", "\u0667", {"context.session.session_count": 0}, True),
    ("context.session.session-count", "7.", {"context.session.session_count": 7}, True),
    ("context.session.session-count", "+7", {"context.session.session_count": 7}, True),
    ("context.session.session-count", "inf", {"context.session.session_count": 7}, False),
    ("data.track.properties.value", "1e20", {"data.properties": {"value": 1e20}}, True),
    ("data.track.properties.value", "0.000015", {"data.properties": {"value": 1.5e-5}}, True),
    ("data.track.properties.value", "100.0", {"data.properties": {"value": 100.0}}, True),
])
def test_s6_filter_numbers_as_the_proxy_reads_them(field, value, changes, filtered):
    event = raw_event()
    for path, change in changes.items():
        at(event, path, change)
    rule = FilteringRule("r", ("track",), (Condition(field, "eq", value),))
    reports, _ = run([event], ComponentEntry(id="meta_capi", event_filtering_rules=[rule]))
    assert (reports[0].status == "skipped") is filtered


# S8, S9: `components: {}` is all off (the server drops it); a "" key answers for every component.
@pytest.mark.parametrize(("components", "status"), [
    ({}, "skipped"), ({"": False}, "skipped"), ({"": True, "all": False}, "ignored"),
    ({"meta_capi": True, "": False}, "ignored"), ({"all": False, "other": True}, "skipped"),
])
def test_s8_s9_components_maps(components, status):
    reports, _ = run([raw_event(components=components)])
    assert reports[0].status == status


# S10: a rule listing a type twice is applied twice (a swap undone).
def test_s10_a_rule_listing_a_type_twice_applies_twice():
    swap = (Manipulation("a", "tmp", "rename"), Manipulation("b", "a", "rename"), Manipulation("tmp", "b", "rename"))
    rule = ManipulationRule("swap", ("track", "track"), swap)
    event = raw_event(data={"name": "N", "properties": {"a": "1", "b": "2"}})
    _, [seen] = run([event], ComponentEntry(id="meta_capi", data_manipulation_rules=[rule]))
    assert dict(seen.data.properties) == {"a": "1", "b": "2"}
    once = ManipulationRule("swap", ("track",), swap)
    _, [seen] = run([event], ComponentEntry(id="meta_capi", data_manipulation_rules=[once]))
    assert dict(seen.data.properties) == {"a": "2", "b": "1"}


def test_batch_of_and_prepare_agree_with_run_for_a_single_event():
    [parsed] = parse_events(proxy_json.loads(json.dumps(raw_event())))
    assert isinstance(parsed, EdgeeEvent)
    prepared = prepare(ComponentEntry(id="meta_capi"), parsed, batch_of(parsed)).event
    _, [handed] = run(raw_event())
    assert prepared is not None and prepared == handed
