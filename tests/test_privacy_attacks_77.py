"""A seventy-seventh outside attack (tests/privacy_attack_cases_77.py, written blind from the README's promises,
without reading the gate's code, its reference nor the earlier attacks' cases): pets and animals. Vets' booking pages
and practice portals, pet shops and food subscriptions, pet sitters and dog walkers, breeders' contracts, microchip
and pet-passport registries, lost-and-found posts, adoption from shelters (issue 16). About 300 ordinary cases (pet
food and accessories, breeds, ages and weights as a product's attributes, appointment types, clinics, opening hours,
subscription intervals, posters' generic words, help pages, codes, in several languages), which must go out whole;
and about 150 personal cases putting an owner's data in the same leaves (a booking's owner, a sitter's message, a
lost-pet post, a puppy contract, an adoption form, a microchip's number, a pet passport's, an engraved tag, a vet's
client number, an insurance policy, a signed review, a pet's name with its owner's surname, an owner's slug in a
route), each with a made-up marker (`Pellquarn`, `Oxquelle`, `738215`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_77 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a sitter's review signed with a full name: `review by …`, `5/5 – …, Hamburg`, stars, a dash, a name and an aside
    # in brackets, a katakana name after `★5`
    "a sitter's review signed with a full name": [
        "review review by a name @", "review German rating, name and town @", "review Portuguese stars and a tutor @",
        "review Japanese stars and katakana name @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a pet's name and its owner's surname in a clinic's record, no label (`Bella <Family> – rabies booster`,
    # `Rex (<Family>) – castration 12/03`)
    "names with no label or salutation": ["record pet and surname before a treatment @",
                                          "record surname in brackets after the pet @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "seventy-seventh", cases=(140, 160), family_count=(10, 12),
                              ordinary=(290, 320)))
