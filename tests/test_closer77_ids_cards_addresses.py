"""Closer 77: attack 46's national ids in ids, a card partly masked and addresses in layouts not read. A national id in
a layout no code takes (Belgium's national number as printed, a codice fiscale, a personnummer or a HETU dashed, a
NINO spaced, an Aadhaar or a My Number in 4-4-4 blanks) is read in an id too, by its layout and its check; a card with
more than ten digits showing is the card; Italian street abbreviations (`V.le`, `P.zza`, `C.so`), a German street
named by a preposition (`Am …`, `An der …`) with its town, a US line's compass direction, Spain's `C/` across a URL
path's segments and an address cut by content ids' commas are read. Their ordinary neighbours go out."""

from __future__ import annotations

import json
from typing import Any, List

import pytest

from builders import NOW, make_event
from meta_capi.detector import CARD, NATIONAL_ID, reason
from meta_capi.payload import build_request
from meta_capi.postal import POSTAL_ADDRESS
from meta_capi.privacy import clean_url
from privacy_attack_cases_2 import ATTACK_SETTINGS, outcome
from privacy_attack_cases_46 import place

# --- national ids in a layout no code takes, in ids (each number computed with its check)
LAID_OUT_IDS = [
    "91.09.15-123.43",  # Belgium's national number, born 1991
    "05.11.03-245.70",  # ... born 2005: 97's key over `2` and the nine digits
    "73.22.28-014.57",  # ... a bis number: the month raised by 20
    "MRNLCU91P12L219E", "bncgnn78t45d969i",  # codici fiscali, in one case
    "910915-1234", "730228+0149", "19730228-0149",  # personnummer: a dash, a plus (over 100), with the century
    "131052-308T", "131052A308T",  # a Finnish HETU, its century sign `-` or `A`
    "AB 12 34 56 C", "HG 70 12 33 D",  # National Insurance numbers as printed
    "2345 6789 0124", "6182 9374 6507",  # Aadhaar numbers as printed
]
NOT_LAID_OUT_IDS = [
    "ORD-910915-1234", "910915-1234-B", "INV/910915-1234",  # a dashed code's part
    "910915-1235", "91.09.15-123.44", "MRNLCU91P12L219A",  # a wrong check
    "MRNLcu91P12L219E",  # letters in two cases: a code's
    "BG 12 34 56 C",  # a prefix HMRC never issues
    "2023 2024 2025",  # three years
    "47382915V", "86042347136",  # a DNI, a PESEL: shapes an order's number takes (not claimed in ids)
    "910915-12", "ORD-2026-004812", "INV-2026-11-0042", "20261203-0042",
]


@pytest.mark.parametrize("value", LAID_OUT_IDS)
def test_a_national_id_in_a_layout_no_code_takes_is_read_in_an_id(value):
    assert reason(value, id_like=True) == NATIONAL_ID


@pytest.mark.parametrize("value", NOT_LAID_OUT_IDS)
def test_an_id_not_in_such_a_layout_with_its_check_goes_out(value):
    assert reason(value, id_like=True) == ""


def test_twelve_digits_in_a_card_s_groups_stay_a_card():
    assert reason("4111 1111 1111 1111", id_like=True) == CARD


# --- a card partly masked
MASKED_CARDS = ["545762****384172", "5457 6219 **** 4172", "4532-0151-12**-0366", "4532 0151 12•• 0366",
                "4532 0151 12XX 0366", "3714 496353 xx431", "6011 0009 9013 ##17", "Paid with 4532 0151 12** 0366."]
RECEIPT_CARDS = ["************0366", "4532 **** **** 0366", "453201******0366", "4532 01•• •••• 0366",
                 "Gift card ending 4242", "XXXX-XXXX-XXXX-0366", "BEG*00*SA*PO-2026-0042**20261201~",
                 "4532 0151 1283 036*", "Size 4x6x8 frame", "3x 4532 0151 1283", "Build 2026.11.23..4471"]


@pytest.mark.parametrize("value", MASKED_CARDS)
@pytest.mark.parametrize("id_like", [False, True])
def test_a_card_with_more_than_ten_digits_showing_is_personal(value, id_like):
    assert reason(value, id_like=id_like) == CARD


