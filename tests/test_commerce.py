import json
import re

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from builders import NOW, make_event, make_settings
from meta_capi import EventError, build_request, commerce, decisions
from meta_capi.decisions import Decisions

THREE_PRODUCTS = [
    {"product_id": "SKU-1", "name": "Blue Sneakers", "brand": "Acme", "category": "shoes", "price": "59.99",
     "quantity": "1"},
    {"sku": "SKU-2", "price": "19.99", "quantity": "3"},
    {"id": "SKU-3", "price": "5"},
]


def custom_of(name, properties=None, products=(), **settings):
    event = make_event(name=name, properties=properties, products=products)
    return json.loads(build_request("track", event, make_settings(**settings), now=NOW).body)["data"][0]


def test_commerce_purchase_with_products_has_full_custom_data():
    server = custom_of("Order Completed", {"order_id": "000123", "revenue": "124.96", "currency": "eur",
                                          "coupon": "WINTER"}, THREE_PRODUCTS)
    assert server["event_name"] == "Purchase"
    assert server["custom_data"] == {
        "value": 124.96,
        "currency": "EUR",
        "contents": [
            {"id": "SKU-1", "quantity": 1, "item_price": 59.99, "title": "Blue Sneakers", "brand": "Acme",
             "category": "shoes"},
            {"id": "SKU-2", "quantity": 3, "item_price": 19.99},
            {"id": "SKU-3", "quantity": 1, "item_price": 5},
        ],
        "content_ids": ["SKU-1", "SKU-2", "SKU-3"],
        "content_type": "product",
        "num_items": 5,
        "order_id": "000123",
        "coupon": "WINTER",
    }


def test_commerce_value_is_the_sum_of_prices_when_not_given():
    custom = custom_of("Checkout Started", {"currency": "USD"}, THREE_PRODUCTS)["custom_data"]
    assert custom["value"] == 124.96 and custom["num_items"] == 5


@pytest.mark.parametrize(("key", "value"), [("value", "10"), ("revenue", "10"), ("total", "10")])
def test_commerce_value_comes_from_value_revenue_or_total(key, value):
    assert custom_of("Order Completed", {key: value, "currency": "USD"})["custom_data"] == {
        "value": 10, "currency": "USD"}


def test_commerce_single_product_events_use_their_own_properties():
    server = custom_of("Product Viewed", {"product_id": "P-7", "name": "Red Hat", "price": "25.5",
                                          "category": "hats", "currency": "usd", "brand": "Acme", "color": "red"})
    assert server["event_name"] == "ViewContent"
    assert server["custom_data"] == {
        "value": 25.5, "currency": "USD",
        "contents": [{"id": "P-7", "quantity": 1, "item_price": 25.5, "title": "Red Hat", "brand": "Acme",
                      "category": "hats"}],
        "content_ids": ["P-7"], "content_type": "product", "num_items": 1,
        "content_name": "Red Hat", "content_category": "hats", "color": "red",
    }


def test_commerce_search_and_registration_fields():
    assert custom_of("Products Searched", {"query": "blue shoes"})["custom_data"] == {"search_string": "blue shoes"}
    assert custom_of("Signed Up", {"status": "true", "predicted_ltv": "120.5", "content_name": "Pro plan"})[
        "custom_data"] == {"status": True, "predicted_ltv": 120.5, "content_name": "Pro plan"}


def test_commerce_purchase_without_value_is_an_error():
    with pytest.raises(EventError, match="a Purchase needs a value"):
        custom_of("Order Completed", {"currency": "USD"})


def test_commerce_purchase_without_currency_is_an_error_unless_a_default_is_set():
    with pytest.raises(EventError, match="a Purchase needs a currency"):
        custom_of("Order Completed", {"value": "10"})
    assert custom_of("Order Completed", {"value": "10"}, meta_default_currency="GBP")["custom_data"] == {
        "value": 10, "currency": "GBP"}


