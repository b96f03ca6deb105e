"""Closer 47 (review 21), both ways: a webmail provider's name beside a local part is a mailbox only when the pair
is a clause of its own and, for a provider whose name is an ordinary word, the local part is shaped as a person's
(provider_handles.reason); values of my own, not the review's."""

from __future__ import annotations

import pytest

from meta_capi import detector

SHOP_LINES = [
    # a product's or a setting's words after a provider, the line going on
    "Gmail inbox_rules cheat sheet", "Outlook: meeting.notes template A4", "Yahoo mail_filter howto 2025",
    "Hotmail retro.font poster 50x70", "iCloud: photo.library export tool", "Proton: vpn.plus 1 year",
    "Zoho: crm.plus trial 30 days", "GMX cloud_drive 50 GB", "Fastmail: alias.setup guide",
    "Posteo green.mail sticker", "Live: stream.deck mk2", "T-Online: router.setup Hilfe",
    # a slug, a colour or a size after or before a provider whose name is a word
    "pa_colour (orange)", "shirt_size [Orange]", "attribute_pa_farbe (Orange)", "neon_line (orange)",
    "colour_name (Orange) 42", "summer2024 (orange)", "Orange: winter2024", "Libero: team_kit",
    "Outlook calendar_sync", "Live stream_key setup", "163: summer_sale", "free.fr: box_delta",
    # a verb or a noun before a local part placed on a provider
    "Backup photo_library to iCloud", "Export contacts_list via Outlook", "Import mail_rules in Gmail",
    "Retro.style Orange Hoodie", "Summer.collection Orange Dress",
    # one word beside a provider, a domain, a file
    "Gmail: help", "Outlook: settings", "Live: 2025", "jo.smith", "Gmail add-on", "Outlook add-in guide",
    "gmx.net Login", "Posteo.de review", "report.xlsx via Outlook", "Hey.com review 2025",
]

MAILBOXES = [
    "Gmail: ana.moreau", "ana.moreau (gmail)", "Hotmail | ana.moreau", "ana.moreau | yahoo",
    "Yahoo » ana.moreau", "GMX / ana.moreau", "iCloud; ana.moreau", "Gmail address ana.moreau",
    "Hotmail-Adresse: ana.moreau", "Yahoo-Konto ana.moreau", "moja poczta: mój gmail to ana.moreau",
    "mitt hotmail är ana.moreau", "anamoreau91 (gmail)", "ana-moreau (hotmail)", "ana.moreau, gmail",
    "ana.moreau - outlook", "Yahoo: anamoreau1990", "posteo: ana.moreau", "ana.moreau (t-online)",
    "fastmail = ana.moreau", "live: ana.moreau", "mailbox.org: ana.moreau", "163: ana.moreau",
    "ana.moreau (126)", "ana.moreau sur orange", "ana.moreau chez sfr", "interia: ana.moreau",
    "virgilio: ana.moreau", "ana.moreau (orange)", "Orange: ana_moreau91", "Gmail: ana.moreau, thanks",
    "Gmail: ana.moreau and call me", "write to ana.moreau on gmail", "my gmail is ana.moreau please write",
]


@pytest.mark.parametrize("value", SHOP_LINES)
def test_a_shop_s_line_naming_a_provider_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", MAILBOXES)
def test_a_mailbox_labelled_by_its_provider_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


SOLD_AT = [
    # a model's name or a quoted title before `at` and the site selling it
    "RTX4090 at newegg.com", "Switch2 at gamestop.com", "GoPro12 at bhphotovideo.com", "Galaxy S25 at samsung.com",
    "A7IV at sony.de", "Model3 at tesla.com", "\"Cyber Monday\" at Walmart.com", "\"Back To School\" at staples.com",
    "\"Winter Coats\" at Zalando.de", "X100VI at fujifilm.com", "M4 Pro at apple.com", "Go3 at otto.de",
]

