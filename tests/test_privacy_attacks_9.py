"""A ninth outside attack (tests/privacy_attack_cases_9.py, written from the README's promises without reading the
gate's code): the most common shapes a mid-size shop emits rather than exotic spellings (plain values in plain places,
common typos and national phone formats, `mailto:`/`tel:` links, vCard and iCal text), with a new persona (a Mexican
shopper), run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED); ordinary shop
data close to the rules (dates on orders, product names with street words, codes after labels, prices with currency
words) must still go out, and what the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_9 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())

# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "special categories of GDPR article 9 are judged in keys (`health_condition`), not read in free text: a rule "
    "reading them would drop ordinary product text (`diabetic socks`, `halal`, `pregnancy test`)": [
        "special health in a custom note @", "special pregnancy in a gift message @"],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "ninth", NOT_CLAIMED))
def test_no_ninth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_ninth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["dob", "id", "ip", "key", "mail", "name", "phone",
                                                              "postal", "special"]


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "ninth"))
def test_ordinary_shop_data_of_the_ninth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
