"""Keep a first call from writing into the bytecode it runs (a step of `make build`, after componentize-py).

CPython 3.14's interpreter writes into the inline caches of the code it runs: each conditional jump shifts its
outcome into a 16-bit branch history, which only the tier-2 optimizer reads (this build of CPython has none),
and each adaptive instruction that is not specialized counts down to its next attempt at specializing. In a
fresh instance every such write copies a page of the heap image, and the proxy makes one call per instance: a
count that would trigger a specialization after the call never pays off.

This step finds the interpreter's loop (`_PyEval_EvalFrameDefault`, by the core module's name section) and turns
each 16-bit store of those two kinds into `drop; drop; nop`: three bytes for three bytes, the same operands
consumed, nothing written. What the build's warm-up specialized stays specialized, and a count stays where the build
left it: an instruction the build ran down to zero (some 1,700 in the snapshot, about 20 on a page event) still
specializes on its next run, one that deoptimizes never specializes again. A store is rewritten only when its
instructions show what it stores:
- a branch's history: `local.tee A; local.get A; i32.load16_u; i32.const 1; i32.shl`, then the outcome computed
  from locals, constants and loads only (no call, no branch, no other store), then `i32.store16` to A;
- a counter's countdown: `local.get A; local.get V; i32.const -16; i32.add; i32.store16`, where the last writes
  of A and V before it loaded V 16 bits wide from A (`local.tee A; i32.load16_u; local.tee V`): the count sits
  above the 4 bits of its backoff exponent.
And every one must be found: each history read and shifted must end in such a store, and there must be as many
countdowns as calls to a specializer (`_Py_Specialize_*`, which a countdown run out calls instead). Otherwise, or
with no store of either kind, the step fails the build: a store the shapes missed would leave pages written unseen.
(The pinned componentize-py's loop: 10 histories, 14 countdowns for 14 calls.)

Usage: python tools/read_only_bytecode.py COMPONENT.wasm
"""

from __future__ import annotations

import sys
from typing import Dict, Iterator, List, NamedTuple, Optional, Set, Tuple

from wasm_sections import leb128, rewrite_in_place, sections, signed_leb128

INTERPRETER = "_PyEval_EvalFrameDefault"
SPECIALIZER = "_Py_Specialize_"  # the functions a countdown run out calls: `_Py_Specialize_LoadAttr`, ...
IMPORT_SECTION, CODE_SECTION, CUSTOM_SECTION = 2, 10, 0
FUNCTION_IMPORT, TABLE_IMPORT, MEMORY_IMPORT, GLOBAL_IMPORT, TAG_IMPORT = 0, 1, 2, 3, 4
FUNCTION_NAMES = 1  # the name section's subsection of function names

LOCAL_GET, LOCAL_SET, LOCAL_TEE, I32_CONST = 0x20, 0x21, 0x22, 0x41
I32_LOAD, I32_LOAD8_U, I32_LOAD16_U, I32_STORE16 = 0x28, 0x2D, 0x2F, 0x3B
I32_EQZ, I32_EQ, I32_NE, I32_ADD, I32_SUB, I32_AND, I32_OR, I32_SHL = 0x45, 0x46, 0x47, 0x6A, 0x6B, 0x71, 0x72, 0x74
NOP, DROP, CALL = 0x01, 0x1A, 0x10
SILENT_STORE = bytes([DROP, DROP, NOP])  # an `i32.store16` with alignment 1 and offset 0 is three bytes too
COUNTDOWN = -(1 << 4)  # one step of an adaptive counter: its value sits above a 4-bit backoff exponent

# How each instruction allowed in a branch's outcome changes the operand stack's depth.
_OUTCOME_STACK_EFFECT = {LOCAL_GET: 1, LOCAL_TEE: 0, I32_CONST: 1, I32_LOAD: 0, I32_LOAD8_U: 0, I32_LOAD16_U: 0,
                         I32_EQZ: 0, I32_EQ: -1, I32_NE: -1, I32_ADD: -1, I32_SUB: -1, I32_AND: -1, I32_OR: -1,
                         I32_SHL: -1}

