"""The twenty-sixth attack's phones by national plan and label (tests/privacy_attack_cases_26.py): Fiji's mobile
after its mobile-money service (`M-PAiSA`), Latvia's after the abbreviated label `Tālr.`. With the near misses: a
number no plan dials, a label before a year, a service named without a number."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.phone_plans import home_mobile, international_mobile

PHONE = "holds a phone number"
LABELLED = "holds a number labelled as personal data"


@pytest.mark.parametrize(("text", "found"), [
    ("M-PAiSA 921 2345", PHONE),
    ("M-PAiSA 7123456", PHONE),
    ("Tālr. 2123 4567", LABELLED),
    ("TĀLR. 2123 4567", LABELLED),
    # near misses: no Fijian mobile, no mobile-money service, a label before a year, a service without a number
    ("M-PAiSA 1234567", ""),
    ("Order 921 2345", ""),
    ("Tālr. 2024", ""),
    ("M-PAiSA top-up 5 FJD", ""),
    ("SKU 21234567", ""),
])
def test_a_phone_after_a_national_label_or_mobile_money(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("digits", "home", "abroad"), [
    ("9212345", True, False),
    ("6799212345", False, True),
    ("21234567", True, False),
    ("37121234567", False, True),
    ("6791212345", False, False),  # no Fijian mobile prefix
])
def test_fiji_and_latvia_plans(digits: str, home: bool, abroad: bool) -> None:
    assert home_mobile(digits) is home
    assert international_mobile(digits) is abroad


def test_the_latvian_abbreviation_is_a_personal_key() -> None:
    assert detector.key_reason("talr") == "personal key"
