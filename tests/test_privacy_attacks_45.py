"""A forty-fifth outside attack (tests/privacy_attack_cases_45.py, written from the README's promises and issue 16's
families without reading the gate's code nor the earlier attacks' cases): personal data carried by keys. Keys that
are or hold a mailbox or a phone number, keys naming personal data in the languages shops write, the same words in
every casing and path form, compound keys, look-alike keys, form builders whose label names a numbered field, and
personal keys in every leaf an event has, under each data-minimisation setting; ordinary keys near personal words
must go out with their values; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README or the
reference says it does not claim is listed apart (NOT_CLAIMED, keyed by the documents' sentence, which a test finds
there); ordinary data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_45 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README or the reference says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a form's label in one property and its value in another: `field_7_label` = `Last name`, `field_7` = `Quarnelby`
    "Each property is judged alone: a value split over several properties whose keys name nothing personal (`u` = "
    "`jo.smith`, `d` = `@example.com`) is not put together, since property order means nothing and joined "
    "neighbours would read an RGBA colour (`255`, `128`, `0`, `1`) as an IP address.": [
        "form sibling label after @ custom property", "form sibling label before @ custom property",
        "form sibling form field name @ custom property"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "forty-fifth", cases=(300, 520),
                              families=["comp", "form", "lang", "leaf", "look", "mail", "shape"], ordinary=(80, 130)))
