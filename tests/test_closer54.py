"""Closer 54 (review 22): networks' and mail providers' accounts followed by words addressed to the reader, labels'
separators, pictures for `@`, spelled and reversed addresses; both ways: ordinary shop values near each rule go out,
personal ones are kept."""

from __future__ import annotations

import pytest

from meta_capi import detector

# An account of a person's shape after a label's colon, followed by a word addressing the reader.
ADDRESSED_PERSONAL = [
    "IG: jo.smith dm me", "Instagram: jo.smith follow me", "TikTok: jo.smith daily", "Gmail: jo.smith thx",
    "Yahoo: jo_smith85 asap", "I am jo.smith on gmail", "jo.smith on gmail please", "Snapchat: jo.smith add me",
]
# A product's dotted or joined name after the network or the provider it is for, followed by its own words.
ADDRESSED_ORDINARY = [
    "Instagram: new arrivals weekly", "Gmail: setup guide for beginners", "IG: summer_sale promo",
    "Instagram: story_template pack", "TikTok: trending.sounds 2024", "iCloud: photo.library export tool",
    "Fastmail: alias.setup guide", "Twitch: stream_deck MK.2 bundle", "Live: jazz.night tonight",
    "Orange: color.code 7", "YouTube: how_to videos for beginners", "IG: summer_sale and more",
    "Instagram: reels.template bundle", "Gmail: inbox.zero method", "Save cart_items in iCloud",
    "Pinterest: board_planner A4 printable", "TikTok: led_ringlight 26 cm",
]


@pytest.mark.parametrize("value", ADDRESSED_PERSONAL)
def test_an_account_followed_by_words_to_the_reader_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ADDRESSED_ORDINARY)
def test_a_product_s_line_after_a_platform_s_name_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# A network's label and an account apart by a bar, a slash, a tilde or `>>` between blanks; Venmo's dashed names.
SEPARATED_PERSONAL = [
    "Instagram | jo.smith", "Instagram / jo.smith", "Instagram >> jo.smith", "Instagram ~ jo.smith",
    "TikTok | jo_smith85", "Venmo: jo-smith", "Venmo: jo-smith-85",
]
# A network's name in a title's bar or slash, its own products' dotted names, Venmo's own card.
SEPARATED_ORDINARY = [
    "Instagram | Story.Template", "Instagram / Facebook / TikTok", "Blue Sneakers | Example Shop",
    "Instagram | summer_sale promo", "Twitch - stream.deck", "LinkedIn: sales.navigator", "Wise - travel.card",
    "Venmo: debit-card", "YouTube / music.premium", "Twitch ~ prime.gaming", "Facebook >> portal.stand",
    "Instagram | reels_template pack", "Size 4.5 | Instagram", "TikTok > 1.5m views",
]


@pytest.mark.parametrize("value", SEPARATED_PERSONAL)
def test_an_account_after_a_network_s_bar_or_slash_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", SEPARATED_ORDINARY)
def test_a_network_s_name_in_a_title_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# A mailbox beside its provider: Poland's WP and Onet by their short names, `~`, `»`, `//`, `::` as separators.
PROVIDER_PERSONAL = [
    "WP: jan.kowalski", "Onet: jan.kowalski", "Gmail ~ jo.smith", "jo.smith ~ gmail", "jo.smith » gmail",
    "jo.smith // gmail", "jo.smith :: gmail", "my live is jo.smith", "Live: jo.smith", "Posteo: jo.smith",
    "outlook vexmorra.quillet",
]
# A provider's own products and pages, a word provider's name inside a product's or a page's words, WordPress's `WP`.
PROVIDER_ORDINARY = [
    "Ableton Live: lite.edition", "Xbox Live: gold.membership", "Seite 126 | garten.deko", "Pack 163: sport.socks",
    "Posteo: Mail.Guide", "Gmail account setup_guide", "Fastmail - calendar.sync", "Virgilio: mail.guide",
    "T-Online: email.center", "Arcor: dsl.tarif", "Tiscali: fibra.casa", "WP theme.options", "WP: functions.php",
    "WP: contact-form-7", "Bayonet: steel.blade", "Size ~ 4.5", "Art ~ deco.lamp", "Gmail ~ setup_guide",
    "Vintage.shop Orange Tee", "inbox.zero - Gmail",
]


