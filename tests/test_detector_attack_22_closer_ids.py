"""The twenty-second attack's ids left open (tests/privacy_attack_cases_22.py): Bolivia's identity card as Aymara and
Quechua possess it (`Nayan carnetajax 4567891 LP`), a tribal nation's enrollment number, shorter than a state's
(`Tribal enrollment #: 45-6789`), and an id spelled aloud one character at a time, a letter said with a spelling
alphabet's word (`a as in alpha one two three four five six three`: Hong Kong's identity card and its check
character). With the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import assembled, detector, privacy
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID


@pytest.mark.parametrize(("text", "found"), [
    ("Nayan carnetajax 4567891 LP", LABELLED_NUMBER),  # Aymara "my card", its topic's `-x`
    ("Hola, Nayan carnetajax 4567891 LP — gracias", LABELLED_NUMBER),
    ("carnetaja 4567891", LABELLED_NUMBER),
    ("Carnetniyqa 4567891 CB", LABELLED_NUMBER),  # Quechua "my card"
    ("Carnet 4567891 pages", ""),  # `carnet` alone: a notebook, a book of tickets
    ("Carnet de notes A5 2024001", ""),
    ("Nayan 4567891", ""),
])
def test_bolivias_identity_card_possessed_in_aymara_or_quechua_labels_its_number(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Tribal enrollment #: 45-6789", NATIONAL_ID),
    ("Hola, Tribal enrollment #: 45-6789 — gracias", NATIONAL_ID),
    ("tribal_enrollment_number=456789", NATIONAL_ID),
    # (seven digits after `enrollment number` went out; three words spelling the lexicon's `tribalenrollment`)
    ("Tribal Enrollment Number 1234567", LABELLED_NUMBER),
    ("Tribal ID Card No. 45678", NATIONAL_ID),
    ("TRIBAL MEMBERSHIP NO 12 345", NATIONAL_ID),
    ("Enrollment #: 45-6789", ""),  # a course's
    ("Tribal Print 45-6789", ""),  # a pattern's
    ("Tribal Tattoo Kit 456789", ""),
    ("Tribal ID Bracelet 45678", ""),
    ("Tribal Membership Card 2024 Edition", ""),  # four digits: a year
    ("Tribal ID: 2024", ""),
])
def test_a_tribal_nations_enrollment_number_after_its_label_is_personal(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "readings"), [
    ("my ID is a as in alpha one two three four five six three", ["my ID is A1234563", "my ID is A123456(3)"]),
    ("my surname is k as in kilo a z l a u s k a s", ["my surname is Kazlauskas"]),
    ("spell it: b as in bravo o b b y", ["spell it: Bobby"]),
    ("a b c d e f Alphabet Blocks", []),  # no letter said with a spelling alphabet's word
    ("b as in apple c d e f", []),  # a word opening with another letter
    ("M as in Medium, L as in Large, S as in Small", []),  # fewer than five characters in a row
    ("B as in Bravo Tee", []),
])
def test_a_value_spelled_aloud_is_read_as_its_characters_joined(text: str, readings: list) -> None:
    assert assembled.spelled_readings(text) == readings


@pytest.mark.parametrize(("text", "found"), [
    ("my ID is a as in alpha one two three four five six three", NATIONAL_ID),  # `A123456(3)`: its check
    ("Hola, my ID is a as in alpha one two three four five six three — gracias", NATIONAL_ID),
    ("my ID is a as in alpha one two three four five six four", ""),  # the wrong check
    ("my order is b as in bravo one two three four five six", ""),  # a code: no check to read
    ("Voucher c as in charlie d as in delta one two three", ""),
])
def test_an_id_spelled_aloud_is_judged_as_its_characters(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("url", "cleaned"), [
    ("https://shop.example.com/u/my%20ID%20is%20a%20as%20in%20alpha%20one%20two%20three%20four%20five%20six%20three"
     "/orders", "https://shop.example.com/"),
    ("https://shop.example.com/p/a%20as%20in%20alpha%20one%20two%20three",
     "https://shop.example.com/p/a%20as%20in%20alpha%20one%20two%20three"),
])
def test_an_id_spelled_aloud_in_a_url_path_is_dropped(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url) == cleaned
