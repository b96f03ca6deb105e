"""A seventy-fifth outside attack (tests/privacy_attack_cases_75.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): children. School and nursery sites, parents'
apps and payment portals, after-school clubs, holiday camps, tutoring, music lessons, swimming classes, children's
parties, uniform shops and school photos, in seventeen countries (issue 16). About 300 ordinary cases (class and year
names, term dates, clubs and camps, lesson levels, uniform products and sizes, lunch menus, trips, schools as public
institutions, staff titles without names, photo packages, fees, help pages, in a dozen languages and scripts), which
must go out whole; and about 150 personal cases putting a child's or a family's own data in the same leaves (a
child's name with a date of birth, an age and a class, a parent's mail and phone, an emergency contact, a pupil's
number, allergies tied to a name, a pickup person, name labels, school photo orders, tutors' notes, party
invitations with an address, payment references, links and keys), each with a made-up marker (`Vellquarrin`,
`Brommivar`, `583917`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_75 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a pupil's report after a bare `Report:` (by choice: a news report's, a match's or a product's label as often,
    # `Report: Boris Johnson resigns`; key_lexicon.TEACHING_RECORDS reads a school's report by its own words)
    "a pupil's report after a bare label": ["tutor uk reading age @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a school photo's order or file (`School photo order – …`, `IMG_<Given>_<Family>_schoolphoto.jpg`), a fee and a
    # pupil's name with no transfer's label (`Lunch money – … – £23.40`, `Payment ref: <FAMILY> <I> 4O dinner money`),
    # a photo proof's slug (`/proofs/583917/<family>-<given>`)
    "names with no label or salutation": [
        "photo uk order @", "photo uk class photo @", "photo de schulfoto @", "photo fr photo de classe @",
        "photo it foto @", "photo uk file family first @", "photo uk file img @", "photo nl schoolfoto @",
        "payment uk dinner money @", "payment uk lunch money @", "link photo proof @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "seventy-fifth", cases=(140, 160), family_count=(0, 14),
                              ordinary=(290, 330)))
