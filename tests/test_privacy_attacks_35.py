"""A thirty-fifth outside attack (tests/privacy_attack_cases_35.py, written from the README's promises and issue 16's
text without reading the gate's code nor the earlier attacks' cases): contact details as people slip them past a
marketplace's message filter (keycap digits, letters for digits, digits spelled among digits, letters spaced or
dotted out, misspelt providers, `at`/`dot` as emoji, reversed text, messengers' handles and links, a value split over
two leaves), in every leaf the README maps and under each data-minimisation setting, the Err strings of the
refusals, and numbers as people write them; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README);
ordinary data that the gate drops today, and a number sent changed, are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from attack_tests import attack_tests
from privacy_attack_cases_2 import number_params, number_problems
from privacy_attack_cases_35 import NUMBERS, Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share (a case named with its place leaks
# there and not in the other place it was put: a user event's properties and the user agent are not sent as text).
LEAKS: Dict[str, List[str]] = {
    # Google's nickname for its mail (`jo.smith at the big G mail`) names no provider
    "email: a handle with its mail provider named and no `@`": [
        "email the big G @"],
    # keycaps around an English tens word in an order id (number words are read in free text, not in ids; glued and
    # dashed words are read)
    "phone: digit words glued or dashed, keycaps among words": [
        "phone keycap digits with words @"],
    # a DNI's letter, one in 23, tells no reversed DNI from a code of a letter and eight digits (cards, IBANs, NIRs
    # and phones reversed are read)
    "reversed numbers: a phone, a card, an IBAN, a DNI, a NIR": [
        "id dni reversed @"],
    # `handle=` holding a handle (a shop's product handle as often: Shopify's `?handle=blue-sneakers`, a key not
    # claimed alone)
    "query: a handle, phone words or an IPv6 address in a parameter": [
        "query value handle param @"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a product's fields are properties of its list; `order_id` and `status` are two properties
    "Each property is judged alone: a value split over several properties whose keys name nothing personal": [
        "query split email two products", "query split email two properties spelled",
        "query split phone two properties", "query split phone two products",
        "query split email local part as order id domain as status",
        "query split email handle and provider properties"],
    "Each field is judged alone too: a value split between two fields (the page's title and its URL, the event's name"
    " and a property, the referrer and the URL) is not put together": [
        "query split email title and url", "query split phone event name and property", "query split ip title and url",
        "query split phone title and url fragment",
        "query split phone referrer and url"],
    "a mobile number without its trunk prefix as an `fbp`'s random number below 2^31": [
        "fb fbp mobile without trunk prefix @"],
    "ten digits laid out as a NANP number are an amount in rials or dong as often, and go out as one": [
        "err value nanp digits", "err price nanp digits", "err predicted ltv nanp digits"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a store's coordinates of four decimals (`1.0823, 1.0845`), and ordinary keys sharing a lexicon word in its
    # personal sense (`ip`, `street`, `city`, `zip`, `birth`)
    "accepted by the README": [
        *[f"store places: 48.8566, 2.3522 @ {where}" for where in
          ["custom property", "page title", "product name", "search string"]],
        *[f"keys: {key}" for key in ["zip_pocket", "birth_stone"]],
    ],
}

# Numbers sent as another number, left out without an Err, or an Err not naming the field today, by family.
CHANGED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "thirty-fifth", cases=(300, 900),
                              families=["email", "err", "fb", "id", "ip", "key", "phone", "query", "track", "user"],
                              ordinary=(200, None)))


@pytest.mark.parametrize("name", number_params(NUMBERS, CHANGED, "thirty-fifth"))
def test_a_number_goes_out_as_written_or_ends_in_an_err_naming_its_field(name):
    assert number_problems(*NUMBERS[name]) == []
