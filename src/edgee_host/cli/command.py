"""edgee-harness: run a data-collection component on sample or recorded events, as the proxy would."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Dict, List, NoReturn, Optional, Sequence, TextIO, Tuple

import wasmtime

from edgee_host.cli.masking import Masker, secrets_of
from edgee_host.cli.match_summary import MatchSummary
from edgee_host.cli.retime import retime
from edgee_host.cli.runs import Delivering, Report, curl_of, run_batches
from edgee_host.cli.samples import sample_events
from edgee_host.component.interfaces import INTERFACES
from edgee_host.component.load_check import UNKNOWN, check_component, component_identity, wasm_sha256
from edgee_host.component.manifest import find_manifest, load_manifest, secret_names, setting_problems
from edgee_host.component.runtime import ComponentTrap, DataCollectionHost, default_cache_dir
from edgee_host.errors import HarnessError
from edgee_host.meta.offline_graph_api import DEMO_PIXEL_ID, DEMO_TOKEN, OfflineGraphAPI
from edgee_host.proxy import json_values as proxy_json
from edgee_host.proxy.config import ComponentEntry, ConfigError, entry_from_settings, load_edgee_toml
from edgee_host.proxy.delivery import check_backoff, check_base_url, has_body
from edgee_host.proxy.events import EdgeeEvent, parse_events
from edgee_host.proxy.server_enrichment import BrowserRequest, PayloadError, enrich
from edgee_host.toml_file import MAX_EVENTS_BYTES, MAX_WASM_BYTES, read_input, read_toml
from meta_capi.diagnostics import Explanation
from meta_capi.events import KINDS

DEMO_SETTINGS = {"meta_pixel_id": DEMO_PIXEL_ID, "meta_access_token": DEMO_TOKEN}


class UsageError(HarnessError):
    """Bad arguments or files: exit code 2."""


def parse_settings_argument(text: str) -> Dict[str, str]:
    settings = {}
    for position, item in enumerate(filter(None, (part.strip() for part in text.split(","))), 1):
        key, sep, value = item.partition("=")
        if not sep or not key.strip():  # the item is not echoed: it may be the tail of a token holding a comma
            raise UsageError(f"--settings takes key=value pairs separated by commas; item {position} has no key= "
                             f"(a value cannot hold a comma there: use --settings-file)")
        settings[key.strip()] = value.strip()
    return settings


def read_settings_file(path: Path) -> Dict[str, Any]:
    """A TOML file of settings: a [settings] table, as Edgee's CLI reads it, or bare `key = "value"` lines."""
    document = read_toml(path, UsageError, "--settings-file ")
    table = document.get("settings", document)
    if not isinstance(table, dict):
        raise UsageError(f"--settings-file {path}: expected a table of settings")
    return table


def one_line(text: str, limit: int = 600) -> str:
    """A message on one line (a library's error may span several), cut to `limit` characters."""
    joined = " ".join(part.strip() for part in text.splitlines() if part.strip())
    return joined if len(joined) <= limit else joined[:limit - 3] + "..."


_CONTROLS = {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7f, 0xa0)) if code != 0x0a}


def safe_text(text: str) -> str:
    """Text any terminal or pipe can take: a lone surrogate is printed escaped instead of crashing, and a
    control character of an input (an escape sequence in an event name or an id) escaped, not obeyed."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8").translate(_CONTROLS)


def masked_view(report: Report, mask: Masker, graph_url: str) -> Dict[str, Any]:
    """The report's request with every secret masked where it stands (body values, URL, headers)."""
    assert report.request is not None
    view = dict(report.request)
    view["url"] = mask.url(view["url"])
    view["body"] = mask.value(view["body"])
    view["headers"] = [[name, mask.value(value)] for name, value in view["headers"]]
    masked = replace(report, request=view,
                     headers={name: mask.value(value) for name, value in report.headers.items()})
    view["sent_headers"] = masked.headers
    view["curl"] = curl_of(masked, mask.url(graph_url))
    return view


