"""Meta's answers, read as Meta documents them: success fields, the Graph error object, retry classes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

# Graph error codes worth retrying (throttling, downtime); 100, 190, 10 and 200-299 are permanent.
RETRYABLE_CODES = frozenset({1, 2, 4, 17, 341, 368, 613, 80003, 21009})


@dataclass(frozen=True)
class GraphAnswer:
    """One HTTP answer from the Graph API (or the reason none came)."""

    status: int
    events_received: Optional[int] = None
    messages: List[str] = field(default_factory=list)
    fbtrace_id: str = ""
    code: Optional[int] = None
    error_subcode: Optional[int] = None
    message: str = ""
    is_transient: bool = False

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300 and self.code is None

    @property
    def retryable(self) -> bool:
        if self.ok:
            return False
        if self.status == 0 or self.status == 429 or self.status >= 500 or self.is_transient:
            return True
        return self.code in RETRYABLE_CODES

    def summary(self) -> str:
        if self.ok:
            return f"events_received: {self.events_received}, messages: {self.messages}, fbtrace_id: {self.fbtrace_id}"
        if self.status == 0:
            return f"no answer: {self.message} (retryable)"
        retry = "retryable" if self.retryable else "not retryable"
        return (f"HTTP {self.status}, code {self.code}, error_subcode {self.error_subcode}: {self.message} "
                f"(fbtrace_id {self.fbtrace_id}, {retry})")

    def to_json(self) -> Dict[str, Any]:
        base: Dict[str, Any] = {"status": self.status, "ok": self.ok}
        if self.ok:
            base.update(events_received=self.events_received, messages=self.messages, fbtrace_id=self.fbtrace_id)
        else:
            base.update(code=self.code, error_subcode=self.error_subcode, message=self.message,
                        fbtrace_id=self.fbtrace_id, retryable=self.retryable)
        return base


def read_answer(status: int, body: bytes) -> GraphAnswer:
    try:
        document: Any = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # a peer's answer nested too deep is no answer
        document = None
    if not isinstance(document, dict):
        return GraphAnswer(status=status, code=None if status < 400 else 0,
                           message=f"not a JSON object: {body[:80]!r}")
    error = document.get("error")
    if isinstance(error, dict):
        return GraphAnswer(
            status=status, code=_int(error.get("code")), error_subcode=_int(error.get("error_subcode")),
            message=str(error.get("message", "")), fbtrace_id=str(error.get("fbtrace_id", "")),
            is_transient=error.get("is_transient") is True,
        )
    messages = document.get("messages") or []
    return GraphAnswer(
        status=status, events_received=_int(document.get("events_received")) or 0,
        messages=[str(message) for message in messages] if isinstance(messages, list) else [],
        fbtrace_id=str(document.get("fbtrace_id", "")),
    )


def _int(value: Any) -> Optional[int]:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
