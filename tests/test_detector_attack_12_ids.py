"""Rules closing identity-number families of the twelfth attack (issue 16): a Brazilian CPF unbroken by its check
digits, a UUID after a personal or payment key's label (Brazil's random Pix key), identity labels in Afrikaans and
Swahili and a short id (Kenya's, eight digits) after a full identity label, a WhatsApp click-to-chat link in the
user agent, and an Argentine invoice's point of sale and serial (`Orden 0001-00045678`), which goes out; each with
near-misses that go out."""

import pytest

from meta_capi import detector, national_ids
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID, PHONE

CPF = "52998224725"  # 529.982.247-25
UUID = "7d9f0a4e-3b2c-4e1a-9f8b-5c6d7e8f9a0b"
SA_ID = "8507145123085"
KE_ID = "28345671"


def _user_agent(inside: str) -> str:
    return f"Mozilla/5.0 (Linux; Android 13) WhatsApp/2.24.1 ({inside})"


@pytest.mark.parametrize("text", [CPF, f"meu cpf {CPF} ok", f"Obrigado! {CPF} Asante sana", "12345678909"])
def test_eleven_digits_with_a_cpf_s_two_check_digits_in_free_text_are_a_national_id(text: str) -> None:
    assert detector.reason(text) == NATIONAL_ID


@pytest.mark.parametrize("text", ["52998224724", "11111111111", f"Pedido {CPF}", f"SKU {CPF}"])
def test_eleven_digits_with_a_wrong_check_or_after_a_code_label_are_no_national_id(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_cpf_in_an_id_is_the_id_s_own_digits() -> None:
    assert detector.reason(CPF, id_like=True) == ""


def test_a_cpf_that_reads_as_a_upc_a_whose_leading_zero_was_lost_is_a_product_s_number() -> None:
    assert national_ids.holds_national_id("38471265710", False) is False  # 0 38471 26571 0: GS1's check digit


@pytest.mark.parametrize("text", [
    f"chave pix aleatória: {UUID}", f"Chave aleatória {UUID}", f"Pix key: {UUID}", f"Pix: {UUID}",
    f"customer id: {UUID}", f"Obrigado! chave pix aleatória: {UUID} Asante sana",
])
def test_a_uuid_after_a_personal_or_payment_key_label_is_the_person_s_key(text: str) -> None:
    assert detector.reason(text) == LABELLED_NUMBER


@pytest.mark.parametrize("text", [
    UUID, f"order {UUID}", f"Pedido {UUID}", f"event_id {UUID}", f"checkout token: {UUID}", f"pix-{UUID}",
    f"random key: {UUID}",
])
def test_a_uuid_elsewhere_is_random_by_construction(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_uuid_after_a_personal_label_in_an_id_is_the_id_s() -> None:
    assert detector.reason(f"chave pix aleatória: {UUID}", id_like=True) == ""


@pytest.mark.parametrize("text", [
    f"ID-nommer: {SA_ID}", f"Id-Nommer: {SA_ID}", f"Identity: {SA_ID}", f"ID No. {KE_ID}", f"Kitambulisho: {KE_ID}",
    f"Identity number {KE_ID}", f"Kenya ID No. {KE_ID}", f"ID namba {KE_ID}", "ID No. 1234567", "ID No. 123456789",
])
def test_a_number_after_an_identity_label_in_afrikaans_swahili_or_english_is_a_national_id(text: str) -> None:
    assert detector.reason(text) == NATIONAL_ID


@pytest.mark.parametrize("text", [
    f"ID: {KE_ID}", f"ID {KE_ID}", f"Order ID No. {KE_ID}", f"Product ID number {KE_ID}", f"SKU ID No. {KE_ID}",
    f"Model No. {KE_ID}", "Kitambulisho: 123456", f"ID{KE_ID}", f"ID No. {KE_ID}99",
])
def test_a_short_number_after_id_alone_a_code_s_label_or_glued_is_no_national_id(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("inside", [
    "https://wa.me/2348031234567", "wa.me/2348031234567", "WA.ME/2348031234567", "wa.me/+254712345678",
    "https://wa.me/254712345678?text=Habari", "https://api.whatsapp.com/send?phone=5511912345678&text=Oi",
    "https://api.whatsapp.com/send/?phone=5511912345678",
])
def test_a_whatsapp_click_to_chat_link_in_the_user_agent_holds_a_phone_number(inside: str) -> None:
    assert detector.user_agent_reason(_user_agent(inside)) == PHONE


@pytest.mark.parametrize("inside", ["wa.me/catalog", "wa.me/123456", "https://wa.me/", "Build 28345671"])
def test_a_click_to_chat_link_without_a_number_or_a_build_number_in_the_user_agent_goes_out(inside: str) -> None:
    assert detector.user_agent_reason(_user_agent(inside)) == ""


@pytest.mark.parametrize(("inside", "expected"), [
    (f"chave pix aleatória: {UUID}", LABELLED_NUMBER), (f"ID No. {KE_ID}", NATIONAL_ID),
    (f"Kitambulisho: {KE_ID}", NATIONAL_ID), (UUID, ""), (f"ID: {KE_ID}", ""),
])
def test_labels_in_the_user_agent_name_the_value_after_them_as_in_text(inside: str, expected: str) -> None:
    assert detector.user_agent_reason(_user_agent(inside)) == expected


@pytest.mark.parametrize("text", [
    "Orden 0001-00045678", "ORDEN 0001-00045678", "Orden de compra 0001-00045678", "0001-00045678",
    "Factura 00003-00012345", "Orden 2024000123",
])
def test_an_argentine_invoice_s_point_of_sale_and_serial_and_an_orden_s_number_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["Orden 0701234567", "0011-23456789", "0010-0045678", "Orden +54 9 11 2345-6789"])
def test_a_phone_number_after_orden_or_shaped_near_a_point_of_sale_is_one(text: str) -> None:
    assert detector.reason(text) == PHONE
