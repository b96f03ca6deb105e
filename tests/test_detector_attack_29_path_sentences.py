"""The twenty-ninth attack's sentences in a URL path's slug (tests/privacy_attack_cases_29.py): a self-introduction,
a hand-over phrase and an honorific, a recipient's label, with `-`, `_` or `+` between their words, and a name joined
by `_` after a personal key's segment. With the shop's slugs that hold names, titles and the same words, which go
out."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

SHOP = "https://shop.example.com"


@pytest.mark.parametrize("path", [
    "/account/My-name-is-Shurendyqa-Martina/orders", "/account/my_name_is_Ayelenqa_Painemal/orders",
    "/account/my+name+is+Kaiulaniqa+Kealoha/orders", "/account/my-name_is+Batrazqa%20Gagloev/orders",
    "/account/me-llamo-Tala-Waim/",  # another language's self-introduction
    "/note/deliver-to-mr-sjoerdqa-hettinga-at-gate/1", "/note/ship_to_mrs_tala_waim/", "/n/hand-it-to-ms-tala-waim",
    "/ship/addressee-name-tala-waim-at-door",
    "/ship/recipient-name-tinaqa-boersma/confirm", "/ship/consignee_name_tala_waim/",
    "/form/first_name/Yannqa_Kerjean/submit", "/form/full_name/Tala+Waim/",
])
def test_a_sentence_in_a_slug_leaves_only_the_origin(path: str) -> None:
    assert privacy.clean_url(SHOP + path) == SHOP + "/"


@pytest.mark.parametrize("path", [
    "/blog/how-to-choose-your-first-road-bike", "/products/dear-evan-hansen-vinyl", "/authors/jane-austen",
    "/designers/virgil-abloh", "/products/Dear-Evan-Hansen-Vinyl", "/authors/Jane-Austen",
    "/products/my-name-is-barbra-cd", "/products/My-Name-Is-Barbra-CD", "/blog/what-i-m-reading-this-summer",
    "/products/mr-bean-plush", "/products/mr-coffee-maker", "/blog/gift-for-mr-right", "/p/ship-to-mrs-smith",
    "/products/name-necklace-gold", "/products/sender-name-label-printer", "/products/recipient-gift-box",
    "/help/change-recipient-name", "/account/first_name/edit_form", "/account/first_name/edit",
    "/c/mobile_phones/Samsung_Galaxy_S23", "/products/i-am-legend-blu-ray",
])
def test_a_shop_slug_goes_out_whole(path: str) -> None:
    assert privacy.clean_url(SHOP + path) == SHOP + path


@pytest.mark.parametrize("part", ["my_name_is_", "my-name-is-", "deliver-to-mr-", "recipient-name-", "i+am+"])
def test_a_slug_of_one_cue_repeated_is_judged(part: str) -> None:
    # (its work, counted by the engine, grows with the slug: test_linear_work_wasm)
    path = "/" + part * (4000 // len(part))
    assert privacy.clean_url(SHOP + path) is not None
    assert detector.reason(path, False) is not None
