"""A twenty-sixth outside attack (tests/privacy_attack_cases_26.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): shoppers of Southeast Asia, the Caucasus, the Horn of
Africa, West Africa, Central Asia, the Pacific, the Nordic and Baltic countries, Greece and Israel, their names with
labels and self-introductions, addresses in their local layout, phones in national formats and their scripts'
digits, national ids with their check digits; values carried in markup, Markdown, `tel:`/`sms:`/messenger links, a
redirect's URL, JSON, JWT-like tokens, MIME encoded words, quoted-printable, punycode and data: URIs; after a
kilobyte of text, between emoji, split over two properties; in the leaves of Meta's payload the README maps, run
natively; and ordinary shop data that looks like them.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_26 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "name labels and honorifics": [
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "Not Samoa's `Lot 12, Vailima, Apia` (an auction's `Lot 12, Stamps, Germany` is written so)": [
        "postal ws lot @",
    ],
    "Nor a street named in the genitive without a street word, its number and a town (`Ερμού 45, Αθήνα`)": [
        "postal gr genitive without street word @",
    ],
    "but Hausa, Yoruba, Swahili and Zulu, whose words for them are not read": [
        "mail ha spelled @",
    ],
    "Each property is judged alone: a value split over several properties whose keys name nothing personal": [
        "phone split over two properties @",
        "mail split over two properties @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "twenty-sixth", NOT_CLAIMED))
def test_no_twenty_sixth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_twenty_sixth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "id", "ip", "key", "mail", "name", "phone",
                                                              "postal"]
    assert len(ORDINARY) >= 150


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "twenty-sixth"))
def test_ordinary_shop_data_of_the_twenty_sixth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
