"""The component's `edgee-component.toml`: the rules Edgee's CLI applies when it loads it
(crates/cli/src/components/manifest.rs), and which settings exist, are required or secret."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional
from urllib.parse import urlsplit

from edgee_host.component.interfaces import INTERFACES
from edgee_host.errors import HarnessError
from edgee_host.toml_file import read_toml

MANIFEST_VERSION = 1
CATEGORIES = frozenset(
    "data-collection edge-function js-gateway security consent-management identity stitching".split())
SUBCATEGORIES = frozenset(
    "analytics warehouse attribution conversion-api wasm-function server-side-tagging microservice kv-store "
    "bot-protection rate-limiting anti-fraud consent-mapping cmp native-cookies unique-id ab-testing "
    "web-performance".split())
SETTING_TYPES = frozenset({"string", "bool", "number"})
ICON_EXTENSIONS = (".png", ".jpg", ".jpeg")
_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")


def _is_url(value: Any) -> bool:
    """An absolute URL as the CLI's URL parser wants it (a scheme; a host for web URLs)."""
    if not isinstance(value, str) or any(ch.isspace() for ch in value):
        return False
    parts = urlsplit(value)
    if not _URL_SCHEME.fullmatch(parts.scheme or "") or value[len(parts.scheme):][:1] != ":":
        return False
    return bool(parts.netloc) if parts.scheme.lower() in ("http", "https") else len(value) > len(parts.scheme) + 1


def _one_of(value: Any, choices: Any) -> bool:
    """Membership for a value of any TOML type (a list or table is never one of the names)."""
    return isinstance(value, str) and value in choices


def _typed(table: Dict[str, Any], key: str, kind: type, where: str, required: bool) -> List[str]:
    if key not in table:
        return [f"{where}{key} is required"] if required else []
    if not isinstance(table[key], kind) or (kind is str and not table[key]):
        return [f"{where}{key} must be a {'non-empty string' if kind is str else kind.__name__}"]
    return []


def manifest_problems(document: Dict[str, Any]) -> List[str]:
    """Everything Edgee's CLI would refuse in a parsed manifest, plus a wit-version the proxy does not bind."""
    problems: List[str] = []
    if document.get("manifest-version") != MANIFEST_VERSION:
        problems.append(f"manifest-version must be {MANIFEST_VERSION}, got {document.get('manifest-version')!r:.60}")
    component = document.get("component")
    if not isinstance(component, dict):
        return problems + ["[component] is required"]
    for key in ("name", "version", "wit-version"):
        problems += _typed(component, key, str, "component.", True)
    for key in ("slug", "description", "icon-path", "language"):
        problems += _typed(component, key, str, "component.", False)
    if not _one_of(component.get("category"), CATEGORIES):
        problems.append(
            f"component.category must be one of {sorted(CATEGORIES)}, got {component.get('category')!r:.60}")
    if not _one_of(component.get("subcategory"), SUBCATEGORIES):
        problems.append(f"component.subcategory {component.get('subcategory')!r:.60} is not one Edgee knows")
    if "wit-version" in component and not _one_of(component["wit-version"], INTERFACES):
        problems.append(f"component.wit-version {component['wit-version']!r:.60} is not one the proxy binds")
    icon = component.get("icon-path")
    if isinstance(icon, str) and not icon.lower().endswith(ICON_EXTENSIONS):
        problems.append(f"component.icon-path must be a .png, .jpg or .jpeg file, got {icon!r:.60}")
    for key in ("documentation", "repository"):
        if key in component and not _is_url(component[key]):
            problems.append(f"component.{key} must be an absolute URL, got {component[key]!r:.60}")
    build = component.get("build")
    if not isinstance(build, dict):
        problems.append("[component.build] is required")
    else:
        for key in ("command", "output_path"):
            problems += _typed(build, key, str, "component.build.", True)
    settings = component.get("settings", {})
    for name, spec in settings.items() if isinstance(settings, dict) else ():
        problems += _setting_problems(name, spec)
    return problems


def _setting_problems(name: str, spec: Any) -> List[str]:
    """What Edgee's CLI refuses in one `[component.settings.NAME]` table."""
    where = f"component.settings.{name}."
    if not isinstance(spec, dict):
        return [f"component.settings.{name} must be a table"]
    problems = _typed(spec, "title", str, where, True)
    if not _one_of(spec.get("type"), SETTING_TYPES):
        problems.append(f"{where}type must be one of {sorted(SETTING_TYPES)}, got {spec.get('type')!r:.60}")
    for key in ("required", "secret"):
        problems += _typed(spec, key, bool, where, False)
    problems += _typed(spec, "description", str, where, False)
    options = spec.get("options")
    if options is not None and not (isinstance(options, list) and all(isinstance(o, str) for o in options)):
        problems.append(f"{where}options must be a list of strings")
    return problems


@dataclass(frozen=True)
class SettingSpec:
    name: str
    required: bool
    secret: bool


class ManifestError(HarnessError, ValueError):
    """The manifest cannot be read, or Edgee's CLI would refuse it; says which file and why."""


def read_manifest(path: Path) -> Dict[str, Any]:
    """The parsed manifest, checked with the CLI's rules."""
    document = read_toml(path, ManifestError, "manifest ")
    problems = manifest_problems(document)
    if problems:
        raise ManifestError(f"manifest {path}: " + "; ".join(problems))
    return document


def load_manifest(path: Path) -> Dict[str, SettingSpec]:
    settings = read_manifest(path)["component"].get("settings", {})
    return {
        name: SettingSpec(name, bool(spec.get("required", False)), bool(spec.get("secret", False)))
        for name, spec in settings.items()
    }


def find_manifest(wasm_path: Path, explicit: Optional[Path]) -> Optional[Path]:
    """The manifest given, else one beside the .wasm, else one in the working directory."""
    if explicit is not None:
        return explicit
    for folder in (wasm_path.resolve().parent, Path.cwd()):
        candidate = folder / "edgee-component.toml"
        if candidate.exists():
            return candidate
    return None


def setting_problems(specs: Dict[str, SettingSpec], names: Iterable[str]) -> List[str]:
    """What Edgee's CLI would refuse: a missing required setting, or a name the component does not know."""
    given = set(names)
    problems = [f"missing required setting {spec.name}" for spec in specs.values()
                if spec.required and spec.name not in given]
    problems += [f"unknown setting {name} (not in edgee-component.toml)" for name in sorted(given - set(specs))]
    return problems


def secret_names(specs: Dict[str, SettingSpec]) -> List[str]:
    return [spec.name for spec in specs.values() if spec.secret]
