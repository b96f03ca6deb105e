"""Rules closing the identity-number families of the fourteenth attack (issue 16): a Russian person's INN unbroken by
its two check digits and the Greek AMKA by its birth date and Luhn digit, an id document's number after its series
(`Паспорт серия 4508 № 736215`, `CI seria RX nr. 482731`, `ΑΔΤ: ΑΚ 482731`, `Dowód osobisty: ABC523618`), the Greek
ΑΦΜ/AFM and ΑΔΤ and the Czech OP as labels, a shop's own number after a label naming the shop (`ИНН магазина`), the
region's words for an order and an invoice as code labels, and eleven-digit amounts shaped as an id or a mobile
refused; each with near-misses that go out."""

import json
import re

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import EventError, build_request, detector, national_ids, values
from meta_capi.decisions import Decisions
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID

INN = "770812345620"  # a person's INN: both check digits right
AMKA = "14058701583"  # born 14-05-87, Luhn
PESEL = "87021439183"


def _user_agent(inside: str) -> str:
    return f"Mozilla/5.0 (Linux; Android 14; {inside}) AppleWebKit/537.36"


@pytest.mark.parametrize("text", [INN, "７７０８１２３４５６２０", f"Для {INN} — спасибо за заказ!", f"ref {INN}"])
def test_twelve_digits_with_an_inn_s_two_check_digits_in_free_text_are_a_national_id(text: str) -> None:
    assert detector.reason(text) == NATIONAL_ID


@pytest.mark.parametrize("text", ["770812345600", "770812345611", f"Заказ {INN}", f"SKU {INN}"])
def test_twelve_digits_with_a_wrong_inn_check_or_after_a_code_label_are_no_national_id(text: str) -> None:
    assert detector.reason(text) == ""


def test_an_inn_in_an_id_is_the_id_s_own_digits() -> None:
    assert detector.reason(INN, id_like=True) == ""


def test_an_inn_that_reads_as_a_upc_a_is_a_product_s_number() -> None:
    assert national_ids.gtin("770000000156") and national_ids._inn("770000000156")
    assert national_ids.holds_national_id("770000000156", False) is False


@pytest.mark.parametrize(("digits", "expected"), [(AMKA, True), ("14058701584", False), ("14138701589", False)])
def test_the_amka_is_a_birth_date_and_a_luhn_digit(digits: str, expected: bool) -> None:
    assert national_ids.holds_national_id(digits, False) is expected


@pytest.mark.parametrize("text", [
    "Паспорт серия 4508 № 736215", "паспорт серия AB № 736215", "CI seria RX nr. 482731", "ΑΔΤ: ΑΚ 482731",
    "Dowód osobisty: ABC523618", "Passport series AB 1234567", "Для Паспорт серия 4508 № 736215 — спасибо",
])
def test_an_id_document_s_number_after_its_series_is_a_national_id(text: str) -> None:
    assert detector.reason(text) == NATIONAL_ID


@pytest.mark.parametrize("text", [
    "Заказ № 458213", "Серия Pro Max 2024 №123456", "Size M 1234567", "Seria Galaxy A55 123456",
    "Artikel AB 123456", "Модель RK 216000", "Kolor: ABC523618",
])
def test_a_series_and_a_number_after_no_personal_label_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("inside", ["CI seria RX nr. 482731", "ΑΔΤ: ΑΚ 482731", "Dowód osobisty: ABC523618"])
def test_an_id_document_s_number_after_its_series_in_the_user_agent_is_a_national_id(inside: str) -> None:
    assert detector.user_agent_reason(_user_agent(inside)) == NATIONAL_ID


@pytest.mark.parametrize("device", ["SM-G991B Build/UP1A.231005.007; wv", "Nothing Phone Build/TP1A.220624.014"])
def test_an_ordinary_user_agent_holds_no_id_document(device: str) -> None:
    # (a device's build after a personal word: the word nearest the series, `Build`, names a code)
    assert detector.user_agent_reason(_user_agent(device)) == ""
    assert detector.reason(device) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("ΑΦΜ: 136728493", LABELLED_NUMBER), ("αφμ 136728493", LABELLED_NUMBER), ("AFM 136728493", LABELLED_NUMBER),
    ("ΑΔΤ: 1234567", LABELLED_NUMBER),
    # (these nine digits also pass Chile's RUT check, read before the label: 20481537-2)
    ("Číslo OP: 204815372", NATIONAL_ID), ("OP 204815372", NATIONAL_ID),
])
def test_greek_and_czech_id_abbreviations_label_the_number_after_them(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("key", ["ΑΦΜ", "afm", "αδτ", "op_number"])
def test_greek_and_czech_id_abbreviations_are_personal_keys(key: str) -> None:
    assert detector.key_reason(key) == detector.PERSONAL_KEY


@pytest.mark.parametrize("text", [
    "ИНН магазина 7707083893", "NIP sklepu 5260250274", "ΑΦΜ καταστήματος 094014201", "Objednávka č. 2024001234",
    "Číslo faktury 2024110123", "Nr zamówienia: 100234567", "Номер заказа 7707083893", "Számla 7015832694",
])
def test_a_shop_s_own_number_and_an_order_or_invoice_number_of_the_region_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["Телефон магазина 89164827319", "Objednávka č. +420 603 482 917"])
def test_a_mobile_with_its_trunk_or_dialled_after_such_a_label_is_still_a_phone(text: str) -> None:
    assert detector.reason(text) == detector.PHONE


@pytest.mark.parametrize("amount", [PESEL, AMKA, "79164827319", "89164827319", "48512384716", f"{PESEL}.00"])
def test_an_eleven_digit_amount_shaped_as_an_id_or_a_mobile_is_refused_without_echoing_it(amount: str) -> None:
    event = make_event(name="Order Completed", properties={"value": amount, "currency": "EUR"})
    with pytest.raises(EventError, match=re.escape(f"property value {values.ID_SHAPED}, got a number of 11 digits")):
        build_request("track", event, make_settings(), now=NOW)


def test_an_eleven_digit_price_shaped_as_an_id_is_refused_naming_the_product() -> None:
    event = make_event(name="Order Completed", properties={
        "currency": "EUR", "contents": f'[{{"id": "S-1", "item_price": {PESEL}}}]'})
    with pytest.raises(EventError, match=re.escape(f"product 1: item_price {values.ID_SHAPED}")):
        build_request("track", event, make_settings(), now=NOW)


@pytest.mark.parametrize("amount", ["15000000000", "48500000000", "84900000000", "12500000000", "99000000000",
                                    "9999999999", "87021439183.5"])
def test_real_amounts_in_rials_or_dong_go_out(amount: str) -> None:
    event = make_event(name="Order Completed", properties={"value": amount, "currency": "IRR"})
    body = json.loads(build_request("track", event, make_settings(), now=NOW).body)
    assert body["data"][0]["custom_data"]["value"] == json.loads(amount)


def test_an_eleven_digit_predicted_ltv_shaped_as_an_id_is_left_out_with_a_reason() -> None:
    record = Decisions()
    event = make_event(name="Subscribe", properties={"predicted_ltv": PESEL, "currency": "USD"})
    body = build_request("track", event, make_settings(), now=NOW, record=record).body
    assert "predicted_ltv" not in body
    assert ("predicted_ltv", f"{values.ID_SHAPED}: left out") in record.left_out
