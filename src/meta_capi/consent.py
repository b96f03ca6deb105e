"""Consent gate: Meta receives an event only when the visitor granted consent."""

from __future__ import annotations

from typing import Optional

from .errors import ConsentError

GRANTED = "granted"
CONSENTS = ("pending", "granted", "denied")  # the WIT `consent` enum


def default_consent(setting: str) -> Optional[str]:
    """The consent an event without one gets from `edgee_default_consent`, read as the proxy reads it
    (crates/components-runtime/src/data_collection/mod.rs: `granted`, `denied`, anything else `pending`);
    None when the setting is absent. The proxy applies it itself and never passes it on; Edgee's CLI
    (`edgee components test`) passes its settings raw, so the component applies it there."""
    if not setting:
        return None
    return setting if setting in ("granted", "denied") else "pending"


def require_granted(consent: Optional[str], default: Optional[str] = None) -> None:
    """Raise unless consent (or, when the event has none, `default`) is `granted`; with neither, nothing was
    granted."""
    effective = consent if consent else default
    if effective == GRANTED:
        return
    state = consent if consent else (f"missing, {default} by edgee_default_consent" if default else "missing")
    raise ConsentError(f"consent was not granted (consent is {state}): the event is not sent to Meta")
