"""The harness on bad input and hostile peers: a clear line and exit 2, or a per-event failure; never a
traceback, a hang or a printed token. And the proxy's behaviours end to end."""

import json
import socket
import threading

import pytest

from cli_support import harness, json_lines, write
from edgee_host.cli.samples import sample_events
from edgee_host.component.interfaces import WIT_DIR
from edgee_host.component.runtime import load_component
from edgee_host.meta.offline_graph_api import DEMO_PIXEL_ID, DEMO_TOKEN, OfflineGraphAPI
from edgee_host.proxy.delivery import send_once
from wasm_support import ROOT, WASM, dummy_component

COUNTER = ROOT / "build" / "counter.wasm"
V100 = (WIT_DIR / "deps" / "edgee-v100" / "data-collection.wit").read_text()


SETTINGS = ["--settings", f"meta_pixel_id={DEMO_PIXEL_ID},meta_access_token={DEMO_TOKEN}"]


def config(tmp_path, extra="", wit_version='wit_version = "1.0.0"\n', token=DEMO_TOKEN):
    return write(tmp_path, "edgee.toml", f"""[[components.data_collection]]
id = "meta_capi"
file = "meta_capi.wasm"
{wit_version}settings.meta_pixel_id = "{DEMO_PIXEL_ID}"
settings.meta_access_token = "{token}"
{extra}""")


def test_every_event_gets_a_fresh_instance_as_in_the_proxy(tmp_path):
    code, out, _ = harness("--settings", "a=b", "--json", "--manifest", write(tmp_path, "none.toml", MINIMAL_MANIFEST),
                           wasm=COUNTER)
    assert code == 0
    assert [report["request"]["body"] for report in json_lines(out)] == [1, 1, 1, 1]  # each instance counted once


MINIMAL_MANIFEST = """manifest-version = 1
[component]
name = "counter"
version = "1.0.0"
category = "data-collection"
subcategory = "analytics"
wit-version = "1.0.0"
[component.build]
command = "true"
output_path = "counter.wasm"
[component.settings.a]
title = "A"
type = "string"
"""


def test_a_get_answer_is_sent_without_body_content_type_or_user_agent(tmp_path):
    with OfflineGraphAPI() as api:
        _, out, _ = harness("--settings", "a=b", "--json", "--send", "--graph-url", api.base_url,
                               "--event-type", "page", "--manifest", write(tmp_path, "m.toml", MINIMAL_MANIFEST),
                               wasm=COUNTER)
    [report] = json_lines(out)
    assert report["request"]["method"] == "GET" and report["sent_headers"] == {}
    [received] = api.received
    assert (received.method, received.path, received.body) == ("GET", "/v26.0/count", None)
    assert "content-type" not in received.headers and "user-agent" not in received.headers
    assert "content-length" not in received.headers


def test_filtering_manipulation_and_batch_rules_run_end_to_end(tmp_path):
    rules = """[[components.data_collection.event_filtering_rules]]
name = "no user calls from this IP"
event_types = ["user"]
conditions = [{ field = "context.client.ip", operator = "eq", value = "93.184.216.34" }]
[[components.data_collection.data_manipulation_rules]]
name = "rename the cart event"
event_types = ["track"]
[[components.data_collection.data_manipulation_rules.manipulations]]
from_property = "Product Added"
to_property = "Lead Generated"
manipulation_type = "replace-event-name"
"""
    events = sample_events()
    code, out, _ = harness("--config", config(tmp_path, rules), "--events-file", write(tmp_path, "e.json", events),
                           "--json")
    reports = json_lines(out)
    assert code == 0
    assert [(r["status"], r.get("event_name"), r.get("reason")) for r in reports] == [
        ("ready", "PageView", None), ("ready", "Lead", None),
        ("skipped", None, "event_filtering_rules: no user calls from this IP"), ("ready", "Purchase", None)]
    first_time = reports[0]["request"]["body"]["data"][0]["event_time"]
    assert [r["request"]["body"]["data"][0]["event_time"] for r in (reports[1], reports[3])] == [first_time + 1] * 2


