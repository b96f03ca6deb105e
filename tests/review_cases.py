"""The parameters of a review's tests: the values that pass, then each cause's failing values as strict expected
failures (ids `ok-N`, `xfail-N`), shared by the reviews' test files."""

from __future__ import annotations

from typing import Any, Dict, List, Sequence

import pytest


def with_expected_failures(passing: Sequence[str], failing: Dict[str, List[str]]) -> List[Any]:
    """`passing` as plain parameters, then every value of `failing` marked as a strict expected failure whose reason
    is its cause."""
    cases = [pytest.param(value, id=f"ok-{index}") for index, value in enumerate(passing)]
    for cause, values in failing.items():
        mark = pytest.mark.xfail(strict=True, reason=cause)
        start = len(cases)
        cases += [pytest.param(value, marks=mark, id=f"xfail-{start + index}") for index, value in enumerate(values)]
    return cases
