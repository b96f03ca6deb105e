"""Meta's browser and click ids, `fbp` and `fbc` (page "ClickID and the fbp and fbc Parameters").

Both are sent as given, never hashed or re-cased. The component sees no cookies, so `fbc` comes from a
property or is built from the `fbclid` of the page URL, stamped with the event time.
"""

from __future__ import annotations

import hashlib
import re
from typing import Optional
from urllib.parse import unquote_plus

from . import detector

# The grammar of both ids, in one place: fb.{subdomain index}.{creation time, ms}.{payload}[.{appendix}].
# The fbc payload is the fbclid (URL-safe base64 characters, never digits only), the fbp payload the Pixel's
# random number (below 2**31); the optional appendix is the Parameter Builder's 2- or 8-character tag.
_APPENDIX = r"(?:\.(?:[A-Za-z0-9_-]{2}|[A-Za-z0-9_-]{8}))?"
_GRAMMAR = {
    "fbc": re.compile(r"fb\.[0-9]{1,2}\.([0-9]{1,16})\.([A-Za-z0-9_-]{1,512})" + _APPENDIX),
    "fbp": re.compile(r"fb\.[0-9]{1,2}\.([0-9]{1,16})\.([0-9]{1,10})" + _APPENDIX),
}
_FBCLID = re.compile(r"[A-Za-z0-9_-]{1,512}")
CLICK_ID_MAX_AGE_MS = 90 * 24 * 3600 * 1000  # the `_fbc` cookie lives 90 days


def is_meta_click_id(value: str, kind: str) -> bool:
    """True when `value` is a well-formed `fbc` or `fbp` (`kind`) whose payload holds no personal data."""
    return creation_time_ms(value, kind) is not None


def creation_time_ms(value: str, kind: str) -> Optional[int]:
    """The creation time of a well-formed fbc/fbp value (`kind`), or None when the value is malformed or its
    payload holds personal data (a base64-encoded address, a phone number instead of a click id)."""
    match = _GRAMMAR[kind].fullmatch(value) if len(value) <= 600 else None
    if match is None:
        return None
    payload = match.group(2)
    if kind == "fbc" and (payload.isdigit() or detector.reason(payload, id_like=True)):
        return None
    return int(match.group(1))


def query_parameter(url: str, name: str) -> str:
    """The first value of `name` in the query of `url` (or of a bare `?a=b` search string), decoded."""
    start = url.find("?")
    if start < 0 or name + "=" not in url:
        return ""
    query = url[start + 1 :].split("#", 1)[0]
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        if key == name:
            return unquote_plus(value)
    return ""


def fresh_fbc(value: str, event_ms: int) -> str:
    """`value` when it is a well-formed fbc created in the 90 days up to the event, else ""."""
    if not value:
        return ""
    created = creation_time_ms(value.strip(), "fbc")
    if created is None or not event_ms - CLICK_ID_MAX_AGE_MS <= created <= event_ms:
        return ""
    return value.strip()


def fbc_from_fbclid(fbclid: str, event_ms: int) -> str:
    """A server-built fbc: subdomain index 1, as Meta advises when no `_fbc` cookie is saved."""
    fbc = f"fb.1.{event_ms}.{fbclid}"
    return fbc if fbclid and _FBCLID.fullmatch(fbclid) and is_meta_click_id(fbc, "fbc") else ""


def valid_fbp(value: str) -> str:
    if not value:
        return ""
    text = value.strip()
    return text if is_meta_click_id(text, "fbp") else ""


def generated_fbp(edgee_id: str, first_seen_seconds: int) -> str:
    """A stable fbp for a visitor without the Meta Pixel: same edgee_id and first visit, same value."""
    if not edgee_id or first_seen_seconds <= 0:
        return ""
    digest = int(hashlib.sha256(edgee_id.encode("utf-8")).hexdigest()[:15], 16)
    return f"fb.1.{first_seen_seconds * 1000}.{1_000_000_000 + digest % 9_000_000_000}"
