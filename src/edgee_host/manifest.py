"""The component's `edgee-component.toml`: which settings exist and which are required."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional


@dataclass(frozen=True)
class SettingSpec:
    name: str
    required: bool
    secret: bool


def load_manifest(path: Path) -> Dict[str, SettingSpec]:
    document = tomllib.loads(path.read_text(encoding="utf-8"))
    settings = document.get("component", {}).get("settings", {})
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
