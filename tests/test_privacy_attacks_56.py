"""A fifty-sixth outside attack (tests/privacy_attack_cases_56.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): telecom, energy and water utilities, and
connected devices (issue 16). About 300 ordinary cases (tariffs and plan SKUs, tariff codes, handsets with model
numbers, part numbers and EANs, a model's TAC, routers and meters by model, network codes, speeds, coverage results,
store ids, order numbers, landing URLs, in eleven countries' languages), which must go out whole; and about 150
personal cases putting a subscriber's own identifiers in the same leaves (ICCID, IMEI, IMSI, EID, eSIM activation
codes, porting codes, the subscriber's number, account numbers, metering points, meter serials, supply addresses,
direct debit details, a device's name, an Apple ID, a MAC address, a router's public IP, a traded-in device's serial),
each with a made-up marker (`Oriel Varnhaugen`, `Quarnby`, `729364`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_36 import SHOP
from privacy_attack_cases_56 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # (closer 102: ICCIDs, IMEISV, eSIM codes and EIDs, porting codes, `Kundenkennwort`: telecom_ids.py; closer 103:
    # utility accounts, metering points, a meter's number, a traded-in device's serial, `?mpan=`: metering_points.py,
    # utility_records.py, device_serials.py)
}

NOT_CLAIMED: Dict[str, List[str]] = {
    # a device's name holding its owner's full name (`… 's iPhone`, `iPhone de …`, `Galaxy S24 von …`), as text and
    # as a URL's path segment: a possessive or a preposition, no label or salutation
    "names with no label or salutation": ["device possessive @", "device french @", "device german @",
                                          "url device path @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a coverage checker's result URL with the postcode district (`postcode_district=LS6`, thousands of homes) under
    # its key: the README keeps a region under its key personal (`region=bordeaux`), a district is coarser than most.
    # Left (closer 103): a post code's key holds the visitor's own post code, cut or whole, as a region's key holds the
    # visitor's region; the gate does not tell the visitor's from a market's by value (README, "a country or a region
    # alone stays personal under its key"), and a coverage checker's district is most often the visitor's own.
    "telecom url": [f"telecom url: {SHOP}/broadband/availability?postcode_district=LS6&result=fttp @ {where}"
                    for where in ("page url", "referrer")],
}


globals().update(attack_tests(globals(), "fifty-sixth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
