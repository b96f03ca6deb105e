"""The sections of a WebAssembly component or core module, nested binaries walked into (for the build's
tools: verify_build.py compares them, immortalize.py rewrites the heap snapshot in place)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Tuple

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


def rewrite_in_place(argv: List[str], usage: str, rewrite: Callable[[bytearray], str]) -> int:
    """A build step's command line: rewrite the one component `argv` names, in place. `rewrite` changes the bytes
    and says what it did, or raises ValueError to fail the build with its message, the file left as it was."""
    if len(argv) != 1:
        print(usage, file=sys.stderr)
        return 2
    path = Path(argv[0])
    blob = bytearray(path.read_bytes())
    try:
        done = rewrite(blob)
    except ValueError as error:
        print(f"{path}: {error}", file=sys.stderr)
        return 1
    path.write_bytes(blob)
    print(f"{path}: {done}")
    return 0
