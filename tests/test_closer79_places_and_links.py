"""Closer 79: a house's place in the layouts the forty-seventh attack found unread (coordinates.py: degrees and decimal
minutes with the hemispheres first, a pair joined by a pipe, Google Maps' data parameter, a UTM or MGRS grid reference,
what3words after its label or in its links, a geohash under its key's abbreviation), a place in an id (a plus code, a
URL holding coordinates), and links: a mail address spelled into a URL's host with `-at-`, a network's app link
(`fb-messenger://user-thread/<name>`), a link pasted into a path, a page's URL that is no URL. Each rule's precision
or shape keeps its ordinary neighbours out: a city's coordinates, SKUs with `+`, UTM tags, words in hosts."""

from __future__ import annotations

from typing import Optional

import pytest

from meta_capi import coordinates, detector, personal_keys, privacy
from meta_capi.detector import EMAIL
from meta_capi.handles import SOCIAL_PROFILE

COORDINATES = coordinates.COORDINATES

# --- coordinates and place codes in free text (coordinates.located, asked by postal.reason)
PLACES_IN_TEXT = [
    # degrees and decimal minutes, each hemisphere before its degrees (two decimals of a minute or more: about 18 m)
    "N 53° 48.088' W 001° 32.917'", "N53 48.088 W001 32.917", "S 33° 52.14' E 151° 12.55'",
    "Cache at N 47° 22.612, E 008° 32.531", "n 40 44.551 w 73 59.146",
    # ... and degrees, minutes and seconds so written
    "N 48° 51' 30\" E 2° 17' 40\"", "S 22° 54' 13.2\" W 43° 10' 21.5\"",
    # two decimal degrees joined by a pipe, and in Google Maps' data parameters
    "loc=53.80147|-1.54862", "48.85837|2.29448", "Pin: -33.85678 | 151.21530",
    "https://www.google.com/maps/place/Eiffel/data=!4m6!3m5!1s0x0:0x0!8m2!3d48.85837!4d2.29448",
    "https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2624.99!2d2.29448!3d48.85837!2m3",
    # UTM grid references after their label or with their metres' marks, MGRS after its label
    "UTM 30U 597354 5962011", "utm: 31U 448251 5411943", "UTM zone 33T 389500 4645200", "31U 448251mE 5411943mN",
    "MGRS 31UDQ4825111943", "mgrs=18TWL8562911297",
    # what3words after its label or in its links (after `///` it was read already)
    "what3words: index.home.raft", "W3W filled.count.soap", "what3words=daring.lion.race",
    "https://w3w.co/index.home.raft", "see what3words.com/filled.count.soap", "https://w3w.link////daring.lion.race",
]

# Their neighbours: a town's precision, words, SKUs and tags that share a character or a word with them.
ORDINARY_TEXT = [
    "Leeds city centre 53.80, -1.55", "Store near 48.86, 2.35", "N 53° 48' W 1° 32'", "N 53° 48.1' W 1° 32.9'",
    "Dell Latitude 5420", "Longitude Lab watch", "Size S 12 34", "utm_source=newsletter&utm_medium=email",
    "UTM tracking guide", "UTM 30U", "Three words notebook", "what3words gift card", "see www.example.com",
    "USB-C+HDMI adapter", "Compass 360°", "Voltage 12.0000|24.00", "MGRS reader for dummies",
    "Tickets: N 5 12.00 E 6 14.00", "S 12 34.56 W 12 34.56", "Size S 10 12.50 EUR 20 30.00", "utm: spring sale",
    "Route N7 12.345 km, E4 23.456 km", "Nike Air Max 90 Size 10.5 W 8.5", "12V 100Ah battery 123456 1234567",
]


@pytest.mark.parametrize("text", PLACES_IN_TEXT)
def test_a_house_s_place_in_its_other_layouts_is_found_in_text(text: str) -> None:
    assert detector.reason(text) == COORDINATES


