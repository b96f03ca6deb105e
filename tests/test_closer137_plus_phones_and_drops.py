"""Closer 137 (sixty-seventh attack: a phone with a form's plus blanks, and ordinary values it dropped).

- A phone written with a form's `+` for blanks in a query's or a form body's value given as text
  (privacy._DIGITS_BLANK, privacy._form_digits_reason: `…?text=Call+me+07700+927485`, `line2=07700+936257`): a `+`
  between two digits is a blank a person typed, and the value up to its first blank (where a URL inside free text
  ends) is read as text with its form's `+` as blanks, as the URL cleaner reads a URL field's query. A `+` elsewhere
  in text stays what it is (`+44 7700 900123` is a phone, `C++ 20` none).
- A personalisation's option after a name's or a recipient's label is no name (postal._PERSONALISATION_OPTIONS, read
  by postal._placeholder: `Name: Gold Foil`, `Nom : Dorure Or Rose`, `Recipient: Salon Pickup`): a print's finish or
  technique, a lettering's style, a pickup's mode, by language. A colour alone is not one: `Name: Gold Smith` and
  `Name: Rose Gold` stay refused, both words a given or a family name as often as a colour.
- A thanks calling a teacher's or a carer's role alone is no name (greetings._ROLE_ADDRESSES, read by
  greetings.a_cued_name: `Merci Maîtresse !`, `Danke, Lehrerin!`, `Gracias, Profe!`); before a name the role is her
  title and the name is refused (`Danke, Lehrerin Anna Schmidt!`), as `Danke, Lena Schmidt!` is.
- A platform's rating where a review's author would be (reviews._RATING_NOUNS, reviews._a_platforms_rating: `Google
  Reviews ★★★★★ 5.0`, `Google Rating 4.9/5`): a rating's noun beside one other word is no full name; beside two
  (`Juan García Reviews ★★★★★`) the name is still read.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, postal, privacy


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


@pytest.mark.parametrize("value", [
    "Name: Gold Foil", "Name: Rose Gold Foil, Font: Great Vibes", "Nom : Dorure Or Rose", "Recipient: Salon Pickup",
    "Name: Silver Foil", "Name: Goldfolie", "Recipient: Store Pickup", "Nombre: Grabado Láser",
    "Merci Maîtresse !", "Danke, Lehrerin!", "Gracias, Profe!", "Thank You, Teacher!", "Bedankt juf!",
    "Google Reviews ★★★★★ 5.0", "Google Rating 4.9/5", "Trustpilot ★★★★★ 4.8", "Yelp Reviews ★★★★☆",
])
def test_ordinary_options_roles_and_ratings_go_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "Name: Gold Smith", "Name: Rose Gold", "Recipient: Anna Kowalczyk", "Name: Anna Kowalczyk – Gold Foil",
    "Danke, Lena Schmidt!", "Danke, Lehrerin Anna Schmidt!", "Gracias, Profe Juan García!", "Merci Maîtresse Dubois !",
    "Juan García Reviews ★★★★★", "Anna Kowalczyk ★★★★★",
])
def test_a_name_beside_an_option_a_role_or_a_rating_is_refused(value):
    assert detector.reason(value) == postal.PERSON_NAME
