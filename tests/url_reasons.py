"""A page URL cleaned with the reasons it records: shared by the tests of the URL rules (closers 97 and 98)."""

from __future__ import annotations

from typing import List, Optional, Tuple

from meta_capi import decisions
from meta_capi.privacy import clean_url

FIELD = "event_source_url"
QUERY_REMOVED = "query parameters with personal data removed"
FRAGMENT_REMOVED = "fragment with personal data removed"


def cleaned(url: str) -> Tuple[Optional[str], List[Tuple[str, str]]]:
    """`url` cleaned as a page's URL, and the reasons noted for it."""
    record = decisions.Decisions()
    previous = decisions.start(record)
    try:
        return clean_url(url, FIELD), record.left_out
    finally:
        decisions.start(previous)
