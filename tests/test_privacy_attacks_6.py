"""A sixth outside attack (tests/privacy_attack_cases_6.py, written from the README's promises without reading the
gate's code): what real sites emit (checkout forms serialized into URLs, Measurement Protocol hits, Segment cookies,
VERP bounce addresses, click-to-chat links, in-app user agents), look-alikes not yet tried, phone layouts, ids,
addresses and labelled names of countries and languages not yet visited, transliterated keys, and data split over
several properties, in places the earlier attacks filled little (a page's name and category, a gift message, a
product flattened into properties, a flat `contents` title, a `content_ids` list, a site search, a referrer's search
query, a hash route, the visitor's `fbc`), run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED); ordinary shop
data must still go out, and what the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_6 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())

# What leaks today, by family: a case's name, or the stem all its places share ("mail VERP bounce address @" is
# that value in every place).
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a Bangladeshi number with its country code and no plus under an id key (README: the rules trade `an undialled "
    "mobile number in an id without a suffix (`46701234567`, `8801712345678` under `variant`)`)": [
        "phone BD 880 without plus @ flat product variant"],
    "one value split over several properties whose keys name nothing personal (README: each property is judged "
    "alone; pieces are put together within one JSON text or one key and its value)": [
        "split address over two properties", "split address as handle and provider",
        "split address between a property and the page URL's query", "split phone over three properties",
        "split IP over four properties", "split card over four properties"],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "sixth", cases=(600, None),
                              families=["fbc", "foreign", "id", "ip", "key", "mail", "name", "phone", "postal", "split",
                                        "ua", "url"],
                              readme_test=False))
