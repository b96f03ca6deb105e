"""Rules closing the key and ordinary-code families of the eleventh attack (issue 16): Japanese keys (glued
compounds of a member word and a number word, contact and block-number stems, a prefecture as a place word, a
municipality as a town word, romaji in every long-vowel spelling), Indian keys (a UPI handle, an address's
landmark, Hindi relatives and address, voter and ration cards, a locality), a shop's check on a place
(`pincode_serviceable`), and the ordinary values the gate dropped: JAN codes read as card numbers, a Rakuten order
number read as a phone, a campaign's name of a channel and its date read as a labelled number; each with the
near misses next to them."""

import pytest

from meta_capi.detector import CARD, LABELLED_NUMBER, PERSONAL_KEY, PHONE, key_reason, reason
from meta_capi.privacy import clean_url


@pytest.mark.parametrize("key", [
    "連絡先", "ご連絡先", "緊急連絡先", "姓", "都道府県", "市区町村", "番地", "会員番号", "会員_番号", "会員ID",
    "お客様番号", "顧客番号", "kaiin_bangou", "kaiinBango", "yubin_bangou", "yuubin_bango", "yūbin_bangō",
    "renrakusaki", "todofuken", "todoufuken", "shikuchoson", "banchi",
])
def test_a_japanese_contact_address_or_member_key_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "商品番号", "注文番号", "会員ランク", "会員登録", "会員数", "商品名", "店舗名", "商品コード", "都道府県コード",
    "store_都道府県", "order_bangou",
])
def test_a_japanese_products_orders_or_memberships_key_is_ordinary(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize("key", [
    "upi_id", "upiId", "UPI ID", "upi_handle", "vpa", "customer_vpa", "landmark", "delivery_landmark",
    "shipping_landmark", "pata", "ghar_ka_pata", "pita_ka_naam", "mata_ka_naam", "grahak_naam", "पिता_का_नाम",
    "ग्राहक_का_नाम", "आधार", "आधार_संख्या", "epic_no", "EPIC Number", "ration_card_no", "rationCardNumber",
    "localityName", "locality", "sub_locality", "poora_naam", "पूरा_नाम", "پورا_نام",
])
def test_an_indian_payment_handle_address_line_relative_or_card_key_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "upi_app", "upi_intent", "upi_transaction_id", "upi_enabled", "landmark_id", "landmark_name", "nearest_landmark",
    "store_landmark", "hotel_locality", "shop_locality", "epic", "epic_id", "epic_name", "ration", "ration_size",
    "pata_negra", "payment_mode", "cod_available", "pura_name", "poora_product",
])
def test_a_payment_method_a_landmark_to_visit_a_shops_place_or_a_story_is_an_ordinary_key(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize("key", [
    "pincode_serviceable", "pin_code_available", "zip_deliverable", "postcode_eligible", "pincode_unavailable",
])
def test_a_shops_check_on_a_place_is_a_flag_not_the_place(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize("key", ["pincode", "pin_code", "delivery_pincode", "pincode_check"])
def test_a_pin_code_itself_stays_a_personal_key(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("value", [
    "4901234567894", "4549995186550", "JAN 4901234567894", "JAN 4902370548501", "EAN 4006381333931",
    "Order 123456-20261130-0012345678", "123456-20261130-0012345678", "mail_20261130", "sms-20261130",
    "email_20261130",
])
def test_a_jan_code_a_dated_order_number_or_a_campaigns_name_goes_out(value: str) -> None:
    assert reason(value) == ""


@pytest.mark.parametrize(("value", "expected"), [
    ("4222222222222", CARD),  # thirteen digits, Luhn, no GS1 check digit: a card's
    ("4111111111111111", CARD),
    ("4915123456183", PHONE),  # GS1 and Luhn both, but a German mobile after +49
    ("+49 151 23456789", PHONE),
    ("123456-20261130-09012345678", PHONE),  # a mobile dialled with its trunk 0 as the serial
    ("mail 20261130", LABELLED_NUMBER),  # a blank, no campaign's name: a number after a contact word
    ("phone_20261130", LABELLED_NUMBER),
    ("dob_19880714", LABELLED_NUMBER),
    ("mail_0612345678", PHONE),
])
def test_a_card_a_phone_or_a_labelled_number_near_those_codes_is_still_caught(value: str, expected: str) -> None:
    assert reason(value) == expected


def test_a_jan_codes_page_keeps_its_path_and_its_campaigns_name() -> None:
    url = "https://shop.example.co.jp/item/4901234567894/?sc_cid=mail_20261130"
    assert clean_url(url) == url


def test_a_pin_code_check_keeps_its_flag_and_leaves_the_pin_code_out() -> None:
    assert clean_url("https://shop.example.in/form?pincode=560001&pincode_serviceable=true") == (
        "https://shop.example.in/form?pincode_serviceable=true")
