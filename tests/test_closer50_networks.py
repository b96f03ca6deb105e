"""Closer 50: the networks of every region (attack 37). An account after a network's label in its users' script or of
a network the tables missed, a profile link by its path's shape on any host or at the root of a network's host, a
page's URL or an id holding such a link, and keys naming such accounts are read; the same platforms' words as shops
write them (products, offers, their own pages, their keys) go out. The values here are this file's own."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.personal_keys import names_personal_data

ORDINARY = [
    # the networks' names as products' and offers' words, a label before an offer
    "VK Fest poster", "Line Friends plush", "Matrix pillow", "GitHub Copilot guide", "Twitch Prime", "Kick scooter",
    "Kick: 3-speed", "Lens: 50mm f/1.8", "Lens cap 58mm", "Medium: size M", "Medium roast coffee", "Patreon: tier 2",
    "Weibo Night 2024 tee", "Substack Pro guide", "Behance portfolio template", "Dribbble shot mockup",
    "OnlyFans creator ring light", "QQ: music", "QQ-100", "QQ Music gift card", "XING Premium 3 Monate",
    "Одноклассники 2024 постер", "B站 周边 T恤", "小红书同款 连衣裙", "抖音爆款 口红", "微博 热门 周边",
    "Инстаграм шаблон сторис", "페이스북 광고 가이드", "Follow us on Instagram", "Find us on VK",
    "Reddit Gold coin", "Farcaster frame guide", "Skype headset", "GitHub: Copilot guide", "Kick: 2_pack scooter",
    # links a shop writes that are no profile
    "https://github.com/features/copilot", "https://github.com/acme/storefront", "https://medium.com/tag/fashion",
    "https://www.reddit.com/r/sneakers/", "https://www.twitch.tv/directory", "https://calendly.com/pricing",
    "https://maps.example.com/@paris,12z", "https://www.npmjs.com/package/@acme/ui",
    "https://shop.example.com/user/login", "https://shop.example.com/u/cart", "https://shop.example.com/users/sign_in",
    "https://shop.example.com/profile/edit", "https://www.instagram.com/p/C1a2B3c4D5e/", "https://vk.com/wall-1_2",
    # colours, hashes and hex of a developer shop's titles
    "#1a2b3c hoodie", "Build 3f2a1b9c", "0x1F2E3D Ethereum hoodie", "Lens: wide-angle 16mm",
]

PERSONAL = [
    # a network's label in its users' script, or of a network the tables missed
    "ВК: jo_smith88", "ВКонтакте: @jo.smith", "Одноклассники: jo_smith88", "Инстаграм: jo.smith_1",
    "انستقرام: jo_smith88", "페이스북: jo.smith88", "微博：@josmith", "抖音号: jo_smith88", "小红书号: jo_smith88",
    "B站: jo_smith88", "QQ: 2739258141", "пиши в телегу @jo_smith88", "add me on snap jo_smith88",
    "Kick: jo_smith88", "reddit u/jo_smith88", "GitHub: jo-smith-88", "GitLab: @jo_smith88", "Lens: josmith.lens",
    "Medium: @jo_smith88", "Substack: josmith.substack.com", "XING: Jo_Smith", "skype live:.cid.27392581ab4c9d0e",
    # profile links by their path's shape on any host, at a network's root, under a network's own word
    "https://mastodon.social/@josmith", "https://fosstodon.org/@josmith", "https://bsky.app/profile/josmith.bsky.social",
    "https://www.reddit.com/user/jo_smith88", "https://hey.xyz/u/josmith", "https://discord.com/users/273925814172739258",
    "https://www.xiaohongshu.com/user/profile/josmith88", "https://matrix.to/#/@josmith:matrix.org",
    "https://web.telegram.org/k/#@jo_smith88", "https://github.com/jo-smith-88", "https://keybase.io/josmith",
    "https://www.behance.net/jo_smith88", "https://bio.link/josmith88", "https://fb.me/josmith88",
    "https://ig.me/m/jo_smith88", "https://threema.id/QRNV3L8X", "https://us02web.zoom.us/my/josmith",
    "https://www.linkedin.com/pub/jo-smith/27/392/581", "https://signal.me/#eu/josmith.88",
    "https://space.bilibili.com/27392581", "https://calendly.com/josmith/30min", "https://josmith.substack.com/",
    "weixin://dl/chat?jo_smith88", "https://shop.example.com/user/jsmith88",
]

ORDINARY_IDS = ["ORD: 2024-0001", "SKU/2024/0012", "https://shop.example.com/products/kick-scooter", "INV-2024-77"]
PERSONAL_IDS = ["LINE ID: jo_smith88", "微信: jo_smith88", "QQ: 2739258141", "https://t.me/jo_smith88",
                "skype live:.cid.27392581ab4c9d0e", "https://www.buymeacoffee.com/josmith88"]

ORDINARY_PAGE_URLS = [
    "https://shop.example.com/products/github-octocat-mug", "https://shop.example.com/user/login",
    "https://shop.example.com/u/cart", "https://www.facebook.com/", "https://github.com/features/copilot",
    "https://www.instagram.com/p/C1a2B3c4D5e/", "https://www.twitch.tv/directory",
    "https://shop.example.com/@adidas", "https://shop.example.com/u/store42",
]
PERSONAL_PAGE_URLS = [
    "https://vk.com/jo_smith88", "https://www.instagram.com/jo_smith88/", "https://www.tiktok.com/@jo_smith88",
    "https://github.com/jo-smith-88", "https://bsky.app/profile/josmith.bsky.social", "https://mastodon.social/@josmith",
    "https://www.linkedin.com/in/jo-smith-27b39a/",
]

ORDINARY_KEYS = ["payid", "ok_url", "line_number", "zoom_image", "zoom_level", "kick_count", "patreon_tier",
                 "github_stars", "medium", "lens_type", "onlyfans_price"]
PERSONAL_KEYS = ["ok_ru_id", "xhs_id", "bilibili_uid", "mastodon_acct", "nostr_npub", "farcaster_fid",
                 "github_login", "zoom_pmi", "revtag", "alipay_account", "ens_name", "naver_id",
                 "mailru_login"]
# a platform's short name as a key: a flag, a count or a campaign's word goes out, an account does not
ORDINARY_KEYED = [("ok", "1"), ("ok", "true"), ("medium", "social_media"), ("kick", "3_speed"), ("ens", "1"),
                  ("yandex", "12345678"), ("naver", "blog"), ("line", "spring_2024"), ("bsky", "true")]
PERSONAL_KEYED = [("ok", "jo_smith88"), ("bsky", "josmith.bsky.social"), ("ens", "josmith.eth"),
                  ("yandex", "jo.smith"), ("naver", "josmith88"), ("vk", "jo_smith88")]


@pytest.mark.parametrize("value", ORDINARY)
def test_ordinary_values_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL)
def test_accounts_are_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_IDS)
def test_ordinary_ids_go_out(value: str) -> None:
    assert detector.reason(value, id_like=True) == ""


@pytest.mark.parametrize("value", PERSONAL_IDS)
def test_an_account_in_an_id_is_kept(value: str) -> None:
    assert detector.reason(value, id_like=True) != ""


@pytest.mark.parametrize("drop", [False, True])
@pytest.mark.parametrize("url", ORDINARY_PAGE_URLS)
def test_ordinary_page_urls_go_out_whole(url: str, drop: bool) -> None:
    assert privacy.clean_url(url, drop_query=drop) == url


@pytest.mark.parametrize("drop", [False, True])
@pytest.mark.parametrize("url", PERSONAL_PAGE_URLS)
def test_a_profile_as_the_page_s_url_leaves_its_origin(url: str, drop: bool) -> None:
    cleaned = privacy.clean_url(url, drop_query=drop)
    assert cleaned is not None and cleaned.count("/") == 3 and cleaned.endswith("/")


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_ordinary_keys_go_out(key: str) -> None:
    assert not names_personal_data(key)


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_keys_naming_an_account_are_personal(key: str) -> None:
    assert names_personal_data(key)


@pytest.mark.parametrize(("key", "value"), ORDINARY_KEYED)
def test_ordinary_values_under_a_platform_s_key_go_out(key: str, value: str) -> None:
    assert detector.value_reason(key, value) == ""


@pytest.mark.parametrize(("key", "value"), PERSONAL_KEYED)
def test_an_account_under_a_platform_s_key_is_kept(key: str, value: str) -> None:
    assert detector.value_reason(key, value) != ""
