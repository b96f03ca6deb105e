"""Session 16's closer: a person's name in an order's, an account's or a reply's wording, and a ship-to label's street
line (postal.py's destination labels, greetings.py's documents of a person, named_in_text.py's reply headers,
self_introductions.py's German `Ich bin`): the exact verdict of each leaking layout, in a page title and in capitals,
and the near misses of real shop text that must go out."""

import time

import pytest

from meta_capi import detector, postal

ADDRESS = postal.POSTAL_ADDRESS
NAME = postal.PERSON_NAME


@pytest.mark.parametrize(("text", "found"), [
    ("Ship to: 742 Evergreen Terrace", ADDRESS),
    ("Deliver to: 12 Main Street", ADDRESS),
    ("Lieferung an: Musterstraße 5", ADDRESS),
    ("Livraison à : 12 rue de la Paix", ADDRESS),
    ("SHIP TO: 742 EVERGREEN TERRACE", ADDRESS),
    ("Order #1234\nShip to: 742 Evergreen Terrace", ADDRESS),
    ("Deliver to: John Smith", NAME),
    # near misses: a pickup point, a store, a place of a building, a count
    ("Ship to: Packstation 123", ""),
    ("Ship to: Store Pickup", ""),
    ("Deliver to: Main Entrance", ""),
    ("Deliver to: Front Desk", ""),
    ("Ship to: 12 Countries", ""),
    ("Ships to: 50 States", ""),
    ("Name: Anna Door", NAME),
])
def test_a_destination_labels_street_line_is_an_address(text, found):
    assert detector.reason(text) == found
