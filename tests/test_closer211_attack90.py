"""Closer 211: the ninetieth attack's last five leaks (dating and matchmaking), closed by rule, each with its nearest
ordinary look-alikes both ways. The member below is two words no vocabulary holds (lower_case_names.a_name_word).

- cued_names._KANA_PROFILE_NAMED: Japanese's label of a profile or a name (`プロフィール`, `お名前`, `氏名`) and its
  colon before a name in katakana whose two words the middle dot joins (`Pairsプロフィール：<Family>・<Given>（29歳）`).
  Not a product's or a brand's label glued to a kana or kanji word (`商品名：ワイヤレス・イヤホン`,
  `ブランドプロフィール：ルイ・ヴィトン`), nor a katakana product name without the label
  (`新商品：ワイヤレス・イヤホン`).
- cued_names._UPLOADED_DOCUMENT_FILE: an upload's or a verification's word, an identity document's, one name's word
  and the upload's digits in a file's name (`ID_upload_passport_<Family>_739164.png`). Not a guide's, a template's, a
  country's or an accessory's word there (`ID_upload_passport_guide.png`, `ID_upload_passport_Template_2024.png`).
- detector._run_together_named: a person's label, its colon and two capitalized words of four letters or more glued
  into one (`Name：<Given><Family>` full-width). Not a product's words glued so (`Name：ＰｏｗｅｒＢａｎｋ`, `Name:
  PayPal`), nor a product's label (`Brand: …`).
- canonical._dotted_local_part: a local part's two words joined by a word for "." before a word for "@" and a large
  provider's name (`<given> dot <family> at gmail`). Not `find us at gmail`, `jo dot smith at gmail` (two letters).
- dating._GIFTED_PLAN_FOR: a gift subscription's or membership's `for` before a full name ending the text (`Gift
  subscription: Hinge+ for <Given> <Family>`). Not a gift's `for` alone (`Gift for Coffee Lovers`), a period, an
  occasion or an audience of doers (`… for 3 months`, `… for Valentine's Day`, `Gift Membership for Yoga Teachers`).
"""

from __future__ import annotations

import pytest

from meta_capi.detector import reason

GIVEN, FAMILY = "Tessaly", "Dranvoquist"
FULL = f"{GIVEN} {FAMILY}"
PERSON_NAME = "holds a person's name"
EMAIL = "holds an email address"


def _full_width(text: str) -> str:
    return "".join(chr(ord(character) + 0xFEE0) if "!" <= character <= "~" else character for character in text)


PERSONAL = [
    ("Pairsプロフィール：ドランヴォクイスト・テッサリー（29歳）東京", PERSON_NAME),
    ("プロフィール：ドランヴォクイスト・テッサリー", PERSON_NAME),
    ("お名前：ドランヴォクイスト・テッサリー 様", PERSON_NAME),
    (f"ID_upload_passport_{FAMILY}_739164.png", PERSON_NAME),
    (f"KYC_passport_{FAMILY}_20260114.jpg", PERSON_NAME),
    (f"Name：{_full_width(GIVEN + FAMILY)}", PERSON_NAME),
    (f"Name: {GIVEN}{FAMILY}", PERSON_NAME),
    (f"find me elsewhere: {GIVEN.lower()} dot {FAMILY.lower()} at gmail", EMAIL),
    (f"{GIVEN.lower()} dot {FAMILY.lower()} at yahoo", EMAIL),
    (f"Gift subscription: Hinge+ for {FULL}", PERSON_NAME),
    (f"Geschenkabo: Parship Premium für {FULL}", PERSON_NAME),
    ("Gift subscription: Bumble Premium for Ann Peters", PERSON_NAME),
]

ORDINARY = [
    "商品名：ワイヤレス・イヤホン",
    "ブランドプロフィール：ルイ・ヴィトン",
    "新商品：ワイヤレス・イヤホン（ブラック）",
    "Pairsプロフィールの書き方：コツ・例文",
    "ID_upload_passport_guide.png",
    "ID_upload_passport_Guide_2024.png",
    "ID_upload_passport_Template_2024.png",
    "ID_upload_passport_Canada_2024.png",
    "ID_upload_passport_Holder_2024.png",
    f"Name：{_full_width('PowerBank')}",
    "Name: PayPal",
    "Name: PlayStation",
    "Name: SoundCloud",
    f"Brand: {GIVEN}{FAMILY}",
    "find us at gmail",
    "jo dot smith at gmail",
    "Gift for Coffee Lovers",
    "Gift subscription: Hinge+ for 3 months",
    "Gift subscription for Valentine's Day",
    "Gift subscription: Hinge+ for New Members",
    "Gift Membership for Yoga Teachers",
    "Gift Subscription for Tea Drinkers",
]


@pytest.mark.parametrize(("text", "verdict"), PERSONAL)
def test_refused(text: str, verdict: str) -> None:
    assert reason(text) == verdict


@pytest.mark.parametrize("text", ORDINARY)
def test_goes_out(text: str) -> None:
    assert reason(text) == ""
