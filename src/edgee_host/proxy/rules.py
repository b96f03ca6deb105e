"""The rules of an edgee.toml entry, evaluated as the proxy evaluates them (payload.rs `should_filter_out`,
`evaluate_string_filter`, `evaluate_number_filter`, `evaluate_boolean_filter`,
`apply_data_manipulation_rules`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Tuple

from edgee_host.proxy.events import EdgeeEvent
from edgee_host.proxy.json_values import value_text
from meta_capi.model import CAMPAIGN_TEXT_FIELDS, CLIENT_TEXT_FIELDS, PAGE_TEXT_FIELDS


@dataclass(frozen=True)
class Condition:
    field: str
    operator: str
    value: str


@dataclass(frozen=True)
class FilteringRule:
    name: str
    event_types: Tuple[str, ...]
    conditions: Tuple[Condition, ...]


@dataclass(frozen=True)
class Manipulation:
    from_property: str
    to_property: str
    manipulation_type: str


@dataclass(frozen=True)
class ManipulationRule:
    name: str
    event_types: Tuple[str, ...]
    manipulations: Tuple[Manipulation, ...]


def string_filter(field_value: str, operator: str, value: str) -> bool:
    if operator == "eq":
        return field_value == value
    if operator == "neq":
        return field_value != value
    if operator in ("in", "nin"):
        found = any(part.strip() == field_value for part in value.split(","))
        return found if operator == "in" else not found
    if operator == "is_null":
        return field_value == ""
    if operator == "is_not_null":
        return field_value != ""
    if operator == "sw":
        return field_value.startswith(value)
    if operator == "nsw":
        return not field_value.startswith(value)
    return False  # the proxy logs "Invalid operator" and keeps the event


# Rust's `str::parse::<f64>`: ASCII digits, one optional sign, no spaces or underscores; inf and NaN by name.
_RUST_F64 = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?(?:inf|infinity|nan)",
                       re.IGNORECASE | re.ASCII)


def rust_f64(text: str) -> float:
    """The condition as the proxy reads it: `value.parse::<f64>().unwrap_or_default()`."""
    return float(text) if _RUST_F64.fullmatch(text) else 0.0


def number_filter(field_value: float, operator: str, value: str) -> bool:
    number = rust_f64(value)
    comparisons: Dict[str, Callable[[float, float], bool]] = {
        "eq": lambda a, b: a == b, "neq": lambda a, b: a != b, "gt": lambda a, b: a > b,
        "lt": lambda a, b: a < b, "gte": lambda a, b: a >= b, "lte": lambda a, b: a <= b,
    }
    comparison = comparisons.get(operator)
    return comparison(field_value, number) if comparison else False


def boolean_filter(field_value: bool, operator: str, value: str) -> bool:
    if operator == "eq":
        return field_value == (value == "true")
    if operator == "neq":
        return field_value != (value == "true")
    return False


# `data.<type>.properties.<key>` compares the property's JSON text: a string keeps its quotes.
_PROPERTY_FIELD = re.compile(r"data\.(page|track|user)\.properties\.([a-zA-Z0-9_]+)")
Getter = Callable[[EdgeeEvent], Any]


def _client(name: str) -> Getter:
    return lambda item: getattr(item.event.context.client, name)


def _campaign(name: str) -> Getter:
    return lambda item: getattr(item.event.context.campaign, name)


def _data(kind: str, name: str) -> Getter:
    return lambda item: getattr(item.event.data, name) if item.kind == kind else None


def kebab(name: str) -> str:
    return name.replace("_", "-")


def _string_fields() -> Dict[str, Getter]:
    fields: Dict[str, Getter] = {
        "uuid": lambda item: item.event.uuid,
        "event-type": lambda item: item.kind,
        "consent": lambda item: item.event.consent or "",
        "context.client.accept-language": lambda item: item.accept_language,
        # Not in the event format the harness reads: empty, as the proxy sees them without a geo-IP lookup.
        "context.client.proxy-type": lambda item: "",
        "context.client.proxy-desc": lambda item: "",
        "context.client.as-name": lambda item: "",
        "context.session.session-id": lambda item: item.event.context.session.session_id,
        "context.session.previous-session-id": lambda item: item.event.context.session.previous_session_id,
        "data.user.user-id": _data("user", "user_id"),
        "data.user.anonymous-id": _data("user", "anonymous_id"),
        "data.user.edgee-id": _data("user", "edgee_id"),
        "data.track.name": _data("track", "name"),
    }
    for name in CLIENT_TEXT_FIELDS:  # the proxy's field paths use the WIT's kebab-case names
        fields[f"context.client.{kebab(name)}"] = _client(name)
    for name in CAMPAIGN_TEXT_FIELDS:
        fields[f"context.campaign.{kebab(name)}"] = _campaign(name)
    for name in PAGE_TEXT_FIELDS:
        fields[f"data.page.{kebab(name)}"] = _data("page", name)
    return fields


STRING_FIELDS = _string_fields()
NUMBER_FIELDS: Dict[str, Getter] = {
    "timestamp": lambda item: item.event.timestamp_micros // 1_000_000,
    "timestamp-millis": lambda item: item.event.timestamp_micros // 1000,
    "timestamp-micros": lambda item: item.event.timestamp_micros,
    "context.client.as-number": lambda item: 0,
    "context.client.screen-width": _client("screen_width"),
    "context.client.screen-height": _client("screen_height"),
    "context.client.screen-density": _client("screen_density"),
    "context.session.session-count": lambda item: item.event.context.session.session_count,
    "context.session.first-seen": lambda item: item.event.context.session.first_seen,
    "context.session.last-seen": lambda item: item.event.context.session.last_seen,
}


def condition_holds(condition: Condition, item: EdgeeEvent) -> bool:
    """payload.rs `should_filter_out` for one condition."""
    match = _PROPERTY_FIELD.search(condition.field)
    if match and match.group(1) == item.kind and match.group(2) in item.raw_properties:
        text = value_text(item.raw_properties[match.group(2)])  # serde_json's `to_string`
        return string_filter(text, condition.operator, condition.value)
    if condition.field in STRING_FIELDS:
        value = STRING_FIELDS[condition.field](item)
        return value is not None and string_filter(value, condition.operator, condition.value)
    if condition.field in NUMBER_FIELDS:
        return number_filter(float(NUMBER_FIELDS[condition.field](item)), condition.operator, condition.value)
    if condition.field == "context.session.session-start":
        return boolean_filter(item.event.context.session.session_start, condition.operator, condition.value)
    return False


def filtering_rule_that_drops(rules: List[FilteringRule], item: EdgeeEvent) -> Optional[str]:
    """The name of the first rule for this event type with any true condition (conditions are OR-ed)."""
    for rule in rules:
        if item.kind in rule.event_types and any(condition_holds(c, item) for c in rule.conditions):
            return rule.name or "(unnamed rule)"
    return None


def manipulate_properties(rules: List[ManipulationRule], kind: str, properties: Dict[str, Any], name: str) -> str:
    """Move `from_property` to `to_property` for the listed event types; for track, `replace-event-name`
    renames the event when its name equals `from_property`. Returns the (maybe new) event name. A rule is
    applied once per time its `event_types` lists the type, as the proxy loops over the list."""
    for rule in rules:
        for _ in range(rule.event_types.count(kind)):
            for manipulation in rule.manipulations:
                if kind == "track" and manipulation.manipulation_type == "replace-event-name":
                    if name == manipulation.from_property:
                        name = manipulation.to_property
                elif manipulation.from_property in properties:  # insert, then remove: as the proxy orders it
                    properties[manipulation.to_property] = properties[manipulation.from_property]
                    del properties[manipulation.from_property]
    return name
