"""A sixty-fourth outside attack (tests/privacy_attack_cases_64.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): travel and hospitality, airlines, hotels and
short-term rentals, rail, cruises, ferries, tour operators, travel insurers and visa pages (issue 16). About 300
ordinary cases (flight numbers, IATA codes, fare classes and fare basis codes, hotel property codes, room types and rate
plans, train numbers, passes and railcards as products, promo codes, package SKUs, landing URLs, in eight languages),
which must go out whole; and 160 personal cases putting a traveller's own data in the same leaves (booking references
with the passenger's name, e-ticket and loyalty numbers, a BCBP boarding pass, passports and a passport's MRZ, Known
Traveler, Global Entry and Redress numbers, visa application numbers, CPF, DNI and a codice fiscale, railcards, guest
registrations, manage-booking links with the surname), each with a made-up marker (`Talvira`, `Brenquillo`, `583914`);
run natively.

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
from privacy_attack_cases_64 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a loyalty programme's number after the programme's own name (`Nº Iberia Plus: IB…`, JAL's `お得意様番号 …`,
    # `World of Hyatt #…`, Brazil's `Smiles nº …` as a custom event's name)
    "loyalty programme label": ["loyalty iberia plus @", "loyalty jmb @", "loyalty hyatt @",
                                "loyalty smiles @ custom event name"],
    # a travel document's number after its label: a TSA Redress number, an ESTA, an ETIAS or an e-Visa application's
    # number, a Global Entry PASSID
    "travel document label": ["document redress @", "document esta @", "document e visa @", "document global entry @",
                              "document etias @"],
    # a railcard's or a pass's number after its label (`N° de carte Avantage :`, `CartaFRECCIA n.`, `16-25 Railcard
    # number:`, `Eurail Pass number:` with the holder's name in brackets)
    "railcard label": ["rail carte avantage @", "rail cartafreccia @", "rail railcard @", "rail eurail @"],
    # a birth date after its label and an aside in brackets (`Geburtsdatum (wie im Reisepass): …`) in a URL's path
    # or fragment under a dropped query
    "birth label with an aside": ["birth geburtsdatum @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name after `für` on a seat reservation (a preposition, no label or salutation) and a boarding pass link's
    # slug `/mobile-boarding-pass/<PNR>/<surname>-<given>` read as text
    "names with no label or salutation": ["boarding sitzplatz @", "link boarding pass @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a hotel booking platform's confirmation number in its dotted 4.3.3 layout as an id: its ten digits open on
    # `351`, an Italian mobile's prefix, so the groups read as a phone's; after `Confirmation number:` it goes out
    "dotted confirmation number": [f"travel code: 3512.441.209 @ {where}" for where in ("product id", "contents id",
                                                                                        "order id")],
    # a check-in form's URL with its fields still blank (`?bookingRef=&surname=&lang=fr`): the empty `surname=` is
    # removed by its key, so the URL goes out cut though it holds no one's data
    "empty surname parameter": ["travel url: https://www.example-air.com/checkin/retrieve?bookingRef=&surname=&lang=fr"
                                f" @ {where}" for where in ("page url", "referrer")],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "sixty-fourth", NOT_CLAIMED))
def test_no_sixty_fourth_attack_value_leaves_the_core(case):
    assert outcome(case) == []


def test_the_sixty_fourth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 140 <= len(names) <= 160
    assert len({name.split(" ")[0] for name in names}) <= 12
    assert 290 <= len(ORDINARY) <= 320


def test_every_sentence_not_claimed_is_documented():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "sixty-fourth"))
def test_ordinary_data_of_the_sixty_fourth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
