"""A seventieth outside attack (tests/privacy_attack_cases_70.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): news sites, magazines, podcasts, comment
sections and newsletters (issue 16). 330 ordinary cases (headlines naming public figures, sections, desks'
bylines and public journalists', podcast titles, plans, promo codes, article ids, tags, topic searches and article
URLs, in a dozen languages), which must go out whole; and 159 personal cases putting readers' own data in the
same leaves (commenters' names and emails, @mentions, letters signed with name and town, gift subscriptions, subscriber
numbers, tips with a phone, classified and personal ads, death and family notices, gallery captions, sweepstakes
winners, newsletter unsubscribe links, listeners' voicemails), each with a made-up marker (`Harvostrick`, `583716`);
run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_70 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a reader named after a reply's or a comment's preposition (`Replying to …:`, `Kommentar von … aus Bamberg`,
    # `Réponse à … :`, `Listener question from … in Cork`), a missed connection's, a birth notice's parents (`Births:
    # to … and …, a daughter`), a gallery's caption (`Photos: … wins the junior bake-off`, `left to right, …`, `mit
    # Tochter`), a photo's file named after a reader, a prize draw's winner after a comma (`winner, … of Taunton`), a
    # commenter's profile route whose word names no person (`/by/<givenfamily>/`)
    "names with no label or salutation": ["comment reply quoting a reader @", "comment German commenter and town @",
                                          "comment French reply @", "personals missed connection @",
                                          "notice births column @", "gallery German Bildergalerie @",
                                          "gallery winner of a bake-off @", "gallery left to right @",
                                          "gallery photo file name @", "sweepstakes UK prize draw @",
                                          "podcast question with a town @", "comment profile link @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}

globals().update(attack_tests(globals(), "seventieth", cases=(140, 160), family_count=(0, 14), ordinary=(320, 340)))
