"""The twenty-seventh attack's key words (tests/privacy_attack_cases_27.py): the telephone in Sinhala, Welsh, Irish,
Breton, Malagasy, Tamil and Tigrinya, the name in Tamil and Tigrinya, the address in Icelandic, Malagasy and Tamil,
and the Celtic number word written before what it numbers (`uimhir PPS`, `rhif ffôn`); the name and recipient labels
of Ewe, Northern Sami, Icelandic, Hausa and Amharic and the Icelandic salutation; with the shop's keys and text that
share their words, which are ordinary."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.personal_keys import names_personal_data

NAME = "holds a person's name"


@pytest.mark.parametrize("key", [
    "දුරකථනය", "දුරකථන_අංකය",  # Sinhala: the telephone, its number
    "ffôn", "rhif_ffon", "Rhif ffôn",  # Welsh
    "guthán", "uimhir_fóin", "Uimhir Fóin", "teileafón",  # Irish
    "pellgomz", "niverenn_bellgomz",  # Breton
    "finday", "laharana_finday", "telefaonina",  # Malagasy
    "தொலைபேசி", "கைபேசி", "அலைபேசி",  # Tamil: the telephone, the mobile
    "ስልኪ", "ቁጽሪ_ስልኪ",  # Tigrinya
    "பெயர்", "customer_பெயர்", "ሽም",  # Tamil and Tigrinya name words
    "heimilisfang", "adiresy", "முகவரி",  # Icelandic, Malagasy and Tamil addresses
    "uimhir_pps", "Uimhir PPS", "rhif_ni",  # Irish PPS and the UK's NI numbers, the number word first
])
def test_a_key_word_of_the_twenty_seventh_attack_names_personal_data(key: str) -> None:
    assert names_personal_data(key)


@pytest.mark.parametrize("key", [
    "foin", "foin_bio", "prix_foin",  # French hay (Irish `fóin` only after its number word)
    "rhif_archeb", "uimhir_ordaithe", "niverenn_urzhiad",  # an order's number in Welsh, Irish and Breton
    "laharana", "uimhir", "rhif",  # a number alone
    "product_பெயர்",  # a product's name in Tamil
])
def test_the_shops_keys_sharing_those_words_are_ordinary(key: str) -> None:
    assert not names_personal_data(key)


@pytest.mark.parametrize("text", [
    "Ffôn: 029 2087 0000", "Guthán: 01 234 5678", "Pellgomz: 02 98 12 34 56", "Finday: 034 12 345 67",
    "தொலைபேசி: 077 123 4567", "ስልኪ: 07 123 4567",
])
def test_the_telephone_words_label_a_number_in_text(text: str) -> None:
    assert detector.reason(text) == "holds a phone number"


@pytest.mark.parametrize(("text", "found"), [
    ("Ŋkɔ: Kofi Dogbe", NAME),  # Ewe
    ("Namma: Anna Nuorra", NAME),  # Northern Sami
    ("Móttakari: Rokur Jonsson", NAME),  # Icelandic: who receives
    ("Mai karɓa: Danjuma Karkasa", NAME),  # Hausa: who receives
    ("ሙሉ ስም፦ አበበ ከበደ", NAME),  # Amharic: the full name
    ("Kæra Anna Jonsdottir,\ntakk fyrir pöntunina.", NAME),  # Icelandic salutation
    ("Kaera Anna Jonsdottir, takk", NAME),
    # near misses: a label the lexicon leaves alone (Azerbaijani `Ad:` is English "ad" too), a word after no colon
    ("Ad: Summer Sale Collection", ""),
    ("Namma Metro Card", ""),
    ("Kæra vara, takk", ""),
])
def test_the_round_s_name_labels_and_salutation(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("key", "personal"), [
    ("ŋkɔ", True), ("namma", True), ("móttakari", True), ("mai_karɓa", True), ("ሙሉ_ስም", True),
    ("mai", False), ("namma_id", False), ("ሙሉ", False),
])
def test_the_round_s_label_words_as_keys(key: str, personal: bool) -> None:
    assert names_personal_data(key) is personal


@pytest.mark.parametrize(("text", "found"), [
    ("Numer AVS: 7569217076985", "holds a number labelled as personal data"),  # Romansh: an EAN-13 by design
    ("AVS: 7569217076985", "holds a number labelled as personal data"),
    ("AVS-Nr: 7569217076985", "holds a number labelled as personal data"),
    # near misses: a payment's address verification
    ("AVS result: Y", ""),
    ("AVS code: 12345", ""),
    ("AVS check passed for order 123456", ""),
])
def test_the_swiss_avs_label_names_the_ahv_number(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("key", "personal"), [
    ("avs_nr", True), ("avs_number", True), ("avs", False), ("avs_result", False), ("avs_code", False),
    ("billing_avs", False),
])
def test_the_avs_key(key: str, personal: bool) -> None:
    assert names_personal_data(key) is personal
