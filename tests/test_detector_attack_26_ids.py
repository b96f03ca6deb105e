"""The twenty-sixth attack's national ids (tests/privacy_attack_cases_26.py): Malaysia's MyKad dashed as printed,
Kazakhstan's IIN by its check digit and after its Kazakh label `ЖСН`, passports after their label in Vietnamese,
Thai, Indonesian and Greek (Hebrew too). With the near misses each rule leaves alone: a wrong date, place or check
digit, a product for passports."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.national_ids import _iin

ID = "holds a national id number"
LABELLED = "holds a number labelled as personal data"
UA = "Mozilla/5.0 (Linux; Android 14; {}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"


@pytest.mark.parametrize(("text", "found"), [
    ("880714-14-5678", ID),
    ("No. K/P: 880714-14-5678", ID),
    ("IC 020229-71-0042", ID),  # born abroad (a country's code)
    # near misses: a place of birth never issued, a dated code with another grouping
    ("880714-19-5678", ""),
    ("880714-80-5678", ""),
    ("Order 240115-17-0001", ""),
    ("Batch 880714-1-5678", ""),
])
def test_a_mykad_is_read_by_its_printed_layout_in_free_text(text: str, found: str) -> None:
    assert detector.reason(text) == found


def test_a_mykad_layout_is_no_id_in_an_id() -> None:
    assert detector.reason("880714-14-5678", id_like=True) == ""


@pytest.mark.parametrize(("digits", "valid"), [
    ("880714401236", True),
    ("880714401237", False),  # its check digit
    ("880714701236", False),  # no century and sex 7
    ("881314401236", False),  # no month 13
])
def test_the_iin_check(digits: str, valid: bool) -> None:
    assert _iin(digits) is valid


@pytest.mark.parametrize(("text", "found"), [
    ("880714401236", ID),
    ("ЖСН: 880714401236", ID),
    ("880714401237", ""),
    ("012345678905", ""),  # a UPC-A
])
def test_an_iin_is_read_by_its_check_digit(text: str, found: str) -> None:
    assert detector.reason(text) == found


def test_the_kazakh_label_names_an_iin_in_the_user_agent() -> None:
    assert detector.user_agent_reason(UA.format("ЖСН: 880714401236")) == LABELLED
    assert detector.key_reason("жсн") == "personal key"


@pytest.mark.parametrize(("text", "found"), [
    ("Hộ chiếu số: C1234567", ID),
    ("HỘ CHIẾU SỐ: C1234567", ID),
    ("Ho chieu: B7654321", ID),
    ("Paspor: X1234567", LABELLED),  # (Indonesian's word is in the key lexicon since closer 70: personal alone)
    ("Nomor paspor: X1234567", LABELLED),
    ("Pasport: X1234567", LABELLED),
    ("Διαβατήριο: AK4827316", LABELLED),
    ("หนังสือเดินทาง AA1234567", LABELLED),
    ("דרכון 12345678", LABELLED),
    # near misses: a passport's cover or case (a product), a number without a digit, Vietnamese words alike
    ("Paspor anak 2024", ""),
    ("Θήκη διαβατηρίου 2024", ""),
    ("ปกหนังสือเดินทาง", ""),
    ("כיסוי דרכון", ""),
    ("chieu sang LED 12W", ""),
    ("Ho Chi Minh 700000", ""),
    ("SKU: X12345678", ""),
])
def test_a_passport_number_after_its_label_in_the_lexicons_languages(text: str, found: str) -> None:
    assert detector.reason(text) == found
