"""Closer 122: the sixty-second attack's charities and pet sites. A pet's microchip (ISO 11784: fifteen digits) after a
chip's label by meaning is its owner's (animal_ids.py); ordinary chip words, models and standards go out."""

from __future__ import annotations

import pytest

from meta_capi import animal_ids, detector, labelled_values, person_routes, personal_keys, privacy

MICROCHIPS = [
    "Microchip: 826098100583914", "N° de puce : 250268731583914", "Transpondernummer 276098106583914",
    "Chip 941000024583914 – owner: see file", "Chipnummer: 528140000583914", "Chip-Nr. 040098100583914",
    "Número de microchip: 724098100583914", "numero microcip 380260000583914", "Mikrochip 616093900583914",
    "puce électronique n° 250269606583914", "chip number 900.164.000.583.914", "chip:956000010583914",
    "microchip ID 977200009583914 (scanned 12/12)",
]
# (in groups apart by blanks or dashes the phone rule reads them first: refused either way)
GROUPED_MICROCHIPS = ["micro-chip no. 985 141 000 583 914", "Transpondeur : 250-268-731-583-914",
                      "Chipnummer 900 164 000 583 914"]
NO_MICROCHIPS = [
    "Microchipping £15", "ISO 11784/11785 FDX-B", "Transponder chip ID48", "Apple M3 chip 8-core CPU",
    "Microchip scanner 134.2 kHz", "Chips EAN 4006381333931", "chip 1234567890123456789",
    "Microchip 999000000583914 test tag", "Chocolate chip cookies 12 x 40 g", "puce 2 Go",
]


@pytest.mark.parametrize("text", MICROCHIPS)
def test_a_microchip_after_its_label_is_refused(text: str) -> None:
    assert animal_ids.reason(text) == animal_ids.MICROCHIP
    assert detector.reason(text) == animal_ids.MICROCHIP
    assert detector.reason(text, True) == animal_ids.MICROCHIP


@pytest.mark.parametrize("text", GROUPED_MICROCHIPS)
def test_a_microchip_in_groups_after_its_label_is_refused(text: str) -> None:
    assert animal_ids.reason(text) == animal_ids.MICROCHIP
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NO_MICROCHIPS)
def test_a_chip_word_without_a_chip_s_number_is_no_microchip(text: str) -> None:
    assert animal_ids.reason(text) == ""


# Standards' numbers joined by a slash after their body's name go out; a phone or an id split by a slash after any
# other word stays refused.
STANDARDS = ["ISO 11784/11785 FDX-B", "ISO 9001/14001", "ISO/IEC 11784/11785", "DIN EN 1176/1177",
             "Zertifiziert nach ISO 9001/14001/45001", "ASTM 1234/5678 tested", "EN 13432/14995 compostable"]
SLASHED_NUMBERS = ["Tel 0151/58391427", "Tel. 030/12345678", "ISO 0151/58391427", "Rückruf 0151/5839142"]


@pytest.mark.parametrize("text", STANDARDS)
def test_standards_numbers_joined_by_a_slash_go_out(text: str) -> None:
    assert detector.reason(text) == ""
    assert detector.reason(text, True) == ""


@pytest.mark.parametrize("text", SLASHED_NUMBERS)
def test_a_phone_split_by_a_slash_stays_refused(text: str) -> None:
    assert detector.reason(text) == detector.PHONE


# An animal's life stage under an age's key or after its label is no person's age; a number or a name stays one.
LIFE_STAGES = ["age=puppy", "age=kitten", "age=senior", "age=mature", "age=junior", "age=adult", "edad=cachorro",
               "alter=welpen", "age=chiots", "eta=cuccioli"]
PERSONS_AGES = ["age=34", "age=34+years", "age=Ostrowickqa", "edad=42", "age=38+years+old"]
SHOP = "https://shop.example.com/rehome/dogs"


