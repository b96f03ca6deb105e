"""The budget's quick verdict on the usual event (budget.check_event before it calls budget._measure) never lets
through an event the field by field measure refuses: at and just past each limit, the same outcome, the same
message; and, generated, no event with one size at, under or past its limit (the whole event's included) that the
quick verdict lets through is refused field by field."""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

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
def test_the_budgets_quick_verdict_gives_the_field_by_field_outcome(kind, case):
    overrides = dict(LIMIT_CASES[case])
    if kind != "track":
        overrides.pop("products", None)
    if kind == "user" and "properties" in overrides:
        overrides["user_properties"] = overrides.pop("properties")
    event = make_event(kind, **overrides)
    assert _outcome(kind, event) == _outcome_field_by_field(kind, event)


class _Measured(Exception):
    """check_event measured the event field by field: its quick verdict did not let it through."""


def _measured(kind: str, event: object) -> None:
    raise _Measured


def _clearly_within(kind: str, event: object) -> bool:
    """Whether check_event's quick verdict lets `event` through, without measuring it field by field."""
    measure = budget._measure
    budget._measure = _measured
    try:
        budget.check_event(kind, event)  # type: ignore[arg-type]
    except _Measured:
        return False
    finally:
        budget._measure = measure
    return True


def test_the_usual_events_take_the_quick_verdict():
    assert all(_clearly_within(kind, make_event(kind)) for kind in ("page", "track", "user"))


def _make(kind: str, sizes: Dict[str, int]) -> Any:
    """An event of `kind` whose key, value, field, list and whole sizes are `sizes` (ordinary where not given)."""
    properties = {"k" * sizes.get("key", 4): "v" * sizes.get("value", 8)}
    properties.update({f"p{n}": "v" for n in range(sizes.get("count", 3) - 1)})
    visitor = {"note": "n" * sizes.get("note", 0)}
    if "note" in sizes:  # three values at their limit and the note take the whole event to its limit
        visitor.update(email="v" * MAX_VALUE, phone="v" * MAX_VALUE, city="v" * MAX_VALUE)
    overrides: Dict[str, Any] = {"visitor": visitor, "url": "u" * sizes.get("field", 20)}
    if kind == "track":
        overrides.update(products=[{"id": "A"}] * sizes.get("products", 2), properties=properties)
    elif kind == "user":
        overrides["user_properties"] = properties
    else:
        overrides["properties"] = properties
    return make_event(kind, **overrides)


def _longest_note(kind: str) -> int:
    """The longest note the field by field measure accepts beside three values at their limit."""
    low, high = 0, MAX_VALUE
    while low < high:
        middle = (low + high + 1) // 2
        if _outcome_field_by_field(kind, _make(kind, {"note": middle})) is None:
            low = middle
        else:
            high = middle - 1
    return low


EDGES = {"key": MAX_KEY, "value": MAX_VALUE, "field": MAX_VALUE, "count": MAX_PROPERTIES, "products": MAX_PRODUCTS}


@st.composite
def _events_at_a_limit(draw: st.DrawFn) -> Tuple[str, Any]:
    """An event with one size at, just under or just past its limit, the others ordinary."""
    kind = draw(st.sampled_from(["page", "track", "user"]))
    edge = draw(st.sampled_from([*EDGES, "note"]))
    step = draw(st.sampled_from([-1, 0, 1, 2]))
    limit = _longest_note(kind) if edge == "note" else EDGES[edge]
    return kind, _make(kind, {edge: max(0, limit + step)})


@hypothesis_settings(max_examples=150)
@given(_events_at_a_limit())
def test_no_event_the_quick_verdict_lets_through_is_refused_field_by_field(case):
    kind, event = case
    if _clearly_within(kind, event):
        assert _outcome_field_by_field(kind, event) is None


def _outcome_field_by_field(kind: str, event: object) -> Optional[str]:
    try:
        budget._measure(kind, event)  # type: ignore[arg-type]
    except EventError as error:
        return str(error)
    return None
