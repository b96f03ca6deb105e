"""An offline Graph API for tests and demos: validates Conversions API requests and answers as Meta does.

Standard library only; binds 127.0.0.1 on a free port. It knows a set of pixels and tokens, records every
request it receives, and can be told to answer the next requests with a fault (429, 500...).
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

from meta_capi.identity import is_sha256_hex, prehashed
from meta_capi.settings import ACTION_SOURCES

DEMO_PIXEL_ID = "1234567890"
DEMO_TOKEN = "offline-demo-token"
HASHED_KEYS = ("em", "ph", "fn", "ln", "ge", "db", "ct", "st", "zp", "country")
NEVER_HASHED_KEYS = ("client_ip_address", "client_user_agent", "fbc", "fbp")
_PATH = re.compile(r"/(v[0-9]+\.0)/([^/]+)/events")
SEVEN_DAYS = 7 * 24 * 3600


class GraphError(Exception):
    """A Graph error object to answer with."""

    def __init__(self, status: int, code: int, message: str, subcode: Optional[int] = None,
                 title: str = "", transient: bool = False) -> None:
        super().__init__(message)
        self.status, self.code, self.subcode, self.title, self.transient = status, code, subcode, title, transient

    def body(self) -> Dict[str, Any]:
        error: Dict[str, Any] = {"message": str(self), "type": "OAuthException", "code": self.code}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        error["is_transient"] = self.transient
        if self.title:
            error["error_user_title"] = self.title
        error["fbtrace_id"] = _trace_id()
        return {"error": error}


def _hashed_as_meta_wants(value: Any) -> bool:
    # 64 lowercase hex, or Meta's parameter builder form with its appendix (prehashed lowercases the hex)
    return isinstance(value, str) and prehashed(value) == value


def _trace_id() -> str:
    return secrets.token_urlsafe(16)


def _invalid(message: str, subcode: Optional[int] = None, title: str = "") -> GraphError:
    return GraphError(400, 100, f"(#100) {message}", subcode, title)


@dataclass
class Received:
    """One request as the offline API saw it, with its answer."""

    method: str
    path: str
    headers: Dict[str, str]
    body: Any
    status: int
    answer: Dict[str, Any]


@dataclass
class OfflineGraphAPI:
    pixels: Tuple[str, ...] = (DEMO_PIXEL_ID,)
    tokens: Tuple[str, ...] = (DEMO_TOKEN,)
    clock: Callable[[], float] = time.time
    base_url: str = ""
    received: List[Received] = field(default_factory=list)
    _faults: List[GraphError] = field(default_factory=list)
    _server: Optional[ThreadingHTTPServer] = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # -- fault injection -------------------------------------------------------------------------------
    def fail_next(self, status: int = 500, code: int = 2, message: str = "Service temporarily unavailable",
                  transient: bool = True, times: int = 1) -> None:
        with self._lock:
            self._faults.extend(GraphError(status, code, message, transient=transient) for _ in range(times))

    # -- validation ------------------------------------------------------------------------------------
    def answer(self, method: str, target: str, headers: Dict[str, str], raw_body: bytes) -> Tuple[int, Dict[str, Any]]:
        with self._lock:
            fault = self._faults.pop(0) if self._faults else None
        try:
            if fault is not None:
                raise fault
            data = self._validate(method, target, headers, raw_body)
            return 200, {"events_received": len(data), "messages": [], "fbtrace_id": _trace_id()}
        except GraphError as error:
            return error.status, error.body()

    def _validate(self, method: str, target: str, headers: Dict[str, str], raw_body: bytes) -> List[Any]:
        url = urlsplit(target)
        path = _PATH.fullmatch(url.path)
        if method != "POST" or path is None:
            raise _invalid(f"Unsupported {method} request to {url.path}")
        try:
            body = json.loads(raw_body.decode("utf-8")) if raw_body else {}
        except (UnicodeDecodeError, ValueError):
            raise _invalid("The request body is not valid JSON") from None
        if not isinstance(body, dict):
            raise _invalid("The request body must be a JSON object")
        token = body.get("access_token") or parse_qs(url.query).get("access_token", [""])[0]
        bearer = headers.get("authorization", "")
        if not token and bearer.lower().startswith("bearer "):
            token = bearer[7:]
        if not token:
            raise GraphError(400, 190, "An active access token must be used to query information.")
        if token not in self.tokens:
            raise GraphError(401, 190, "Invalid OAuth access token - Cannot parse access token")
        if path.group(2) not in self.pixels:
            raise _invalid(
                f"Unsupported post request. Object with ID '{path.group(2)}' does not exist, cannot be loaded due "
                "to missing permissions, or does not support this operation", 33)
        data = body.get("data")
        if not isinstance(data, list) or not data or len(data) > 1000:
            raise _invalid("param data must be an array of 1 to 1000 events")
        for index, event in enumerate(data):
            self._validate_event(index, event)
        return data

    def _validate_event(self, index: int, event: Any) -> None:
        where = f"data[{index}]"
        if not isinstance(event, dict):
            raise _invalid(f"{where} must be an object")
        if not isinstance(event.get("event_name"), str) or not event["event_name"]:
            raise _invalid(f"{where}.event_name is required")
        event_time = event.get("event_time")
        if isinstance(event_time, bool) or not isinstance(event_time, int):
            raise _invalid(f"{where}.event_time must be an integer of seconds")
        if event_time < self.clock() - SEVEN_DAYS:
            raise _invalid("The timestamp for this event is too far in the past.", 2804003, "Event Timestamp Too Old")
        action_source = event.get("action_source")
        if action_source not in ACTION_SOURCES:
            raise _invalid(f"{where}.action_source is required and must be one of Meta's values", 2804050)
        user_data = event.get("user_data")
        if not isinstance(user_data, dict) or not user_data:
            raise _invalid(f"{where}.user_data must have at least one customer information parameter", 2804050)
        for key in HASHED_KEYS:
            if key in user_data:
                values = user_data[key] if isinstance(user_data[key], list) else [user_data[key]]
                if not all(_hashed_as_meta_wants(value) for value in values):
                    raise _invalid(f"{where}.user_data.{key} must be SHA-256 hashed (64 lowercase hex)")
        for key in NEVER_HASHED_KEYS:
            value = user_data.get(key)
            if isinstance(value, str) and is_sha256_hex(value):
                raise _invalid(f"{where}.user_data.{key} must not be hashed")
        custom = event.get("custom_data") or {}
        if event["event_name"] == "Purchase":
            if not isinstance(custom.get("value"), (int, float)) or isinstance(custom.get("value"), bool):
                raise _invalid("Missing Value for Purchase Event", 2804009, "Missing Value for Purchase Event")
            if not isinstance(custom.get("currency"), str) or len(custom["currency"]) != 3:
                raise _invalid("Missing Currency for Purchase Event", 2804010, "Missing Currency for Purchase Event")

    # -- serving ---------------------------------------------------------------------------------------
    def start(self) -> str:
        """Serve on 127.0.0.1 and a free port in a background thread; returns the base URL."""
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server API
                self._handle()

            def do_GET(self) -> None:  # noqa: N802
                self._handle()

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                headers = {name.lower(): value for name, value in self.headers.items()}
                status, answer = api.answer(self.command, self.path, headers, raw)
                try:
                    body: Any = json.loads(raw.decode("utf-8")) if raw else None
                except (UnicodeDecodeError, ValueError):
                    body = raw.decode("utf-8", "replace")
                with api._lock:
                    api.received.append(Received(self.command, self.path, headers, body, status, answer))
                encoded = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(encoded)))
                self.end_headers()
                self.wfile.write(encoded)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: the harness reports

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> OfflineGraphAPI:
        self.base_url = self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()