def print_report(report: Report, out: TextIO, mask: Masker, shown: Shown) -> None:
    title = report.event_name or report.status
    lines = [f"\n[{report.index + 1}] {report.kind} -> {report.component}: {title} ({report.status})"]
    if report.status in ("ignored", "skipped"):
        reason = "the component answered Err" if report.status == "ignored" else "the proxy would not call it"
        lines.append(f"  {reason}: {report.detail}")
    elif report.request is None:
        lines.append(f"  {report.detail}")
    else:
        view = masked_view(report, mask, shown.graph_url)
        lines.append(f"  {view['method']} {view['url']}")
        lines += [f"  {name}: {value}" for name, value in view["sent_headers"].items()]
        if has_body(view["method"]):
            body = json.dumps(view["body"], indent=2, ensure_ascii=False)
            lines.append("  " + body.replace("\n", "\n  "))
        if shown.curl:
            lines.append(f"  {view['curl']}")
        if shown.send:
            tries = f" after {report.attempts} attempts" if report.attempts > 1 else ""
            lines.append(f"  Meta answered{tries}: {mask.peer(report.detail)}")
    if report.explanation is not None:
        lines += explanation_lines(report.explanation, show_rejection=report.status != "ignored")
    print(safe_text(mask("\n".join(lines))), file=out, flush=True)


def explanation_lines(explanation: Explanation, show_rejection: bool = True) -> List[str]:
    lines = [f"  match keys: {' '.join(explanation.match_keys) or '(none)'}"]
    if explanation.sources:
        lines.append("  from: " + ", ".join(f"{key} {source}" for key, source in explanation.sources.items()))
    lines += [f"  left out: {name}: {reason}" for name, reason in explanation.left_out]
    if explanation.deduplication_warning:
        lines.append(f"  deduplication: event_id {explanation.event_id} ({explanation.event_id_source}): warning: "
                     f"{explanation.deduplication_warning}")
    elif explanation.event_id:
        pixel_call = f"fbq('track', '{explanation.event_name}', {{...}}, {{eventID: '{explanation.event_id}'}})"
        lines.append(f"  deduplication: event_id {explanation.event_id} ({explanation.event_id_source}); "
                     f"the Pixel must send {pixel_call}")
    if explanation.rejected and show_rejection:
        lines.append(f"  not sent: {explanation.rejected}")
    return lines


class _Parser(argparse.ArgumentParser):
    """argparse whose errors are a UsageError on one line that never echoes a value the user typed (it may
    be a token given to the wrong flag): argparse's own print the usage and quote the value."""

    typed: Sequence[str] = ()

    def parse(self, args: Optional[Sequence[str]]) -> argparse.Namespace:
        _Parser.typed = list(sys.argv[1:] if args is None else args)
        options, extras = self.parse_known_args(args)
        if extras:  # only the flag names are shown, without what follows an `=`
            names = sorted({extra.split("=", 1)[0] for extra in extras if extra.startswith("-")})
            raise UsageError(f"unrecognized argument{'s' if len(extras) > 1 else ''}"
                             f"{': ' + ' '.join(names) if names else ''} (see {self.prog} --help)")
        return options

    def error(self, message: str) -> NoReturn:
        for typed in _Parser.typed:
            for value in (typed, typed.split("=", 1)[-1]):
                message = message.replace(repr(value), "(the value given)")
        raise UsageError(f"{message} (see {self.prog} --help)")


def build_parser() -> _Parser:
    parser = _Parser(prog="edgee-harness", description=__doc__)
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
    run.add_argument("--retime", action="store_true",
                     help="replay recorded events now: the latest at the current time, the gaps between them kept")
    run.add_argument("--wit-version", choices=list(INTERFACES), default="1.0.0",
                     help="the interface to bind when no --config names one (default 1.0.0)")
    run.add_argument("--display-input", action="store_true", help="print each input event and the settings")
    run.add_argument("--curl", action="store_true", help="print a curl command for each request")
    run.add_argument("--send", "--make-http-request", action="store_true",
                     help="send each request and report Meta's answer (--make-http-request, as in Edgee's CLI)")
    run.add_argument("--batch-size", type=int, default=0,
                     help="events per batch (default: the whole file is one batch, as one proxied request)")
    run.add_argument("--lenient", action="store_true",
                     help="run events the proxy's parser would refuse (missing required fields), with defaults")
    _add_browser_arguments(run.add_argument_group("events as the browser sends them (--from-browser)"))
    _add_output_arguments(run)
    check = commands.add_parser("check", help="check a component loads in the proxy, as `edgee components check`")
    check.add_argument("--wasm", type=Path, required=True, help="the component (.wasm)")
    check.add_argument("--wit-version", choices=list(INTERFACES), help="only this wit_version (default: all)")
    return parser


def _add_browser_arguments(browser: Any) -> None:
    browser.add_argument("--from-browser", action="store_true",
                         help="the events file is the payload the Edgee SDK posts: the server's enrichment runs "
                              "first (fresh uuid and arrival time per event, context, new visitor session, campaign)")
    browser.add_argument("--client-ip", default="127.0.0.1", help="the visitor's IP (default 127.0.0.1)")
    browser.add_argument("--user-agent", default="", help="the request's User-Agent")
    browser.add_argument("--accept-language", default="", help="the request's Accept-Language")
    browser.add_argument("--referer", default="", help="the request's Referer")
    browser.add_argument("--request-query", default="",
                         help="the query of the request to the proxy (its utm_* parameters become the campaign)")