@pytest.mark.parametrize("text", ORDINARY_TEXT)
def test_their_ordinary_neighbours_go_out(text: str) -> None:
    assert detector.reason(text) == ""
    assert privacy.free_text(text) == text


# --- a place in an id: a full plus code, or a URL holding one (coordinates.id_reason)
PLACES_IN_IDS = [
    "9C5WRF22+HH", "8FW4V75V+8Q", "ORD-8FW4V75V+8Q", "849VCWC8+R9X",
    "https://www.google.com/maps/@48.85837,2.29448,17z", "https://shop.example/track/9912?dest=48.85837%2C2.29448",
    "https://maps.apple.com/?ll=48.85837,2.29448&q=Drop", "https://w3w.co/index.home.raft",
    "https://www.google.com/maps/place/X/data=!3d48.85837!4d2.29448",
]
ORDINARY_IDS = [
    "SKU-USB-C+HDMI", "A+B-COMBO-2", "ORD-1001", "XX99XXXX+XX", "https://boutique.example.de/p/mug-47",
    "https://boutique.example.de/stores?near=Leeds&lat=53.80&lng=-1.55", "GIFT+WRAP+2024", "BUNDLE-2+1",
]


@pytest.mark.parametrize("value", PLACES_IN_IDS)
def test_a_place_in_an_id_is_found(value: str) -> None:
    assert detector.reason(value, id_like=True) == COORDINATES
    assert privacy.free_text(value, id_like=True) == ""


@pytest.mark.parametrize("value", ORDINARY_IDS)
def test_ordinary_ids_with_a_plus_or_a_link_go_out(value: str) -> None:
    assert detector.reason(value, id_like=True) == ""


# --- a geohash under its key's abbreviation (personal_keys.geohash_named): the value's alphabet, length and a digit
@pytest.mark.parametrize(("key", "value"), [("gh", "gcwfhf226"), ("GH", "u09tunq6"), ("ghash", "dr5regw3p"),
                                            ("gh", "9q8yyk8yt")])
def test_a_geohash_under_its_abbreviation_is_personal(key: str, value: str) -> None:
    assert personal_keys.geohash_named(key, value)
    assert privacy.free_text(f"{key}={value}&r=5") == ""
    assert privacy.free_text(f'{{"{key}": "{value}", "zoom": 17}}') == ""
    assert privacy.clean_url(f"https://shop.example/map?{key}={value}&z=3", "page_url") == "https://shop.example/map?z=3"
    assert privacy.custom_refusal(key, value) != ""


@pytest.mark.parametrize(("key", "value"), [("gh", "1"), ("gh", "readme"), ("gh", "bcdefghj"), ("gh", "u09tu"),
                                            ("ghx", "u09tunq6"), ("gh", "abc123def"), ("gh", "u09tunq6u09tunq6")])
def test_other_values_or_keys_are_no_geohash(key: str, value: str) -> None:
    assert not personal_keys.geohash_named(key, value)
    assert privacy.free_text(f"{key}={value}&r=5") == f"{key}={value}&r=5"
    assert privacy.free_text(f'{{"{key}": "{value}"}}') == f'{{"{key}": "{value}"}}'


# --- a mail address spelled into a URL's host (canonical._host_label), in text and as a page's URL
SPELLED_HOSTS = [
    "https://pellam-quendrisk-at-example-org.preview.example-shop.net/", "https://ana-at-mailbox-net.example.com/x",
    "//kim-lee-at-example-edu.portal.example.org", "https://www.jo-at-example-com.shop.net/orders",
    "https://jo2024-at-example-gov.preview.example.com/",
]
WORD_HOSTS = [
    "https://meet-at-noon.example.com/", "https://shop-at-home.example.com/sale", "https://eat-at-joes.example.net/menu",
    "https://live-at-the-apollo.example.org/tickets", "https://best-deals-at-shop.example.com/",
    "jo-at-example-com.pdf",
]


@pytest.mark.parametrize("url", SPELLED_HOSTS)
def test_a_mail_spelled_into_a_host_is_found(url: str) -> None:
    assert detector.reason(url) == EMAIL


