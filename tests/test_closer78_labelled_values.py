"""Closer 78 (attack 47): a value after a label the key lexicon judges personal by its meaning, in free text and in
ids (a gender, pronouns, an age, a sign-in name, a password or an API's secret, a device's id, an honorific after a
title's label), an age said in a sentence, a date after the picture for a birthday, an IMEI bare or after its dial
code; and, both ways, the ordinary values near each rule (a product's audience after a gender's label, a product's age
mark, a login's state, a product's handle and title, a page title's next part) going out. The label words are the
lexicon's, so its keys are personal too (`Passwort`, `api_key`, `Benutzername`)."""

from __future__ import annotations

from typing import List, Tuple

import pytest

from meta_capi import detector
from meta_capi.detector import BIRTH_DATE, DEVICE_IMEI, PERSONAL_KEY, key_reason, user_agent_reason
from meta_capi.labelled_values import AGE, DEVICE_ID, GENDER, HONORIFIC, SECRET, SIGN_IN_NAME
from meta_capi.national_ids import luhn
from meta_capi.self_introductions import AGE_STATED


def _imei(first_fourteen: str) -> str:
    """The IMEI whose first fourteen digits are `first_fourteen`, Luhn's digit after them."""
    return next(first_fourteen + digit for digit in "0123456789" if luhn(first_fourteen + digit))


IMEI = _imei("86091204315572")  # (a TAF's reporting body, `86`: not the attack's `35`)

# (value, judged as an id, reason)
PERSONAL: List[Tuple[str, bool, str]] = [
    # a gender and pronouns after their label, in the lexicon's languages, each separator
    ("Gender: male", False, GENDER), ("Gender: Female", False, GENDER), ("Geschlecht = männlich", False, GENDER),
    ("Sexo : feminino", True, GENDER),
    ("Sesso: maschile", False, GENDER), ("Geslacht: vrouw", False, GENDER), ("Płeć: kobieta", False, GENDER),
    ("Cinsiyet: kadın", False, GENDER), ("Kjønn: kvinne", False, GENDER), ("Sex - f", False, GENDER),
    ("Customer gender: nonbinary", False, GENDER), ("Pronoms : iel", False, GENDER),
    ("Note, pronouns: they/them", False, GENDER), ("Sex: f", True, GENDER),
    ("性別：女性", False, GENDER), ("性別：女性 (会員)", True, GENDER),
    # a person's age: one number from 13 to 120, a years word, the field's end
    ("Age: 41", False, AGE), ("Customer age: 67 yrs", False, AGE), ("Edad: 29 años", True, AGE),
    ("Âge : 52 ans", False, AGE), ("Leeftijd: 33 jaar", False, AGE), ("Wiek: 45 lat", False, AGE),
    ("Your age: 19", False, AGE), ("size M, age: 27, colour red", False, AGE),
    # a sign-in name, after the lexicon's words for it (every value), a login's or a user's word, a handle's
    ("Username: qorvendal_7", False, SIGN_IN_NAME), ("Gebruikersnaam: qorvendal", False, SIGN_IN_NAME),
    ("Nombre de usuario: qorvendal", True, SIGN_IN_NAME), ("Kullanıcı adı: qorvendal", False, SIGN_IN_NAME),
    ("User name - qorvendal", False, SIGN_IN_NAME), ("Logon: qorvendal.m", False, SIGN_IN_NAME),
    ("Utilisateur : qorvendal", False, SIGN_IN_NAME), ("Your handle - @qorvendal_88", False, SIGN_IN_NAME),
    # a password or an API's secret, a bearer token
    ("Password: Tr0ub4dor&3", False, SECRET), ("Kennwort: Z7q!p", False, SECRET),
    ("Mot de passe : Qorvendal2024", True, SECRET), ("Wachtwoord: qorvendal", False, SECRET),
    ("Senha: 4411xx", False, SECRET), ("PASSCODE: 8812", False, SECRET), ("Passwort - z7q!pr", False, SECRET),
    ("x-api-key: 9a8b7c6d5e4f", False, SECRET), ("access_token=ya29.a0AfH6SMB", False, SECRET),
    ("client secret: qvx-771-zz", False, SECRET), ("curl -H 'Bearer eyJhbGciOiJIUzI1NiJ9xyz'", False, SECRET),
    # a device's id after its label (the IMEI's digits as a number of its own first)
    ("MEID: A10000009296F2", False, detector.LABELLED_NUMBER), ("Android-ID: 3f9c1e77a0b2d4c8", True, DEVICE_ID),
    ("SSAID = 9f1e77a0b2d4c83f", False, DEVICE_ID), (f"IMEI 1: {IMEI}", False, DEVICE_IMEI),
    ("*#06# → 771234567890123", False, DEVICE_ID), ("*#06#: 77-123456-789012-3", True, DEVICE_ID),
    # an honorific alone after a title's or a salutation's label
    ("Title: Ms", False, HONORIFIC), ("Title - Mrs.", True, HONORIFIC), ("Title: Mx.", True, HONORIFIC),
    # an IMEI alone, in text and in ids: a reporting body's two digits, Luhn's check
    (IMEI, False, DEVICE_IMEI), (IMEI, True, DEVICE_IMEI), (f"phone {IMEI} lost", False, DEVICE_IMEI),
    # an age said of oneself
    ("Hi, I'm 44 years old and need a size", False, AGE_STATED), ("ich bin 61 Jahre alt", False, AGE_STATED),
    ("j'ai 17 ans", False, AGE_STATED), ("Tenho 35 anos.", False, AGE_STATED), ("Mam 52 lata", False, AGE_STATED),
    ("I am 38 yrs.", False, AGE_STATED),
    # a date after the picture for a birthday
    ("🎂 1990-03-02", False, BIRTH_DATE), ("🎂: 02/03/1990", True, BIRTH_DATE),
]