@pytest.mark.parametrize(
    ("properties", "message"),
    [({"value": "ten", "currency": "USD"},
      "property value must be a finite number of 0 or more, got text of 3 characters"),
     ({"value": "10", "currency": "EURO"}, "property currency must be an ISO 4217 code, got text of 4 characters")],
)
def test_commerce_bad_value_or_currency_is_an_error_naming_the_property(properties, message):
    with pytest.raises(EventError, match=message):
        custom_of("Product Added", properties)


def test_commerce_ids_and_order_ids_stay_strings_and_bad_quantities_leave_the_product_out():
    products = [{"product_id": "00042", "quantity": "2", "price": "1"}, {"product_id": "7", "quantity": "-1"},
                {"product_id": "8", "quantity": "two"}]
    properties = {"order_id": "0099", "value": "1", "currency": "USD"}
    custom = custom_of("Order Completed", properties, products)["custom_data"]
    assert custom["content_ids"] == ["00042"] and custom["order_id"] == "0099"
    assert [content["quantity"] for content in custom["contents"]] == [2]


def test_commerce_products_without_id_are_left_out():
    custom = custom_of("Checkout Started", {}, [{"name": "no id", "price": "3"}])
    assert "custom_data" not in custom


# Purchases as the Edgee proxy delivers them: flat properties, no products list.
FLAT_CONTENTS = '[{"id":"SKU-1","quantity":2,"item_price":49.99},{"id":"SKU-2","item_price":10,"title":"Cap"}]'


def test_commerce_flat_contents_give_contents_ids_items_and_the_computed_value():
    custom = custom_of("Order Completed", {"contents": FLAT_CONTENTS, "currency": "EUR", "order_id": "A1"})
    assert custom["custom_data"] == {
        "value": 109.98,
        "currency": "EUR",
        "contents": [{"id": "SKU-1", "quantity": 2, "item_price": 49.99},
                     {"id": "SKU-2", "quantity": 1, "item_price": 10, "title": "Cap"}],
        "content_ids": ["SKU-1", "SKU-2"],
        "content_type": "product",
        "num_items": 3,
        "order_id": "A1",
    }


@pytest.mark.parametrize("content_ids", ['["SKU-1", "SKU-2"]', "SKU-1, SKU-2", '["SKU-1", "SKU-2", null]'])
def test_commerce_flat_content_ids_as_json_or_a_comma_list(content_ids):
    custom = custom_of("Product Added", {"content_ids": content_ids})["custom_data"]
    assert custom == {"contents": [{"id": "SKU-1", "quantity": 1}, {"id": "SKU-2", "quantity": 1}],
                      "content_ids": ["SKU-1", "SKU-2"], "content_type": "product", "num_items": 2}


def test_commerce_products_list_wins_over_flat_contents():
    custom = custom_of("Checkout Started", {"contents": FLAT_CONTENTS, "currency": "USD"},
                       [{"product_id": "P-9", "price": "3"}])["custom_data"]
    assert custom["content_ids"] == ["P-9"] and custom["value"] == 3


@pytest.mark.parametrize(
    ("contents", "message"),
    [
        ("{oops", "property contents must be a JSON array of objects, got invalid JSON"),
        ('{"id": "SKU-1"}', "property contents must be a JSON array of objects such as"),
        ("[" * 5000 + "]" * 5000, "property contents must be a JSON array of objects, got JSON nested deeper than 16"),
        ('[{"a":' * 2000 + "1" + "}]" * 2000, "property contents must be a JSON array of objects, got JSON nested"),
        ("[" + '"x",' * 30000 + '"x"]',
         "properties 'contents' is 120005 characters long, more than the 65536 allowed: the event is not sent"),
    ],
)
def test_commerce_bad_flat_contents_are_an_error_naming_the_property(contents, message):
    with pytest.raises(EventError, match=re.escape(message)):
        custom_of("Order Completed", {"contents": contents, "value": "1", "currency": "USD"})


