"""Sends a component's request as the proxy does: one new connection per event, 5 seconds for the whole
request, no body on GET and DELETE, no header the component did not give (no default content type or user
agent), no retry; retries with backoff are the harness's own option."""

from __future__ import annotations

import http.client
import math
import time
from dataclasses import dataclass
from typing import Callable, Dict, Optional
from urllib.parse import urlsplit

from meta_capi.model import Request
from meta_capi.payload import GRAPH_URL

from .graph_answers import GraphAnswer, read_answer

PROXY_TIMEOUT_SECONDS = 5.0
MAX_ANSWER_BYTES = 1024 * 1024  # Graph API answers are a few hundred bytes; anything beyond is not read
_CHUNK = 16 * 1024


def retarget(url: str, graph_url: str) -> str:
    """The component's Graph API URL sent to `graph_url` instead (the offline API, a proxy...)."""
    if graph_url and url.startswith(GRAPH_URL):
        return graph_url.rstrip("/") + url[len(GRAPH_URL):]
    return url


def check_base_url(graph_url: str) -> Optional[str]:
    """Why `graph_url` cannot stand in for the Graph API, or None."""
    parts = urlsplit(graph_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"--graph-url must be an http:// or https:// URL with a host, got {graph_url!r:.80}"
    return None


@dataclass(frozen=True)
class Delivery:
    answer: GraphAnswer
    attempts: int


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        remaining = self.end - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("deadline passed")
        return remaining


def send_once(method: str, url: str, headers: Dict[str, str], body: str,
              timeout: float = PROXY_TIMEOUT_SECONDS) -> GraphAnswer:
    """One request; the deadline covers connecting, sending and reading the whole answer."""
    deadline = _Deadline(timeout)
    parts = urlsplit(url)
    connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(parts.hostname or "", parts.port, timeout=deadline.left())
    try:
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection.putrequest(method, target, skip_accept_encoding=True)
        for name, value in headers.items():
            connection.putheader(name, value.encode("utf-8"))
        payload = body.encode("utf-8") if method not in ("GET", "DELETE") else b""
        if method not in ("GET", "DELETE"):
            connection.putheader("content-length", str(len(payload)))
        connection.endheaders(payload or None)
        sock = connection.sock  # kept: http.client lets go of it once the answer says the connection closes
        sock.settimeout(deadline.left())
        response = connection.getresponse()
        chunks, size = [], 0
        # Python 3.13's read1() closes the socket once the answer is complete: stop there, never touch it again.
        while size <= MAX_ANSWER_BYTES and not response.isclosed():
            sock.settimeout(deadline.left())
            chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_ANSWER_BYTES:  # no Graph API answer is this large: not one to trust
            return GraphAnswer(status=0, message=f"answer larger than {MAX_ANSWER_BYTES} bytes: not read further")
        return read_answer(response.status, b"".join(chunks))
    except TimeoutError:  # the deadline, or a socket read that ran into it
        return GraphAnswer(status=0, message=f"TimeoutError: no complete answer within {timeout:g} s")
    except (OSError, http.client.HTTPException, ValueError) as error:
        return GraphAnswer(status=0, message=f"{type(error).__name__}: {error}"[:300])
    finally:
        connection.close()


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
