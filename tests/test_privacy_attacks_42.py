"""A forty-second outside attack (tests/privacy_attack_cases_42.py, written from the README's promises and issue 16's
text without reading the gate's code nor the earlier attacks' cases): issue 16's families in spellings the issue does
not list. `fbc`/`fbp` payloads carrying a mailbox, a phone or an address in new encodings; keys that are a mailbox or a
phone; compound and foreign keys in more languages and casings; look-alike keys in new scripts and with invisible
characters; a mailbox in new encodings and shapes; phone numbers in new forms and digits; IPv4 and IPv6 addresses in
new forms; user and anonymous ids under new keys; in every leaf the README maps, under each data-minimisation
setting; the same fields holding nothing personal must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README); ordinary
data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_42 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # (closer 74 closed the last: a vanity number one letter longer than its plan, abbreviated keys spelt alike,
    # role keys holding a name, an English street word before the number: tests/test_closer74_keys.py)
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `throndavik@intranet`
    "a provider not among the large ones (nor a UPI handle) without its top-level domain (`jo@mailbox`)": [
        "mshape intranet single label @"],
    # `4917629483715` as an event id or a content id, alone or ending a URL
    "an undialled mobile number in an id without a suffix": [
        "phone country code no plus @", "phone country code no plus in a url @"],
    # `2990457133` (178.62.193.45)
    "an IPv4 address written as one decimal number (`1359103392`) or in three parts (`81.2.17824`)": [
        "ipad v4 as one number @"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # an order id with `@` between two words and no dot (`price@checkout`; it goes out as a custom property)
    "an at sign between words in an id": ["mail-like: price@checkout @ order id"],
    # a fraud tool's `ip_country_match` key (whether the IP's country matches the billing country)
    "a key naming a check on the IP": ["keys: ip_country_match"],
    # a dotted reference whose date is written with dashes (`ref.2026.11-24-001`; it goes out as a product's name)
    "a dated reference in free text": ["near: ref.2026.11-24-001 @ custom property"],
}


globals().update(attack_tests(globals(), "forty-second", cases=(400, 500),
                              families=["ckey", "fbid", "ipad", "lkey", "menc", "mkey", "mshape", "phone", "uid"],
                              ordinary=(100, 150)))
