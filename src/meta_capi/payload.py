"""The request that delivers one server event to the Conversions API, and the core's entry point."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, Optional, Tuple

from . import decisions, meta_fields, own_values
from .budget import MAX_REQUEST, check_event
from .consent import GRANTED, require_granted
from .decisions import Decisions
from .detector import open_allowance, open_own_values
from .errors import EventError
from .events import server_event
from .model import EventView, Request
from .settings import settings_for

GRAPH_URL = "https://graph.facebook.com"
JSON_HEADERS: Tuple[Tuple[str, str], ...] = (("content-type", "application/json"),)
# Built once: json.dumps with options would build a new encoder for every event. The body is built here of fresh
# dicts and lists, never a cycle: the encoder's circular-reference bookkeeping (an id() lookup per container) is off.
_ENCODER = json.JSONEncoder(separators=(",", ":"), allow_nan=False, check_circular=False)


def build_request(
    kind: str, event: EventView, settings_pairs: Iterable[Tuple[str, str]], now: Optional[float] = None,
    record: Optional[Decisions] = None,
) -> Request:
    """The request for `event` of `kind` page/track/user; raises MetaCapiError otherwise.

    `event` has the attributes of the WIT `event` record with `data` unwrapped from its variant and
    `consent` as a lowercase string (see model.Event). Client headers are never forwarded: Meta gets the IP
    and user agent in user_data. `record`, when given, receives every decision the mapping takes (decisions.py).
    """
    check_event(kind, event)  # the budget, before anything is parsed
    settings = settings_for(settings_pairs)
    if event.consent != GRANTED:  # (require_granted's own first answer, without its call)
        require_granted(event.consent, settings.default_consent)
    previous = decisions.start(record) if record is not None else None  # every module notes where it decides
    open_allowance()  # what the gate judges is counted from here (detector.JUDGED_PER_EVENT)
    open_own_values(own_values.visitor(kind, event, now))  # what the gate leaves out wherever it stands
    try:
        server = server_event(kind, event, settings, now)
        code = settings.test_event_code
        if settings.allow_test_event_code_property or decisions.recording():  # the property is read when it may be
            code = meta_fields.test_event_code(event.data.properties, settings)
        # The JSON body: the event, the token, its `appsecret_proof` (never the app secret) and the test code.
        document: Dict[str, Any] = {"data": [server], "access_token": settings.access_token}
        if settings.appsecret_proof:
            document["appsecret_proof"] = settings.appsecret_proof
        if code:
            document["test_event_code"] = code
        # (iterencode in one shot is what encode runs for a dict, without encode's own frame: one function fewer)
        body = "".join(_ENCODER.iterencode(document, _one_shot=True))
    finally:
        open_allowance(-1)
        open_own_values(None)
        if record is not None:
            decisions.start(previous)
    if len(body) > MAX_REQUEST:  # possible only with hundreds of kilobytes of escaped non-ASCII text
        raise EventError(f"the request would be {len(body)} bytes, more than the {MAX_REQUEST} allowed")
    # The token goes in the body, never the URL: the proxy logs request URLs.
    return Request("POST", f"{GRAPH_URL}/{settings.api_version}/{settings.pixel_id}/events", JSON_HEADERS, False,
                   body)
