"""Build meta_capi.wasm twice from the committed sources, in two fresh folders, and compare the results.

componentize-py 0.25.1 cannot give byte-identical components: it runs the guest's imports at build time
inside CPython and snapshots the heap, and that CPython draws its string-hash seed (and so the layout of
every dict and set in the heap) from WASI randomness the build cannot pin (PYTHONHASHSEED and
SOURCE_DATE_EPOCH do not reach it; upstream issue bytecodealliance/componentize-py#247). So this check
walks both components section by section: every section must be identical except the heap snapshot, the
data, globals and memory sections the snapshot writes. Anything else that differs fails the check.

Usage: python tools/verify_build.py    (make verify-build; the two build folders are temporary)
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import wasm_sections

ROOT = Path(__file__).resolve().parent.parent
# Core module sections the build-time snapshot writes: the heap (data), the globals captured with it (the WASI
# adapter's heap and stack pointers) and the memory's initial size (as large as the heap grew at build time).
SNAPSHOT_SECTIONS = {11: "snapshot: data", 6: "snapshot: globals", 5: "snapshot: memory size"}
SNAPSHOT = "snapshot: "


def sections(blob: bytes) -> Iterator[Tuple[str, bytes]]:
    """(where, bytes) for every section of a component or core module, nested binaries walked into; the
    sections the snapshot writes are named for it."""
    counts: Dict[Tuple[str, int], int] = {}
    for where, start, end, section_id in wasm_sections.sections(blob):
        binary = where.rpartition("/")[0] + "/" if "/" in where else ""
        index = counts[where, section_id] = counts.get((where, section_id), -1) + 1
        if where.endswith("module") and section_id in SNAPSHOT_SECTIONS:
            yield f"{binary}{SNAPSHOT_SECTIONS[section_id]}", blob[start:end]
        else:
            yield f"{binary}section {section_id}#{index}", blob[start:end]


def differences(first: bytes, second: bytes) -> List[str]:
    """Each section that differs, with its two sizes; sections present in one build only count too."""
    left, right = dict(sections(first)), dict(sections(second))
    found = []
    for where in sorted(left.keys() | right.keys()):
        a, b = left.get(where), right.get(where)
        if a != b:
            found.append(f"{where}: {len(a) if a is not None else 'absent'} / {len(b) if b is not None else 'absent'}"
                         " bytes")
    return found


def build_copy(folder: Path) -> bytes:
    """A fresh clone of HEAD in `folder`, built with this checkout's pinned toolchain."""
    subprocess.run(["git", "clone", "--quiet", "--no-local", str(ROOT), str(folder)], check=True)
    venv = ROOT / ".venv"
    installed = venv / ".installed"
    # The Makefile's own recipe, with this checkout's venv, which is not to be reinstalled (-o).
    subprocess.run(["make", "--no-print-directory", "-C", str(folder), f"VENV={venv}", f"INSTALLED={installed}",
                    "-o", str(installed), "meta_capi.wasm"], check=True, stdout=subprocess.DEVNULL)
    return (folder / "meta_capi.wasm").read_bytes()


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        builds = [build_copy(Path(scratch) / name) for name in ("first", "second")]
    digests = [hashlib.sha256(build).hexdigest() for build in builds]
    print(f"first build:  {digests[0]} ({len(builds[0])} bytes)")
    print(f"second build: {digests[1]} ({len(builds[1])} bytes)")
    if digests[0] == digests[1]:
        print("byte-identical")
        return 0
    found = differences(*builds)
    for line in found:
        print(f"  differs: {line}")
    unexpected = [line for line in found if SNAPSHOT not in line]
    if unexpected:
        print("FAILED: sections other than the heap snapshot differ")
        return 1
    print("identical but for the build-time heap snapshot (the hash seed componentize-py 0.25.1 cannot pin)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
