"""Native profile of the bench's events as a fresh instance maps them (not shipped; no timed test uses it): per event,
the median µs of `build_request` (the thread's CPU time, over `--rounds`), the calls (all, and Python's), the distinct
functions (all, and Python's), the bytecode instructions run and the distinct regular expressions used, with what
the core remembers between events forgotten before each (the settings parsed, the detector's last verdicts), as a
fresh instance starts, after a warm-up as the build's. `--cold`: each event instead in a forked child of the warmed-up
process, the caches evicted first: its µs and its minor page faults, the pages its objects' writes copy (a native
stand-in for what a cold instance touches; the snapshot's are the copy-on-write pages here).

`--top N`: after each event's row, its N functions running the most bytecode instructions of their own, with their
calls. `--hostile SIZE`: the bench's hostile rows of that many characters (a track event carrying one) as events too.
`--time N`: after each event's row, by time rather than instructions: its N functions of the most own time (cProfile's
tottime over TIMED_ROUNDS events, per event: the profiler's own cost per call is in them, most in the smallest), and
its N compiled patterns' methods (`search`, `fullmatch`, …, by the pattern's opening) of the most native µs per event:
each call's median over TIMED_ROUNDS at its place in the event, less what timing an empty call costs (the matches of
`finditer` are found as they are iterated, after its call: not counted).

    .venv/bin/python tools/event_profile.py [--rounds 500] [--cold [--forks 15]] [--top N] [--time N] [--hostile SIZE]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import re
import resource
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any, Callable, Dict, List, Optional, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "bench")]

import run as bench  # type: ignore[import-not-found]  # noqa: E402  # bench/run.py: the bench's events, settings

from meta_capi import build_request, detector, settings  # noqa: E402
from meta_capi.errors import EventError  # noqa: E402

NOW = 1_790_000_000  # (the events are stamped relative to it: the same answers run after run)
WARM_UP_ROUNDS = 8  # (as src/warm_up.py)
EVICTED = 48 * 1024 * 1024  # bytes written before a cold event: more than the caches hold
TIMED_ROUNDS = 200  # (--time: the events profiled, and the samples of each pattern call's median)


def fresh() -> None:
    """Forget what the core remembers between events, as a fresh instance starts without it."""
    detector.forget_remembered()
    settings.forget_parsed_settings()
    detector._mobile_money_end.cache_clear()  # (its one remembered text; forget_remembered leaves it to the warm-up)


def _map(event: Any) -> None:
    build_request(event.kind, event.event, bench.SETTINGS, NOW)


def median_us(event: Any, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        fresh()
        start = time.thread_time_ns()
        _map(event)
        samples.append(time.thread_time_ns() - start)
    return statistics.median(samples) / 1000


def counts(event: Any, own: Optional[Counter[Tuple[str, int, str]]] = None) -> Dict[str, int]:
    """Calls, distinct functions, bytecode instructions and patterns of one fresh event (the instructions by
    function into `own` when given)."""
    fresh()
    profile = cProfile.Profile()
    profile.enable()
    _map(event)
    profile.disable()
    profile.create_stats()
    stats = profile.stats
    python = [where for where in stats if where[0] != "~"]  # (C functions are filed under "~")
    found = {"calls": sum(row[1] for row in stats.values()), "python calls": sum(stats[where][1] for where in python),
             "functions": len(stats), "python functions": len(python)}
    instructions = [0]
    patterns: Set[int] = set()

    def traced(frame: FrameType, kind: str, argument: Any) -> Callable[..., Any]:
        frame.f_trace_opcodes = True
        if kind == "opcode":
            instructions[0] += 1
            if own is not None:
                code = frame.f_code
                own[code.co_filename, code.co_firstlineno, code.co_name] += 1
        return traced

    def profiled(frame: FrameType, kind: str, argument: Any) -> None:
        if kind == "c_call" and isinstance(getattr(argument, "__self__", None), re.Pattern):
            patterns.add(id(argument.__self__))

    fresh()
    sys.settrace(traced)
    _map(event)
    sys.settrace(None)
    fresh()
    sys.setprofile(profiled)
    _map(event)
    sys.setprofile(None)
    found.update({"instructions": instructions[0], "patterns": len(patterns)})
    if own is not None:
        for (filename, line, name), row in stats.items():  # (the calls, for the rows printed)
            own[filename, line, "calls " + name] = row[1]
    return found


def hostile_events(base: Any, size: int) -> Dict[str, Any]:
    """The bench's hostile rows of `size` characters as events: a track event carrying each value (those the core
    maps: a refused one is an Err at its first check)."""
    rows = {name: bench.hostile_cold_event(base, "visitor" if where == "visitor" else "event", name.split(" ")[0],
                                           value) for name, (where, value) in bench.hostile_values(size).items()}
    for name, (where, key, value) in bench.hostile_cold_values(size).items():
        if name.split(" ")[0] not in {row.split(" ")[0] for row in rows}:
            rows[name] = bench.hostile_cold_event(base, where, key, value)
    mapped = {}
    for name, event in rows.items():
        try:
            _map(event)
        except EventError:
            continue
        mapped[name] = event
    return mapped


def print_top(own: Counter[Tuple[str, int, str]], top: int) -> None:
    instructions = Counter({where: number for where, number in own.items() if not where[2].startswith("calls ")})
    for (filename, line, name), number in instructions.most_common(top):
        calls = own.get((filename, line, "calls " + name), 0)
        print(f"    {number:9d} instructions {calls:6d} calls  {Path(filename).name}:{line}({name})")


def print_own_time(event: Any, top: int) -> None:
    """The `top` functions of the most own time (cProfile's tottime) mapping `event`, µs per event: each function's
    median over TIMED_ROUNDS events profiled one by one (a loaded machine's pauses fall on one event, not on the
    median)."""
    own: Dict[Tuple[str, int, str], List[float]] = {}
    calls: Dict[Tuple[str, int, str], int] = {}
    for _ in range(TIMED_ROUNDS):
        fresh()
        profile = cProfile.Profile()
        profile.enable()
        _map(event)
        profile.disable()
        for where, row in pstats.Stats(profile, stream=io.StringIO()).stats.items():  # type: ignore[attr-defined]
            own.setdefault(where, []).append(row[2])
            calls[where] = row[1]
    medians = {where: statistics.median(times + [0.0] * (TIMED_ROUNDS - len(times))) for where, times in own.items()}
    for where in sorted(medians, key=medians.__getitem__, reverse=True)[:top]:
        filename, line, name = where
        shown = f"{Path(filename).name}:{line}({name})" if filename != "~" else name
        print(f"    {medians[where] * 1e6:9.1f} µs own {calls[where]:5d} calls  {shown}")


def _pattern_calls(event: Any) -> List[Tuple[str, int]]:
    """Each call of a compiled pattern's method mapping `event`, in order: its key and its ns (with the hook's)."""
    calls: List[Tuple[str, int]] = []
    started: List[Tuple[Optional[str], int]] = []
    clock = time.perf_counter_ns

    def profiled(frame: FrameType, kind: str, argument: Any) -> None:
        if kind == "c_call":
            owner = getattr(argument, "__self__", None)
            key = f"{argument.__name__:9s} {owner.pattern[:80]!r}" if isinstance(owner, re.Pattern) else None
            started.append((key, clock()))
        elif kind in ("c_return", "c_exception") and started:
            key, start = started.pop()
            if key is not None:
                calls.append((key, clock() - start))

    fresh()
    sys.setprofile(profiled)
    _map(event)
    sys.setprofile(None)
    return calls


def _empty_call_ns() -> float:
    """What the hook of _pattern_calls adds to a call timed: an empty pattern's search of "" timed so."""
    empty = re.compile("")
    samples: List[int] = []
    started: List[int] = []

    def profiled(frame: FrameType, kind: str, argument: Any) -> None:
        if kind == "c_call":
            started.append(time.perf_counter_ns())
        elif kind in ("c_return", "c_exception"):
            samples.append(time.perf_counter_ns() - started.pop())

    sys.setprofile(profiled)
    for _ in range(2000):
        empty.search("")
    sys.setprofile(None)
    return statistics.median(samples)


