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


@pytest.mark.parametrize(("text", "found"), [
    ("01712\u2027345678", detector.PHONE),  # a hyphenation point is a dot; no decimal begins with a trunk 0
    ("0171.2345678", detector.PHONE),
    ("+880\u20271712\u2027345678", detector.PHONE),
    ("0.123456789", ""),  # decimals
    ("1712.345678", ""),
    ("123456.789", ""),
    ("Price 1\u2027299", ""),
    ("Price 0.99", ""),
])
def test_a_decimal_number_does_not_begin_with_a_trunk_zero_and_a_digit(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("01.71.23.45.67.8", detector.PHONE),  # pairs after a trunk 0: dialled, though its last group is one digit
    ("06.12.34.56.78", detector.PHONE),
    ("10.0.19045.3693", ""),  # versions
    ("120.0.6099.109", ""),
    ("1.2.3.4.5.6.7.8.9", ""),
    ("01.12.2024", ""),  # a date
    ("EUR 1.299.000,00", ""),  # an amount
])
def test_a_version_does_not_begin_with_a_trunk_zero(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("+880 (0)1712-345678", detector.PHONE),  # a trunk 0 in parentheses touching the next group
    ("+44 (0)20 7946 0958", detector.PHONE),
    ("Pack (2)12345678", ""),  # any other number in parentheses still ends its run
    ("f(1)234567890", ""),
    ("Qty (0)1234567", ""),  # too short for a phone number
    ("Size (38)40", ""),
])
def test_a_trunk_zero_in_parentheses_joins_the_next_group(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize("key", ["variant", "products[0][variant]", "order_id"])
def test_a_trunk_zero_in_parentheses_after_the_code_is_a_phone_under_an_id_key(key):
    assert detector.value_reason(key, "+880 (0)1712-345678") == detector.PHONE


CHINA_ID = "11010519491231002X"  # its MOD 11-2 check character is right


@pytest.mark.parametrize(("text", "found"), [
    (CHINA_ID, detector.NATIONAL_ID),
    ("110105 19491231 002X", detector.NATIONAL_ID),  # the groups printed on the card
    ("110105-19491231-002X", detector.NATIONAL_ID),
    ("ID: 110105 19491231 002X", detector.NATIONAL_ID),
    ("110105 19491231 0021", ""),  # its check character is wrong
    ("110105 19491231-002X", ""),  # two different separators: no printed layout
    ("123456 12345678 1234", ""),
    ("Order 240101 20241129 0001", ""),
])
def test_a_chinese_resident_id_is_found_in_its_printed_groups(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Y1234567X", detector.NATIONAL_ID),
    ("Y-123.4567-X", detector.NATIONAL_ID),  # digits grouped by a dot
    ("X-1.234.567-L", detector.NATIONAL_ID),
    ("Y-123.4567-A", ""),  # its letter is wrong
    ("v1.2.3.4.5.6.7.8", ""),  # a version
    ("Z-1.2-X", ""),
    ("Price 1.234.567 EUR", ""),
])
def test_a_spanish_nie_is_found_with_its_digits_grouped_by_dots(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("NID No: 1987654321", detector.LABELLED_NUMBER),  # Bangladesh's national id card
    ("NID: 1987654321", detector.LABELLED_NUMBER),
    ("\u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e0a\u0e19 "
     "1103702071811", detector.NATIONAL_ID),  # Thai: citizen id number (its mod-11 check, read since the 16th attack)
    ("\u0e1a\u0e31\u0e15\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e0a\u0e19 1103702071811", detector.NATIONAL_ID),
    ("Product 1987654321", ""),
    ("Invoice 1987654321", ""),
    ("Price 1987.65", ""),
])
def test_a_national_id_cards_own_name_labels_the_number_after_it(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize(("key", "personal"), [
    ("nid", False),  # Drupal's node id alone; before a number word or as a label before a number, the card
    ("nid_number", True), ("cnic", True), ("nic", True),
    ("nickname", True),  # a name word already
    ("unicode", False), ("bnid", False), ("nidx", False), ("nicotine_free", False),
])
def test_national_id_card_names_are_personal_keys(key, personal):
    assert bool(detector.key_reason(key)) is personal


@pytest.mark.parametrize(("text", "found"), [
    ("\u4e00\u4e09\u4e5d \u4e00\u4e8c\u4e09\u56db \u4e94\u516d\u4e03\u516b", detector.PHONE),  # 一三九 一二三四…
    ("+\u516b\u516d \u4e00\u4e09\u4e5d\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03", detector.PHONE),  # 〇 for 0
    ("\u7535\u8bdd\uff1a\u4e00\u4e09\u4e5d\u96f6\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03", detector.PHONE),  # 零
    ("\u4e00\u4e8c\u4e09\u56db\u4e94\u516d", ""),  # six numerals: no phone number
    ("\u4e09\u4e03\u4e8c\u5341\u4e00", ""),  # 三七二十一, an idiom
    ("\u4e00\u4e5d\u56db\u4e5d\u5e74\u5341\u6708\u4e00\u65e5", ""),  # 一九四九年十月一日, a date
    ("\u4ef7\u683c\u4e00\u5343\u4e8c\u767e\u4e09\u5341\u56db\u5143", ""),  # 价格一千二百三十四元, a counted price
    ("\u7b2c\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u7ae0", ""),  # chapters 1 to 10: no phone
])
def test_chinese_numerals_written_digit_by_digit_are_read_as_digits(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("103 dot 230 dot 104 dot 37", detector.IP_ADDRESS),
    ("103 DOT 230 DOT 104 DOT 37", detector.IP_ADDRESS),
    ("my ip is 81 [punkt] 2 [punkt] 69 [punkt] 160", detector.IP_ADDRESS),
    ("81_punto_2_punto_69_punto_160", detector.IP_ADDRESS),
    ("1 dot 2 dot 3 dot 0", ""),  # a network, as dotted
    ("300 dot 1 dot 1 dot 1", ""),  # past 255
    ("version 1 dot 2 dot 3", ""),  # three numbers
    ("size 10 dot 20 dot 30", ""),
    ("2 dots 3 dots 4 dots 5", ""),  # no word for "."
])
def test_an_ipv4_address_with_its_dots_spelled_as_words_is_found(text, found):
    assert detector.reason(text) == found
