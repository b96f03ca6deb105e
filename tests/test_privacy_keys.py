"""Keys judged by their tokens against the lexicon's kinds, text holding parameters judged by its keys, values
cut across a key and its value or across a URL's parts, and a page's or promotion's `name`."""

from __future__ import annotations

import json
import time
from typing import Any, Dict

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import build_request
from meta_capi.detector import key_reason
from meta_capi.personal_keys import key_tokens
from meta_capi.privacy import EMBEDDED_KEY, clean_url, embedded_reason
from wasm_support import retimed

SETTINGS = make_settings(meta_require_email_or_phone="false")


def custom_data(kind: str, **overrides: Any) -> Dict[str, Any]:
    request = build_request(kind, make_event(kind, **overrides), SETTINGS, now=NOW)
    return json.loads(request.body)["data"][0].get("custom_data", {})


# One or two keys of each kind of the lexicon (detector.py), in the spellings real forms use.
PERSONAL_BY_KIND = {
    "abbreviations": ["mobNo", "bday", "apt", "apt_number", "suite_number", "fone", "natel", "gsm", "gsm_nummer"],
    "account holders with an id word": ["external_id", "externalId", "client_id", "ga_client_id", "memberNumber",
                                        "loyalty_id", "loyaltyNumber", "crm_id", "account_no", "kundennummer",
                                        "android_id", "uid", "adid"],
    "national ids and finance": ["sozialversicherungsnummer", "rut", "cuit", "aadhaar", "pan_number", "pan", "nric",
                                 "hkid", "sin", "sin_number", "tfn", "nhs_number", "medicare_number", "ccnum",
                                 "card_expiry", "bank_account", "kontonummer"],
    "other scripts": ["電子郵件", "電郵", "メールアドレス", "メール", "携帯番号", "이메일", "전화번호", "고객전화번호",
                      "주소", "이름", "البريد_الإلكتروني", "هاتف", "الاسم", "عنوان", "טלפון", "דואל", "דוא״ל",
                      "שם_משפחה", "फ़ोन", "ईमेल", "नाम", "पता", "อีเมล", "โทรศัพท์", "ที่อยู่", "τηλέφωνο",
                      "διεύθυνση", "όνομα", "επώνυμο", "прізвище", "електронна_пошта", "емейл"],
    "look-alike digits and letters": ["emaiI", "EMA1L", "ph0ne", "b1rthday", "customerEMA1L", "teIephone"],
    "plurals and glued compounds": ["addresses", "shipping_addresses", "shippingaddress", "lieferadresse",
                                    "health_conditions", "emails", "customers_name", "cust_id", "acct_no",
                                    "distinct_id", "house_no", "kfz_kennzeichen", "push_token", "收货人",
                                    "اسم_العائلة", "الاسم_الأول"],
    "more spellings of the same kinds": ["EMAlL", "emai|", "user_uuid", "customer_hash", "pan_card", "plate_no",
                                         "gps_coords", "what3words", "icd10_code", "religious_affiliation", "tlf",
                                         "consignee", "ig_handle", "selfie", "電子信箱", "住址", "card_exp"],
    "id word first, as Romance and Slavic languages write it": ["numero_cliente", "id_usuario", "nr_klienta",
                                                                "codigo_cliente"],
    "messaging and social": ["wechat", "weixin", "line_id", "telegram", "skype", "viber", "kakao", "twitter_handle",
                             "instagram", "linkedin_url", "facebook_profile", "screen_name", "avatar_url",
                             "profile_picture"],
    "recipients and relatives": ["ship_to_name", "bill_to", "ship_to", "deliver_to", "care_of", "next_of_kin",
                                 "spouse_name", "child_name", "guardian"],
    "devices, vehicles, coordinates": ["imei", "license_plate", "kenteken", "kennzeichen", "vin", "geohash",
                                       "coordinates", "gps_position", "plus_code"],
    "special categories (GDPR art. 9)": ["religion", "ethnicity", "health_condition", "diagnosis", "medication",
                                         "blood_type", "pregnancy_due_date", "sexual_orientation", "political_party",
                                         "disability", "trade_union", "allergies", "krankheit", "nationality",
                                         "groupe_sanguin", "criminal_record", "mental_health"],
    "unaccented and transliterated words, national ids, replies": ["pochta", "iranyitoszam", "irányítószám",
                                                                   "telemovel", "telemóvel", "morada",
                                                                   "דואר_אלקטרוני", "emirates_id", "bvn", "ktp",
                                                                   "reply_to", "replyTo"],
}