def _add_output_arguments(run: argparse.ArgumentParser) -> None:
    """Where requests go and how each outcome is shown."""
    run.add_argument("--pass-products", action="store_true",
                     help="hand track products to the component (the Edgee proxy does only when a "
                          "data-manipulation rule moves a property to `products`)")
    run.add_argument("--offline", action="store_true",
                     help="send to a built-in offline Graph API (demo settings when none are given)")
    run.add_argument("--graph-url", default="", help="base URL standing in for https://graph.facebook.com")
    run.add_argument("--retries", type=int, default=0, help="retries for retryable answers (default 0)")
    run.add_argument("--backoff", type=float, default=0.5, help="first retry delay in seconds, doubled each time")
    run.add_argument("--json", action="store_true", help="one JSON object per event, for scripts")
    run.add_argument("--explain", action="store_true",
                     help="under each event, the match keys sent and why anything was left out; then a run summary")
    run.add_argument("--manifest", type=Path, help="edgee-component.toml (default: beside the .wasm)")
    run.add_argument("--no-cache", action="store_true", help="compile without the on-disk cache")


def check(options: argparse.Namespace, out: TextIO) -> int:
    """Bind the component as the proxy does at start-up; exit 1 on any mismatch."""
    check_wasm(options.wasm)
    try:
        results = check_component(options.wasm, [options.wit_version] if options.wit_version else None,
                                  cache_dir=default_cache_dir())
    except (ValueError, OSError, wasmtime.WasmtimeError) as error:
        raise UsageError(f"--wasm {options.wasm}: {one_line(str(error), 300) or type(error).__name__}") from None
    name, component_version = component_identity(options.wasm)
    identity = f"{name} {component_version}" if UNKNOWN not in (name, component_version) else \
        f"name {name}, version {component_version}"
    print(safe_text(f"{options.wasm}: {identity}, sha256 {wasm_sha256(options.wasm)}"), file=out)
    for result in results:
        verdict = "valid" if result.valid else "INVALID"
        print(f"wit_version {result.wit_version} ({result.export_name}): {verdict}", file=out)
        for problem in result.problems:
            print(safe_text(f"  {problem}"), file=out)
        if result.authenticate:
            print(f"  authenticate answered {result.authenticate}", file=out)
    return 0 if all(result.valid for result in results) else 1


def load_entries(options: argparse.Namespace) -> List[ComponentEntry]:
    try:
        raw: Dict[str, Any] = {}
        if options.settings is not None:
            raw = parse_settings_argument(options.settings)
        elif options.settings_file:
            raw = read_settings_file(options.settings_file)
        elif options.offline:
            raw = dict(DEMO_SETTINGS)
        entries = (load_edgee_toml(options.config) if options.config
                   else [entry_from_settings("meta_capi", raw, str(options.wasm), options.wit_version)])
    except (ConfigError, OSError) as error:
        raise UsageError(str(error)) from None
    for entry in entries:
        for name, value in entry.settings:
            if not _encodable(name) or not _encodable(value):  # a byte of the shell's argv that is not UTF-8
                raise UsageError(f"setting {_encodable(name) and name or '(unnamed)'} of {entry.id} is not valid "
                                 f"UTF-8 (its value is not shown)")
    return entries


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def load_events(options: argparse.Namespace) -> List[Tuple[int, Any]]:
    """(index in the file, EdgeeEvent or EventFormatError) for each event of the file."""
    if options.events_file:
        try:
            document = proxy_json.loads(read_input(options.events_file, MAX_EVENTS_BYTES).decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise UsageError(f"--events-file {options.events_file}: {str(error)[:200]}") from None
    else:
        document = sample_events()
    if options.retime:
        document = retime(document, time.time())
    if options.from_browser:
        request = BrowserRequest(ip=options.client_ip, user_agent=options.user_agent,
                                 accept_language=options.accept_language, referer=options.referer,
                                 query=options.request_query)
        try:
            document = enrich(document, request)
        except PayloadError as error:
            raise UsageError(f"--events-file with --from-browser: {error}") from None
    return list(enumerate(parse_events(document, options.pass_products)))  # --event-type filters the reports


def main(argv: Optional[Sequence[str]] = None, out: Optional[TextIO] = None, err: Optional[TextIO] = None) -> int:
    out = sys.stdout if out is None else out  # None when the process was started with stdout closed
    err = sys.stderr if err is None else err
    session = Session()
    try:
        try:
            options = build_parser().parse(argv)
        except SystemExit as exit_:  # --help
            return int(exit_.code or 0)
        if out is None or out.closed:  # started with stdout closed (`>&-`): nothing could be reported
            raise UsageError("standard output is closed: nowhere to report")
        return check(options, out) if options.command == "check" else run(options, out, session)
    except HarnessError as error:  # the one place a harness error becomes a message and an exit code
        if err is not None and not err.closed:
            print(safe_text(session.mask(f"edgee-harness: {one_line(str(error))}")), file=err)
        return 2
    except KeyboardInterrupt:  # Ctrl-C is the user's input too: one line, the shell's code for SIGINT
        if err is not None and not err.closed:
            print("edgee-harness: interrupted", file=err)
        return 130
    except OSError as error:  # writing the report failed (`| head`, a full disk, /dev/full): every OSError
        # of reading or sending is handled where it happens, so what reaches here is the output's
        if out is sys.stdout:  # so that the interpreter's final flush does not raise again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        why = ("was closed by its reader" if isinstance(error, BrokenPipeError)
               else f"cannot be written ({error.strerror or type(error).__name__})")
        print(f"edgee-harness: standard output {why}", file=err)
        return 2


