"""Sends a component's request as the proxy does (5-second timeout), with optional retries."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Callable, List, Sequence, Tuple

from meta_capi.model import Request
from meta_capi.payload import GRAPH_URL

from .graph_answers import GraphAnswer, read_answer

PROXY_TIMEOUT_SECONDS = 5.0


def retarget(url: str, graph_url: str) -> str:
    """The component's Graph API URL sent to `graph_url` instead (the offline API, a proxy...)."""
    if graph_url and url.startswith(GRAPH_URL):
        return graph_url.rstrip("/") + url[len(GRAPH_URL):]
    return url


@dataclass(frozen=True)
class Delivery:
    answer: GraphAnswer
    attempts: int


def post_once(method: str, url: str, headers: Sequence[Tuple[str, str]], body: str, timeout: float) -> GraphAnswer:
    request = urllib.request.Request(url, data=body.encode("utf-8"), method=method, headers=dict(headers))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return read_answer(response.status, response.read())
    except urllib.error.HTTPError as error:
        return read_answer(error.code, error.read())
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        return GraphAnswer(status=0, message=f"{type(error).__name__}: {reason}")


def deliver(
    request: Request,
    extra_headers: Sequence[Tuple[str, str]] = (),
    graph_url: str = "",
    retries: int = 0,
    backoff_seconds: float = 0.5,
    sleep: Callable[[float], None] = time.sleep,
) -> Delivery:
    """Send `request`; retry only retryable answers, waiting backoff, 2x backoff, 4x backoff..."""
    headers: List[Tuple[str, str]] = [*request.headers, *extra_headers]
    url = retarget(request.url, graph_url)
    attempts = 0
    while True:
        attempts += 1
        answer = post_once(request.method, url, headers, request.body, PROXY_TIMEOUT_SECONDS)
        if answer.ok or not answer.retryable or attempts > retries:
            return Delivery(answer, attempts)
        sleep(backoff_seconds * 2 ** (attempts - 1))
