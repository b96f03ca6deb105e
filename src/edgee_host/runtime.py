"""Loads a data-collection component on wasmtime, with an on-disk cache of the compiled artifact."""

from __future__ import annotations

import hashlib
import os
from importlib.metadata import version
from pathlib import Path
from typing import List, Optional, Tuple

import wasmtime
from wasmtime import Engine, Store, WasiConfig
from wasmtime.component import Component, Linker

from meta_capi.model import Event

from .wit_values import Outcome, event_record, outcome

INTERFACE = "edgee:components/data-collection@1.0.0"
FUNCTIONS = ("page", "track", "user")


class ComponentTrap(RuntimeError):
    """The component trapped: the proxy would poison the instance."""


def wasmtime_version() -> str:
    return version("wasmtime")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "edgee-harness"


def load_component(engine: Engine, wasm_path: Path, cache_dir: Optional[Path]) -> Component:
    """Compile `wasm_path`, or reuse the artifact cached under its hash and the wasmtime version."""
    wasm = wasm_path.read_bytes()
    if cache_dir is None:
        return Component(engine, wasm)
    key = hashlib.sha256(wasm + wasmtime_version().encode()).hexdigest()[:32]
    cached = cache_dir / f"{key}.cwasm"
    if cached.exists():
        try:
            return Component.deserialize_file(engine, str(cached))
        except wasmtime.WasmtimeError:
            cached.unlink(missing_ok=True)  # stale or corrupt: compile again
    component = Component(engine, wasm)
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.tmp")
    partial.write_bytes(bytes(component.serialize()))
    partial.replace(cached)
    return component


class DataCollectionHost:
    """One instance of a data-collection component, called like the proxy calls it."""

    def __init__(self, wasm_path: Path, cache_dir: Optional[Path] = None, engine: Optional[Engine] = None,
                 component: Optional[Component] = None, memory_limit: int = -1) -> None:
        self.engine = engine or Engine()
        self.component = component or load_component(self.engine, Path(wasm_path), cache_dir)
        self.memory_limit = memory_limit
        self._instantiate()

    def _instantiate(self) -> None:
        # WASI p2 and nothing else: no preopened directory, no environment, no network.
        self.store = Store(self.engine)
        self.store.set_wasi(WasiConfig())
        if self.memory_limit > 0:
            self.store.set_limits(memory_size=self.memory_limit)
        linker = Linker(self.engine)
        linker.add_wasip2()
        self.instance = linker.instantiate(self.store, self.component)
        interface = self.instance.get_export_index(self.store, INTERFACE)
        if interface is None:
            raise ComponentTrap(f"the component does not export {INTERFACE}")
        self.functions = {}
        for name in FUNCTIONS:
            index = self.instance.get_export_index(self.store, name, interface)
            func = self.instance.get_func(self.store, index) if index is not None else None
            if func is None:
                raise ComponentTrap(f"the component does not export {INTERFACE}#{name}")
            self.functions[name] = func

    def call_raw(self, kind: str, record: object, settings: List[Tuple[str, str]]) -> object:
        func = self.functions[kind]
        try:
            result = func(self.store, record, settings)
            func.post_return(self.store)  # required up to wasmtime 39, a no-op since
            return result
        except (wasmtime.Trap, wasmtime.WasmtimeError) as error:
            self._instantiate()  # a trapped instance cannot be called again
            raise ComponentTrap(f"{kind} trapped: {error}") from error

    def call(self, kind: str, event: Event, settings: List[Tuple[str, str]]) -> Outcome:
        return outcome(self.call_raw(kind, event_record(kind, event), settings))
