"""The eighteenth attack's ids (tests/privacy_attack_cases_18.py): ids with no known check digit read by their
layout (Azerbaijan's FIN after its label, Rwanda's national id in its printed groups, Myanmar's NRC, Mongolia's
register number by its Cyrillic letters and birth date), and ids named by their own words as labels of the lexicon
(Uzbekistan's PINFL, Mongolia's `РД`, Ethiopia's `Fayda`, the passport in Armenian, Georgian and Amharic); with the
near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID, PHONE

PERSONAL_KEY = "personal key"


@pytest.mark.parametrize(("text", "found"), [
    ("FIN: 5ABC7DE", NATIONAL_ID),  # seven letters and digits holding both, after its label
    ("Mənim FİN kodum deyil, FIN 7XK2M9P", NATIONAL_ID),
    ("fin: ab12345", NATIONAL_ID),
    ("FIN: 1234567", ""),  # digits alone: no FIN's mix
    ("FIN 2024", ""),
    ("Fin de la promo: SUMMERS", ""),  # letters alone
    ("FIN: 5ABC7DE8", ""),  # eight characters: not its length
    ("Finish 5ABC7DE", ""),  # not the label
    ("Dolphin 5ABC7DE", ""),
])
def test_an_azerbaijani_fin_after_its_label_is_a_national_id(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("ID: 1 1990 8 0012345 1 23", NATIONAL_ID),  # 1-4-1-7-1-2: a holder's kind, a year of birth, a sex digit
    ("Rwanda 1-2001-7-0456789-0-12", NATIONAL_ID),
    # after its Kinyarwanda label (a key word of the lexicon), the label's reading comes first
    ("Indangamuntu 1-2001-7-0456789-0-12", LABELLED_NUMBER),
    ("1 1990 5 0012345 1 23", ""),  # sex digit 5: not the layout
    ("1 1890 8 0012345 1 23", ""),  # no year of birth
    ("4 1990 8 0012345 1 23", ""),  # holder's kind 1 to 3 only
    ("1 1990 8 0012345 1-23", ""),  # one separator throughout
    ("1199080012345123", ""),  # unbroken, no check digit: an order's number as often (README: not claimed)
    ("Order 1199080012345123", ""),
])
def test_a_rwandan_id_in_its_printed_groups_is_a_national_id(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("NRC 12/MaYaKa(N)123456", NATIONAL_ID),
    ("my card 9/MaHaMa(N) 654321 thanks", NATIONAL_ID),
    ("မှတ်ပုံတင် ၁၂/မရက(နိုင်)၁၂၃၄၅၆", NATIONAL_ID),  # Burmese letters and digits
    ("12/MaYaKa(N)12345", ""),  # five digits
    ("15/MaYaKa(N)123456", ""),  # no state 15
    ("Pack of 2/3 (XL) 123456", ""),
    ("12/MaYaKa 123456", ""),  # no citizenship in parentheses
])
def test_a_myanmar_nrc_by_its_layout_is_a_national_id(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("УБ99112345", NATIONAL_ID),  # Cyrillic letters, a birth date 1999-11-23
    ("регистрийн дугаар УБ99112345", NATIONAL_ID),
    ("РД: ЧЕ05251234", NATIONAL_ID),  # born 2005-05-25: the month plus 20
    ("РД: АВ99112345", NATIONAL_ID),  # letters that fold to Latin look-alikes: after its label
    ("АВ99112345", ""),  # the same alone: a Latin code's shape
    ("AB99112345", ""),  # Latin letters: a code
    ("УБ99132345", ""),  # month 13: no birth date
    ("УБ99110045", ""),  # day 00
    ("SKU: ХЛ99112345", ""),  # after a code label
    ("УБ991123456", ""),  # nine digits
])
def test_a_mongolian_register_number_is_a_national_id(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("PINFL: 31234567890123", LABELLED_NUMBER),
    ("JShShIR 31234567890123", LABELLED_NUMBER),  # its capitals split it: `j sh sh ir`
    ("JSHSHIR 31234567890123", LABELLED_NUMBER),
    ("ЖШШИР 31234567890123", LABELLED_NUMBER),
    ("Fayda FAN 1234 5678 9012 3456", LABELLED_NUMBER),
    ("Fayda 1234567890123456", LABELLED_NUMBER),
    ("Fan 1234 5678 9012 3456", ""),  # a fan alone names no id
    ("Անձնագիր AN0123456", LABELLED_NUMBER),
    ("პასპორტი 12AB34567", NATIONAL_ID),
    ("31234567890123", ""),  # fourteen digits alone: a code's
])
def test_an_id_named_by_its_own_word_is_personal_before_a_number(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("key", "found"), [
    ("pinfl", PERSONAL_KEY),
    ("customer_jshshir", PERSONAL_KEY),
    ("fayda_number", PERSONAL_KEY),
    ("fayda", ""),  # Turkish "benefit" alone
    ("fan_speed", ""),
])
def test_an_id_named_by_its_own_word_is_a_personal_key(key: str, found: str) -> None:
    assert detector.key_reason(key) == found


def test_a_phone_is_still_a_phone_after_these_rules() -> None:
    assert detector.reason("Tel: +250 788 123 456") == PHONE
