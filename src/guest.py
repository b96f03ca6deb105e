"""The WIT adapter that componentize-py wraps: records in, one core call, `EdgeeRequest` or `Err` out."""

from __future__ import annotations

from typing import Any, List, Tuple

from componentize_py_types import Err
from wit_world import exports
from wit_world.exports import data_collection as wit

from meta_capi import MetaCapiError, build_request

_CONSENT = {wit.Consent.PENDING: "pending", wit.Consent.GRANTED: "granted", wit.Consent.DENIED: "denied"}
_METHOD = {"GET": wit.HttpMethod.GET, "PUT": wit.HttpMethod.PUT, "POST": wit.HttpMethod.POST}


class _CoreEvent:
    """The WIT event as the core reads it: the nested records are shared, not copied."""

    __slots__ = ("uuid", "timestamp", "timestamp_millis", "timestamp_micros", "data", "context", "consent")

    def __init__(self, e: wit.Event) -> None:
        self.uuid = e.uuid
        self.timestamp = e.timestamp
        self.timestamp_millis = e.timestamp_millis
        self.timestamp_micros = e.timestamp_micros
        self.data: Any = e.data.value
        self.context = e.context
        self.consent = None if e.consent is None else _CONSENT[e.consent]


def _answer(kind: str, e: wit.Event, settings: List[Tuple[str, str]]) -> wit.EdgeeRequest:
    try:
        request = build_request(kind, _CoreEvent(e), settings)
        return wit.EdgeeRequest(
            _METHOD[request.method], request.url, list(request.headers), request.forward_client_headers, request.body
        )
    except MetaCapiError as error:
        message = str(error)
    except Exception as error:  # an unexpected failure must never trap the proxy's instance
        message = f"internal error: {type(error).__name__}: {error}"[:1000]
    # Raised outside the handlers, so no traceback keeps the failed call's frames alive in a cycle.
    raise Err(message)


class DataCollection(exports.DataCollection):
    def page(self, e: wit.Event, settings: List[Tuple[str, str]]) -> wit.EdgeeRequest:
        return _answer("page", e, settings)

    def track(self, e: wit.Event, settings: List[Tuple[str, str]]) -> wit.EdgeeRequest:
        return _answer("track", e, settings)

    def user(self, e: wit.Event, settings: List[Tuple[str, str]]) -> wit.EdgeeRequest:
        return _answer("user", e, settings)
