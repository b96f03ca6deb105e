"""Closer 176: attack 80 (banking and fintech apps), claimed by rule, by meaning and by language.

- detector.ROUTING_WORDS, detector._aba_routing_number: nine digits after a routing number's label (`Routing number`,
  `ABA`, `RTN`) whose ABA check (weights 3, 7, 1) holds are a bank's public code, no phone; an account's number beside
  it is still refused.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

ROUTING_NUMBERS = ["Routing number 021000021", "ABA 011000015", "ABA routing number: 026009593",
                   "RTN 121000358", "Routing # 322271627"]
NOT_ROUTING_NUMBERS = ["Routing number 021000022", "Routing 021000021 Acct 4758391472", "Call 021000021",
                       "Routing number 0210000210"]


@pytest.mark.parametrize("text", ROUTING_NUMBERS)
def test_a_banks_routing_number_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", NOT_ROUTING_NUMBERS)
def test_a_number_failing_the_routing_check_or_an_account_beside_it_is_refused(text: str) -> None:
    assert detector.reason(text) != ""
