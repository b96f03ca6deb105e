"""The harness as a tool: every usage error is one line and exit 2, and no secret is printed, whatever the
input (the cases an outside look at the CLI found)."""

from __future__ import annotations

import io
import json
import shlex
from urllib.parse import quote_plus

import pytest

from cli_support import harness, write
from edgee_host.cli.command import main
from edgee_host.cli.masking import Masker, is_secret_name, secrets_of
from edgee_host.meta.offline_graph_api import DEMO_PIXEL_ID, OfflineGraphAPI
from wasm_support import WASM


@pytest.fixture(autouse=True)
def built_component():
    if not WASM.exists():
        pytest.fail("meta_capi.wasm is missing: run `make build`")


ENTRY = '[[components.data_collection]]\nid = "meta_capi"\nfile = "m.wasm"\n'
MANIFEST = """manifest-version = 1
[component]
name = "x"
version = "1.0.0"
wit-version = "1.0.0"
category = "data-collection"
subcategory = "conversion-api"
[component.build]
command = "x"
output_path = "x"
[component.settings.meta_access_token]
title = "t"
type = "string"
"""


@pytest.mark.parametrize(("args", "files", "message"), [
    (["--config", "{edgee}"], {"edgee": ENTRY + 'wit_version = ["1.0.0"]\n'}, "wit_version a list is not one"),
    (["--settings", "meta_access_token=a", "--manifest", "{m}"], {"m": MANIFEST.replace(
        'category = "data-collection"', 'category = ["data-collection"]')}, "component.category must be one of"),
    (["--settings", "meta_access_token=a", "--manifest", "{m}"], {"m": MANIFEST.replace(
        'wit-version = "1.0.0"', "wit-version = [1]")}, "component.wit-version must be a non-empty string"),
    (["--settings", "meta_access_token=a", "--manifest", "{m}"], {"m": MANIFEST.replace(
        'type = "string"', 'type = {a = 1}')}, "component.settings.meta_access_token.type must be one of"),
    (["--offline", "--graph-url", "http://127.0.0.1:99999/"], {}, "--graph-url must be"),
    (["--offline", "--graph-url", "http://[::1/"], {}, "--graph-url must be"),
    (["--offline", "--graph-url", "http://[zz]/"], {}, "--graph-url must be"),
    (["--settings", "meta_pixel_id=1,meta_access_token=ab\udcffcd"], {}, "setting meta_access_token of meta_capi "
                                                                          "is not valid UTF-8"),
])
def test_cli_usage_error_is_one_line_and_exit_2(tmp_path, args, files, message):
    paths = {name: write(tmp_path, name, text) for name, text in files.items()}
    code, out, err = harness(*(arg.format(**paths) for arg in args))
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err
    assert "Traceback" not in err and "ab\udcffcd" not in err


def test_cli_a_token_holding_a_comma_is_not_echoed_by_the_usage_error():
    code, _, err = harness("--settings", f"meta_pixel_id={DEMO_PIXEL_ID},meta_access_token=EAAfirst,SecondHalf9")
    assert code == 2 and "SecondHalf9" not in err and "item 3 has no key=" in err


def test_cli_closed_stdout_is_exit_2_with_one_line():
    out = io.StringIO()
    out.close()
    code, _, err = harness("--offline", out=out)
    assert code == 2 and err == "edgee-harness: standard output is closed: nowhere to report\n"


class BrokenPipe(io.StringIO):
    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")


def test_cli_a_reader_that_goes_away_is_exit_2_with_one_line():
    code, _, err = harness("--offline", out=BrokenPipe())
    assert code == 2 and err == "edgee-harness: standard output was closed by its reader\n"


@pytest.mark.parametrize(("name", "secret"), [
    ("meta_access_token", True), ("signing_key", True), ("apiKey", True), ("client-secret", True),
    ("db_password", True), ("PRIVATE_KEY", True), ("monkey", False), ("keyboard_layout", False),
    ("meta_pixel_id", False), ("tokenizer", False),
])
def test_masking_judges_setting_names_by_their_words(name, secret):
    assert is_secret_name(name) is secret


