"""Closer 229: review 43's leaks and review 44's drops that sessions 52-53 left, closed by rule, with their nearest
look-alikes both ways.

- A greeted name in lower case (chat_lines): after a greeting's comma (`hi, anna meier, …`), after a label's colon
  (`Order update: hi anna meier, …`: greets_first reads each part after a colon), after a letter's salutation of any
  language (postal's: `dear anna meier, …`, `liebe anna meier, …`), or with a middle name after a known given name
  (`hi anna maria meier, …`; no particle read as one: `hallo jan de vries, …`).
- A device's name standing alone, opening the text or a user agent's field and ending it (device_owners): a computer's
  generic word or a maker's name (`Anna's Laptop`, `Anna's Samsung`), and one owner's word off given_names' list before
  a device's own word (`Quenby's iPhone`; no common word, maker's or brand's: `Samsung's Galaxy`, `Men's Laptop`).
- A conversation's slug glued from a known given name and a family name (counterparts: `/messages/with/annameier`),
  and on a dating route a known given name before a club's or a breed's word of four letters or more
  (`/dating/match/emma-real`).
- Turkish's `Ö` written `Oe` opening a given name is read as the listed name (given_names: `Oezlem`, `Oemer`).
- A party's good after a character's name is a party shop's product (cued_names: `Happy Birthday Mickey Mouse
  Balloon`), and a verb's `-ing` written `-in'` after `I'm` opens no name (self_introductions: `I'm Lovin' It`).

The price (asserted below): a device's name of one word off the list standing alone is read as its owner's
(`Verizon's iPhone`); a shop named after its owner and glued after a known given name (`annasbakery`, `jackdaniels`)
on a conversation's route; `Jimmy's Phone`, `Anna's Tablet` still go out (mend 52's price: a shop's, a stand's name).
"""

from __future__ import annotations

from review_cases import review_tests

_SITE = "https://shop.example.com"

ORDINARY = [
    # (chat_lines: no name after the greeting, a capitalized product's title, a given name alone)
    'Hello, World Cup tickets on sale now', 'hi team members, your order shipped', 'hi sarah and john, welcome back',
    'Order update: hi there, your parcel is here', 'Update: Hello Kitty Backpack, pink',
    'dear diary, your secrets are safe', 'Ciao Bella Gelato per la tua estate', 'hi, anna, your order shipped',
    # (device_owners: a maker's, a shop's, a day's or an aisle's possessive, more text after the device)
    "Samsung's Galaxy", "Google's Pixel 8", "Men's Laptop", "Today's Laptop", "Anna's Laptop Bag",
    "Anna's Samsung Galaxy deals", "Verizon's iPhone deals", "Harvey Norman's iPhone 15 deals",
    # (the price kept from mend 52)
    "Jimmy's Phone", "Anna's Tablet",
    # (cued_names, self_introductions)
    'Happy Birthday Peppa Pig Cake Topper', 'Happy Birthday Frozen Elsa Balloon', 'Happy Birthday Mickey Mouse Balloon',
    'Happy Birthday Spider-Man Balloon', "I'm Rockin' Out – playlist", "I'm Lovin' It – Happy Meal",
    'Quote_AUDI_Aeron.pdf', 'Quote_GEELY_Xingyue.pdf',
]

PERSONAL = [
    'dear anna meier, your order shipped', 'hi, anna meier, your order shipped',
    'hi anna maria meier, your order shipped', 'Order update: hi anna meier, your parcel is here',
    'liebe anna meier, deine bestellung ist unterwegs', 'Update: hi anna meier - your order shipped',
    'hallo jan de vries, je bestelling is onderweg',
    "Anna's Samsung", "Anna's Laptop", "Quenby's iPhone", "Anna's Lenovo", "Orla Quenby's iPhone", 'Annas Laptop',
    'Happy Birthday Anna Meier Balloon', 'Happy Birthday Bruce Banner', "I'm Anna Meier – happy to help",
    # (given_names: Turkish's `Ö` written `Oe` opening a given name)
    'Quote_YILMAZ_Oezlem.pdf', 'Quote_KAYA_Oemer.pdf',
    # (the price: a carrier's or a shop's name alone before a device's own word)
    "Verizon's iPhone",
]

ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/messages/with/hugoboss', '/messages/with/rosegarden', '/messages/with/tomsdiner',
    '/messages/with/customerservice', '/dating/match/real-madrid', '/dating/match/golden-retriever',
    '/dating/match/border-collie',
)]

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/messages/with/annameier', '/messages/with/jessicasmith', '/dating/match/emma-real', '/dating/match/anna-berger',
    # (closer 237: a known given name alone as a conversation's counterpart is a member's, as `/messages/with/anna`)
    '/messages/with/annabelle',
    # (the price: a shop glued after a known given name)
    '/messages/with/annasbakery', '/messages/with/jackdaniels',
)]

globals().update(review_tests(globals()))
