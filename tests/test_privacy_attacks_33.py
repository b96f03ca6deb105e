"""A thirty-third outside attack (tests/privacy_attack_cases_33.py, written from the README's promises and issue 16's
text without reading the gate's code nor the earlier attacks' cases): issue 16's own families in spellings and places
the issue does not list. Mail addresses in new encodings and their mixtures, phone numbers of many countries' layouts
and scripts, IPv4 and IPv6 forms, cards, IBANs and national ids with check digits, `fbc`/`fbp` payloads, keys in new
languages and look-alikes, query keys, identifiers as a track's properties and an `Err`'s text; numbers that must go
out as written or not at all; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today,
and a number sent changed, are strict expected failures too.
"""

from __future__ import annotations

import json
from typing import Dict, List

import pytest

from builders import NOW, make_event
from meta_capi import build_request
from meta_capi.errors import EventError
from privacy_attack_cases_2 import (
    ATTACK_SETTINGS,
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
)
from privacy_attack_cases_33 import NUMBERS, Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}

# Numbers sent as another number today, by family: a NUMBERS name.
CHANGED: Dict[str, List[str]] = {
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "thirty-third", NOT_CLAIMED))
def test_no_thirty_third_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_thirty_third_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    assert [name for names in CHANGED.values() for name in names if name not in NUMBERS] == []
    names = [name for name, *_ in CASES]
    assert 300 <= len(names) <= 800
    assert sorted({name.split(" ")[0] for name in names}) == [
        "email", "err", "fb", "id", "ip", "key", "phone", "query", "track"]
    assert len(ORDINARY) >= 200


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "thirty-third"))
def test_ordinary_shop_data_of_the_thirty_third_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)


def sent_numbers(properties: Dict[str, str], field: str) -> List[float]:
    """The numbers an Order Completed with `properties` sends in `field` (`value`, or the first content's
    `item_price` or `quantity`); none when the event is an Err or the field is left out."""
    event = make_event("track", name="Order Completed", properties=properties)
    try:
        request = build_request("track", event, ATTACK_SETTINGS, now=NOW)
    except EventError:
        return []
    custom = json.loads(request.body)["data"][0].get("custom_data", {})
    if field == "value":
        return [custom["value"]] if "value" in custom else []
    return [item[field] for item in custom.get("contents", [])[:1] if field in item]


_CHANGED = {name: family for family, names in CHANGED.items() for name in names}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=[pytest.mark.xfail(strict=True, reason=f"changed (thirty-third attack): {_CHANGED[name]}")]
                 if name in _CHANGED else []) for name in NUMBERS])
def test_a_number_goes_out_as_written_or_not_at_all(name):
    properties, field, accepted = NUMBERS[name]
    assert [number for number in sent_numbers(properties, field) if number not in accepted] == []
