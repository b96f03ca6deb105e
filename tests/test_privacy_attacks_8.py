"""An eighth outside attack (tests/privacy_attack_cases_8.py, written from the README's promises without reading the
gate's code): for each rule the README states, the nearest variant it does not name (another separator, script, order
of parts, markup or escapes inside one string, two encodings combined, data in a key, values at the length limits),
with a new persona (a Filipino address, mobile number and IP range), in the places the README lists, run through the
core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED); ordinary shop
data close to the rules (dates on orders, product names with street words, codes after labels, prices with currency
words) must still go out, and what the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_8 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())

# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "a word for @ and . between separators the README does not list (`|`, `+`, `~`, `:`; it names blanks, `_`, "
    "`-`, `/`, `*`, `#`)": [
        "mail at word between pipes @", "mail at word between plus signs @", "mail at word between tildes @",
        "mail at word between colons @"],
    "a CSS escape of six hex digits, complete without the blank the README's `\\40 ` form ends with": [
        "mail at as a CSS escape without a blank @"],
    "a circled a (`ⓐ`) standing for @, which the README names as what `(a)` draws": [
        "mail at in a circle of keycap style @"],
    "an address split between a key and its value by bracketed words (`{\"jo.smith [at]\": \"example [dot] ph\"}`)": [
        "keyval email split between key and value with a bracket word @ custom property"],
    "a dialled number with its country code in square brackets (`[+63] 9171234567`)": [
        "phone PH plus in brackets @"],
    "a dialled number written with `+` for its blanks as a form posts it (`%2B63+917+123+4567`)": [
        "phone PH with plus blanks @"],
    "a mobile number after another number and ` / ` (two numbers of one contact)": [
        "phone PH with an extension of a slash @"],
    "a date of birth after a dotted abbreviation (`D.O.B.`)": ["dob D.O.B. with dots @"],
    "a date of birth in the Japanese layout (`1988年7月14日`) after a Japanese birth label (`生年月日`)": [
        "dob Japanese label @"],
    "an IPv4 address in dotted hex without `0x`": ["ip IPv4 as dotted hex without 0x @"],
    "an address in two HTML attributes of one tag (the README joins pieces in JSON text only; markup removal "
    "keeps no attribute but an image's alt)": ["combo address in data attributes @"],
    "a health-insurance number's key of a national scheme (`philhealth_no`)": ["key philhealth_no:"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "Tagalog words, not a language of the key lexicon nor of the spelled-address words (README: `Languages: "
    "English, German, ... Indonesian and Vietnamese`; `one language of the key lexicon, or of Icelandic, ...`), "
    "with values no shape rule reads (a name alone, a street line alone, a date alone)": [
        "key apelyido:", "key barangay:", "key buong_pangalan:", "key kaarawan:", "key pangalan:", "key tirahan:",
        "mail Filipino words for at and dot @", "dob Filipino label @", "name Filipino salutation @",
        "name pangalan label @"],
    "a date of birth not right after its label (README: `the date must follow the label`; `maybe one word "
    "between`)": ["dob birth label after the date @", "dob born label with two words between @"],
    "a name in lower case after a personal label in Latin script (README: `capitalized words or initials after a "
    "label`; any case only in scripts without capitals)": ["name customer label lower-case name @"],
    "a name in a user agent (README: the user agent is judged for an email address, a personal key in key=value or "
    "JSON text, and personal data as in an id; names are not among them)": ["ua app comment with a name label"],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "an order number `PH-2026-000123` (letters, a year and a serial joined by dashes) after `Order #` or as a "
    "URL path segment": [
        "codes after labels: Order #PH-2026-000123 @ order note",
        "codes after labels: Order #PH-2026-000123 @ product name in the list",
        "urls as page URL: https://tindahan.example.ph/orders/PH-2026-000123",
        "urls as referrer: https://tindahan.example.ph/orders/PH-2026-000123"],
    "a range of two amounts with thousands separators and decimals (`1,000.00 - 2,000.00`)": [
        "prices with currency words: SGD 1,000.00 - 2,000.00 @ order note",
        "prices with currency words: SGD 1,000.00 - 2,000.00 @ page title"],
}


@pytest.mark.parametrize("case", attack_params(CASES, {**LEAKS, **{f"not claimed: {family}": names for family,
                                                                    names in NOT_CLAIMED.items()}}, "eighth"))
def test_no_eighth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_eighth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 500
    assert sorted({name.split(" ")[0] for name in names}) == ["combo", "dob", "id", "ip", "key", "keyval", "mail",
                                                              "name", "phone", "postal", "ua", "url"]


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "eighth"))
def test_ordinary_shop_data_of_the_eighth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
