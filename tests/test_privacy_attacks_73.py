"""A seventy-third outside attack (tests/privacy_attack_cases_73.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): insurance, insurers' and comparison sites'
pages for car, home, travel, pet, health, life and phone cover, quotes, policies and their documents, claims,
cancellations and complaints, in seventeen countries (issue 16). About 300 ordinary cases (cover levels, excesses,
add-ons, quote steps' titles, makes and models, breeds, claims' generic words, insurers, brokers, regulators and
ombudsmen, FAQ titles, promo codes, product and help pages' URLs), which must go out whole; and about 150 personal
cases putting a policyholder's, a driver's, a claimant's, a third party's, a witness's or a pet owner's data in the
same leaves (names, emails, phones, dates of birth, addresses, plates, licences, policy, claim and crime reference
numbers, a medical detail tied to a name, a payout's IBAN, renewal links), each with a made-up marker (`Quorvandel`,
`Brelliskow`, `583071`, `KQ19 ZVX`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_73 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share (each family's value leaks in every
# text place tried: a custom property, a page's title, a product's id, an order id, a URL's path and query).
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a third party's plate in a claim's story (`Hit by a blue Vauxhall Astra LM68 QZT on the A64`)
    "a licence plate or a passport's number with no label": ["unlabelled plate in a claim's story @"],
    # a neighbour named after a dash in a claim's story
    "names with no label or salutation": ["unlabelled name in a claim's story @"],
    # a home's street line in a quote's slug, without its post code (`/quote/27-pellquarn-road-leeds`)
    "an address in a URL slug": ["unlabelled address in a quote's slug @"],
    # a policy's eight digits as an order's id
    "numbers with no check digit and no label in ids": ["unlabelled policy number as order id @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # the UK's 0300 line (`Action Fraud 0300 123 2040`): its digits and grouping are Pakistan's mobile's too (`Ali Khan
    # 0300 123 4567 Lahore`), so no plan's range reads it as a business's (closer 158 reads 0800, Spain's and Italy's
    # 900/800; closer 163's release by grouping was withdrawn)
    "a public helpline's number": [f"public numbers: Action Fraud 0300 123 2040 @ {where}"
                                   for where in ("page title", "custom property")],
}


globals().update(attack_tests(globals(), "seventy-third", cases=(140, 160), family_count=(0, 16),
                              ordinary=(290, 320)))
