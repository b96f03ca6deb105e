"""Closer 88 (attack 50): a person's id after its holder's label with the id word first, as Romance and Slavic
languages order them (`Numer polisy: PL/481726/24`, `Nr pacjenta`, `Numer klienta: KD-481726`), after the number sign
standing for the id word (`Member # …`, an airline programme's name and `#`), and over a line break (`Member\\nID:`);
a Medicare MBI in its groups apart by blanks when it fills its value or its line; a plate in Japan's layout, and a
plate after its label in an id; a bare VIN in an id by its whole layout; a web page's URL given as free text, its path
read as a URL field's. Both ways: the ordinary neighbours (a holder's word alone, `Member price`, a URL's fragment
after a holder's word, a product's name holding an MBI-shaped code, Japanese product text, a prefix's letters and then
digits as an order's id, a product's URL) go out. The values are built from each rule, not the attack's."""

from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from meta_capi import detector, privacy
from meta_capi.labelled_values import PERSON_ID
from meta_capi.national_ids import HEALTH_ID, PLATE, VEHICLE_ID, holds_vin, vin_checked


def _vin(draft: str) -> str:
    """`draft` (seventeen characters, `?` ninth) with its check digit."""
    return next(vin for vin in (draft[:8] + digit + draft[9:] for digit in "0123456789X") if vin_checked(vin))


US_VIN = _vin("3FADP4EJ?FM203915")  # (Ford's maker code, the year's `F`, the plant's `M`, a serial of digits)
OLD_VIN = _vin("1G1ND52J?3M705816")  # (a year of the 2000s, `3`)
EU_VIN = _vin("WVWZZZ1K?ZW305719")  # (Europe's `Z` where the year stands: read in free text, not in an id)

# (value, judged as an id, reason)
PERSONAL: List[Tuple[str, bool, str]] = [
    # the id word first, then its holder (the key rule's leading pairs), the value with `/`, `-` or glued letters
    ("Numer polisy: ZU/305719/26", False, PERSON_ID), ("Nr pacjenta: PT/305719", True, PERSON_ID),
    ("Numer klienta: AB-305719", False, PERSON_ID), ("numero cliente: CL-305719", False, PERSON_ID),
    ("Codice cliente: RM/3057/19", False, PERSON_ID), ("Numer członkowski: KL/305719", False, PERSON_ID),
    # the number sign for the id word, after the holder alone or its pair
    ("Member # ZX305719", True, PERSON_ID), ("SkyMiles # 3057QX19", True, PERSON_ID),
    ("Patient #: MR-305719", False, PERSON_ID), ("Customer ID # CU305719", False, PERSON_ID),
    ("Mitglied #305719ZK", False, PERSON_ID),
    # a label over a line break
    ("Member\nID: ZX305719", False, PERSON_ID), ("Patient\r\nnumber: PT-305719", False, PERSON_ID),
    ("Policy\nnumber: PL305719", True, PERSON_ID),
    # an MBI in blank-apart groups filling its value or its line; after its label in lower case
    ("7AC9 HN3 TY52", False, HEALTH_ID), ("claim\n2EG4 TE5 MK73\nstatus", False, HEALTH_ID),
    ("MBI: 2eg4 te5 mk73", True, HEALTH_ID), ("Medicare number 2EG4 TE5 MK73", False, HEALTH_ID),
    # Japan's plate in its layout: a place's name, the class, a hiragana, the serial
    ("ナンバー：横浜 300 さ 30-57", False, PLATE), ("練馬330わ・・19", False, PLATE),
    ("車両番号 なにわ 500 ま 19-26", False, PLATE), ("品川５００あ３０－５７", False, PLATE),
    # a plate after its own label in an id
    ("Kennzeichen: HH-ZX 3057", True, PLATE), ("Immatriculation : ZX-305-QD", True, PLATE),
    ("License plate: 8ZXK305", True, PLATE),
    # a bare VIN in an id: its whole layout
    (US_VIN, True, VEHICLE_ID), (f"car {OLD_VIN} service", True, VEHICLE_ID), (f"for {US_VIN}", True, VEHICLE_ID),
    (_vin("WVWZZZ1K?8W305719"), True, VEHICLE_ID), (EU_VIN, False, VEHICLE_ID),
]