@pytest.mark.parametrize("value", PROVIDER_PERSONAL)
def test_a_mailbox_beside_its_provider_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", PROVIDER_ORDINARY)
def test_a_provider_s_product_or_page_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# A picture that stands for `@` itself (canonical._AT_PICTURES) before any domain; an envelope before a provider.
PICTURED_PERSONAL = [
    "jo.smith ✉ example.com", "jo.smith ✉️ example.com", "jo.smith 📧 gmail", "jo.smith 📨 yahoo",
    "mirel.voss 🐌 example.org", "jo.smith 🐒 example.pl", "jo.smith 🐶 example.ru", "jo.smith 🙂 example.com",
    "mirel.voss 🇦🇹 example.org", "jo.smith 👉 example.com",
]
# A title's decorating pictures between a campaign's dotted tag and the shop it runs on.
PICTURED_ORDINARY = [
    "summer.sale 🌞 zalando.de", "black.friday 🔥 amazon.com", "home.decor 🏡 ikea.com", "new.in ✨ asos.com",
    "Hugo.Boss ★ breuninger.com", "spring.drop 🌸 zara.com", "gift.guide 🎁 amazon.de", "Newsletter 📧 gmail",
    "Newsletter ✉ shop.example.com", "Order ✉ 3 days",
]


@pytest.mark.parametrize("value", PICTURED_PERSONAL)
def test_a_picture_standing_for_at_is_read(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", PICTURED_ORDINARY)
def test_a_title_s_decorating_picture_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# An address written backwards with `ta` for `at`; a name typed in capitals between slashes before a provider's domain.
SPELLED_PERSONAL = [
    "moc.liamg ta htims.oj", "ed.bew ta htims.oj", "J/O/S/M/I/T/H at gmail.com", "J/O/S/M/I/T/H @ yahoo.fr",
]
# Size lists and tests at a shop's site, words with `ta` in them, a slogan written forwards.
SPELLED_ORDINARY = [
    "Sizes S/M/L at zara.com", "A/B/C test at optimizely.com", "Works with A/V/R at sonos.com", "Ta ta ta",
    "Mu ta ta", "wa.me ta coupon", "Pasta ta Roma", "XS/S/M/L/XL at asos.com",
]


@pytest.mark.parametrize("value", SPELLED_PERSONAL)
def test_a_spelled_or_reversed_address_is_read(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", SPELLED_ORDINARY)
def test_a_size_list_or_a_word_ta_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# Profile links: YouTube's older `c/` and `user/`, Pinterest's country hosts, a post's photo under X's `status/`.
PROFILE_LINKS = [
    "https://www.youtube.com/c/JoSmith", "https://www.youtube.com/user/JoSmith85", "https://www.pinterest.co.uk/josmith85/",
    "https://www.pinterest.de/josmith85/", "https://x.com/jo_smith/status/1800000000000000000/photo/1",
]
# The networks' own pages there.
NETWORK_PAGES = [
    "https://www.youtube.com/c/", "https://www.youtube.com/watch?v=abc", "https://www.pinterest.co.uk/ideas/",
    "https://www.pinterest.de/trends", "https://www.pinterest.de/pin/12345/", "https://x.com/i/status/1800000000000000000",
]


@pytest.mark.parametrize("value", PROFILE_LINKS)
def test_a_profile_link_is_read(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", NETWORK_PAGES)
def test_a_network_s_own_page_goes_out(value: str) -> None:
    assert detector.reason(value) == ""
