"""Closer 95: an ordinary URL keeps its query and its path (fifty-second attack). Digits alone under a device's
advertising id's key are an ad's number; a web page's URL alone as text has its query read by its keys, as a URL
field's is; a number a page's file is named by (`0150-481726.html`) is read as after a code's label;
a filter's attribute joined by `_` to an option typed with `+` blanks is no phone. A phone, a card, a device's own
advertising id and a national id stay refused there."""

from __future__ import annotations

from typing import List, Tuple
from urllib.parse import parse_qsl, urlsplit

import pytest

from meta_capi import detector, personal_keys, privacy

SHOP = "https://www.werkzeug-haus.example/c/akkuschrauber"


def _kept_parameters(url: str) -> List[Tuple[str, str]]:
    cleaned = privacy.clean_url(url)
    assert cleaned is not None
    return parse_qsl(urlsplit(cleaned).query, keep_blank_values=True)


# --- digits alone under a device's advertising id's key: an ad's number (the platforms issue UUIDs)
ADS_NUMBERS_KEPT = [
    "adid=22222222224481726", "adid=481726", "ADID=5338481726039", "idfa=4481726", "gaid=9876543210123",
    "advertising_id=4817260391234", "oaid=17264810",
]
# ... a device's own advertising id (a UUID), and a phone or a card under the key, stay refused
ADS_NUMBERS_REMOVED = [
    "adid=6F9619FF-8B86-D011-B42D-00C04FC964FF", "gaid=38400000-8cf0-11bd-b23e-10b96e40000d",
    "idfa=EA7583CD-A667-48BC-B806-42ECB2B48606", "adid=0612345678", "adid=%2B33612345678", "adid=4111111111111111",
    "idfa=447911481726", "idfa=72648103917", "deviceid=22222222224481726",
]


@pytest.mark.parametrize("pair", ADS_NUMBERS_KEPT)
def test_an_ad_s_number_under_an_advertising_id_s_key_goes_out(pair: str) -> None:
    url = f"{SHOP}?{pair}&page=2"
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("pair", ADS_NUMBERS_REMOVED)
def test_a_device_s_advertising_id_a_phone_or_a_card_there_is_removed(pair: str) -> None:
    assert _kept_parameters(f"{SHOP}?{pair}&page=2") == [("page", "2")]


@pytest.mark.parametrize(("key", "value", "is_one"), [
    ("adid", "22222222224481726", True), ("advertisingId", "4817260391", True), ("IDFV", "72648103", True),
    ("adid", "6F9619FF-8B86-D011-B42D-00C04FC964FF", False), ("adid", "22222222224481726x", False),
    ("device_id", "22222222224481726", False), ("adid", "", False), ("adid", "٤٨١٧٢٦٠٣٩١", False),
])
def test_an_ad_s_number_is_digits_alone_under_an_advertising_id_s_key(key: str, value: str, is_one: bool) -> None:
    assert personal_keys.holds_an_ads_number(key, value) is is_one


# --- a web page's URL alone as text (a title, a search, a custom property): its query read by its keys
URLS_AS_TEXT_KEPT = [
    "https://www.amazon.example/b?node=16225009011&ref_=nav_em_T1_0_4_13_1",
    "https://www.fahrrad-werk.example/?s_kwcid=AL!4817!3!648172603912!e!!g!!e%20bike&ef_id=Cj0KCQiA:G:s",
    "https://www.markt.example/ip/481726039?selected=true&adid=22222222224481726",
    "https://www.fahrrad-werk.example/?utm_source=google&utm_content=481726039&hsa_acc=4817260391",
    "https://www.shop.example/list?category_id=16225009011#top",
]
# ... a value its key does not vouch for (an e-ticket's number after its label, attack 50), a personal value under an
# id's key, and a personal parameter beside a vouched one stay refused, with free text's reason
URLS_AS_TEXT_REMOVED = [
    ("https://boutique.example.de/trip?eticket=2204817261241", detector.PHONE),
    ("https://www.shop.example/b?node=0033612345678", detector.PHONE),
    ("https://www.shop.example/?yclid=4111111111111111", detector.CARD),
    ("https://www.shop.example/b?node=16225009011&tel=0612345678", detector.PHONE),
    ("https://www.shop.example/b?node=16225009011&ref=jo%40example.com", detector.EMAIL),
    ("https://www.shop.example/b?node=16225009011&note=0612+34+56+78", detector.PHONE),
]


@pytest.mark.parametrize("url", URLS_AS_TEXT_KEPT)
def test_a_url_alone_as_text_keeps_what_its_query_s_keys_vouch_for(url: str) -> None:
    assert privacy.free_text(url, "title") == url
    assert privacy.custom_refusal("debug_blob", url) == ""


@pytest.mark.parametrize(("url", "reason"), URLS_AS_TEXT_REMOVED)
def test_a_url_alone_as_text_with_a_personal_value_is_refused(url: str, reason: str) -> None:
    assert privacy.free_text(url, "title") == ""
    assert privacy.custom_refusal("debug_blob", url) == f"{reason}: left out"


# --- a page's file named by a number (`0150-481726.html`): read as after a code's label
PAGE_FILES_KEPT = [
    "https://www.wuerth.example/de/shop/schrauben/holzschrauben/0150-481726.html",
    "https://www.werkzeug.example/holzbohrer/0171-2345.htm", "https://www.teile.example/bremsen/0150-481726.php",
    "https://www.katalog.example/artikel/0150-481726.aspx",
]
# ... a phone's whole shape (a plan's mobile, a landline, one dialled), a personal label before it, and a number
# that names no file stay refused
PAGE_FILES_REMOVED = [
    "https://www.shop.example/x/0151-23456789.html", "https://www.shop.example/x/+49-151-2345678.html",
    "https://www.shop.example/x/030-12345678.html", "https://www.shop.example/telefon/0150-481726.html",
    "https://www.shop.example/holzschrauben/0150-481726", "https://www.shop.example/x/06%2012%2034%2056%2078.html",
]


@pytest.mark.parametrize("url", PAGE_FILES_KEPT)
def test_a_page_file_named_by_its_article_s_number_goes_out(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("url", PAGE_FILES_REMOVED)
def test_a_phone_as_a_page_s_file_is_cut_to_the_origin(url: str) -> None:
    assert privacy.clean_url(url) == url[:url.index("/", 8) + 1]


# --- a filter's attribute joined by `_` to an option typed with `+` blanks
FILTERS_KEPT = ["xf=9816_03+05+17+-+RTX+4090", "xf=9816_03+05+17", "f=2451_12+34+56+78+cm", "filter=734_05+17+48+26"]
# ... a number joined by blanks alone, by `_` alone, or opening on a trunk `0`, stays refused
FILTERS_REMOVED = [
    "q=06+12+34+56+78", "q=0612_345_678", "q=06_12+34+56+78", "q=sku_123+06+12+34+56+78", "q=98160+30517",
    "tel=9816_03+05+17",
]


@pytest.mark.parametrize("pair", FILTERS_KEPT)
def test_a_filter_s_attribute_and_its_option_go_out(pair: str) -> None:
    url = f"{SHOP}?{pair}&page=2"
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("pair", FILTERS_REMOVED)
def test_a_typed_or_joined_phone_in_a_query_is_removed(pair: str) -> None:
    assert _kept_parameters(f"{SHOP}?{pair}&page=2") == [("page", "2")]