def test_masking_a_setting_named_key_is_masked_without_a_manifest():
    mask = Masker(secrets_of([("signing_key", "k1"), ("colour", "blue")], None))
    assert mask.value({"a": "k1", "b": "blue"}) == {"a": "***", "b": "blue"}


@pytest.mark.parametrize(("url", "masked"), [
    ("https://graph.example/v1/events?access_token=x&a=b", "https://graph.example/v1/events?access_token=***&a=b"),
    ("https://graph.example/v1/events?t=+x+", "https://graph.example/v1/events?t=***"),
    ("https://graph.example/v1/events?a=xy", "https://graph.example/v1/events?a=xy"),
    ("https://graph.example/v1/events", "https://graph.example/v1/events"),
])
def test_masking_a_url_masks_each_query_value_equal_to_a_secret_and_nothing_else(url, masked):
    assert Masker(["x"]).url(url) == masked


def test_masking_text_masks_every_form_of_a_long_secret():
    secret = 'EAA"long secret\\'
    mask = Masker([secret])
    text = f"{secret} {json.dumps(secret)} {shlex.quote(secret)} {quote_plus(secret)}"
    assert secret not in mask(text) and json.dumps(secret)[1:-1] not in mask(text)
    assert mask(text).count("***") == 4


def test_masking_a_peer_echoing_a_short_token_is_withheld():
    mask = Masker(["Zq7"])
    assert mask.peer("Invalid OAuth access token Zq7.") == "(withheld: the peer's answer quotes a secret setting)"
    assert mask.peer_value({"error": {"message": "bad Zq7", "code": 190}}) == {
        "error": {"message": "(withheld: the peer's answer quotes a secret setting)", "code": 190}}


@pytest.mark.parametrize("mode", [["--json"], []])
def test_cli_a_peer_echoing_a_short_token_never_prints_it(mode):
    with OfflineGraphAPI(tokens=("Zq7",)) as api:
        api.fail_next(400, code=190, message="Invalid OAuth access token: Zq7", transient=False, times=4)
        code, out, err = harness("--settings", f"meta_pixel_id={DEMO_PIXEL_ID},meta_access_token=Zq7", "--send",
                                 "--graph-url", api.base_url, "--event-type", "track", *mode)
    assert code == 1 and "Zq7" not in out and "Zq7" not in err
    if mode:
        assert {json.loads(line)["status"] for line in out.splitlines()} == {"failed"}


TYPED_TOKEN = "EAAtypedTOKEN4242"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["run", "--wasm", str(WASM), f"--setings=meta_access_token={TYPED_TOKEN}"],
         "unrecognized argument: --setings"),
        (["run", "--wasm", str(WASM), "--wit-version", TYPED_TOKEN], "argument --wit-version: invalid choice"),
        (["run", "--wasm", str(WASM), "--batch-size", TYPED_TOKEN], "argument --batch-size: invalid int value"),
        (["run", "--wasm", str(WASM), "--retries", "x"], "argument --retries: invalid int value"),
        (["run", "--wasm", str(WASM), "--settings", "a=b", "--config", "x.toml"], "not allowed with argument"),
        (["run", "--wasm", str(WASM), TYPED_TOKEN], "unrecognized argument (see"),
        (["run"], "the following arguments are required: --wasm"),
        (["nope"], "argument command: invalid choice"),
        ([], "the following arguments are required: command"),
    ],
)
def test_an_argument_error_is_one_line_exit_2_and_never_echoes_what_was_typed(argv, message):
    out, err = io.StringIO(), io.StringIO()
    assert main(argv, out=out, err=err) == 2
    assert err.getvalue().startswith("edgee-harness: ") and err.getvalue().count("\n") == 1
    assert message in err.getvalue() and TYPED_TOKEN not in err.getvalue()


