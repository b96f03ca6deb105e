"""Build-time record of the snapshot's live objects, for the build step that makes them immortal
(tools/immortalize.py).

A fresh instance's first call writes the reference count of every object it touches (each function, code
object, constant and table), and each write to a page of the snapshot costs a fault and a 4 KiB copy,
even though the count goes back to its old value. CPython 3.14 never writes the count of an immortal
object; no Python API makes one (componentize-py could, at the end of its pre-init: PEP 683's "immortalize
before fork"), so the build does it in the component's data afterwards, at the addresses recorded here.

`record()` runs last in the guest's build. It walks every object reachable from the collector's objects
and keeps each one alive in a module global (so no chunk recorded here can be freed and reused before the
snapshot: its refcount word would then be the allocator's link), and writes (address, type address) pairs
into one bytes object that the build step finds by a marker and checks by its digest. Natively (the tests)
it does nothing: there is no snapshot.

A second record lists the constant loads of the recorded code. CPython 3.14 specializes a `LOAD_CONST` the first
time it runs it: `LOAD_CONST_MORTAL` for a constant that is not immortal then, which increments and decrements
the count without asking, `LOAD_CONST_IMMORTAL` for one that is. At build time every constant of ours is mortal,
so without this each constant a first call loads where the warm-up loaded it is a written page, though the count
ends where it began (32 pages on a page event, measured with `perf` on the fault addresses); and a load the build
never ran is specialized, so written, by the first call that runs it (about 150 on a page event). The record holds
the address of the opcode byte, of the constant and the argument's low byte of each load of a mortal constant and
of each load still unspecialized; the build step switches the instruction to `LOAD_CONST_IMMORTAL` where its
constant is immortal in the snapshot, as the interpreter itself would on that load's first run.

A third record lists what else the first run of a code object writes into it (session 47: 31 code objects, 18
pages written by a page event's first call). The build's `sys.setprofile` round (dense_code.first_calls) moved the
interpreter's instrumentation version on, so each code object the warm-up never ran since is instrumented on its
first run (its version field written, its monitoring data allocated), then its `RESUME` quickened to `RESUME_CHECK`;
a loop's `JUMP_BACKWARD` becomes `JUMP_BACKWARD_NO_JIT` the first time it runs. The record holds the code type's
address and size, the four opcodes and the address of each `RESUME` and `JUMP_BACKWARD` still as compiled; the
build step (tools/immortalize.py) brings every code object not yet instrumented to the version of those that
were and switches the recorded instructions as their first run would.
"""

from __future__ import annotations

import gc
import hashlib
import struct
import sys
from array import array
from itertools import repeat
from types import CodeType
from typing import Callable, Dict, Iterator, List, Tuple

# The record's marker is derived, not written, so no constant in the heap spells it; the digest after the
# entries tells the record from a stale copy in a freed chunk.
MARKER_SEED = b"meta_capi: live objects of the snapshot"
LOADS_MARKER_SEED = b"meta_capi: constant loads of the snapshot"
MARKER_SIZE = 16
DIGEST_SIZE = 32
ENTRY = struct.Struct("<II")  # the object's address (id() is its address), its type's address
HEADER_WORDS = MARKER_SIZE // 4 + 1  # the marker, then the count
# A constant load: its opcode byte's address, its constant's address, its argument's low byte.
LOAD = struct.Struct("<III")
LOADS_HEADER_WORDS = HEADER_WORDS + 3  # the marker, the count, the three opcodes (mortal, immortal, unspecialized)
FIRST_RUN_MARKER_SEED = b"meta_capi: first-run rewrites of the snapshot's code"
# The code type's address and size, RESUME, RESUME_CHECK, JUMP_BACKWARD, JUMP_BACKWARD_NO_JIT; each entry one word: an
# instruction's opcode byte.
FIRST_RUN_HEADER = struct.Struct("<IIIIII")
FIRST_RUN = struct.Struct("<I")

_kept: List[object] = []
_is_immortal: Callable[[object], bool] = getattr(sys, "_is_immortal", lambda item: False)  # CPython 3.14
_record: List[array[int]] = []


def marker(seed: bytes = MARKER_SEED) -> bytes:
    return hashlib.sha256(seed).digest()[:MARKER_SIZE]


