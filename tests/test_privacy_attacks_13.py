"""A thirteenth outside attack (tests/privacy_attack_cases_13.py, written from the README's promises without reading the
gate"s code nor the earlier attacks" cases): a shopper in Seoul, Shanghai, Shenzhen, Taipei or Ho Chi Minh City and
one in Cairo, Riyadh, Dubai, Tehran or Tel Aviv, their mobiles and landlines in Latin, full-width, Arabic-Indic and
Persian digits behind bidi marks and isolates, the Korean RRN, the Chinese and Taiwanese ids, the Vietnamese CCCD,
the Emirates ID, the Saudi id and iqama, the Teudat Zehut, the Iranian national code and the Egyptian national id,
addresses and names in Hangul, Hanzi, Vietnamese, Arabic, Persian and Hebrew, messenger ids and links, keys in those
languages, plain and encoded, in every leaf of Meta's payload the README maps, in the fields whose failure is an
`Err` (which must not echo them), and in Meta's own identity fields, run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED, keyed by the
README's sentence); ordinary shop data of both shops (prices in won, yuan, dong, riyal, dirham, rial and shekel,
order and tracking numbers, EANs, dates of their calendars, store hours, product names) must still go out, and what
the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_13 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "not in ids, whose codes may share their shapes": [
        "meta order_id of a Korean RRN",
        "meta content id of a Chinese resident id",
    ],
    ("a person's name written without a salutation or a personal label before it, nor a Japanese honorific "
     "after it"): [
        "name Chinese before 先生 alone @",
        "err Hangul name @ event name",
        "err Hebrew name @ event name",
    ],
    "Not the openers that begin titles as often": [
        "name Hebrew after לכבוד @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "thirteenth", cases=(400, None),
                              families=["err", "handle", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(60, None), readme_test=False))
