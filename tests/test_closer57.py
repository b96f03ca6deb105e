"""Closer 57 (attack 38): Russian, Greek, Turkish, Brazilian and Mexican addresses read as a whole layout (lower case,
no dots, units by their words, a street without number or between two streets), Russian `род.` and a passport's
series in two pairs, Mexico's voter key, a post office box's key; both ways: ordinary shop values near each rule go
out, personal ones are kept."""

from __future__ import annotations

import pytest

from meta_capi import detector, personal_keys

# A street word, its name, the number and a unit's word and number, or a town ending the field; in lower case, without
# dots or commas, the street word before or after the name.
LAYOUT_PERSONAL = [
    "ул ленина д 5 кв 12", "ул. ленина, д. 5, кв. 12 москва", "Ленина ул., д 5 кв 12", "Мирный пер., 7, стр. 2",
    "проспект мира 101 кв 7", "вул хрещатик буд 22 кв 7", "101000, Россия, Москва, ул. Ленина, 5-12",
    "οδός ερμού 12 αθήνα 105 63", "οδ. ερμού 12 αθήνα", "λεωφόρος κηφισίας 45 αθήνα 115 23",
    "Gül Sk. No 7 Daire 3 Bornova İzmir", "atatürk mah gül sok no 12 daire 5 kadıköy",
    "Güneş Apt. Kat 3 Daire 5, Bağdat Cad.", "Gül Sok. No:12 D:5 34710 Kadıköy/İstanbul",
    "av. paulista 1578 bloco b ap 32 são paulo", "rua augusta 100 apto 12 sao paulo",
    "SQS 308 Bloco C Apto 12, Brasília - DF",
    "Rua Augusta, s/n, Centro", "Calle Hidalgo s/n, Col. Centro", "Av. Juárez #45 Int. 3, Col. Centro",
    "Juárez 45 entre Hidalgo y Morelos, Col. Centro",
]
# Product names, sizes, chapters and the shop's own places near these layouts.
LAYOUT_ORDINARY = [
    "Ленина 5", "ул 5", "Магнит Москва-Сити", "Размер 42-44", "Тетрадь 12 листов, стр. 2", "Книга, т. 2, стр. 45",
    "Кварц 5 кв 2", "Подарок ш 12", "Распродажа до 31.12.2024",
    "Οδός Ονείρων DVD", "Ελαιόλαδο Κρήτης 500ml", "Νούμερο 38", "οδηγός 2024 έκδοση",
    "Sokak 5 sneakers", "İstanbul Çay Bardağı 6'lı", "Mağaza: Kadıköy şubesi", "Kat 3 raf ünitesi", "No 5 Daire",
    "Apt. 9 candle", "Villa 7 scented candle", "Bloco 3 puzzle 1000 peças", "Havaianas Rio de Janeiro Tam. 39/40",
    "Loja Shopping Iguatemi, Piso 2", "Casa 12 candles set", "ap 32 headphones", "Calle 13 album",
    "Router S/N 12345", "S/N: AB12345, warranty", "Calle 13 s/n album", "Sucursal Polanco",
    "Click & Collect: Centro Comercial Santa Fe", "Modelo 45 entre otros", "Route 66 sign 45 cm",
    "Shibuya 109 tote", "Gangnam Style 2012 vinyl", "Mezcal Oaxaca 750 ml",
]


@pytest.mark.parametrize("value", LAYOUT_PERSONAL)
def test_a_whole_address_layout_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", LAYOUT_ORDINARY)
def test_a_product_near_an_address_layout_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# A birth date after Russian `род.`, a passport's series in two pairs, Mexico's voter key by its layout.
DATES_AND_IDS_PERSONAL = [
    "род. 17 сентября 1987 г.", "Род. 3 мая 1990", "паспорт серия 45 12 № 739258", "Паспорт: серия 4512 № 739258",
    "Clave de elector: ZRVNDO87091709M100", "ZRVNDO87091709M100",
]
DATES_AND_IDS_ORDINARY = [
    "род растений 5 видов", "Род. 2024", "Серия 45 12 выпуск", "Серия 45 12 № 7", "ZRVNDO87091799M100",
    "ZRVNDO87133109M100", "SKU ABCDEF12345678X123", "Распродажа до 17 сентября 2024",
]


@pytest.mark.parametrize("value", DATES_AND_IDS_PERSONAL)
def test_a_birth_date_or_an_id_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", DATES_AND_IDS_ORDINARY)
def test_a_kind_a_series_or_a_code_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("key", ["po_box", "pobox", "PO_Box", "post_office_box", "postfach", "caixa_postal"])
def test_a_key_naming_a_post_office_box_is_personal(key: str) -> None:
    assert personal_keys.personal_tokens(personal_keys.key_tokens(key))


@pytest.mark.parametrize("key", ["box", "gift_box", "shipping_box", "box_size", "po_number", "lunchbox"])
def test_a_box_of_the_shop_is_no_personal_key(key: str) -> None:
    assert not personal_keys.personal_tokens(personal_keys.key_tokens(key))
