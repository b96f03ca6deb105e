"""Meta's browser and click ids, `fbp` and `fbc` (page "ClickID and the fbp and fbc Parameters").

Both are sent as given, never hashed or re-cased. The component sees no cookies, so `fbc` comes from a
property or is built from the `fbclid` of the page URL, stamped with the event time.
"""

from __future__ import annotations

import hashlib
import re
from typing import Optional, Tuple
from urllib.parse import unquote_plus

from . import decisions, detector
from .identity import PARAM_BUILDER_APPENDIX

# The grammar of both ids, in one place: fb.{subdomain index}.{creation time, ms}.{payload}[.{appendix}].
# The fbc payload is the fbclid (URL-safe base64 characters, never digits only), the fbp payload the Pixel's
# random number (below 2**31, written as an integer is: without a leading 0, which would be a mobile number's trunk
# prefix, `0983174265`); the optional appendix is the Parameter Builder's tag, as on hashed values.
_APPENDIX = r"(?:\." + PARAM_BUILDER_APPENDIX + ")?"
_GRAMMAR = {
    "fbc": re.compile(r"fb\.[0-9]{1,2}\.([0-9]{1,16})\.([A-Za-z0-9_-]{1,512})" + _APPENDIX),
    "fbp": re.compile(r"fb\.[0-9]{1,2}\.([0-9]{1,16})\.(0|[1-9][0-9]{0,9})" + _APPENDIX),
}
CLICK_ID_MAX_AGE_MS = 90 * 24 * 3600 * 1000  # the `_fbc` cookie lives 90 days
# The Pixel's random number is below 2**31 (a 32-bit signed integer, as the Parameter Builder makes it too): a
# larger one, a mobile number's ten digits, is not the Pixel's.
_MAX_RANDOM = 2**31
_EARLIEST_MS = 1_262_304_000_000  # 2010-01-01T00:00:00Z, before Meta's Pixel set any `_fbp` or `_fbc` cookie


def creation_time_ms(value: str, kind: str) -> Optional[int]:
    """The creation time of a well-formed fbc/fbp value (`kind`), or None when the value is malformed or its
    payload holds personal data (a base64-encoded address, a phone number instead of a click id)."""
    match = _GRAMMAR[kind].fullmatch(value) if len(value) <= 600 else None
    if match is None:
        return None
    payload = match.group(2)
    if kind == "fbc" and detector.click_id_reason(payload) or kind == "fbp" and int(payload) >= _MAX_RANDOM:
        return None
    created = int(match.group(1))
    # a creation time in ms is 13 digits from 2010 on (the Pixel's cookies): anything else is no time
    return created if _EARLIEST_MS <= created < 10**13 else None


def query_parameter(url: str, name: str) -> str:
    """The first value of `name` in the query of `url` (or of a bare `?a=b` search string), decoded."""
    start = url.find("?")
    if start < 0 or name + "=" not in url:
        return ""
    query = url[start + 1 :].split("#", 1)[0]
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        if key == name:  # (unquote_plus leaves text without `%` or `+` as it is: a click id pays no call)
            return value if "%" not in value and "+" not in value else unquote_plus(value)
    return ""


def fbc_verdict(value: str, event_ms: int) -> Tuple[str, str]:
    """(`value` stripped, "") when it is a well-formed fbc created in the 90 days up to the event, else
    ("", why not): the one rule, for what is sent and for what --explain says."""
    text = value.strip()
    created = creation_time_ms(text, "fbc") if text else None
    if created is None:
        return "", "not of the form fb.N.TIME.CLICKID"
    if created < event_ms - CLICK_ID_MAX_AGE_MS:
        return "", "created more than 90 days before the event"
    if created > event_ms:
        return "", "created after the event"
    return text, ""


def fresh_fbc(value: str, event_ms: int) -> str:
    """`value` when it is a well-formed fbc created in the 90 days up to the event, else ""."""
    return fbc_verdict(value, event_ms)[0]


def fbc_from_fbclid(fbclid: str, event_ms: int) -> str:
    """A server-built fbc: subdomain index 1, as Meta advises when no `_fbc` cookie is saved."""
    fbc = f"fb.1.{event_ms}.{fbclid}"
    # (a well-formed fbclid whose payload holds no personal data, and a time Meta accepts: the fbc grammar checks the
    # fbclid's characters and length, and without a dot in it no appendix can match its end)
    return fbc if fbclid and "." not in fbclid and creation_time_ms(fbc, "fbc") is not None else ""


FBC_PROPERTY, VISITOR_FBC, FBCLID = "the fbc property", "the visitor's fbc", "the page URL's fbclid"
FBP_PROPERTY, VISITOR_FBP, GENERATED_FBP = "the fbp property", "the visitor's fbp", "generated (meta_generate_fbp)"


def _candidates(event_value: str, visitor_value: str, sources: Tuple[str, str]) -> Tuple[Tuple[str, str], ...]:
    """(source, value): the event's own first; the visitor's unless it is the same value (a user event's)."""
    if visitor_value.strip() == event_value.strip():
        return ((sources[0], event_value),)
    return (sources[0], event_value), (sources[1], visitor_value)


def fbc_of(event_value: str, visitor_value: str, page_url: str, event_ms: int) -> str:
    """The fbc sent: the event's property, else the visitor's, each when fresh (fbc_verdict), else one built
    from the page URL's fbclid. The source, and why a present one was not used, go to the current record."""
    # (both empty, as on most events: no candidate would give an fbc or a note)
    for source, raw in _candidates(event_value, visitor_value, (FBC_PROPERTY, VISITOR_FBC)) if (
            event_value or visitor_value) else ():
        fbc, refusal = fbc_verdict(raw, event_ms)
        if fbc:
            decisions.supplied("fbc", source)
            return fbc
        if raw.strip():
            decisions.note_matching("fbc", refusal)
    fbc = fbc_from_fbclid(query_parameter(page_url, "fbclid"), event_ms)
    if fbc and decisions.recording():  # (tested here: the component never records, and pays no call to note it)
        decisions.supplied("fbc", FBCLID)
    return fbc


def fbp_of(event_value: str, visitor_value: str) -> str:
    """The fbp sent: the event's property, else the visitor's, each when well-formed; recorded as fbc_of."""
    # (both empty, as on most events: no candidate would give an fbp or a note)
    for source, raw in _candidates(event_value, visitor_value, (FBP_PROPERTY, VISITOR_FBP)) if (
            event_value or visitor_value) else ():
        fbp = valid_fbp(raw)
        if fbp:
            decisions.supplied("fbp", source)
            return fbp
        if raw.strip():
            decisions.note_matching("fbp", "not of the form fb.N.TIME.RANDOM")
    return ""


def valid_fbp(value: str) -> str:
    if not value:
        return ""
    text = value.strip()
    return text if creation_time_ms(text, "fbp") is not None else ""  # (well-formed, no personal data)


def generated_fbp(edgee_id: str, first_seen_seconds: int) -> str:
    """A stable fbp for a visitor without the Meta Pixel: same edgee_id and first visit, same value."""
    if not edgee_id or first_seen_seconds <= 0:
        return ""
    digest = int(hashlib.sha256(edgee_id.encode("utf-8")).hexdigest()[:15], 16)
    decisions.supplied("fbp", GENERATED_FBP)
    return f"fb.1.{first_seen_seconds * 1000}.{1_000_000_000 + digest % (_MAX_RANDOM - 1_000_000_000)}"
