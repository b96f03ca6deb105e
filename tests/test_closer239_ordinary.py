"""Closer 239: the ordinary drops of reviews 36, 39 and 41 reopened by rule, each with its nearest personal look-alikes
refused.

- A place's, a lodging's or a firm's word before a particle opens no cued name (greetings.a_cued_name asks
  name_shapes.a_place_before_particle, whose table now holds a castle's, a bistro's, a campsite's, a bakery's and a
  holiday flat's word): `Booking confirmed for Château de Versailles` goes out, `… for Anna de Vries` is refused;
  `Marina di Ragusa` stays refused (`Marina` is a given name too).
- A check's state after a document's word is the check's (`passport_status`, `upload_passport_status`), a phone
  field's label is its caption (`phone_label`; a mail's or an address's label is the printed one, refused), and a kind
  of a gift's recipient is a kind (`gift_recipient_type`): personal_keys; `passport_number`, `gift_recipient_name`,
  `phone_label_name` stay refused.
- A salary's range of thousands in one digit after a phone's word and a noun (`Phone Support 2 000 – 2 500 €`):
  detector, 8 to 10 digits; after a bare label (`Tel: 2 000 – 2 500`, `Phone: 2 000 – 2 500 €`) still refused.
- Dishes', occasions' and activities' words (common_words' English row): one such word is no name a table is booked
  under (`Reservation for Paella, 6 guests`), two are an activity's (booked_names: `Booking for Laser Tag, 8 people`),
  and a doing's word makes its doers' plural an audience after a greeted given name (`hi nelson kayakers, …`).
- An event's or a game's route reads `?match=` as a fixture (counterparts._TICKET_ROUTE_WORDS).
- A doers' plural after common words, in lower case after a gift's `for`, is an audience (wishes._an_audience).

The price (asserted among the ordinary values below): a family name that is a plural of doers of a common doing after a
greeted given name (`hi ruth bakers, …`), a check's state under a document's holder (`passport_holder_status`: its
values are still judged).
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    # (a place's word before a particle after a confirmation's `for`, words off the review's list too)
    'Booking confirmed for Museum van Loon', 'Booking confirmed for Château de Versailles',
    'Booking confirmed for Bistro de Vrienden', 'Booking confirmed for Camping de Kleine Wolf',
    'Booking confirmed for Boulangerie de Paris', 'Booking confirmed for Apartments van Baerle',
    'Booking confirmed for Chateau de Chambord', 'Booking confirmed for Camping du Lac',
    'Booking confirmed for Bistro du Vin', 'Booking confirmed for Hotel de Rome',
    # (a salary's range after a phone's word and a noun)
    'Phone Support 2 000 – 2 500 €', 'Telefon Vertrieb 3 000 – 3 500 EUR', 'Phone Sales 4 000 – 4 800 €',
    # (a dish, an occasion or an activity a table is booked for)
    'Reservation for Paella, 6 guests', 'Reservation for Sukiyaki, 4 guests', 'Reservation for Retirement, 12 guests',
    'Reservation for Anniversary, 8 guests', 'Booking for Paintball, 10 people', 'Booking for Laser Tag, 8 people',
    'Booking for Trampoline, 6 people',
    # (doers' plurals of a doing's word after a greeted given name, after common words a gift is for)
    'hi nelson kayakers, trip at 9!', 'hi logan commuters, delays today!', 'hey anna canoers, trip at 9!',
    'gift for dog walkers', 'gift for coffee drinkers',
    # (the price)
    'hi ruth bakers, classes tonight!',
]

PERSONAL = [
    'Booking confirmed for Anna de Vries', 'Booking confirmed for Jan van Dijk', 'Booking confirmed for Maria da Silva',
    'Booking confirmed for Marina di Stefano', 'Booking confirmed for Marina di Ragusa',
    'Booking confirmed for Pieter van der Villa',
    'Tel: 2 000 – 2 500', 'Phone: 2 000 – 2 500 €', 'Telefon 3 000 – 3 500', 'Phone Anna 2 000 – 2 500',
    'Reservation for Kowalczyk, 6 guests', 'Reservation for Quenby, 4 guests', 'Booking for Orla Quenby, 4 people',
    'Table for Laser Smith, 4 guests', 'Booking for Young Park, 4 people',
    'hi anna myers, trip at 9!', 'hi ruth baker, classes tonight!', 'hi anna rogers, delays today!',
    'Hi Nelson Kayak, trip at 9!', 'gift for anna walkers', 'gift for anna walker', 'gift for quessa walkers',
]

ORDINARY_KEYS = [
    'gift_recipient_type', 'upload_passport_status', 'phone_label', 'passport_status', 'handy_label',
    'card_holder_type', 'document_status',
    # (the price: a state under a document's holder, its values judged)
    'passport_holder_status',
]

PERSONAL_KEYS = [
    'passport_number', 'passport', 'gift_recipient_name', 'gift_recipient', 'gift_recipient_email', 'blood_type',
    'phone_label_name', 'gift_recipient_phone_label', 'shipping_address_label', 'mail_label', 'email_label',
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/event?match=Celtic+Rangers', '/game?match=Real+Madrid', '/events?match=Ajax+Feyenoord',
    '/chat?con=Paella+Valenciana')]
PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/event?match=Orla+Quenby', '/events?match=Anna+Schmidt', '/dating?match=Orla+Quenby')]

globals().update(review_tests(globals()))
