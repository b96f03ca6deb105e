"""A fourth outside attack (tests/privacy_attack_cases_4.py, written from the README's promises without reading
the gate's code): real-world layouts of an address (iCalendar, LDAP, SIP, git, logs, CSV, MIME, data URIs),
Unicode the earlier attacks did not use, "@" and "." spelled out in the lexicon's other languages, national
phone formats of new countries with other scripts' digits and separators, forwarded-address strings, cards,
IBANs and national ids with computed checks, personal keys of platforms and languages, in places the earlier
attacks did not fill (user agent, SPA hash route, matrix parameters, content ids, event name, currency), run
through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; ordinary shop data must still go out, and what the gate drops today is a strict
expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_4 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())

# What leaks today, by family: a case's name, or the stem all its places share ("phone X @" is that value in
# every place, "key G K:" that key in every place).
LEAKS: Dict[str, List[str]] = {
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "fourth", cases=(1000, None),
                              families=["id", "ip", "key", "layout", "phone", "postal", "sep", "text", "unicode",
                                        "words"]))
