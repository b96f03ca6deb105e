"""A fifty-ninth outside attack (tests/privacy_attack_cases_59.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): events, ticketing, memberships, sports and
clubs. About 300 ordinary cases (events and venues, seats and blocks, ticket categories, season tickets' tariffs, race
distances, gyms' and clubs' tiers, camps' weeks, merchandise SKUs and GTINs, a player's name on a replica shirt, ticket
shops' and clubs' landing URLs, in ten countries' languages), which must go out whole; and about 150 personal cases
putting an attendee's, a runner's, a member's or a child's own data in the same leaves (a personalised ticket's holder,
a bib with name and birth year, membership and fan club numbers, a season ticket's holder, check-in QR payloads, a
summer camp's child registration, waivers, rosters, personal bests, RSVPs), each with a made-up marker
(`Karrowmint`, `カロウミント`, `593184`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_59 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # (closer 115 closed the ticket holders', the race entrants', the badge's, the waiver's and the results line's
    # names; closer 116 the members' numbers after a membership's, a club's, a loyalty programme's or a federation's
    # label)
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "names with no label or salutation": [
        # `/ergebnisse/berlin-marathon-2026/ysolde-karrowmint-1988`: a slug of two words and a year, the event's own
        # slug's shape (`berlin-marathon-2026`); no label, no case tells a name there
        "url results slug @",
    ],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "fifty-ninth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