ORDINARY: List[Tuple[str, bool]] = [
    # a product's audience after a gender's label; a word beside the label that is no label
    ("Gender: unisex", False), ("Gender: Unisex", False), ("Age: Adult", False), ("Gender: Women's", False),
    ("Geschlecht: Herren", False), ("Sexe : Homme", False),
    ("Gender: Boys & Girls", False), ("Gender-neutral onesie: 0-3 months", False), ("Genre: Rock", False),
    # a product's age mark, a range, months, an age under 13, a minimum's or a range's label
    ("Age: 3+", False), ("Age: 6-12 years", False), ("Age range: 6-12 years", False), ("Age: 18 months", False),
    ("Age: 8", False), ("Minimum age: 18", False), ("Recommended age: 14 years and up", False),
    ("Alter: 3 Jahre", False), ("Age: 14+ years", False),
    # a login's or a user's state, role or way in; a count; a product's handle and title
    ("Login: required", False), ("User: guest", False), ("Login: Google", False), ("User: 2 seats", False),
    ("Login - Demo Shop", False), ("Handle: blue-sneakers", False), ("Handle: Wooden", False),
    ("Title: Blue Sneakers", False), ("Title: Mrs Dalloway (Penguin Classics)", False), ("User guide: page 4", False),
    # a page title's next part after a dash, a page's step, a field's state; no separator at all
    ("Password - Demo Shop", False), ("Reset password: step 2", False), ("Forgot password: enter your email", False),
    ("Password: required", False), ("API key: missing", False), ("Username: n/a", False),
    ("Password manager, 1 year", False), ("Username ideas notebook", False),
    ("Ring Bearer Pillow", False), ("Ring Bearer Pillow 2024 edition for weddings", False),
    # ages in sentences nobody says of themselves; a count of years
    ("This wine is 12 years old", False), ("I am 20 years into my career", False), ("I am 5 years old", False),
    ("Whisky aged 18 years", False),
    # fifteen digits at no reporting body, or failing Luhn's check; a code's label before them
    ("123456789012345", True), (IMEI[:-1] + str((int(IMEI[-1]) + 1) % 10), True), (f"SKU {IMEI}", False),
    # a party, a date that follows a word, a birthday cake's delivery date
    ("🎉 2024-11-29", False), ("🎂 Cake delivery 14.09.2027", False),
]

KEYS_PERSONAL = ["Passwort", "api_key", "apiKey", "x-api-key", "Benutzername", "gebruikersnaam", "client_secret",
                 "access_token", "meid", "pronoms", "Kennwort"]
KEYS_ORDINARY = ["token", "login", "user", "handle", "title", "password_reset_required", "api_version", "secret_sale"]


@pytest.mark.parametrize(("value", "id_like", "why"), PERSONAL)
def test_a_value_after_a_personal_label_an_age_said_and_an_imei_are_kept(value: str, id_like: bool, why: str) -> None:
    assert detector.reason(value, id_like=id_like) == why


@pytest.mark.parametrize(("value", "id_like"), ORDINARY)
def test_a_products_audience_age_mark_handle_title_and_a_logins_state_go_out(value: str, id_like: bool) -> None:
    assert detector.reason(value, id_like=id_like) == ""


@pytest.mark.parametrize("key", KEYS_PERSONAL)
def test_the_labels_words_are_personal_keys(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", KEYS_ORDINARY)
def test_words_naming_an_id_or_a_state_as_often_are_ordinary_keys(key: str) -> None:
    assert key_reason(key) == ""


def test_a_sign_in_name_after_user_in_a_user_agents_comment_is_refused_as_one() -> None:
    user_agent = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                  "Mobile/15E148 Safari Line/13.20.0 (User: tinaqa)")
    assert user_agent_reason(user_agent) == SIGN_IN_NAME
