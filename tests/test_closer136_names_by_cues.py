"""Closer 136 (sixty-seventh attack: beauty, wellness and personalised printing): a name by the cue before it.

- An honorific of a language other than English after a break, before a given and a family name ending as a name in
  a sentence does (cued_names._HONORED_AFTER_A_BREAK: `… - Mme …, allergie`, `Notitie: mevrouw … heeft`, `Dra. …,
  dermatologista`); not a brand's title (`Dr. Martens 1460 Boots`, `Dr. Oetker Ristorante, 4 Stück`), one word
  (`Mme Figaro`).
- German's capitalized client's, guest's or patient's noun before a full name as the sentence goes on
  (cued_names._PERSON_NOUN_NAMED: `Kundin … ist`), English's plural before two people joined (cued_names._PEOPLE_JOINED:
  `guests … & …`).
- A result, an analysis, a prescription, a diagnosis or a profile by language, its preposition making it out to a
  person, then a full name (cued_names._MADE_OUT_TO: `prescription for …:`, `Kopfhautanalyse für …,`, `Diagnostic peau
  de …,`), a profile's label before a full name and an age (cued_names._PROFILE_LABELLED: `Beauty profile: … · 62`);
  not a thing (`prescription for glasses`, `Ergebnis für 2024`, `Profile: Slim Fit, stretch`).
- A gift's dedication in Spanish, Portuguese, French or German before a full name and a date
  (cued_names._DEDICATED_WITH_A_DATE: `Grabado: Para …, 12-03-1990`); not `Para Todos`.
- A name label's product words by language and their colon before a full name (cued_names._LABEL_NAMED: `Name labels:
  …, Year 2`, `Naamlabels: …,`), Japanese's before a group and a name in kana (cued_names._KANA_LABEL_NAMED); not the
  product's title (`Name labels - pack of 50`).
- An identity document's word in a file's name beside two words of a name (cued_names._DOCUMENT_FILE, read by
  cued_names.document_file in free text and in a URL's path: privacy._path_reason); not a product's hyphenated image
  (`passport-holder-leather.jpg`) nor one of a document's accessories (cued_names._ACCESSORIES:
  `passport_wallet_RFID_2024.jpg`).
- A clinic's patient's slug as a customer's (person_routes._PATIENT_WORDS: `/patients/<slug>/botox-2026-11`), a
  reviewer's slug of two words after a reviews' segment and `by` (person_routes.REVIEW_WORDS, BY_WORDS,
  REVIEW_ORDER_WORDS: `/reviews/by/<slug>`); not `/patients/new`, `/reviews/by/date`, `/reviews/by/most-recent`.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSON_NAME = "holds a person's name"
SITE = "https://clinic.example.com"

NAMED = [
    "Lip filler 1 ml – Mme Odile Quarventon, allergie lidocaïne",
    "Notiz – Frau Henrike Quarventon, Farbe 7.1",
    "Notitie: mevrouw Anke Quarventon heeft eczeem",
    "Cartão: Dra. Luiza Quarventon, dermatologista",
    "Nota: Sig.ra Bianca Quarventon, allergia al nichel",
    "Kundin Lotte Quarventon ist allergisch gegen PPD",
    "Patient Jonas Quarventon hat Diabetes",
    "Spa day – guests Mira Quarventon & Jonah Quarventon, suite 2",
    "Saved – prescription for Mirela Quarventon: OD -1.25",
    "Haaranalyse für Ilse Quarventon, Termin morgen",
    "Ergebnis für Walli Quarventon (41)",
    "Diagnostic peau de Lucie Quarventon, 33 ans",
    "Huidanalyse voor Femke Quarventon: vette huid",
    "Resultado para Inés Quarventon, piel mixta",
    "Skin profile: Edda Quarventon · 58 · dry",
    "Grabado: Para Iker Quarventon, 02-05-1988",
    "Gravure : Pour Léa Quarventon, 14.02.2020",
    "Name labels: Tom Quarventon, Year 4",
    "Namensaufkleber: Paul Quarventon, Klasse 2a",
    "Naamlabels: Sem Quarventon, groep 3",
    "Etichette nome: Luca Quarventon – classe 1A",
    "お名前シール：うさぎ組 ほしの ゆいか",
    "Scan_Reisepass_Anja_Quarventon.pdf",
    "ausweis_anja_quarventon.jpg",
    "Anja Quarventon - carta identita.png",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_full_name_after_its_cue_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


LOOK_ALIKES = [
    "Name labels – pack of 50", "Name labels: Iron On, pack of 50", "Dr. Martens 1460 Boots", "Mme Figaro",
    "Pizza – Dr. Oetker Ristorante, 4 Stück", "Ergebnis für 2024", "Para Todos", "prescription for glasses",
    "passport-holder-leather.jpg", "Diagnostic de Performance Énergétique", "Frau Holle", "Results for Summer Dresses",
    "Profile: Slim Fit, stretch", "Kunde seit 2019", "guests & hosts", "Pour Homme, 100 ml", "passport_cover.png",
    "passport_wallet_RFID_2024.jpg", "Reisepass_Huelle_Leder.png",
    # (an honorific after a capitalized word is a product's audience, not a person's title: the merge's review)
    "Jeans Herr Slim Fit", "Hemd Herr Regular Fit", "T-Shirt Herr Basic Weiss", "Chemise Monsieur Coupe Droite",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_cue_without_a_name_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("path", [
    "/patients/odile-quarventon/botox-2026-11", "/patient/odile-quarventon", "/reviews/by/odile-quarventon",
    "/bewertungen/von/odile-quarventon", "/files/Scan_Passport_Odile_Quarventon.pdf/view",
])
def test_a_person_in_a_route_or_a_document_file_is_left_out(path: str) -> None:
    assert privacy.clean_url(SITE + path) == SITE + "/"


@pytest.mark.parametrize("path", [
    "/patients/new", "/patients/information", "/reviews/by/date", "/reviews/by/most-recent", "/reviews/by/top-rated",
    "/p/passport-holder-leather.jpg", "/patients/new-patients/forms",
])
def test_a_section_route_goes_out(path: str) -> None:
    assert privacy.clean_url(SITE + path) == SITE + path
