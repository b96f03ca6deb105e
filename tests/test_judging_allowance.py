"""The event's allowance of text to judge (detector.JUDGED_PER_EVENT): what the gate judges is charged before its
judgment, a value past the allowance is left out unjudged with its reason, and nothing is counted outside an event."""

import json

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import EventError, build_request, detector, privacy
from meta_capi.decisions import Decisions

# Ordinary shop text, 1,000 characters a value: 60 of them are twice the allowance.
_TEXT = ("Organic cotton crew neck, heather grey, regular fit " * 20)[:1000]
_KEYS = [f"note_{index:02d}" for index in range(60)]


def _custom_data(record: Decisions) -> dict:
    event = make_event(properties={key: _TEXT for key in _KEYS}, title="Checkout - Example Shop")
    body = build_request("track", event, make_settings(), now=NOW, record=record).body
    return json.loads(body)["data"][0]["custom_data"]


def test_values_past_the_allowance_are_left_out_with_their_reason():
    record = Decisions()
    custom_data = _custom_data(record)
    kept = [key for key in _KEYS if key in custom_data]
    # the properties in the event's order, as many as fit: 32 values of 1,007 characters (key and value) fill
    # 32,224 of the 32,768, and what the name, the page and the user agent were charged before leaves room for them
    assert kept == _KEYS[:32]
    assert all(custom_data[key] == _TEXT for key in kept)
    left_out = [(field, reason) for field, reason in record.left_out if field.startswith("note_")]
    assert left_out == [(key, f"{privacy.OVER_ALLOWANCE}: left out") for key in _KEYS[len(kept):]]


def test_the_allowance_is_a_fresh_one_for_each_event_and_none_outside_an_event():
    first, second = Decisions(), Decisions()
    assert _custom_data(first) == _custom_data(second)  # the second event is not charged for the first's text
    assert first.left_out == second.left_out
    # judged one by one (tests, tools), values are not counted: 40 values of 1,000 characters all go out
    assert [privacy.free_text(_TEXT) for _ in range(40)] == [_TEXT] * 40


def test_the_allowance_is_closed_when_an_event_fails():
    event = make_event(name="jane.doe@example.com")
    with pytest.raises(EventError, match="the track event's name"):
        build_request("track", event, make_settings(), now=NOW)
    assert privacy.free_text(_TEXT) == _TEXT
    assert detector._left_to_judge == [-1]


def test_a_track_name_longer_than_the_allowance_is_an_err_without_its_value():
    name = "Added " * 6000  # 36,000 characters: within the budget's value limit, past the allowance
    with pytest.raises(EventError) as raised:
        build_request("track", make_event(name=name), make_settings(), now=NOW)
    assert str(raised.value) == f"the track event's name {privacy.OVER_ALLOWANCE}: the event is not sent"


def test_a_page_url_past_the_allowance_is_not_sent():
    # the track name (30,000 characters, judged first) leaves too little for a URL of 6,029
    record = Decisions()
    event = make_event(name="Added " * 5000, url="https://shop.example.com/p?" + "q=1&" * 1500 + "q=2")
    server = json.loads(build_request("track", event, make_settings(), now=NOW, record=record).body)["data"][0]
    assert "event_source_url" not in server and server["event_name"] == "Added " * 5000
    assert record.left_out == [("event_source_url", f"{privacy.OVER_ALLOWANCE}: not sent")]
