"""Ordinary shop data shaped like personal data, which the gate lets out by a rule while the personal near-misses
are still caught: a product's code after its label (detector._label_level: PRODUCT), an order number of `/`-joined
segments in a query (detector.value_reason), a store locator's coordinates of a town (personal_keys.town_coordinate)."""

import pytest

from meta_capi import detector
from meta_capi.privacy import clean_url, custom_refusal, embedded_reason


@pytest.mark.parametrize("text", [
    "ART 0712345678",  # a product's code label: a trunk-0 mobile's shape written as one run is the code
    "Art.-Nr. 0712345678",
    "SKU 0712345678",
    "Part No. 0712345678",
    "item: 0712345678",
    "S/N 0712345678",  # two single letters are one abbreviation
    "P/N 254-712-345",
    "P/N 0712345678",
    "ART-0712345678",
])
def test_a_trunk_mobile_s_shape_after_a_product_code_label_is_the_product_s_code(text):
    assert detector.reason(text) == ""
    assert detector.value_reason("variant", text) == ""


@pytest.mark.parametrize("text", [
    "SKU +254712345678",  # dialled: with `+`, or abroad
    "SKU 00254712345678",
    "SKU 0712 345 678",  # blanks between a phone's groups
    "Part (0712) 345678",  # parentheses
    "Art.-Nr. 0712-345-678",  # a trunk-0 mobile in groups
    "SKU 650-555-0173",  # a NANP 3-3-4
    "Order Item 0712345678",  # an order's label beside a product's
    "track order 0701234567",  # an order's label: a mobile with its trunk prefix is one
    "Invoice 0712345678",
    "Tel 0712345678",  # a personal label
    "Mobile/SKU 0712345678",
    "WhatsApp ART 0712345678",
    "ART0712345678",  # glued to letters on one side (an accepted drop: SKU0612345678)
])
def test_a_phone_number_near_a_product_code_label_is_still_found(text):
    assert detector.reason(text) == detector.PHONE
    assert detector.value_reason("variant", text) == detector.PHONE


@pytest.mark.parametrize("value", [
    "INV/20241129/MPL/3912345678",  # a marketplace's invoice number: as text its 10-digit tail is a NANP number
    "ORD/2024/11/29/6505550173",
    "INV/2024-25/00123",
])
def test_an_order_number_of_segments_joined_by_slashes_is_an_id_whatever_its_key(value):
    assert detector.value_reason("order", value) == ""
    assert detector.value_reason("note", value) == ""


@pytest.mark.parametrize("value", [
    "INV/20241129/MPL/0712345678",  # a trunk-0 mobile is dialled, in an id too
    "INV/20241129/MPL/+254712345678",
    "INV/20241129/MPL/650-555-0173",  # laid out as a phone number
    "TEL/6505550173/X",  # after a personal label
    "A/650/555/0173",  # the groups of a phone number
    "KE/0712/345/678",
    "650/555/0173",  # digits alone: no code
    "inv/20241129/mpl/6505550173",  # lower case, as a path is written: text
    "INV/20241129 MPL/6505550173",  # a blank: text
])
def test_a_phone_number_in_or_near_a_slashed_order_number_is_still_found(value):
    assert detector.value_reason("order", value) == detector.PHONE


def test_an_order_number_after_encoded_slashes_in_a_query_goes_out():
    url = "https://toko.example.co.id/checkout/thank-you?order=INV%2F20241129%2FMPL%2F3912345678"
    assert clean_url(url) == url
    assert clean_url(url.replace("3912345678", "0712345678")) == "https://toko.example.co.id/checkout/thank-you"


@pytest.mark.parametrize(("query", "kept"), [
    ("lat=-6.17&lng=106.76", "lat=-6.17&lng=106.76"),  # a town's precision: two decimals
    ("latitude=-6.175&longitude=106.827", "latitude=-6.175&longitude=106.827"),  # three: about 110 m
    ("lat=-6&lon=107", "lat=-6&lon=107"),
    ("lat=-90&lng=180", "lat=-90&lng=180"),
    ("lat=-6.1754&lng=106.8272", ""),  # four decimals: a house
    ("lat=-6.1754&lng=106.76", "lng=106.76"),  # each parameter judged alone
    ("lat=181&lng=106.76", "lng=106.76"),  # no degree
    ("lat=jo&lng=6505550173", ""),  # no number of degrees: the key decides
    ("user_lat=-6.17&geo_lng=106.76", ""),  # a key naming more than the axis
    ("lat=-6.17,106.7612", ""),
    ("lat2=-6.1754", ""),
])
def test_a_latitude_or_longitude_query_parameter_goes_out_only_with_a_town_s_precision(query, kept):
    base = "https://toko.example.co.id/store-locator"
    assert clean_url(f"{base}?{query}") == (f"{base}?{kept}" if kept else base)


@pytest.mark.parametrize(("key", "value", "refused"), [
    ("lat", "-6.17", False),
    ("Longitude", "106.76", False),
    ("lat", "-6.1754", True),
    ("lng", "106.76 Jakarta", True),
    ("home_lat", "-6.17", True),
])
def test_a_latitude_or_longitude_property_is_judged_by_its_precision(key, value, refused):
    assert bool(custom_refusal(key, value)) is refused


@pytest.mark.parametrize(("text", "refused"), [
    ("lat=-6.17&lng=106.76", False),
    ("https://toko.example.co.id/s?lat=-6.17&lng=106.76", False),
    ("lat=-1.292066&lng=36.821946", True),
    ("lat=-6.17&email=x", True),
])
def test_parameters_in_text_judge_a_coordinate_key_by_its_precision_too(text, refused):
    assert bool(embedded_reason(text)) is refused
