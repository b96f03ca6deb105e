"""Attack 43 through the built component (issue 16's done-when: no input the host can hand over makes it trap): a
selection of tests/test_attack_43_messages_numbers_budget.py's hostile inputs (the marker in every field that can
make an Err, refused numbers, each limit of the budget at and over, deep-looking text, events whose request would
pass the documented maximum) sent to meta_capi.wasm through both interfaces the proxy binds. Each call answers a
request or an Err (a trap raises ComponentTrap and fails the test), the Err holds no form of the marker, and it is
the same Err the core gives natively.
"""

from __future__ import annotations

import json
import time
from typing import Any, Dict, List, Tuple

import pytest

from builders import make_event
from edgee_host.component.runtime import DataCollectionHost
from meta_capi import build_request
from meta_capi.budget import MAX_PRODUCTS, MAX_REQUEST, MAX_VALUE
from meta_capi.errors import MetaCapiError
from privacy_attack_cases_2 import ATTACK_SETTINGS
from test_attack_43_messages_numbers_budget import MAIL, MARKERS, NESTED, PLACES, WITHIN_BUDGET, echoes, filled
from wasm_support import retimed

Hostile = Tuple[str, Dict[str, Any], List[Tuple[str, str]]]  # (kind, make_event overrides, added settings)


def _purchase(**properties: str) -> Dict[str, Any]:
    return {"name": "Order Completed", "properties": {"currency": "EUR", **properties}}


def _hostile() -> Dict[str, Hostile]:
    cases: Dict[str, Hostile] = {}
    for place, (kind, overrides, settings, _) in PLACES.items():  # every place with the mailbox
        if place == "consent":  # a WIT enum: no host can hand over another value
            continue
        cases[f"mail in {place}"] = (kind, filled(overrides, MAIL), list(filled(settings, MAIL).items()))
    for marker in ("phone", "full-width mail"):  # a few places with the other markers
        for place in ("value", "currency", "contents with a malformed number", "meta_pixel_id", "key over the budget"):
            kind, overrides, settings, _ = PLACES[place]
            value = MARKERS[marker]
            cases[f"{marker} in {place}"] = (kind, filled(overrides, value), list(filled(settings, value).items()))
    for number in ("NaN", "1e309", "-0.0", "9" * 400, "١٢٣", "1,5", "1e-400", "999999.99999999999"):
        cases[f"value {number[:12]}"] = ("track", _purchase(value=number), [])
        cases[f"quantity {number[:12]}"] = ("track", _purchase(
            contents=json.dumps([{"id": "A", "item_price": 2, "quantity": number}])), [])
    cases["price as a 5000-digit JSON number"] = ("track", _purchase(
        contents='[{"id": "A", "item_price": ' + "9" * 5000 + "}]"), [])
    cases["quantity as JSON -Infinity"] = ("track", _purchase(
        contents='[{"id": "A", "item_price": 2, "quantity": -Infinity}]'), [])
    for name, text in NESTED.items():
        cases[f"{name} as contents"] = ("track", _purchase(value="1", contents=text), [])
        cases[f"{name} as a note"] = ("track", _purchase(value="1", note=text), [])
        cases[f"{name} as meta_event_mapping"] = ("track", {}, [("meta_event_mapping", text)])
    cases["10^5 commas in content_ids"] = ("track", _purchase(value="1", content_ids="," * 100_000), [])
    cases["a value of 1 MB"] = ("track", _purchase(value="1", note="x" * (1 << 20)), [])
    cases["201 products"] = ("track", {"name": "Order Completed", "properties": {"currency": "EUR"}, "products": [
        {"product_id": f"S{index}", "price": "1"} for index in range(MAX_PRODUCTS + 1)]}, [])
    for name, overrides in WITHIN_BUDGET.items():
        cases[f"within the budget: {name}"] = ("track", overrides, [])
    cases["a value at the limit"] = ("track", _purchase(value="1", email="x" * MAX_VALUE), [])
    cases["100,000 properties"] = ("track", {"properties": {f"k{index}": "x" for index in range(100_000)}}, [])
    cases["10,000 products"] = ("track", {"name": "Order Completed", "properties": {"currency": "EUR"},
                                          "products": [{"product_id": "A"}] * 10_000}, [])
    cases["a key of 1 MB"] = ("track", {"properties": {"k" * (1 << 20): "x"}}, [])
    cases["a value of 1 MB of NULs"] = ("track", _purchase(value="1", note="\0" * (1 << 20)), [])
    cases["a visitor value of 1 MB beyond the BMP"] = ("track", {
        "visitor": {"first_name": "\U0001f381" * (1 << 18)}}, [])
    cases["a track name of NULs and controls"] = ("track", {"name": "\0\x1b[31m\x7f" * 100}, [])
    return cases


