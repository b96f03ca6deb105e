"""Numbers written apart by one repeated separator (closer42, attack 35): a phone's, a card's or an IBAN's groups, an
IPv4 or an IPv6 address, with separators nobody listed; and ordinary values of the same shapes, which go out."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import CARD, IBAN, IP_ADDRESS, PHONE, reason


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
