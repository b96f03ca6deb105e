"""The thirty-third attack's spellings closed (tests/privacy_attack_cases_33.py): escapes in a string in a string,
quoted-printable's soft line breaks and a query's `=` opening its escape, addresses spaced out, overridden to show
reversed or cut by markup in a raw path, groups joined by `|` or `~`, an IPv4 address glued between words, keys in
small capitals or with `@` for `a`; each with variants the attack did not list and near misses that must go out."""

from __future__ import annotations

import json
from typing import Any, Dict

import pytest

from meta_capi import detector
from privacy_attack_cases_2 import iban, luhn_complete, ordinary_goes_out, outcome, spaced
from privacy_attack_cases_33 import place

MARK = "mirelqa"
VISA = luhn_complete("453914880343646")
DE_IBAN = iban("DE", "370400440532013000")


@pytest.mark.parametrize("value", [
    # an escape after the backslash of each string the value was written in
    "mirelqa\\\\u0040example\\\\u002ecom",
    "mirelqa\\\\\\\\u0040example.com",
    "mirelqa@example\\\\x2ecom",
    "mirelqa\\\\100gmail\\\\056com",
    # quoted-printable's soft line break, with a carriage return too, inside the local part or the domain
    "mirelqa=40exa=\r\nmple.com",
    "mire=\nlqa=40example.com",
    # a character at a time
    "j o . m i r e l q a @ e x a m p l e . c o m",
    "Mail: m i r e l q a @ g m a i l . c o m",
    # overridden to show reversed, without its pop, in a sentence
    "\u202emoc.elpmaxe@aqlerim",
    "Kontakt: \u202emoc.liamg@aqlerim\u202c danke",
])
def test_an_address_spelled_so_is_read(value):
    assert detector.reason(value) == detector.EMAIL


@pytest.mark.parametrize("value", [
    "2 @ 9,99 € each",
    "S M L XL @ checkout",
    "a b c @ home",
    "Price\\\\u0020list 2026",
    "C:\\\\Users\\\\shop\\\\100files",
    "size=40",
    "Set 06|12|34",
])
def test_near_misses_go_out(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize(("value", "kind"), [
    ("+33|6|12|34|56|74", detector.PHONE),
    ("06~12~34~56~74", detector.PHONE),
    ("~".join(spaced(VISA).split()), detector.CARD),
    ("~".join(spaced(DE_IBAN).split()), detector.IBAN),
    ("src81.2.69.160dst", detector.IP_ADDRESS),
    ("user81.2.69.160logged in", detector.IP_ADDRESS),
])
def test_groups_joined_by_a_bar_or_a_tilde_and_a_glued_address_are_read(value, kind):
    assert detector.reason(value) == kind


@pytest.mark.parametrize("value", [
    "SKU|42|BLUE", "SKU~42~BLUE", "Size 06~08", "Colours: red|green|blue|black", "Phone case 06 | Black",
    "build1.2.3.4rc", "App1.2.3.4", "Firmware2.0.0.1beta", "SKU81.2.69.160ab", "v1.2.3.4", "MyApp1.2.3.4beta",
    "Router build1.2.3.4rc", "Chrome10.0.0.1rc2",
])
def test_shop_text_with_bars_tildes_and_glued_versions_goes_out(value):
    assert detector.reason(value) == detector.reason(value, id_like=True) == ""


@pytest.mark.parametrize("key", [
    "ꜰɪʀꜱᴛ_ɴᴀᴍᴇ", "ʟᴀꜱᴛ_ɴᴀᴍᴇ", "ᴘʜᴏɴᴇ_ɴᴜᴍʙᴇʀ", "em@il_address", "billing_em@il", "fullN@me", "addre$s",
])
def test_a_key_in_look_alikes_is_personal(key):
    assert detector.key_reason(key) == detector.PERSONAL_KEY


@pytest.mark.parametrize("key", ["ᴘʀɪᴄᴇ", "ꜱɪᴢᴇ", "logo@2x", "size@m", "sku@home", "price$usd"])
def test_an_ordinary_key_in_look_alikes_is_not(key):
    assert detector.key_reason(key) == ""


PLACED: Dict[str, Any] = {
    "query key and qp value": ("page", {"url": "https://shop.example.com/p?jo.mirelqa=40gmail.com&utm_source=x"}),
    "query key and qp dot": ("page", {"referrer": "https://mail.example.net/r?mirelqa=40example=2Ede"}),
    "mime q word in a raw path": ("page", {"url": "https://shop.example.com/u/=?UTF-8?Q?mirelqa=40example.com?=/x"}),
    "markup in a raw path": ("page", {"url": "https://shop.example.com/u/mirelqa<b>@</b>example<b>.</b>com/x"}),
    "markup of a referrer's path": ("page", {"referrer": "https://m.example.net/mirelqa<i>@</i>gmail.com/"}),
    "circled a in a user agent": ("page", {"user_agent": "Mozilla/5.0 (X11; Linux x86_64; mirelqa ⓐ gmail.com) "
                                                         "Gecko/20100101 Firefox/134.0"}),
    "json text escaped twice": ("track", {"properties": {"payload": json.dumps(
        {"text": "mirelqa\\u0040example\\u002ecom"})}}),
}


@pytest.mark.parametrize("name", PLACED)
def test_a_placed_variant_leaves_no_mark(name):
    kind, overrides = PLACED[name]
    assert outcome((name, kind, overrides, [MARK])) == []


@pytest.mark.parametrize(("where", "value"), [
    ("order id", "SKU|42|BLUE"), ("content id", "SKU~42~BLUE"), ("custom property", "Set 06|12|34"),
    ("product name", "Size 06~08"), ("page title", "Router build1.2.3.4rc"),
])
def test_ordinary_values_with_bars_tildes_and_glued_versions_go_out(where, value):
    assert ordinary_goes_out(*place(where, value), value)


@pytest.mark.parametrize("url", [
    "https://shop.example.com/p?size=40&color=3A&page=2E",
    "https://shop.example.com/p?size=40px&c=3Ablue",
    "https://shop.example.ng/p?utm_campaign=23859872345680123",
    "https://shop.example.com/p?ref=21201199000123",
])
def test_a_query_value_opening_like_an_escape_goes_out(url):
    assert ordinary_goes_out("page", {"url": url}, url)


@pytest.mark.parametrize("value", [
    "rgba(255,128,0,0.5)", "rgba(255,255,255,0.8)", "255,128,0,.5", "hsla(210,50,40,0.5)"])
def test_a_list_ending_in_a_decimal_number_is_no_phone(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", ["650,555,0173", "Call 650,555,0173.", "2,000.00 - 1,000.00", "255,128,0,0,5"])
def test_a_phone_grouped_by_commas_is_still_read(value):
    assert detector.reason(value) == detector.PHONE
