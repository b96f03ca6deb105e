"""Closer 226: review 43's leaks of a person's name's shape, fixed by rule, with their nearest look-alikes both ways.

- A first particle may be capitalized, and Arabic's article written apart (`Al`, `El`, `Ul`), after a known given name
  (name_shapes.FULL_NAME_ANY_WAY's `titled_particles`, lower_case_names.a_matched_full_name): `Carlos De La Cruz`,
  `Mohammed Al Farsi`; the article glued to a capitalized family name is read past (`AlFarsi` is read `Farsi`). A
  capitalized particle after no known given name still opens a place's or a firm's words (`Hi Bar La Rambla, …`).
- A Korean given name's syllables hyphened, the second in lower case, are read joined when they spell a known given
  name (`Min-jae` is read `Minjae`; `Smith-Jones` still `Smith`); such a given name of two syllables before any East
  Asian family name of name_shapes' table is a full name, the family name a word too (`Min-jae Park`); a quote's
  customer may have a short East Asian family name in capitals (`Quote_LEE_Jiwoo.pdf`; `kim`, `lee`, `lim` join the
  table).
- Two-letter family names: `qu`, `xi` join the table; `ma`, `he`, `do`, `le`, `su`, `ou`, a gate language's words too,
  are read as family names after a known given name in the layouts that make a name certain.
- A greeted full name in lower case before a statement after its comma (`hi anna meier, the table is ready`), or with
  no comma (none, a dash, a full stop) before a sentence going on to the person (chat_lines._GREETED).
- Family name first before a party's size in brackets, or with an initial after the comma (dated_names).
- A self-introduction's name typed in lower case before a conjunction, a capitalized given name before a family name
  in lower case, capitals after `!`, `?` or a dash (self_introductions, name_shapes.after_a_stop); a shop's word in
  Spanish, French and Italian is no family name after particles (`soy carmen de la tienda` goes out again).

The price (asserted below, in PERSONAL): a known given name before `he` or `do` greeted before a message (`hi anna he,
welcome!`, closer 220's stated look-alikes), a brand named like a person greeted in lower case before a statement
(`hi john lewis, the sale is on`) or introduced before a conjunction (`i'm jack daniels and coke lover`).
"""

from __future__ import annotations

import pytest

from meta_capi.name_shapes import name_reading
from review_cases import review_tests

ORDINARY = [
    # (a capitalized particle or article after no known given name: a place's or a firm's words)
    'Hi Casa De La Rosa, welcome!', 'Hi Bar La Rambla, welcome!', 'Hi Club El Nacional, welcome!',
    'Hi Hotel Al Bustan, welcome!', 'Hi Cafe Al Fresco, your table is ready', 'Hi Pizzeria Da Michele, welcome!',
    # (a maker in capitals of two or three letters off the family names' table before a model)
    'Quote_KIA_Niro.pdf', 'Quote_LI_Auto.pdf', 'Quote_BYD_Qin.pdf', 'Quote_LEE_Cooper.pdf',
    # (a greeting before no full name, or a full name before no sentence going on to the person)
    'hi anna li, welcome', 'hi anna your order shipped', 'hello there your order shipped',
    'hi there, the table is ready', 'hi everyone, the store opens at 9', 'hi olive garden, the table is ready',
    'hello kitty - your order shipped', 'hi friends. your order shipped', 'Hi Penny Lane, the album is out',
    'hi penny lane, the album is out',
    # (a party's size in brackets after no name family first; an initial after a table's area)
    'Table for Terrace, Rose (8)', 'Table for Garden Room (4)', 'Table for Window, J., party of 2',
    # (a self-introduction before no full name)
    "Hi, I'm Max and this is my shop", 'Hallo, ich bin Hugo fan', "Hi, I'm Grace too", 'NEW! I AM LEGEND BLU-RAY',
    'SALE! I AM LEGEND ON BLU-RAY', 'Hola, soy Carmen de la tienda', 'Hola, soy carmen de la tienda',
]

PERSONAL = [
    'Hi Carlos De La Cruz, welcome!', 'Table for Maria Dos Santos, party of 4',
    'Mohammed Al Farsi: running late again!', 'Hi Mohammed AlFarsi, welcome!', 'Hi Anna Ma, welcome!',
    'Quote_KIM_Minjae.pdf', 'Quote_LEE_Jiwoo.pdf', 'Hi Min-jae Park, your table is ready',
    'hi min-jae park, welcome back', 'Hi Seo-yeon Kim, welcome!', 'Hi Wei He, your order shipped!',
    'hi anna meier - welcome back', 'hi anna meier your order shipped', 'hi anna meier, order 123 shipped',
    'Table for Tanaka, Yuki (2)', 'Table for Tanaka, Y., party of 2',
    "I'm anna meier and I love shoes", 'HI! I AM JIWOO LEE', 'Hallo, ich bin Jürgen schmitt',
    'HELLO - I AM ANNA MEIER',
    # (the price: closer 220's look-alikes, a brand greeted before a statement or introduced before a conjunction)
    'hi anna he, welcome!', 'hi maria do, welcome!', 'hi john lewis, the sale is on',
    'hi jack daniels, the new bottle is here', "Hi, i'm jack daniels and coke lover",
]

globals().update(review_tests(globals()))


@pytest.mark.parametrize(("given", "family", "reading"), [
    ("Min-jae", "Park", "Minjae Park"), ("min-jae", "park", "Minjae Park"), ("Mohammed", "AlFarsi", "Mohammed Farsi"),
    ("Omar", "ElSayed", "Omar Sayed"),
    # (a double-barrelled family name, both parts capitalized, and syllables that spell no known given name)
    ("Orla", "Quenby-Dahlberg", "Orla Quenby"), ("Jean-pierre", "Dupont", "Jean Dupont"),
    ("Alex", "Alder", "Alex Alder"),
])
def test_name_reading_joins_a_given_names_syllables_and_reads_past_a_glued_article(
        given: str, family: str, reading: str) -> None:
    assert name_reading(given, family) == reading
