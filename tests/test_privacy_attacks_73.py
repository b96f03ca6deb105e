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
LEAKS: Dict[str, List[str]] = {
    # an honorific before a full name in a quote step's title (`Your details – Mr … …, is this right?`)
    "honorific in a quote step's title": ["holder honorific in step title @"],
    # a UK plate after a lower-case `registration` in a quote's title (`Your vehicle – registration KQ19 ZVX – …`)
    "plate after a registration's word": ["plate uk after registration label @"],
    # German's additional driver (`Zusatzfahrer: … …`), where `Additional driver:` and `Fahrer:` are caught
    "additional driver in German": ["driver german additional driver @"],
    # a German policy's number after its word (`Versicherungsscheinnummer: 58.307.104-K`)
    "policy number after German's label": ["policy german versicherungsschein @"],
    # a claim's URL naming its claimant after `/claimant/` (`…/claims/694182/claimant/<given>-<family>`): as the
    # page's URL or referrer too
    "claimant's slug in a pasted link": ["claim claim slug @"],
    # a third party's label, a full name and a plate's label (`Third party: … …, vehicle reg. LM68 QZT, insurer …`)
    "third party's name and plate": ["third third party label @"],
    # whom a loss adjuster's visit is booked for (`Loss adjuster visit booked for … … – 14 May, 10:00`)
    "visit booked for a full name": ["visit adjuster booked for @"],
    # a cancellation confirmed for a full name (`Cancellation confirmed for … … – policy HX/715293`)
    "cancellation confirmed for a full name": ["complaint cancellation for @"],
    # a police crime reference after its label, by language (`Crime reference number: 46/826304/26`,
    # `récépissé de plainte : PV …`, `Número de denuncia: …`, `Police report no. 2026-…`)
    "crime reference after its label": ["crime uk crime reference @", "crime french proces verbal @",
                                        "crime spanish denuncia @", "crime police report @"],
    # a claim's treatment for a full name (`Health claim 694182 – physiotherapy for … … (knee)`)
    "treatment for a full name": ["medical physio claim @"],
    # a certificate's file named after its holder (`Certificate_<Given>_<Family>_2026.pdf`)
    "certificate file named after its holder": ["renewal certificate file @"],
}

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
    # an insurer's, a breakdown service's or an ombudsman's public line: a phone by its shape (UK 0300/0800, German
    # 0800, French 0 800)
    "a public helpline's number": [
        f"public numbers: {value} @ {where}" for value in (
            "Action Fraud 0300 123 2040", "Claims line 0800 123 4567", "Pannenhilfe 0800 5 10 11 12",
            "Assistance 24h/24 : 0 800 05 05 05", "Financial Ombudsman Service 0800 023 4567")
        for where in ("page title", "custom property")],
    # a company after an owner's label (`Owner: Allianz SE`)
    "a company after an owner's label": ["labels with no person: Owner: Allianz SE @ page title",
                                         "labels with no person: Owner: Allianz SE @ custom property"],
}


globals().update(attack_tests(globals(), "seventy-third", cases=(140, 160), family_count=(0, 16),
                              ordinary=(290, 320)))
