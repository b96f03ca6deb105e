"""Perf 54: look-ups before a stand-in reading of a short digit run (canonical.READING_MAY_DIFFER, asked by the
detector's _short_run_read), before ledgers' rules (ledgers.ADDRESS_CUE, asked by may_hold_address), before
canonical.text_codec (UTF-16's zeros in the first four bytes) and before _card_or_ipv6_reason without a colon (a
calendar's `CN=`, a host name's dashed IPv6 address): each is false only where the call it spares finds nothing, and
the bench's click id and paths read none of them."""

from __future__ import annotations

from binascii import a2b_base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import canonical, detector, ledgers
from meta_capi.canonical import text_codec
from test_closer51_ledgers import ADDRESS, BECH32, LEGACY
from test_closer86_secrets_and_wallets import NOT_WALLETS, WALLETS
from test_closer184_wallets import ADDRESSES, NAMES, NOT_ADDRESSES, NOT_NAMES

CLICK_ID = "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB"

_RUN_PIECES = ["0", "1", "7", "42", "O", "o", "l", "I", "P", "a", "x", "é", "\u0663", "_", "+", " ", "  ", "-", ".",
               "/", "(", ")", "\n", "\t", "4lll", "llll", "OO", "lI"]


def _reading_read_before(form: str, id_like: bool) -> str:
    """_short_run_read as it was before its look-up (the read it spares)."""
    if detector._STAND_IN_GLUED.search(form) is None:
        return ""
    reading = canonical.digits_for_letters(form)
    return detector._digit_reason(reading, id_like, False, letters_for_digits=False) if reading != form else ""


@settings(max_examples=6000, deadline=None)
@given(pieces=st.lists(st.sampled_from(_RUN_PIECES), min_size=1, max_size=14))
def test_a_reading_differs_only_where_its_look_up_finds_two_digits(pieces):
    form = "".join(pieces)
    if canonical.READING_MAY_DIFFER.search(form) is None:
        assert canonical.digits_for_letters(form) == form


@settings(max_examples=3000, deadline=None)
@given(pieces=st.lists(st.sampled_from(_RUN_PIECES), min_size=1, max_size=14), id_like=st.booleans())
def test_a_short_runs_reading_judges_as_without_the_look_up(pieces, id_like):
    form = "".join(pieces)
    assert detector._short_run_read(form, id_like, False) == _reading_read_before(form, id_like)


@pytest.mark.parametrize("form", ["O77OO 9OO123", "4lll llll llll llll", "+l 650 253 0000", "tel O7700 9OO173",
                                  "l7 7", "0l7", "x 1O1"])
def test_a_reading_that_differs_passes_its_look_up(form):
    assert canonical.digits_for_letters(form) != form
    assert canonical.READING_MAY_DIFFER.search(form) is not None


def test_the_benchs_click_id_pays_no_stand_in_reading():
    assert detector._STAND_IN_GLUED.search(CLICK_ID) is not None  # (its `0l7`)
    assert canonical.READING_MAY_DIFFER.search(CLICK_ID) is None


# Every ledger rule's value of the closers' tests, and pieces to join them with ordinary text.
_LEDGER_VALUES = [ADDRESS, BECH32, LEGACY, *WALLETS, *NOT_WALLETS, *ADDRESSES, *NOT_ADDRESSES, *NAMES, *NOT_NAMES]
_LEDGER_PIECES = [*(value[:length] for value in _LEDGER_VALUES for length in (4, 12)),
                  *(value[-length:] for value in _LEDGER_VALUES for length in (9, 30)),
                  *_LEDGER_VALUES, " ", "-", "T", "0x", "wallet ", "BTC ", "sol ", CLICK_ID, "Blue Sneakers"]


@pytest.mark.parametrize("value", _LEDGER_VALUES)
def test_a_ledger_rules_value_holds_its_cue(value):
    if value.isascii() and ledgers.reason(value):
        assert ledgers.ADDRESS_CUE.search(value) is not None


@settings(max_examples=4000, deadline=None)
@given(pieces=st.lists(st.sampled_from(_LEDGER_PIECES), min_size=1, max_size=5))
def test_ledgers_find_nothing_where_their_cue_is_absent(pieces):
    form = "".join(pieces)
    if form.isascii() and ledgers.ADDRESS_CUE.search(form) is None:
        assert ledgers.reason(form) == ""


def test_the_benchs_click_id_reads_nothing_of_ledgers():
    assert ledgers._LONG_RUN.search(CLICK_ID) is not None  # (its run of 31 after the dash)
    assert not ledgers.may_hold_address(CLICK_ID)


@settings(max_examples=4000, deadline=None)
@given(raw=st.binary(min_size=4, max_size=12).map(lambda raw: bytes(byte if byte % 3 else 0 for byte in raw)))
def test_utf16_is_read_only_where_the_first_four_bytes_hold_its_zeros(raw):
    if not (raw[0] == raw[2] == 0 or raw[1] == raw[3] == 0):
        assert text_codec(raw) == "utf-8"


def test_the_benchs_click_id_decodes_without_a_codec_look_up():
    raw = a2b_base64("IwAR2F4+dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB" + "=")
    assert raw[1] == 0 and raw[3] != 0 and raw[0] != 0  # (`#\0`: one zero, no UTF-16)


_HOST_PIECES = ["2001", "db8", "0", "1", "ff", "fe80", "-", "--", ".", ".com", ".ipv6-literal.net", "a", "host",
                "CN=", "cn=", ";", " ", "example", "/", "\n", "x"]


@settings(max_examples=4000, deadline=None)
@given(pieces=st.lists(st.sampled_from(_HOST_PIECES), min_size=1, max_size=14))
def test_without_a_colon_a_card_or_ipv6_needs_what_is_looked_up(pieces):
    form = "".join(pieces)
    if ":" not in form and "CN=" not in form and "cn=" not in form and detector._HEX_DASH_RUN.search(form) is None:
        assert detector._card_or_ipv6_reason(form) == ""


@pytest.mark.parametrize("form", ["2001-db8-85a3-0-0-8a2e-370-7334.ipv6-literal.net", "fe80--1.example.com"])
def test_a_dashed_ipv6_host_passes_the_look_up(form):
    assert detector._HEX_DASH_RUN.search(form) is not None
    assert detector._card_or_ipv6_reason(form) == detector.IP_ADDRESS


@pytest.mark.parametrize("path", ["\nanalytics-with-edgee.html", "\nanalytics-with-js.html"])
def test_the_recorded_pages_paths_find_no_dashed_ipv6(path):
    assert detector._HEX_DASH_RUN.search(path) is None
