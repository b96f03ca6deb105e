"""What the proxy's server does to a payload the Edgee SDK posts, before any component sees it
(crates/server/src/proxy/compute/data_collection/mod.rs `process_from_json`, payload.rs), for a visitor's first
request (no `edgee` or `edgee_u` cookie yet). The result is the events JSON the runtime receives.

Modelled, in the server's order: the payload's context made whole; a new visitor (a fresh edgee_id, session
count 1, a session that starts now); referrer, user agent, IP, accept-language and the `utm_*` parameters of the
request's own query; then for every event a fresh uuid v4, the arrival time, `from: "client"`, the payload's
context (an event's own context only gets its page and user filled in, as the server does), consent and
components. Not modelled: returning visitors' cookies, client hints, `locale` (from accept-language by rules not
reproduced here), the HTML page path and the automatic page event.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Callable, Dict, List
from urllib.parse import parse_qsl

from edgee_host.errors import HarnessError

UTM_CAMPAIGN = (("utm_campaign", "name"), ("utm_source", "source"), ("utm_medium", "medium"), ("utm_term", "term"),
                ("utm_content", "content"), ("utm_creative_format", "creative_format"),
                ("utm_marketing_tactic", "marketing_tactic"))


class PayloadError(HarnessError, ValueError):
    """A payload the server cannot read (it answers without collecting anything)."""


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class BrowserRequest:
    """The request that carried the payload, as far as the server reads it."""

    ip: str = "127.0.0.1"
    user_agent: str = ""
    accept_language: str = ""
    referer: str = ""
    query: str = ""  # the request's own query string: its utm_* parameters become the campaign
    now: Callable[[], datetime] = field(default=_now)
    new_uuid: Callable[[], str] = field(default=lambda: str(uuid.uuid4()))


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _table(parent: Dict[str, Any], key: str) -> Dict[str, Any]:
    table = parent.get(key)
    if not isinstance(table, dict):
        table = parent[key] = {}
    return table


def _fill_in(target: Dict[str, Any], source: Dict[str, Any]) -> None:
    """payload.rs `fill_in`: every field the target lacks is taken from the source."""
    for key, value in source.items():
        if target.get(key) is None:
            target[key] = copy.deepcopy(value)


def _payload_context(data_collection: Dict[str, Any], request: BrowserRequest) -> Dict[str, Any]:
    """`prepare_data_collection_payload`, `add_session` (a new visitor) and `add_more_info_from_request`."""
    context = _table(data_collection, "context")
    context.pop("session", None)  # the server never reads a session from the payload
    client, page, user = _table(context, "client"), _table(context, "page"), _table(context, "user")
    arrival = request.now()
    user["edgee_id"] = request.new_uuid()  # the new `edgee` cookie's id
    context["session"] = {"session_id": str(int(arrival.timestamp())), "session_count": 1, "session_start": True,
                          "first_seen": rfc3339(arrival), "last_seen": rfc3339(arrival)}
    if page.get("referrer") is None and request.referer:
        page["referrer"] = request.referer
    if page.get("referrer") == "":
        del page["referrer"]
    client["user_agent"] = request.user_agent
    client["ip"] = request.ip
    if request.accept_language:
        client["accept_language"] = request.accept_language
    utm = dict(parse_qsl(request.query.lstrip("?"), keep_blank_values=True))
    if any(key in utm for key, _ in UTM_CAMPAIGN):
        campaign = _table(context, "campaign")
        for key, name in UTM_CAMPAIGN:
            if key in utm:
                campaign[name] = utm[key]
    return context


def enrich(payload: Any, request: BrowserRequest) -> List[Dict[str, Any]]:
    """The events the runtime would receive for `payload` (`{"data_collection": {...}}`), in the file's order;
    the server's dropping of events with every component off is left to the pipeline."""
    if not isinstance(payload, dict) or not isinstance(payload.get("data_collection", {}), dict):
        raise PayloadError("expected the SDK's payload: an object with a data_collection object")
    data_collection = copy.deepcopy(payload.get("data_collection") or {})
    events = data_collection.get("events") or []
    if not isinstance(events, list) or not all(isinstance(event, dict) for event in events):
        raise PayloadError("data_collection.events must be an array of objects")
    if not events:  # the proxy would collect nothing: a run of no event is a mistaken file, not a success
        raise PayloadError("the payload holds no event (data_collection.events is missing or empty)")
    context = _payload_context(data_collection, request)
    enriched = []
    for event in events:
        event = {key: value for key, value in event.items() if key not in ("uuid", "timestamp")}
        event["uuid"], event["timestamp"], event["from"] = request.new_uuid(), rfc3339(request.now()), "client"
        own = event.get("context")
        if isinstance(own, dict):  # only page and user are filled in; no client, campaign or session is added
            own.pop("session", None)
            for part in ("page", "user"):
                if isinstance(own.get(part), dict):
                    _fill_in(own[part], context[part])
                    if part == "user":
                        own[part]["edgee_id"] = context["user"]["edgee_id"]
        else:
            event["context"] = copy.deepcopy(context)
        if event.get("consent") is None and data_collection.get("consent") is not None:
            event["consent"] = data_collection["consent"]
        kind = event.get("type")
        part = kind if kind in ("page", "user") else ""
        if part and isinstance(event.get("data"), dict):
            _fill_in(event["data"], context[part])
            if part == "user":
                event["data"]["edgee_id"] = context["user"]["edgee_id"]
        elif part:
            event["data"] = copy.deepcopy(context[part])
        if event.get("components") is None and data_collection.get("components") is not None:
            event["components"] = data_collection["components"]
        enriched.append(event)
    return enriched
