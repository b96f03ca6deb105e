"""The first tests the twenty-eighth speed pass put before calls (a rule's cue in C at its call site, one class opening
a pattern) give the verdict the calls they skip would give: each is checked here against what it stands for, written
out in full."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import canonical, detector, handles, personal_keys, postal, privacy
from meta_capi.personal_keys import NAME_TOKENS

# ---- the ASCII trigger for words for "@" and "." ----------------------------------------------------------------
# As it was written before: two branches, a separator's and a dot's, each opening on its own character.
_TWO_BRANCHES = re.compile(f"[^0-9A-Za-z@.](?:{canonical._ASCII_AT}|{canonical._ASCII_DOT})[^0-9A-Za-z@.]"
                           f"|\\.(?:{canonical._ASCII_AT})\\.")
_WORDS = sorted({word.replace("_", joint) for word in [*canonical._AT_LANGUAGES, *canonical._DOT_LANGUAGES]
                 if word.isascii() for joint in ("", " ", "_", "-")})
_SEPARATORS = [" ", ".", "_", "-", "/", "@", ":", "(", ")", "[", "\n", "\t", "+", "|", "x", "9", ""]


@pytest.mark.parametrize("text", [
    "jo at example dot com", "jo.at.example.dot.com", "jo (at) example (dot) com", "jo_at_example_dot_com",
    "jo-at-example-dot-com", "jo@at.example", ".at.", " at ", "at", "mozilla/5.0 (x11; linux x86_64) gecko",
    "https://shop.example.com/products/blue-sneakers?fbclid=iwar2f4", "blue sneakers - demo shop", "cat dotted",
    "x.dot.y", "a.at@b", "@at@", ".at ", " at.", "chat at 5", "kissanhanta", "jo  arroba  example  punto  com",
])
def test_the_ascii_trigger_finds_what_the_two_branches_found(text: str) -> None:
    assert (canonical._SPELLED_TRIGGER_ASCII.search(text) is None) == (_TWO_BRANCHES.search(text) is None)


@settings(max_examples=3000)
@given(st.lists(st.tuples(st.sampled_from(_SEPARATORS), st.sampled_from([*_WORDS, "jo", "example", "com", "a"])),
                max_size=6), st.sampled_from(_SEPARATORS))
def test_the_ascii_trigger_finds_what_the_two_branches_found_in_any_text(parts: list[tuple[str, str]],
                                                                          last: str) -> None:
    text = "".join(separator + word for separator, word in parts) + last
    assert (canonical._SPELLED_TRIGGER_ASCII.search(text) is None) == (_TWO_BRANCHES.search(text) is None)


# ---- the key rules' first tests ----------------------------------------------------------------------------------
def _key_rules_in_full(key: str, value: str) -> bool:
    """privacy._key_refusal's rules for a key the key rule passes, each called as before the pass."""
    return (personal_keys.login_name(key, value) or personal_keys.person_named(key, value)
            or personal_keys.name_part_named(key, value) or len(key) <= 9 and key.lower() in handles.NETWORK_KEYS
            and bool(detector.account_under_network_key(key, value)) or personal_keys.role_named(key, value)
            or privacy._street_under_cut_key(key, value))


_KEYS = ["customer", "client", "sei", "mei", "att", "partner_name", "author_name", "adr", "strt", "Adr1", "size",
         "color", "registered", "label", "username", "login", "paypal", "instagram", "s", "a", "", "kunde", "müşteri"]
_VALUES = ["Jean Dupont", "jean dupont", "Yamada", "Navy Blue", "17 Zandrowel Close", "false", "10", "blue",
           "Blue Sneakers", "josmith85", "@josmith", "Acme GmbH", "Ayesha Siddiqueeqa", "", "Mary Ann Smith Jones"]


@pytest.mark.parametrize("key", _KEYS)
@pytest.mark.parametrize("value", _VALUES)
def test_the_key_rules_give_what_they_gave_called_in_full(key: str, value: str) -> None:
    if detector.key_reason(key):
        pytest.skip("the key rule refuses it first: the rules below are not asked")
    assert bool(privacy._key_refusal(key, value)) == _key_rules_in_full(key, value)