def check_wasm(wasm: Path) -> None:
    """A --wasm worth reading: a regular file of bounded size (a sparse file of gigabytes would be read whole)."""
    if not wasm.is_file():
        raise UsageError(f"--wasm {wasm}: no such file (run `make build`)")
    if wasm.stat().st_size > MAX_WASM_BYTES:
        raise UsageError(f"--wasm {wasm}: larger than {MAX_WASM_BYTES} bytes: not a component this host reads")


def check_options(options: argparse.Namespace) -> None:
    check_wasm(options.wasm)
    for problem in (check_backoff(options.backoff),
                    check_base_url(options.graph_url) if options.graph_url else None,
                    "--retries must be from 0 to 10" if not 0 <= options.retries <= 10 else None,
                    "--batch-size must be 0 (one batch) or more" if options.batch_size < 0 else None):
        if problem:
            raise UsageError(problem)


def load_hosts(options: argparse.Namespace, entries: List[ComponentEntry]) -> Dict[str, DataCollectionHost]:
    cache = None if options.no_cache else default_cache_dir()
    try:
        return {entry.id: DataCollectionHost(Path(options.wasm), cache, wit_version=entry.wit_version,
                                             fresh_instance_per_call=True) for entry in entries}
    except (wasmtime.WasmtimeError, ComponentTrap, OSError, ValueError) as error:
        raise UsageError(f"--wasm {options.wasm}: not a data-collection component this host can load "
                         f"({str(error).splitlines()[0][:200] if str(error) else type(error).__name__})") from None


@dataclass
class Shown:
    """How reports are shown: decided once, at the start of a run (never written back into the options)."""

    graph_url: str
    send: bool
    curl: bool = False
    json: bool = False


@dataclass
class Session:
    """What main's one error handler needs from a run: the masker, as soon as the settings are known."""

    mask: Masker = field(default_factory=lambda: Masker(()))


def run(options: argparse.Namespace, out: TextIO, session: Optional[Session] = None) -> int:
    """`edgee-harness run`: check the options, load the components and events, run them as the proxy does,
    report each outcome and the summary. Exit 1 when an event failed."""
    session = Session() if session is None else session
    check_options(options)
    entries = load_entries(options)
    mask = checked_settings(options, entries, session)
    items = load_events(options)
    hosts = load_hosts(options, entries)
    server = OfflineGraphAPI() if options.offline else None
    graph_url = server.start() if server is not None else options.graph_url
    shown = Shown(graph_url, options.send or server is not None, options.curl, options.json)
    reporter = Reporter(out, mask, shown)
    try:
        announce(options, out, mask, entries, hosts, items)
        delivering = Delivering(shown.send, graph_url, options.retries, options.backoff)
        run_batches(items, entries, hosts, delivering, options.batch_size, reporter.emit, options.explain,
                    options.lenient, options.event_type or "")
    finally:
        if server is not None:
            server.stop()
    return reporter.finish(options.explain, f" (offline Graph API at {graph_url})" if server is not None else "")


