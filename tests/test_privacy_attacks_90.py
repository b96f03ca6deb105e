"""A ninetieth outside attack (tests/privacy_attack_cases_90.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): dating and matchmaking (Tinder, Bumble, Hinge,
OkCupid, Match, Meetic, Parship, ElitePartner, Badoo, Happn, Lovoo, Grindr, Shaadi, Jeevansathi, Pairs, Tantan; issue
16). About 290 ordinary values (apps' plans and boosts, features, singles' events with their towns, prices, statuses,
help pages, the industry's news and people, plan codes and tickers, neighbourhoods, profile prompts, in several
languages), which must go out whole; and about 160 personal cases putting a member's own data in the same leaves (a
bio's self-introduction, handle, number or address, a match's or a like's notice, a message's greeting, speaker or
signature, a date's booking and meeting place, a verification's selfie and identity document, a premium plan's receipt,
card or IBAN, a safety report's or a block's person, a singles' event's ticket holder, a matchmaker's client and a
marriage bureau's biodata, a search for a person, a profile's or a chat's link, the same data encoded), each with a
made-up marker (`Brelvaskund`, `739164`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_90 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
# (closer 207 closed a link's counterpart, a date's and a table's person, a chat's speaker and greeting, a record's
# number before a name, a Chinese self-introduction in Latin letters, a Japanese licence's number:
# tests/test_closer207_attack90.py)
# (closer 211 closed a name in katakana after a profile's label, a mail spelled without its top-level domain, a
# verification's file named after the family name, a gift subscription for the member, a full-width name run together
# after its label: tests/test_closer211_attack90.py)
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a profile's name, age and town with no label (`…, 29 – Leeds`), a notice opening on a name or naming the pair
    # (`… liked your photo`, `Hinge: … liked your prompt`, `It's a Match! You and … liked each other`), a full name or a
    # family name in lower case typed into a search box (`… tinder`, `is … on bumble`, `<family> dating profile`)
    "names with no label or salutation": [
        "profile name, age, town @ search string", "match liked your photo @ content name",
        "match liked your prompt @ product category", "match it's a match @ content category",
        "search name and app @", "search is on bumble @", "search family name dating profile @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "ninetieth", cases=(150, 165), family_count=(11, 11), ordinary=(280, 300)))
