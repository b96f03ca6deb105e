"""A twentieth outside attack (tests/privacy_attack_cases_20.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): shoppers in Kinshasa, Douala, Luanda, Maputo, Harare and Lusaka, in
Kathmandu, Dhaka, Thimphu, Malé, Kabul, Bishkek, Dushanbe and Ashgabat: their phones in local layouts and digits,
mobile-money texts, ids after their labels, addresses and names as they write them; data as marketing, e-mail and
analytics tools leak it (tracking parameters, UTM fields, merge tags, base32, base58, hex, base64 and JWTs); near
misses of the newest rules, in the leaves of Meta's payload the README maps and in the fields whose failure is an
`Err`, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_20 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a person's name written without a salutation or a personal label before it": [
        "name referral code from a name @",
    ],
    "an honorific and a name with no mark around them": [
        "name chiefly title Zambia @",
        "name chiefly title Zimbabwe @",
        "name Mama title @",
        "name okina after Mrs @",
    ],
    # (`a name after an informal greeting`: the merge tag's `Hi …!`, one word called, closer 90)
    "a Nepali \"I am\" before a name without a word for a name": [
        "name Nepali म हुँ @",
    ],
    "a number of 14 to 16 digits alone with no check digit nor printed layout to read": [
        "id Kyrgyz PIN alone @",
    ],
    "a number of 17 digits alone with no check digit nor printed layout to read": [
        "id Bangladesh NID 17 alone @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "capitalized words after a personal label (accepted by the README)": [
        "near misses Name: Classic Wax @ page title",
        "near misses Name: Classic Wax @ content_name",
        "near misses Nom: Pagne Super Wax @ page title",
        "near misses Nom: Pagne Super Wax @ content_name",
        "near misses Ishina: Chitenge Print @ page title",
        "near misses Ishina: Chitenge Print @ content_name",
    ],
    "words after a personal label in a script without capitals (accepted by the README)": [
        "titles नाम: ढाका टोपी @ page title",
        "titles नाम: ढाका टोपी @ content_name",
        "titles नाम: ढाका टोपी @ contents title",
    ],
}


globals().update(attack_tests(globals(), "twentieth", cases=(400, None),
                              families=["err", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
