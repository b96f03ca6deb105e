"""Build-time filling of the heap's free chunks, so a fresh instance's first call writes fewer pages.

componentize-py snapshots the heap after the guest's imports, and every event starts from that snapshot
in a copy-on-write image: each page the first call writes costs a fault and a 4 KiB copy. The guest's
CPython has no pymalloc: every object comes from wasi-libc's dlmalloc, and after the imports the heap
holds megabytes of free chunks scattered among old objects. A fresh instance's first allocations land in
those holes, and every allocation and free rewrites the free-list links of chunks on other pages: a page
written for a few bytes. Filled at build time with blocks kept forever and never touched again, the
holes are gone, and the first call allocates from the top of the heap: new pages, side by side.

It runs twice. On import (guest.py imports this module first) it fills the small holes (up to 4 KiB) the
runtime's start-up left, so the guest's own modules are laid out side by side instead of in scattered
crumbs; the larger holes hold megabytes there, and the imports fill them densely anyway (filling them too
would move the imports up and grow the initial memory by as much: 15.3 MiB instead of 12.7, 12.3 without
any fill). At the very end of the build (`fill_holes(final=True)`, after the warm-up) it fills every hole.

Blocks of every chunk size are allocated, largest first, and kept while they land below the highest live
object: the allocator serves a request from the top chunk only when no free chunk fits it, and a block
from the top lies above every live object, so it is freed at once, back into the top chunk, and the
initial memory barely grows. Deterministic: the same allocations in the same order. If the allocator ever
changed, the fill would only stop helping: the blocks are never read again.
"""

from __future__ import annotations

import gc
import sys
from array import array
from typing import List

# Chunk sizes to fill, largest first: halving from 128 KiB down to 512 bytes, then every 16 bytes (the
# allocator's alignment here, so each of its small bins) down to its 16-byte minimum.
CHUNKS = [1 << shift for shift in range(17, 8, -1)] + list(range(496, 15, -16))
_HEAD = 4  # dlmalloc's size word in front of each chunk (32-bit, no footers)
_BYTES_HEAD = sys.getsizeof(b"")  # a bytes object of length n asks malloc for this + n
_ROUNDS = 4  # each round fills what the growth of the kept list itself freed in the previous one

_kept: List[object] = []


def blocks() -> List[object]:
    """The blocks kept so far (what the build leaves out of the objects it makes immortal: never touched)."""
    return _kept


def _end(item: object) -> int:
    """Where `item` ends in the heap, as far as the frontier goes: an array's items are a chunk of their own, often
    above the object (live_objects' records: megabytes at the heap's top, the object itself in a small hole below),
    so its end; any other object's address."""
    if isinstance(item, array):
        address, length = item.buffer_info()
        return int(address + length * item.itemsize)
    return id(item)


def _frontier() -> int:
    """The address of the highest live object the collector knows of, or of one its objects refer to (an array's
    items included: session 48 found the last fill leaving the free chunks between the records' items unfilled, where
    a page event's first call then allocated: 12 to 16 written pages above the recorded objects)."""
    frontier = 0
    for owner in gc.get_objects():
        frontier = max(frontier, _end(owner), *map(_end, gc.get_referents(owner)))
    return frontier


def _block(chunk: int) -> object:
    payload = chunk - _HEAD
    return bytes(payload - _BYTES_HEAD) if payload >= _BYTES_HEAD else object()


def settle() -> None:
    """Before the last fill: the runtime imports these after the guest, and their allocations must be in the
    snapshot, not in the holes; what they and the warm-up left behind as garbage becomes holes to fill too."""
    import random  # noqa: F401
    import weakref  # noqa: F401

    gc.collect()


def fill_holes(final: bool = False, largest: int = CHUNKS[0]) -> int:
    """Fill the heap's free chunks with blocks kept forever; returns how many blocks were kept."""
    if sys.platform != "wasi":
        return 0  # natively (the adapter's tests) there is no snapshot, and pymalloc has its own pools
    if final:
        settle()
    frontier = _frontier()
    before = len(_kept)
    for _ in range(_ROUNDS):
        kept = len(_kept)
        for chunk in (chunk for chunk in CHUNKS if chunk <= largest):
            # Before the imports, two blocks side by side mean a large free region is being cut up: stop.
            block, previous = _block(chunk), -chunk
            while id(block) < frontier and (final or id(block) != previous + chunk):
                _kept.append(block)
                previous = id(block)
                block = _block(chunk)
            del block  # from the top chunk (or a hole above the frontier): back where it came from
        if len(_kept) == kept:
            break
    return len(_kept) - before


fill_holes(largest=4096)  # the small holes before the guest's imports (see above)
