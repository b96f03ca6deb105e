"""Closer 227: review 44's text drops, closed by rule, with their nearest look-alikes both ways.

- A street line after a label naming a business's place opening the text (business_labels.BUSINESS_LABEL: store, shop,
  branch, showroom, office, headquarters, `Filiale`, `Sitz`, `siège`, `sucursal`, `negozio`, `vestiging`, `oddział`,
  `şube`, `店舗`, `门店`… with the word for "our" or an address's word around it) is the business's own address:
  postal.reason reads the label only once it found an address, and then the rest of the text must be that street
  line and at most three place parts (a town, a post code, a region), none a flat's nor holding a given name. A
  personal address label (`Ship to`, `Home address`, `Billing`) is no business's, nor is a pickup's place (a seller's
  home as often); a street line with no label, a Chinese or a Japanese one too, stays refused.
- A town known by name (geography.TOWN_NAMES, no given name too) called alone by a greeting that ends there is a
  tour's poster or a city guide's (greetings: `Hello, Lisbon!`); said on to a person, it is read as a name still.
- A year, then apart a distance in thousands before a distance's unit, is a used car's mileage (detector:
  `Golf 2022 – 34.000 km`), no phone's groups.
- A good's word ending a name before its rating, a place's word or `Chez` opening it, is a product's or a
  restaurant's rating (reviews: `Ralph Lauren Polo – 4.7/5`, `Casa Lucio – 4,6/5`, `Chez Paul – 4.5/5`); the same
  opening words make a booking confirmed for a name a restaurant's (home_services: `Reservation confirmed: Chez Paul,
  2 guests`; case_titles.a_place_named_like_a_person).

The price (asserted below): a home's address written after a business's label goes out (`Store: Hauptstraße 5, 69117
Heidelberg`), a person whose name is a known town greeted alone (`Hello, Florence!`), a reviewer whose family name is
a good's word (`Paul Polo – 4/5`), a guest whose name opens on `Chez` or a place's word, a phone number written as a
year and a thousands' group before `km`.
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    # (a business's own address after its label)
    'Store: Kalverstraat 92, 1012 PH Amsterdam', 'Branch: 12 High Street, Leeds LS1 6HQ',
    'Sede: Via Roma 10, 00184 Roma', 'Hauptsitz: Königsallee 1, Düsseldorf', '门店：上海市黄浦区南京东路300号',
    'Siège social : 12 rue de Rivoli, 75001 Paris', 'Oddział – ul. Długa 5, Gdańsk',
    # (a town greeted alone)
    'Thank you, Stockholm!', 'Hola, Madrid! – guía', 'Hi, Osaka!', 'Merhaba İstanbul!',
    # (a used car's year and mileage)
    'Seat Leon – 2020 – 61.000 km', 'Kia Ceed 2019 · 88 000 km',
    # (a product's or a restaurant's rating)
    'Michael Kors Handbag – 4.6/5', 'Hugo Boss Jeans ★★★★☆', 'Trattoria Mario – 4,7/5', 'Chez Janou – 4.4/5',
    # (a restaurant booked)
    'Reservation confirmed: Chez Lucien, 4 guests, 19:00', 'Booking confirmed: Trattoria Mario, 2 guests',
    # (the price: personal variants that now go out)
    'Store: Hauptstraße 5, 69117 Heidelberg', 'Hello, Florence!', 'Paul Polo – 4/5', '2022 – 34.000 km',
]

PERSONAL = [
    # (the lead: a fashion house's goods are a rating's words alone, a family name elsewhere)
    'Customer: Eva Polo', 'Passenger: Eva Polo', 'Kunde: Maria Wallet',
    # (a personal address label, no label, a flat or a name among the parts, a second address after the first)
    'Ship to: Kurfürstendamm 21, 10719 Berlin', 'Home address: Hamngatan 18, Stockholm',
    'Billing: 1 Hacker Way, Menlo Park, CA', 'My address: Via Tortona 31, 20144 Milano',
    'Lieferadresse: Hauptstraße 5, 69117 Heidelberg', 'Kurfürstendamm 21, 10719 Berlin', 'Hamngatan 18, Stockholm',
    'Store: Hauptstraße 5, Wohnung 3, Heidelberg', 'Store: Hauptstraße 5, Apt 5B, Leeds',
    'Store: Hauptstraße 5, Anna Schmidt', 'Store: Hauptstraße 5, Berlin\nShip to: Elm Street 5, Leeds',
    'Pick up at: Kalverstraat 92, Amsterdam', '上海市黄浦区南京东路300号',
    # (a person greeted; a town's word said on to a person)
    'Hello, Anna!', 'Thank you, Velmora!', 'Hi Lisbon, your order has shipped', 'Danke, Hamburg! Dein Paket ist da',
    'Hi Berlin! How can I help you today?',
    # (a phone's groups: dialled, without a distance's unit, not a year's and a thousands' layout)
    '+49 2022 34000', '2022 34000 km', '0171 23 - 456.789 km', '2022 – 34.000 Tel', 'Tel. 2022 – 34.000',
    # (a reviewer's full name before a rating)
    'Anna Schmidt – 5/5', 'Velmora Quistrandel ★★★★★', 'Marie Dupont – 4.5/5', 'Velmora Quistrandel – 4.8 out of 5',
    # (a table booked for a full name)
    'Reservation confirmed: Velmora Quistrandel, 2 guests', 'Reservation confirmed: Anna Schmidt, 2 guests, 20:00',
]

globals().update(review_tests(globals()))
