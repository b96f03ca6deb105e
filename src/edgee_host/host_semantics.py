"""What the proxy does around a component call: edgee.toml entries, the `edgee_*` settings, consent and
anonymization, and the visitor headers it adds when a component asks for them."""

from __future__ import annotations

import copy
import ipaddress
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from meta_capi.consent import CONSENTS
from meta_capi.model import Campaign, Event

from .edgee_events import EdgeeEvent
from .interfaces import INTERFACES

HOST_PREFIX = "edgee_"


class ConfigError(ValueError):
    """An edgee.toml or settings value the proxy would refuse; names the key."""


@dataclass
class ComponentEntry:
    """One `[[components.data_collection]]` entry, its host settings split from the component's own."""

    id: str
    file: str = ""
    wit_version: str = "1.0.0"
    settings: List[Tuple[str, str]] = field(default_factory=list)
    enabled: Dict[str, bool] = field(default_factory=lambda: {"page": True, "track": True, "user": True})
    default_consent: str = "pending"
    anonymization: bool = True


def _host_flag(key: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ConfigError(f"settings.{key} must be true or false, got {value!r:.40}")


def entry_from_settings(component_id: str, raw_settings: Dict[str, Any], file: str = "",
                        wit_version: str = "1.0.0") -> ComponentEntry:
    """Split `edgee_*` host settings from the component's string settings, as the proxy does."""
    entry = ComponentEntry(id=component_id, file=file, wit_version=wit_version)
    for key, value in raw_settings.items():
        if key in ("edgee_page_event_enabled", "edgee_track_event_enabled", "edgee_user_event_enabled"):
            entry.enabled[key.split("_")[1]] = _host_flag(key, value)
        elif key == "edgee_anonymization":
            entry.anonymization = _host_flag(key, value)
        elif key == "edgee_default_consent":
            if value not in CONSENTS:
                raise ConfigError(f"settings.{key} must be pending, granted or denied, got {value!r:.40}")
            entry.default_consent = value
        elif key.startswith(HOST_PREFIX):
            continue  # other host settings do not reach the component
        elif not isinstance(value, str):
            raise ConfigError(f"settings.{key} must be a string, got {type(value).__name__}")
        else:
            entry.settings.append((key, value))
    return entry


def load_edgee_toml(path: Path) -> List[ComponentEntry]:
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    raw_entries = document.get("components", {}).get("data_collection", [])
    if not isinstance(raw_entries, list) or not raw_entries:
        raise ConfigError(f"{path}: no [[components.data_collection]] entry")
    entries = []
    for position, raw in enumerate(raw_entries):
        where = f"{path}: components.data_collection[{position}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
            raise ConfigError(f"{where}: id must be a non-empty string")
        settings = raw.get("settings", {})
        if not isinstance(settings, dict):
            raise ConfigError(f"{where}: settings must be a table")
        if "wit_version" not in raw:  # the proxy has no default either: its configuration fails to load
            raise ConfigError(f'{where}: wit_version is required (the proxy has no default); add wit_version = "1.0.0"')
        wit_version = raw["wit_version"]
        if wit_version not in INTERFACES:
            known = ", ".join(f'"{version}"' for version in INTERFACES)
            raise ConfigError(f"{where}: wit_version {wit_version!r:.40} is not one the proxy binds ({known})")
        try:
            entries.append(entry_from_settings(raw["id"], settings, str(raw.get("file", "")), wit_version))
        except ConfigError as error:
            raise ConfigError(f"{where}: {error}") from None
    return entries


def anonymize_ip(ip: str) -> str:
    """IPv4 with its last octet zeroed, IPv6 cut to its first 48 bits; "" when not an address."""
    try:
        address = ipaddress.ip_address(ip.strip())
    except ValueError:
        return ""
    if address.version == 4:
        return str(ipaddress.ip_network(f"{address}/24", strict=False).network_address)
    return str(ipaddress.ip_network(f"{address}/48", strict=False).network_address)


@dataclass
class Prepared:
    """The event the proxy would pass to this component, or why it would not call it."""

    event: Optional[Event] = None
    skipped: str = ""


def prepare(entry: ComponentEntry, edgee_event: EdgeeEvent) -> Prepared:
    """Apply the proxy's semantics for `entry` to a copy of the event."""
    kind = edgee_event.kind
    if not entry.enabled[kind]:
        return Prepared(skipped=f"edgee_{kind}_event_enabled is false for {entry.id}")
    switches = edgee_event.components
    if not switches.get(entry.id, switches.get("all", True)):
        return Prepared(skipped=f"the event's components map turns {entry.id} off")
    event = copy.deepcopy(edgee_event.event)
    if event.consent is None:
        event.consent = entry.default_consent
    if entry.anonymization and event.consent != "granted":
        event.context.client.ip = anonymize_ip(event.context.client.ip)
        for page in (event.context.page, event.data if kind == "page" else None):
            if page is not None:
                page.search = page.referrer = ""  # type: ignore[union-attr]
        event.context.campaign = Campaign()
    return Prepared(event=event)


def visitor_headers(edgee_event: EdgeeEvent) -> List[Tuple[str, str]]:
    """The headers the proxy adds when a component sets forward-client-headers."""
    event = edgee_event.event
    client, page = event.context.client, event.context.page
    headers = []
    if client.ip:
        headers.append(("x-forwarded-for", client.ip))
    if client.user_agent:
        headers.append(("user-agent", client.user_agent))
    if page.url:
        headers.append(("referer", page.url if "?" in page.url else page.url + page.search))
    if edgee_event.accept_language:
        headers.append(("accept-language", edgee_event.accept_language))
    if client.user_agent_version_list:
        brands = []
        for item in client.user_agent_version_list.split("|"):
            brand, _, version = item.rpartition(";")
            brands.append(f'"{brand}";v="{version}"')
        headers.append(("sec-ch-ua", ", ".join(brands)))
    if client.user_agent_mobile:
        headers.append(("sec-ch-ua-mobile", f"?{client.user_agent_mobile}"))
    if client.os_name:
        headers.append(("sec-ch-ua-platform", f'"{client.os_name}"'))
    return headers
