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
    # a health account's address, a handle `@` a domain with no top-level domain, after its label (India's ABHA
    # address, `ABHA address given.family@abdm`)
    "ABHA address": ["healthid ABHA address @"],
    # a prescription's or a treatment request's number, then the patient after a dash (`Rx #… ready for pickup –
    # FAMILY, GIVEN`, `Zava – Behandlungsanfrage #… – Given Family`)
    "record number and patient": ["prescription Rx ready family first @",
                                  "prescription Behandlungsanfrage with number @"],
    # a patient's name after its label in Devanagari (`पर्चा – रोगी का नाम: …`)
    "Devanagari patient label": ["prescription prescription in Devanagari @"],
    # whom a video consultation or a therapy session is booked for, or who waits in its room (`Rendez-vous vidéo
    # confirmé – Given Family, 14/01/2026`, `Session booked: Given Family with her therapist`, `Intake form – Given
    # Family (new client)`, `Given Family has joined the waiting room`)
    "consultation booked for": ["booking rendez-vous vidéo confirmé @", "booking session booked with @",
                                "booking intake form @", "booking waiting room joined @"],
    # an honorific before a family name in running text (`Videoconsult huisarts – mevrouw …, 14 januari`; `Wartezimmer:
    # Frau … wartet auf die …` is read since closer 183)
    "honorific and family name": ["booking videoconsult mevrouw @"],
    # an ampersand after the name, bare or an HTML entity's (`Befund f&uuml;r Frau Given Family &ndash; Video…`;
    # with `–` written out the name is caught)
    "ampersand after the name": ["booking HTML entities in a title @"],
    # a sick note made out to its patient, after the note's word, `for` or a dash (`Fit note for Given Family – not
    # fit for work`, `Parte de baja IT – Family, Given`, `Ziekmelding Given Family per …`, `Atestado médico – …`)
    "sick note made out": ["sicknote fit note for @", "sicknote parte de baja @", "sicknote ziekmelding @",
                           "sicknote sykmelding for @", "sicknote atestado médico @"],
    # a lab result or a questionnaire's score made out to its patient (`Lab results – Given Family – HbA1c 6.1 %`,
    # `Uitslag bloedonderzoek I. Family – Saltro`, `Provsvar för …`, `PHQ-9 score 14 – Given Family`)
    "result made out": ["lab lab results with a value @", "lab uitslag bloedonderzoek @", "lab provsvar för @",
                        "journal PHQ-9 score @"],
    # a journal made out to its writer (`Stimmungstagebuch von Given Family – Januar`, `Diario emocional de …`)
    "journal of its writer": ["journal Stimmungstagebuch von @", "journal diario de @"],
    # a child after `my son`, with an age and a symptom (`Symptom check for my son Given Family, 6, fever 39.2`)
    "child of the writer": ["journal symptom check for my son @"],
    # a medical document's file named after its patient, either order, any case (`Ordonnance_FAMILY_Given_….pdf`,
    # `eAU_…`, `Laborbefund_Family_2026-01-14.pdf`, `laudo-hemograma-given-family.pdf`, a DICOM, a photo)
    "medical file named after its patient": ["file ordonnance @", "file eAU @", "file Laborbefund @", "file referto @",
                                             "file laudo @", "file DICOM @", "file photo for the doctor @"],
    # a patient's or a journal's author's key of other languages holding a name, under the key and as `key=value`
    # text (`rogi_ka_naam`, `potilaan_nimi`, `pasientnavn`, `journal_author`)
    "patient name keys": ["keyed rogi_ka_naam @", "keyed potilaan_nimi @", "keyed pasientnavn @",
                          "keyed journal_author @"],
    # Brazil's health card number under its key (`cartao_sus=765…`)
    "health card key": ["keyed cartao_sus @"],
    # a health number alone by its check digits, in text and in ids (an NHS number's modulus 11, a CNS's weighted
    # sum: `6591731008`, `765917300420002`)
    "health number alone": ["bare NHS number @", "bare CNS @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a full name in running text or a search box's lower case, or a room's slug, with no label (`Mood 3/10 – fight
    # with Given Family again`, `given family blutwerte`, `psychologe termin für given family`, `Room: family-…`)
    "names with no label or salutation": ["journal mood entry naming someone @", "booking room with name and number @",
                                          "search own name and results @", "search booking for oneself @",
                                          "search name and pharmacy order @"],
    # a KVNR, a BSN or a CPF's digits alone in an id (`T659…`, `659…` as a content id, an event id, a content's id)
    "short national numbers with no label": ["bare KVNR @ content ids", "bare BSN @ event id",
                                             "bare CPF digits @ contents id"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # an Italian medicine's AIC code, nine digits opening on 0, typed into a search
    "AIC code in a search": ["codes: AIC 012745093 @ search string"],
}


globals().update(attack_tests(globals(), "eighty-fifth", cases=(155, 160), family_count=(12, 12),
                              ordinary=(320, 330)))
