"""The eighteenth attack's names in scripts and its keys (tests/privacy_attack_cases_18.py): key words of Georgian,
Armenian, Mongolian, Kinyarwanda, Amharic and Khmer forms, names after a label in scripts without capitals
(Georgian, Ethiopic, Burmese, Khmer, Sinhala) or whose capitals fold (Armenian, Mongolian and Uzbek Cyrillic), a
patronymic line after any label, a full name after a label naming the shopper by role; with the near misses each
rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal

PERSONAL_KEY = "personal key"


@pytest.mark.parametrize(("key", "found"), [
    ("ტელეფონი", PERSONAL_KEY),  # Georgian: phone
    ("გვარი", PERSONAL_KEY),  # Georgian: family name
    ("հեռախոս", PERSONAL_KEY),  # Armenian: phone
    ("ազգանուն", PERSONAL_KEY),  # Armenian: family name
    ("регистр", PERSONAL_KEY),  # Mongolian: the register number
    ("регистрийн_дугаар", PERSONAL_KEY),
    ("утас", PERSONAL_KEY),  # Mongolian: phone
    ("indangamuntu", PERSONAL_KEY),  # Kinyarwanda: the identity card
    ("ስም", PERSONAL_KEY),  # Amharic: name, as `name` is
    ("የአባት_ስም", PERSONAL_KEY),  # the father's name
    ("ስልክ", PERSONAL_KEY),  # Amharic: phone
    ("លេខទូរស័ព្ទ", PERSONAL_KEY),  # Khmer: the phone's number, glued
    ("ទូរស័ព្ទដៃ", PERSONAL_KEY),  # Khmer: a mobile phone, the phone word a stem
    ("ဖုန်းနံပါတ်", PERSONAL_KEY),  # Burmese: the phone's number, glued
    ("ფასი", ""),  # Georgian: price
    ("ზომა", ""),  # Georgian: size
    ("Քանակ", ""),  # Armenian: quantity
    ("үнэ", ""),  # Mongolian: price
    ("ዋጋ", ""),  # Amharic: price
    ("តម្លៃ", ""),  # Khmer: price
    ("ဈေးနှုန်း", ""),  # Burmese: price
    ("මිල", ""),  # Sinhala: price
    ("cash_register", ""),  # English `register` is no lexicon word
])
def test_a_key_in_the_eighteenth_attacks_scripts_is_judged_by_its_words(key: str, found: str) -> None:
    assert detector.key_reason(key) == found


@pytest.mark.parametrize("text", [
    "სახელი: ნინო ბერიძე",  # Georgian: no capitals
    "Please deliver: სახელი: ნინო ბერიძე. Thanks",
    "Անուն: Արամ Պետրոսյան",  # Armenian: capitals folded to Latin look-alikes
    "Исм: Дилшод Каримов",  # Uzbek Cyrillic
    "Нэр: Батын Болд",  # Mongolian: the father's name first
    "ስም: አበበ ከበደ",  # Ethiopic
    "အမည်: အောင်ကိုကို",  # Burmese: one word, its vowel signs part of it
    "ឈ្មោះ: សុខា ចាន់",  # Khmer: the label's vowel signs part of it
    "Please deliver: ឈ្មោះ: សុខា ចាន់. Thanks",
    "නම: කමල් පෙරේරා",  # Sinhala
])
def test_a_name_after_a_name_label_in_a_caseless_script_is_a_persons_name(text: str) -> None:
    assert detector.reason(text) == postal.PERSON_NAME


@pytest.mark.parametrize(("text", "found"), [
    ("Ad: Elvin Əliyev Rauf oğlu", postal.PERSON_NAME),  # Azerbaijani: `ad` alone is no name label; the line is
    ("Please deliver: Ad: Elvin Əliyev Rauf oğlu. Thanks", postal.PERSON_NAME),
    ("Ism: Dilnoza Karimova Rustam qizi", postal.PERSON_NAME),  # Uzbek
    ("Ism: Karimova Rustam qizi", postal.PERSON_NAME),  # three words read in any case first
    ("Alıcı: Aliyev Samir Rauf qızı", postal.PERSON_NAME),
    ("ФИО: Алиев Рауф оглы", postal.PERSON_NAME),  # Cyrillic
    ("Seller: Rustam o'g'li", postal.PERSON_NAME),
    ("Fruit: Jamaican Ugli", ""),  # a patronymic's word is read in lower case only: the ugli fruit
    ("Color: dark blue", ""),
    ("Ad: Summer Sale", ""),  # an advertisement
])
def test_a_patronymic_line_after_any_label_is_a_persons_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Customer: Aram Petrosyan", postal.PERSON_NAME),
    ("Please deliver: Customer: Aram Petrosyan. Thanks", postal.PERSON_NAME),
    ("Guest: Anna Smith", postal.PERSON_NAME),
    ("Passenger: Tigran Hakobyan", postal.PERSON_NAME),
    ("Customer: Returning", ""),  # one word: a kind of customer as often
    ("Customer: Premium Member", ""),  # a generic addressee's word
    ("Client: Example Shop", ""),  # a business's word
    ("Customer favourites", ""),
    ("Category: Home Kitchen", ""),  # no role label
])
def test_two_capitalized_words_after_a_role_label_are_a_full_name(text: str, found: str) -> None:
    assert detector.reason(text) == found
