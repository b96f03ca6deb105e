"""An eighty-fifth outside attack (tests/privacy_attack_cases_85.py, written blind from the README's promises,
without reading the gate's code, its reference nor the earlier attacks' cases): telehealth, online pharmacies and
mental-health apps (Doctolib, TK-Doc, Teladoc, Kry, Zava, Pharmacy2U, DocMorris, BetterHelp, Talkspace, Practo, Tata
1mg, eSanjeevani, Conexa Saúde, 1177, Helsenorge, Kanta, the NHS App; issue 16). About 330 ordinary values (platforms
and apps, medicines with their strengths and packs, drug and diagnosis codes, plans and prices, slots, statuses,
guidance pages, ministers and doctors in the news, pharmacies and hospitals with their towns, directories' searches,
lab tests, therapies, insurers, in several languages), which must go out whole; and about 160 personal cases putting
a patient's own data in the same leaves (health insurance numbers and national ids after their labels, by their
layouts or alone, e-prescriptions, video consultations' and therapists' bookings, sick notes, lab results, claims, mood
journals, documents' file names, video rooms' links, a patient's keys by language, searches), each with a made-up
marker (`Thulvenmarch`, `659173`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_85 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a medical document's file named after its patient in lower case, a slug's words (`laudo-hemograma-given-
    # family.pdf`): no case tells the name from the document's own words there (`laudo-hemograma-completo-modelo.pdf`;
    # closer 182 left it)
    "medical file named after its patient": ["file laudo @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a full name in running text or a search box's lower case, or a room's slug, with no label (`Mood 3/10 – fight
    # with Given Family again`, `given family blutwerte`, `Room: family-…`; `psychologe termin für given family` is
    # refused since closer 199: a lower-case name after `für`, lower_case_names.titled)
    "names with no label or salutation": ["journal mood entry naming someone @", "booking room with name and number @",
                                          "search own name and results @", "search name and pharmacy order @"],
    # a KVNR, a BSN or a CPF's digits alone in an id (`T659…`, `659…` as a content id, an event id, a content's id)
    "short national numbers with no label": ["bare KVNR @ content ids", "bare BSN @ event id",
                                             "bare CPF digits @ contents id"],
    # an NHS number's ten digits or a CNS's fifteen alone, unbroken and unlabelled, in text and in ids (`6591731008`,
    # `765917300420002`): one number in eleven passes a modulus 11 check, an order's or a product's id as often
    # (closer 182)
    "a health insurance number alone, unbroken and unlabelled": ["bare NHS number @", "bare CNS @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "eighty-fifth", cases=(155, 160), family_count=(12, 12),
                              ordinary=(320, 330)))
