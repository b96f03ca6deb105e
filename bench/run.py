"""Benchmark of meta_capi.wasm against a null component built from the same WIT.

First, what the proxy pays per event: it instantiates the component afresh for every event (one store per
batch of events), calls it once and drops the store when the batch is done, so an event costs one
instantiation, one call on a cold instance and its share of the teardown. All three are timed inside the
engine, with the minor page faults of the first call (each page the call writes in the copy-on-write image
of the build-time heap costs one), for meta_capi.wasm, the null component and the stage components
(bench/stages.py), interleaved. Warm calls on one long-lived instance come second.

In-engine time is the FFI call of the component function alone: the arguments are lowered to wasmtime's C
values once, then `wasmtime_component_func_call` is timed, so the wasmtime-py host's Python conversions
(which the proxy, a Rust host, does not pay) are left out. Whole host calls are timed separately.
Run with `make bench`; prints a table and writes build/bench/results.json.
"""

from __future__ import annotations

import copy
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from ctypes import byref, pointer
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import wasmtime  # noqa: E402
from wasmtime import Engine  # noqa: E402
from wasmtime import _ffi as ffi  # noqa: E402  - the raw call, to time the engine alone
from wasmtime.component import Component  # noqa: E402

from edgee_host.cli.samples import sample_events  # noqa: E402
from edgee_host.component.runtime import DataCollectionHost, wasmtime_version  # noqa: E402
from edgee_host.component.values import event_record  # noqa: E402
from edgee_host.proxy.events import EdgeeEvent, parse_events  # noqa: E402
from meta_capi import build_request  # noqa: E402

WASM = ROOT / "meta_capi.wasm"
NULL_WASM = ROOT / "build" / "null.wasm"
RESULTS = ROOT / "build" / "bench" / "results.json"
RECORDED = ROOT / "tests" / "fixtures" / "edgee-sample-events"
# The recorded page event has no email: identifiers other than email and phone must do.
SETTINGS = [("meta_pixel_id", "1234567890"), ("meta_access_token", "bench-token"), ("meta_test_event_code", "T1"),
            ("meta_require_email_or_phone", "false")]
CALLS = int(os.environ.get("BENCH_CALLS", "2000"))
WARMUP = 200
MEMORY_EVENTS = (1_000, 10_000, 30_000)
COLD_EVENTS = int(os.environ.get("BENCH_COLD_EVENTS", "300"))
# The stage components (bench/stages.py), when built: make bench builds them.
STAGE_WASMS = {stage: path for stage in ("adapter", "settings", "identity")
               if (path := ROOT / "build" / f"stage_{stage}.wasm").exists()}
# BENCH_PER_EVENT_ONLY=1: only the per-event table and the stages (what a change to the guest moves).
PER_EVENT_ONLY = os.environ.get("BENCH_PER_EVENT_ONLY") == "1"
BATCH = 10  # events per store, as the proxy keeps one store per batch of a request
PAGE = 64 * 1024


def bench_events(now: Optional[int] = None) -> Dict[str, EdgeeEvent]:
    now = int(time.time()) if now is None else now
    page, track, user, purchase = (item for item in parse_events(sample_events(now)) if isinstance(item, EdgeeEvent))
    many = sample_events(now)[3]
    many["data"]["properties"]["contents"] = json.dumps([
        {"id": f"SKU-{n}", "title": f"Product {n}", "item_price": 1.5 + n, "quantity": 1 + n % 3,
         "category": "bench"} for n in range(50)])
    many["data"]["properties"].pop("revenue")
    [purchase_50] = parse_events([many])
    events = {"page": page, "track": track, "user": user, "purchase_3": purchase, "purchase_50": purchase_50}
    # The events recorded on Edgee's demo site: a lighter visitor (one email).
    for kind in ("page", "track", "user"):
        [recorded] = parse_events(json.loads((RECORDED / f"{kind}.json").read_text()))
        assert isinstance(recorded, EdgeeEvent)
        seconds = now - 5
        recorded.event.timestamp, recorded.event.timestamp_millis = seconds, seconds * 1000
        recorded.event.consent = "granted"
        events[f"recorded_{kind}"] = recorded
    return events


