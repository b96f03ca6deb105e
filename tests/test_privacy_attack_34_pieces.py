"""The thirty-fourth attack's pieces side by side in a URL or a product (tests/privacy_attack_cases_34.py): an address
or a phone over two parameters, a path's last segment and a parameter, a product's id and title; with variants the
attack did not list, and ordinary URLs and products that must still go out whole."""

from __future__ import annotations

import pytest

from meta_capi import privacy
from meta_capi.commerce import _content

SHOP = "https://boutique.example.fr"


@pytest.mark.parametrize("url", [
    f"{SHOP}/p?u=quennzor.abiodun&d=example.org",
    f"{SHOP}/p?u=quennzor.abiodun&d=%40example.org",
    f"{SHOP}/p?u=quennzor.abiodun&lang=fr&d=example.org",
    f"{SHOP}/p?user=quennzor&domain=example.org",
    f"{SHOP}/p?login=quennzor&host=mail.example.org",
    f"{SHOP}/u/quennzor.abiodun?d=@example.org",
    f"{SHOP}/u/quennzor.abiodun?at=example.org",
    f"{SHOP}/p?cc=33&n=647832915",
    f"{SHOP}/p?dial_code=%2B33&tel2=647832915",
    f"{SHOP}/p?indicatif=33&numero=647832915",
    f"{SHOP}/p?a=%2B44&b=7911483927",
])
def test_pieces_side_by_side_in_a_url_leave_only_its_origin(url):
    assert privacy.clean_url(url) == f"{SHOP}/"


@pytest.mark.parametrize("url", [
    f"{SHOP}/p?u=shoes&site=example.org",
    f"{SHOP}/p?v=1.2.3&host=cdn.example.org",
    f"{SHOP}/p?file=logo.png&host=cdn.example.org",
    f"{SHOP}/p?page=33&id=647832915",
    f"{SHOP}/p?size=44&sku=7911483927",
    f"{SHOP}/blog/post.title?ref=news",
])
def test_ordinary_urls_go_out_whole(url):
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("product", [
    {"id": "quennzor.abiodun", "title": "@example.org", "quantity": "1"},
    {"sku": "quennzor.abiodun", "name": "example.org"},
    {"id": "quennzor+shop", "brand": "example.org"},
])
def test_a_product_whose_id_and_text_make_an_address_is_left_out(product):
    assert _content(product, 0) is None


@pytest.mark.parametrize("product", [
    {"id": "SKU-1", "title": "example.org gift card"},
    {"id": "tee.blue", "title": "Blue tee"},
    {"id": "v1.2", "title": "example.org"},
])
def test_ordinary_products_keep_their_id(product):
    content = _content(product, 0)
    assert content is not None and content["id"] == product.get("id")
