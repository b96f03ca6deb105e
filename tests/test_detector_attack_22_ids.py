"""The twenty-second attack's ids (tests/privacy_attack_cases_22.py) and the twenty-first's leftover (`Numéro Personnel
d'Identification`): Hong Kong's identity card by its check character, the Czech and Slovak birth number as printed
(a slash after the date, divisible by 11), any country's alpha-3 code in the Ghana Card's layout, a register's word
beside its kind, id cards named by their last word in Czech, Slovak, Slovene and Croatian, traditional Chinese
`身份證`, the Portuguese number sign `n.º`, a French elided article inside a label, and EMŠO's check after its label
in a URL path's segment. With the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID


@pytest.mark.parametrize(("text", "found"), [
    ("Z683365(A)", NATIONAL_ID),  # the check character 10, `A` (canonical text reads `(A)` as a spelled `@`)
    ("身份證號碼：Z683365(A)", NATIONAL_ID),
    ("Hola, Z683365(A) — gracias", NATIONAL_ID),
    ("A123456(3)", NATIONAL_ID),
    ("C668668(9)", NATIONAL_ID),
    ("XA123456(8)", NATIONAL_ID),  # two letters
    ("z683365(a)", NATIONAL_ID),  # its letters in one case
    ("A123456(4)", ""),  # the wrong check
    ("Pastéis de nata Macau (6)", ""),
    ("Size M 123456(7)", ""),  # no letter glued to the digits
])
def test_a_hong_kong_identity_card_is_read_by_its_check_character(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "id_like", "found"), [
    ("855215/1234", False, NATIONAL_ID),  # a woman born 15 Feb 1985 (month + 50), divisible by 11
    ("790314/6548", False, NATIONAL_ID),
    ("855215/1234", True, NATIONAL_ID),  # a layout no code shares: in ids too
    ("The visitor gave their birth number 855215/1234 to verify", False, NATIONAL_ID),
    ("855215/1235", False, ""),  # not divisible by 11
    ("2024/1234", False, ""),
    ("BRN-000123456-7", False, NATIONAL_ID),  # Brunei's code in the Ghana Card's layout
    ("USA 000123456 7", True, NATIONAL_ID),
    ("GHA-723456781-4", True, NATIONAL_ID),
    ("XYZ-000123456-7", False, ""),  # no country's code
    ("ORD-123456789-1", True, ""),
])
def test_a_birth_number_slashed_and_a_country_code_in_the_ghana_card_layout_are_national_ids(
        text: str, id_like: bool, found: str) -> None:
    assert detector.reason(text, id_like=id_like) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Registro Civil 45678912", NATIONAL_ID),  # a register's word beside its kind
    ("Navajo Nation census number 987654321", NATIONAL_ID),  # a nation's census
    ("Numéro Personnel d'Identification : 1234567890", NATIONAL_ID),  # personal: the national number, ten digits
    ("Personal No. 01001012345", NATIONAL_ID),
    ("občiansky preukaz EA123456", NATIONAL_ID),  # an id card's last word before its number
    ("osebna izkaznica 001234567", LABELLED_NUMBER),
    ("osobna iskaznica 001234567", LABELLED_NUMBER),
    ("Bilhete de Identidade n.º 1234567", LABELLED_NUMBER),  # the number sign `n.º` leaves the label in charge
    ("BIR n.º 1234567(8)", LABELLED_NUMBER),  # Macau's resident card
    ("澳門居民身份證 5215299(8)", LABELLED_NUMBER),  # traditional Chinese identity card
    ("身份證號碼：12345678", LABELLED_NUMBER),
    ("Registro 45678912", ""),  # the register alone names no id
    ("census tract 987654321", ""),
    ("Census number 2020", ""),
    ("Artigo n.º 1234567", ""),
    ("Pedido n.º 1234567", ""),
    ("Numéro d'article : 1234567890", ""),
])
def test_register_words_id_card_names_and_number_signs_label_a_personal_number(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("url", "cleaned"), [
    ("https://shop.example.com/u/EMSO%3A%200101992500019/orders", "https://shop.example.com/"),
    # the wrong check: still a number under a personal number's own name (`emso`, a key of the lexicon)
    ("https://shop.example.com/u/EMSO%3A%200101992500018/orders", "https://shop.example.com/"),
    ("https://shop.example.com/p/0101992500019", "https://shop.example.com/p/0101992500019"),  # no label
])
def test_thirteen_digits_with_emso_check_after_its_label_in_a_url_path_are_dropped(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url) == cleaned


def test_a_key_naming_the_traditional_chinese_identity_card_is_personal() -> None:
    assert detector.key_reason("身份證號碼") == detector.key_reason("身份证号码") == detector.PERSONAL_KEY