class _Visited:
    """One bit per 8 bytes of memory (no two objects start closer): what the walk has seen, in little room."""

    def __init__(self) -> None:
        self.bits = bytearray(1 << 18)

    def first_visit(self, address: int) -> bool:
        index, bit = address >> 6, 1 << (address >> 3 & 7)
        if index >= len(self.bits):
            self.bits.extend(bytes(index + 1 - len(self.bits)))
        seen = self.bits[index] & bit
        self.bits[index] |= bit
        return not seen


def _walk(leave_out: List[object], visit: Callable[[object], None]) -> None:
    """Call `visit` on every object reachable from the collector's objects but `leave_out` and its items (the
    heap fill's blocks, never touched again), once each. Code objects are not containers to the collector:
    their constants and names are followed by hand."""
    visited = _Visited()
    for block in (leave_out, *leave_out):
        visited.first_visit(id(block))
    pending = gc.get_objects()
    while pending:
        item = pending.pop()
        if not visited.first_visit(id(item)):
            continue
        if not _is_immortal(item):  # the interpreter's own (interned strings, small ints, static types)
            visit(item)
        pending.extend(gc.get_referents(item))
        if type(item) is CodeType:
            pending.extend((item.co_consts, item.co_names, item.co_linetable, item.co_exceptiontable))


def record(leave_out: List[object]) -> int:
    """Record the live objects but `leave_out`'s, and keep them alive; returns how many were recorded.

    The heap this leaves behind is the snapshot every instance maps, and the build's memory grows to its
    highest point: so the walk runs twice, once to count, then to fill a record and a list of kept objects
    allocated at their final size (grown step by step, each would leave its smaller copies behind). The
    record is one array of words: the marker, the count, (address, type address) per object, the digest.
    Objects that appear between the two walks (the list itself) are left out: not recording one is safe.
    """
    if sys.platform != "wasi" or _record:
        return 0
    counted = [0]
    _walk(leave_out, lambda item: counted.__setitem__(0, counted[0] + 1))
    count = counted[0]
    entries = array("I", marker() + struct.pack("<I", count) + bytes(ENTRY.size * count + DIGEST_SIZE))
    _kept.extend(repeat(None, count))  # one allocation: extend takes the length hint
    filled = [0]

    def keep(item: object) -> None:
        position = filled[0]
        if position < count:
            _kept[position] = item
            entries[HEADER_WORDS + 2 * position] = id(item)
            entries[HEADER_WORDS + 2 * position + 1] = id(type(item))
            filled[0] = position + 1

    _walk(leave_out, keep)
    entries[HEADER_WORDS - 1] = filled[0]
    _seal(entries, HEADER_WORDS + 2 * filled[0])
    _record.append(entries)
    codes = [item for item in _kept if type(item) is CodeType]
    _record.append(_constant_loads(codes))
    _record.append(_first_run_rewrites(codes))
    return filled[0]


