"""A twenty-sixth outside attack (tests/privacy_attack_cases_26.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): shoppers of Southeast Asia, the Caucasus, the Horn of
Africa, West Africa, Central Asia, the Pacific, the Nordic and Baltic countries, Greece and Israel, their names with
labels and self-introductions, addresses in their local layout, phones in national formats and their scripts'
digits, national ids with their check digits; values carried in markup, Markdown, `tel:`/`sms:`/messenger links, a
redirect's URL, JSON, JWT-like tokens, MIME encoded words, quoted-printable, punycode and data: URIs; after a
kilobyte of text, between emoji, split over two properties; in the leaves of Meta's payload the README maps, run
natively; and ordinary shop data that looks like them.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_26 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "name labels and honorifics": [
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "Not Samoa's `Lot 12, Vailima, Apia` (an auction's `Lot 12, Stamps, Germany` is written so)": [
        "postal ws lot @",
    ],
    "Nor a street named in the genitive without a street word, its number and a town (`Ερμού 45, Αθήνα`)": [
        "postal gr genitive without street word @",
    ],
    "but Hausa, Yoruba, Swahili and Zulu, whose words for them are not read": [
        "mail ha spelled @",
    ],
    "Each property is judged alone: a value split over several properties whose keys name nothing personal": [
        "phone split over two properties @",
        "mail split over two properties @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "twenty-sixth", cases=(400, None),
                              families=["err", "id", "ip", "key", "mail", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
