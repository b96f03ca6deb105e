"""Closer 220: review 41's leaks of a person's name's shape, fixed by rule, with their nearest look-alikes both ways.

- Arabic's article hyphened to a family name is read past (name_shapes.ARTICLE_PREFIXES: `Al-Farsi`, `el-Sayed`,
  `As-Sayed` are read `Farsi`, `Sayed`), as an apostrophe's prefix is: `Mohammed Al-Farsi` is a known given name
  before a family name wherever the shape is read (a greeting, a speaker, a table, a self-introduction).
- A second particle may be capitalized after a first in lower case (`Jean-Baptiste de La Fontaine`); a capitalized
  particle alone still opens no name (`Hi Bar La Rambla, welcome!`).
- A known given name before an East Asian family name of two letters (name_shapes.SHORT_FAMILY_NAMES: `li`, `wu`,
  `ng`, `oh`, `vo`) is a full name (`hi ming li, welcome back`): the vocabularies read three letters or more.
- A greeted full name in lower case before a sentence going on to the person (greetings.GOES_ON_WORDS: a second
  person's word, a thanks or a welcome back within three words) is read without a `?` or `!` (`hi yuki tanaka, your
  table is ready`), when a greeting opens the text.
- Family first before a party's size (`Table for Kim, Hana, party of 2`), its particles before it (`van der Berg,
  Jaap`), a known given name after the comma.

The price (asserted below, in PERSONAL): a brand or an audience named like a person greeted in lower case before a
sentence to the reader (`hi john lewis, your price match`, `hi wei chuan, your dumplings are ready`, `hi lourdes
pilgrims, your bus leaves at 9`), as the same text with a `!` was refused already.
"""

from __future__ import annotations

import pytest

from meta_capi.lower_case_names import a_full_name_written_any_way
from meta_capi.name_shapes import name_reading
from review_cases import review_tests

ORDINARY = [
    # (a greeting in lower case before a sentence to the reader, with no full name after it)
    'hi there, your order has shipped', 'hello everyone, your feedback matters', 'hi all, thank you for coming',
    'hey team members, your shift starts at 9', 'hello world, your code runs', 'hi customer service, your reply',
    'hola amigos, tu pedido está listo', 'hi new members, welcome back', 'hey guys, your order is ready',
    'hi mom and dad, see you tonight', 'hello new customer, your discount code is inside',
    'hallo zusammen, ihre bestellung ist da', 'hi dear customer, your order has shipped',
    'hi calvin klein fans, your new drop is here', 'hi hugo boss, your store is great',
    'hi ming dynasty fans, your tickets are ready', 'hi hana bank, your app is updated',
    'hi ali express, your parcel is here', 'hi logan airport, your flight is delayed',
    'hi pascal coders, your meetup is tonight', 'hi nelson mandela bay, your water is back',
    # (a known given name before a two-letter family name with no sentence going on to the person; closer 226 reads
    # `he`, `do` as family names too: `hi anna he, welcome!` is its price, in tests/test_closer226_review43.py)
    'hi anna li, welcome',
    # (an article hyphened to a word that is no one's name: a channel, an audience)
    'Al-Jazeera: breaking news tonight!', 'hi al-jazeera viewers, your news is here',
    'hi el-nino watchers, your forecast',
    # (a capitalized particle opening a place's words, no name's)
    'Hi Casa De La Rosa, welcome!', 'Hi Bar La Rambla, welcome!', 'Hi Chateau De La Tour, welcome!',
    # (family first before a party's size: a known given name must follow the comma)
    'Table for Two, Anna, party of 2', 'Reservation for Jade Garden, party of 6',
]

PERSONAL = [
    # (Arabic's article hyphened to the family name)
    'hi mohammed al-farsi, welcome!', 'Mohammed Al-Farsi: running late again!',
    'table for mohammed al-farsi, party of 4', 'TABLE FOR MOHAMMED AL-FARSI, PARTY OF 4',
    "i'm mohammed al-farsi, your new driver", 'hi fatima el-sayed, welcome!', 'Hi Omar As-Sayed, welcome!',
    'table for yusuf ash-shami, party of 2',
    # (a capitalized second particle)
    'Hi Jean-Baptiste de La Fontaine, welcome!', 'hi carlos de la cruz, welcome!',
    'Table for Maria de La Cruz, party of 4',
    # (a two-letter East Asian family name after a known given name)
    'hi ming li, welcome back', 'Hi Wei Wu, welcome!', 'hi ming ng, your order shipped',
    'Table for Hana Oh, party of 2',
    # (a greeted name in lower case before a sentence going on to the person)
    'hi yuki tanaka, your table is ready', 'hi hana kim, see you tonight', 'hi wei zhang, your order shipped',
    'hi orla quenby, see you at 8.', 'HI ORLA QUENBY, SEE YOU AT 8?', 'hola maria garcia, tu pedido está listo',
    # (family first before a party's size)
    'Table for Kim, Hana, party of 2', 'Table for van der Berg, Jaap, party of 4', 'table for tanaka, yuki, party of 2',
    # (the price: a brand or an audience named like a person greeted before a sentence to the reader)
    'hi john lewis, your price match', 'hi wei chuan, your dumplings are ready',
    'hi lourdes pilgrims, your bus leaves at 9',
]

globals().update(review_tests(globals()))


@pytest.mark.parametrize(("given", "family", "reading"), [
    ("Mohammed", "Al-Farsi", "Mohammed Farsi"), ("mohammed", "al-farsi", "Mohammed Farsi"),
    ("FATIMA", "EL-SAYED", "Fatima Sayed"), ("Omar", "As-Sayed", "Omar Sayed"),
    ("Orla", "Quenby-Dahlberg", "Orla Quenby"), ("Orla", "O'Quenby", "Orla Quenby"),
    # (an article alone before the hyphen with nothing after it stays the word read)
    ("Orla", "Al-", "Orla Al"),
])
def test_name_reading_reads_past_an_article_hyphened_to_the_family_name(given: str, family: str, reading: str) -> None:
    assert name_reading(given, family) == reading


@pytest.mark.parametrize(("given", "family", "verdict"), [
    ("ming", "li", True), ("Ming", "Li", True), ("MING", "NG", True), ("hana", "oh", True),
    # (an unknown given name, or a two-letter word that is no family name of the table)
    ("velmora", "li", False), ("anna", "an", False),
])
def test_a_two_letter_east_asian_family_name_after_a_known_given_name(given: str, family: str, verdict: bool) -> None:
    assert a_full_name_written_any_way(given, family) is verdict
