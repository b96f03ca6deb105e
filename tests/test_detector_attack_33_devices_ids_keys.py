"""Variants of the thirty-third attack's leaks the gate now reads by rule (keys of recipients, national ids, accounts
and cards; a device's hardware address; messenger links to a number; a number beside another in brackets; an IPv6
reverse name; a URL written in a path; an IBAN glued to its label or in a user agent; Romania's CNP; a CPF in a user
agent; a NINO as an fbc payload; a DNI as a path's segment), other separators, languages and places than the
attack's, and the ordinary values beside them that must go out (`?version=1.2.3.4`)."""

from __future__ import annotations

import pytest

from meta_capi import privacy
from meta_capi.detector import (
    HARDWARE_ADDRESS,
    IBAN,
    IP_ADDRESS,
    NATIONAL_ID,
    PERSONAL_KEY,
    PHONE,
    click_id_reason,
    key_reason,
    reason,
    user_agent_reason,
    value_reason,
)


@pytest.mark.parametrize("key", [
    "ship_to_name", "gift_from_name", "giftee", "GifteeName", "payee_name", "受け取り人", "প্রাপক", "first_initial",
    "C/O", "delivery_w3w", "nomor_hp", "num_cel", "e-post", "epostadresse", "netfang", "поштовий_індекс",
    "billing_apartment", "barrio", "YOB", "xff", "tc_number", "avs_number", "svnr", "gift_card_no", "emso", "ЕГН",
    "ΑΜΚΑ", "isikukood", "numero_de_cuenta", "conta_numero", "numer_konta", "cbu", "kreditkartennummer", "kreditkort",
    "tarjeta_numero", "numero_de_tarjeta"])
def test_keys_naming_a_recipient_a_contact_an_id_or_an_account_are_personal(key):
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "add_to_cart_name", "initials", "monogram_initials", "avs_result", "colonia_fragrance", "card_type", "num_cards",
    "screen_size", "from_price", "to_date", "product_handle", "repost_count", "w3wx", "c/on"])
def test_ordinary_keys_beside_those_words_are_not(key):
    assert key_reason(key) == ""


@pytest.mark.parametrize("text", [
    "a8:bb:cc:dd:ee:ff", "Device A8-BB-CC-DD-EE-FF seen", "A8-BB-CC-FF-FE-DD-EE-01", "00:11:22:33:44:55",
    "mac=00-1A-2B-3C-4D-5E"])
def test_a_devices_hardware_address_is_read_in_text_and_ids(text):
    assert reason(text) == HARDWARE_ADDRESS
    assert reason(text, id_like=True) == HARDWARE_ADDRESS


@pytest.mark.parametrize("text", ["1234.5678.9012", "Version 2026.11.23.1", "10-20-30-40-50-60", "ffaa:bbcc paint"])
def test_numbers_grouped_near_a_hardware_addresss_shape_are_not_one(text):
    assert reason(text) != HARDWARE_ADDRESS


@pytest.mark.parametrize("text", [
    "wa.me/33612345674", "WA.ME/33612345674", "viber://chat?number=%2B33612345674", "line://call/33612345674",
    "callto:+33612345674", "facetime:+33612345674", "skype:+33612345674?call", "https://signal.me/#p/+33612345674"])
def test_a_messengers_link_to_a_number_is_a_phone_number_in_an_id_too(text):
    assert reason(text, id_like=True) == PHONE


def test_a_number_beside_another_in_brackets_is_read_apart():
    assert reason("+1 650 555 0147 (650-555-HELP)") == PHONE
    assert reason("0612345674 (06 12 34 56 75)") == PHONE
    assert reason("Pack of 12 (6 x 2)") == reason("Order 12345 (2 items)") == ""


def test_an_ipv6_addresss_reverse_name_is_an_ip_address():
    name = "b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.1.2.3.4.IP6.ARPA"
    assert reason(name) == reason(f"PTR {name}.") == IP_ADDRESS
    assert reason("8.b.d.0.1.0.0.2.ip6.arpa") == ""  # a network's zone, no host


def test_a_web_url_written_in_a_paths_segments_has_its_host_read():
    assert reason("go\nhttps:\n\n81.2.69.160\n\nx", segments=True) == IP_ADDRESS
    assert privacy.clean_url("https://shop.example.com/go/http://1359103392:8080/x") == "https://shop.example.com/"
    assert reason("Note:\n\n1500", segments=True) == ""


def test_an_iban_glued_to_its_label_or_in_a_user_agents_comment_is_read():
    assert reason("IBANDE89370400440532013000") == reason("IBANGB29NWBK60161331926819", id_like=True) == IBAN
    assert reason("account\nIBANGB29NWBK60161331926819\norders", segments=True) == IBAN
    agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; {}) Gecko/20100101 Firefox/134.0"
    assert user_agent_reason(agent.format("CH93 0076 2011 6238 5295 7")) == IBAN
    assert user_agent_reason(agent.format("rv:134.0")) == ""


def test_a_romanian_cnp_is_read_in_text_not_an_ean():
    assert reason("2850314123454") == reason("CNP 2870415123457") == NATIONAL_ID
    assert reason("4006381333931") == ""


def test_a_cpf_standing_alone_in_a_user_agent_is_read():
    assert user_agent_reason("Mozilla/5.0 (Linux; Android 14; 52998224725) AppleWebKit/537.36") == NATIONAL_ID


def test_a_nino_unbroken_as_an_fbc_payload_is_read():
    assert click_id_reason("JG103759A") == click_id_reason("IwARJG103759A") == NATIONAL_ID
    assert click_id_reason("IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB") == ""


def test_a_dni_as_a_paths_whole_segment_with_its_capital_letter_is_read():
    assert privacy.clean_url("https://shop.example.com/cuenta/12345678-Z/pedidos") == "https://shop.example.com/"
    assert privacy.clean_url("https://shop.example.com/p/12345678-z") == "https://shop.example.com/p/12345678-z"


def test_a_card_word_and_a_number_word_name_a_card_in_a_key_not_as_a_label():
    assert reason("Gift card no. 0084213765") == reason("Gift Card No: A123456") == ""


@pytest.mark.parametrize("key", ["version", "app_version", "firmware_version", "build", "ver"])
def test_a_key_naming_a_version_labels_four_dotted_numbers_as_one(key):
    assert value_reason(key, "1.2.3.4") == ""
    assert privacy.clean_url(f"https://shop.example.com/p?{key}=1.2.3.4") == f"https://shop.example.com/p?{key}=1.2.3.4"


@pytest.mark.parametrize("key", ["ref", "ip", "note", "q", "session_id", "transaction_id", "variant"])
def test_other_keys_leave_them_an_address(key):
    assert value_reason(key, "8.8.4.4") == IP_ADDRESS
    assert privacy.clean_url(f"https://shop.example.com/p?{key}=8.8.4.4") == "https://shop.example.com/p"


def test_alone_or_in_text_they_stay_an_address_unless_a_code_label_names_them():
    assert reason("1.2.3.4") == reason("from 8.8.4.4") == reason("IP: 1.2.3.4") == IP_ADDRESS
    assert reason("Version 1.2.3.4") == reason("Firmware 4.2.1.7") == ""
