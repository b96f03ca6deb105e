"""A street line ending the field after a personal label naming an address: read as the street-line layouts read a
line with its next part; a store's label, a product, or a value with no street word goes out."""
from __future__ import annotations

import pytest

from meta_capi import detector, privacy

ADDRESS = "holds a postal address"


@pytest.mark.parametrize("text", [
    "Address: 12 Main St", "Address: 12 Main Street", "address: Hauptstraße 12", "Adresse: 12 rue de Rivoli",
    "Lieferadresse: Musterstraße 5", "Shipping address: 742 Evergreen Terrace", "Indirizzo: Via Roma 12",
    "Dirección: Calle Mayor 12", "Adres: Kerkstraat 12", "Delivery address: Hamngatan 18.",
    "Billing address: 221B Baker Street", "Address line 1: 12 Main St", "Order 1042. Address: 12 Main Street",
    "Name: Jo\nAddress: 12 Main Street",
])
def test_a_street_line_after_a_personal_address_label_is_kept(text: str) -> None:
    assert detector.reason(text) == ADDRESS
    assert privacy.free_text(text) == ""


@pytest.mark.parametrize("text", [
    "Email address: Pixel 8", "Address: Pixel 8", "Store address: Hamngatan 18", "Click & Collect: Hamngatan 18",
    "Address: Apt 4B", "Shipping address: Free shipping over 50", "Address: 12 Oak Street Candle",
    "Sale: 12 Main Street Prints", "Collection: 12 Oak Street", "Address 2: Apt 4B", "Addresses: 12 labels per sheet",
])
def test_near_misses_go_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_value_of_the_label_repeated_keeps_its_verdict() -> None:
    detector.forget_remembered()
    assert detector.reason(("Address: 12 Main Street, " * 200)[:4096], False) == ADDRESS
    detector.forget_remembered()
    # (a label's colon right after a label: no label before the last colon)
    assert detector.reason(("Address: " * 500)[:4082] + "12 Main Street", False) == ""
