"""The user agent (Meta's raw `client_user_agent`): real ones go out unchanged, personal data outside its products
keeps it out (detector.user_agent_reason, privacy.user_agent_refusal)."""

from __future__ import annotations

import json

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from builders import NOW, make_event, make_settings
from meta_capi import build_request, detector, privacy
from meta_capi.canonical import canonical
from meta_capi.decisions import Decisions

REAL_USER_AGENTS = {
    "Chrome on Windows": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                         "Chrome/131.0.0.0 Safari/537.36",
    "Chrome on macOS": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                       "Chrome/131.0.0.0 Safari/537.36",
    "Chrome on Android": "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                         "Chrome/131.0.0.0 Mobile Safari/537.36",
    "Chrome on iOS": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                     "Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
    "Chrome OS": "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                 "Safari/537.36",
    "Safari on iPhone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                        "Gecko) Version/17.1.2 Mobile/15E148 Safari/604.1",
    "Safari on iPad": "Mozilla/5.0 (iPad; CPU OS 16_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                      "Version/16.6 Mobile/15E148 Safari/604.1",
    "Safari on macOS": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                       "Version/17.1 Safari/605.1.15",
    "Android WebView": "Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, "
                       "like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36",
    "Firefox on Windows": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Firefox on Ubuntu": "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
    "Firefox on Android": "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0",
    "Edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
            "Safari/537.36 Edg/131.0.2903.70",
    "Internet Explorer 11": "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Samsung Internet": "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
    "Opera": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
             "Safari/537.36 OPR/115.0.0.0",
    "Opera Mini": "Opera/9.80 (Android; Opera Mini/36.2.2254/119.132; U; id) Presto/2.12.423 Version/12.16",
    "UC Browser": "Mozilla/5.0 (Linux; U; Android 10; en-US; RMX2185 Build/QP1A.190711.020) AppleWebKit/537.36 (KHTML, "
                  "like Gecko) Version/4.0 Chrome/78.0.3904.108 UCBrowser/13.4.0.1306 Mobile Safari/537.36",
    "Yandex Browser": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                      "Chrome/124.0.0.0 YaBrowser/24.6.0.0 Safari/537.36",
    "Huawei Browser": "Mozilla/5.0 (Linux; Android 10; HarmonyOS; ELS-NX9; HMSCore 6.13.0.302) AppleWebKit/537.36 "
                      "(KHTML, like Gecko) Chrome/114.0.5735.196 HuaweiBrowser/14.0.5.303 Mobile Safari/537.36",
    "MIUI Browser": "Mozilla/5.0 (Linux; U; Android 12; zh-cn; 2201123C Build/SKQ1.211006.001) AppleWebKit/537.36 "
                    "(KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.127 Mobile Safari/537.36 "
                    "XiaoMi/MiuiBrowser/17.5.80804 swan-mibrowser",
    "Headless Chrome": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                       "HeadlessChrome/131.0.6778.85 Safari/537.36",
    "Smart TV": "Mozilla/5.0 (SMART-TV; LINUX; Tizen 6.0) AppleWebKit/537.36 (KHTML, like Gecko) 76.0.3809.146/6.0 TV "
                "Safari/537.36",
    "PlayStation 5": "Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    "Googlebot": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Googlebot smartphone": "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like "
                            "Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; "
                            "+http://www.google.com/bot.html)",
    "bingbot": "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Applebot": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                "Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)",
    "facebookexternalhit": "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "meta-externalagent": "meta-externalagent/1.1 (+https://developers.facebook.com/docs/sharing/webmasters/crawler)",
    "AdsBot-Google": "AdsBot-Google (+http://www.google.com/adsbot.html)",
    "Twitterbot": "Twitterbot/1.0",
    "Slackbot": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "curl": "curl/8.4.0",
    "python-requests": "python-requests/2.31.0",
    "okhttp": "okhttp/4.12.0",
    "Dalvik": "Dalvik/2.1.0 (Linux; U; Android 14; TECNO KI5q Build/UP1A.231005.007)",
    "iOS app with CFNetwork": "Shop/12345 CFNetwork/1474 Darwin/23.1.0",
    "YouTube app": "com.google.android.youtube/19.45.38 (Linux; U; Android 14; en_US; Pixel 8; "
                   "Build/AP2A.240805.005; Cronet/128.0.6613.40)",
    "WhatsApp": "WhatsApp/2.23.20.76 A",
    "Facebook app on iPhone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                              "like Gecko) Mobile/21B101 [FBAN/FBIOS;FBAV/441.0.0.23.105;FBBV/612345678;"
                              "FBDV/iPhone14,2;FBMD/iPhone;FBSN/iOS;FBSV/17.1.2;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5;"
                              "FBRV/0]",
    "Facebook app on Android": "Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 "
                               "(KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 "
                               "[FB_IAB/FB4A;FBAV/440.0.0.31.105;]",
    "Messenger on iPhone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                           "like Gecko) Mobile/21B101 [FBAN/MessengerLiteForiOS;FBAV/441.0.0.31.106;FBBV/611803187;"
                           "FBDV/iPhone13,2;FBMD/iPhone;FBSN/iOS;FBSV/17.1.2;FBSS/3;FBCR/;FBID/phone;FBLC/en_NG;FBOP/0]",
    "Instagram on Android": "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UD1A.230803.041; wv) AppleWebKit/537.36 "
                            "(KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.43 Mobile Safari/537.36 Instagram "
                            "309.0.0.40.113 Android (34/14; 420dpi; 1080x2400; Google/google; Pixel 8; shiba; shiba; "
                            "en_US; 541635890)",
    "Instagram on iPhone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                           "like Gecko) Mobile/15E148 Instagram 307.0.0.34.111 (iPhone14,5; iOS 17_1_2; en_US; en; "
                           "scale=3.00; 1170x2532; 532277085)",
    "WeChat on iPhone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                        "Gecko) Mobile/15E148 MicroMessenger/8.0.43(0x18002b2d) NetType/WIFI Language/zh_CN",
    "WeChat on Android": "Mozilla/5.0 (Linux; Android 13; 22081212C Build/TKQ1.220829.002; wv) AppleWebKit/537.36 "
                         "(KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110017 "
                         "MMWEBSDK/20231002 MMWEBID/6742 MicroMessenger/8.0.43.2480(0x28002B33) WeChat/arm64 Weixin "
                         "NetType/WIFI Language/zh_CN ABI/arm64",
    "TikTok in-app": "Mozilla/5.0 (Linux; Android 12; 2201117TY Build/SKQ1.211006.001; wv) AppleWebKit/537.36 (KHTML, "
                     "like Gecko) Version/4.0 Chrome/119.0.6045.193 Mobile Safari/537.36 trill_320403 JsSdk/1.0 "
                     "NetType/WIFI Channel/googleplay AppName/trill app_version/32.4.3 ByteLocale/en "
                     "ByteFullLocale/en Region/NG Spark/1.4.6.3-bugfix AppVersion/32.4.3 BytedanceWebview/d8a21c6",
    "LINE in-app": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Mobile/15E148 Safari Line/13.20.1",
    "Snapchat in-app": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                       "Gecko) Mobile/15E148 Snapchat/12.60.0.47 (like Safari/8617.2.4.10.8, panda)",
    "Pinterest in-app": "Mozilla/5.0 (Linux; Android 13; SM-G991B Build/TP1A.220624.014; wv) AppleWebKit/537.36 "
                        "(KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 "
                        "[Pinterest/Android]",
}

