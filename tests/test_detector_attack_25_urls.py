"""The twenty-fifth attack's keys in a URL (tests/privacy_attack_cases_25.py): a personal key as one segment of a path
or of a fragment's route with its value as the next segment (`#/form/naam/Ayesha%20Siddiqueeqa`), a `key=value`
parameter of a path's segment whose key is the segment's own text (`/checkout/naam=...`), and a fragment's route
read with all the path's checks (four number segments as an IPv4 address, a segment's parameters); with the shop's
routes that name a field, a category or a place beside an ordinary word, which go out."""

from __future__ import annotations

import pytest

from meta_capi import privacy

SHOP = "https://shop.example.com/"


@pytest.mark.parametrize("url", [
    # a key's segment and its value's, in a fragment's route and in a path
    "https://shop.example.com/#/form/billing_full_name/Gurpreet%20Sandhuwaliaqa",
    "https://shop.example.com/#/form/shipping__last_name/Sandhuwaliaqa",  # one capitalized word after a name key
    "https://shop.example.com/#/form/Customer_Name/Anil%20Gowdaruqa",
    "https://shop.example.com/#/form/naam/Ayesha%20Siddiqueeqa",
    "https://shop.example.com/#/form/%E0%A4%AA%E0%A5%82%E0%A4%B0%E0%A4%BE_%E0%A4%A8%E0%A4%BE%E0%A4%AE/"
    "%E0%A4%B8%E0%A5%81%E0%A4%A8%E0%A5%80%E0%A4%A4%E0%A4%BE%20%E0%A4%95%E0%A5%81%E0%A4%B2%E0%A4%B6%E0%A5%8D%E0%A4%B0"
    "%E0%A5%87%E0%A4%B7%E0%A5%8D%E0%A4%A0",  # पूरा_नाम/सुनीता कुलश्रेष्ठ
    "https://shop.example.com/#/form/nav_u_pasnav/R%C3%AAber%20Zanaqa",
    "https://shop.example.com/#/form/ingoa/Hemi%20Rangihaeataqa",
    "https://shop.example.com/#/form/father_name/Venkata%20Rao%20Kondapalliqa",
    "https://shop.example.com/#/form/cnic_number/3520276543213",  # an id key and its number
    "https://shop.example.com/#!/profile/dob/1990-05-12",  # a birth key and its date
    "https://shop.example.com/#/contact/mobile/98452%2017306",
])
def test_a_fragment_route_with_a_personal_key_and_its_value_is_removed(url: str) -> None:
    assert privacy.clean_url(url) == SHOP


@pytest.mark.parametrize("url", [
    "https://shop.example.com/form/naam/Ayesha%20Siddiqueeqa",
    "https://shop.example.com/form/shipping__last_name/Sandhuwaliaqa",
    "https://shop.example.com/form/cnic_number/3520276543213/edit",
    # a path parameter: its key is its segment's own text, not the path before it
    "https://shop.example.com/checkout/naam=Ayesha%20Siddiqueeqa/2",
    "https://shop.example.com/checkout/ingoa=Hemi%20Rangihaeataqa/2",
    "https://shop.example.com/checkout/cnic_number=3520276543213",
])
def test_a_path_with_a_personal_key_and_its_value_leaves_only_the_origin(url: str) -> None:
    assert privacy.clean_url(url) == SHOP


@pytest.mark.parametrize(("url", "cleaned"), [
    # the path's checks in a fragment's route: four number segments, a segment's parameters, its encoded parameters
    ("https://shop.example.com/app#/x/81/2/69/160", "https://shop.example.com/app"),
    ("https://shop.example.com/app#/form/naam=Ayesha%20Siddiqueeqa/2", "https://shop.example.com/app"),
    ("https://shop.example.com/app#/p;last_name=Dupont/x", "https://shop.example.com/app"),
    ("https://shop.example.com/app#/log/level%3Dinfo%20user_name%3Daigul.galieva/x", "https://shop.example.com/app"),
])
def test_a_fragment_route_is_read_with_all_the_path_checks(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url) == cleaned


@pytest.mark.parametrize("url", [
    # a key's word before a route's word, a page or a short number: a category, a field's page, an action
    "https://shop.example.ng/c/phones/android?price=50000-150000&sort=-rating&page=2",
    "https://shop.example.com/c/phones/2",
    "https://shop.example.com/email/verify/1001/4c6f7a2b9e1d8a3f",
    "https://shop.example.com/password/reset",
    "https://shop.example.com/account/address/2",
    "https://shop.example.com/account/addresses/new",
    "https://shop.example.com/products/name/asc",
    "https://shop.example.com/#/products/name/asc",
    "https://shop.example.com/#/account/first_name/edit",
    "https://shop.example.com/#/zip/560001",
    # capitalized words after a key that names no person: a category's brand, a place
    "https://shop.example.com/c/phones/Samsung",
    "https://shop.example.com/c/mobile_phones/Samsung",
    "https://shop.example.com/c/phones/Samsung%20Galaxy%20S24",
    "https://shop.example.com/shop/country/India",
    "https://shop.example.com/stores/city/Mumbai",
    "https://shop.example.com/#/shipping/country/India",
    # no key before the value
    "https://shop.example.com/p/Blue-Sneakers/12345678",
    "https://shop.example.com/#/form/step/2",
    "https://shop.example.com/collections/mens/shoes/running/blue-sneakers-42?variant=42",
])
def test_a_route_naming_a_field_a_category_or_a_place_goes_out(url: str) -> None:
    assert privacy.clean_url(url) == url