def test_a_components_map_with_only_false_values_is_dropped_by_the_server(tmp_path):
    events = sample_events()[:1]
    events[0]["components"] = {"all": False}
    code, out, _ = harness(*SETTINGS, "--events-file", write(tmp_path, "e.json", events), "--json")
    assert code == 0
    assert json_lines(out) == [{"index": 0, "type": "page", "component": "-", "status": "skipped",
                           "reason": "the event's components map has no true value: the proxy drops the event"}]


def test_json_lines_survive_a_lone_surrogate_and_a_malformed_event(tmp_path):
    valid = sample_events()[0]
    surrogate = dict(valid, uuid="\ud800")
    text = json.dumps([valid, surrogate, {"type": "page", "timestamp": 3}])
    with OfflineGraphAPI() as api:
        code, out, _ = harness(*SETTINGS, "--send", "--graph-url", api.base_url, "--json",
                               "--events-file", write(tmp_path, "e.json", text))
    reports = json_lines(out)
    assert code == 1 and [r["status"] for r in reports] == ["failed"] * 3  # one refusal loses the request
    assert all("lone surrogate" in r["reason"] for r in reports)
    with OfflineGraphAPI() as api:
        code, out, _ = harness(*SETTINGS, "--send", "--graph-url", api.base_url, "--json", "--lenient",
                               "--events-file", write(tmp_path, "e.json", text))
    reports = json_lines(out)
    assert code == 1 and [r["status"] for r in reports] == ["sent", "failed", "failed"]
    assert "lone surrogate" in reports[1]["reason"] and "timestamp" in reports[2]["reason"]


def toml_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.mark.parametrize("token", ["x", "  EAAspacedtoken123  ", 'EAA"quoted\\token'])
@pytest.mark.parametrize("mode", [["--json"], ["--curl", "--display-input"]])
def test_the_token_is_masked_in_every_output_mode_and_nothing_else_is(tmp_path, token, mode):
    code, out, err = harness("--config", config(tmp_path, token=toml_string(token)[1:-1]), "--event-type", "page",
                             *mode)
    assert code == 0, err
    for form in {token, token.strip(), json.dumps(token.strip())[1:-1]} - {"x"}:
        assert form not in out
    if mode == ["--json"]:
        [report] = json_lines(out)  # still JSON: masking touched nothing but the token, even a one-letter one
        assert report["request"]["body"]["access_token"] == "***"
        assert report["request"]["body"]["data"][0]["event_name"] == "PageView"
    else:  # the token where it stands, whatever its length (a one-letter one too): body, curl, settings shown
        assert '"access_token": "***"' in out and '"access_token":"***"' in out
        assert '"meta_access_token": "***"' in out
        assert f'"access_token": {json.dumps(token)}' not in out and f'"access_token":{json.dumps(token)}' not in out


