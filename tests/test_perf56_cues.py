"""Perf 56: the large patterns an ordinary title searched, spared where they cannot match (verdicts the same by
construction): lower_case_names' cued pair after its small pre-test (_A_LOWER_PAIR) and its reversed name after a
comma; payees', wagers', patient records' and referrals' stems, and named_in_text.reason's party, role, relation,
hand-over and delivery patterns, behind the detector's cue scan's bits; and the bench's titles search none of them."""

from __future__ import annotations

import re
import sys
from typing import Any, List, Set

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import detector, lower_case_names, named_in_text


def _words_of(alternation: str) -> List[str]:
    """An alternation's phrases as a text spells them (a blank for each blank's class), those of letters alone."""
    phrases = (re.sub(r"\[ \\t-?\](?:\{1,3\})?", " ", phrase).replace("\\ ", " ") for phrase in alternation.split("|"))
    return sorted({phrase for phrase in phrases if re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", phrase)})


def _table_words(table: Any) -> List[str]:
    return sorted({word for words in table.values() for word in words.split()})


_NAMES = ["Anna Quendrix", "Idris Vantorre", "orla quenby", "maricel bautista", "Quenby", "Orla", "Edgee", "Page",
          "components", "blue sneakers", "Demo Shop", "dana"]
_CUE_WORDS = sorted({
    *_words_of(named_in_text._PARTIES_AND_PUPILS)[::7], *_table_words(named_in_text._ROLE_WORDS)[::2],
    *_table_words(named_in_text._ROLE_DETERMINERS), *_table_words(named_in_text._OWN_DETERMINERS),
    *_table_words(named_in_text._RELATION_WORDS)[::3], *named_in_text._GERMAN_PARTIES_110[::3],
    *named_in_text._GERMAN_ROLES[::3], *named_in_text._DELIVERY_FORMS_LOWER[::3],
    *_words_of(named_in_text._HAND_OVER_PHRASES)[::3], *_words_of(named_in_text._OPENING_PHRASES)[::5],
    "for", "from", "to", "thanks", "dear", "love", "written by", "Recipient", "Parcel for", "passport of", "Zahlung an",
    "Geschenk von", "payment", "bet", "patient", "referral", "referred by", "invoice", "transfer to"})
_JOINTS = [" ", ", ", " - ", "\n", ": ", "; ", " | ", "  ", "\t", ",", "-"]


@st.composite
def _texts(draw: Any) -> str:
    parts = draw(st.lists(st.sampled_from(_CUE_WORDS + _NAMES), min_size=1, max_size=6))
    cased = [part.capitalize() if draw(st.booleans()) and draw(st.booleans()) else part for part in parts]
    return cased[0] + "".join(draw(st.sampled_from(_JOINTS)) + part for part in cased[1:])


def _held(form: str) -> int:
    """The detector's cue scan's bits of `form` for named_in_text.SCANNED."""
    return detector._CUE_SCAN.bits(form.lower(), form.isascii()) >> detector._NAMED_IN_TEXT_CUES


@settings(max_examples=600, deadline=None)
@given(_texts())
def test_every_cued_lower_name_holds_the_lower_pair_and_a_reversed_one_a_comma(form: str) -> None:
    if lower_case_names._CUED_LOWER_NAME.search(form) is not None:
        assert lower_case_names._A_LOWER_PAIR.search(form) is not None
    if lower_case_names._CUED_REVERSED_NAME.search(form) is not None:
        assert "," in form


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefor ,\t-:Tx", max_size=40))
def test_any_text_s_cued_lower_name_holds_the_lower_pair(form: str) -> None:
    if lower_case_names._CUED_LOWER_NAME.search(form) is not None:
        assert lower_case_names._A_LOWER_PAIR.search(form) is not None


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_titled_and_cued_alone_read_as_without_their_pre_tests(form: str) -> None:
    titled, alone = lower_case_names.titled(form), lower_case_names.cued_alone(form)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lower_case_names, "_A_LOWER_PAIR", re.compile(""))
        assert (lower_case_names.titled(form), lower_case_names.cued_alone(form)) == (titled, alone)


@settings(max_examples=600, deadline=None)
@given(_texts())
def test_named_in_text_reads_as_without_the_scans_bits(form: str) -> None:
    assert named_in_text.reason(form, _held(form)) == named_in_text.reason(form)


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_a_clear_bit_leaves_nothing_the_spared_patterns_find(form: str) -> None:
    held = _held(form)
    text = named_in_text
    spared = {text._PARTY_BIT: [text._PARTY_IN_TEXT], text._ROLE_BEFORE_NAME_BIT: [text._ROLE_BEFORE_NAME],
              text._OWN_RELATION_BIT: [text._OWN_RELATION_NAMED], text._HAND_OVER_BIT: [text._HAND_OVER_CUES],
              text._DELIVERY_BIT: [text._DELIVERY_CUE],
              text._GERMAN_PARTY_BIT: [text._GERMAN_PARTY, text._GERMAN_ROLE, text._GERMAN_PARTY_OPENING,
                                       text._GERMAN_ROLE_OPENING]}
    for bit, patterns in spared.items():
        if not held & bit:
            assert all(pattern.search(form) is None for pattern in patterns)


@pytest.mark.parametrize("word", named_in_text._GERMAN_PARTIES_110 + named_in_text._GERMAN_ROLES)
def test_the_german_party_cue_finds_every_german_party_s_and_role_s_word(word: str) -> None:
    assert named_in_text._GERMAN_PARTY_CUE.search(word) is not None


@pytest.mark.parametrize("cue", [detector._PAYEE_CUE, detector._WAGER_CUE, detector._PATIENT_RECORD_CUE,
                                 detector._REFERRAL_CUE])
def test_the_stems_spared_are_scanned(cue: re.Pattern[str]) -> None:
    assert cue in detector._JUDGED_CUES


def _searched(text: str) -> Set[int]:
    found: Set[int] = set()

    def profiled(frame: Any, kind: str, argument: Any) -> None:
        owner = getattr(argument, "__self__", None)
        if kind == "c_call" and isinstance(owner, re.Pattern):
            found.add(id(owner))

    detector.forget_remembered()
    sys.setprofile(profiled)
    try:
        detector.reason(text)
    finally:
        sys.setprofile(None)
    return found


@pytest.mark.parametrize("title", ["Blue Sneakers - Demo Shop", "Page with Edgee components"])
def test_the_bench_titles_search_none_of_the_spared_patterns(title: str) -> None:
    assert detector.reason(title) == ""
    spared = [lower_case_names._CUED_LOWER_NAME, lower_case_names._CUED_REVERSED_NAME, detector._PAYEE_CUE,
              detector._PATIENT_RECORD_CUE, detector._REFERRAL_CUE, named_in_text._PARTY_IN_TEXT,
              named_in_text._GERMAN_PARTY, named_in_text._GERMAN_ROLE, named_in_text._GERMAN_PARTY_OPENING,
              named_in_text._GERMAN_ROLE_OPENING, named_in_text._ROLE_BEFORE_NAME, named_in_text._OWN_RELATION_NAMED,
              named_in_text._HAND_OVER_CUES, named_in_text._DELIVERY_CUE]
    searched = _searched(title)
    assert [pattern.pattern[:40] for pattern in spared if id(pattern) in searched] == []
