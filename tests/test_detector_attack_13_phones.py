"""Rules closing the phone and id families of the thirteenth attack (issue 16), and the ordinary shop numbers it
found dropped: a number dialled with `00` before a plan's mobile outranks the barcode check its digits pass, an area
code in parentheses with its trunk `0` touches its number, a mobile's `+` written after it (right-to-left text), a
number's own separators (Arabic `٫` and `٬`) are separators, every country code has its plan's lengths (St Helena's
`290` five digits); Taiwan's id, the Emirates ID, Iran's national code as printed and Egypt's national id by their
layout and check, a Saudi id or an Iranian code of ten digits by its check after an identity label, a Korean
resident number written without its dash by its check; labels glued as CJK scripts write them read by their stem
(`발송번호`, `사업자등록번호`), Vietnam's `MST`, and fifteen digits beginning with 3 only American Express's; each with
near-misses."""

from typing import Callable

import pytest

from meta_capi import detector
from meta_capi.canonical import canonical
from meta_capi.detector import CARD, NATIONAL_ID, PHONE

TW_ID = "A123456789"  # A, a man (1), 2345678, check 9
EMIRATES = "784199012345676"  # 784, born 1990, 1234567, Luhn 6
IRAN = "0084575948"  # 008457594, check 8
IRAN_LEADING_ONE = "1234567891"
SAUDI = "1084567237"  # a citizen (1), Luhn 7
EGYPT = "29001011234567"  # the 1900s (2), 1990-01-01, Dakahlia (12), 3456, 7
KOREAN_RRN = "9001011234568"  # 900101, a man of the 1900s (1), 23456, check 8


def _user_agent(inside: str) -> str:
    return f"Mozilla/5.0 (Linux; Android 14; SM-S918N; {inside}) KAKAOTALK 10.4.5"


Judge = Callable[[str], str]
EVERYWHERE: list[tuple[str, Judge]] = [
    ("free text", detector.reason),
    ("a URL path", lambda text: detector.reason(text, segments=True)),
    ("an id", lambda text: detector.reason(text, id_like=True)),
    ("the user agent", lambda text: detector.user_agent_reason(_user_agent(text))),
]
OUTSIDE_IDS = [place for place in EVERYWHERE if place[0] != "an id"]


@pytest.mark.parametrize("text", ["(02)2758-1934", "(0755)8613-2468", "（02）2758－1934"])
@pytest.mark.parametrize(("place", "judge"), EVERYWHERE)
def test_an_area_code_in_parentheses_with_its_trunk_zero_touching_the_number_is_a_phone(text, place, judge):
    assert judge(text) == PHONE


@pytest.mark.parametrize("text", ["(12)2758-1934", "(02)", "(02)1234"])
def test_a_number_in_parentheses_without_a_trunk_zero_or_too_short_is_no_phone(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("place", "judge"), EVERYWHERE)
def test_a_plan_s_mobile_dialled_with_00_is_a_phone_though_its_digits_pass_the_barcode_check(place, judge):
    assert judge("00966548217365") == PHONE


@pytest.mark.parametrize("text", ["00036000291452", "00012345600012"])
def test_a_upc_a_padded_with_zeros_to_a_gtin_14_is_a_product_s_number(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["966548217365+", "Tel 966548217365+"])
@pytest.mark.parametrize(("place", "judge"), EVERYWHERE)
def test_a_mobile_with_its_plus_written_after_it_is_dialled(text, place, judge):
    assert judge(text) == PHONE


@pytest.mark.parametrize("text", ["5000000+", "10000000+ downloads", "1234567890123+"])
def test_a_count_with_a_plus_after_it_is_no_phone(text):
    assert detector.reason(text, id_like=True) == ""


def test_a_plus_between_an_undialled_mobile_and_more_digits_in_an_id_is_no_dialling_plus():
    assert detector.reason("966548217365+1", id_like=True) == ""


@pytest.mark.parametrize(("text", "form"), [("١٬٢٩٩٫٠٠", "1,299.00"), ("٠٥٤٨٬٢١٧٬٣٦٥", "0548,217,365"),
                                            ("۱۲٬۵۰۰", "12,500")])
