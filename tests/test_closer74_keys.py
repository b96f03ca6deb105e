"""Closer 74: attack 42's last leaks. An abbreviation an ordinary word spells too is read beside another respelling
(`lst_nm`); an address's word cut short holding a street line (vCard's `adr`, `strt`) and a role's key holding a
person's name (`att`, `partner_name`, `author_name`) are personal with their values; an English street word before
the house number followed by its town or a post code is a street line (`Baker Street 17, London`); a vanity number
one letter longer than its plan, the letter the word's tail (`+44 7700 BROSVAN`), is a phone number. Their ordinary
neighbours go out."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import pytest

from meta_capi.detector import PERSONAL_KEY, key_reason, reason
from meta_capi.postal import POSTAL_ADDRESS, street_line_alone
from meta_capi.privacy import EMBEDDED_KEY, custom_refusal, embedded_reason
from meta_capi.privacy import PERSONAL_KEY as KEPT_OUT
from privacy_attack_cases_2 import outcome
from privacy_attack_cases_42 import key_place

PHONE = "holds a phone number"

# --- abbreviations spelt alike, read beside another respelling
SPELT_ALIKE_PERSONAL = ["lst_nm", "lstNm", "lst-nm", "LstNm", "lst_nme", "billing_lst_nm", "strt_nm", "cust_lst_nm"]
SPELT_ALIKE_ORDINARY = ["lst", "strt", "nmbr", "lst_name", "list_name", "lst_updated", "lst_prc", "lst_qty",
                        "strt_date", "strt_dt", "start", "adr_score", "LST_NM"]


@pytest.mark.parametrize("key", SPELT_ALIKE_PERSONAL)
def test_an_abbreviation_spelt_alike_beside_another_respelling_is_personal(key):
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", SPELT_ALIKE_ORDINARY)
def test_an_abbreviation_spelt_alike_alone_or_beside_a_word_goes_out(key):
    # (`LST_NM`: two capitals in a row are an acronym's, as `CUST_NM` is)
    assert key_reason(key) == ""


# --- keys judged with their values: an address's word cut short, a role's key
PERSONAL_PAIRS: List[Tuple[str, str]] = [
    ("adr", "17 Zandrowel Close"), ("ADR", "17 Zandrowel Close"), ("adr1", "Zandrowel Close 17"),
    ("Adr", ";;17 Zandrowel Close;Zandrowelby;;ZW4 7QX;UK"), ("strt", "17 Zandrowel Close"),
    ("strt", "Baker Street 17"), ("str", "42 Harbour Road"), ("adres", "12 rue de Rivoli"),
    ("stras", "Hauptstraße 5"), ("addr2", "Flat 3, 17 Zandrowel Close"),
    ("att", "Ilvethra Zandrowel"), ("ATT", "Ilvethra Zandrowel"), ("att", "Jean de la Fontaine"),
    ("att", "Jo Brown"), ("att", "Rose Grey"),
    ("partner_name", "Ilvethra Zandrowel"), ("partnerName", "Ilvethra Zandrowel"),
    ("author_name", "Ilvethra Zandrowel"), ("AuthorName", "Jane Austen"), ("author-name", "Ilvethra Zandrowel"),
]
ORDINARY_PAIRS: List[Tuple[str, str]] = [
    ("adr", "142.50"), ("adr", "EUR 142"), ("adr_score", "17 Zandrowel Close"), ("strt", "2026-01-05"),
    ("strt", "Abbey Road 2 vinyl"), ("str", "12 Oak Street Candle"), ("start", "17 Zandrowel Close"),
    ("strt_date", "17 Zandrowel Close"),
    ("att", "color"), ("att", "Blue"), ("att", "Navy Blue"), ("att", "Extra Large"), ("att", "Dark Oak"),
    ("partner_name", "Acme GmbH"), ("partner_name", "Acme Corp"), ("partner_name", "ACME"),
    ("partner_name", "Best Seller"), ("partner", "Ilvethra Zandrowel"), ("partner_id", "Ilvethra Zandrowel"),
    ("author", "Jane Austen"), ("author_name", "jane austen"), ("author_name", "Staff"),
    ("attribute", "Ilvethra Zandrowel"),
]


@pytest.mark.parametrize(("key", "value"), PERSONAL_PAIRS)
def test_a_cut_address_key_holding_a_street_line_or_a_role_key_holding_a_name_is_kept_out(key, value):
    assert custom_refusal(key, value) == KEPT_OUT


@pytest.mark.parametrize(("key", "value"), ORDINARY_PAIRS)
def test_those_keys_holding_something_else_and_their_neighbours_go_out(key, value):
    assert custom_refusal(key, value) == ""


@pytest.mark.parametrize("text", [
    '{"step": 2, "att": "Ilvethra Zandrowel"}', '{"adr": "17 Zandrowel Close"}', '{"author_name": "Jo Smith"}',
    "step=2&strt=17%20Zandrowel%20Close&submit=1", "a=1&partner_name=Ilvethra%20Zandrowel",
    # a form body's `+` for a blank (the next session's find)
    "strt=17+Zandrowel+Close", "step=2&adr=17+Zandrowel+Close&qty=2", "att=Ilvethra+Zandrowel&x=1",
    "customer=Ilvethra+Zandrowel&x=1",
])
def test_text_holding_those_pairs_is_left_out(text):
    assert embedded_reason(text) == EMBEDDED_KEY


@pytest.mark.parametrize("text", [
    '{"step": 2, "att": "Navy Blue"}', '{"adr": "142.50"}', '{"partner_name": "Acme GmbH"}',
    "step=2&strt=2026-01-05&submit=1", '{"author": "Jane Austen"}',
    "strt=Blue+Shirt", "att=1+2&x=1", "q=blue+shirt&size=M", "size=M+L&x=1",
])
def test_text_holding_their_ordinary_pairs_goes_out(text):
    assert embedded_reason(text) == ""


@pytest.mark.parametrize(("value", "line"), [
    ("17 Zandrowel Close", True), ("Zandrowel Close 17", True), ("  Baker St. 221b ", True),
    ("12 Oak Street Candle", False), ("Route 66", False), ("Station 19", False), ("142.50", False),
    ("Close", False),
])
def test_a_street_line_alone_is_read_with_its_next_part(value, line):
    assert street_line_alone(value) is line


# --- an English street word before the house number, in free text
@pytest.mark.parametrize("text", [
    "Zandrowel Close 17, Zandrowelby", "Baker Street 17, London", "Baker Street 17b, London NW1 6XE",
    "Baker Street 17, NW1 6XE", "Baker Street 17, New York", "Wir wohnen Baker Street 17, London.",
    "Lieferung: Zandrowel Close 17, Zandrowelby, UK", "Oak Lane 5, 12345 Berlin",
    "location=Baker Street 17, London&x=1", "Herzl St 12, Tel Aviv",
])
def test_an_english_street_word_before_the_number_then_the_town_is_an_address(text):
    assert reason(text) == POSTAL_ADDRESS


@pytest.mark.parametrize("text", [
    "Abbey Road 2 vinyl", "Route 66 mug", "Station 19 season 3", "Park Lane 5-piece set",
    "Abbey Road 2, Deluxe Edition", "Sesame Street 2, Elmo Poster", "Abbey Road 2019, London",
    "Abbey Road 2, 3 discs", "Baker Street 17, lovely flat", "zandrowel close 17, zandrowelby",
])
def test_a_product_after_a_street_word_and_a_number_is_no_address(text):
    assert reason(text) == ""


# --- a vanity number one letter longer than its plan
@pytest.mark.parametrize("text", ["+44 7700 BROSVAN", "+44 7700 BRO-SVAN", "+44 7911 FLOWERS", "+49 176 TANZBAR"])
def test_a_vanity_number_whose_word_runs_one_letter_past_the_plan_is_a_phone(text):
    assert reason(text) == PHONE
    assert key_reason(text) == f"key {PHONE}"


@pytest.mark.parametrize("text", ["+44 7700 BROSVA1", "+1 800 FLOWERS", "Call 1-800-GOT-JUNK", "+33 6 BROSVAN"])
def test_a_vanity_number_past_the_plan_by_a_digit_or_two_or_a_toll_free_one_is_none(text):
    assert reason(text) == ""


# --- the closed cases in other leaves (attack 42's key places) and casings
CLOSED: List[Tuple[str, str, str]] = [
    ("LstNm", "Zandrowel", "Zandrowel"), ("ADR", "17 Zandrowel Close", "Zandrowel"),
    ("strt", "Zandrowel Close 17", "Zandrowel"), ("Att", "Ilvethra Zandrowel", "Zandrowel"),
    ("partnerName", "Ilvethra Zandrowel", "Zandrowel"), ("AuthorName", "Ilvethra Zandrowel", "Zandrowel"),
    ("location", "Baker Street 17, Zandrowelby", "Zandrowelby"), ("+44 7700 BROSVAN", "1", "BROSVAN"),
]
PLACES = ["property", "query", "json text", "fragment", "params text", "referrer query", "nested json",
          "product property", "order property", "matrix param"]


def _placed(key: str, value: str, where: str) -> Tuple[str, Dict[str, Any]]:
    kind, overrides = key_place(where, key, value)
    return kind, overrides


@pytest.mark.parametrize(("key", "value", "form", "where"), [
    pytest.param(key, value, form, where, id=f"{key} @ {where}")
    for at, (key, value, form) in enumerate(CLOSED) for where in (PLACES[at % len(PLACES)],
                                                                   PLACES[(at + 3) % len(PLACES)])])
def test_the_closed_cases_leave_no_leaf(key, value, form, where):
    kind, overrides = _placed(key, value, where)
    assert outcome((f"{key} @ {where}", kind, overrides, [form])) == []


@pytest.mark.parametrize(("key", "value", "form", "where"), [
    ("att", "Navy Blue", "Navy Blue", "property"), ("partner_name", "Acme GmbH", "Acme GmbH", "json text"),
    ("adr", "142.50", "142.50", "query"), ("strt_date", "2026-01-05", "2026-01-05", "params text"),
    ("lst_updated", "2026-01-05", "2026-01-05", "nested json"),
    ("location", "Abbey Road 2 vinyl", "Abbey Road 2 vinyl", "order property"),
    ("author", "Jane Austen", "Jane Austen", "property"),
])
def test_their_ordinary_neighbours_go_out_in_those_leaves(key, value, form, where):
    kind, overrides = _placed(key, value, where)
    assert outcome((f"{key} @ {where}", kind, overrides, [form])) == [form]
