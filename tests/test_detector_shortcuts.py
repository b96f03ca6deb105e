"""Shortcuts in the detector's value rules give the verdict the rules they skip would give: each is checked here
against the rule written out in full."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import canonical as canonical_module
from meta_capi import detector, named_in_text, privacy, self_introductions
from meta_capi.canonical import decode, text_codec


def _bytes_reason_in_full(raw: bytes, email: str, other: str) -> str:
    """detector._bytes_reason without its control-byte shortcut: decoded, then tested for printable text."""
    try:
        text = raw.decode(text_codec(raw) if len(raw) >= 4 and (not raw[0] or not raw[1]) else "utf-8")
    except UnicodeDecodeError:
        return ""
    if not text.replace("\n", "").replace("\r", "").replace("\t", "").isprintable():
        return ""
    found = detector.reason(text, id_like=True, other_readings=False)
    if found in (detector.EMAIL, detector.EMAIL_BASE64, detector.EMAIL_BASE32, detector.EMAIL_BASE85):
        return email
    return other if found and sum(48 <= byte <= 57 for byte in raw) >= 7 else ""


TEXTS = st.sampled_from(["jo@example.com", "+1 650 555 0173", "Blue Sneakers", "81.2.69.160", "tel 0612345678"])
DECODED_BYTES = st.one_of(
    st.binary(max_size=40),
    st.builds(lambda text, codec, extra: text.encode(codec) + extra, TEXTS,
              st.sampled_from(["utf-8", "utf-16-le", "utf-16-be"]),
              st.sampled_from([b"", b"\x00", b"\x07", b"\x7f", b"\t\n", b"\xc3\xa9", b"\xff", b"\x1b[0m"])),
)


@settings(max_examples=3000)
@given(raw=DECODED_BYTES)
def test_decoded_bytes_with_a_control_byte_are_judged_as_the_full_rule_judges_them(raw):
    assert detector._bytes_reason(raw, "email", "other") == _bytes_reason_in_full(raw, "email", "other")


def _reason_in_full(text: str, id_like: bool, segments: bool) -> str:
    """detector.reason with its digit shortcut off: the number, date and id document rules run on every text."""
    shortcut = detector._ASCII_DIGIT
    detector._ASCII_DIGIT = re.compile("")  # matches everywhere: no text skips the rules
    try:
        return detector.reason(text, id_like, segments)
    finally:
        detector._ASCII_DIGIT = shortcut


# Words the skipped rules are cued by (birth labels, id documents, hex and vanity shapes), and letters and marks.
# (with a few digits and Chinese numerals: the shortcut must not be taken for them)
CUED = ["born", "DOB", "d.o.b", "Geburtsdatum", "passport", "Passport No", "RFC", "fc", "as", "0x", "+1", "(", "tel",
        "Ox", "lO", "IIl", "一三九一二三四", "date of birth", "sinh", "Ngày", ":", "-", ".", "@", "%40", "\n",
        "1988-07-14", "X12345678", "(650) SIG-RUNJ", "0612345678", "81.2.69.160", "0x510245a0"]
MOSTLY_DIGIT_FREE = st.lists(st.one_of(st.sampled_from(CUED), st.from_regex(r"[A-Za-z .:/()+#=_-]{1,12}",
                                                                             fullmatch=True)),
                             min_size=1, max_size=6).map(" ".join)


@settings(max_examples=3000)
@given(text=MOSTLY_DIGIT_FREE, id_like=st.booleans(), segments=st.booleans())
def test_ascii_text_without_a_digit_skips_the_number_rules_and_gets_their_verdict(text, id_like, segments):
    assert detector.reason(text, id_like, segments) == _reason_in_full(text, id_like, segments)


# Tokens as click ids and ids are (random base64url, hex pieces whose judgment takes the mode, base64 of an address
# or a number), judged in one mode right after the other: the second verdict is the one a fresh judgment gives.
TOKENS = st.one_of(
    st.from_regex(r"[A-Za-z0-9_-]{11,60}", fullmatch=True),
    st.sampled_from(["IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB", "am9AZXhhbXBsZS5jb20", "KzE2NTA1NTUwMTcz",
                     "p2ANqtz-am9AZXhhbXBsZS5jb20", "2b3136353035353530313733", "x-4a6f406578616d706c652e636f6d-y",
                     "MFRGGZDFMZTWQ2LKNNWG23Q", "3136353035353530313733", "49442031323334353637385a"]),
)


@settings(max_examples=1000)
@given(token=TOKENS, first=st.booleans(), second=st.booleans(), segments=st.booleans())
def test_a_value_judged_again_in_another_mode_gets_a_fresh_judgments_verdict(token, first, second, segments):
    detector.reason(token, first, segments)
    again = detector.reason(token, second, segments)
    detector.forget_remembered()  # what the first judgment left behind, forgotten
    assert again == detector.reason(token, second, segments)


@settings(max_examples=2000)
@given(text=st.from_regex(r"[0-9a-z_-]{0,30}", fullmatch=True) | st.builds(
    "".join, st.lists(st.sampled_from(["81", "2", "69", "160", "-", "_", "a", "255", "0", "."]), max_size=12)))
def test_four_numbers_joined_by_one_separator_need_it_three_times(text):
    # _separated_ipv4 skips its pattern on fewer than three `-` and three `_`: the pattern cannot match there
    if text.count("-") < 3 and text.count("_") < 3:
        assert detector._SEPARATED_IPV4.search(text) is None
    assert detector._separated_ipv4(text, anywhere=True) == any(
        all(int(part) <= 255 for part in match.group().replace("_", "-").split("-"))
        for match in detector._SEPARATED_IPV4.finditer(text))


def _decoded_in_full(text: str) -> tuple:
    shortcut = canonical_module.as_is
    canonical_module.as_is = lambda text: False  # every text through the rounds of decoding
    try:
        return canonical_module.decode(text)
    finally:
        canonical_module.as_is = shortcut


# Queries and text around `&`: entity names whole, cut, followed by letters, digits or `;`, numeric references.
AMPERSAND_TEXT = st.lists(st.one_of(
    st.sampled_from(["&", "&amp", "&commat", "&NewLine", "&NewLineX", "&ampx", "&amp1", "&#64;", "&#x40", "&#", "&am",
                     "&lt;", "&Tab", "&tab", "&period", "&utm_source=news", "&variant=42", "=", ";", "jo", "example",
                     ".com", " ", "at", "dot", "(", ")", "[", "]", "<", "/", "?", "https://shop.example.com/p"]),
    st.from_regex(r"[A-Za-z0-9&#;=._-]{1,12}", fullmatch=True)), max_size=10).map("".join)


@settings(max_examples=3000)
@given(text=AMPERSAND_TEXT)
def test_a_text_as_is_takes_no_decoding_and_its_full_decoding_leaves_it_as_it_is(text):
    if canonical_module.as_is(text):
        assert canonical_module.decode(text) == (text, True, False) == _decoded_in_full(text)
    else:
        assert canonical_module.decode(text) == _decoded_in_full(text)


@pytest.mark.parametrize("text", ["https://shop.example.com/p?utm_source=news&utm_medium=email&utm_campaign=x",
                                  "variant=42&size=9", "a&ampx", "&NewLineX"])
def test_an_ampersand_before_no_entity_name_keeps_a_text_as_is(text):
    assert canonical_module.as_is(text) is True


QUERIES = st.lists(st.one_of(
    st.sampled_from(["&", ";", "&#64;", "&#x40", "&amp;", "&commat;", "&lt", "#", "=", "utm_source=news", "q=1",
                     "fbclid=IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB", "jo", "&&", "%26", "&#", "&ab;"]),
    st.from_regex(r"[A-Za-z0-9&#;=%._-]{1,10}", fullmatch=True)), max_size=12).map("".join)


@settings(max_examples=3000)
@given(query=QUERIES)
def test_a_query_is_cut_into_the_pairs_the_full_pattern_finds(query):
    assert privacy._parameters(query) == privacy._PARAMETER.findall(query)


def test_forgetting_what_the_detector_remembers_leaves_it_as_a_fresh_instance_has_it():
    detector.reason("IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB", True)
    detector.click_id_reason("IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB")
    detector.forget_remembered()
    assert (detector._last_click_id, detector._nothing_encoded) == (["", ""], [""])


@settings(max_examples=500)
@given(uuid=st.from_regex(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}", fullmatch=True),
       id_like=st.booleans(), segments=st.booleans())
def test_a_uuid_judged_before_decoding_is_its_own_canonical_form_and_goes_out(uuid, id_like, segments):
    assert decode(uuid) == (uuid, True, False)  # (the shortcut skips decoding: the full rules would read this form)
    assert detector.reason(uuid, id_like, segments) == ""


# A user agent's field opening with an introduction's first word as it read before its words were indexed by their
# first character (self_introductions.FIELD_OPENED): every word tried after every field's opening mark and blanks.
_ANY_OPENING_WORD = re.compile("[;(][ \t]*(?:" + "|".join(map(re.escape, self_introductions._OPENING_WORDS)) + ")")


def _opens_with_any_word(form: str) -> bool:
    return _ANY_OPENING_WORD.search(form) is not None


_BY_THE_INDEX = re.compile(self_introductions.FIELD_OPENED)


def _opens_by_the_index(form: str) -> bool:
    return _BY_THE_INDEX.search(form) is not None


@pytest.mark.parametrize("word", self_introductions._OPENING_WORDS)
def test_a_user_agent_field_opening_with_any_introduction_word_is_found_through_the_index(word):
    for form in (f"Mozilla/5.0 (Linux; {word}Tomasz)", f"Mozilla/5.0 ({word}x)", f"X;{word}"):
        assert _opens_by_the_index(form) is _opens_with_any_word(form) is True


@settings(max_examples=1000)
@given(pieces=st.lists(st.sampled_from([*"();\t  aeiouMmJjSsCcEeNn’'", *self_introductions._OPENING_WORDS])))
def test_the_indexed_opening_words_give_the_full_tuple_verdict(pieces):
    form = "".join(pieces)
    assert _opens_by_the_index(form) is _opens_with_any_word(form)
    # (the detector's one scan for a plain user agent: a field's introduction or a title's letters, as two scans read)
    assert (detector._UA_INTRODUCED_CUE.search(form) is not None) is (
        _opens_with_any_word(form) or re.search(named_in_text.TITLE_LETTERS, form) is not None)


def _honored_by_substrings(form: str) -> bool:
    """named_in_text.honored as it read before its cue was one pattern: a substring scan for each title."""
    return (("M" in form and ("Mr" in form or "Ms" in form or "Mx" in form or "Miss" in form or "Mme" in form
                              or "Mlle" in form) or "S" in form and ("Sra" in form or "Shri" in form or "Smt" in form)
             or "Janab" in form
             or "Ratu " in form or "Adi " in form or "Tui " in form or "Fon " in form or "Ishe " in form) and (
        named_in_text._HONORED.search(form) is not None))


HONORED_PIECES = ["Mr", "Ms", "Mx", "Miss", "Mme", "Mlle", "Sra", "Shri", "Smt", "Janab", "Ratu", "Adi", "Tui", "Fon",
                  "Ishe", "M", "S", ".", " ", " ", "Kavanagh", "Aoife", "Ravi", "Teja", "of", "Mozilla/5.0", "\n"]


@settings(max_examples=1000)
@given(pieces=st.lists(st.sampled_from(HONORED_PIECES)))
def test_the_honorifics_cue_in_one_pattern_gives_the_substring_scans_verdict(pieces):
    form = "".join(pieces)
    assert named_in_text.honored(form) is _honored_by_substrings(form)


@pytest.mark.parametrize("form", ["Wish list of Mrs Aoife Kavanagh", "Smt Lakshmi Devi", "Ratu Epeli Nailatikau",
                                  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Safari"])
def test_ordinary_and_honored_texts_get_the_same_verdict_through_the_cue(form):
    assert named_in_text.honored(form) is _honored_by_substrings(form)
