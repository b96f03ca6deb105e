"""Bench stage component "identity" (see stages.py); built by `make bench` into build/stage_identity.wasm."""

import precompile  # noqa: F401  - first, as in guest.py

# isort: split
import dependencies_first  # noqa: F401

# isort: split
import heap_fill  # noqa: F401

# isort: split
import stages

stages.install("identity")

from guest import DataCollectionV100, DataCollectionV101  # noqa: E402

__all__ = ["DataCollectionV100", "DataCollectionV101"]
