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

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)
from privacy_attack_cases_36 import SHOP
from privacy_attack_cases_56 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a SIM's ICCID (89, a country's code, Luhn's digit): alone, after an Italian or a Dutch label naming the SIM
    # card's number (`Numero seriale SIM`, `simkaartnummer`), or with the `F` a phone's settings screen prints after it
    # (closer 108: German `SIM-Kartennummer:` names a card's number, as `Card number:` does)
    "iccid": ["iccid fr alone @", "iccid it seriale @", "iccid nl with f @"],
    # an IMEISV (the IMEI's fourteen digits and a software version's two, no Luhn digit) after its label
    "imei": ["imei imeisv @"],
    # an eSIM's activation code (`LPA:1$<SM-DP+ host>$<matching id>`) and an eUICC's EID (32 digits, mod 97), labelled
    # or alone
    "sim": ["sim lpa @", "sim lpa german @", "sim eid labelled @", "sim eid alone @"],
    # number porting codes after their labels: a UK PAC and STAC, a PAC in running text, a French RIO, Italy's
    # migration code; a customer password after `Kundenkennwort:` (a password's compound word)
    "porting": ["porting pac @", "porting stac @", "porting pac text @", "porting rio @", "porting kennwort @",
                "porting migrazione @"],
    # a customer's account after a utility's label: Germany's `Vertragskonto`, India's `Consumer No.`; France's
    # `Référence client :` in a path under the dropped query
    "account": ["account vertragskonto @", "account in consumer @",
                "account fr contrat @ url path under dropped query"],
    # a home's metering point after its label: a UK MPAN (alone or in the supply number's layout), a Dutch EAN code,
    # a German MaLo-ID and Zählpunkt, a Spanish CUPS, an Italian POD; a meter's serial after `Zählernummer`
    "meter": ["meter mpan @", "meter mpan supply line @", "meter ean nl @", "meter malo @", "meter zaehlpunkt @",
              "meter cups @", "meter pod @", "meter meter serial @"],
    # a traded-in laptop's serial number after `serial`
    "device": ["device serial trade-in @"],
    # an MPAN under `?mpan=` in a switching quote's URL
    "url": ["url mpan quote @"],
}

NOT_CLAIMED: Dict[str, List[str]] = {
    # a device's name holding its owner's full name (`… 's iPhone`, `iPhone de …`, `Galaxy S24 von …`), as text and
    # as a URL's path segment: a possessive or a preposition, no label or salutation
    "names with no label or salutation": ["device possessive @", "device french @", "device german @",
                                          "url device path @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a Google Pixel's EAN-13 (`0840353087316`) as an order id: a trunk `0` opening digits in an id
    "telecom code": ["telecom code: 0840353087316 @ order id",
                     # the supplier's SEPA creditor id (the Bundesbank's sample, `DE98ZZZ09999999999`), printed on
                     # every customer's mandate: the company's, no one's account
                     *[f"telecom code: DE98ZZZ09999999999 @ {where}" for where in ("product id", "contents id",
                                                                                      "order id", "custom property")]],
    # a coverage checker's result URL with the postcode district (`postcode_district=LS6`, thousands of homes) under
    # its key: the README keeps a region under its key personal (`region=bordeaux`), a district is coarser than most
    "telecom url": [f"telecom url: {SHOP}/broadband/availability?postcode_district=LS6&result=fttp @ {where}"
                    for where in ("page url", "referrer")],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "fifty-sixth", NOT_CLAIMED))
def test_no_fifty_sixth_attack_value_leaves_the_core(case):
    assert outcome(case) == []


def test_the_fifty_sixth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 140 <= len(names) <= 160
    assert len({name.split(" ")[0] for name in names}) <= 12
    assert 290 <= len(ORDINARY) <= 320


def test_every_sentence_not_claimed_is_documented():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "fifty-sixth"))
def test_ordinary_data_of_the_fifty_sixth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