MAILBOXES_AT = [
    # lower case as a mailbox is typed, a mail provider's domain, or a value all in capitals
    "ana85 at example.com", "Ana85 at gmail.com", "ANA85 AT EXAMPLE.COM", "ana.moreau at example.org",
    "\"ana moreau\" at example.com", "\"Ana Moreau\" at gmail.com", "4n4m0r34u at gm41l d0t c0m",
    "PS5 deal: ana85 at example.com", "RTX4090 at newegg.com or ana85 at example.com",
]


@pytest.mark.parametrize("value", SOLD_AT)
def test_a_product_at_the_site_selling_it_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", MAILBOXES_AT)
def test_a_mailbox_before_at_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


PICTURES_AROUND_SITES = [
    # a title's pictures beside a shop's site, a provider's name and a country in capitals, a price
    "Top picks 🦊 Zalando.de", "Spring 🌸 ikea.com", "Coffee ☕ starbucks.com", "Fast ⚡ anker.com",
    "Works ✅ Yahoo ✅ US", "Sync 🔁 iCloud 🔁 EU", "Box 👉 free.fr", "Fruit 🍊 Orange.fr", "Gift 🎁 amazon.de",
    "42 → gmail.com", "Price 9 ★ 10", "Ship → DE → AT", "Rated ★★★★★ on trustpilot.com",
]

PICTURES_FOR_AT = [
    "ana 🦊 gmail.com", "ana 🐸 yahoo.com", "ana ⇒ hotmail.com", "ana ➤ gmail ➤ com", "ana ☆ outlook ☆ com",
    "ana.moreau 🐙 example.org", "ana_moreau→example.net", "ana ◉ gmail.com", "ana 🄐 hotmail.com",
    "ANA ★ GMAIL ★ COM", "ana 🌸 free.fr", "ana · gmail · com",
]


@pytest.mark.parametrize("value", PICTURES_AROUND_SITES)
def test_a_title_s_pictures_beside_a_site_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PICTURES_FOR_AT)
def test_a_picture_for_at_is_read(value: str) -> None:
    assert detector.reason(value) != ""


SPELLED_LINES = [
    "Sizes S/M/L at zara.com", "Tops XS/S/M at hm.com", "A/B/C test at optimizely.com", "Kids 4T at gap.com",
    "Toddler 4T tee", "Lego 4t set", "Buy 2 get 1 4t home", "Works with A/V/R at sonos.com",
]

SPELLED_MAILBOXES = [
    "a/n/a/m/o/r/e/a/u at gmail.com", "A/N/A/M/O/R/E/A/U AT GMAIL.COM", "4n4m0r34u 4t y4h00 d0t c0m",
    "ana.moreau 4t gmail.com", "m/a/r/i/e at example.com",
]


@pytest.mark.parametrize("value", SPELLED_LINES)
def test_a_size_list_or_a_toddler_size_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", SPELLED_MAILBOXES)
def test_an_address_spelled_with_slashes_or_4t_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


BACKWARDS_LINES = ["price.now@50", "sale.now@home", "shop.de@home", "v2.1@beta", "Stay.cozy@home", "3@4.99"]
BACKWARDS_MAILBOXES = ["ro.elpmaxe@uaerom.ana", "moc.oohay@88ana", "ed.xmg@uaeromana", "ten.liamtoh@ana_moreau"]


@pytest.mark.parametrize("value", BACKWARDS_LINES)
def test_a_slogan_with_at_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", BACKWARDS_MAILBOXES)
def test_an_address_written_backwards_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", [
    "phone wa.me @ coupon", "mail bk.ru @ page title", "fb.1.1732875000000.1234567890 @ x"])
def test_a_domain_written_forwards_before_at_is_not_turned(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", ["Ana 😀 Moreau 👉 Gmail 👉 Com", "ana.moreau 🐌 Gmail 🔹 Com"])
def test_a_top_level_domain_in_title_case_is_read(value: str) -> None:
    assert detector.reason(value) != ""
