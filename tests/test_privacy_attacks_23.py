"""A twenty-third outside attack (tests/privacy_attack_cases_23.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): shoppers in Bilbao, Barcelona, Santiago de Compostela, Cardiff,
Galway, Inverness, Rennes, Leeuwarden, Luxembourg, Valletta, Chur and Tórshavn, in Tehran, Tel Aviv, Athens, Nicosia,
Istanbul and Reykjavík: their phones in local layouts and Persian digits, their ids with check digits computed here,
addresses and names as they write them; data as booking, delivery and payment platforms leak it; in the leaves of
Meta's payload the README maps, in Meta's own fields and in the fields whose failure is an `Err`, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_23 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a person's name written without a salutation or a personal label before it": [
        "id boarding pass @",
        # (its URL path's place: a person's route, closer 90)
        "name near dash after a name @ custom property", "name near dash after a name @ page title",
        "name near dash after a name @ url query value", "name near dash after a name @ search_string",
        "name near dash after a name @ json property", "name near dash after a name @ user agent",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "twenty-third", cases=(400, None),
                              families=["err", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