# The user agents one match tells clean (detector._PLAIN_UA): products, short words, short numbers after a word.
PLAIN = ["Chrome on Windows", "Chrome on macOS", "Chrome on Android", "Chrome on iOS", "Safari on iPhone",
         "Safari on iPad", "Safari on macOS", "Android WebView", "Firefox on Windows", "Firefox on Ubuntu",
         "Firefox on Android", "Edge", "Internet Explorer 11", "Samsung Internet", "Opera", "Opera Mini",
         "Yandex Browser", "Headless Chrome", "Twitterbot", "curl", "python-requests", "okhttp",
         "iOS app with CFNetwork", "YouTube app", "WhatsApp", "Facebook app on Android", "WeChat on iPhone",
         "LINE in-app", "Snapchat in-app", "Pinterest in-app"]


@pytest.mark.parametrize("user_agent", REAL_USER_AGENTS.values(), ids=REAL_USER_AGENTS.keys())
def test_a_real_user_agent_goes_out_unchanged(user_agent):
    assert privacy.user_agent_refusal(user_agent) == ""
    body = json.loads(build_request("track", make_event(user_agent=user_agent), make_settings(), now=NOW).body)
    assert body["data"][0]["user_data"]["client_user_agent"] == user_agent


@pytest.mark.parametrize("user_agent", REAL_USER_AGENTS.values(), ids=REAL_USER_AGENTS.keys())
def test_the_rule_finds_nothing_in_a_real_user_agent_whichever_path_judges_it(user_agent):
    assert detector._user_agent_rest(user_agent) == ""


