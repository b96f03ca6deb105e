"""Closer 52: the number rules of review 22 both ways. Groups that join into one checked number (a card's Luhn sum at
an issuer's range and length, a phone's pairs after a trunk `0`) are a list only after a word naming what a list
lists; numbers apart by blanks that step evenly are a list's unless they join so; a maker's reference and its year
go out after its name in title case; an address's own word names no list. The values here are this file's own, not
the review's."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

ORDINARY = [
    # lists of a trunk's pairs that rise, after a word naming what they list, or a code's label
    "Tallas 04/06/10/12/14", "Couleurs 01/05/09/12/17", "Numéros 03, 11, 19, 27, 38", "Loto 02 - 13 - 25 - 37 - 48",
    "Colori 02|05|09|13|21", "Rozmiary 04 · 06 · 10 · 12 · 16", "Items 4451, 4452, 4453, 4460",
    "SKUs 4451/4452/4453/4460", "Order 05-11-23-47-81", "Bingo 03 ✦ 17 ✦ 22 ✦ 35 ✦ 41",
    # lists that cannot be one checked number, whatever their label
    "Jo 36/38/40/42", "Marie 110/116/122/128", "Visa 2019/2020/2021/2022",
    # numbers apart by blanks that step evenly
    "Baby 50 56 62 68 74", "Kinder 122 128 134 140", "Jahre 2018 2019 2020", "Modelljahr 2022 2023 2024",
    "Sizes 140 152 164 176", "Tallas 92 98 104 110", "Gr. 74 80 86 92", "Season 2024 2025 2026",
    "Kollektion 2019 2020 2021",
    # a maker's reference and its year after its name
    "Rolex Datejust 16233 1995", "Seiko Turtle 6309 1984", "Omega Seamaster 2531.80 1997",
    "Tudor Ranger 79950 2014", "ISO 9001 2015", "DIN 18040 2010",
    # four dotted numbers in a release's file name, or a private address in a device's manual's name
    "driver-3.12.45.67-x64.zip", "bios_1.15.200.3_update.bin", "setup-4.20.1.155-win32.exe",
    "Switch_172.16.0.1_Handbuch.pdf", "AP_10.0.0.1_quickstart.pdf", "Repeater-192.168.2.1-manual.pdf",
    # a series' models by one letter and their numbers
    "Cover S10 S20 S30 S40", "Case for A14 A24 A34 A54", "Galaxy Z3 Z4 Z5 Z6", "BMW E36 E46 E90 E92",
    "Canon EOS G7 G9 G10 G12", "Moto E13 E14 E22 E32",
    # ranges that chain, and Shopify's store id in its CDN's path
    "Baby 0-3 3-6 6-12 12-18", "Ages 3-5 5-7 7-9 9-12", "Alter 1-2 2-3 3-4 4-5",
    "/s/files/1/0612/3456/files/banner.jpg", "cdn.shopify.com/s/files/1/0799/1234/5678/products/tee.png",
    # fourteen digits that read backwards as no Diners card, or after a code's label, or alone
    "Order 40952090396503", "Timestamp 20261202131500", "GTIN 14006381333931", "40952090396503",
]

PERSONAL = [
    # a phone's pairs after a name or a verb of calling, whatever they do
    "Jo Smith 07/12/34/56/78", "Paul 06/13/27/45/89", "Call Jo 06, 12, 34, 56, 78", "Anna 06 · 12 · 34 · 56 · 78",
    "Jo 06 12 18 24 30", "Marie 07 12 17 22 27", "Pierre 06 | 15 | 27 | 33 | 48",
    # a card's groups after its network's name or a word naming no list
    "Visa 4111/4222/5333/9000", "Carte 4111, 4222, 5333, 9000", "Jo 4024 · 5678 · 8888 · 9997",
    # an address after its own word
    "Server 10 · 20 · 30 · 140", "IP 81/92/169/200", "Host 81 / 92 / 169 / 200",
    # six digits and a year after a name: no standard numbers six digits (ISO's, IEC's, EN's and DIN's reach five)
    "SMITH 612345 1990", "ANSI 107125 2015",
    # a public address between a file name's separators, parts of one digit after a first of two, octets padded
    "cam-81.2.9.16-snapshot.jpg", "doorbell_081.002.069.160_clip.mp4", "log-93.4.7.120-access.txt",
    # a phone's groups with letters for digits, the letters differing or read as digits in any run
    "Jo O6 S2 34 56 78", "Jo 06 12 3A 56 78",
    # ranges that do not chain, and a phone's groups after a folder's `/files/` elsewhere
    "Jo 06-12 34-56 78-90", "/files/1/0612/3456/78", "/uploads/1/0612/3456/78",
    # Diners' fourteen digits written backwards in a text, and forwards
    "Karte 40952090396503", "Diners Club 30569309025904",
    # a phone's groups that step evenly from a small start or down (gate corpus)
    "Yape 987 654 321", "DNI 12 345 678 Z", "Jo 123 456 789", "ABA PAY to 012 345 678 SOKHA CHAN",
    # a list's word beside `me` or a possessive names a person's own
    "Ring me 06/12/34/56/78", "ring me on 06 12 18 24 30", "Mes numéros 06/12/34/56/78", "My sizes 06/12/34/56/78",
]

ORDINARY_URLS = [
    "https://shop.example.com/p?sizes=04,06,10,12,14", "https://shop.example.com/p?colors=01,05,09,12,17",
    "https://shop.example.com/p?skus=4451,4452,4453,4460", "https://shop.example.com/p?q=baby+50+56+62+68",
    "https://shop.example.com/p?q=Rolex+Datejust+16233+1995",
    "https://shop.example.com/downloads/driver-3.12.45.67-x64.zip",
]

PERSONAL_URLS = [
    "https://shop.example.com/p?card=4111,4222,5333,9000", "https://shop.example.com/p?q=Jo+06/12/34/56/78",
    "https://shop.example.com/p?q=IP+81/92/169/200", "https://shop.example.com/p?f=cam-81.2.9.16-snapshot.jpg",
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
