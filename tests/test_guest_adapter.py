"""The WIT adapter natively, on the generated bindings (make bindings): records in, EdgeeRequest or Err out,
through both interfaces the proxy binds."""

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
from wit_world.exports import data_collection_v100, data_collection_v101  # noqa: E402

import guest  # noqa: E402

ADAPTERS = [(guest.DataCollectionV100, data_collection_v100), (guest.DataCollectionV101, data_collection_v101)]


def wit_event(wit, kind="track", **overrides):
    core = make_event(kind, timestamp=NOW, **overrides)
    variant = {"page": wit.Data_Page, "track": wit.Data_Track, "user": wit.Data_User}[kind]
    consent = None if core.consent is None else wit.Consent[core.consent.upper()]
    return wit.Event(core.uuid, core.timestamp, core.timestamp_millis, core.timestamp_micros,
                     wit.EventType[kind.upper()], variant(core.data), core.context, consent)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setattr("meta_capi.events.time.time", lambda: NOW + 1)


@pytest.mark.parametrize(("adapter", "wit"), ADAPTERS)
def test_adapter_answers_an_edgee_request_of_its_own_interface(adapter, wit):
    answer = adapter().track(wit_event(wit), make_settings())
    assert isinstance(answer, wit.EdgeeRequest)
    assert (answer.method, answer.url, answer.headers, answer.forward_client_headers) == (
        wit.HttpMethod.POST, EVENTS_URL, [("content-type", "application/json")], False)
    assert json.loads(answer.body)["data"][0]["event_name"] == "Button Clicked"


def test_both_interfaces_give_the_same_body():
    bodies = {adapter().page(wit_event(wit, "page"), make_settings()).body for adapter, wit in ADAPTERS}
    assert len(bodies) == 1


@pytest.mark.parametrize(("adapter", "wit"), ADAPTERS)
def test_adapter_turns_a_core_error_into_err(adapter, wit):
    with pytest.raises(Err) as raised:
        adapter().page(wit_event(wit, "page", consent="denied"), make_settings())
    assert raised.value.value == "consent was not granted (consent is denied): the event is not sent to Meta"
    assert raised.value.__context__ is None  # raised outside the handler: no traceback cycle


@pytest.mark.parametrize(("adapter", "wit"), ADAPTERS)
def test_adapter_turns_an_unexpected_failure_into_an_internal_error(monkeypatch, adapter, wit):
    def broken(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(guest, "build_request", broken)
    with pytest.raises(Err) as raised:
        adapter().user(wit_event(wit, "user"), make_settings())
    assert raised.value.value == "internal error: RuntimeError"


@pytest.mark.parametrize("settings", [[], make_settings(), [("meta_pixel_id", "not a number")]])
def test_authenticate_answers_none_whatever_the_settings(settings):
    assert guest.DataCollectionV101().authenticate(settings) is None


@pytest.mark.parametrize(("adapter", "wit"), ADAPTERS)
def test_the_build_time_warm_up_runs_every_export_and_leaves_no_parsed_settings_behind(adapter, wit):
    from meta_capi import settings
    from warm_up import warm_up

    settings.settings_for(make_settings())
    warm_up(adapter(), wit, rounds=1)
    assert settings._CACHE == {}  # the snapshot keeps no settings
