"""Rules closing the thirtieth attack's drops of shop numbers after their labels: a product's number as one word
(`Artikelnummer`), a marketplace's offer (`oferta`), an order's eleven digits passing a PESEL's, an AMKA's or a German
tax id's check after an order's label (`Pedido 51173829164`); each with the near misses that must still be caught."""

import pytest

from meta_capi.detector import NATIONAL_ID, PHONE, reason


@pytest.mark.parametrize("value", [
    "Artikelnummer 0713995036", "Artikelnummer: 0713995036", "Produktnummer 0713995036", "Allegro oferta 13742968051",
    "Offer 13742968051", "Pedido 51173829164", "Order 51173829164",
])
def test_a_product_number_an_offer_or_an_orders_eleven_digits_go_out(value: str) -> None:
    assert reason(value) == ""


@pytest.mark.parametrize(("value", "expected"), [
    ("Artikelnummer 0049 171 2345678", PHONE),  # dialled abroad
    ("Artikelnummer 0171 234 5678", PHONE),  # a mobile in groups after its trunk prefix
    ("oferta 0612345678", PHONE),  # after an offer's label, a code's: a mobile after its trunk prefix
    ("Oferta 612 345 678", PHONE),  # in groups
    ("51173829164", NATIONAL_ID),  # a German tax id's check, no label
    ("Nr 51173829164", NATIONAL_ID),  # `Nr` names no order
    ("ID 51173829164", NATIONAL_ID),
    ("PESEL 44051401359", NATIONAL_ID),
    ("Steuer-ID 51173829164", NATIONAL_ID),
])
def test_a_phone_or_an_id_near_those_labels_is_still_caught(value: str, expected: str) -> None:
    assert reason(value) == expected
