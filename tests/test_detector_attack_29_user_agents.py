"""The twenty-ninth attack's user agents (tests/privacy_attack_cases_29.py): a field after an escaped parenthesis,
the Facebook in-app browser's bracketed fields, a personal label's value in a comment after Line's, WeChat's or
Instagram's product, a device named by its owner. With real user agents holding brackets, colons and possessives'
look-alikes, which go out."""

from __future__ import annotations

import pytest

from meta_capi import detector

IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
ANDROID = ("Mozilla/5.0 (Linux; Android 14; {}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile"
           " Safari/537.36")


@pytest.mark.parametrize("user_agent", [
    ANDROID.format("SM-S918B\\) Customer: Leylaqa Aliyeva \\("),
    IOS + " [FBAN/FBIOS;FBAV/450.0.0.38.108;FBDV/iPhone14,2;FBLC/en_US;FBOP/5;Name: Sjoerdqa Hettinga]",
    IOS + " Safari Line/13.20.0 (user: Tinaqa Boersma)",
    # (`(User: tinaqa)`, one token after a user's label, is a sign-in name: test_closer78_labelled_values.py)
    IOS + " Instagram 329.0.3.29.90 (iPhone15,3; iOS 17_4; en_US; en; scale=3.00; 1290x2796; user: Wybeqa Hoekstra)",
    IOS + " MicroMessenger/8.0.42(0x18002a2b) NetType/WIFI Language/zh_CN (收件人: 陳大文qa)",
    IOS + " MicroMessenger/8.0.42(0x18002a2b) NetType/WIFI Language/zh_CN (customer：Tala Waim)",
    ANDROID.format("Jessqa Kieffer's Galaxy S23"), ANDROID.format("Tala’s Pixel 8"),
    "Mozilla/5.0 (Macintosh; Ana Reyes's MacBook Pro) AppleWebKit/605.1.15 (KHTML, like Gecko) Safari/605.1.15",
])
def test_a_user_agent_naming_its_user_is_refused(user_agent: str) -> None:
    assert detector.user_agent_reason(user_agent) == "holds a person's name"


@pytest.mark.parametrize("user_agent", [
    IOS + " [FBAN/FBIOS;FBAV/450.0.0.38.108;FBBV/553063390;FBDV/iPhone14,2;FBMD/iPhone;FBSN/iOS;FBSV/17.1;"
    "FBSS/3;FBID/phone;FBLC/en_US;FBOP/5;FBRV/555284030]",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/131.0.6778.39 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/489.0.0.66.81;]",
    IOS + " Safari Line/13.20.0", IOS + " Safari Line/13.20.0 LIFF",
    IOS + " Instagram 329.0.3.29.90 (iPhone15,3; iOS 17_4; en_US; en-US; scale=3.00; 1290x2796)",
    IOS + " MicroMessenger/8.0.42(0x18002a2b) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    ANDROID.format("Galaxy S23"), ANDROID.format("Pixel 8 Pro"), ANDROID.format("SM-S918B\\) \\("),
    "Mozilla/5.0 (Linux; U; Android 4.0.3; ko-kr; LG-L160L Build/IML74K) AppleWebkit/534.30 (KHTML, like Gecko) "
    "Version/4.0 Mobile Safari/534.30",
])
def test_a_real_user_agent_goes_out(user_agent: str) -> None:
    assert detector.user_agent_reason(user_agent) == ""
