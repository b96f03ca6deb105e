"""The thirtieth attack's checkout fields (tests/privacy_attack_cases_30.py): a family name after an honorific inside
a delivery note's sentence, a full name after `Attn` or `À l'attention de`, a name after a doorbell's label; each
with the near misses that must still go out."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize("value", [
    # an honorific and a family name inside a sentence
    "Bitte beim Nachbarn Herrn Wachtelmeier abgeben",
    "Paket für Herrn Schulz",
    "Si absent, laisser chez Mme Brisebois au 2e étage",
    "Dejar con el portero, Sr. Arrieta",
    "Entregar a la vecina, Sra. Ibarrola, 2º B",
    "Bij afwezigheid afgeven bij de buren (fam. Vermeulen, nr. 25)",
    "Proszę zostawić u sąsiadki, pani Wróblewskiej",
    # `Attn` in any case, with or without its dot or colon, and French `À l'attention de`
    "Brightwater Ltd, attn. Dorothea Langhorne",
    "ATTN Dorothea Langhorne, Goods In",
    "Attn Mr Kwame Mugisha",
    "À l'attention de Marie Dufresnoy",
    "Société Lumière, à l'attention de M. Paul Girard",
    # a doorbell's label and the name on the bell
    "Klingel: Oberhauser",
    "Name an der Klingel: Oberhauser",
    "3. OG links\nKlingelschild: Oberhauser-Nguyen",
    "Name on the doorbell: Langhorne",
])
def test_a_thirtieth_attack_checkout_name_is_read(value):
    assert detector.reason(value, False) == PERSON_NAME


@pytest.mark.parametrize("value", [
    "Taza Sr. Wonderful",
    "Sr. Wonderful taza",
    "Taza para el Sr. Potato",
    "Figura de la Sra. Potato",
    "Die Abenteuer des Herrn Thaddäus",
    "Lob dem Herrn",
    "Herrn Hut aus Filz",
    "Madame Bovary",
    "Pan Tadeusz",
    "Chaqueta de pana Zara",
    "Farina per pani Caputo",
    "Klingel: Ja",
    "Klingel: Inklusive",
    "Fahrradklingel: Messing",
    "Doorbell: Ring Video Doorbell 4",
    "Doorbell: Wireless",
    "Klingel: Messing",
    "Buzzer: Integrated",
    "À l'attention de Nos Clients",
    "FAO Schwarz Teddy Bear",
    "Attention Deficit Disorder",
    "Attn: 3 pieces",
])
def test_a_near_miss_of_a_thirtieth_attack_checkout_name_goes_out(value):
    assert detector.reason(value, False) == ""
