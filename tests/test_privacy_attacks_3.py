"""A third outside attack (tests/privacy_attack_cases_3.py, written from the README's promises without reading
the gate's code): personal data inside long realistic values, stacked encodings, codes built from personal
data, national phone formats with labels and extensions, forwarded-address strings, checkout and CRM keys,
run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; ordinary shop data must still go out, and what the gate drops today is a strict
expected failure too.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import build_request
from privacy_attack_cases import strings_of
from privacy_attack_cases_2 import outcome, stem
from privacy_attack_cases_3 import Case, cases, ordinary_cases

SETTINGS = make_settings(meta_require_email_or_phone="false")
CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())

# What leaks today, by family: a case's name, or the stem all its places share ("blob X @" is that value in
# every place, "key G K:" that key in every place).
LEAKS: Dict[str, List[str]] = {
    "a trunk-0 phone glued to letters or to a date in a code": [
        "code referral code glued to a trunk phone @",
        "code order id from a trunk phone and a date @",
    ],
    "a phone number in an id (dotted NANP with a suffix, E.164 without +)": [
        "code order id from a dotted phone @ order_id",
        "code order id from a dotted phone @ event_id",
        "code order id from an E.164 phone @ order_id",
        "code order id from an E.164 phone @ event_id",
    ],
    "a national mobile number without a trunk 0 in a product variant (read as an id)": [
        "phone RU trunk 8 compact @ product variant",
        "phone PL bare mobile unlabelled @ product variant",
        "phone ES bare mobile unlabelled @ product variant",
        "phone PL dashed mobile without trunk @ product variant",
        "phone CN dashed mobile @ product variant",
    ],
    "a bare 9-digit mobile number without label in text": [
        "phone PL bare mobile unlabelled @ custom property",
        "phone PL bare mobile unlabelled @ text around it",
        "phone PL bare mobile unlabelled @ page title with site name",
        "phone PL bare mobile unlabelled @ search query",
        "phone ES bare mobile unlabelled @ custom property",
        "phone ES bare mobile unlabelled @ text around it",
        "phone ES bare mobile unlabelled @ page title with site name",
        "phone ES bare mobile unlabelled @ search query",
    ],
    "a trunk-0 phone after an order word (read as a code) in a search": [
        "text search for a phone",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "a part, invoice or serial number laid out like a trunk-0 phone": [
        "product names: Bosch 0 986 452 041 Oil Filter @ custom property",
        "product names: Bosch 0 986 452 041 Oil Filter @ product variant",
        "codes: INV/2024/000123 @ custom property",
        "codes: Serial 0123-4567-89 @ custom property",
        "codes: Serial 0123-4567-89 @ product variant",
        "codes as order_id: Serial 0123-4567-89",
        "product names as page title: Bosch 0 986 452 041 Oil Filter",
    ],
    "a tracking number or EAN written in spaced groups": [
        "tracking numbers: 7489 1234 5678 @ custom property",
        "tracking numbers: 7489 1234 5678 @ product variant",
        "tracking numbers: 1Z 999 AA1 01 2345 6784 @ custom property",
        "tracking numbers: 1Z 999 AA1 01 2345 6784 @ product variant",
        "codes as order_id: 7489 1234 5678",
        "codes as order_id: 1Z 999 AA1 01 2345 6784",
    ],
}

LEAK_REASON = {name: f"leaks (third attack): {family}" for family, names in LEAKS.items() for name in names}
DROP_REASON = {name: f"dropped (third attack): {family}" for family, names in DROPPED.items() for name in names}


def leak_reason(name: str) -> str:
    return LEAK_REASON.get(name) or LEAK_REASON.get(stem(name), "")


@pytest.mark.parametrize("case", [
    pytest.param(case, id=case[0], marks=pytest.mark.xfail(strict=True, reason=leak_reason(case[0])))
    if leak_reason(case[0]) else pytest.param(case, id=case[0]) for case in CASES])
def test_no_third_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_third_attack_names_only_its_own_cases():
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names))
    assert len(names) >= 1000
    assert sorted({name.split(" ")[0] for name in names}) == ["blob", "code", "ip", "key", "phone", "stacked",
                                                              "text", "visitor"]
    stems = set(names) | {stem(name) for name in names}
    assert [name for name in LEAK_REASON if name not in stems] == []
    ids = [name for name, *_ in ORDINARY]
    assert len(ids) == len(set(ids))
    assert [name for name in DROP_REASON if name not in ids] == []


def sent(value: Any, strings: List[str], numbers: List[float]) -> bool:
    if value in strings:
        return True
    try:
        return float(value) in numbers
    except ValueError:
        return False


def numbers_of(item: Any) -> List[float]:
    if isinstance(item, bool):
        return []
    if isinstance(item, (int, float)):
        return [float(item)]
    if isinstance(item, dict):
        return [n for value in item.values() for n in numbers_of(value)]
    if isinstance(item, list):
        return [n for value in item for n in numbers_of(value)]
    return []


@pytest.mark.parametrize(("kind", "overrides", "value"), [
    pytest.param(kind, overrides, value, id=name,
                 marks=[pytest.mark.xfail(strict=True, reason=DROP_REASON[name])] if name in DROP_REASON else [])
    for name, kind, overrides, value in ORDINARY])
def test_ordinary_shop_data_of_the_third_attack_goes_out(kind, overrides, value):
    request = build_request(kind, make_event(kind, **overrides), SETTINGS, now=NOW)
    body = json.loads(request.body)
    assert sent(value, list(strings_of(body)), numbers_of(body))
