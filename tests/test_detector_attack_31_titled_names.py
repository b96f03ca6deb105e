"""The thirty-first attack's names with a title in scripts without capitals (titled_names.py): a Korean given name
calling the reader before `님` or `고객님` and a comma or a greeting, a Korean full name before `님` after a blank or
`씨` called, a Japanese full name before `先生` or `サマ`, a Chinese given name before `女士` and `您好`, a Thai name
after `เรียน คุณ`; and the near misses of shop text that must go out (animals before `님` among them)."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    "민서님, 안녕하세요.\n주문하신 상품이 발송되었습니다.",
    "민서님 안녕하세요 | 마이페이지",
    "민서 고객님, 주문이 완료되었습니다",
    "지우 회원님 환영합니다",
    "남궁민서 님, 주문이 완료되었습니다",
    "남궁민서씨 안녕하세요",
    "김민수 씨, 주문하신 상품이 발송되었습니다",
    "鷲尾伊佐子先生\nお世話になっております",
    "鷲尾伊佐子サマ\nご注文ありがとうございます",
    "山田花子先生へ",
    "晓婷女士：您好！",
    "志强先生，您好",
    "เรียน คุณสมศรี ศรีสุวรรณพงศ์\nขอบคุณสำหรับคำสั่งซื้อ",
    "สวัสดี คุณสมชาย",
])
def test_a_name_called_with_its_title_without_capitals_is_a_name(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "고양이님 간식",
    "강아지님 방석",
    "송아지님 인형",
    "고객님, 안녕하세요",
    "회원님 환영합니다",
    "신규 고객님, 환영합니다",
    "우리 고객님, 감사합니다",
    "선생님, 안녕하세요",
    "신규 고객님 혜택",
    "옥수수씨 파종",
    "김민수 님의 침묵",
    "サマーセール",
    "風水先生",
    "我叫他王先生",
    "名探偵先生シリーズ",
    "各位女士：您好！",
    "尊敬女士，您好",
    "时尚女士连衣裙",
    "เรียน คุณลูกค้า\nขอบคุณสำหรับคำสั่งซื้อ",
    "เรียน คุณลูกค้าที่เคารพ",
    "เรียนภาษาอังกฤษ คุณภาพดี",
])
def test_a_title_without_capitals_and_no_name_goes_out(text):
    assert detector.reason(text) == ""
