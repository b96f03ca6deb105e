"""The mapping from an Edgee page, track or user event to one Meta server event."""

from __future__ import annotations

import re
import time
from typing import Any, Dict, List, Mapping, Optional, Tuple

from . import click_ids, decisions, detector, identity, meta_fields
from .commerce import custom_properties, not_allowed, track_custom_data
from .decisions import EDGEE_UUID, EVENT_ID_PROPERTY, ORDER_ID_PROPERTY
from .errors import EventError, SkippedEvent
from .model import DataView, EventView, PageView, as_page, as_track, as_user
from .privacy import allowance_named, clean_url, embedded_reason, free_text, user_agent_refusal
from .settings import USER_EVENT_OFF, Settings, match_key
from .values import present

# Meta's standard events (Meta Pixel reference), and PageView, which CAPI accepts too.
STANDARD_EVENTS = (
    "AddPaymentInfo AddToCart AddToWishlist CompleteRegistration Contact CustomizeProduct Donate FindLocation "
    "InitiateCheckout Lead PageView Purchase Schedule Search StartTrial SubmitApplication Subscribe ViewContent"
).split()

# Segment-spec e-commerce names and each standard name, keyed by match_key(); the track name otherwise.
DEFAULT_TRACK_MAPPING: Dict[str, str] = {
    "order completed": "Purchase",
    "product purchased": "Purchase",
    "checkout started": "InitiateCheckout",
    "product added": "AddToCart",
    "product viewed": "ViewContent",
    "product list viewed": "ViewContent",
    "products searched": "Search",
    "payment info entered": "AddPaymentInfo",
    "product added to wishlist": "AddToWishlist",
    "lead generated": "Lead",
    "signed up": "CompleteRegistration",
    **{name.lower(): name for name in STANDARD_EVENTS},
}

# A deduplication id is a code; words of letters alone, two to four between blanks (`Losana Vakaloloma`), are
# text, a person's name as often: such an id gives way to the next (nineteenth attack).
_WORDS_ONLY = re.compile(r"[^\W\d_]+(?:['\u02bb.-][^\W\d_]+)?(?: [^\W\d_]+(?:['\u02bb.-][^\W\d_]+)?){1,3}")
WORDS_NOT_ID = "holds words alone, no id"

MAX_EVENT_AGE_SECONDS = 7 * 24 * 3600  # older: Meta rejects the whole request (100 / 2804003)
MAX_PHYSICAL_STORE_AGE_SECONDS = 62 * 24 * 3600
MAX_FUTURE_SECONDS = 60
KINDS = ("page", "track", "user")
_BIRTH_DATE_ALIASES = frozenset(identity.ALIASES["db"])


def track_event_name(name: str, settings: Settings) -> str:
    if not name.strip():
        raise EventError("track event has an empty name")
    key = match_key(name)
    custom = settings.event_mapping.get(key)
    if custom:
        return custom
    if settings.standard_events:
        return DEFAULT_TRACK_MAPPING.get(key, name)
    return name


def event_name(kind: str, data: DataView, settings: Settings) -> str:
    if kind == "page":
        return "PageView"
    if kind == "track":
        name = track_event_name(as_track(data).name, settings)
        # judged as free text is: its shapes, and the keys of parameters or object text in it (`{"first_name": …}`)
        refused = detector.refused_judgments()
        found = allowance_named(detector.reason(name) or embedded_reason(name), refused)
        if found:  # no name could stand in for it: a renamed event would be a made-up one
            raise EventError(f"the track event's name {found}: the event is not sent")
        return name
    if settings.user_event_name == USER_EVENT_OFF:
        raise SkippedEvent("user events are switched off (meta_user_event_name = none)")
    return settings.user_event_name


def check_event_time(event_time: int, now: float, action_source: str) -> None:
    max_age = MAX_PHYSICAL_STORE_AGE_SECONDS if action_source == "physical_store" else MAX_EVENT_AGE_SECONDS
    if event_time < now - max_age:
        raise EventError(
            f"event_time {event_time} is more than {max_age // 86400} days old: Meta rejects it"
        )
    if event_time > now + MAX_FUTURE_SECONDS:
        raise EventError(f"event_time {event_time} is more than a minute in the future: Meta rejects it")