@pytest.mark.parametrize(
    "settings",
    [f"meta_pixel_id=1,meta_access_token={TYPED_TOKEN},edgee_default_consent={TYPED_TOKEN}",
     f"meta_pixel_id=1,meta_access_token={TYPED_TOKEN},edgee_anonymization={TYPED_TOKEN}",
     f"meta_pixel_id=1,meta_access_token={TYPED_TOKEN},{TYPED_TOKEN}=1"],
)
def test_a_usage_error_about_settings_never_prints_a_secret_value(settings):
    code, _, err = harness("--settings", settings)
    assert code == 2 and err.count("\n") == 1 and TYPED_TOKEN not in err


def test_a_host_flag_of_the_wrong_type_in_a_settings_file_is_not_echoed(tmp_path):
    path = write(tmp_path, "s.toml", f'meta_pixel_id = "1"\nmeta_access_token = "{TYPED_TOKEN}"\n'
                                     f'edgee_default_consent = ["{TYPED_TOKEN}"]\n')
    code, _, err = harness("--settings-file", path)
    assert code == 2 and "edgee_default_consent" in err and TYPED_TOKEN not in err


def test_control_characters_of_an_input_are_printed_escaped_not_obeyed(tmp_path):
    from edgee_host.cli.samples import sample_events

    event = sample_events()[1]
    event["data"]["name"] = "Order\x1b[31mRed\x07"
    path = write(tmp_path, "e.json", json.dumps(event))
    code, out, _ = harness("--settings", "meta_pixel_id=1,meta_access_token=EAAx", "--events-file", path)
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "Order\\x1b[31mRed\\x07" in out


@pytest.mark.parametrize("prefix", ["", "a", "ab", "token="])
def test_a_peer_answer_quoting_a_secret_in_base64_is_withheld(prefix):
    import base64

    quoted = base64.b64encode(f"{prefix}{TYPED_TOKEN}!".encode()).decode()
    assert Masker([TYPED_TOKEN]).peer(f"invalid token {quoted}").startswith("(withheld")
    assert Masker([TYPED_TOKEN]).peer("invalid token") == "invalid token"


class FullDevice(io.StringIO):
    """An output that refuses every write, as /dev/full does."""

    def write(self, text):
        import errno
        import os

        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("command", [["run", "--wasm", str(WASM), "--offline"], ["check", "--wasm", str(WASM)]])
def test_an_output_that_cannot_be_written_is_one_line_and_exit_2(command):
    err = io.StringIO()
    assert main(command, out=FullDevice(), err=err) == 2
    assert err.getvalue() == "edgee-harness: standard output cannot be written (No space left on device)\n"


@pytest.mark.parametrize("quoted", [TYPED_TOKEN[:9] + " ... " + TYPED_TOKEN[9:], "prefix" + TYPED_TOKEN[4:12]])
def test_a_peer_answer_quoting_a_piece_of_a_long_secret_is_withheld(quoted):
    assert Masker([TYPED_TOKEN]).peer(f"invalid token {quoted}").startswith("(withheld")


def test_check_prints_a_wasm_path_with_control_characters_escaped(tmp_path):
    link = tmp_path / "m\x1b[0m.wasm"
    link.symlink_to(WASM)
    out = io.StringIO()
    assert main(["check", "--wasm", str(link)], out=out, err=io.StringIO()) == 0
    assert "\x1b" not in out.getvalue() and "m\\x1b[0m.wasm: " in out.getvalue()


@pytest.mark.parametrize("command", ["run", "check"])
def test_a_wasm_larger_than_any_component_is_refused_without_reading_it(tmp_path, command):
    huge = tmp_path / "huge.wasm"
    with huge.open("wb") as sparse:  # a sparse file: gigabytes that cost no disk, and would be read whole
        sparse.truncate(2 * 1024**3)
    err = io.StringIO()
    assert main([command, "--wasm", str(huge)], out=io.StringIO(), err=err) == 2
    assert "larger than 268435456 bytes" in err.getvalue() and err.getvalue().count("\n") == 1


def test_ctrl_c_is_one_line_and_the_shells_code_not_a_traceback(monkeypatch):
    import edgee_host.cli.command as command

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(command, "run", interrupted)
    err = io.StringIO()
    assert main(["run", "--wasm", str(WASM)], out=io.StringIO(), err=err) == 130
    assert err.getvalue() == "edgee-harness: interrupted\n"
