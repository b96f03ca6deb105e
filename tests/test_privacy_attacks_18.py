"""An eighteenth outside attack (tests/privacy_attack_cases_18.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): shoppers in Tbilisi, Yerevan, Baku, Tashkent, Ulaanbaatar, Addis
Ababa, Kampala, Kigali, Dar es Salaam, Yangon, Phnom Penh and Colombo, their phones (also in Myanmar and Khmer
digits), ids after their labels, addresses and names in local scripts and layouts, support chats and voice
transcripts, in several leaves of Meta's payload the README maps, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_18 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a national number of fewer than nine digits alone, without a label, key or country code": [
        "phone Mongolian mobile @",
    ],
    ("a number of 14 to 16 digits alone with no check digit nor printed layout to read (Rwanda's national id "
     "unbroken)"): [
        'id Rwandan id bare @ property',
        'id Rwandan id bare @ sentence',
        'id Rwandan id bare @ page title',
        'id Rwandan id bare @ url query',
        'id Rwandan id bare @ fragment',
        'id Rwandan id bare @ json property',
    ],
    "a name in a subject line's title case after `for`": [
        "name ticket subject @",
    ],
    "an address spelled in number words with no mark": [
        "postal voice address @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "eighteenth", cases=(400, None),
                              families=["err", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
