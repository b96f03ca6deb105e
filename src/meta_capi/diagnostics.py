"""Why an event carries the match keys it does: the harness's `--explain`, computed natively beside the
component, never inside it (the adapter neither calls nor imports this module).

An explanation names properties and reasons, never a value: it is printed, and values are personal data.
What was sent comes from `build_request` itself, and every reason the mapping had comes from the record it
writes as it decides (where event_id came from, what the gate or Meta's field rules left out and why);
identity and click ids are re-read with the same rules the mapping uses. So it cannot drift from what the
component sends.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Tuple

from . import click_ids, events, identity
from .decisions import EDGEE_UUID, Decisions
from .errors import MetaCapiError
from .payload import build_request
from .settings import settings_for
from .values import PROXY_NULL, present, stripped_within

# Meta's Customer Information Parameters table order [S1], for printing keys the same way every time.
MATCH_KEYS = ("em", "ph", "fn", "ln", "ge", "db", "ct", "st", "zp", "country", "external_id", "client_ip_address",
              "client_user_agent", "fbc", "fbp")
# Missing keys ranked by what Meta documents, not by a score it does not publish: first the parameters it
# requires for website events (Parameters page: client_user_agent; the IP travels with it), then those it asks
# for to deduplicate with the Pixel (Deduplication page: fbp, external_id), then contact information, then the
# click id, then the other customer information parameters in the order of its table [S1].
MISSING_KEY_RANK = ("client_user_agent", "client_ip_address", "fbp", "external_id", "em", "ph", "fbc", "fn", "ln",
                    "ge", "db", "ct", "st", "zp", "country")
_REASON_BY_KEY = {
    "em": "not an email address", "ph": "no digits left", "ge": "not a recognised gender",
    "db": "not a possible date of birth (year 1900 to now)", "country": "not a known country",
}


DEDUPLICATION_WARNING = (
    "cannot deduplicate with the browser Pixel: no event_id or order_id property, and the Edgee uuid is minted "
    "by the proxy's server, so no page can send it as eventID; send an event_id property (the same value as "
    "the Pixel's eventID)")


@dataclass
class Explanation:
    """What one event sends Meta for matching, and why the rest was left out."""

    event_name: str = ""
    match_keys: List[str] = field(default_factory=list)
    left_out: List[Tuple[str, str]] = field(default_factory=list)  # (property or field, reason)
    event_id: str = ""
    event_id_source: str = ""
    rejected: str = ""  # the component's Err, when it refuses the event
    deduplication_warning: str = ""  # why the browser Pixel's copy cannot deduplicate with this event

    def as_json(self) -> Dict[str, Any]:
        return {"event_name": self.event_name, "match_keys": self.match_keys,
                "left_out": [{"property": name, "reason": reason} for name, reason in self.left_out],
                "event_id": self.event_id, "event_id_source": self.event_id_source,
                "pixel_event_id": self.event_id, "deduplication_warning": self.deduplication_warning,
                "rejected": self.rejected}


def _dropped_because(key: str, value: str) -> str:
    limit = identity.MAX_LENGTH.get(key, identity.DEFAULT_MAX_LENGTH)
    if stripped_within(value, limit) is None:
        return f"longer than {limit} characters"
    return _REASON_BY_KEY.get(key, "normalized to nothing")


def _identity_reasons(visitor: Mapping[str, str], client_country: str, year: int) -> List[Tuple[str, str]]:
    """Each identity property that does not become its Meta key, with the rule that dropped it."""
    candidates = identity.candidates_with_client_country(visitor, client_country)
    country = identity.visitor_country(candidates)
    reasons = []
    for key, present_aliases in candidates.items():
        used = ""
        for name, value in present_aliases:
            if name == identity.CLIENT_COUNTRY:
                continue  # the proxy's geolocation, not a property of the visitor
            if used:
                reasons.append((name, f"{key} taken from {used} instead"))
            elif identity.hashed_identifier(key, value, country, year) is not None:
                used = name
            else:
                reasons.append((name, f"{key} not sent: {_dropped_because(key, value)}"))
    return reasons


def _browser_id_reasons(properties: Mapping[str, str], user_data: Mapping[str, Any],
                        event_ms: int) -> List[Tuple[str, str]]:
    reasons = []
    fbc = properties.get("fbc", "").strip()
    if fbc and user_data.get("fbc") != fbc:  # not sent, maybe replaced by the visitor's or the fbclid's
        created = click_ids.creation_time_ms(fbc, "fbc")
        if created is None:
            reasons.append(("fbc", "not of the form fb.N.TIME.CLICKID"))
        elif created < event_ms - click_ids.CLICK_ID_MAX_AGE_MS:
            reasons.append(("fbc", "created more than 90 days before the event"))
        else:
            reasons.append(("fbc", "created after the event"))
    fbp = properties.get("fbp", "").strip()
    if fbp and user_data.get("fbp") != fbp and click_ids.creation_time_ms(fbp, "fbp") is None:
        reasons.append(("fbp", "not of the form fb.N.TIME.RANDOM"))
    return reasons


def _event_name(kind: str, event: Any, settings_pairs: List[Tuple[str, str]]) -> str:
    """The Meta event name of a refused event, when the settings allow one."""
    try:
        return events.event_name(kind, event.data, settings_for(settings_pairs))
    except MetaCapiError:
        return ""


def explain(kind: str, event: Any, settings_pairs: List[Tuple[str, str]], now: Optional[float] = None) -> Explanation:
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
    raw_properties = list(event.data.properties)
    nulls = [(name, '"null": treated as absent') for name, value in raw_properties if value == PROXY_NULL]
    properties = present(raw_properties)
    visitor = present(event.context.user.properties)
    if kind == "user":
        visitor.update(properties)
    event_ms = event.timestamp_millis or event.timestamp * 1000
    explanation.left_out = [
        *nulls, *_identity_reasons(visitor, event.context.client.country_code, time.gmtime(now).tm_year),
        *_browser_id_reasons({**visitor, **properties}, user_data, event_ms),
        *record.left_out,
    ]
    if record.event_id_source:
        explanation.event_id, explanation.event_id_source = server.get("event_id", ""), record.event_id_source
    else:  # refused before the mapping chose one: what it would choose, by the same function
        explanation.event_id, explanation.event_id_source = events.event_id_and_source(properties, event.uuid)
    if explanation.event_id_source == EDGEE_UUID:
        explanation.deduplication_warning = DEDUPLICATION_WARNING
    return explanation
