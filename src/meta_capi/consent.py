"""Consent gate: Meta receives an event only when the visitor granted consent."""

from __future__ import annotations

from typing import Optional

from .errors import ConsentError

GRANTED = "granted"
CONSENTS = ("pending", "granted", "denied")  # the WIT `consent` enum


def require_granted(consent: Optional[str]) -> None:
    """Raise unless consent is `granted`; a missing consent means nothing was granted (the proxy fills it)."""
    if consent == GRANTED:
        return
    state = consent if consent else "missing"
    raise ConsentError(f"consent was not granted (consent is {state}): the event is not sent to Meta")
