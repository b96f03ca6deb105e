"""A twenty-fourth outside attack (tests/privacy_attack_cases_24.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): shoppers in Hyderabad, Bengaluru, Kochi, Ahmedabad, Pune,
Amritsar and Karachi, in Erbil, Diyarbakır, Ürümqi, Kazan, Ufa, Grozny, Brooklyn, Auckland, Asunción and Port of
Spain, and Esperanto speakers: their names, phones in their scripts' digits, ids with check digits computed here and
addresses as they write them; structured texts pasted into a field; near misses of the twenty-third attack's rules;
in the leaves of Meta's payload the README maps, in Meta's own fields and in the fields whose failure is an `Err`,
run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_24 import Case, cases, ordinary_cases, second_cases, second_ordinary_cases

CASES: List[Case] = cases() + second_cases()
ORDINARY = [*ordinary_cases(), *second_ordinary_cases()]


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "name": [
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # (`EM DIC JORDI PUIGVERDALET` as the whole text, a query value or a user agent's field: `MERA NAAM KURTA SET`)
    "a self-introduction and a name in capitals opening the text: product titles in capitals open so": [
        "name Catalan self-introduction in capitals @",
    ],
    "corner `Palma 1234 c/ Alberdi, Asunción` (`c/` is `con` in a title: `Termo 1000 c/ Bombilla, Negro`)": [
        "postal Asuncion calle @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # capitalized words after a name label, Esperanto's as English's (the README accepts `Name: Classic Tee`)
    "name label before a product": [
        "ordinary 086 Nomo: Classic Tee @ custom property",
        "ordinary 086 Nomo: Classic Tee @ page title",
    ],
    # the twenty-third attack's honorific before a name ended by a dash, read in a toy's title
    "honorific and dash": [
        "ordinary second 000 Wish list of Mr. Potato  @ custom property",
        "ordinary second 000 Wish list of Mr. Potato  @ page title",
    ],
    # a Catalan self-introduction opening a product's title
    "self-introduction": [
        "ordinary second 008 Em dic Flors del Mediter @ custom property",
        "ordinary second 008 Em dic Flors del Mediter @ page title",
    ],
}


globals().update(attack_tests(globals(), "twenty-fourth", cases=(400, None),
                              families=["err", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
