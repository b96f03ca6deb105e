"""Perf 55: a look-up of a label's last four letters before labelled_values reads the words before a separator
(_LABEL_ENDINGS, derived from the tables _kind_of_joined reads): false only where no label is found there, and the
bench's page title (`Blue Sneakers - Demo Shop`) reads no label's words; national_ids' loops judge as before."""

from __future__ import annotations

from typing import Any, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import labelled_values, national_ids


class _Everything:
    """A set holding every ending: labelled_values without its look-up (the oracle)."""

    def __contains__(self, _: Any) -> bool:
        return True


def _unlooked_reason(form: str) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(labelled_values, "_LABEL_ENDINGS", _Everything())
        return labelled_values.reason(form)


def _every(words: Any, step: int = 1) -> list:
    return sorted(words)[::step]


# A label's parts from every table _kind_of_joined reads (a share of the large ones), and ordinary words.
_LABEL_PARTS = sorted({
    *_every(labelled_values._KIND_BY_JOINED, 2), *_every(labelled_values._HOLDER_FORMS, 15),
    *labelled_values.ID_WORDS, *labelled_values.LEADING_ID_WORDS, *_every(labelled_values._DOCUMENTS, 80),
    *labelled_values._ID_OR_NUMBER_WORDS, *labelled_values._LEADING_NUMBER_WORDS, *labelled_values._NUMBER_SIGNS,
    *labelled_values._ACCOUNT_NOUNS, *_every(labelled_values._ACCOUNT_OWNERS, 3), *labelled_values._OF_BEFORE_OWNER,
    *_every(labelled_values._PROGRAMMES, 4), *labelled_values._SHOPPERS, *labelled_values._OF_WORDS,
    "kundenkennwort", "wachtwoord", "passord", "sneakers", "blue", "your", "customer", "en", "n", "di", "ers"})
_JOINTS = ["", "", " ", "_", "-", "'", ". ", "\n"]
_SEPARATORS = [":", ": ", " - ", "=", " # ", "# ", " :", ".: "]
_VALUES = ["QZH481726390", "female", "@jo88", "Mrs", "x8Jq9a7Lm2Qw", "LS6 2QB", "Demo Shop", "38", "she/her",
           "unisex", "jo88", "PT-481726"]


@st.composite
def _labelled_texts(draw: Any) -> str:
    parts = draw(st.lists(st.sampled_from(_LABEL_PARTS), min_size=1, max_size=4))
    label = parts[0] + "".join(draw(st.sampled_from(_JOINTS)) + part for part in parts[1:])
    return draw(st.sampled_from(["", "Your ", "Blue Sneakers "])) + label + draw(st.sampled_from(["", "2", " 1"])) + (
        draw(st.sampled_from(_SEPARATORS)) + draw(st.sampled_from(_VALUES)))


@settings(max_examples=2500, deadline=None)
@given(form=_labelled_texts())
def test_a_labelled_value_reads_as_without_the_look_up(form):
    assert labelled_values.reason(form) == _unlooked_reason(form)


@settings(max_examples=3000, deadline=None)
@given(form=st.text(alphabet="abcdeinoprstu _-:=#.2 QZ48", max_size=30))
def test_any_text_reads_as_without_the_look_up(form):
    assert labelled_values.reason(form) == _unlooked_reason(form)


def _ascii_labels() -> Iterator[str]:
    """Every label whose words, joined, _kind_of_joined reads from its own tables (its pairs by a share of their
    holders), in four ASCII letters or more."""
    yield from labelled_values._KIND_BY_JOINED
    yield from labelled_values._DOCUMENTS
    yield from labelled_values._PROGRAMMES
    yield from labelled_values._SHOPPERS
    for holder in _every(labelled_values._HOLDER_FORMS, 7):
        yield from (holder + word for word in labelled_values.ID_WORDS)
        yield from (word + holder for word in labelled_values.LEADING_ID_WORDS)
        yield from (sign + of + holder for sign in labelled_values._NUMBER_SIGNS
                    for of in labelled_values._OF_BEFORE_HOLDER)
    for noun in labelled_values._ACCOUNT_NOUNS:
        for owner in labelled_values._ACCOUNT_OWNERS:
            yield owner + noun
            yield from (noun + of + owner for of in labelled_values._OF_BEFORE_OWNER)


def test_every_label_read_ends_in_a_looked_up_ending():
    labels = {label for label in _ascii_labels() if len(label) >= 4 and label.isascii() and label.isalpha()}
    read = [label for label in sorted(labels) if labelled_values._kind_of_joined(label) is not None or (
        label in labelled_values._SHOPPERS or label in labelled_values._PROGRAMMES
        or label in labelled_values._HOLDER_FORMS)]
    assert len(read) > 1000
    assert [label for label in read if label[-4:] not in labelled_values._LABEL_ENDINGS] == []


@pytest.mark.parametrize("form", ["Blue Sneakers - Demo Shop", "Running Socks - Demo Shop", "Trail Runner: 42 colours"])
def test_a_shops_title_reads_no_labels_words(form, monkeypatch):
    monkeypatch.setattr(labelled_values, "_labelled", lambda *_: pytest.fail("_labelled called"))
    assert labelled_values.reason(form) == ""


@pytest.mark.parametrize(("form", "found"), [
    ("Password - x8Jq9a7Lm2Qw", labelled_values.SECRET), ("Member ID: QZH481726390", labelled_values.PERSON_ID),
    ("Kundenkennwort: x8Jq9a7Lm2Qw", labelled_values.SECRET), ("Mitgliedsnummer: QZH481726390",
                                                               labelled_values.PERSON_ID),
    ("Kundenkonto: QZH481726390", labelled_values.PERSON_ID), ("Age of buyer: 38", labelled_values.AGE),
    ("Reisepassnummer: C01X00T47", labelled_values.PERSON_ID)])
def test_a_label_still_reads_its_value(form, found):
    assert labelled_values.reason(form) == found


@pytest.mark.parametrize(("check", "form", "holds"), [
    (national_ids.owned_nino, "my account: jw739154b", True), (national_ids.owned_nino, "my account: jw739154", False),
    (national_ids.named_nino, "NI number for affordability check: JW 73 91 54 B", True),
    (national_ids.named_nino, "NI number: JW 73 91 54", False),
    (national_ids.owned_nino, "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB", False),
    (national_ids.named_nino, "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB", False),
    (national_ids.holds_split_vin, "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB", False)])
def test_national_ids_loops_judge_as_before(check, form, holds):
    assert check(form) is holds
