"""Converters between the core's dataclasses and wasmtime component values.

WIT names are kebab-case: a record goes in as a `Record` whose attributes carry those names, a variant as
`Variant(tag, payload)`, an enum as its case name; a `result<edgee-request, string>` comes back as a
`Record` or a bare `str`, wrapped here once into an `Outcome`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, List, Optional, Tuple

from wasmtime.component import Record, Variant

from meta_capi.model import Event, Request


def to_record(value: Any) -> Any:
    """A dataclass tree as wasmtime values: records with kebab-case fields, lists and tuples kept."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        record = Record()
        for field in dataclasses.fields(value):
            setattr(record, field.name.replace("_", "-"), to_record(getattr(value, field.name)))
        return record
    if isinstance(value, list):
        return [to_record(item) for item in value]
    return value


def event_record(kind: str, event: Event) -> Record:
    """The WIT `event` record for an event of `kind`."""
    record = Record()
    for name, value in (
        ("uuid", event.uuid),
        ("timestamp", event.timestamp),
        ("timestamp-millis", event.timestamp_millis),
        ("timestamp-micros", event.timestamp_micros),
        ("event-type", kind),
        ("data", Variant(kind, to_record(event.data))),
        ("context", to_record(event.context)),
        ("consent", event.consent),
    ):
        setattr(record, name, value)
    return record


@dataclass(frozen=True)
class Outcome:
    """What one component call answered: a request, or the `Err` message."""

    request: Optional[Request] = None
    error: Optional[str] = None

    @property
    def ok(self) -> bool:
        return self.request is not None


def outcome(result: Any) -> Outcome:
    if isinstance(result, str):
        return Outcome(error=result)
    headers: List[Tuple[str, str]] = [(name, value) for name, value in result.headers]
    return Outcome(
        request=Request(
            method=result.method,
            url=result.url,
            headers=tuple(headers),
            forward_client_headers=getattr(result, "forward-client-headers"),
            body=result.body,
        )
    )


def auth_answer(result: Any) -> str:
    """`authenticate`'s `result<option<auth-request>, string>` in words."""
    if result is None:
        return "none"
    if isinstance(result, str):
        return f"Err: {result}"
    return f"auth request: {getattr(result, 'method', '?')} {getattr(result, 'url', '?')}"
