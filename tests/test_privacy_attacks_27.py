"""A twenty-seventh outside attack (tests/privacy_attack_cases_27.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): the allowance to judge (values after it is spent, at its
edge, in every leaf charged late) and the budget's and the purchase's errors; shoppers writing Persian, Dari and
Pashto, Armenian, Georgian, Amharic and Tigrinya, Sinhala and Sri Lankan Tamil, Malagasy, Quechua, Haitian Creole,
Icelandic, Maltese, Basque, Welsh, Irish, Breton, Luxembourgish and Romansh, their names with labels and
self-introductions, addresses, phones and national ids with their check digits; values carried in vCard, iCalendar,
CSV, YAML, TOML, HTTP header dumps, log lines, GraphQL, URL-encoded JSON in a fragment, Markdown tables and SMS
templates, in the leaves of Meta's payload the README maps, run natively; and ordinary shop data that looks like them.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_27 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "twenty-seventh", NOT_CLAIMED))
def test_no_twenty_seventh_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_twenty_seventh_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 300 <= len(names) <= 600
    assert sorted({name.split(" ")[0] for name in names}) == ["budget", "err", "id", "key", "mail", "name", "phone",
                                                              "postal"]
    assert len(ORDINARY) >= 150


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "twenty-seventh"))
def test_ordinary_shop_data_of_the_twenty_seventh_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
