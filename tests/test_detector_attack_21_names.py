"""The names of the twenty-first attack (named_in_text.py, postal.py, personal_keys.py): self-introductions of West
Africa and the Indian Ocean, read in a URL path's segments too; the name words of Setswana, Sesotho, siSwati,
Oshiwambo, Fon and Malagasy; an Arabic lineage's particles after a label; the Bengali and Nepali customer's genitive
before a name word. Exact verdicts, and the ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize("value", [
    "Me din de Kwame Mensah",
    "Ŋkɔnye nye Kofi Agbeko",
    "Sunana Abdoulaye Maïga",
    "N tɔgɔ ye Fatoumata Traoré",
    "Mam yʋʋr la Wendkouni Ouédraogo",
    "Mi nem na Aminata Kamara",
    "Mo apel Jean-Claude Ramdin",
    "Mon apel Marie-Ange Hoareau",
    "Ke nna Kagiso Molefe",
    "Hello, mi nem na Aminata Kamara Bangura and my order is late",
    "Sunana Kofi Agbeko Mensah, ina son taimako",
    "Order note: gift for my wife, her name is Efua Mensah",
    "Bonjour. Mon nom est Koffi Adjovi, client depuis 2020",
])
def test_a_self_introduction_of_the_twenty_first_attack_before_a_full_name_is_a_name(value):
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", [
    "Me din de Kente",
    "Mo apel Tee",
    "Sunana Kasuwa Market Bag",
    "Mon nom est Personne Novel",
    "Mon Apel Pie",
    "Hello nye Kofi Agbeko",
    "Leina la Tlhago Soap",
])
def test_a_title_opening_on_such_words_or_holding_one_word_is_ordinary(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("path", [
    "\naccount\nI'm Kwame Mensah from Kumasi\ntickets",
    "\naccount\nMy name is Aminata Kamara\ntickets",
    "\naccount\nje suis Fatou Traoré, cliente fidèle\ntickets",
    "\naccount\nमेरो नाम राम थापा हो\ntickets",
    "\nsupport\nme din de Kwame Mensah\n",
])
def test_a_self_introduction_in_a_url_path_segment_is_a_name(path):
    assert detector.reason(path, segments=True) == PERSON_NAME


@pytest.mark.parametrize("path", [
    "\nbooks\nI Am Legend Blu-ray\n",
    "\nbooks\nMon nom est Personne Novel\n",
    "\nproducts\nme-din-de-kente\n",
    "\nblog\nmy name is\n",
    "\nproducts\nKente Cloth Nana Special\n",
])
def test_a_title_or_a_slug_in_a_url_path_is_ordinary(path):
    assert detector.reason(path, segments=True) == ""


@pytest.mark.parametrize("value", [
    "Leina: Kagiso Molefe",
    "Lebitso: Thabo Mokoena",
    "Libito: Sipho Dlamini",
    "Edhina: Ndapewa Nghifindaka",
    "Nyikɔ: Sènan Houngbédji",
    "Anarana: Rakotoarisoa Andrianaivo Hery",
    "LEINA: KAGISO MOLEFE",
])
def test_a_name_after_a_name_word_of_the_twenty_first_attack_is_a_name(value):
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("key", ["leina", "lebitso", "libito", "edhina", "nyikɔ", "anarana"])
def test_those_name_words_are_personal_keys(key):
    assert detector.key_reason(key) == detector.PERSONAL_KEY


@pytest.mark.parametrize("value", [
    "الاسم: محمد بن راشد آل ثاني",
    "الاسم: فاطمة بنت أحمد",
    "গ্রাহকের নাম: রহিম উদ্দিন",
    "ग्राहकको नाम: राम थापा",
])
def test_a_name_after_an_arabic_bengali_or_nepali_label_is_a_name(value):
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", [
    "الاسم: منتج جديد رائع جدا للبيع",
    "उत्पादनको नाम: चिया पत्ती",
    "পণ্যের নাম: চা পাতা",
])
def test_a_product_after_a_label_naming_a_product_or_with_many_words_is_ordinary(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "customer name: nana yaa asantewaa",
    "full name: kwame mensah",
    "Ref 12; customer name: nana yaa asantewaa, paid",
])
def test_words_in_lower_case_after_a_label_naming_a_persons_name_are_a_name(value):
    assert detector.reason(value) == PERSON_NAME


@pytest.mark.parametrize("value", [
    "product name: classic tee",
    "first name: guest",
    "name: blue sneakers",
    "file name: my holiday pics",
    "customer name: nana yaa asantewaa and her kente order",
])
def test_words_in_lower_case_after_another_label_or_going_on_are_ordinary(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize(("value", "verdict"), [
    ("[10:02] Customer (Yaw Boateng): where is my order?", PERSON_NAME),
    ("customer (Yaw Boateng): hi", PERSON_NAME),
    ("Guest (Ama Serwaa Asante): is it in stock?", PERSON_NAME),
    ("Customer (Service Desk): hi", ""),
    ("Agent (Bot): hello", ""),
    ("Size (EU 42): fits", ""),
    ("Customer (Yaw Boateng) said", ""),
])
def test_a_chat_transcripts_speaker_named_in_brackets_before_the_colon_is_a_name(value, verdict):
    assert detector.reason(value) == verdict
