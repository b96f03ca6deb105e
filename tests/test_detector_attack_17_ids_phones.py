"""The seventeenth attack's ids and phones (tests/privacy_attack_cases_17.py): the Maghreb's identity cards after
their labels (Morocco's and Tunisia's CIN, Morocco's CNIE, the card named in Arabic), a Moroccan CIN of five digits
after its letters, Portugal's NIF after `Contribuinte`, a national id after a nationality's word (`Thai ID`),
Central America's `Cel.` before a mobile, a mobile after its trunk prefix as a code's group (a mobile-money
reference); with the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID, PHONE

PERSONAL_KEY = "personal key"


@pytest.mark.parametrize(("text", "found"), [
    ("CIN: BE123456", NATIONAL_ID),  # letters and six digits after the card's label: the document's number
    ("CNIE: BE123456", NATIONAL_ID),
    ("CIN n° 08765432", LABELLED_NUMBER),  # Tunisia's: eight digits
    ("ma CIN est JA98765, merci", NATIONAL_ID),  # two letters and five digits, a word between
    ("رقم البطاقة الوطنية: BK654321", NATIONAL_ID),  # the national card, its article and letter variants folded
    ("بطاقة التعريف: 08765432", LABELLED_NUMBER),
    ("JA98765", ""),  # no label: a code
    ("Ref JA98765", ""),
    ("Coupon JA98765", ""),
    ("Promo: JA98765", ""),
    ("Vaccin JA98765", ""),  # `cin` is a whole token only
    ("Cinema JA98765", ""),
    ("CINE: BE123456", ""),
])
def test_a_maghreb_identity_card_after_its_label_is_a_national_id(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the placeholder's digits, after the NIF's label (read past the number sign `n.º`: a labelled number since the
    # twenty-second attack)
    ("Contribuinte n.º 123456789", LABELLED_NUMBER),
    ("Contribuinte: 238715493", NATIONAL_ID),
    ("Thai ID: 1101900001231", NATIONAL_ID),  # province 10: a nationality's word names no code
    ("Moroccan ID: 12345678", LABELLED_NUMBER),
    ("Product ID: 1101900001231", ""),  # a code's label: the Thai check passes one number in eleven
    ("Thai Silk ID 1101900001231", ""),
])
def test_a_taxpayer_or_a_nationality_label_names_the_persons_number(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("key", "found"), [
    ("cin", PERSONAL_KEY),
    ("cnie", PERSONAL_KEY),
    ("cin_number", PERSONAL_KEY),
    ("البطاقة_الوطنية", PERSONAL_KEY),
    ("numero_contribuinte", PERSONAL_KEY),
    ("thai_id", PERSONAL_KEY),
    ("moroccan_id", PERSONAL_KEY),
    ("vaccin_lot", ""),
    ("cinema", ""),
    ("thai_food", ""),
    ("cel", PERSONAL_KEY),  # a whole key (thirty-fourth attack); as a label, before a mobile only
    ("cel_temperature", ""),
])
def test_the_new_identity_words_name_a_key_personal(key: str, found: str) -> None:
    assert detector.key_reason(key) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Cel. 8888-1234", PHONE),  # Costa Rica's mobile, eight digits without a trunk prefix
    ("Cel: 88881234", PHONE),
    ("Cel 25", ""),  # a temperature
    ("Cel. 36.6", ""),
    ("Cel 1234", ""),
])
def test_cel_before_a_plans_mobile_names_it_a_phone(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Orange Money OM-0612345678-2411", PHONE),  # a mobile-money reference holding the payer's mobile
    ("Order 0612345678-2411", PHONE),
    ("OM-2026-1130-0042", ""),  # a date and a serial
    ("INV-1234567890-01", ""),  # no trunk prefix
    ("SKU 0712345678-01", ""),  # a product's code: its own digits
    ("Lot 0612345678-2411", ""),
])
def test_a_codes_group_that_is_a_mobile_after_its_trunk_prefix_is_a_phone(text: str, found: str) -> None:
    assert detector.reason(text) == found
