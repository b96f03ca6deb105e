"""Closer 162 (review 26's leaks): personal values the gate let out near session 39's rules, claimed by rule, and
ordinary look-alikes that still go out.

- A booking's dash for its colon and between its class's tokens, and a lower-case name after the dash
  (record_names.CLASS_BOOKED: `Class booking – Yoga 18:30 – …`, `Booking – Spin 45 – Tue 18:30 – …`); who booked
  before the slot, opening the text (record_names.SLOT_BOOKED: `Booked by … – Yoga 18:30`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSONAL_BOOKINGS = [
    'Class booking – Yoga 18:30 – Ingrid Solvang', 'Kursbuchung – Zumba 19:00 – Sem Vrankelstee',
    'Class booking – Spin 45 – ingrid solvang', 'Lesboeking – Pilates 10:00 – Sem Vrankelstee',
    'Booking – Boxing 07:00 – Wed – Maëlle Quervan', 'Booked by Ingrid Solvang – Spin 45 Tue 18:30',
    'Reserved by Mrs Maëlle Quervan – Padel 19:00', 'Gebucht von Sem Vrankelstee – Pilates 10h00',
]
ORDINARY_BOOKINGS = [
    'Class booking – Yoga 18:30 – Studio Blue', 'Class booking – Yoga 18:30 – studio blue',
    'Class booking – Spin 45 – sold out', 'Class booking – Yoga 18:30 – main hall',
    'Booking – Spin 45 – Tue 18:30 – Studio Two', 'Class booking – Yoga 18:30 – all levels',
    'Booked by 12 people – Yoga 18:30', 'Booked by Tour Operator – Tour 10:00', 'Booked by Phone – Yoga 18:30',
    'Booked by Main Studio – Spin 45 18:30',
]


@pytest.mark.parametrize("value", ORDINARY_BOOKINGS)
def test_an_ordinary_value_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL_BOOKINGS)
def test_a_personal_value_is_refused(value: str) -> None:
    assert detector.reason(value) != ""
