"""A forty-fourth outside attack (tests/privacy_attack_cases_44.py, written from the README's promises and issue 16's
families without reading the gate's code nor the earlier attacks' cases): personal values in the spellings people and
software give them. `fbc`/`fbp` cookies carrying a mail address, a phone or a street; a mail address in every encoding
a decoder reads and spelt out in words of many languages; phone numbers inside free text in a dozen national formats,
links and other scripts; IPv4 and IPv6 addresses in text; the visitor's own ids and a customer number sent as
properties or in URLs; one address in every leaf an event has, under each data-minimisation setting. The same fields
holding ordinary shop data must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the documentation says
the gate does not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds in the README or
docs/privacy-gate.md); ordinary data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_44 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the documentation says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `fb.1.<ms>.27_Ostrubel_Road_Leeds` as the event's fbc: an fbc's payload is judged as an id is
    "an address in an id or in a URL path with `+` for its blanks": ["cookie fbc street underscores @ fbc property"],
    # one address split within one value, its local part shaped as a domain (`vindelqarth.mo`) under one parameter and
    # its domain under another (`u=vindelqarth.mo&d=example.com`), or apart by a pipe (`vindelqarth.mo | example.com`)
    "a local part shaped like a domain beside a domain in another parameter or field": [
        "mail split local and domain in a query @", "mail split by a pipe @"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "forty-fourth", cases=(300, 400),
                              families=["cookie", "ident", "ip", "leaf", "mail", "phone", "spelt"], ordinary=(80, 120)))
