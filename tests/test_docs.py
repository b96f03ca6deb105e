"""The manifest, the README and the settings module tell the same story."""

import re
import tomllib

import pytest

from wasm_support import ROOT

MANIFEST = tomllib.loads((ROOT / "edgee-component.toml").read_text())
SETTINGS_SOURCE = (ROOT / "src" / "meta_capi" / "settings.py").read_text()
README = (ROOT / "README.md").read_text()
MANIFEST_SETTINGS = sorted(MANIFEST["component"]["settings"])


def test_docs_manifest_has_the_fields_edgee_expects():
    component = MANIFEST["component"]
    assert MANIFEST["manifest-version"] == 1
    assert (component["category"], component["subcategory"], component["language"], component["wit-version"]) == (
        "data-collection", "conversion-api", "Python", "1.0.0")
    assert component["build"]["output_path"] == "meta_capi.wasm"
    assert component["settings"]["meta_access_token"]["secret"] is True
    assert all({"title", "type", "required", "description"} <= set(spec) for spec in component["settings"].values())


@pytest.mark.parametrize("name", MANIFEST_SETTINGS)
def test_docs_every_manifest_setting_is_in_the_readme_table_and_read_by_the_settings_module(name):
    assert re.search(rf"^\| `{name}` \|", README, re.MULTILINE), f"{name} missing from the README settings table"
    assert f'"{name}"' in SETTINGS_SOURCE, f"{name} is not read by meta_capi/settings.py"


def test_docs_the_settings_module_reads_no_undeclared_setting():
    assert sorted(set(re.findall(r'"((?:meta|edgee)_[a-z_]+)"', SETTINGS_SOURCE))) == MANIFEST_SETTINGS


def test_docs_readme_starts_with_the_two_commands():
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in first_block.strip().splitlines()] == ["make run", "make test"]
