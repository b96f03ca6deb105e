import json

import pytest

from builders import EMAIL_HASH, NOW, USER_AGENT, make_event, make_settings, sha
from meta_capi import EventError, build_request
from meta_capi.events import track_event_name
from meta_capi.settings import parse_settings


def server_of(kind, event, **settings):
    return json.loads(build_request(kind, event, make_settings(**settings), now=NOW).body)["data"][0]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Order Completed", "Purchase"), ("  order completed ", "Purchase"), ("Product Purchased", "Purchase"),
        ("purchase", "Purchase"), ("Checkout Started", "InitiateCheckout"), ("Product Added", "AddToCart"),
        ("Product Viewed", "ViewContent"), ("Product List Viewed", "ViewContent"), ("Products Searched", "Search"),
        ("Payment Info Entered", "AddPaymentInfo"), ("Product Added to Wishlist", "AddToWishlist"),
        ("Lead Generated", "Lead"), ("Signed Up", "CompleteRegistration"), ("contact", "Contact"),
        ("CUSTOMIZEPRODUCT", "CustomizeProduct"), ("donate", "Donate"), ("findlocation", "FindLocation"),
        ("schedule", "Schedule"), ("starttrial", "StartTrial"), ("submitapplication", "SubmitApplication"),
        ("subscribe", "Subscribe"), ("button_click", "button_click"), ("Newsletter Opened", "Newsletter Opened"),
    ],
)
def test_events_map_track_names_to_standard_events(name, expected):
    assert track_event_name(name, parse_settings(make_settings())) == expected


def test_events_mapping_setting_extends_and_overrides_the_defaults():
    settings = parse_settings(make_settings(
        meta_event_mapping='{"Order Completed": "OrderDone", "quote requested": "Lead"}'))
    assert track_event_name("order completed", settings) == "OrderDone"
    assert track_event_name("Quote Requested", settings) == "Lead"
    assert track_event_name("Product Added", settings) == "AddToCart"


def test_events_standard_events_off_sends_names_as_given_but_keeps_explicit_mapping():
    settings = parse_settings(make_settings(meta_standard_events="false", meta_event_mapping='{"Bought": "Purchase"}'))
    assert track_event_name("Order Completed", settings) == "Order Completed"
    assert track_event_name("purchase", settings) == "purchase"
    assert track_event_name("bought", settings) == "Purchase"


@pytest.mark.parametrize("name", ["", "   "])
def test_events_empty_track_name_is_an_error(name):
    with pytest.raises(EventError, match="track event has an empty name"):
        server_of("track", make_event(name=name))


def test_events_user_event_is_lead_by_default_and_configurable():
    assert server_of("user", make_event("user"))["event_name"] == "Lead"
    assert server_of("user", make_event("user"), meta_user_event_name="CompleteRegistration")["event_name"] == (
        "CompleteRegistration")


def test_events_user_event_reads_its_own_properties_and_ids_first():
    event = make_event("user", user_id="U-1", anonymous_id="A-1", visitor={"email": "old@example.com"},
                       user_properties={"email": "New@Example.com", "phone": "+33 6 12 34 56 78", "age": "42"})
    event.context.user.user_id, event.context.user.anonymous_id = "ctx-user", "ctx-anon"
    server = server_of("user", event)
    assert server["user_data"]["em"] == sha("new@example.com")
    assert server["user_data"]["ph"] == sha("33612345678")
    assert server["user_data"]["external_id"] == [sha("u-1"), sha("a-1")]
    assert "custom_data" not in server


def test_events_refuse_a_visitor_without_email_or_phone():
    with pytest.raises(EventError, match="no email or phone number among the visitor's properties"):
        server_of("track", make_event(visitor={"first_name": "Mary"}))


def test_events_refuse_an_invalid_email_as_if_missing():
    with pytest.raises(EventError, match="no email or phone number"):
        server_of("track", make_event(visitor={"email": "not an address"}))


def test_events_a_phone_alone_is_enough():
    server = server_of("track", make_event(visitor={"phone_number": "+1 (650) 555-1212"}))
    assert server["user_data"]["ph"] == "e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176"


def test_events_without_the_email_rule_other_identifiers_suffice():
    server = server_of("track", make_event(visitor={}), meta_require_email_or_phone="false")
    assert server["user_data"] == {
        "external_id": [sha("e-1")], "client_ip_address": "93.184.216.34",
        "client_user_agent": USER_AGENT,
    }


def test_events_without_the_email_rule_some_identifier_is_still_needed():
    with pytest.raises(EventError, match="no identifier for Meta to match"):
        server_of("track", make_event(visitor={}, edgee_id="", ip=""), meta_require_email_or_phone="false")


