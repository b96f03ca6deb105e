"""The twentieth attack's ids, phones, Meta fields and two drops (tests/privacy_attack_cases_20.py): Zambia's, Nepal's
and Mozambique's mobile plans; national ids by their printed layout (Zambia's NRC, Angola's BI, in ids too;
Zimbabwe's id and Mozambique's BI in free text); identity cards named by their own words before a number (`NUIT`,
`tazkira`, `ПИН`, `РМА`, `EGN`, `CID No`); six digits after a phone line's word (an app's, a fixed line's, in Swahili
and in scripts with vowel signs), its kind in parentheses; prices joined by ` / ` judged alone, and a plan's nine
digits after a product line's label a code. With the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, meta_fields
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID, PHONE
from meta_capi.phone_plans import international_mobile, national_mobile, trunk_mobile


@pytest.mark.parametrize(("digits", "plan"), [
    ("260977123456", (True, False, False)),  # Zambia with its country code
    ("0977123456", (False, True, False)),  # Zambia after its trunk 0
    ("9779841234567", (True, False, False)),  # Nepal with its country code
    ("9841234567", (False, False, True)),  # Nepal as dialled at home: no trunk prefix
    ("841234567", (False, False, True)),  # Mozambique as dialled at home
    ("9512345678", (False, False, False)),  # no Nepali mobile prefix
    ("811234567", (False, False, False)),  # no Mozambican mobile prefix
])
def test_zambia_nepal_and_mozambique_dial_their_mobiles_by_their_plans(digits: str, plan: tuple) -> None:
    assert (international_mobile(digits), trunk_mobile(digits), national_mobile(digits)) == plan


@pytest.mark.parametrize(("text", "found"), [
    ("९८४१२३४५६७", PHONE),  # Nepal's mobile alone in Devanagari digits: ten digits of a plan without trunk prefix
    ("फोन नं.: ९८४१२३४५६७", PHONE),
    ("M-Pesa: Transferiste 500MT para 841234567", PHONE),  # a Mozambican mobile after a word
    ("Transferiste 500MT ref 811234567", ""),  # no Mozambican mobile prefix
])
def test_a_nepali_or_mozambican_mobile_in_text_is_a_phone_number(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("key", "value", "sent"), [
    ("lead_id", "260977123456", {}),  # Zambia's mobile with its country code
    ("lead_id", "9779841234567", {}),  # Nepal's
    ("fb_login_id", "9841234567", {}),  # Nepal's as dialled at home
    ("lead_id", "260977123456789", {"lead_id": 260977123456789}),  # fifteen digits: Meta's own id
])
def test_a_zambian_or_nepali_mobile_is_no_meta_login_or_lead_id(key: str, value: str, sent: dict) -> None:
    assert meta_fields.unhashed_ids({key: value}, {}) == sent


@pytest.mark.parametrize(("text", "id_like", "found"), [
    ("123456/10/1", False, NATIONAL_ID),  # Zambia's NRC
    ("123456/10/1", True, NATIONAL_ID),  # as an order id
    ("S-1,123456/10/1", True, NATIONAL_ID),
    ("001234567LA042", True, NATIONAL_ID),  # Angola's BI: Luanda's two capitals between the digits
    ("Bilhete de Identidade: 001234567 LA 042", False, NATIONAL_ID),
    ("63-123456 A 42", False, NATIONAL_ID),  # Zimbabwe's national id as printed
    ("ID 63123456A42", False, NATIONAL_ID),
    ("BI nº 110100123456A", False, NATIONAL_ID),  # Mozambique's BI
    ("63123456A42", True, ""),  # in an id, capitals and digits are a code's as often
    ("123456/10/7", True, ""),  # no citizenship digit 7
    ("2024/11/30", False, ""),  # a date
    ("001234567XX042", True, ""),  # no Angolan province
    ("12/10/1", False, ""),
])
def test_a_national_id_in_its_printed_layout_is_read(text: str, id_like: bool, found: str) -> None:
    assert detector.reason(text, id_like=id_like) == found


@pytest.mark.parametrize(("text", "found"), [
    ("NUIT: 123456789", LABELLED_NUMBER),  # Mozambique's tax number
    ("Tazkira No: 1400-0101-12345", LABELLED_NUMBER),  # Afghanistan's, a number word after the card's name
    ("شماره تذکره: ۱۴۰۰-۰۱۰۱-۱۲۳۴۵", LABELLED_NUMBER),
    ("ПИН: 21201199000123", LABELLED_NUMBER),  # Kyrgyzstan's personal number
    ("РМА: 510012345", LABELLED_NUMBER),  # Tajikistan's tax number
    ("Шиносномаи №: 401234567", LABELLED_NUMBER),  # Tajikistan's passport
    ("EGN 7501020018", LABELLED_NUMBER),  # Bulgaria's in Latin letters
    ("Carte d'électeur n° 10123456789", LABELLED_NUMBER),
    ("Carte nationale d'identité: 1122334455667", LABELLED_NUMBER),
    ("CID No: 11512345678", LABELLED_NUMBER),  # Bhutan's citizenship id: `CID` before a number word
    ("CID: 11512345678", ""),  # `CID` alone: a customer's or a campaign's id as often
    ("Nuit 2", ""),  # a night, no number
])
def test_an_identity_card_named_by_its_own_word_labels_the_number_after_it(text: str, found: str) -> None:
    assert detector.reason(text) == found


def test_a_campaign_id_key_holding_cid_is_no_identity_card() -> None:
    assert detector.reason("https://shop.example.com/?sc_cid=mail_20261130") == ""


@pytest.mark.parametrize(("text", "found"), [
    ("WhatsApp: 712 345", PHONE),  # an app on a mobile: its two words one name
    ("Mobile (home): 254 321", PHONE),  # the kind of line in parentheses
    ("Phone (work): 25 43 21", PHONE),
    ("Fixe: 222 345", PHONE),
    ("Domicile : 254 321", PHONE),
    ("Telefone fixo: 222 345", PHONE),
    ("Simu ya mkononi: 712 345", PHONE),  # Swahili: the phone in the hand
    ("मोबाइल: ९८४ १२३", PHONE),  # a label with its script's vowel signs
    ("ফোন: ৭১২ ৩৪৫", PHONE),  # Bengali's phone, as Nepali's `फोन` is read
    ("ފޯނު: 791 2345", LABELLED_NUMBER),  # Dhivehi's phone, seven digits
    ("Mobile (blue): 254 321", ""),  # a colour, no kind of line
    ("Size (home): 254 321", ""),
    ("Prix: 222 345", ""),
    ("Viber Sticker Pack 2", ""),
    ("Fixe: garantie 2 ans", ""),
])
def test_six_digits_after_a_phone_line_s_word_are_a_phone_number(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("USD 19.99 / 2 700 000 FC", ""),  # a price in two currencies
    ("19.99 / 0171 234 5678", PHONE),  # each judged alone: the second is dialled at home
    ("0171 / 234 56 78", PHONE),  # no decimal amount: one number
    ("Series 694 216 820", ""),  # a product line's code
    ("Model 694 216 820", ""),
    ("Tel 694 216 820", PHONE),
    ("Series 0694 216 820", PHONE),  # after a trunk 0: dialled at home
    ("SKU-1,98452 17306", PHONE),  # ten digits are read after a product's label too
])
def test_prices_joined_by_a_slash_and_a_product_line_s_code_go_out(text: str, found: str) -> None:
    assert detector.reason(text) == found
