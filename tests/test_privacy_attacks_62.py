"""A sixty-second outside attack (tests/privacy_attack_cases_62.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): charities' donation, Gift Aid, tribute,
sponsorship and volunteer pages, and pet sites (vets' bookings, microchips and pet passports, pet insurance, breeders
and rehoming, lost-and-found posts, grooming and pet-sitting). About 300 ordinary cases (appeals, campaign codes, fund
names, charity numbers, breeds, pet foods and medicines, vaccines and batches, tariffs, SKUs, GTINs, landing URLs),
which must go out whole; and about 150 personal cases putting a donor's or a pet owner's own data in the same leaves,
each with a made-up marker (`Varrowind`, `583914`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_62 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a fifteen-digit microchip alone (no check digit, no label) as an id and in a URL path's segment
    "numbers with no check digit and no label in ids": ["pet chip alone @"],
    # a name with no label: a fund named for the deceased, a funeral collection `for` a name, a sponsorship page's
    # title, a possessive, a sentence, `Unterstützen Sie`, `Help …`, `confirmed for`,
    # `(owner …)`, `paid by E. …`, `to new owner …`, a tax receipt `for` a name, a pet's name
    # with the owner's surname after `Pet:`, a fundraiser's or the deceased's name in a page's slug (no life's years)
    "names with no label or salutation": [
        "tribute memorial fund @", "tribute funeral collection @", "sponsor page title @", "sponsor possessive @",
        "sponsor running for @", "sponsor unterstuetzen @", "sponsor crowdfunder @ custom event name",
        "vet groomer @", "adopt deposit @", "adopt kc transfer @",
        "donor us tax receipt @", "policy pet record @", "url fundraising slug @",
        "url in memory page @",
    ],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}

globals().update(attack_tests(globals(), "sixty-second", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
