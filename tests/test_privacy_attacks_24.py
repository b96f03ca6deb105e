"""A twenty-fourth outside attack (tests/privacy_attack_cases_24.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): shoppers in Hyderabad, Bengaluru, Kochi, Ahmedabad, Pune,
Amritsar and Karachi, in Erbil, Diyarbakır, Ürümqi, Kazan, Ufa, Grozny, Brooklyn, Auckland, Asunción and Port of
Spain, and Esperanto speakers: their names, phones in their scripts' digits, ids with check digits computed here and
addresses as they write them; structured texts pasted into a field; near misses of the twenty-third attack's rules;
in the leaves of Meta's payload the README maps, in Meta's own fields and in the fields whose failure is an `Err`,
run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_24 import Case, cases, ordinary_cases, second_cases, second_ordinary_cases

CASES: List[Case] = cases() + second_cases()
ORDINARY = [*ordinary_cases(), *second_ordinary_cases()]


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "id": [
        "id voter id EPIC @",
        "id CNIC @ agent",
        "id CNIC Urdu digits @ agent",
        "id Paraguay cedula @",
        "id EPIC lower case @",
    ],
    "key": [
        "key Telugu name:",
        "key Kannada name:",
        "key Malayalam name:",
        "key Gujarati name:",
        "key Marathi name:",
        "key Gurmukhi name:",
        "key Sindhi name:",
        "key Sorani name:",
        "key Kurmanji name:",
        "key Uyghur name:",
        "key Tatar name:",
        "key Chechen name:",
        "key Yiddish name:",
        "key Maori name:",
        "key Guarani name:",
        "key Esperanto name:",
        "key Telugu address:",
        "key Gujarati address:",
        "key Kannada address:",
        "key Malayalam address:",
        "key Gurmukhi address:",
        "key Maori address:",
        "key Kurmanji address:",
        "key Telugu phone:",
        "key Maori phone:",
        "key Guarani phone:",
        "key romanized son of:",
    ],
    "mail": [
        "mail Esperanto spelled @",
        "mail Kurdish at word @",
    ],
    "meta": [
        "meta self-introduction again @",
        "meta self-introduction @ meta content_name",
        "meta self-introduction @ meta content_category",
        "meta self-introduction @ meta status",
        "meta self-introduction @ search",
        "meta self-introduction @ campaign",
        "meta self-introduction @ referrer",
        "meta self-introduction @ fragment",
        "meta self-introduction @ contents brand",
        "meta self-introduction @ encoded",
        "meta CNIC @ meta order_id",
        "meta CNIC @ meta event_id",
        "meta CNIC @ meta content id",
    ],
    "name": [
        "name Telugu self-introduction @",
        "name Telugu romanized @",
        "name Kannada self-introduction @",
        "name Kannada romanized @",
        "name Malayalam self-introduction @",
        "name Malayalam romanized @",
        "name Gujarati self-introduction @",
        "name Gujarati romanized @",
        "name Marathi self-introduction @",
        "name Marathi romanized @",
        "name Gurmukhi self-introduction @",
        "name Punjabi romanized @",
        "name Shahmukhi self-introduction @",
        "name Sindhi self-introduction @",
        "name Sindhi romanized @",
        "name Urdu romanized @",
        "name Sorani self-introduction @",
        "name Kurmanji self-introduction @",
        "name Uyghur Arabic self-introduction @",
        "name Uyghur Latin self-introduction @",
        "name Tatar self-introduction @",
        "name Bashkir self-introduction @",
        "name Chechen self-introduction @",
        "name Yiddish self-introduction @",
        "name Maori self-introduction @",
        "name Guarani self-introduction @",
        "name Esperanto self-introduction @",
        "name Trinidadian self-introduction @",
        "name Telugu label @",
        "name Gurmukhi label @",
        "name Kurmanji label @",
        "name Maori label @",
        "name Guarani label @",
        "name Esperanto label @",
        "name Yiddish label @",
        "name Tatar label @",
        "name speaker in Telugu @",
        "name speaker Kurmanji customer @",
        "name speaker Maori customer @",
        "name bracketed speaker Hinglish @",
        "name CSV row with header @",
        "name Markdown table @",
        "name YAML customer @",
        "name TOML customer @ path",
        "name form body in JSON @ path",
        "name GraphQL variables @ path",
        "name log line @ path",
        "name Catalan self-introduction in capitals @",
        "name Guarani self-introduction with puso @",
        "name Maori greeting and name @",
        "name Trinidadian name after is @",
        "name Yiddish romanized @",
        "name Tatar romanized @",
        "name Chechen romanized @",
        "name Sorani romanized @",
        "name vCard in one line @",
    ],
    "phone": [
        "phone number words English @ agent",
        "phone number words Hindi @",
        "phone EMV QR with a mobile @",
        "phone India mobile in words Telugu @",
    ],
    "postal": [
        "postal Telugu address @",
        "postal Diyarbakir Kurmanji @",
        "postal Kazan Tatar @",
        "postal Asuncion calle @",
        "postal address file in path @",
        "postal address file in a user agent @",
        "postal Bengaluru address in Kannada @",
        "postal Pune address in Marathi @",
        "postal Karachi address in Urdu @",
        "postal Erbil address in Sorani @",
        "postal Indian address with landmark first @",
        "postal iCalendar location @",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # names in support tools' texts and a self-introduction are read outside ids; a signature outside URL paths too
    "read outside ids and URL paths, but for the self-introductions": [
        "name email signature @ path",
        "meta self-introduction @ meta order_id",
        "meta self-introduction @ meta content id",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # the twenty-third attack's honorific before a name ended by a dash, read in a toy's title
    "honorific and dash": [
        "ordinary second 000 Wish list of Mr. Potato  @ custom property",
        "ordinary second 000 Wish list of Mr. Potato  @ page title",
    ],
    # a Catalan self-introduction opening a product's title
    "self-introduction": [
        "ordinary second 008 Em dic Flors del Mediter @ custom property",
        "ordinary second 008 Em dic Flors del Mediter @ page title",
    ],
    # an Indian importer-exporter code (ten digits) read as a phone number
    "code as phone": [
        "ordinary second 034 IEC 0305012345 @ custom property",
        "ordinary second 034 IEC 0305012345 @ page title",
    ],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "twenty-fourth", NOT_CLAIMED))
def test_no_twenty_fourth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_twenty_fourth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "id", "key", "mail", "meta", "name", "phone",
                                                             "postal"]
    assert len(ORDINARY) >= 150


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "twenty-fourth"))
def test_ordinary_shop_data_of_the_twenty_fourth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