def percentile(samples: List[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def summary(samples_ns: List[float]) -> Dict[str, float]:
    return {"median_us": round(statistics.median(samples_ns) / 1000, 2),
            "p95_us": round(percentile(samples_ns, 0.95) / 1000, 2)}


class Instance(DataCollectionHost):
    """A fresh instance of an already compiled component, with a raw call path for timing."""

    def __init__(self, engine: Engine, component: Component, memory_limit: int = -1) -> None:
        super().__init__(Path(), engine=engine, component=component, memory_limit=memory_limit)

    def cold_event(self, kind: str, event: EdgeeEvent,
                   settings: List[Tuple[str, str]] = SETTINGS) -> Tuple[int, int, int]:
        """One event as the proxy runs it: (instantiation ns, first call ns, page faults of the first call)."""
        clock = time.perf_counter_ns
        start = clock()
        self._instantiate()
        instantiate_ns = clock() - start
        once = self.raw_caller(kind, event, settings)
        faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        call_ns = once()
        return instantiate_ns, call_ns, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults

    def drop_store(self) -> None:
        """Drop the batch's store and its instances, as the proxy does when a request is done."""
        self.instance, self.functions, self._keep = None, {}, None
        del self.store

    def raw_caller(self, kind: str, event: EdgeeEvent,
                   settings: List[Tuple[str, str]] = SETTINGS) -> Callable[[], int]:
        """Lower the arguments once; the returned callable makes one engine call, frees its result and returns
        the nanoseconds of the call alone."""
        func = self.functions[kind]
        param_types = func.type(self.store).params
        params = (ffi.wasmtime_component_val_t * 2)()
        arguments = (event_record(kind, event.event), settings)
        for index, ((_, ty), value) in enumerate(zip(param_types, arguments, strict=True)):
            ty.convert_to_c(self.store, value, pointer(params[index]))
        result = ffi.wasmtime_component_val_t()
        context = self.store._context()
        raw_func = byref(func._func)
        call = ffi.wasmtime_component_func_call
        delete = ffi.wasmtime_component_val_delete
        result_ref = byref(result)
        blank = ffi.WASMTIME_COMPONENT_BOOL
        post_return = func.post_return  # required up to wasmtime 39, a no-op since; outside the timed part

        clock = time.perf_counter_ns

        def once() -> int:
            start = clock()
            error = call(raw_func, context, params, 2, result_ref, 1)
            elapsed = clock() - start
            if error:
                raise wasmtime.WasmtimeError._from_ptr(error)
            delete(result_ref)
            result.kind = blank  # the next call assigns into `result`, which drops what it holds
            post_return(self.store)
            return elapsed

        self._keep = (params, result)
        return once


def cold_figures(engine: Engine, components: Dict[str, Component], events: Dict[str, EdgeeEvent]
                 ) -> Dict[str, Dict[str, Dict[str, Any]]]:
    """Per event as the proxy pays it, for every component and event: label -> event -> figures.

    A fresh instance per event in the batch's store, one call, and the store dropped at the end of the batch
    (the proxy pays that teardown too: it frees every instance's private pages), counted per event. Batches
    of all components and events are interleaved (a fixed shuffled order per round), so a noisy moment
    weighs on every ratio alike; the first round warms the engine's caches and is left out.
    """
    hosts = {label: Instance(engine, component) for label, component in components.items()}
    cells = [(label, name) for label in components for name in events]
    samples: Dict[Tuple[str, str], List[Tuple[int, int, int, int]]] = {cell: [] for cell in cells}
    clock = time.perf_counter_ns
    for round_number in range(1 + COLD_EVENTS // BATCH):
        order = list(cells)
        random.Random(round_number).shuffle(order)
        for label, name in order:
            host, event = hosts[label], events[name]
            host.new_batch()
            batch = [host.cold_event(event.kind, event) for _ in range(BATCH)]
            start = clock()
            host.drop_store()
            teardown = (clock() - start) // BATCH
            if round_number:
                samples[label, name].extend((*sample, teardown) for sample in batch)
    figures: Dict[str, Dict[str, Dict[str, Any]]] = {label: {} for label in components}
    for (label, name), cell in samples.items():
        instantiate, call, faults, teardown = ([sample[part] for sample in cell] for part in range(4))
        parts = {"instantiate": summary(instantiate), "first_call": summary(call), "teardown": summary(teardown)}
        # The sum of the three medians: a preemption in any one part does not make the whole event an outlier.
        total = round(sum(part["median_us"] for part in parts.values()), 2)
        figures[label][name] = {**parts, "total": {"median_us": total},
                                "first_call_page_faults": statistics.median(faults)}
    return figures


HOSTILE_SIZES = (1_000, 10_000, 100_000)


def hostile_values(size: int) -> Dict[str, Tuple[str, str]]:
    """Field -> (where, value): crafted values of `size` characters that defeat naive patterns."""
    return {
        "email": ("visitor", "a" * (size - 6) + "@x.com"),
        "phone": ("visitor", "1-" * (size // 2)),
        "first_name": ("visitor", "é" * size),
        "city": ("visitor", "a." * (size // 2)),
        "note (custom_data)": ("event", "a@" * (size // 2)),
        "order_id": ("event", "x" * (size - 3) + "%40"),
        "contents": ("event", "[" * size),
        # (session 39's costliest units, tools/costliest_character.py: a label in Devanagari and its colon repeated,
        # each a label a person's name may follow; a document's word repeated before an encoded `@`)
        "note (labels)": ("event", ("आडनाव: " * (size // 7 + 1))[:size]),
        "note (document words)": ("event", ("cv " * (size // 3 + 1))[:size - 3] + "%40"),
    }


def hostile_figures(engine: Engine, component: Component, base: EdgeeEvent) -> Dict[str, Dict[str, float]]:
    """Warm engine time of a track event carrying one hostile value, per field and size: linear, bounded."""
    figures: Dict[str, Dict[str, float]] = {}
    instance = Instance(engine, component)
    for size in HOSTILE_SIZES:
        for field_name, (where, value) in hostile_values(size).items():
            event = copy.deepcopy(base)
            key = field_name.split(" ")[0]
            properties = event.event.context.user.properties if where == "visitor" else event.event.data.properties
            properties.append((key, value))
            once = instance.raw_caller("track", event)
            samples = [once() for _ in range(20)]
            figures.setdefault(field_name, {})[str(size)] = round(statistics.median(samples) / 1000, 1)
    return figures


# One crafted value in every field the component reads, and under each privacy setting, as the proxy pays it
# (a fresh instance and one call per event). Past the budget (64 KiB a value) the event is an Err at the door.
HOSTILE_COLD_SIZES = (1_000, 100_000, 1_000_000)
HOSTILE_COLD_EVENTS = int(os.environ.get("BENCH_HOSTILE_COLD_EVENTS", "30"))
_PRIVACY_SETTINGS = {"": [], "meta_url_query=drop": [("meta_url_query", "drop")],
                     "meta_custom_data=standard": [("meta_custom_data", "standard")]}


def hostile_cold_values(size: int) -> Dict[str, Tuple[str, str, str]]:
    """Row -> (where, key, value): `where` is visitor, event (a property), key (a property's key), or a
    context field (url, referrer, title, user_agent)."""
    email = "%40".join(["a" * (size // 2 - 3), "x.com"])
    return {
        "email (visitor)": ("visitor", "email", "a" * (size - 6) + "@x.com"),
        "phone (visitor)": ("visitor", "phone", "1-" * (size // 2)),
        "first_name (visitor)": ("visitor", "first_name", "é" * size),
        "note (text)": ("event", "note", ("call 06 12 34 56 78 " * (size // 20 + 1))[:size]),
        "note (encoded email)": ("event", "note", email),
        "order_id": ("event", "order_id", "x" * (size - 3) + "%40"),
        "contents (JSON)": ("event", "contents", "[" * size),
        "content_ids (comma list)": ("event", "content_ids", ",".join(["SKU-1"] * (size // 6))),
        "property key": ("key", "k" * size, "1"),
        "fbc": ("event", "fbc", "fb.1.1700000000000." + "A" * size),
        "url (query)": ("url", "", "https://s.com/p?" + "&".join(["q=1"] * (size // 4))),
        "url (path)": ("url", "", "https://s.com/" + "a%2F" * (size // 4)),
        "referrer": ("referrer", "", "https://s.com/?" + "x" * size),
        "title (page)": ("title", "", "t" * size),
        "user_agent": ("user_agent", "", "Mozilla/5.0 " + "@" * size),
    }


def hostile_cold_event(base: EdgeeEvent, where: str, key: str, value: str) -> EdgeeEvent:
    event = copy.deepcopy(base)
    context = event.event.context
    if where == "visitor":
        context.user.properties.append((key, value))
    elif where in ("event", "key"):
        event.event.data.properties.append((key, value))  # type: ignore[union-attr]
    elif where == "url":
        context.page.url = value
    elif where == "referrer":
        context.page.referrer = value
    elif where == "title":
        context.page.title = value
    else:
        context.client.user_agent = value
    return event


def hostile_cold_figures(engine: Engine, component: Component, base: EdgeeEvent) -> Dict[str, Dict[str, Any]]:
    """Per event as the proxy pays it (fresh instance + first call), median µs, by field, setting and size."""
    figures: Dict[str, Dict[str, Any]] = {}
    host = Instance(engine, component)
    for size in HOSTILE_COLD_SIZES:
        for field_name, (where, key, value) in hostile_cold_values(size).items():
            for label, extra in _PRIVACY_SETTINGS.items():
                if label and where not in ("url", "referrer", "event", "key"):
                    continue  # the settings change URLs and custom data only
                event = hostile_cold_event(base, where, key, value)
                settings = [*SETTINGS, *extra]
                outcome = host.call(event.kind, event.event, settings)
                samples = []
                for index in range(HOSTILE_COLD_EVENTS):
                    if index % BATCH == 0:
                        host.new_batch()
                    instantiate_ns, call_ns, _ = host.cold_event(event.kind, event, settings)
                    samples.append(instantiate_ns + call_ns)
                row = f"{field_name} {label}".strip()
                figures.setdefault(row, {})[str(size)] = {
                    "total_us": round(statistics.median(samples) / 1000, 1),
                    "outcome": "request" if outcome.error is None else "Err",
                }
    return figures


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def time_engine(once: Callable[[], int], calls: int) -> List[float]:
    for _ in range(WARMUP):
        once()
    return [once() for _ in range(calls)]


def time_calls(action: Callable[[], Any], calls: int) -> List[float]:
    clock = time.perf_counter_ns
    for _ in range(WARMUP):
        action()
    samples = []
    for _ in range(calls):
        start = clock()
        action()
        samples.append(clock() - start)
    return samples


def timed(action: Callable[[], Any]) -> Tuple[float, Any]:
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def smallest_memory_limit(probe: Callable[[int], bool], high: int) -> int:
    """The smallest page-aligned limit for which `probe` succeeds (binary search)."""
    low_pages, high_pages = 1, high // PAGE
    while low_pages < high_pages:
        middle = (low_pages + high_pages) // 2
        if probe(middle * PAGE):
            high_pages = middle
        else:
            low_pages = middle + 1
    return low_pages * PAGE


def memory_figures(engine: Engine, component: Component, event: EdgeeEvent) -> Dict[str, int]:
    def fresh(limit: int) -> bool:
        try:
            Instance(engine, component, limit).raw_caller("track", event)()
            return True
        except Exception:
            return False

    def after(count: int) -> Callable[[int], bool]:
        def probe(limit: int) -> bool:
            try:
                instance = Instance(engine, component, limit)
                once = instance.raw_caller("track", event)
                for _ in range(count):
                    once()
                return True
            except Exception:
                return False

        return probe

    high = 1 << 30
    figures = {"fresh_bytes": smallest_memory_limit(fresh, high)}
    for count in MEMORY_EVENTS:
        figures[f"after_{count}_events_bytes"] = smallest_memory_limit(after(count), high)
    # The heap's slack hides early growth: the rate is read between the last two counts.
    first, last = MEMORY_EVENTS[-2:]
    figures["growth_per_event_bytes"] = round(
        (figures[f"after_{last}_events_bytes"] - figures[f"after_{first}_events_bytes"]) / (last - first))
    return figures


def build_seconds() -> float:
    with tempfile.TemporaryDirectory() as folder:
        target = str(Path(folder) / "x.wasm")  # the Makefile's own recipe, into a file that does not exist yet
        command = ["make", "--no-print-directory", f"WASM={target}", target]
        seconds, _ = timed(lambda: subprocess.run(command, cwd=ROOT, check=True, capture_output=True))
    return seconds


def harness_start_seconds() -> float:
    command = [str(ROOT / ".venv" / "bin" / "edgee-harness"), "run", "--wasm", str(WASM), "--event-type", "page",
               "--settings", "meta_pixel_id=1234567890,meta_access_token=t", "--json"]
    subprocess.run(command, check=True, capture_output=True)  # fills the compile cache
    return statistics.median(timed(lambda: subprocess.run(command, check=True, capture_output=True))[0]
                             for _ in range(5))


def main() -> int:
    events = bench_events()
    engine = Engine()
    figures: Dict[str, Any] = {
        "machine": f"{cpu_model()} ({platform.machine()}, {os.cpu_count()} cores), "
                   f"Python {platform.python_version()}, wasmtime {wasmtime_version()}",
        "calls": CALLS,
        "components": {},
    }
    compiled = {label: timed(lambda path=path: Component(engine, path.read_bytes()))
                for label, path in (("meta_capi", WASM), ("null", NULL_WASM), *STAGE_WASMS.items())}
    # Every component's per-event figures in one interleaved run: the ratios compare like with like.
    cold = cold_figures(engine, {label: component for label, (_, component) in compiled.items()}, events)
    figures["stages"] = {label: cold[label] for label in STAGE_WASMS}
    for label, path in (("meta_capi", WASM), ("null", NULL_WASM)):
        wasm = path.read_bytes()
        compile_cold, component = compiled[label]
        if PER_EVENT_ONLY:
            figures["components"][label] = {"per_event": {name: {"as_the_proxy_pays": cold[label][name]}
                                                          for name in events}}
            continue
        with tempfile.TemporaryDirectory() as folder:
            cached = Path(folder) / "c.cwasm"
            cached.write_bytes(bytes(component.serialize()))
            compile_cached, _ = timed(lambda cached=cached: Component.deserialize_file(engine, str(cached)))
        instantiate = statistics.median(
            timed(lambda component=component: Instance(engine, component))[0] for _ in range(5))
        instance = Instance(engine, component)
        host = Instance(engine, component)
        per_event = {}
        for name, event in events.items():
            answer = host.call(event.kind, event.event, SETTINGS)
            assert answer.error is None, f"{label} {name}: the bench must time requests, not {answer.error!r}"
            engine_ns = time_engine(instance.raw_caller(event.kind, event), CALLS)
            host_ns = time_calls(lambda event=event, host=host: host.call(event.kind, event.event, SETTINGS), CALLS)
            per_event[name] = {"as_the_proxy_pays": cold[label][name], "engine": summary(engine_ns),
                               "host_call": summary(host_ns)}
        figures["components"][label] = {
            "wasm_bytes": len(wasm), "compile_cold_s": round(compile_cold, 3),
            "compile_cached_s": round(compile_cached, 4),
            "instantiate_ms": round(instantiate * 1000, 2), "per_event": per_event,
            "memory": memory_figures(engine, component, events["track"]),
        }
        if label == "meta_capi":
            figures["hostile_values_us"] = hostile_figures(engine, component, events["track"])
            figures["hostile_values_as_the_proxy_pays"] = hostile_cold_figures(engine, component, events["track"])
    figures["ratio_to_null_per_event"] = {
        name: ratios(figures["components"]["meta_capi"]["per_event"][name]["as_the_proxy_pays"],
                     figures["components"]["null"]["per_event"][name]["as_the_proxy_pays"]) for name in events}
    figures["stage_ratio_to_null"] = {
        label: {name: ratios(by_event[name], cold["null"][name]) for name in events}
        for label, by_event in figures["stages"].items()}
    if PER_EVENT_ONLY:
        print_per_event(figures)
        return 0
    native = {}
    for name, event in events.items():
        native[name] = summary(time_calls(lambda event=event: build_request(event.kind, event.event, SETTINGS), CALLS))
    figures["native_cpython"] = native
    figures["build_s"] = round(build_seconds(), 2)
    figures["harness_cached_start_s"] = round(harness_start_seconds(), 3)
    ours, null = figures["components"]["meta_capi"], figures["components"]["null"]
    figures["ratio_to_null"] = {name: round(ours["per_event"][name]["engine"]["median_us"]
                                            / null["per_event"][name]["engine"]["median_us"], 2) for name in events}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n")
    print_table(figures)
    print(f"\nJSON: {RESULTS.relative_to(ROOT)}")
    return 0


def ratios(mine: Dict[str, Any], floor: Dict[str, Any]) -> Dict[str, float]:
    return {"total": round(mine["total"]["median_us"] / floor["total"]["median_us"], 2),
            "page_faults": round(mine["first_call_page_faults"] / floor["first_call_page_faults"], 2)}


def print_per_event(figures: Dict[str, Any]) -> None:
    ours, null = figures["components"]["meta_capi"], figures["components"]["null"]
    print(f"machine: {figures['machine']}")
    print(f"\nPer event as the proxy pays it (fresh instance + one call + its share of the store's teardown, "
          f"{COLD_EVENTS} events per row, {BATCH} per store, every component interleaved), medians:")
    print(f"{'event':<15} {'instantiate µs':>15} {'first call µs':>14} {'teardown µs':>12} {'total µs':>9}"
          f" {'faults':>7} {'null total µs':>14} {'null faults':>12} {'ratio':>6} {'faults ratio':>13}")
    for name in ours["per_event"]:
        mine = ours["per_event"][name]["as_the_proxy_pays"]
        floor = null["per_event"][name]["as_the_proxy_pays"]
        ratio = figures["ratio_to_null_per_event"][name]
        print(f"{name:<15} {mine['instantiate']['median_us']:>15.0f} {mine['first_call']['median_us']:>14.0f}"
              f" {mine['teardown']['median_us']:>12.0f} {mine['total']['median_us']:>9.0f}"
              f" {mine['first_call_page_faults']:>7.0f} {floor['total']['median_us']:>14.0f}"
              f" {floor['first_call_page_faults']:>12.0f} {ratio['total']:>6.2f} {ratio['page_faults']:>13.2f}")
    ordinary = {name: value for name, value in figures["ratio_to_null_per_event"].items() if name != "purchase_50"}
    worst = max(ordinary, key=lambda name: ordinary[name]["total"])
    worst_faults = max(ordinary, key=lambda name: ordinary[name]["page_faults"])
    large = figures["ratio_to_null_per_event"].get("purchase_50")
    print(f"targets (issue 20): ordinary events <= 1.3x: worst {ordinary[worst]['total']:.2f}x ({worst}); "
          f"first-call faults <= 1.5x: worst {ordinary[worst_faults]['page_faults']:.2f}x ({worst_faults})"
          + (f"; purchase_50 <= 1.8x: {large['total']:.2f}x" if large else ""))
    if figures["stages"]:
        names = list(ours["per_event"])
        print("\nBy stage, per event with teardown, ratio to the null component (first-call faults ratio):")
        print(f"{'stage':<15}" + "".join(f"{name:>16}" for name in names))
        rows = [*figures["stage_ratio_to_null"].items(), ("whole mapping", figures["ratio_to_null_per_event"])]
        for label, by_event in rows:
            print(f"{label:<15}" + "".join(
                f"{by_event[name]['total']:>9.2f} ({by_event[name]['page_faults']:.2f})" for name in names))


def print_table(figures: Dict[str, Any]) -> None:
    ours, null = figures["components"]["meta_capi"], figures["components"]["null"]
    print_per_event(figures)
    print(f"\nWarm calls on one instance ({figures['calls']} calls per row after {WARMUP} warm-up calls):")
    print(f"{'event':<12} {'engine median/p95 µs':>22} {'null median/p95 µs':>20} {'ratio':>6} "
          f"{'host call median µs':>20} {'native µs':>10}")
    for name in ours["per_event"]:
        mine, floor = ours["per_event"][name], null["per_event"][name]
        print(f"{name:<12} {mine['engine']['median_us']:>12.1f} / {mine['engine']['p95_us']:<7.1f}"
              f" {floor['engine']['median_us']:>10.1f} / {floor['engine']['p95_us']:<7.1f}"
              f" {figures['ratio_to_null'][name]:>6.2f} {mine['host_call']['median_us']:>20.1f}"
              f" {figures['native_cpython'][name]['median_us']:>10.1f}")
    print(f"\n{'':<26} {'meta_capi':>14} {'null':>14}")
    rows = [
        (".wasm size (MiB)", lambda c: f"{c['wasm_bytes'] / 2**20:.2f}"),
        ("compile cold (s)", lambda c: f"{c['compile_cold_s']:.2f}"),
        ("compile from cache (s)", lambda c: f"{c['compile_cached_s']:.3f}"),
        ("instantiate (ms)", lambda c: f"{c['instantiate_ms']:.2f}"),
        ("memory fresh (MiB)", lambda c: f"{c['memory']['fresh_bytes'] / 2**20:.2f}"),
        *((f"memory after {count:,} (MiB)",
           lambda c, count=count: f"{c['memory'][f'after_{count}_events_bytes'] / 2**20:.2f}")
          for count in MEMORY_EVENTS),
        ("memory growth per event (B)", lambda c: f"{c['memory']['growth_per_event_bytes']}"),
    ]
    for label, cell in rows:
        print(f"{label:<26} {cell(ours):>14} {cell(null):>14}")
    sizes = "".join(f"{size:>10,}" for size in HOSTILE_SIZES)
    print(f"\nA track event with one hostile value, warm engine µs by the value's length:\n{'field':<20}{sizes}")
    for field_name, by_size in figures["hostile_values_us"].items():
        print(f"{field_name:<20}" + "".join(f"{by_size[str(size)]:>10.1f}" for size in HOSTILE_SIZES))
    sizes = "".join(f"{size:>16,}" for size in HOSTILE_COLD_SIZES)
    print(f"\nOne hostile value, per event as the proxy pays it (median µs, request or Err):\n{'field':<44}{sizes}")
    for row, by_size in figures["hostile_values_as_the_proxy_pays"].items():
        cells = "".join(f"{by_size[str(size)]['total_us']:>10.0f} {by_size[str(size)]['outcome']:>5}"
                        for size in HOSTILE_COLD_SIZES)
        print(f"{row:<44}{cells}")
    print(f"\nbuild meta_capi.wasm: {figures['build_s']:.1f} s; harness start with a warm cache: "
          f"{figures['harness_cached_start_s']:.2f} s")


if __name__ == "__main__":
    raise SystemExit(main())
