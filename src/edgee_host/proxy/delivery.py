"""Sends a component's request as the proxy's HTTP client (reqwest 0.12) does: one new connection per event,
5 seconds for the whole exchange, no body on GET and DELETE, the component's headers plus `accept: */*` (which
reqwest adds when the component gives none) and the framing (host, content-length), no retry; retries with
backoff are the harness's own option. Redirects and HTTP(S)_PROXY, which reqwest follows, are not.

One deadline covers resolving the host name, connecting, the TLS handshake, sending, the status line, any
`100 Continue`, the headers and the body: every socket operation is non-blocking and waits with `select` for
at most the time left, so a server that drips bytes cannot stretch the exchange (http.client's timeout is per
operation, and on Python 3.13 its response object closes the socket under a reader that still holds it)."""

from __future__ import annotations

import errno
import math
import select
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Tuple
from urllib.parse import urlsplit

from edgee_host.meta.graph_answers import GraphAnswer, read_answer
from meta_capi.model import Request
from meta_capi.payload import GRAPH_URL

PROXY_TIMEOUT_SECONDS = 5.0
MAX_ANSWER_BYTES = 1024 * 1024  # Graph API answers are a few hundred bytes; anything beyond is not read
MAX_HEAD_BYTES = 64 * 1024  # status line and headers
_CHUNK = 16 * 1024
DEFAULT_ACCEPT = "*/*"  # reqwest's default `accept` header


def retarget(url: str, graph_url: str) -> str:
    """The component's Graph API URL sent to `graph_url` instead (the offline API, a proxy...)."""
    if graph_url and url.startswith(GRAPH_URL):
        return graph_url.rstrip("/") + url[len(GRAPH_URL):]
    return url


def without_password(url: str) -> str:
    """`url` as it may be printed: the password of its user info, if any, replaced by `***`."""
    scheme, separator, rest = url.partition("://")
    authority, slash, tail = rest.partition("/")
    user_info, at, host = authority.rpartition("@")
    if not separator or not at or ":" not in user_info:
        return url
    return f"{scheme}://{user_info.partition(':')[0]}:***@{host}{slash}{tail}"


