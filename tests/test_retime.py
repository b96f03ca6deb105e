"""--retime: recorded events replayed now, the gaps between them kept."""

import io
import json

import pytest

from edgee_host.cli import main
from edgee_host.retime import retime
from wasm_support import SAMPLES, WASM

NOW = 1_800_000_000.25  # 2027-01-15T08:00:00.250000Z


def event(timestamp, first_seen="2025-01-01T00:00:00Z", last_seen="2025-02-03T16:00:00Z"):
    return {"uuid": "u", "timestamp": timestamp, "type": "page",
            "context": {"session": {"first_seen": first_seen, "last_seen": last_seen}}}


def test_retime_puts_the_latest_event_at_now_and_keeps_the_gaps():
    document = [event("2025-02-03T16:06:32.809486270Z"), event("2025-02-03T16:07:04.878715197+01:00"),
                event("2025-02-03T15:07:05Z")]
    retime(document, NOW)
    # The first is the latest (the second is 15:07:04.878715Z): 59 min 27.930771 s and 59 min 27.809486 s before it.
    assert [item["timestamp"] for item in document] == [
        "2027-01-15T08:00:00.250000Z", "2027-01-15T07:00:32.319229Z", "2027-01-15T07:00:32.440514Z"]


def test_retime_moves_the_session_with_the_event():
    document = retime(event("2025-02-03T16:00:00Z"), NOW)
    assert document == event("2027-01-15T08:00:00.250000Z", first_seen="2026-12-12T16:00:00.250000Z",
                             last_seen="2027-01-15T08:00:00.250000Z")


@pytest.mark.parametrize(
    "document",
    [[], [{"timestamp": 17}], [{"timestamp": "yesterday"}], ["not an event"], {"uuid": "no timestamp"}],
)
def test_retime_leaves_what_it_cannot_read_for_the_parser_to_report(document):
    before = json.dumps(document)
    assert json.dumps(retime(document, NOW)) == before


@pytest.mark.parametrize(
    ("retimed", "status", "reason"),
    [(False, "ignored", "more than 7 days old: Meta rejects it"), (True, "sent", None)],
)
def test_cli_retime_makes_a_recorded_event_go_through(retimed, status, reason):
    if not WASM.exists():
        pytest.fail("meta_capi.wasm is missing: run `make build`")
    out = io.StringIO()
    args = ["run", "--wasm", str(WASM), "--offline", "--json", "--events-file", str(SAMPLES / "track.json")]
    code = main(args + (["--retime"] if retimed else []), out=out, err=io.StringIO())
    report = json.loads(out.getvalue().splitlines()[0])
    assert (code, report["status"]) == (0, status)
    assert reason is None or report["reason"].endswith(reason)
