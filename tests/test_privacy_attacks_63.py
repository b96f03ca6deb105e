"""A sixty-third outside attack (tests/privacy_attack_cases_63.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): online communities, dating and games. About
300 ordinary cases (game titles and editions, skins and items, games' currencies, battle passes, server regions,
league tiers, subscription plans, platform product ids, SKUs, tournament formats, landing URLs, in several
languages), which must go out whole; and 158 personal cases putting a member's, a player's or a fan's own data in the
same leaves (gamer tags and platform ids after their labels and under their keys, dating profiles' titles, private
messages' phones and mails, tippers' names, tournament entrants' ids and birth dates, moderators' notes, social
logins' callbacks, profile routes), each with a made-up marker (`Vorstelk`, `Quarvelle`, `639207`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_63 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a person's name before a dating profile's age, after `von`, `from`, `für`, an exclamation or `real name` with
    # no colon: a preposition or a phrase, no label or salutation
    "names with no label or salutation": [
        "profile dating title @", "profile match line @", "tip tip from @",
        "tip fan club for @", "mod real name @",
    ],
    # a site's user name with no label, in a stream's alert (`Gifted sub to vorstelk639 by …`), in a subscription's
    # id (`sub_639207_lenka.vorstelk`): a handle's shape is a product's, a plan's or a file's as often
    "a site's user name with no label in an id or a stream's alert": ["tip gifted sub @", "order subscription id @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "sixty-third", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
