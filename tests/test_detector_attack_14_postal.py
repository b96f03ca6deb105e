"""The address layouts of the fourteenth attack (postal.py): a street word first of Russian, Ukrainian, Kazakh,
Polish and Greek, written or transliterated, in any case, with the house's word and a flat's, building's or entrance's
word after it; a Hungarian street line with its dotted number, its house word, floor and door; a postal code and a
town opening the address; Polish, Czech and Slovak postal codes after a street line; exact verdicts, and the
ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal

ADDRESSES = [
    # a street word first, its name, the house (maybe by its word) and flats, then the next part
    "ул. Тверская, д. 7, кв. 15, Москва",
    "УЛ. ТВЕРСКАЯ, Д. 7, КВ. 15, МОСКВА",
    "проспект Мира 12, корп. 2, кв. 40, Москва",
    "Невский проспект, д. 28, Санкт-Петербург",  # (the street word after the name: the house's word says it)
    "б-р Дмитрия Донского, д. 9, кв. 3, Москва",
    "вулиця Шевченка, буд. 5, кв. 12, Львів",
    "пров. Лютеранський 8, кв. 2, Київ",
    "көш. Абай 150, пәтер 31, Алматы",
    "ul. Tverskaya, d. 7, kv. 15, Moskva",
    "UL. TVERSKAYA, D. 7, KV. 15, MOSKVA",
    "vul. Shevchenka, bud. 5, kv. 12, Lviv",
    "ul. Długa 5/7 m. 3, 80-827 Gdańsk",
    "ul.Piotrkowska 120 lok. 4\n90-006 Łódź",
    "al. Jerozolimskie 65/79, 00-697 Warszawa",
    "Adres: ul. Floriańska 3 m. 2, Kraków",
    "Λεωφόρος Αλεξάνδρας 10, Αθήνα",
    "ΛΕΩΦ. ΚΗΦΙΣΙΑΣ 124, 11526 ΑΘΗΝΑ",
    "Leoforos Kifisias 124, Athina",
    # anywhere in a sentence, with the house's or a flat's word, or a postal code and a town after it
    "Для вул. Хрещатик, буд. 22, кв. 7, Київ — дякуємо!",
    "Доставка: Москва ул. Тверская, д. 7 — спасибо",
    "Send to ul. Długa 5 m. 3, please",
    "Παράδοση στη Λεωφ. Συγγρού 45, 11743 Αθήνα σήμερα",
    # Hungarian: the dotted number, the house word, a floor or a door, the ground floor
    "Andrássy út 52. 3. em. 12. ajtó",
    "Kossuth Lajos utca 12. hsz., 2. em. 4., 1053 Budapest",
    "Váci utca 15. II. em. 4., 1052",
    "Szent István krt. 9. fszt. 2., Budapest",
    "Rákóczi út 12., Budapest",
    "KOSSUTH LAJOS UTCA 12. 2. EM. 4.",
    # a postal code and a town opening the address, nothing after the street line
    "1052 Budapest, Váci utca 12.",
    "1061 Budapest, Andrássy út 52",
    "00-514 Warszawa, ul. Marszałkowska 84",
    "119034 Москва, ул. Пречистенка 17",
    # a street line whose words say less, followed by a Polish, Czech or Slovak postal code and a town
    "Rynek Główny 12/5, 31-042 Kraków",
    "Vinohradská 1511/230, 100 00 Praha 10",
    "Na Příkopě 22, 110 00 Praha 1",
    "Obchodná 15, 811 06 Bratislava",
    "Для Rynek Główny 12/5, 31-042 Kraków — спасибо за заказ!",
    "Ship to Długa 5, 80-827 Gdańsk.",
]
ORDINARY_NEAR_ADDRESSES = [
    # a street word's letters in other words, or with no house number and next part
    "smith et al. chapter 5, p. 12",
    "Price per. Unit 5, extra",
    "Per item 5, extra",
    "ul. Marszałkowska",
    "Ulica Rose Candle 12",
    "Plac Zabaw Set 3, dla dzieci",
    "Площадь кухни 12, гостиной 20",
    "Проспект Мира 12",
    "стр. 12, рис. 3",
    "Vol. 2, d. 17",
    "Набор ключей 12 шт., д. 5 мм",
    "Shirt, pl. Size 5 kv. 3",
    "Том 2, д. 17",
    "odos",
    "Πλάτος 45, ύψος 90",
    # a number before a dash, a year, a size or a count after a comma
    "Running Socks - Size 42",
    "Puzzle 12, 1000 Pieces",
    "Summer Sale 12, 2024 Edition",
    "Kids Set 12, 10-12 Years",
    "1000 Pieces, Puzzle 12",
    "2024 Collection, ul. Nowa",
    # a street line with nothing after it (a store's as often; README: not claimed)
    "Váci utca 12.",
    "ул. Тверская 7",
    # Hungarian words without a street line's layout
    "Tér 5, Budapest",
    "Kávé 250 g, 2. em. polc",
    "Farbe Rot u. 2",
    "Menü 2 u. 3, Getränk",
    # a Czech, Slovak or Polish postal code's shape not after a street line
    "100 00 Praha 10",
    "Objednávka 2024, 110 00 Praha",
    "31-042 Kraków",
    "Rozmiar 12-14, 31 cm",
]


@pytest.mark.parametrize("value", ADDRESSES)
def test_an_address_line_of_the_fourteenth_attack_is_an_address(value):
    assert detector.reason(value) == postal.POSTAL_ADDRESS


@pytest.mark.parametrize("value", ORDINARY_NEAR_ADDRESSES)
def test_a_product_a_count_or_a_word_of_an_address_without_its_layout_goes_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", ["ul. Tverskaya, d. 7, kv. 15, Moskva", "1052 Budapest, Váci utca 12."])
def test_an_address_line_is_no_id(value):
    assert detector.reason(value, id_like=True) == ""
