"""Meta's own fields where Meta reads them (issue 17), natively: event_id sources, per-event server fields,
unhashed ids, param builder hashes, public IPs only, catalog fields, appsecret_proof, test codes, fbc/fbp
precedence. The same cases run on the built .wasm in test_meta_fields_wasm.py."""

import ipaddress
import json
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builders import EMAIL_HASH, NOW, TOKEN, make_event, make_settings, sha
from meta_capi import EventError, SettingsError, build_request
from meta_capi.meta_fields import _NOT_PUBLIC_V4, META_FIELD_KEYS, client_ip
from meta_capi.settings import parse_settings

HEX = "62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f"
PURCHASE = {"value": "10", "currency": "EUR"}
UUID = "11111111-2222-3333-4444-555555555555"
APP_SECRET = "app-secret-123"
# openssl dgst -sha256 -hmac app-secret-123 of the token EAAtesttoken, computed outside the code under test
PROOF = "aefb92ca51c08e8a5691b079d2db300f90c72c5527ce3b3cebc5a43de9ede6da"


def body_of(kind, event, **settings):
    return json.loads(build_request(kind, event, make_settings(**settings), now=NOW).body)


def server_of(kind, event, **settings):
    return body_of(kind, event, **settings)["data"][0]


@pytest.mark.parametrize(
    ("properties", "event_id"),
    [
        ({"event_id": "evt-1", "order_id": "A-1"}, "evt-1"),
        ({"order_id": "A-1"}, "A-1"),
        ({}, UUID),
        ({"event_id": "jo@example.com", "order_id": "A-1"}, "A-1"),
        ({"event_id": "  ", "order_id": "A-1"}, "A-1"),
        ({"order_id": "order-for-jo@example.com"}, UUID),
    ],
)
def test_a_purchase_takes_event_id_from_the_property_then_the_order_id_then_the_uuid(properties, event_id):
    event = make_event(name="Order Completed", properties={**PURCHASE, **properties})
    assert server_of("track", event)["event_id"] == event_id


def test_a_purchase_with_an_order_id_and_no_event_id_carries_the_order_id_as_event_id():
    event = make_event(name="Order Completed", properties={**PURCHASE, "order_id": "A-1001"})
    assert server_of("track", event) == {
        "event_name": "Purchase", "event_time": NOW - 60, "event_id": "A-1001", "action_source": "website",
        "event_source_url": "https://shop.example.com/product/42",
        "user_data": {"em": EMAIL_HASH, "external_id": [sha("e-1")], "client_ip_address": "93.184.216.34",
                      "client_user_agent": make_event().context.client.user_agent},
        "custom_data": {"value": 10, "currency": "EUR", "order_id": "A-1001"},
    }


def test_per_event_server_fields_go_to_the_event_never_to_custom_data():
    properties = {"opt_out": "true", "action_source": "physical_store", "data_processing_options": "LDU",
                  "data_processing_options_country": "1", "data_processing_options_state": "1000", "color": "red"}
    server = server_of("track", make_event(properties=properties))
    assert {key: server[key] for key in ("action_source", "opt_out", "data_processing_options",
                                         "data_processing_options_country", "data_processing_options_state")} == {
        "action_source": "physical_store", "opt_out": True, "data_processing_options": ["LDU"],
        "data_processing_options_country": 1, "data_processing_options_state": 1000}
    assert server["custom_data"] == {"color": "red"}


@pytest.mark.parametrize("source", ["email", "website", "phone_call", "chat", "physical_store", "system_generated",
                                    "other", " Physical_Store "])
def test_an_action_source_property_meta_lists_and_we_can_send_completely_is_honoured(source):
    server = server_of("track", make_event(properties={"action_source": source}))
    assert server["action_source"] == source.strip().lower()


