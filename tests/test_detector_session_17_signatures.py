"""The thirty-first attack's last closings (mails.py, reviews.py): a Japanese request's closing and Chinese wishes on
their line above a name (`よろしくお願いします。\n鷲尾伊佐子`, `祝好，\n欧阳晓婷`, `敬祝 商祺\n歐陽曉婷 敬上`), and a
message signed on its last line after a dash or a tilde (`Thanks!\n-Annabel Whitcomb`). A list's items, a team's or a
service's signature, a line of words that is no name stay ordinary."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    "配送日を変更できますか？\nよろしくお願いします。\n鷲尾伊佐子",
    "よろしくお願いいたします\n山田太郎",
    "谢谢！\n祝好，\n欧阳晓婷",
    "請問何時出貨？\n敬祝 商祺\n歐陽曉婷 敬上",
    "Thanks!\n-Annabel Whitcombe",
    "Thanks!\n~ Annabel Whitcombe",
    "Thanks!\n— Annabel Whitcombe",
    "Where is my parcel? It was due Monday.\n- Annabel Whitcombe",
])
def test_a_closing_or_a_dash_before_a_last_line_name_is_a_name(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "よろしくお願いします",
    "よろしくお願いします。\n新商品のご案内",
    "祝好运",
    "祝你生日快乐\n蛋糕套装",
    "Includes:\n- Travel Case",
    "Features:\n- Soft cotton.\n- Machine Washable",
    "Our best seller.\n- Organic Cotton\n- Fair Trade",
    "Great!\n- Free Shipping",
    "Thanks!\n- The Demo Shop Team",
    "Thanks!\n- Customer Service",
    "Happy Birthday!\n~ Love Mom",
])
def test_a_list_a_team_or_words_after_such_a_line_are_ordinary(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("part", ["Thanks!\n- Ab Cd\n", "!\n-", ".\n~ Ab Cd Ef", "a.\n- A B \"", "祝好，\n王小明\n"])
def test_a_long_value_of_such_lines_repeated_is_judged(part):
    detector.forget_remembered()
    assert detector.reason((part * 1000)[:4096]) in ("", PERSON_NAME)