# Immediates by opcode, for the instruction decoder: how to step over them.
_MEMARG = set(range(0x28, 0x3F))
_ONE_INDEX = {0x0C, 0x0D, 0x10, 0x12, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0xD2}
_BLOCK_TYPE = {0x02, 0x03, 0x04}
_NO_IMMEDIATE = {0x00, 0x01, 0x05, 0x0B, 0x0F, 0x1A, 0x1B, 0xD1} | set(range(0x45, 0xC5))


class Instruction(NamedTuple):
    offset: int  # in the blob
    opcode: int
    arguments: Tuple[int, ...]  # a local's index, a constant's value, a memory access's (alignment, offset)


class WasmFormatError(ValueError):
    """The binary holds something this decoder does not read."""


def _skip_leb128(blob: bytes, offset: int) -> int:
    while blob[offset] & 0x80:
        offset += 1
    return offset + 1


def instructions(blob: bytes, start: int, end: int) -> Iterator[Instruction]:
    """The instructions of a function's expression in blob[start:end] (after its locals)."""
    offset = start
    while offset < end:
        at, opcode = offset, blob[offset]
        offset += 1
        arguments: Tuple[int, ...] = ()
        if opcode in _NO_IMMEDIATE:
            pass
        elif opcode in _ONE_INDEX:
            index, offset = leb128(blob, offset)
            arguments = (index,)
        elif opcode in _MEMARG:
            alignment, offset = leb128(blob, offset)
            if alignment & 0x40:  # a memory's index follows (multi-memory)
                offset = _skip_leb128(blob, offset)
            memory_offset, offset = leb128(blob, offset)
            arguments = (alignment, memory_offset)
        elif opcode == I32_CONST:
            value, offset = signed_leb128(blob, offset)
            arguments = (value,)
        elif opcode in _BLOCK_TYPE:
            offset = _skip_block_type(blob, offset)
        elif opcode == 0x0E:  # br_table: the labels and the default
            count, offset = leb128(blob, offset)
            for _ in range(count + 1):
                offset = _skip_leb128(blob, offset)
        elif opcode in (0x11, 0x13):  # call_indirect: a type and a table
            offset = _skip_leb128(blob, _skip_leb128(blob, offset))
        elif opcode == 0x1C:  # select with its types
            count, offset = leb128(blob, offset)
            for _ in range(count):
                offset = _skip_value_type(blob, offset)
        elif opcode in (0x3F, 0x40, 0x42):  # memory.size and memory.grow (a memory), i64.const (a value)
            offset = _skip_leb128(blob, offset)
        elif opcode in (0x43, 0x44):  # f32.const, f64.const
            offset += 4 if opcode == 0x43 else 8
        elif opcode == 0xD0:  # ref.null
            offset += 1
        elif opcode == 0xFC:
            offset = _skip_misc(blob, offset)
        else:
            raise WasmFormatError(f"opcode 0x{opcode:02x} at {at} is not one this decoder reads")
        yield Instruction(at, opcode, arguments)
    if offset != end:
        raise WasmFormatError("a function's body does not end where its size says")


def _skip_value_type(blob: bytes, offset: int) -> int:
    """Step over a value type: one byte, but a reference to a heap type (`ref`, `ref null`) names it after."""
    if blob[offset] in (0x63, 0x64):
        return _skip_leb128(blob, offset + 1)
    if 0x6F <= blob[offset] <= 0x7F or 0x69 <= blob[offset] <= 0x74:
        return offset + 1
    raise WasmFormatError(f"value type 0x{blob[offset]:02x} at {offset} is not one this decoder reads")


def _skip_block_type(blob: bytes, offset: int) -> int:
    """Step over a block's type: empty (0x40), a value type, or a type's index (a signed LEB128 of 33 bits)."""
    first = blob[offset]
    if first == 0x40:
        return offset + 1
    if first in (0x63, 0x64) or 0x69 <= first <= 0x7F:
        return _skip_value_type(blob, offset)
    return _skip_leb128(blob, offset)


def _skip_misc(blob: bytes, offset: int) -> int:
    """Step over a 0xFC-prefixed instruction's sub-opcode and immediates."""
    sub, offset = leb128(blob, offset)
    indexes = {8: 2, 9: 1, 10: 2, 11: 1, 12: 2, 13: 1, 14: 2, 15: 1, 16: 1, 17: 1}
    if sub > 17:
        raise WasmFormatError(f"instruction 0xfc {sub} is not one this decoder reads")
    for _ in range(indexes.get(sub, 0)):
        offset = _skip_leb128(blob, offset)
    return offset


