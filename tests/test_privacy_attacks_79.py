"""A seventy-ninth outside attack (tests/privacy_attack_cases_79.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): civic life and GDPR's special categories,
petitions, political parties' membership and donation pages, election campaigns' volunteer sign-ups, trade unions'
join forms and dues, faith communities' pages (Mass intentions, church tax, parish registers, mosque and synagogue
memberships, tithes, zakat), pride and advocacy groups (issue 16). About 300 ordinary values (petitions' titles,
party and union names, public figures named in news, membership tiers and dues, slogans, events, service times,
places of worship with their towns, donation funds, help pages, in several languages), which must go out whole; and
about 150 personal cases putting a signer's, a member's, a donor's, a volunteer's or a prayed-for person's data in
the same leaves (a petition's signature, a party's or a union's member number, a Mass intention naming the late, a
church tax number or a parish register's entry, a donor's receipt, a volunteer's sign-up with an address, a prayer
request, a pride group's member slug, a referral link carrying a name, keys naming a special category), each with a
made-up marker (`Vantrockel`, `Pranzewick`, `537184`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_79 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "seventy-ninth", cases=(140, 160), family_count=(0, 12),
                              ordinary=(290, 330)))
