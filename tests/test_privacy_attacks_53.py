"""A fifty-third outside attack (tests/privacy_attack_cases_53.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): real sites' URLs, mostly ordinary. The page
URL and the referrer are on every event, and a URL that loses its path or its query loses what Meta attributes: about
200 URLs as shops (Shopify, WooCommerce, Magento, PrestaShop, Shopware, BigCommerce, Wix, Squarespace), marketplaces
(eBay, Etsy, Amazon, Walmart, AliExpress, Zalando, Allegro, Mercado Libre, Rakuten) and travel, car parts, pharmacy,
grocery, electronics, fashion, B2B, news, forum and video sites write them (numeric ids of every length, dated slugs,
every ad network's click ids, CDN images, SPA hash routes, percent-encoded paths of many scripts, IDN hosts, ports),
each as the page's URL and as its referrer and some as text leaves, which must go out whole; and about 150 personal
cases putting an email, a phone, a name, an address or a national id into the same shapes (a path segment, a query
value, a fragment, a nested redirect URL); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary URLs that the gate
drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)
from privacy_attack_cases_53 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
}

# Ordinary URLs the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "fifty-third", NOT_CLAIMED))
def test_no_fifty_third_attack_value_leaves_the_core(case):
    assert outcome(case) == []


def test_the_fifty_third_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 140 <= len(names) <= 160
    assert len({name.split(" ")[0] for name in names}) <= 12
    assert 290 <= len(ORDINARY) <= 340


def test_every_sentence_not_claimed_is_documented():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "fifty-third"))
def test_ordinary_data_of_the_fifty_third_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
