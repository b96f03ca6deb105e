"""A ninth outside attack (tests/privacy_attack_cases_9.py, written from the README's promises without reading the
gate's code): the most common shapes a mid-size shop emits rather than exotic spellings (plain values in plain places,
common typos and national phone formats, `mailto:`/`tel:` links, vCard and iCal text), with a new persona (a Mexican
shopper), run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED); ordinary shop
data close to the rules (dates on orders, product names with street words, codes after labels, prices with currency
words) must still go out, and what the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_9 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())

# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "special categories of GDPR article 9 are judged in keys (`health_condition`), not read in free text: a rule "
    "reading them would drop ordinary product text (`diabetic socks`, `halal`, `pregnancy test`)": [
        "special health in a custom note @", "special pregnancy in a gift message @"],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "ninth", cases=(400, None),
                              families=["dob", "id", "ip", "key", "mail", "name", "phone", "postal", "special"],
                              readme_test=False))
