"""A fourth outside attack (tests/privacy_attack_cases_4.py, written from the README's promises without reading
the gate's code): real-world layouts of an address (iCalendar, LDAP, SIP, git, logs, CSV, MIME, data URIs),
Unicode the earlier attacks did not use, "@" and "." spelled out in the lexicon's other languages, national
phone formats of new countries with other scripts' digits and separators, forwarded-address strings, cards,
IBANs and national ids with computed checks, personal keys of platforms and languages, in places the earlier
attacks did not fill (user agent, SPA hash route, matrix parameters, content ids, event name, currency), run
through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; ordinary shop data must still go out, and what the gate drops today is a strict
expected failure too.
"""

from __future__ import annotations

import json
from typing import Dict, List

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import build_request
from privacy_attack_cases_2 import goes_out, outcome, stem
from privacy_attack_cases_4 import Case, cases, ordinary_cases

SETTINGS = make_settings(meta_require_email_or_phone="false")
CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())

# What leaks today, by family: a case's name, or the stem all its places share ("phone X @" is that value in
# every place, "key G K:" that key in every place).
LEAKS: Dict[str, List[str]] = {
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}

LEAK_REASON = {name: f"leaks (fourth attack): {family}" for family, names in LEAKS.items() for name in names}
DROP_REASON = {name: f"dropped (fourth attack): {family}" for family, names in DROPPED.items() for name in names}


def leak_reason(name: str) -> str:
    return LEAK_REASON.get(name) or LEAK_REASON.get(stem(name), "")


@pytest.mark.parametrize("case", [
    pytest.param(case, id=case[0], marks=pytest.mark.xfail(strict=True, reason=leak_reason(case[0])))
    if leak_reason(case[0]) else pytest.param(case, id=case[0]) for case in CASES])
def test_no_fourth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_fourth_attack_names_only_its_own_cases():
    names = [name for name, *_ in CASES]
    assert len(names) == len(set(names))
    assert len(names) >= 1000
    assert sorted({name.split(" ")[0] for name in names}) == ["id", "ip", "key", "layout", "phone", "postal", "sep",
                                                              "text", "unicode", "words"]
    stems = set(names) | {stem(name) for name in names}
    assert [name for name in LEAK_REASON if name not in stems] == []
    ids = [name for name, *_ in ORDINARY]
    assert len(ids) == len(set(ids))
    assert [name for name in DROP_REASON if name not in ids] == []


@pytest.mark.parametrize(("kind", "overrides", "value"), [
    pytest.param(kind, overrides, value, id=name,
                 marks=[pytest.mark.xfail(strict=True, reason=DROP_REASON[name])] if name in DROP_REASON else [])
    for name, kind, overrides, value in ORDINARY])
def test_ordinary_shop_data_of_the_fourth_attack_goes_out(kind, overrides, value):
    request = build_request(kind, make_event(kind, **overrides), SETTINGS, now=NOW)
    body = json.loads(request.body)
    assert goes_out(value, body)
