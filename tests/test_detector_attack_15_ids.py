"""The fifteenth attack's national ids (tests/privacy_attack_cases_15.py): Ireland's PPSN by its mod-23 check
letter, the UK's National Insurance number as printed, Chile's RUT by its mod-11 check (laid out with dots in ids
too; compact and dashed in free text), a document number's check letter after a personal label (the UK's `NI
number: QQ123456C`), the labels `NI`, `PPS`, `IRD` and `C.C.` before a number, and a receipt's label naming a code
(`Boleta 001-0045678`); with the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, national_ids
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID, PERSONAL_KEY, PHONE


@pytest.mark.parametrize(("text", "found"), [
    ("1234567T", NATIONAL_ID),  # 112 mod 23 = 20: T
    ("7654321PA", NATIONAL_ID),  # the second letter weighs 9 (A = 1): 177 mod 23 = 16: P
    ("Hi there, 7654321PA - thanks!", NATIONAL_ID),
    ("PPSN 1234567T", NATIONAL_ID),
    ("1234567S", ""),  # a wrong check letter
    ("7654321PB", ""),  # the second letter counts
    ("1234567", ""),  # digits alone: no letter to check
])
def test_an_irish_ppsn_is_read_by_its_check_letter_in_free_text(text: str, found: str) -> None:
    assert detector.reason(text) == found


def test_an_irish_ppsn_is_not_looked_for_in_ids_nor_in_a_url_path() -> None:
    assert detector.reason("1234567T", id_like=True) == ""
    assert detector.reason("1234567T", segments=True) == ""


@pytest.mark.parametrize(("body", "check", "valid"), [
    ("12345678", "5", True), ("10000013", "K", True), ("10000013", "k", True), ("15345672", "0", True),
    ("12345678", "4", False), ("10000013", "0", False), ("15345672", "K", False),
])
def test_the_rut_check_digit_weighs_the_body_from_the_right_2_to_7(body: str, check: str, valid: bool) -> None:
    assert national_ids.rut(body, check) is valid


@pytest.mark.parametrize("text", ["12.345.678-5", "10.000.013-K", "10.000.013-k", "RUT: 10.000.013-K",
                                  "Pedido 12.345.678-5"])
def test_a_dotted_rut_with_its_check_is_a_national_id_everywhere(text: str) -> None:
    # (the layout of no amount, version or phone number: read in ids and URL paths too, as a dotted CPF is)
    assert detector.reason(text) == NATIONAL_ID
    assert detector.reason(text, id_like=True) == NATIONAL_ID
    assert detector.reason(text, segments=True) == NATIONAL_ID


@pytest.mark.parametrize("text", ["12.345.678", "Price 12.345.678", "1.000.000-0", "10.000.013-Kg", "v1.234.567-8"])
def test_dotted_numbers_without_a_right_check_are_no_rut(text: str) -> None:
    assert detector.reason(text) == ""
    assert detector.reason(text, id_like=True) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("153456720", NATIONAL_ID),  # 15345672-0
    ("15345672-0", NATIONAL_ID),
    ("10000013-K", NATIONAL_ID),
    ("10000013K", NATIONAL_ID),
    ("153456721", ""),  # a wrong check digit
    ("353456720", ""),  # a body of 30 000 000 or more is a company's, unbroken it is read as no person's
    ("Order 153456720", ""),  # a code label's number is the code's
    ("Pedido 16543218-5", ""),
])
def test_a_compact_or_dashed_rut_is_read_by_its_check_in_free_text(text: str, found: str) -> None:
    assert detector.reason(text) == found


def test_a_compact_rut_is_not_looked_for_in_ids() -> None:
    assert detector.reason("153456720", id_like=True) == ""
    assert detector.reason("10000013-K", id_like=True) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("NI number: QQ123456C", NATIONAL_ID),  # a series, six digits and a check letter after a personal label
    ("Hi there, NI number: QQ123456C - thanks!", NATIONAL_ID),
    ("NI No: AB123456D", NATIONAL_ID),
    ("Model: QQ123456C", ""),  # no personal label
    ("AB123456C", ""),  # no label: a code's shape
    ("NI number: QQ123456CD", ""),  # one check letter, not a word
])
def test_a_document_number_may_end_in_its_check_letter_after_a_personal_label(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("C.C. 1.020.304.050", LABELLED_NUMBER),  # Colombia's cédula de ciudadanía as printed
    ("Cédula de Ciudadanía: 1.020.304.050", LABELLED_NUMBER),  # (citizenship: a personal word alone)
    ("cédula de ciudadanía 1020304050", LABELLED_NUMBER),
    ("Ciudadanía 2024", ""),
    ("CC 1020304050", LABELLED_NUMBER),  # Portugal's cartão de cidadão
    ("IRD number 49-091-850", LABELLED_NUMBER),
    ("IRD 49091850", LABELLED_NUMBER),
    ("NI: 1234567", LABELLED_NUMBER),
    ("PPS No. 1234567", LABELLED_NUMBER),
    ("Moto 250 cc", ""),
    ("Engine 1.300 cc", ""),
    ("cc 250", ""),
])
def test_the_short_names_of_id_cards_label_the_number_after_them(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("key", ["ni_number", "niNo", "ird", "ird_number", "ppsn", "pps_number", "cc_number",
                                 "ciudadania"])
def test_keys_naming_those_ids_are_personal(key: str) -> None:
    assert detector.key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", ["ni", "pps", "cc", "engine_cc", "bird", "third_party"])
def test_the_short_names_alone_are_ordinary_keys(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("Boleta 001-0045678", ""),  # Peru's sales receipt: a series and a serial
    ("Recibo 0012345678", ""),
    ("Ticket 001-0045678", ""),
    ("Boleta 0612345678", PHONE),  # a code label's number is still a phone when a plan's mobile after its trunk 0
    ("001-0045678", PHONE),
])
def test_a_receipt_label_names_a_code(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("AB 12 34 56 C", NATIONAL_ID),
    ("Hi AB 12 34 56 C ok", NATIONAL_ID),
    ("GB 12 34 56 C", ""),  # a prefix never issued
    ("QQ 12 34 56 C", ""),  # Q is no prefix letter
    ("AB 12 34 56 E", ""),  # the suffix is A to D
    ("ab 12 34 56 c", ""),  # printed in capitals
    ("AB123456C", ""),  # unbroken and without its label: a code's shape
])
def test_a_national_insurance_number_is_read_as_printed(text: str, found: str) -> None:
    # (in a URL path too, where it is more than digits; in ids too, a layout no code takes: closer 77)
    assert detector.reason(text) == found
    assert detector.reason(text, segments=True) == found
    assert detector.reason(text, id_like=True) == found
