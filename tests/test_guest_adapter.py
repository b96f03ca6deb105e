"""The WIT adapter natively, on the generated bindings (make bindings): records in, EdgeeRequest or Err out."""

import json
import sys

import pytest

from builders import EVENTS_URL, NOW, make_event, make_settings
from wasm_support import ROOT

BINDINGS = ROOT / "build" / "bindings"
if not (BINDINGS / "wit_world").exists():
    pytest.skip("bindings not generated: run `make bindings`", allow_module_level=True)
sys.path.insert(0, str(BINDINGS))

from componentize_py_types import Err  # noqa: E402
from wit_world.exports import data_collection as wit  # noqa: E402

import guest  # noqa: E402


def wit_event(kind="track", **overrides):
    core = make_event(kind, timestamp=NOW, **overrides)
    variant = {"page": wit.Data_Page, "track": wit.Data_Track, "user": wit.Data_User}[kind]
    consent = {None: None, "granted": wit.Consent.GRANTED, "pending": wit.Consent.PENDING,
               "denied": wit.Consent.DENIED}[core.consent]
    return wit.Event(core.uuid, core.timestamp, core.timestamp_millis, core.timestamp_micros,
                     getattr(wit.EventType, kind.upper()), variant(core.data), core.context, consent)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setattr("meta_capi.events.time.time", lambda: NOW + 1)


def test_adapter_answers_an_edgee_request():
    answer = guest.DataCollection().track(wit_event(), make_settings())
    assert (answer.method, answer.url, answer.headers, answer.forward_client_headers) == (
        wit.HttpMethod.POST, EVENTS_URL, [("content-type", "application/json")], False)
    assert json.loads(answer.body)["data"][0]["event_name"] == "Button Clicked"


def test_adapter_turns_a_core_error_into_err():
    with pytest.raises(Err) as raised:
        guest.DataCollection().page(wit_event("page", consent="denied"), make_settings())
    assert raised.value.value == "consent was not granted (consent is denied): the event is not sent to Meta"
    assert raised.value.__context__ is None  # raised outside the handler: no traceback cycle


def test_adapter_turns_an_unexpected_failure_into_an_internal_error(monkeypatch):
    def broken(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(guest, "build_request", broken)
    with pytest.raises(Err) as raised:
        guest.DataCollection().user(wit_event("user"), make_settings())
    assert raised.value.value == "internal error: RuntimeError: boom"
