"""Meta's own fields where Meta reads them (issue 17), on the built meta_capi.wasm under wasmtime, through both
interfaces the proxy binds (wit_version 1.0.0 and 1.0.1): exact payloads, hashes and errors."""

import json
import time

import pytest

from builders import EMAIL_HASH, TOKEN, USER_AGENT, make_event, make_settings, sha
from edgee_host.component.runtime import DataCollectionHost
from meta_capi.meta_fields import META_FIELD_KEYS
from wasm_support import WASM

HEX = "62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f"
UUID = "11111111-2222-3333-4444-555555555555"
PAGE_URL = "https://shop.example.com/product/42"
# openssl dgst -sha256 -hmac app-secret-123 of the token EAAtesttoken, computed outside the code under test
PROOF = "aefb92ca51c08e8a5691b079d2db300f90c72c5527ce3b3cebc5a43de9ede6da"


@pytest.fixture(scope="module")
def hosts(compiled_component):
    engine, component = compiled_component
    return {version: DataCollectionHost(WASM, engine=engine, component=component, wit_version=version)
            for version in ("1.0.0", "1.0.1")}


@pytest.fixture(params=["1.0.0", "1.0.1"])
def host(request, hosts):
    return hosts[request.param]


def now_event(kind="track", **overrides):
    return make_event(kind, timestamp=int(time.time()) - 5, **overrides)


def outcome_of(host, kind, event, **settings):
    return host.call(kind, event, make_settings(**settings))


def body_of(host, kind, event, **settings):
    outcome = outcome_of(host, kind, event, **settings)
    assert outcome.error is None, outcome.error
    return json.loads(outcome.request.body)


def base_user_data(**extra):
    return {"em": EMAIL_HASH, "external_id": [sha("e-1")], "client_ip_address": "93.184.216.34",
            "client_user_agent": USER_AGENT, **extra}


def test_wasm_a_purchase_with_an_order_id_and_no_event_id_carries_the_order_id(host):
    event = now_event(name="Order Completed", properties={"order_id": "A-1001", "value": "10", "currency": "EUR"})
    assert body_of(host, "track", event) == {
        "data": [{
            "event_name": "Purchase", "event_time": event.timestamp, "event_id": "A-1001",
            "action_source": "website", "event_source_url": PAGE_URL, "user_data": base_user_data(),
            "custom_data": {"value": 10, "currency": "EUR", "order_id": "A-1001"},
        }],
        "access_token": TOKEN,
    }


@pytest.mark.parametrize(
    ("properties", "event_id"),
    [({"event_id": "evt-9", "order_id": "A-1"}, "evt-9"), ({}, UUID), ({"event_id": "jo@example.com"}, UUID)],
)
def test_wasm_event_id_is_the_property_else_the_order_id_else_the_uuid(host, properties, event_id):
    event = now_event(name="Order Completed", properties={"value": "10", "currency": "EUR", **properties})
    assert body_of(host, "track", event)["data"][0]["event_id"] == event_id


def test_wasm_per_event_fields_and_unhashed_ids_go_where_meta_reads_them(host):
    properties = {"opt_out": "true", "action_source": "physical_store", "data_processing_options": "LDU",
                  "data_processing_options_country": "1", "data_processing_options_state": "1000",
                  "subscription_id": "sub_123", "fb_login_id": "100012345678901", "lead_id": "1234567890123456",
                  "color": "red"}
    event = now_event(properties=properties)
    assert body_of(host, "track", event)["data"] == [{
        "event_name": "Button Clicked", "event_time": event.timestamp, "event_id": UUID,
        "action_source": "physical_store", "opt_out": True, "event_source_url": PAGE_URL,
        "user_data": base_user_data(subscription_id="sub_123", fb_login_id=100012345678901,
                                    lead_id=1234567890123456),
        "custom_data": {"color": "red"},
        "data_processing_options": ["LDU"], "data_processing_options_country": 1,
        "data_processing_options_state": 1000,
    }]


def test_wasm_a_fake_digest_a_mobile_as_lead_id_and_an_fbp_with_a_trunk_zero_do_not_leave(host):
    padded = (b"minjun.kim88@naver.com" + b"\0" * 10).hex()  # 64 hex characters, text padded with zero bytes
    fresh = int(time.time() * 1000) - 5000
    properties = {"fb_login_id": "966548217365", "lead_id": "201224837165", "fbp": f"fb.1.{fresh}.0983174265"}
    event = now_event(properties=properties, visitor={"email": "John_Smith@gmail.com", "first_name": padded})
    assert body_of(host, "track", event)["data"][0]["user_data"] == base_user_data(fn=sha(padded))  # hashed as a name


def test_wasm_limited_data_use_from_the_visitor(host):
    event = now_event(visitor={"email": "John_Smith@gmail.com", "data_processing_options": "LDU"})
    server = body_of(host, "track", event)["data"][0]
    assert (server["data_processing_options"], server["data_processing_options_country"],
            server["data_processing_options_state"]) == (["LDU"], 0, 0)


@pytest.mark.parametrize("kind", ["page", "track"])
def test_wasm_no_meta_field_is_ever_found_in_custom_data(host, kind):
    properties = {key: "x1" for key in META_FIELD_KEYS | {"content_type", "delivery_category"}}
    properties.update({"opt_out": "false", "action_source": "website", "data_processing_options": "[]",
                       "data_processing_options_country": "0", "data_processing_options_state": "0",
                       "color": "red"})
    server = body_of(host, kind, now_event(kind, properties=properties))["data"][0]
    assert server["custom_data"] == {"color": "red"}


