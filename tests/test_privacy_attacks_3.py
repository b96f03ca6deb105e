"""A third outside attack (tests/privacy_attack_cases_3.py, written from the README's promises without reading
the gate's code): personal data inside long realistic values, stacked encodings, codes built from personal
data, national phone formats with labels and extensions, forwarded-address strings, checkout and CRM keys,
run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; ordinary shop data must still go out, and what the gate drops today is a strict
expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_3 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())

# What leaks today, by family: a case's name, or the stem all its places share ("blob X @" is that value in
# every place, "key G K:" that key in every place).
LEAKS: Dict[str, List[str]] = {
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "third", cases=(1000, None),
                              families=["blob", "code", "ip", "key", "phone", "stacked", "text", "visitor"]))