@pytest.mark.parametrize(
    ("properties", "message"),
    [
        ({"action_source": "app"}, "property action_source = app cannot be sent completely: app events need app_data"),
        ({"action_source": "business_messaging"},
         "property action_source = business_messaging cannot be sent completely: business messaging events need "
         "messaging_channel"),
        ({"action_source": "web"}, "property action_source must be one of chat, email, other, phone_call, "
                                   "physical_store, system_generated, website"),
        ({"opt_out": "yes please"}, "property opt_out must be true or false"),
        ({"data_processing_options": "CCPA"}, 'property data_processing_options must be LDU, ["LDU"], [] or none'),
        ({"data_processing_options": "LDU", "data_processing_options_state": "12"},
         "property data_processing_options_state must be one of [0, 1000, 1001, 1002"),
        ({"data_processing_options": "LDU", "data_processing_options_country": "2"},
         "property data_processing_options_country must be one of [0, 1]"),
    ],
)
def test_an_invalid_per_event_server_field_is_an_err_naming_it_without_its_value(properties, message):
    with pytest.raises(EventError) as error:
        server_of("track", make_event(properties=properties))
    assert str(error.value).startswith(message)


def test_a_physical_store_event_may_be_62_days_old():
    event = make_event(properties={"action_source": "physical_store"}, timestamp=NOW - 30 * 86400)
    assert server_of("track", event)["action_source"] == "physical_store"


@pytest.mark.parametrize(
    ("visitor_ldu", "event_ldu", "settings", "expected"),
    [
        ("LDU", "", {}, (0, 0)),
        ('["LDU"]', "", {}, (0, 0)),
        ("", "ldu", {"meta_ldu_country": "1", "meta_ldu_state": "1000"}, (1, 1000)),
        ("LDU", "[]", {}, None),
        ("", "none", {"meta_ldu": "true"}, (0, 0)),
        ("", "", {}, None),
    ],
)
def test_limited_data_use_applies_per_visitor_or_per_event_and_no_property_turns_the_setting_off(
        visitor_ldu, event_ldu, settings, expected):
    event = make_event(visitor={"email": "a@b.co", "data_processing_options": visitor_ldu},
                       properties={"data_processing_options": event_ldu})
    server = server_of("track", event, **settings)
    if expected is None:
        assert "data_processing_options" not in server
    else:
        assert (server["data_processing_options"], server["data_processing_options_country"],
                server["data_processing_options_state"]) == (["LDU"], *expected)


def test_subscription_fb_login_and_lead_ids_go_unhashed_to_user_data():
    properties = {"subscription_id": " sub_123 ", "fb_login_id": "100012345678901", "lead_id": "1234567890123456"}
    user_data = server_of("track", make_event(properties=properties))["user_data"]
    assert {key: user_data[key] for key in ("subscription_id", "fb_login_id", "lead_id")} == {
        "subscription_id": "sub_123", "fb_login_id": 100012345678901, "lead_id": 1234567890123456}


def test_unhashed_ids_are_read_from_the_visitor_when_the_event_has_none():
    event = make_event(visitor={"email": "a@b.co", "lead_id": "987654321012345"})
    assert server_of("track", event)["user_data"]["lead_id"] == 987654321012345


@pytest.mark.parametrize(
    ("key", "raw"),
    [("fb_login_id", "12ab"), ("fb_login_id", "0"), ("lead_id", "1" * 20), ("lead_id", "-5"), ("lead_id", "1.5"),
     ("lead_id", "٣٤٥"), ("subscription_id", "x" * 257), ("subscription_id", "sub for jo@example.com")],
)
def test_an_invalid_unhashed_id_is_left_out(key, raw):
    server = server_of("track", make_event(properties={key: raw}))
    assert key not in server["user_data"] and key not in server.get("custom_data", {})


@pytest.mark.parametrize("kind", ["page", "track"])
@pytest.mark.parametrize("key", sorted(META_FIELD_KEYS | {"content_type", "delivery_category"}))
def test_no_meta_field_is_ever_copied_into_custom_data(kind, key):
    value = {"opt_out": "false", "action_source": "website", "data_processing_options": "[]",
             "data_processing_options_country": "0", "data_processing_options_state": "0"}.get(key, "x1")
    server = server_of(kind, make_event(kind, properties={key: value, "color": "red"}))
    assert key not in server["custom_data"] and server["custom_data"]["color"] == "red"


