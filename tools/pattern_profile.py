"""The compiled patterns a fresh first call searches, per bench event (not shipped; no timed test uses it): each
pattern's owner (the module whose globals hold it, or `re's cache` for a pattern given as a string), its compiled size
(`sys.getsizeof`, which grows with the pattern's code: the pages a first search touches), its method calls and its
opening. Issue 20: a closer's larger pattern, or one an ordinary event newly reaches, costs first-call faults with no
Python function more.

    .venv/bin/python tools/pattern_profile.py [--event NAME] [--json OUT] [--smallest BYTES]

`--json`: every event's patterns (owner, size, calls, opening) written for `--compare OLD.json NEW.json`, which prints
the patterns that grew, became reached or left, by size.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any, Dict, List, Optional, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "bench"), str(ROOT / "tools")]

import event_profile  # noqa: E402  # tools/event_profile.py: fresh(), the events

Row = Dict[str, Any]


def _patterns_in(value: Any, found: Dict[int, re.Pattern[str]], seen: Set[int], depth: int = 0) -> None:
    """The patterns held by a module's global: itself, a bound method of one, or inside a container of them."""
    if id(value) in seen or depth > 4:
        return
    seen.add(id(value))
    owner = getattr(value, "__self__", None)
    if isinstance(owner, re.Pattern):
        value = owner
    if isinstance(value, re.Pattern):
        found[id(value)] = value
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            _patterns_in(item, found, seen, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            _patterns_in(item, found, seen, depth + 1)
    else:  # (a closure's cells: a pattern compiled inside a factory at import)
        for cell in getattr(value, "__closure__", None) or ():
            try:
                _patterns_in(cell.cell_contents, found, seen, depth + 1)
            except ValueError:
                continue


def owners() -> Dict[int, str]:
    """Each pattern's id to the meta_capi module that holds it, then re's cache."""
    named: Dict[int, str] = {}
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("meta_capi") or not isinstance(module, ModuleType):
            continue
        seen: Set[int] = set()
        for value in list(vars(module).values()):
            found: Dict[int, re.Pattern[str]] = {}
            _patterns_in(value, found, seen)
            for key in found:
                named.setdefault(key, name.removeprefix("meta_capi."))
    for pattern in getattr(re, "_cache", {}).values():  # (3.11–3.12: one dict)
        named.setdefault(id(pattern), "re's cache")
    for pattern in getattr(re, "_cache2", {}).values():  # (3.13+)
        named.setdefault(id(pattern), "re's cache")
    return named


def searched(event: Any) -> Dict[int, Row]:
    """The patterns a fresh call mapping `event` searches: by id, each with its calls."""
    rows: Dict[int, Row] = {}
    keep: List[re.Pattern[str]] = []

    def profiled(frame: FrameType, kind: str, argument: Any) -> None:
        if kind != "c_call":
            return
        pattern = getattr(argument, "__self__", None)
        if isinstance(pattern, re.Pattern):
            row = rows.setdefault(id(pattern), {"pattern": pattern, "calls": Counter()})
            row["calls"][argument.__name__] += 1
            keep.append(pattern)

    event_profile.fresh()
    sys.setprofile(profiled)
    event_profile._map(event)
    sys.setprofile(None)
    return rows


def _opening(pattern: re.Pattern[Any]) -> str:
    text = pattern.pattern
    return (text if isinstance(text, str) else repr(text))[:90]


def table(events: Dict[str, Any]) -> Dict[str, List[Row]]:
    named: Optional[Dict[int, str]] = None
    out: Dict[str, List[Row]] = {}
    for name, event in events.items():
        rows = searched(event)
        if named is None or any(key not in named for key in rows):
            named = owners()
        listed = []
        for key, row in rows.items():
            pattern = row["pattern"]
            listed.append({"owner": named.get(key, "?"), "size": sys.getsizeof(pattern),
                           "calls": sum(row["calls"].values()), "opening": _opening(pattern)})
        out[name] = sorted(listed, key=lambda row: -row["size"])
    return out


def _keyed(rows: List[Row]) -> Dict[Tuple[str, str, int], Row]:
    """Rows by owner and opening (a second pattern of the same opening numbered: by size, largest first)."""
    keyed: Dict[Tuple[str, str, int], Row] = {}
    for row in rows:
        number = 0
        while (row["owner"], row["opening"], number) in keyed:
            number += 1
        keyed[row["owner"], row["opening"], number] = row
    return keyed


def compare(old_path: str, new_path: str, smallest: int) -> None:
    old = json.loads(Path(old_path).read_text())
    new = json.loads(Path(new_path).read_text())
    for name in new:
        before, after = _keyed(old.get(name, [])), _keyed(new[name])
        print(f"{name}: {len(before)} → {len(after)} patterns, "
              f"{sum(r['size'] for r in before.values()):,} → {sum(r['size'] for r in after.values()):,} bytes")
        moves = []
        for key in set(before) | set(after):
            size_before = before[key]["size"] if key in before else 0
            size_after = after[key]["size"] if key in after else 0
            if size_before != size_after and max(size_before, size_after) >= smallest:
                moves.append((size_after - size_before, size_before, size_after, key))
        for delta, size_before, size_after, (owner, opening, _) in sorted(moves, reverse=True):
            print(f"    {delta:+8,d}  {size_before:7,d} → {size_after:7,d}  {owner:24s} {opening[:70]!r}")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--event", default="")
    parser.add_argument("--json", default="")
    parser.add_argument("--smallest", type=int, default=0)
    parser.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"))
    options = parser.parse_args(argv)
    if options.compare:
        old, new = options.compare
        compare(old, new, options.smallest)
        return 0
    events = event_profile.bench.bench_events(event_profile.NOW)
    for _ in range(event_profile.WARM_UP_ROUNDS):
        for event in events.values():
            event_profile.fresh()
            event_profile._map(event)
    rows = table({name: event for name, event in events.items() if options.event in ("", name)})
    if options.json:
        Path(options.json).write_text(json.dumps(rows, indent=1))
    for name, listed in rows.items():
        print(f"{name}: {len(listed)} patterns, {sum(row['size'] for row in listed):,} bytes")
        for row in listed:
            if row["size"] >= options.smallest:
                print(f"    {row['size']:8,d} {row['calls']:4d}  {row['owner']:24s} {row['opening'][:70]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
