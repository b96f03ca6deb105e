"""A fifty-fourth outside attack (tests/privacy_attack_cases_54.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): online pharmacies, opticians, hearing-aid
shops, clinics' booking pages and health insurers (issue 16). About 300 ordinary cases (medicines with strengths,
forms and pack sizes, PZN, NDC in its layouts, CIP13, GTIN, HIBC and GS1 DataMatrix text, lots and expiry dates, ATC
codes, lenses' and glasses' parameters, practitioners' pages, appointment types, insurers' tariffs, landing URLs, in
seven languages), which must go out whole; and 160 personal cases putting a patient's or an insured person's own data
in the same leaves (KVNR, NHS number, NIR, MBI, EHIC, member and policy numbers, e-prescription tokens, a
prescription's patient line, appointment confirmations, delivery notes, birth dates, a condition under a health key
and in free text), each with a made-up marker (`Quendrix`, `Tarvenholm`, `481726`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_54 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
# (closer 101 closed the last: an EHIC's card id by its ISO/IEC 7812 prefix, a NIR alone in a path's segment by its
# key, a person's id after its label and a blank alone)
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a patient's condition typed in free text (`I have … syndrome, need a refill`)
    "special categories in free text": ["health condition text @"],
    # a name after `Rezept von` on a prescription's line: a preposition, no label or salutation
    "names with no label or salutation": ["rx rezept name @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # an NDC in the 4-4-2 layout with no `NDC` label whose digits are a French mobile after its trunk prefix (07 81
    # 15 06 10): the thirty-fourth attack's French mobile is typed in that very layout (`0647-8329-15`), so no shape
    # tells them apart; after `NDC` it goes out (`NDC 0573-0164-40`)
    "ndc": [f"health code: 0781-1506-10 @ {where}" for where in ("product id", "contents id", "order id",
                                                                  "custom property")],
}


globals().update(attack_tests(globals(), "fifty-fourth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
