"""The twenty-eighth attack's salutations and closings (postal.py): the round's languages as lexicon data of the
letter's layouts, their honorifics after a salutation, a salutation opening a URL path's segment or a user agent's
field, a signature in a script without capitals; and the near misses that must go out."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.privacy import clean_url

PERSON_NAME = "holds a person's name"
UA = "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0 ({})"


@pytest.mark.parametrize("text", [
    "Liewe Marietjie Steyn, dankie vir jou bestelling",
    "Geagte Mnr. Steyn, u pakkie is op pad",
    "Geagte Mev. Steyn",
    "Mpendwa Amina Mwangi, asante kwa oda yako",
    "I dashur Arben Krasniqi, faleminderit",
    "E nderuar Drita Krasniqi, faleminderit",
    "Të nderuar Drita Krasniqi, faleminderit",
    "Gerb. p. Petrauskas, ačiū",
    "Lugupeetud hr Tamm, aitäh",
    "Spoštovani g. Novak, hvala",
    "Hurmatli Dilnoza Karimova, rahmat",
    "Құрметті Әйгерім Жақсыбекова, рақмет",
    "Эрхэм хүндэт Болормаа Батбаярова, баярлалаа",
    "প্রিয় রফিকুল ইসলাম, ধন্যবাদ",
    "Asante sana. Wako, Amina Mwangi",
    "Baie dankie! Groete, Pieter Merwe",
    "Ngiyabonga, Thandeka Dlamini",
    "תודה רבה. בברכה, יעל אברבנאלי",
    "شكرا جزيلا. مع تحياتي، ياسين بنشقرون",
])
def test_detector_reads_the_twenty_eighth_attack_letters(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Liewe Marietjie Steyn, dankie vir jou bestelling",
    "Dear Wyn Okafor, thanks for your order",
    "Құрметті Әйгерім Жақсыбекова, рақмет",
])
def test_detector_reads_a_salutation_in_a_user_agent_field(text):
    assert detector.user_agent_reason(UA.format(text)) == PERSON_NAME


@pytest.mark.parametrize("path", [
    "/p/Mpendwa Amina Mwangi, asante kwa oda yako",
    "/p/Эрхэм хүндэт Болормаа Батбаярова, баярлалаа",
])
def test_a_url_path_opening_a_segment_with_a_salutation_is_dropped(path):
    assert clean_url("https://shop.example.com" + path) == "https://shop.example.com/"


@pytest.mark.parametrize("text", [
    "Liewe Heksie",
    "Liewe Heksie Storieboek",
    "Hurmatli mijozlar, chegirma!",
    "Hurmatli Mijozlar, Chegirma haftaligi",
    "Mpendwa Mteja, karibu",
    "Құрметті Тұтынушылар, жеңілдік",
    "Қымбатты Сөмке, Былғары",
    "প্রিয় গ্রাহক, নতুন অফার",
    "Wako, Saitama",
    "Groete uit Kaapstad Mug",
    "Ngiyabonga Mama Mug",
    "בברכה, Example Shop",
    "Gerb Logo Tee",
    "Хүндэт тэмдэг медаль, 1990",  # ("honour" alone, no salutation)
    "Wako Pure Chemical, Osaka",
    "Groete uit Kaapstad, Cape Town",
    "প্রিয় বই, নতুন",
])
def test_detector_lets_near_misses_of_the_twenty_eighth_attack_letters_out(text):
    assert detector.reason(text) == ""


def test_a_url_path_segment_with_a_salutation_and_no_comma_is_a_title():
    assert clean_url("https://shop.example.com/books/Dear Evan Hansen") == (
        "https://shop.example.com/books/Dear Evan Hansen")
