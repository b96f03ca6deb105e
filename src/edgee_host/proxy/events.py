"""Edgee event JSON (the proxy's format) to the core's event dataclasses, as the proxy converts it."""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple

from edgee_host.errors import HarnessError
from edgee_host.proxy.json_values import DuplicatedObject, number_text
from edgee_host.proxy.timestamps import parse_timestamp_micros
from meta_capi.consent import CONSENTS
from meta_capi.events import KINDS
from meta_capi.model import (
    CAMPAIGN_TEXT_FIELDS,
    CLIENT_TEXT_FIELDS,
    Campaign,
    Client,
    Context,
    Event,
    EventData,
    PageData,
    Session,
    TrackData,
    UserData,
)

_S32 = 2**31
_S64 = 2**63


class EventFormatError(HarnessError, ValueError):
    """An event that the proxy would not accept: names the event's index and the field."""

    def __init__(self, index: int, field: str, problem: str) -> None:
        super().__init__(f"event {index}: {field}: {problem}")
        self.index, self.field = index, field


@dataclass
class EdgeeEvent:
    """One event of a file: which export to call, the event, and the proxy-only keys."""

    kind: str
    event: Event
    components: Optional[Dict[str, bool]]  # None when the event has no map (every component on)
    accept_language: str = ""
    raw_properties: Dict[str, Any] = field(default_factory=dict)  # data.properties as JSON, for the rules
    native_cookie_ids: Optional[Dict[str, str]] = None
    dropped_products: bool = False  # the event had products, which the proxy never passes to a component
    proxy_refusal: str = ""  # why the proxy's own parser would refuse it (see proxy_refusal), if it would


class _Reader:
    """Reads one event's fields with the proxy's defaults, raising EventFormatError on the wrong type."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.refusals: List[str] = []  # what the proxy's serde would refuse, read here with defaults

    def fail(self, field: str, problem: str) -> EventFormatError:
        return EventFormatError(self.index, field, problem)

    def absent(self, parent: Dict[str, Any], key: str, path: str) -> bool:
        """Missing reads as the default; `null` too, but serde refuses it for every field not an `Option`."""
        if key in parent and parent[key] is None:
            self.refusals.append(f"{path}{key} is null")
        return parent.get(key) is None

    def obj(self, parent: Dict[str, Any], key: str, path: str) -> Dict[str, Any]:
        if self.absent(parent, key, path):
            return {}
        value = parent[key]
        if not isinstance(value, dict):
            raise self.fail(f"{path}{key}", f"expected an object, got {type(value).__name__}")
        return value

    def struct(self, parent: Dict[str, Any], key: str, path: str) -> Dict[str, Any]:
        """An object the proxy reads into a serde struct, which refuses a key given twice."""
        value = self.obj(parent, key, path)
        if isinstance(value, DuplicatedObject):
            self.refusals.append(f"{path}{key} holds {', '.join(value.duplicates)} twice")
        return value

    def text(self, parent: Dict[str, Any], key: str, path: str) -> str:
        if self.absent(parent, key, path):
            return ""
        value = parent[key]
        if not isinstance(value, str):
            raise self.fail(f"{path}{key}", f"expected a string, got {type(value).__name__}")
        return value

    def integer(self, parent: Dict[str, Any], key: str, path: str, bound: int, minimum: int) -> int:
        if self.absent(parent, key, path):
            return 0
        value = parent[key]
        if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value < bound:
            raise self.fail(f"{path}{key}", f"expected an integer in range, got {value!r:.40}")
        return value

    def number(self, parent: Dict[str, Any], key: str, path: str) -> float:
        """An f32 field (screen_density): the value the proxy holds is the nearest f32."""
        if self.absent(parent, key, path):
            return 0.0
        value = parent[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(f"{path}{key}", f"expected a number, got {value!r:.40}")
        try:
            return float(struct.unpack("f", struct.pack("f", value))[0])
        except OverflowError:  # Rust's `as f32` saturates to infinity
            return float("inf") if value > 0 else float("-inf")

    def seconds(self, parent: Dict[str, Any], key: str, path: str) -> int:
        if self.absent(parent, key, path):
            return 0
        value = parent[key]
        if not isinstance(value, str):
            raise self.fail(f"{path}{key}", "expected an RFC 3339 date-time string")
        try:
            return parse_timestamp_micros(value) // 1_000_000
        except ValueError as error:
            self.refusals.append(f"{path}{key} is not a date-time chrono reads ({error})")
            return 0

    def optional(self, parent: Dict[str, Any], key: str, path: str, accepts: Callable[[Any], bool],
                 expected: str) -> None:
        """A field the harness does not read, typed by the proxy's struct (an `Option`: null is fine)."""
        value = parent.get(key)
        if value is not None and not accepts(value):
            self.refusals.append(f"{path}{key} must be {expected}")


