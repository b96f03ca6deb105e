"""What the proxy does to an event before it calls a component, step by step and in its order: `send_events`
in crates/components-runtime/src/data_collection/mod.rs (rules from payload.rs, batch values from context.rs).

`prepare` lists the steps; each is a function of its own, named after what the proxy does.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Dict, Optional

from edgee_host.proxy.config import ComponentEntry, anonymize_ip
from edgee_host.proxy.events import EdgeeEvent, flatten_properties, products_of
from edgee_host.proxy.rules import filtering_rule_that_drops, manipulate_properties
from meta_capi.model import Campaign, Event, TrackData


@dataclass(frozen=True)
class Batch:
    """The values the proxy takes from the first event of a request (context.rs `EventContext::new`)."""

    uuid: str
    timestamp_micros: int
    ip: str
    ip_anonymized: str
    edgee_id: str


def batch_of(first_event: EdgeeEvent) -> Batch:
    first = first_event.event
    ip = first.context.client.ip
    return Batch(first.uuid, first.timestamp_micros, ip, anonymize_ip(ip), first.context.user.edgee_id)


@dataclass
class Prepared:
    """The event the proxy would pass to this component, or why it would not call it."""

    event: Optional[Event] = None
    skipped: str = ""


def server_drops(edgee_event: EdgeeEvent) -> str:
    """Why the proxy's server drops the event before any component: a components map with no true value,
    the empty map included (server payload.rs `is_all_components_disabled`)."""
    switches = edgee_event.components
    if switches is not None and not any(switches.values()):
        return "the event's components map has no true value: the proxy drops the event"
    return ""


def prepare(entry: ComponentEntry, edgee_event: EdgeeEvent, batch: Batch) -> Prepared:
    """The event as the proxy would hand it to `entry`'s component, in `send_events`' order."""
    rule = filtering_rule_that_drops(entry.event_filtering_rules, edgee_event)
    if rule:
        return Prepared(skipped=f"event_filtering_rules: {rule}")
    event = copy.deepcopy(edgee_event.event)
    apply_data_manipulation_rules(entry, edgee_event, event)
    kind = edgee_event.kind
    if not entry.enabled[kind]:
        return Prepared(skipped=f"edgee_{kind}_event_enabled is false for {entry.id}")
    if not component_enabled(entry, edgee_event.components):
        return Prepared(skipped=f"the event's components map turns {entry.id} off")
    anonymization = apply_consent(entry, event)
    apply_anonymization(event, batch, anonymization)
    apply_native_cookie_ids(entry, edgee_event, event, batch)
    apply_batch_timing(event, batch)
    return Prepared(event=event)


def apply_data_manipulation_rules(entry: ComponentEntry, edgee_event: EdgeeEvent, event: Event) -> None:
    """payload.rs `apply_data_manipulation_rules`: properties renamed, a track event renamed. The WIT products
    list is built afterwards from `properties.products` (v1_0_0/convert.rs), so a rule that moves an array to
    `products` hands the component products the parser had taken out."""
    if not entry.data_manipulation_rules:
        return
    properties: Dict[str, Any] = dict(edgee_event.raw_properties)
    name = getattr(event.data, "name", "")
    name = manipulate_properties(entry.data_manipulation_rules, edgee_event.kind, properties, name)
    event.data.properties = flatten_properties(properties)
    if isinstance(event.data, TrackData):
        event.data.name = name
        if "products" in properties:
            event.data.products = products_of(properties["products"])


def component_enabled(entry: ComponentEntry, switches: Optional[Dict[str, bool]]) -> bool:
    """payload.rs `is_component_enabled`: the entry's id, then its project component id and slug (both "" in
    the open-source proxy, so a "" key answers for every entry), else `all` (default true)."""
    if switches is None:
        return True
    for key in (entry.id, ""):
        if key in switches:
            return switches[key]
    return switches.get("all", True)


def apply_consent(entry: ComponentEntry, event: Event) -> bool:
    """mod.rs `handle_consent_and_anonymization`: the default for a missing consent; whether to anonymize."""
    if event.consent is None:
        default = entry.default_consent
        event.consent = default if default in ("granted", "denied") else "pending"
    return entry.anonymization and event.consent != "granted"


def apply_anonymization(event: Event, batch: Batch, anonymization: bool) -> None:
    """The batch's first IP (anonymized or not); context search, referrer and campaign cleared. A page
    event's own `data.search` and `data.referrer` are kept, as in the proxy."""
    event.context.client.ip = batch.ip_anonymized if anonymization else batch.ip
    if anonymization:
        event.context.page.search = event.context.page.referrer = ""
        event.context.campaign = Campaign()


def apply_native_cookie_ids(entry: ComponentEntry, edgee_event: EdgeeEvent, event: Event, batch: Batch) -> None:
    """With native cookie ids, `edgee_id` is the one kept for the component, else the batch's first."""
    ids = edgee_event.native_cookie_ids
    if ids is not None:
        event.context.user.edgee_id = ids.get(entry.id, batch.edgee_id)


def apply_batch_timing(event: Event, batch: Batch) -> None:
    """Every event but the batch's first is stamped one second after it, and starts no session."""
    if event.uuid != batch.uuid:
        micros = batch.timestamp_micros + 1_000_000
        event.timestamp, event.timestamp_millis, event.timestamp_micros = micros // 1_000_000, micros // 1000, micros
        event.context.session.session_start = False
