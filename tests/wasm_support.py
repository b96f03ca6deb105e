"""Shared pieces of the tests that run the built meta_capi.wasm under wasmtime."""

from __future__ import annotations

import json
import time
from pathlib import Path

from edgee_host.edgee_events import EdgeeEvent, parse_events
from meta_capi.model import Event

ROOT = Path(__file__).resolve().parent.parent
WASM = ROOT / "meta_capi.wasm"
SAMPLES = ROOT / "tests" / "fixtures" / "edgee-sample-events"


def retimed(event: Event, seconds: int) -> Event:
    """The event moved to `seconds`, so Meta's 7-day window accepts it."""
    event.timestamp, event.timestamp_millis, event.timestamp_micros = seconds, seconds * 1000, seconds * 1_000_000
    return event


def sample(kind: str) -> EdgeeEvent:
    parsed = parse_events(json.loads((SAMPLES / f"{kind}.json").read_text()))[0]
    assert isinstance(parsed, EdgeeEvent)
    retimed(parsed.event, int(time.time()) - 5)
    return parsed
