"""A fifth outside attack (tests/privacy_attack_cases_5.py, written from the README's promises without reading
the gate's code): RFC 5322 corners of an address (quoted local parts, comments, IP literals), IDN domains of new
scripts, bidi overrides and variation selectors, whole-value encodings (base64url, hex, rot13, reversed, JWT
claims, URL-encoded JSON), extension words of many languages, digits of new scripts and dingbats, national ids and
IBANs of new countries, addresses and labelled names in languages not yet tried, coordinates in URL paths, in
places the earlier attacks filled little (event name, currency, campaign, session id, page keywords, a product's
variant and coupon, an order coupon, JSON in a fragment, a referrer's path), run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; ordinary shop data must still go out, and what the gate drops today is a strict
expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_5 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())

FREE = ["page keywords", "campaign property", "search query"]  # the free-text places of postal and name cases
MAIL_ALL_BUT_CURRENCY = ["event name", "utm_term", "session id", "page keywords", "product variant", "fragment JSON"]


def _at(name: str, places: List[str]) -> List[str]:
    return [f"{name} @ {place}" for place in places]


# What leaks today, by family: a case's name, or the stem all its places share ("ip spaced dots @" is that value in
# every place). Where the currency or the event name is not listed, the Err names the field without echoing.
LEAKS: Dict[str, List[str]] = {}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "fifth", cases=(1000, None),
                              families=["coords", "id", "ip", "mail", "name", "phone", "postal", "text"]))
