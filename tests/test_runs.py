"""cli/runs.py's run_one: each way a call can end becomes the report the proxy's behaviour implies, and a bug
of the harness is not dressed up as one of them."""

import time

import pytest

from builders import make_event, make_settings
from edgee_host.cli.runs import Delivering, run_one
from edgee_host.component.runtime import DataCollectionHost, EventNotPassed
from edgee_host.proxy.config import ComponentEntry
from wasm_support import WASM, initial_memory, retimed, sample

ENTRY = ComponentEntry(id="meta_capi", settings=make_settings())


@pytest.fixture(scope="module")
def limited_host(compiled_component):
    """The real component under a memory limit: a large enough event makes it trap (see test_component_wasm)."""
    engine, component = compiled_component
    return DataCollectionHost(WASM, engine=engine, component=component, memory_limit=initial_memory() + 2 * 2**20)


def test_run_one_reports_a_trap_as_failed_and_the_next_event_still_runs(limited_host):
    edgee_event = sample("track")
    huge = retimed(make_event(properties={"note": "x" * 8_000_000}), int(time.time()) - 5)
    report = run_one(limited_host, ENTRY, 0, edgee_event, huge, Delivering())
    assert report.status == "failed" and report.detail.startswith("component trapped: track trapped:")
    fine = retimed(make_event(), int(time.time()) - 5)
    assert run_one(limited_host, ENTRY, 1, edgee_event, fine, Delivering()).status == "ready"


class _Raising:
    """A host whose call raises `error`: the paths the real component reaches only with rare events."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def call(self, *_: object) -> None:
        raise self.error


def test_run_one_reports_an_event_wasmtime_cannot_lower_as_failed():
    host = _Raising(EventNotPassed("the event cannot be passed to the component: string has a lone surrogate"))
    report = run_one(host, ENTRY, 0, sample("page"), make_event("page"), Delivering())  # type: ignore[arg-type]
    assert (report.status, report.detail) == (
        "failed", "the event cannot be passed to the component: string has a lone surrogate")


@pytest.mark.parametrize("bug", [TypeError("wrong record shape"), KeyError("page")])
def test_run_one_lets_a_bug_of_the_harness_through_with_its_traceback(bug):
    with pytest.raises(type(bug)):
        run_one(_Raising(bug), ENTRY, 0, sample("page"), make_event("page"), Delivering())  # type: ignore[arg-type]
