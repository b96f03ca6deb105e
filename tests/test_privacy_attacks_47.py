"""A forty-seventh outside attack (tests/privacy_attack_cases_47.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): the families attacks 44 to 46 did not touch, as values in every leaf
the README maps under each `meta_custom_data` and `meta_url_query` setting: a mail address or a phone number in links
of every scheme (`mailto:`, `tel:`, `sms:`, `whatsapp://`, `intent://`, app deep links, `data:` URIs, redirect chains
encoded at each level, fragment routes, matrix parameters, user info, relative paths, hosts), dates of birth, ages and
genders after labels in many languages, a delivery's place at a house's precision (coordinates, plus codes,
what3words, geohashes, map links), and devices and accounts (MAC addresses, IMEIs, advertising ids, logins, passwords
and API tokens echoed); the same fields holding nothing personal must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README or the
reference says it does not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there);
ordinary data that the gate drops today is a strict expected failure too.
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
from privacy_attack_cases_47 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # an age after its label (`Age: 38 years`, `Alter: 38 Jahre`) or in a sentence (`I am 38 years old`); a gender
    # after its label in English, German, French and Spanish (`Gender: female`, `Geschlecht: weiblich`, `Sexe :
    # féminin`, `Sexo: masculino`; `性別：女性` is caught but in ids, and as a key, `gender=`, `ge=`, it is caught), a
    # title standing for it (`Title: Mrs`), pronouns (`Pronouns: she/her`)
    "ages and genders after a label": [
        "birth age label EN @", "birth age label DE @", "birth age in a sentence @",
        "birth gender label EN @ content category", "birth gender label EN @ content name", "birth gender label DE @",
        "birth gender label FR @", "birth gender label ES @", "birth title as gender @", "birth pronouns @"],
    # a birth date after a picture standing for its label, `🎂 14.09.1987` (the labels' words in twelve languages are
    # read, `DOB`, `né le`, `geb.`, `誕生日`, `생년월일`, ...)
    "a birth date after a picture for its label": [
        "birth cake emoji as the label @ custom event name", "birth cake emoji as the label @ standard content name"],
    # an IMEI (15 digits passing Luhn's check, a TAC `35…`) bare, after its dial code (`*#06# shows …`) or after
    # `IMEI2:` (caught after `IMEI:` and spaced; the README names an IMEI's check only for `fb_login_id`); an Android
    # ID after its label (`Android ID: 9774d56d682e549c`; a MAC in its three layouts, IDFA and GAID are caught)
    "device ids": [
        "device IMEI bare @", "device IMEI after the dial code @", "device IMEI2 labelled @",
        "device Android ID labelled @"],
    # a login after `username:`, `login:`, `user:`, `Benutzername:`, `Nom d'utilisateur :` or `Handle: @` (as a
    # parameter, `username=`, it is caught)
    "logins after a label": [
        "device username label @", "device login label @ page property", "device login label @ custom event name",
        "device user label @", "device Benutzername label @", "device nom d'utilisateur label @",
        "device handle label @"],
    # secrets echoed, which the README neither claims nor disclaims (its gate is for personal data): a password after
    # `password:` or `Passwort:` (as a parameter, `password=`, it is caught), an API token after `Bearer` or as
    # `api_key=`
    "secrets after a label": [
        "device password label @ event name", "device password label @ order id", "device Passwort label @",
        "device API token bearer @", "device API key key value @"],
}

# What leaks today and the README or the reference says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name in a shop's host (`https://pellam-quendrisk.myshopify.com/account`), with an age or a birth year and
    # no label (`Ysolde Tarranbek, 38, Leeds`, `Ysolde Tarranbek (b. 1987)`; after `Name:` or `Customer:` it is caught)
    "names with no label or salutation": [
        "link host name slug @", "birth name and age @", "birth name and birth year @ standard content name",
        "birth name and birth year @ standard search string"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "forty-seventh", NOT_CLAIMED))
def test_no_forty_seventh_attack_value_leaves_the_core(case):
    assert outcome(case) == []


def test_the_forty_seventh_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 350 <= len(names) <= 450
    assert sorted({name.split(" ")[0] for name in names}) == ["birth", "device", "geo", "link"]
    assert 80 <= len(ORDINARY) <= 120


def test_every_sentence_not_claimed_is_documented():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "forty-seventh"))
def test_ordinary_data_of_the_forty_seventh_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
