"""Rules closing the phone, Meta id and amount families of the eleventh attack (issue 16): an id holding a
sentence is text (words of any script), a digit run standing alone in the user agent is judged as in free text, a
possessive before a number word labels a person's number, a group in parentheses between two digit groups is a
phone layout (Japan), the grammar of Meta's ids (fbp's random number below 2**31, an fbc payload of words or with a
national id after its tag, a Meta id without a leading 0) and amounts below 12 digits; each with near-misses."""

import json

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import EventError, build_request, click_ids
from meta_capi.decisions import Decisions
from meta_capi.detector import (
    LABELLED_NUMBER,
    NATIONAL_ID,
    PHONE,
    WORDS,
    click_id_reason,
    is_sentence,
    reason,
    user_agent_reason,
)

MS = "1795496400000"
MY_NUMBER = "482173650912"


def body_of(kind, event, **settings):
    return json.loads(build_request(kind, event, make_settings(**settings), now=NOW).body)["data"][0]


@pytest.mark.parametrize(("value", "sentence"), [
    ("मेरा नंबर 9845217306 है", True),  # the vowel signs are no letters to `\w`: still two words
    ("मेरा नंबर ९८४५२१७३०६ है", True),
    ("call me at 612345678", True),
    ("llámame al 612345678", True),
    ("SKU 9845217306", False),  # one word before a number: a labelled code
    ("ORD-2024 000123", False),
    ("A 1 B 2", False),  # single letters are no words
    ("9845217306", False),
])
def test_a_value_of_two_words_or_more_is_a_sentence(value, sentence):
    assert is_sentence(value) is sentence


@pytest.mark.parametrize(("field", "value"), [
    ("order_id", "मेरा नंबर 9845217306 है"),
    ("order_id", "मेरा नंबर ९८४५२१७३०६ है"),
    ("event_id", "call me at 9845217306 please"),
])
def test_an_id_field_holding_a_sentence_with_a_mobile_is_judged_as_text(field, value):
    properties = {"value": "499", "currency": "INR", field: value}
    body = body_of("track", make_event(name="Order Completed", properties=properties))
    assert "9845217306" not in json.dumps(body) and "९८४५" not in json.dumps(body, ensure_ascii=False)


@pytest.mark.parametrize("order_id", ["9845217306", "ORD 9845217306", "INV-2024-000123"])
def test_an_id_field_of_one_word_and_a_number_still_goes_out(order_id):
    properties = {"value": "499", "currency": "INR", "order_id": order_id}
    assert body_of("track", make_event(name="Order Completed", properties=properties))["custom_data"][
        "order_id"] == order_id


UA = "Mozilla/5.0 (Linux; Android 14; {}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"


@pytest.mark.parametrize(("comment", "found"), [
    ("9845217306", PHONE),  # an Indian mobile standing alone
    ("मेरा नंबर 9845217306 है", PHONE),
    ("मेरा नंबर ९८४५२१७३०६ है", PHONE),
    ("2125550173", PHONE),
    # near-misses: a model, a build, an app's build number of 9 digits, a timestamp, a round number
    ("SM-A536B", ""),
    ("SM-A536B Build/UP1A.231005.007", ""),
    ("548323754", ""),
    ("1732875000", ""),
    ("wv", ""),
])
def test_a_digit_run_standing_alone_in_the_user_agent_is_judged_as_in_free_text(comment, found):
    assert user_agent_reason(UA.format(comment)) == found


@pytest.mark.parametrize(("text", "found"), [
    ("mera number 9845217306 hai", PHONE),
    ("Mera Number 9845217306", PHONE),
    ("my number 9845217306", PHONE),
    ("your number 9845217306", PHONE),
    ("mi número 612345678", PHONE),
    ("meine Nummer 015112345678", PHONE),
    ("mon numéro 0612345678", PHONE),
    ("mijn nummer 0612345678", PHONE),
    ("your no 12345678", LABELLED_NUMBER),  # no phone's shape: the label names it
    ("benim numarası 12345678", LABELLED_NUMBER),  # the label's words are folded as the lexicon is (`numarası`)
    ("mi número 12345678", LABELLED_NUMBER),
    # near-misses: a code's label, a shop's own number, a possessive before another word
    ("order number 9845217306", ""),
    ("Call our number 1-800-555-0199", ""),
    ("my order 12345678", ""),
    ("your no 1 fan", ""),
])
def test_a_possessive_before_a_number_word_labels_a_persons_number(text, found):
    assert reason(text) == found


@pytest.mark.parametrize(("text", "found"), [("mera number 9845217306 hai", PHONE),
                                             ("my number 12345678", LABELLED_NUMBER)])
def test_a_possessive_label_makes_the_number_personal_in_an_id_too(text, found):
    assert reason(text, id_like=True) == found


