"""Closer 92: an ad network's click, campaign and catalogue ids under their keys, an ad network's own parameters, a
numbered key's index, a device's class, a menu's chain of positions, a single digit's `@` in an id and a cart
permalink's variant ids go out; a phone dialled or after its trunk `0`, an email, a card a network issues and a
national id in its own layout stay refused there (fifty-second attack)."""

from __future__ import annotations

from typing import List, Tuple
from urllib.parse import parse_qsl, urlsplit

import pytest

from meta_capi import detector, personal_keys, privacy

SHOP = "https://www.velo-laden.example/c/e-bikes"


def _kept_parameters(url: str) -> List[Tuple[str, str]]:
    cleaned = privacy.clean_url(url)
    assert cleaned is not None
    return parse_qsl(urlsplit(cleaned).query, keep_blank_values=True)


# --- a click's, a campaign's or a catalogue node's id under its key, and a network's own parameter: an id's digits
AD_IDS_KEPT = [
    "gclid=4817260391", "twclid=2-4817260391abcdefghijklmnop", "msclkid=5338481726", "irclickid=7260391482",
    "dclid=6505550173", "mc_cid=4817260391", "ScCid=4817260391", "cid=6505550173", "campid=5338481726",
    "cmpid=5338481726", "camp_id=5338481726", "mkrid=711-53200-19255-0", "mkcid=4817260391",
    "s_kwcid=AL!4817!3!648172603912!e!!g!!e%20bike", "node=16225009011", "category=16225009011",
    "hsa_acc=4817260391", "hsa_grp=1726481039", "hsa_cam=4817260391", "pk_cid=4817260391", "li_acc=4817260391",
]


@pytest.mark.parametrize("pair", AD_IDS_KEPT)
def test_an_ad_s_or_a_catalogue_s_number_under_its_key_goes_out(pair: str) -> None:
    url = f"{SHOP}?{pair}&page=2"
    assert privacy.clean_url(url) == url


# ... a phone dialled or after its trunk `0`, an email, a card a network issues, a national id in its own layout, and
# a network's text parameters (a campaign's name, a search's words) holding a phone
AD_IDS_REMOVED = [
    "mc_cid=%2B447911481726", "gclid=%2B1%20650%20555%200173", "campid=jo@example.com", "hsa_acc=07911481726",
    "twclid=0612345678", "node=0033612345678", "yclid=4111111111111111", "s_kwcid=AL!4817!86.04.23-447.18",
    "gclid=123-45-6789", "utm_campaign=6505550173", "utm_term=6505550173", "hsa_kw=6505550173",
    "mc_cid=jo%40example.com",
]


@pytest.mark.parametrize("pair", AD_IDS_REMOVED)
def test_personal_data_under_an_ad_s_key_is_removed(pair: str) -> None:
    assert _kept_parameters(f"{SHOP}?{pair}&page=2") == [("page", "2")]


@pytest.mark.parametrize("key", ["gclid", "yclid", "msclkid", "irclickid", "mc_cid", "s_kwcid", "campid", "cmpid",
                                 "mkrid", "node", "browseNode", "category_id"])
def test_the_ad_s_and_the_catalogue_s_keys_name_an_id(key: str) -> None:
    assert personal_keys.names_an_id(key)


@pytest.mark.parametrize("key", ["keyword", "utm_campaign", "campus", "paid", "android", "mkdir", "valid", "clip",
                                 "creative", "order_note", "cycle"])
def test_their_neighbours_name_none(key: str) -> None:
    assert not personal_keys.names_an_id(key)


@pytest.mark.parametrize(("key", "is_one"), [
    ("hsa_acc", True), ("hsa_grp", True), ("mc_eid", True), ("pk_cid", True), ("utm_campaign", False),
    ("utm_term", False), ("hsa_kw", False), ("utm_content", False), ("acc", False), ("customer_acc", False),
])
def test_a_network_s_own_parameter_naming_no_text(key: str, is_one: bool) -> None:
    assert personal_keys.names_a_network_parameter(key) is is_one


@pytest.mark.parametrize(("text", "refusal"), [
    ("hsa_acc=4817260391", ""),  # a network's account, no bank's, labels no person's number in an id
    ("acc 4817260391", detector.PHONE),  # an account's label (a bank's) still does
    ("my_acc=4817260391", detector.PHONE),
])
def test_a_network_s_parameter_labels_no_person_s_number(text: str, refusal: str) -> None:
    assert detector.reason(text, id_like=True) == refusal


# --- a numbered key's index begins no number; a device's key holding a device's class
@pytest.mark.parametrize("pair", ["v1=348172603", "v2=2419032", "item2=348172603", "opt12=34817260"])
def test_a_numbered_key_s_index_joins_no_number(pair: str) -> None:
    url = f"{SHOP}?{pair}&page=2"
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("pair", ["tel1=348172603", "p%2B1=650%20555%200173", "sender_device=A1B2C3D4E5F6A7B8",
                                  "c2=0343%206467"])
def test_a_phone_s_key_or_a_device_s_id_stays_removed(pair: str) -> None:
    assert _kept_parameters(f"{SHOP}?{pair}&page=2") == [("page", "2")]


@pytest.mark.parametrize("value", ["pc", "mobile", "Desktop", "tablet", "tv", "ios"])
def test_a_device_s_key_holding_a_device_s_class_goes_out(value: str) -> None:
    url = f"{SHOP}?is_from_webapp=1&sender_device={value}"
    assert privacy.clean_url(url) == url


# --- four numbers of a longer chain joined by `_` are a menu's positions, no address
@pytest.mark.parametrize(("text", "refusal"), [
    ("nav_em_T1_0_4_13_1", ""), ("sr_1_2_3_4_5", ""), ("81_2_69_160", detector.IP_ADDRESS),
    ("ip_81_2_69_160", detector.IP_ADDRESS), ("ec2-81-2-69-160.compute-1.amazonaws.com", detector.IP_ADDRESS),
])
def test_a_chain_of_positions_is_no_address(text: str, refusal: str) -> None:
    assert detector.reason(text, id_like=True) == refusal


# --- a single digit's `@` in an id is no mailbox; a word's still is
@pytest.mark.parametrize(("text", "refusal"), [
    ("4@dis!EUR!12.50", ""), ("pdp_npi=4@dis!EUR!12.50", ""), ("jo@example-com", detector.EMAIL),
    ("jo1@example-com", detector.EMAIL), ("12@example-com", detector.EMAIL), ("4@example.com", detector.EMAIL),
])
def test_a_single_digit_s_at_is_no_mailbox(text: str, refusal: str) -> None:
    assert detector.reason(text, id_like=True) == refusal


# --- a cart permalink's variant ids and quantities are ids, unless one is personal as an id or an issued card
@pytest.mark.parametrize("path", [
    "/cart/44817260391234:2,44817260391235:1", "/cart/44817260391235:1", "/cart/39481726039:3,40012345678:1/",
    "/basket/44817260391235:1",  # (closer 240: fourteen digits from 4 are no card's length, in any path)
])
def test_a_cart_permalink_goes_out(path: str) -> None:
    url = f"https://quill-and-thread.myshopify.com{path}?discount=WINTER20"
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("path", [
    "/cart/4111111111111111:1", "/cart/44817260391235:1,0612345678:1", "/cart/%2B33612345678:1",
    "/cart/44817260391235:1/jo@example.com", "/basket/4481726039123450:1",
])
def test_a_cart_permalink_with_personal_data_is_cut(path: str) -> None:
    assert privacy.clean_url(f"https://quill-and-thread.myshopify.com{path}") == (
        "https://quill-and-thread.myshopify.com/")
