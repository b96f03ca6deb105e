"""The detector's shortcut for a short id (up to three ASCII letters, maybe a dash, up to six digits: an order's or a
product's id) gives the verdict the full rules give: checked against the rules with the shortcut turned off, on
letters drawn from the labels the rules are cued by (birth, phone and identity labels, letters that stand for digits)
and on any letters and digits of the shape."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import detector

CUED_LETTERS = ["dob", "DOB", "Dob", "tel", "Tel", "TEL", "ph", "mob", "id", "ID", "fin", "FIN", "nr", "No", "sn", "SN",
                "O", "o", "l", "I", "Z", "x", "ssn", "pan", "nie", "cf", "rut", "dni", "ci", "CI", "nid", "V", "E",
                "CVC", "cvv", "Cvc"]
LETTERS = st.one_of(st.sampled_from(CUED_LETTERS),
                    st.from_regex(r"[A-Za-z]{1,3}", fullmatch=True))
DIGITS = st.one_of(st.sampled_from(["0", "1", "12", "123", "1234", "78421", "784213", "000123", "140788", "911"]),
                   st.from_regex(r"[0-9]{1,6}", fullmatch=True))
SHORT_ID = st.builds(lambda letters, dash, digits: letters + ("-" if dash else "") + digits,
                     LETTERS, st.booleans(), DIGITS)


def _full_rules(text: str, id_like: bool, segments: bool) -> str:
    shortcut = detector._SHORT_ID
    detector._SHORT_ID = re.compile(r"(?!)")  # never matches: the full rules
    try:
        return detector.reason(text, id_like, segments)
    finally:
        detector._SHORT_ID = shortcut


@settings(max_examples=2000)
@given(text=SHORT_ID, segments=st.booleans())
def test_the_short_id_shortcut_gives_the_full_rules_verdict(text, segments):
    assert detector._SHORT_ID.fullmatch(text) is not None
    verdict = detector.reason(text, True, segments)
    assert verdict == _full_rules(text, True, segments)
    # (a card's security code after its label, `CVC1234`, is the one short id the rules may read: the shortcut
    # leaves it to them)
    assert verdict == "" if detector._SECURITY_CODE.search(text) is None else verdict in ("", detector.CARD)


@pytest.mark.parametrize("text", ["SKU-1", "SKU-26", "ORD-000123", "A123456", "INV-2024", "dob-140788", "tel-784213"])
def test_ordinary_ids_take_the_shortcut_and_go_out(text):
    assert detector._SHORT_ID.fullmatch(text) is not None
    assert detector.reason(text, id_like=True) == _full_rules(text, True, False) == ""


@pytest.mark.parametrize(("text", "id_like"), [
    ("ORD-0001234", True),  # seven digits: the number rules judge it
    ("ORDR-000123", True),  # eleven characters: a base64 run's length
    ("ORD_000123", True), ("ORD 000123", True), ("ORD-000123\n", True),
    ("tel-784213", False),  # in free text the shortcut is not taken: a label's rules judge it
])
def test_values_outside_the_shortcut_take_the_full_rules(text, id_like):
    assert detector._SHORT_ID.fullmatch(text) is None or not id_like
    assert detector.reason(text, id_like) == _full_rules(text, id_like, False)
