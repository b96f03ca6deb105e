"""A fifty-seventh outside attack (tests/privacy_attack_cases_57.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): mobility (issue 16). About 300 ordinary cases
(public EVSE ids of street chargers, charge point models, tariffs, rental classes, station and stop ids, routes, zones,
fleet numbers, vehicle models, fare products, landing URLs), which must go out whole; and 150 personal cases putting a
driver's, renter's, rider's or traveller's own data in the same leaves (EMAIDs, charging cards' RFID UIDs, driving
licence numbers of eleven countries, rental agreements with the renter's name, pickup and drop-off addresses and
coordinates, a keeper's own plate, toll transponders, residents' permits, travel cards and their holders), each with a
made-up marker (`Kesterwald`, `573914`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_57 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a subscriber's name after the role's word and the service's name, no label's mark (`Abonné Vélib' …`; closer
    # 113 closed the renter's, rider's, driver's and keeper's labels, `au nom de M.` and `driver.first`/`driver.last`)
    "names": ["card velib @"],
    # (closer 111 closed the EMAID, charging card, licence, toll, travel card and own plate families:
    # mobility_ids.py and national_ids.py's plate labels)
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name after a preposition (`Kennzeichen von …:`), no label or salutation (`intestato a …` since closer 130)
    "names with no label or salutation": ["parking de mein @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "fifty-seventh", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
