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
LEAKS: Dict[str, List[str]] = {
    # a VIN with its check digit bare (`1FZVB48K9PR817263`), after German's label (`Fahrgestellnummer WVWZZZ…`) or in
    # an order's note; a British plate after `Vehicle registration:` as a product's category (the `content ids` copy
    # is caught); a Polish and a Turkish plate after their labels (`Numer rejestracyjny:`, `Plaka:`); a German plate
    # alone (`M-QZ 4817`: no sentence claims or disclaims a plate without its label)
    "vehicle plates and VINs": [
        "vehicle vin bare @", "vehicle vin german label @", "vehicle vin in order note @",
        "vehicle plate gb @ content category", "vehicle plate pl @", "vehicle plate tr @", "vehicle plate bare @"],
    # a booking for `Frau Ysolde Tarranquist` (a salutation) in a URL's parameter or path; a frequent-flyer number
    # after its label as a custom event's name (the other leaf is caught); an e-ticket's number with `passenger
    # Ysolde Tarranquist`; a passport number alone in a URL's path or fragment (`C4X7QZ918`; after its label it is
    # caught)
    "travel": [
        "travel booking salutation de @", "travel frequent flyer labelled @ custom event name", "travel e-ticket @",
        "travel passport bare @"],
    # a Medicare MBI (`1EG4-TE5-MK73`, a layout no code shares), `Member ID: QZH481726390`, `Policy number:
    # POL-48172639`, an insurance number under the JSON key `insured_number`, `Patient ID: PT-481726`
    "health and insurance numbers": [
        "health medicare mbi @", "health member id @", "health policy number @", "health health json @",
        "health patient id @"],
    # a TRON address (base58check, `T…`) after `USDT (TRC20):`, a Solana address (base58, no checksum) after
    # `Solana:`
    "crypto wallets": ["wallet tron @", "wallet solana labelled @"],
    # a review's author as a handle (`Review by @quendrix_vel: love it, 5 stars`; the README claims a review's
    # speaker)
    "social handles": ["handle handle in review @"],
}

# What leaks today and the README or the reference says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a shopper's handle alone (`@quendrix_vel`, Reddit's `u/quendrix_vel`): after a network's or a messenger's label
    # or in a profile link it is caught
    "a messenger's id with no label": ["handle handle bare @", "handle reddit @"],
    # an airline's `SURNAME/GIVEN MS` with a booking code and no person's label (`Passenger:` is caught)
    "names with no label or salutation": ["travel booking airline name @"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a query's filter keyed `gender` (closer 80's: a gender's key reads its value as the label rule does); a category
    # keyed `ct` (`?ct=sneakers`): Meta's city, and no rule tells a category's word from a town's without a list of
    # towns; a country and a region alone (`country=DE` in a property's URL, `?country=france&region=bordeaux`,
    # `?vintage=2015&region=bordeaux`): the README keeps Meta's customer keys personal by their name, and a visitor's
    # country or region is not told from a market's or a wine's by its value (filter_values.py; closer 81 closed the
    # state's status and the name's sort)
    "a filter keyed as customer information": [
        "ordinary tracking 22 @ referrer", "ordinary tracking 24 @ referrer", "ordinary url 60 @ page property",
        "ordinary url 62 @ referrer", "ordinary tracking 28 @ referrer"],
    # an Etsy-like order number of ten digits (`3012345678`, NANP's shape) as a property under no key naming an id
    # (`debug_blob`): a phone number by its shape, as the README says (under `order_id` or `orderid` it goes out)
    "ad and order ids read as phone numbers": ["ordinary order 4 @ custom property"],
    # a reference after `Ref.` in a French mobile's digits and groups (`Ref. 0645 812 347`; after `Art.-Nr.` or
    # `Modell` such digits go out): a borderline value, written to be one
    "a reference shaped as a mobile number": ["ordinary part 29 @ custom property"],
    # an ISBN-10 (`0747532699`, a British mobile with its trunk 0) under no product's key (`debug_blob`): its check
    # digit is read in a product's field or under a product's key only (one phone number in eleven passes it)
    "product codes read as phone numbers or as no id": ["ordinary id 18 @ page property"],
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
