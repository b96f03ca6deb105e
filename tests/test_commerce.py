import json

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import EventError, build_request

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
    [({"value": "ten", "currency": "USD"}, "property value must be a number, got 'ten'"),
     ({"value": "10", "currency": "EURO"}, "property currency must be an ISO 4217 code, got 'EURO'")],
)
def test_commerce_bad_value_or_currency_is_an_error_naming_the_property(properties, message):
    with pytest.raises(EventError, match=message):
        custom_of("Product Added", properties)


def test_commerce_ids_and_order_ids_stay_strings_and_bad_quantities_default_to_one():
    products = [{"product_id": "00042", "quantity": "two", "price": "1"}, {"product_id": "7", "quantity": "-1"}]
    properties = {"order_id": "0099", "value": "1", "currency": "USD"}
    custom = custom_of("Order Completed", properties, products)["custom_data"]
    assert custom["content_ids"] == ["00042", "7"] and custom["order_id"] == "0099"
    assert [content["quantity"] for content in custom["contents"]] == [1, 1]


def test_commerce_products_without_id_are_left_out():
    custom = custom_of("Checkout Started", {}, [{"name": "no id", "price": "3"}])
    assert "custom_data" not in custom
