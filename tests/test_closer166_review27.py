"""Closer 166: review 27's findings, by rule, with look-alikes both ways.

- record_names.LOWER_GOODS: goods a record is for in lower case (a goods' noun opening the words, or closing them in a
  plural's shape) are no person's name after a record's reference and `for`.
- reviews.CUSTOMERS_DEALINGS: a shop's thanks for an order, a purchase, shopping or a delivery is signed by its
  brand, not by a given name.
- record_names.HEADLINE_VERBS: a headline's verbs of a contest, a show or a career by language (`reaches`, `stars`,
  `withdraws`, `übernimmt`); a private life's (`marries`, `leaves hospital`) leak by choice: a headline's shape.
- personal_keys.BUSINESS_LINES (personal_keys.a_business_line): a business's freephone line's word labels no person's
  phone, as a key or before a number in text.
- phone_plans.freephone: the premium-rate 0900 range joins the freephone ranges.
- cued_names._a_couple_name: one of a couple may bear a colour's or a size's family name (`Anna Weiß`), not both.
- labelled_values._RECORD_HOLDER_WORDS: a landlord's or a staff member's record's id may hold five digits.
- utility_records._PERMIT_LABEL: a permit's or a badge's number may hold five digits.
- case_titles.TICKET_CUE_SOURCE: a matter's number may be a year and a serial after a slash (`Matter 2026/118:`).
- greetings._ASKED_AFTER_COMMA: a greeting's name, a comma and a question is a letter's, whatever it asks about.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

GOES_OUT = [
    # record_names.LOWER_GOODS
    'Receipt R-1182 for coffee beans', 'Order 58391 for kitchen knives', 'Quote Q-2231 for roof tiles',
    'Facture F-2026-11 pour pièces détachées', 'Facture F-2026-11 pour travaux électriques',
    'Invoice INV-7781 for printer cartridges', 'Pedido 4471 para piezas usadas', 'Invoice 4412 for paint brushes',
    # reviews.CUSTOMERS_DEALINGS
    'Thanks for the quick delivery – Amazon', 'Thanks for your order – Etsy', 'Danke für Ihren Einkauf – Otto',
    'Merci pour votre achat – Darty', 'Gracias por tu pedido – Mango',
    # record_names.HEADLINE_VERBS
    'Novak Djokovic, 37, reaches semi-final', 'Keanu Reeves, 60, stars in John Wick 5',
    'Emma Raducanu, 22, withdraws from Wimbledon', 'Jürgen Klopp, 57, übernimmt Red Bull',
    'Serena Williams, 43, unveils fashion line', 'Thomas Müller, 35, erreicht Finale',
    # personal_keys.BUSINESS_LINES
    'Freephone 0800 456 789', 'Freephone: 0800 123 4567', 'NZ Freephone 0800 838 383', 'Freefone 0800 111 222',
    # phone_plans.freephone
    'Premium line 0900 123 456', 'Infolijn 0900 1234', 'Premium-Hotline 0900 1234567',
    # cued_names._a_couple_name
    'Wedding Deko Gold & Rose Gold', 'Hochzeit Deko Gold und Rose Gold', 'Boda Blanco y Negro',
    # labelled_values._RECORD_HOLDER_WORDS, utility_records._PERMIT_LABEL
    'Size 10 – Item 58213', 'Tenant ID 58213', 'Landlord ID 2026', 'Staff No. 8821', 'Blue Badge 2026',
    'Customer number 58391',
    # case_titles.TICKET_CUE_SOURCE
    'Matter 2026: Conveyancing fees explained', 'Matter 2026/118: Freehold purchase',
    # greetings._ASKED_AFTER_COMMA
    'Hey Jude! Is this on vinyl?', 'Hey Duggee! Is it on DVD?',
]

KEPT = [
    # record_names.LOWER_GOODS
    'Invoice 4412 for marta vellingroe', 'Invoice 4412 for sean bean', 'Receipt R-1182 for tom jones',
    'Facture F-2026-11 pour jean dupont', 'Order 58391 for rosa parkinson',
    # reviews.CUSTOMERS_DEALINGS
    'Thanks for the quick reply – Priya', 'Thanks so much for all your help – Kelvor', 'Merci pour votre aide – Jeanne',
    'Danke für die schnelle Hilfe – Thomas', 'Danke für die schnelle Lieferung meiner Bestellung – Petra',
    'Thanks for sorting my order out – Ingrid',
    # record_names.HEADLINE_VERBS
    'Kelvor Ardingham, 40, Leeds', 'Marek Nowacki, 41, driver', 'Oliver Pennington, 29, hospital',
    # personal_keys.BUSINESS_LINES
    'Freephone 07700 900123', 'Mobile: 0800 123 4567', 'My phone: 07700 900123',
    # phone_plans.freephone: the UK's and Germany's shared-cost ranges are Bavaria's and the UK's area codes too
    'Mobile: 0900 123 456', 'Tel. 08452 123456', 'Tel: 01805 123456',
    # cued_names._a_couple_name
    'Verlobung bekanntgegeben zwischen Thomas Brenner und Anna Weiß',
    'Engagement announced between Oliver Pennington and Anna Groß',
    'Engagement announced between Anna Schwarz and Oliver Pennington',
    # labelled_values._RECORD_HOLDER_WORDS, utility_records._PERMIT_LABEL
    'Landlord ID 58213', 'Payroll No. 88213 – March payslip', 'Staff No. 88213', 'Vermieter-Nr. 58213',
    'Blue Badge 58391', 'Resident parking permit 58391',
    # case_titles.TICKET_CUE_SOURCE
    'Matter 2026/118: Pennington purchase', 'Akte 2026/118: Brenner Kauf',
    # greetings._ASKED_AFTER_COMMA
    'Hi Kelvor, is this on vinyl?', 'Hello Priya, is it out on cd?',
]

KEYS_OUT = ['freephone', 'freephone_number', 'nz_freephone']
KEYS_KEPT = ['mobile_number', 'freephone_owner_name', 'phone', 'home_phone']
URLS_WHOLE = ['https://shop.example.com/contact?freephone=08001234567']
URLS_CUT = ['https://shop.example.com/contact?freephone=07700900123']


@pytest.mark.parametrize("value", GOES_OUT)
def test_ordinary_values_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", KEPT)
def test_personal_values_are_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("key", KEYS_OUT)
def test_ordinary_keys_go_out(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("key", KEYS_KEPT)
def test_personal_keys_are_refused(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("url", URLS_WHOLE)
def test_ordinary_urls_go_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("url", URLS_CUT)
def test_personal_urls_lose_their_query(url: str) -> None:
    assert privacy.clean_url(url) != url
