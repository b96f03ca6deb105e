"""The sections of a WebAssembly component or core module, nested binaries walked into (for the build's
tools: verify_build.py compares them, immortalize.py rewrites the heap snapshot in place)."""

from __future__ import annotations

from typing import Dict, Iterator, Tuple

CORE_MODULE, COMPONENT = 1, 4  # component section ids that hold a nested binary


def leb128(blob: bytes, offset: int) -> Tuple[int, int]:
    """(unsigned LEB128 value at `offset`, offset after it)."""
    value = shift = 0
    while True:
        byte = blob[offset]
        offset += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, offset
        shift += 7


def signed_leb128(blob: bytes, offset: int) -> Tuple[int, int]:
    """(signed LEB128 value at `offset`, offset after it)."""
    value = shift = 0
    while True:
        byte = blob[offset]
        offset += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return (value - (1 << shift) if byte & 0x40 else value), offset


def sections(blob: bytes, start: int = 0, end: int = -1, path: str = "") -> Iterator[Tuple[str, int, int, int]]:
    """(where, start, end, section id) of every section of the binary in blob[start:end], offsets into `blob`;
    `where` names the binary the section belongs to ("", "module 0/", "component 1/module 0/"...) and ends
    with "module" or "component" for its kind."""
    end = len(blob) if end < 0 else end
    is_component = blob[start + 6:start + 8] == b"\x01\x00"  # the layer field of the preamble
    kind = "component" if is_component else "module"
    offset = start + 8
    counts: Dict[int, int] = {}
    while offset < end:
        section_id = blob[offset]
        size, content = leb128(blob, offset + 1)
        offset = content + size
        index = counts[section_id] = counts.get(section_id, -1) + 1
        if is_component and section_id in (CORE_MODULE, COMPONENT):
            nested = "module" if section_id == CORE_MODULE else "component"
            yield from sections(blob, content, offset, f"{path}{nested} {index}/")
        else:
            yield f"{path}{kind}", content, offset, section_id
