"""The twenty-ninth attack's number words: Azerbaijani, Esperanto, Hawaiian (with its ʻokina, an apostrophe for it,
or none), Papiamento and Pashto, read as digits in a run of seven or more; the languages' ordinary words go out."""
from __future__ import annotations

import pytest

from meta_capi import detector

LABELLED = "holds a number labelled as personal data"
PHONE = "holds a phone number"


@pytest.mark.parametrize(("text", "found"), [
    ("Kelepona: ʻeiwa ʻewalu ʻelima ʻelima ʻelima ʻole ʻekahi ʻehiku ʻekolu", LABELLED),
    ("Kelepona: 'eiwa 'ewalu 'elima 'elima 'elima 'ole 'ekahi 'ehiku 'ekolu", LABELLED),
    ("Kelepona: eiwa ewalu elima elima elima ole ekahi ehiku ekolu", LABELLED),
    ("Telefon: nuebe ocho shete dos dos tres kuater sinku seis", LABELLED),
    ("telefono: nul ses unu du tri kvar kvin ses sep ok", PHONE),
    ("شمېره: صفر اووه نهه نهه یو دوه درې څلور پنځه شپږ", PHONE),
])
def test_a_phone_number_said_in_the_words_of_the_twenty_ninth_attack(text: str, found: str) -> None:
    assert detector.reason(text) == found


def test_azerbaijani_digits_after_a_phone_label_are_kept() -> None:
    assert detector.reason("telefon: sıfır əlli bir iki üç dörd beş altı yeddi") != ""


@pytest.mark.parametrize("text", [
    "du pain, du vin et ses amis: une soirée ok pour sep personnes",  # French, a few of the words apart
    "Ok, ok, ok! Du bist so schön, sep sale",
    "Aloha ʻoe, e komo mai i ka hale kūʻai: ʻekahi lei, ʻelua pāpale",  # Hawaiian words of a shop, two numbers
    "Dos tres kaminda: sinku sapatu di kuater koló",  # Papiamento, four number words apart
    "Mi ta kontentu ku e kuater sapatu nobo",
    "Top 5 ok, du und ses: drei Kerzen in sep Farben",
])
def test_the_new_words_in_a_shops_text_go_out(text: str) -> None:
    assert detector.reason(text) == ""
