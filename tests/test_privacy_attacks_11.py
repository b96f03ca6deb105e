"""An eleventh outside attack (tests/privacy_attack_cases_11.py, written from the README's promises without reading the
gate's code): a shopper in Bengaluru and one in Tokyo, their UPI ids, Aadhaar, PAN and My Number, Indian and Japanese
phone numbers in every script's digits and every dash an IME types, addresses with PIN codes and `〒`, names with
honorifics, Japanese and Indian keys, each in every leaf of Meta's payload the README maps, in the fields whose
failure is an `Err` (which must not echo them), and in Meta's own identity fields (`fbc`/`fbp` grammar, values shaped
as a digest), run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED, keyed by the
README's sentence); ordinary shop data of both shops close to the rules (order numbers, GSTINs, JAN codes, tracking
numbers, prices in rupees and yen, masked Aadhaar, product names with phone, mail and address words) must still go
out, and what the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_11 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "postal: Indian address lines with their PIN code (house, flat, block, cross and main, in Hindi) and "
    "a Tokyo address in romaji": [
        "postal Gurugram flat and sector @ gift message", "postal Hyderabad house number @",
        "postal Bengaluru cross and main @", "postal Delhi block @", "postal address in Hindi @",
        "postal Tokyo in romaji @",
    ],
    "name: a Japanese name after お名前 or 宛名 with a blank between its parts, 様 after it, or in "
    "katakana": [
        "name after お名前 with a space @", "name after お名前 with 様 @", "name katakana after 宛名 @",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a provider not among the large ones without its top-level domain (`jo@mailbox`) ... are not read as "
    "addresses": [
        "mail UPI id okicici @ custom property", "mail UPI id okicici @ page title",
        "mail UPI id okicici @ page name", "mail UPI id okicici @ page category",
        "mail UPI id okicici @ contents title", "mail UPI id okicici @ contents brand",
        "mail UPI id okicici @ contents category", "mail UPI id okicici @ search_string",
        "mail UPI id okicici @ status", "mail UPI id okicici @ content_name",
        "mail UPI id okicici @ content_category", "mail UPI id okicici @ product name (WIT)",
        "mail UPI id okicici @ gift message", "mail UPI id paytm @ custom property",
        "mail UPI id paytm @ page title", "mail UPI id paytm @ page name", "mail UPI id paytm @ page category",
        "mail UPI id paytm @ contents title", "mail UPI id paytm @ contents brand",
        "mail UPI id paytm @ contents category", "mail UPI id paytm @ search_string", "mail UPI id paytm @ status",
        "mail UPI id paytm @ content_name", "mail UPI id paytm @ content_category",
        "mail UPI id paytm @ product name (WIT)", "mail UPI id paytm @ gift message",
        "mail UPI id okhdfcbank with a digit @ custom property", "mail UPI id okhdfcbank with a digit @ page title",
        "mail UPI id okhdfcbank with a digit @ page name", "mail UPI id okhdfcbank with a digit @ page category",
        "mail UPI id okhdfcbank with a digit @ contents title",
        "mail UPI id okhdfcbank with a digit @ contents brand",
        "mail UPI id okhdfcbank with a digit @ contents category",
        "mail UPI id okhdfcbank with a digit @ search_string", "mail UPI id okhdfcbank with a digit @ status",
        "mail UPI id okhdfcbank with a digit @ content_name",
        "mail UPI id okhdfcbank with a digit @ content_category",
        "mail UPI id okhdfcbank with a digit @ product name (WIT)",
        "mail UPI id okhdfcbank with a digit @ gift message", "mail UPI pay link @ custom property",
        "mail UPI pay link @ page title", "mail UPI pay link @ page name", "mail UPI pay link @ page category",
        "mail UPI pay link @ contents title", "mail UPI pay link @ contents brand",
        "mail UPI pay link @ contents category", "mail UPI pay link @ search_string", "mail UPI pay link @ status",
        "mail UPI pay link @ content_name", "mail UPI pay link @ content_category",
        "mail UPI pay link @ product name (WIT)", "mail UPI pay link @ gift message",
    ],
    "an undialled digit run in an id (`13800138000` as an `order_id`, `event_id` or content id, "
    "`ORD16505550173`, a contents `id` given as the JSON number `16505550173`)": [
        "phone IN bare ten digits @ order_id", "phone IN bare ten digits @ event_id",
        "phone IN bare ten digits @ content_ids", "phone IN bare ten digits @ contents id",
        "meta lead_id holding 919845217306",
    ],
    "a My Number or an Aadhaar unbroken as a URL path's segment (`/mypage/482173650919/`": [
        "id My Number compact @ url path",
    ],
    "a person's name written without a salutation or a personal label before it": [
        "name alone with 様 @", "name family name and 様 @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "eleventh", NOT_CLAIMED))
def test_no_eleventh_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_eleventh_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "id", "key", "mail", "meta", "name", "phone",
                                                              "postal"]
    assert len(ORDINARY) >= 60


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "eleventh"))
def test_ordinary_shop_data_of_the_eleventh_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
