"""Numbers written apart by one repeated separator (closer42, attack 35): a phone's, a card's or an IBAN's groups, an
IPv4 or an IPv6 address, with separators nobody listed; and ordinary values of the same shapes, which go out."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import CARD, IBAN, IP_ADDRESS, NATIONAL_ID, PHONE, reason


@pytest.fixture(autouse=True)
def _allowance():
    detector.open_allowance(10**9)


@pytest.mark.parametrize(("value", "kind"), [
    ("0+6+7+1+3+8+5+2+9+4", PHONE),
    ("appelle 06 ⭐ 71 ⭐ 38 ⭐ 52 ⭐ 94 merci", PHONE),
    ("06 X 71 X 38 X 52 X 94", PHONE),
    ("+33 • 6 • 71 • 38 • 52 • 94", PHONE),
    ("015 $ 123 $ 456 $ 789", PHONE),
    ("⒎⒎⒑⒐⒌⒊⒋⒈⒏ call", PHONE),  # a number with its full stop stands for its digits
    ("🄀🄇🄇🄀🄀🄉🄅🄃🄄🄁🄈", PHONE),
    ("4539 🔹 1488 🔹 0343 🔹 6467", CARD),
    ("4539*1488*0343*6467", CARD),
    ("FR76 ✈ 3000 ✈ 6000 ✈ 0112 ✈ 3456 ✈ 7890 ✈ 189", IBAN),
    ("f r 7 6 3 0 0 0 6 0 0 0 0 1 1 2 3 4 5 6 7 8 9 0 1 8 9", IBAN),
    ("server 185 ⚡ 73 ⚡ 214 ⚡ 96", IP_ADDRESS),
    ("2a01;e0a;1f3;9c40;;4b7", IP_ADDRESS),
    ("fe80 #  # d4a8 # 6435 # d2d8 # d9f3", IP_ADDRESS),
    ("node 2001_db8_85a3_0_0_8a2e_370_7334 up", IP_ADDRESS),
])
def test_groups_apart_by_one_separator_read_joined(value, kind):
    assert reason(value) == kind


@pytest.mark.parametrize("value", [
    "Table 120 x 60 x 75 cm", "Pack 2 x 500 ml x 6", "v1.2.3.4", "Release 2024.11.29", "Sizes 10 12 14 16 18",
    "Ticket 2024-0001-0002", "Shelf 80 × 30 × 180 cm", "1 • 2 • 3 Stickers", "Steps 250 ★ 500 ★ 750 ★ 1000",
    "Serial ABCD-1234-EF56-7890", "Chapter ⒑ and ⒒", "Rated 4.5.2024 by 1200 buyers", "64 🔸 128 🔸 256 GB",
    "Set 2a 3b 4c 5d 6e 7f", "Combo 12 + 34 + 56 + 78 + 90",
])
def test_ordinary_values_of_those_shapes_go_out(value):
    assert reason(value) == ""


@pytest.mark.parametrize(("value", "kind"), [
    ("ref 7646-3430-8841-9354 merci", CARD),  # a card's digits backwards, dashed
    ("5415572038814245", CARD),
    ("9810987654321100006000367rf", IBAN),
    ("merci 962842115770681", NATIONAL_ID),
    ("appelle 49.25.83.17.60", PHONE),
    ("66 62 13 48 70", PHONE),
])
def test_numbers_written_backwards_read_back(value, kind):
    assert reason(value) == kind


@pytest.mark.parametrize("value", [
    "SKU: X12345678", "SIREN 732 829 320", "Order 1001 of 29.11.2024 10:30", "Bestellnummer 2024112900012",
    "中通 75123456789012", "EAN 4006381333931", "Sizes 36 38 40 42 44 46", "Lot 10 20 30 40 50 60",
    "CJ 6512-3456-7890", "Part no. 12-34-56-78-90",
])
def test_ordinary_numbers_are_not_read_backwards(value):
    assert reason(value) == ""


def test_a_code_of_a_letter_and_eight_digits_is_no_reversed_dni():
    assert reason("bypass: X12345678") == reason("X12345678", id_like=True) == ""


@pytest.mark.parametrize("value", [
    "text me 4I5 8E9 Z7A6", "OB.7I.3B.SZ.9A", "+33 G 7I 3B SZ 9A", "call 3I2-8S5-Ol93",
])
def test_letters_for_digits_in_a_phone_s_groups(value):
    assert reason(value) == PHONE


@pytest.mark.parametrize("value", [
    "Model 3B 5E 2A 1000", "Paper A4 A5 A3 B5 B4", "GA5-B12-3456", "Sizes 0S 2S 4S 6S", "Pack 20 SB 15 SE 10",
])
def test_letters_and_digits_of_codes_and_sizes_go_out(value):
    assert reason(value, id_like="GA5" in value) == ""


@pytest.mark.parametrize("value", [
    "zero seven 700 953 418", "zero zero 44 7700 953 418", "five four two four 1883 0275 5145",
    "zero-seven-seven-zero-zero-nine-five-three-four-one-eight", "zeroseveneightninetwo123456",
    "zerosevenseven00953418",
])
def test_digit_words_among_digits_dashed_or_glued(value):
    assert reason(value) in (PHONE, CARD)


@pytest.mark.parametrize("value", [
    "one two 3 4 5 6 7 8", "Top-Ten-Gift-Ideas-For-Him", "twentyonepilots2019tour", "Set 6 4 7 8 3 un",
    "five-star-hotel-reviews-2024",
])
def test_ordinary_words_and_numbers_go_out(value):
    assert reason(value) == ""