@pytest.mark.parametrize("query", LIFE_STAGES)
def test_an_animal_s_life_stage_under_an_age_key_goes_out(query: str) -> None:
    assert privacy.clean_url(f"{SHOP}?{query}") == f"{SHOP}?{query}"
    assert detector.reason(f"{SHOP}?breed=labrador&{query}") == ""


@pytest.mark.parametrize("query", PERSONS_AGES)
def test_a_person_s_age_under_an_age_key_stays_refused(query: str) -> None:
    assert privacy.clean_url(f"{SHOP}?{query}") == SHOP


@pytest.mark.parametrize("text", ["Age: puppy", "Alter: Welpe", "Âge : chaton", "Age: senior"])
def test_an_animal_s_life_stage_after_an_age_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["Age: 34", "age=34 years", "?age=34"])
def test_a_person_s_age_after_an_age_label_stays_refused(text: str) -> None:
    assert detector.reason(text) == labelled_values.AGE


# A holder's id in a route's segment after a donor's, a supporter's, a patient's or a policyholder's word names that
# person; a section, a year, a season or a short number there names no one.
HOLDER_ROUTES = ["/donor/D-583914/receipts/2026.pdf", "/donors/583914", "/supporter/SUP-58391427/gift-aid",
                 "/spender/DN583914/quittung", "/donateur/D_583914/recu-fiscal", "/patients/48213075/chart",
                 "/policyholder/PH-583914/documents", "/donante/7315-4482", "/pazienti/583914"]
NO_HOLDER_ROUTES = ["/donors/2026/annual-report", "/supporters/2025-26", "/donor/thank-you", "/donors",
                    "/donor/1234", "/patient/login", "/supporters/wall", "/donor-stories/583914",
                    "/users/583914/settings", "/donate/583914"]
HOST = "https://charity.example.org"


@pytest.mark.parametrize("path", HOLDER_ROUTES)
def test_a_holder_s_id_after_a_holder_s_word_in_a_route_is_refused(path: str) -> None:
    assert person_routes.route_names_a_person(path)
    assert detector.reason(f"Receipt: {HOST}{path}") == person_routes.PERSON_ROUTE
    assert privacy.clean_url(f"{HOST}{path}?ref=mail") == f"{HOST}/"


@pytest.mark.parametrize("path", NO_HOLDER_ROUTES)
def test_a_holder_s_word_before_a_section_a_year_or_a_short_number_goes_out(path: str) -> None:
    assert not person_routes.route_names_a_person(path)
    assert privacy.clean_url(f"{HOST}{path}") == f"{HOST}{path}"


# A policy's word alone as a key holding a policy's number is the holder's; a policy page's name goes out.
POLICY_NUMBERS = ["policy=PP-583914-27", "Policy=58391427", "poliza=ES-58391427", "polizza=IT%2F583914",
                  "polis=NL.583.914", "apolice=583914-2"]
POLICY_PAGES = ["policy=privacy", "policy=cookies", "policy=standard", "policy=v2", "policy=2026",
                "policy=returns-2026", "polizza=kasko"]


@pytest.mark.parametrize("query", POLICY_NUMBERS)
def test_a_policy_s_number_under_a_policy_s_key_is_refused(query: str) -> None:
    assert privacy.clean_url(f"{HOST}/claims?{query}&step=2") == f"{HOST}/claims?step=2"


@pytest.mark.parametrize("query", POLICY_PAGES)
def test_a_policy_page_s_name_under_a_policy_s_key_goes_out(query: str) -> None:
    assert privacy.clean_url(f"{HOST}/legal?{query}") == f"{HOST}/legal?{query}"


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("policy", "PP-583914-27", True), ("POLIZA", "583914", True), ("policy", "privacy", False),
    ("policy_type", "PP-583914-27", False), ("policy", "PP 583914 27", False), ("policy", "1234", False)])
def test_holds_a_policy_number_reads_the_key_alone_and_one_token(key: str, value: str, expected: bool) -> None:
    assert personal_keys.holds_a_policy_number(key, value) is expected
