"""National numbering plans of mobile phones (phone_plans.py), and the detector's number rules that read them:
a digit run is a phone where a plan dials it so, and part, invoice, serial and tracking numbers laid out like
phone numbers go out."""

import pytest

from meta_capi import detector
from meta_capi.phone_plans import international_mobile, national_mobile, trunk_mobile


@pytest.mark.parametrize(("digits", "international", "trunk", "national"), [
    ("46701234567", True, False, False),  # Sweden, +46 7x, undialled
    ("447700900461", True, False, False),  # United Kingdom, +44 7x
    ("0701234567", False, True, False),  # Sweden, trunk 0
    ("07700900461", False, True, False),  # United Kingdom, trunk 0
    ("89123456789", False, True, False),  # Russia, trunk 8
    ("512345678", False, False, True),  # Poland, no trunk prefix
    ("612345678", False, False, True),  # Spain
    ("13800138000", False, False, True),  # China
    ("0123456789", False, False, False),  # no plan's mobile begins 01 with ten digits
    ("100234567", False, False, False),
    ("4512345678901", False, False, False),  # +45 numbers have eight digits
    ("70123456", False, False, False),  # an eight-digit run is no national mobile (dates, counts)
])
def test_phone_plans_tell_mobile_numbers_by_prefix_length_and_trunk(digits, international, trunk, national):
    assert (international_mobile(digits), trunk_mobile(digits), national_mobile(digits)) == (
        international, trunk, national)


@pytest.mark.parametrize("text", [
    "Bosch 0 986 452 041 Oil Filter",  # a lone 0 before groups of three: a part number
    "INV/2024/000123",  # an invoice label before `/`
    "Serial 0123-4567-89",  # after a code label, a trunk-0 number that is no plan's mobile
    "Art.-Nr. 0123456789",
    "7489 1234 5678",  # twelve digits, no trunk 0, no country code written apart, fitting no country
    "1Z 999 AA1 01 2345 6784",  # a UPS tracking number with its check digit
    "1Z999AA10123456784",
    "612345678",  # a nine-digit number alone is a number
    "SKU12345678901",  # a number inside a code
    "9400 1000 0000 0000 0000 00",
    "0x00ff00",  # a colour
])
def test_number_rules_let_codes_laid_out_like_phone_numbers_go_out(text):
    assert detector.reason(text) == ""
    assert detector.reason(text, id_like=True) == ""


@pytest.mark.parametrize("text", [
    "zadzwoń 512345678 po 17",  # a national mobile without trunk prefix after a word
    "llámame al 612345678",
    "REF0701234567",  # a trunk-0 mobile glued to letters on one side
    "0701234567abc",
    "0701234567-20241129",  # longer than a phone number: each group judged alone
    "track order 0701234567",  # after a code label, a mobile with its trunk prefix
    "1Z 999 AA1 01 2345 6785",  # the check digit is wrong: its digits are judged as any
    "650.555.0199-01",
    "46701234567_1",
])
def test_number_rules_find_mobile_numbers_by_their_national_plan(text):
    assert detector.reason(text) == detector.PHONE


@pytest.mark.parametrize(("text", "found"), [
    ("89123456789", detector.PHONE),  # a mobile after Russia's trunk 8
    ("512-345-678", detector.PHONE),  # a national plan's mobile in groups
    ("138-0013-8001", detector.PHONE),
    ("650.555.0199-01", detector.PHONE),  # NANP 3-3-4 and a short suffix
    ("46701234567_1", detector.PHONE),  # an undialled international mobile and a suffix
    ("0701234567-20241129", detector.PHONE),
    ("REF0701234567", detector.PHONE),
    ("46701234567", ""),  # an undialled digit run in an id is a number
    ("13800138000", ""),
    ("512345678", ""),
    ("4512345678901", ""),
    ("ORD-2024-11-29-0001", ""),
])
def test_number_rules_in_an_id(text, found):
    assert detector.reason(text, id_like=True) == found


@pytest.mark.parametrize(("value", "found"), [
    ("zadzwoń 512345678 po 17", detector.PHONE),  # two words: text, not an id
    ("512345678", ""),
    ("Serial 0123-4567-89", ""),
])
def test_a_value_holding_words_under_an_id_key_is_judged_as_text(value, found):
    assert detector.value_reason("variant", value) == found


@pytest.mark.parametrize(("text", "found"), [
    ("0x510245a0", detector.IP_ADDRESS), ("0xdeadbeef", detector.IP_ADDRESS),
    ("from 0X510245A0 today", detector.IP_ADDRESS),
    ("0x00ff00ff", ""), ("0x12", ""), ("0x510245a0ff", ""), ("v0x510245a0", ""),
])
def test_an_ipv4_address_written_as_one_hex_number_is_found(text, found):
    assert detector.reason(text) == found
