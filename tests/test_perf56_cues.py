"""Perf 56: the large patterns an ordinary title searched, spared where they cannot match (verdicts the same by
construction): lower_case_names' cued pair after its small pre-test (_A_LOWER_PAIR) and its reversed name after a
comma, named_in_text's German party and role patterns after the mark their lookbehind needs; and the bench's titles
search none of them."""

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


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_the_german_patterns_find_nothing_without_their_marks(form: str) -> None:
    if not any(mark in form for mark in "\n;|,-"):
        assert named_in_text._GERMAN_PARTY.search(form) is None and named_in_text._GERMAN_ROLE.search(form) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="GastKundeInhaber. ,;|-\n\tAnaQuendrix", max_size=40))
def test_any_text_s_german_party_follows_a_mark(form: str) -> None:
    if named_in_text._GERMAN_PARTY.search(form) is not None or named_in_text._GERMAN_ROLE.search(form) is not None:
        assert any(mark in form for mark in "\n;|,-")


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
    spared = [lower_case_names._CUED_LOWER_NAME, lower_case_names._CUED_REVERSED_NAME, named_in_text._GERMAN_PARTY,
              named_in_text._GERMAN_ROLE]
    searched = _searched(title)
    assert [pattern.pattern[:40] for pattern in spared if id(pattern) in searched] == []