def checked_settings(options: argparse.Namespace, entries: List[ComponentEntry], session: Session) -> Masker:
    """The masker of every secret setting (the session's from then on, so that an error masks them too), after
    checking the settings against the component's manifest."""
    manifest_path = find_manifest(options.wasm, options.manifest)
    specs = load_manifest(manifest_path) if manifest_path else {}
    session.mask = mask = Masker(secret for entry in entries
                                 for secret in secrets_of(entry.settings, secret_names(specs) if specs else None))
    for entry in entries:
        problems = setting_problems(specs, (name for name, _ in entry.settings)) if specs else []
        if problems and options.config:  # a rule of Edgee's CLI; the proxy runs the component regardless
            print(safe_text(mask(f"note: settings of {entry.id}: {'; '.join(problems)} (the proxy runs it anyway)")),
                  file=sys.stderr)
        elif problems:
            raise UsageError(f"settings of {entry.id}: " + "; ".join(problems))
    return mask


def announce(options: argparse.Namespace, out: TextIO, mask: Masker, entries: List[ComponentEntry],
             hosts: Dict[str, DataCollectionHost], items: List[Tuple[int, Any]]) -> None:
    """What comes before the reports: authenticate's answers (1.0.1), a note on products, the input."""
    for entry in entries:
        if "authenticate" in hosts[entry.id].interface.functions:  # as Edgee's CLI does for 1.0.1
            answer = hosts[entry.id].authenticate(entry.settings)
            if not options.json:
                print(safe_text(mask(f"{entry.id}: authenticate answered {answer}")), file=out)
    if options.json:
        return
    if any(isinstance(item, EdgeeEvent) and item.dropped_products for _, item in items):
        print("note: track products in these events do not reach components through the Edgee proxy unless "
              "a data-manipulation rule moves a property to `products` (send them as a flat `contents` "
              "property; --pass-products hands them over anyway)", file=out)
    if options.display_input:
        for index, item in items:
            if isinstance(item, EdgeeEvent):
                view = _input_view(item, entries, mask)
                print(safe_text(f"\n[{index + 1}] input ({item.kind}):\n  "
                                + mask(json.dumps(view, indent=2)).replace("\n", "\n  ")), file=out)


class Reporter:
    """Prints each report as soon as it is made and counts it; with --explain, adds it to the summary."""

    def __init__(self, out: TextIO, mask: Masker, shown: Shown) -> None:
        self.out, self.mask, self.shown = out, mask, shown
        self.counts = dict.fromkeys(("sent", "ready", "ignored", "skipped", "failed"), 0)
        self.summary = MatchSummary()

    def emit(self, report: Report) -> None:
        self.counts[report.status] += 1
        if report.explanation is not None:
            meta_error = self.mask.peer(report.detail) if report.status == "failed" and report.response else ""
            self.summary.add(report.explanation, meta_error)
        if self.shown.json:
            view = _json_view(report, self.mask, self.shown.graph_url)
            print(safe_text(self.mask(json.dumps(view, ensure_ascii=False))), file=self.out, flush=True)
        else:
            print_report(report, self.out, self.mask, self.shown)

    def finish(self, explained: bool, where: str) -> int:
        """The summary (--explain) and the counts; the exit code."""
        if explained and self.shown.json:
            print(safe_text(self.mask(json.dumps({"summary": self.summary.as_json()}, ensure_ascii=False))),
                  file=self.out)
        elif explained:
            print(safe_text(self.mask("\n".join(self.summary.lines()))), file=self.out)
        if not self.shown.json:
            counted = (f"{n} {status}" for status, n in self.counts.items() if n or status in ("ignored", "failed"))
            print("\n" + ", ".join(counted) + where, file=self.out)
        return 1 if self.counts["failed"] else 0


def _input_view(item: EdgeeEvent, entries: List[ComponentEntry], mask: Masker) -> Dict[str, Any]:
    # Every secret setting's value is one of the masker's values: masking values masks those settings.
    return {"type": item.kind, "event": asdict(item.event),
            "settings": {entry.id: mask.value(dict(entry.settings)) for entry in entries}}


def _json_view(report: Report, mask: Masker, graph_url: str) -> Dict[str, Any]:
    view: Dict[str, Any] = {"index": report.index, "type": report.kind, "component": report.component,
                            "status": report.status}
    if report.event_name:
        view["event_name"] = report.event_name
    if report.status in ("ignored", "skipped") or (report.status == "failed" and report.request is None):
        view["reason"] = report.detail
    if report.request is not None:
        request = masked_view(report, mask, graph_url)
        view["request"] = {key: request[key] for key in ("method", "url", "headers", "forward_client_headers",
                                                         "body")}
        view["sent_headers"] = request["sent_headers"]
    if report.response is not None:
        view["response"] = mask.peer_value(report.response)
        view["attempts"] = report.attempts
    if report.explanation is not None:
        view["explain"] = report.explanation.as_json()
    return view
