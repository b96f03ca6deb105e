"""Closer 84 (attack 49's drops): ordinary values the README itself says go out.

- A date's id (`YYMMDD-NNNN`, a personnummer's layout, its Luhn passing one time in ten) after an order's label past a
  number sign and in more of the lexicon's languages, after a product code's label (as in an id), and under a
  purchase's own `order_id` is the order's number or the code; another national id there stays refused.
- A form's check of a credential's field (taken, a length, a strength, set), by meaning and language, alone or after
  words of degree, in lower case or capitals, is a state, no sign-in name nor password.
- A key naming a credential's state, strength or label names no credential (`password_strength`, `api_key_label`).
- A shop's market or fair before a town and a post code is a campaign's row, no addressee's.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, personal_keys, privacy
from meta_capi.labelled_values import SECRET, SIGN_IN_NAME
from privacy_attack_cases_2 import ordinary_goes_out

NATIONAL_ID = detector.NATIONAL_ID
POSTAL = "holds a postal address"
PURCHASE = {"name": "Order Completed"}
MONEY = {"value": "5", "currency": "EUR"}


# ---------------------------------------------------------------- a date's id after an order's or a code's label

@pytest.mark.parametrize("text", [
    "Commande n° 250317-0042", "Commande N° 240229-0137", "Auftrag 250317-0042", "Auftrag Nr. 250317-0042",
    "Pedido 250317-0042", "Ordine 250317-0042", "Encomenda 250317-0042", "Beställning 250317-0042",
    "Bestilling 250317-0042", "Tilaus 250317-0042", "Sipariş 250317-0042", "Pesanan 250317-0042",
    "SKU: 250317-0042", "SKU 250317-0042", "Art.-Nr. 250317-0042", "Artikelnummer 250317-0042",
    "Model: 250317-0042", "EAN 250317-0042", "Order No. 250317-0042",
])
def test_a_dated_number_after_an_orders_or_a_codes_label_goes_out(text):
    assert detector.reason(text) == ""
    assert detector.reason(text, id_like=True) == ""


@pytest.mark.parametrize("text", [
    "250317-0042",  # alone: an id's layout (a personnummer's check passes)
    "n° 250317-0042",  # a number sign with no label before it
    "Nr. 250317-0042", "ID: 250317-0042",  # an id's word alone names no order nor product
    "Personnummer 860423-4479", "Kunde Nr. 860423-4479",
    "SKU 19860423-4479", "Art.-Nr. 19860423-4479",  # the personnummer with its century: no order's layout
    "SKU 131052-308T",  # a HETU
])
def test_a_dated_id_with_no_orders_or_codes_label_is_refused(text):
    assert detector.reason(text) == NATIONAL_ID


@pytest.mark.parametrize("value", ["250317-0042", "240229-0137", "991231-9999"])
def test_a_purchases_order_id_stamped_with_its_day_goes_out(value):
    assert privacy.free_text(value, "order_id", True) == value
    assert ordinary_goes_out("track", {**PURCHASE, "properties": {"order_id": value, **MONEY}}, value)


@pytest.mark.parametrize(("value", "found"), [
    ("86.04.23-447.18", NATIONAL_ID), ("19860423-4479", NATIONAL_ID), ("JT 48 17 26 C", NATIONAL_ID),
    ("131052-308T", NATIONAL_ID), ("4719 2836 5478", NATIONAL_ID),
])
def test_another_national_id_under_a_purchases_order_id_is_refused(value, found):
    assert privacy.free_text(value, "order_id", True) == ""
    assert detector.dated_order_under("order_id", value) is False
    assert detector.reason(value, id_like=True) == found


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("order_id", "250317-0042", True), ("orderNo", "250317-0042", True), ("bestellnummer", "250317-0042", True),
    ("event_id", "250317-0042", False), ("order_note", "250317-0042", False), ("order_id", "250317-00421", False),
    ("order_id", "251317-0042", False),  # (no month 13: no date's layout)
])
def test_a_dated_order_under_its_key(key, value, expected):
    assert detector.dated_order_under(key, value) is expected


# ---------------------------------------------------------------- a field's state

@pytest.mark.parametrize("text", [
    "password=too_short", "password=TOO_SHORT", "Password: too-long", "username=taken", "username=already_taken",
    "login=not_available", "Benutzername: vergeben", "Passwort: zu_kurz", "password=weak", "Password: strong",
    "password=not_set", "Mot de passe : trop_court", "password=déjà_pris", "Nombre de usuario: ocupado",
    "passwort=schwach", "username=NOT_AVAILABLE", "password_strength=weak", "password_status=set",
    "api_key_label=Production", "password=invalid", "password=required",
])
def test_a_fields_state_goes_out_in_text(text):
    assert detector.reason(text) == ""
    assert privacy.free_text(text, "note") == text


@pytest.mark.parametrize(("text", "found"), [
    ("username=jsmith88", SIGN_IN_NAME), ("username=too_jsmith", SIGN_IN_NAME), ("login=Stark", SIGN_IN_NAME),
    ("username=Kurz", SIGN_IN_NAME), ("Benutzername: Kurz", "holds a person's name"), ("password=Hunter2!", SECRET),
    ("password=weak1", SECRET),
    ("password=too_short_Quendrix", SECRET), ("Passwort: TooShort", SECRET), ("password=Taken", SECRET),
])
def test_a_credential_beside_a_states_words_is_refused(text, found):
    assert detector.reason(text) == found


@pytest.mark.parametrize(("key", "value"), [
    ("username", "taken"), ("password", "too_short"), ("password", "weak"), ("password_status", "set"),
    ("password_strength", "weak"), ("passwordStrength", "STRONG"), ("username_state", "available"),
    ("passwort_staerke", "schwach"), ("force_du_mot_de_passe", "faible"), ("api_key_label", "Production"),
    ("api_key_name", "Checkout backend"), ("secret_key_type", "restricted"), ("login", "taken"),
])
def test_a_state_or_a_credentials_label_under_its_key_goes_out(key, value):
    assert privacy.custom_refusal(key, value) == ""


@pytest.mark.parametrize(("key", "value"), [
    ("username", "jsmith88"), ("password", "Hunter2!"), ("password", "Stark"), ("api_key", "Production"),
    ("password_hint", "my dog"), ("user_name", "taken_by_jo"), ("username", "Quendrix"),
])
def test_a_credential_under_its_key_is_refused(key, value):
    assert privacy.custom_refusal(key, value) == privacy.PERSONAL_KEY


@pytest.mark.parametrize(("key", "value"), [
    ("api_key_label", "sk_live_51Quendrix481726AbCdEf"), ("password_status", "petra.quendrix@gmail.com"),
])
def test_a_credentials_label_holding_a_secret_or_a_mail_is_refused(key, value):
    assert privacy.custom_refusal(key, value) != ""


@pytest.mark.parametrize(("key", "about"), [
    ("password_strength", True), ("username_status", True), ("api_key_label", True), ("force_du_mot_de_passe", True),
    ("marital_status", False), ("health_status", False), ("password_hint", False), ("user_name", False),
    ("customer_name", False), ("password", False), ("screen_name_type", True), ("login_name_label", True),
])
def test_only_a_credentials_whole_words_and_a_head_make_a_key_about_a_credential(key, about):
    assert personal_keys.about_a_credential(key) is about


# ---------------------------------------------------------------- a shop's market in a campaign's row

@pytest.mark.parametrize("text", [
    "Christmas Market,Manchester,M1 1AE", "Summer Fair;Leeds;LS1 4AP", "Weihnachtsmarkt,Berlin,10115",
    "Marché de Noël\tParis\t75001", "Spring Bazaar,Edinburgh,EH1 1YZ", "Pop-Up Show,London,SW1A 1AA",
    "Mercatino di Natale;Milano;20121",
])
def test_a_shops_market_before_a_town_and_its_post_code_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Christmas Market,Petra Quendrix,Manchester,M1 1AE", "Summer Fair;Jo Tarvenholm;Leeds;LS1 4AP",
    "Petra Quendrix,Manchester,M1 1AE", "Ana Mercado,Madrid,28013",
])
def test_a_name_beside_a_shops_market_is_refused(text):
    assert detector.reason(text) == POSTAL
