"""A fortieth outside attack (tests/privacy_attack_cases_40.py, written from the README's promises without reading the
gate's code nor the earlier attacks' cases): money and government numbers other than cards and IBANs, as people type
them into checkout, invoice, refund and payout forms (bank accounts by country, Pix keys, a person's tax ids, health
and social insurance numbers, driving licences and passports), in free text, under the forms' own keys and the
lexicon's, sent or listed, and in every leaf the README maps, under each data-minimisation setting; the shop's own
numbers of the same shapes must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README); ordinary
data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_40 import Case, cases, ordinary_cases

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


globals().update(attack_tests(globals(), "fortieth", cases=(300, 500),
                              families=["bank", "doc", "health", "payout", "tax"], ordinary=(100, 150)))
