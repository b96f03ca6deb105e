"""One harness run: batches of events through every component entry, as the proxy's `send_events` does
(fresh instance per event × component, one store per batch), each outcome reported as soon as it is known."""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

from edgee_host.component.runtime import ComponentTrap, DataCollectionHost, EventNotPassed
from edgee_host.component.values import Outcome
from edgee_host.proxy.answer import InvalidHeader, request_headers
from edgee_host.proxy.config import ComponentEntry, proxy_ip_refusal
from edgee_host.proxy.delivery import deliver, has_body, retarget
from edgee_host.proxy.events import EdgeeEvent, EventFormatError
from edgee_host.proxy.pipeline import batch_of, prepare, server_drops
from meta_capi.diagnostics import Explanation, explain


@dataclass
class Report:
    """What happened to one event for one component."""

    index: int
    kind: str
    component: str
    status: str  # ready, sent, ignored, skipped, failed
    detail: str = ""
    event_name: str = ""
    request: Optional[Dict[str, Any]] = None
    headers: Dict[str, str] = field(default_factory=dict)  # what the proxy would send
    response: Optional[Dict[str, Any]] = None
    attempts: int = 0
    explanation: Optional[Explanation] = None  # with --explain: computed natively, beside the component


@dataclass
class Delivering:
    """How the run sends requests (or not)."""

    send: bool = False
    graph_url: str = ""
    retries: int = 0
    backoff: float = 0.5


def curl_line(method: str, url: str, headers: Dict[str, str], body: str) -> str:
    parts = ["curl", "-X", method, shlex.quote(url)]
    for name, value in headers.items():
        parts += ["-H", shlex.quote(f"{name}: {value}")]
    if has_body(method):
        parts += ["--data", shlex.quote(body)]
    return " ".join(parts)


def request_view(outcome: Outcome) -> Tuple[Dict[str, Any], str]:
    request = outcome.request
    assert request is not None
    try:
        body: Any = json.loads(request.body)
    except ValueError:
        body = request.body
    view = {"method": request.method, "url": request.url, "headers": [list(pair) for pair in request.headers],
            "forward_client_headers": request.forward_client_headers, "body": body}
    event_name = ""
    if isinstance(body, dict) and isinstance(body.get("data"), list) and body["data"]:
        first = body["data"][0]
        event_name = str(first.get("event_name", "")) if isinstance(first, dict) else ""
    return view, event_name


def run_one(host: DataCollectionHost, entry: ComponentEntry, index: int, edgee_event: EdgeeEvent,
            prepared_event: Any, delivering: Delivering) -> Report:
    """Call the component on a fresh instance, check its answer as the proxy does, and maybe send it."""
    report = Report(index, edgee_event.kind, entry.id, "ready")
    try:
        outcome = host.call(edgee_event.kind, prepared_event, entry.settings)
    except ComponentTrap as error:  # the proxy logs it and skips this event for this component
        report.status, report.detail = "failed", f"component trapped: {error}"
        return report
    except EventNotPassed as error:  # only what wasmtime refuses to lower: a bug of the harness keeps its traceback
        report.status, report.detail = "failed", str(error)
        return report
    if outcome.error is not None:
        report.status, report.detail = "ignored", outcome.error
        return report
    assert outcome.request is not None
    report.request, report.event_name = request_view(outcome)
    request = outcome.request
    try:
        report.headers = request_headers(request.headers, request.forward_client_headers, prepared_event,
                                         edgee_event.accept_language)
    except InvalidHeader as error:
        report.status, report.detail = "failed", f"the proxy would skip this answer: {error}"
        return report
    if delivering.send:
        delivery = deliver(request, report.headers, delivering.graph_url, delivering.retries, delivering.backoff)
        report.response, report.attempts = delivery.answer.to_json(), delivery.attempts
        report.status = "sent" if delivery.answer.ok else "failed"
        report.detail = delivery.answer.summary()
    return report


def curl_of(report: Report, graph_url: str) -> str:
    assert report.request is not None
    request = report.request
    body = request["body"] if isinstance(request["body"], str) else json.dumps(request["body"], separators=(",", ":"))
    return curl_line(request["method"], retarget(request["url"], graph_url), report.headers, body)


def batches(items: List[Tuple[int, Any]], size: int) -> Iterator[List[Tuple[int, Any]]]:
    """One batch by default (the proxy's unit is one request, which carries the file's array)."""
    if size <= 0:
        yield items
        return
    for start in range(0, len(items), size):
        yield items[start:start + size]


