"""A thirty-second outside attack (tests/privacy_attack_cases_32.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): the thirty-first round's young layouts pressed both ways.
Leaks: reviews' bylines, verified labels and signatures in the shops' languages and in Trustpilot's, Google's and
Amazon's exports; support transcripts and tickets (reply verbs, chat titles, help desks' `via` lines, Slack, Teams
and Discord copy-paste); forwarded and HTML mails; account titles with other separators, in lower case, in Korean
and Chinese; the older families (addresses, phones, mail addresses, birth dates, bank and national ids) inside those
layouts; in the leaves of Meta's payload the README maps, run natively.
Drops: press quotes signed by a publication, brands of two words after an order's or an account's title, an
account's sub-page in brackets, a public figure in a conversation's title.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_32 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "A name before a rating's stars (`… ★★★★★ Great shoes`) or after a rating and a dash (`5 stars - … (verified)`)"
    " is not claimed": ["review pt rating dash verified @", "review amazon export @"],
    "The layout rules for addresses and names (`postal.py`) do not claim a person's name written without a"
    " salutation or a personal label before it": [
        "review en stars before name @", "review en stars initial @",
        "chat slack two blanks time @", "chat discord today at @", "chat intercom ago @",
        "account path slug @", "account path title case @",
    ],
    "A chat tool's heading without a role is not claimed": ["chat teams family comma given @"],
    # (a dash glued to a name under a line ending in a feeling's emoji: a list under a heading writes it so as often,
    # `Brands we love 💕\n-Marc Jacobs`, `So cute 🥰\n-Hello Kitty`; closer 129)
    "A dash glued to a name opening the last line under a line ending in an emoji is not read": [
        "review en dash glued after emoji @",
    ],
    # (`Transcript:` before a name and a date: a podcast's episode is titled so as often, `Transcript: Hard Fork – 3 Dec
    # 2026`; closer 129)
    "Transcript: alone is a podcast's or a keynote's title as often, Transcript: Hard Fork, and is not read": [
        "chat transcript colon dated @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
_PLACES = ["custom property", "page title", "content title"]
DROPPED: Dict[str, List[str]] = {
    # a brand of two words after an order's or an account's title, none a founder's name
    "brands after titles": [
        f"brands after an order's or account's title: {text} @ {where}"
        for text in ["Order Confirmation | Urban Outfitters", "My Account | Urban Outfitters",
                     "My Account | Mountain Warehouse", "Order Confirmation | Banana Republic",
                     "Order Confirmation | Old Navy", "Mon compte — La Redoute", "Mi cuenta | El Corte Inglés"]
        for where in _PLACES
    ],
    # a public figure in a conversation's title (a podcast's, a talk's): nothing in the text tells it from a shopper
    "public figures": [f"conversations, chats and podcasts: Conversation with Barack Obama @ {where}"
                       for where in _PLACES],
    # drops the README accepts: a quote's author under a book's blurb; brands named as a founder is
    "accepted by the README": [
        f"blurbs and press quotes: “Unputdownable.” — Stephen King @ {where}" for where in _PLACES
    ] + [
        f"brands after an order's or account's title: {text} @ {where}"
        for text in ["Order Confirmation | Warby Parker", "Order Confirmation | Ted Baker"] for where in _PLACES
    ],
}


globals().update(attack_tests(globals(), "thirty-second", cases=(300, 600),
                              families=["account", "birth", "chat", "email", "id", "mail", "phone", "postal", "review"],
                              ordinary=(len(CASES), None), readme_test=False))
