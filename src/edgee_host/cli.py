"""edgee-harness: run a data-collection component on sample or recorded events, as the proxy would."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import tomllib
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, TextIO, Tuple

from meta_capi.events import KINDS

from .delivery import deliver, retarget
from .edgee_events import EdgeeEvent, EventFormatError, parse_events
from .host_semantics import ComponentEntry, ConfigError, entry_from_settings, load_edgee_toml, prepare, visitor_headers
from .interfaces import INTERFACES
from .load_check import check_component, wasm_sha256
from .manifest import ManifestError, find_manifest, load_manifest, secret_names, setting_problems
from .offline_graph_api import DEMO_PIXEL_ID, DEMO_TOKEN, OfflineGraphAPI
from .runtime import ComponentTrap, DataCollectionHost, default_cache_dir
from .samples import sample_events
from .wit_values import Outcome

MASK = "***"
DEMO_SETTINGS = {"meta_pixel_id": DEMO_PIXEL_ID, "meta_access_token": DEMO_TOKEN}


def package_version() -> str:
    return version("meta-capi-edgee")  # one source: pyproject.toml


class UsageError(Exception):
    """Bad arguments or files: exit code 2."""


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
    response: Optional[Dict[str, Any]] = None
    attempts: int = 0
    curl: str = ""
    extra_headers: List[Tuple[str, str]] = field(default_factory=list)


def parse_settings_argument(text: str) -> Dict[str, str]:
    settings = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--settings takes key=value pairs separated by commas, got {item!r}")
        settings[key.strip()] = value.strip()
    return settings


def read_settings_file(path: Path) -> Dict[str, Any]:
    """A TOML file of settings (`key = "value"` lines, or under a [settings] table)."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise UsageError(f"--settings-file {path}: {error}") from None
    table = document.get("settings", document)
    if not isinstance(table, dict):
        raise UsageError(f"--settings-file {path}: expected a table of settings")
    return table


