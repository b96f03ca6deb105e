"""Rules closing families of the eighth attack (issue 16): dotted and CJK birth labels with the CJK date layout,
national health-insurance schemes' keys; each with near-misses."""

import pytest

from meta_capi.detector import BIRTH_DATE, PHONE, key_reason, reason


@pytest.mark.parametrize("text", [
    "D.O.B. 14/07/1988", "D.O.B 14/07/1988", "d.o.b.: 1988-07-14", "D.O.B. 14 July 1988",
    "生年月日: 1988年7月14日", "生年月日1988年7月14日", "出生日期：1988年7月14日", "생년월일: 1988년 7월 14일",
    "誕生日 1988年7月14日", "DOB: 1988年7月14日", "生年月日: 1988-07-14",
])
def test_a_date_after_a_dotted_or_cjk_birth_label_is_a_birth_date(text: str) -> None:
    assert reason(text) == BIRTH_DATE


@pytest.mark.parametrize("text", [
    "2026年7月14日 発送", "誕生日ケーキ 2026年7月14日", "生年月日", "D.O.B. sale", "Delivered 2026年7月14日",
    "D.O.Bx 14/07/2026", "配達日: 2026年7月14日", "出生日期",
])
def test_a_cjk_date_without_a_birth_label_or_a_label_without_a_date_goes_out(text: str) -> None:
    assert reason(text) == ""


@pytest.mark.parametrize("key", [
    "philhealth_no", "PhilHealthNumber", "philhealth", "bpjs_kesehatan", "carte_vitale", "tarjeta_sanitaria",
    "ohip_number", "health_card", "healthCardNo", "health_insurance_id",
])
def test_a_national_health_insurance_schemes_key_is_personal(key: str) -> None:
    assert key_reason(key) != ""


@pytest.mark.parametrize("key", [
    "health_score", "healthy_choice", "health_check", "insurance_fee", "philosophy", "ohio_store", "phil_tag",
])
def test_a_key_near_a_health_insurance_schemes_name_goes_out(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize(("text", "segments"), [
    ("Order #PH-2026-000123", False), ("PH-2026-000123", False), ("orders\nPH-2026-000123", True),
    ("INV-2024-0042", False), ("SGD 1,000.00 - 2,000.00", False), ("1.000,00 - 2.000,00 EUR", False),
    ("Php 12,345.67–23,456.78", False),
])
def test_an_order_number_with_a_year_or_a_range_of_amounts_goes_out(text: str, segments: bool) -> None:
    assert reason(text, segments=segments) == ""


@pytest.mark.parametrize("text", [
    "PH-0917-123-4567", "Tel: 2026-000123", "PH 2026 000123", "Ph-917-123-4567", "2,000.00 - 1,000.00",
    "PH-2026-9171234567",
])
def test_a_phone_number_near_an_order_number_or_a_range_of_amounts_is_still_found(text: str) -> None:
    assert reason(text) != ""


@pytest.mark.parametrize("text", [
    "[+63] 9171234567", "[+63] 917 123 4567", "%2B63+917+123+4567", "+63+917+123+4567", "+44+7700+900173",
    "+63 2 8123 4567 / 0917 123 4567", "8123 4567 / 0917 123 4567",
])
def test_a_phone_number_in_brackets_with_form_blanks_or_after_another_and_a_slash_is_found(text: str) -> None:
    assert reason(text) == PHONE


@pytest.mark.parametrize("text", [
    "100+200+300", "Buy 2+1", "C+1+2", "1+1+1 offer", "[1] 2026 report", "[12] 345 678", "256 GB / 8 GB",
    "1234 5678 / 1234 5678", "SKU 12345678 / 87654321", "[+63]",
])
def test_sums_footnotes_and_slashed_codes_near_those_layouts_go_out(text: str) -> None:
    assert reason(text) == ""