HOSTILE = _hostile()


def _native_error(kind: str, overrides: Dict[str, Any], settings: List[Tuple[str, str]], now: int) -> str:
    event = retimed(make_event(kind, **overrides), now - 60)
    try:
        build_request(kind, event, [*ATTACK_SETTINGS, *settings], now=now)
    except MetaCapiError as error:
        return str(error)
    return ""


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_input_is_answered_without_a_trap_nor_an_echo(host_each_version: DataCollectionHost,
                                                                 name: str) -> None:
    kind, overrides, settings = HOSTILE[name]
    now = int(time.time())
    answer = host_each_version.call(kind, retimed(make_event(kind, **overrides), now - 60),
                                    [*ATTACK_SETTINGS, *settings])
    error = answer.error or ""
    assert echoes(error) == []
    assert error == _native_error(kind, overrides, settings, now)
    if answer.request is not None:
        assert len(answer.request.body.encode()) <= MAX_REQUEST


# The event's times at the ends of the WIT's s64 (seconds, milliseconds and microseconds each), and zero.
S64 = {"s64 max": 2**63 - 1, "s64 min": -(2**63), "zero": 0, "minus one": -1}


@pytest.mark.parametrize("field", ["timestamp", "timestamp_millis", "timestamp_micros", "all three"])
@pytest.mark.parametrize("time_value", list(S64.values()), ids=list(S64))
def test_an_event_time_at_the_ends_of_s64_is_answered_without_a_trap(host_each_version: DataCollectionHost,
                                                                     field: str, time_value: int) -> None:
    now = int(time.time())
    event = retimed(make_event("track", **_purchase(value="1")), now - 60)
    for name in (["timestamp", "timestamp_millis", "timestamp_micros"] if field == "all three" else [field]):
        setattr(event, name, time_value)
    answer = host_each_version.call("track", event, ATTACK_SETTINGS)
    try:
        build_request("track", event, ATTACK_SETTINGS, now=now)
        native = ""
    except MetaCapiError as error:
        native = str(error)
    assert (answer.error or "") == native


@pytest.mark.parametrize("properties", [
    [("value", "-5"), ("value", "20"), ("currency", "EUR")],
    [("value", "20"), ("value", "-5"), ("currency", "EUR")],
    [("contents", "[" * 60_000), ("contents", "[]"), ("value", "1"), ("currency", "EUR")],
    [("email", MAIL), ("email", "x" * MAX_VALUE), ("value", "1"), ("currency", "EUR")],
], ids=["negative first", "negative last", "deep contents first", "a value at the limit last"])
def test_a_key_given_twice_is_answered_as_the_core_answers(host_each_version: DataCollectionHost,
                                                           properties: List[Tuple[str, str]]) -> None:
    now = int(time.time())
    event = retimed(make_event("track", name="Order Completed"), now - 60)
    event.data.properties = properties
    answer = host_each_version.call("track", event, ATTACK_SETTINGS)
    try:
        native = json.loads(build_request("track", event, ATTACK_SETTINGS, now=now).body)["data"][0]["custom_data"]
    except MetaCapiError as error:
        native = str(error)
    answered: Any = answer.error
    if answer.request is not None:
        answered = json.loads(answer.request.body)["data"][0]["custom_data"]
    assert answered == native
