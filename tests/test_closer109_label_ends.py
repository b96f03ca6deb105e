"""What ends a label is one notion (closer 109; label_ends.py): the name after a person's label, the street line after
an address's and the value after a personal label all end the label as label_ends.py says, an abbreviation's dot
before it, a colon's blanks and line break after it, a URL's query value or fragment decoded in place."""

from __future__ import annotations

import pytest

from meta_capi import detector, label_ends, labelled_values

NAME = "holds a person's name"
PERSON_ID = labelled_values.PERSON_ID


@pytest.mark.parametrize("text", [
    # an aside's bracket after the name ends it after any label naming someone, in capitals or not
    "Name: Anna Quendrix (gift)",
    "Recipient: Marta Quellström (gift wrap)",
    "Attn：Seán O'Quendrix (gift)",
    "Attn: Marta Quellström (front desk)",
    "AD SOYAD: ÓLAFUR QUENDRIXSSON (gift)",
    "Kontaktperson:  ÅSA LINDQVISTA (privat)",
    "Ansprechpartner:  MCQUENDRIX, Seán (gift)",
    "Empfänger:  WEHRLINDE, Jonas (Geschenk)",
    # two blanks after the colon; initials as the given names after `SURNAME,`, maybe a stop after them
    "Name:  Anna Quendrix",
    "Passenger：QUENDRIX, J. R.",
    "Customer：WEHRLINDE, M. K.",
    "Nombre:  QUENDRIX, J. R..",
    "Nombre:  WEHRLINDE, M. K..",
    # a colon, its blank and a line break before the name
    "Sender: \nO'Quendrix, Anna-Lena",
    "Recipient: \nWehrlinde, Jonas-Erik",
    "Ad Soyad: Quendrix, Anna",
    "Nimi: Wehrlinde, Jonas",
    # a URL's query value or fragment, decoded where it stands, read as text
    "https://shop.example.com/p?gift_message=Nimi%3A%20McQuendrix%2C%20Chlo%C3%A9&x=1",
    "https://shop.example.com/p?msg=Recipient%3A%20Wehrlinde%2C%20Jonas&ref=2",
    "https://shop.example.com/thanks#Acheteur%20%3A%20Chlo%C3%A9%20Quendrix%20Ostrubel",
    "https://shop.example.com/done#Empf%C3%A4nger%20%3A%20Jonas%20Wehrlinde%20Ostrup",
])
def test_a_name_after_a_person_label_is_dropped_whatever_ends_the_label(text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [
    # an abbreviation's dot before a dash, an en dash, a spaced colon or a colon and two blanks
    "Customer No. - 48172639",
    "Client No. - 55120873",
    "Customer No. – 48172639",
    "Kundennr. – 55120873",
    "Kunden-Nr. : KD-48172639",
    "Mitglieds-Nr. : MX-77120931",
    "Customer No.:  48172639",
    # the number sign before the value
    "Customer No.: #48172639",
    "Policy No.: #PL7712093",
])
def test_a_number_after_an_abbreviated_label_is_a_persons_id(text: str) -> None:
    assert detector.reason(text) == PERSON_ID


@pytest.mark.parametrize("text", [
    "Member ID: #X48172639Z",
    "Patient ID:\nX48172639Z",
    "Member ID: #Q55120873K",
    "Customer ID:\r\nQ55120873K",
    "Patient ID: \nQ55120873K",
])
def test_a_letter_digits_letter_id_after_its_label_is_dropped(text: str) -> None:
    assert detector.reason(text) != ""
    assert labelled_values.reason(text) == PERSON_ID


@pytest.mark.parametrize("text", [
    "Name: Product (Wit)",
    "Customer No. - Required",
    "Customer No. - see invoice",
    "Customer No.: required",
    "Size: M (fits large)",
    "Ship to: Paris (France)",
    "Ship to: United Kingdom (UK)",
    "Name: Blue Sneakers (Size 42)",
    "Color: Navy Blue (Dark)",
    "Gift wrap: Gold Ribbon (free)",
    "Title: Summer Sale (Women)",
    "Contact - About Us (FAQ)",
    "Order No. - 48172639",
    "Order No.: #48172639",
    "Member ID: #reviews",
    "https://x.example/p#Size%3A%20M%20(fits%20large)",
    "https://x.example/p?size=M&name=Blue%20Sneakers",
])
def test_ordinary_neighbours_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("form", "at", "weak"), [
    ("Name = Anna", 4, True), ("Name - Anna", 4, True), ("Name. - Anna", 4, True), ("Name: Anna", 4, False),
    ("**Name:** Anna", 6, False), ("Name\u0f0d Anna", 4, False),
])
def test_a_label_ends_weakly_on_an_equals_sign_or_a_dash(form: str, at: int, weak: bool) -> None:
    assert label_ends.ended_weakly(form, at) is weak


@pytest.mark.parametrize(("form", "at", "value"), [
    ("ID:\nX1", 3, "X1"), ("ID: \r\n  X1", 3, "X1"), ("ID:  X1", 3, "X1"), ("ID = X1", 4, "X1"),
    ("ID = \nX1", 4, "\nX1"),  # (a line break ends a weak end's value: only a colon's value opens on the next line)
])
def test_a_value_opens_past_the_blanks_and_a_colons_line_break(form: str, at: int, value: str) -> None:
    assert form[label_ends.value_start(form, at):] == value


def test_labelled_values_separators_are_label_ends() -> None:
    assert set(label_ends.SEPARATORS) <= set(labelled_values._SEPARATORS)
