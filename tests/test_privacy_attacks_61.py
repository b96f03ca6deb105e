"""A sixty-first outside attack (tests/privacy_attack_cases_61.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): education and childcare, schools' and
universities' portals, admissions, exam results, daycare registrations, canteen and trip payments, meetings, tutoring,
library cards and bus passes (issue 16). About 300 ordinary cases (courses, classes and years, exam boards and
syllabus codes, schools' UAI codes with their key, ISBNs, fee and meal plans, timetables, landing URLs, in eleven
languages), which must go out whole; and 160 personal cases putting a pupil's, a student's or a parent's own data in
the same leaves (student ids after their labels, national numbers with their checks, applications, grades, a child's
registration, pick-up authorisations, a child's canteen account, bookings, cards), each with a made-up marker
(`Mirelka Vondrasz`, `593817`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_61 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name after `for`, `voor`, or an en dash with no label: a canteen month's, a trip's, a meeting's line
    "names with no label or salutation": ["payment comedor @", "payment schoolreis @", "meeting elternsprechtag @"],
    # a child's PESEL alone as a URL's path segment, put in content ids: a content's id is read by the layouts no code
    # takes (closer 120)
    "Nor a national id of eight digits and a check letter or of digits alone in an id, whose codes may share its "
    "shape": ["url pesel path @ content ids"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a public school's name and street address (a lycée's postal address is an institution's, not a person's)
    "school address": [f"school text: Lycée Henri-IV, 23 rue Clovis, 75005 Paris @ {where}"
                       for where in ("product name", "search string", "page title", "custom property")],
}


globals().update(attack_tests(globals(), "sixty-first", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
