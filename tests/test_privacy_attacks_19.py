"""A nineteenth outside attack (tests/privacy_attack_cases_19.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): shoppers in Suva, Apia, Nuku'alofa, Port Moresby, Honolulu and
Nouméa, in Zagreb, Sofia, Tirana, Skopje, Sarajevo, Chișinău, Minsk, Beirut, Amman and Baghdad, in Port-au-Prince,
Willemstad, Havana, Caracas, Montevideo, Asunción and La Paz: their phones, ids after their labels and with their
check digits, email addresses spelled in their words, addresses and names in local scripts and layouts, delivery and
logistics texts, in several leaves of Meta's payload the README maps, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_19 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "mail": [
        "mail Croatian words @",
        "mail Bulgarian words Cyrillic @",
        "mail Macedonian words Cyrillic @",
        "mail Albanian words @",
        "mail Kreyol words @",
        "mail Belarusian words @",
    ],
    "postal": [
        "postal Fiji village and district @",
        "postal Port Moresby section and allotment @",
        "postal PNG private mail bag @",
        "postal Apia PO Box @",
        "postal Tonga village street @",
        "postal Noumea BP @",
        "postal Sofia block entrance @",
        "postal Tirana pallati @",
        "postal Skopje street Cyrillic @",
        "postal Chisinau street @",
        "postal Beirut building and floor @",
        "postal Amman street and building @",
        "postal Baghdad mahalla @",
        "postal Port-au-Prince rue Delmas @",
        "postal Havana calle between @",
        "postal Caracas quinta @",
        "postal Willemstad kaya @",
        "postal Montevideo street @",
        "postal Asuncion street @",
        "postal flat next to quarter @",
        "postal house number next to street @",
        "postal near flat next to urbanization @",
        "postal near pallati next to blloku @",
        "postal near house next to Delmas @",
        "postal near Havana street by crossing @",
        "postal near lot and allotment @",
        "postal near plot opening address PNG @",
        "postal tool neighbour instruction @",
        "postal tool returns form @",
    ],
    "name": [
        "name Fijian label Yaca @",
        "name Samoan label Igoa @",
        "name Tongan label Hingoa @",
        "name Tok Pisin label Nem @",
        "name Hawaiian label Inoa @",
        "name chiefly title Ratu @",
        "name chiefly title Adi @",
        "name Tongan noble Tui @",
        "name Croatian label Ime i prezime @ sentence",
        "name Belarusian label Proznishcha @",
        "name Albanian label Emri @",
        "name Macedonian label @",
        "name Kreyol label Non @",
        "name Papiamento label Nomber @",
        "name self introduction Fijian chat @",
        "name self introduction Spanish @",
        "name self introduction Kreyol @",
        "name signature after dashes @",
        "name sign-off Croatian @",
        "name sign-off Bulgarian @",
        "name near signature after dashes Arabic @",
        "name near honorific Mr with okina @",
        "name near Spanish honorific called @ sentence",
        "name near closing formula Spanish @ sentence",
        "name near closing formula Spanish @ json property",
        "name near closing formula French Noumea @ sentence",
        "name near closing formula French Noumea @ json property",
        "name near role label Passenger @",
        "name near Cyrillic lower-case label name @",
        "name near patronymic Belarusian line @",
        "name tool gate code ask for @",
        "name tool locker pick-up @",
        "name tool gift recipient block @ json property",
        "name tool pick-up point name @",
    ],
    "key": [
        "key Fijian name key:",
        "key Samoan name key:",
        "key Croatian surname key:",
        "key Bulgarian name key:",
        "key Albanian surname key:",
        "key customer key chiefly title: json",
    ],
    "meta": [
        "meta order_id address",
        "meta content_category name label",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a national number of fewer than nine digits alone, without a label, key or country code": [
        "phone Fiji mobile in number words @",
    ],
    "a person's name written without a salutation or a personal label before it": [
        "name okina name after Mahalo @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "near misses": [
        "near misses: I am Legend Blu-ray @ property",
        "near misses: I am Legend Blu-ray @ page title",
    ],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "nineteenth", NOT_CLAIMED))
def test_no_nineteenth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_nineteenth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "id", "key", "mail", "meta", "name", "phone",
                                                              "postal"]
    assert len(ORDINARY) >= 150


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "nineteenth"))
def test_ordinary_shop_data_of_the_nineteenth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
