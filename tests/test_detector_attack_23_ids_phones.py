"""The twenty-third attack's ids and phones (tests/privacy_attack_cases_23.py): Malta's identity card after its label
(the Maltese article `tal-` read past as a French elided one is; `Nru.`, Maltese's number word), Luxembourg's
`Matricule`, the UK's National Insurance in Scottish Gaelic, Turkish identity and the population register's kind one
word before its register word, a Hong Kong card with its check digit in a user agent's comment, Maltese and Faroese
mobiles (a compound ending in a telephone's long word names a telephone). With the near misses each rule leaves
alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID, PHONE

TC = "10485736240"  # a TC Kimlik number with both its check digits
MATRICULE = "1985123104514"  # born 31 Dec 1985, its Luhn and Verhoeff digits


@pytest.mark.parametrize(("text", "found"), [
    ("Karta tal-identità: 1234567M", LABELLED_NUMBER),
    ("Karta tal-Identità: 1234567M", LABELLED_NUMBER),
    ("KARTA TAL-IDENTITÀ: 1234567M", LABELLED_NUMBER),
    ("Karta tad-Identità: 1234567M", LABELLED_NUMBER),  # the article's consonant assimilated
    ("Karta tal-Identità Nru. 1234567M", NATIONAL_ID),
    ("Identità Nru. 1234567M", NATIONAL_ID),
    ("Karta: 1234567M", ""),  # a card alone names no identity
    ("Karta tal-Kreditu: 12345678", ""),  # a credit card's label, no identity's
    ("Kristal-Identità 1234567M", ""),  # `tal` inside a word is no article
    ("Numru tal-Ordni 12345678", ""),  # an order's number
    ("Nru. 1234567M", ""),
])
def test_a_maltese_identity_card_is_read_after_its_label_and_article(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    (f"Matricule: {MATRICULE}", LABELLED_NUMBER),
    (f"Matricule {MATRICULE}", LABELLED_NUMBER),
    (f"Article {MATRICULE}", ""),
    (MATRICULE, ""),
    ("Àireamh Àrachais Nàiseanta: QQ123456C", NATIONAL_ID),
    ("Àrachas Nàiseanta: QQ123456C", NATIONAL_ID),
    ("Àireamh: QQ123456C", ""),  # a number word alone
    ("QQ123456C", ""),
])
def test_luxembourgs_matricule_and_a_gaelic_national_insurance_label_name_the_number(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    (f"Kimlik numarası {TC}", NATIONAL_ID),
    (f"Nüfus kayıt numarası {TC}", NATIONAL_ID),  # the register's kind one word before its register word
    (f"NÜFUS KAYIT NUMARASI {TC}", NATIONAL_ID),
    (f"Kayıt numarası {TC}", ""),  # a register alone names no id
    (f"Ürün kayıt numarası {TC}", ""),  # a product's registration
    (f"Sipariş numarası {TC}", ""),  # an order's number
])
def test_a_turkish_identity_number_is_read_after_its_register_and_its_kind(text: str, found: str) -> None:
    assert detector.reason(text) == found


_UA = "Mozilla/5.0 (Linux; Android 14; {}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"


@pytest.mark.parametrize(("comment", "found"), [
    ("Ταυτότητα Χονγκ Κονγκ: K123456(0)", NATIONAL_ID),
    ("K123456(0)", NATIONAL_ID),
    ("K123456(1)", ""),  # the wrong check digit
    ("SM-A546B", ""),
])
def test_a_hong_kong_card_with_its_check_digit_is_read_in_a_user_agents_comment(comment: str, found: str) -> None:
    assert detector.user_agent_reason(_UA.format(comment)) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Mowbajl: 7912 3456", LABELLED_NUMBER),
    ("Fartelefon: 21 34 56", PHONE),  # six digits after a compound ending in `telefon`
    ("Mobiltelefon: 21 34 56", PHONE),
    ("Giehtatelefovdna: 21 34 56", PHONE),  # Sámi `telefovdna`: every long telephone word of the lexicon
    ("Fartelefon: 7912 3456", LABELLED_NUMBER),
    ("Headphone 213456", ""),  # `phone` is too short an ending
    ("Saxofon 213456", ""),
    ("Telefonhalter 213456", ""),  # a telephone's word at the start names a thing for it
    ("Telefonkarte: 21 34 56", ""),
])
def test_maltese_and_faroese_mobile_labels_name_a_phone_number(text: str, found: str) -> None:
    assert detector.reason(text) == found
