"""The component's answers to the bench's events, compared byte for byte with the recorded ones.

The build-time heap work (src/heap_fill.py, src/warm_up.py) must make events cheaper without changing a
single byte of what the component answers: `--record` writes bench/answers.json from a build known to be
right, and `make bench` (and tests/test_bench_answers_wasm.py) compares every answer with it. The events
are stamped with the current time (Meta's 7-day window), so every time stamp is written relative to it.

Usage: python bench/answers.py [--record] [--wasm PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Dict, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import SETTINGS, WASM, bench_events  # noqa: E402

from edgee_host.component.runtime import DataCollectionHost, default_cache_dir  # noqa: E402

ANSWERS = Path(__file__).resolve().parent / "answers.json"
# The oldest stamp of the bench's events, in seconds before `now`.
OLDEST = 60


def relative(text: str, now: int) -> str:
    """`text` with each time stamp near `now` (µs, ms, then s: longest first) written as `<now-N>`."""
    for scale, unit in ((1_000_000, "us"), (1000, "ms"), (1, "s")):
        for back in range(OLDEST + 1):
            text = text.replace(str((now - back) * scale), f"<now-{back}{unit}>")
    return text


def answers(wasm: Path = WASM, now: Optional[int] = None) -> Dict[str, str]:
    """Event name -> the answer (request or `Err`) as JSON, each on a fresh instance as the proxy calls it."""
    now = int(time.time()) if now is None else now
    host = DataCollectionHost(wasm, default_cache_dir(), fresh_instance_per_call=True)
    found = {}
    for name, event in bench_events(now).items():
        outcome = host.call(event.kind, event.event, SETTINGS)
        answer = {"error": outcome.error} if outcome.request is None else outcome.request._asdict()
        found[name] = relative(json.dumps(answer, sort_keys=True, default=list), now)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="write bench/answers.json from this build")
    parser.add_argument("--wasm", type=Path, default=WASM)
    options = parser.parse_args()
    found = answers(options.wasm)
    if options.record:
        ANSWERS.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n")
        print(f"recorded {len(found)} answers in {ANSWERS.name}")
        return 0
    expected = json.loads(ANSWERS.read_text())
    changed = sorted(name for name in expected.keys() | found.keys() if expected.get(name) != found.get(name))
    if changed:
        print(f"{options.wasm.name} answers differently from bench/answers.json: {', '.join(changed)}")
        return 1
    print(f"{options.wasm.name}: the {len(found)} bench events answered byte for byte as recorded")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
