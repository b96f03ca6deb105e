"""A twenty-eighth outside attack (tests/privacy_attack_cases_28.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): shoppers of Southern and East Africa (Zulu, Xhosa,
Afrikaans, Sesotho, Setswana, Shona, Swahili, Somali, Oromo, Kinyarwanda, Luganda), Central Asia and Mongolia, the
Baltic, Albanian, Slovene, Faroese, Greenlandic, Hebrew, Maghreb and Gulf Arabic (in its script and in Arabizi), Urdu,
Bengali, Nepali, Burmese, Khmer, Lao, Tibetan, Inuktitut, Cherokee and Navajo: self-introductions, name labels (a
mother's name, the attention of), addresses, phones (in their digits and number words), national ids with their check
digits, IBANs, passports' machine-readable zones, licence plates, dates of birth of several calendars; carried in QR
payloads, `mailto:`/`tel:`/`sms:`/`sip:`/WhatsApp links, vCard 2.1 quoted-printable, LDAP and X.509 names, JSON-LD,
microdata, XML, HTML, SQL, EDIFACT, X12, S-expressions, form bodies, chat mentions, commit trailers and shipping
labels; in the leaves of Meta's payload the README maps (a custom property and its key, JSON text nested three
levels, the page's title, URL path, query, fragment and search, the referrer and its fragment, a content's title,
brand and category, a coupon, the user agent, the track name), run natively; and ordinary shop data that looks like
them.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_28 import Case, cases, ordinary_cases

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


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "twenty-eighth", NOT_CLAIMED))
def test_no_twenty_eighth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_twenty_eighth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 300 <= len(names) <= 900
    assert sorted({name.split(" ")[0] for name in names}) == ["birth", "budget", "id", "key", "mail", "name", "phone",
                                                              "postal"]
    assert len(ORDINARY) >= 150


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "twenty-eighth"))
def test_ordinary_shop_data_of_the_twenty_eighth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
