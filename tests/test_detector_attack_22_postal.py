"""The twenty-second attack's addresses (tests/privacy_attack_cases_22.py): a post office box by any word of its
lexicon with no mark after it, Portuguese `n.º`, Brunei's plot and numbered lane, Bolivia's lot and block, Guatemala's
zone before its street line, Slovene street words, a four-digit postal code before its town (not a count), Greenland's
building number, a road and its milepost, Lao parts glued to their words, Tibetan street and house number, a file named
by an address, Hong Kong's road directions and floors, and an address in a user agent's comment. With the near misses
each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import POSTAL_ADDRESS


@pytest.mark.parametrize(("text", "found"), [
    # every word of the box lexicon cues the unmarked box rule, not only BP and P.O. Box
    ("Apartado 123 Managua", POSTAL_ADDRESS),
    ("Postfach 1234 Berlin", POSTAL_ADDRESS),
    ("POSTFACH 1234 Berlin", POSTAL_ADDRESS),
    ("Casilla 45 Santiago", POSTAL_ADDRESS),
    ("Caixa Postal 12 Maputo", POSTAL_ADDRESS),
    ("Boite postale 12 Dakar", POSTAL_ADDRESS),
    ("Private Bag 12 Gaborone", POSTAL_ADDRESS),
    ("BP 1234 Lomé", POSTAL_ADDRESS),
    ("Apartado 123 Managua gracias", ""),  # the town does not end the field
    ("Casilla de correo", ""),  # no number
    ("Postfach 1234", ""),  # no town
])
def test_a_box_by_any_word_of_its_lexicon_is_an_address(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Avenida de Almeida Ribeiro n.º 123, 5.º andar, Macau", POSTAL_ADDRESS),
    ("Rua de Balide, n.º 45, Díli", POSTAL_ADDRESS),
    ("Simpang 123, Jalan Tutong, Kampong Kiulap, BS8711", POSTAL_ADDRESS),
    ("Hola, Plot 45, Kampong Ayer, Bandar Seri Begawan — gracias", POSTAL_ADDRESS),
    ("Lote 12, Manzano 7, Urb. Villa Adela, El Alto", POSTAL_ADDRESS),
    ("zona 3, 15 avenida 4-56, Xela", POSTAL_ADDRESS),
    ("Slovenska cesta 12, 1000 Ljubljana", POSTAL_ADDRESS),
    ("Báhčaveaiguoika 12, 9520 Guovdageaidnu", POSTAL_ADDRESS),
    ("B-1234 Aqqusinersuaq, 3900 Nuuk", POSTAL_ADDRESS),
    ("Navajo Route 12, Mile 5, Window Rock, AZ 86515", POSTAL_ADDRESS),
    ("Hwy 3, mile 12.5, Haines Junction", POSTAL_ADDRESS),
    ("ບ້ານໂພນສະອາດ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ", POSTAL_ADDRESS),
    ("ບ້ານໂພນສະອາດ ເມືອງໄຊເສດຖາ", POSTAL_ADDRESS),
    ("ལྷ་ས་གྲོང་ཁྱེར། བར་སྐོར་ལམ། ཨང་ 12", POSTAL_ADDRESS),
    ("adresa_Vodickova_681_Praha.pdf", POSTAL_ADDRESS),
    ("Hola, adresa_Vodickova_681_Praha.pdf — gracias", POSTAL_ADDRESS),
    ("香港中環德輔道中 123 號", POSTAL_ADDRESS),
    ("皇后大道東 183 號 12 樓", POSTAL_ADDRESS),
    ("朗豪坊 12 樓 A 室", POSTAL_ADDRESS),
])
def test_an_address_of_the_twenty_second_attack_is_an_address(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "Puzzle 3, 1000 Pieces",  # a count of things after four digits, not a town
    "Puzzle 3, 1000 pieces",
    "Lego Technic 42, 2024 Edition",  # a year
    "Sector 7 Game, Piso 2, Edition",  # a number first needs a postal code and a town after it
    "Route 66, Mile 5 edition",  # the milepost's part ends no field
    "Zone 3 running shoe", "Lot 12 mixed beads", "Plot Twist board game",
    "Zona 3, talla M",  # a zone without a street line
    "ເຄື່ອງດື່ມ", "Lao Beer 640 ml", "Tibetan singing bowl 12 cm",
    "product_12345_front.png", "IMG_4512.jpg", "Address_Labels_30_Per_Sheet.pdf",
    "Address_Labels_30_Sheet.pdf", "Address_Labels_21_Sheets.pdf",  # a count of things after the number, not a town
    "港式奶茶 500 ml", "菠蘿包禮盒 6 件", "訂單編號 HK20241129001",
    "Slovenska cesta",  # no house number
])
def test_shop_text_near_the_twenty_second_attacks_addresses_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("user_agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; Plot 45, Kampong Ayer, Bandar Seri Begawan) Mobile", POSTAL_ADDRESS),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
     "Safari/537.36", ""),
    ("Mozilla/5.0 (Linux; Android 14; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Mobile", ""),
])
def test_an_address_of_short_words_in_a_user_agent_is_judged(user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found