def test_the_usual_browsers_and_clients_are_told_clean_by_one_match():
    assert [name for name, user_agent in REAL_USER_AGENTS.items()
            if detector._PLAIN_UA.fullmatch(user_agent) is not None] == PLAIN


BEFORE = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 "


@pytest.mark.parametrize(("user_agent", "found"), [
    # an email behind an encoding the rest of the gate reads
    (BEFORE + "=?utf-8?Q?jo.smith=40example.com?=", detector.EMAIL),
    (BEFORE + "data:text/plain;base64,am8uc21pdGhAZXhhbXBsZS5jb20=", detector.EMAIL_BASE64),
    # a phone number outside a bare digit token
    (BEFORE + "06 12 34 56 78", detector.PHONE),  # not glued to the `14` of `(Linux; Android 14)`
    (BEFORE + "\u06f0\u06f9\u06f1\u06f2 \u06f3\u06f4\u06f5 \u06f6\u06f7\u06f8\u06f9", detector.PHONE),  # Persian
    (BEFORE + "\uff0b\uff12\uff13\uff14 \uff18\uff10\uff13 \uff11\uff12\uff13 \uff14\uff15\uff16\uff17",
     detector.PHONE),  # full-width
    (BEFORE + "0803\u2011123\u20114567", detector.PHONE),  # non-breaking hyphens
    (BEFORE + "0803\u00b7123\u00b74567", detector.PHONE),  # middle dots
    (BEFORE + "tel:803-123-4567;phone-context=+234", detector.PHONE),
    (BEFORE + "whatsapp://send?phone=2348031234567", detector.PHONE),  # a plan's mobile, its GS1 check right too
    (BEFORE + "https://t.me/+2348031234567", detector.PHONE),
    (BEFORE + "O8O3 123 4567", detector.PHONE),  # letters for digits
    ("Mozilla/5.0 (Linux; tel (+234) 8031234567)", detector.PHONE),  # the parentheses of a phone number stay
    ("Mozilla/5.0 (X11; Linux x86_64) Contact/+1 650 555 0173", detector.PHONE),
    # an IP address outside a bare dotted token
    (BEFORE + "102.89.34.17:443", detector.IP_ADDRESS),
    (BEFORE + "102.89.34.17/32", detector.IP_ADDRESS),
    (BEFORE + "102\u300289\u300234\u300217", detector.IP_ADDRESS),  # ideographic full stops
    (BEFORE + "64:ff9b::102.89.34.17", detector.IP_ADDRESS),
    (BEFORE + "[2c0f:f738:2004:82::17]:8443", detector.IP_ADDRESS),
    (BEFORE + "REMOTE_ADDR=102.89.34.17", detector.IP_ADDRESS),
    (BEFORE + "102-89-34-17.sslip.io", detector.IP_ADDRESS),
    (BEFORE + "0x665a2211", detector.IP_ADDRESS),
    (BEFORE + "102%2E89%2E34%2E17", detector.IP_ADDRESS),
    (BEFORE + "http://102.89.34.17:8080/admin", detector.IP_ADDRESS),
    ("curl/8.4.0 (client 2c0f:f738:2004:82::17)", detector.IP_ADDRESS),
    # a personal key in JSON or `key=value` text
    (BEFORE + '{"tel": 2348031234567}', detector.PHONE),  # (the number's own shape is found first)
    (BEFORE + '{"tel": 12345}', privacy.EMBEDDED_KEY),
])
def test_a_user_agent_holding_personal_data_outside_its_products_is_not_sent(user_agent, found):
    assert privacy.user_agent_refusal(user_agent) == found
    record = Decisions()
    request = build_request("track", make_event(user_agent=user_agent), make_settings(), now=NOW, record=record)
    assert "client_user_agent" not in json.loads(request.body)["data"][0]["user_data"]
    assert ("client_user_agent", f"{found}: left out") in record.left_out


@pytest.mark.parametrize("user_agent", [
    "Mozilla/5.0 (X11; Linux x86_64) Contact/203.0.113.47", "Mozilla/5.0 (X11) ip-81-2-69-160.example.net/1.0"])
