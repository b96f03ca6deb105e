"""Closer 218: review 40's leaks of a person's full name written another way, closed by one shape read by four modules
(name_shapes.FULL_NAME_ANY_WAY, judged by lower_case_names.a_full_name_written_any_way / a_matched_full_name), with
their nearest look-alikes both ways: each spelling (capitals, lower case, hyphen, apostrophe, an initial first, a
particle, family name first, mixed case) in each module (chat_lines' speaker and greeted name, dated_names' date's and
table's person, dating's member, self_introductions' name in lower case or capitals).

The guards kept: a name in lower case, in capitals or in mixed case opens on a known given name (no capital tells a
name there: `hi penny lane`, `HELLO KITTY FANS` go out); an initial first needs a family name no vocabulary of any
language holds; a family name first needs a known given name after its comma.

The price (asserted below): a given name off the list in lower case or in capitals goes out (`hi tessaly quistrandel,
…`, `my name is tessaly quistrandel`); a self-introduction in capitals opening the text stays a title's
(`MY NAME IS ORLA QUISTRANDEL`); an initial before a family name no vocabulary holds is a person's, a pen name's
too (`Date booked – Sat – with O. Henry`).
"""

from __future__ import annotations

import re

import pytest

from meta_capi.canonical import canonical
from meta_capi.lower_case_names import a_matched_full_name
from meta_capi.name_shapes import FAMILY_FIRST, FULL_NAME_ANY_WAY, name_parts, name_reading
from review_cases import review_tests

ORDINARY = [
    # (chat_lines: brands, songs and titles in capitals or lower case, a saint's abbreviation)
    'HELLO KITTY FANS, new collection!', 'HI JACK DANIELS LOVERS, tasting tonight!',
    'HEY JUDE COVER: who plays tonight?', 'GOOD MORNING VIETNAM: tonight on TV!', 'hi penny lane, free tonight?',
    'Hi St. Patrick, ready?', 'THANKS UBER EATS, delivered!', 'Hi TEAM, standup in 5?', 'WELCOME BACK HELLO KITTY!',
    # (dated_names: a booking's extra, a room or an occasion in capitals, after a slash, before `+ 1`, `party of` words)
    'Date booked – Sat – with LIVE MUSIC', 'Date booked – Sat – with Sea View, at 8pm',
    'Reservation for WINDOW TABLE, party of 2', 'Reservation for PATIO, party of 4',
    'Reservation for Terrace / 2 guests', 'Reservation for brunch + 1', 'Reservation for Cinco de Mayo, party of 8',
    'Reservation for Sunday Roast, party of four',
    # (dating: a club or a colour in capitals)
    'Match with CRYSTAL PALACE', 'Like sent to ROSE GOLD',
    # (self_introductions: a slogan, a title, a fan)
    "i'm lovin' it", 'my name is not important', 'I AM LEGEND', 'MY NAME IS EARL, season 2', "i'm jack daniels fan",
    # (the price: a given name off the list in lower case or in capitals)
    'hi tessaly quistrandel, drinks friday?', 'my name is tessaly quistrandel',
    # (a self-introduction in capitals opening the text: a title's or a print's place, session 16's reading kept)
    'MY NAME IS ORLA QUISTRANDEL', 'ICH BIN ANNA SCHMIDT',
]