def _name(blob: bytes, offset: int) -> Tuple[str, int]:
    size, offset = leb128(blob, offset)
    return blob[offset:offset + size].decode("utf-8", "replace"), offset + size


def _imported_functions(blob: bytes, start: int) -> int:
    count, offset = leb128(blob, start)
    functions = 0
    for _ in range(count):
        _, offset = _name(blob, offset)
        _, offset = _name(blob, offset)
        kind = blob[offset]
        offset += 1
        if kind in (FUNCTION_IMPORT, TAG_IMPORT):
            functions += kind == FUNCTION_IMPORT
            offset = _skip_leb128(blob, offset + (kind == TAG_IMPORT))
        elif kind in (TABLE_IMPORT, MEMORY_IMPORT):
            offset += kind == TABLE_IMPORT  # a table's element type
            flags = blob[offset]
            offset = _skip_leb128(blob, offset + 1)
            if flags & 1:
                offset = _skip_leb128(blob, offset)
        elif kind == GLOBAL_IMPORT:
            offset += 2
        else:
            raise WasmFormatError(f"import kind {kind} is not one this decoder reads")
    return functions


def _function_names(blob: bytes, start: int, end: int) -> Dict[int, str]:
    """The functions' names a name section at blob[start:end] gives, by index ({} for another custom section)."""
    section_name, offset = _name(blob, start)
    names: Dict[int, str] = {}
    if section_name != "name":
        return names
    while offset < end:
        subsection, offset = blob[offset], offset + 1
        size, offset = leb128(blob, offset)
        if subsection == FUNCTION_NAMES:
            count, at = leb128(blob, offset)
            for _ in range(count):
                index, at = leb128(blob, at)
                names[index], at = _name(blob, at)
        offset += size
    return names


def _function_body(blob: bytes, start: int, defined_index: int) -> Tuple[int, int]:
    """(start of the expression, end) of the code section's `defined_index`-th body, its locals stepped over."""
    count, offset = leb128(blob, start)
    if defined_index >= count:
        raise WasmFormatError("the name section names a function the code section does not hold")
    for _ in range(defined_index):
        size, offset = leb128(blob, offset)
        offset += size
    size, offset = leb128(blob, offset)
    end = offset + size
    groups, offset = leb128(blob, offset)
    for _ in range(groups):
        offset = _skip_value_type(blob, _skip_leb128(blob, offset))
    return offset, end


class Interpreter(NamedTuple):
    start: int  # of the loop's expression in the blob
    end: int
    specializers: Set[int]  # the indexes of the functions the loop calls to specialize an instruction


def interpreter(blob: bytes) -> Optional[Interpreter]:
    """CPython's interpreter loop in `blob` (a component), or None if no core module names it."""
    imports: Dict[str, int] = {}  # by module: its imported functions, its code section, its functions' names
    code: Dict[str, int] = {}
    names: Dict[str, Dict[int, str]] = {}
    for where, start, end, section_id in sections(blob):
        if not where.endswith("module"):
            continue
        if section_id == IMPORT_SECTION:
            imports[where] = _imported_functions(blob, start)
        elif section_id == CODE_SECTION:
            code[where] = start
        elif section_id == CUSTOM_SECTION:
            names.setdefault(where, {}).update(_function_names(blob, start, end))
    for where, named in names.items():
        loop = [index for index, name in named.items() if name == INTERPRETER]
        if loop and where in code:
            start, end = _function_body(blob, code[where], loop[0] - imports.get(where, 0))
            return Interpreter(start, end, {index for index, name in named.items() if name.startswith(SPECIALIZER)})
    return None


def _is_store16(instruction: Instruction) -> bool:
    return instruction.opcode == I32_STORE16 and instruction.arguments == (1, 0)


def _history_store(loop: List[Instruction], head: int) -> int:
    """The index of the store of the branch's history read at `head` (`_history_heads`), to the address teed
    there: the outcome after the shift computed from locals, constants and loads alone; or -1."""
    depth = 2  # the address and the shifted history
    for index in range(head + 5, len(loop)):
        instruction = loop[index]
        if _is_store16(instruction):
            return index if depth == 2 else -1
        effect = _OUTCOME_STACK_EFFECT.get(instruction.opcode)
        if effect is None:
            return -1
        depth += effect
        if depth < 2:
            return -1
    return -1


