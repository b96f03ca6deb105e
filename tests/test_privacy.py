"""One rule for personal data in free-form fields: keys in any spelling, emails anywhere, URLs cleaned."""

import json

import pytest

from builders import (
    EMAIL,
    NOW,
    PRODUCT_CLEAN,
    make_event,
    make_settings,
    personal_event,
    raw_personal_values,
)
from meta_capi import EventError, build_request
from meta_capi.identity import ALIASES
from meta_capi.privacy import clean_url, contains_email, is_personal_key, key_form

MEGABYTE = 1024 * 1024


def body_of(kind, event, **settings):
    return build_request(kind, event, make_settings(**settings), now=NOW).body


@pytest.mark.parametrize("spelling", ["FirstName", "first-name", "first_name", "firstname", "FIRST NAME"])
def test_privacy_key_spellings_are_one_key(spelling):
    assert key_form(spelling) == "firstname"


@pytest.mark.parametrize("alias", [alias for aliases in ALIASES.values() for alias in aliases])
def test_privacy_every_identity_alias_is_a_personal_key(alias):
    assert is_personal_key(alias)


@pytest.mark.parametrize(
    ("key", "personal"),
    [("Phone", True), ("surname", True), ("customer_name", True), ("tel", True), ("Birthday", True),
     ("billing_phone", True), ("customerEmail", True), ("SSN", True), ("passport_number", True),
     ("street_address", True), ("middle_name", True), ("product_name", False), ("hotel", False),
     ("session_id", False), ("business_name", False), ("color", False), ("category", False)],
)
def test_privacy_recognizes_personal_keys(key, personal):
    assert is_personal_key(key) is personal


@pytest.mark.parametrize(
    ("text", "found"),
    [("a@x.com,b@y.org", True), ("mailto:john@x.com", True), ("contact john@x.com today", True),
     ("john%40x.com", True), ("john&#64;x.com", True), ("john\uff20x.com", True), ("<jo@x.io>", True),
     ("@handle", False), ("user@localhost", False), ("5 @ 3.50", False), ("a@b", False), ("no at sign", False)],
)
def test_privacy_finds_an_email_anywhere_in_text(text, found):
    assert contains_email(text) is found


@pytest.mark.parametrize(
    ("url", "cleaned"),
    [
        ("https://s.com/p?email=jo%40x.com&utm_source=fb&fbclid=AbC", "https://s.com/p?utm_source=fb&fbclid=AbC"),
        ("https://s.com/p?Phone=%2B33612345678&x=1#top", "https://s.com/p?x=1#top"),
        ("https://s.com/p?ref=jo@x.com", "https://s.com/p"),
        ("https://s.com/p?a=1#jo@x.com", "https://s.com/p?a=1"),
        ("https://s.com/u/jo@x.com", None),
        ("https://s.com/p?a=1&b=2", "https://s.com/p?a=1&b=2"),
    ],
)
def test_privacy_cleans_personal_data_out_of_urls(url, cleaned):
    assert clean_url(url) == cleaned


def test_privacy_no_raw_personal_value_leaves_and_the_rest_still_goes_out():
    body = body_of("track", personal_event())
    assert [value for value in raw_personal_values() if value in body] == []
    server = json.loads(body)["data"][0]
    assert server["event_id"] == "11111111-2222-3333-4444-555555555555"  # the uuid stands in for it
    assert server["event_source_url"] == "https://shop.example.com/p?utm_source=news"
    assert "referrer_url" not in server
    assert server["custom_data"] == {
        "currency": "USD",
        "contents": [{"id": "SKU-9", "quantity": 1, "item_price": 7, "title": "Plain Hat"}],
        "content_ids": ["SKU-9"], "content_type": "product", "num_items": 1, "value": 7, "color": "red",
    }


def test_privacy_an_event_name_holding_an_email_is_refused():
    with pytest.raises(EventError, match="the track event's name holds an email address: the event is not sent"):
        body_of("track", make_event(name="Signup of ann@example.org"))


def test_privacy_page_fields_holding_an_email_are_left_out():
    event = make_event("page", title="Welcome ann@example.org")
    event.data.name, event.data.category = "Account", "bob@example.net"  # type: ignore[union-attr]
    assert json.loads(body_of("page", event))["data"][0]["custom_data"] == {"page_name": "Account"}


HOSTILE = {
    "email": "a" * MEGABYTE + "@x.com",
    "phone": "1" * MEGABYTE,
    "first_name": "é" * MEGABYTE,
    "date_of_birth": "1" * MEGABYTE,
    "city": "a." * (MEGABYTE // 2),
    "zip": "1-" * (MEGABYTE // 2),
    "country": "U.S." * (MEGABYTE // 4),
}


@pytest.mark.parametrize("key", sorted(HOSTILE))
def test_privacy_a_megabyte_identifier_is_dropped(key):
    event = make_event(visitor={"email": EMAIL, key: HOSTILE[key]} if key != "email" else {key: HOSTILE[key]})
    outcome = body_of("track", event, meta_require_email_or_phone="false")
    user_data = json.loads(outcome)["data"][0]["user_data"]
    meta_key = next(meta for meta, aliases in ALIASES.items() if key in aliases)
    assert meta_key not in user_data


@pytest.mark.parametrize(
    "value",
    ["a@" * (MEGABYTE // 2), "a." * (MEGABYTE // 2), "%40" * (MEGABYTE // 3), "a" * MEGABYTE + "@x.com",
     "x@y" + "." * MEGABYTE],
)
def test_privacy_a_megabyte_free_form_value_is_left_out_by_its_length(value):
    event = make_event(properties={"note": value, "order_id": value}, url="https://s.com/p?q=" + value[:100_000])
    server = json.loads(body_of("track", event))["data"][0]
    assert "custom_data" not in server and "event_source_url" not in server


@pytest.mark.parametrize(("value", "kept"), [("a" * 4000, True), ("a" * 3990 + " jo@x.com", False),
                                              ("a" * 4097, False)])
def test_privacy_a_free_form_value_up_to_4096_characters_is_checked_whole(value, kept):
    server = json.loads(body_of("track", make_event(properties={"note": value})))["data"][0]
    assert ("note" in server.get("custom_data", {})) is kept


def test_privacy_clean_product_fields_survive_next_to_dirty_ones():
    event = make_event(name="Product Added", products=[PRODUCT_CLEAN])
    content = json.loads(body_of("track", event))["data"][0]["custom_data"]["contents"][0]
    assert content == {"id": "SKU-9", "quantity": 1, "item_price": 7, "title": "Plain Hat"}
