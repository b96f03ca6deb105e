"""A sixty-fifth outside attack (tests/privacy_attack_cases_65.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): food, restaurants' table bookings, food
delivery, grocery delivery and click & collect, meal kits, bakeries' custom cakes, caterers, supermarkets' loyalty
cards, nutrition and diet shops (issue 16). About 300 ordinary cases (dishes and menus, allergens as a product's
attributes, SKUs, EAN/GTIN barcodes, PLU codes, lot numbers, store ids, delivery slots, promo codes, order and table
numbers, recipe and restaurant URLs, in nine languages), which must go out whole; and about 150 personal cases putting
a diner's own data in the same leaves (a booking's guest, a cake's inscription with a birthday, delivery
instructions with a door code and a phone, riders' notes, an allergy or a medical diet tied to a person, loyalty
cards with their checks, a catering contact, addresses in zone checks, receipt links, signed reviews, gift messages),
each with a made-up marker (`Quastrindel`, `Oskwantel`, `472619`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_65 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a surname in brackets in a lunch order, a cake photo's file named after a person, a booking's or a receipt's slug
    # in a URL's path (`/reservations/R8K2Q/…`)
    "names with no label or salutation": ["catering lunch order name list @", "cake photo upload @",
                                          "booking manage slug @", "receipt surname path @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "sixty-fifth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
