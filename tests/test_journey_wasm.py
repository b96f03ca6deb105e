"""An e-commerce journey and the match-quality settings, through the built .wasm under wasmtime."""

import json
import time

import pytest

from builders import USER_AGENT, make_event, make_settings, sha
from wasm_support import retimed

VISITOR = {"email": "Jane.Doe@Example.com", "mobile": "020 7946 0958", "firstName": "Jane", "lastname": "Doe",
           "postal_code": "SW1A 1AA", "country": "United Kingdom", "fbp": "fb.1.1596403881668.1116446470"}
USER_DATA = {
    "em": sha("jane.doe@example.com"), "ph": sha("442079460958"), "fn": sha("jane"), "ln": sha("doe"),
    "zp": sha("sw1a1aa"), "country": sha("gb"), "external_id": [sha("cust-7")], "client_ip_address": "93.184.216.34",
    "client_user_agent": USER_AGENT, "fbp": "fb.1.1596403881668.1116446470",
}
PRODUCTS = [
    {"product_id": "SKU-1", "name": "Blue Sneakers", "price": "59.99", "quantity": "1"},
    {"product_id": "SKU-2", "price": "9.99", "quantity": "3"},
    {"sku": "SKU-3", "price": "5"},
]
CONTENTS = [
    {"id": "SKU-1", "quantity": 1, "item_price": 59.99, "title": "Blue Sneakers"},
    {"id": "SKU-2", "quantity": 3, "item_price": 9.99},
    {"id": "SKU-3", "quantity": 1, "item_price": 5},
]
CART = {"contents": CONTENTS, "content_ids": ["SKU-1", "SKU-2", "SKU-3"], "content_type": "product", "num_items": 5}


def send(host, name, properties=None, products=(), kind="track", **settings):
    event = retimed(make_event(kind, name=name, properties=properties, products=products, visitor=VISITOR,
                               user_id="Cust-7", user_properties=properties), int(time.time()) - 5)
    outcome = host.call(kind, event, make_settings(**settings))
    assert outcome.error is None, outcome.error
    return json.loads(outcome.request.body)["data"][0]


@pytest.mark.parametrize(
    ("name", "properties", "products", "event_name", "custom_data"),
    [
        ("Product Viewed", {"product_id": "SKU-1", "name": "Blue Sneakers", "price": "59.99", "currency": "gbp"}, (),
         "ViewContent", {"value": 59.99, "currency": "GBP", "content_name": "Blue Sneakers", "num_items": 1,
                         "contents": [{"id": "SKU-1", "quantity": 1, "item_price": 59.99, "title": "Blue Sneakers"}],
                         "content_ids": ["SKU-1"], "content_type": "product"}),
        ("Product Added", {"product_id": "SKU-2", "price": "9.99", "quantity": "3", "currency": "GBP"}, (),
         "AddToCart", {"value": 29.97, "currency": "GBP",
                       "contents": [{"id": "SKU-2", "quantity": 3, "item_price": 9.99}],
                       "content_ids": ["SKU-2"], "content_type": "product", "num_items": 3}),
        ("Checkout Started", {"currency": "GBP"}, PRODUCTS, "InitiateCheckout",
         {"value": 94.96, "currency": "GBP", **CART}),
        ("Order Completed", {"order_id": "000123", "total": "94.96", "currency": "GBP", "coupon": "WINTER"}, PRODUCTS,
         "Purchase", {"value": 94.96, "currency": "GBP", **CART, "order_id": "000123", "coupon": "WINTER"}),
        ("Products Searched", {"query": "running socks"}, (), "Search", {"search_string": "running socks"}),
        ("Signed Up", {"method": "google"}, (), "CompleteRegistration", {"method": "google"}),
    ],
)
def test_journey_each_step_reaches_the_standard_event(host, name, properties, products, event_name, custom_data):
    server = send(host, name, properties, products)
    assert server["event_name"] == event_name
    assert server["custom_data"] == custom_data
    assert server["user_data"] == USER_DATA


def test_journey_settings_change_names_and_currency(host):
    mapping = '{"Quote Requested": "Lead"}'
    assert send(host, "Quote Requested", meta_event_mapping=mapping)["event_name"] == "Lead"
    assert send(host, "Order Completed", meta_standard_events="false", properties={"value": "1"})["event_name"] == (
        "Order Completed")
    assert send(host, "Order Completed", {"value": "5"}, meta_default_currency="EUR")["custom_data"] == {
        "value": 5, "currency": "EUR"}
    assert send(host, "", kind="user", meta_user_event_name="Subscribe")["event_name"] == "Subscribe"


def test_journey_click_ids_event_id_and_ldu(host):
    event = retimed(make_event(url="https://a.com/p?fbclid=IwAR_Case", visitor={"email": "a@b.co"},
                               properties={"event_id": "pixel-42"}, edgee_id="visitor-1", first_seen=1_790_000_000),
                    int(time.time()) - 5)
    settings = make_settings(meta_generate_fbp="true", meta_ldu="true", meta_ldu_country="1", meta_ldu_state="1000",
                             meta_action_source="website")
    server = json.loads(host.call("track", event, settings).request.body)["data"][0]
    assert server["event_id"] == "pixel-42"
    assert server["user_data"]["fbc"] == f"fb.1.{event.timestamp_millis}.IwAR_Case"
    assert server["user_data"]["fbp"].startswith("fb.1.1790000000000.")
    assert server["user_data"]["external_id"] == [sha("visitor-1")]
    assert (server["data_processing_options"], server["data_processing_options_country"],
            server["data_processing_options_state"]) == (["LDU"], 1, 1000)


def test_journey_action_source_and_prehashed_identifiers(host):
    digest = sha("jane.doe@example.com").upper()
    event = retimed(make_event(visitor={"email": f" {digest} ", "phone_number": sha("16505551212")}),
                    int(time.time()) - 5)
    server = json.loads(host.call("track", event, make_settings(meta_action_source="physical_store")).request.body)
    assert server["data"][0]["action_source"] == "physical_store"
    assert (server["data"][0]["user_data"]["em"], server["data"][0]["user_data"]["ph"]) == (
        sha("jane.doe@example.com"), sha("16505551212"))
