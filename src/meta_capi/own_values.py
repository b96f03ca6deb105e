"""The visitor's own identifiers, known before the payload is built: the event's user, anonymous and Edgee ids and
the raw values the identity step hashes (email, phone, full name, post code, date of birth), as given and as
normalized. While an event is mapped the gate (detector.own_value_reason) leaves out any text holding one of them as
a token: hashed in `user_data` is the only way they leave (the README's promise "no identifier the event carries for
its visitor leaves raw in any other field").

Built here once per event, judged in the detector; a value too short or too common to be the visitor's alone (the
floor below) is not judged this way, and the detector's own rules still read it where a label or a shape says what
it is. Meta's own ids (fbc, fbp, click ids) are Meta's, not the visitor's, and are not among them.
"""

from __future__ import annotations

import time
from typing import Callable, Dict, List, Mapping, Optional, Tuple

from . import identity
from .model import EventView, UserView, as_user
from .values import present

# The floor. An id, an email or a phone number of five characters or more (a phone's digits: seven, a plan's
# shortest) is the visitor's own; a shorter one (`42`, `e-1`) is as often a count, a size or a page's number. An id
# of letters alone counts from eight (`admin`, `guest`, `kunde` are words a shop writes), and never as a tracker's
# placeholder for no id. A name counts whole only, first and last (`Marie` alone is a product's, a street's, a
# shop's as often); a city or a state never (`Paris` names a perfume, and a town its million people); a post code
# only with letters and digits (`LS1 4AP`: a street; `75001` is a district's, and any five-digit number's).
MIN_LENGTH = 5
MIN_LETTERS_ONLY = 8
MIN_PHONE_DIGITS = 7
# Longer values are no one's id (Meta's external_id allows 512; a digest is 64): not judged this way, which keeps a
# needle's search short.
MAX_LENGTH = 128
MAX_NEEDLES = 12  # the most a visitor can have (ids of a user call and its context, then the identity's values)
_PLACEHOLDERS = frozenset("anonymous undefined unidentified unassigned notavailable".split())

# (needle in lower case, the reason naming it), as the detector reads them.
Needles = Tuple[Tuple[str, str], ...]


def own(what: str, field: str) -> str:
    """The reason the gate gives for a text holding the visitor's own `what`, read from `field` (never the value)."""
    return f"holds the visitor's own {what} ({field})"


_IDS = tuple((field, own(what, field)) for field, what in (
    ("user_id", "user id"), ("anonymous_id", "anonymous id"), ("edgee_id", "Edgee id")))


def _token(raw: str) -> str:
    """`raw` lowercased, without the characters that are no letter or digit at its ends: the needle a token matches."""
    text = raw.strip().lower()
    if text[:1].isalnum() and text[-1:].isalnum():
        return text  # (the usual value: no mark at its ends; a slice of "" is "", no letter)
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def _id_counts(token: str) -> bool:
    if not MIN_LENGTH <= len(token) <= MAX_LENGTH:
        return False
    return not token.isalpha() or len(token) >= MIN_LETTERS_ONLY and token not in _PLACEHOLDERS


def needles(kind: str, event: EventView, now: Optional[float] = None) -> Needles:
    """The visitor's own values of `event` (`kind` page/track/user) with the reason naming each: its ids first, then
    the identity's email, phone number, full name, post code and date of birth; at most MAX_NEEDLES."""
    found: Dict[str, str] = {}
    user = event.context.user
    sources: Tuple[UserView, ...] = (as_user(event.data), user) if kind == "user" else (user,)
    for field, reason in _IDS:
        for source in sources:
            raw = getattr(source, field)
            token = _token(raw) if raw else ""
            if token and token not in found and _id_counts(token):
                found[token] = reason
    visitor = present(event.context.user.properties)
    if kind == "user":
        visitor.update(present(event.data.properties))
    if not visitor.keys().isdisjoint(identity.ALIAS_RANK):  # (most events: their ids only)
        _identity_values(visitor, event.context.client.country_code, now, found)
    return tuple(found.items())[:MAX_NEEDLES]


def _first(candidates: Mapping[str, List[Tuple[str, str]]], key: str,
           normalize: Callable[[str], str]) -> Tuple[str, str, str]:
    """(alias, raw value, normal form) of the first alias of `key` whose value normalizes, as identity takes it."""
    for name, raw in candidates.get(key, ()):
        normal = normalize(raw) if len(raw) <= MAX_LENGTH else ""
        if normal:
            return name, raw, normal
    return "", "", ""


def _identity_values(visitor: Mapping[str, str], client_country: str, now: Optional[float],
                     found: Dict[str, str]) -> None:
    """Add to `found` the raw and normal forms of the values identity.customer_information hashes (the floor above)."""
    candidates = identity.alias_candidates(visitor)

    def add(value: str, reason: str) -> None:
        token = _token(value)
        if MIN_LENGTH <= len(token) <= MAX_LENGTH and token not in found:
            found[token] = reason

    name, raw, normal = _first(candidates, "em", identity.normalize_email)
    if name:
        add(normal, own("email address", name))
    if "ph" in candidates:
        if client_country and not client_country.isspace():
            candidates.setdefault("country", []).append((identity.CLIENT_COUNTRY, client_country))
        country = identity.visitor_country(candidates)
        name, raw, normal = _first(candidates, "ph", lambda text: identity.normalize_phone(text, country))
        if name and len(normal) >= MIN_PHONE_DIGITS:
            reason = own("phone number", name)
            add(raw, reason)
            add(normal, reason)
    first, first_raw, first_normal = _first(candidates, "fn", identity.normalize_name)
    last, last_raw, last_normal = _first(candidates, "ln", identity.normalize_name)
    if first and last and len(first_normal + last_normal) >= MIN_LENGTH:
        reason = own("name", f"{first} and {last}")
        add(f"{first_raw.strip()} {last_raw.strip()}", reason)
        add(first_normal + last_normal, reason)
    name, raw, normal = _first(candidates, "zp", identity.normalize_zip)
    if name and not normal.isdigit() and not normal.isalpha():
        reason = own("post code", name)
        add(raw, reason)
        add(normal, reason)
    if "db" in candidates:
        year = time.gmtime(time.time() if now is None else now).tm_year
        name, raw, normal = _first(candidates, "db", lambda text: identity.normalize_date_of_birth(text, year))
        if name:
            reason = own("date of birth", name)
            add(raw, reason)
            add(normal, reason)
