"""Closer 73 (attack 44): an address spelt with English words for the dot (`period`, `full stop`, `point`, `dt`), with
Malay's, Croatian's and Afrikaans' words, and with the English `at` beside another language's dot (read before a
mailbox's top-level domain); a phone's digits grouped as no plan writes them (a trunk `0` alone after a call word, an
NANP number in pairs, letter O for zero); a mail address or a street in a cookie's payload read as a slug is; an
address split over a path by an `at` segment; and, both ways, the ordinary values near each rule (sentences with
`point` and `period`, a part number after a lone `0`, lists of sizes, an article number, a code's check digit, a
router's default address in its guide's title, real cookies) going out."""

from __future__ import annotations

from typing import List, Tuple

import pytest

from meta_capi import detector
from meta_capi.detector import EMAIL, IP_ADDRESS, PHONE
from meta_capi.postal import POSTAL_ADDRESS

MS = "1795496400000"

# (value, judged as an id, reason)
PERSONAL: List[Tuple[str, bool, str]] = [
    # English words for the dot, after `at`, before a mailbox's top-level domain
    ("harvosquine at example period com", False, EMAIL), ("harvosquine at example full stop com", False, EMAIL),
    ("harvosquine at example full-stop com", True, EMAIL), ("harvosquine at example point com", False, EMAIL),
    ("harvosquine at example dt com", False, EMAIL), ("Mail: jo.smith at example period co.uk", False, EMAIL),
    ("harvosquine_at_example_period_com", True, EMAIL),
    # Malay, Croatian, Afrikaans; the English `at` with Indonesian's, Tagalog's, Turkish's, Spanish's dot
    ("harvosquine di example titik com", False, EMAIL), ("harvosquine manki example točka com", False, EMAIL),
    ("harvosquine aapstert example punt com", False, EMAIL), ("harvosquine at example titik com", False, EMAIL),
    ("harvosquine at example tuldok com", False, EMAIL), ("harvosquine at example nokta com", False, EMAIL),
    ("jo at example punto es", False, EMAIL),
    # a trunk 0 alone before groups of three after a call word; an NANP number in pairs; letter O for zero
    ("rappel 0 648 279 153", True, PHONE), ("rappel 0 648 279 153", False, PHONE),
    ("Rückruf: 0 648 279 153", False, PHONE), ("41 57 38 29 46", False, PHONE),
    ("call O77OO 936 142", False, PHONE), ("call O77OO 936 142", True, PHONE),
    # a cookie's payload: a mailbox in a slug, a street apart by dashes, underscores or glued in camelCase
    (f"_fbp=fb.1.{MS}.1843027561; _fbc=fb.1.{MS}.pranthelvi-oak-at-example-org", False, EMAIL),
    (f"fb.1.{MS}.27-Ostrubel-Street-Leeds-LS1-4AP", False, POSTAL_ADDRESS),
    (f"_fbp=fb.1.{MS}.1843027561; _fbc=fb.1.{MS}.1843027561.OstrubelStreet27", False, POSTAL_ADDRESS),
    (f"fb.1.{MS}.Ostrubel_Road_27", True, POSTAL_ADDRESS), (f"fb.1.{MS}.jo-oak-at-example-org", True, EMAIL),
    # an address split over a path by an `at` segment
    ("/contact/vindelqarth.mo/at/example.com", False, EMAIL), ("/contact/jo_smith/at/example.com", True, EMAIL),
    # a private address elsewhere than in a device's guide is still judged
    ("from 192.168.1.20 today", False, IP_ADDRESS), ("192.168.17.42", False, IP_ADDRESS),
]

ORDINARY: List[Tuple[str, bool]] = [
    # sentences holding `at` and a word for the dot, and two words of a language read only together
    ("ski at the piste today", False), ("thanks @john point taken", False), ("meet at the point in time", False),
    ("We were at this point in.", False), ("trial period 30 days at no cost", False),
    ("Giulia alfa romeo punto it", False), ("noir et blanc point fr", False), ("Live at the Apollo full stop", False),
    ("point of sale at checkout", False), ("Free returns within the trial period", False),
    ("jo at example punto it", False),
    # a part number after a lone 0, lists of sizes and draws, an article number, a code's check digit
    ("Bosch 0 986 452 041 Oil Filter", False), ("Bosch 0 986 452 041", False),
    ("Bosch GSR 12V-15 0 601 868 109", False), ("0 601 868 109", True), ("36 38 40 42 44", False),
    ("44 42 40 38 36", False), ("12 25 33 41 48", False), ("41 57 38 29 46", True), ("O2 Sim 10 GB", False),
    ("Art.-Nr. 415 738 2946", False), ("SKU 415 738 2946", False), ("1001-0042-7", False), ("ART 4711-0815-3", False),
    ("Call 1001-0042-7", False), ("Size 10.5 (EU 44.5)", False),
    # a router's default address in its guide's title
    ("192.168.1.1 setup guide", False), ("Router 192.168.178.1 Anleitung", False),
    # paths with `at`, real cookies, slugs of titles, a shop's title beside its site, a product named for a street
    ("/shop/at/example.com", False), ("/de/at/produkte", False), ("/v1.2/at/example.com/x", False),
    (f"fb.1.{MS}.IwAR2xK9fTqLm7Vn3pQr", False), (f"fb.1.{MS}.1843027561.Bg", True),
    (f"fb.1.{MS}.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB", True), ("live-at-wembley-stadium", True),
    ("jobs-at-acme-com", True), ("shop.de | example.com", False), ("12 Oak Street Candle", False),
    ("jo-at-example-com", False), (f"fb.1.{MS}.shop-at-example-com", True),
]


@pytest.mark.parametrize(("value", "id_like", "why"), PERSONAL)
def test_spelt_addresses_grouped_phones_and_cookie_payloads_are_kept(value: str, id_like: bool, why: str) -> None:
    assert detector.reason(value, id_like=id_like) == why


@pytest.mark.parametrize(("value", "id_like"), ORDINARY)
def test_ordinary_sentences_numbers_and_cookies_near_them_go_out(value: str, id_like: bool) -> None:
    assert detector.reason(value, id_like=id_like) == ""
