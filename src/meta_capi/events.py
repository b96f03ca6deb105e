"""The mapping from an Edgee page, track or user event to one Meta server event."""

from __future__ import annotations

import re
import time
from typing import Any, Dict, Mapping, Optional, Sequence, Tuple

from . import click_ids, decisions, detector, identity, meta_fields
from .budget import NAMED_KEYS
from .commerce import custom_properties, not_allowed, track_custom_data
from .decisions import EDGEE_UUID, EVENT_ID_PROPERTY, ORDER_ID_PROPERTY
from .errors import EventError, SkippedEvent
from .model import DataView, EventView, PageView, UserView
from .privacy import allowance_named, clean_url, embedded_reason, free_text, user_agent_refusal
from .settings import USER_EVENT_OFF, Settings, match_key
from .values import PROXY_NULL, present

# Meta's standard events (Meta Pixel reference), and PageView, which CAPI accepts too.
STANDARD_EVENTS = (
    "AddPaymentInfo AddToCart AddToWishlist CompleteRegistration Contact CustomizeProduct Donate FindLocation "
    "InitiateCheckout Lead PageView Purchase Schedule Search StartTrial SubmitApplication Subscribe ViewContent"
).split()

PAGE_VIEW = "PageView"  # every page event's name

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
        return PAGE_VIEW
    if kind == "track":
        name = track_event_name(data.name, settings)  # type: ignore[union-attr]  # (the kind says it is a track)
        # judged as free text is: its shapes, and the keys of parameters or object text in it (`{"first_name": …}`)
        refused = detector.refused_judgments()
        # (what embedded_reason needs to read anything, its tests taken together, in C first: `=`, `{`, `%`, `\`, `&`, a
        # layout's mark, serialized.cued's `:`, `<`, `>` or bracket, or a token's 16 characters; most names hold none)
        found = detector.reason(name) or (embedded_reason(name) if (
            "=" in name or "{" in name or "%" in name or "\\" in name or "&" in name or ":" in name or "<" in name
            or ">" in name or "(" in name or "[" in name or len(name) >= 16) else "")
        found = allowance_named(found, refused) if found else ""
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


REPEATED = "given more than once: its last value is used, the earlier ones left out"


def _note_repeated(pairs: Sequence[Tuple[str, str]], where: str) -> None:
    """Note each key that `pairs` give more than once (a host can; the proxy's JSON object cannot): the last value
    wins (values.present), and an earlier one (a negative `value`, say) is not dropped unsaid. Named as the budget
    names a property (by its key when the component's own vocabulary, else by its place): no judgment is made, so
    recording charges nothing to the allowance."""
    keys = [(position, key) for position, (key, value) in enumerate(pairs, 1) if value != PROXY_NULL]
    if len({key for _, key in keys}) == len(keys):
        return
    seen: Dict[str, int] = {}  # key -> its first place among the pairs (0 once noted)
    for position, key in keys:
        if key in seen and seen[key] > 0:
            decisions.note(key if key in NAMED_KEYS else f"property {seen[key]} of {where}", REPEATED)
            seen[key] = 0  # noted once
        elif key not in seen:
            seen[key] = position


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


def _user_data(
    kind: str, event: EventView, event_properties: Mapping[str, str], visitor: Mapping[str, str], page_url: str,
    settings: Settings, now: float, recording: bool,
) -> Dict[str, Any]:
    """Meta's user_data: the hashed customer information, external_id, the client's IP and user agent, `fbc` and
    `fbp` (the event's own property first, then the visitor's, where Edgee's platform may put its own cookies;
    then, for fbc, the page URL's fbclid, and for fbp a generated one when the setting asks for it) and the ids
    Meta wants unhashed. `recording`: decisions.recording(), tested once by the caller."""
    context = event.context
    ids = context.user
    user: UserView = event.data  # type: ignore[assignment]  # (read only when `kind` says it is one)
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
    source = "user_id/anonymous_id" if external else "edgee_id"
    external = external or identity.external_ids([edgee_id])
    if recording:
        decisions.supplied("external_id", source)
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
    # (each call below only when there is something to read: most events carry no fbc, fbp nor Meta id)
    event_fbc, visitor_fbc = event_properties.get("fbc", ""), visitor.get("fbc", "")
    fbc = click_ids.fbc_of(event_fbc, visitor_fbc, page_url, event.timestamp_millis or event.timestamp * 1000) if (
        event_fbc or visitor_fbc or "fbclid=" in page_url) else ""
    if fbc:
        user_data["fbc"] = fbc
    event_fbp, visitor_fbp = event_properties.get("fbp", ""), visitor.get("fbp", "")
    fbp = click_ids.fbp_of(event_fbp, visitor_fbp) if event_fbp or visitor_fbp else ""
    if not fbp and settings.generate_fbp:
        fbp = click_ids.generated_fbp(edgee_id, context.session.first_seen)
    if fbp:
        user_data["fbp"] = fbp
    if not (event_properties.keys().isdisjoint(meta_fields.UNHASHED_ID_KEYS)
            and visitor.keys().isdisjoint(meta_fields.UNHASHED_ID_KEYS)):
        user_data.update(meta_fields.unhashed_ids(event_properties, visitor))
    if not settings.require_email_or_phone and not (
            "client_ip_address" in user_data and "client_user_agent" in user_data or "em" in user_data
            or "ph" in user_data or "external_id" in user_data or "fbc" in user_data or "fbp" in user_data):
        raise EventError(
            "no identifier for Meta to match: no email, phone, external_id, fbc, fbp, nor IP with user agent"
        )
    return user_data


