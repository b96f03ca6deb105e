"""Closer 48: the number rules read both ways (review 21). Numbers that rise strictly after a label that names no
phone are a list (sizes, lottery draws, colours, ids), not a phone's pairs, a card's groups or an IPv4 address; a
number read backwards is a phone only when its groups as written do not rise, and a card only at an issuer's range
and length; a word of three letters or more before numbers is a name, not digits written with letters. The values
here are this file's own, not the review's."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

ORDINARY = [
    # rising lists after their label, between a list's separators
    "Keno 02, 19, 27, 38, 55", "Bolletta 01; 14; 22; 36; 48", "Shoe widths 03/05/07/11/13",
    "Paint codes 02*06*11*17*29", "Frames 09 x 13 x 18 x 24 x 30 cm", "Drill bits 03 ~ 04 ~ 06 ~ 08 ~ 10",
    "Grid 04 • 09 • 16 • 25 • 36", "Piles 05 / 11 / 19 / 26 / 33", "Kolory 01 - 04 - 09 - 16 - 25",
    "Kit 02|07|13|21|34", "Article 04-08-15-16-23", "Gewichte 06 · 15 · 24 · 33 · 48",
    "Parts 1203, 1207, 1350, 1488", "Batch 2210, 3315, 4420, 5525", "Volumes 7 ✦ 12 ✦ 19 ✦ 31",
    "Lumen 40 ★ 60 ★ 75 ★ 150", "Cups 28 ◆ 30 ◆ 32 ◆ 34", "Nozzles 16 • 20 • 24 • 32",
    "Taglie 38 · 40 · 44 · 48", "Sieves 06 ✦ 10 ✦ 18 ✦ 35 ✦ 60",
    # rising numbers as written are no phone read backwards
    "Bundles 12 18 24 36 50", "Hoses 13 19 25 32 40", "Tiers 15 20 35 55 80", "Ages 11 14 16 18 20",
    # words of letters before numbers are names
    "SOS 500 1000", "BOSS 250 5000", "OBI 4711 0815", "GEO 1990 2024", "IBIS 330 1500", "ZEISS 400 2000",
    # a standard's or a model's number and its year after its capitals
    "DIN 18040 2010", "IEC 60335 2012", "ASTM 51008 2019 test kit", "EN 71500 2020",
    # numbers that step evenly by a round number
    "Tubes 150 300 450", "Sheets 125 250 375 500", "Brushes 20 25 30 35 40", "Cases 400 800 1200",
    # a release's name in brackets glued to letters ends the number before it
    "build 22631.4890 (23H2)", "Kernel 61234.5678 (LTS2)",
    # symbols between numbers that are no phone's layout: rising, stepping, three groups not ending in four digits
    "Sizes 36  /  38  /  40  /  42", "Packs 6 ⭐⭐⭐⭐ 12 ⭐⭐⭐⭐ 24 ⭐⭐⭐⭐ 48", "Lengths 120 ✨ 150 ✨ 180",
    "Lengths 120 ✨ 150 ✨ 1800", "Seasons 2003 2004 2005 2006 2007 2008 2009 2010",
    "Years 2000 2005 2010 2015 2020 2025",
    # words in capitals or mixed case that are no glued number words
    "FIVESEVENFIVEMAGAZINE", "TwentyOnePilots2024Tour", "SeventeenSeventyFive", "OneTwoThree",
]

PERSONAL = [
    # a phone's pairs that do not rise, or rise without a label, or after a phone's label
    "07, 31, 18, 62, 95", "07;31;18;62;95", "07*31*18*62*95", "07 ✦ 31 ✦ 18 ✦ 62 ✦ 95",
    "02, 15, 27, 38, 49", "Tel 02, 15, 27, 38, 49", "Handy 02/15/27/38/49", "WhatsApp 02*15*27*38*49",
    "+33 ✦ 7 ✦ 31 ✦ 18 ✦ 62 ✦ 95",
    # an IPv4 address apart by a symbol, not rising or without a label
    "91 ✦ 7 ✦ 203 ✦ 44", "10 ★ 20 ★ 30 ★ 44", "IP 91 • 7 • 203 • 44",
    # a card's groups apart by a list's separator, not rising
    "4916;3387;0213;5541", "4916, 3387, 0213, 5541",
    # backwards: a phone whose groups as written do not rise, a Visa card
    "59 26 81 13 70", "1455 3120 7833 6194", "1455312078336194",
    # letters for digits inside a group of digits
    "O7 3I 18 6Z 95", "O7.3I.18.6Z.95",
    # a number and a year without capitals before it, or after a phone's label in capitals
    "45012 2018", "TEL 45012 2018", "call 650 555 2019",
    # numbers that do not step evenly, a phone before a bracketed name
    "612 345 678", "06 31 18 62 95 (Jo)", "+44 7700 900123 (UK)",
    # a phone's groups apart by a symbol in layouts of two widths, two blanks around it, `00` for `+`
    "07  *  31  *  18  *  62  *  95", "073 ✨ 118 ✨ 6295", "0171 ⭐ 234 ⭐ 5678", "0034 ✨ 612 ✨ 345 ✨ 678",
    "0049 ★ 151 ★ 234 ★ 567", "4916 ⭐⭐⭐⭐ 3387 ⭐⭐⭐⭐ 0213 ⭐⭐⭐⭐ 5541",
    # an IPv6 address of digits alone in its eight groups
    "2001 1450 4001 817 0 0 0 2004", "3001 4567 0 12 0 0 0 99",
    # glued number words in capitals or mixed case, or without digits
    "ZEROSEVENTHREEONE186295", "ZeroSevenThreeOneOneEightSixTwoNineFive", "zeroseventhreeoneoneeightsixtwoninefive",
]

ORDINARY_URLS = [
    "https://shop.example.com/p?widths=03/05/07/11/13", "https://shop.example.com/p?draw=02,19,27,38,55",
    "https://shop.example.com/p?codes=02*06*11*17*29", "https://shop.example.com/p?parts=1203;1207;1350;1488",
    "https://shop.example.com/c/keno-02-19-27-38-55", "https://shop.example.com/p?sort=price;asc&page=2",
    "https://shop.example.com/p?ids=1203;1207;1350;1488", "https://shop.example.com/p?v=2;3;1",
]

PERSONAL_URLS = [
    "https://shop.example.com/p?q=07,31,18,62,95", "https://shop.example.com/p?tel=02,15,27,38,49",
    "https://shop.example.com/p?q=07*31*18*62*95", "https://shop.example.com/p?q=4916;3387;0213;5541",
    "https://shop.example.com/p?n=07;31;18;62;95",
]


@pytest.mark.parametrize("value", ORDINARY)
def test_ordinary_values_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL)
def test_personal_values_are_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_ordinary_urls_go_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_personal_urls_lose_their_query(url: str) -> None:
    assert privacy.clean_url(url) == url.partition("?")[0]
