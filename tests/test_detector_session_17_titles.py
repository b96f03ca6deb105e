"""Account titles' last two gaps of the thirtieth attack (greetings.py): a holder's name after the title and a middle
dot or a bullet (`Il mio account · Giulia Bertolazzi`: `.` in the canonical form, a blank before it), and an order's
confirmation page, which only its buyer sees, read as an account's title (`Order confirmation – Annabel Whitcombe`).
A shop's words, a sentence's full stop and a title's words after them stay ordinary."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    "Il mio account · Giulia Bertolazzi",
    "My Account • Annabel Whitcombe · Demo Shop",
    "Mein Konto · Katrin Oberhauser",
    "Order confirmation – Annabel Whitcombe",
    "Order Confirmation | Annabel Whitcombe | Demo Shop",
    "Bestellbestätigung – Katrin Oberhauser",
    "Confirmation de commande : Marie Dupontel",
    "Potwierdzenie zamówienia – Krzysztof Zieliński",
])
def test_a_holders_name_after_a_dot_or_an_order_confirmation_is_a_name(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "My Account · Order History",
    "Mein Konto · Übersicht",
    "My Account. Anna Schmidt",  # (a sentence's full stop, not a title's separator: no blank before it)
    "Order Confirmation | Demo Shop",
    "Order confirmation - Thank You",
    "Order confirmed - Next Steps",
    "Order confirmation: Free Shipping Included",
    "Order Confirmation Email Template",
    "Bestellbestätigung · Vielen Dank",
    "Mein Konto | Herzlich Willkommen",
])
def test_a_shops_words_after_a_dot_or_an_order_confirmation_are_ordinary(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("part", ["Mein Konto · A B · ", "Order confirmation – ", "Il mio account . "])
def test_a_long_value_of_such_a_title_repeated_is_judged(part):
    detector.forget_remembered()
    assert detector.reason((part * 700)[:4096]) in ("", PERSON_NAME)