def scalar_text(value: Any) -> Optional[str]:
    """A property value as the proxy passes it: strings as they are, numbers, booleans and null as JSON text
    (so null arrives as the string "null"); arrays and objects are dropped."""
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return number_text(value)  # serde_json's text: `1e2` arrives as 100.0
    return None


def flatten_properties(properties: Dict[str, Any]) -> List[Tuple[str, str]]:
    pairs = []
    for key, value in properties.items():
        text = scalar_text(value)
        if text is not None:
            pairs.append((key, text))
    return pairs


def _page(reader: _Reader, raw: Dict[str, Any], path: str) -> PageData:
    keywords = [] if reader.absent(raw, "keywords", path) else raw["keywords"]
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        raise reader.fail(f"{path}keywords", "expected a list of strings")
    return PageData(
        name=reader.text(raw, "name", path),
        category=reader.text(raw, "category", path),
        keywords=list(keywords),
        title=reader.text(raw, "title", path),
        url=reader.text(raw, "url", path),
        path=reader.text(raw, "path", path),
        search=reader.text(raw, "search", path),
        referrer=reader.text(raw, "referrer", path),
        properties=flatten_properties(reader.obj(raw, "properties", path)),
    )


def _user(reader: _Reader, raw: Dict[str, Any], path: str) -> UserData:
    return UserData(
        user_id=reader.text(raw, "user_id", path),
        anonymous_id=reader.text(raw, "anonymous_id", path),
        edgee_id=reader.text(raw, "edgee_id", path),
        properties=flatten_properties(reader.obj(raw, "properties", path)),
    )


def track_products(raw: Dict[str, Any]) -> List[Dict[str, Any]]:
    """The products of a track event: `properties.products`, else `data.products`."""
    properties = raw.get("properties")
    products = properties.get("products") if isinstance(properties, dict) else None
    if products is None:
        products = raw.get("products")
    return [product for product in products if isinstance(product, dict)] if isinstance(products, list) else []


def products_of(value: Any) -> List[List[Tuple[str, str]]]:
    """The WIT products list the proxy builds from a `products` property (convert.rs `convert_products`):
    an array's objects, flattened; anything else gives none."""
    if not isinstance(value, list):
        return []
    return [flatten_properties(product) for product in value if isinstance(product, dict)]


def _track(reader: _Reader, raw: Dict[str, Any], path: str) -> TrackData:
    """The proxy's payload parser moves `properties.products` out of the properties, and then builds the WIT
    products list from the properties: components never get products. `parse_event` adds them on request."""
    properties = dict(reader.obj(raw, "properties", path))
    properties.pop("products", None)
    return TrackData(name=reader.text(raw, "name", path), properties=flatten_properties(properties))


_DATA_READERS: Dict[str, Callable[[_Reader, Dict[str, Any], str], EventData]] = {
    "page": _page, "track": _track, "user": _user}


def _client(reader: _Reader, raw: Dict[str, Any]) -> Client:
    path = "context.client."
    client = Client()
    for key in CLIENT_TEXT_FIELDS:
        setattr(client, key, reader.text(raw, key, path))
    client.screen_width = reader.integer(raw, "screen_width", path, _S32, -_S32)
    client.screen_height = reader.integer(raw, "screen_height", path, _S32, -_S32)
    client.screen_density = reader.number(raw, "screen_density", path)
    for key in ("proxy_type", "proxy_desc", "as_name"):
        reader.optional(raw, key, path, lambda value: isinstance(value, str), "a string")
    reader.optional(raw, "as_number", path, lambda value: type(value) is int and 0 <= value < 2**32,
                    "an integer from 0 to 4294967295")
    return client


