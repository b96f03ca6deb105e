"""The address layouts of the eighteenth attack (postal.py): two parts of an address side by side, one a home's unit
by its word and number (a house, a building, a plot, a flat), the other a home's unit, a numbered district or a street
by its word, their words lexicon data by kind in Georgian, Armenian, Azerbaijani, Uzbek (Latin and Cyrillic),
Mongolian, Amharic, Burmese, Khmer, Sinhala and English, read without capitals; a plot or a house by its number
opening an address before a place and a town (`Plot 45, Msasani Peninsula, Dar es Salaam`); exact verdicts, and the
ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal

ADDRESSES = [
    # a street by its word and number, then a flat by its word and number
    "ჭავჭავაძის გამზ. 37, ბინა 12",
    "რუსთაველის ქუჩა 5, ბინა 3, თბილისი",
    "Աբովյան փ. 12, բն. 34, Երևան",
    "Nizami küç. 45, mənzil 7, Bakı AZ1000",
    "Füzuli küçəsi 12, mənzil 3",
    # the number before the unit's word (Uzbek, Mongolian), after a street's word or a numbered district
    "Amir Temur ko'chasi 15-uy, 23-xonadon",
    "Навоий кўчаси 7-уй, 12-хонадон",
    "СБД, 1-р хороо, 15-р байр, 45 тоот",
    "БЗД, 3-р хороо, 8-р байр 12 тоот",
    "SBD, 1st khoroo, building 15, apt 45",
    # a numbered district and a house by its number
    "ቀበሌ 05, የቤት ቁጥር 123",
    "ወረዳ 3 ቤት ቁጥር 45",
    # a street numbered on the grid, then a house
    "KG 11 Ave, House 23, Kigali",
    "KN 5 Road, House 7",
    # a house's number word, then a street glued to its name (Burmese), by its word and number (Khmer), or after an
    # ordinal (Sinhala)
    "အမှတ် ၄၅၊ ဗိုလ်ချုပ်လမ်း",
    "ផ្ទះលេខ ២៣ ផ្លូវ ៥១",
    "ផ្ទះលេខ 12 ផ្លូវ 271, សង្កាត់ 3",
    "අංක 45, 2 වන පටුමග, කොළඹ 03",
    "අංක 12, ගාලු පාර, කොළඹ",
    # in a sentence, in capitals
    "Please deliver: ჭავჭავაძის გამზ. 37, ბინა 12. Thanks",
    "NIZAMI KÜÇ. 45, MƏNZIL 7",
    # a plot or a house opening the address, a place and a town after it
    "Plot 45, Msasani Peninsula, Dar es Salaam",
    "Please deliver: Plot 45, Msasani Peninsula, Dar es Salaam. Thanks",
    "House 9, Mikocheni Beach, Dar es Salaam",
]


@pytest.mark.parametrize("text", ADDRESSES)
def test_two_parts_of_an_address_read_by_their_words_and_numbers_are_a_postal_address(text: str) -> None:
    assert detector.reason(text) == postal.POSTAL_ADDRESS


NEAR_MISSES = [
    # a unit's word and number alone, or next to no other part
    "ბინა 12",
    "ჩუსტები ზომა 38",
    "ღვინო საფერავი 2019",
    "Տոտեր չափս 40",
    "Чапан ўлчам 52",
    "Кашемир ороолт 180 см",
    "ቡና ይርጋጨፌ 1 ኪ.ግ",
    "ក្រមា ពណ៌ខៀវ",
    "තේ කොළ 400 g",
    "Building 15",
    "Apartment Therapy Vol. 3, Spring Issue",
    # English street words only count with their number; a unit next to a part of no kind
    "Road Bike 29, Flat Pedals",
    "Flat 2, Blue",
    "Buy 2, get 1 free",
    # a plot or a house not opening an address: a product, a board game, a season
    "Plot Twist Board Game",
    "House 2, Season 1",
    "Dr. House 3, Complete Season",
    "Kebele Market Basket",
    "Tashkent Suzani 120 cm, hand made",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_ordinary_values_with_one_part_or_no_address_word_go_out(text: str) -> None:
    assert detector.reason(text) == ""
