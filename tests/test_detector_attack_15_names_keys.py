"""Rules closing the name and key families of the fifteenth attack (issue 16): a name's word opening on a prefix
before its capital (an apostrophe, `Mc`, `Mac`, an Irish mutation) and Irish particles; the holder of a card or an
account as a person label (`Titular:`); a log line's fields separated by blanks (`user=Harriet Ashdown`); a custom
event name judged as free text is, object text's keys included; Ireland's post code, the UK's National Insurance and
New Zealand's IRD numbers, a driving licence in both English spellings, as keys. Each with the near misses next to
them that go out."""

import json
from urllib.parse import quote

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import EventError, build_request
from meta_capi.detector import LABELLED_NUMBER, PERSONAL_KEY, key_reason, reason
from meta_capi.postal import PERSON_NAME
from meta_capi.privacy import EMBEDDED_KEY, clean_url, embedded_reason

SHOP = "https://shop.example.com"


@pytest.mark.parametrize("text", [
    "Full name: Siobhan O'Rourke", "Full name: Siobhan O’Rourke", "Name: Aoife D'Arcy", "Recipient: Jo McDonald",
    "Ship to: Ewan MacLeod", "Cardholder: Amadou N'Diaye",
    # Irish particles and the letter a name takes after them
    "Name: Siobhan Mac an tSaoir", "Name: Seán Ó Briain", "Nombre: Seán Ó hAodha", "Name: Pádraig Ó nGallchobhair",
    # after a salutation, and inside object text
    "Dear Mr O'Brien,", "Dear Siobhan McDonald,", '{"note": "Full name: Siobhan O\'Rourke"}',
])
def test_a_name_whose_word_opens_on_an_apostrophe_or_mc_after_a_label_is_a_persons_name(text: str) -> None:
    assert reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Brand: McDonald", "Product: MacBook Pro", "Title: O'Neill Wetsuit", "Colour: Navy Blue",
    "McDonald's Happy Meal Toy", "O'Neill Hoodie, Size: M", "Mac an Cheese Kit", "Dear Evan Hansen (Broadway)",
])
def test_such_words_without_a_person_label_go_out(text: str) -> None:
    assert reason(text) == ""


@pytest.mark.parametrize("text", [
    "Titular: Camila Zúñiga Orellana", "TITULAR: CAMILA ZÚÑIGA ORELLANA", "Titular: Camila Zuniga Orellana",
    "Titulaire: Jeanne Dupont", '{"nota": "Titular: Camila Zúñiga"}',
])
def test_a_name_after_the_holder_label_of_a_card_or_an_account_is_a_persons_name(text: str) -> None:
    assert reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", ["Titular: 600 Mb", "Título: Cien Años", "Titulares del día"])
def test_a_holder_label_before_no_name_and_a_title_go_out(text: str) -> None:
    assert reason(text) == ""


@pytest.mark.parametrize("key", [
    "eircode", "Eircode", "EIRCODE", "eir_code", "billing_eircode",
    "ni_number", "NINumber", "ni_no", "ni_nr", "pps_number", "ppsNo",
    "ird_number", "ird", "IRD", "irdNo",
    "drivers_licence", "driver_license", "drivers_license", "driver_licence", "driving_licence",
    "drivingLicenceNumber", "licence_number", "drivers_licence_number",
    "titular", "Titular", "titulaire", "titular_cuenta",
])
def test_a_post_code_national_number_licence_or_holder_key_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "ni", "pps", "precio_ni_iva", "mini_number", "omni_channel", "bird_number", "third_number", "ird_enabled",
    "licence", "license_key", "licence_type", "store_eircode", "warehouse_eircode", "titulo", "titulo_producto",
])
def test_a_key_near_those_words_is_not_personal(key: str) -> None:
    assert key_reason(key) == ""


def test_those_keys_are_read_in_a_query_and_in_json_text() -> None:
    assert clean_url(f"{SHOP}/c?eircode={quote('D02 X286')}&page=2") == f"{SHOP}/c?page=2"
    assert clean_url(f"{SHOP}/c?ni_number=AB123456D&page=2") == f"{SHOP}/c?page=2"
    assert clean_url(f"{SHOP}/c?page=2&drivers_licence=S1234-56789-01235") == f"{SHOP}/c?page=2"
    assert embedded_reason(json.dumps({"ird_number": "49091850"})) == EMBEDDED_KEY
    assert embedded_reason(json.dumps({"drivers_licence": "S1234-56789-01235"})) == EMBEDDED_KEY


@pytest.mark.parametrize("text", ["IRD number 49-091-850", "IRD No: 49091850"])
def test_a_number_after_the_ird_numbers_label_is_personal(text: str) -> None:
    assert reason(text) == LABELLED_NUMBER


@pytest.mark.parametrize("text", [
    "2024-11-29 INFO checkout user=Harriet Ashdown step=2",
    "level=info msg=checkout user=Harriet Ashdown",
    "2024-11-29T10:00:00Z WARN cart email=x step=2",
    "INFO\tcheckout\tfirst_name=Harriet\tstep=2",
    "note: checkout; INFO user=Harriet Ashdown step=2",
])
def test_a_personal_key_among_a_log_lines_blank_separated_fields_is_read(text: str) -> None:
    assert embedded_reason(text) == EMBEDDED_KEY


@pytest.mark.parametrize("text", [
    "INFO checkout user=admin step=2", "level=info msg=login user=guest", "size=M color=Red fit=Slim",
    "a = b", "Discount code SAVE10=10% off", "x=1 y=2 z=3", "2024-11-29 INFO checkout step=2 ok",
])
def test_a_log_line_whose_fields_name_nothing_personal_goes_out(text: str) -> None:
    assert embedded_reason(text) == ""


@pytest.mark.parametrize("name", [
    '{"first_name":"Caoimhe","last_name":"Fitzgerald"}', "{'email': 'x'}", "signup?first_name=Caoimhe",
    "INFO checkout user=Harriet Ashdown step=2",
])
def test_a_custom_event_name_holding_personal_keys_is_refused_without_echoing_it(name: str) -> None:
    with pytest.raises(EventError) as error:
        build_request("track", make_event(name=name), make_settings(), now=NOW)
    assert str(error.value) == (
        "the track event's name holds a parameter or field with a personal key: the event is not sent")


@pytest.mark.parametrize("name", ["Checkout Step=2", "Sale 50% Off", "{step} viewed", "Quiz {score: 10}"])
def test_a_custom_event_name_with_a_mark_of_parameters_or_object_text_goes_out(name: str) -> None:
    body = json.loads(build_request("track", make_event(name=name), make_settings(), now=NOW).body)
    assert body["data"][0]["event_name"] == name
