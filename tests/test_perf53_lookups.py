"""Perf 53: look-ups before the slices of labelled_values' holder's id pair and document's label (their words' last or
first two letters) and before chain_checksums (its CUE, searched by ledgers): each is false only where the search it
spares finds nothing, and the bench's page title and click id read none of it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import chain_checksums, labelled_values, ledgers

_LABEL_PIECES = sorted({*labelled_values.ID_WORDS, *labelled_values.LEADING_ID_WORDS,
                        *sorted(labelled_values._HOLDER_FORMS)[::20], *sorted(labelled_values._DOCUMENTS)[::10],
                        *list(labelled_values._ID_OR_NUMBER_WORDS), *list(labelled_values._LEADING_NUMBER_WORDS),
                        "sneakers", "blue", "en", "di", "s", "n", "i", "d", "o", "r", "番号", "é"})


def _holder_id_pair_unlooked(joined: str) -> bool:
    """_holder_id_pair's slices without the look-ups (the search they spare)."""
    size = len(joined)
    return any(size > length and (
        joined[:size - length] in labelled_values.ACCOUNT_HOLDERS and joined[size - length:] in labelled_values.ID_WORDS
        or joined[:size - length] in labelled_values._HOLDER_FORMS and joined[size - length:] in (
            labelled_values._ID_WORD_FORMS)) for length in labelled_values._PAIR_ID_LENGTHS) or any(
        size > length and joined[length:] in labelled_values._HOLDER_FORMS and (
            joined[:length] in labelled_values.LEADING_ID_WORDS
            or joined[:length] in labelled_values._LEADING_ID_WORD_FORMS)
        for length in labelled_values._PAIR_LEADING_LENGTHS)


def _document_parts_unlooked(joined: str) -> bool:
    """_names_a_document's slices past its set look-up, without the look-ups."""
    documents = labelled_values._DOCUMENTS
    return any(len(joined) > length and joined[-length:] in labelled_values._ID_OR_NUMBER_WORDS and (
        joined[:-length] in documents or joined[:-length][-2:] == "en" and joined[:-length - 1] in documents)
        for length in labelled_values._ID_OR_NUMBER_LENGTHS) or any(
        len(joined) > length and joined[:length] in labelled_values._LEADING_NUMBER_WORDS and (
            joined[length:] in documents or joined[length:length + 2] == "di" and joined[length + 2:] in documents)
        for length in labelled_values._LEADING_NUMBER_LENGTHS)


@settings(max_examples=4000, deadline=None)
@given(pieces=st.lists(st.sampled_from(_LABEL_PIECES), min_size=1, max_size=3))
def test_a_labels_parts_read_as_without_the_look_ups(pieces):
    joined = "".join(pieces)
    assert labelled_values._holder_id_pair(joined) == _holder_id_pair_unlooked(joined)
    assert labelled_values._names_a_document(joined) == (
        joined in labelled_values._DOCUMENTS or _document_parts_unlooked(joined))


def test_every_id_and_number_word_passes_its_look_up():
    for words, looked_up in ((labelled_values.ID_WORDS | labelled_values._ID_WORD_FORMS, labelled_values._PAIR_ID_ENDS),
                             (labelled_values._ID_OR_NUMBER_WORDS, labelled_values._ID_OR_NUMBER_LAST)):
        assert all(word[-2:] in looked_up for word in words)
    for words, looked_up in ((labelled_values.LEADING_ID_WORDS | labelled_values._LEADING_ID_WORD_FORMS,
                              labelled_values._PAIR_LEADING_OPENINGS),
                             (labelled_values._LEADING_NUMBER_WORDS, labelled_values._LEADING_NUMBER_FIRST)):
        assert all(word[:2] in looked_up for word in words)


_ADDRESS_PIECES = ["tz1", "KT1", "UQ", "EQ", "kQ", "0Q", "bitcoincash:", "q", "p", "G", "S", "M", "-", "_", "+", "/",
                   "=", " ", "1", "5", "A" * 20, "b" * 17, "2" * 10, "z" * 33, "QRSTUVWXYZ234567", "ABCDEFGHJK",
                   "qpzry9x8gf2tvdw0s3jn54khce6mua7l", "\u212a", "İ", "é"]


def _an_address_pattern_matches(form: str) -> bool:
    """Whether one of chain_checksums' patterns finds an address's shape in `form` (its checksums aside)."""
    return any(pattern.search(form) is not None for pattern in (
        chain_checksums._SS58, chain_checksums._STELLAR, chain_checksums._TON, chain_checksums._TEZOS)) or (
        chain_checksums._CASHADDR.search(form.lower()) is not None)


@settings(max_examples=4000, deadline=None)
@given(pieces=st.lists(st.sampled_from(_ADDRESS_PIECES), min_size=1, max_size=12))
def test_an_address_shape_holds_the_cue(pieces):
    form = "".join(pieces)
    if _an_address_pattern_matches(form):
        assert chain_checksums.CUE.search(form) is not None or chain_checksums.CUE.search(form.lower()) is not None


@pytest.mark.parametrize("address", [
    "tz1VSUr8wwNhLAzempoch5d6hLRiTh8Cjcjb", "UQBvW8Z5huBkMJYdnfAEM5JqTNkuWX3diqYENkWsIL0XggGG",
    "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"])
def test_an_address_still_reaches_chain_checksums(address):
    assert chain_checksums.CUE.search(address) is not None


@pytest.mark.parametrize("value", [
    "https://www.acme.com/products/trail-runner-3?fbclid=IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB",
    "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB"])
def test_the_benchs_click_id_reads_nothing_of_chain_checksums(value, monkeypatch):
    monkeypatch.setattr(chain_checksums, "holds_address", lambda *_: pytest.fail("holds_address called"))
    assert ledgers._checksummed_address(value, value.lower()) is False


@pytest.mark.parametrize("joined", ["sneakers", "bluesneakers"])
def test_a_shops_title_words_pass_no_look_up(joined):
    assert joined[-2:] not in labelled_values._PAIR_ID_ENDS and joined[-1:] not in labelled_values._PAIR_ID_ENDS
    assert joined[:2] not in labelled_values._PAIR_LEADING_OPENINGS
    assert joined[-2:] not in labelled_values._ID_OR_NUMBER_LAST
    assert joined[:2] not in labelled_values._LEADING_NUMBER_FIRST