def _seal(words: array[int], body_words: int) -> None:
    digest = hashlib.sha256(memoryview(words)[:body_words]).digest()
    words[body_words:body_words + DIGEST_SIZE // 4] = array("I", digest)


def switchable_loads(code: CodeType, load_const: int, extended_arg: int,
                     caches: List[int]) -> Iterator[Tuple[int, int, int]]:
    """(instruction's byte index, constant's address, argument's low byte) of each `LOAD_CONST` of `code` whose
    constant is not immortal or which is still unspecialized. `co_code` is the bytecode unspecialized, laid out
    as the running copy (`_co_code_adaptive`, where the interpreter has one) is."""
    raw = code.co_code
    running = getattr(code, "_co_code_adaptive", raw)
    extended = index = 0
    while index < len(raw):
        operation, argument = raw[index], extended | raw[index + 1]
        if operation == extended_arg:
            extended = argument << 8
        else:
            extended = 0
            if operation == load_const and (running[index] == load_const
                                            or not _is_immortal(code.co_consts[argument])):
                yield index, id(code.co_consts[argument]), argument & 0xFF
        index += 2 + 2 * caches[operation]


def cache_entries() -> List[int]:
    """The inline cache entries after each opcode of this interpreter (by name from 3.13 on, a list before)."""
    import opcode  # build time only: not among the guest's imports

    entries = vars(opcode)["_inline_cache_entries"]
    if isinstance(entries, dict):
        by_code = [0] * 256
        for name, count in entries.items():
            by_code[opcode.opmap[name]] = count
        return by_code
    return list(entries) + [0] * (256 - len(entries))


def _constant_loads(codes: List[CodeType]) -> array[int]:
    """The second record (see the module's docstring), allocated at its final size."""
    import opcode

    specialized: Dict[str, int] = vars(opcode).get("_specialized_opmap", {})  # 3.13 and later
    mortal, immortal = specialized.get("LOAD_CONST_MORTAL", 0), specialized.get("LOAD_CONST_IMMORTAL", 0)
    if not (mortal and immortal):  # an interpreter without both (3.13; a later one may drop them): no load recorded
        codes = []
    caches = cache_entries()
    load_const, extended_arg = opcode.opmap["LOAD_CONST"], opcode.opmap["EXTENDED_ARG"]
    count = sum(1 for code in codes for _ in switchable_loads(code, load_const, extended_arg, caches))
    header = struct.pack("<IIII", count, mortal, immortal, load_const)
    words = array("I", marker(LOADS_MARKER_SEED) + header + bytes(LOAD.size * count + DIGEST_SIZE))
    position, end = LOADS_HEADER_WORDS, LOADS_HEADER_WORDS + 3 * count
    for code in codes:
        start = id(code) + CodeType.__basicsize__  # where the running bytecode begins (`co_code_adaptive`)
        for index, constant, low_byte in switchable_loads(code, load_const, extended_arg, caches):
            if position < end:
                words[position:position + 3] = array("I", (start + index, constant, low_byte))
                position += 3
    # The counting pass ran this module's own loads for the first time, so specialized them: the filling pass finds
    # those few fewer, and the record holds what it found.
    words[HEADER_WORDS - 1] = (position - LOADS_HEADER_WORDS) // 3
    _seal(words, position)
    return words


def first_run_instructions(code: CodeType, wanted: Tuple[int, ...], caches: List[int]) -> Iterator[int]:
    """The byte index of each instruction of `code` whose opcode is one of `wanted` both as compiled and in the
    running copy (one the interpreter has not specialized or instrumented yet)."""
    raw = code.co_code
    running = getattr(code, "_co_code_adaptive", raw)
    index = 0
    while index < len(raw):
        operation = raw[index]
        if operation in wanted and running[index] == operation:
            yield index
        index += 2 + 2 * caches[operation]


def _first_run_rewrites(codes: List[CodeType]) -> array[int]:
    """The third record (see the module's docstring), allocated at its final size."""
    import opcode

    specialized: Dict[str, int] = vars(opcode).get("_specialized_opmap", {})
    resume, jump = opcode.opmap["RESUME"], opcode.opmap["JUMP_BACKWARD"]
    resume_check, jump_no_jit = specialized.get("RESUME_CHECK", 0), specialized.get("JUMP_BACKWARD_NO_JIT", 0)
    jit = getattr(sys, "_jit", None)
    if not (resume_check and jump_no_jit) or (jit is not None and jit.is_enabled()):
        codes = []  # another interpreter's quickening (or a JIT's jumps): nothing recorded, nothing rewritten
    caches, wanted = cache_entries(), (resume, jump)
    count = sum(1 for code in codes for _ in first_run_instructions(code, wanted, caches))
    header = FIRST_RUN_HEADER.pack(id(CodeType), CodeType.__basicsize__, resume, resume_check, jump, jump_no_jit)
    words = array("I", marker(FIRST_RUN_MARKER_SEED) + struct.pack("<I", count) + header
                  + bytes(FIRST_RUN.size * count + DIGEST_SIZE))
    start = HEADER_WORDS + FIRST_RUN_HEADER.size // 4
    position, end = start, start + count
    for code in codes:
        adaptive = id(code) + CodeType.__basicsize__
        for index in first_run_instructions(code, wanted, caches):
            if position < end:
                words[position] = adaptive + index
                position += 1
    words[HEADER_WORDS - 1] = position - start  # (this walk's own first run: see _constant_loads)
    _seal(words, position)
    return words
