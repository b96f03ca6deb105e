"""Mend 52: review 43's regressions of session 52 (names52, closer 221), mended by rule, with their nearest look-alikes
both ways.

- China's provinces and largest towns and Korea's provinces, towns and Seoul's districts (geography.EAST_ASIAN_PLACES)
  and the brands, makers and dishes review 43 named (given_names._WORDS_OF_NAME_SYLLABLES) are no given names of two
  syllables (given_names.two_name_syllables): `Yunnan Coffee`, `Ningbo Port`, `Hongqi H9` go out.
- A quote's customer in capitals whose given name only two such syllables spell wants a Chinese or a Korean family
  name before it (name_shapes.EAST_ASIAN_FAMILY_NAMES): a maker's car model goes out
  (`Quote_GEELY_Xingyue.pdf`), `Quote_ZHANG_Xingyue.pdf` is refused.
- A device's owner (device_owners) follows the word a system names a device with (no `Phone`, `Tablet`, `Mac` alone;
  `Mac mini`), and the device's name ends the text, a bracket or a user agent's separator, its model's words aside:
  `Jimmy's Phone Repair`, `Annie's Mac & Cheese`, `iPad di Giulia Stores`, `Nokia de Maria – film` go out.
- A conversation's slug opening on a house's or a place's word (name_shapes.PLACE_AND_HOUSE_WORDS) names no member
  (`/messages/with/villa-sofia`); a `date` segment before a date's value is a calendar's, no dating site's.

The price (asserted below): a device named with a generic word (`Anna's Tablet`) or followed by more text (`iPhone de
Anna – sorteo`); a two-syllable given name after a family name off the table (`Quote_MUELLER_Xiaoyu.pdf`); a member
whose given name is a house's word (`/messages/with/villa-...`).
"""

from __future__ import annotations

from meta_capi import geography, given_names
from review_cases import review_tests

_SITE = "https://shop.example.com"

ORDINARY = [
    'Yunnan Coffee: new roast!', 'Ningbo Port – delays', 'Lanzhou Noodles – 2 for 1', 'Hongqi H9 – test drive',
    'Baijiu Tasting – tonight', 'Daewoo Electronics – new fridge', 'Zongzi Gift Box – order now',
    'Quote_GEELY_Xingyue.pdf', 'Quote_BYD_Haoyue.pdf', 'Quote_CHERY_Xingyuan.pdf', 'Quote_GEELY_Jinjiang.pdf',
    "Jimmy's Phone Repair", "Annie's Mac & Cheese", "Sophie's Tablet Stand", "Orla's iPhone case deals",
    "Emma's iPhone Repair", 'iPad di Giulia Stores', 'Nokia de Maria – film', 'iPhone de Giulia – oferta',
    # (the price: personal variants that now go out)
    "Jimmy's Phone", "Anna's Tablet", "Anna's iPhone – my notes", 'iPhone de Anna – sorteo',
    'Quote_MUELLER_Xiaoyu.pdf',
]

PERSONAL = [
    'Quote_ZHANG_Xingyue.pdf', 'Quote_WANG_Haoyue.pdf', 'Quote_HUANG_Xiaoyu.pdf', 'Quote_CHOI_Minjae.pdf',
    'Quote_KLEIN_Orla.pdf', 'iPad de Xiaoyu', "Anna's iPhone", "Anna's iPhone 15 Pro Max", "Anna's Mac mini",
    "Anna's MacBook Pro (2)", 'iPhone de Giulia', 'iPad di Giulia Rossi', 'Galaxy S23 de Marie, 5G',
    'iPhone von Orla Quenby',
]

ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/messages/with/villa-sofia', '/messages/con/casa-lucia', '/messages/with/hotel-anna',
    '/nachrichten/mit/haus-maria', '/scores/date/2025-05-01/match/chelsea-arsenal',
    '/results/dates/2025/match/real-madrid-barcelona',
    # (the price: a member whose given name is a house's word)
    '/messages/with/villa-meier',
)]

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/messages/with/sofia-villa', '/messages/with/lucia-casa', '/messages/with/anna-meier', '/date/like/anna-meier',
    '/dating/date/tonight/match/anna-meier', '/dates/match/anna-meier',
)]

globals().update(review_tests(globals()))


def test_no_place_of_china_or_korea_reads_as_a_given_name() -> None:
    assert sorted(place for place in geography.EAST_ASIAN_PLACES if given_names.a_given_name(place)) == []
