"""A sixty-sixth outside attack (tests/privacy_attack_cases_66.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): motoring and home services. Car dealers and
used-car marketplaces, car insurance quotes and claims, garages' service and roadworthiness test bookings, tyre shops,
parking and fines, car subscriptions; movers, cleaners, plumbers, electricians, locksmiths, handymen, appliance repair
(issue 16). About 300 ordinary cases (makes, models and trims, engine codes, OEM and aftermarket part numbers, tyre
sizes, oil specs, service plans, insurance products and excesses, job types and slots, service areas by post code
district, promo codes, stock and listing ids, listing and service URLs, in nine languages), which must go out whole;
and about 150 personal cases putting a driver's or a householder's own data in the same leaves (a VIN with its check
digit, a registration plate in eight countries' layouts, driving licence numbers, policy and claim numbers with a
name, a driver's date of birth and no-claims years, a garage booking's name and phone, a mover's old and new address,
a locksmith's door address and access code, a plumber's phone, a fine's reference with the plate, signed reviews),
each with a made-up marker (`Brastelwick`, `Yorvenna`, `Ovelstrand`, `583617`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_66 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a surname in a contract's path (`/vertrag/…/brastelwick/dokumente`)
    "names with no label or salutation": ["policy policy documents path @"],
    # a search's lower-case street line and post code among other words as a product's id
    "in ids a whole one, not one among other words": ["move lower case search @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "sixty-sixth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
