"""A forty-eighth outside attack (tests/privacy_attack_cases_48.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): the ordinary side first, about 730 values a real shop sends (product
names with sizes, models and dates, products and brands named after people, places and streets, in fourteen languages
and scripts, page titles and breadcrumbs, searches, the shop's URLs with ad networks' and affiliates' click ids, filters
and sorts, marketplaces' and carriers' order numbers, spare parts, EANs, ISBNs, coupons, toys' ages, numbers in text,
property keys), each in a leaf where it must go out; then the personal families attacks 44 to 47 touched least: vehicle
plates and VINs, travel documents, bookings and frequent-flyer numbers, health and insurance numbers, a person's tax
ids, crypto wallets and social handles, as far as the README claims them; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README or the
reference says it does not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there);
ordinary data that the gate drops today is a strict expected failure too.
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
from privacy_attack_cases_48 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README or the reference says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a shopper's handle alone (`@quendrix_vel`, Reddit's `u/quendrix_vel`): after a network's or a messenger's label
    # or in a profile link it is caught
    "a messenger's id with no label": ["handle handle bare @", "handle reddit @"],
    # an airline's `SURNAME/GIVEN MS` with a booking code and no person's label (`Passenger:` is caught)
    "names with no label or salutation": ["travel booking airline name @"],
    # a German plate alone (`M-QZ 4817`), a passport's number alone in a URL's path or fragment (`C4X7QZ918`): a
    # product's code has their shapes; after their labels they are caught (closer 82)
    "a licence plate or a passport's number with no label": ["vehicle plate bare @", "travel passport bare @"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a query's filter keyed by a word of Meta's customer keys or the identity's aliases (`region`, `country`, `st`,
    # `ct`, `gender`, `state`) or a sort keyed `name`: the README says so ("A key as Meta names customer information
    # ... is personal", "a bare `name` key is a person's name"), but a shop's filters and sorts are keyed so: the
    # parameter leaves a URL, and the whole value leaves a property
    "a filter keyed as customer information": [
        "ordinary url 62 @ referrer", "ordinary url 60 @ page property",
        "ordinary tracking 23 @ page url", "ordinary tracking 24 @ referrer", "ordinary tracking 26 @ referrer",
        "ordinary tracking 27 @ page url", "ordinary tracking 28 @ referrer"],
    # ad platforms' numeric ids read as phone numbers: a Google Ads `campaignid` of 11 digits opening with 20
    # (`20123456789`, Egypt's code and a mobile's 1), a LinkedIn/HubSpot `hsa_ad` of ten digits (`5566778899`,
    # NANP's shape): the parameter leaves; an Etsy-like order number of ten digits (`3012345678`) as a property
    "ad and order ids read as phone numbers": [
        "ordinary tracking 16 @ referrer", "ordinary tracking 17 @ page url", "ordinary order 4 @ custom property"],
    # a reference after `Ref.` in a French mobile's digits and groups (`Ref. 0645 812 347`; after `Art.-Nr.` or
    # `Modell` such digits go out): a borderline value, written to be one
    "a reference shaped as a mobile number": ["ordinary part 29 @ custom property"],
    # a CDN's product image (`/img/products/42115-1_800x800.jpg`) as the page URL: only the origin is sent
    "a CDN image's path": ["ordinary url 45 @ page url"],
    # a UPC-A written as a GTIN-13 (`0012345678905`, `00` then a NANP number), an ISBN-10 (`0747532699`, a British
    # mobile with its trunk 0), a model number with blanks as the `event_id` (`RB2140 901 50-22`)
    "product codes read as phone numbers or as no id": [
        "ordinary id 14 @ product id", "ordinary id 18 @ page property", "ordinary id 28 @ event id"],
    # property keys about a product or a page: `passport_cover_color`, `birthday_card_age`, `city_page`
    "keys about a product read as personal": [
        "ordinary key 55 track", "ordinary field key 18 page"],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "forty-eighth", NOT_CLAIMED))
def test_no_forty_eighth_attack_value_leaves_the_core(case):
    assert outcome(case) == []


def test_the_forty_eighth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 195 <= len(names) <= 210
    assert sorted({name.split(" ")[0] for name in names}) == ["handle", "health", "tax", "travel", "vehicle", "wallet"]
    assert 720 <= len(ORDINARY) <= 740


def test_every_sentence_not_claimed_is_documented():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "forty-eighth"))
def test_ordinary_data_of_the_forty_eighth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
