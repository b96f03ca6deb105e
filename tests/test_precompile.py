"""The build-time byte-compilation step (src/precompile.py): what it covers, and that it stays out of native runs."""

from __future__ import annotations

from pathlib import Path

import precompile

SRC = Path(__file__).resolve().parent.parent / "src"


def test_precompile_covers_every_guest_module_and_no_host_module() -> None:
    listed = {str(Path(path).relative_to(SRC)) for path in precompile._sources()}
    guest = {str(path.relative_to(SRC)) for path in [*SRC.glob("*.py"), *(SRC / "meta_capi").glob("*.py")]}
    assert listed == guest
    assert not any(name.startswith("edgee_host") for name in listed)


def test_precompile_writes_nothing_when_run_natively() -> None:
    assert precompile.precompile() == 0
