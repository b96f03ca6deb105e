"""A tenth outside attack (tests/privacy_attack_cases_10.py, written from the README's promises without reading the
gate's code): data as real platforms and libraries emit it (OpenID Connect id_tokens in a callback's fragment, magic
and unsubscribe links holding the address in base64url or hex, mail tools' tracking parameters, signed URLs, form
builders' and shops' field keys, keys in Korean, Polish, Turkish, Hausa, Yoruba, Vietnamese and Indonesian, values
in Turkish national formats inside sentences, URL forms), with a new persona (a Turkish shopper), run through the
core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED); ordinary shop
data close to the rules (order and tracking numbers, product names with street, phone and mail words, prices in
lira, an OAuth callback's state, a signed verification link) must still go out, and what the gate drops today is a
strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_10 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a person's name only where the layout says it is one: after a letter's salutation at the start of the text "
    "or of a line": [
        "name after Sayin @ gift note", "name after Sevgili @ gift note"],
    "capitalized words or initials after a label that the key rule (3.) calls personal and its colon (`Ship to: "
    "Wyn Okafor`, `Attn: J. Okafor`, `Name: ...`; not `Brand: Acme Corp`), ended as a field is": [
        "name after Alici label @ gift note", "name after Ad Soyad label @ gift note",
        "name after Teslim alan label @ gift note", "name in capitals after Alici label @ gift note"],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "tenth", cases=(400, None),
                              families=["blind", "id", "ip", "key", "mail", "name", "phone", "postal", "token", "url"],
                              readme_test=False))
