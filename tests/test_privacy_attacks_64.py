"""A sixty-fourth outside attack (tests/privacy_attack_cases_64.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): travel and hospitality, airlines, hotels and
short-term rentals, rail, cruises, ferries, tour operators, travel insurers and visa pages (issue 16). About 300
ordinary cases (flight numbers, IATA codes, fare classes and fare basis codes, hotel property codes, room types and rate
plans, train numbers, passes and railcards as products, promo codes, package SKUs, landing URLs, in eight languages),
which must go out whole; and 160 personal cases putting a traveller's own data in the same leaves (booking references
with the passenger's name, e-ticket and loyalty numbers, a BCBP boarding pass, passports and a passport's MRZ, Known
Traveler, Global Entry and Redress numbers, visa application numbers, CPF, DNI and a codice fiscale, railcards, guest
registrations, manage-booking links with the surname), each with a made-up marker (`Talvira`, `Brenquillo`, `583914`);
run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_64 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name after `für` on a seat reservation (a preposition, no label or salutation) and a boarding pass link's
    # slug `/mobile-boarding-pass/<PNR>/<surname>-<given>` read as text
    "names with no label or salutation": ["boarding sitzplatz @", "link boarding pass @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "sixty-fourth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
