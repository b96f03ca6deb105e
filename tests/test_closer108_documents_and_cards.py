"""Closer 108: a person's identity documents, employee numbers and loyalty cards by meaning and language
(key_lexicon.IDENTITY_DOCUMENTS, EMPLOYEES, LOYALTY_HOLDERS). In a key: a document's word personal alone, its
inflecting and glued words stems (`numer_paszportu`, `Reisepassnummer`), a passport's short Germanic word before its
number words only (`Passnummer`), an employee's word before an id or number word, a holder's word beside a card's word,
and any lexicon word glued before a number word past a linking letter (`Kundenkartennummer`). In text: after such a
label a value of any shape holding digits (a letter series and a dash, letters and digits mixed, a series and a
blank) is the person's; an English possessive is read with its word (`Driver's licence`), and a patent's publication
number after Italian `patente` stays a patent's."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSONAL_KEY = "personal key"
LABELLED_NUMBER = "holds a number labelled as personal data"
NATIONAL_ID = "holds a national id number"
PERSON_ID = "holds a person's id after its label"

# --- keys -------------------------------------------------------------------------------------------------------------
PERSONAL_KEYS = [
    # passports: glued, inflected, with their number words (German, Dutch, Polish, Turkish, Catalan, Nordic)
    "reisepassnummer", "ReisepassNr", "passnummer", "pass_nr", "Pass-Nummer", "paspoortnummer", "paspoort_nr",
    "numer_paszportu", "nr_paszportu", "pasaport_no", "pasaportNumarasi", "passaport", "pasnummer",
    # driving licences by language
    "fuehrerscheinnummer", "führerscheinnummer", "fuehrerschein", "Führerschein_Nr", "rijbewijsnummer", "rijbewijs",
    "permis_de_conduire", "permisConduire", "licencia_de_conducir", "carnet_de_conducir", "carta_de_conducao",
    "patente_di_guida", "numer_prawa_jazdy", "korkort", "førerkort", "kørekort", "ajokortti", "ehliyet",
    "jogosítvány", "ridicsky_prukaz",
    # identity cards and residence permits
    "identiteitskaart", "idkort", "henkilökortti", "residence_permit", "aufenthaltstitel", "Aufenthaltserlaubnis",
    "titre_de_sejour", "permesso_di_soggiorno", "permiso_de_residencia", "verblijfsvergunning", "karta_pobytu",
    "uppehallstillstand",
    # an employee's number
    "personalnummer", "Personal-Nr", "mitarbeiternummer", "mitarbeiter_id", "staff_id", "staffNumber",
    "personeelsnummer", "medewerker_id", "numero_empleado", "id_dipendente", "numer_pracownika", "ansattnummer",
    "medarbejdernummer", "employe_id",
    # loyalty and customer cards, their numbers
    "loyalty_card", "loyaltyCardNo", "club_card", "clubcard_number", "member_card", "membership_card", "bonuskarte",
    "kundenkarte", "kundenkartennummer", "Kundenkarten-Nr", "mitgliedskartennummer", "payback_nummer", "paybackkarte",
    "treuekarte", "klantenkaart", "kundkort", "medlemskort", "carte_fidelite", "carte_de_fidélité", "tarjeta_fidelidad",
    "tarjeta_de_socio", "cartao_fidelidade", "carta_fedelta", "karta_klienta", "rewards_card",
    # a card's number glued as the Germanic languages write it, as `card_number` is
    "kartennummer", "Karten-Nr", "kaartnummer", "kortnummer",
]
ORDINARY_KEYS = [
    "boarding_pass_gate", "passage", "compass", "bypass", "kompass_nummer", "kompassnummer", "season_pass",
    "skipassnummer", "pass_through", "card_type", "card_color", "loyalty_points", "loyalty_tier", "member_since",
    "club_name", "patente", "patent_nr", "staff_pick", "bestellnummer", "rechnungsnummer", "artikelnummer",
    "landkarte", "stadtkarte", "postkarte", "geschenkkartennummer", "payback", "personal", "bonus", "rewards_points",
    "seriennummer", "versionsnummer", "card_brand",
]


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_key_naming_a_document_an_employee_s_number_or_a_loyalty_card_is_personal(key: str) -> None:
    assert detector.key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_a_pass_a_card_s_attribute_or_a_shop_s_number_is_no_personal_key(key: str) -> None:
    assert detector.key_reason(key) == ""


# --- labels in text -----------------------------------------------------------------------------------------------
SHAPES = ["48172639", "A-4817263", "KD-48172639", "X48172639Z", "4817 2639", "AB 481726"]
LABELS = [
    "Führerscheinnummer:", "Fuehrerschein-Nr.", "Reisepassnummer:", "Passnummer:", "Pass-Nr.", "Loyalty card:",
    "Payback-Nummer:", "Personalnummer:", "Mitarbeiternummer:", "Driver's licence:", "Driver’s license", "Steuer-ID:",
    "Tax ID:", "Rijbewijsnummer:", "Numer paszportu:", "Permis de conduire :", "Licencia de conducir:",
    "Kundenkartennummer:", "Kundenkarte", "Carte de fidélité :", "Tarjeta de fidelidad:", "Clubcard number:",
    "Member card:", "Staff ID:", "Residence permit:", "Aufenthaltstitel:", "Kartennummer:",
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("label", LABELS)
def test_a_value_of_any_shape_after_a_document_s_or_a_card_s_label_is_refused(label: str, shape: str) -> None:
    assert detector.reason(f"{label} {shape}") != ""


LABELLED = [
    # the reason names the rule that read it: the label's number, an id document's reading, a person's id's label
    ("Reisepassnummer: A-4817263", LABELLED_NUMBER), ("Führerscheinnummer: A-4817263", LABELLED_NUMBER),
    ("Driver's licence: KD-48172639", LABELLED_NUMBER), ("Driving licence no. A-4817263", LABELLED_NUMBER),
    ("Tax ID: X48172639Z", PERSON_ID), ("Steuer-ID: X48172639Z", PERSON_ID), ("Tax ID: AB 481726", PERSON_ID),
    ("Member ID: AB 481726", PERSON_ID), ("Numer paszportu: C4X7QZ918", PERSON_ID),
    ("Kundenkartennummer: C4X7QZ918", PERSON_ID), ("Loyalty card: 48172639", LABELLED_NUMBER),
    ("Patente n. U1517293X", NATIONAL_ID), ("Driver's licence: U1517293X", NATIONAL_ID),
    ("Patente di guida n. RM1234567A", NATIONAL_ID),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_each_shape_is_read_by_its_rule(text: str, expected: str) -> None:
    assert detector.reason(text) == expected


TEXTS_KEPT = [
    # a patent's publication number after `Patente` (German's plural, Spanish's and Portuguese's patent)
    "Patente Nr. EP1234567", "Patente: EP1234567B1", "Patente n. US10123456B2",
    # a pass's, a gift card's, a card's attributes, a loyalty programme's counts
    "Boarding pass: AB-4817263", "Gate B12 Boarding pass", "Season pass 2026", "Loyalty points: 4817",
    "Loyalty tier: Gold", "Member since: 2019", "Club name: Harbour Runners", "Gift card: GC-48172639",
    "Geschenkkartennummer: C4X7QZ918", "Kartennummer: C4X7QZ918", "Card type: Visa", "Kompass Nr. 4817263",
    "Men's Shoes 48172639", "Women's size 38", "Artikelnummer: A-4817263", "Bestellnummer: KD-48172639",
]


@pytest.mark.parametrize("text", TEXTS_KEPT)
def test_a_patent_a_pass_a_gift_card_and_a_product_s_code_go_out(text: str) -> None:
    assert detector.reason(text) == ""
