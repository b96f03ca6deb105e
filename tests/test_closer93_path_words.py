"""Closer 93 (attack 52's path words, dated paths and its leaks): an IP address's word as a path's segment of its own
labels no number after it (`/ip/<id>` is an item's page; an address's label is written `IP:`, `ip=`), a phone's word
as a segment of its own before a code of letters and digits names a category (no phone number has letters), a
category's word names the category's number (`-cat.11044951`), a web URL alone as text reads the digit groups of its
path as a URL field does (two dates as segments are no phone across them), and a web URL as an id's value or as a
JSON member's string reads a personal key's segment and the value after it as a URL field does. Both ways: addresses,
phones after their own segments, ids after identity labels and names under a key's segment stay personal. The values
are made up for each rule, not the attack's."""

from __future__ import annotations

from typing import Optional

import pytest

from meta_capi import detector
from meta_capi.privacy import IN_A_URLS_PATH, clean_url, embedded_reason, free_text

SHOP = "https://shop.example.net"


@pytest.mark.parametrize("path", [
    "/ip/730158264", "/ip/Sunbeam-Toaster-2-Slice/730158264", "/en/ip/902817364?athcpid=1",
    "/mobile/p/itm7301582649", "/handy/p/itm5182736401", "/%E0%A4%AE%E0%A5%8B%E0%A4%AC%E0%A4%BE%E0%A4%87%E0%A4%B2/p/"
    "itm9028173640", "/telefony-cat.20775931", "/phones-category.5518273", "/mobiles-kategorie.7301582",
])
def test_a_route_or_category_word_before_a_product_id_goes_out(path: str) -> None:
    assert clean_url(SHOP + path) == SHOP + path


@pytest.mark.parametrize("path", [
    "/tel/4155550173", "/phone/+447700900461", "/whatsapp/447700900461", "/ip/192.168.14.20", "/ip/81/2/69/160",
    "/ssn/078-05-1120", "/kunden/48120937/orders", "/passport/AB1234567",
])
def test_a_personal_fields_segment_before_its_value_cuts_the_path(path: str) -> None:
    assert clean_url(SHOP + path) == SHOP + "/"


@pytest.mark.parametrize(("text", "found"), [
    ("IP: 3232235777", True), ("ip=730158264", True), ("Passport: AB1234567", True), ("Mobile: AB1234567", True),
    ("telefon: sıfır əlli bir iki üç dörd beş altı yeddi", True), ("Kategorie Handy 0171 1234567", True),
    ("Phone category 20775931", False), ("Handys-Kategorie 7301582", False),
])
def test_labels_in_free_text_keep_their_reading(text: str, found: bool) -> None:
    assert bool(detector.reason(text)) is found


@pytest.mark.parametrize("url", [
    "https://www.flights.example.com/transport/flights/lond/bcn/261224/261227/?adults=2",
    "https://www.hotels.example.com/stay/20261224/20261227/rooms",
    "https://news.example.org/2026/12/03/051/417/story",
])
def test_a_web_url_alone_as_text_reads_its_paths_digits_as_a_url_field(url: str) -> None:
    assert free_text(url) == url


@pytest.mark.parametrize("url", [
    "https://shop.example.net/a/261224/261227/?phone=4155550173",  # (outside the path: read as text is)
    "https://shop.example.net/tel/0171/2345678",
    "https://shop.example.net/full_name/Oriane%20Pelvaquet/edit",
])
def test_a_web_url_alone_as_text_with_personal_data_is_left_out(url: str) -> None:
    assert free_text(url) == ""


@pytest.mark.parametrize(("url", "expected"), [
    ("https://магазин.example.ru/%D0%BF%D0%BE%D0%BA%D1%83%D0%BF%D0%B0%D1%82%D0%B5%D0%BB%D1%8C/Oriane%20Pelvaquet",
     ""),
    ("https://shop.example.net/customer_name/Teodor%20Mazurekwin/orders", ""),
    ("https://shop.example.net/vorname/Haldis/edit", ""),
    ("https://shop.example.net/r/4917629483715", "https://shop.example.net/r/4917629483715"),
    ("https://shop.example.net/products/7301582649", "https://shop.example.net/products/7301582649"),
    ("https://shop.example.net/collections/summer/linen-shirt", "https://shop.example.net/collections/summer/linen-"
     "shirt"),
])
def test_a_web_url_as_an_ids_value_reads_its_key_segments(url: str, expected: str) -> None:
    assert free_text(url, id_like=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('{"trace": "T-7", "detail": "https://shop.example.net/full_name/Haldis%20Brunvoltz"}', IN_A_URLS_PATH),
    ('{"detail": "https://магазин.example.ru/%D0%BF%D0%BE%D0%BA%D1%83%D0%BF%D0%B0%D1%82%D0%B5%D0%BB%D1%8C/Oriane%20'
     'Pelvaquet"}', IN_A_URLS_PATH),
    ('{"trace": "T-7", "detail": "https://shop.example.net/collections/summer/linen-shirt"}', ""),
    ('{"page": "https://shop.example.net/products/7301582649", "step": 2}', ""),
])
def test_a_web_url_as_a_json_members_string_reads_its_key_segments(text: str, expected: Optional[str]) -> None:
    assert embedded_reason(text) == expected
