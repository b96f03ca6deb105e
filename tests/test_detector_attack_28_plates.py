"""A vehicle's licence plate (national_ids.py): a short code of capitals and digits after a plate's label with its
colon or `is`, after `Reg:`, or after a car's registration in a sentence; Israel's dashed digits after `car`. With the
near misses that go out: a product's or a model's code, `Reg.` before a price or a register's number, a plate's
accessory, a date after `Registration:`."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.national_ids import PLATE


@pytest.mark.parametrize("text", [
    "Reg: GP 38 47 ZZ", "Reg:GP 38 47 ZZ", "Numberplate: ND 384 712 GP", "Kennzeichen: B-QA 3847",
    "my car reg is CA 384-712 please", "car 12-345-67 parked", "Мемлекеттік нөмір: 384 ABZ 02",
    "МЕМЛЕКЕТТІК НӨМІР: 384 ABZ 02", "Госномер: A123BC 77", "my licence plate is GP 38 47 ZZ",
    "Nummernschild: M-AB 1234", "kenteken: 12-ABC-3", "Namba ya gari: T 123 ABC",
])
def test_a_code_after_a_plate_s_label_is_a_plate(text: str) -> None:
    assert detector.reason(text) == PLATE


@pytest.mark.parametrize("text", [
    "Model: ABC 123", "Reg. price: 49.99", "Reg. No. of the shop", "Reg. No. HRB 12345", "Reg: 49.99",
    "Registration: 2024-05-01", "License plate LED 12V 5W", "Number plate holder 520 x 110 mm",
    "licence plate frame 2 PCS", "Dinner plate 10 PCS SET", "Car 12V-110V adapter", "car 2024 model",
    "Kennzeichen: CE", "Reg: A4 size", "Reg 12 oz", "ABC 123 charger", "GP 38 47 ZZ",
])
def test_a_code_without_a_plate_s_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