class Masker:
    """Hides every secret setting's value in whatever the harness prints."""

    def __init__(self, secrets: Sequence[str]) -> None:
        self.secrets = sorted({value for value in secrets if value}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text


def curl_line(method: str, url: str, headers: Sequence[Tuple[str, str]], body: str) -> str:
    parts = ["curl", "-X", method, shlex.quote(url)]
    for name, value in headers:
        parts += ["-H", shlex.quote(f"{name}: {value}")]
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
        event_name = str(body["data"][0].get("event_name", ""))
    return view, event_name


def run_event(host: DataCollectionHost, entry: ComponentEntry, index: int, edgee_event: EdgeeEvent,
              options: argparse.Namespace) -> Report:
    report = Report(index, edgee_event.kind, entry.id, "ready")
    prepared = prepare(entry, edgee_event)
    if prepared.event is None:
        report.status, report.detail = "skipped", prepared.skipped
        return report
    try:
        outcome = host.call(edgee_event.kind, prepared.event, entry.settings)
    except ComponentTrap as error:
        report.status, report.detail = "failed", f"component trapped: {error}"
        return report
    if outcome.error is not None:
        report.status, report.detail = "ignored", outcome.error
        return report
    assert outcome.request is not None
    report.request, report.event_name = request_view(outcome)
    if outcome.request.forward_client_headers:
        report.extra_headers = visitor_headers(edgee_event)
    url = retarget(outcome.request.url, options.graph_url)
    report.curl = curl_line(outcome.request.method, url, [*outcome.request.headers, *report.extra_headers],
                            outcome.request.body)
    if options.send:
        delivery = deliver(outcome.request, report.extra_headers, options.graph_url, options.retries,
                           options.backoff)
        report.response, report.attempts = delivery.answer.to_json(), delivery.attempts
        report.status = "sent" if delivery.answer.ok else "failed"
        report.detail = delivery.answer.summary()
    return report


def print_report(report: Report, options: argparse.Namespace, out: TextIO, mask: Masker) -> None:
    title = report.event_name or report.status
    print(f"\n[{report.index + 1}] {report.kind} -> {report.component}: {title} ({report.status})", file=out)
    if report.status in ("ignored", "skipped"):
        reason = "the component answered Err" if report.status == "ignored" else "the proxy would not call it"
        print(f"  {reason}: {report.detail}", file=out)
        return
    if report.request is None:
        print(f"  {report.detail}", file=out)
        return
    request = report.request
    print(f"  {request['method']} {mask(request['url'])}", file=out)
    for name, value in [*request["headers"], *report.extra_headers]:
        print(f"  {name}: {mask(value)}", file=out)
    body = json.dumps(request["body"], indent=2, ensure_ascii=False)
    print("  " + mask(body).replace("\n", "\n  "), file=out)
    if options.curl:
        print(f"  {mask(report.curl)}", file=out)
    if options.send:
        tries = f" after {report.attempts} attempts" if report.attempts > 1 else ""
        print(f"  Meta answered{tries}: {mask(report.detail)}", file=out)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="edgee-harness", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run events through a component")
    run.add_argument("--wasm", type=Path, required=True, help="the component (.wasm)")
    source = run.add_mutually_exclusive_group()
    source.add_argument("--config", type=Path, help="an edgee.toml with [[components.data_collection]] entries")
    source.add_argument("--settings", help="settings as key=value,key=value")
    source.add_argument("--settings-file", type=Path, help="a TOML file of settings")
    events = run.add_mutually_exclusive_group()
    events.add_argument("--events-file", type=Path, help="Edgee event JSON: one event or an array")
    run.add_argument("--event-type", choices=KINDS, help="only events of this type")
    run.add_argument("--wit-version", choices=list(INTERFACES), default="1.0.0",
                     help="the interface to bind when no --config names one (default 1.0.0)")
    run.add_argument("--display-input", action="store_true", help="print each input event and the settings")
    run.add_argument("--curl", action="store_true", help="print a curl command for each request")
    run.add_argument("--send", action="store_true", help="send each request and report Meta's answer")
    run.add_argument("--offline", action="store_true",
                     help="send to a built-in offline Graph API (demo settings when none are given)")
    run.add_argument("--graph-url", default="", help="base URL standing in for https://graph.facebook.com")
    run.add_argument("--retries", type=int, default=0, help="retries for retryable answers (default 0)")
    run.add_argument("--backoff", type=float, default=0.5, help="first retry delay in seconds, doubled each time")
    run.add_argument("--json", action="store_true", help="one JSON object per event, for scripts")
    run.add_argument("--manifest", type=Path, help="edgee-component.toml (default: beside the .wasm)")
    run.add_argument("--no-cache", action="store_true", help="compile without the on-disk cache")
    check = commands.add_parser("check", help="check a component loads in the proxy, as `edgee components check`")
    check.add_argument("--wasm", type=Path, required=True, help="the component (.wasm)")
    check.add_argument("--wit-version", choices=list(INTERFACES), help="only this wit_version (default: all)")
    return parser


def check(options: argparse.Namespace, out: TextIO) -> int:
    """Bind the component as the proxy does at start-up; exit 1 on any mismatch."""
    if not options.wasm.is_file():
        raise UsageError(f"--wasm {options.wasm}: no such file (run `make build`)")
    try:
        results = check_component(options.wasm, [options.wit_version] if options.wit_version else None)
    except ValueError as error:
        raise UsageError(str(error)) from None
    print(f"{options.wasm}: meta-capi-edgee {package_version()}, sha256 {wasm_sha256(options.wasm)}", file=out)
    for result in results:
        verdict = "valid" if result.valid else "INVALID"
        print(f"wit_version {result.wit_version} ({result.export_name}): {verdict}", file=out)
        for problem in result.problems:
            print(f"  {problem}", file=out)
        if result.authenticate:
            print(f"  authenticate answered {result.authenticate}", file=out)
    return 0 if all(result.valid for result in results) else 1


def load_entries(options: argparse.Namespace) -> List[ComponentEntry]:
    try:
        if options.config:
            return load_edgee_toml(options.config)
        if options.settings is not None:
            raw: Dict[str, Any] = parse_settings_argument(options.settings)
        elif options.settings_file:
            raw = read_settings_file(options.settings_file)
        elif options.offline:
            raw = dict(DEMO_SETTINGS)
        else:
            raw = {}
        return [entry_from_settings("meta_capi", raw, str(options.wasm), options.wit_version)]
    except (ConfigError, OSError) as error:
        raise UsageError(str(error)) from None


def load_events(options: argparse.Namespace) -> List[Tuple[int, Any]]:
    """(index in the file, EdgeeEvent or EventFormatError) for each event selected."""
    if options.events_file:
        try:
            document = json.loads(options.events_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise UsageError(f"--events-file {options.events_file}: {error}") from None
    else:
        document = sample_events()
    return [
        (index, item) for index, item in enumerate(parse_events(document))
        if not options.event_type or isinstance(item, EventFormatError) or item.kind == options.event_type
    ]


def main(argv: Optional[Sequence[str]] = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    try:
        options = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return check(options, out) if options.command == "check" else run(options, out)
    except UsageError as error:
        print(f"edgee-harness: {error}", file=err)
        return 2


def run(options: argparse.Namespace, out: TextIO) -> int:
    if not options.wasm.exists():
        raise UsageError(f"--wasm {options.wasm}: no such file (run `make build`)")
    entries = load_entries(options)
    manifest_path = find_manifest(options.wasm, options.manifest)
    try:
        specs = load_manifest(manifest_path) if manifest_path else {}
    except ManifestError as error:
        raise UsageError(str(error)) from None
    secrets = [value for entry in entries for name, value in entry.settings if name in secret_names(specs)]
    mask = Masker(secrets)
    for entry in entries:
        problems = setting_problems(specs, (name for name, _ in entry.settings)) if specs else []
        if problems:
            raise UsageError(f"settings of {entry.id}: " + "; ".join(problems))
    events = load_events(options)
    server: Optional[OfflineGraphAPI] = None
    if options.offline:
        server = OfflineGraphAPI()
        options.graph_url, options.send = server.start(), True
    try:
        cache = None if options.no_cache else default_cache_dir()
        hosts = {entry.id: DataCollectionHost(Path(options.wasm), cache, wit_version=entry.wit_version,
                                              fresh_instance_per_call=True) for entry in entries}
        reports = []
        for entry in entries:
            if "authenticate" in hosts[entry.id].interface.functions:  # as Edgee's CLI does for 1.0.1
                answer = hosts[entry.id].authenticate(entry.settings)
                if not options.json:
                    print(f"{entry.id}: authenticate answered {mask(answer)}", file=out)
        for index, item in events:
            if isinstance(item, EventFormatError):
                reports.append(Report(item.index, "?", "-", "failed", f"malformed event: {item}"))
                continue
            if options.display_input and not options.json:
                print(f"\n[{index + 1}] input ({item.kind}):", file=out)
                print("  " + mask(json.dumps(_input_view(item, entries), indent=2)).replace("\n", "\n  "), file=out)
            for entry in entries:
                reports.append(run_event(hosts[entry.id], entry, index, item, options))
        for report in reports:
            if options.json:
                print(mask(json.dumps(_json_view(report), ensure_ascii=False)), file=out)
            else:
                print_report(report, options, out, mask)
    finally:
        if server is not None:
            server.stop()
    counts = {status: sum(r.status == status for r in reports) for status in ("sent", "ready", "ignored",
                                                                             "skipped", "failed")}
    if not options.json:
        where = f" (offline Graph API at {options.graph_url})" if options.offline else ""
        print("\n" + ", ".join(f"{n} {status}" for status, n in counts.items() if n or status in ("ignored", "failed"))
              + where, file=out)
    return 1 if counts["failed"] else 0


def _input_view(item: EdgeeEvent, entries: List[ComponentEntry]) -> Dict[str, Any]:
    return {"type": item.kind, "event": asdict(item.event),
            "settings": {entry.id: dict(entry.settings) for entry in entries}}


def _json_view(report: Report) -> Dict[str, Any]:
    view: Dict[str, Any] = {"index": report.index, "type": report.kind, "component": report.component,
                            "status": report.status}
    if report.event_name:
        view["event_name"] = report.event_name
    if report.status in ("ignored", "skipped") or (report.status == "failed" and report.request is None):
        view["reason"] = report.detail
    if report.request is not None:
        view["request"] = report.request
    if report.response is not None:
        view["response"] = report.response
        view["attempts"] = report.attempts
    return view
