"""A seventy-fourth outside attack (tests/privacy_attack_cases_74.py, written blind from the README's promises,
without reading the gate's code, its reference nor the earlier attacks' cases): real estate, property portals',
estate and letting agents' and mortgage brokers' pages (issue 16). About 330 ordinary cases (listing titles, a
listing's street and district as a portal prints it, agents' branches, search filters, energy ratings, mortgage
products and rates, property ids, help pages, portal URLs and keys, in many languages), which must go out whole; and
about 150 personal cases putting a person's own data in the same leaves (a viewing's booker, a tenant's application,
home address, employer, salary and bank, a guarantor, a deposit's reference, a landlord's phone, a maintenance
request, a mortgage applicant's birth date, income and tax ids, a conveyancing case, a saved search's alert link),
each with a made-up marker (`Quorrendal`, `Mirnavelk`, `583174`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_74 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a payer or a bidder after `by`, `paga por`, `from`, `door` (`Rent paid … by I. …`, `Bod uitgebracht door T. …`)
    "names with no label or salutation": ["deposit standing order @", "deposit caucao br @", "conveyancing offer @",
                                          "conveyancing bod @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "seventy-fourth", cases=(140, 160), family_count=(0, 12),
                              ordinary=(290, 340)))
