"""Recorded events replayed now: every timestamp moved by one offset, so the latest event happens now and the
gaps between events stay as recorded (Edgee's CLI sets its samples' timestamps to now, `edgee components test`).
Meta refuses events older than 7 days, so recorded events are otherwise refused."""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from edgee_host.proxy.timestamps import parse_timestamp_micros, rfc3339_micros


def _times(document: Any) -> Iterator[Tuple[Dict[str, Any], str, int]]:
    """(table, key, microseconds) of every time an event holds: its timestamp and its session's first and last
    visit. Values that are not RFC 3339 strings are left for the event parser to report."""
    for event in document if isinstance(document, list) else [document]:
        if not isinstance(event, dict):
            continue
        context = event.get("context")
        session = context.get("session") if isinstance(context, dict) else None
        places: List[Tuple[Any, str]] = [(event, "timestamp"), (session, "first_seen"), (session, "last_seen")]
        for table, key in places:
            if isinstance(table, dict) and isinstance(table.get(key), str):
                try:
                    yield table, key, parse_timestamp_micros(table[key])
                except ValueError:
                    continue


def retime(document: Any, now: float) -> Any:
    """`document` (one event or a list) with every time moved so the latest event timestamp is `now`."""
    stamps = [micros for table, key, micros in _times(document) if key == "timestamp"]
    if not stamps:
        return document
    offset = int(now * 1_000_000) - max(stamps)
    for table, key, micros in list(_times(document)):
        table[key] = rfc3339_micros(micros + offset)
    return document
