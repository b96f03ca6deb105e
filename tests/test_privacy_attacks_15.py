"""A fifteenth outside attack (tests/privacy_attack_cases_15.py, written from the README's promises without reading the
gate's code nor the earlier attacks' cases): shoppers in London, Dublin, Toronto, Sydney, Auckland and Chicago and in
Santiago, Bogotá, Lima and Quito, their numbers, national ids with their real checks, addresses in local layouts,
names after labels and in sign-offs, Spanish keys, and personal data as developers and tools leak it (SQL, logs,
stack traces, GraphQL, cookies, FormData, JWTs), in every leaf of Meta's payload the README maps, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_15 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "id": [
        "id UK NINO labelled @ custom property",
        "id UK NINO labelled @ text around it",
        "id UK NINO labelled @ page title",
        "id UK NINO labelled @ query value",
        "id UK NINO labelled @ fragment",
        "id UK NINO labelled @ contents title",
        "id UK NINO labelled @ search_string",
        "id UK NINO labelled @ err event name",
        "id Irish PPSN @ custom property",
        "id Irish PPSN @ text around it",
        "id Irish PPSN @ page title",
        "id Irish PPSN @ query value",
        "id Irish PPSN @ fragment",
        "id Irish PPSN @ contents title",
        "id Irish PPSN @ search_string",
        "id Irish PPSN @ err event name",
        "id Irish PPSN two letters @ custom property",
        "id Irish PPSN two letters @ text around it",
        "id Irish PPSN two letters @ page title",
        "id Irish PPSN two letters @ query value",
        "id Irish PPSN two letters @ fragment",
        "id Irish PPSN two letters @ contents title",
        "id Irish PPSN two letters @ search_string",
        "id Irish PPSN two letters @ err event name",
        "id Chilean RUT compact @ custom property",
        "id Chilean RUT compact @ text around it",
        "id Chilean RUT compact @ page title",
        "id Chilean RUT compact @ query value",
        "id Chilean RUT compact @ fragment",
        "id Chilean RUT compact @ contents title",
        "id Chilean RUT compact @ search_string",
        "id Chilean RUT compact @ err event name",
        "id Colombian cédula @ custom property",
        "id Colombian cédula @ text around it",
        "id Colombian cédula @ page title",
        "id Colombian cédula @ query value",
        "id Colombian cédula @ fragment",
        "id Colombian cédula @ contents title",
        "id Colombian cédula @ search_string",
        "id Colombian cédula @ err event name",
    ],
    "err": [
        "err RUT @ err event name",
    ],
    "meta": [
        "meta order_id holding a RUT",
        "meta event_id holding a RUT",
        "meta content_ids holding a RUT",
        "meta content_name holding a address",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    ("a person's name written without a salutation or a personal label before it, nor a Japanese honorific "
     "after it"): [
        "name sign-off cheers @",
        "name kind regards newline @",
        "name iPhone signature @",
    ],
    "an address in an id or in a URL path with `+` for its blanks": [
        "meta order_id holding a address",
        "meta event_id holding a address",
        "meta content_ids holding a address",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "codes": [
        "codes: Boleta 001-0045678 @ order note",
        "codes: Boleta 001-0045678 @ page title",
        "codes: Boleta 001-0045678 @ product name in the list",
    ],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "fifteenth", NOT_CLAIMED))
def test_no_fifteenth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_fifteenth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["enc", "err", "id", "key", "mail", "meta", "name",
                                                              "phone", "postal"]
    assert len(ORDINARY) >= 150


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "fifteenth"))
def test_ordinary_shop_data_of_the_fifteenth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
