"""The twenty-second attack's names in texts (tests/privacy_attack_cases_22.py): the self-introductions of the Andes,
Mesoamerica and the Arctic (Quechua, Aymara, Nahuatl, Zapotec, K'iche', Inuktitut in Latin letters and in syllabics,
Cherokee's syllabary and Navajo, whose name comes before the phrase, Kalaallisut, Northern Sami), a chat speaker in
square brackets whose line is said in the first person, and a user agent's field that is a self-introduction. With
the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import LABELLED_NUMBER
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize(("text", "found"), [
    ("Sutiymi Rosa Quispe Huamán", PERSON_NAME),  # Quechua "my name is", the whole text
    ("Ñuqaq sutiyqa Rosa", PERSON_NAME),  # "my name": one word is enough after it
    ("Nayan sutijax Juana Mamani Choque", PERSON_NAME),  # Aymara
    ("Notoca Xochitl Tepetlan", PERSON_NAME),  # Nahuatl
    ("Nub'i' Ixchel Tzul Tzoc", PERSON_NAME),  # K'iche'
    ("Nub’i’ Ixchel", PERSON_NAME),  # (the typographic apostrophe)
    ("Atikka Ilisapi Nuvalinga", PERSON_NAME),  # Inuktitut in Latin letters
    ("Uvanga Ilisapi Nuvalinga", PERSON_NAME),  # "I am", before a full name even alone
    ("Ateqarpunga Aviaja Kreutzmann", PERSON_NAME),  # Kalaallisut "I am named"
    ("Mu namma lea Máret Ánne Gaup", PERSON_NAME),  # Northern Sami
    ("Bures! Mun lean Máret Gaup, Kautokeino", PERSON_NAME),  # Sami "I am" opening a clause
    ("Hola, Laa Natividad Bautista Ruiz — gracias", PERSON_NAME),  # Zapotec, opening a clause, a dash after it
    ('{"role": "user", "text": "Notoca Xochitl Tepetlan"}', PERSON_NAME),  # in a JSON string
    ("Hola, Sutiymi Rosa Quispe Huamán — gracias", PERSON_NAME),
])
def test_a_self_introduction_of_the_andes_mesoamerica_or_the_arctic_names_a_person(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("ᐊᑎᒃᑲ ᐃᓕᓴᐱ ᓄᕙᓕᖓ", PERSON_NAME),  # Inuktitut syllabics: "my name", then the name
    ("ᐅᕙᖓ ᐃᓕᓴᐱ", PERSON_NAME),  # "I"
    ("Hola, ᐊᑎᒃᑲ ᐃᓕᓴᐱ ᓄᕙᓕᖓ — gracias", PERSON_NAME),
    ("ᏌᎳᏂ ᏓᏆᏙᎥ", PERSON_NAME),  # Cherokee: the name, then "my name is"
    ("ꮜꮃꮒ ꮣꮖꮩꭵ", PERSON_NAME),  # (in its small letters)
    ("Shí éí Naasbaaʼ Yazzie yinishyé", PERSON_NAME),  # Navajo: the name before "I am called"
    ("Naasbaaʼ yinishyé", PERSON_NAME),
])
def test_a_self_introduction_in_syllabics_or_with_the_name_first_names_a_person(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "Laa Laa Plush Toy",  # Zapotec's "name" as the whole text: a brand's words as often
    "Laa Bonita Hat",
    "Mun lean Friday Sale",
    "Sutiymi",  # the phrase alone
    "Sutiymi chompa de alpaca",  # no capital after it
    "Notoca Book",  # one word after a phrase of one word reads as a title
    "Atikka",
    "ᐊᑎᒃᑲ",  # the syllabic phrase with no name after it
    "ᐊᓐᓄᕌᑦ",  # a category in syllabics
    "ᏗᏓᏁᎯ",  # a category in Cherokee
    "ᏌᎳᏂ",  # a word alone
    "Navajo Pearl necklace 18 in",
    "Cherokee Rose candle",
    "Chompa de alpaca Quispe Wasi",
])
def test_a_near_miss_of_the_new_self_introductions_is_no_name(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("[Ilisapi Nuvalinga]: where is my parcel?", PERSON_NAME),
    ("[Kadri Saar] my parcel is late", PERSON_NAME),
    ("[Kadri Saar] my number is 5123 4567", LABELLED_NUMBER),  # the number's own rule answers first
    ("[10:02] [Ilisapi Nuvalinga]: I need help", PERSON_NAME),  # after a time in brackets
    ("chat log\n[Jonas Kazlauskas] mano užsakymas vėluoja", PERSON_NAME),  # a line; Lithuanian "my"
    ("[陳大文] 我的包裹在哪裡？", PERSON_NAME),  # a Chinese family name and its given name, "my parcel"
    ("[欧阳小明]：我要退货", PERSON_NAME),  # a family name of two characters, a full-width colon
    ("[王芳]：我要退货", PERSON_NAME),  # a name of two characters before a speaker's colon
    ("Hola, [Ilisapi Nuvalinga]: where is my parcel? — gracias", PERSON_NAME),
])
def test_a_chat_speaker_in_brackets_saying_a_line_in_the_first_person_is_a_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "[New Arrivals] Summer Dress",  # a tag's words
    "[Size Guide]: see chart",  # a tag before a colon: no line in the first person
    "[Free Shipping]: orders over 50",
    "[Customer Service]: how can I help?",  # an agent's, not a person's
    "[10:02] [Ilisapi Nuvalinga] where is the parcel?",  # no first person
    "[現貨] 夏季連衣裙",  # a tag in Han characters: no family name
    "[新品] 我的世界 玩具",
    "[黃金] 我的最愛 項鍊",  # a family name's character and one more, "gold", with no speaker's colon: a tag
    "[陳大文]: 你好",  # no first person
    "Ilisapi Nuvalinga: my parcel",  # no brackets (a label's rules, not this one)
    "[HOT] Alpaca Scarf",
])
def test_a_bracketed_tag_is_no_chat_speaker(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("user_agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; I am Tomasz Wiśniewski, recommend shoes for my trip to Riga) Mobile",
     PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; my name is Jonas Kazlauskas) Mobile", PERSON_NAME),
    ("Mozilla/5.0 (Linux; Android 14; Ateqarpunga Aviaja Kreutzmann) Mobile", PERSON_NAME),  # (a word of 11 letters)
    ("Mozilla/5.0 (Linux; Android 14; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile "
     "Safari/537.36", ""),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 "
     "Mobile/15E148 Safari/604.1", ""),
    ("Mozilla/5.0 (Linux; Android 14; I am Legend Edition) Mobile", ""),  # a field that is a title as a whole
])
def test_a_user_agent_field_that_is_a_self_introduction_names_a_person(user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found