PARAM_BUILDER_VALUES = [f"{HEX}.AQYBAAEA", f"{HEX}.Bg", f"{HEX}.AQ", f"{HEX}.a-_Z09xY"]


@pytest.mark.parametrize("value", PARAM_BUILDER_VALUES)
@pytest.mark.parametrize("key", ["em", "ph", "fn", "ln", "ge", "db", "ct", "st", "zp", "country"])
def test_a_param_builder_hash_passes_through_untouched_for_every_hashed_key(key, value):
    property_name = {"em": "email", "ph": "phone", "fn": "first_name", "ln": "last_name", "ge": "gender",
                     "db": "date_of_birth", "ct": "city", "st": "state", "zp": "zip", "country": "country"}[key]
    visitor = {"phone": "+1 650 555 1212", property_name: value}
    assert server_of("track", make_event(visitor=visitor))["user_data"][key] == value


@pytest.mark.parametrize("value", PARAM_BUILDER_VALUES)
def test_a_param_builder_hash_passes_through_untouched_as_external_id(value):
    event = make_event("user", user_id=value, anonymous_id="")
    assert server_of("user", event)["user_data"]["external_id"] == [value]


@pytest.mark.parametrize(
    ("raw", "sent"),
    [(f"{HEX.upper()}.AQYBAAEA", f"{HEX}.AQYBAAEA"), (f" {HEX.upper()} ", HEX),
     (f"{HEX}.abc", sha(f"{HEX}abc")), (f"{HEX}.Zz", sha(f"{HEX}zz")), (f"{HEX}.AQYBAAEAx", sha(f"{HEX}aqybaaeax"))],
)
def test_only_the_forms_meta_writes_pass_through_and_others_are_normalized_as_names(raw, sent):
    assert server_of("track", make_event(visitor={"email": "a@b.co", "first_name": raw}))["user_data"]["fn"] == sent


def test_fbc_and_fbp_with_a_param_builder_appendix_keep_it():
    fbc, fbp = f"fb.1.{(NOW - 3600) * 1000}.IwAR2F4-dbP0.AQYBAAEA", f"fb.1.{(NOW - 3600) * 1000}.1116446470.Bg"
    user_data = server_of("track", make_event(properties={"fbc": fbc, "fbp": fbp}))["user_data"]
    assert (user_data["fbc"], user_data["fbp"]) == (fbc, fbp)


@pytest.mark.parametrize("appendix", ["XY", "ab", "AQYBAAE", "AQYBAAEAx"])
def test_fbc_and_fbp_with_an_appendix_the_param_builder_never_writes_are_not_sent(appendix):
    # The builder's grammar for hashed values and for its ids is one: a known two-character token or eight characters.
    created = (NOW - 3600) * 1000
    fbc, fbp = f"fb.1.{created}.IwAR2F4-dbP0.{appendix}", f"fb.1.{created}.1116446470.{appendix}"
    user_data = server_of("track", make_event(properties={"fbc": fbc, "fbp": fbp}))["user_data"]
    assert "fbc" not in user_data and user_data.get("fbp") != fbp


@pytest.mark.parametrize(
    ("ip", "sent"),
    [
        ("93.184.216.34", "93.184.216.34"), ("2a00:1450:4007:80e::200e", "2a00:1450:4007:80e::200e"),
        ("10.0.0.7", None), ("172.16.5.4", None), ("192.168.1.1", None), ("127.0.0.1", None),
        ("169.254.10.1", None), ("100.64.0.1", None), ("0.0.0.0", None), ("192.0.2.1", None),
        ("198.51.100.4", None), ("203.0.113.7", None), ("198.18.0.1", None), ("224.0.0.1", None),
        ("240.0.0.1", None), ("255.255.255.255", None), ("::1", None), ("::", None), ("fe80::1", None),
        ("fd12:3456::1", None), ("2001:db8::1", None), ("3fff::1", None), ("ff02::1", None),
        ("::ffff:10.0.0.1", None), ("::ffff:93.184.216.34", "93.184.216.34"), ("not an ip", None),
        ("10.0.0.7, 192.168.0.2, 93.184.216.34", "93.184.216.34"), (" , 8.8.8.8", "8.8.8.8"), ("", None),
        ("093.184.216.34", None),
    ],
)
def test_client_ip_address_is_sent_only_when_public(ip, sent):
    user_data = server_of("track", make_event(ip=ip))["user_data"]
    assert user_data.get("client_ip_address") == sent


