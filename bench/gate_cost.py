"""Native cost of the privacy gate on ordinary real-world values (bench/realistic_values.py; not shipped, no timed
test uses it): per kind, the mean and the worst µs of one judgment as a fresh instance makes it (detector.reason for
titles and names, privacy.clean_url for URLs), and the Python functions and calls one value runs (mean and worst).
`--worst N` lists the N costliest values of each kind; `--verdicts FILE` writes every value's verdict (to compare a
speed change's before and after).

    .venv/bin/python bench/gate_cost.py [--worst 5] [--verdicts /tmp/verdicts.json]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from realistic_values import KINDS  # noqa: E402

from meta_capi import detector, privacy  # noqa: E402


def _judge(kind: str) -> Callable[[str], object]:
    return privacy.clean_url if kind == "urls" else detector.reason


def _fresh(judge: Callable[[str], object], value: str) -> object:
    """One judgment as a fresh instance makes it: nothing remembered of the last value judged."""
    detector.forget_remembered()
    return judge(value)


def micros(judge: Callable[[str], object], value: str, rounds: int = 100) -> float:
    """The best of seven timings of `rounds` judgments, per judgment, in the thread's CPU time (on a busy machine the
    time others take counts less)."""
    times = []
    for _ in range(7):
        start = time.thread_time()
        for _ in range(rounds):
            _fresh(judge, value)
        times.append((time.thread_time() - start) / rounds * 1e6)
    return min(times)


def breadth(judge: Callable[[str], object], value: str) -> Tuple[int, int]:
    """The distinct Python functions and the calls one judgment runs."""
    functions, calls = set(), [0]

    def profile(frame, event, arg):  # type: ignore[no-untyped-def]
        if event == "call":
            calls[0] += 1
            functions.add(frame.f_code)

    detector.forget_remembered()
    sys.setprofile(profile)
    try:
        judge(value)
    finally:
        sys.setprofile(None)
    return len(functions), calls[0]


def main(argv: List[str]) -> int:
    worst = int(argv[argv.index("--worst") + 1]) if "--worst" in argv else 0
    verdicts: Dict[str, object] = {}
    print(f"{'kind':6} {'values':>6} {'mean µs':>8} {'worst µs':>9} {'functions':>10} {'max':>4} "
          f"{'calls':>6} {'max':>5}")
    for kind, values in KINDS.items():
        judge = _judge(kind)
        rows = []
        for value in values:
            verdicts[f"{kind}:{value}"] = repr(_fresh(judge, value))
            rows.append((micros(judge, value), *breadth(judge, value), value))
        print(f"{kind:6} {len(rows):6} {statistics.mean(r[0] for r in rows):8.1f} {max(r[0] for r in rows):9.1f} "
              f"{statistics.mean(r[1] for r in rows):10.1f} {max(r[1] for r in rows):4} "
              f"{statistics.mean(r[2] for r in rows):6.1f} {max(r[2] for r in rows):5}")
        for us, functions, calls, value in sorted(rows, reverse=True)[:worst]:
            print(f"    {us:7.1f} µs {functions:4} functions {calls:5} calls  {value}")
    if "--verdicts" in argv:
        Path(argv[argv.index("--verdicts") + 1]).write_text(json.dumps(verdicts, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