def test_the_token_is_masked_without_any_manifest(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no edgee-component.toml beside a copied .wasm nor in the working directory
    copy = tmp_path / "meta_capi.wasm"
    copy.write_bytes(WASM.read_bytes())
    code, out, _ = harness("--settings", f"meta_pixel_id={DEMO_PIXEL_ID},meta_access_token=EAAsecretsecret",
                           "--event-type", "page", "--curl", wasm=copy)
    assert code == 0 and "EAAsecretsecret" not in out and "***" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--backoff", "-1"], "--backoff must be a number of seconds from 0 to 60"),
        (["--backoff", "nan"], "--backoff must be a number of seconds from 0 to 60"),
        (["--graph-url", "127.0.0.1:8080", "--send"], "--graph-url must be an http:// or https:// URL"),
        (["--retries", "99"], "--retries must be from 0 to 10"),
    ],
)
def test_bad_flags_are_one_line_and_exit_2(args, message):
    code, _, err = harness(*SETTINGS, *args)
    assert code == 2 and err.startswith(f"edgee-harness: {message}") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("edgee.toml", "components = 5\n", "components must be a table"),
        ("edgee.toml", b"x = '\xff'\n", "cannot be read as UTF-8 text"),
        ("edgee.toml", "x = " + "[" * 100_000 + "]" * 100_000 + "\n", "invalid TOML"),
        ("edgee.toml", '[[components.data_collection]]\nid = "meta_capi"\n', "wit_version is required"),
    ],
)
def test_bad_config_files_are_one_line_and_exit_2(tmp_path, name, content, message):
    code, _, err = harness("--config", write(tmp_path, name, content))
    assert code == 2 and message in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\xff\xfe", "--events-file"), ("[" * 100_000, "--events-file"), ("{oops", "--events-file")],
)
def test_bad_events_files_are_one_line_and_exit_2(tmp_path, content, message):
    code, _, err = harness(*SETTINGS, "--events-file", write(tmp_path, "e.json", content))
    assert code == 2 and err.startswith(f"edgee-harness: {message}") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("manifest", "message"),
    [("manifest-version = 1\n", "[component] is required"), ("= broken", "cannot be read")],
)
def test_a_malformed_manifest_is_one_line_and_exit_2(tmp_path, manifest, message):
    code, _, err = harness(*SETTINGS, "--manifest", write(tmp_path, "m.toml", manifest))
    assert code == 2 and message in err and err.count("\n") == 1


def test_a_missing_manifest_given_explicitly_is_exit_2(tmp_path):
    code, _, err = harness(*SETTINGS, "--manifest", str(tmp_path / "absent.toml"))
    assert code == 2 and "cannot be read" in err


@pytest.mark.parametrize("kind", ["directory", "text", "truncated", "other world"])
def test_a_wasm_that_is_no_data_collection_component_is_exit_2(tmp_path, kind):
    if kind == "directory":
        wasm = tmp_path
    else:
        wasm = tmp_path / "x.wasm"
        if kind == "other world":
            other = V100.replace("package edgee:components;", "package other:thing;")
            content = dummy_component(tmp_path / "other", other, "other:thing/data-collection").read_bytes()
        else:
            content = {"text": b"hello", "truncated": WASM.read_bytes()[:4096]}[kind]
        wasm.write_bytes(content)
    code, _, err = harness(*SETTINGS, "--no-cache", wasm=wasm)
    assert code == 2 and err.startswith("edgee-harness: --wasm") and err.count("\n") == 1


def test_a_corrupt_cached_artifact_is_rebuilt_and_an_unwritable_cache_is_skipped(tmp_path, small_component):
    from wasmtime import Engine

    wasm = small_component  # the cache's rules do not depend on size, and compiles of ours cost seconds
    engine, cache = Engine(), tmp_path / "cache"
    load_component(engine, wasm, cache)
    [artifact] = cache.glob("*.cwasm")
    artifact.write_bytes(artifact.read_bytes()[:1000] + b"garbage")
    assert load_component(engine, wasm, cache) is not None
    assert artifact.read_bytes()[-7:] != b"garbage"  # compiled again and replaced
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    assert load_component(engine, wasm, blocked) is not None


class Peer:
    """A one-connection TCP server on loopback that answers with `behaviour`, then stops by itself."""

    def __init__(self, behaviour):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}/v26.0/1/events"
        self.thread = threading.Thread(target=self._serve, args=(behaviour,), daemon=True)
        self.thread.start()

    def _serve(self, behaviour):
        self.server.settimeout(10)
        try:
            connection, _ = self.server.accept()
            with connection:
                connection.settimeout(10)
                connection.recv(65536)
                behaviour(connection)
        except OSError:
            pass
        finally:
            self.server.close()


def garbage(connection):
    connection.sendall(b"NOT HTTP AT ALL\r\n\r\n")


def drip(connection):
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n")
    for _ in range(20):  # bounded: 20 bytes, one every 0.2 s
        threading.Event().wait(0.2)
        connection.sendall(b"x")


def endless(connection):
    connection.sendall(b"HTTP/1.1 200 OK\r\n\r\n")
    chunk = b"x" * 65536
    for _ in range(64):  # bounded: 4 MiB, more than the harness reads
        connection.sendall(chunk)


