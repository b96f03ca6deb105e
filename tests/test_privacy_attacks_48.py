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

from attack_tests import attack_tests
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
    # a query's filter keyed `gender` (closer 80's: a gender's key reads its value as the label rule does); a category
    # keyed `ct` (`?ct=sneakers`): Meta's city, and no rule tells a category's word from a town's without a list of
    # towns; a country and a region alone (`country=DE` in a property's URL, `?country=france&region=bordeaux`,
    # `?vintage=2015&region=bordeaux`): the README keeps Meta's customer keys personal by their name, and a visitor's
    # country or region is not told from a market's or a wine's by its value (filter_values.py; closer 81 closed the
    # state's status and the name's sort)
    "a filter keyed as customer information": [
        "ordinary tracking 24 @ referrer", "ordinary url 60 @ page property",
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


globals().update(attack_tests(globals(), "forty-eighth", cases=(195, 210),
                              families=["handle", "health", "tax", "travel", "vehicle", "wallet"], ordinary=(720, 740)))
