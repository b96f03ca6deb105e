"""A twenty-fifth outside attack (tests/privacy_attack_cases_25.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): the twenty-fourth attack's rules both ways, names in
apposition, relations between names, India's and Pakistan's honorifics, "my name" and self-introductions, table
cells, `_` labels, vCards, Indian and Kurdish address lines, the CNIC, PromptPay and number words, in the leaves of
Meta's payload the README maps, encoded, in capitals and split over lines, run natively; and ordinary shop data that
looks like them.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_25 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a full name in apposition after a product's words: the apposition opens neither the text nor a clause
    "ending the text when the apposition opens it or a clause": [
        "name apposition ending the text @",
    ],
    # an honorific and the words after it as the whole text, in any case: a title's as often (`Smt Fancy Sarees
    # Catalogue`)
    "an honorific and a name that are together the whole text are not read, in any case": [
        "name honorific SHRIMATI in capitals @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "twenty-fifth", cases=(250, None),
                              families=["err", "id", "key", "name", "phone", "postal"], ordinary=(150, None),
                              readme_test=False))
