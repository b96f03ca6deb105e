"""--from-browser: the server's work on the SDK's payload before the runtime (fresh uuid and arrival time,
context, a new visitor's session, campaign from the request's query), then the harness's own parser."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import count
from typing import Any, Dict

import pytest

from edgee_host.proxy.events import EdgeeEvent, parse_events
from edgee_host.proxy.server_enrichment import BrowserRequest, PayloadError, enrich

ARRIVAL = datetime(2026, 11, 29, 12, 0, 0, 250000, tzinfo=UTC)


def request(**changes):
    numbers = count(1)
    values: Dict[str, Any] = dict(ip="203.0.113.9", user_agent="UA/1", accept_language="fr-FR", referer="https://ref.example/",
                  query="utm_source=fb&utm_campaign=sale&x=1", now=lambda: ARRIVAL,
                  new_uuid=lambda: f"uuid-{next(numbers)}")
    values.update(changes)
    return BrowserRequest(**values)


PAYLOAD = {"data_collection": {
    "context": {"page": {"title": "Shoes", "url": "https://shop.example/shoes", "path": "/shoes"},
                "user": {"user_id": "u-42", "edgee_id": "client-made"},
                "client": {"screen_width": 1440}, "session": {"session_id": "client-made"}},
    "consent": "granted", "components": {"meta_capi": True},
    "events": [{"type": "page", "uuid": "client-uuid", "timestamp": "2020-01-01T00:00:00Z"},
               {"type": "track", "data": {"name": "Order Completed", "properties": {"value": 20}},
                "consent": "denied"}]}}


def test_enrichment_gives_each_event_the_server_values():
    page, track = enrich(PAYLOAD, request())
    context = {"page": {"title": "Shoes", "url": "https://shop.example/shoes", "path": "/shoes",
                        "referrer": "https://ref.example/"},
               "user": {"user_id": "u-42", "edgee_id": "uuid-1"},
               "client": {"screen_width": 1440, "user_agent": "UA/1", "ip": "203.0.113.9",
                          "accept_language": "fr-FR"},
               "session": {"session_id": "1795953600", "session_count": 1, "session_start": True,
                           "first_seen": "2026-11-29T12:00:00.250000Z", "last_seen": "2026-11-29T12:00:00.250000Z"},
               "campaign": {"source": "fb", "name": "sale"}}
    assert page == {"type": "page", "uuid": "uuid-2", "timestamp": "2026-11-29T12:00:00.250000Z", "from": "client",
                    "context": context, "consent": "granted", "data": context["page"],
                    "components": {"meta_capi": True}}
    assert track == {"type": "track", "uuid": "uuid-3", "timestamp": "2026-11-29T12:00:00.250000Z",
                     "from": "client", "data": {"name": "Order Completed", "properties": {"value": 20}},
                     "consent": "denied", "context": context, "components": {"meta_capi": True}}


def test_enrichment_output_is_what_the_runtime_parser_accepts():
    parsed = parse_events(enrich(PAYLOAD, request()))
    assert all(isinstance(item, EdgeeEvent) and item.proxy_refusal == "" for item in parsed)


def test_enrichment_an_event_with_its_own_context_gets_only_page_and_user_so_the_runtime_refuses_it():
    payload = {"data_collection": {"context": {}, "events": [{"type": "track", "context": {"page": {}}}]}}
    [event] = enrich(payload, request())
    assert set(event["context"]) == {"page"}
    [parsed] = parse_events([event])
    assert isinstance(parsed, EdgeeEvent) and "context.user, context.client, context.session" in parsed.proxy_refusal


@pytest.mark.parametrize("payload", [[], {"data_collection": 3}, {"data_collection": {"events": [1]}}, {},
                                     {"data_collection": {"events": []}}, {"data_collection": {"context": {}}}])
def test_enrichment_refuses_what_is_not_the_sdk_payload(payload):
    with pytest.raises(PayloadError):
        enrich(payload, request())
