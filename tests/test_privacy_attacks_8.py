"""An eighth outside attack (tests/privacy_attack_cases_8.py, written from the README's promises without reading the
gate's code): for each rule the README states, the nearest variant it does not name (another separator, script, order
of parts, markup or escapes inside one string, two encodings combined, data in a key, values at the length limits),
with a new persona (a Filipino address, mobile number and IP range), in the places the README lists, run through the
core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED); ordinary shop
data close to the rules (dates on orders, product names with street words, codes after labels, prices with currency
words) must still go out, and what the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_8 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())

# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "Tagalog words not of the spelled-address words nor of the salutations (README: `one language of the key "
    "lexicon, or of Icelandic, ...`), with values no shape rule reads (a name alone)": [
        "mail Filipino words for at and dot @", "name Filipino salutation @"],
    "a date of birth not right after its label (README: `the date must follow the label`; `maybe one word "
    "between`)": ["dob birth label after the date @", "dob born label with two words between @"],
    "four dotted hex numbers without `0x` (README: `four dotted hex numbers without 0x ... are not claimed: no browser "
    "or resolver reads them as an address`)": ["ip IPv4 as dotted hex without 0x @"],
    "an address in two attributes of one HTML tag (README: `pieces in two attributes of one tag are not joined`)": [
        "combo address in data attributes @"],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "eighth", cases=(500, None),
                              families=["combo", "dob", "id", "ip", "key", "keyval", "mail", "name", "phone", "postal",
                                        "ua", "url"],
                              readme_test=False))
