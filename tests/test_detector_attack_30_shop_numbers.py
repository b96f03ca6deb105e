"""Rules closing the thirtieth attack's drops of shop numbers: an order number of thirteen digits passing Luhn
after an order's label (no network issues thirteen-digit cards), a nineteen-digit click id beginning with 2 outside
Mir's range (no card network issues it), each with the near misses that must still be caught."""

import pytest

from meta_capi.detector import CARD, reason
from meta_capi.privacy import clean_url


@pytest.mark.parametrize("value", [
    "Bestellnummer 2024112900012", "Order number 2000473829164", "Bestellnummer: 4222222222222",
    "Order 2000473829164", "Commande n° 2000473829164",
])
def test_thirteen_digits_after_an_orders_label_are_the_orders_number(value: str) -> None:
    assert reason(value) == ""


@pytest.mark.parametrize("value", [
    "4222222222222",  # thirteen digits, Luhn, no GS1 check digit, no label: a retired card's
    "Card 4222222222222", "Kreditkarte 4222222222222", "Order 4111111111111111", "Order number 4111 1111 1111 1111",
    "Bestellnummer 4111111111111111",
])
def test_a_card_after_an_orders_label_or_thirteen_digits_alone_are_still_caught(value: str) -> None:
    assert reason(value) == CARD


@pytest.mark.parametrize("value", ["2583142317963018239", "2700123456789012340", "2500000000000000007"])
def test_nineteen_digits_beginning_with_2_outside_mirs_range_are_no_card(value: str) -> None:
    assert reason(value) == "" and reason(value, True) == ""


@pytest.mark.parametrize("value", [
    "2200123456789012341",  # Mir, nineteen digits
    "2221000000000009",  # Mastercard's 2-series, sixteen
    "4738291647382916473",  # Visa's length: a click id's key does not make it an id
])
def test_mir_mastercard_and_nineteen_digit_visa_numbers_are_still_cards(value: str) -> None:
    assert reason(value) == CARD


def test_a_yandex_click_id_stays_in_the_page_url() -> None:
    url = "https://shop.example.com/?yclid=2583142317963018239"
    assert clean_url(url) == url


@pytest.mark.parametrize("parameter", ["rdt_cid=4738291647382916473", "yclid=4111111111111111",
                                       "yclid=2200123456789012341"])
def test_a_card_number_under_a_click_ids_key_is_left_out(parameter: str) -> None:
    assert clean_url(f"https://shop.example.com/?{parameter}") == "https://shop.example.com/"
