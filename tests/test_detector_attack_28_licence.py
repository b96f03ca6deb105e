"""A driving licence's number after its label (detector.py): `driver's licence`, `driving licence`, or a person's own
`my licence number is`, then one token of letters and digits holding a digit. With the near misses that go out: a
software licence, a licence's word before a product's words."""

from __future__ import annotations

import pytest

from meta_capi import detector


@pytest.mark.parametrize("text", [
    "my licence number is DLAMIN870917TH8AB", "My license number is D1234567", "Driver's licence: DLAMIN870917TH8AB",
    "driving licence no. AB123456", "Drivers License # D1234567", "my driving licence no. XY987654",
])
def test_a_token_after_a_driving_licence_s_label_is_an_id(text: str) -> None:
    assert detector.reason(text) == detector.NATIONAL_ID


@pytest.mark.parametrize("text", [
    "License: MIT", "my license key is ABCD1234EF", "Driving licence holder wallet 2024", "Software licence 12 months",
    "Licence plate frame ABC123", "my licence expired in 2024",
])
def test_a_licence_s_word_without_a_driving_licence_s_number_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