def test_personal_data_written_as_a_product_is_not_claimed(user_agent):
    assert privacy.user_agent_refusal(user_agent) == ""


def test_a_hex_number_of_32_bits_apart_from_a_product_is_an_accepted_drop():
    assert privacy.user_agent_refusal("Mozilla/5.0 (iPhone) MicroMessenger/8.0.43 (0x18002b2d) NetType/WIFI") == (
        detector.IP_ADDRESS)
    assert privacy.user_agent_refusal("Mozilla/5.0 (iPhone) MicroMessenger/8.0.43(0x18002b2d) NetType/WIFI") == ""


# Tokens of the grammar _PLAIN_UA accepts, chosen to sit close to what the rule finds (numbers of 6 digits, words
# ending in digits, personal words before a number): whatever they make, the rule must find nothing in it.
_PRODUCTS = st.sampled_from(["Mozilla/5.0", "Chrome/120.0.0.0", "FBBV/612345678", "Build/TP1A.220624.014",
                             "Contact/203.0.113.47", "MicroMessenger/8.0.43(0x18002b2d)", "a/1"])
_WORDS = st.sampled_from(["Linux", "x86_64", "Win64", "SM-A536B", "phone", "tel", "Mobile", "like", "OS", "X", "U",
                          "ssn", "call", "ab12cd", "Tel", "Ip", "at", "dot", "iPhone14"])
_NUMBERS = st.sampled_from(["14", "10.0", "134.0", "10_15_7", "650", "555", "12.34.56", "255.25", "017", "99_99_9",
                            "1.2.3"])
_TOKENS = st.one_of(_PRODUCTS, _WORDS, st.tuples(st.sampled_from(["Linux", "phone", "tel", "Mobile", "rv", "Ip"]),
                                                 st.sampled_from([" ", ":"]), _NUMBERS).map("".join))
_EDGES = st.sampled_from([" ", "; ", " (", ") ", ", ", "[", "]", ";", "("])


@given(st.lists(st.tuples(_TOKENS, _EDGES), min_size=1, max_size=12))
def test_what_one_match_tells_clean_the_rule_finds_clean(parts):
    user_agent = "".join(token + edge for token, edge in parts)
    assert detector._PLAIN_UA.fullmatch(user_agent) is not None
    # user_agent_reason tells the canonical form, where a bracketed `at` is an `@` (`Linux[at) Linux`)
    form, _ = canonical(user_agent)
    assume(detector._plain_user_agent(form))
    assert detector._user_agent_rest(form) == ""


@pytest.mark.parametrize("user_agent", ["Linux at Mozilla/5.0 Linux dot Linux ", "Linux[at) Linux "])
def test_words_for_at_and_dot_between_plain_tokens_are_read_by_the_rule(user_agent):
    form, _ = canonical(user_agent)
    assert not detector._plain_user_agent(form)
    assert detector.user_agent_reason(user_agent) == detector._user_agent_rest(form)


def _without_the_as_is_shortcut(user_agent: str) -> str:
    shortcut = detector.as_is
    detector.as_is = lambda text: False  # every user agent through canonical() and the full plain test
    try:
        return detector.user_agent_reason(user_agent)
    finally:
        detector.as_is = shortcut


_SPELLED_OR_LINKS = st.sampled_from(["at", "dot", "(at)", "[dot]", "arroba", "punkt", "wa.me/46701234567",
                                     "api.whatsapp.com/send?phone=46701234567", "WA.ME/46701234567", "%40", "a&b"])


@given(st.lists(st.tuples(st.one_of(_TOKENS, _SPELLED_OR_LINKS), _EDGES), min_size=1, max_size=12))
def test_the_as_is_shortcut_gives_the_full_rules_verdict(parts):
    user_agent = "".join(token + edge for token, edge in parts)
    assert detector.user_agent_reason(user_agent) == _without_the_as_is_shortcut(user_agent)


@pytest.mark.parametrize("name", sorted(REAL_USER_AGENTS))
def test_real_user_agents_take_the_as_is_shortcut_with_the_full_rules_verdict(name):
    user_agent = REAL_USER_AGENTS[name]
    assert len(user_agent) > 8 and detector.as_is(user_agent)
    assert detector.user_agent_reason(user_agent) == _without_the_as_is_shortcut(user_agent) == ""
