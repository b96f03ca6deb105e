"""The texts of the twentieth attack (canonical.py, named_in_text.py): email addresses spelled in Bengali, Nepali and
Urdu words; self-introductions in Lingala, Swahili, Shona, Bemba, Kyrgyz, and in the scripts without capitals (Nepali,
Bengali); hand-over phrases opening a text with their capital; a CRM note's `contact:`; French and Portuguese
honorifics. Exact verdicts, and the ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal
from meta_capi.canonical import canonical


@pytest.mark.parametrize(("value", "address"), [
    ("zqrahim.uddin এট gmail ডট com", "zqrahim.uddin@gmail.com"),
    ("zqrahim.uddin অ্যাট gmail ডট com", "zqrahim.uddin@gmail.com"),
    ("zqram.thapa एट gmail डट com", "zqram.thapa@gmail.com"),
    ("zqahmed ایٹ gmail ڈاٹ com", "zqahmed@gmail.com"),
])
def test_an_address_spelled_in_bengali_nepali_or_urdu_words_is_rejoined(value, address):
    assert canonical(value)[0] == address
    assert detector.reason(value) == detector.EMAIL


@pytest.mark.parametrize("value", [
    "rahim.uddin এট gmail ডট কম",
    "ram.thapa एट gmail डट कम",
    "ahmed ایٹ gmail ڈاٹ کام",
])
def test_an_address_spelled_with_its_top_level_domain_in_the_same_script_is_an_email(value):
    assert detector.reason(value) == detector.EMAIL


@pytest.mark.parametrize("value", [
    "বই এট দোকান",
    "এট ডট কম",
    "खाना एट घर",
])
def test_those_words_without_an_address_around_them_are_ordinary(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "Nkombo na ngai Mbuyi Tshilombo",
    "Jina langu ni Amani Mwamba",
    "Zita rangu ndinonzi Tendai Moyo",
    "Ishina lyandi ni Mwila Chanda",
    "Менин атым Бакыт Асанов",
    "Меня зовут Бакыт, спасибо",
    "Je suis Christelle Ngono, cliente depuis 2020",
    "Sou o Joaquim Machava, de Maputo",
    "Mimi ni Amani Mwamba",
    "Ndini Tendai Moyo",
    "मेरो नाम राम बहादुर थापा हो",
    "नमस्ते, मेरो नाम राम थापा।",
    "আমার নাম রহিম উদ্দিন",
    "Remettre à Christelle Ngono en main propre",
    "Entregar a Joaquim Machava na portaria",
    "Give to Tendai Moyo at the gate",
    "Mkabidhi Amani Mwamba getini",
    "Colis prêt. Remettre à Jean Dupont, merci",
    "Lead score 85 - contact: Christelle Ngono, hot lead",
    "Merci pour votre commande, Mme Christelle Ngono.",
    "Obrigado, Sra. Ana Lopes.",
])
def test_a_name_in_those_texts_is_a_persons_name(value):
    assert detector.reason(value) == postal.PERSON_NAME


@pytest.mark.parametrize("value", [
    "Je suis Charlie T-shirt",
    "Sou Fã de Futebol Mug",
    "Mimi ni Mama Africa CD",
    "I am Legend Blu-ray",
    "मेरो नाम जोकर DVD",
    "পণ্যের নাম: জামদানি",
    "Remettre à neuf: kit de réparation",
    "Entregar a domicílio grátis",
    "Give to Charity Edition Tote",
    "Deliver to Your Door in 24h",
    "Deliver to Your\tDoor in 24h",  # (a tab after the determiner: it is still read)
    "Recibe Tu Pedido en casa",
    "Entrega na Loja Central hoje",
    "Hand over the gift box",
    "Dog lead: Leather Brown",
    "Mme Figaro Magazine",
    "Contact lens solution 360ml",
])
def test_the_ordinary_values_next_to_those_layouts_go_out(value):
    assert detector.reason(value) == ""
