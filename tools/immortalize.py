"""Make the build-time snapshot's live objects immortal in a built component (a step of `make build`).

The guest records, last thing in its build, the address and type of every live object (src/live_objects.py)
in one bytes object of the heap. This step reads the component's heap snapshot (the data segments of its
core modules), finds that record by its marker and digest, and rewrites the reference count of each
recorded object to CPython 3.14's immortal value for 32-bit platforms. A first call then never writes
those counts, so it writes fewer pages of the copy-on-write image. A second record lists the code's loads of
constants: each that CPython specialized, when the build ran it, as the load of a mortal object (which writes
the count regardless), and each it never ran (which the first call to run it would specialize, so write), is
switched to the load of an immortal one where its constant is immortal. A third record lists the instructions a
code object's first run quickens (`RESUME`, `JUMP_BACKWARD`): each code object the interpreter has not instrumented
since the build moved its instrumentation version on is brought to that version, and those instructions are
switched as their first run would switch them (see src/live_objects.py).

Only counts are rewritten, in place: every section keeps its size. An object is rewritten only when the
snapshot still holds it as recorded: its type word is the recorded type and its count is an ordinary one
(below 2**30); anything else is left alone and counted. No record (a guest without live_objects) leaves
the component unchanged.

Usage: python tools/immortalize.py COMPONENT.wasm
"""

from __future__ import annotations

import bisect
import hashlib
import struct
import sys
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wasm_sections import leb128, rewrite_in_place, sections, signed_leb128  # noqa: E402

from live_objects import (  # noqa: E402
    DIGEST_SIZE,
    ENTRY,
    FIRST_RUN,
    FIRST_RUN_HEADER,
    FIRST_RUN_MARKER_SEED,
    LOAD,
    LOADS_MARKER_SEED,
    MARKER_SIZE,
    marker,
)

DATA_SECTION = 11
I32_CONST, END = 0x41, 0x0B
# CPython 3.14 on a 32-bit platform: a count at or above 2**30 is immortal; new immortals start at 5 << 28.
IMMORTAL_MINIMUM = 1 << 30
IMMORTAL = 5 << 28
WORD = struct.Struct("<I")
COUNT = struct.Struct("<i")  # a reference count: a Py_ssize_t
# CPython 3.14's code object on a 32-bit platform ends its fixed part with `_co_instrumentation_version`,
# `_co_monitoring`, `_co_unique_id`, `_co_firsttraceable` and `co_extra` (4 bytes each), then the running bytecode:
# the two first fields by their distance back from the bytecode's start (the code type's basic size).
VERSION_BACK, MONITORING_BACK = 20, 16
EVENTS_BITS = 8  # the low bits of the interpreter's eval breaker hold events; a version moves in steps above them

Segment = Tuple[int, int, int]  # address in linear memory, offset in the file, length


def data_segments(blob: bytes, start: int, end: int) -> Iterator[Segment]:
    """The active segments of memory 0 in a data section held in blob[start:end]."""
    count, offset = leb128(blob, start)
    for _ in range(count):
        flags, offset = leb128(blob, offset)
        memory = 0
        if flags == 2:
            memory, offset = leb128(blob, offset)
        address = -1
        if flags in (0, 2):
            if blob[offset] == I32_CONST:
                address, offset = signed_leb128(blob, offset + 1)
            while blob[offset] != END:  # an offset that is not a constant: not a snapshot segment
                address, offset = -1, offset + 1
            offset += 1
        size, offset = leb128(blob, offset)
        if memory == 0 and address >= 0:
            yield address, offset, size
        offset += size
    if offset != end:
        raise ValueError("data section: segments do not end where the section does")


