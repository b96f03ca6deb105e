"""What the mapping decided for one event, written by the mapping as it decides: `--explain` prints this
record instead of guessing the choices again. Nothing is recorded unless a record is passed (the component
never passes one), so it costs nothing per event in production.

Reasons name properties and rules, never a value: they are printed, and values are personal data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Tuple

# Where `event_id` came from: what the browser Pixel can repeat as `eventID`, best first.
EVENT_ID_PROPERTY = "the event_id property"
ORDER_ID_PROPERTY = "the order_id property"
EDGEE_UUID = "the Edgee uuid"


@dataclass
class Decisions:
    event_id_source: str = ""
    left_out: List[Tuple[str, str]] = field(default_factory=list)  # (property or field, reason)


def note(record: Optional[Decisions], name: str, reason: str) -> None:
    """Records that `name` was left out (or replaced) and why, when someone asked for a record."""
    if record is not None:
        record.left_out.append((name, reason))
