"""A sixteenth outside attack (tests/privacy_attack_cases_16.py, written from the README's promises without reading the
gate's code nor the earlier attacks' cases): shoppers in Paris, Berlin, Madrid, Milan, Amsterdam, Brussels, Zurich,
Vienna, Lisbon and the Nordic capitals and in Bangkok, Kuala Lumpur, Singapore, Karachi and Lahore, their numbers,
national ids with their real checks, IBANs, sole traders' VAT numbers, addresses in local layouts, names after labels,
salutations, honorifics and in sign-offs, and personal data as mobile apps, marketplaces and checkouts leak it, in
every leaf of Meta's payload the README maps, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_16 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    ("a Dutch VAT number of the old layout (`NL`, nine digits, `B01`), which held a sole trader's BSN until 2020: a "
     "company's RSIN has the same shape and check"): [
        "id sole trader Dutch BTW from BSN @",
    ],
    "a national number of fewer than nine digits alone, without a label, key or country code": [
        "phone NO mobile 3-2-3 @",
        "phone DK pairs @",
    ],
    ("a person's name written without a salutation or a personal label before it, nor a Japanese honorific "
     "after it"): [
        "name boarding pass name @",
        "app coupon from a name",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # (closer 233's stated price: an honorific and a known given name before a word no gate language holds)
    "a café's brand after Malay's honorific, read as a full name after a title (`Encik Ali Kopi`)": [
        "capitalised: Encik Ali Kopi @ custom property", "capitalised: Encik Ali Kopi @ contents brand",
    ],
}


globals().update(attack_tests(globals(), "sixteenth", cases=(400, None),
                              families=["app", "err", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