def test_commerce_null_values_from_the_proxy_are_absent():
    custom = custom_of("Order Completed", {"value": "null", "revenue": "12", "currency": "USD", "coupon": "null",
                                           "order_id": "null"}, [{"product_id": "P-1", "price": "null"}])
    assert custom["custom_data"] == {"value": 12, "currency": "USD", "contents": [{"id": "P-1", "quantity": 1}],
                                     "content_ids": ["P-1"], "content_type": "product", "num_items": 1}


@pytest.mark.parametrize(("text", "number"), [("100.0", 100.0), ("1e2", 100.0), ("49.99", 49.99), ("0", 0)])
def test_commerce_numbers_as_the_proxy_prints_them_are_numbers(text, number):
    assert custom_of("Order Completed", {"value": text, "currency": "USD"})["custom_data"]["value"] == number


@pytest.mark.parametrize(
    ("product", "message"),
    [
        ({"product_id": "P-2", "price": "1e309"}, "product 2: price must be a finite number of 0 or more, "
                                                  "got a number too large to be finite"),
        ({"product_id": "P-2", "price": "NaN"}, "product 2: price must be a finite number"),
        ({"product_id": "P-2", "price": "-3"}, "product 2: price must be a finite number of 0 or more"),
        ({"product_id": "P-2", "price": "1", "quantity": "1e308"},
         "product 2: quantity must be a whole number from 1 to 1000000, got a number of 309 digits"),
        ({"product_id": "P-2", "price": "1", "quantity": "1.5"}, "product 2: quantity must be a whole number"),
        ({"product_id": "P-2", "price": "1", "quantity": "0"}, "product 2: quantity must be a whole number"),
    ],
)
def test_commerce_purchase_value_from_an_unusable_product_is_an_error_naming_it(product, message):
    with pytest.raises(EventError, match=re.escape(f"a Purchase's value cannot be computed from its products: "
                                                   f"{message}")):
        custom_of("Order Completed", {"currency": "USD"}, [{"product_id": "P-1", "price": "2"}, product])


def test_commerce_outside_purchase_an_unusable_product_is_left_out_and_no_value_is_computed():
    custom = custom_of("Checkout Started", {"currency": "USD"},
                       [{"product_id": "P-1", "price": "2"}, {"product_id": "P-2", "price": "1e309"}])["custom_data"]
    assert custom == {"currency": "USD", "contents": [{"id": "P-1", "quantity": 1, "item_price": 2}],
                      "content_ids": ["P-1"], "content_type": "product", "num_items": 1}


def test_commerce_flat_contents_with_json_infinity_are_refused_for_a_purchase():
    with pytest.raises(EventError, match=re.escape(
            "product 1: item_price must be a finite number of 0 or more, got a number too large to be finite")):
        custom_of("Order Completed", {"contents": '[{"id":"SKU-1","item_price":1e999}]', "currency": "USD"})


@pytest.mark.parametrize(
    ("properties", "message"),
    [({"value": "-5", "currency": "USD"}, "property value must be a finite number of 0 or more, got a negative number"),
     ({"currency": "USD", "contents": '[{"id":"A","item_price":2},{"item_price":3}]'},
      "a Purchase's value cannot be computed from its products: product 2: a priced product without a usable id"),
     ({"currency": "USD", "contents": '[{"id":"A","item_price":2},{"id":"jo@example.com","item_price":3}]'},
      "a Purchase's value cannot be computed from its products: product 2: a priced product without a usable id"),
     ({"currency": "USD", "contents": '[{"id":"A","item_price":2,"quantity":999999.99999999999}]'},
      "product 1: quantity must be a whole number from 1 to 1000000, got a number that is not whole"),
     # below a float's range: read as 0, which is not what was written
     ({"value": "1e-400", "currency": "USD"},
      "property value must be a finite number of 0 or more, got a number too small to be represented"),
     ({"currency": "USD", "contents": '[{"id":"A","item_price":1e-400}]'},
      "product 1: item_price must be a finite number of 0 or more, got a number too small to be represented")],
)
def test_commerce_numbers_never_change_silently(properties, message):
    with pytest.raises(EventError, match=message):
        custom_of("Order Completed", properties)


