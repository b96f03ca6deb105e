"""The budget's quick verdict on the usual event (budget._clearly_within) never lets through an event the field by
field measure refuses: at and just past each limit, the same outcome, the same message."""

from __future__ import annotations

from typing import Any, Dict, Optional

import pytest

from builders import make_event
from meta_capi import budget
from meta_capi.budget import MAX_EVENT, MAX_KEY, MAX_PRODUCTS, MAX_PROPERTIES, MAX_VALUE
from meta_capi.errors import EventError

LIMIT_CASES: Dict[str, Dict[str, Any]] = {
    "ordinary": {},
    "key at its limit": {"properties": {"k" * MAX_KEY: "v"}},
    "key past its limit": {"properties": {"k" * (MAX_KEY + 1): "v"}},
    "value at its limit": {"properties": {"note": "v" * MAX_VALUE}},
    "value past its limit": {"properties": {"note": "v" * (MAX_VALUE + 1)}},
    "visitor's value past its limit": {"visitor": {"email": "v" * (MAX_VALUE + 1)}},
    "a field at its limit": {"url": "u" * MAX_VALUE},
    "a field past its limit": {"url": "u" * (MAX_VALUE + 1)},
    "a user agent past the limit": {"user_agent": "u" * (MAX_VALUE + 1)},
    "as many properties as allowed": {"properties": {f"k{n}": "v" for n in range(MAX_PROPERTIES)}},
    "one property too many": {"properties": {f"k{n}": "v" for n in range(MAX_PROPERTIES + 1)}},
    "a product with one property too many": {"products": [{f"k{n}": "v" for n in range(MAX_PROPERTIES + 1)}]},
    "one product too many": {"products": [{"id": "A"}] * (MAX_PRODUCTS + 1)},
    "the whole at its limit": {"properties": {f"k{n:02}": "v" * (MAX_EVENT // 8 - 3) for n in range(8)}},
    "the whole past its limit": {"properties": {f"k{n:02}": "v" * (MAX_EVENT // 8) for n in range(8)}},
}


def _outcome(kind: str, event: object) -> Optional[str]:
    try:
        budget.check_event(kind, event)  # type: ignore[arg-type]
    except EventError as error:
        return str(error)
    return None


@pytest.mark.parametrize("kind", ["page", "track", "user"])
@pytest.mark.parametrize("case", list(LIMIT_CASES))
def test_the_budgets_quick_verdict_gives_the_field_by_field_outcome(kind, case, monkeypatch):
    overrides = dict(LIMIT_CASES[case])
    if kind != "track":
        overrides.pop("products", None)
    if kind == "user" and "properties" in overrides:
        overrides["user_properties"] = overrides.pop("properties")
    event = make_event(kind, **overrides)
    quick = _outcome(kind, event)
    monkeypatch.setattr(budget, "_clearly_within", lambda kind, event: False)
    assert quick == _outcome(kind, event)


def test_the_usual_events_take_the_quick_verdict():
    assert all(budget._clearly_within(kind, make_event(kind)) for kind in ("page", "track", "user"))
