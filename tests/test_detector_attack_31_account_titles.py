"""The thirty-first attack's account titles, orders and reviews (greetings.py): a JSON string's value is read as a
text is, wherever it stands in the JSON text."""

from __future__ import annotations

import json

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"


def _in_json(text: str) -> str:
    return json.dumps({"last_message": text}, ensure_ascii=False)


@pytest.mark.parametrize("text", [
    "Ottilie S. · Mein Konto",
    "O. Schimmelpfennig | My Account",
    "Bentornato, Ottilie Schimmelpfennig",
    "Ottilie Schimmelpfennig | Meine Bestellungen",
    "Ottilie Schimmelpfennig · Mein Konto",
    "[Katrin Oberhauser] Mein Konto",
    "🎉 Thank you for your order, Harriet Pemberton! 🎉",
    "Danke, Thomas Müller!",
])
def test_a_name_in_a_json_strings_title_is_read_as_in_the_text(text):
    assert detector.reason(text) == PERSON_NAME
    assert detector.reason(_in_json(text)) == PERSON_NAME
    assert detector.reason(json.dumps({"a": 1, "title": text, "b": "x"}, ensure_ascii=False)) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Bentornato Presidente",
    "Welcome back! | Zalando",
    "Mein Konto · Übersicht",
    "Hello Kitty Plush 20 cm",
    "Demo Shop | Mein Konto",
    "Hi there! Sign in",
    "Willkommen zurück! | Mein Konto",
])
def test_a_json_strings_title_without_a_name_goes_out(text):
    assert detector.reason(_in_json(text)) == ""
