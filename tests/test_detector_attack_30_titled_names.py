"""The thirtieth attack's page titles in scripts without capitals (titled_names.py): a Korean name before `님`, a
Chinese name after an account's title or before `的` and an account's word, an Arabic name after an account's title or
`طلبات`; and the near misses of shop text that must go out."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"


@pytest.mark.parametrize("text", [
    "마이페이지 | 김민수님",
    "박지훈님의 장바구니",
    "김민수님",
    "김민준님 주문 감사합니다",  # (the thirteenth attack's, not claimed before this rule)
    "남궁민수님 환영합니다",
    "我的账户 | 王晓明",
    "我的账户 - 王晓明",
    "我的帳戶 – 陳美玲",
    "个人中心 · 欧阳娜娜",
    "王晓明的订单",
    "王芳的购物车",
    "订单 | 陳美玲的訂單",
    "حسابي - فاطمة الزهراني",
    "حسابي | فاطمة الزهراني",
    "حسابي | محمد بن سالم",
    "طلبات فاطمة الزهراني",
])
def test_a_name_in_a_title_without_capitals_is_a_name(text):
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "고객님의 장바구니",
    "회원님의 주문내역",
    "구매자님",
    "부사장님",
    "선생님",
    "마이페이지 | 쿠팡",
    "我的订单",
    "我的账户 | 京东",
    "我的账户 - 安全设置",
    "我的账户 | 订单",
    "周末的订单",
    "全部的订单",
    "حسابي",
    "حسابي - طلباتي",
    "حسابي - تفاصيل الحساب",
    "حسابي | سجل الطلبات",
    "حسابي | مكتبة جرير",
    "حسابي - البيانات الشخصية",
    "طلبات الشراء",
    "طلبات قيد التنفيذ",
    "قميص قطني | طلبات جديدة",
])
def test_a_title_without_capitals_of_shop_text_is_ordinary(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("part", ["김민수님 ", "我的账户 | 王", "王晓明的订单 ", "حسابي - فاطمة ", "طلبات ", "님님"])
def test_a_long_value_of_a_title_without_capitals_repeated_is_judged(part):
    detector.forget_remembered()
    assert detector.reason((part * 700)[:4096]) in ("", PERSON_NAME)