class Snapshot:
    """One core module's memory as its data segments lay it out, readable by address."""

    def __init__(self, blob: bytes, segments: List[Segment]) -> None:
        self.segments = sorted(segments)
        self.addresses = [address for address, _, _ in self.segments]
        self.image = bytearray(max((address + size for address, _, size in self.segments), default=0))
        for address, offset, size in self.segments:
            self.image[address:address + size] = blob[offset:offset + size]

    def file_offset(self, address: int, length: int) -> int:
        """Where `length` bytes at `address` are in the file, or -1 unless one segment holds all of them."""
        index = bisect.bisect_right(self.addresses, address) - 1
        if index < 0:
            return -1
        start, offset, size = self.segments[index]
        return offset + address - start if address + length <= start + size else -1

    def _sealed(self, sign: bytes, header: int, entry: struct.Struct) -> Tuple[bytes, List[Tuple[int, ...]]]:
        """The header words after the count and the entries of the first record marked `sign` whose digest
        matches, or (b"", [])."""
        position = self.image.find(sign)
        while position >= 0:
            count_at = position + MARKER_SIZE
            (count,) = WORD.unpack_from(self.image, count_at)
            entries_at = count_at + WORD.size + header
            body_end = entries_at + count * entry.size
            digest = self.image[body_end:body_end + DIGEST_SIZE]
            if hashlib.sha256(self.image[position:body_end]).digest() == digest:
                return bytes(self.image[count_at + WORD.size:entries_at]), list(
                    entry.iter_unpack(self.image[entries_at:body_end]))
            position = self.image.find(sign, position + 1)
        return b"", []

    def record(self) -> List[Tuple[int, int]]:
        """The (address, type address) entries of the guest's record, or [] if this memory holds none."""
        return self._sealed(marker(), 0, ENTRY)[1]  # type: ignore[return-value]

    def constant_loads(self) -> Tuple[Tuple[int, int, int], List[Tuple[int, int, int]]]:
        """The mortal, immortal and unspecialized `LOAD_CONST` opcodes and the (opcode byte's address, constant's
        address, argument's low byte) entries of the guest's second record, or ((0, 0, 0), [])."""
        header, entries = self._sealed(marker(LOADS_MARKER_SEED), 3 * WORD.size, LOAD)
        if not header:
            return (0, 0, 0), []
        mortal, immortal, unspecialized = struct.unpack("<III", header)
        return (mortal, immortal, unspecialized), entries  # type: ignore[return-value]

    def first_run_instructions(self) -> Tuple[Tuple[int, ...], List[int]]:
        """The code type's address and basic size and the four opcodes (RESUME, RESUME_CHECK, JUMP_BACKWARD,
        JUMP_BACKWARD_NO_JIT), and the opcode bytes' addresses of the guest's third record, or ((), [])."""
        header, entries = self._sealed(marker(FIRST_RUN_MARKER_SEED), FIRST_RUN_HEADER.size, FIRST_RUN)
        if not header:
            return (), []
        return FIRST_RUN_HEADER.unpack(header), [address for (address,) in entries]

    def holds_immortal(self, address: int) -> bool:
        """Whether the object at `address` has an immortal count in this memory (a static one, say None): read
        signed, as the interpreter compares it."""
        inside = 0 <= address <= len(self.image) - COUNT.size
        return inside and COUNT.unpack_from(self.image, address)[0] >= IMMORTAL_MINIMUM


def _snapshots(blob: bytes) -> Iterator[Snapshot]:
    for where, start, end, section_id in sections(blob):
        if where.endswith("module") and section_id == DATA_SECTION:
            yield Snapshot(blob, list(data_segments(blob, start, end)))


