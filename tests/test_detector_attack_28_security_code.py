"""A card's security code after its label (detector.py): CVV or CVC, then three or four digits, is payment data
wherever it stands. With the near misses that go out: the label alone, another count of digits, a price."""

from __future__ import annotations

import pytest

from meta_capi import detector


@pytest.mark.parametrize("text", [
    "card ending 0366, CVV 123, exp 12/28, 4532 0151 1283", "CVV: 1234", "cvc2=123", "Your CVV 123.",
    "CVC 456 exp 11/27",
])
def test_a_security_code_after_its_label_is_card_data(text: str) -> None:
    assert detector.reason(text) == detector.CARD


@pytest.mark.parametrize("text", [
    "CVV field", "Where is the CVV? 3 digits", "CVV 12345", "CVV 123.45", "CVV 1,234 reviews",
    "CVV/CVC 3-digit guide", "Price 1234 CVV", "CSC 2024 conference",
])
def test_a_security_code_s_label_without_its_code_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
