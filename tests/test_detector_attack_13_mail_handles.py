"""Rules closing the mail and handle families of the thirteenth attack (issue 16): an address spelled with Arabic or
Persian words for "@" and "." (its top-level domain in their script too), a word for "@" of another script glued
between local part and domain (Chinese and Japanese write no blanks), `#` written for `@` before a large
provider's domain, China's large providers (NetEase's `163` and `126` without their top-level domain after a
mailbox's name), and a messenger's account id after its label or in its contact link; each with near-misses that go
out."""


import pytest

from meta_capi import detector, handles
from meta_capi.detector import EMAIL
from meta_capi.handles import MESSENGER_ACCOUNT
from privacy_attack_cases_2 import component_outcome
from privacy_attack_cases_13 import cases


@pytest.mark.parametrize("text", [
    "ahmed.alotaibi آت hotmail دوت كوم",
    "ahmed.alotaibi آت hotmail نقطة com",
    "ali.rezaei64 اَت gmail دات کام",
    "ali.rezaei64 ات yahoo نقطه com",
    "ملاحظة الطلب ahmed.alotaibi آت hotmail دوت كوم شكرا لكم",
    "jo.smith at example dot 中国",
    "ahmed آت hotmail dot com",  # words of two languages, before a mailbox's top-level domain (closer 73)
])
def test_an_address_spelled_with_arabic_or_persian_words_and_a_top_level_domain_in_any_script_is_an_address(
        text: str) -> None:
    assert detector.reason(text) == EMAIL


@pytest.mark.parametrize("text", [
    "متجر سوق دوت كوم",  # a shop's name spelled out, no word for "@"
    "عروض ات hotmail اليوم",  # no word for "."
])
def test_arabic_words_without_their_pair_of_one_language_are_no_address(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "wangxm1988艾特163.com",
    "联系邮箱wangxm1988艾特163.com谢谢",
    "yamada.taroアットマークexample.co.jp",
    "minjun.kim88골뱅이naver.com",
])
def test_a_word_for_the_at_sign_of_another_script_glued_between_local_part_and_domain_is_an_address(text: str) -> None:
    assert detector.reason(text) == EMAIL


@pytest.mark.parametrize("text", ["iPhone艾特apple", "产品艾特apple.com", "艾特163.com"])
def test_a_glued_word_for_the_at_sign_without_a_local_part_or_a_dotted_domain_is_no_address(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "wangxm1988#163.com",
    "wangxm1988#163.com（#换成@）",
    "wangxm1988＃qq.com",
    "jo.smith#gmail.com",
    "https://shop.example.com/p?ref=wangxm1988%23126.com",
])
def test_a_hash_for_the_at_sign_before_a_large_provider_s_domain_is_an_address(text: str) -> None:
    assert detector.reason(text) == EMAIL


@pytest.mark.parametrize("text", ["wangxm1988#163.com", "wangxm1988@163"])
def test_a_hash_for_the_at_sign_and_a_numbered_provider_are_an_address_in_an_id_too(text: str) -> None:
    assert detector.reason(text, id_like=True) == EMAIL


@pytest.mark.parametrize("text", [
    "https://docs.example.com/guide#install.steps",  # a fragment
    "Order #163.com",  # a number sign after a blank
    "Item#126.50",  # a price
    "page#intro.html",
    "C# gmail.com",
])
def test_a_hash_before_anything_but_a_large_provider_s_domain_is_no_address(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "wangxm1988@163",
    "jo.li@126",
    "wang_xm@163",
    "1234567@126",
    "wangxm1988@sina",
    "wangxm1988@foxmail",
])
def test_china_s_large_providers_without_their_top_level_domain_are_an_address(text: str) -> None:
    assert detector.reason(text) == EMAIL


