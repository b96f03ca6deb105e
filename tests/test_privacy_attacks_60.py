"""A sixtieth outside attack (tests/privacy_attack_cases_60.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): legal services, courts, notaries, immigration
offices and public administration. About 300 ordinary cases (statutes and articles, public case law and ECLI
identifiers, form numbers, fees and services, offices and opening hours, landing URLs, in nine languages), which must
go out whole; and 158 personal cases putting a person's own matter in the same leaves (court cases with the parties,
client files, notary deeds, powers of attorney, divorce and custody filings, visa and residence-permit applications,
appointment bookings, civil-status certificates, criminal record extracts, fines, tax letters, benefit claims), each
with a made-up marker (`Oriane Vandrelkamp`, `Quesnoy-Tabard`, `481726`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_60 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim, by the sentence that says so.
# (closer 118: parties' names in a case's title after its docket's number or its filing's word, and a file's subject
# after its number, are read by case_titles.py)
NOT_CLAIMED: Dict[str, List[str]] = {}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a landing URL's query cut at a parameter whose key names a region (`provincia=28`, a Spanish province's code): a
    # region alone stays personal under its key, the visitor's not told from a market by value (README, rule 3);
    # (closer 117: a town's key holding a kind of area, `ort=innerorts`, goes out: personal_keys.AREA_KINDS)
    "legal url": [f"legal url: {url} @ {where}" for url in (
        "https://boutique.example.de/cita-previa/tramite/policia-toma-de-huellas?provincia=28",)
        for where in ("page url", "referrer")],
}


globals().update(attack_tests(globals(), "sixtieth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