def test_events_external_id_prefers_user_and_anonymous_ids_over_edgee_id():
    event = make_event(user_id="Cust-9", anonymous_id="anon-3")
    assert server_of("track", event)["user_data"]["external_id"] == [sha("cust-9"), sha("anon-3")]
    assert server_of("track", make_event())["user_data"]["external_id"] == [sha("e-1")]


def test_events_event_id_property_overrides_the_uuid():
    server = server_of("track", make_event(properties={"event_id": "pixel-evt-7", "color": "red"}))
    assert server["event_id"] == "pixel-evt-7"
    assert server["custom_data"] == {"color": "red"}


def test_events_personal_data_never_reaches_custom_data():
    properties = {"email": "me@example.com", "phone": "0612345678", "first_name": "Mary", "name": "Mary Smith",
                  "note": "write to me@example.com", "fbc": "x", "plan": "pro"}
    server = server_of("track", make_event(properties=properties))
    assert server["custom_data"] == {"plan": "pro"}


def test_events_fbc_property_is_used_when_fresh_else_built_from_fbclid():
    event_ms = (NOW - 60) * 1000
    given = f"fb.1.{event_ms - 1000}.GivenClick"
    assert server_of("track", make_event(properties={"fbc": given}))["user_data"]["fbc"] == given
    assert server_of("track", make_event(visitor={"email": "a@b.co", "fbc": given}))["user_data"]["fbc"] == given
    from_url = make_event(url="https://a.com/p?fbclid=IwAR_Url", properties={"fbc": "fb.1.1.old"})
    assert server_of("track", from_url)["user_data"]["fbc"] == f"fb.1.{event_ms}.IwAR_Url"
    from_search = make_event(url="https://a.com/p", search="?fbclid=IwAR_Search")
    assert server_of("track", from_search)["user_data"]["fbc"] == f"fb.1.{event_ms}.IwAR_Search"
    assert "fbc" not in server_of("track", make_event())["user_data"]


def test_events_fbp_is_taken_from_properties_or_generated_when_asked():
    fbp = "fb.1.1596403881668.1116446470"
    assert server_of("track", make_event(visitor={"email": "a@b.co", "fbp": fbp}))["user_data"]["fbp"] == fbp
    assert "fbp" not in server_of("track", make_event(first_seen=1_738_597_536))["user_data"]
    generated = server_of("track", make_event(first_seen=1_738_597_536), meta_generate_fbp="true")["user_data"]["fbp"]
    again = server_of("page", make_event("page", first_seen=1_738_597_536), meta_generate_fbp="true")
    assert generated.startswith("fb.1.1738597536000.") and again["user_data"]["fbp"] == generated


def test_events_client_ip_takes_the_first_public_address_of_a_forwarded_list():
    server = server_of("track", make_event(ip="10.0.0.1, 93.184.216.34, 8.8.8.8"))
    assert server["user_data"]["client_ip_address"] == "93.184.216.34"


def test_events_page_custom_data_has_page_fields_and_typed_properties():
    event = make_event("page", title="Home", properties={"logged_in": "true", "items": "3", "zip": "02134"})
    event.data.name, event.data.category = "home", "landing"  # type: ignore[union-attr]
    assert server_of("page", event)["custom_data"] == {
        "page_name": "home", "page_category": "landing", "page_title": "Home", "logged_in": True, "items": 3}


def test_events_hash_the_documented_user_data_from_the_visitor():
    server = server_of("track", make_event(visitor={"email": "John_Smith@gmail.com", "city": "New York"}))
    assert server["user_data"]["em"] == EMAIL_HASH and server["user_data"]["ct"] == sha("newyork")


# A Purchase's order_id is judged once when it is the event_id (passed on to custom_data), else in custom_data too.
@pytest.mark.parametrize(("properties", "event_id", "order_id"), [
    ({"order_id": " A-1001 "}, "A-1001", "A-1001"),
    ({"order_id": "A-1001", "event_id": "evt-9"}, "evt-9", "A-1001"),
    ({"order_id": "jo@example.com"}, "11111111-2222-3333-4444-555555555555", None),
    ({"order_id": "jo@example.com", "event_id": "evt-9"}, "evt-9", None),
])
def test_events_a_purchase_sends_its_order_id_as_the_gate_passed_it(properties, event_id, order_id):
    event = make_event(name="Order Completed", properties={"value": "10", "currency": "EUR", **properties})
    server = server_of("track", event)
    assert (server["event_id"], server["custom_data"].get("order_id")) == (event_id, order_id)
