"""The twenty-fifth attack's ordinary numbers (tests/privacy_attack_cases_25.py): a price in India's lakh and crore
grouping (`₹ 12,50,000.00`) is an amount as one grouped by thousands is, and a booking's word before its number
(`Booking PNR 4521-876543`) names a code as an order's does; with the phone numbers those rules still catch."""

from __future__ import annotations

import pytest

from meta_capi import detector


@pytest.mark.parametrize("text", [
    "₹ 12,50,000.00",
    "12,50,000.00",
    "₹ 1,25,00,000",
    "Rs 12,50,000 - 15,00,000",  # a range of two amounts
    "Price: ₹ 99,99,999.50 only",
    "Booking PNR 4521-876543",
    "Booking 4521-876543",
    "Reservation 4521-876543",
    "Buchung 4521-876543",
    "Réservation 4521-876543",
])
def test_a_lakh_amount_and_a_booking_number_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    # no lakh grouping: the last group is not three digits, or a group of three before it
    "call 98,45,217,306",
    "4521-876543",  # no label: a number in groups in free text
    # after a booking's word, a mobile number with its trunk prefix or grouped by blanks is still a phone number
    "Booking 0712345678",
    "Booking 98452 17306",
    "PNR: 0301-2345678",
    "reserva 612 345 678",
])
def test_a_phone_number_beside_those_rules_is_still_one(text: str) -> None:
    assert detector.reason(text) == detector.PHONE