@pytest.mark.parametrize("value", RECEIPT_CARDS)
def test_a_card_masked_as_receipts_print_it_goes_out(value):
    assert reason(value) == ""


# --- addresses in layouts not read before
ADDRESSES = [
    "V.le Kestrovan 12, int. 4, 00195 Roma", "P.zza Kestrovan 3, 50122 Firenze", "C.so Kestrovan 88, int. 2, Torino",
    "L.go Kestrovan 2, 80134 Napoli", "P.le Kestrovan 9, Milano",
    "Am Kestrovan 7, Bremen", "An der Kestrovan 12, 20099 Hamburg", "Im Kestrovanwinkel 3, Köln",
    "Zur Alten Kestrovan 4, Bremen", "Unter den Kestrovan 3, Berlin",
    "500 N Kestrovan Dr, Springfield, IL", "1200 S. Kestrovan Ave, Phoenix, AZ 85004", "88 Kestrovan Blvd NW, Atlanta",
    "12 SW Kestrovan Street, Portland",
]
STREET_LIKE_TITLES = [
    "IT-VLE-5", "V.le poster 5", "Am Main Edition 7", "Am Main Edition 7, Deluxe Edition", "Im Wald 3, Hardcover",
    "Am Meer 2, Taschenbuch", "500 N Series", "500 N Series, black", "Baker Street 17 tea blend",
    "Largo coffee 2, 250 ml", "1600 Pennsylvania Avenue poster", "12 N Oak Street Candle",
]


@pytest.mark.parametrize("value", ADDRESSES)
def test_an_address_in_these_layouts_is_personal(value):
    assert reason(value) == POSTAL_ADDRESS


@pytest.mark.parametrize("value", STREET_LIKE_TITLES)
def test_a_title_shaped_like_these_layouts_goes_out(value):
    assert reason(value) == ""


# --- an address cut by content ids' commas; Spain's `C/` across a URL path's segments
CUT_BY_COMMAS = ["Kestrovan Street 17, London", "17 Kestrovan Road, Leeds LS1 4AP", "Kestrovanstraße 12, 10115 Berlin",
                 "12 rue Kestrovan, 75011 Paris", "C/ Kestrovan, 14, 08001 Barcelona", "Am Kestrovan 7, Hamburg"]
ID_LISTS = ["SKU-1, SKU-2, SKU-3", "Baker Street 17 tea blend,SKU-2", "Blue Shirt M,Red Hat L", "ART 12,ART 13",
            "Abbey Road vinyl, Penny Lane poster", "10 Downing Street mug,SKU-9"]


@pytest.mark.parametrize("value", CUT_BY_COMMAS)
def test_an_address_among_content_ids_is_read_across_their_commas(value):
    kind, overrides = place("content ids", value)
    assert outcome(("", kind, overrides, ["Kestrovan"])) == []


def _content_ids_sent(ids: str) -> List[Any]:
    event = make_event("track", name="Product Added", properties={"content_ids": ids})
    body = json.loads(build_request("track", event, ATTACK_SETTINGS, now=NOW).body)
    return list(body["data"][0]["custom_data"].get("content_ids", []))


@pytest.mark.parametrize("ids", ID_LISTS)
def test_a_list_of_ids_holding_blanks_goes_out(ids):
    assert _content_ids_sent(ids) == [part.strip() for part in ids.split(",")]


SLASHED_PATHS = ["https://shop.example.es/envio/C/ Kestrovan, 14, 08001 Barcelona",
                 "https://shop.example.es/envio/C/%20Kestrovan%2014,%2008001%20Barcelona",
                 "https://shop.example.es/dir/C/ Kestrovan 12, Madrid/ver"]
ORDINARY_PATHS = ["https://shop.example.es/c/shoes", "https://shop.example.es/C/zapatos/14",
                  "https://shop.example.es/c/ofertas%20de%20verano/2026", "https://shop.example.es/a/b%20c"]


@pytest.mark.parametrize("url", SLASHED_PATHS)
def test_a_street_word_s_slash_in_a_path_is_read_with_the_segment_after_it(url):
    assert clean_url(url) == "https://shop.example.es/"


@pytest.mark.parametrize("url", ORDINARY_PATHS)
def test_a_path_s_segments_go_out(url):
    assert clean_url(url) == url