def source_url(url: str, search: str) -> str:
    """The page URL, with `search` appended only when the URL has no query of its own."""
    if not url or not search or "?" in url:
        return url
    base, hash_mark, fragment = url.partition("#")
    query = search if search.startswith("?") else "?" + search
    return base + query + hash_mark + fragment


def page_of(kind: str, event: EventView) -> PageView:
    """The page an event happened on: a page event's own data when it has a URL, else the context's."""
    if kind == "page" and as_page(event.data).url:
        return as_page(event.data)
    return event.context.page


def event_id_and_source(properties: Mapping[str, str], uuid: str) -> Tuple[str, str]:
    """`event_id` and where it came from: the `event_id` property (what the browser Pixel sends as eventID),
    else the `order_id` property of an event that carries one (a key the page knows too: Meta's
    deduplication page recommends an order number), else the Edgee uuid, which the proxy's server mints and
    no Pixel can know. A value holding an email (or any personal data, or words alone: _WORDS_ONLY) gives way to
    the next: raw data never leaves."""
    for name, source in (("event_id", EVENT_ID_PROPERTY), ("order_id", ORDER_ID_PROPERTY)):
        raw = properties.get(name, "")
        if raw and not raw.isspace():
            value = free_text(raw, name, True, "not sent as event_id")  # the gate records why
            if value and " " in value and _WORDS_ONLY.fullmatch(value) is not None:
                decisions.note(name, f"{WORDS_NOT_ID}: not sent as event_id")
                value = ""
            if value:
                return value, source
    return free_text(uuid, "uuid", id_like=True), EDGEE_UUID


def visitor_of(kind: str, event: EventView, event_properties: Mapping[str, str]) -> Dict[str, str]:
    """The visitor's properties (the proxy fills them from the last `user` call); a user event's own win."""
    visitor = present(event.context.user.properties)
    if kind == "user":
        visitor.update(event_properties)
    return visitor


def _user_data(
    kind: str, event: EventView, event_properties: Mapping[str, str], visitor: Mapping[str, str], page_url: str,
    settings: Settings, now: float,
) -> Dict[str, Any]:
    data, context = event.data, event.context
    ids = context.user
    user = as_user(data)
    if kind == "user" and (user.user_id or user.anonymous_id):
        ids = user
    client = context.client
    # The current year bounds a birth date only: not computed for the usual visitor, who gives none.
    year = 0 if visitor.keys().isdisjoint(_BIRTH_DATE_ALIASES) else time.gmtime(now).tm_year
    user_data: Dict[str, Any] = identity.customer_information(visitor, client.country_code, year)
    if settings.require_email_or_phone and "em" not in user_data and "ph" not in user_data:
        raise EventError(
            "no email or phone number among the visitor's properties: the event is not sent "
            "(setting meta_require_email_or_phone = false sends events with other identifiers)"
        )
    edgee_id = (user.edgee_id if kind == "user" else "") or context.user.edgee_id
    external = identity.external_ids([ids.user_id, ids.anonymous_id])
    if external:
        decisions.supplied("external_id", "user_id/anonymous_id")
    else:
        external = identity.external_ids([edgee_id])
        decisions.supplied("external_id", "edgee_id")
    if external:
        user_data["external_id"] = external
    ip = meta_fields.client_ip(client.ip)
    if ip:
        user_data["client_ip_address"] = ip
    user_agent = client.user_agent.strip()
    found = user_agent_refusal(user_agent) if user_agent else ""
    if found:
        decisions.note("client_user_agent", f"{found}: left out")  # a contact in a bot's user agent
    elif user_agent:
        user_data["client_user_agent"] = user_agent
    user_data.update(_browser_ids(event, event_properties, visitor, page_url, edgee_id, settings))
    user_data.update(meta_fields.unhashed_ids(event_properties, visitor))
    if not settings.require_email_or_phone and not _has_identifier(user_data):
        raise EventError(
            "no identifier for Meta to match: no email, phone, external_id, fbc, fbp, nor IP with user agent"
        )
    return user_data