def print_pattern_time(event: Any, top: int) -> None:
    """The `top` patterns' methods of the most native µs mapping `event` (each call's median at its place)."""
    rounds = [_pattern_calls(event) for _ in range(TIMED_ROUNDS)]
    empty = _empty_call_ns()
    if len({len(calls) for calls in rounds}) != 1:
        print("    (the patterns' calls differ from event to event: not timed)")
        return
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    for place, (key, _) in enumerate(rounds[0]):
        spent[key] += max(0.0, statistics.median(calls_of[place][1] for calls_of in rounds) - empty)  # type: ignore
        calls[key] += 1
    print(f"    patterns: {sum(spent.values()) / 1000:.1f} µs in {sum(calls.values())} calls")
    for key, nanoseconds in spent.most_common(top):
        print(f"    {nanoseconds / 1000:9.1f} µs {calls[key]:4d} calls  {key}")


def cold(event: Any, forks: int, evicted: bytearray) -> Tuple[float, float]:
    """Median µs and minor faults of the event in `forks` forked children."""
    times, faults = [], []
    for _ in range(forks):
        read, write = os.pipe()
        child = os.fork()
        if child == 0:  # (the child: evict the caches, map the event once, report, leave)
            os.close(read)
            evicted[::4096] = b"\1" * len(evicted[::4096])
            fresh()
            before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
            start = time.perf_counter_ns()
            _map(event)
            elapsed = time.perf_counter_ns() - start
            after = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
            os.write(write, json.dumps([elapsed, after - before]).encode())
            os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as answer:
            elapsed, fault_count = json.loads(answer.read())
        os.waitpid(child, 0)
        times.append(elapsed / 1000)
        faults.append(fault_count)
    return statistics.median(times), statistics.median(faults)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=500)
    parser.add_argument("--cold", action="store_true")
    parser.add_argument("--forks", type=int, default=15)
    parser.add_argument("--top", type=int, default=0)
    parser.add_argument("--time", type=int, default=0)
    parser.add_argument("--hostile", type=int, default=0)
    options = parser.parse_args(argv)
    events = bench.bench_events(NOW)
    if options.hostile:
        events.update(hostile_events(events["track"], options.hostile))
    for _ in range(WARM_UP_ROUNDS):  # (as the build warms the guest up: what an event first builds, typing's caches)
        for event in events.values():
            fresh()
            _map(event)
    if options.cold:
        gc.collect()
        gc.freeze()  # (no collection scans the warm objects in a child: their pages are the event's alone to write)
        evicted = bytearray(EVICTED)
        for name, event in events.items():
            micros, faults = cold(event, options.forks, evicted)
            print(f"{name:16s} {micros:8.1f} µs  {faults:6.1f} faults")
        return 0
    for name, event in events.items():
        own: Optional[Counter[Tuple[str, int, str]]] = Counter() if options.top else None
        row = counts(event, own)
        print(f"{name:16s} {median_us(event, options.rounds):7.1f} µs  "
              + "  ".join(f"{what} {number}" for what, number in row.items()))
        if own is not None:
            print_top(own, options.top)
        if options.time:
            print_own_time(event, options.time)
            print_pattern_time(event, options.time)
    return 0


if __name__ == "__main__":
    sys.exit(main())
