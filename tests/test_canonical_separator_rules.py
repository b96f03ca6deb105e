"""Rules (not lists) the eighth attack asked for (tests/privacy_attack_cases_8.py): any separator around a word for
"@" or ".", a circled `a` as a parenthesized one, CSS's six-digit escape without its blank, and an address whose `@`
is a bracketed word at the end of a key."""

import pytest

from meta_capi import detector
from meta_capi.canonical import canonical
from meta_capi.privacy import custom_refusal


@pytest.mark.parametrize("text", [
    "jo.li|at|example|dot|ph", "jo.li+at+example+dot+ph", "jo.li~at~example~dot~ph", "jo.li:at:example:dot:ph",
    "jo.li=at=example=dot=ph", "jo.li!at!example!dot!ph", "jo.li^at^example^dot^ph",
    "jo.li|at:example~dot+ph",  # not the same on both sides
    "jo.li ::at:: example ||dot|| ph",  # runs of them
    "jo.li\uff5cat\uff5cexample\uff5cdot\uff5cph",  # a full-width bar folds to `|`
    "jo.li§at§example§dot§ph",  # any symbol that is no letter or digit
])
def test_a_word_for_at_and_dot_between_any_separators_spells_an_address(text):
    assert canonical(text)[0] == "jo.li@example.ph"


@pytest.mark.parametrize("text", [
    "jo.li.at|example|dot|ph",  # `.` is itself a spelled mark, no separator around a word (but dots all around
    # the words, below)
    "jo.li@at@example@dot@ph",  # nor `@`
    "jo.lixatxexamplexdotxph",  # letters are no separators
    "jo.li1at1example1dot1ph",  # nor digits
    "jo.li|at|example",  # no word for "."
])
def test_letters_digits_at_and_dot_are_no_separators_around_a_spelled_word(text):
    assert "jo.li@example.ph" not in canonical(text)[0]


@pytest.mark.parametrize("text", ["jo.li.at.example.dot.ph", "jo.li.AT.example.DOT.ph",
                                  "jo.li.arroba.example.punto.ph"])
def test_dots_on_both_sides_of_each_word_spell_an_address(text):
    assert canonical(text)[0] == "jo.li@example.ph"


@pytest.mark.parametrize("text", [
    "Blue Sneakers | Example Shop", "Open: at 10:30 | Sat", "Shop at: Rizal | Manila", "3 for 2 at all stores",
    "Dot Matrix | Printer: 24 pin", "Pick-up at: 10:30 ~ 12:00", "Point & Shoot | 20 MP", "Size: M | Color: dot print",
])
def test_ordinary_text_with_such_separators_keeps_going_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("jo.li\u24d0example.ph", True),  # `ⓐ` draws `@`, as `⒜` does
    ("jo.li\u249cexample.ph", True),
    ("jo.li \u24d0 example.ph", True),
    ("\u24d0\u24d1\u24d2 Blocks", False),  # circled letters are letters
    ("Set \u24d0 of 3", False),
    # a circled capital A draws `@` as the squared and negative ones do (thirty-fifth attack: `🄰`, `🅐`, `🅰`), but
    # not in a word of such letters; a parenthesized one (`🄐`) is a letter
    ("jo.li\u24b6example.ph", True),
    ("\u24ba\u24c2\u24b6\u24be\u24c1 Sticker", False),
    ("jo.li\U0001f110example.ph", False),
])
def test_a_circled_small_a_stands_for_at_as_a_parenthesized_one_does(text, found):
    assert bool(detector.reason(text)) is found


def test_a_circled_word_stays_a_word_for_the_key_rule():
    assert detector.key_reason("\u24d4\u24dc\u24d0\u24d8\u24db")  # ⓔⓜⓐⓘⓛ is `email`


@pytest.mark.parametrize(("text", "form"), [
    ("jo.li\\000040example.ph", "jo.li@example.ph"),  # six hex digits: complete without a blank
    ("jo.li\\00002Eexample\\00002eph", "jo.li.example.ph"),
    ("jo.li\\000040 example.ph", "jo.li@example.ph"),  # the blank after, when there, belongs to the escape
    ("jo.li\\40 example.ph", "jo.li@example.ph"),  # fewer digits: ended by a blank
    ("jo.li\\100example.ph", "jo.li@example.ph"),  # octal, not followed by three more hex digits
])
def test_a_css_escape_of_six_hex_digits_needs_no_blank(text, form):
    assert canonical(text)[0] == form


@pytest.mark.parametrize("text", [
    "jo.li\\0000040example.ph",  # seven digits: CSS reads six (U+0004), then `0`
    "jo.li\\0040example.ph",  # four digits without a blank run on into the text
    "C:\\Users\\decade\\notes",  # six hex digits past Unicode's last character stay as written
])
def test_a_css_escape_does_not_read_more_than_six_digits_or_fewer_without_a_blank(text):
    assert "jo.li@example.ph" not in canonical(text)[0]
    assert detector.reason(text) == "" or "@" not in canonical(text)[0]


@pytest.mark.parametrize(("key", "value"), [
    ("zq.li [at]", "example [dot] ph"),
    ("zq.li (at)", "example (dot) ph"),
    ("zq.li {at}", "example {dot} ph"),
    ("zq.li <at>", "example.ph"),
    ("zq.li [@]", "example [.] ph"),
])
def test_an_address_split_between_a_key_ending_in_a_bracketed_at_and_its_value_is_left_out(key, value):
    assert custom_refusal(key, value)


@pytest.mark.parametrize(("key", "value"), [
    ("size [cm]", "42"), ("color (main)", "navy dot print"), ("price {PHP}", "1,299.00"), ("gift <wrap>", "yes"),
    ("fit [at waist]", "regular"),
])
def test_a_key_with_brackets_and_an_ordinary_value_goes_out(key, value):
    assert custom_refusal(key, value) == ""


def test_ethiopic_wordspace_reads_as_the_colon_it_is_drawn_as():
    # (twenty-seventh attack: a Tigrinya self-introduction after a greeting and the wordspace, `ሰላም፡ ሽመይ …`)
    assert canonical("ሰላም፡ ሽመይ")[0] == "ሰላም: ሽመይ"
    assert detector.reason("ሰላም፡ ሽመይ ሳባ ተስፋይቃ እዩ") == "holds a person's name"


@pytest.mark.parametrize("text", ["ሰላም፡ እንኳን ደህና መጡ", "ቡና፡ ኢትዮጵያ ይርጋጨፌ 250 ግ", "ሽመይ፡ ቡና"])
def test_ethiopic_text_with_its_wordspace_keeps_going_out(text):
    assert detector.reason(text) == ""
