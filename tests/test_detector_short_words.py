"""The detector's shortcut for one or two short ASCII words (a product's name, a category) gives the verdict the
full rules give: checked against the rules with the shortcut turned off, on words drawn from the lexicons the rules
are cued by (salutations, labels, words for "@" and ".", mail providers) and on base64-shaped words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import detector

CUED_WORDS = ["Mr", "Mrs", "Dear", "Herr", "Frau", "Name", "Tel", "Phone", "Email", "at", "dot", "arroba", "punkt",
              "Hamngatan", "Main", "St", "Ave", "Laugavegur", "iela", "born", "DOB", "Born", "Suite", "Nr",
              "gmail", "Street", "Str", "Road", "Apt", "Ship", "to", "Nimi", "Hyva", "Kedves", "Geachte", "mevrouw",
              "Calle", "rue", "Via", "House", "Soi", "geohash", "lat", "lng", "YUBiLmNv", "ZXhhbXBs", "ID", "SSN"]
WORD = st.one_of(st.sampled_from(CUED_WORDS), st.from_regex(r"[A-Za-z]{1,10}", fullmatch=True))
NUMBER = st.one_of(st.none(), st.sampled_from(["0", "1", "12", "18", "123", "911", "007"]),
                   st.from_regex(r"[0-9]{1,3}", fullmatch=True))
SHORT = st.builds(lambda first, second, number: " ".join(part for part in (first, second, number) if part is not None),
                  WORD, st.one_of(st.none(), WORD), NUMBER)


def _full_rules(text: str, id_like: bool, segments: bool) -> str:
    shortcut = detector._SHORT_WORDS
    detector._SHORT_WORDS = re.compile(r"(?!)")  # never matches: the full rules
    try:
        return detector.reason(text, id_like, segments)
    finally:
        detector._SHORT_WORDS = shortcut


@settings(max_examples=2000)
@given(text=SHORT, id_like=st.booleans(), segments=st.booleans())
def test_the_short_words_shortcut_gives_the_full_rules_verdict(text, id_like, segments):
    assert detector._SHORT_WORDS.fullmatch(text) is not None
    assert detector.reason(text, id_like, segments) == _full_rules(text, id_like, segments)


@pytest.mark.parametrize("text", ["Blue Sneakers", "Running Socks", "Acme", "Shoe Cleaner", "Apparel", "Product 17"])
def test_ordinary_product_names_take_the_shortcut_and_go_out(text):
    assert detector._SHORT_WORDS.fullmatch(text) is not None
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("am9AZXguaW8 Shop", detector.EMAIL_BASE64),  # a word of 11 characters: a base64 run
    ("jo at example dot com", detector.EMAIL),  # five words: an address spelled out
    ("Blue Sneakers 2024", ""), ("Blue  Sneakers", ""), ("Blue\\nSneakers", ""), ("Café Noir", ""),
    ("Sneakers-Blue", ""),
])
def test_values_outside_the_shortcut_take_the_full_rules(text, found):
    assert detector._SHORT_WORDS.fullmatch(text) is None
    assert detector.reason(text) == _full_rules(text, False, False) == found


@pytest.mark.parametrize("text", ["CVV 123", "Mr CVV 123", "cvc 123", "Cvv 321"])
def test_a_security_code_after_its_label_is_left_to_the_rules_though_short(text):
    # found by the property above: the shortcut's words and three digits are a card's security code after its label
    assert detector._SHORT_WORDS.fullmatch(text) is not None
    assert detector.reason(text) == _full_rules(text, False, False) == detector.CARD


@given(text=SHORT, segments=st.booleans())
def test_short_words_hold_no_character_the_layout_rules_are_cued_by(text, segments):
    # the shortcut asks postal.code_cued alone of _postal_cued's tests
    assert text.isascii() and detector._POSTAL_CUES[segments](text) is None
    assert detector._postal_cued(text, segments) == detector.postal.code_cued(text, segments, detector.NAME_TOKENS)
