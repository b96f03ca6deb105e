"""A fiftieth outside attack (tests/privacy_attack_cases_50.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): the newest promises. A VIN by its check digit
and after its label, a plate after its label, an id after its holder's label (member, patient, policy, frequent
flyer), a Medicare MBI, an airline e-ticket after its label, TRON's and Solana's wallets and other networks', providers'
secrets by their format (GitHub, Stripe, Slack and their neighbours), a review's author before its rating, a person's
gender and age beside a product's audience, names and address lines in an export's row, a customer's number and the
visitor's own id after a label: about 450 cases in the lexicon's languages and scripts, other layouts, encoded and in
URLs, and 120 ordinary values of the same shapes that must keep going out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary data that the gate
drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_50 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # VINs, plates, ids after a holder's label, Medicare MBIs and customers' numbers are caught (closer 88); a review's
    # author before its rating in a JSON property's HTML entities, genders and ages in Portuguese, Hindi and Arabic,
    # an export's rows in Japanese and without a post code are caught (closer 89)
}

# What leaks today and the README or the reference says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name after its rating (`★★★★★ Petra Quendrix`): the README's review rule reads an author before its rating
    "names with no label or salutation": ["review rating first @"],
}

# Ordinary data the gate drops today, by family: a test's id. (A department's words after a gender's label, Polish
# `Płeć: damskie` and Turkish `Cinsiyet: Kadın`, go out: closer 89.)
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "fiftieth", cases=(430, 460), family_count=(11, 11), ordinary=(110, 130)))
