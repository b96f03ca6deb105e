"""A fourteenth outside attack (tests/privacy_attack_cases_14.py, written from the README's promises without reading the
gate's code nor the earlier attacks' cases): a shopper in Moscow, Kyiv or Almaty and one in Warsaw, Prague, Budapest,
Bucharest or Athens, their mobiles and landlines (dialled, with the trunk `8` or `06`, in parentheses, compact, in
number words, in messenger links), the Russian INN and SNILS, a passport's series and number, the Ukrainian RNOKPP,
the Kazakh IIN, PESEL, NIP, the Czech birth number, the Hungarian TAJ and tax id, the Romanian CNP, the Greek AFM and
AMKA with their real checks, Yandex, Mail.ru and the region's providers, spelled addresses and look-alike letters, VK,
OK and Telegram links, addresses and names after labels in Cyrillic, Latin and Greek script, keys in Russian,
Ukrainian, Kazakh, Polish, Czech, Hungarian, Romanian and Greek, plain and encoded, in every leaf of Meta's payload
the README maps, in the fields whose failure is an `Err` (which must not echo them), and in Meta's own identity
fields, run through the core natively.

Every case that leaks today is a strict expected failure whose reason names its family, so the day the gate
catches one its test says so; what the README says it does not claim is listed apart (NOT_CLAIMED, keyed by the
README's sentence); ordinary shop data (prices in roubles, hryvnias, tenge, złoty, koruna, forint, lei and euros,
order, tracking and invoice numbers, EANs, ISBNs, shops' VAT numbers, dates, store hours, product names with
label-like words and colons in many languages) must still go out, and what the gate drops today is a strict expected
failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_14 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # (closer 110: a NIP after its label with its check is a business's tax number, as a VAT id is; attack 58)
    "A Polish NIP after its label, ten digits with its check": ["id Polish NIP of a person dashed @"],
    "a street line with nothing after it": [
        "postal Moscow labelled адрес доставки @",
    ],
    ("a person's name written without a salutation or a personal label before it, nor a Japanese honorific "
     "after it"): [
        "err Cyrillic name @ err event name",
    ],
    "Nor a street named in the genitive without a street word, its number and a town": [
        "err Greek address @ err event name",
    ],
    "nor decimal digits opening a value laid out as a SHA-256 digest": [
        "meta digest-shaped custom property holding a PESEL",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "README accepts: capitalized words after a personal label": [
        "products: Name: Classic Tee @ order note",
        "products: Name: Classic Tee @ product name in the list",
        "products: Name: Classic Tee @ page title",
    ],
    "codes": [
        "codes: Арт. 1234-567 @ order note",
        "codes: Арт. 1234-567 @ page title",
    ],
}


globals().update(attack_tests(globals(), "fourteenth", cases=(400, None),
                              families=["enc", "err", "handle", "id", "key", "mail", "meta", "name", "phone", "postal"],
                              ordinary=(150, None), readme_test=False))
