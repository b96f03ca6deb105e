"""An edgee.toml `[[components.data_collection]]` entry as the proxy reads it (config.rs): the `edgee_*`
host settings split from the component's own, the rules, the interface version."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

from edgee_host.component.interfaces import INTERFACES
from edgee_host.errors import HarnessError
from edgee_host.proxy.rules import Condition, FilteringRule, Manipulation, ManipulationRule
from edgee_host.toml_file import read_toml
from meta_capi.consent import CONSENTS

HOST_PREFIX = "edgee_"


class ConfigError(HarnessError, ValueError):
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
    event_filtering_rules: List[FilteringRule] = field(default_factory=list)
    data_manipulation_rules: List[ManipulationRule] = field(default_factory=list)


def _host_flag(key: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ConfigError(f"settings.{key} must be true or false (the value given is not shown: settings may be secret)")


def _proxy_flag(key: str, value: Any) -> bool:
    if not isinstance(value, bool):  # config.rs: a bool field; serde takes no "true" string for it
        raise ConfigError(f"settings.{key} must be true or false (a TOML boolean), got {type(value).__name__}")
    return value


def entry_from_settings(component_id: str, raw_settings: Dict[str, Any], file: str = "",
                        wit_version: str = "1.0.0", proxy_config: bool = False) -> ComponentEntry:
    """Split `edgee_*` host settings from the component's string settings. With `proxy_config` (an edgee.toml),
    as the proxy's config.rs does: flags are booleans, any default consent string is taken (unknown ones act
    as pending), and every other key, other `edgee_*` ones included, is a string handed to the component.
    Otherwise as the harness's `--settings` reads text: flags may be "true"/"false", other `edgee_*` dropped."""
    entry = ComponentEntry(id=component_id, file=file, wit_version=wit_version)
    flag = _proxy_flag if proxy_config else _host_flag
    for key, value in raw_settings.items():
        if key in ("edgee_page_event_enabled", "edgee_track_event_enabled", "edgee_user_event_enabled"):
            entry.enabled[key.split("_")[1]] = flag(key, value)
        elif key == "edgee_anonymization":
            entry.anonymization = flag(key, value)
        elif key == "edgee_default_consent":
            if proxy_config and not isinstance(value, str):
                raise ConfigError(f"settings.{key} must be a string, got {type(value).__name__}")
            if not proxy_config and value not in CONSENTS:
                raise ConfigError(f"settings.{key} must be pending, granted or denied (the value given is not shown)")
            entry.default_consent = value
        elif key.startswith(HOST_PREFIX) and not proxy_config:
            continue  # --settings: other host settings do not reach the component
        elif not isinstance(value, str):
            raise ConfigError(f"settings.{key} must be a string, got {type(value).__name__}")
        else:
            entry.settings.append((key, value))
    return entry


def _strings(value: Any, where: str) -> Tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where} must be a list of strings")
    return tuple(value)


def _tables(value: Any, where: str) -> List[Dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ConfigError(f"{where} must be an array of tables")
    return value


def _text(table: Dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if value is None:
        raise ConfigError(f"{where}.{key} is required (the proxy's config has no default for it)")
    if not isinstance(value, str):
        raise ConfigError(f"{where}.{key} must be a string")
    return value


def _required(table: Dict[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise ConfigError(f"{where}.{key} is required (the proxy's config has no default for it)")
    return table[key]


def _rules(raw: Any, where: str, items_key: str, item_fields: Tuple[str, ...],
           item_type: Callable[..., Any], rule_type: Callable[..., Any]) -> List[Any]:
    """An array of rule tables: `name`, `event_types` and a list of `items_key` tables of string fields, every
    field required as config.rs declares them."""
    rules = []
    for position, rule in enumerate(_tables(raw, where)):
        at = f"{where}[{position}]"
        items = tuple(
            item_type(*(_text(item, name, f"{at}.{items_key}[{n}]") for name in item_fields))
            for n, item in enumerate(_tables(_required(rule, items_key, at), f"{at}.{items_key}")))
        event_types = _strings(_required(rule, "event_types", at), f"{at}.event_types")
        rules.append(rule_type(_text(rule, "name", at), event_types, items))
    return rules


def filtering_rules(raw: Any, where: str) -> List[FilteringRule]:
    return _rules(raw, where, "conditions", ("field", "operator", "value"), Condition, FilteringRule)


def manipulation_rules(raw: Any, where: str) -> List[ManipulationRule]:
    fields = ("from_property", "to_property", "manipulation_type")
    return _rules(raw, where, "manipulations", fields, Manipulation, ManipulationRule)


def load_edgee_toml(path: Path) -> List[ComponentEntry]:
    document = read_toml(path, ConfigError)
    components = document.get("components", {})
    if not isinstance(components, dict):
        raise ConfigError(f"{path}: components must be a table with [[components.data_collection]] entries")
    raw_entries = components.get("data_collection", [])
    if not isinstance(raw_entries, list) or not raw_entries:
        raise ConfigError(f"{path}: no [[components.data_collection]] entry")
    entries = []
    for position, raw in enumerate(raw_entries):
        where = f"{path}: components.data_collection[{position}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise ConfigError(f"{where}: id must be a string")
        settings = raw.get("settings", {})
        if not isinstance(settings, dict):
            raise ConfigError(f"{where}: settings must be a table")
        if "wit_version" not in raw:  # the proxy has no default either: its configuration fails to load
            raise ConfigError(f'{where}: wit_version is required (the proxy has no default); add wit_version = "1.0.0"')
        wit_version = raw["wit_version"]
        if not isinstance(wit_version, str) or wit_version not in INTERFACES:
            known = ", ".join(f'"{version}"' for version in INTERFACES)
            shown = repr(wit_version)[:40] if isinstance(wit_version, str) else f"a {type(wit_version).__name__}"
            raise ConfigError(f"{where}: wit_version {shown} is not one the proxy binds ({known})")
        if not isinstance(raw.get("file"), str):
            raise ConfigError(f"{where}: file must be a string (the proxy requires it, even though the harness "
                              f"runs --wasm)")
        try:
            entry = entry_from_settings(raw["id"], settings, raw["file"], wit_version, proxy_config=True)
            entry.event_filtering_rules = filtering_rules(raw.get("event_filtering_rules", []),
                                                          "event_filtering_rules")
            entry.data_manipulation_rules = manipulation_rules(raw.get("data_manipulation_rules", []),
                                                               "data_manipulation_rules")
        except ConfigError as error:
            raise ConfigError(f"{where}: {error}") from None
        entries.append(entry)
    return entries


def proxy_ip_refusal(ip: str) -> str:
    """Why the proxy's `parse::<IpAddr>().unwrap()` (context.rs, run on every request's first IP, anonymized
    or not) would panic on `ip`, or "": Rust takes a bare address only (no spaces, zone, list or port)."""
    if not ip:
        return ""
    try:
        ipaddress.ip_address(ip)
    except ValueError:
        return "is not an IP address"
    return "has a zone index, which Rust's IpAddr does not parse" if "%" in ip else ""


def anonymize_ip(ip: str) -> str:
    """IPv4 with its last octet zeroed, IPv6 cut to its first 48 bits; "" when not an address."""
    try:
        address = ipaddress.ip_address(ip.strip())
    except ValueError:
        return ""
    if address.version == 4:
        return str(ipaddress.ip_network(f"{address}/24", strict=False).network_address)
    return str(ipaddress.ip_network(f"{address}/48", strict=False).network_address)
