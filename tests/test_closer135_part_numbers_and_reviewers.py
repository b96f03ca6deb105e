"""Closer 135 (sixty-sixth attack's drops and its reviewers).

Ordinary values the gate refused (false positives):
- A maker's part number after its name (part_numbers.MAKER_PART_NUMBER, part_numbers.maker_part_number): BMW's and
  MINI's eleven digits in groups 2-2-1-3-3 or unbroken, Bosch's ten digits (a shop's slug `bosch-0986494052`); a
  number dialled abroad or in another layout after them stays a phone.
- A Mercedes-Benz part's number after its kind's letter (part_numbers.LETTERED_PART_NUMBER,
  part_numbers.lettered_part_number): `A 000 180 26 09`; a trunk `0` before another digit stays a phone.
- A tyre's size ending a run (part_numbers.TYRE_SIZE_AFTER, part_numbers.tyre_size_cut, read in
  detector._run_reason): `TS 870 195/65 R15 91T`, the size cut off, the model number judged alone.
- Numbers of one layout apart by ` / ` (detector._alike_beside_slash): an oil's approvals `VW 504 00 / 507 00`, each
  judged alone; `0171 / 2345678` stays a phone.
- Nine digits under a key naming a thing's id (detector._names_a_things_id, in detector.value_reason): `?id=…`, a
  listing's, read as an id (a BSN's or a NIF's mod-11 check passes one time in eleven); under `user_id`, `bsn`,
  `patient_id` they stay refused.

Reviews' authors (leaks):
- A closing's short Dutch form (postal._CLOSINGS: `Groet, …`).
- A full name after a sentence's end before a verified label (reviews.NAMED_VERIFIED, reviews._LINE_OR_SENTENCE_OPENS:
  `… rápido. … (cliente verificada)`), and the label followed by a dash and the review's words in lower case
  (reviews._REVIEW_WORDS_AFTER: `…, Verified Buyer – cleaner was brilliant`).
- A katakana name of two words before stars (reviews._KATAKANA_NAME, reviews._KATAKANA_LETTERS: eight letters in all).
- A URL path's sentence segment ending in a digit, read with the digits after its `/` (privacy._sentence_segments:
  `/dl/… rated QuickFit Leeds 5/5`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

ORDINARY = [
    "BMW 11 42 7 953 129 oil filter", "BMW 11427953129", "MINI 11 42 8 507 683", "A 000 180 26 09 Ölfilter",
    "A 271 180 00 09", "Bosch 0986494052", "bosch-0986494052", "Continental WinterContact TS 870 195/65 R15 91T",
    "Contact TS 870 205/55R16", "VW 504 00 / 507 00", "VW 504 00 / 507 00 / 505 00",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_part_numbers_tyres_and_approvals_go_out(text: str) -> None:
    assert detector.reason(text) == ""


PHONES = [
    "BMW 0612345678 call me", "bmw 00447911123456", "A 079 123 45 67", "Bosch 07911 123456", "Tel 0171 / 2345678",
    # (a maker's name after a given name is a family name: the lead's review)
    "Bel Jan Bosch 0612345678", "Jan Bosch 0612345678, na 17u", "Contact Bosch 0612345678 after 5pm",
    "Kontakt 0612345678 195/65 R15", "BMW 06 12 34 56 78",
]


@pytest.mark.parametrize("text", PHONES)
def test_phones_beside_makers_and_sizes_stay_refused(text: str) -> None:
    assert detector.reason(text)


def test_a_listing_s_nine_digits_under_an_id_key_go_out() -> None:
    assert detector.value_reason("id", "389421765") == ""
    assert detector.value_reason("listing_id", "389421765") == ""
    url = "https://suchen.example-mobile.de/fahrzeuge/details.html?id=389421765&ref=srp"
    assert privacy.clean_url(url, "page_url") == url


@pytest.mark.parametrize("key", ["user_id", "bsn", "patient_id", "ref", "q"])
def test_nine_digits_passing_a_national_check_elsewhere_stay_refused(key: str) -> None:
    assert detector.value_reason(key, "389421765")


REVIEWERS = [
    "Muy buen cerrajero, rápido. Yorvenna Brastelwick (cliente verificada)",
    "Prima loodgieter! Groet, Yorvenna Brastelwick", "丁寧な作業でした。ブラステルウィック ヨルヴェナ ★5",
    "Yorvenna Brastelwick, Verified Buyer – cleaner was brilliant",
    "Great tyres. Anna Kowalczyk (verified buyer)",
]


@pytest.mark.parametrize("text", REVIEWERS)
def test_a_review_s_author_is_refused(text: str) -> None:
    assert detector.reason(text)


def test_a_rated_sentence_in_a_url_path_is_refused() -> None:
    cleaned = privacy.clean_url("https://boutique.example.de/dl/Yorvenna Brastelwick rated QuickFit Leeds 5/5",
                                "page_url")
    assert "Brastelwick" not in str(cleaned)


REVIEWS_ORDINARY = [
    "Great fit. Running Shoes (verified purchase)", "Perfect Fit - Verified Purchase - fits well",
    "美味しい。チキン カレー ★5", "Groet Jan", "Groet, Example Shop", "Size 3/4 Sleeve Dress",
    "https://shop.example.com/products/Blue Sneakers 42/5",
]


@pytest.mark.parametrize("text", REVIEWS_ORDINARY)
def test_review_words_without_a_person_go_out(text: str) -> None:
    if text.startswith("https://"):
        assert privacy.clean_url(text, "page_url") == text
    else:
        assert detector.reason(text) == ""
