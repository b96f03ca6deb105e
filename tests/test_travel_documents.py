"""A line of a passport's or an identity card's machine-readable zone (travel_documents.py; the twenty-eighth attack):
names lines by their layout, data lines by their layout and check digits, wherever the line stands; and a vehicle's
identification number after its word (national_ids.holds_vin). With the near misses that go out: runs of fillers,
codes, text with `<` in it, a VIN whose check fails without its word, one after a code's label. (Closer 82: after its
word a VIN whose check fails is personal too, as Europe's makers write none; alone, one whose check holds.)"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.travel_documents import TRAVEL_DOCUMENT, _checked


def test_the_check_digit_is_icao_s() -> None:
    # (Doc 9303's specimen: L898902C3, 7408122, 1204159)
    assert _checked("L898902C3", "6") and _checked("740812", "2") and _checked("120415", "9")
    assert not _checked("L898902C3", "5")


@pytest.mark.parametrize("text", [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",  # TD3's names line
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",  # TD3's data line, every check holding
    "I<UTOD231458907<<<<<<<<<<<<<<<",  # TD1's first line: the number and its check
    "7408122F1204159UTO<<<<<<<<<<<6",  # TD1's second line: birth, sex, expiry
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",  # TD1's third line
    "passport: P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< thanks",  # inside text
    "q=L898902C36UTO7408122F1204159ZE184226B<<<<<10",
])
def test_a_line_of_the_zone_is_a_travel_document(text: str) -> None:
    assert detector.reason(text) == TRAVEL_DOCUMENT


def test_a_zone_in_a_url_leaves_only_the_origin_or_its_parameter() -> None:
    url = "https://shop.example.com/p/P%3CUTOERIKSSON%3C%3CANNA%3CMARIA" + "%3C" * 19
    assert privacy.clean_url(url) != url


@pytest.mark.parametrize("text", [
    "<<< SALE >>>", "Price <<<<<<<<<<<<<<<<<<<<<<<<<<<<<< 5", "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "A<B<C<D<E<F<G<H<I<J<K<L<M<N<O<", "1234567890<<<<<<<<<<<<<<<<<<<<", "SKU<<<<1234567890123456789012345",
    "ORDER<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "L898902C35UTO7408121F1204158ZE184226B<<<<<10",  # no check holds
    "a <b> tag", "x < y << z", "Size < 42", "ERIKSSON<<ANNA",  # too short for a line
])
def test_text_with_fillers_that_is_no_line_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_value_of_fillers_and_letters_repeated_keeps_its_verdict() -> None:
    detector.forget_remembered()
    assert detector.reason(("AB<" * 1400)[:4096]) == ""


@pytest.mark.parametrize("text", [
    "VIN: 1HGCM82633A004352", "my VIN 1HGCM82633A004352", "vin#1M8GDM9AXKP042788", "VIN is 1HGCM82633A004352",
    "VIN: 1HGCM82634A004352",  # (its check does not hold: a European maker's writes none)
    "Vinyl record 1HGCM82633A004352",  # (no VIN word before it: its check and layout alone)
])
def test_a_vin_with_its_check_digit_after_its_word_is_personal(text: str) -> None:
    assert detector.reason(text) == "holds a vehicle identification number"


@pytest.mark.parametrize("text", [
    "SKU 1HGCM82633A004352",  # a code's label before it
    "Vinyl record 1HGCM82634A004352",  # no VIN word before it, its check does not hold
    "VIN decoder tool", "Vintage 17 inch",
])
def test_text_near_a_vin_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
