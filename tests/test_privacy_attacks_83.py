"""An eighty-third outside attack (tests/privacy_attack_cases_83.py, written blind from the README's promises,
without reading the gate's code, its reference nor the earlier attacks' cases): public services and e-government
portals (GOV.UK, HMRC, DVLA, USCIS, IRS, ELSTER, Bürgeramt, ameli, CAF, Agencia Tributaria, INPS, DigiD, ePUAP,
Skatteverket, gov.br, SAT, DigiLocker, myGov; issue 16). About 250 ordinary values (services' and forms' names, form
numbers, offices with their towns, slots, fees, deadlines, status words, guidance pages, officials in the news, in
several languages), which must go out whole; and about 140 personal cases putting a citizen's own data in the same
leaves (national ids and tax numbers after their labels, a case's reference with a name, a claimant's name and address,
a visa applicant's passport, a driving licence, a vehicle's keeper, a council tax account, a booking, a certificate's
names, a voter's details, a form's prefilled link), each with a made-up marker (`Pellquarde`, `604718`); run
natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_83 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a bill made out to a person after its period and a dash (`Council Tax bill 2025/26 – …`) as a custom event name:
    # a borough's or a page's title-case words take the same place (`… – Tower Hamlets`, `… – Payment Options`)
    "a council tax bill's payer": ["civic council tax name @ custom event name"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name between a prefecture's appointment and its date (`Rendez-vous Préfecture de Lyon – … – 15/01/2026`), a
    # full name in lower case typed into a portal's search (`geburtsurkunde …`, `… universal credit`)
    "names with no label or salutation": ["civic préfecture rendez-vous @", "search certificate for a name @",
                                          "search name and benefit @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "eighty-third", cases=(120, 140), family_count=(8, 8), ordinary=(240, 260)))
