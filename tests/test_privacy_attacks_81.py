"""An eighty-first outside attack (tests/privacy_attack_cases_81.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): video games, game stores and streaming and
creator platforms (issue 16). About 300 ordinary cases (games' and DLCs' titles, characters and teams, platforms and
tiers, gift cards' amounts, albums and podcasts, genres, ratings, regions, help pages and the platforms' public URLs,
in several languages), which must go out whole; and about 150 personal cases putting a player's, a viewer's, a
creator's or a parent's own data in the same leaves (support tickets, age checks, tournaments' sign-ups, tips and
donations, gamer tags and channel slugs from a real name, friend invites, gift cards' recipients, payout details,
merch's addresses, parents' consent, personal keys of the trade), each with a made-up marker (`Dravesmark`,
`Vonskrath`, `Pellungard`, `638214`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_81 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a chat's speaker as a handle opening a chat's line (`quillaine_dravesmark: gg wp`)
    "a donor, a patron or a chat's speaker": ["alert chat line @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a tip's or a gift sub's sender after `from` with no amount, a playlist's owner after `by` (an inviter before
    # `vous invite` is read since closer 238: genealogy.INVITED_VERBS)
    "names with no label or salutation": ["tip kofi from @", "tip gift sub @", "handle playlist @"],
    # a handle built from a real name in a stream's or a game's alert (`… just subscribed with Prime!`, `… joined the
    # lobby`, `… is raiding with a party of 12`)
    "a site's user name with no label in an id or a stream's alert": ["alert prime sub @", "alert lobby @",
                                                                      "alert raid @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "eighty-first", cases=(140, 160), family_count=(10, 12),
                              ordinary=(290, 345)))
