"""Closer 69: attack 43's numbers, request size and `--explain` lines (issue 16's items 1, 4 and 5), and their near
variants both ways: the request's maximum held by the allowance counting each text as often as it is written, one
rule for a value given or computed, no signed zero, a "null" product id absent, a key given twice named, and each
`--explain` line naming its field and its true reason."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Sequence, Tuple

import pytest

from builders import NOW, make_event
from meta_capi import build_request
from meta_capi.budget import MAX_PRODUCTS, MAX_REQUEST
from meta_capi.detector import JUDGED_PER_EVENT, OVER_ALLOWANCE
from meta_capi.diagnostics import Explanation, explain
from meta_capi.errors import MetaCapiError
from meta_capi.values import parse_number
from privacy_attack_cases_2 import ATTACK_SETTINGS

PURCHASE = {"value": "10", "currency": "EUR"}
MAIL = "Vendeline.Qorvath43@example.org"
PHONE = "+44 7700 900431"
PAST = f"{OVER_ALLOWANCE}: left out"
TOO_LARGE = "must be below 100,000,000,000 (12 digits are an id or a phone number, not an amount)"


def run(overrides: Dict[str, Any], kind: str = "track") -> Tuple[str, Explanation, Dict[str, Any], int]:
    """(the Err or "", the explanation, custom_data, the body's size in bytes) of make_event(kind, **overrides)."""
    explanation = explain(kind, make_event(kind, **overrides), ATTACK_SETTINGS, now=NOW)
    try:
        body = build_request(kind, make_event(kind, **overrides), ATTACK_SETTINGS, now=NOW).body
    except MetaCapiError as error:
        return str(error), explanation, {}, 0
    return "", explanation, json.loads(body)["data"][0].get("custom_data", {}), len(body.encode())


def order(products: List[Dict[str, str]], **properties: str) -> Dict[str, Any]:
    return {"name": "Order Completed", "properties": {**PURCHASE, **properties}, "products": products}


def flat(contents: Sequence[Dict[str, Any]], name: str = "Order Completed", **properties: str) -> Dict[str, Any]:
    return {"name": name, "properties": {"currency": "EUR", "contents": json.dumps(contents), **properties}}


# ---- the request's maximum, by construction ------------------------------------------------------------------------

def test_a_title_repeated_over_an_order_is_charged_each_time_it_is_written() -> None:
    products = [{"product_id": f"SKU-{index}", "name": "\U0001f381" * 1250, "price": "1"}
                for index in range(MAX_PRODUCTS)]
    error, explanation, custom, size = run(order(products))
    titled = [content for content in custom["contents"] if "title" in content]
    assert (error, len(titled), len(custom["contents"]), size <= MAX_REQUEST) == ("", 25, 115, True)
    assert ("product 26 name", PAST) in explanation.left_out
    assert ("product 1 name", PAST) not in explanation.left_out


def test_ordinary_titles_repeated_over_200_products_all_go_out() -> None:
    products = [{"product_id": f"SKU-{index}", "name": "Organic cotton T-shirt, navy blue, size M " * 2,
                 "brand": "Acme", "category": "Apparel", "price": "1"} for index in range(MAX_PRODUCTS)]
    error, explanation, custom, _ = run(order(products))
    assert (error, explanation.left_out) == ("", [])
    assert [len(content) for content in custom["contents"]] == [6] * MAX_PRODUCTS  # id, quantity, price, 3 texts


def test_a_product_id_is_charged_for_contents_and_content_ids() -> None:
    products = [{"product_id": f"{index}" + "\U0001f381" * 160, "price": "1"} for index in range(MAX_PRODUCTS)]
    error, explanation, custom, size = run(order(products))
    assert (error, len(custom["contents"]), custom["content_ids"] == [item["id"] for item in custom["contents"]],
            size) == ("", 100, True, 389_115)
    assert explanation.left_out[:2] == [
        ("product 101 product_id", PAST),
        ("contents", "product 101 left out: a priced product without a usable id (product_id, sku or id)")]


def test_the_values_of_a_request_fit_its_maximum_at_12_bytes_a_character() -> None:
    assert 12 * JUDGED_PER_EVENT == 393_216 == MAX_REQUEST - 131_072


ORDER_ID = "ORD-" + "abcdefghij" * 25


@pytest.mark.parametrize(("title", "sent"), [(798, True), (799, False)])
def test_an_order_id_that_is_the_event_id_is_charged_for_both_places(title: int, sent: bool) -> None:
    # 40 products with one title (charged 40 times): one character more each leaves no room for the second write
    products = [{"product_id": f"S{index}", "name": "t" * title} for index in range(40)]
    error, explanation, custom, _ = run(order(products, order_id=ORDER_ID))
    titled = [content for content in custom["contents"] if "title" in content]
    assert (error, len(titled), "order_id" in custom, explanation.event_id) == ("", 40, sent, ORDER_ID)
    assert (("order_id", PAST) in explanation.left_out) is not sent


# ---- one rule for a value, given or computed -----------------------------------------------------------------------

@pytest.mark.parametrize("contents", [
    [{"id": "A", "item_price": 99999999999, "quantity": 2}],
    [{"id": "A", "item_price": 60000000000}, {"id": "B", "item_price": 60000000000}],
    [{"id": "A", "item_price": 9999999999.99, "quantity": 20}]], ids=["11 digits twice", "two of 11", "cents"])
def test_a_purchase_whose_computed_value_has_12_digits_is_an_err(contents: List[Dict[str, Any]]) -> None:
    assert run(flat(contents))[0] == (
        f"a Purchase's value cannot be computed from its products: the products' total {TOO_LARGE}")


def test_another_event_whose_computed_value_has_12_digits_goes_out_without_it_and_says_why() -> None:
    error, explanation, custom, _ = run(flat([{"id": "A", "item_price": 99999999999, "quantity": 2}], "Product Added"))
    assert (error, "value" in custom, custom["content_ids"]) == ("", False, ["A"])
    assert explanation.left_out == [("value", f"not computed: the products' total {TOO_LARGE}")]


@pytest.mark.parametrize(("contents", "value"), [
    ([{"id": "A", "item_price": 99999999999}], 99999999999),
    ([{"id": "A", "item_price": 49999999999, "quantity": 2}], 99999999998),
    ([{"id": "A", "item_price": 19.99, "quantity": 3}], 59.97),
    ([{"id": "A", "item_price": 0.1, "quantity": 3}], 0.3),
    ([{"id": "A", "item_price": "0.000000000000000000001"}], 1e-21),
    ([{"id": "A", "item_price": "0.0000000000000004", "quantity": 2}], 8e-16),
    ([{"id": "A", "item_price": 0}], 0)],
    ids=["11 digits", "11 digits computed", "noise dropped", "0.1 times 3", "1e-21", "4e-16 times 2", "0"])
def test_a_computed_value_goes_out_as_the_same_value_given_would(contents: List[Dict[str, Any]],
                                                                 value: float) -> None:
    error, _, custom, _ = run(flat(contents))
    assert (error, custom["value"]) == ("", value)


# ---- no signed zero -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["-0.0", "-0", "-0e5", "-0.000", "0.0", "-0E-3"])
def test_a_zero_parses_without_its_sign(text: str) -> None:
    number = parse_number(text)
    assert (number, str(number).startswith("-")) == (0, False)


@pytest.mark.parametrize("text", ["-1e-400", "1e-400", "-0.5"])
def test_a_number_below_a_floats_range_is_no_zero_and_a_negative_stays_negative(text: str) -> None:
    assert parse_number(text) == (None if "e-400" in text else -0.5)


def test_every_number_field_sends_a_negative_zero_as_0() -> None:
    error, _, custom, _ = run(flat([{"id": "A", "item_price": -0.0}], value="-0.0", predicted_ltv="-0.0", note="-0.0"))
    assert (error, custom["value"], custom["predicted_ltv"], custom["note"], custom["contents"]) == (
        "", 0.0, 0.0, 0.0, [{"id": "A", "quantity": 1, "item_price": 0.0}])
    assert [str(number) for number in (custom["value"], custom["predicted_ltv"], custom["note"])] == ["0.0"] * 3


# ---- "null" is absent in flat products too ------------------------------------------------------------------------

def test_a_priced_flat_product_whose_id_is_null_is_a_purchases_err() -> None:
    assert run(flat([{"id": "A", "item_price": 2}, {"id": "null", "item_price": 3}]))[0] == (
        "a Purchase's value cannot be computed from its products: product 2: a priced product without a usable id "
        "(product_id, sku or id)")


def test_null_texts_of_a_flat_product_are_absent() -> None:
    error, explanation, custom, _ = run(flat([{"id": "A", "item_price": 2, "title": "null", "sku": "null"},
                                              {"id": "null"}]))
    assert (error, custom["contents"], custom["value"]) == ("", [{"id": "A", "quantity": 1, "item_price": 2}], 2)
    assert explanation.left_out == [("product 2", "no usable id (product_id, sku or id): left out")]


@pytest.mark.parametrize("ids", ["A,null,B", '["A", "null", "B"]', "A, null ,B"])
def test_a_null_among_content_ids_is_absent(ids: str) -> None:
    assert run({"name": "Order Completed", "properties": {**PURCHASE, "content_ids": ids}})[2]["content_ids"] == [
        "A", "B"]


@pytest.mark.parametrize("ids", ["A,nullable,B", '["A", "Null", "B"]'])
def test_ids_near_null_still_go_out(ids: str) -> None:
    assert len(run({"name": "Order Completed", "properties": {**PURCHASE, "content_ids": ids}})[2]["content_ids"]) == 3


# ---- a key given twice -------------------------------------------------------------------------------------------

REPEATED = "given more than once: its last value is used, the earlier ones left out"


def _explain_pairs(pairs: List[Tuple[str, str]], visitor: Sequence[Tuple[str, str]] = ()) -> Tuple[str, Explanation]:
    event = make_event("track", name="Order Completed")
    event.data.properties = pairs
    event.context.user.properties = list(visitor)
    explanation = explain("track", event, ATTACK_SETTINGS, now=NOW)
    try:
        body = build_request("track", event, ATTACK_SETTINGS, now=NOW).body
    except MetaCapiError as error:
        return str(error), explanation
    return body, explanation


@pytest.mark.parametrize("first", ["-5", "10", MAIL, "NaN"])
def test_a_value_given_twice_uses_the_last_and_names_value(first: str) -> None:
    body, explanation = _explain_pairs([("value", first), ("value", "20"), ("currency", "EUR")])
    assert json.loads(body)["data"][0]["custom_data"]["value"] == 20
    assert explanation.left_out == [("value", REPEATED)]


def test_a_value_given_twice_the_last_negative_is_an_err() -> None:
    error, explanation = _explain_pairs([("value", "20"), ("value", "-5"), ("currency", "EUR")])
    assert error == explanation.rejected == "property value must be a finite number of 0 or more, got a negative number"
    assert explanation.left_out == [("value", REPEATED)]


def test_a_key_outside_the_vocabulary_is_named_by_its_first_place_and_a_visitors_too() -> None:
    _, explanation = _explain_pairs([("currency", "EUR"), ("value", "1"), ("zq", "a"), ("zq", "b"), ("zq", "c")],
                                    [("email", "a@example.com"), ("email", "b@example.com")])
    assert explanation.left_out == [("property 3 of properties", REPEATED), ("email", REPEATED)]


def test_a_repeated_keys_place_counts_every_pair_as_the_budget_does() -> None:
    _, explanation = _explain_pairs([("currency", "EUR"), ("value", "1"), ("gift", "null"), ("zq", "a"), ("zq", "b")])
    assert explanation.left_out == [("gift", '"null": treated as absent'), ("property 4 of properties", REPEATED)]


@pytest.mark.parametrize(("pairs", "left_out"), [
    ([("value", "null"), ("value", "20"), ("currency", "EUR")], [("value", '"null": treated as absent')]),
    ([("value", "20"), ("currency", "EUR"), ("Value", "5")], [])], ids=["a null beside it", "another case"])
def test_a_key_given_once_with_a_null_or_in_another_case_is_no_repeat(pairs: List[Tuple[str, str]],
                                                                       left_out: List[Tuple[str, str]]) -> None:
    assert _explain_pairs(pairs)[1].left_out == left_out


# ---- --explain: each line names its field and its true reason ------------------------------------------------------

@pytest.mark.parametrize(("subscription_id", "reason"), [
    (MAIL, "holds an email address: subscription_id not sent"),
    (PHONE, "holds a phone number: subscription_id not sent"),
    ("x" * 257, "subscription_id not sent: longer than 256 characters")])
def test_a_refused_subscription_id_gives_one_line_naming_it_with_what_it_holds(subscription_id: str,
                                                                               reason: str) -> None:
    error, explanation, _, _ = run({"name": "Order Completed", "properties": {
        **PURCHASE, "subscription_id": subscription_id}})
    assert (error, explanation.left_out) == ("", [("subscription_id", reason)])


@pytest.mark.parametrize("subscription_id", ["SUB-2024-0001", "x" * 256, "premium monthly"])
def test_an_ordinary_subscription_id_goes_out(subscription_id: str) -> None:
    event = make_event("track", name="Order Completed", properties={**PURCHASE, "subscription_id": subscription_id})
    body = json.loads(build_request("track", event, ATTACK_SETTINGS, now=NOW).body)
    assert body["data"][0]["user_data"]["subscription_id"] == subscription_id


@pytest.mark.parametrize(("properties", "event_id", "source"), [
    ({"value": "x", "currency": "EUR"}, "11111111-2222-3333-4444-555555555555", "the Edgee uuid"),
    ({"value": "x", "currency": "EUR", "event_id": "E-1"}, "E-1", "the event_id property"),
    ({"value": "1"}, "11111111-2222-3333-4444-555555555555", "the Edgee uuid"),
    ({"opt_out": "x", "order_id": "A-1"}, "A-1", "the order_id property")],
    ids=["a bad value", "a bad value with an event_id", "no currency", "a bad opt_out with an order_id"])
def test_a_refused_event_names_the_event_id_the_mapping_chose(properties: Dict[str, str], event_id: str,
                                                              source: str) -> None:
    error, explanation, _, _ = run({"name": "Order Completed", "properties": properties})
    assert (error != "", explanation.event_id, explanation.event_id_source) == (True, event_id, source)