def _countdown_stores(loop: List[Instruction]) -> Iterator[int]:
    """The indexes of the stores that count an adaptive instruction's counter down."""
    last_write: Dict[int, int] = {}  # a local's index -> the index of the last instruction that set it
    for index, store in enumerate(loop):
        if index >= 4 and _is_store16(store):
            address, value, step, add = loop[index - 4:index]
            if (add.opcode == I32_ADD and step.opcode == I32_CONST and step.arguments == (COUNTDOWN,)
                    and address.opcode == LOCAL_GET and value.opcode == LOCAL_GET
                    and _loaded_from(loop, last_write, address.arguments[0], value.arguments[0])):
                yield index
        if store.opcode in (LOCAL_SET, LOCAL_TEE):
            last_write[store.arguments[0]] = index


def _loaded_from(loop: List[Instruction], last_write: Dict[int, int], address: int, value: int) -> bool:
    """Whether the last writes of the two locals were `local.tee address; i32.load16_u; local.tee value`."""
    at = last_write.get(value, -1)
    if at < 2 or last_write.get(address) != at - 2:
        return False
    tee, load = loop[at - 2], loop[at - 1]
    return (loop[at].opcode == LOCAL_TEE and tee.opcode == LOCAL_TEE and tee.arguments == (address,)
            and load.opcode == I32_LOAD16_U and load.arguments == (1, 0))


def _history_heads(loop: List[Instruction]) -> Iterator[int]:
    """The indexes where a branch's history is read to be shifted: `local.tee A; local.get A; i32.load16_u;
    i32.const 1; i32.shl`."""
    for head in range(len(loop) - 4):
        tee, get, load, one, shift = loop[head:head + 5]
        if (tee.opcode == LOCAL_TEE and get.opcode == LOCAL_GET and get.arguments == tee.arguments
                and load.opcode == I32_LOAD16_U and load.arguments == (1, 0)
                and one.opcode == I32_CONST and one.arguments == (1,) and shift.opcode == I32_SHL):
            yield head


def silenced_stores(blob: bytes) -> Dict[str, List[int]]:
    """The offsets in `blob` of the interpreter's stores of branch histories and of counters' countdowns.

    Every history read to be shifted must end in a store found, and there must be a countdown for each call to
    a specializer (each countdown's other branch calls one): a store the shapes missed fails here, not silently."""
    found = interpreter(blob)
    if found is None:
        raise WasmFormatError(f"no core module names a function {INTERPRETER}")
    loop = list(instructions(blob, found.start, found.end))
    heads = list(_history_heads(loop))
    history = [_history_store(loop, head) for head in heads]
    countdowns = list(_countdown_stores(loop))
    calls = sum(1 for instruction in loop
                if instruction.opcode == CALL and instruction.arguments[0] in found.specializers)
    if -1 in history or len(countdowns) != calls:
        raise WasmFormatError(f"of {len(heads)} histories read, {len(heads) - history.count(-1)} stored as expected; "
                              f"{len(countdowns)} countdowns for {calls} calls to a specializer")
    return {"branch history": sorted(loop[index].offset for index in history),
            "countdown": sorted(loop[index].offset for index in countdowns)}


def silence(blob: bytearray) -> Dict[str, int]:
    """Rewrite the stores `silenced_stores` finds; returns how many of each kind."""
    found = silenced_stores(bytes(blob))
    for offsets in found.values():
        for offset in offsets:
            blob[offset:offset + len(SILENT_STORE)] = SILENT_STORE
    return {kind: len(offsets) for kind, offsets in found.items()}


def _silenced(blob: bytearray) -> str:
    outcome = silence(blob)
    if not all(outcome.values()):
        raise WasmFormatError(f"the interpreter holds no store of some kind ({outcome}): already rewritten, or not "
                              "CPython 3.14's loop?")
    return ", ".join(f"{count} stores of a {what} silenced" for what, count in outcome.items())


def main(argv: List[str]) -> int:
    return rewrite_in_place(argv, __doc__.strip().splitlines()[-1], _silenced)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
