"""Closer 104: people named by the part they play in a contract or a file (fifty-fifth attack: housing, lending and
life events). The key lexicon's parties (key_lexicon.PARTIES: a patient and an insured person, closer 99; a tenant,
an applicant, a borrower, a guarantor, the deceased) name a person in text after their label (`lead applicant:`,
`Mieterin:`, `emprunteur principal :`), surname first too (`tenant: Quarmbeck, Idris – …`), or by their word in lower
case in running text before a name (`co-applicant Dana …`, `for applicant I. …`; German's capitalized words opening a
part after a dash); in a key with a name word (`nom_du_defunt`, `nome_do_aluno`: a pupil, in keys only), and alone as
a URL's key holding a name (`?mieter=Idris%20…`). The deceased's name after a memorial phrase in ten languages
(memorials.py), a memorial's route with the life's years and a child's route before a school record's page
(person_routes.py) name a person. A title's capitalized words (`Tenant Improvement Allowance`, `In Memory Of Love`),
a product after a memorial phrase, a shop's department and a war memorial stay ordinary."""

from __future__ import annotations

import pytest

from meta_capi import detector, personal_keys, privacy

PERSON_NAME = "holds a person's name"

# --- a party's label before a name, or the party's word in running text
NAMED = [
    "lead applicant: Ottilie Brandenkamp", "Main tenant: Brandenkamp, Ottilie – deposit £900",
    "Co-borrower: Ottilie Brandenkamp", "Mieterin: Frau Ottilie Brandenkamp", "Antragsteller: Otto Brandenkamp",
    "Locataire : Mme Ottilie Brandenkamp", "Inquilina: Ottilie Brandenkamp", "Huurder: dhr. O. Brandenkamp",
    "Najemca: Ottilie Brandenkamp", "Kredytobiorca: Ottilie Brandenkamp", "Mutuário: Ottilie Brandenkamp",
    "Garant : Ottilie Brandenkamp", "Verstorbener: Otto Brandenkamp", "Emprunteur principal : Julien Brandenkamp",
    "Guarantor: Ottilie Brandenkamp", "Applicant: Ottilie Brandenkamp (references pending)",
    # the party's word with no colon
    "Loan file 2291 – co-borrower Ottilie Brandenkamp, salary pending", "reference check for tenant O. Brandenkamp",
    "Mietvertrag – Mieterin Ottilie Brandenkamp", "Kreditantrag\nDarlehensnehmer Otto Brandenkamp",
    # the deceased after a memorial phrase
    "In memory of Ottilie Brandenkamp (1938-2025)", "Donation in loving memory of the late Otto Brandenkamp",
    "Zum Gedenken an Otto Brandenkamp † 3.1.2026", "En souvenir de Mme Ottilie Brandenkamp",
    "En memoria de Otto Brandenkamp", "Em memória de Otto Brandenkamp", "In memoria di Otto Brandenkamp",
    "Ter nagedachtenis aan Otto Brandenkamp", "Ku pamięci Ottona Brandenkampa", "Till minne av Otto Brandenkamp",
    "In Loving Memory Of Otto Brandenkamp (1938-2025)", "In memoriam Otto Brandenkamp",
]
KEPT = [
    "Tenant Improvement Allowance", "Applicant Tracking System", "Borrower Protection Plan",
    "Tenant Fees Act 2019: holding deposit max 1 week's rent", "Patient Tarvenholm-Syndrom Ratgeber",
    "Darlehensnehmer Ratgeber 2026", "Ratgeber für Mieter und Vermieter", "Insured: Royal Mail Tracked",
    "Fully insured Royal Mail Special Delivery", "Student: Back To School", "Member: Gold Plus",
    "In Memory Of Love", "In Loving Memory Of Mom Cardinal Ornament", "In Loving Memory Of Otto Brandenkamp",
    "Donate in memory to Marie Curie", "in memory of Customer Service", "Memory card 64 GB SanDisk Ultra",
    "Spende in Erinnerung an Papa Gartenstein",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_party_s_or_the_deceased_s_name_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", KEPT)
def test_a_title_s_words_a_memorial_s_products_and_a_party_alone_go_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- keys
PERSONAL_KEYS = [
    "nom_du_defunt", "nome_do_aluno", "mieter_name", "nombre_del_inquilino", "borrower_name", "kreditnehmer_vorname",
    "deceased_name", "student_name", "naam_huurder", "guarantor_name", "borrower_id", "lessee_name",
    "nom_du_locataire", "nazwisko_wnioskodawcy", "schueler_name", "tenant_name",
]
ORDINARY_KEYS = ["tenant_id", "tenant", "borrower", "mieter", "deceased", "student", "student_discount",
                 "loan_amount", "applicant_count"]


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_key_naming_a_party_s_name_or_number_is_personal(key: str) -> None:
    assert personal_keys.names_personal_data(key)


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_a_party_s_word_alone_or_a_software_s_tenant_is_an_ordinary_key(key: str) -> None:
    assert not personal_keys.names_personal_data(key)


# --- URLs: a party's bare key holding a name, a memorial's and a child's routes
URLS = [
    ("https://shop.example.com/vertrag?mieter=Idris%20Brandenkamp&objekt=WE-0417",
     "https://shop.example.com/vertrag?objekt=WE-0417"),
    ("https://bank.example.de/antrag?kreditnehmer=Otto+Brandenkamp&step=2", "https://bank.example.de/antrag?step=2"),
    ("https://donate.example.org/tribute/otto-brandenkamp-1938-2025/donate?amount=20", "https://donate.example.org/"),
    ("https://example.com/obituaries/otto-brandenkamp-1938-2025", "https://example.com/"),
    ("https://example.de/gedenkseite/otto-brandenkamp-1938-2025/kerzen", "https://example.de/"),
    ("https://eltern.example.de/#/kinder/lotte-brandenkamp/stundenplan", "https://eltern.example.de/"),
    ("https://school.example.com/students/lotte-brandenkamp/grades", "https://school.example.com/"),
    ("https://ecole.example.fr/eleves/lotte-brandenkamp/notes", "https://ecole.example.fr/"),
]
URLS_KEPT = [
    "https://saas.example.com/app?tenant=acme-corp&view=2", "https://shop.example.com/vertrag?mieter=true",
    "https://example.com/memorial/world-war-1939-1945/", "https://example.com/tribute/donate",
    "https://example.org/in-memory/gift-aid", "https://example.de/kinder/jungen/schuhe",
    "https://example.com/kids/lego-city/sets", "https://example.de/kinder/lotte-brandenkamp",
]


@pytest.mark.parametrize(("url", "cleaned"), URLS)
def test_a_party_s_name_and_a_memorial_s_or_a_child_s_route_are_cut(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url, "page url") == cleaned


@pytest.mark.parametrize("url", URLS_KEPT)
def test_a_software_s_tenant_a_war_memorial_and_a_shop_s_department_go_out(url: str) -> None:
    assert privacy.clean_url(url, "page url") == url
