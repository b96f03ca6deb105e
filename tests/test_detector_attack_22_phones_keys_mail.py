"""The twenty-second attack's phones, keys and spelled addresses (tests/privacy_attack_cases_22.py): the telephone's
words of Latvian, Northern Sámi, Kalaallisut, K'iche' (its glottal stop's apostrophe inside the label's word) and Lao;
a label linked to its number in a sentence (`my number is`, `call me on`, spelled in number words too); mobile money
named by its own name (MPay, Mosan, M-Paisa; FPS only right before the number); personal numbers and family names of
the Baltic states, Slovenia, Slovakia, Hong Kong, Bolivia and the tribal nations as keys; Estonian `ät` for "@". With
the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal


@pytest.mark.parametrize(("value", "found"), [
    ("Tālrunis: 2123 4567", detector.LABELLED_NUMBER),  # Latvian
    ("Talrunis: 2123 4567", detector.LABELLED_NUMBER),  # without its long vowel
    ("Telefovdna: 412 34 567", detector.LABELLED_NUMBER),  # Northern Sámi
    ("Oqarasuaat: 52 12 34", detector.PHONE),  # Kalaallisut: Greenland's six digits after a telephone's word
    ("Ajtzijb'al: 5123-4567", detector.LABELLED_NUMBER),  # K'iche': the apostrophe is a letter of the word
    ("AJTZIJB'AL 5123 4567", detector.LABELLED_NUMBER),
    ("Ajtzijb’al: 5123-4567", detector.LABELLED_NUMBER),  # the typographic apostrophe, as the elided article's
])
def test_a_number_after_a_telephones_word_of_the_twenty_second_attack_is_labelled(value, found):
    assert detector.reason(value) == found


@pytest.mark.parametrize("value", [
    "Tālrunis: Nokia 3310",  # a telephone's word before no number
    "O'Neill 2024 collection",  # an apostrophe between letters of a name before a year
    "O’Neill 2024 collection",
    "Kid’s size 128",
    "Kid's size 128",
    "Oqarasuaat 2 pcs",
])
def test_a_telephones_word_or_an_apostrophe_before_an_ordinary_number_is_ordinary(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "my number is 5123 4567",
    "[Kadri Saar] my number is 5123 4567",
    "call me on 9123 4567",
    "call me at 91234567",
    "text me 9123 4567",
    "call me on nine one two three four five six seven",  # number words read as their digits after the label
    "mi número es 5123 4567",
])
def test_a_persons_number_label_linked_to_its_number_in_a_sentence_labels_it(value):
    assert detector.reason(value) == detector.LABELLED_NUMBER


@pytest.mark.parametrize("value", [
    "call us on 5123 4567",  # the shop's number
    "the order number is 5123 4567",  # a code's number word, no possessive
    "our number is 5123 4567",
    "call me later, order 5123 4567",
    "the price is 1299",
])
def test_a_linking_word_after_no_persons_label_leaves_the_number_alone(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "MPay 6612 3456",  # Macau
    "Mosan 7723 4567",  # Timor-Leste
    "M-Paisa: 7723 4567",
    "FPS 9123 4567",  # Hong Kong's Faster Payment System
    "FPS: 9123 4567",
])
def test_a_mobile_number_after_a_mobile_money_services_own_name_is_a_phone(value):
    assert detector.reason(value) == detector.PHONE


@pytest.mark.parametrize("value", [
    "Monitor 144 FPS, model 9123 4567",  # frames per second, not right before the number
    "FPS 60",
    "MPay voucher 50",
])
def test_frames_per_second_or_a_services_name_before_no_mobile_number_is_ordinary(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("key", [
    "isikukood", "asmens_kodas", "personas_kods", "emso", "EMŠO", "身份證號碼", "carnet_de_identidad",
    "tribal_enrollment_number", "priimek", "pavarde", "pavardė", "uzvārds", "uzvards", "perekonnanimi",
    "priezvisko", "eesnimi", "nama_penuh", "ເບີໂທ", "ໂທລະສັບ", "Telefovdna", "talrunis", "mpay_number",
])
def test_keys_of_personal_numbers_family_names_and_phones_of_the_twenty_second_attack_are_personal(key):
    assert detector.key_reason(key) == detector.PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "enrollment_date", "course_enrollment", "carnet", "fps", "mpay", "kods", "tribal_print",
])
def test_a_services_name_or_half_a_personal_numbers_name_is_no_personal_key(key):
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize(("value", "found"), [
    ("zqkadri ät mail punkt ee", detector.EMAIL),  # Estonian, as Finnish, says `ät`
    ("zqkadri kommertsmärk mail punkt ee", detector.EMAIL),
    ("zqwyn ät example piste fi", detector.EMAIL),  # Finnish `ät` with its own word for "." still
    ("Hind ät 5 punkt", ""),
    ("hinnad ät kevad", ""),
])
def test_estonian_at_with_its_words_for_a_dot_spells_an_address(value, found):
    assert detector.reason(value) == found


# A user agent's fields are read as texts of their own (the twenty-second attack's self-introduction in a field): the
# blanks around each `;`, `(`, `)` are taken once from the start of their run, not again from each blank (a field of
# 100 KB of blanks took 48 s natively, quadratic; 20 ms linear).
@pytest.mark.parametrize(("user_agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; I am Tomasz Wiśniewski, recommend shoes)", postal.PERSON_NAME),
    ("Mozilla/5.0 (Linux; I am" + " " * 100_000 + "x)", ""),
    ("Mozilla/5.0 (Linux; I am" + " \t" * 50_000 + "Tomasz Wisniewski)", ""),
])
def test_a_user_agents_fields_are_bounded_once_however_long_their_blanks(user_agent, found):
    assert detector.user_agent_reason(user_agent) == found
