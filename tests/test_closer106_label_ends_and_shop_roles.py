"""Closer 106: names after a label naming a person, whatever ends the label, in either order of the name. A label
ends with its colon (`:`, a full-width colon, a Tibetan shad) or, weaker, with `=`, a dash between blanks (` - `,
` – `) or a line break (postal._LABEL_END): after a weak end the name is read as after a role's label, a full name
none of whose words is a thing's, a business's, a place's or a page's (`Name=Size`, `Contact - About Us` go out).
After every label naming someone (a person's label, a role's, an addressee's: `Bill to`, `Attn`, `Contact`) a family
name in capitals, its particles, a comma and the given name is a name. Who sends a parcel, buys, travels or stays is
named by meaning in the shops' languages (key_lexicon.SENDERS, SHOP_ROLES: `Absender`, `Expéditeur`, `Remitente`,
`Käufer`, `Passagier`), and a name's word before its qualifier or glued to it is a person's label (`Nom complet`,
`Kundenname`)."""

from __future__ import annotations

from itertools import product
from typing import List

import pytest

from meta_capi import detector, personal_keys

PERSON_NAME = "holds a person's name"

# Labels naming a person: the key lexicon's person labels, roles, addressees, card holders, by meaning and language.
PERSON_LABELS = [
    "Name", "Full name", "Nom complet", "Nombre completo", "Nome completo", "Kundenname", "Klantnaam", "Contact person",
    "Recipient", "Empfänger", "Sender", "Absender", "Expéditeur", "Remitente", "Mittente", "Afzender", "Nadawca",
    "Cardholder", "Name on card", "Account holder", "Ansprechpartner", "Vor- und Nachname", "Имя",
]
ROLE_LABELS = ["Customer", "Buyer", "Käufer", "Acquirente", "Client", "Kunde", "Passenger", "Passagier", "Pasajero",
               "Traveller", "Voyageur"]
ADDRESSED_LABELS = ["Bill to", "Ship to", "Deliver to", "Attn", "Contact"]
SEPARATORS = [": ", ":", " : ", "：", ":\t", "=", " = ", " - ", " – ", "\n", ": \n"]
# A full name in the shapes forms write it (Given Family, particles, initials, capitals, family name first).
GIVEN_FIRST = ["Odile Varnhagen", "Mary Ann de la Varnhagen", "J. R. Varnhagen-Osterloh", "ODILE VARNHAGEN"]
SURNAME_FIRST = ["VARNHAGEN, Odile", "VAN DER VARNHAGEN, Mary Ann", "O'VARNHAGEN, Zoë"]
MIXED_SURNAME_FIRST = ["Varnhagen, Odile"]


def _texts(labels: List[str], names: List[str]) -> List[str]:
    return [label + separator + name for label, separator, name in product(labels, SEPARATORS, names)]


@pytest.mark.parametrize("text", _texts(PERSON_LABELS + ROLE_LABELS + ADDRESSED_LABELS, GIVEN_FIRST + SURNAME_FIRST))
def test_a_full_name_after_a_label_naming_someone_is_refused_whatever_ends_the_label(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", _texts(PERSON_LABELS + ADDRESSED_LABELS, MIXED_SURNAME_FIRST))
def test_a_family_name_a_comma_and_the_given_name_after_a_person_s_label_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Order 48172 Customer - Odile Varnhagen", "Gift wrap: yes | Käufer = Odile Varnhagen | Express",
    '{"note": "Absender - Odile Varnhagen"}', "Re: your order - Bill to - VARNHAGEN, Odile",
    "Colour - Navy Blue | Name: Odile Varnhagen", "Remitente: Odile Varnhagen; Express",
    # a sentence's stop ending the text after the name; the label after another field on its line; initials' dots
    "Note: Kunde - Odile Varnhagen.", "Note: Bill to\nO. Varnhagen-Osterloh.", "Comprador: \nVARNHAGEN, J. R.\nTel: -",
])
def test_a_weakly_ended_label_is_read_inside_a_text_as_a_colon_s_is(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


# Ordinary neighbours: a title's, a setting's or a page's parts apart by `=` or a dash, a business, a place, a kind.
@pytest.mark.parametrize("text", [
    "Customer - Service Hours", "Contact - About Us", "Name=Size", "Name = Colour", "Bill to: Company Address",
    "Sender: Amazon EU S.à r.l.", "Client: Acme GmbH", "Kunde: Deutsche Bahn AG", "Name - Blue Sneakers Classic",
    "Buyer's Guide - Best Laptops 2025", "Ship to - United Kingdom", "Ship to: FRANCE, Paris",
    "Ship to - UK, Germany", "Ship to - NEW YORK",
    "Email - Newsletter Signup", "Contact - Store Locator", "Contact - Opening Hours", "Passenger - Window Seat",
    "Running Socks - Size 42", "Product name - Classic Tee", "Guest - Yes, Please", "Customer = Returning",
    "Bill to - Same As Shipping", "utm_campaign=Summer Sale", "Gast: Ja", "Koper: Rood", "Reisende: 2 Erwachsene",
    "Invite: Summer Party", "Customer\nService Hours", "Contact\nAbout Us", "Ship to\nUnited Kingdom",
    "Deliver to - Main Entrance", "Customer - VIP, Gold", "Absender - Example Shop GmbH", "Kunde=Deutsche Post AG",
    "Name - Your Text Here", "Käufer - Neu, Stammkunde", "Client - Acme Corp",
])
def test_a_title_s_a_setting_s_or_a_business_s_words_after_such_a_label_go_out(text: str) -> None:
    assert detector.reason(text) == ""


# The lexicon: who sends is a person's label and personal alone; a name word before its qualifier or glued after it
# names a person; a thing's name does not.
@pytest.mark.parametrize("label, named", [
    ("Absender", True), ("Expéditeur", True), ("Remitente", True), ("Avsändare", True), ("Lähettäjä", True),
    ("Nom complet", True), ("Nombre completo", True), ("Kundenname", True), ("Passagiername", True),
    ("Contact person", True), ("Produktname", False), ("Firmenname", False), ("Nom du produit", False),
    ("Benutzername", False),
])
def test_the_key_lexicon_names_senders_and_qualified_name_words_as_a_person_s_labels(label: str, named: bool) -> None:
    assert personal_keys.names_a_person(label) is named


@pytest.mark.parametrize("key, personal", [
    ("absender", True), ("remitente", True), ("kaeufer_name", True), ("käufer_name", True), ("nom_voyageur", True),
    ("passagier_anzahl", False), ("gast_typ", False),
])
def test_senders_are_personal_alone_and_shop_roles_only_with_a_name_word(key: str, personal: bool) -> None:
    assert bool(detector.key_reason(key)) is personal
