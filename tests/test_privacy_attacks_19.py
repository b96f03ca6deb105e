"""A nineteenth outside attack (tests/privacy_attack_cases_19.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): shoppers in Suva, Apia, Nuku'alofa, Port Moresby, Honolulu and
Nouméa, in Zagreb, Sofia, Tirana, Skopje, Sarajevo, Chișinău, Minsk, Beirut, Amman and Baghdad, in Port-au-Prince,
Willemstad, Havana, Caracas, Montevideo, Asunción and La Paz: their phones, ids after their labels and with their
check digits, email addresses spelled in their words, addresses and names in local scripts and layouts, delivery and
logistics texts, in several leaves of Meta's payload the README maps, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_19 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a national number of fewer than nine digits alone, without a label, key or country code": [
        "phone Fiji mobile in number words @",
    ],
    "a person's name written without a salutation or a personal label before it": [
        "name okina name after Mahalo @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "nineteenth", cases=(400, None),
                              families=["err", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
