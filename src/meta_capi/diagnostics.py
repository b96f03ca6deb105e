"""Why an event carries the match keys it does: the harness's `--explain`, computed natively beside the
component, never inside it (the adapter neither calls nor imports this module).

An explanation names properties and reasons, never a value: it is printed, and values are personal data.
What was sent comes from `build_request` itself, and every choice the mapping made comes from the record it
writes as it decides (decisions.py: which alias or source supplied each match key, where event_id came from,
what identity, click ids, the gate or Meta's field rules left out and why). This module applies no rule of
its own, so it cannot drift from what the component sends.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from . import events
from .decisions import EDGEE_UUID, Decisions
from .errors import MetaCapiError
from .model import EventView
from .payload import build_request
from .settings import settings_for
from .values import PROXY_NULL, present

# Meta's Customer Information Parameters table order [S1], for printing keys the same way every time.
MATCH_KEYS = ("em", "ph", "fn", "ln", "ge", "db", "ct", "st", "zp", "country", "external_id", "client_ip_address",
              "client_user_agent", "fbc", "fbp")
# Missing keys ranked by what Meta documents, not by a score it does not publish: first the parameters it
# requires for website events (Parameters page: client_user_agent; the IP travels with it), then those it asks
# for to deduplicate with the Pixel (Deduplication page: fbp, external_id), then contact information, then the
# click id, then the other customer information parameters in the order of its table [S1].
MISSING_KEY_RANK = ("client_user_agent", "client_ip_address", "fbp", "external_id", "em", "ph", "fbc", "fn", "ln",
                    "ge", "db", "ct", "st", "zp", "country")
DEDUPLICATION_WARNING = (
    "cannot deduplicate with the browser Pixel: no event_id or order_id property, and the Edgee uuid is minted "
    "by the proxy's server, so no page can send it as eventID; send an event_id property (the same value as "
    "the Pixel's eventID)")


@dataclass
class Explanation:
    """What one event sends Meta for matching, and why the rest was left out."""

    event_name: str = ""
    match_keys: List[str] = field(default_factory=list)
    sources: Dict[str, str] = field(default_factory=dict)  # match key -> the property or source it came from
    left_out: List[Tuple[str, str]] = field(default_factory=list)  # (property or field, reason)
    event_id: str = ""
    event_id_source: str = ""
    rejected: str = ""  # the component's Err, when it refuses the event
    deduplication_warning: str = ""  # why the browser Pixel's copy cannot deduplicate with this event

    def as_json(self) -> Dict[str, Any]:
        return {"event_name": self.event_name, "match_keys": self.match_keys, "sources": self.sources,
                "left_out": [{"property": name, "reason": reason} for name, reason in self.left_out],
                "event_id": self.event_id, "event_id_source": self.event_id_source,
                "pixel_event_id": self.event_id, "deduplication_warning": self.deduplication_warning,
                "rejected": self.rejected}


def _event_name(kind: str, event: EventView, settings_pairs: List[Tuple[str, str]]) -> str:
    """The Meta event name of a refused event, when the settings allow one."""
    try:
        return events.event_name(kind, event.data, settings_for(settings_pairs))
    except MetaCapiError:
        return ""


def explain(kind: str, event: EventView, settings_pairs: List[Tuple[str, str]],
            now: Optional[float] = None) -> Explanation:
    """The explanation of what the component sends for `event` (the same arguments as build_request)."""
    now = time.time() if now is None else now
    explanation = Explanation()
    server: Dict[str, Any] = {}
    record = Decisions()
    try:
        server = json.loads(build_request(kind, event, settings_pairs, now, record).body)["data"][0]
    except MetaCapiError as error:
        explanation.rejected = str(error)
    user_data = server.get("user_data", {})
    explanation.event_name = server.get("event_name", "") or _event_name(kind, event, settings_pairs)
    explanation.match_keys = [key for key in MATCH_KEYS if key in user_data]
    explanation.sources = {key: record.sources[key] for key in MATCH_KEYS if key in record.sources and key in user_data}
    raw_properties = list(event.data.properties)
    nulls = [(name, '"null": treated as absent') for name, value in raw_properties if value == PROXY_NULL]
    explanation.left_out = [*nulls, *record.matching_left_out, *record.left_out]
    if record.event_id_source:
        explanation.event_id, explanation.event_id_source = record.event_id, record.event_id_source
    else:  # refused before the mapping chose one: what it would choose, by the same function
        explanation.event_id, explanation.event_id_source = events.event_id_and_source(
            present(raw_properties), event.uuid)
    if explanation.event_id_source == EDGEE_UUID:
        explanation.deduplication_warning = DEDUPLICATION_WARNING
    return explanation