def test_a_forwarded_list_is_read_up_to_sixteen_addresses():
    assert client_ip(", ".join(["10.0.0.1"] * 16 + ["8.8.8.8"])) == ""
    assert client_ip(", ".join(["10.0.0.1"] * 15 + ["8.8.8.8"])) == "8.8.8.8"


@pytest.mark.parametrize(
    ("source", "companion"),
    [("app", "app events need app_data"), ("business_messaging", "business messaging events need messaging_channel")],
)
def test_settings_refuse_an_action_source_whose_companion_data_cannot_be_sent(source, companion):
    with pytest.raises(SettingsError) as error:
        parse_settings(make_settings(meta_action_source=source))
    assert str(error.value).startswith(f"meta_action_source = {source} cannot be sent completely: {companion}")


@pytest.mark.parametrize(
    ("properties", "expected"),
    [
        ({"content_type": "product_group"}, {"content_type": "product_group"}),
        ({"content_type": "product_group", "content_ids": "G-1,G-2"},
         {"contents": [{"id": "G-1", "quantity": 1}, {"id": "G-2", "quantity": 1}], "content_ids": ["G-1", "G-2"],
          "content_type": "product_group", "num_items": 2}),
        ({"content_type": "sku", "content_ids": "P-1"},
         {"contents": [{"id": "P-1", "quantity": 1}], "content_ids": ["P-1"], "content_type": "product",
          "num_items": 1}),
        ({"delivery_category": "curbside"}, {"delivery_category": "curbside"}),
        ({"delivery_category": "Curbside"}, {}),
        ({"contents": '[{"id":"P-1","delivery_category":"home_delivery"},{"id":"P-2","delivery_category":"drone"}]'},
         {"contents": [{"id": "P-1", "quantity": 1, "delivery_category": "home_delivery"},
                       {"id": "P-2", "quantity": 1}], "content_ids": ["P-1", "P-2"], "content_type": "product",
          "num_items": 2}),
    ],
)
def test_content_type_is_honoured_and_delivery_category_checked_against_metas_values(properties, expected):
    server = server_of("track", make_event(name="Product Viewed", properties=properties))
    assert server.get("custom_data", {}) == expected


def test_appsecret_proof_is_the_hmac_of_the_token_and_the_secret_never_leaves():
    request = build_request("page", make_event("page"), make_settings(meta_app_secret=APP_SECRET), now=NOW)
    body = json.loads(request.body)
    assert (body["access_token"], body["appsecret_proof"]) == (TOKEN, PROOF)
    assert APP_SECRET not in request.body and APP_SECRET not in request.url
    assert "appsecret_proof" not in body_of("page", make_event("page"))


@pytest.mark.parametrize(
    ("allow", "setting", "raw", "expected"),
    [
        ("true", "", "TEST4242", "TEST4242"), ("true", "TEST1", "TEST4242", "TEST4242"),
        ("false", "", "TEST4242", None), ("false", "TEST1", "TEST4242", "TEST1"), ("", "", "TEST4242", None),
        ("true", "TEST1", "no spaces!", "TEST1"),
        ("true", "", "null", None),
        # only Meta's shape, TEST and a few digits: nothing else can ride in the body's test_event_code
        ("true", "TEST1", "QA123", "TEST1"), ("true", "TEST1", "16505550173", "TEST1"),
        ("true", "TEST1", "TEST16505550173", "TEST1"), ("true", "TEST1", "test4242", "TEST1"),
    ],
)
def test_a_test_event_code_property_is_honoured_only_when_the_setting_allows_it(allow, setting, raw, expected):
    body = body_of("track", make_event(properties={"test_event_code": raw}),
                   meta_allow_test_event_code_property=allow, meta_test_event_code=setting)
    assert body.get("test_event_code") == expected
    assert "test_event_code" not in body["data"][0].get("custom_data", {})


