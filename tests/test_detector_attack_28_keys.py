"""The twenty-eighth attack's key words (tests/privacy_attack_cases_28.py): name and family-name words of Oromo,
Luganda, Kalaallisut, Xhosa, Faroese and Nepali; a mother's or a father's name (Swahili, Somali, Urdu, Bengali,
transliterated Arabic, Arabizi's customer); a name word with its possessive after it (Zulu `igama lami`); the attention
of and a passport's machine-readable zone; addresses, identity, birth, passports and car plates of the round's
languages. With the shop's keys that share their words, which are ordinary."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.personal_keys import names_personal_data


@pytest.mark.parametrize("key", [
    "maqaa", "erinnya", "ateq", "maqaa_customer",  # Oromo, Luganda, Kalaallisut name words
    "ifani", "eftirnavn", "थर",  # Xhosa, Faroese, Nepali family names
    "jina_la_mama", "jina_la_baba", "magaca_hooyada", "magaca_aabaha", "والدہ_کا_نام", "والد_کا_نام", "মাতার_নাম",
    "ism_al_umm", "esm_el_3amil", "esm_kamel",  # a mother's, a father's name; Arabizi's customer, full name
    "Igama lami", "igama_lakho", "jina_langu", "emri_im",  # "my name", "your name"
    "attention_of", "for_the_attention_of", "mrz_line_1", "mrz",
    "bustaður", "najugaq", "پتہ", "ཁ་བྱང", "aqoonsi", "aqoonsiga",  # addresses, Somali identity
    "taariikhda_dhalashada", "tug_ilgan_sana", "dzimsanas_datums", "dzimšanas_datums", "gimimo_data", "datelindja",
    "ditëlindja", "datum_rojstva", "rojstni_dan", "føðingardagur", "inunngorfik", "تاریخ_پیدائش", "জন্ম_তারিখ",
    "জন্মদিন", "မွေးနေ့", "ថ្ងៃកំណើត", "ວັນເກີດ",  # birth
    "pasipoti", "pasaporti", "pasaporta", "pases_numurs", "paso_numeris", "passi_number", "stevilka_potnega_lista",
    "potni_list",  # passports
    "namba_ya_gari", "car_reg", "carReg", "vehicle_registration", "nummerplaat", "номер_авто", "госномер",
    "davlat_raqami",  # car plates
])
def test_a_key_word_of_the_twenty_eighth_attack_names_personal_data(key: str) -> None:
    assert names_personal_data(key)


@pytest.mark.parametrize("key", [
    "esm", "esm_version", "mama", "mama_size", "baba", "umm", "jina_la_bidhaa",  # ECMAScript modules; a product's name
    "van", "van_model", "attention", "attention_span",  # a vehicle; not a person
    "pase", "paso", "passi", "pases", "numurs", "pase_de_temporada",  # Spanish and Italian pass, step; a season pass
    "car", "carregar", "car_model", "registration_number", "nambari_ya_usajili",  # a business's registration too
    "naslov", "naslov_proizvoda",  # Croatian and Serbian title, a product's title
    "lista", "dan", "data", "sana",  # words of those compounds alone
])
def test_the_shops_keys_sharing_those_words_are_ordinary(key: str) -> None:
    assert not names_personal_data(key)


@pytest.mark.parametrize(("text", "found"), [
    ("Jina la mama: Wanjiru Kamau", "holds a person's name"),
    ("Pasipoti: A38471265", "holds a number labelled as personal data"),
    ("Lambarka aqoonsiga: 38471265", "holds a number labelled as personal data"),
    ("Datëlindja: 17.09.1987", "holds a number labelled as personal data"),
    # near misses: the words in a shop's text
    ("Mama Africa Coffee 250g", ""),
    ("Pasaporta e kafshëve 12 faqe", ""),  # a pet's passport, a product
    ("Jina la bidhaa: Kikombe", ""),  # the product's name
])
def test_the_words_label_the_data_after_them_in_text(text: str, found: str) -> None:
    assert detector.reason(text) == found
