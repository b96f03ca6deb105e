"""Closer 81: ordinary values the forty-eighth attack found dropped. A shop's filter or sort under a key that names
customer information, read by its value (filter_values.py: a status under a state's key, a sort's direction under
`name`; a country or a region alone stays personal); an ad platform's or an order's number under its key read as an id
(personal_keys.names_an_id); a product's code by its GTIN's or ISBN-10's check digit in a product's field or under a
product's key (detector.product_code); digit groups glued to a code's letters (a model's `RB2140 901 50-22`, an
image's `…-1_800x800`); a key whose personal word qualifies a product or a page (`passport_cover_color`, `city_page`).
Each table has the personal neighbours that stay refused."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from meta_capi import detector, personal_keys, privacy
from meta_capi.privacy import PERSONAL_KEY

SHOP = "https://shop.example.com/c/listing"

# --- a shop's filters and sorts under a customer key (filter_values.holds_a_filter)
FILTERS_KEPT = [
    "st=in_stock", "st=Sold-Out", "st=preorder", "state=open", "state=closed", "state=abgeschlossen",
    "estado=agotado", "state=on_hold", "name=asc", "name=DESC", "name=z-a", "name=absteigend", "name=décroissant",
    "st=Out%20of%20stock", "state=paid",
]
# ... and their personal neighbours: a state, a name, a town, an address under the same keys.
FILTERS_REMOVED = [
    "st=CA", "st=in", "state=California", "state=on", "state=ontario", "name=Harriet", "name=Jo%20Smith",
    "name=asc%20Jo", "city=Springfield", "ct=springfield", "phone=5566778899", "customer_state=open",
    # a country and a region alone stay personal under their keys (filter_values: the README's promise)
    "country=france", "country=DE", "region=bordeaux", "region=Bavaria", "ct=sneakers",
]


def _kept_parameters(url: str) -> list[tuple[str, str]]:
    cleaned = privacy.clean_url(url)
    assert cleaned is not None
    return parse_qsl(urlsplit(cleaned).query)


@pytest.mark.parametrize("pair", FILTERS_KEPT)
def test_a_shop_s_filter_under_a_customer_key_goes_out(pair: str) -> None:
    url = f"{SHOP}?{pair}&page=2"
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("pair", FILTERS_REMOVED)
def test_a_person_s_value_under_the_same_keys_is_removed(pair: str) -> None:
    assert _kept_parameters(f"{SHOP}?{pair}&page=2") == [("page", "2")]


@pytest.mark.parametrize(("key", "value", "refusal"), [
    ("state", "in_stock", ""), ("st", "Sold out", ""), ("name", "asc", ""), ("name", "descending", ""),
    ("country", "DE", PERSONAL_KEY), ("region", "bordeaux", PERSONAL_KEY), ("state", "California", PERSONAL_KEY),
    ("name", "Harriet", PERSONAL_KEY),
    ("st", "ny", PERSONAL_KEY), ("region", "Jo Smith", PERSONAL_KEY), ("city", "paris", PERSONAL_KEY),
])
def test_the_same_rule_holds_for_a_property(key: str, value: str, refusal: str) -> None:
    assert privacy.custom_refusal(key, value) == refusal


# --- an ad platform's objects and an order under their keys: their digits are an id's (personal_keys.names_an_id)
AD_IDS_KEPT = [
    "hsa_ad=5566778899", "campaignid=20123456789", "gad_campaignid=21234567890", "adgroupid=151234567890",
    "creativeid=6123456789", "placementid=6123456789", "feeditemid=6123456789", "targetid=6123456789",
    "orderid=3012345678", "ad_id=6123456789", "ad=6123456789",
]
# ... a phone written as one, under a phone's key, a trunk-0 mobile, and a campaign's or a search's text
AD_IDS_REMOVED = [
    "phone=5566778899", "mobile_number=5566778899", "phone_id=5566778899", "hsa_ad=%2B1%20556%20677%208899",
    "campaignid=%2B33%206%2012%2034%2056%2078", "adgroupid=(556)%20677-8899", "keyword=5566778899",
    "order=00447700900123", "ad_id=0612345678", "utm_campaign=5566778899", "creative=6123456789",
    "campaign=6123456789", "order_note=3012345678",
]


@pytest.mark.parametrize("pair", AD_IDS_KEPT)
def test_an_ad_s_or_an_order_s_number_under_its_key_goes_out(pair: str) -> None:
    url = f"{SHOP}?{pair}&page=2"
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("pair", AD_IDS_REMOVED)
def test_a_phone_written_as_one_or_under_a_phone_s_key_is_removed(pair: str) -> None:
    assert _kept_parameters(f"{SHOP}?{pair}&page=2") == [("page", "2")]


@pytest.mark.parametrize("key", ["campaignid", "hsa_ad", "adsetid", "creative_id", "orderId", "feedItemId"])
def test_the_ad_objects_keys_name_an_id(key: str) -> None:
    assert personal_keys.names_an_id(key)


@pytest.mark.parametrize("key", ["keyword", "utm_campaign", "campus", "paid", "android", "valid", "headline",
                                 "creative", "order_note"])
def test_their_neighbours_name_none(key: str) -> None:
    assert not personal_keys.names_an_id(key)


# --- a product's code by its check digit, in a product's field or under a product's key (detector.product_code)
PRODUCT_CODES = ["0012345678905", "036000291452", "4006381333931", "00336123456784", "0747532699", "0306406152",
                 "080442957X"]
# ... phones dialled abroad to a plan's mobile that pass the GS1 check, and numbers that pass no check
PHONES_IN_PRODUCT_FIELDS = ["00447700900122", "00491511234563", "0612345678", "+33612345678", "07700900123",
                            "0044 7700 900123"]


@pytest.mark.parametrize("code", PRODUCT_CODES)
def test_a_product_s_code_goes_out_as_its_id_and_under_its_key(code: str) -> None:
    assert detector.product_code(code)
    assert privacy.free_text(code, "product_id", True, product=True) == code
    assert privacy.custom_refusal("gtin", code) == ""
    assert privacy.custom_refusal("product_isbn", code) == ""


@pytest.mark.parametrize("phone", PHONES_IN_PRODUCT_FIELDS)
def test_a_phone_stays_out_of_a_product_s_field(phone: str) -> None:
    assert privacy.free_text(phone, "product_id", True, product=True) == ""
    assert privacy.custom_refusal("sku", phone) == f"{detector.PHONE}: left out"


@pytest.mark.parametrize("code", ["0747532699", "0306406152"])
def test_an_isbn_alone_in_free_text_is_still_read_as_a_phone(code: str) -> None:
    assert privacy.custom_refusal("debug_blob", code) == f"{detector.PHONE}: left out"


# --- digit groups glued to a code's letters (detector._glued_in_a_code)
GLUED_CODES = ["RB2140 901 50-22", "RB3025 001 58-14", "MK2140 901 50", "42115-1_800x800.jpg",
               "item 9981-2_1200x1200.webp", "A2140 901 50-22"]
# ... and phones glued to letters: a trunk `0` or a dialled form, a plan's mobile, NANP, a phone's label
# (`DL NO: KA01 20110012345`, an Indian driving licence, is read as a number still)
# (and a phone's groups after a code's glued group, judged alone: `1Z 999 AA1 01 2345 6785`, a wrong UPS check)
GLUED_PHONES = ["1Z 999 AA1 01 2345 6785", "AB2140 0612 345 678", "tel0612 345 678", "x555 123 4567",
                "x650 555 0173", "Mob07700 900 123", "ab+44 7700 900123", "call0612 345 678", "ref0612 345 678",
                "ab020 7946 0018", "0612 345 678ab",
                "DL NO: KA01 20110012345", "ab612 345 678", "x347 123 4567"]


@pytest.mark.parametrize("code", GLUED_CODES)
def test_groups_glued_to_a_code_s_letters_go_out(code: str) -> None:
    assert detector.reason(code) == ""
    assert detector.reason(code, id_like=True) == ""


@pytest.mark.parametrize("phone", GLUED_PHONES)
def test_a_phone_glued_to_letters_stays_one(phone: str) -> None:
    assert detector.reason(phone) != ""


def test_an_image_s_path_on_a_cdn_goes_out_whole() -> None:
    url = "https://cdn.example-shop.net/img/products/42115-1_800x800.jpg"
    assert privacy.clean_url(url) == url
    assert privacy.clean_url("https://cdn.example-shop.net/img/0612-345-678_800x800.jpg") == (
        "https://cdn.example-shop.net/")


# --- keys whose personal word qualifies a product or a page (personal_keys._a_products_part)
PRODUCT_KEYS = ["city_page", "passport_cover_color", "birthday_card_age", "passport_cover", "birthday_cake_size",
                "passportCoverColour", "birthday_candle_age", "country_page", "phone_case_colour", "birthday_page"]
PERSONAL_KEYS = ["passport_number", "birthday", "city", "passport_page", "id_card_page", "identity_card",
                 "passport_cover_name", "customer_card_number", "birthday_card_message", "page_city", "customer_age",
                 "full_name_case", "full_name_page", "first_name_color", "phone_in_the_path_of_a_page"]


@pytest.mark.parametrize("key", PRODUCT_KEYS)
def test_a_product_s_key_goes_out(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_personal_key_stays_personal(key: str) -> None:
    assert detector.key_reason(key) == detector.PERSONAL_KEY