def test_arabic_decimal_and_thousands_separators_fold_to_a_dot_and_a_comma(text, form):
    assert canonical(text) == (form, True)


@pytest.mark.parametrize("text", ["٠٥٤٨٬٢١٧٬٣٦٥", "٠٥٤٫٨٢١٫٧٣٦٥", "جوال ٠٥٤٫٨٢١٫٧٣٦٥"])
@pytest.mark.parametrize(("place", "judge"), EVERYWHERE)
def test_a_mobile_grouped_by_arabic_number_separators_is_a_phone(text, place, judge):
    assert judge(text) == PHONE


@pytest.mark.parametrize("text", ["١٬٢٩٩٫٠٠ ر.س", "۱۲٬۵۰۰٬۰۰۰ ریال", "٣٩٬٩٠٠ ر.س"])
def test_an_amount_with_arabic_separators_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "expected"), [
    ("290012345678", ""),  # St Helena (290): five digits, not nine
    ("SMSA 290012345678", ""),
    ("2411 2910 3045", ""),  # Gabon (241): eight digits at most
    ("447700900173", PHONE),  # a UK mobile after 44
    ("29171234567", ""),  # Eritrea (291): seven digits
    ("2917123456789", ""),
    ("+291 7 123 456", PHONE),  # dialled: its `+` names it
])
def test_an_undialled_number_beginning_with_a_country_code_is_one_only_of_that_plan_s_length(text, expected):
    assert detector.reason(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("300012345600003", ""),  # a Saudi VAT number: 3…3, Luhn by chance
    ("VAT 300012345600003", ""),
    ("378282246310005", CARD),  # American Express
    ("30569309025904", CARD),  # Diners, fourteen digits
    ("4111111111111111", CARD),
])
def test_fifteen_digits_beginning_with_3_are_a_card_only_after_american_express_s_34_or_37(text, expected):
    assert detector.reason(text) == expected


@pytest.mark.parametrize("text", [TW_ID, "F223456786", f"ملاحظة الطلب {TW_ID} شكرا"])
@pytest.mark.parametrize(("place", "judge"), OUTSIDE_IDS)
def test_a_taiwanese_id_by_its_letter_sex_digit_and_check_is_a_national_id(text, place, judge):
    assert judge(text) == NATIONAL_ID


@pytest.mark.parametrize(("text", "expected"), [
    ("a123456789", NATIONAL_ID),  # typed in lower case: in free text
    ("A123456788", ""),  # its check is wrong
    ("A323456789", ""),  # 3 is no sex digit
    ("AB12345678", ""),
])
def test_a_letter_and_nine_digits_are_a_taiwanese_id_only_with_its_sex_digit_and_check(text, expected):
    assert detector.reason(text) == expected


def test_a_lower_case_letter_and_nine_digits_in_a_url_path_are_a_slug_s_code():
    assert detector.reason("a123456789", segments=True) == ""


def test_a_taiwanese_id_in_an_id_is_the_id_s_own_code():
    assert detector.reason(TW_ID, id_like=True) == ""


@pytest.mark.parametrize("text", [EMIRATES, "784-1990-1234567-6", "٧٨٤-١٩٩٠-١٢٣٤٥٦٧-٦"])
@pytest.mark.parametrize(("place", "judge"), OUTSIDE_IDS)
def test_the_emirates_id_by_its_country_year_of_birth_and_luhn_digit_is_a_national_id(text, place, judge):
    assert judge(text) == NATIONAL_ID


def test_the_emirates_id_in_groups_of_blanks_is_one_too():
    assert detector.reason("784 1990 1234567 6") == NATIONAL_ID


@pytest.mark.parametrize("text", ["784199012345677", "784189012345674", "785199012345675"])
def test_fifteen_digits_without_the_emirates_id_s_country_year_or_luhn_digit_are_no_national_id(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["008-457594-8", "۰۰۸-۴۵۷۵۹۴-۸", f"کد ملی: {IRAN}", f"کد ملی: {IRAN_LEADING_ONE}"])
@pytest.mark.parametrize(("place", "judge"), OUTSIDE_IDS)
def test_an_iranian_national_code_as_printed_or_after_its_label_is_a_national_id(text, place, judge):
    assert judge(text) == NATIONAL_ID


