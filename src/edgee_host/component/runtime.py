"""Loads a data-collection component on wasmtime, with an on-disk cache of the compiled artifact."""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from importlib.metadata import version
from pathlib import Path
from typing import List, Optional, Tuple

import wasmtime
from wasmtime import Engine, Store, WasiConfig
from wasmtime.component import Component, Linker

from edgee_host.component.interfaces import interface_for
from edgee_host.component.values import Outcome, auth_answer, event_record, outcome
from edgee_host.errors import HarnessError
from meta_capi.model import Event

# One line per compile and per cached load, so a test session's log can show how often the 18 MB component was compiled.
log = logging.getLogger(__name__)


class ComponentTrap(HarnessError, RuntimeError):
    """The component trapped: the proxy would poison the instance."""


class MissingExport(HarnessError, ValueError):
    """The component does not export the interface or a function the proxy binds."""


class EventNotPassed(HarnessError, ValueError):
    """wasmtime refused to lower the event into the component (a string that is not Unicode text, a number
    out of its WIT type's range): the proxy's own types could not hold it either."""


def wasmtime_version() -> str:
    return version("wasmtime")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "edgee-harness"


MAX_DIGEST_BYTES = 128


def artifact_limit(wasm_size: int) -> int:
    """The largest compiled artifact worth reading: native code is a few times the size of the .wasm."""
    return max(256 * 1024 * 1024, 16 * wasm_size)


def read_cache_entry(path: Path, limit: int) -> Optional[bytes]:
    """The bytes of a cache entry, or None unless it is a regular file (not a link, FIFO or device) of at most
    `limit` bytes, owned by this user and writable by no one else. Opening never blocks (a FIFO would)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(descriptor)
        owned = not hasattr(os, "getuid") or info.st_uid == os.getuid()
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit or not owned or info.st_mode & 0o022:
            return None
        chunks, size = [], 0
        while size <= info.st_size:
            chunk = os.read(descriptor, min(1 << 20, info.st_size + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks) if size == info.st_size else None  # a file that changed while read is skipped
    except OSError:
        return None
    finally:
        os.close(descriptor)


def load_component(engine: Engine, wasm_path: Path, cache_dir: Optional[Path]) -> Component:
    """Compile `wasm_path`, or reuse the artifact cached under its hash and the wasmtime version.

    A cached artifact is native code that wasmtime loads without checks, so it is read only from a regular
    file of bounded size that this user owns and no one else can write, and loaded only when its own digest,
    written beside it, still matches; anything else (missing, a link, a FIFO, too large, stale, corrupt, refused
    by wasmtime) means compiling again. A cache that cannot be written is skipped: the run compiles in memory.
    """
    wasm = wasm_path.read_bytes()
    if cache_dir is None:
        return compile_component(engine, wasm_path, wasm)
    key = hashlib.sha256(wasm + wasmtime_version().encode()).hexdigest()[:32]
    cached, digest_file = cache_dir / f"{key}.cwasm", cache_dir / f"{key}.sha256"
    artifact = read_cache_entry(cached, artifact_limit(len(wasm)))
    digest = read_cache_entry(digest_file, MAX_DIGEST_BYTES)
    if artifact is not None and digest is not None and hashlib.sha256(artifact).hexdigest() == digest.strip().decode(
            "ascii", "replace"):
        try:
            component = Component.deserialize(engine, artifact)
            log.info("loaded %s from the compile cache", wasm_path.name)
            return component
        except Exception:  # noqa: BLE001 - whatever wasmtime makes of a bad artifact, the answer is to recompile
            pass
    component = compile_component(engine, wasm_path, wasm)
    try:
        cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        artifact = bytes(component.serialize())
        digest_line = (hashlib.sha256(artifact).hexdigest() + "\n").encode()
        for target, content in ((cached, artifact), (digest_file, digest_line)):
            partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")  # then moved over any bad entry
            partial.unlink(missing_ok=True)
            partial.write_bytes(content)
            os.chmod(partial, 0o600)
            partial.replace(target)
    except OSError:
        pass  # an unwritable cache costs the next run a compile, nothing else
    return component


def compile_component(engine: Engine, wasm_path: Path, wasm: bytes) -> Component:
    component = Component(engine, wasm)
    log.info("compiled %s", wasm_path.name)
    return component


class DataCollectionHost:
    """A data-collection component bound as the proxy binds it for one `wit_version`.

    The proxy instantiates the component afresh for every event (one store per batch); the host does the
    same with `fresh_instance_per_call`, and otherwise keeps one instance, which only tests and the
    warm-call benchmark want.
    """

    def __init__(self, wasm_path: Path, cache_dir: Optional[Path] = None, engine: Optional[Engine] = None,
                 component: Optional[Component] = None, memory_limit: int = -1, *, wit_version: str = "1.0.0",
                 fresh_instance_per_call: bool = False) -> None:
        self.engine = engine or Engine()
        self.component = component or load_component(self.engine, Path(wasm_path), cache_dir)
        self.memory_limit = memory_limit
        self.interface = interface_for(wit_version)
        self.fresh_instance_per_call = fresh_instance_per_call
        self.linker = Linker(self.engine)
        self.linker.add_wasip2()  # WASI p2 and nothing else: no preopened directory, no environment, no network
        self.new_batch()
        self._instantiate()

    def new_batch(self) -> None:
        """A new store, as the proxy makes one per batch of events."""
        self.store = Store(self.engine)
        self.store.set_wasi(WasiConfig())
        if self.memory_limit > 0:
            self.store.set_limits(memory_size=self.memory_limit)

    def _instantiate(self) -> None:
        self.instance = self.linker.instantiate(self.store, self.component)
        name = self.interface.export_name
        interface = self.instance.get_export_index(self.store, name)
        if interface is None:
            raise MissingExport(f"the component does not export {name}")
        self.functions = {}
        for function in self.interface.functions:
            index = self.instance.get_export_index(self.store, function, interface)
            func = self.instance.get_func(self.store, index) if index is not None else None
            if func is None:
                raise MissingExport(f"the component does not export {name}#{function}")
            self.functions[function] = func

    def call_raw(self, function: str, *arguments: object) -> object:
        if self.fresh_instance_per_call:
            try:
                self._instantiate()
            except wasmtime.WasmtimeError as error:  # a store's limits (10,000 instances): the proxy skips the event
                raise ComponentTrap(f"no instance for {function}: {str(error).splitlines()[0][:200]}") from None
        func = self.functions[function]
        try:
            result = func(self.store, *arguments)
            func.post_return(self.store)  # required up to wasmtime 39, a no-op since
            return result
        except (wasmtime.Trap, wasmtime.WasmtimeError) as error:
            self.new_batch()  # a trapped instance, and its store, cannot be used again
            self._instantiate()
            raise ComponentTrap(f"{function} trapped: {error}") from error
        except (UnicodeError, ValueError, OverflowError) as error:  # lowering the arguments, before any call
            raise EventNotPassed(f"the event cannot be passed to the component: {error}") from error

    def call(self, kind: str, event: Event, settings: List[Tuple[str, str]]) -> Outcome:
        return outcome(self.call_raw(kind, event_record(kind, event), settings))

    def authenticate(self, settings: List[Tuple[str, str]]) -> str:
        """What `authenticate` (1.0.1) answered, in words: `none`, an auth request, or `Err: ...`."""
        return auth_answer(self.call_raw("authenticate", settings))
