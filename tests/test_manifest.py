"""edgee-component.toml against the rules of Edgee's CLI (crates/cli/src/components/manifest.rs)."""

import copy
import tomllib

import pytest

from edgee_host.component.manifest import manifest_problems
from wasm_support import ROOT

MANIFEST = tomllib.loads((ROOT / "edgee-component.toml").read_text())


def changed(path, value):
    """The repository's manifest with one key set (value None deletes it)."""
    document = copy.deepcopy(MANIFEST)
    *parents, key = path.split(".")
    table = document
    for parent in parents:
        table = table[parent]
    if value is None:
        del table[key]
    else:
        table[key] = value
    return document


def test_manifest_of_the_repository_is_one_edgee_accepts():
    assert manifest_problems(MANIFEST) == []


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        ("component.settings.meta_pixel_id.title", None, "component.settings.meta_pixel_id.title is required"),
        ("component.settings.meta_pixel_id.type", "text",
         "component.settings.meta_pixel_id.type must be one of ['bool', 'number', 'string'], got 'text'"),
        ("component.category", "tracking", "component.category must be one of"),
        ("component.subcategory", "capi", "component.subcategory 'capi' is not one Edgee knows"),
        ("component.documentation", "not a url", "component.documentation must be an absolute URL, got 'not a url'"),
        ("component.repository", "https://", "component.repository must be an absolute URL, got 'https://'"),
        ("component.icon-path", "icon.svg", "component.icon-path must be a .png, .jpg or .jpeg file, got 'icon.svg'"),
        ("component.name", None, "component.name is required"),
        ("component.build.output_path", None, "component.build.output_path is required"),
        ("component.wit-version", "2.0.0", "component.wit-version '2.0.0' is not one the proxy binds"),
        ("manifest-version", 2, "manifest-version must be 1, got 2"),
        ("component.settings.meta_ldu.required", "yes", "component.settings.meta_ldu.required must be a bool"),
    ],
)
def test_manifest_problems_name_the_field(path, value, problem):
    problems = manifest_problems(changed(path, value))
    assert len(problems) == 1 and problems[0].startswith(problem)


@pytest.mark.parametrize("url", ["https://github.com/example/meta-capi", "https://docs.example.com/a?b=c"])
def test_manifest_accepts_absolute_urls(url):
    assert manifest_problems(changed("component.documentation", url)) == []
