"""The data-collection interfaces the Edgee proxy binds, one per edgee.toml `wit_version`.

The proxy (crates/components-runtime/src/data_collection/versions/v1_0_*/) looks each one up under its exact
export name; `wit/proxy-worlds.wit` and `wit/deps/` hold its WIT files unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Tuple


@dataclass(frozen=True)
class ProxyInterface:
    wit_version: str
    export_name: str
    reference_world: str  # the proxy's world for this version, in wit/proxy-worlds.wit
    functions: Tuple[str, ...]


INTERFACES: Dict[str, ProxyInterface] = {
    "1.0.0": ProxyInterface("1.0.0", "edgee:components/data-collection", "data-collection-v100",
                            ("page", "track", "user")),
    "1.0.1": ProxyInterface("1.0.1", "edgee:components/data-collection@1.0.1", "data-collection-v101",
                            ("page", "track", "user", "authenticate")),
}
# The proxy's WIT, package data (in the checkout, src/edgee_host/wit links to the repository's wit/ folder).
WIT_DIR = Path(__file__).resolve().parent.parent / "wit"  # edgee_host/wit, package data


def interface_for(wit_version: str) -> ProxyInterface:
    try:
        return INTERFACES[wit_version]
    except KeyError:
        known = ", ".join(repr(version) for version in INTERFACES)
        raise ValueError(f"wit_version {wit_version!r} is not one the proxy binds ({known})") from None