def _session(reader: _Reader, raw: Dict[str, Any]) -> Session:
    path = "context.session."
    start = False if reader.absent(raw, "session_start", path) else raw["session_start"]
    if not isinstance(start, bool):
        raise reader.fail(f"{path}session_start", "expected a boolean")
    return Session(
        session_id=reader.text(raw, "session_id", path),
        previous_session_id=reader.text(raw, "previous_session_id", path),
        session_count=reader.integer(raw, "session_count", path, 2**32, 0),
        session_start=start,
        first_seen=reader.seconds(raw, "first_seen", path),
        last_seen=reader.seconds(raw, "last_seen", path),
    )


def _valid_unicode(raw: Any) -> bool:
    try:
        json.dumps(raw, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_event(raw: Any, index: int = 0, pass_products: bool = False) -> EdgeeEvent:
    """One Edgee event object to an EdgeeEvent; EventFormatError names the field when it is malformed.

    `pass_products` hands track products to the component, as a host other than the proxy may do.
    """
    reader = _Reader(index)
    kind, micros, consent, components = _envelope(reader, raw)
    reader.optional(raw, "from", "", lambda value: isinstance(value, str), "a string")
    data_raw = reader.obj(raw, "data", "")  # a free-form value first: a key given twice is not refused here
    context_raw = reader.struct(raw, "context", "")
    data: EventData = _DATA_READERS[kind](reader, data_raw, "data.")
    if kind == "track" and "products" in data_raw:
        reader.optional(data_raw, "products", "data.", lambda value: isinstance(value, list) and all(
            isinstance(product, dict) for product in value), "an array of objects")
        if data_raw["products"] is None:
            reader.refusals.append("data.products is null")
    client_raw = reader.struct(context_raw, "client", "context.")
    user_raw = reader.struct(context_raw, "user", "context.")
    context = _context(reader, context_raw, client_raw, user_raw)
    event = Event(uuid=reader.text(raw, "uuid", ""), timestamp=micros // 1_000_000, timestamp_millis=micros // 1000,
                  timestamp_micros=micros, data=data, context=context, consent=consent)
    products = track_products(data_raw) if kind == "track" else []
    if pass_products and isinstance(data, TrackData):
        data.products = [flatten_properties(product) for product in products]
    properties_raw = data_raw.get("properties")
    raw_properties = {key: value for key, value in (properties_raw if isinstance(properties_raw, dict) else {}).items()
                      if not (kind == "track" and key == "products")}
    cookie_ids = _native_cookie_ids(reader, user_raw)
    parsed = EdgeeEvent(
        kind, event, None if components is None else dict(components),
        reader.text(client_raw, "accept_language", "context.client."),
        raw_properties=raw_properties, native_cookie_ids=cookie_ids,
        dropped_products=bool(products) and not pass_products,
    )
    parsed.proxy_refusal = "; ".join(dict.fromkeys(reader.refusals))
    return parsed


def _envelope(reader: _Reader, raw: Any) -> Tuple[str, int, Optional[str], Optional[Dict[str, bool]]]:
    """The event's type, time (microseconds), consent and components map, each checked as the proxy does."""
    if not isinstance(raw, dict):
        raise reader.fail("event", f"expected an object, got {type(raw).__name__}")
    if not _valid_unicode(raw):
        raise reader.fail("event", "holds a lone surrogate (such as \\ud800), which the proxy's JSON parser refuses")
    kind = raw.get("type")
    if kind not in KINDS:
        raise reader.fail("type", f"expected one of page, track, user, got {kind!r:.40}")
    timestamp_text = raw.get("timestamp")
    if not isinstance(timestamp_text, str):
        raise reader.fail("timestamp", "expected an RFC 3339 date-time string")
    try:
        micros = parse_timestamp_micros(timestamp_text)
    except ValueError as error:
        raise reader.fail("timestamp", f"expected an RFC 3339 date-time as chrono reads it ({error})") from None
    if not -_S64 < micros < _S64:
        raise reader.fail("timestamp", "out of range")
    consent = raw.get("consent")
    if consent is not None and consent not in CONSENTS:
        raise reader.fail("consent", f"expected pending, granted or denied, got {consent!r:.40}")
    components = raw.get("components")  # an Option: null is no map at all
    if components is not None and (not isinstance(components, dict)
                                   or not all(isinstance(v, bool) for v in components.values())):
        raise reader.fail("components", "expected an object of component id to true/false")
    if isinstance(raw, DuplicatedObject):
        reader.refusals.append(f"the event holds {', '.join(raw.duplicates)} twice")
    return str(kind), micros, consent, components


def _context(reader: _Reader, context_raw: Dict[str, Any], client_raw: Dict[str, Any],
             user_raw: Dict[str, Any]) -> Context:
    campaign_raw = reader.struct(context_raw, "campaign", "context.")
    return Context(
        page=_page(reader, reader.struct(context_raw, "page", "context."), "context.page."),
        user=_user(reader, user_raw, "context.user."),
        client=_client(reader, client_raw),
        campaign=Campaign(**{key: reader.text(campaign_raw, key, "context.campaign.") for key in CAMPAIGN_TEXT_FIELDS}),
        session=_session(reader, reader.struct(context_raw, "session", "context.")),
    )


def _native_cookie_ids(reader: _Reader, user_raw: Dict[str, Any]) -> Optional[Dict[str, str]]:
    found = user_raw.get("native_cookie_ids")  # an Option: null keeps the event's own edgee_id
    reader.optional(user_raw, "native_cookie_ids", "context.user.", lambda value: isinstance(value, dict) and all(
        isinstance(item, str) for item in value.values()), "an object of strings")
    if isinstance(found, dict):
        return {key: value for key, value in found.items() if isinstance(value, str)}
    return None


# Fields the proxy's serde structs require, without a default (payload.rs at db2a2fc): a missing one fails the
# parse of the whole request, and a page, user or track `data` that does not parse makes the proxy panic
# (`serde_json::from_value(...).unwrap()`).
_REQUIRED_DATA = {"page": ("title", "url", "path"), "user": ("edgee_id",), "track": ()}
_REQUIRED_CONTEXT = {"user": ("edgee_id",), "client": ("ip", "user_agent"),
                     "session": ("session_id", "session_count", "session_start", "first_seen", "last_seen")}


def proxy_refusal(raw: Dict[str, Any]) -> str:
    """Why the proxy's parser would refuse an event our parser reads with defaults, or ""."""
    missing = [key for key in ("uuid", "timestamp") if key not in raw]
    data = raw.get("data")
    if not isinstance(data, dict):
        missing.append("data")
    else:
        missing += [f"data.{key}" for key in _REQUIRED_DATA.get(raw.get("type", ""), ()) if key not in data]
    context = raw.get("context")
    if isinstance(context, dict):
        missing += [f"context.{part}" for part in _REQUIRED_CONTEXT if part not in context]
        missing += [f"context.{part}.{key}" for part, keys in _REQUIRED_CONTEXT.items()
                    if isinstance(context.get(part), dict) for key in keys if key not in context[part]]
        page = context.get("page")
        if isinstance(page, dict):
            missing += [f"context.page.{key}" for key in _REQUIRED_DATA["page"] if key not in page]
    return f"the proxy's parser requires {', '.join(missing)}" if missing else ""


def parse_events(document: Any, pass_products: bool = False) -> List[Any]:
    """The events of a file (one object or an array): EdgeeEvent, or EventFormatError for a malformed one."""
    items = document if isinstance(document, list) else [document]
    results: List[Any] = []
    for index, item in enumerate(items):
        try:
            parsed = parse_event(item, index, pass_products)
            parsed.proxy_refusal = "; ".join(filter(None, (proxy_refusal(item), parsed.proxy_refusal)))
            results.append(parsed)
        except EventFormatError as error:
            results.append(error)
    return results