@pytest.mark.parametrize(("text", "id_like", "found"), [
    ("03(5412)8876", False, PHONE),
    ("03(5412)8876", True, PHONE),
    ("０３（５４１２）８８７６", False, PHONE),
    ("０３（５４１２）８８７６", True, PHONE),
    ("TEL 03(5412)8876", False, PHONE),
    ("電話 06(6123)4567 まで", False, PHONE),
    # near-misses: too few digits, a build in brackets, a code, parentheses after a blank
    ("Size 2(3)4", False, ""),
    ("ABC12(34)5678", True, ""),
    ("Android 14 (UP1A.231005.007)", False, ""),
    ("Pack of 12 (6 x 2)", False, ""),
])
def test_a_group_in_parentheses_between_two_digit_groups_is_a_phone_layout(text, id_like, found):
    assert reason(text, id_like=id_like) == found


@pytest.mark.parametrize(("payload", "found"), [
    ("zqpriya-v-okicici", WORDS),  # a UPI id with dashes: one case, no digit
    ("ZQPRIYA_V_OKICICI", WORDS),
    ("IwARAZQPV4821K", NATIONAL_ID),  # a PAN after the fbclid's tag
    ("IwAR_AZQPV4821K", NATIONAL_ID),
    # near-misses: real fbclids, a short payload
    ("IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB", ""),
    ("IwZXh0bgNhZW0CMTEAAR3kLr8tpQe_aem_AbCdEfGhIjKl", ""),
    ("abcdefg", ""),
])
def test_an_fbc_payload_of_words_or_with_a_national_id_is_no_click_id(payload, found):
    assert click_id_reason(payload) == found
    assert (click_ids.creation_time_ms(f"fb.1.{MS}.{payload}", "fbc") is None) is bool(found)


@pytest.mark.parametrize(("random", "valid"), [
    ("1116446470", True), ("2147483647", True), ("1234567890", True), ("7", True),
    ("2147483648", False), ("9845217306", False), ("9999999999", False),
])
def test_the_fbp_random_number_is_below_2_to_the_31(random, valid):
    value = f"fb.1.{MS}.{random}"
    assert click_ids.valid_fbp(value) == (value if valid else "")


@pytest.mark.parametrize("edgee_id", ["6bb171d5-2284-41ee-9889-91af03b71dc5", "another-visitor", "x"])
def test_a_generated_fbp_follows_the_grammar_it_is_judged_by(edgee_id):
    generated = click_ids.generated_fbp(edgee_id, 1_738_597_536)
    assert click_ids.valid_fbp(generated) == generated
    assert 1_000_000_000 <= int(generated.rsplit(".", 1)[1]) < 2**31


@pytest.mark.parametrize(("value", "sent"), [
    ("09048217365", None),  # a Japanese mobile with its trunk 0: no integer is written so
    ("0", None),
    ("100001234567890", 100001234567890),
    ("1", 1),
])
def test_a_meta_id_is_an_integer_without_a_leading_zero(value, sent):
    user_data = body_of("track", make_event(properties={"fb_login_id": value}))["user_data"]
    assert user_data.get("fb_login_id") == sent


@pytest.mark.parametrize(("properties", "message"), [
    ({"value": MY_NUMBER, "currency": "JPY"},
     "property value must be below 100,000,000,000 (12 digits are an id or a phone number, not an amount), "
     "got a number of 12 digits"),
    ({"value": "919845217306", "currency": "INR"},
     "property value must be below 100,000,000,000 (12 digits are an id or a phone number, not an amount), "
     "got a number of 12 digits"),
    ({"currency": "JPY", "contents": json.dumps([{"id": "SKU-1", "item_price": MY_NUMBER}])},
     "a Purchase's value cannot be computed from its products: product 1: item_price must be below "
     "100,000,000,000 (12 digits are an id or a phone number, not an amount), got a number of 12 digits"),
])
def test_an_amount_of_12_digits_is_refused_without_echoing_it(properties, message):
    with pytest.raises(EventError) as error:
        build_request("track", make_event(name="Order Completed", properties=properties), make_settings(), now=NOW)
    assert str(error.value) == message


@pytest.mark.parametrize(("value", "sent"), [
    ("99999999999", 99999999999),  # 11 digits: a house in rupiah or dong
    ("2500000000", 2500000000),
    ("2345678900", 2345678900),
    ("1280", 1280),
    ("12.99", 12.99),
])
def test_an_ordinary_amount_of_any_currency_goes_out(value, sent):
    body = body_of("track", make_event(name="Order Completed", properties={"value": value, "currency": "IDR"}))
    assert body["custom_data"]["value"] == sent


def test_a_predicted_ltv_of_12_digits_is_left_out_with_a_reason():
    record = Decisions()
    event = make_event(name="Subscribe", properties={"predicted_ltv": MY_NUMBER, "currency": "JPY"})
    body = build_request("track", event, make_settings(), now=NOW, record=record).body
    assert "predicted_ltv" not in body and MY_NUMBER not in body
    assert ("predicted_ltv", "must be below 100,000,000,000 (12 digits are an id or a phone number, not an amount): "
            "left out") in record.left_out
