"""Build-time byte-compilation of the guest's own modules, before anything else is imported.

componentize-py imports the guest once and snapshots the heap. A module imported from its source is
compiled on the spot: the compiler's working objects are allocated among the code objects it makes and
freed afterwards, so the code objects every event touches end up scattered over more pages (about 25 more
first-call faults, measured). Imported from a `.pyc`, the code objects are unmarshalled side by side. The
first build of a fresh clone has no `.pyc` and the next one reuses them, so without this step two builds
of the same source laid the heap out differently. Here each module is compiled (and its `.pyc` written
where CPython's import looks for it) first; the compiler's garbage is freed before the heap fill and the
imports, which then all load the fresh `.pyc`. If the folder cannot be written, the imports compile from
source as before: slower first calls, the same answers.

The `.pyc` is compiled as `python -OO` would (docstrings and asserts left out) and written where the default
import looks: the guest's code reads no docstring and holds no assert (a test checks its sources), and its
docstrings, unmarshalled among the constants a first call reads, spread those constants over more pages (about
6 fewer first-call faults per event without them, three builds each, same answers).
"""

from __future__ import annotations

import gc
import os
import py_compile
import sys
from typing import List

_HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGES = ("meta_capi",)  # the guest's packages; the host's (edgee_host) is not part of the component
_LEAVE_OUT_DOCSTRINGS = 2  # compile's optimization level 2: `-OO`


def sources() -> List[str]:
    """The guest's top-level modules and its packages' modules, in a fixed order."""
    found = []
    for folder in (_HERE, *(os.path.join(_HERE, package) for package in PACKAGES)):
        found += [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".py")]
    return [path for path in found if os.path.isfile(path)]


def default_pyc(path: str) -> str:
    """Where the default import (optimization level 0) looks for the `.pyc` of `path`: py_compile's own default for
    level 2 is the `.opt-2.pyc` beside it, which that import never reads (it compiled the module from its source
    instead, and wrote its own `.pyc`, docstrings and all, for the next build)."""
    folder, name = os.path.split(path)
    return os.path.join(folder, "__pycache__", f"{os.path.splitext(name)[0]}.{sys.implementation.cache_tag}.pyc")


def precompile() -> int:
    """Write a fresh `.pyc` of every guest module; returns how many were written."""
    if sys.platform != "wasi":
        return 0  # natively (the adapter's tests) there is no snapshot: imports write their .pyc as usual
    written = 0
    for path in sources():
        try:
            py_compile.compile(path, cfile=default_pyc(path), doraise=True, optimize=_LEAVE_OUT_DOCSTRINGS)
            written += 1
        except (OSError, py_compile.PyCompileError):
            pass  # a read-only folder: that module is compiled on import instead
    gc.collect()
    return written


precompile()
