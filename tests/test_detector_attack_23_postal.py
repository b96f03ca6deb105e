"""The twenty-third attack's addresses (tests/privacy_attack_cases_23.py): a street line after a label naming an
address in Basque, Maltese, Welsh, Irish and Scottish Gaelic, Catalan and Galician (a Maltese street's article glued
by a hyphen, `Triq il-Kbira`), a file named by such an address (a street's particles between its words), a key named
by those address words; and a shop's tag in square brackets whose line holds a lower-case `i` (another language's
word, not English's `I`), which is no chat speaker. With the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import PERSONAL_KEY
from meta_capi.postal import PERSON_NAME, POSTAL_ADDRESS


@pytest.mark.parametrize("text", [
    "Helbidea: Kale Nagusia 12, 3. ezk., 48005 Bilbo",  # Basque
    "Bidalketa helbidea: Kale Nagusia 12, Bilbo",  # Basque "shipping address" (a word ending in the noun)
    "Indirizz: Triq il-Kbira 45, Ħal Qormi QRM 1234",  # Maltese, the article glued to the name
    "Indirizz: Triq tal-Ħamrun 8, Ħamrun",
    "Cyfeiriad: 12 Heol y Frenhines, Caerdydd CF10 2BH",  # Welsh, the number first
    "Seoladh: 14 Sráid Mhór, Gaillimh",  # Irish and Scottish Gaelic
    "Enderezo: Rúa do Vilar 18, 15705 Santiago",  # Galician
    "CYFEIRIAD: 12 Heol y Frenhines, Caerdydd",  # the label in capitals
])
def test_a_street_line_after_a_celtic_basque_or_maltese_address_label_is_an_address(text: str) -> None:
    assert detector.reason(text) == POSTAL_ADDRESS


@pytest.mark.parametrize("text", [
    "helbidea_Kale_Nagusia_12_Bilbo.pdf",
    "cyfeiriad_Heol_y_Frenhines_12_Caerdydd.pdf",  # a particle between the street's words
    "indirizz_Triq_Nazzjonali_45_Qormi.docx",
    "HELBIDEA_KALE_NAGUSIA_12_BILBO.PDF",
])
def test_a_file_named_by_an_address_in_those_languages_is_an_address(text: str) -> None:
    assert detector.reason(text) == POSTAL_ADDRESS


@pytest.mark.parametrize("key", ["helbidea", "indirizz", "cyfeiriad", "seoladh", "adreca", "enderezo",
                                 "bidalketa_helbidea"])
def test_a_key_named_by_an_address_word_of_those_languages_is_personal(key: str) -> None:
    assert detector.key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("text", [
    "Kale Nagusia Poster A3",  # a product named after a street
    "Triq il-Kbira Tote Bag",  # no label, no number
    "Indirizz tal-ħanut: ara l-mappa",  # "the shop's address: see the map" (no street line)
    "Address_Labels_30_Sheet.pdf",  # a count of things after the number
    "cyfeiriad_Heol_y_Frenhines_poster.pdf",  # no house number
    "[Size Guide]: gweler y siart",
    "[Cynnig Arbennig]: 20% i ffwrdd",  # Welsh "special offer: 20% off"; `i` is "to", not English's `I`
    "[Oferta Especial]: samarreta i gorra",  # Catalan `i` is "and"
    "[Nowa Kolekcja]: buty i torby",  # Polish `i` is "and"
])
def test_ordinary_shop_text_in_those_languages_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "[Ilisapi Nuvalinga]: I need help",  # English's `I`, a capital
    "[Ilisapi Nuvalinga]: where is my parcel?",
    "[10:02] [Ilisapi Nuvalinga]: I'm still waiting",
    "[Ilisapi Nuvalinga]: i'm still waiting",  # the contraction in lower case is English's alone
])
def test_a_chat_speaker_in_brackets_saying_a_first_person_line_is_still_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("path", [
    "/u/helbidea_Kale_Nagusia_12_Bilbo.pdf/orders",
    "/docs/cyfeiriad_Heol_y_Frenhines_12_Caerdydd.pdf",
    "/files/adresa_Vodickova_681_Praha.pdf",
])
def test_a_file_named_by_an_address_in_a_url_path_is_an_address(path: str) -> None:
    assert detector.reason(path.replace("/", "\n"), segments=True) == POSTAL_ADDRESS


@pytest.mark.parametrize("path", [
    "/products/blue_sneakers.html",  # a file's name, no address in it
    "/downloads/Address_Labels_30_Sheet.pdf",
    "/products/blue-sneakers",
])
def test_a_url_path_naming_no_address_goes_out(path: str) -> None:
    assert detector.reason(path.replace("/", "\n"), segments=True) == ""


@pytest.mark.parametrize(("user_agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; helbidea_Kale_Nagusia_12_Bilbo.pdf) Mobile", POSTAL_ADDRESS),
    ("Mozilla/5.0 (Linux; Android 14; cyfeiriad_Heol_y_Frenhines_12_Caerdydd.pdf) Mobile", POSTAL_ADDRESS),
    ("Mozilla/5.0 (Linux; Android 14; SM_A536B.build) Mobile", ""),  # a model's name with `_` and `.`
    ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile", ""),
])
def test_a_user_agent_field_that_is_a_file_named_by_an_address_is_an_address(user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found
