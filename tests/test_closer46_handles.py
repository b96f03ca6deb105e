"""Closer 46: networks' and payment apps' handles both ways (review 21). An account after a network's label ends its
clause and is no file nor an identifier of the networks' own tools; X, SC and DC open a clause; a network's link names
an account only in the path its network marks profiles by, or by a name of its grammar that is none of its pages; a
payment app's name alone as a key labels its value. Values here are this closer's own, not the review's.

Keys, decided by what they hold on real platforms: `paypal`, `swish`, `twint`, `blik`, `bizum`, `lydia`, `pix`,
`insta`, `tg` alone are a payment method's or a channel's flag as often (WooCommerce's and Shopware's payment
settings, a campaign's channel), so the key goes out and its value is judged as an account after the name; `konto`
(a bank or a customer's account in German, Polish and Nordic forms) and `rib` (France's bank details: an IBAN and its
holder's name) stay personal alone, `client_id` (Google Analytics' id of a browser) and `ship_region_id` (the
shipping address's state, coded) too."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

SHOP = "https://shop.example.com/p"

ORDINARY_TEXT = [
    "Facebook: capi_gateway", "TikTok: pixel_helper", "PayPal: express_checkout", "Instagram: shop_tags",
    "Snap: ads_manager v3", "Pinterest: rich_pins guide", "YouTube: shorts_template pack", "Twitch: overlay_v2 bundle",
    "LinkedIn: insight_tag", "Revolut: pay_button", "Monzo: card_reader stand", "Wise: business_card holder",
    "Discord: server_template", "Instagram: reel_cover.png", "TikTok: sound_pack 2025", "Venmo: qr_sticker 3 pcs",
    "Instagram - Story_Kit 2025 pack", "Twint: webhook_test", "Zelle: pay_now_sign", "Model X: plaid_edition mats",
    "Kerbal SC: fuel_tank", "Axis X = length_200", "12V DC: adapter_2a", "Threads: polyester_40wt",
    "Threads: M6_fine pitch", "Kakao - friends_2024 plush",
    # a network's own pages
    "tiktok.com/explore", "tiktok.com/business", "facebook.com/watch", "facebook.com/marketplace",
    "facebook.com/weather", "x.com/explore", "x.com/settings", "instagram.com/explore", "venmo.com/about",
    "pinterest.com/ideas", "twitch.tv/directory", "linktr.ee/marketplace", "youtube.com/shorts", "youtube.com/feed",
    "linkedin.com/company/acme", "facebook.com/acme-store-gmbh", "Shop our TikTok at tiktok.com/shop",
    "Get it on twitch.tv/downloads",
]

PERSONAL_TEXT = [
    "Facebook: mira.kowal.91", "TikTok: mira_kowal", "PayPal: mira.kowal", "Instagram: mira.kowal 🌸",
    "Snap: mirakowal92", "Pinterest: mira.kowal", "Twitch: mira_k92", "YouTube: @mirakowal",
    "LinkedIn: mira-kowal-4711", "Wise: mira.kowal", "Monzo: mirakowal_uk", "Reddit: u/mira_kowal",
    "Instagram - mira.kowal", "IG » mira_kowal92", "X: mira_kowal92.", "IG: mira.kowal, FB: mira.kowal.91",
    "Venmo - @Mira-Kowal-7", "Threads @mira.kowal", "Telegram - @mira_kowal",
    # profile links
    "tiktok.com/@mira.kowal", "youtube.com/@mirakowal", "threads.net/@mira.kowal", "venmo.com/u/Mira-Kowal-7",
    "facebook.com/mira.kowal.91", "facebook.com/profile.php?id=100078912345",
    "facebook.com/people/Mira-Kowal/100078912345", "x.com/mira_kowal/status/1812345678901234567",
    "instagram.com/mira.kowal/tagged", "linkedin.com/in/mira-kowal-4711", "linktr.ee/mirakowal",
    "patreon.com/mirakowal", "ko-fi.com/mirakowal", "pinterest.com/mirakowal", "twitch.tv/mirakowal92",
    "monzo.me/mirakowal", "onlyfans.com/mirakowal", "buymeacoffee.com/mirakowal",
]

ORDINARY_URLS = [
    f"{SHOP}?paypal=1", f"{SHOP}?swish=enabled", f"{SHOP}?tg=ab_test", f"{SHOP}?insta=true", f"{SHOP}?lydia=0",
    f"{SHOP}?venmo=off", f"{SHOP}?ref=fb:black_friday", f"{SHOP}?utm_campaign=tiktok:spring_drop",
    f"{SHOP}?source=pinterest:home_ideas", f"{SHOP}?paypal=express_checkout",
    f"{SHOP}?ref=https://www.tiktok.com/explore", f"{SHOP}?ref=https://www.facebook.com/marketplace",
    f"{SHOP}?snap=grid",
]

PERSONAL_URLS = [
    f"{SHOP}?paypal=mirakowal", f"{SHOP}?venmo=Mira-Kowal-7", f"{SHOP}?tg=mira_kowal", f"{SHOP}?insta=mira.kowal",
    f"{SHOP}?pix=mira.kowal", f"{SHOP}?swish=mira.kowal", f"{SHOP}?snap=mira_kowal",
    f"{SHOP}?ref=https://www.youtube.com/@mirakowal", f"{SHOP}?ref=linktr.ee/mirakowal",
    f"{SHOP}?ref=facebook.com/profile.php%3Fid%3D100078912345",
]


@pytest.mark.parametrize("value", ORDINARY_TEXT)
def test_a_network_s_tools_pages_and_product_words_go_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL_TEXT)
def test_an_account_after_a_network_s_label_or_in_its_profile_link_is_kept(value):
    assert detector.reason(value) != ""


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_a_network_s_flags_and_channel_tags_go_out_in_urls(url):
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_an_account_under_a_network_s_key_or_in_a_link_leaves_the_url(url):
    assert privacy.clean_url(url) == SHOP


@pytest.mark.parametrize("key", ["paypal", "swish", "tg", "insta", "vipps", "zelle", "pix", "bizum", "youtube_url",
                                 "youtube_video_id", "twitch_stream_url", "wise_fee", "monzo_enabled"])
def test_a_payment_app_s_name_alone_and_a_video_s_link_are_ordinary_keys(key):
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("key", ["twitch_username", "youtube_handle", "wise_account", "monzo_me", "pinterest_user",
                                 "reddit_username", "cashtag", "paypal_me", "rib", "konto", "client_id"])
def test_a_network_s_handle_keys_and_bank_details_are_personal(key):
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize(("key", "value", "refused"), [
    ("paypal", "mirakowal", True), ("tg", "mira_kowal", True), ("swish", "enabled", False), ("venmo", "1", False),
    ("paypal", "checkout_buttons", False),
])
def test_a_payment_app_s_key_labels_its_value(key, value, refused):
    assert bool(privacy.custom_refusal(key, value)) is refused


def test_an_account_in_object_text_under_a_payment_app_s_key_is_refused():
    assert privacy.embedded_reason('{"order": "A-17", "venmo": "mirakowal"}') != ""
    assert privacy.embedded_reason('{"order": "A-17", "venmo": "enabled"}') == ""


def test_the_new_readings_run_on_long_crafted_values():
    for value in ("IG: a_bcd " * 8_000, "Instagram: " + "📸" * 30_000, "x.com/" * 12_000, "IG - a.bc " * 8_000,
                  "facebook.com/people/" * 4_000, "instagram.com/ab_c/reels" * 3_000):
        detector.open_allowance(len(value) * 4)
        assert isinstance(detector.reason(value), str)
