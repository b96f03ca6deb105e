"""Rules closing families of the ninth attack (issue 16): a NANP toll-free number written in digits, a business's;
each with near-misses."""

import pytest

from meta_capi.detector import LABELLED_NUMBER, PHONE, reason


@pytest.mark.parametrize("text", [
    "Call us: 1-800-555-0199", "Hotline 1-888-555-0123", "1-877-555-0100", "(866) 555-0123", "+1 855 555 0123",
    "844.555.0123", "18335550123", "8005550199", "Toll-free 1 (800) 555-0199, Mon-Fri",
])
def test_a_nanp_toll_free_number_in_digits_is_a_business_and_goes_out(text: str) -> None:
    assert reason(text) == ""


@pytest.mark.parametrize("text, expected", [
    ("Call 650-555-0199", PHONE), ("1-801-555-0199", PHONE), ("1-880-555-0199", PHONE), ("+44 800 555 0199", PHONE),
    ("0800 555 0199", PHONE), ("2-800-555-0199", PHONE), ("800-555-01999", PHONE),
    ("Call us: 1-800-555-0199 or 650-555-0173", PHONE),
    ("Mobile: 1-800-555-0199", LABELLED_NUMBER), ("Tel: 800-555-0199", LABELLED_NUMBER),
    ("phone=8005550199", LABELLED_NUMBER),
])
def test_a_number_that_is_not_toll_free_or_follows_a_personal_label_is_personal(text: str, expected: str) -> None:
    assert reason(text) == expected
