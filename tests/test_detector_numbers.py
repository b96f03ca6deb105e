"""Numbers in free text the detector reads by their layout: payment cards next to other numbers, dates before a
time, ranges of amounts, a code's groups of four (detector._number_reason and its helpers)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meta_capi import detector, national_ids
from meta_capi.canonical import canonical
from meta_capi.privacy import clean_url

VISA = "4532015112830366"  # issuer prefix 4, Luhn sum right
WRONG_CHECK = "4532015112830367"
JCB = "3530111333444451"
AMEX = "371449635398431"
UNIONPAY_19 = "6212345678901234569"


def spaced(digits: str) -> str:
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


@pytest.mark.parametrize("text", [
    f"{spaced(VISA)} 12/27 123",  # expiry and CVC after
    f"12/27 {spaced(JCB)}",  # the expiry before
    f"exp 12/27 {JCB} cvc 123",  # unbroken between other numbers
    f"{AMEX[:4]} {AMEX[4:10]} {AMEX[10:]} 12/27 1234",  # 4-6-5
    f"{spaced(UNIONPAY_19)} 12/27",  # 4-4-4-4-3
    f"{VISA[:4]}-{VISA[4:8]}-{VISA[8:12]}-{VISA[12:]} 12-27",
    f"%B{VISA}^OKAFOR/WYN^2712101?",  # magnetic track 1: `%B`, the number, `^`
])
def test_a_card_number_is_found_next_to_its_expiry_and_cvc_or_in_track_one_data(text):
    assert detector.reason(text) == detector.CARD
    assert detector.reason(text, id_like=True) == detector.CARD


@pytest.mark.parametrize("text", [f"{spaced(WRONG_CHECK)} 12/27 123", f"12/27 {spaced(WRONG_CHECK)}"])
def test_groups_laid_out_as_a_card_whose_luhn_sum_is_wrong_are_no_card(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "form"), [
    ("%B4", "%B4"),  # no UTF-8: kept as written
    ("caf%E9 %40x", "caf%E9 @x"),
    ("100%C3%A9t%C3%A9", "100ete"),
])
def test_a_percent_escape_that_is_no_utf8_stays_as_written(text, form):
    assert canonical(text) == (form, True)


@pytest.mark.parametrize("text", [
    "29/11/2024 10:30", "11/29/2024 10:30 AM", "29.11.2024 10:30", "29-11-2024 10:30:15",
    "Order 1001 of 29.11.2024 10:30", "Delivered 1.2.2025 9:05",
])
def test_a_date_written_day_or_month_first_before_a_time_is_no_phone_number(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "29/11/2024 10",  # no time follows: the run is judged as it is
    "29/11/2024 10:30 0803 123 4567",  # what follows the time is judged alone
    "call 0803 123 4567 10:30",
])
def test_a_phone_number_near_a_date_or_a_time_is_still_one(text):
    assert detector.reason(text) == detector.PHONE


@pytest.mark.parametrize("text", ["50000-150000", "15000-25000", "150000-450000", "price 10000-1250000"])
def test_a_range_of_two_round_amounts_is_no_phone_number(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("150000-50000", detector.PHONE),  # not a range: the first is the larger
    ("50000-150001", detector.PHONE),  # not round
    ("0300-1234500", detector.PHONE),  # a trunk 0: no amount
    ("Tel 50000-150000", detector.LABELLED_NUMBER),  # a personal label names any number
])
def test_numbers_joined_by_a_dash_that_are_no_range_of_amounts_are_judged_as_before(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("SN 2411 2910 3045", ""),
    ("S/N 4821 3379 1204", ""),
    ("Serial 2411 2910 3045", ""),
    ("SN 0812 3456 7890", detector.PHONE),  # a trunk 0: a phone number's layout (Indonesia)
    ("SN 241 129 103 045", detector.PHONE),  # not groups of four
    ("SN 4411 2910 3045", ""),
    ("4411 2910 3045", detector.PHONE),  # no code label (and the length of a UK number after 44)
])
def test_a_code_label_s_groups_of_four_digits_are_the_code_s_own(text, found):
    assert detector.reason(text) == found


def test_a_json_number_under_a_contact_key_in_a_query_value_removes_the_parameter():
    assert clean_url("https://blog.example.net/post?utm_content=%7B%22tel%22%3A%202348031234567%7D&utm_source=news") \
        == "https://blog.example.net/post?utm_source=news"
    assert clean_url("https://blog.example.net/post?utm_content=%7B%22sku%22%3A%202348031234567%7D") == (
        "https://blog.example.net/post?utm_content=%7B%22sku%22%3A%202348031234567%7D")


@pytest.mark.parametrize("text", [
    "0712\u2044345\u2044678", "0712\u2215345\u2215678",  # fraction and division slashes read as `/`
    "0712\u060c345\u060c678", "0712\u3001345\u3001678", "0712\uff64345\uff64678",  # Arabic, ideographic commas
])
def test_digit_groups_joined_by_another_scripts_slash_or_comma_read_as_a_phone(text):
    assert detector.reason(text) == detector.PHONE


@pytest.mark.parametrize("text", [
    "41\u204490\u204464\u204417", "ip 41/90/64/17", "41 . 90 . 64 . 17", "app.41.90.64.17.nip.io",
    "http://41-90-64-17.sslip.io/", "x.41.90.64.17.example.com",
])
def test_an_ipv4_with_slashes_spaced_dots_or_as_labels_of_a_host_is_an_address(text):
    assert detector.reason(text) == detector.IP_ADDRESS


@pytest.mark.parametrize("text", [
    "/c/12/3/45/6", "v1.2.3.4.5", "build.1.2.3.4", "29/11/24", "41 . 90 . 64 . 0", "Firmware 4.2.1.7",
])
def test_paths_versions_and_dates_of_numbers_are_no_address(text):
    assert detector.reason(text) != detector.IP_ADDRESS


@pytest.mark.parametrize(("text", "expected"), [
    ("61109010140000071219812874", detector.NATIONAL_ID),  # Polish NRB: the IBAN check computed for PL
    ("konto 61109010140000071219812874", detector.NATIONAL_ID),
    ("61109010140000071219812875", ""),
    ("マイナンバー 1234 5678 9018", detector.NATIONAL_ID),  # Japan's My Number: its check digit, before its label
])
def test_a_polish_account_number_and_a_labelled_my_number_are_found(text, expected):
    assert detector.reason(text) == expected


def test_an_id_of_digits_alone_is_not_looked_for_in_an_id():
    assert detector.reason("61109010140000071219812874", id_like=True) != detector.NATIONAL_ID


@pytest.mark.parametrize("text", [
    "NPWP 01.234.567.8-901.000", "ABN 51 824 753 556", "VAT GB 123 4567 89", "TVA FR 40 303 265 045",
    "SIRET 732 829 320 00074",
])
def test_a_business_tax_or_company_number_after_its_label_is_a_code(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["VAT 0712 345 678", "ABN +61 412 345 678", "VAT 0701234567", "ABN 650-555-0173",
                                  "VAT 650,555,0173", "VAT 00 44 7700 900173"])
def test_a_mobile_or_a_dialled_number_after_a_business_label_is_still_a_phone(text):
    assert detector.reason(text) == detector.PHONE


@pytest.mark.parametrize(("text", "expected"), [
    ("29/11/2024 - 06/12/2024", ""), ("29.11.2024-06.12.2024", ""), ("11/29/2024 - 12/06/2024", ""),
    ("29/11/2024 - 0612345678", detector.PHONE),
])
def test_a_range_of_two_dates_written_day_first_is_no_phone_number(text, expected):
    assert detector.reason(text) == expected


@pytest.mark.parametrize("text", [
    "sifuri saba moja mbili tatu nne tano sita saba nane",
    "nol delapan satu dua tiga empat lima enam tujuh delapan sembilan",
])
def test_number_words_of_swahili_and_indonesian_are_read_as_digits(text):
    assert detector.reason(text) == detector.PHONE


# A number after a label naming an identity number alone (issue 16, fifth attack): read for a birth date at its start,
# YYMMDD or DDMMYY, whatever its check digit (South Africa's `9001015009087` with a wrong Luhn digit).
@pytest.mark.parametrize("text", [
    "ID number 9001015009087", "ID number 9001015009088", "ID: 9001015009087", "ID No. 900101 5009 087",
    "ID#9001015009087", "Identity number 9001015009087", "Identité Nr. 9001015009087",
    "ID 8501015800088",  # another valid South African id
    "ID no 0101901234",  # DDMMYY and four digits (Danish CPR's layout)
    "ID 01019012345",  # DDMMYY and five digits (Norway's)
    "ID 900101123456",  # twelve digits
    "ID: 2311200001",  # an order number dated YYMMDD after `ID` alone: a drop the README accepts
])
def test_a_number_beginning_with_a_birth_date_after_an_identity_label_is_a_national_id(text):
    assert detector.reason(text) == detector.NATIONAL_ID


@pytest.mark.parametrize("text", [
    "ID number 9013015009087",  # month 13, and 90 is no day
    "ID number 1234567890123",  # no date at its start either way
    "ID 123456789",  # nine digits: shorter than any id of this layout
    "ID 90010150090871",  # fourteen digits
    "Product ID 9001015009087", "Order ID 9001015009087", "Order number 9001015009087",  # a code's label
    "Item 9001015009087", "9001015009087",  # no label
    "ID9001015009087", "ID-9001015009087", "ID_9001015009087",  # glued to its letters: a code
])
def test_a_number_after_another_label_or_without_a_date_is_judged_as_before(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "id_like", "segments"), [
    ("ID 9001015009087", True, False),  # an id's code may share the shape
    ("\nid\n9001015009087", False, True),  # a URL path: national ids of digits alone are not looked for there
])
def test_the_identity_label_rule_reads_free_text_only(text, id_like, segments):
    assert detector.reason(text, id_like=id_like, segments=segments) != detector.NATIONAL_ID


@settings(max_examples=500)
@given(digits=st.from_regex(r"[0-9]{1,24}", fullmatch=True))
def test_the_one_luhn_check_sums_every_second_digit_doubled_from_the_right(digits: str) -> None:
    doubled = [int(ch) * (2 if index % 2 else 1) for index, ch in enumerate(reversed(digits))]
    assert national_ids.luhn(digits) == (sum(value - 9 if value > 9 else value for value in doubled) % 10 == 0)
