"""Phone numbers, IP addresses and national ids in layouts of the sixth attack (tests/privacy_attack_cases_6.py),
by rule, with the near misses that must still go out (prices, versions, dates, product codes)."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.phone_plans import international_mobile, trunk_mobile


@pytest.mark.parametrize(("digits", "international", "trunk"), [
    ("8801712345678", True, False),  # Bangladesh, +880 1[3-9]
    ("01712345678", False, True),
    ("923001234567", True, False),  # Pakistan, +92 3xx
    ("03001234567", False, True),
    ("989121234567", True, False),  # Iran, +98 9xx
    ("09121234567", False, True),
    ("212661234567", True, False),  # Morocco, +212 6
    ("0661234567", False, True),
    ("251911234567", True, False),  # Ethiopia, +251 9
    ("9647701234567", True, False),  # Iraq, +964 7
    ("8801212345678", False, False),  # Bangladesh's mobiles begin 013 to 019
    ("880171234567", False, False),  # a digit short
    ("0123456789", False, False),  # no plan dials a counting run
])
def test_the_plans_of_populous_countries_tell_their_mobile_numbers(digits, international, trunk):
    assert (international_mobile(digits), trunk_mobile(digits)) == (international, trunk)


@pytest.mark.parametrize(("text", "found"), [
    ("8801712345678", detector.PHONE),  # its GS1 check digit is right too: the plan wins in free text
    ("call 8801712345678 after 5", detector.PHONE),
    ("EAN 8801712345678", ""),  # after a product code's label it is a bar code
    ('{"sku": 2348031234567}', ""),  # a JSON key's quotes do not hide its label
    ('{"tel": 2348031234567}', detector.PHONE),
    ("4006381333931", ""),  # a GTIN of no plan
    ("8806094937213", ""),  # a Korean bar code outside Bangladesh's mobile prefixes
    ("Price 8801.71", ""),
])
def test_an_undialled_mobile_of_a_plan_in_free_text_is_a_phone_even_with_a_gtin_check_digit(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize("key", ["gtin", "ean", "barcode", "product_barcode", "sku"])
def test_an_undialled_mobile_shape_under_a_product_code_key_is_a_code(key):
    assert detector.value_reason(key, "8801712345678") == ""
