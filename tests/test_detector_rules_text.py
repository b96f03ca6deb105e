"""The detector's rules for personal data written in pieces (assembled.py, canonical.py's slugs, detector.py's
lower-case base32 and comma IPv4): what each finds exactly, the readings it makes, and the ordinary values it
leaves alone."""

import base64
import json
import time

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import assembled, build_request, canonical, detector
from wasm_support import retimed

ADDRESS = "zqbea.lindqvist@example.se"
LOWER_BASE32 = base64.b32encode(ADDRESS.encode()).decode().lower().rstrip("=")


@pytest.mark.parametrize(("text", "found"), [
    # JSON text: a local part and a domain in nearby strings
    ('{"user": "zqbea.lindqvist", "domain": "example.se"}', detector.EMAIL),
    ('["jo+promo", "example.com"]', detector.EMAIL),
    ('{"zqbea.lindqvist": "example.se"}', detector.EMAIL),
    ('{"a": "x", "user": "jo.smith", "host": "mail.example.co.uk", "n": 1}', detector.EMAIL),
    # a code in capitals with `-` for `@`
    ("WELCOME-ZQBEA.LINDQVIST-EXAMPLE.SE", detector.EMAIL),
    ("ZQBEA.LINDQVIST-EXAMPLE.SE", detector.EMAIL),
    # a slug: `-at-` with a two-letter domain or a mail provider
    ("zqbea-lindqvist-at-example-se-1001", detector.EMAIL),
    ("jo_at_gmail_com", detector.EMAIL),
    ("ZQBEA-AT-EXAMPLE-SE", detector.EMAIL),
    ("jo-arroba-example-es", detector.EMAIL),
    # base32 in lower case, as in upper case
    (LOWER_BASE32, detector.EMAIL_BASE32),
    (f"Kund: {LOWER_BASE32} tack", detector.EMAIL_BASE32),
    # IPv4 with commas for dots
    ("185,199,108,153", detector.IP_ADDRESS),
    ("from 185,199,108,153 today", detector.IP_ADDRESS),
    # number words read as digits
    ("six five zero five five five zero one seven three", detector.PHONE),
    ("call me: six five zero, five five five, zero one seven three", detector.PHONE),
    ("Six-Five-Zero five five five zero one seven three", detector.PHONE),
    ("zero sei uno due tre quattro cinque sei sette", detector.PHONE),
])
def test_detector_finds_personal_data_written_in_pieces(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    # JSON whose nearby strings are not a local part and a domain
    '{"from": "google.com", "to": "shop.example.se"}',
    '{"file": "logo.png", "cdn": "cdn.example.com"}',
    '{"version": "v1.2", "host": "api.example.com"}',
    '{"campaign": "bf_2024_11_29", "domain": "shop.example.se"}',
    '{"utm_source": "newsletter", "site": "shop.example.se"}',
    '[{"id": "SKU-1", "title": "Product 1", "brand": "example.com"}]',
    '{"user": "jo.smith", "a": 1, "b": 2, "domain": "example.se"}',
    # capitals without an address's shape, and lower-case host names
    "EU 38 - UK 5 - US 7.5", "USB-C 3.1 GEN 2", "V1.2-RC.FINAL", "shop.example-store.com",
    # slugs with `-at-` that name no domain
    "live-at-wembley-stadium", "dinner-at-home-in-paris", "stay-at-home-mom", "meet-me-at-the-bar",
    "sale-at-shop-1001",
    # amounts and lists
    "1,290,000", "₩ 1,290,000", "1,234,567,890", "2,100,000,000", "100,200,300,400", "36,38,40,42",
    # number words that are no phone number, and long lower-case words
    "one two three four five six seven eight nine ten", "Uno dos tres cuatro cinco seis siete ocho nueve",
    "Buy one get one free on all six pack items today only",
    "internationalization is a long word", "kundenzufriedenheit ist wichtig",
])
def test_detector_leaves_ordinary_values_of_those_shapes_alone(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("six five zero five five five zero one seven three", ""),  # no id is written in words
    ("WELCOME-ZQBEA.LINDQVIST-EXAMPLE.SE", detector.EMAIL),
    ('{"user": "zqbea.lindqvist", "domain": "example.se"}', detector.EMAIL),
])
def test_detector_reads_pieces_in_ids_except_number_words(text, found):
    assert detector.reason(text, id_like=True) == found


