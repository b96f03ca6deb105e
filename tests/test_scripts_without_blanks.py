"""Latin letters glued to a script written without blanks (Han, kana, Hangul) start or end a word there, as a blank
would: the text is read a second time with a blank at each such boundary (canonical._spaced_scripts, another
reading). A fuzz of birth dates (session 31) found labels glued so read as no label (`来自DOB: 17-08-2003`, "from"
then a birth date's label); the gate corpus's passports glued to their Japanese label (`旅券番号TK5172938`) are read
now too. Product names that glue a brand's or a model's Latin letters to Chinese, Japanese or Korean words go out,
and a digit glued to such a word is read as written (`1-2巻`, volumes; `연남로 3길 12`, a road's lane, as a
product's name)."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

GLUED_PERSONAL = [
    ("来自DOB: 17-08-2003", detector.LABELLED_NUMBER),
    ("来自b. 7.6.1943", detector.BIRTH_DATE),
    ("来自né le 19-12-1964", detector.BIRTH_DATE),
    ("件名Geburtsdatum: 12.03.1984", detector.LABELLED_NUMBER),
    ("旅券番号TK5172938", detector.NATIONAL_ID),
    ("연락처DOB: 1984-03-12", detector.BIRTH_DATE),
]
GLUED_ORDINARY = [
    "苹果iPhone 15 Pro Max 256GB 黑色", "iPhone15ケース 手帳型", "三星Galaxy S24 Ultra 12GB+256GB",
    "2024年11月29日发货", "订单号2024112912345678", "ソニーWH-1000XM5 ワイヤレスヘッドホン", "나이키Air Max 90 270mm",
    "华为Mate60 Pro 12+512GB", "無印良品PP収納ケース", "LG그램16 2024", "小米14 Ultra 16GB+1TB", "型番ABC-1234の互換品",
    "しまじろう まちまち 1-2巻", "연남로 3길 12 굿즈 세트",
]


@pytest.mark.parametrize(("text", "kind"), GLUED_PERSONAL)
def test_a_label_glued_to_a_script_without_blanks_is_read(text: str, kind: str) -> None:
    assert detector.reason(text) == kind


def test_a_glued_label_percent_encoded_in_a_fragment_is_read() -> None:
    # (the reading asks the decoded form, not the text as written: `#%E6%9D%A5%E8%87%AAborn%2027.4.2005`)
    assert privacy.clean_url("https://shop.example.com/p#%E6%9D%A5%E8%87%AAborn%2027.4.2005") == (
        "https://shop.example.com/p")


@pytest.mark.parametrize("text", GLUED_ORDINARY)
def test_product_names_glued_to_such_scripts_go_out(text: str) -> None:
    assert privacy.free_text(text) == text