def _page_custom_data(page: PageView, properties: Mapping[str, str], settings: Settings) -> Dict[str, Any]:
    custom: Dict[str, Any] = {}
    allowed = settings.custom_data_keys
    for key, raw in (("page_name", page.name), ("page_category", page.category), ("page_title", page.title)):
        value = free_text(raw, key) if raw else ""
        if value and (allowed is None or not not_allowed(key, allowed)):  # (None: every key, as usual; no call)
            custom[key] = value
    if properties:  # (most page events have none: no call)
        for key, value in custom_properties(properties, allowed=allowed, page=True).items():
            custom.setdefault(key, value)
    return custom


def server_event(kind: str, event: EventView, settings: Settings, now: Optional[float] = None) -> Dict[str, Any]:
    """One entry of the request's `data` list; raises MetaCapiError when the event must not be sent. The
    decisions --explain reports go to the current record (decisions.py), when there is one.

    The usual event pays no call for what it does not carry: each helper below that only reads a property is
    called when the property is there, with the same answer as a call would give."""
    if kind not in KINDS:
        raise EventError(f"unknown event kind {kind!r}")
    now = time.time() if now is None else now
    data = event.data
    name = PAGE_VIEW if kind == "page" else event_name(kind, data, settings)  # (a page's, without a call)
    properties = present(data.properties)
    recording = decisions.recording()  # tested once: the component never records
    if recording:
        _note_repeated(data.properties, "properties")
        _note_repeated(event.context.user.properties, "context.user.properties")
    action_source = (meta_fields.action_source(properties, settings) if "action_source" in properties
                     else settings.action_source)
    if not now - MAX_EVENT_AGE_SECONDS <= event.timestamp <= now + MAX_FUTURE_SECONDS:  # (within: every source's)
        check_event_time(event.timestamp, now, action_source)
    page: PageView = event.context.page  # the page the event happened on: a page event's own data if it has a URL
    if kind == "page" and data.url:  # type: ignore[union-attr]  # (the kind says which record `data` is)
        page = data  # type: ignore[assignment]
    url, search = page.url, page.search
    url = source_url(url, search) if search and "?" not in url else url  # (source_url's own test, without its call)
    server: Dict[str, Any] = {
        "event_name": name,
        "event_time": event.timestamp,
    }
    event_id, source = event_id_and_source(properties, event.uuid)
    if event_id:
        server["event_id"] = event_id
    if recording:
        decisions.event_id_from(source if event_id else "", event_id)
    server["action_source"] = action_source
    opt_out = meta_fields.opt_out(properties) if "opt_out" in properties else None
    if opt_out is not None:
        server["opt_out"] = opt_out
    for meta_key, raw_url in (("event_source_url", url), ("referrer_url", page.referrer)):
        cleaned = clean_url(raw_url, meta_key, settings.url_query == "drop") if raw_url else None
        if cleaned:
            server[meta_key] = cleaned
    # The visitor's properties (the proxy fills them from the last `user` call); a user event's own win.
    visitor = present(event.context.user.properties)
    if kind == "user":
        visitor.update(properties)
    server["user_data"] = _user_data(kind, event, properties, visitor, url or search, settings, now, recording)
    if kind == "page":
        custom = _page_custom_data(data, properties, settings)  # type: ignore[arg-type]
    elif kind == "track":
        products = data.products  # type: ignore[union-attr]
        custom = track_custom_data(name, properties, [present(product) for product in products] if products else [],
                                   settings.default_currency, settings.custom_data_keys,
                                   event_id if source == ORDER_ID_PROPERTY else "")
    else:
        custom = {}
    if custom:
        server["custom_data"] = custom
    # (absent from both, with the setting off: no LDU, and no call)
    ldu = (meta_fields.data_processing_options(properties, visitor, settings) if settings.ldu
           or "data_processing_options" in properties or "data_processing_options" in visitor else None)
    if ldu is not None:
        server["data_processing_options"] = ["LDU"]
        server["data_processing_options_country"], server["data_processing_options_state"] = ldu
    return server