def _browser_ids(event: EventView, event_properties: Mapping[str, str], visitor: Mapping[str, str], page_url: str,
                 edgee_id: str, settings: Settings) -> Dict[str, str]:
    """`fbc` and `fbp`: the event's own property first, then the visitor's (where Edgee's platform may put
    its own cookies), then, for fbc, the page URL's fbclid, and for fbp a generated one when the setting
    asks for it."""
    event_ms = event.timestamp_millis or event.timestamp * 1000
    found: Dict[str, str] = {}
    fbc = click_ids.fbc_of(event_properties.get("fbc", ""), visitor.get("fbc", ""), page_url, event_ms)
    if fbc:
        found["fbc"] = fbc
    fbp = click_ids.fbp_of(event_properties.get("fbp", ""), visitor.get("fbp", ""))
    if not fbp and settings.generate_fbp:
        fbp = click_ids.generated_fbp(edgee_id, event.context.session.first_seen)
    if fbp:
        found["fbp"] = fbp
    return found


def _has_identifier(user_data: Mapping[str, Any]) -> bool:
    if "client_ip_address" in user_data and "client_user_agent" in user_data:
        return True
    return ("em" in user_data or "ph" in user_data or "external_id" in user_data or "fbc" in user_data
            or "fbp" in user_data)  # (no generator: one code object fewer for a first call to run)


def _page_custom_data(page: PageView, properties: Mapping[str, str], settings: Settings) -> Dict[str, Any]:
    custom: Dict[str, Any] = {}
    for key, raw in (("page_name", page.name), ("page_category", page.category), ("page_title", page.title)):
        value = free_text(raw, key) if raw else ""
        if value and not not_allowed(key, settings.custom_data_keys):
            custom[key] = value
    if properties:  # (most page events have none: no call)
        for key, value in custom_properties(properties, allowed=settings.custom_data_keys, page=True).items():
            custom.setdefault(key, value)
    return custom


def server_event(kind: str, event: EventView, settings: Settings, now: Optional[float] = None) -> Dict[str, Any]:
    """One entry of the request's `data` list; raises MetaCapiError when the event must not be sent. The
    decisions --explain reports go to the current record (decisions.py), when there is one."""
    if kind not in KINDS:
        raise EventError(f"unknown event kind {kind!r}")
    now = time.time() if now is None else now
    data = event.data
    name = event_name(kind, data, settings)
    properties = present(data.properties)
    action_source = meta_fields.action_source(properties, settings)
    check_event_time(event.timestamp, now, action_source)
    page = page_of(kind, event)
    url = source_url(page.url, page.search)
    server: Dict[str, Any] = {
        "event_name": name,
        "event_time": event.timestamp,
    }
    event_id, source = event_id_and_source(properties, event.uuid)
    if event_id:
        server["event_id"] = event_id
    decisions.event_id_from(source if event_id else "")
    server["action_source"] = action_source
    opt_out = meta_fields.opt_out(properties)
    if opt_out is not None:
        server["opt_out"] = opt_out
    for meta_key, raw_url in (("event_source_url", url), ("referrer_url", page.referrer)):
        cleaned = clean_url(raw_url, meta_key, settings.url_query == "drop") if raw_url else None
        if cleaned:
            server[meta_key] = cleaned
    visitor = visitor_of(kind, event, properties)
    server["user_data"] = _user_data(kind, event, properties, visitor, url or page.search, settings, now)
    if kind == "page":
        custom = _page_custom_data(as_page(data), properties, settings)
    elif kind == "track":
        products: List[Mapping[str, str]] = [present(product) for product in as_track(data).products]
        custom = track_custom_data(name, properties, products, settings.default_currency, settings.custom_data_keys,
                                   event_id if source == ORDER_ID_PROPERTY else "")
    else:
        custom = {}
    if custom:
        server["custom_data"] = custom
    ldu = meta_fields.data_processing_options(properties, visitor, settings)
    if ldu is not None:
        server["data_processing_options"] = ["LDU"]
        server["data_processing_options_country"], server["data_processing_options_state"] = ldu
    return server
