"""A twenty-second outside attack (tests/privacy_attack_cases_22.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): shoppers in Vientiane, Dili, Bandar Seri Begawan, Hong Kong,
Macau, Lhasa and Hohhot, in Cusco, El Alto, Oaxaca, Quetzaltenango, Iqaluit, Tahlequah, Window Rock, Nuuk and
Kautokeino, in Ljubljana, Bratislava, Prague, Tallinn, Riga and Vilnius: their phones in local layouts, digits and
numerals, their ids with check digits computed here, addresses and names as they write them; data as AI assistants,
chatbots and voice assistants leak it; near misses of the newest rules, in the leaves of Meta's payload the README
maps, in Meta's own fields and in the fields whose failure is an `Err`, run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_22 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    "id": [
        "id Hong Kong identity card Chinese label @",
        "id Hong Kong identity card alone @",
        "id Macau resident card @",
        "id Macau resident card Chinese label @",
        "id Timor-Leste id Portuguese @",
        "id Bolivia CI Aymara text @",
        "id tribal enrollment Navajo census @",
        "id tribal enrollment label @",
        "id Czech birth number slashed alone @",
        "id register word civil Peru @",
        "id id card named Slovak @",
        "id id card named Slovene @",
        "id Ghana Card layout for Brunei @",
        "id voice spelled Hong Kong id @",
        "id leaf Hong Kong identity card Chinese label @ referrer",
        "id leaf Hong Kong identity card alone @ utm_campaign",
        "id leaf Macau resident card @ contents title",
        "id leaf Macau resident card Chinese label @ contents brand",
        "id leaf Timor-Leste id Portuguese @ search_string",
        "id leaf Bolivia CI Aymara text @ contents brand",
        "id leaf tribal enrollment Navajo census @ percent-encoded property",
        "id leaf tribal enrollment label @ search_string",
        "id leaf Slovenia EMSO ASCII @ url path",
        "id leaf Czech birth number slashed alone @ json property",
        "id leaf register word civil Peru @ user agent",
        "id leaf id card named Slovak @ fragment",
        "id leaf id card named Slovene @ referrer",
        "id leaf Ghana Card layout for Brunei @ contents title",
        "id leaf voice spelled Hong Kong id @ url path",
    ],
    "key": [
        "key isikukood:",
        "key asmens_kodas:",
        "key personas_kods:",
        "key emso:",
        "key 身份證號碼:",
        "key ເບີໂທ:",
        "key carnet_de_identidad:",
        "key tribal_enrollment_number:",
        "key priimek:",
        "key pavarde:",
        "key uzvārds:",
        "key perekonnanimi:",
        "key priezvisko:",
        "key nama_penuh:",
    ],
    "mail": [
        "mail Estonian words @",
        "mail leaf Estonian words @ percent-encoded property",
    ],
    "name": [
        "name Lao label @",
        "name Tibetan label @",
        "name Quechua self-introduction @",
        "name Aymara self-introduction @",
        "name Nahuatl self-introduction @",
        "name Zapotec self-introduction @",
        "name K'iche' self-introduction @",
        "name Inuktitut syllabics self-introduction @",
        "name Inuktitut Latin self-introduction @",
        "name Cherokee self-introduction @",
        "name Navajo self-introduction @",
        "name Kalaallisut self-introduction @",
        "name Sami self-introduction @",
        "name Slovene label @",
        "name Slovene label ASCII @",
        "name Slovak label @",
        "name Latvian label @",
        "name Latvian label ASCII @",
        "name Lithuanian label @",
        "name chat speaker brackets @",
        "name chat speaker brackets Chinese @",
        "name voice spelled surname @",
        "name lower-case after person qualifier @",
        "name lower-case after customer name @ text around it",
        "name leaf Lao label @ fragment",
        "name leaf Tibetan label @ referrer",
        "name leaf Quechua self-introduction @ search_string",
        "name leaf Aymara self-introduction @ user agent",
        "name leaf Nahuatl self-introduction @ json property",
        "name leaf Zapotec self-introduction @ fragment",
        "name leaf K'iche' self-introduction @ referrer",
        "name leaf Inuktitut syllabics self-introduction @ utm_campaign",
        "name leaf Inuktitut Latin self-introduction @ contents title",
        "name leaf Cherokee self-introduction @ contents brand",
        "name leaf Navajo self-introduction @ url path",
        "name leaf Kalaallisut self-introduction @ percent-encoded property",
        "name leaf Sami self-introduction @ search_string",
        "name leaf Slovene label @ user agent",
        "name leaf Slovene label ASCII @ json property",
        "name leaf Slovak label @ fragment",
        "name leaf Latvian label @ contents brand",
        "name leaf Latvian label ASCII @ url path",
        "name leaf Lithuanian label @ percent-encoded property",
        "name leaf assistant prompt I am @ user agent",
        "name leaf chat speaker brackets @ fragment",
        "name leaf chat speaker brackets Chinese @ referrer",
        "name leaf voice spelled surname @ utm_campaign",
        "name leaf lower-case after person qualifier @ contents title",
    ],
    "phone": [
        "phone Guatemala mobile K'iche' label @",
        "phone Nuuk phone Kalaallisut label @",
        "phone Kautokeino mobile Sami label @",
        "phone Latvia mobile @",
        "phone voice spelled Hong Kong @",
        "phone chat speaker brackets Estonia @",
        "phone mobile money M-Paisa Timor @",
        "phone mobile money MPay Macau @",
        "phone mobile money FPS Hong Kong @",
        "phone leaf Guatemala mobile K'iche' label @ url path",
        "phone leaf Nuuk phone Kalaallisut label @ json property",
        "phone leaf Kautokeino mobile Sami label @ referrer",
        "phone leaf Latvia mobile @ user agent",
        "phone leaf voice spelled Hong Kong @ fragment",
        "phone leaf chat speaker brackets Estonia @ contents title",
        "phone leaf mobile money M-Paisa Timor @ search_string",
        "phone leaf mobile money MPay Macau @ user agent",
        "phone leaf mobile money FPS Hong Kong @ json property",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "a person's name written without a salutation or a personal label before it": [
        "name assistant prompt aunt @ custom property",
        "name assistant prompt aunt @ page title",
        "name assistant summary @",
        "name moderation log @",
        "name recommendation request @",
        "name leaf assistant prompt aunt @ search_string",
        "name leaf moderation log @ url path",
        "name leaf recommendation request @ percent-encoded property",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    "a Czech catalogue number after its label (Obj. č., \"object number\") read as a personal number": [
        "codes: Obj. č. 2024001234 @ page title",
        "codes: Obj. č. 2024001234 @ custom property",
        "codes: Obj. č. 2024001234 @ product name in the list",
    ],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "twenty-second", NOT_CLAIMED))
def test_no_twenty_second_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_twenty_second_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert len(names) >= 400
    assert sorted({name.split(" ")[0] for name in names}) == ["err", "id", "key", "mail", "meta", "name", "phone",
                                                              "postal"]
    assert len(ORDINARY) >= 150


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "twenty-second"))
def test_ordinary_shop_data_of_the_twenty_second_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
