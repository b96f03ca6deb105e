"""Closer 99: people in care and cover (fifty-fourth attack, issue 16: pharmacies, clinics, insurers). The key
lexicon names a patient, an insured person, a policy's holder and a beneficiary by meaning and language
(key_lexicon.CARE_AND_COVER): in text their label before a full name, a name in capitals first, or a family name, a
comma and the given name (a register's way), holds a person's name; in a key, with a name word their name, with a
number word their number, and a patient's word with a word of their health the special category of health. An
insurance policy's word by language (key_lexicon.POLICIES) before a number word labels its holder's number. The
words alone, and a product's or a leaflet's words beside them, stay ordinary."""

from __future__ import annotations

import pytest

from meta_capi import detector, personal_keys

PERSON_NAME = "holds a person's name"
LABELLED_NUMBER = "holds a number labelled as personal data"
PERSON_ID = "holds a person's id after its label"
HEALTH_ID = "holds a health insurance number"

# --- a name after a patient's, an insured person's, a policyholder's or a beneficiary's label
NAMED = [
    "Patientin: Frau Ottilie Brandenkamp", "Patient: Ottilie Brandenkamp", "Paciente: Ottilie Brandenkamp",
    "Paziente: Sig.ra Ottilie Brandenkamp", "Pacjentka: Ottilie Brandenkamp", "Pacient: Ottilie Brandenkamp",
    "Potilas: Ottilie Brandenkamp", "Patiënt: mevr. O. Brandenkamp", "Insured: Ottilie Brandenkamp",
    "Insured person: Ottilie Brandenkamp", "Versicherte Person: Ottilie Brandenkamp",
    "Versicherungsnehmer: Ottilie Brandenkamp", "Assurée : Ottilie Brandenkamp",
    "Persona asegurada: Ottilie Brandenkamp", "Policyholder: Ottilie Brandenkamp", "Beneficiary: Ottilie Brandenkamp",
    "Bénéficiaire : Ottilie Brandenkamp", "Verzekerde: dhr. O. Brandenkamp",
    # a name in capitals first, after the label or the name's word `of` the person
    "Patient: BRANDENKAMP Ottilie", "Nom du patient : BRANDENKAMP Ottilie", "Nombre del asegurado: BRANDENKAMP Ottilie",
    # a family name, a comma and the given name, after the label, or with no colon on a pick-up note
    "Patient: Brandenkamp, Ottilie", "Lot 7B2 EXP 2027-08 Patient: Brandenkamp, Ottilie",
    "Fach 12 – Patientin Brandenkamp, Ottilie – bitte Ausweis", "Versicherte Brandenkamp, Ottilie",
]
LABELS_KEPT = [
    "Patient information leaflet", "Patientenratgeber Diabetes", "Eye drops for patients with dry eyes",
    "Insured shipping", "Versicherter Versand", "Insured: Yes", "Patient: new", "Beneficiary: Example Shop",
    "Insured: Royal Mail Tracked", "Order 12345 Insured: Standard Parcel", "Insured: DHL Express",
    "Nom du produit : ACUVUE Oasys", "Patient Tarvenholm-Syndrom Ratgeber", "Paziente: Prima visita",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_name_after_a_patient_s_or_an_insured_person_s_label_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", LABELS_KEPT)
def test_the_words_alone_and_a_product_s_beside_them_go_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a policy's, an insured person's or a member's number after its label
NUMBERS = [
    ("Número de póliza: 559203-17", LABELLED_NUMBER), ("Polisnummer 559203017", LABELLED_NUMBER),
    ("numero polizza 55920317", LABELLED_NUMBER), ("Numer polisy: 559203/2026", ""),
    ("versicherten-nr 55920317", LABELLED_NUMBER), ('{"detail": "Member ID: QTV559203001"}', PERSON_ID),
    ('{"note": "Policy number: PL-559203-09"}', LABELLED_NUMBER),
    # a health insurance card's number after its words (key_lexicon.ALONE's health insurance card); an EHIC's card id
    # of twenty digits is named by its own shape first (closer 101: national_ids.ehic_card_id)
    ("Numero tessera sanitaria 80380 000559203 1234", LABELLED_NUMBER), ("EHIC 80276005592031234567", HEALTH_ID),
    ("Tarjeta sanitaria: 80724005592031234567", HEALTH_ID), ("Gesundheitskarte 80276005592031234567", ""),
]


@pytest.mark.parametrize(("text", "found"), NUMBERS)
def test_a_policy_s_or_an_insured_person_s_number_is_refused(text: str, found: str) -> None:
    assert detector.reason(text) == found if found else detector.reason(text) != ""


NUMBERS_KEPT = [
    "Tarif ZahnPlus 90", "Plan Gold PPO 2500", "Policy 2026 update", "Member price 12.99", "Mitgliedsbeitrag 9,90",
    "Polis aanvragen 2026", "Zorgverzekering Basis Restitutie 2026", '{"detail": "Member ID: see card"}',
]


@pytest.mark.parametrize("text", NUMBERS_KEPT)
def test_a_tariff_s_a_plan_s_and_a_price_s_numbers_go_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- keys: the person's name and number, a patient's health
PERSONAL_KEYS = [
    "patient_name", "nom_du_patient", "insured_name", "beneficiario_nombre", "policyholder_id", "numero_poliza",
    "polisnummer", "mitglied_nr", "patient_condition", "patientCondition", "patient_history", "condicion_paciente",
    "paziente_patologia", "pacjent_schorzenie", "ehic", "tessera_sanitaria", "health_card_number", "carte_vitale",
]
ORDINARY_KEYS = ["patient", "insured_shipping", "member_price", "condition", "product_condition", "polis",
                 "patient_leaflet", "insured_value", "tse", "card"]


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_key_naming_a_patient_s_or_an_insured_person_s_datum_is_personal(key: str) -> None:
    assert personal_keys.names_personal_data(key)


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_their_words_alone_or_with_a_thing_s_are_ordinary_keys(key: str) -> None:
    assert not personal_keys.names_personal_data(key)
