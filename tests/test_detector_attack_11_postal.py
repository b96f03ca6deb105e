"""The layout rules of the eleventh attack (postal.py, detector.py): Indian address lines with a PIN code, Japanese
addresses in romaji, Japanese names after a label or before an honorific, UPI payment addresses; exact verdicts,
and the ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal

ADDRESSES = [
    "Flat 4B, Zqtower 7, Sector 21, Gurugram 122001",
    "Happy Diwali! Flat 4B, Zqtower 7, Sector 21, Gurugram 122001 - see you soon",
    "H.No. 8-2-293, Zqbanjara Hills, Hyderabad 500034",
    "#12, 3rd Cross, 5th Main, Zqindiranagar, Bengaluru 560038",
    "No. 17, 2nd Cross, 4th Main, Zqindiranagar, Bengaluru 560 038",
    "B-14, Block C, Zqjanakpuri, New Delhi - 110058",
    "Plot 5, Zqsector Road, Pune 411001",
    "मकान नं. 42, ज़ेडक्यू मार्ग, नई दिल्ली 110024",
    "1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001",
    "Zqjingumae 4-5, Shibuya-ku",
    "Naka-ku, Yokohama 231-0001",
]
ORDINARY_NEAR_ADDRESSES = [
    "Sector 5 warehouse",
    "No. 1 bestseller, Price 249999",
    "Delivery in 2-4 days, Mumbai 400001",
    "Samsung Galaxy M34 5G (6GB RAM, 128GB)",
    "Rs. 2,49,999",
    "Size 4-5, Blue",
    "Block 7, 2 pieces",
    "Tokyo store pickup, 150 items",
]
NAMES = [
    "お名前：山田 花子", "お名前：山田花子様", "宛名：ヤマダ　ハナコ", "氏名: 山田花子", "山田花子様", "山田 様",
    "ヤマダ様", "ご注文ありがとうございます、山田様。", "Dear 田中さん", "佐藤殿", "山田様へ", "山田様のご注文",
    "お届け先: 山田 花子",
]
ORDINARY_NEAR_NAMES = [
    "お客様", "皆様", "お客さん", "お客様各位", "会員様限定", "担当者様", "ご担当者様", "会員さん",
    "ユーザー様", "神様", "製品仕様", "花柄模様", "様式", "氏名", "お名前シール 100枚", "商品名: 抹茶セット",
    "店舗名: 渋谷ストア", "店長さん", "北海道さんま", "パンダさんのぬいぐるみ", "観音様", "カラーさまざま", "様々",
]
UPI = [
    "zqpriya.v@okicici", "zqpriyav@paytm", "zqpriya1990@okhdfcbank", "Pay 9845217306@ybl now",
    "upi://pay?pa=zqpriya.v@okaxis&pn=Priya%20Venkatesh&am=499.00&cu=INR", "upi://pay?pn=Shop&pa=zqpriya@axl",
    "UPI://PAY?PN=SHOP&PA=ZQPRIYA", "upi://pay?pa=zqpriya%40okaxis",
]
ORDINARY_NEAR_UPI = ["2 @ ₹499", "Work @home", "Follow @paytm", "UPI", "Pay via UPI or COD", "Buy 2@₹499 each",
                     "tshirt@2x", "upi://pay?pn=Shop",
                     "upi://pay?pn=Shop&am=10", "?method=upi&status=success", "support@paytmmall"]


@pytest.mark.parametrize("value", ADDRESSES)
def test_an_indian_line_with_its_pin_or_a_japanese_address_in_romaji_is_an_address(value):
    assert detector.reason(value) == postal.POSTAL_ADDRESS


@pytest.mark.parametrize("value", ORDINARY_NEAR_ADDRESSES)
def test_a_unit_or_a_number_without_the_layout_of_an_address_line_goes_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", NAMES)
def test_a_japanese_name_after_its_label_or_before_its_honorific_is_a_name(value):
    assert detector.reason(value) == postal.PERSON_NAME


@pytest.mark.parametrize("value", ORDINARY_NEAR_NAMES)
def test_a_role_a_common_noun_or_a_word_ending_in_an_honorific_goes_out(value):
    assert detector.reason(value) == ""


def test_a_name_before_its_honorific_is_no_id():
    assert detector.reason("山田花子様", id_like=True) == ""


@pytest.mark.parametrize("value", UPI)
def test_a_upi_payment_address_is_an_address(value):
    assert detector.reason(value) == detector.EMAIL


@pytest.mark.parametrize("value", ORDINARY_NEAR_UPI)
def test_an_at_sign_in_ordinary_text_or_a_pay_link_without_payee_goes_out(value):
    assert detector.reason(value) == ""
