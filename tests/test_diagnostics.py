"""--explain's core: which match keys an event carries, and why the rest was left out; names, never values."""

import json

from builders import NOW, make_event, make_settings, sha
from meta_capi.diagnostics import DEDUPLICATION_WARNING, explain
from wasm_support import retimed, sample

SETTINGS = make_settings(meta_require_email_or_phone="false")
STALE_FBC = f"fb.1.{(NOW - 100 * 86400) * 1000}.OldClickId"


def test_explain_the_recorded_track_event():
    event = retimed(sample("track").event, NOW - 5)
    explanation = explain("track", event, SETTINGS, now=NOW)
    assert explanation.as_json() == {
        "event_name": "button_click",
        "match_keys": ["em", "external_id", "client_user_agent"],
        "sources": {"em": "email", "external_id": "user_id/anonymous_id"},
        "left_out": [{"property": "client.ip", "reason": "the address not sent as client_ip_address: loopback"}],
        "event_id": "4cffe10b-b5fd-429e-96d2-471f0575005f",
        "event_id_source": "the Edgee uuid",
        "pixel_event_id": "4cffe10b-b5fd-429e-96d2-471f0575005f",
        "deduplication_warning": DEDUPLICATION_WARNING,
        "rejected": "",
    }


def test_explain_names_each_property_left_out_and_why():
    visitor = {"email": "not-an-email", "email_address": "jo@example.com", "country": "Atlantis",
               "date_of_birth": "1990-02-31", "fbc": STALE_FBC, "phone": "null"}
    properties = {"event_id": "order-77", "Phone": "+33 6 12 34 56 78", "note": "call jo@example.com",
                  "coupon": "null", "currency": "USD",
                  "contents": '[{"id":"A","item_price":2},{"id":"B","item_price":"1e999"}]'}
    event = make_event(name="Checkout Started", properties=properties, visitor=visitor,
                       url="https://shop.example.com/p?email=jo%40example.com&utm_source=x")
    explanation = explain("track", event, SETTINGS, now=NOW)
    assert explanation.match_keys == ["em", "external_id", "client_ip_address", "client_user_agent"]
    assert explanation.left_out == [
        ("coupon", '"null": treated as absent'),
        ("email", "em not sent: not an email address"),  # identity in the order of Meta's table
        ("date_of_birth", "db not sent: not a possible date of birth (year 1900 to now)"),
        ("country", "country not sent: not a known country"),
        ("fbc", "created more than 90 days before the event"),
        ("event_source_url", "query parameters with personal data removed"),
        ("contents", "product 2 left out: item_price must be a finite number of 0 or more, "
                     "got a number too large to be finite"),
        ("Phone", "personal key: kept out of custom_data"),
        ("note", "holds an email address: left out"),
    ]
    assert (explanation.event_id, explanation.event_id_source) == ("order-77", "the event_id property")
    assert json.loads(json.dumps(explanation.as_json()))["pixel_event_id"] == "order-77"


def test_explain_says_which_alias_won():
    event = make_event(visitor={"email": "a@example.com", "email_address": "b@example.com"})
    assert explain("track", event, SETTINGS, now=NOW).left_out == [("email_address", "em taken from email instead")]


def test_explain_an_event_id_holding_an_email():
    event = make_event(properties={"event_id": "jo@example.com"})
    explanation = explain("track", event, SETTINGS, now=NOW)
    assert explanation.event_id_source == "the Edgee uuid"
    assert explanation.deduplication_warning == DEDUPLICATION_WARNING
    assert ("event_id", "holds an email address: not sent as event_id") in explanation.left_out


def test_explain_a_purchase_with_an_order_id_and_no_event_id_deduplicates_on_the_order_id():
    properties = {"order_id": "A-1001", "value": "10", "currency": "EUR"}
    explanation = explain("track", make_event(name="Order Completed", properties=properties), SETTINGS, now=NOW)
    assert (explanation.event_id, explanation.event_id_source) == ("A-1001", "the order_id property")
    assert explanation.deduplication_warning == ""