@pytest.mark.parametrize("url", [url for url in SPELLED_HOSTS if url.startswith("https://")])
def test_a_page_url_whose_host_spells_a_mail_is_not_sent(url: str) -> None:
    assert privacy.clean_url(url, "page_url") is None


@pytest.mark.parametrize("url", WORD_HOSTS)
def test_hosts_with_at_as_a_word_go_out(url: str) -> None:
    assert detector.reason(url) == ""
    if url.startswith("https://"):
        assert privacy.clean_url(url, "page_url") == url


# --- a network's app link (handles._APP_LINK), as its web link is read
APP_LINKS = [
    "fb-messenger://user-thread/pellam.quendrisk", "fb-messenger://user-thread/100004512345678",
    "fb-messenger://user/jo.smith.77", "fb://profile/100004512345678", "instagram://user?username=jo_smith",
    "twitter://user?screen_name=josmith", "snapchat://add/jo.smith", "linkedin://in/jo-smith-4b7a21",
    "Chat with me: fb-messenger://user-thread/maria.lopez.9",
]
ORDINARY_APP_LINKS = [
    "fb-messenger://share?link=https%3A%2F%2Fshop.example", "fb-messenger://compose", "instagram://app",
    "twitter://timeline", "fb://page/12345", "fb-messenger://user-thread/settings", "myshop://product/SKU-4471",
]


@pytest.mark.parametrize("link", APP_LINKS)
def test_a_network_s_app_link_names_an_account(link: str) -> None:
    assert detector.reason(link) == SOCIAL_PROFILE


@pytest.mark.parametrize("link", ORDINARY_APP_LINKS)
def test_app_links_to_no_account_go_out(link: str) -> None:
    assert detector.reason(link) == ""


@pytest.mark.parametrize(("url", "sent"), [
    ("fb-messenger://user-thread/pellam.quendrisk", "fb-messenger://user-thread/"),
    ("snapchat://add/jo.smith", "snapchat://add/"),
    ("https://w3w.co/index.home.raft", "https://w3w.co/"),
    ("https://what3words.com/filled.count.soap?lang=en", "https://what3words.com/"),
    ("https://boutique.example.de/dl/https://m.me/pellam.quendrisk", "https://boutique.example.de/"),
    ("https://boutique.example.de/go/http:/instagram.com/jo.smith", "https://boutique.example.de/"),
    ("https://boutique.example.de/r/https://maps.google.com/maps/@48.85837,2.29448,17z", "https://boutique.example.de/"),
    ("/dl/https://m.me/pellam.quendrisk", None),
])
def test_a_page_url_holding_a_link_s_account_or_place_sends_its_origin(url: str, sent: Optional[str]) -> None:
    assert privacy.clean_url(url, "page_url") == sent


@pytest.mark.parametrize("url", [
    "https://boutique.example.de/dl/app", "https://boutique.example.de/go/https://boutique.example.de/sale",
    "/dl/https://boutique.example.de/sale", "https://w3w.co/", "https://w3w.co/about", "fb-messenger://share",
    "https://boutique.example.de/stores/leeds-briggate", "https://m.me/", "Summer Sale", "Sale 12/24 now on",
    "Release date: 14/09/2026",
    "https://boutique.example.de/go/https://www.instagram.com/explore",
])
def test_ordinary_page_urls_go_out(url: str) -> None:
    assert privacy.clean_url(url, "page_url") == url


# --- a page's URL that is no URL (a blank, no scheme) is judged as the free text it is: its `/` cuts no segment
@pytest.mark.parametrize("text", ["né le 14/09/1987 à Lyon", "Birthday: 09/14/87", "c/o Ottavine Quildersen",
                                  "Ship to: 17 Zandrowel Close, Leeds LS1 4AB", "DOB 1987/03/23, thanks"])
def test_a_page_url_that_is_no_url_is_judged_as_text(text: str) -> None:
    assert privacy.clean_url(text, "page_url") is None
