"""A street line after an address's label, whatever ends the label (closer 107; label_ends.py, postal.py).

One notion of a label's end: a colon with blanks or a line break after it, `=`, a dash between blanks, or a line
break or a tab after a label that is its whole line or cell. After a label naming an address (its noun in the
lexicon's languages, a place to send to, a street's field) a street line filling its field is the shopper's, a flat
after its house's number or before the line and a post box too; a page title's part, a menu's item, a product's
name and a field's state go out.
"""
from __future__ import annotations

import itertools
import re

import pytest

from meta_capi import detector, label_ends, privacy
from meta_capi.canonical import canonical

ADDRESS = "holds a postal address"

# Labels naming an address: English and the lexicon's other languages, a form's line (`Address line 1`, `address1`),
# a compound (`Lieferadresse`, `Toimitusosoite`), a native script's (`Адрес`, `住所`, `Διεύθυνση`), a place to send to
# and a street's own field.
LABELS = ["Address", "Shipping address", "Billing address", "Delivery address", "Home address", "Mailing address",
          "Street address", "Address line 1", "address1", "address_line_2", "Lieferadresse", "Anschrift",
          "Adresse de livraison", "Dirección de envío", "Endereço", "Indirizzo", "Adres", "Adresa", "Osoite",
          "Toimitusosoite", "Адрес", "Адрес доставки", "住所", "Ship to", "Deliver to", "Street", "Teslimat adresi"]
# Street lines of many countries' layouts, a flat before the line or after its number, a post box.
STREETS = ["12 Elm Street", "742 Evergreen Terrace", "Hauptstraße 5", "12 rue de Rivoli", "Calle Mayor 12",
           "ul. Długa 7/3", "ul. Długa 7", "Mannerheimintie 5 A 12", "PO Box 123", "Flat 3, 21 Baker Street",
           "Apt 4B, 350 5th Ave", "Via Roma 10/A", "Kerkstraat 12", "Baker Street 17", "221B Baker Street",
           "P.O. Box 4827", "Postfach 10 20", "Postbus 1234", "Rua Augusta 100", "Storgatan 5"]
# Every end a label takes (an en dash and a full-width colon fold to `-` and `:`).
ENDS = [": ", "：", ":\n", ":\r\n", "\n", " = ", "=", " - ", " – ", "\t", ":  \n  "]


@pytest.mark.parametrize(("label", "end", "street"), list(itertools.product(LABELS, ENDS, STREETS)))
def test_a_street_line_after_an_address_label_is_an_address(label: str, end: str, street: str) -> None:
    assert detector.reason(label + end + street) == ADDRESS


@pytest.mark.parametrize("text", [
    # the label inside a longer text: after a sentence, a field, a line
    "Order 1042. Shipping address - 12 Elm Street", "Name: Jo Smith\nDelivery address\n742 Evergreen Terrace",
    "name=Jo;address1=742 Evergreen Terrace", "Order 1042\tAddress\t12 Elm Street",
    "Lieferadresse:\nHauptstraße 5\nTelefon: —", "Adres:\nul. Marszałkowska 84/92",
    "Postiosoite = Mannerheimintie 5 A 12", "Ship to - PO Box 4827", "Street = Flat 3, 21 Baker Street",
    "Адрес\nKerkstraat 12", "住所：12 Elm Street", "Adresse - Case postale 12",
])
def test_a_labelled_street_line_inside_a_text_is_an_address(text: str) -> None:
    assert detector.reason(text) == ADDRESS
    assert privacy.free_text(text) == ""


@pytest.mark.parametrize("text", [
    # no street line after the label: a page title's part, a field's state, a menu's item
    "Address - Contact Us", "Shipping address: same as billing", "Address=required", "Street: Sesame Street (DVD)",
    "Adresse\nÄndern", "Delivery address\nAdd new", "Delivery address - Checkout Step 2 | Acme",
    "Delivery address\nCheckout step 2\nPay", "Lieferadresse\nSchritt 2 von 3", "Address\n2 items in cart",
    "Адрес\n2 товара", "住所\n2 件", "Osoite - Ostoskori 2", "Ship to - 2 addresses max", "Delivery address - 2 of 3",
    "Adresse - Mentions légales 2024", "address=12", "Address 2: Apt 4B", "Address: Apt 4B",
    # a product's name with a number after the label or alone, a post box that is a product
    "Vans Old Skool 36 DX", "Address - Vans Old Skool 36 DX", "Shipping address\nVans Old Skool 36 DX",
    "PO Box mailbox, black", "Mailing address - PO Box mailbox, black", "PO Box 123 mailbox",
    "Shipping address: PO Box not accepted", "PO Box - 12 inch mailbox", "Address - Baker Street Irregulars 17",
    "Street - 12 Monkeys (DVD)", "Street Fighter 6 - 2 Player Edition", "Address Book - 12 Pack Labels",
    "Address labels - 30 per sheet", "address_labels=30",
    # a label naming no shopper's address: a store's, a mail's or a network's
    "Store address - 12 Elm Street", "Store address\n12 Elm Street", "Email address = jo 12", "IP address\t192 Main",
    # a label that is not its line's whole, ended by a line break or a tab
    "Our new address\nis coming soon: 12 Elm Street Candles", "Visit the address\t12 Days of Christmas",
    # a flat's word after a number, no slash: a volume's; a dash after a grid street's number is the house's own
    "Via Roma 10 vol 2, Sony", "Dirección: Av. Zqreforma 8-20",
])
def test_ordinary_neighbours_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "ended"), [
    ("Address: 12", True), ("Address:\n12", True), ("Address = 12", True), ("address1=12", True),
    ("Address - 12", True), ("Address\n12", True), ("Address\t12", True), ("x\tAddress\t12", True),
    ("Address -12", False), ("Address 12", False), ("Your address\n12", True), ("Note. Address\n12", False),
    ("Note; Address\t12", False),
])
def test_a_label_ends_as_label_ends_says(text: str, ended: bool) -> None:
    pattern = re.compile(label_ends.label_then_end(r"[A-Za-z]+(?: [A-Za-z]+)?[0-9]?") + "12")
    assert (pattern.search(canonical(text)[0]) is not None) is ended
