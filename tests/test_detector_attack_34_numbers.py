"""The thirty-fourth attack's numbers closed by construction (tests/test_privacy_attacks_34.py): Meta's login and lead
ids that carry a person's number's check, and variants the attack did not list."""

from __future__ import annotations

import pytest

from meta_capi import meta_fields
from privacy_attack_cases_2 import luhn_complete


def _unhashed(value: str) -> dict:
    return meta_fields.unhashed_ids({"fb_login_id": value, "lead_id": value}, {})


@pytest.mark.parametrize("value", [
    luhn_complete("37144839275183"),  # an American Express card (15 digits)
    luhn_complete("222100048392751"),  # a Mastercard of the 2-series
    luhn_complete("490154203237518"),  # an IMEI
    luhn_complete("621483927518320004"),  # a UnionPay card of 19 digits
    "44051401458",  # a PESEL (born 1944-05-14)
    "52998224725",  # a CPF
    "85031412302",  # Belgium's national number
    "111222333",  # a BSN
    "185057800608491",  # a French NIR
])
def test_a_login_or_lead_id_with_a_person_s_number_s_check_is_left_out(value: str) -> None:
    assert _unhashed(value) == {}


@pytest.mark.parametrize("value", [
    luhn_complete("1015798236512412"),  # Meta's long ids open with 1: Luhn's sum says nothing of them
    "100012345678901", "10157982365124123", "122104839275183126", "525645896321548", "987654321012345",
])
def test_meta_s_own_ids_still_go_out(value: str) -> None:
    assert _unhashed(value) == {"fb_login_id": int(value), "lead_id": int(value)}
