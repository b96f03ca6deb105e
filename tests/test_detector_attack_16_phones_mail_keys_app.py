"""Rules closing the phone, mail, key and app families of the sixteenth attack (issue 16): a ten-digit run alone that
is a trunk-less plan's mobile (Italy's `3471234567`), a plan's mobile after `hp` (handphone), the English `dot`
written in Thai script, identity cards named by a card word and an identity word (Malay, Urdu), a bare person key
holding a name (`?customer=Jean%20Dupont`) and a contact card's structured name (MeCard's and vCard's `N`). Each with
the near misses next to them that go out."""

from urllib.parse import quote

import pytest

from meta_capi.detector import EMAIL, PERSONAL_KEY, PHONE, key_reason, reason
from meta_capi.postal import PERSON_NAME
from meta_capi.privacy import PERSONAL_KEY as KEPT_OUT
from meta_capi.privacy import clean_url, custom_refusal

SHOP = "https://shop.example.com"


@pytest.mark.parametrize(("text", "expected"), [
    ("3471234567", PHONE), ("3001234567", PHONE), ("6941832657", PHONE),  # Italy, Pakistan without its trunk, Greece
    ("3471234567 grazie", PHONE), ("hp 9123 4567", PHONE), ("hp 91234567", PHONE), ("H/P 9123 4567", PHONE),
    ("HP: 8123-4567", PHONE), ("hp 012-345 6789", PHONE),
])
def test_a_trunk_less_plans_ten_digit_mobile_alone_and_a_mobile_after_hp_are_phone_numbers(text, expected):
    assert reason(text) == expected


@pytest.mark.parametrize("text", [
    "4000123456",  # no plan's mobile, no NANP number (its exchange begins with 0)
    "1764460000",  # a Unix time in seconds
    "Art. 3471234567", "Order 3471234567", "SKU 3471234567",  # a code's label before it
    "HP 8300 Elite", "hp 150", "HP 1234 5678", "HP 91234567890", "hp91234567",  # no mobile after `hp`, or glued to it
])
def test_numbers_that_are_no_mobile_or_follow_a_code_label_go_out(text):
    assert reason(text) == ""


@pytest.mark.parametrize("text", ["3471234567", "hp 91234567"])
def test_in_an_id_a_bare_ten_digit_run_stays_a_code_but_hp_still_labels_a_mobile(text):
    assert reason(text, id_like=True) == ("" if text[0] == "3" else PHONE)


def test_hp_alone_is_no_personal_key():
    assert key_reason("hp") == ""


@pytest.mark.parametrize("text", ["zqsomchai แอท hotmail ดอท com", "zqsomchai แอท hotmail ดอต com",
                                  "zqsomchai แอท hotmail จุด com"])
def test_thai_writes_the_english_dot_in_its_script_in_a_spelled_address(text):
    assert reason(text) == EMAIL


@pytest.mark.parametrize("text", ["ดอทคอม", "ราคา 100 บาท ดอท คอม", "zqsomchai ดอท com"])
def test_a_thai_dot_without_its_at_word_is_no_address(text):
    assert reason(text) == ""


@pytest.mark.parametrize("key", ["no_kad_pengenalan", "nombor_kad_pengenalan", "noKadPengenalan", "shanakhti_card",
                                 "shanakhti_kard", "qaumi_shanakhti_card", "شناختی_کارڈ"])
def test_an_identity_card_named_by_a_card_word_and_an_identity_word_is_a_personal_key(key):
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", ["pengenalan", "kad", "shanakhti", "kad_hadiah", "gift_card", "card_design"])
def test_either_word_alone_is_no_personal_key(key):
    assert key_reason(key) == ""


@pytest.mark.parametrize(("key", "value"), [
    ("customer", "Jean Dupont"), ("Customer", "Jean de la Fontaine"), ("client", "Aurélie Brévil"),
    ("buyer", "Marta Sousa"), ("Kunde", "Jonas von Essen"), ("müşteri", "Emine Yıldırım"), ("guest", "Ola Nordmann"),
])
def test_a_bare_person_key_holding_a_name_is_kept_out(key, value):
    assert custom_refusal(key, value) == KEPT_OUT


@pytest.mark.parametrize(("key", "value"), [
    ("customer", "new"), ("customer", "Returning Customer"), ("guest", "Gold Member"), ("customer", "VIP"),
    ("customer", "Jean Dupont 2"), ("customer_type", "Jean Dupont"), ("customer_segment", "High Value"),
])
def test_a_person_key_holding_a_kind_of_customer_or_a_key_about_one_goes_out(key, value):
    assert custom_refusal(key, value) == ""


def test_a_universal_links_person_key_holding_a_name_is_removed_from_the_query():
    assert clean_url(f"{SHOP}/open?customer={quote('Jean Dupont')}&step=2") == f"{SHOP}/open?step=2"
    assert clean_url(f"{SHOP}/open?customer=returning&step=2") == f"{SHOP}/open?customer=returning&step=2"


@pytest.mark.parametrize("text", [
    "MECARD:N:Lindqvist,Erik;;", "mecard:n:lindqvist,erik;;", "MECARD:N:Lindqvist,Erik;EMAIL:;;",
    "BEGIN:VCARD\nVERSION:3.0\nN:Weidl;Jonas\nEND:VCARD", "BEGIN:VCARD\r\nN;CHARSET=UTF-8:Weidl;Jonas\r\nEND:VCARD",
])
def test_a_contact_cards_structured_name_is_a_persons_name(text):
    assert reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", ["MECARD:N:;;", "N:Weidl;Jonas", "Design: N: 42", "BEGIN:VCARD\nN:;;;;\nEND:VCARD"])
def test_an_empty_card_name_or_an_n_outside_a_card_goes_out(text):
    assert reason(text) == ""
