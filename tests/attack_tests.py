"""The tests every outside attack from the third on runs over its lists (attack_tests), to put among its module's
globals as review_cases.review_tests does for a review: no case's value leaves the core, the attack names only its
own cases, every sentence NOT_CLAIMED keys its families by is documented, ordinary data goes out. Each failure an
attack lists (LEAKS, NOT_CLAIMED, DROPPED) is a strict expected failure naming its family."""

from __future__ import annotations

from typing import Any, Callable, Dict, Mapping, Optional, Sequence, Tuple

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)

Bounds = Tuple[int, Optional[int]]  # (at least, at most or None)

# A module's list of failures and the table of cases it names, where an attack has more than its cases and ordinary
# data (numbers that must go out as written, settings holding an address).
_FAILURES_OF_TABLES = (("CHANGED", "NUMBERS"), ("SETTING_LEAKS", "SETTINGS"))


def _named(name: str, test: Callable[..., None]) -> Callable[..., None]:
    test.__name__ = test.__qualname__ = name
    return test


def _outside(count: int, bounds: Bounds) -> bool:
    low, high = bounds
    return count < low or (high is not None and count > high)


def attack_tests(lists: Mapping[str, Any], attack: str, cases: Bounds, families: Sequence[str] = (),
                 family_count: Bounds = (0, None), ordinary: Bounds = (0, None),
                 readme_test: bool = True) -> Dict[str, Any]:
    """An attack's tests over its module's globals `lists` (CASES, ORDINARY, LEAKS, DROPPED, NOT_CLAIMED if it has
    one), named by its ordinal word `attack` ("fortieth"). How many cases it has (`cases`), their families (the
    first words of their names: exactly `families`, or as many as `family_count`) and how much ordinary data
    (`ordinary`) are checked with its names; the sentences NOT_CLAIMED is keyed by are looked for in the documents
    unless `readme_test` is False (the attacks before the thirty-fourth do not)."""
    word = attack.replace("-", "_")
    case_list, ordinary_list = lists["CASES"], lists["ORDINARY"]
    leaks, dropped, not_claimed = lists["LEAKS"], lists["DROPPED"], lists.get("NOT_CLAIMED", {})

    def no_value_leaves_the_core(case: Any) -> None:
        assert outcome(case) == []

    def names_only_its_own_cases() -> None:
        problems = naming_problems(case_list, ordinary_list, {**leaks, **not_claimed}, dropped)
        for failures, table in _FAILURES_OF_TABLES:  # (looked up now: a module may list them after its tests)
            problems += [f"{failures} names no case of {table}: {name}" for names in lists.get(failures, {}).values()
                         for name in names if name not in lists[table]]
        assert problems == []
        names = [name for name, *_ in case_list]
        first_words = sorted({name.split(" ")[0] for name in names})
        assert not _outside(len(names), cases), len(names)
        if families:
            assert first_words == list(families)
        assert not _outside(len(first_words), family_count), first_words
        assert not _outside(len(ordinary_list), ordinary), len(ordinary_list)

    def every_sentence_not_claimed_is_documented() -> None:
        assert readme_misses(not_claimed) == []

    def ordinary_data_goes_out(kind: str, overrides: Dict[str, Any], value: str) -> None:
        assert ordinary_goes_out(kind, overrides, value)

    tests = {
        f"test_no_{word}_attack_value_leaves_the_core": pytest.mark.parametrize(
            "case", attack_params(case_list, leaks, attack, not_claimed))(no_value_leaves_the_core),
        f"test_the_{word}_attack_names_only_its_own_cases": names_only_its_own_cases,
        f"test_ordinary_data_of_the_{word}_attack_goes_out": pytest.mark.parametrize(
            ("kind", "overrides", "value"), ordinary_params(ordinary_list, dropped, attack))(ordinary_data_goes_out),
    }
    if readme_test and "NOT_CLAIMED" in lists:
        tests["test_every_sentence_not_claimed_is_documented"] = every_sentence_not_claimed_is_documented
    return {name: _named(name, test) for name, test in tests.items()}
