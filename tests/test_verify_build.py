"""tools/verify_build.py: the section walk that tells a snapshot difference from any other."""

import sys

from edgee_host.component.interfaces import WIT_DIR
from wasm_support import ROOT, dummy_component

sys.path.insert(0, str(ROOT / "tools"))
from verify_build import differences, sections  # noqa: E402

V100 = (WIT_DIR / "deps" / "edgee-v100" / "data-collection.wit").read_text()


def test_verify_build_walks_into_nested_core_modules(tmp_path):
    component = dummy_component(tmp_path, V100, "edgee:components/data-collection").read_bytes()
    names = [where for where, _ in sections(component)]
    assert any(name.startswith("module 0/") for name in names)
    assert len(names) == len(set(names))


def test_verify_build_finds_no_difference_between_identical_components(tmp_path):
    component = dummy_component(tmp_path, V100, "edgee:components/data-collection").read_bytes()
    assert differences(component, bytes(component)) == []


def test_verify_build_reports_differences_outside_the_snapshot(tmp_path):
    first = dummy_component(tmp_path / "a", V100, "edgee:components/data-collection").read_bytes()
    other_wit = V100.replace("timestamp-micros: s64,", "timestamp-nanos: s64,")
    second = dummy_component(tmp_path / "b", other_wit, "edgee:components/data-collection").read_bytes()
    found = differences(first, second)
    assert found and not any("snapshot" in line for line in found)
