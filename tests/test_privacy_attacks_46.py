"""A forty-sixth outside attack (tests/privacy_attack_cases_46.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): the families the last two attacks did not touch, as values in every
leaf the README maps under each `meta_custom_data` and `meta_url_query` setting: postal addresses in a dozen
countries' layouts, names after labels, salutations and signatures, national ids with their check digits, passports
and birth dates after a label, payment cards and IBANs, the visitor's own identity echoed changed, and personal
values in the shapes a shop's tooling writes; the same fields holding nothing personal must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README or the
reference says it does not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there);
ordinary data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_46 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README or the reference says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `Ottavine Quildersen`, `Order note: leave at the door please. Ottavine Quildersen`, `ORD-1,Tovra Brennaquist,…`
    "a person's name written without a salutation or a personal label before it": [
        "name EN full name alone @", "name EN order note name @", "shape CSV order row with name @"],
    # `Mrs. Ottavine Quildersen`
    "an honorific and a name with no mark around them, the whole text": ["name EN honorific alone @"],
    # `17 Morvendash Road`
    "a street line with nothing after it and no personal address label before it": ["addr EN street line alone @"],
    # the visitor's city `Wexbridge` alone
    "a city, a state, a first or a last name alone and a post code of digits alone are not judged this way": [
        "echo city alone @"],
    # `47382915V` (DNI), `86042347136` (PESEL) as an event's or a content's id
    "a national id of eight digits and a check letter or of digits alone in an id, whose codes may share its shape": [
        "gov ES DNI bare as an id @", "gov PL PESEL bare as an id @"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "forty-sixth", cases=(300, 460),
                              families=["addr", "echo", "gov", "name", "pay", "shape"], ordinary=(80, 120)))
