"""Closer 76: attack 46's names after phrases and people in the shapes tools write. A name after a recipient's phrase
with its colon or in English (`Versand an: …`, `Deliver to …`), a closing opening a message's last sentence (`…! Love,
…`), a gift's dedication (`Für … – alles Liebe!`), a review's byline before its rating and a signature with a
verified shopper's label, a family name in capitals and the given name after a person's label (`Customer: SMITH,
Anna`), a Japanese honorific romanized after a full name (`… sama`); vCard's `N:` line and a calendar's participant
copied alone, a quoted display name after `To:` (cut by a list's comma too), logfmt's quoted values, an export's row
naming a person before a town and its post code. Their ordinary neighbours go out."""

from __future__ import annotations

from typing import List

import pytest

from meta_capi.detector import reason
from meta_capi.postal import PERSON_NAME, POSTAL_ADDRESS
from meta_capi.privacy import EMBEDDED_KEY, embedded_reason

# --- names after phrases: a recipient's, a closing, a dedication, a review's author, a label, an honorific
NAMED: List[str] = [
    # a recipient's phrase, with its colon or in English, before a full name (the whole text too)
    "Versand an: Ilvethra Zandrowel", "Lieferung an: Frau Zandrowel", "Livraison à : Ilvethra Zandrowel",
    "Deliver to Ilvethra Zandrowel", "Ship to Ilvethra Zandrowel", "Shipped to Ilvethra Zandrowel on Monday",
    "Delivery to: Mr Ilvethra Zandrowel", "Leverans till: Ilvethra Zandrowel", "Consegna a: Ilvethra Zandrowel",
    # a closing opening the message's last sentence, after a message
    "Gift message: Happy birthday Mum! Love, Ilvethra Zandrowel", "Alles Gute! Liebe Grüße, Ilvethra Zandrowel",
    "Merci pour tout. Bisous, Ilvethra", "Enjoy the trip! Cheers, Ilvethra Zandrowel",
    # a gift's dedication and a wish
    "Geschenknachricht: Für Ilvethra Zandrowel – alles Liebe!", "For Ilvethra Zandrowel, with love",
    "To Ilvethra Zandrowel - Happy Birthday!", "Pour Ilvethra Zandrowel : joyeux anniversaire",
    "Para Ilvethra Zandrowel, con cariño", "Voor Ilvethra Zandrowel - gefeliciteerd",
    # a review's byline before its rating, a signature with a verified shopper's label
    "Review by Ilvethra Zandrowel: 5 stars, great fit", "Bewertet von Ilvethra Zandrowel: 4/5",
    "Great shoes! – Ilvethra Zandrowel, verified buyer", "Super Schuhe! - Ilvethra Zandrowel, Verifizierter Käufer",
    "Très bien. – Ilvethra Zandrowel, achat vérifié",
    # a family name in capitals, a comma and the given name after a person's label
    "Customer: ZANDROWEL, Ilvethra", "Name: ZANDROWEL, Ilvethra Mae", "Kunde: ZANDROWEL, Ilvethra",
    "Recipient: ZANDROWEL, Ilvethra; order 4471",
    # a Japanese honorific romanized after a full name
    "Okurisaki: Zandrowel Ilvethra sama", "Zandrowel Ilvethra-sensei", "Atesaki: Zandrowel Ilvethra-san",
    "Zandrowel Ilvethra dono",
]
PHRASES_ORDINARY: List[str] = [
    "Deliver to your door in 2 days", "Deliver to Your Door", "Ship to Germany", "Ship to United Kingdom",
    "Ship to: United Kingdom", "Shipping to Puerto Rico", "Free Delivery to New Zealand", "Shipping to Los Angeles",
    "Delivery to Channel Islands", "Shipping to Northern Ireland", "Ship to Multiple Addresses",
    "Delivered to Your Inbox", "Ship to Store", "Delivery to Pickup Point", "Lieferung an: Packstation 123",
    "Deliver to: Main Entrance", "Deliver To Front Desk",
    "Love it!", "Love it! Best seller", "Great gift idea! Love, Actually DVD", "Best gift ever. Love, Mum",
    "Love, Ilvethra Zandrowel",
    "For kids – alles Liebe collection", "For Best Friends – With Love Mug", "For New Parents - Congratulations Card",
    "Für Mama und Papa - alles Liebe", "For Her – With Love Necklace", "For Someone Special – With Love",
    "For Mother and Daughter – with love",
    "Review by category", "Review by category: 5 items", "Great shoes! - Nike Air, verified purchase",
    "Size: XL, Blue", "Brand: NIKE, Running", "Customer: VIP, Gold", "Ship to: UK, Germany",
    "Hello Kitty san", "Dragon Ball sama edition",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_name_after_a_phrase_of_its_meaning_is_a_persons(text):
    assert reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", PHRASES_ORDINARY)
def test_the_phrases_ordinary_neighbours_go_out(text):
    assert reason(text) == ""


def test_a_name_after_a_recipients_phrase_is_read_in_a_url_paths_segment():
    assert reason("read\nCustomer: ZANDROWEL, Ilvethra", segments=True) == PERSON_NAME


# --- the shapes tools write
SHAPED: List[str] = [
    "N:Zandrowel;Ilvethra;;;", "N:Zandrowel;Ilvethra;;", "N;CHARSET=UTF-8:Müller;Hans;;Dr.;",
    "note\nN:Zandrowel;Ilvethra;Mae;;", 'ORGANIZER;CN="Ilvethra Zandrowel":urn:uuid:4471',
    "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Ilvethra Zandrowel:urn:uuid:4471", 'organizer;cn="Ilvethra Zandrowel":x',
    'To: "Zandrowel', 'To: "Zandrowel, Ilvethra"', 'To: "Ilvethra Zandrowel" <urn:uuid:4471>',
]
SHAPED_IN_IDS: List[str] = ["N:Zandrowel;Ilvethra;;;", 'ORGANIZER;CN="Ilvethra Zandrowel":urn:uuid:4471']
SHAPES_ORDINARY: List[str] = [
    "N:1;2;3;4", "N:Blue;Red", "Size N:S;M;L;XL", 'ORGANIZER;CN="2026 Team":x', "To: New York", "BEGIN:VEVENT",
    "SUMMARY;LANGUAGE=en:Spring sale", "Subject: Your order has shipped",
]


@pytest.mark.parametrize("text", SHAPED)
def test_a_person_in_a_card_a_calendar_or_a_mails_header_is_read_alone(text):
    assert reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", SHAPED_IN_IDS)
def test_a_cards_or_a_calendars_line_is_read_in_an_id_too(text):
    assert reason(text, id_like=True) == PERSON_NAME


@pytest.mark.parametrize("text", SHAPES_ORDINARY)
def test_the_shapes_ordinary_neighbours_go_out(text):
    assert reason(text) == ""


ROWS: List[str] = [
    "Ilvethra\tZandrowel\tLeeds\tLS1 4AP", "Ilvethra,Zandrowel,Leeds,LS1 4AP", "4471;Ilvethra Zandrowel;75011;Paris",
    "Ilvethra Zandrowel|Berlin 10115|DE", "ORD-9\tIlvethra\tZandrowel\t80331 München\t2", "x,Ilvethra Zandrowel,"
    "Toronto,M5V 2T6", "Ilvethra;Zandrowel;Warszawa;00-001", "Ilvethra\tZandrowel\tStockholm\t114 55",
]
ROWS_ORDINARY: List[str] = [
    "SKU-1,Blue shirt,19.99,EUR", "ORD-1,Ilvethra Zandrowel,2 items,39.90", "Nike Air,London,SW1A 1AA",
    "Store,Berlin Mitte,10115", "Example Shop\tLeeds\tLS1 4AP", "Blue\tShirt\t19.99\t2", "Leeds,LS1 4AP,UK",
    "Store Pickup, Berlin Mitte, 10115", "Flagship Boutique, Paris, 75001",
    "Customer Service,London,SW1A 1AA",
]


@pytest.mark.parametrize("text", ROWS)
def test_an_exports_row_naming_a_person_before_a_town_and_post_code_is_an_address(text):
    assert reason(text) == POSTAL_ADDRESS
    assert reason(text, id_like=True) == POSTAL_ADDRESS


@pytest.mark.parametrize("text", ROWS_ORDINARY)
def test_an_exports_row_with_no_person_before_a_town_goes_out(text):
    assert reason(text) == ""


LOG_LINES: List[str] = [
    'level=info customer="Ilvethra Zandrowel" action=checkout', 'ts=1 buyer="Ilvethra Zandrowel"',
    'msg=paid recipient="Ilvethra Zandrowel" total=39.90',
]
LOG_LINES_ORDINARY: List[str] = [
    'level=info customer="returning" action=checkout', 'level=info product="Blue Shirt" qty=2',
    'level=info customer="" action=view',
]


@pytest.mark.parametrize("text", LOG_LINES)
def test_a_log_lines_quoted_value_is_judged_with_its_key(text):
    assert embedded_reason(text) == EMBEDDED_KEY


@pytest.mark.parametrize("text", LOG_LINES_ORDINARY)
def test_a_log_lines_ordinary_quoted_values_go_out(text):
    assert embedded_reason(text) == ""
