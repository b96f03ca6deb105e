"""Closer 63 (review 23, Europe and the Americas): closer 57's rules narrowed until the shop's values near them go out
(a Russian abbreviation without its dot, Turkish floors and buildings, `s/n`, `entre` and Mexico's interior before a
product's kind, Greek titles, `род.` before a genus, 18-character SKUs shaped as Mexico's voter key, keys about PO
boxes), and the near variants the narrowed rules still keep or newly reach (Brasília's home written whole, a voter
key in lower case or in an id after its label, `род` before a date in digits, other languages' post boxes)."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSONAL = [
    # Russian: the house's word, or the field's end after the units, when the street's abbreviation has no dot
    "ул зарвенская д 12 кв 42", "зарвенская ул 12 кв 42", "ул зарвенская д 12 кв 42 москва",
    "Зарвенский пер., 7, стр. 2",
    # Turkish: the flat after the floor, a building with its street's part
    "Zarvenli Sok. No 7 Kat 2 Daire 3", "Gül Sk. Zarvenli Apt. Kat 3 Daire 5",
    "Zarvenli Apt. Kat 3 Daire 5, Bağdat Cad.",
    "Gül Mah. 123. Sk. No 7 Daire 3", "Gül Sk. Numara 12 Daire 5",
    # a place named after `s/n`, `entre` and the interior, in capitals too
    "Rua Zarvenquia, s/n, Centro", "RUA ZARVENQUIA, S/N, CENTRO", "Calle Hidalgo s/n, Col. Centro",
    "Calle Zarvenquia s/n, Bela Vista", "Juárez 45 entre Hidalgo y Morelos, Col. Centro",
    "Juárez 45 entre Hidalgo y Morelos, Guadalajara", "Av. Juárez #45 Int. 3, Col. Centro",
    "Av. Juárez #45 int. 3, col. centro", "Calle Juárez #45 Interior B, 44100",
    # Brasília's home written whole, with no mark, in any case
    "SQS 308 Bloco C Apto 12", "sqs 308 bloco c apto 12", "SHIS QI 5 Conjunto 3 Casa 12", "CLN 408 Bloco B Sala 12",
    # Greek: the town with its postal code or the country, or after the abbreviated street word
    "οδός ζαρβένου 45 αθήνα 105 52", "οδός ζαρβένου 45 αθήνα ελλάδα", "οδ. ζαρβένου 45 αθήνα",
    "οδός ζαρβένου 45, αθήνα",
    # born: `род.` right before the date, `род` before a date in digits
    "род. 17.09.1987", "Род. 17 сентября 1987", "род 17.09.1987", "род.17.09.1987",
    # Mexico's voter key: after its label, or with the surnames' consonants, H or M and the homonym key 00
    "ZRVNDO87091709M100", "zrvndo87091709m100", "Clave de elector: ZRVNDO87091709M100",
    "Clave de elector: ZRVNDO87091709M123",
]

ORDINARY = [
    "Учебник пр 5 стр 12", "пр мира 5 стр 12 атлас", "ул сезам 3 кв 2 кукла", "Атлас дорог ш 12 стр 48",
    "Oyuncak Apt. Kat 2 Daire 4", "Lego Apt. Kat 3 D 2", "Kitaplık Sk. No 3 Kat 5", "3 Kat Kitaplık No 5",
    "Sokak 5 sneakers", "Calle Mayor s/n, tienda oficial", "Rua Augusta, s/n, loja", "Calle Ocho, S/N - Miami tee",
    "CALLE 13, S/N, CD", "Router S/N 12345", "Saga 3 entre Sombras y Luz, tapa blanda",
    "Parte 1 entre Reyes y Dioses, Blu-ray", "Vol 2 entre Cielo y Tierra, CD", "Av. Tool #45 Int. 3, set",
    "Plaza Tech Local #45 Int. 3, CDMX", "SHA 256 Bloco A", "QL 12 Bloco B", "Bloco 3 ap 12 caderno",
    "Bloco C Papel A4 500 fls", "οδός ονείρων 2 βιβλίο", "λεωφόρος αλεξάνδρας 2 dvd", "οδός σεσάμης 3 dvd",
    "Семена, род. Томат, 12.03.2025 упаковано", "род 12 видов 2024", "род. 12 видов", "SHIRTS24031512M001",
    "shirts24031512m001", "TSHIRT23091401H250", "JACKET24110507X001", "PRODUC23010101M001",
]


@pytest.mark.parametrize("value", PERSONAL)
def test_a_narrowed_layout_still_keeps_a_home(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY)
def test_a_shop_value_near_a_narrowed_layout_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("key", [
    "po_box", "customer_po_box", "billing_po_box", "pobox_number", "Postfach", "postbus", "postboks", "private_bag",
    "gpo_box", "skrytka_pocztowa", "numero_interior", "num_interior", "numero_exterior",
])
def test_a_key_naming_a_persons_box_or_house_is_refused(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", [
    "allow_po_box", "po_box_surcharge", "shipping_to_po_box", "postfach_erlaubt", "po_box_excluded", "store_postfach",
    "po_box_allowed", "bus_stop", "gift_box", "tote_bag", "interior_color", "num_int",
])
def test_a_shops_setting_about_boxes_goes_out(key: str) -> None:
    assert detector.key_reason(key) == ""


def test_a_voter_key_in_an_id_is_read_after_its_label_only() -> None:
    assert detector.reason("clave-elector-ZRVNDO87091709M100", id_like=True) != ""
    assert detector.reason("SHIRTS24031512M001", id_like=True) == ""
    assert detector.reason("elector-badge-SHIRTS24031512M001", id_like=True) == ""


@pytest.mark.parametrize("url", [
    "https://shop.example.com/search?q=SQS+308+Bloco+C+Apto+12",
    "https://shop.example.com/search?q=zrvndo87091709m100",
])
def test_a_personal_query_loses_its_query(url: str) -> None:
    assert privacy.clean_url(url) == url.partition("?")[0]


@pytest.mark.parametrize("url", [
    "https://shop.example.com/search?q=SHIRTS24031512M001",
    "https://shop.example.com/search?q=Oyuncak+Apt.+Kat+2+Daire+4",
    "https://shop.example.com/search?q=Calle+Mayor+s%2Fn%2C+tienda+oficial",
])
def test_a_shop_query_goes_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url
