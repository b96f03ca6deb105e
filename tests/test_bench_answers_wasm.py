"""The built component answers the bench's events exactly as recorded in bench/answers.json.

The build-time heap work (src/heap_fill.py, the warm-up) may change how much a first call costs, never a
byte of what it answers. When the mapping changes on purpose, record again from a build known to be right:
`.venv/bin/python bench/answers.py --record`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Dict

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from answers import ANSWERS, answers  # type: ignore[import-not-found]  # noqa: E402  - bench/ is no package

RECORDED = json.loads(ANSWERS.read_text())


@pytest.fixture(scope="module")
def found() -> Dict[str, str]:
    return dict(answers())


def test_bench_events_are_exactly_the_recorded_ones(found):
    assert sorted(found) == sorted(RECORDED)


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_wasm_answers_the_bench_event_byte_for_byte_as_recorded(found, name):
    assert found[name] == RECORDED[name]
