"""A seventy-first outside attack (tests/privacy_attack_cases_71.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): sport. Gyms and their check-ins, class
bookings, personal training, fitness apps, races and their results pages, sports clubs and youth teams, sports shops
and their personalised kit (issue 16). About 300 ordinary cases (shoes and kit with sizes and SKUs, public athletes
and teams on jerseys, class, race and plan names, distances, paces, slot times, membership tiers, age groups as a
race's categories, promo codes, in ten languages), which must go out whole; and about 150 personal cases putting a
member's, a runner's or a child's own data in the same leaves (a member's name and number, a class booked in a name,
a weight, a body fat or a heart rate tied to a name, an injury note, a bib with its runner, a named result, an
emergency contact, a youth team's roster, a shirt printed with the customer's own name, a trainer's client notes,
results and profile links, a name under a club's form's keys), each with a made-up marker (`Brellquorvin`,
`Vonskelhardt`, `836147`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_71 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a check-in's surname and initial, a results line with its placing and no ranking's label, a race's name before
    # a runner's full name, a full name alone (searched on a results page)
    "names with no label or salutation": ["member check-in initial after surname @",
                                          "result results line @ standard content name",
                                          "result own name searched @ product id", "result Mexican resultado @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "seventy-first", cases=(140, 160), family_count=(8, 16),
                              ordinary=(280, 330)))
