"""An EDIFACT line item's GTIN after its element's `+` (tests/privacy_attack_cases_28.py's ordinary data): a GS1
number whose component qualifier names it (`:EN`, `:SRV`, `:UP`, `:IB`, `::9`) and whose check digit is right is no
dialled phone. With the near misses: a `COM` segment's phone, a `+` after a blank, no qualifier, a wrong check digit."""

from __future__ import annotations

import pytest

from meta_capi import detector

PHONE = "holds a phone number"


@pytest.mark.parametrize(("text", "found"), [
    ("LIN+1++4006381333931:EN'", ""),
    ("PIA+5+4006381333931:SRV'", ""),
    ("LIN+2++036000291452:UP'", ""),
    ("LIN+1++4006381333931:EN'\nQTY+21:10'", ""),
    # near misses: a phone in a `COM` segment, a `+` after a blank, no GS1 qualifier after the number
    ("COM+255754384716:TE'", PHONE),
    ("COM+4006381333931:TE'", PHONE),
    ("Call me +4006381333931:EN", PHONE),
    ("LIN+1++4006381333931", PHONE),
    ("LIN+1++4006381333931:ENX'", PHONE),
])
def test_an_edifact_gs1_number_is_no_dialled_phone(text: str, found: str) -> None:
    assert detector.reason(text) == found
