"""A seventy-second outside attack (tests/privacy_attack_cases_72.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): utilities (electricity, gas, water, district
heating, broadband installations) and government and civic services (council tax, parking permits and fines,
building permits, waste collection, library cards, passports and ID renewals, vehicle registration, voter
registration, benefits, court fees, school admissions) in fifteen countries (issue 16). About 300 ordinary cases
(tariffs, forms' and offices' names, public holidays, waste types, collection days, fees, post codes' districts
alone, service pages, appointment slots, document checklists, promo codes, notices), which must go out whole; and
about 150 personal cases putting a household's or a citizen's own data in the same leaves (supply addresses with
occupants, meter point numbers bare and labelled, accounts with holders, readings, switches and arrears, broadband
lines, council tax references, PCNs with plates, permit holders, library cards, passport appointments with a date of
birth, benefit claims, voters, tax numbers by their checks, links and keys), each with a made-up marker
(`Vardrequist`, `583914`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_72 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a full name after a dash ending a payment plan's line, no label before it (a meter reading's number, one dash and
    # a full name: closer 207's dating.numbered_member)
    "names with no label or salutation": ["account échéancier FR @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "seventy-second", cases=(140, 160), family_count=(0, 14),
                              ordinary=(280, 330)))
