"""A fifty-fourth outside attack (tests/privacy_attack_cases_54.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): a shop's site search and Meta's `Search` event
(issue 16). What people type into a search box leaves as the Search event's `search_string`, in the search page's URL
(`?q=`, `?s=`, `?search=`, `?k=`, `/search/<terms>`, `#q=`), as the next page's referrer and in the results page's
title: about 300 ordinary cases (78 queries as shoppers type them: products with sizes and models, EANs, ISBNs, typos,
all caps, operators and filters, order and tracking numbers, dates, sizes, ingredients, medicines and doses, car
parts, thirteen languages and their scripts, each in the four places), which must go out whole; and about 150
personal cases putting a shopper's own email, phone, name, address, post code with its street, national id, card or
IBAN into the same box, spelled as search boxes get them (lower case, no spaces, `+` for blanks, percent-encoded,
next to `order` or `my account`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary queries that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)
from privacy_attack_cases_54 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "fifty-fourth", NOT_CLAIMED))
def test_no_fifty_third_attack_value_leaves_the_core(case):
    assert outcome(case) == []


def test_the_fifty_third_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 140 <= len(names) <= 160
    assert len({name.split(" ")[0] for name in names}) <= 12
    assert 290 <= len(ORDINARY) <= 340


def test_every_sentence_not_claimed_is_documented():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "fifty-fourth"))
def test_ordinary_data_of_the_fifty_third_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