@pytest.mark.parametrize("key", [pytest.param(key, id=f"{kind}: {key}")
                                 for kind, keys in PERSONAL_BY_KIND.items() for key in keys])
def test_a_key_of_every_lexicon_kind_is_personal(key):
    assert key_reason(key) == "personal key"


# Ordinary keys next to those words: short words count alone or with their qualifier only, holders only right
# before an id word, accounts only alone or right before a handle word.
ORDINARY = ["precio_sin_iva", "paper_gsm", "ad_id", "adset_id", "line_item_id", "line_number", "instagram_post_id",
            "facebook_pixel_id", "wechat_pay", "avatar_size", "gps_enabled", "coords_precision", "kennzeichen_typ",
            "suite", "test_suite", "client", "client_type", "membership_tier", "loyalty_points", "account_type",
            "session_id", "condition", "screen_orientation", "disabled", "handle", "product_handle", "post_type",
            "hotel", "namespace", "country_of_origin", "serial_number", "item2id", "h1_title", "mp3_player",
            "utm_id", "religious_holiday", "unit_price", "signal_strength", "partner_name", "status", "business_name",
            "class_name", "sales_region", "guests_count", "kids_size", "options", "caps", "tins", "tenant_id",
            "num_users", "number_guests", "fb_pixel_id", "cart_hash", "event_uuid", "session_token", "TOTAL",
            "fbclid", "geohash_precision"]


@pytest.mark.parametrize("key", ORDINARY)
def test_an_ordinary_key_next_to_those_words_is_not_personal(key):
    assert key_reason(key) == ""


@pytest.mark.parametrize(("key", "tokens"), [("नाम", ["नाम"]), ("फ़ोन", ["फोन"]), ("emaiI", ["emai", "i"])])
def test_spacing_vowel_signs_stay_inside_a_token(key, tokens):
    assert key_tokens(key) == tokens


@pytest.mark.parametrize("text", [
    "https://shop.example.com/thanks?first_name=Jeanne&x=1", "?lname=Dupont&utm_source=mail",
    "/checkout?customer_name=Jeanne+Dupont", "fname=Jeanne\nplan=pro", '{"a": {"last_name": "Dupont"}}',
    "_fbp=fb.1.1700000000000.1234567890; last_name=Dupont", "a=1%26last_name%3DDupont",
    "next=%252Fcheckout%253Flast_name%253DDupont", "p?a=1?email=x", "{'first_name': 'Jeanne'}",
    "{sku: 'A-1', phone: 'x'}",
])
def test_text_holding_parameters_is_left_out_by_a_personal_key(text):
    assert embedded_reason(text) == EMBEDDED_KEY


@pytest.mark.parametrize("text", [
    "https://shop.example.com/p?utm_source=mail&variant=2", "2 + 2 = 4", '{"sku": "A-1", "qty": 2}', "50% off & free",
    "YWJjZA==", "Blue Sneakers", "{sku: 'A-1', qty: 2}", "don't: it's {fine}", "IpTelCepZipx==",
    "last_name=&b=2",
])
def test_text_holding_ordinary_parameters_is_kept(text):
    assert embedded_reason(text) == ""


@pytest.mark.parametrize(("key", "value"), [("landing_page", "https://shop.example.com/p?last_name=Dupont"),
                                            ("search", "?fname=Jeanne"), ("form", '{"email_address": "x"}')])
def test_a_custom_property_holding_parameters_with_a_personal_key_is_left_out(key, value):
    assert key not in custom_data("track", properties={key: value, "color": "red"})


