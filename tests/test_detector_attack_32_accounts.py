"""The thirty-second attack's account titles (greetings.py, titled_names.py): the bare `Account`, a holder's name in
lower case, a handle after `Logged in as`, a name, a sub-page and the title, a Korean `님` after a blank ending the
title, a Chinese family name of two characters after `/`; and their near misses that must go out."""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSONAL = [
    "Account / Anna Pfeifferqa",
    "Account | Ottilie Schimmelpfennig",
    "Kundenkonto » Ottilie Schimmelpfennig",
    "My Account | anna pfeifferqa",
    "Mein Konto > ottilie schimmelpfennig",
    "Logged in as anna-pfeifferqa88",
    "Logged in as ottilie.schimmelpfennig",
    "Angemeldet als ottilie_schimmelpfennig",
    "Signed in as annapfeifferqa88",
    "Anna Pfeifferqa · Bestellungen · Mein Konto",
    "Ottilie Schimmelpfennig | Order History | My Account",
    "마이페이지 > 김서윤 님",
    "마이페이지 | 박지훈 님",
    "我的账户 / 欧阳晓婷",
    "我的账户 > 王晓明",
    "[Anna Pfeifferqa] | My Account",
    "[Anna Pfeifferqa]: my order is late",
    # (session 17's review: greetings of the round's languages, Thai `คุณ` glued)
    "Üdv újra itt, Kovács Anna!",
    "Kính chào anh Trần Văn Minh,",
    "Bună ziua, d-na Popescu,",
    "เรียนคุณสมศรี",
    "สวัสดีคุณสมศรี",
]

ORDINARY = [
    "Account / Addresses",
    "Account · Orders · Demo Shop",
    "Account / Settings / Privacy",
    "Account - Demo Shop",
    "Savings Account | Premium Plan",
    "My Account | orders",
    "My Account | order history",
    "My Account | sign in",
    "Mein Konto | jetzt anmelden",
    "My Account | demo shop",
    "My Account | free shipping",
    "Logged in as guest",
    "Logged in as admin",
    "Logged in as demo-user",
    "Logged in as shop-admin",
    "Nike Air Max · Bestellungen · Mein Konto",
    "마이페이지 > 주문내역",
    "마이페이지 > 고양이 님",
    "我的账户 / 订单",
    "我的账户 / 黄金会员",
    "[Gift Cards] | My Account",
    "[Order History] | My Account",
    "Üdv újra itt!",
    "Kính chào quý khách,",
    "Kính chào anh em,",
    "Bună ziua, d-na,",
    "เรียนคุณลูกค้า",
    "เรียนคุณครู",
    "สวัสดีคุณหมอ",
]


@pytest.mark.parametrize("value", PERSONAL)
def test_account_titles_of_the_thirty_second_attack_are_kept(value: str) -> None:
    assert detector.reason(value) == "holds a person's name"


@pytest.mark.parametrize("value", ORDINARY)
def test_their_near_misses_go_out(value: str) -> None:
    assert detector.reason(value) == ""