def request_loss(batch_items: List[Tuple[int, Any]], lenient: bool) -> str:
    """Why the proxy would lose every event of this request, or "": its parser reads the request's events as
    one array, so one refused event refuses them all (data_collection/mod.rs `send_json_events`)."""
    for index, item in batch_items:
        if isinstance(item, EventFormatError) and not lenient:
            return str(item)
        if isinstance(item, EdgeeEvent) and item.proxy_refusal and not lenient:
            return f"event {index}: {item.proxy_refusal}"
    return ""


@dataclass
class _Run:
    """What every batch of one run shares."""

    entries: Sequence[ComponentEntry]
    hosts: Dict[str, DataCollectionHost]
    delivering: Delivering
    on_report: Callable[[Report], None]
    explained: bool
    lenient: bool
    event_type: str

    def shown(self, item: Any) -> bool:
        """--event-type picks which events are reported; the batch is still the whole request."""
        return not self.event_type or not isinstance(item, EdgeeEvent) or item.kind == self.event_type

    def report_each(self, batch_items: List[Tuple[int, Any]], report_for: Callable[[int, Any], Report]) -> None:
        for index, item in batch_items:
            if self.shown(item):
                self.on_report(report_for(index, item))


def run_batches(items: List[Tuple[int, Any]], entries: Sequence[ComponentEntry],
                hosts: Dict[str, DataCollectionHost], delivering: Delivering, batch_size: int,
                on_report: Callable[[Report], None], explained: bool = False, lenient: bool = False,
                event_type: str = "") -> None:
    """Every event × entry, in the proxy's order; `on_report` gets each report as soon as it is made.
    `event_type` picks which events to report; the batch is still the whole request, as the proxy sees it."""
    run = _Run(entries, hosts, delivering, on_report, explained, lenient, event_type)
    for batch_items in batches(items, batch_size):
        for host in hosts.values():
            host.new_batch()  # one store per batch, as the proxy makes one per request
        _run_batch(run, batch_items)


def _run_batch(run: _Run, batch_items: List[Tuple[int, Any]]) -> None:
    """One request of the proxy: refused whole, or each event it keeps through every component."""
    lost = request_loss(batch_items, run.lenient)
    if lost:
        run.report_each(batch_items, lambda index, item: Report(
            index, getattr(item, "kind", "?"), "-", "failed",
            f"the proxy would lose this whole request (its parser refuses {lost}); --lenient runs the events anyway"))
        return
    kept, notes = _server_side(batch_items)
    if not kept:
        run.report_each(batch_items, lambda index, _: notes[index])
        return
    batch = batch_of(kept[0][1])  # the first event the server kept (context.rs `EventContext::new`)
    bad_ip = proxy_ip_refusal(batch.ip)
    if bad_ip:
        run.report_each(batch_items, lambda index, item: notes.get(index) or Report(
            index, item.kind, "-", "failed",
            f"the proxy would panic and lose this whole request: the first event's context.client.ip {bad_ip}"))
        return
    for index, item in batch_items:
        if not run.shown(item):
            continue
        if index in notes:
            run.on_report(notes[index])
            continue
        for entry in run.entries:
            run.on_report(_run_entry(run, entry, index, item, batch))


def _server_side(batch_items: List[Tuple[int, Any]]) -> Tuple[List[Tuple[int, EdgeeEvent]], Dict[int, Report]]:
    """The events the proxy's server keeps, and a report for each one it does not (in file order later)."""
    kept: List[Tuple[int, EdgeeEvent]] = []
    notes: Dict[int, Report] = {}
    for index, item in batch_items:
        if isinstance(item, EventFormatError):  # only with --lenient
            notes[index] = Report(index, "?", "-", "failed", f"malformed event, not run: {item}")
        elif server_drops(item):
            notes[index] = Report(index, item.kind, "-", "skipped", server_drops(item))
        else:
            kept.append((index, item))
    return kept, notes


def _run_entry(run: _Run, entry: ComponentEntry, index: int, item: EdgeeEvent, batch: Any) -> Report:
    prepared = prepare(entry, item, batch)
    if prepared.event is None:
        return Report(index, item.kind, entry.id, "skipped", prepared.skipped)
    report = run_one(run.hosts[entry.id], entry, index, item, prepared.event, run.delivering)
    if run.explained:
        report.explanation = explain(item.kind, prepared.event, entry.settings)
    return report
