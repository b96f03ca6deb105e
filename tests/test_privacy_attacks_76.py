"""A seventy-sixth outside attack (tests/privacy_attack_cases_76.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): second-hand and classifieds marketplaces
(eBay, Vinted, Kleinanzeigen, Leboncoin, Wallapop, Subito, Marktplaats, OLX, Mercari, Craigslist, Gumtree, Blocket,
Tori) in fourteen countries (issue 16). About 310 ordinary cases (listing titles, categories and conditions, prices,
offers and counter-offers, brands, generic chat phrases, pickup towns, shipping options, listing ids, seller ratings
without names, help pages and listing URLs, in ten languages), which must go out whole; and about 150 personal cases
putting a buyer's or a seller's own data in the same leaves (a name, a phone and a mail in a chat message, a seller's
contact in a listing, a pickup's time with the home address, a shipping label, a profile slug holding a real name,
an IBAN, a PayPal mail or a UPI handle for the payment, a dispute naming the other party, a tracking link carrying
the recipient's name, a signed review, an offer naming the bidder), each with a made-up marker (`Trevarnick`,
`Haldisse`, `918364`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_76 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a tracking link's slug holding the recipient's name and town (`/track/<number>/orla-…-leeds`)
    "names with no label or salutation": ["tracking slug of recipient @ listed custom property",
                                          "tracking slug of recipient @ standard search string"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "seventy-sixth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 330)))