def test_explain_a_purchase_with_neither_warns_that_it_cannot_deduplicate():
    properties = {"value": "10", "currency": "EUR"}
    explanation = explain("track", make_event(name="Order Completed", properties=properties), SETTINGS, now=NOW)
    assert (explanation.event_id, explanation.event_id_source) == (
        "11111111-2222-3333-4444-555555555555", "the Edgee uuid")
    assert explanation.deduplication_warning.startswith("cannot deduplicate with the browser Pixel")


def test_explain_presents_the_decisions_the_mapping_recorded_for_meta_fields():
    properties = {"lead_id": "12ab", "delivery_category": "drone", "content_type": "sku", "test_event_code": "T1",
                  "subscription_id": "x" * 300}
    event = make_event(name="Order Completed", properties={**properties, "value": "1", "currency": "EUR"},
                       ip="192.168.1.2, 2001:db8::1")
    left_out = explain("track", event, SETTINGS, now=NOW).left_out
    assert left_out == [
        ("client.ip", "address 1 of 2 not sent as client_ip_address: private"),
        ("client.ip", "address 2 of 2 not sent as client_ip_address: documentation"),
        ("subscription_id", "subscription_id not sent: longer than 256 characters"),
        ("lead_id", "lead_id not sent: must be a whole number of 1 to 19 digits (a Meta id)"),
        ("content_type", "content_type not sent: must be one of product, product_group"),
        ("delivery_category", "delivery_category not sent: must be one of curbside, home_delivery, in_store"),
        ("test_event_code", "ignored: meta_allow_test_event_code_property is false"),
    ]


def test_explain_an_event_the_component_refuses():
    event = make_event(visitor={}, consent="granted")
    explanation = explain("track", event, make_settings(), now=NOW)
    assert explanation.rejected.startswith("no email or phone number among the visitor's properties")
    assert explanation.match_keys == []


def test_explain_never_prints_a_value():
    visitor = {"email": "Jo.Secret@Example.com", "phone": "+44 7700 900123", "first_name": "Jolene"}
    event = make_event(visitor=visitor, properties={"FirstName": "Jolene", "memo": "mail Jo.Secret@Example.com"})
    text = json.dumps(explain("track", event, SETTINGS, now=NOW).as_json())
    assert [value for value in ("Jo.Secret@Example.com", "jo.secret@example.com", "Jolene", "7700900123")
            if value in text] == []
    assert sha("jo.secret@example.com") not in text


def test_explain_an_invalid_event_fbc_replaced_by_the_visitors():
    fresh = f"fb.1.{(NOW - 3600) * 1000}.VisitorClick"
    event = make_event(properties={"fbc": "fb.1.x.bad"}, visitor={"email": "a@b.co", "fbc": fresh})
    explanation = explain("track", event, SETTINGS, now=NOW)
    assert "fbc" in explanation.match_keys
    assert ("fbc", "not of the form fb.N.TIME.CLICKID") in explanation.left_out


def test_explain_reports_a_personal_name_left_out_of_an_event_with_contents_and_a_product_id():
    properties = {"contents": '[{"id":"A","quantity":1}]', "product_id": "A", "name": "Jolene Smith"}
    event = make_event(name="Product Added", properties=properties)
    assert explain("track", event, SETTINGS, now=NOW).left_out == [("name", "personal key: kept out of custom_data")]


def test_explain_an_event_id_that_is_only_too_long_says_so():
    explanation = explain("track", make_event(properties={"event_id": "x" * 5000}), SETTINGS, now=NOW)
    assert explanation.left_out == [("event_id", "longer than 4096 characters: not sent as event_id")]
    assert explanation.event_id_source == "the Edgee uuid"


def test_explain_names_the_alias_or_source_that_supplied_each_key():
    fresh = f"fb.1.{(NOW - 3600) * 1000}.VisitorClick"
    visitor = {"email": "bad", "email_address": "a@example.com", "mobile": "+33 6 12 34 56 78", "fbc": fresh}
    explanation = explain("track", make_event(visitor=visitor, properties={"fbp": "fb.1.1.x"}), SETTINGS, now=NOW)
    assert {key: explanation.sources[key] for key in ("em", "ph", "fbc")} == {
        "em": "email_address", "ph": "mobile", "fbc": "the visitor's fbc"}
    assert "fbp" not in explanation.sources
    assert ("fbp", "not of the form fb.N.TIME.RANDOM") in explanation.left_out
