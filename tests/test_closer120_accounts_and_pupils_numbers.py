"""Closer 120: a person's account's number after its label, a pupil's number and name under a bare key, a pupil's
number as a path's segment, a candidate's application number (the sixty-first attack's canteen accounts, student ids
and applications). An account's owner by meaning and language (key_lexicon.ACCOUNT_OWNERS: a family, a parent, a
pupil, a child, a canteen's diner; and a customer's words) beside an account's noun (ACCOUNT_NOUNS), glued before it or
after it past "of", maybe after a number word or sign or before a number or an id word, labels that person's account's
number (`Kundenkonto: …`, `Essenskonto …`, `compte famille …`, `nr konta ucznia …`); a bare key naming an account holds
its number when the value is six digits or more (`?compte=…`), a bare `ine` key a pupil's INE by its shape, a bare
pupil's or child's key is its value's label (`?eleve=…`); a pupil's or a student's word before a number in a path
is a customer's (`/students/…/grades`); a candidate's application is an account's holder (`Bewerbungsnummer …`).
An account's noun alone, a school year, a flag, an account's type, Spain's statistics codes and a shop's numbers go
out."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSON_ID = "holds a person's id after its label"
LABELLED_NUMBER = "holds a number labelled as personal data"
PERSON_NAME = "holds a person's name"
PERSONAL_KEY = "personal key"

# --- labels in text, with the reason of the rule that reads them -----------------------------------------------------
ACCOUNT_NUMBERS = [
    # the owner glued before the account's noun, as the Germanic languages write it, past a colon or a blank
    ("Kundenkonto: 593817", PERSON_ID), ("Kundenkonto 593817", PERSON_ID), ("Familienkonto 481726", PERSON_ID),
    ("Elternkonto: 481726", PERSON_ID), ("Schülerkonto-Nr. 481726", PERSON_ID),
    ("Essenskonto 481726, Klasse 6B", PERSON_ID), ("Mensakonto: 481726", PERSON_ID),
    ("leerlingrekening 481726", PERSON_ID), ("familjekonto 481726", PERSON_ID),
    # the owner after the noun, maybe past "of", as the Romance languages and Polish write it
    ("compte famille 481726 – CM1", PERSON_ID), ("compte client : 481726", PERSON_ID),
    ("compte cantine 481726", PERSON_ID), ("compte élève 481726", PERSON_ID),
    ("cuenta del alumno 481726", PERSON_ID), ("cuenta familia: 481726", PERSON_ID),
    ("conta do aluno 481726", PERSON_ID), ("conto famiglia 481726", PERSON_ID), ("conto mensa: 481726", PERSON_ID),
    # after a number word or sign
    ("nr konta ucznia 481726", PERSON_ID), ("numer konta rodziny: 481726", PERSON_ID),
    ("N° de compte famille : 481726", PERSON_ID),
    # English's account's noun is a bank account's label already
    ("Family account: 481726", LABELLED_NUMBER), ("lunch account: 481726", LABELLED_NUMBER),
    # a candidate's application before a number word, glued or apart
    ("Bewerbungsnummer BW-481726 (Family, Given)", PERSON_ID), ("Bewerbungs-Nr.: 481726", PERSON_ID),
    ("numéro de candidature : 481726", PERSON_ID), ("Nº de candidatura 481726", PERSON_ID),
    ("sollicitatienummer 481726", PERSON_ID),
]


@pytest.mark.parametrize(("text", "expected"), ACCOUNT_NUMBERS)
def test_a_person_s_account_or_application_number_after_its_label_is_refused(text: str, expected: str) -> None:
    assert detector.reason(text) == expected


ORDINARY_TEXTS = [
    # an account's noun alone or with a verb, an owner's account with no number
    "Konto anlegen", "Mein Konto", "Kundenkonto erstellen", "Kundenkonto: Anmelden", "Familienkonto – 3 Profile",
    "Essenskonto aufladen 20 €", "compte famille : créer", "Compte client – mot de passe oublié", "account settings",
    "cuenta del alumno: activar", "Kundenkonto Nr. 1", "Conto Famiglia: 2,90 €/mese", "conto corrente 12 mesi",
    # a school year after an account's label is no id
    "Schülerkonto 2026/27", "Family account plan 2026-2027",
    # a shop's numbers, a family's pack, an application's words without a number
    "Order no. 481726", "Art.-Nr. 481726", "Familienpaket 481726", "Bewerbung Ausbildung 2027",
    "Bewerbungsfrist 15.01.2027", "candidature spontanée", "Mensa-Abo 5 Tage / Woche",
]


@pytest.mark.parametrize("text", ORDINARY_TEXTS)
def test_an_account_s_noun_a_school_year_and_a_shop_s_number_go_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- keys and their values -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("key", "value", "expected"), [
    ("compte", "481726", PERSON_ID), ("account", "48172639", PERSON_ID), ("cuenta", "481726", PERSON_ID),
    ("ine", "271648395KP", PERSON_ID), ("INE", "2716483950K", PERSON_ID),
    ("eleve", "Mirelka Vondrasz", PERSON_NAME), ("élève", "Mirelka Vondrasz", PERSON_NAME),
    ("alumna", "Mirelka Vondrasz", PERSON_NAME), ("enfant", "Mirelka Vondrasz", PERSON_NAME),
])
def test_a_bare_account_s_or_pupil_s_key_labels_its_value(key: str, value: str, expected: str) -> None:
    assert detector.value_reason(key, value) == expected


@pytest.mark.parametrize(("key", "value"), [
    ("compte", "1"), ("compte", "12"), ("account", "business"), ("account_type", "business"), ("ine", "28079"),
    ("ine", "ES-28079"), ("eleve", "CM1"), ("student", "1"), ("student", "yes"), ("enfant", "3-6 ans"),
    ("alumno", "Back To School"),
])
def test_a_flag_an_account_s_type_a_statistics_code_and_a_class_go_out(key: str, value: str) -> None:
    assert detector.value_reason(key, value) == ""


@pytest.mark.parametrize("key", ["bewerbungsnummer", "bewerbung_id", "candidature_id", "numero_candidatura"])
def test_a_key_naming_a_candidate_s_application_number_is_personal(key: str) -> None:
    assert detector.key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", ["bewerbung", "candidature", "bewerbungsfrist", "candidature_status"])
def test_an_application_s_word_alone_or_its_state_is_no_personal_key(key: str) -> None:
    assert detector.key_reason(key) == ""


# --- URLs ------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("url", "cleaned"), [
    ("https://school.example/cantine/recharge?compte=481726&eleve=Mirelka%20Vondrasz",
     "https://school.example/cantine/recharge"),
    ("https://school.example/inscription?ine=271648395KP&classe=6e", "https://school.example/inscription?classe=6e"),
    ("https://school.example/compte?compte=1&account_type=business",
     "https://school.example/compte?compte=1&account_type=business"),
    ("https://estadistica.example/municipio?ine=28079", "https://estadistica.example/municipio?ine=28079"),
    ("https://school.example/portal/students/900481726/grades", "https://school.example/"),
    ("https://school.example/leerlingen/48172639/rapport", "https://school.example/"),
    ("https://school.example/portal/students/2027/grades", "https://school.example/portal/students/2027/grades"),
    ("https://school.example/students/apply?intake=2027", "https://school.example/students/apply?intake=2027"),
])
def test_a_pupil_s_number_and_name_leave_a_url_and_its_neighbours_stay(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url, "event_source_url") == cleaned
