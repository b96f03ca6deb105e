"""A twenty-seventh outside attack (tests/privacy_attack_cases_27.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): the allowance to judge (values after it is spent, at its
edge, in every leaf charged late) and the budget's and the purchase's errors; shoppers writing Persian, Dari and
Pashto, Armenian, Georgian, Amharic and Tigrinya, Sinhala and Sri Lankan Tamil, Malagasy, Quechua, Haitian Creole,
Icelandic, Maltese, Basque, Welsh, Irish, Breton, Luxembourgish and Romansh, their names with labels and
self-introductions, addresses, phones and national ids with their check digits; values carried in vCard, iCalendar,
CSV, YAML, TOML, HTTP header dumps, log lines, GraphQL, URL-encoded JSON in a fragment, Markdown tables and SMS
templates, in the leaves of Meta's payload the README maps, run natively; and ordinary shop data that looks like them.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_27 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `Attention:` spelled out, where `Attn:` is read (`Attn: J. Okafor`)
    "`Attention:` written out before two capitalized words opens a shop's banner as often as a parcel's label": [
        "name Attention label @",
    ],
    # Azerbaijani `Ad:` (its name word) before a name, in its letters or in ASCII
    "Azerbaijani `Ad` (a name) is English \"ad\" too (`Ad: Summer Sale`) and is not read": [
        "name az label @", "name az label in ASCII letters @",
    ],
    # an HTTP header line whose name holds `Customer-Name` (without its `X-`, `Customer-Name: …` is read as a label)
    "and so is text whose keys are written `key: value` outside object text (header or YAML lines: only its values"
    " are judged)": [
        "name HTTP header customer name @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # an Icelandic novel's title opens on a self-introduction and one capitalized word (`Ég heiti Ísbjörg`)
    "film, book and music titles": [
        "film, book and music titles: Ég heiti Ísbjörg, ég er ljón @ custom property",
        "film, book and music titles: Ég heiti Ísbjörg, ég er ljón @ page title",
        "film, book and music titles: Ég heiti Ísbjörg, ég er ljón @ content title",
    ],
    # a marketplace-like code of segments joined by `/` as a content's title
    "order numbers and codes": [
        "order numbers and codes: GE/2026/11/000987 @ content title",
    ],
    # the README accepts this drop ("capitalized words after a personal label ... `Reviewed by: Verified Buyer`")
    "products with letters that fold to no ASCII letter": [
        f"products with letters that fold to no ASCII letter: Reviewed by: Verified Buyer @ {where}"
        for where in ["custom property", "page title", "content title"]
    ],
    # ten digits with a trunk 0 are a national number (the README's rule)
    "numbers that look like ids": [
        "numbers that look like ids: 0123456789 @ custom property",
    ],
}


globals().update(attack_tests(globals(), "twenty-seventh", cases=(300, None),
                              families=["budget", "err", "id", "key", "mail", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
