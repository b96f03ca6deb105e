"""A thirty-seventh outside attack (tests/privacy_attack_cases_37.py, written from the README's promises and issue 16's
text without reading the gate's code nor the earlier attacks' cases): the world's platforms and their vocabularies.
Mailboxes at the mail providers of every region (whole, without their top-level domain, after a word placing the
provider in many languages, with the local words for `@`, in local scripts, relay and disposable aliases); accounts
and profile links on the networks and messengers of every region; payment identifiers of every region (UPI, Pix,
Swish, Vipps, Bizum, MB WAY, GCash, M-Pesa, Revolut, Wise, PayPal, Venmo, Cash App, ENS ...); keys naming such
accounts; in every leaf the README maps and under each data-minimisation setting, and the Err strings of refusals;
the same platforms' ordinary vocabulary as shops write it must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README); ordinary
data that the gate drops today is a strict expected failure too.
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
from privacy_attack_cases_37 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
}


# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "thirty-seventh", NOT_CLAIMED))
def test_no_thirty_seventh_attack_platform_account_leaves_the_core(case):
    assert outcome(case) == []


def test_the_thirty_seventh_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 600 <= len(names) <= 900
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "handle", "key", "mail", "pay"]
    assert len(ORDINARY) >= 250


def test_every_sentence_not_claimed_is_the_readme_s_own():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "thirty-seventh"))
def test_ordinary_data_of_the_thirty_seventh_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
