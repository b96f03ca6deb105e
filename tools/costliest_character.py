"""The costliest character a value can hold, natively (not shipped; no test runs it).

The README's bound on an event's judging work is the allowance (detector.JUDGED_PER_EVENT) times the costliest
character's work. This probe looks for that character: values of `--size` characters (2,000) made of one repeated
unit, every ASCII letter and digit, punctuation, blanks, units shaped like the gate's cues (`x`, `id:`, `@a`, `Mr `,
`1-`, `%40`, `ß`, `中`, `＠`, ...) and a word of every vocabulary the gate's modules hold (their module-level sets and
lists of words, each word followed by a blank and by `: `). Each unit is screened with `detector.reason` on the free
text and as an id, alone and before `%40` (TAIL: `x…x%40`); the `--top` costliest (and the fixed shapes) are then
timed, median of `--rounds`, in:

    reason       detector.reason(value), free text
    reason_id    detector.reason(value, id_like=True), an id (order ids, event ids)
    key          detector.key_reason(unit repeated to budget.MAX_KEY), a property's key at its longest
    url          privacy.clean_url("https://s.com/p?q=" + value), a query parameter's value
    mapping      meta_capi.build_request of bench/run.py's track event with one custom property `order` = value,
                 less the event without it

and printed as µs per character, worst first (by the worst column). What the detector remembers between values is
forgotten before each call (detector.forget_remembered), as a fresh value meets none of it.

    PYTHONPATH=src:bench .venv/bin/python tools/costliest_character.py [--size 2000] [--top 30] [--rounds 5]
        [--best] [--units 'x' 'x%40' ...]   (time these units alone, no screening; `x%40` is `x…x%40`)
"""

from __future__ import annotations

import argparse
import copy
import importlib
import pkgutil
import statistics
import string
import sys
import time
from functools import partial
from pathlib import Path
from typing import Callable, Dict, List, Set

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

import run as bench  # type: ignore[import-not-found]  # noqa: E402  # bench/run.py: the bench's events, settings

import meta_capi  # noqa: E402
from meta_capi import build_request, detector, privacy  # noqa: E402
from meta_capi.budget import MAX_KEY  # noqa: E402

# Units shaped like the gate's cues (a label's colon, an address's `@`, a title, a particle, a digit group, an
# encoded `@`, folded and wide letters, CJK).
CUE_UNITS = ["x", "id:", "@a", "Mr ", "de ", "Ab ", "1-", "a.", "%40", "ß", "é", "中", "＠", "a@", "1 ", "12 ",
             "+1", "A1", "1a", "a1 ", "a_", "a-", "a/", "Ab. ", "AB ", "No ", "no. ", "tel ", "0", "ab:", "a:1 ",
             "&", "\\u", "&#", "=", "a=", "é ", "Ab\n", "@", "#1", ".", "-", "_", "/"]


# A value's last characters that open the gate's slower paths to the repeated unit before them: an encoded `@` (the
# whole value is decoded and read for an address's and an account's label: `x…x%40`).
TAIL = "%40"
BEST = False


def plain_units() -> List[str]:
    """Every ASCII letter and digit, every punctuation mark and blank."""
    return [*string.ascii_letters, *string.digits, *string.punctuation, " ", "\t", "\n"]


def vocabulary_units() -> List[str]:
    """A word of every vocabulary the gate's modules hold (module-level sets, lists and tuples of words: their first
    word in sorted order, and the shortest), followed by a blank and by `: `."""
    words: Set[str] = set()
    for module_info in pkgutil.iter_modules(meta_capi.__path__):
        module = importlib.import_module(f"meta_capi.{module_info.name}")
        for value in vars(module).values():
            if isinstance(value, (set, frozenset, list, tuple)) and value and all(
                    isinstance(word, str) and word for word in value):
                ordered = sorted(value)
                words.update((ordered[0], min(ordered, key=len)))
    return [f"{word}{tail}" for word in sorted(words) for tail in (" ", ": ")]


def _reason_of(value: str, id_like: bool) -> str:
    return detector.reason(value, id_like=id_like)


def median_ns(call: Callable[[], object], rounds: int) -> float:
    """The median of `rounds` calls' ns (the least with --best: on a busy machine other processes' preemptions
    inflate most samples, the least is the work's)."""
    samples = []
    for _ in range(rounds):
        detector.forget_remembered()
        start = time.perf_counter_ns()
        call()
        samples.append(time.perf_counter_ns() - start)
    return min(samples) if BEST else statistics.median(samples)


def filled(unit: str, size: int) -> str:
    """`unit` repeated to `size` characters; a unit ending in TAIL is repeated before it (`x…x%40`)."""
    if unit.endswith(TAIL) and unit != TAIL:
        return filled(unit[:-len(TAIL)], size - len(TAIL)) + TAIL
    return (unit * (size // len(unit) + 1))[:size]


def measures(size: int) -> Dict[str, Callable[[str], Callable[[], object]]]:
    base = bench.bench_events()["track"]

    def mapping(value: str) -> Callable[[], object]:
        event = copy.deepcopy(base)
        event.event.data.properties.append(("order", value))
        return lambda: build_request(event.kind, event.event, bench.SETTINGS)

    return {
        "reason": lambda value: lambda: detector.reason(value),
        "reason_id": lambda value: lambda: detector.reason(value, id_like=True),
        "key": lambda value: lambda: detector.key_reason(value[:MAX_KEY]),
        "url": lambda value: lambda: privacy.clean_url("https://s.com/p?q=" + value),
        "mapping": mapping,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--units", nargs="*")
    parser.add_argument("--best", action="store_true", help="the least of the rounds, not their median")
    arguments = parser.parse_args()
    global BEST
    BEST = arguments.best
    size, rounds = arguments.size, arguments.rounds
    if arguments.units:
        chosen = arguments.units
    else:
        repeated = list(dict.fromkeys([*plain_units(), *CUE_UNITS, *vocabulary_units()]))
        units = [form for unit in repeated for form in (unit, unit + TAIL)]
        screened = {unit: max(median_ns(partial(_reason_of, filled(unit, size), False), 3),
                              median_ns(partial(_reason_of, filled(unit, size), True), 3))
                    for unit in units}
        worst = sorted(units, key=screened.__getitem__, reverse=True)[:arguments.top]
        chosen = list(dict.fromkeys([*worst, *CUE_UNITS[:13]]))
        print(f"screened {len(units)} units with detector.reason at {size} characters", file=sys.stderr)
    timers = measures(size)
    base_event = median_ns(timers["mapping"]("1"), rounds)
    table = {}
    for unit in chosen:
        value = filled(unit, size)
        row = {}
        for name, timer in timers.items():
            nanoseconds = median_ns(timer(value), rounds) - (base_event if name == "mapping" else 0)
            row[name] = nanoseconds / 1000 / (MAX_KEY if name == "key" else size)
        table[unit] = row
    print(f"µs per character ({size} characters; key: {MAX_KEY}; mapping less the event without the value)")
    print(f"{'unit':<24}" + "".join(f"{name:>10}" for name in timers))
    for unit, row in sorted(table.items(), key=lambda item: -max(item[1].values())):
        print(f"{unit!r:<24}" + "".join(f"{row[name]:>10.2f}" for name in timers))


if __name__ == "__main__":
    main()
