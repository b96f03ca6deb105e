"""An eightieth outside attack (tests/privacy_attack_cases_80.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): banking and fintech apps, neobanks, money
transfer and payment apps, buy now pay later and budgeting (issue 16). About 300 ordinary cases (plan and card names,
savings pots, merchants as statements print them, amounts, exchange rates, KYC steps, fees, categories, promo codes,
statuses, payment schemes, banks' own codes, help pages, in eleven languages), which must go out whole; and about 150
personal cases putting an account holder's or a counterparty's data in the same leaves (payees and payers on
transfers and statement lines, IBANs, sort codes and account numbers, cards, PIX keys, UPI ids, cashtags and handles,
P2P apps' phone numbers, split bills, payment requests, transfer references, KYC documents, referral links, a
counterparty under its own key), each with a made-up marker (`Vrankowelt`, `Glimbersoll`, `583914`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_80 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a referral or invite link whose path or code is the referrer's name (`revolut.com/referral/<name><digits>`,
    # `join.monzo.com/c/<given>-<family>`, `wise.com/invite/ih/<name>`, `?code=<FAMILY><digits>`)
    "a referral link carrying the referrer's name": [
        # (closer 184 closed Revolut's: a referral route's code of letters and digits, person_routes.REFERRAL_WORDS)
        "referral N26 @", "referral Monzo @", "referral Wise @", "referral bunq @",
        "referral Nubank @", "referral Klarna @"],
    # a Cash App $cashtag by its grammar (`$` before letters is no amount: `$BrantleeQuorvenshaw`, `$bquor…583914`)
    "a $cashtag": ["handle cashtag @", "handle cashtag with digits @"],
    # a P2P app's mobile after the app's name and a preposition (`Vipps til 958 39 147`; `Vipps: …` is caught)
    "a P2P app's phone after its name and `til`": ["phone Vipps number @"],
    # a codice fiscale after its label whose check letter is mistyped (the label alone should do, as for a tax id)
    "a labelled codice fiscale with a wrong check": ["kyc Italian codice fiscale with a typo's check @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a tenant's surname alone in a rent transfer's reference (`Rent Nov – … flat 3`)
    "names with no label or salutation": ["reference English rent @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "eightieth", cases=(140, 160), family_count=(0, 16), ordinary=(290, 330)))
