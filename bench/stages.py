"""The bench's stage components: meta_capi.wasm cut after one stage, so a regression shows where it came from.

Each `stage_*.py` guest installs one of these in place of the core's entry point, then imports the real
guest (adapter, heap fill and warm-up included), so it is built exactly as meta_capi.wasm is. Every stage
ends with the same constant request as the null component (bench/null_guest.py):

- adapter: the WIT records read by the adapter, nothing else;
- settings: + the settings parsed and the consent checked, what every fresh instance does first;
- identity: + the visitor's customer information normalized and hashed, and the external ids;
- (whole mapping: meta_capi.wasm itself).
"""

from __future__ import annotations

import time
from typing import Any, Callable, Dict, Iterable, Tuple

import meta_capi
from meta_capi import identity
from meta_capi.consent import require_granted
from meta_capi.model import Request
from meta_capi.settings import settings_for
from meta_capi.values import present

CONSTANT = Request("POST", "https://graph.facebook.com/v26.0/0/events", (("content-type", "application/json"),),
                   False, "{}")
Pairs = Iterable[Tuple[str, str]]


def adapter(kind: str, event: Any, pairs: Pairs) -> Request:
    return CONSTANT


def settings(kind: str, event: Any, pairs: Pairs) -> Request:
    settings_for(pairs)
    require_granted(event.consent)
    return CONSTANT


def identity_stage(kind: str, event: Any, pairs: Pairs) -> Request:
    settings(kind, event, pairs)
    user = event.context.user
    identity.customer_information(present(user.properties), event.context.client.country_code,
                                  time.gmtime(time.time()).tm_year)
    identity.external_ids([user.user_id, user.anonymous_id])
    return CONSTANT


STAGES: Dict[str, Callable[[str, Any, Pairs], Request]] = {
    "adapter": adapter, "settings": settings, "identity": identity_stage}


def install(stage: str) -> None:
    """Before the guest is imported: the guest's `from meta_capi import build_request` gets the stage."""
    meta_capi.build_request = STAGES[stage]  # type: ignore[assignment]
