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

from attack_tests import attack_tests
from privacy_attack_cases_17 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "an honorific and a name with no mark around them": [
        'name French salutation Mme @',
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "seventeenth", cases=(400, None),
                              families=["err", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