@pytest.mark.parametrize(("form", "expected"), [
    ('{"user": "zqbea.lindqvist", "domain": "example.se"}', ["zqbea.lindqvist@example.se"]),
    ('["a.b", "x.se", "c.de"]', ["a.b@x.se a.b@c.de"]),  # each of the next two; `x.se` ends as a domain does
    ("WELCOME-ZQBEA.LINDQVIST-EXAMPLE.SE", ["WELCOME-ZQBEA.LINDQVIST@EXAMPLE.SE"]),
    ("call six five zero five five five zero one seven three now",
     [" call six five zero five five five zero one seven three 6505550173 now", " call 6505550173 now"]),
    ("Blue Sneakers - Demo Shop", []),
])
def test_assembled_readings_put_the_pieces_together(form, expected):
    assert assembled.readings(form) == expected


@pytest.mark.parametrize(("text", "form"), [
    ("zqbea-lindqvist-at-example-se-1001", "zqbea-lindqvist@example.se-1001"),
    ("jo_at_gmail_com", "jo@gmail.com"),
    ("live-at-wembley-stadium", "live-at-wembley-stadium"),
])
def test_canonical_rejoins_a_slugged_address(text, form):
    assert canonical.canonical(text) == (form, True)


@pytest.mark.parametrize(("key", "value"), [
    ("payload", json.dumps({"user": "zqbea.lindqvist", "domain": "example.se"})),
    ("coupon", "WELCOME-ZQBEA.LINDQVIST-EXAMPLE.SE"),
    ("note", LOWER_BASE32),
    ("debug_info", "185,199,108,153"),
    ("message", "six five zero five five five zero one seven three"),
])
def test_a_property_holding_data_in_pieces_is_left_out(key, value):
    event = make_event("track", name="Order Completed", properties={key: value, "value": "5", "currency": "SEK"})
    body = json.loads(build_request("track", event, make_settings(meta_require_email_or_phone="false"),
                                    now=NOW).body)
    assert body["data"][0]["custom_data"] == {"currency": "SEK", "value": 5}


PIECES = {
    "payload": json.dumps({"user": "zqbea.lindqvist", "domain": "example.se"}),
    "coupon": "WELCOME-ZQBEA.LINDQVIST-EXAMPLE.SE",
    "slug": "zqbea-lindqvist-at-example-se-1001",
    "note": LOWER_BASE32,
    "debug_info": "185,199,108,153",
    "message": "six five zero five five five zero one seven three",
}


def test_the_component_leaves_out_data_in_pieces(host_each_version):
    # the same rules in the .wasm (CPython's base32 codec and patterns under componentize-py)
    event = retimed(make_event("track", name="Order Completed",
                               properties={**PIECES, "color": "blue", "value": "5", "currency": "SEK"}),
                    int(time.time()) - 60)
    answer = host_each_version.call("track", event, make_settings(meta_require_email_or_phone="false"))
    assert answer.error is None and answer.request is not None
    assert json.loads(answer.request.body)["data"][0]["custom_data"] == {"currency": "SEK", "value": 5,
                                                                         "color": "blue"}


@pytest.mark.parametrize(("text", "found"), [
    ("0x" + ADDRESS.encode().hex().upper(), detector.EMAIL),  # hex behind its 0x prefix, upper case
    ("id 0X" + ADDRESS.encode().hex(), detector.EMAIL),
    (base64.b64encode(ADDRESS.encode("utf-16-le")).decode(), detector.EMAIL_BASE64),  # UTF-16 under base64
    (base64.b64encode(ADDRESS.encode("utf-16-be")).decode(), detector.EMAIL_BASE64),
    (base64.b85encode(ADDRESS.encode()).decode(), detector.EMAIL_BASE85),
    ("Lead " + base64.a85encode(ADDRESS.encode()).decode(), detector.EMAIL_BASE85),
    ("0x" + "ab" * 20, ""),  # random bytes behind 0x: no text
    ("Buy 2 (save 10%) today!", ""),  # punctuation of base85 in a sentence: no run that decodes to text
    ("Promo{SUMMER}&Co;<b>", ""),
])
def test_the_detector_reads_hex_with_0x_utf16_base64_and_base85_runs(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a large mail provider's name with its top-level domain glued on, the dot forgotten
    ("Gift from zqlucia.hernandez@gmailcom, enjoy", detector.EMAIL),
    ("Write to jo@yahoocommx", detector.EMAIL),
    ("jo@hotmailfr.", detector.EMAIL),
    ("jo@outlooknet", detector.EMAIL),
    ("jo@gmail", detector.EMAIL),
    # near misses: a mention, an unknown domain, a provider's name followed by a longer word
    ("Follow us @gmailcom", ""),
    ("jo@mailboxcom", ""),
    ("jo@gmailhelp", ""),
    ("npm i @scope/gmailcom", ""),
    ("Ask @shopcom on x", ""),
])
def test_a_provider_with_its_top_level_domain_glued_on_is_an_address_in_free_text(text, found):
    assert detector.reason(text) == found
