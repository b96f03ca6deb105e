"""Closer 137 (sixty-seventh attack: a phone with a form's plus blanks, and ordinary values it dropped).

- A phone written with a form's `+` for blanks in a query's or a form body's value given as text
  (privacy._DIGITS_BLANK, privacy._form_digits_reason: `…?text=Call+me+07700+927485`, `line2=07700+936257`): a `+`
  between two digits is a blank a person typed, and the value up to its first blank (where a URL inside free text
  ends) is read as text with its form's `+` as blanks, as the URL cleaner reads a URL field's query. A `+` elsewhere
  in text stays what it is (`+44 7700 900123` is a phone, `C++ 20` none).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy


@pytest.mark.parametrize("value", [
    "https://engrave.example.com/p/keyring-steel?text=Call+me+07700+927485",
    "font=Great+Vibes&line1=If+found+please+call&line2=07700+936257",
    "Preview: https://engrave.example.com/p?line1=Lost+dog&line2=07700+927485 (proof)",
    "line2=0151+48172609",
    "msg=Ring+06+12+34+56+78",
])
def test_a_phone_with_form_blanks_in_a_query_given_as_text_is_refused(value):
    assert privacy.embedded_reason(value)


@pytest.mark.parametrize("value", [
    "sizes=36+38+40+42", "q=iphone+15+128+gb", "range=2024+2025+2026", "date=2026+11+14", "price=19+99",
    "lang=C++&v=20", "ids=123456+654321", "font=Great+Vibes&line1=Happy+5th+Birthday", "pack=2+1+free",
])
def test_ordinary_digits_with_form_blanks_go_out(value):
    assert privacy.embedded_reason(value) == ""


@pytest.mark.parametrize(("value", "expected"), [
    ("+44 7700 900123", detector.PHONE), ("C++ 20", ""), ("Bundle 2+1 free", ""),
])
def test_a_plus_in_plain_text_is_read_as_written(value, expected):
    assert detector.reason(value) == expected