FRESH = (NOW - 3600) * 1000
EVENT_FBC, VISITOR_FBC = f"fb.1.{FRESH}.EventClick", f"fb.1.{FRESH}.VisitorClick"
EVENT_FBP, VISITOR_FBP = f"fb.1.{FRESH}.111", f"fb.1.{FRESH}.222"


@pytest.mark.parametrize(
    ("properties", "visitor", "url", "fbc", "fbp"),
    [
        ({"fbc": EVENT_FBC, "fbp": EVENT_FBP}, {"fbc": VISITOR_FBC, "fbp": VISITOR_FBP}, "?fbclid=UrlClick",
         EVENT_FBC, EVENT_FBP),
        ({}, {"fbc": VISITOR_FBC, "fbp": VISITOR_FBP}, "?fbclid=UrlClick", VISITOR_FBC, VISITOR_FBP),
        ({"fbc": "fb.1.x.bad", "fbp": "bad"}, {"fbc": VISITOR_FBC, "fbp": VISITOR_FBP}, "", VISITOR_FBC, VISITOR_FBP),
        ({}, {}, "?fbclid=UrlClick", f"fb.1.{(NOW - 60) * 1000}.UrlClick", "generated"),
    ],
)
def test_fbc_and_fbp_precedence_is_event_then_visitor_then_fbclid_then_generated(properties, visitor, url, fbc, fbp):
    event = make_event(properties=properties, visitor={"email": "a@b.co", **visitor},
                       url="https://shop.example.com/p" + url, first_seen=NOW - 86400)
    user_data = server_of("track", event, meta_generate_fbp="true")["user_data"]
    assert user_data["fbc"] == fbc
    assert user_data["fbp"].startswith(f"fb.1.{(NOW - 86400) * 1000}.") if fbp == "generated" else \
        user_data["fbp"] == fbp


def _client_ip_by_ipaddress(text: str) -> str:
    """What client_ip gives for one address, judged by the ipaddress module alone (no dotted-quad shortcut);
    blanks around it are the list's, as client_ip reads a forwarded-for list."""
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return ""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if isinstance(address, ipaddress.IPv4Address):
        return "" if any(int(address) in range(low, high + 1) for low, high, _ in _NOT_PUBLIC_V4) else str(address)
    return client_ip(text)  # IPv6 takes the module's path anyway


@pytest.mark.parametrize("text", [
    "93.184.216.34", "8.8.8.8", "1.2.3.4", "255.255.255.255", "0.0.0.0", "10.0.0.1", "203.0.113.9",
    "01.2.3.4", "1.2.3.04", "1.2.3.0000", "256.1.1.1", "1.2.3", "1.2.3.4.5", "1..3.4", "1.2.3.٣", "+1.2.3.4",
    "1.2.3.4/32", "::ffff:93.184.216.34", "::ffff:10.0.0.1", "2606:4700::1111",
])
def test_the_dotted_quad_shortcut_judges_an_address_as_the_ipaddress_module_does(text: str) -> None:
    assert client_ip(text) == _client_ip_by_ipaddress(text)


@given(st.lists(st.one_of(st.integers(0, 300).map(str), st.sampled_from(["", "0", "00", "01", "٣", "+1", " 1"])),
                min_size=1, max_size=5).map(".".join))
def test_any_dotted_text_is_judged_as_the_ipaddress_module_does(text: str) -> None:
    assert client_ip(text) == _client_ip_by_ipaddress(text)


def test_the_ipv4_ranges_left_out_are_sorted_and_disjoint_so_one_search_finds_the_range_of_an_address() -> None:
    assert all(high < next_low for (_, high, _), (next_low, _, _) in pairwise(_NOT_PUBLIC_V4))
