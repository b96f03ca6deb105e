"""A fifteenth outside attack (tests/privacy_attack_cases_15.py, written from the README's promises without reading the
gate's code nor the earlier attacks' cases): shoppers in London, Dublin, Toronto, Sydney, Auckland and Chicago and in
Santiago, Bogotá, Lima and Quito, their numbers, national ids with their real checks, addresses in local layouts,
names after labels and in sign-offs, Spanish keys, and personal data as developers and tools leak it (SQL, logs,
stack traces, GraphQL, cookies, FormData, JWTs), in every leaf of Meta's payload the README maps, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_15 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    ("a person's name written without a salutation or a personal label before it, nor a Japanese honorific "
     "after it"): [
        "name iPhone signature @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "fifteenth", cases=(400, None),
                              families=["enc", "err", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
