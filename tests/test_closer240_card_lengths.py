"""Closer 240: review 46's shop ids read as payment cards, and its birthday offers, closed by rule.

- A number opening with 4 is a card's only at Visa's published lengths (detector._VISA_LENGTHS: 13, retired and
  still refused, 16 or 19): Visa holds all of 4, while 2, 3, 5 and 6 are shared by networks and unassigned ranges and
  stay read broadly (that reading also refuses national ids, library cards and phones the other rules miss). A
  Shopify variant id, fourteen digits from 4 passing Luhn's sum one time in ten (`Variant ID: 43429542486352`,
  `/products/43429542486352`), goes out; so do seventeen or eighteen digits from 4.
- A run split in groups is a card's number only when it opens on a group of four or more (a card's prints,
  4-4-4-4(-3), 4-6-5, 4-6-4; groups run together, `41111111 11111111`) or its groups are no wider than six digits (a
  hand's pairs or threes): Amazon's order numbers, 3-7-7 (`390-6413101-0013260`), go out; a card typed with no
  separator, or in any such print, is still refused.
- A date of this decade or later after an end's preposition (bis, until, till, hasta, tot, até) ends an offer, no
  birth (`Geburtstagsaktion bis 14.02.2025`); a birth's year there is still a birth's (`Geb. bis 14.02.1985`).
- An offer's state word after a birthday's discount (`birthday_discount_applied`) keeps the key the offer's.

The price (asserted below): a card number typed after a short first group with a group of seven digits or wider
(`411 1111111 111111`), a number of 14, 15, 17 or 18 digits from 4, and a birth date of this decade after `bis` or
`until` (a child's, written so) go out.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from meta_capi import detector
from meta_capi.national_ids import luhn
from review_cases import review_tests

ORDINARY = [
    # a Shopify variant's or product's id: fourteen digits from 4 passing Luhn's sum
    "Variant ID: 44029183764510", "variant_id 44700129834563", "44029183764510", "Variante 44700129834563",
    # seventeen or eighteen from 4: Visa issues no such length
    "Artikel 45671234567890122", "ID 411111111111111118",
    # marketplaces' order numbers printed 3-7-7
    "Amazon order 302-4417283-9937158", "Bestellnr. 028-1234567-8901234", "Order #390-6413101-0013260",
    "Ordine n. 301-4421798-2210043", "Amazon order 374-6624777-6170454",
    # an offer's end date after a birthday's word
    "Geburtstagsaktion bis 14.02.2025", "Geburtstagsrabatt gültig bis 28.02.2026", "Birthday sale until 2025-02-14",
    "Birthday offer till 31/03/2026", "Cumpleaños hasta 15/06/2025", "Verjaardagsactie tot 01-07-2025",
    # (the price: a card typed after a short group with a group of seven; a child's birth date written after `bis`)
    "411 1111111 111111", "Geburtstag bis 14.02.2023",
]

PERSONAL = [
    # the networks' test numbers in every print
    "4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "4111.1111.1111.1111", "4111|1111|1111|1111",
    "41 11 11 11 11 11 11 11", "411 111 111 111 1111", "378282246310005", "3782 822463 10005", "3782-822463-10005",
    "30569309025904", "3056 930902 5904", "6011111111111117", "6011 1111 1111 1117", "3530111333300000",
    "3530 1113 3330 0000", "5555555555554444", "5555 5555 5555 4444", "4222222222222", "4222 2222 22222",
    # Visa at nineteen, Maestro at fifteen, Diners at eighteen, after a shop's label too
    "4000123412341234560", "4000 1234 1234 1234 560", "Card 501812345678900", "361234567890123450",
    "Variant ID: 4111111111111111", "Order #4111-1111-1111-1111", "41111111 11111111", "5555555 555554444",
    # a birth date after an end's preposition, a year of a birth
    "Geb. bis 14.02.1985", "Geburtstag bis 1985-02-14", "DOB till 14/02/1985", "Geburtstag 14.02.1985",
]

ORDINARY_KEYS = ["birthday_discount_applied", "birthday_coupon_redeemed", "geburtstag_rabatt_eingelöst",
                 "birthday_offer_claimed"]
PERSONAL_KEYS = ["birthday", "birthday_applied", "birthday_sent", "date_of_birth_used_at"]

_S = "https://shop.example.com"
ORDINARY_URLS = [f"{_S}/products/polo?variant=44029183764510", f"{_S}/products/44700129834563",
                 f"{_S}/?variant=44029183764510", f"{_S}/orders/390-6413101-0013260"]
PERSONAL_URLS = [f"{_S}/pay?card=4111111111111111", f"{_S}/pay?card=4111-1111-1111-1111",
                 f"{_S}/checkout?cc=378282246310005"]

globals().update(review_tests(globals()))

# The issuers' own ranges at the lengths they issue (the strict reading: _issued_card), and a card's print for each
# length (13, 17 and 18 digits are typed unbroken).
_ISSUERS = [("4", 16), ("4", 19), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
            ("36", 14), ("38", 14), ("300", 14), ("6011", 16), ("6011", 19), ("65", 17), ("3528", 16), ("3589", 18),
            ("62", 19), ("2200", 16), ("2204", 19)]
_PRINTS = {16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3], 15: [4, 6, 5], 14: [4, 6, 4]}


def _with_luhn_digit(body: str) -> str:
    return next(body + digit for digit in "0123456789" if luhn(body + digit))


def _printed(digits: str, separator: str) -> str:
    groups: list[str] = []
    at = 0
    for width in _PRINTS.get(len(digits), [len(digits)]):
        groups.append(digits[at:at + width])
        at += width
    return separator.join(groups)


@hypothesis_settings(max_examples=150)
@given(st.sampled_from(_ISSUERS), st.randoms(use_true_random=False), st.sampled_from(["", " ", "-"]))
def test_a_number_of_an_issued_length_at_an_issuers_prefix_is_refused(
        issuer: tuple[str, int], rng: random.Random, separator: str) -> None:
    prefix, length = issuer
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    assert detector.reason(_printed(_with_luhn_digit(body), separator)) != ""  # (a card's, or a national id's)


@pytest.mark.parametrize("digits", ["44029183764510", "43429542486352", "46517625737472", "45671234567890122"])
def test_lengths_visa_does_not_issue_are_no_card(digits: str) -> None:
    assert luhn(digits) and not detector._card_number(digits)