def check_base_url(graph_url: str) -> Optional[str]:
    """Why `graph_url` cannot stand in for the Graph API, or None (never quoting a password it holds)."""
    shown = without_password(graph_url)
    problem = f"--graph-url must be an http:// or https:// URL with a host and a valid port, got {shown!r:.80}"
    try:
        parts = urlsplit(graph_url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number from 0 to 65535
    except ValueError:
        return problem
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return problem
    return None


@dataclass(frozen=True)
class Delivery:
    answer: GraphAnswer
    attempts: int


class DeadlinePassed(Exception):
    """The exchange did not finish within its deadline."""


class ProtocolError(Exception):
    """The peer's answer is not HTTP/1.x as the harness reads it."""


class _Exchange:
    """One connection under one deadline: every wait is bounded by the time left."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds
        self.sock: Optional[socket.socket] = None
        self.buffer = b""

    def left(self) -> float:
        remaining = self.end - time.monotonic()
        if remaining <= 0:
            raise DeadlinePassed()
        return remaining

    def wait(self, readable: bool) -> None:
        assert self.sock is not None
        ready = select.select([self.sock] if readable else [], [] if readable else [self.sock], [], self.left())
        if not any(ready):
            raise DeadlinePassed()

    def connect(self, host: str, port: int, tls: bool) -> None:
        infos = self.resolve(host, port)
        error: Optional[OSError] = None
        for family, kind, proto, _, address in infos:
            sock = socket.socket(family, kind, proto)
            sock.setblocking(False)
            self.sock = sock
            try:
                code = sock.connect_ex(address)
                if code not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK):
                    raise OSError(code, "connect failed")
                if code:
                    self.wait(readable=False)
                    code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                    if code:
                        raise OSError(code, "connection refused or unreachable")
                break
            except OSError as failed:
                error = failed
                sock.close()
                self.sock = None
        if self.sock is None:
            raise error or OSError("no address for the host")
        if tls:
            context = ssl.create_default_context()
            self.sock = context.wrap_socket(self.sock, server_hostname=host, do_handshake_on_connect=False)
            self._ssl_step(self.sock.do_handshake)

    def resolve(self, host: str, port: int) -> List[Tuple[Any, ...]]:
        """getaddrinfo has no timeout of its own (a slow resolver takes tens of seconds): it runs in a daemon
        thread, waited for only the time left."""
        found: List[Any] = []

        def lookup() -> None:
            try:
                found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
            except (OSError, UnicodeError) as error:
                found.append(error)

        worker = threading.Thread(target=lookup, daemon=True)
        worker.start()
        worker.join(self.left())
        if not found:
            raise DeadlinePassed()
        if isinstance(found[0], Exception):
            raise found[0]
        return list(found[0])

    def _ssl_step(self, step: Callable[[], object]) -> object:
        while True:
            try:
                return step()
            except ssl.SSLWantReadError:
                self.wait(readable=True)
            except ssl.SSLWantWriteError:
                self.wait(readable=False)

    def send(self, data: bytes) -> None:
        assert self.sock is not None
        sock = self.sock
        view = memoryview(data)
        while view:
            try:
                sent = sock.send(view)
            except (BlockingIOError, ssl.SSLWantWriteError):
                self.wait(readable=False)
                continue
            except ssl.SSLWantReadError:
                self.wait(readable=True)
                continue
            view = view[sent:]

    def receive(self) -> bytes:
        """Some bytes of the answer; b"" when the peer closed."""
        assert self.sock is not None
        sock = self.sock
        while True:
            try:
                return sock.recv(_CHUNK)
            except (BlockingIOError, ssl.SSLWantReadError):
                self.wait(readable=True)
            except ssl.SSLWantWriteError:
                self.wait(readable=False)

    def line(self, limit: int) -> bytes:
        while b"\r\n" not in self.buffer:
            if len(self.buffer) > limit:
                raise ProtocolError("answer headers too large")
            more = self.receive()
            if not more:
                raise ProtocolError("connection closed before the answer's headers")
            self.buffer += more
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return line

    def exactly(self, size: int) -> bytes:
        while len(self.buffer) < size:
            more = self.receive()
            if not more:
                raise ProtocolError("connection closed inside the answer's body")
            self.buffer += more
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()


class AnswerTooLarge(Exception):
    """More than MAX_ANSWER_BYTES of body."""


def _head(exchange: _Exchange) -> Tuple[int, Dict[str, str]]:
    """The final status and headers, interim 1xx answers (`100 Continue`) read and skipped."""
    used = 0
    while True:
        status_line = exchange.line(MAX_HEAD_BYTES)
        parts = status_line.split(b" ", 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/1.") or not (parts[1].isdigit() and len(parts[1]) == 3):
            raise ProtocolError(f"BadStatusLine: {status_line[:60]!r}")
        status = int(parts[1])
        headers: Dict[str, str] = {}
        while True:
            line = exchange.line(MAX_HEAD_BYTES)
            used += len(line) + 2
            if used > MAX_HEAD_BYTES:
                raise ProtocolError("answer headers too large")
            if not line:
                break
            name, sep, value = line.decode("latin-1").partition(":")
            if not sep:
                raise ProtocolError("malformed answer header")
            headers[name.strip().lower()] = value.strip()
        if not 100 <= status < 200 or status == 101:
            return status, headers


def _body(exchange: _Exchange, method: str, status: int, headers: Dict[str, str]) -> bytes:
    if method == "HEAD" or status in (204, 304):
        return b""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        chunks: List[bytes] = []
        size = 0
        while True:
            length_text = exchange.line(1024).split(b";", 1)[0].strip()
            try:
                length = int(length_text, 16)
            except ValueError:
                raise ProtocolError("malformed chunk size") from None
            if length == 0:
                return b"".join(chunks)
            size += length
            if size > MAX_ANSWER_BYTES:
                raise AnswerTooLarge()
            chunks.append(exchange.exactly(length))
            exchange.exactly(2)
    if "content-length" in headers:
        try:
            length = int(headers["content-length"])
        except ValueError:
            raise ProtocolError("malformed content-length") from None
        if length > MAX_ANSWER_BYTES:
            raise AnswerTooLarge()
        return exchange.exactly(max(length, 0))
    data = exchange.buffer
    while True:  # no length: the body runs until the peer closes
        if len(data) > MAX_ANSWER_BYTES:
            raise AnswerTooLarge()
        more = exchange.receive()
        if not more:
            return data
        data += more


def has_body(method: str) -> bool:
    """The proxy sends no body with GET and DELETE (data_collection/mod.rs): the one place this rule is written."""
    return method not in ("GET", "DELETE")


def request_bytes(method: str, url: str, headers: Dict[str, str], body: str) -> bytes:
    """The request as reqwest frames it: the component's headers, `accept: */*` unless given, the length."""
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    default_port = 443 if parts.scheme == "https" else 80
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    host_header = host if parts.port in (None, default_port) else f"{host}:{parts.port}"
    lines = [f"{method} {target} HTTP/1.1", f"host: {host_header}"]
    sent = {name.lower(): value for name, value in headers.items() if name.lower() not in ("host", "content-length")}
    sent.setdefault("accept", DEFAULT_ACCEPT)
    lines += [f"{name}: {value}" for name, value in sent.items()]
    payload = body.encode("utf-8") if has_body(method) else b""
    if has_body(method):
        lines.append(f"content-length: {len(payload)}")
    head = "\r\n".join(lines) + "\r\n\r\n"
    return head.encode("utf-8") + payload


def send_once(method: str, url: str, headers: Dict[str, str], body: str,
              timeout: float = PROXY_TIMEOUT_SECONDS) -> GraphAnswer:
    """One request; the deadline covers the whole exchange, from connecting to the answer's last byte."""
    exchange = _Exchange(timeout)
    try:
        parts = urlsplit(url)
        data = request_bytes(method, url, headers, body)
        exchange.connect(parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80),
                         parts.scheme == "https")
        exchange.send(data)
        status, answer_headers = _head(exchange)
        return read_answer(status, _body(exchange, method, status, answer_headers))
    except DeadlinePassed:
        return GraphAnswer(status=0, message=f"TimeoutError: no complete answer within {timeout:g} s")
    except AnswerTooLarge:  # no Graph API answer is this large: not one to trust
        return GraphAnswer(status=0, message=f"answer larger than {MAX_ANSWER_BYTES} bytes: not read further")
    except ProtocolError as error:
        return GraphAnswer(status=0, message=str(error)[:300])
    except (OSError, ValueError, UnicodeError) as error:
        return GraphAnswer(status=0, message=f"{type(error).__name__}: {error}"[:300])
    finally:
        exchange.close()


def check_backoff(backoff: float) -> Optional[str]:
    if not math.isfinite(backoff) or not 0 <= backoff <= 60:
        return f"--backoff must be a number of seconds from 0 to 60, got {backoff}"
    return None


def deliver(request: Request, headers: Optional[Dict[str, str]] = None, graph_url: str = "", retries: int = 0,
            backoff_seconds: float = 0.5, sleep: Callable[[float], None] = time.sleep) -> Delivery:
    """Send `request` with `headers` (default: its own); retry only retryable answers, waiting backoff,
    2x backoff, 4x backoff..."""
    if headers is None:
        headers = {name.lower(): value for name, value in request.headers}
    target = retarget(request.url, graph_url)
    attempts = 0
    while True:
        attempts += 1
        answer = send_once(request.method, target, headers, request.body)
        if answer.ok or not answer.retryable or attempts > retries:
            return Delivery(answer, attempts)
        sleep(backoff_seconds * 2 ** (attempts - 1))
