"""A thirty-first outside attack (tests/privacy_attack_cases_31.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): the thirtieth round's young layouts pressed both ways.
Leaks: mails' greetings, closings and signatures, phone footers and quoted replies' headers in Czech, Hungarian,
Greek, Romanian, Vietnamese, Indonesian, Thai, Hebrew, Finnish, Danish, Norwegian, Ukrainian, Japanese, Korean and
Chinese, Outlook's header block in each language (the shopper as its sender or its recipient), mails' HTML
bodies, support widgets' and messengers' exported transcripts (WhatsApp, Zendesk, Intercom, Gorgias, Freshdesk,
LiveChat), reviews and surveys signed by their writer, and an account's title with its holder's name in the forms
shops render; in the leaves of Meta's payload the README maps, run natively.
Drops: orders' and invoices' titles naming a brand or a service, business signatures in scripts without capitals;
films, books and products whose titles open on a greeting or a closing, account pages without a name, Asian
products with an honorific in their name, in-app user agents and ad-click URLs go out.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_31 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "The layout rules for addresses and names (`postal.py`) do not claim a person's name written without a"
    " salutation or a personal label before it, nor a Japanese honorific after it (`Wyn Okafor`, `Thanks, Wyn`...)": [
        "chat zendesk block @", "review stars verified brackets @",
        "account hi comma caret @", "account fr bienvenue spaced bang @", "account en welcome back wave @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
_PLACES = ["page title", "custom property", "content title", "page title property"]
DROPPED: Dict[str, List[str]] = {
    # a business signing in a script without capitals: the Chinese closing on its lines above a department
    # (`此致\n敬礼\n客服部`), Hebrew `בברכה,` above the service's team (`צוות השירות`)
    "business signatures": [
        f"business signatures and newsletters: {text} @ {where}"
        for text in ["此致\n敬礼\n客服部", "בברכה,\nצוות השירות"] for where in _PLACES
    ],
    # drops the README accepts: a shop named after its founder in an account's title (`Tom Ford | Mein Konto`,
    # `Hugo Boss · Mein Konto`, after a breadcrumb's `»`: `Mein Konto » Tommy Hilfiger`) and, by the same reading,
    # an order of a founder's brand (`Bestellung für Tom Ford`, `Ordine n. 48213 di Giorgio Armani`); capitalized
    # words after a closing formula and a comma ending the text
    # (`Yours Truly, Johnny Dollar`, as `Cheers, Big Ears`)
    "accepted by the README": [
        f"near misses of the thirtieth round's rules: {text} @ {where}"
        for text in ["Tom Ford | Mein Konto", "Hugo Boss · Mein Konto", "Mein Konto » Tommy Hilfiger",
                     "Bestellung für Tom Ford",
                     "Ordine n. 48213 di Giorgio Armani", "Yours Truly, Johnny Dollar"]
        for where in _PLACES
    ],
}


globals().update(attack_tests(globals(), "thirty-first", cases=(300, 600),
                              families=["account", "chat", "mail", "review"], ordinary=(len(CASES), None),
                              readme_test=False))