PERSONAL = [
    # (chat_lines: a speaker, a greeted name)
    'ORLA QUISTRANDEL: are you free tonight?', 'orla quistrandel: are you free tonight?',
    'Orla Quistrandel-Berg: are you free tonight?', "Orla O'Quistrandel: are you free tonight?",
    'O. Quistrandel: are you free tonight?', 'Hi ORLA QUISTRANDEL, drinks friday?',
    'hi orla quistrandel, drinks friday?', "Hi Orla O'Quistrandel, drinks friday?",
    'Hi Orla Quistrandel-Berg, drinks friday?', 'Hi J. Quistrandel, drinks friday?',
    'Hi Orla quistrandel, drinks friday?', 'Hi ORLA VAN DER QUISTRANDEL, drinks friday?',
    'Hi Orla de la Quistrandel, drinks friday?', 'Hi T. Baker, drinks friday?',
    # (dated_names: a date's person, a table's)
    'Date booked – Sat – with ORLA QUISTRANDEL', 'Date booked – Sat – with orla quistrandel',
    'Date booked – Sat – with Orla Quistrandel-Berg', "Date booked – Sat – with Orla O'Quistrandel",
    'Date booked – Sat – with J. Quistrandel', 'Date booked – Sat – with Quistrandel, Orla',
    'Date booked – Sat – with Orla de la Quistrandel', 'Date booked: Sat, with Orla Quistrandel, at 8pm',
    'Reservation for ORLA QUISTRANDEL, party of 2', 'Reservation for QUISTRANDEL, party of 2',
    'Reservation for Orla Quistrandel / 2 guests', 'Reservation for Orla Quistrandel + 1',
    'Reservation for Quistrandel, party of three', "Reservation for Orla O'Quistrandel, 2 guests",
    # (dating: a match's, a like's, a report's member)
    'Match with ORLA QUISTRANDEL', 'Like sent to Orla Quistrandel-Berg', "Like sent to Orla O'Quistrandel",
    'Like sent to Orla quistrandel', 'Report user: ORLA QUISTRANDEL', 'Like sent to ORLA VAN QUISTRANDEL',
    # (self_introductions: in lower case or capitals, any case of the phrase, English, French, Spanish, German)
    "i'm orla quistrandel", 'my name is orla quistrandel', 'HI, MY NAME IS ORLA QUISTRANDEL',
    "je m'appelle orla quistrandel", 'me llamo orla quistrandel', 'ich heiße orla quistrandel',
    "i'm orla quistrandel, hi",
    # (the price: an initial before a family name no vocabulary holds, a pen name's too)
    'Date booked – Sat – with O. Henry',
]

# (key_lexicon: Japanese's `の` and `ナンバー` after a licence, Korean's chat's or conversation's counterpart; a
# count, a kind or a language of theirs goes out)
ORDINARY_KEYS = ['채팅상대_수', '運転免許_種類', '대화상대_언어']
PERSONAL_KEYS = ['運転免許の番号', '免許ナンバー', '대화상대_이름', '운전면허_번호']

_SITE = "https://shop.example.com"
# (counterparts: a companion's key in English, French and German, German's feminine partner: a full name no vocabulary
# holds under it, on any route; a service dog, a band, a count, a shop go out)
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/trip?companion=Service+Dog', '/date?begleitung=Live+Musik', '/tickets?begleitung=1',
    '/date?compagnon=Chien+Guide', '/date?partnerin=Online+Shop',
)]
PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/trip?companion=Orla+Quistrandel', '/date?compagne=Orla+Quistrandel', '/date?begleiter=Orla+Quistrandel',
    '/date?partnerin=Orla+Quistrandel',
)]

globals().update(review_tests(globals()))

_NAME = re.compile(f"(?:{FULL_NAME_ANY_WAY}|{FAMILY_FIRST})")


@pytest.mark.parametrize(("written", "reading"), [
    ("Orla Quenby", "Orla Quenby"), ("ORLA O'QUENBY", "Orla Quenby"), ("orla quenby-dahlberg", "Orla Quenby"),
    ("Orla van der Quenby", "Orla Quenby"), ("ORLA VAN QUENBY", "Orla Quenby"), ("O. Quenby", "O. Quenby"),
    ("Orla Q.", "Orla Q."), ("Quenby, Orla", "Orla Quenby"),
])
def test_a_full_name_written_any_way_is_read_capitalized(written: str, reading: str) -> None:
    match = _NAME.fullmatch(written)
    assert match is not None and name_reading(*name_parts(match)) == reading and a_matched_full_name(match)


@pytest.mark.parametrize("written", [
    "hello kitty", "HELLO KITTY", "penny lane", "Paella, Valenciana", "O. Window", "tessaly quenby", "A. B.",
])
def test_words_no_capital_tells_are_no_name_without_a_known_given_name(written: str) -> None:
    match = _NAME.fullmatch(written)
    assert match is not None and not a_matched_full_name(match)


def test_the_shape_stays_linear_on_a_long_run_of_name_like_words() -> None:
    text = canonical("Hi " + "Orla-" * 5000 + "Quenby, ready?")[0]
    assert _NAME.search(text) is not None
