"""The twenty-eighth attack's addresses spelled in Uzbek (`kuchukcha`, `nuqta`) and with the English words in Burmese,
Khmer and Lao script (tests/privacy_attack_cases_28.py), read as the other languages' words are. With the near misses:
either word alone, in a title."""

from __future__ import annotations

import pytest

from meta_capi import detector

MAIL = "holds an email address"


@pytest.mark.parametrize(("text", "found"), [
    ("dilnoza.karimova kuchukcha mail nuqta uz", MAIL),
    ("DILNOZA.KARIMOVA KUCHUKCHA MAIL NUQTA UZ", MAIL),
    ("aungkyaw.moe အက် gmail ဒေါ့ com", MAIL),
    ("sok.chantha អាត់ gmail ដត់ com", MAIL),
    ("somphone.v ແອັດ gmail ດອດ com", MAIL),
    # near misses: the words alone
    ("Kuchukcha o'yinchoq 25 sm", ""),
    ("Nuqta 15 mm", ""),
    ("ကျွန်တော် အက် ကို ကြိုက်တယ်", ""),
    ("ຮ້ານ ດອດ com", ""),
    ("ban ແອັດ home ດອດ", ""),
])
def test_an_address_spelled_in_uzbek_burmese_khmer_and_lao(text: str, found: str) -> None:
    assert detector.reason(text) == found
