"""A seventeenth outside attack (tests/privacy_attack_cases_17.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): shoppers in Casablanca, Algiers, Tunis, Dakar and Abidjan and in
Kingston, Santo Domingo, San Juan, Panama City, San José and Guatemala City, their numbers, mobile-money references,
national ids with their real checks, addresses in local layouts, names after French, Spanish, English and Arabic labels,
Arabizi and sign-offs, near misses of the README's newest rules, in every leaf of Meta's payload the README maps,
run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_17 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "phone": [
        'phone CR mobile after Cel @',
        'phone Orange Money ref @',
    ],
    "id": [
        'id MA CIN after label @',
        'id MA CIN after Arabic label @',
        'id MA CIN in text @',
        'id TN CIN after label @',
        'id PT NIF after Contribuinte @',
        'id TH id after English label @',
    ],
    "name": [
        'name French label Nom @ gift message',
        'name French label Prenom @ gift message',
        'name Arabic label الاسم @ gift message',
        'name Arabizi with b. @',
        'name Arabizi salutation @',
        'name French sign-off @ gift message',
        'name French sign-off Bien a vous @ gift message',
        'name Spanish sign-off Saludos @ gift message',
        'name Spanish sign-off Atentamente @ gift message',
        'name English sign-off Respect @',
        'name Spanish label Nombre @ gift message',
        'name Spanish salutation Sra @',
        'name French salutation Mme @',
        'name English label Consignee @ gift message',
        'name German sign-off MfG @ gift message',
        'name Destinatario label @ gift message',
    ],
    "key": [
        'key TRN:',
        'key CIN:',
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "a person key holding a name": [
        "ordinary key customer: Best Seller",
    ],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "seventeenth", NOT_CLAIMED))
def test_no_seventeenth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_seventeenth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "id", "key", "mail", "meta", "name", "phone",
                                                              "postal"]
    assert len(ORDINARY) >= 150


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "seventeenth"))
def test_ordinary_shop_data_of_the_seventeenth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
