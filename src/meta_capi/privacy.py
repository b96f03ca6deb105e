"""The gate for what leaves: every free-form value, custom key and URL part passes the one detector
(detector.py) on its way into the Meta event; what fails is left out (a URL part removed), never redacted.
Meta flags events that carry raw personal data ("potentially violating personal data") and may restrict
the pixel; hashed identifiers belong in `user_data` only.

Each decision is recorded where it is made: when `--explain` asks (payload.build_request with a record),
the reason goes into the record; otherwise recording costs one test of a module global.
"""

from __future__ import annotations

from typing import List, Optional, Tuple
from urllib.parse import unquote_plus

from . import detector
from .values import stripped_within

# Longer free-form values carry nothing Meta uses (custom_data is for short labels and ids); they are left out
# before any pattern runs. URLs get more room.
MAX_FREE_TEXT = 4096
MAX_URL = 8192

TOO_LONG = f"longer than {MAX_FREE_TEXT} characters: left out"
PERSONAL_KEY = "personal key: kept out of custom_data"

Record = List[Tuple[str, str]]
_record: Optional[Record] = None


def start_recording(record: Optional[Record]) -> Optional[Record]:
    """Send the reasons of the next decisions to `record` (None: nowhere); returns the previous record."""
    global _record
    previous, _record = _record, record
    return previous


def left_out(field: str, reason: str) -> None:
    """Note that `field` (a property or a Meta field, never a value) was left out, and why."""
    if _record is not None:
        _record.append((field, reason))


def is_personal_key(name: str) -> bool:
    return bool(detector.key_reason(name))


def free_text(raw: str, field: str = "", id_like: bool = False, instead: str = "left out") -> str:
    """`raw` stripped, or "" when it may not go out (too long, or personal data in it); the reason is recorded
    under `field`, followed by `instead` (what happens then). `id_like`: the value is an id (detector.reason)."""
    text = stripped_within(raw, MAX_FREE_TEXT)
    if text is None:
        found = f"longer than {MAX_FREE_TEXT} characters"
    else:
        found = detector.reason(text, id_like) if text else ""
    if found:
        left_out(field, f"{found}: {instead}")
        return ""
    return text or ""


def custom_refusal(key: str, text: str) -> str:
    """Why a property may not go out as custom data, or ""."""
    found = detector.key_reason(key)
    if found:
        return PERSONAL_KEY if found == detector.PERSONAL_KEY else f"{found}: left out"
    if len(text) > MAX_FREE_TEXT:
        return TOO_LONG
    found = detector.reason(text)
    return f"{found}: left out" if found else ""


def _personal_parameter(pair: str) -> bool:
    key, _, value = pair.partition("=")
    return bool(detector.key_reason(unquote_plus(key)) or (value and detector.reason(unquote_plus(value))))


def _clean_query(query: str) -> Tuple[str, bool]:
    """The query without its personal parameters (separated by `&` or `;`), and whether any was removed."""
    pairs = query.replace(";", "&").split("&")
    kept = [pair for pair in pairs if pair and not _personal_parameter(pair)]
    if len(kept) == len([pair for pair in pairs if pair]):
        return query, False
    return "&".join(kept), True


def clean_url(url: str, field: str = "", drop_query: bool = False) -> Optional[str]:
    """`url` with every part that holds personal data removed: user info, query parameters (a personal key,
    or personal data in the key or the value), the fragment; personal data in the path leaves only the origin.
    None when nothing can be sent (a relative URL with personal data in its path, or longer than any real
    one). `drop_query` removes the whole query (setting meta_url_query = drop). Reasons go under `field`."""
    if len(url) > MAX_URL:
        left_out(field, f"longer than {MAX_URL} characters: not sent")
        return None
    base, hash_mark, fragment = url.partition("#")
    path, question, query = base.partition("?")
    scheme, separator, rest = path.partition("://")
    origin = ""
    if separator:
        authority, slash, path = rest.partition("/")
        if "@" in authority:
            authority = authority.rpartition("@")[2]
            left_out(field, "user name and password removed")
        origin = f"{scheme}://{authority}"
        path = slash + path
    if fragment and (detector.reason(fragment) or any(
            _personal_parameter(part) for part in fragment.replace(";", "&").split("&") if "=" in part)):
        hash_mark = fragment = ""
        left_out(field, "fragment with personal data removed")
    if question and drop_query:
        question = query = ""
        left_out(field, "query removed (meta_url_query = drop)")
    elif question:
        query, removed = _clean_query(query)
        if removed:
            left_out(field, "query parameters with personal data removed")
            question = "?" if query else ""
    cleaned = origin + path + question + query + hash_mark + fragment
    # Then the path, and the URL whole: parts can be clean one by one and personal together
    # (`?ref=jo&#64;example.com`: `&` and `#` split it). A line break stands for each `/`, so that a path
    # segment is a value of its own (`/` is a base64 character, and a separator between digit groups).
    if detector.reason(cleaned.replace("/", "\n"), id_like=True):
        left_out(field, "personal data in the path or across the URL's parts: "
                 + ("only the origin sent" if origin else "not sent"))
        return origin + "/" if origin and not detector.reason(origin, id_like=True) else None
    return cleaned
