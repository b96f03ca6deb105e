"""Closer 161: attack 75's children (schools, nurseries, clubs, parents' apps), claimed by rule, by meaning and by
language.

- role_labels.PICKUP_PEOPLE: who collects a child, as a parents' app labels it by language (`Pickup:`,
  `Abholberechtigt:`, `Persona autorizzata al ritiro:`, `Osoba upoważniona do odbioru:`, `お迎え：`), before a full
  name; role_labels.a_pickup_place, role_labels.PICKUP_PLACES_AND_TIMES: after the bare pickup's label a shop, a
  station, a time or a town is an order's or a ride's pickup (`Pickup: Store 12 – Leeds`, `Pickup: Heathrow Airport`).
- named_in_text._DAY_ADVERB: a hand-over phrase holding a day's adverb is a log's line even as the whole text
  (`Collected today by …`).
- postal._LABELLED: a bracket glued after a name in kana or kanji ends it (`お迎え：… …（祖父）`).
- key_lexicon.PICKUP_PEOPLE, key_lexicon.CHILD_NAME_PAIRS: a pickup person's key (`pickup_person`,
  `abholberechtigte_person`), a child's and a name's word of the languages spelling a child `kind` or `barn`
  (`naam_kind`, `kind_naam`, `barnets_namn`; not English's `kind_name`).
- record_names.TAUGHT_NOTED, key_lexicon.TEACHING_RECORDS: a lesson's, a tutor's, a teacher's notes, report or
  assessment by language made out to a full name, the record going on after it (`Lesson notes for …: Grade 2 piano`,
  `Nachhilfe – …: Mathe`, `Swimming assessment – … passed Stage 3`); record_names._SCHOOLING_WORDS: a school's, a
  subject's or a resource's words are no pupil (`Report: Ofsted Inspection`).
- named_diets.HEALTH_STEMS (children's conditions and medication: `ADHD`, `dyslexia`, `Medicatie`, `inhaler`) and
  named_diets._OF: whose condition it is by language (`Alergia de …:`).
- record_names.LABELLED_KIT, key_lexicon.NAME_LABELS, key_lexicon.SCHOOL_KIT: a name label's words by language, a school
  kit's print or a personalisation's name (`Book bag print:`, `Embroidered name on jumper:`) before a full name in any
  case or an initial and a family name in capitals; record_names._KIT_DESIGNS: a design, a colour or a pack is none.
- labelled_values.PUPIL_NUMBER_WORDS (member_number_reason): a pupil's or a student's number's label by language
  (`UPN`, `NIA del alumno`, `Matricola studente`, `Admission No.`) before maybe a letter and five to thirteen digits;
  a class list's place goes out (`Roll No. 17`).
- detector._BIRTH_WHOLE: "born" in Polish `ur.`, Czech and Slovak `nar.`, Hungarian `szül.`, Danish and Norwegian
  `født` before a date.
- person_routes.SCHOOL_RECORD_PAGES (a report's singular, a nursery's diary, a progress page) after a child's word and
  a name's slug or a pupil's number (`/children/<slug>/report`, `#/kinder/<slug>/tagebuch`, `/students/<n>/grades`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, person_routes, personal_keys

PICKUP_PEOPLE = [
    "Pickup: Haskeld Brommivar (grandad) on Fridays", "Pick-up person: Orsolya Fennimar",
    "Collected today by Haskeld Brommivar", "Abholberechtigt: Jorinde Quastmeyer",
    "Abholberechtigte Person: Jorinde Quastmeyer", "Persona autorizzata al ritiro: Ilaria Brontevasi",
    "Persona autorizada a recoger: Ximena Torquado", "Wordt opgehaald door: Femke Draaisteeg",
    "Osoba upoważniona do odbioru: Zofia Kwiatrzyk", "Authorised collector: Orsolya Fennimar",
    "お迎え：ブロミヴァル ハスケルド（祖父）", "お迎え：山田 花子",
]
ORDER_PICKUPS = [
    "Pickup: Store 12 – Leeds", "Abholung: Filiale Köln", "Click & Collect – collected by courier",
    "Pickup: Heathrow Airport", "Pickup: Same Day", "Pickup: Next Day", "Pickup: Leeds Station",
    "Pickup: Argos Leeds", "Pickup: Tomorrow Morning", "Pickup: London Bridge", "Collected today by Royal Mail",
    "お迎え：午後3時（金曜）", "サイズ：ミディアム（M）",
]


@pytest.mark.parametrize("text", PICKUP_PEOPLE)
def test_a_pickup_person_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDER_PICKUPS)
def test_an_orders_pickup_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", ["pickup_person", "authorised_pickup", "abholberechtigte_person", "naam_kind",
                                 "kind_naam", "kindnaam", "voornaam_kind", "kind_vorname", "barnets_namn"])
def test_a_childs_or_pickups_key_is_personal(key: str) -> None:
    assert personal_keys.personal_tokens(personal_keys.key_tokens(key))


@pytest.mark.parametrize("key", ["kind_name", "product_kind", "pickup", "pickup_store", "pickup_time",
                                 "pickup_location", "kind_leeftijd", "barn_storlek"])
def test_a_pickups_or_kinds_key_is_ordinary(key: str) -> None:
    assert not personal_keys.personal_tokens(personal_keys.key_tokens(key))


TAUGHT = [
    "Lesson notes for Tamsinora Vellquarrin: Grade 2 piano, scales", "Nachhilfe – Liesgard Quormbichler: Mathe, Note 4",
    "Compte rendu de cours – Élouanne Vrastimbert : progrès en lecture",
    "Swimming assessment – Tamsinora Vellquarrin passed Stage 3", "Feedback lezione di violino: Tamsinora Vellquarrin",
    "Nota del profesor: Tamsinora Vellquarrin necesita refuerzo en lectura", "Zeugnis für Jonas Brekkelund: sehr gut",
    "Uwagi nauczyciela – Zofia Kwiatrzyk: dysleksja", "Progress report for Orsolya Fennimar, term 2",
]
TEACHING_PAGES = [
    "Lesson notes for Beginners", "Swimming assessment – Stage 3 criteria", "Report: Annual Review – download pdf",
    # (the lead's review: a bare report's or feedback's label is a news report's or a product's as often)
    "Report: Boris Johnson resigns", "Report: Manchester United v Chelsea", "Feedback: Apple Watch battery life",
    "Assessment – Key Stage 2 – free resources", "Report: Ofsted Inspection", "Tutoring for Key Stage 2",
    "Assessment for Learning: Practical Ideas", "Feedback lezione di violino: Scuola Musica",
    "Progress Report for Parents: free template", "Nachhilfe Mathe – Berlin Mitte",
]
HEALTH_NAMED = [
    "Alergia de Tamsinora Vellquarrin: frutos secos", "Medicatie: Tamsinora Vellquarrin – inhalator bij zwemles",
    "ADHD – Tamsinora Vellquarrin, medication at lunch", "Allergie von Jonas Brekkelund: Erdnüsse",
    "Dyslexia – Orsolya Fennimar, extra time in tests",
]
HEALTH_PAGES = [
    "Medicatie: paracetamol 500 mg", "Medication Guide – Type 2 Diabetes", "Allergy of the Month",
    "ADHD – Tips for Parents", "Autism Awareness – Sensory Toys", "Inhaler Spacer – Kids Mask",
]


@pytest.mark.parametrize("text", TAUGHT + HEALTH_NAMED)
def test_a_pupils_record_or_health_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", TEACHING_PAGES + HEALTH_PAGES)
def test_a_teaching_or_health_page_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


NAME_LABELLED = [
    "Name labels: TAMSINORA VELLQUARRIN", "Iron-on name tapes – Tamsinora Vellquarrin (x50)",
    "Étiquettes nominatives thermocollantes – Élouanne Vrastimbert", "Navnemærker: Tamsinora Vellquarrin",
    "Embroidered name on jumper: T. VELLQUARRIN", "Book bag print: Tamsinora Vellquarrin 4O",
    "Naamlintjes: Femke Draaisteeg", "Turnbeutel Aufdruck: Jorinde Quastmeyer",
]
NAME_LABEL_PRODUCTS = [
    "Name labels – 50 pack", "Iron-on name tapes – white", "Name labels: WHITE NAVY", "Name Labels – Dinosaur Design",
    "Book bag print: Dinosaur Pattern", "Embroidered name: YES", "NAME LABELS: PACK OF 50",
]


@pytest.mark.parametrize("text", NAME_LABELLED)
def test_a_childs_name_label_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NAME_LABEL_PRODUCTS)
def test_a_name_labels_product_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


PUPIL_NUMBERS = [
    "UPN: R801258391704", "NIA del alumno: 27583917", "Matricola studente 583917",
    "Roll No. 17, Admission No. 2025/583917", "Enrolment number: 4839172", "Numero de alumno 5839174",
]
CLASS_PLACES = ["Roll No. 17", "Admission 2026 – 12 months", "Admission number 583917 €", "UPN: 12345 people"]


@pytest.mark.parametrize("text", PUPIL_NUMBERS)
def test_a_pupils_number_is_personal(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", CLASS_PLACES)
def test_a_class_place_or_a_figure_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


BORN = [
    "Zapisy na półkolonie: Tamsinora Vellquarrin, ur. 14.03.2017, klasa 3b",
    "Tilmelding: Tamsinora Vellquarrin, født 14.03.2017, 3.b", "Jan Novák, nar. 14. 3. 2017",
    "Kovács Anna, szül. 2017.03.14.", "Påmelding: Ola Nordmann, født 2017-03-14",
]


@pytest.mark.parametrize("text", BORN)
def test_a_birth_date_after_born_is_personal(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ["Tour. 14.03.2017 Paris", "Glamour. 12.05.2024", "Obiad ur 14.03"])
def test_a_date_after_other_words_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


CHILD_ROUTES = ["/children/tamsinora-vellquarrin/report", "#/kinder/liesgard-quormbichler/tagebuch",
                "/students/583917/grades", "/eleves/elouanne-vrastimbert/carnet-de-liaison"]
SHOP_ROUTES = ["/children/clothing/shoes", "/kinder/spielzeug", "/students/discount", "/students/2026/report",
               "/kids/lego-city/sets"]


@pytest.mark.parametrize("path", CHILD_ROUTES)
def test_a_childs_route_names_a_person(path: str) -> None:
    assert person_routes.route_names_a_person(path)


@pytest.mark.parametrize("path", SHOP_ROUTES)
def test_a_shops_childrens_route_goes_out(path: str) -> None:
    assert not person_routes.route_names_a_person(path)
