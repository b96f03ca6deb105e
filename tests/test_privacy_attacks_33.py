"""A thirty-third outside attack (tests/privacy_attack_cases_33.py, written from the README's promises and issue 16's
text without reading the gate's code nor the earlier attacks' cases): issue 16's own families in spellings and places
the issue does not list. Mail addresses in new encodings and their mixtures, phone numbers of many countries' layouts
and scripts, IPv4 and IPv6 forms, cards, IBANs and national ids with check digits, `fbc`/`fbp` payloads, keys in new
languages and look-alikes, query keys, identifiers as a track's properties and an `Err`'s text; numbers that must go
out as written or not at all; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today,
and a number sent changed, are strict expected failures too.
"""

from __future__ import annotations

import json
from typing import Dict, List

import pytest

from attack_tests import attack_tests
from builders import NOW, make_event
from meta_capi import build_request
from meta_capi.errors import EventError, MetaCapiError
from privacy_attack_cases_2 import ATTACK_SETTINGS, found_any
from privacy_attack_cases_33 import MARK, NUMBERS, SETTINGS, Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "The layout rules for addresses and names (`postal.py`) do not claim a person's name written without a"
    " salutation or a personal label before it": [
        "fb name words @", "fb fbclid then a name @", "fb user name with a year @"],
    "an eleven-digit one passing the CPF check or a twelve-digit one passing the INN's (one in a hundred, with the"
    " same exemptions)": ["id cpf bare @ content id"],
    "after 19 or 20 and a month and a day, the personnummer's Luhn digit (one in ten, with the same exemptions)": [
        "id personnummer with century @ order id"],
    # national ids of digits, or a birth date and a serial, as an order's, an event's or a content's id: shop ids
    # share their shapes (`ORD-850314-1239`, an EAN-13, a number of 10 or 11 digits), and one in 10 to 30 passes (a
    # HETU dashed alone, a layout no code takes, is read in ids since closer 77)
    "in free text, keys and URLs (not in ids, whose codes may share their shapes": [
        "id pesel bare @ order id", "id za id @ content id", "id jmbg @ order id",
        "id korean rrn @ event id", "id egn @ content id", "id dni dashed @ event id"],
    # `avs` alone is a card payment's address verification (`avs_result`); with a number word it is the AHV number
    "Switzerland's AHV number by its French, Italian and Romansh name `AVS` (a payment's address verification": [
        "key avs:"],
    # the NINO unbroken in text (an fbc's payload, where no code stands, reads it)
    "unbroken and without its label, a code's shape, it is not read": ["id uk nino compact @"],
}

# Ordinary shop data the gate drops today, by family: a test's id.
_ORDINARY_PLACES = ["custom property", "page title", "product name"]
DROPPED: Dict[str, List[str]] = {
    # drops the README accepts (a voucher's twelve digits passing the Aadhaar check go out since closer 130: a
    # voucher's word is a code's label); a store's coordinates of four decimals find a house as a visitor's do;
    # ordinary keys sharing a lexicon word in its personal sense (`country_code`, `tel_aviv_store` ...); a version of
    # four dotted numbers with no code label nor key naming it is an IPv4 address's shape (`1.2.3.4` alone: nothing
    # tells it from `8.8.4.4`, which earlier attacks send as a visitor's address)
    "accepted by the README": [
        *[f"versions and builds: 1.2.3.4 @ {where}" for where in _ORDINARY_PLACES],
        *[f"coordinates and places: 52.5200° N, 13.4050° E @ {where}" for where in _ORDINARY_PLACES],
        *[f"keys: {key}" for key in ["city_tier", "country_code", "postcode_zone", "tel_aviv_store",
                                     "lat_pull_down_weight", "gender_neutral"]],
    ],
}

# Numbers sent as another number today, by family: a NUMBERS name.
CHANGED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "thirty-third", cases=(300, 620),
                              families=["email", "err", "fb", "id", "ip", "key", "phone", "query", "track"],
                              ordinary=(200, None), readme_test=False))


def sent_numbers(properties: Dict[str, str], field: str) -> List[float]:
    """The numbers an Order Completed with `properties` sends in `field` (`value`, or the first content's
    `item_price` or `quantity`); none when the event is an Err or the field is left out."""
    event = make_event("track", name="Order Completed", properties=properties)
    try:
        request = build_request("track", event, ATTACK_SETTINGS, now=NOW)
    except EventError:
        return []
    custom = json.loads(request.body)["data"][0].get("custom_data", {})
    if field == "value":
        return [custom["value"]] if "value" in custom else []
    return [item[field] for item in custom.get("contents", [])[:1] if field in item]


_CHANGED = {name: family for family, names in CHANGED.items() for name in names}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=[pytest.mark.xfail(strict=True, reason=f"changed (thirty-third attack): {_CHANGED[name]}")]
                 if name in _CHANGED else []) for name in NUMBERS])
def test_a_number_goes_out_as_written_or_not_at_all(name):
    properties, field, accepted = NUMBERS[name]
    assert [number for number in sent_numbers(properties, field) if number not in accepted] == []


def setting_outcome(kind: str, settings: Dict[str, str]) -> List[str]:
    """The address's form found in an Err naming a bad setting, or in the request the settings shape."""
    event = make_event(kind, properties={"value": "5", "currency": "EUR"} if kind == "track" else None)
    try:
        request = build_request(kind, event, [*ATTACK_SETTINGS, *settings.items()], now=NOW)
    except MetaCapiError as error:
        return [f"Err: {MARK}"] if MARK in str(error).lower() else []
    return found_any(request.url, request.body, [MARK])


# The operator's settings holding an address, by what the README says of them.
SETTING_LEAKS: Dict[str, List[str]] = {
    # (an invalid setting's Err quotes only a short plain value: closer 45)
    # leaks: the operator's own text sent as given, as the user call's event name and as the test event code
    "leaks (thirty-third attack): settings sent as given": ["user event name", "test event code"],
}
_SETTING_REASONS = {name: reason for reason, names in SETTING_LEAKS.items() for name in names}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=[pytest.mark.xfail(strict=True, reason=_SETTING_REASONS[name])]
                 if name in _SETTING_REASONS else []) for name in SETTINGS])
def test_no_setting_holding_an_address_is_echoed(name):
    kind, settings = SETTINGS[name]
    assert setting_outcome(kind, settings) == []
