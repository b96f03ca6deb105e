"""Variants of the thirty-fifth attack's address and account leaks (closer41), by the rules that close them: letters
drawn in shapes and `@`'s pictures (canonical.py), another language's spelling of its word for `@`, a webmail
provider's name labelling a local part (provider_handles.py), an address spelled a letter at a time or in leet
(spelled_out.py), a social network's or a payment app's account after its name or in its link (handles.py), and
their keys (personal_keys.py); each with ordinary values of the same shape that must go out."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.handles import MESSENGER_ACCOUNT, PAYMENT_ACCOUNT, SOCIAL_PROFILE
from meta_capi.privacy import clean_url

EMAIL = detector.EMAIL
SHOP = "https://shop.example.com"


@pytest.mark.parametrize("value", [
    "mirel.voss🅰️yahoo.fr", "mirel.voss🅐outlook.com", "mirel.voss 🄰 example.org", "mirel.voss Ⓐ example.org",
    "mirel.voss 🇦🇹 example.org", "mirel.voss 🐌 example.org", "mirel.voss🌀example.org",
    "mirel 🌸 voss ➡️ hotmail ➡️ fr", "mirel 🎀 voss ⭐ yahoo ⭐ de",
])
def test_a_drawn_at_or_pictographs_around_a_provider_are_an_address(value):
    assert detector.reason(value) == EMAIL


@pytest.mark.parametrize("value", [
    "🅰️ Grade Vintage Jacket", "🅱️ Team Tee", "Ⓐ Anarchy Patch", "ⒺⓂⒶⒾⓁ Sticker", "🇦🇹 Wien Shop",
    "Made in 🇦🇹 Austria", "🎯 Best seller 2026", "🐌 Slow Living Mug", "🌀 Spiral notebook v2.0",
    "Love 💕 Gmail 💌 stickers",
])
def test_drawn_letters_and_pictographs_in_titles_go_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "mirel.voss собачка ukr крапка net", "mirel.voss собачка example крапка ua",
    "mirel.voss sobachka example krapka ua",
    "mirel.voss et işareti example nokta com", "mirel.voss ätt gmail", "mirel.voss ätt gmx",
])
def test_another_spelling_of_a_word_for_at_is_read(value):
    assert detector.reason(value) == EMAIL


@pytest.mark.parametrize("value", [
    "Jag lovar att komma punkt slut", "hon sa att gmail punkt com är bäst", "Et işareti nedir",
])
def test_the_words_in_sentences_are_not_an_address(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "Gmail: mirel.voss", "gmail = mirel.voss", "my yahoo is mirel_voss", "mein GMX ist mirel.voss",
    "hotmail → mirel.voss88", "mirel.voss (hotmail)", "mirel.voss [outlook]", "mirel.voss on icloud",
    "mirel.voss (orange)", "Orange: mirel.voss", "mirel.voss bei web.de", "write me on yahoo, mirel.voss",
    "proton ➜ mirel.voss",
])
def test_a_provider_s_name_labelling_a_local_part_is_an_address(value):
    assert detector.reason(value) == EMAIL


@pytest.mark.parametrize("value", [
    "Gmail Productivity Course", "Gmail: support", "Outlook: config.json", "Outlook 2.0 release", "hotmail.com",
    "Sign in with gmail.com", "Gmail vs. Outlook: which is best", "Vintage.shop orange tee", "Proton VPN 2.0",
    "Hotmail e.g. old accounts", "mail.google.com", "Gmail API v1.2 docs",
])
def test_a_provider_s_name_beside_no_local_part_goes_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "m-i-r-e-l at y-a-h-o-o dot fr", "mirel.voss at o u t l o o k dot c o m", "m.i.r.e.l at gmail",
    "m1r3l.v0ss at y4h00 d0t fr", "mirel.voss@yahoo.fr", "mirel.voss@example.c0m", "mirel.voss@example dot c o m",
    '"mirel voss" at example.org', "m_i_r_e_l at hotmail",
    "mirelqa at gmail d0t com",  # (review 20's, closed by the leet reading)
])
def test_an_address_spelled_out_or_in_leet_is_an_address(value):
    assert detector.reason(value) == EMAIL


@pytest.mark.parametrize("value", [
    "S.W.A.T. Team Kit at home", "L O V E Necklace at 50% off", "B-I-N-G-O Game at the Beach",
    "At the Beach Puzzle 1000", "Sale at A-B-C-D Blocks", "Catch-22 at store", "see u at 4 p m", "mp3 at 320 kbps",
    "zqjo at mail-a-b-c-d dot com",  # (a domain's label of four hyphens is not read: nineteenth attack)
])
def test_spelled_words_and_model_numbers_without_an_address_go_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("payload", ["m1r3l-gm4il-com", "m1r3l_v0ss_y4h00_fr", "m1r3l-h0tm4il-c0m"])
def test_a_provider_slug_in_leet_in_an_id_is_an_address(payload):
    assert detector.reason(payload, id_like=True) == EMAIL
    assert detector.click_id_reason(payload) == EMAIL


@pytest.mark.parametrize("value", ["mp3-player-2024", "b2b-gm4il-course", "LST-35-OL", "ORD-0671-3852"])
def test_ordinary_ids_with_digits_are_no_slug(value):
    assert detector.reason(value, id_like=True) == ""


@pytest.mark.parametrize(("value", "found"), [
    ("IG: mirel.voss", SOCIAL_PROFILE), ("insta @mirel.voss", EMAIL), ("snapchat: mirel_voss", SOCIAL_PROFILE),
    ("tiktok ➜ @mirel.voss", EMAIL), ("discord: mirel#0042", SOCIAL_PROFILE),
    ("skype: live:mirel.voss", MESSENGER_ACCOUNT), ("x: mirel_voss", SOCIAL_PROFILE),
    ("tg: @mirel_voss", MESSENGER_ACCOUNT),
    ("instagram.com/mirel.voss/", SOCIAL_PROFILE), ("https://www.facebook.com/mirel.voss", SOCIAL_PROFILE),
    ("twitter.com/mirel_voss", SOCIAL_PROFILE), ("m.me/mirel.voss", SOCIAL_PROFILE),
    ("tiktok.com/@mirel.voss", EMAIL), ("tiktok ➜ mirel.voss", SOCIAL_PROFILE),
    ("paypal.me/mirelvoss", PAYMENT_ACCOUNT), ("venmo.com/u/mirel-voss", PAYMENT_ACCOUNT),
    ("cash.app/$mirelvoss", PAYMENT_ACCOUNT), ("revolut.me/mirelvoss", PAYMENT_ACCOUNT),
    ("venmo: @mirel-voss", PAYMENT_ACCOUNT), ("cashapp $mirelvoss", PAYMENT_ACCOUNT),
    ("Revolut → mirel_voss", PAYMENT_ACCOUNT), ("PayPal: mirel.voss", PAYMENT_ACCOUNT),
])
def test_a_network_s_or_payment_app_s_account_is_personal(value, found):
    assert detector.reason(value) == found


@pytest.mark.parametrize("value", [
    "Insta-ready Ring Light", "Snap Button Kit", "Venmo Card Holder", "PayPal Gift Card 25 €", "Signal Flag Set",
    "X: 12.5cm, Y: 8cm", "Instagram Story Template v2.0", "Cash App $25 gift", "snap: 2 pack", "PayPal: accepted",
    "Paypal: 12.50 EUR", "Zelle: available", "tg: 12.5", "Messenger Bag: leather_brown", "x: v1.2.3",
    "https://www.instagram.com/p/Cx12ab/", "https://www.facebook.com/groups/12345",
    "https://twitter.com/intent/tweet?url=x", "https://www.instagram.com/explore/", "facebook.com/sharer.php",
    "Nike x @offwhite_official", "Threads: cotton_50wt", "Swish: 5_pack",
])
def test_a_network_s_or_payment_app_s_word_and_own_pages_go_out(value):
    assert detector.reason(value) == ""


def test_an_account_in_a_url_leaves_the_path_or_the_parameter():
    assert clean_url(f"{SHOP}/u/instagram.com%2Fmirel.voss") == SHOP + "/"
    assert clean_url(f"{SHOP}/p?ref=paypal.me%2Fmirelvoss&page=2") == f"{SHOP}/p?page=2"
    assert clean_url(f"{SHOP}/p?tg=mirel_voss&page=2") == f"{SHOP}/p?page=2"
    assert clean_url(f"{SHOP}/p?venmo=mirel-voss&page=2") == f"{SHOP}/p?page=2"
    assert clean_url(f"{SHOP}/p?utm_source=instagram&page=2") == f"{SHOP}/p?utm_source=instagram&page=2"


@pytest.mark.parametrize("key", [
    "insta_handle", "signal_nr", "signal_number", "nomor_wa", "paypalMe", "paypal_me", "venmo_handle", "cashapp_tag",
    "revolut_tag", "x_handle", "tg_username", "snap_handle", "wa_link", "swish_nummer",
    "vipps_nr", "gcash_number", "cashtag", "rib", "twint_nr", "zelle_id", "bizum_numero",
])  # (`paypal`, `lydia`, `mbway`, `tg`, `insta` alone label their value since closer 46: test_closer46_handles)
def test_a_network_s_or_payment_app_s_key_is_personal(key):
    assert detector.key_reason(key) == detector.PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "signal_strength_dbm", "paypal_fee", "paypal_transaction_id", "x_position", "x_no", "snap_button", "rib_width",
    "instagram_post_url", "payment_method", "insta_ready", "handle", "handle_length_cm", "x_user_count",
])
def test_ordinary_keys_sharing_those_words_are_not_personal(key):
    assert detector.key_reason(key) == ""


def test_the_new_readings_stay_linear():
    for value in ("a " * 16_000, "a-" * 16_000, "gm41l " * 5_000 + "at", "gmail: " * 4_000, "🅰 " * 10_000,
                  "gmail 👉 " * 4_000, "insta @" * 4_000, "instagram.com/" * 2_000):
        detector.open_allowance(len(value) * 4)
        assert isinstance(detector.reason(value), str)
