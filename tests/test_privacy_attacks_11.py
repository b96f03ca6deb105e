"""An eleventh outside attack (tests/privacy_attack_cases_11.py, written from the README's promises without reading the
gate's code): a shopper in Bengaluru and one in Tokyo, their UPI ids, Aadhaar, PAN and My Number, Indian and Japanese
phone numbers in every script's digits and every dash an IME types, addresses with PIN codes and `〒`, names with
honorifics, Japanese and Indian keys, each in every leaf of Meta's payload the README maps, in the fields whose
failure is an `Err` (which must not echo them), and in Meta's own identity fields (`fbc`/`fbp` grammar, values shaped
as a digest), run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED, keyed by the
README's sentence); ordinary shop data of both shops close to the rules (order numbers, GSTINs, JAN codes, tracking
numbers, prices in rupees and yen, masked Aadhaar, product names with phone, mail and address words) must still go
out, and what the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_11 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "an undialled digit run in an id (`13800138000` as an `order_id`, `event_id` or content id, "
    "`ORD16505550173`, a contents `id` given as the JSON number `16505550173`)": [
        "phone IN bare ten digits @ order_id", "phone IN bare ten digits @ event_id",
        "phone IN bare ten digits @ content_ids", "phone IN bare ten digits @ contents id",
    ],
    "a My Number or an Aadhaar unbroken as a URL path's segment (`/mypage/482173650919/`": [
        "id My Number compact @ url path",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "eleventh", cases=(400, None),
                              families=["err", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(60, None), readme_test=False))