@pytest.mark.parametrize(
    ("behaviour", "timeout", "message"),
    [(garbage, 5.0, "BadStatusLine"), (drip, 1.0, "no complete answer within"),
     (endless, 5.0, "answer larger than 1048576 bytes")],
)
def test_a_hostile_server_gives_a_failed_delivery_not_a_crash_or_a_hang(behaviour, timeout, message):
    peer = Peer(behaviour)
    answer = send_once("POST", peer.url, {"content-type": "application/json"}, "{}", timeout=timeout)
    assert not answer.ok and message in answer.message


def test_an_event_the_proxy_would_refuse_is_reported_and_run_only_with_lenient(tmp_path):
    event = sample_events()[0]
    del event["data"]["title"]
    events = write(tmp_path, "e.json", [event])
    code, out, _ = harness(*SETTINGS, "--events-file", events, "--json")
    [report] = json_lines(out)
    assert code == 1 and report["status"] == "failed"
    assert report["reason"] == ("the proxy would lose this whole request (its parser refuses event 0: the proxy's "
                                "parser requires data.title); --lenient runs the events anyway")
    code, out, _ = harness(*SETTINGS, "--events-file", events, "--json", "--lenient")
    assert code == 0 and json_lines(out)[0]["status"] == "ready"


def _finishes(call):
    """`call()`'s value, run in a thread so that a regression that blocks fails the test instead of hanging it."""
    result = []
    worker = threading.Thread(target=lambda: result.append(call()), daemon=True)
    worker.start()
    worker.join(60)
    assert result, "the harness blocked"
    return result[0]


@pytest.mark.parametrize("flag", ["--config", "--settings-file", "--events-file", "--manifest"])
@pytest.mark.parametrize("kind", ["fifo", "device", "oversized"])
def test_an_input_that_is_no_bounded_regular_file_is_one_line_and_exit_2(tmp_path, flag, kind):
    import os

    if kind == "fifo":  # opening it would wait for a writer forever
        path = str(tmp_path / "pipe")
        os.mkfifo(path)
    elif kind == "device":  # /dev/zero never ends
        path = "/dev/zero"
    else:
        path = write(tmp_path, "big", "#" * (64 * 1024 * 1024 + 1))
    settings = [] if flag in ("--config", "--settings-file") else SETTINGS
    code, _, err = _finishes(lambda: harness(*settings, flag, path))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "not a regular file" in err or "larger than" in err


@pytest.mark.parametrize("answer", [b"[" * 500_000, b'{"error":' * 100_000])
def test_a_peer_answer_nested_too_deep_is_a_failed_delivery_not_a_crash(answer):
    def deep(connection):
        connection.sendall(b"HTTP/1.1 400 X\r\ncontent-length: %d\r\n\r\n" % len(answer) + answer)

    result = send_once("POST", Peer(deep).url, {"content-type": "application/json"}, "{}")
    assert not result.ok and "not a JSON object" in result.message


def test_an_event_without_an_instance_is_reported_failed_as_the_proxy_skips_it(compiled_component):
    from edgee_host.component.runtime import ComponentTrap, DataCollectionHost
    from meta_capi.model import Event

    engine, component = compiled_component
    host = DataCollectionHost(WASM, engine=engine, component=component, fresh_instance_per_call=True)
    host.store.set_limits(instances=1)  # as the proxy's store runs out after 10,000 instances in one request
    with pytest.raises(ComponentTrap, match="no instance for page"):
        host.call_raw("page", Event(), [])


def test_a_host_name_that_never_resolves_is_cut_off_by_the_one_deadline(monkeypatch):
    import socket as sockets

    released = threading.Event()
    monkeypatch.setattr(sockets, "getaddrinfo", lambda *args, **kwargs: released.wait(30) and [])
    try:
        answer = send_once("POST", "http://slow.example/v26.0/1/events", {}, "{}", timeout=0.2)
    finally:
        released.set()
    assert not answer.ok and "no complete answer within 0.2 s" in answer.message
