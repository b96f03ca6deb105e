"""The event's allowance of text to judge (detector.JUDGED_PER_EVENT): what the gate judges is charged before its
judgment, a value past the allowance is left out unjudged with its reason, and nothing is counted outside an event."""

import json

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import EventError, build_request, decisions, detector, events, privacy
from meta_capi.decisions import Decisions
from meta_capi.settings import parse_settings

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
    assert detector._left_to_judge == -1


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
    # (the URL's parts judged before the allowance ran out are charged, its parts' own reasons taken back; the user
    # agent, judged next, finds nothing left either)
    assert record.left_out == [("event_source_url", f"{privacy.OVER_ALLOWANCE}: not sent"),
                               ("client_user_agent", f"{privacy.OVER_ALLOWANCE}: left out")]


# Text holding parameters: judged whole, then each of its keys (privacy.embedded_reason), each charged its length.
_PARAMETERS = "size=large&colour=red"
_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Shop/2.1 channel=web"


def _judged_within(allowance: int, judge):
    """What `judge()` gives and the reasons it records, with `allowance` characters left to judge."""
    record = Decisions()
    previous = decisions.start(record)
    detector.open_allowance(allowance)
    try:
        return judge(), record.left_out
    finally:
        detector.open_allowance(-1)
        decisions.start(previous)


def test_a_value_whose_parts_run_past_the_allowance_gives_the_allowance_as_its_reason():
    # the whole value fits and finds nothing; the allowance runs out on its first key, which the key test reads as a
    # finding: the value is left out, and its reason is the allowance, not a personal key
    assert _judged_within(len(_PARAMETERS), lambda: privacy.free_text(_PARAMETERS, "note")) == (
        "", [("note", f"{privacy.OVER_ALLOWANCE}: left out")])
    assert _judged_within(len("note") + len(_PARAMETERS), lambda: privacy.custom_refusal("note", _PARAMETERS)) == (
        f"{privacy.OVER_ALLOWANCE}: left out", [])
    assert _judged_within(len(_USER_AGENT), lambda: privacy.user_agent_refusal(_USER_AGENT)) == (
        privacy.OVER_ALLOWANCE, [])
    # with room for every part, the same values go out
    assert _judged_within(200, lambda: privacy.free_text(_PARAMETERS, "note")) == (_PARAMETERS, [])
    assert _judged_within(200, lambda: privacy.custom_refusal("note", _PARAMETERS)) == ("", [])
    assert _judged_within(200, lambda: privacy.user_agent_refusal(_USER_AGENT)) == ("", [])


def test_a_key_past_the_allowance_is_named_as_such_not_as_personal():
    assert _judged_within(3, lambda: detector.property_label("colour")) == (
        "a property whose key was past the allowance to judge", [])
    assert _judged_within(6, lambda: detector.property_label("colour")) == ("colour", [])
    assert _judged_within(200, lambda: detector.property_label("jane@example.com")) == (
        "a property whose key holds personal data", [])


def test_a_track_name_whose_parts_run_past_the_allowance_is_an_err_naming_the_allowance():
    name = "Added size=large&colour=red"
    settings = parse_settings(make_settings())
    event = make_event(name=name)

    def named():
        try:
            return events.event_name("track", event.data, settings)
        except EventError as error:
            return str(error)
    assert _judged_within(len(name), named) == (
        f"the track event's name {privacy.OVER_ALLOWANCE}: the event is not sent", [])
    assert _judged_within(200, named) == (name, [])
