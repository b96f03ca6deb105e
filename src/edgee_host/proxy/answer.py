"""What the proxy does with a component's answer before sending it (data_collection/versions/*/execute.rs
and mod.rs `insert_expected_headers`): headers checked as `http` checks them, visitor headers added."""

from __future__ import annotations

import re
from typing import Dict, List, Sequence, Tuple
from urllib.parse import urlsplit

from edgee_host.errors import HarnessError
from meta_capi.model import Event

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # what HeaderName::from_str accepts (then lowercased)


class InvalidHeader(HarnessError, ValueError):
    """A header the proxy's `http` crate refuses: the proxy skips this event for this component."""


def _valid_value(value: str) -> bool:
    return all(ch == "\t" or (ch >= " " and ch != "\x7f") for ch in value)


def checked_headers(headers: Sequence[Tuple[str, str]]) -> Dict[str, str]:
    """Header names lowercased, the last of duplicates kept, as the proxy's HeaderMap does."""
    result: Dict[str, str] = {}
    for name, value in headers:
        if not _TOKEN.fullmatch(name):
            raise InvalidHeader(f"invalid header name {name!r:.60}")
        if not _valid_value(value):
            raise InvalidHeader(f"invalid value for header {name}")
        result[name.lower()] = value
    return result


def _origin_and_referer(url: str) -> Tuple[str, str]:
    """`scheme://host` and `scheme://host/path` of the page URL, as the proxy builds them; "" when unparsable."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return "", ""
    host = parts.hostname or ""
    origin = f"{parts.scheme}://{host}"
    return origin, origin + (parts.path or "/")


def forwarded_headers(event: Event, accept_language: str) -> List[Tuple[str, str]]:
    """The visitor headers the proxy adds when the component sets forward-client-headers, built from the
    event as the component got it (anonymized IP included); each replaces a component header of its name."""
    client = event.context.client
    origin, referer = _origin_and_referer(event.context.page.url)
    headers = []
    if client.ip:
        headers.append(("x-forwarded-for", client.ip))
    if client.user_agent:
        headers.append(("user-agent", client.user_agent))
    if referer:
        headers.append(("referer", referer))
    if accept_language:
        headers.append(("accept-language", accept_language))
    if origin:
        headers.append(("origin", origin))
    headers += [("accept", "*/*"), ("sec-fetch-dest", "empty"), ("sec-fetch-mode", "no-cors"),
                ("sec-fetch-site", "cross-site")]
    return headers


def request_headers(component_headers: Sequence[Tuple[str, str]], forward: bool, event: Event,
                    accept_language: str) -> Dict[str, str]:
    """Every header the proxy sends for this answer; InvalidHeader when it would skip the event."""
    headers = checked_headers(component_headers)
    if forward:
        headers.update(checked_headers(forwarded_headers(event, accept_language)))
    return headers
