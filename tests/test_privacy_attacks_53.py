"""A fifty-third outside attack (tests/privacy_attack_cases_53.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): a shop's site search and Meta's `Search` event
(issue 16). What people type into a search box leaves as the Search event's `search_string`, in the search page's URL
(`?q=`, `?s=`, `?search=`, `?k=`, `/search/<terms>`, `#q=`), as the next page's referrer and in the results page's
title: about 300 ordinary cases (78 queries as shoppers type them: products with sizes and models, EANs, ISBNs, typos,
all caps, operators and filters, order and tracking numbers, dates, sizes, ingredients, medicines and doses, car
parts, thirteen languages and their scripts, each in the four places), which must go out whole; and about 150
personal cases putting a shopper's own email, phone, name, address, post code with its street, national id, card or
IBAN into the same box, spelled as search boxes get them (lower case, no spaces, `+` for blanks, percent-encoded,
next to `order` or `my account`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary queries that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_53 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
# (closer 96 closed the five families this attack left: an address and a post code with its street typed into a
# search box, a national id alone in a search path, a NINO after `my account`, a mail's signs left out)
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name alone (`quendrix tarvenholm`), after `order`, `my account` or `bestellung`, or with `+` for blanks before
    # `order status`: in every place
    "names with no label or salutation": ["name alone @", "name order @", "name my account @",
                                          "name german order @", "name plus @"],
    # `mrs quendrix tarvenholm` as the whole search string (standard) and a `?search=` or `?k=` value
    "an honorific and a name as the whole text": ["name honorific @"],
}

# Ordinary queries the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "fifty-third", cases=(140, 160), family_count=(0, 12), ordinary=(290, 340)))
