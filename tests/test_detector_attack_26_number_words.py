"""The twenty-sixth attack's phones said in number words (tests/privacy_attack_cases_26.py): Vietnamese, Thai, Hebrew
and Norwegian (Danish and Swedish words too), and the Scandinavian possessive after its number word (`nummeret
mitt er`). With the near misses: counting, a few number words in a title, a number word without a possessive."""

from __future__ import annotations

import pytest

from meta_capi import detector

PHONE = "holds a phone number"
LABELLED = "holds a number labelled as personal data"


@pytest.mark.parametrize(("text", "found"), [
    ("số của tôi không chín một hai ba bốn năm sáu bảy tám", PHONE),
    ("เบอร์ ศูนย์ แปด หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด", PHONE),
    ("הטלפון שלי אפס חמש שתיים ארבע שמונה שבע שלוש תשע אחת חמש", PHONE),
    ("nummeret mitt er fire en to tre fire fem seks sju", LABELLED),
    ("numret är noll sju noll ett två tre fyra fem sex sju", PHONE),
    # near misses: counting, a few number words, Vietnamese words alike in a title
    ("một hai ba bốn năm sáu bảy tám chín mười", ""),
    ("หนึ่ง สอง สาม สี่ ห้า หก เจ็ด", ""),
    ("Ba Hai Mot Nam Tam Sau Bay", ""),
    ("Cà phê sáu ba bảy", ""),
    ("Slik bytter du fire til fem seks sju dager", ""),
    ("en to tre fire fem seks sju", ""),
])
def test_a_phone_said_in_number_words(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("nummeret mitt er 41234567", LABELLED),
    ("nummeret ditt 41234567", LABELLED),
    ("mitt nummer er 41234567", LABELLED),
    # near misses: a number word or a possessive alone, an order's number
    ("nummeret er 41234567", ""),
    ("mitt er 41234567", ""),
    ("Nummeret: 41234567", ""),
    ("ordre nummeret 41234567", ""),
])
def test_a_possessive_after_its_number_word_names_a_persons_number(text: str, found: str) -> None:
    assert detector.reason(text) == found
