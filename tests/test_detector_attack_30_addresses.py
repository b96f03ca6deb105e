"""The thirtieth attack's addresses (tests/privacy_attack_cases_30.py): the layouts closed, each with the near misses
that must still go out."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import POSTAL_ADDRESS


@pytest.mark.parametrize("value", [
    # an Italian town and its province's code, bare or in brackets
    "Via dei Gelsomini 8, 20121 Milano MI",
    "Via dei Gelsomini 8, 00184 Roma (RM)",
    "Corso Buenos Aires 12, 20124 Milano MI, Italia",
    # a Dutch `bis` after the house number
    "Tulpenstraat 23 bis, 1012 AB Amsterdam",
    "Tulpenstraat 23bis, Amsterdam",
    # a street line after a street's own label or a delivery's
    "Straße: Mohnblumenweg 8",
    "Street: Mohnblumenweg 8",
    "Livraison : 8 allée des Tilleuls",
    "Entrega en: Calle Mayor 5",
    "Straat: Keizersgracht 12",
    # a Turkish line ending on its district and province
    "Atatürk Mah. 123. Sok. No:5 Daire:3 Çankaya/Ankara",
    "Bağdat Cad. No:314 D:7 Kadıköy/İstanbul",
    # a Russian line from the country down, ending on the house
    "Россия, 101000, г. Москва, ул. Мясницкая, д. 7",
    "ул. Садовая-Кудринская, д. 25",
    # an Arabic line after its quarter, ending on the building's number
    "الرياض، حي النخيل، شارع التخصصي ٤٥٢١",
    # a US line with no commas, ending on the state and the ZIP code
    "1427 Wexford Hollow Dr Suite 200 Columbus OH 43215",
    "350 Fifth Ave New York NY 10118",
    # a German street in lower case, its number and its town
    "lieferung nach sonnenblumenweg 17 münchen",
    "hauptstraße 5 berlin",
])
def test_a_thirtieth_attack_address_is_read(value):
    assert detector.reason(value, False) == POSTAL_ADDRESS


@pytest.mark.parametrize("value", [
    "Maglia Taglia 8, 20121 Cotone XL",
    "Giacca Inverno 3, Taglia MI",
    "Kinderweg 3 bis 6 Jahre, rot",
    "Lego 42115 bis, Technic",
    "Entrega en: 24 horas",
    "Livraison : 48h offerte",
    "Street: Air Max 90",
    "Straße: Street Fighter 6",
    "Livraison : Colissimo 48",
    "Store street: Hamngatan 18",
    "Model No: 5 Black/White",
    "Товар ул. размер, д. 7",
    "حي النخيل، شارع التخصصي",
    "Route 66 Map Kit CA 90210",
    "Trail Mix 12 Pack OH 43215",
    "fahrradweg 12 zoll",
    "lego hauptstraße 60 teile",
    "playmobil 2024 bauernhof",
])
def test_a_near_miss_of_a_thirtieth_attack_address_goes_out(value):
    assert detector.reason(value, False) == ""
