"""The build-time steps before the guest's imports (src/precompile.py, src/dependencies_first.py): what they
cover, and that they stay out of native runs."""

from __future__ import annotations

import ast
from pathlib import Path

import dependencies_first
import precompile

SRC = Path(__file__).resolve().parent.parent / "src"


def test_precompile_covers_every_guest_module_and_no_host_module() -> None:
    listed = {str(Path(path).relative_to(SRC)) for path in precompile.sources()}
    guest = {str(path.relative_to(SRC)) for path in [*SRC.glob("*.py"), *(SRC / "meta_capi").glob("*.py")]}
    assert listed == guest
    assert not any(name.startswith("edgee_host") for name in listed)


def test_the_guests_code_holds_no_assert_and_reads_no_docstring() -> None:
    # precompile compiles as `-OO` does, which leaves both out: the guest's answers must not depend on them
    for path in precompile.sources():
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        asserts = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Assert)]
        docstrings = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Attribute)
                      and node.attr == "__doc__" or isinstance(node, ast.Name) and node.id in ("__doc__", "__debug__")]
        assert (asserts, docstrings) == ([], []), path


def test_precompile_writes_nothing_when_run_natively() -> None:
    assert precompile.precompile() == 0


def test_dependencies_first_reads_module_level_imports_and_leaves_out_the_guests_own() -> None:
    source = ("from __future__ import annotations\n\nimport re\nimport json, base64\nfrom urllib.parse import unquote\n"
              "from .detector import reason\nfrom meta_capi import build_request\nimport heap_fill\n"
              "from typing import List\nif True:\n    import ipaddress\n\ndef f():\n    import hmac\n")
    own = frozenset({"meta_capi", "heap_fill"})
    assert dependencies_first.imported_by([source, "import re\nimport bisect\n"], own) == [
        "re", "json", "base64", "urllib.parse", "typing", "bisect"]


def test_dependencies_first_finds_the_cores_standard_library_modules_and_imports_nothing_natively() -> None:
    sources = [Path(path).read_text(encoding="utf-8") for path in precompile.sources()]
    names = dependencies_first.imported_by(sources, dependencies_first._own_modules())
    assert {"re", "json", "hashlib", "unicodedata", "urllib.parse", "dataclasses", "wit_world"} <= set(names)
    assert not {"meta_capi", "guest", "heap_fill", "warm_up", "dense_code"} & set(names)
    assert dependencies_first.import_dependencies() == []


def test_the_precompiled_pyc_is_the_one_the_default_import_reads() -> None:
    import importlib.util

    for path in precompile.sources():
        assert precompile.default_pyc(path) == importlib.util.cache_from_source(path, optimization="")