@pytest.mark.parametrize(
    ("properties", "error"),
    [
        ({"action_source": "app"}, "property action_source = app cannot be sent completely: app events need app_data"),
        ({"opt_out": "maybe"}, "property opt_out must be true or false"),
        ({"data_processing_options": "CCPA"}, 'property data_processing_options must be LDU, ["LDU"], [] or none'),
    ],
)
def test_wasm_an_invalid_per_event_field_is_an_err(host, properties, error):
    outcome = outcome_of(host, "track", now_event(properties=properties))
    assert outcome.request is None and outcome.error is not None and outcome.error.startswith(error)


@pytest.mark.parametrize(
    ("source", "error"),
    [("app", "meta_action_source = app cannot be sent completely: app events need app_data (advertiser tracking "
             "flags and the 16 extinfo device fields), which a web event does not carry (Meta accepts such events "
             "and drops them)"),
     ("business_messaging", "meta_action_source = business_messaging cannot be sent completely: business messaging "
                            "events need messaging_channel and the chat's ids (page_id, whatsapp_business_account_id,"
                            " ctwa_clid), which a web event does not carry (Meta accepts such events and drops them)")],
)
def test_wasm_settings_refuse_an_action_source_we_cannot_send_completely(host, source, error):
    assert outcome_of(host, "page", now_event("page"), meta_action_source=source).error == error


def test_wasm_param_builder_hashes_pass_through_untouched(host):
    visitor = {"email": f"{HEX}.AQYBAAEA", "phone": f"{HEX}.Bg", "first_name": f"{HEX.upper()}.AQYBAAEA",
               "city": HEX.upper()}
    fresh = (int(time.time()) - 3600) * 1000
    fbc, fbp = f"fb.1.{fresh}.IwAR2F4-dbP0.AQYBAAEA", f"fb.1.{fresh}.1116446470.Bg"
    event = now_event("user", user_id=f"{HEX}.a-_Z09xY", anonymous_id="", visitor=visitor,
                      user_properties={"fbc": fbc, "fbp": fbp})
    assert body_of(host, "user", event)["data"][0]["user_data"] == {
        "em": f"{HEX}.AQYBAAEA", "ph": f"{HEX}.Bg", "fn": f"{HEX}.AQYBAAEA", "ct": HEX,
        "external_id": [f"{HEX}.a-_Z09xY"], "client_ip_address": "93.184.216.34", "client_user_agent": USER_AGENT,
        "fbc": fbc, "fbp": fbp,
    }


@pytest.mark.parametrize(
    ("ip", "sent"),
    [("10.0.0.7", None), ("127.0.0.1", None), ("169.254.1.1", None), ("203.0.113.7", None), ("2001:db8::1", None),
     ("fe80::1", None), ("10.0.0.7, 192.168.0.2, 93.184.216.34", "93.184.216.34"),
     ("2a00:1450:4007:80e::200e", "2a00:1450:4007:80e::200e"), ("::ffff:93.184.216.34", "93.184.216.34")],
)
def test_wasm_client_ip_address_is_sent_only_when_public(host, ip, sent):
    user_data = body_of(host, "track", now_event(ip=ip))["data"][0]["user_data"]
    assert user_data.get("client_ip_address") == sent


def test_wasm_content_type_and_delivery_category(host):
    properties = {"content_type": "product_group", "delivery_category": "curbside",
                  "contents": '[{"id":"G-1","delivery_category":"in_store"},{"id":"G-2","delivery_category":"x"}]'}
    server = body_of(host, "track", now_event(name="Product Viewed", properties=properties))["data"][0]
    assert server["custom_data"] == {
        "contents": [{"id": "G-1", "quantity": 1, "delivery_category": "in_store"}, {"id": "G-2", "quantity": 1}],
        "content_ids": ["G-1", "G-2"], "content_type": "product_group", "num_items": 2,
        "delivery_category": "curbside"}


def test_wasm_appsecret_proof_is_sent_and_the_secret_never(host):
    outcome = outcome_of(host, "page", now_event("page"), meta_app_secret="app-secret-123")
    body = json.loads(outcome.request.body)
    assert (body["access_token"], body["appsecret_proof"]) == (TOKEN, PROOF)
    assert "app-secret-123" not in outcome.request.body and "app-secret-123" not in outcome.request.url


@pytest.mark.parametrize(("allow", "expected"), [("true", "TEST4242"), ("false", "TEST1")])
def test_wasm_a_test_event_code_property_only_when_allowed(host, allow, expected):
    body = body_of(host, "track", now_event(properties={"test_event_code": "TEST4242"}),
                   meta_allow_test_event_code_property=allow, meta_test_event_code="TEST1")
    assert body["test_event_code"] == expected and "custom_data" not in body["data"][0]


def test_wasm_fbp_and_fbc_from_the_visitors_properties_when_the_event_has_none(host):
    fresh = (int(time.time()) - 3600) * 1000
    visitor = {"email": "John_Smith@gmail.com", "fbc": f"fb.1.{fresh}.VisitorClick", "fbp": f"fb.1.{fresh}.222"}
    event = now_event(visitor=visitor, url=PAGE_URL + "?fbclid=UrlClick")
    user_data = body_of(host, "track", event)["data"][0]["user_data"]
    assert user_data == base_user_data(fbc=f"fb.1.{fresh}.VisitorClick", fbp=f"fb.1.{fresh}.222")