@pytest.mark.parametrize("text", ["3@126", "chrome@126", "Buy 2@163 each", "firefox@126 and chrome@126", "jo@1634"])
def test_a_numbered_provider_after_no_mailbox_s_name_is_a_price_or_a_version(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "카톡 ID: minjun_kim88",
    "카카오톡 아이디 minjunkr88",
    "微信号：wangxm_1988",
    "微信 wangxm_1988",
    "加微信wangxm1988",
    "加V信：wangxm_1988",
    "vx号: wangxm1988",
    "ラインID: chen88",
    "카톡아이디: minjun88",
    "טלגרם: @david_cohen",
    "آيدي تيليجرام: @ali_rezaei",
    "ＬＩＮＥ ＩＤ：ｃｈｅｎ８８",
    "Telegram Telegram: @ali_r",
    "WeChat: wxid_8x7k2m9q1z22",
    "LINE ID: chenmeiling88",
    "LINE ID: chenmeiling",
    "ライン ID: chen88",
    "Telegram: @ali_rezaei_64",
    "텔레그램 @ali_rezaei",
    "آیدی تلگرام: @ali_rezaei",
    "Viber: viber_user88",
    "skype: jo.smith",
    "Zalo: an.nguyen90",
])
def test_an_account_id_after_a_messenger_s_label_is_a_messenger_account(text: str) -> None:
    assert detector.reason(text) == MESSENGER_ACCOUNT


@pytest.mark.parametrize("text", [
    "https://line.me/ti/p/~minjun88tw",
    "https://line.me/R/ti/p/~chen88",
    "https://t.me/ali_rezaei_64",
    "https://telegram.me/ali_rezaei_64?start=1",
    "tg://resolve?domain=ali_rezaei_64",
    "https://qr.kakao.com/talk/AbCdEf123",
    "https://u.wechat.com/MFxk2m9q1z",
])
def test_an_account_in_a_messenger_s_contact_link_is_a_messenger_account(text: str) -> None:
    assert detector.reason(text) == MESSENGER_ACCOUNT


def test_wechat_s_generated_id_is_a_messenger_account_wherever_it_stands() -> None:
    assert detector.reason("scan wxid_abcdef123456 now") == MESSENGER_ACCOUNT


@pytest.mark.parametrize("text", [
    "https://t.me/acme_shop_bot",  # a bot's
    "https://t.me/share?url=https://shop.example.com",  # Telegram's own path
    "https://t.me/acmedeals/123",  # a channel's post
    "https://line.me/R/ti/p/@acmeshop",  # LINE's official account: a business's
    "Product line: X100",  # `line` is a word: a label only with a handle word
    "Line 2: Blue Sneakers",
    "Signal: 5G ready",
    "VX: X100",
    "Line ID link",  # a word of letters needs the label's colon
    "Kakao ID: custom property",  # ... and ends the field
    "KakaoTalk 10.4.5",  # no letter
    "WeChat Pay 2024",
    "Telegram Premium",
    "Join us on Telegram",
    "Skype for Business 2019",
    "kakao-friends-ryan-2024",  # a slug: `-` is no label's separator
    "deadline id: abc123",  # inside a word
    "Paid Telegram: Premium",  # `id` inside a word before the name is no handle word
    "카카오프렌즈 라이언 인형",
])
def test_a_messenger_s_name_before_a_word_a_version_or_a_slug_names_no_account(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_messenger_s_label_in_an_id_is_the_id_s_own_words() -> None:
    assert detector.reason("wechat_pay_2024", id_like=True) == ""


def test_the_handle_rule_reads_only_the_canonical_form_it_is_given() -> None:
    assert handles.reason("telegram: @ali_rezaei_64") == MESSENGER_ACCOUNT
    assert handles.reason("Blue Sneakers") == ""


def test_arabic_s_tatweel_inside_the_words_is_a_filler() -> None:
    assert detector.reason("ahmed.alotaibi آـت hotmail دوـت كوم") == EMAIL


@pytest.mark.parametrize("family", ["mail", "handle"])
def test_the_thirteenth_attack_s_addresses_and_accounts_do_not_leave_the_component(host_each_version, family):
    # The rules need nothing beyond plain CPython code: the .wasm leaves them out as the core does.
    attack = [case for case in cases() if case[0].split(" ")[0] == family]
    assert attack
    assert [f"{case[0]}: {form}" for case in attack for form in component_outcome(host_each_version, case)] == []
