"""A forty-seventh outside attack (tests/privacy_attack_cases_47.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): the families attacks 44 to 46 did not touch, as values in every leaf
the README maps under each `meta_custom_data` and `meta_url_query` setting: a mail address or a phone number in links
of every scheme (`mailto:`, `tel:`, `sms:`, `whatsapp://`, `intent://`, app deep links, `data:` URIs, redirect chains
encoded at each level, fragment routes, matrix parameters, user info, relative paths, hosts), dates of birth, ages and
genders after labels in many languages, a delivery's place at a house's precision (coordinates, plus codes,
what3words, geohashes, map links), and devices and accounts (MAC addresses, IMEIs, advertising ids, logins, passwords
and API tokens echoed); the same fields holding nothing personal must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README or the
reference says it does not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there);
ordinary data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_47 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README or the reference says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name in a shop's host (`https://pellam-quendrisk.myshopify.com/account`; a name with an age and a town, `…,
    # 38, Leeds`, is read since closer 156: record_names.AGED_OPENING)
    "names with no label or salutation": ["link host name slug @"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "forty-seventh", cases=(350, 450),
                              families=["birth", "device", "geo", "link"], ordinary=(80, 120)))
