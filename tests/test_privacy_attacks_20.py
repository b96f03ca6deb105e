"""A twentieth outside attack (tests/privacy_attack_cases_20.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): shoppers in Kinshasa, Douala, Luanda, Maputo, Harare and Lusaka, in
Kathmandu, Dhaka, Thimphu, Malé, Kabul, Bishkek, Dushanbe and Ashgabat: their phones in local layouts and digits,
mobile-money texts, ids after their labels, addresses and names as they write them; data as marketing, e-mail and
analytics tools leak it (tracking parameters, UTM fields, merge tags, base32, base58, hex, base64 and JWTs); near
misses of the newest rules, in the leaves of Meta's payload the README maps and in the fields whose failure is an
`Err`, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_20 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "id": [
        "id Angola BI alone @",
        "id Angola BI label @",
        "id Angola BI spaced @",
        "id Zimbabwe id printed @",
        "id Zimbabwe id compact @",
        "id Cameroon CNI French label @",
        "id Mozambique NUIT label @",
        "id Mozambique BI label @",
        "id DRC carte d'électeur @",
        "id Bangladesh NID 17 alone @",
        "id Bangladesh NID Bengali label @",
        "id Bhutan CID @",
        "id Afghan tazkira Latin @",
        "id Afghan tazkira Dari @",
        "id Kyrgyz PIN label @",
        "id Tajik passport @",
        "id Tajik INN @",
        "id Maldives id card @",
        "id Bulgarian EGN unlabelled in text @",
    ],
    "key": [
        "key মোবাইল_নম্বর: custom property",
        "key মোবাইল_নম্বর: url query",
        "key zita: custom property",
        "key zita: url query",
        "key ishina: custom property",
        "key ishina: url query",
        "key নাম: custom property",
        "key নাম: url query",
        "key аты_жөнү: custom property",
        "key аты_жөнү: url query",
        "key ному_насаб: custom property",
        "key ному_насаб: url query",
        "key ady: custom property",
        "key ady: url query",
        "key ठेगाना: custom property",
        "key ठेगाना: url query",
        "key ঠিকানা: custom property",
        "key ঠিকানা: url query",
        "key дарек: custom property",
        "key дарек: url query",
        "key numero_bi: custom property",
        "key numero_bi: url query",
        "key nuit: custom property",
        "key nuit: url query",
        "key tazkira: custom property",
        "key tazkira: url query",
    ],
    "mail": [
        "mail Bengali এট @",
    ],
    "meta": [
        "meta order_id Zambia NRC",
        "meta event_id Zambia NRC",
        "meta content_ids Zambia NRC",
        "meta contents id Zambia NRC",
        "meta order_id Angola BI",
        "meta event_id Angola BI",
        "meta subscription_id Angola BI",
        "meta content_ids Angola BI",
        "meta contents id Angola BI",
        "meta lead_id with country code",
        "meta lead_id Nepal mobile",
    ],
    "name": [
        "name French Nom et prénom @",
        "name Lingala Nkombo @",
        "name Lingala self-introduction @",
        "name Swahili self-introduction @",
        "name Shona Zita @",
        "name Shona self-introduction @",
        "name Bemba Ishina @",
        "name Bemba self-introduction @",
        "name Umbundu Onduko @",
        "name Nepali self-introduction @",
        "name Bengali নাম @",
        "name Bengali self-introduction @",
        "name Dhivehi ނަން @",
        "name Dari نام @",
        "name Pashto نوم @",
        "name Kyrgyz Аты-жөнү @",
        "name Kyrgyz self-introduction @",
        "name Tajik Ному насаб @",
        "name chiefly title Zambia @",
        "name chiefly title Cameroon @",
        "name chiefly title Zimbabwe @",
        "name Mama title @",
        "name recipient label French @",
        "name lead scoring note @",
        "name signed SMS @",
        "name okina after Mrs @",
        "name French Je suis @",
        "name Portuguese Sou o @",
        "name Swahili Mimi ni @",
        "name Shona Ndini @",
        "name Nepali म हुँ @",
        "name hand-over French Remettre à @",
        "name hand-over Portuguese Entregar a @",
        "name hand-over English Give to @",
        "name hand-over Swahili Mkabidhi @",
        "name JSON newline after label @",
        "name leaf Portuguese label @ user agent",
        "name leaf French label @ user agent",
    ],
    "phone": [
        "phone M-Pesa Mozambique @",
        "phone eSewa Nepal @",
        "phone Nepali फोन @",
        "phone Dhivehi phone @",
        "phone WhatsApp six digits @",
        "phone Mobile label six digits @",
        "phone French Fixe six digits @",
        "phone French Domicile six digits @",
        "phone Portuguese Fixo six digits @",
        "phone Swahili Simu ya mkononi six digits @",
        "phone Nepali mobile label six digits @",
        "phone leaf Nepal Devanagari @ custom property",
        "phone leaf Nepal Devanagari @ text around it",
        "phone leaf Nepal Devanagari @ page title",
        "phone leaf Nepal Devanagari @ url path",
        "phone leaf Nepal Devanagari @ url query value",
        "phone leaf Nepal Devanagari @ utm_campaign",
        "phone leaf Nepal Devanagari @ fragment",
        "phone leaf Nepal Devanagari @ referrer",
        "phone leaf Nepal Devanagari @ search_string",
        "phone leaf Nepal Devanagari @ contents title",
        "phone leaf Nepal Devanagari @ contents brand",
        "phone leaf Nepal Devanagari @ contents category",
        "phone leaf Nepal Devanagari @ user agent",
        "phone leaf Nepal Devanagari @ page name",
        "phone leaf Nepal Devanagari @ content_name",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a person's name written without a salutation or a personal label before it": [
        "name referral code from a name @",
    ],
    "a name after an informal greeting": [
        "name merge tag filled Hi @",
    ],
    "a number of 14 to 16 digits alone with no check digit nor printed layout to read": [
        "id Kyrgyz PIN alone @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "prices": [
        "prices USD 19.99 / 2 700 000 FC @ custom property",
        "prices USD 19.99 / 2 700 000 FC @ page title",
    ],
    "near misses": [
        "near misses Series 694 216 820 @ page title",
        "near misses Series 694 216 820 @ content_name",
    ],
    "capitalized words after a personal label (accepted by the README)": [
        "near misses Name: Classic Wax @ page title",
        "near misses Name: Classic Wax @ content_name",
        "near misses Nom: Pagne Super Wax @ page title",
        "near misses Nom: Pagne Super Wax @ content_name",
        "near misses Jina: Kitenge Classic @ page title",
        "near misses Jina: Kitenge Classic @ content_name",
    ],
    "words after a personal label in a script without capitals (accepted by the README)": [
        "titles नाम: ढाका टोपी @ page title",
        "titles नाम: ढाका टोपी @ content_name",
        "titles नाम: ढाका टोपी @ contents title",
    ],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "twentieth", NOT_CLAIMED))
def test_no_twentieth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_twentieth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "id", "key", "mail", "meta", "name", "phone",
                                                              "postal"]
    assert len(ORDINARY) >= 150


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "twentieth"))
def test_ordinary_shop_data_of_the_twentieth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