def test_commerce_an_unusable_predicted_ltv_is_left_out_with_a_reason():
    record = Decisions()
    event = make_event(name="Subscribe", properties={"predicted_ltv": "-3", "currency": "USD"})
    body = build_request("track", event, make_settings(), now=NOW, record=record).body
    assert "predicted_ltv" not in body
    assert ("predicted_ltv", "must be a finite number of 0 or more: left out") in record.left_out


_PRODUCT_VALUES = st.sampled_from(["", "  ", "SKU-1", " Blue mug ", "jane.doe@example.com", "+1 650 555 1212",
                                   "Acme", "Kitchen", "x" * 3000, "ORD-2024-7781", "name: Jane Doe", "4155552671",
                                   "9845217306"])


@hypothesis_settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(["product_id", "sku", "id", "name", "title", "brand", "category"]),
                       _PRODUCT_VALUES))
def test_a_products_id_and_texts_read_as_the_first_usable_of_their_properties(product):
    # commerce._content reads them in loops unrolled for speed: the same values, the same decisions as _text's.
    unrolled, reference = Decisions(), Decisions()
    previous = decisions.start(unrolled)
    try:
        content = commerce._content(product, 0)
    except commerce.ProductProblem:
        content = None
    decisions.start(reference)
    try:
        expected_id = commerce._text(product, "product_id", "sku", "id", where="product 1 ", id_like=True)
        expected = {"title": commerce._text(product, "name", "title", where="product 1 "),
                    "brand": commerce._text(product, "brand", where="product 1 "),
                    "category": commerce._text(product, "category", where="product 1 ")}
    finally:
        decisions.start(previous)
    if not expected_id:
        assert content is None
        return
    assert content == {"id": expected_id, "quantity": 1, **{key: text for key, text in expected.items() if text}}
    assert unrolled.left_out == reference.left_out


@hypothesis_settings(max_examples=100)
@given(st.lists(st.dictionaries(st.sampled_from(["name", "brand", "category"]), _PRODUCT_VALUES), min_size=1,
                max_size=6))
def test_an_orders_repeated_texts_get_the_verdict_each_product_alone_gets(texts):
    # contents_of remembers the texts of an order that passed (brands and categories repeat): each product must
    # still come out, and be explained, as if it were the order's only one.
    products = [{"id": f"SKU-{position}", **fields} for position, fields in enumerate(texts)]
    together, alone = Decisions(), Decisions()
    previous = decisions.start(together)
    try:
        contents, _ = commerce.contents_of([dict(product) for product in products])
        decisions.start(alone)
        expected = [commerce._content(dict(product), position) for position, product in enumerate(products)]
    finally:
        decisions.start(previous)
    assert contents == [content for content in expected if content is not None]
    assert together.left_out == alone.left_out


def test_an_orders_repeated_personal_brand_is_left_out_of_every_product_with_a_note_each():
    record = Decisions()
    products = [{"product_id": f"SKU-{n}", "brand": "jane.doe@example.com", "category": "mugs"} for n in (1, 2, 3)]
    body = build_request("track", make_event(name="Order Completed", properties={"value": "3", "currency": "EUR"},
                                             products=products), make_settings(), now=NOW, record=record).body
    assert "jane.doe" not in body
    assert json.loads(body)["data"][0]["custom_data"]["contents"] == [
        {"id": f"SKU-{n}", "quantity": 1, "category": "mugs"} for n in (1, 2, 3)]
    assert [field for field, _ in record.left_out if field.endswith("brand")] == [
        "product 1 brand", "product 2 brand", "product 3 brand"]