# ---- a URL path's keyed segments and slug sentences -------------------------------------------------------------
_PATH_CHARACTERS = st.sampled_from(list("ab-z09/._%A ") + ["naam", "name", "first_name", "mr", "recipient", "20"])


def _keys_read(path: str) -> bool:
    """Whether _path_reason's first tests let privacy._keyed_segments read `path` (as it reads them)."""
    return (path.count("/") >= 2 or path[:1] != "/") and privacy._ROUTE_PATH.fullmatch(path) is None


@pytest.mark.parametrize(("path", "read"), [
    ("/products/blue-sneakers", False), ("/analytics-with-edgee.html", False), ("/", False), ("/p/42", False),
    ("/form/naam/Ayesha%20Siddiqueeqa", True), ("/form/cnic_number/3520276543213", True), ("form/naam", True),
    ("/c/123456789", True), ("/a/b.html", True),
])
def test_a_paths_keyed_segments_are_read_where_a_key_may_stand(path: str, read: bool) -> None:
    assert _keys_read(path) == read


@settings(max_examples=2000)
@given(st.lists(_PATH_CHARACTERS, max_size=12).map("".join))
def test_a_path_whose_keyed_segments_are_not_read_holds_none(path: str) -> None:
    if not _keys_read(path):
        assert not privacy._keyed_segments(path)


@settings(max_examples=2000)
@given(st.lists(_PATH_CHARACTERS, max_size=12).map(lambda parts: "/" + "".join(parts).lower()))
def test_a_lower_case_slug_the_first_tests_pass_over_holds_no_sentence(path: str) -> None:
    skipped = path.islower() and not ("mr" in path or "ms" in path or "mx" in path or "miss" in path
                                      or privacy._RECIPIENT_OPENING.search(path) is not None)
    if skipped:
        assert not privacy._slug_sentences(path)


# ---- a dash in a title, free text's embedded readings, a track event's name -------------------------------------
def _dashed_in_full(form: str) -> bool:
    """postal.code_cued's dash reading as it was called: a name word or a digit before the first ` - `."""
    dash = form.find(" - ")
    return dash >= 0 and (form[form.rfind(" ", 0, dash) + 1:dash].lower() in NAME_TOKENS
                          or re.search("[0-9]", form[:dash]) is not None)


@pytest.mark.parametrize(("form", "cued"), [
    ("Name - Maricel Bautista", True), ("10 Downing Street - London", True), ("Blue Sneakers - Demo Shop", False),
    ("Running Socks - Size 42", False), ("Checkout - Example Shop", False), ("Nombre - Lucía", True),
])
def test_a_titles_dash_is_read_as_before(form: str, cued: bool) -> None:
    assert _dashed_in_full(form) == cued
    if cued:
        assert postal.code_cued(form, False, NAME_TOKENS)


@pytest.mark.parametrize("text", ["0f6b1a52-1c7e-4f5a-9d8e-2b1f0c9a7e01", "6BB171D5-2284-41EE-9889-91AF03B71DC5"])
def test_a_uuid_holds_nothing_embedded(text: str) -> None:
    assert detector.UUID.fullmatch(text) is not None
    assert privacy.embedded_reason(text) == ""
    assert privacy.free_text(text, "uuid", id_like=True) == text


@pytest.mark.parametrize("text", [
    "0f6b1a52-1c7e-4f5a-9d8e-2b1f0c9a7e01x", "eyJmaXJzdF9uYW1lIjoiSmVhbm5lIn0", "Zmlyc3RfbmFtZT1KZWFubmU",
])
def test_a_token_that_is_no_uuid_is_still_read(text: str) -> None:
    assert privacy.TOKEN_CUE.search(text) is not None
    assert detector.UUID.fullmatch(text) is None


_NAME_CHARACTERS = st.sampled_from(list("aZ09 _-.'!?#*+,;/\""))


@settings(max_examples=2000)
@given(st.lists(_NAME_CHARACTERS, max_size=15).map("".join))
def test_an_event_name_without_embedded_readings_cues_has_none(name: str) -> None:
    if not any(mark in name for mark in "={%\\&:<>([") and len(name) < 16:
        assert privacy.embedded_reason(name) == ""