@pytest.mark.parametrize(("text", "expected"), [
    ("111-111111-1", ""),  # one digit repeated: never issued
    ("123-456789-0", PHONE),  # its check is wrong: groups of digits, as a phone number's
    (IRAN_LEADING_ONE, ""),  # no label
    ("Order 1234567891", ""),
])
def test_a_3_6_1_number_without_the_iranian_check_or_ten_digits_without_a_label_are_no_national_id(text, expected):
    assert detector.reason(text) == expected


@pytest.mark.parametrize("text", [
    "رقم الهوية: ١٠٨٤٥٦٧٢٣٧", "رقم الهويه: ١٠٨٤٥٦٧٢٣٧", f"ID number {SAUDI}", f"رقم الإقامة: {SAUDI}",
    f"ملاحظة الطلب رقم الهوية: {SAUDI} شكرا لكم",
])
@pytest.mark.parametrize(("place", "judge"), OUTSIDE_IDS)
def test_ten_digits_with_a_saudi_id_s_luhn_digit_after_an_identity_label_are_a_national_id(text, place, judge):
    assert judge(text) == NATIONAL_ID


@pytest.mark.parametrize("text", [SAUDI, f"Order {SAUDI}", "رقم الهوية: ١٠٨٤٥٦٧٢٣٨", "ID number 3084567235",
                                  "1732875000"])
def test_ten_digits_without_an_identity_label_a_saudi_id_s_first_digit_or_its_luhn_digit_are_no_national_id(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [EGYPT, f"الرقم القومي: {EGYPT}", "30512318812345"])
@pytest.mark.parametrize(("place", "judge"), OUTSIDE_IDS)
def test_egypt_s_national_id_by_its_century_birth_date_and_governorate_is_a_national_id(text, place, judge):
    assert judge(text) == NATIONAL_ID


@pytest.mark.parametrize("text", ["29013011234567", "29001019934567", "19001011234567", "中通 75123456789012"])
def test_fourteen_digits_without_a_century_a_birth_date_or_a_governorate_are_no_egyptian_id(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "expected"), [
    (KOREAN_RRN, NATIONAL_ID),
    ("9001011234567", ""),  # its check is wrong (one issued since 2020 has none: not read without its dash)
    ("8801043015080", ""),  # a Korean EAN-13 (880, a date's shape): its GS1 check digit
])
def test_a_korean_resident_number_without_its_dash_is_read_by_its_check(text, expected):
    assert detector.reason(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("발송번호 5812-0034-1177", ""),  # a dispatch's number
    ("운송장번호 5812-0034-1177", ""),
    ("운송장 5812-0034-1177", ""),
    ("运单号 5812-0034-1177", ""),  # a waybill's
    ("订单号 5812-0034-1177", ""),
    ("注文番号 5812-0034-1177", ""),
    ("5812-0034-1177", PHONE),  # no label: the length of a Venezuelan number after 58
    ("사업자등록번호 220-81-62517", ""),  # a business's registration number
    ("사업자등록번호 220 81 62517", ""),
    ("统一社会信用代码 220-81-62517", ""),
    ("220-81-62517", PHONE),
    ("발송번호 010-4821-7365", PHONE),  # a mobile with its trunk prefix after a code label is still one
    ("사업자등록번호 010-4821-7365", PHONE),
    ("주문자 010-4821-7365", PHONE),  # the orderer: a person, no stem before a number word
    ("주문자 5812-0034-1177", PHONE),
])
def test_a_label_glued_as_cjk_scripts_write_it_is_read_by_its_stem_before_a_number_word(text, expected):
    assert detector.reason(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("MST 0101234567", ""),  # Hanoi's province code 01 and eight digits, a Korean mobile's shape
    ("Mã số thuế: MST 0101234567", ""),
    ("MST 0983 174 265", PHONE),  # a mobile in groups
    ("MST +84 983 174 265", PHONE),  # dialled
    ("0101234567", PHONE),
])
def test_after_vietnam_s_mst_a_single_run_is_the_tax_code(text, expected):
    assert detector.reason(text) == expected