@pytest.mark.parametrize(("url", "cleaned"), [
    ("https://s.com/p?a=1?last_name=Dupont&b=2", "https://s.com/p?b=2"),
    ("https://s.com/p?a=1%26last_name%3DDupont&b=2", "https://s.com/p?b=2"),
    ("https://s.com/login?next=%2Fcheckout%3Flast_name%3DDupont", "https://s.com/login"),
    ("https://s.com/p#/route?sin=123", "https://s.com/p"),
    ("https://s.com/p?u=jo.smith#@example.com", "https://s.com/"),
    ("https://s.com/jo.smith?@example.com", "https://s.com/"),
    ("https://s.com/ip/81/2/69/160", "https://s.com/"),
    ("https://s.com/p?%2B1650=5550173&b=2", "https://s.com/p?b=2"),
    ("https://s.com/p;last_name=Dupont/x?a=1", "https://s.com/"),
    # ordinary URLs keep every part
    ("https://s.com/login?next=%2Fcheckout%3Fstep%3D2", "https://s.com/login?next=%2Fcheckout%3Fstep%3D2"),
    ("https://s.com/blog/2024/11/29/black-friday", "https://s.com/blog/2024/11/29/black-friday"),
    ("https://s.com/compare/12/300/4/5", "https://s.com/compare/12/300/4/5"),
    ("https://s.com/p?t=IpTelCep%3D%3D", "https://s.com/p?t=IpTelCep%3D%3D"),
])
def test_urls_lose_parameters_hidden_in_values_and_values_cut_across_parts(url, cleaned):
    assert clean_url(url) == cleaned


@pytest.mark.parametrize(("key", "verdict"), [
    ("store_city_code", ""), ("warehouse_zip", ""), ("shop_address", ""), ("storePostCode", ""),
    ("branch_latitude", ""), ("seller_country", ""),
    ("store_customer_city", "personal key"), ("shop_billing_address", "personal key"),  # the visitor's, named
    ("store_owner_name", "personal key"),  # not a place: judged as before
    ("store_email", ""), ("seller_email", "personal key"),  # closer 228: a shop's own mail; a seller is a person's
    ("home_store_city", "personal key"), ("city", "personal key"), ("store_city_and_phone", "personal key")])
def test_an_address_word_next_to_a_business_names_that_business_place(key, verdict):
    assert key_reason(key) == verdict


@pytest.mark.parametrize(("properties", "sent"), [
    ({"jo.smith": "\uff20example.com"}, False), ({"jo.smith": "\ufe6bexample.com"}, False),  # full-width, small @
    ({"+1 650": "\uff15\uff15\uff15 0173"}, False),  # full-width digits after a key ending in a digit
    ({"note": "\uff20 home"}, True), ({"size": "\uff14\uff12"}, True)])
def test_a_key_and_a_value_are_joined_in_their_canonical_forms(properties, sent):
    assert bool(custom_data("track", properties=properties)) is sent


@pytest.mark.parametrize(("properties", "sent"), [({"+1 650": "555 0173"}, False), ({"size_2": "42"}, True),
                                                  ({"variant 2024": "11"}, True)])
def test_a_number_cut_between_a_key_and_its_value_is_read_whole(properties, sent):
    assert bool(custom_data("track", properties=properties)) is sent


@pytest.mark.parametrize(("kind", "name", "properties", "sent"), [
    ("page", "", {"name": "Home"}, {"name": "Home"}),
    ("track", "Promotion Viewed", {"promotion_id": "P1", "name": "Black Friday"},
     {"promotion_id": "P1", "name": "Black Friday"}),
    ("track", "Contact Form Sent", {"name": "Jeanne Dupont", "topic": "returns"}, {"topic": "returns"}),
    ("page", "", {"customer_name": "Jeanne Dupont", "name": "Home"}, {"name": "Home"}),
    ("page", "", {"name": "jo@example.com"}, {}),
])
def test_name_alone_is_a_page_or_promotion_name_in_their_events_and_a_persons_elsewhere(kind, name, properties, sent):
    assert custom_data(kind, name=name or "Button Clicked", properties=properties) == sent


def test_name_alone_in_a_url_query_stays_a_persons_name():
    assert clean_url("https://s.com/p?name=Jeanne&x=1") == "https://s.com/p?x=1"


def test_the_component_leaves_out_lexicon_keys_and_text_holding_parameters(host_each_version):
    properties = {"external_id": "zqmarker1", "이메일": "zqmarker2", "EMA1L": "zqmarker3", "religion": "zqmarker4",
                  "landing_page": "https://s.com/p?last_name=zqmarker5", "color": "red"}
    event = retimed(make_event("track", properties=properties), int(time.time()) - 60)
    answer = host_each_version.call("track", event, SETTINGS)
    assert answer.request is not None and "zqmarker" not in answer.request.body
    assert json.loads(answer.request.body)["data"][0]["custom_data"] == {"color": "red"}