@pytest.mark.parametrize(("value", "id_like", "expected"), PERSONAL)
def test_personal_values_are_recognized_with_their_reason(value: str, id_like: bool, expected: str) -> None:
    assert detector.reason(value, id_like=id_like) == expected


ORDINARY: List[Tuple[str, bool]] = [
    # a holder's word alone before a colon, a price after a holder, a product's number word
    ("Kunde: KD-305719", False), ("Member price: 30571948", False), ("Numer produktu: KD-305719", False),
    ("Numer katalogowy: KD/305719", False), ("Policy: 30-day returns", False), ("Member # 12", False),
    ("Item # 30571948", False), ("Size # 305719", False), ("https://shop.example/member#ZX305719", True),
    ("Member ID:\nrequired", False), ("Jan\nGender: unisex", False),
    # an MBI-shaped code among a product's words, or in an id
    ("7KD3 WM4 PR19 kit", False), ("Set 7AC9 HN3 TY52", False), ("7AC9 HN3 TY52", True),
    # Japanese product text with numbers and kana
    ("Tシャツ 100 サイズ 12-34", False), ("価格 500 円 セール", False), ("東京 2026 年 12-03", False),
    ("つくば 30 kit 12-34", False),
    # a plate's register-like label in an id, a car's word before a code in an id
    ("Reg: QX17 DRK", True), ("car 12-345-67", True), ("Placa: QXD4E17", True),
    # seventeen characters in an id: a prefix's letters then digits, an unchecked VIN, Europe's maker's `Z` tenth
    ("ABCD2026120300042", True), ("26AB2026120300042", True), ("ORD20261203000042", True),
    (EU_VIN, True), (US_VIN[:8] + ("1" if US_VIN[8] != "1" else "2") + US_VIN[9:], True), (f"SKU {US_VIN}", True),
]


@pytest.mark.parametrize(("value", "id_like"), ORDINARY)
def test_ordinary_neighbours_go_out(value: str, id_like: bool) -> None:
    assert detector.reason(value, id_like=id_like) == ""


def test_random_order_ids_of_seventeen_characters_are_rarely_read_as_vins() -> None:
    """A random code of seventeen capitals and digits passes the in-id VIN layout about once in thirty thousand."""
    draw = random.Random(88)
    alphabet = string.ascii_uppercase + string.digits
    read = sum(holds_vin("".join(draw.choice(alphabet) for _ in range(17)), bare=False) for _ in range(30000))
    assert read <= 5


@pytest.mark.parametrize("url", [
    "https://shop.example/klient/KD-30571948/zamowienia", "https://shop.example/kunden/30571948/rechnungen",
    "http://shop.example/customer/CU-30571948/orders?tab=2", "https://shop.example/cliente/30571948",
])
def test_a_url_in_free_text_has_its_path_read(url: str) -> None:
    assert privacy.free_text(url, "status") == ""


@pytest.mark.parametrize("url", [
    "https://shop.example.com/products/blue-sneakers?variant=42", "https://shop.example.com/p/30571948",
    "https://shop.example.com/blog/2026/12/03/winter-sale", "https://shop.example.com/", "https://shop.example.com",
    "see https://shop.example.com/klient/help",
])
def test_an_ordinary_url_in_free_text_goes_out(url: str) -> None:
    assert privacy.free_text(url, "status") == url


def test_a_url_as_an_id_keeps_its_digits_an_ids() -> None:
    url = "https://shop.example/r/4917630571948"
    assert privacy.free_text(url, "event_id", id_like=True) == url
