"""Closer 156: reviews 24 and 25's leaks and ordinary values refused, and attack 70's headline with an age.

- record_names.AGED_OPENING, record_names.HEADLINE_VERBS: after a full name and an age opening the text, a town (one
  to three capitalized words ending the text or before a comma or a date: `…, 40, Leeds`) or an age in brackets
  before a word in lower case (`… (40) aus Köln`) names a person, as a word in lower case after the age did; a
  headline's verb in the third person by language (`wins`, `gewinnt`, `remporte`, `gana`, `vince`) after the age is
  a news story's shape and goes out, and a product's colour, material or size (personal_keys.ATTRIBUTE_WORDS) is no
  town (`Dining Table, 40, Grey Velvet`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

AGED_PERSONS = [
    "Perdita Quellmore, 40, Leeds", "Wiebke Strandhagel, 52, Bad Homburg", "Jonas Brekkelund, 31, Bergen, 12.03.2026",
    "Marta Vellingroe, 67, Milton Keynes, retired", "Perdita Quellmore, 40, from Leeds",
    "Perdita Quellmore (40) aus Köln", "Sem Vrankelstee (34) uit Deventer", "Maëlle Quervan (28), Lyon",
    "Ingrid Solvang, 45, Tromsø", "Yorvenna Brastelwick, 40, nine years no claims bonus",
    "Mr Perdita Quellmore, 40, Leeds",
]
HEADLINES = [
    "Rory McIlroy, 36, wins the Masters at last", "Rory McIlroy, 36, Wins The Masters",
    "Thomas Müller, 35, verlässt den FC Bayern", "Kylian Mbappé, 25, remporte la Ligue des champions",
    "Rafa Nadal, 38, gana Roland Garros", "Jannik Sinner (23) vince a Melbourne",
    "Roger Federer, 41, retires from tennis", "Lionel Messi, 36, signs for Inter Miami",
    "Max Verstappen (26) gewinnt in Monaco", "Virgil van Dijk, 33, tekent bij Liverpool",
]
PRODUCT_VARIANTS = [
    "Dining Table, 40, Grey Velvet", "Velvet Chair, 45, Dark Blue", "Levis Jeans, 32, Black",
    "Sofa, 40, Grey Velvet",
]


@pytest.mark.parametrize("text", AGED_PERSONS)
def test_a_name_and_an_age_before_a_town_or_a_word_is_a_person(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", HEADLINES + PRODUCT_VARIANTS)
def test_a_headline_or_a_products_variant_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