def immortalize(blob: bytearray) -> Dict[str, int]:
    """Rewrite the recorded objects' counts in `blob` (a component), then switch the loads of constants now
    immortal to `LOAD_CONST_IMMORTAL`; returns what was done, by outcome."""
    outcome = {"recorded": 0, "made immortal": 0, "already immortal": 0, "not as recorded": 0,
               "loads recorded": 0, "loads switched": 0,
               "code brought to the version": 0, "instructions switched": 0}
    for snapshot in _snapshots(bytes(blob)):
        entries = snapshot.record()
        outcome["recorded"] += len(entries)
        immortal = set()
        for address, type_address in entries:
            count, held_type = WORD.unpack_from(snapshot.image, address), WORD.unpack_from(snapshot.image, address + 4)
            if held_type[0] != type_address or count[0] == 0:
                outcome["not as recorded"] += 1
            elif count[0] >= IMMORTAL_MINIMUM:
                outcome["already immortal"] += 1
                immortal.add(address)
            else:
                offset = snapshot.file_offset(address, WORD.size)
                if offset < 0:  # split between two segments: never seen, but then left as it is
                    outcome["not as recorded"] += 1
                    continue
                WORD.pack_into(blob, offset, IMMORTAL)
                outcome["made immortal"] += 1
                immortal.add(address)
        (mortal_load, immortal_load, unspecialized_load), loads = snapshot.constant_loads()
        outcome["loads recorded"] += len(loads)
        for address, constant, low_byte in loads:
            # Only an instruction still as recorded (its opcode and argument), and only once its constant is
            # immortal: `LOAD_CONST_IMMORTAL` never counts a reference, so a mortal constant could be freed.
            offset = snapshot.file_offset(address, 2)
            if (offset >= 0 and blob[offset] in (mortal_load, unspecialized_load) and blob[offset + 1] == low_byte
                    and (constant in immortal or snapshot.holds_immortal(constant))):
                blob[offset] = immortal_load
                outcome["loads switched"] += 1
        for what, done in first_runs_done(blob, snapshot, entries).items():
            outcome[what] += done
    return outcome


def first_runs_done(blob: bytearray, snapshot: Snapshot, entries: List[Tuple[int, int]]) -> Dict[str, int]:
    """Do in `blob` what the first run of each recorded code object would write into it (the third record).

    The interpreter's version is the highest held by a code object it has instrumented (one with monitoring
    data: the warm-up ran those last). A code object below it without monitoring data was never instrumented:
    no tool being active, its first run would allocate empty monitoring data and write the version, so it is
    brought to the version (the state of every code object in an interpreter that never had a tool). Then each
    recorded instruction of a code object at the version is switched: `RESUME` to `RESUME_CHECK` (its check passes
    while the version holds, and sends it back to `RESUME` otherwise), `JUMP_BACKWARD` to `JUMP_BACKWARD_NO_JIT`."""
    outcome = {"code brought to the version": 0, "instructions switched": 0}
    header, instructions = snapshot.first_run_instructions()
    if not header:
        return outcome
    code_type, basic_size, resume, resume_check, jump, jump_no_jit = header
    image = snapshot.image
    codes = sorted(address for address, type_address in entries if type_address == code_type)

    def field(code: int, back: int) -> int:
        return int(WORD.unpack_from(image, code + basic_size - back)[0])

    instrumented = [field(code, VERSION_BACK) for code in codes if field(code, MONITORING_BACK)]
    version = max(instrumented, default=0)
    if version % (1 << EVENTS_BITS):
        return outcome  # not a version where one should be: another layout, nothing rewritten
    current = set()
    for code in codes:
        held = field(code, VERSION_BACK)
        if held == version:
            current.add(code)
        elif held < version and not field(code, MONITORING_BACK) and held % (1 << EVENTS_BITS) == 0:
            offset = snapshot.file_offset(code + basic_size - VERSION_BACK, WORD.size)
            if offset >= 0:
                WORD.pack_into(blob, offset, version)
                outcome["code brought to the version"] += 1
                current.add(code)
    switch = {resume: resume_check, jump: jump_no_jit}
    for address in instructions:
        owner = codes[bisect.bisect_right(codes, address) - 1] if codes and address >= codes[0] else -1
        offset = snapshot.file_offset(address, 1)
        if owner in current and address >= owner + basic_size and offset >= 0 and blob[offset] in switch:
            blob[offset] = switch[blob[offset]]
            outcome["instructions switched"] += 1
    return outcome


def main(argv: List[str]) -> int:
    return rewrite_in_place(argv, __doc__.strip().splitlines()[-1], lambda blob: ", ".join(
        f"{count} {what}" for what, count in immortalize(blob).items()))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
