"""The names after labels of the twenty-second attack (postal.py, named_in_text.py, personal_keys.py): the name and
family-name words of Slovene, Slovak, Latvian, Lithuanian and Estonian forms, with and without their diacritics; Lao's
name word, one letter once the canonical form has removed its vowel signs; Tibetan's name word before its shad, and a
name whose syllables the tsheg joins; words in lower case after a possessive person label, ended in running text as a
name after a label is. Exact verdicts, and the ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize("value", [
    "Ime in priimek: Janez Žnidaršič",
    "Ime in priimek: Janez Znidarsic",
    "Priimek: Žnidaršič",
    "Meno a priezvisko: Zuzana Kováčiková",
    "Meno: Zuzana Kováčiková",
    "Vārds, uzvārds: Jānis Bērziņš",
    "Vards, uzvards: Janis Berzins",
    "Vārds: Jānis Bērziņš",
    "Vardas ir pavardė: Jonas Kazlauskas",
    "Vardas: Jonas Kazlauskas",
    "Perekonnanimi: Saarepuu",
    "Eesnimi: Kadri",
    "Hola, Vardas ir pavardė: Jonas Kazlauskas — gracias",
])
def test_a_name_after_a_central_european_or_baltic_name_label_is_a_name(value):
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", [
    "Meno produktu: Klasické Tričko",
    "Ime izdelka: Modra Majica",
    "Pavadinimas: Lino Marškiniai",
    "Atslēgvārds: Ziemassvētku Dāvanas",
    "Vārds un Uzvārds",
    "Uzvārds: BĒRZIŅŠ",
])
def test_a_product_label_a_keyword_or_a_label_alone_is_ordinary(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("key", ["priimek", "priezvisko", "uzvārds", "uzvards", "pavardė", "pavarde",
                                 "perekonnanimi", "eesnimi", "meno", "vārds", "vardas", "nama_penuh", "ຊື່", "མིང"])
def test_the_name_and_family_name_words_of_those_forms_are_personal_keys(key):
    assert detector.key_reason(key) == "personal key"


@pytest.mark.parametrize("key", ["meno_produktu", "atslegvards", "ime_izdelka", "nama_produk"])
def test_a_product_s_name_word_in_those_languages_is_no_personal_key(key):
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("value", [
    "ຊື່: ສົມພອນ ວົງສາ",
    "ຊື່: ສົມພອນ",
    "Hola, ຊື່: ສົມພອນ ວົງສາ — gracias",
    "མིང་། བཀྲ་ཤིས་དབང་འདུས",
    "མིང་། བཀྲ་ཤིས་",
    "མིང: བཀྲ་ཤིས་ དབང་འདུས",
    "Hola, མིང་། བཀྲ་ཤིས་དབང་འདུས — gracias",
])
def test_a_name_after_the_lao_or_the_tibetan_name_word_is_a_name(value):
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", [
    "ລາຄາ: 250,000 ກີບ",
    "ສີ: ແດງ",
    "ຊື່ສິນຄ້າ: ເບຍລາວ",
    "ຂະໜາດ: ໃຫຍ່",
    "རིན་གོང་། སྒོར་མོ་ ༡༠༠",
    "ཚོད། ཆེ་བ།",
    "བོད་ཀྱི་ཆ་ལག། ཁྲོན་ཆེན།",
])
def test_another_lao_or_tibetan_label_of_one_letter_or_before_a_shad_is_ordinary(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "recipient's name: maria kowalska",
    "recipient’s name: maria kowalska",
    "customer's name: jonas kazlauskas",
    "Hola, recipient's name: maria kowalska — gracias",
    "Hola, customer name: jonas kazlauskas — gracias",
    "customer name: jonas kazlauskas - thanks",
    "full name: maria kowalska. thanks",
])
def test_words_in_lower_case_after_a_possessive_person_label_or_ended_in_running_text_are_a_name(value):
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", [
    "product's name: classic tee",
    "shop's name: blue sneakers",
    "customer name: guest - thanks",
    "product name: classic tee - new",
    "first name: guest. thanks",
])
def test_lower_case_words_after_a_product_s_label_or_one_word_are_ordinary(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("path", ["\nu\nrecipient's name: maria kowalska\norders",
                                  "\nu\nVards, uzvards: Janis Berzins\n"])
def test_such_a_label_and_its_name_in_a_url_path_segment_is_a_name(path):
    assert detector.reason(path, segments=True) == PERSON_NAME


@pytest.mark.parametrize("value", [
    "Shukran! Name: Khalid bin Rashid Al Thani Akpe na wo",
    "Recipient: Nurul binti Awang will collect",
    "Customer name: Omar ibn Khalid said thanks",
    "Name: Khalid bin Rashid",  # after `bin`, a name ending the text
    "Name: Khalid bin Rashid - thanks",  # or before a dash
])
def test_a_name_joined_by_an_arabic_lineage_s_particle_after_a_person_label_is_a_name_whatever_follows(value):
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", [
    "Teslim alan: Zqemine Yıldırım yazdı ki",
    "Ship to: Khalid bin Rashid soon",
    "Brand: Storage bin Large",
    "Product name: Recycle bin Deluxe for office",
    "Name: Example bin Shop team",
    "Name: Laundry bin Grey for kids",  # `bin` an English noun: the name after it neither goes on nor ends
])
def test_without_the_particle_a_place_or_product_label_or_a_business_such_words_going_on_are_ordinary(value):
    assert detector.reason(value) == ""
