"""Mend 51: an outside reader's findings on session 51's source diff, fixed by rule, both ways.

- booked_names._a_party_for: a name before a room's or a seat's word a booking is for is the party's unless the word
  is a room that takes a name (NAMED_ROOMS: `Marco Polo room`) with no number after it (`… room 12`, `… table for
  2`), or an audience's (AUDIENCES: `Crystal Palace fans`, `Ben Nevis hikers`), not any plural of doers (`… visitors`).
  The price: a full name before a named room with no number (`Reservation for Orla Quenby suite, 4 guests`) or an
  audience's word (`… Orla Quenby fans`) goes out; a named room with a number after it is refused (`Reservation for
  Marco Polo room 3`).
- self_introductions.introduced: a self-introduction in capitals after a greeting's comma or a sentence's end in a
  text in mixed case (`Hi, MY NAME IS ORLA QUENBY`) is read, as in a text all in capitals, behind its cue
  (_CAPITALS_AFTER_A_STOP: a stop, blanks and a phrase's first word in capitals).
- name_shapes._APOSTROPHE_PREFIX: a family name's prefix before its apostrophe is read only opening the word (`O'`),
  not inside it (`dell'acqua` is read `Dell'acqua`, no longer `Delacqua`).
"""

from __future__ import annotations

import pytest

from meta_capi import name_shapes, notations, referral_links, role_labels
from review_cases import review_tests

ORDINARY = [
    # (a named room, an audience: closer 217's, kept)
    'Reservation for Marco Polo room, party of 8', 'Reservation for Marco Polo suite, 4 guests',
    'Reservation for Crystal Palace fans, party of 12', 'Reservation for Ben Nevis hikers, party of 8',
    'Reservation for Aston Villa supporters, party of 20', 'Réservation pour salle privée, 10 personnes',
    'Reservation for Marco Polo lounge', 'Booking for Ben Nevis walkers, Saturday',
    # (the price: a full name before a named room or an audience's word)
    'Reservation for Orla Quenby suite, 4 guests', 'Reservation for Orla Quenby fans',
    # (capitals after a greeting: a title's words, an acronym, a phrase opening the text)
    'Hello, MY NAME IS KHAN DVD', 'Hi, MY NAME IS GRACE UNDER PRESSURE', 'Hi, I AM LEGEND BLU-RAY',
    'MY NAME IS EARL Season 1 DVD', 'New in, I AM WOMAN poster',
]

PERSONAL = [
    # (a seat's, a table's or an area's word after the party's name; a named room's number)
    'Reservation for Orla Quenby table 4', 'Reservation for Orla Quenby room 12',
    'Reservation for Orla Quenby bar seating', 'Reservation for Orla Quenby window seat, 2 guests',
    'Booking for Orla Quenby terrace, Friday', 'Reservation for Orla Quenby table for 2',
    'Reservation for Orla Quenby visitors', 'Reservation for Velmora Quistrandel table, 4 guests',
    'Reservation for Orla Quenby booth, 6 guests', 'Reservation for Tessaly Dranvoquist patio, 3 people',
    'Reservation for Orla Quenby suite for 4', 'Reservation for Orla Quenby readers',
    # (a self-introduction in capitals after a greeting's comma or a sentence's end, in mixed case)
    'Hi, MY NAME IS ORLA QUENBY', 'Hello. MY NAME IS ORLA QUENBY', "Hi, I'M ORLA QUENBY!",
    "Bonjour, JE M'APPELLE ORLA QUENBY", 'Thanks; MY NAME IS ORLA QUENBY, order 4411',
]

globals().update(review_tests(globals()))


@pytest.mark.parametrize(("given", "family", "reading"), [
    ("orla", "dell'acqua", "Orla Dell'acqua"), ("ORLA", "DELL’ACQUA", "Orla Dell’acqua"),
    ("ORLA", "O'QUENBY", "Orla Quenby"), ("orla", "d'arcy-quenby", "Orla Arcy"), ("Orla", "Quenby", "Orla Quenby"),
])
def test_name_reading_strips_an_apostrophes_prefix_only_opening_the_word(given: str, family: str,
                                                                         reading: str) -> None:
    assert name_shapes.name_reading(given, family) == reading


@pytest.mark.parametrize("word", sorted(role_labels.FANTASY_MANAGER_WORDS))
@pytest.mark.parametrize("label", ["fantasy premier league {}", "fpl {}", "comunio {}", "syndicate {}", "{}"])
def test_a_fantasy_managers_word_names_a_bettor_without_its_text_only_as_a_bettors_last_word(label: str,
                                                                                           word: str) -> None:
    """postal calls names_a_bettor with no text (form ""): a fantasy manager's word needs its text's game, so
    BETTOR_LAST_WORDS needs no FANTASY_MANAGER_WORDS (`syndicate manager` is a bettor's label of its own)."""
    assert not role_labels.names_a_bettor(label.format(word), "") or word in role_labels.BETTOR_LAST_WORDS


@pytest.mark.parametrize("text", ["chr(64)", "CHAR(46)", "ChrW(64)", "$(64)", "(KHTML, like Gecko)", "a(b)", "r(",
                                  "", "x$(y", "W(", "<![CDATA[x]]>", "Mozilla/5.0 (X11; Linux x86_64)"])
def test_call_mark_is_the_pairs_called_ahead_tested_one_by_one(text: str) -> None:
    """notations.CALL_MARK, which canonical.as_is and called_ahead share, is the five pairs they each spelled out."""
    pairs = any(pair in text for pair in ("r(", "R(", "w(", "W(", "$("))
    assert (notations.CALL_MARK.search(text) is not None) is pairs


@pytest.mark.parametrize("host", ["join.example.com", "INVITE.app.io", "ref.example.com", "shop.example.com", "",
                                  "refer.me"])
def test_a_referral_host_is_looked_up_by_its_first_label_in_one_place(host: str) -> None:
    assert referral_links.on_a_referral_host(host) is (
        host.lower().partition(".")[0] in referral_links.REFERRAL_HOST_WORDS)
    assert referral_links.host_names_a_referrer(host, "/jane-doe") <= referral_links.on_a_referral_host(host)
