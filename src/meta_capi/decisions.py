"""What the mapping decided for one event, written by the mapping as it decides: `--explain` prints this
record instead of guessing the choices again.

One mechanism feeds it: `build_request(..., record=...)` makes the record current for the duration of the
call (`start`), and each module notes its decisions where it takes them (`note`, `supplied`). Nobody else
starts one (the component never does), so a decision costs one test of a module global in production.

Reasons name properties and rules, never a value: they are printed, and values are personal data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

# Where `event_id` came from: what the browser Pixel can repeat as `eventID`, best first.
EVENT_ID_PROPERTY = "the event_id property"
ORDER_ID_PROPERTY = "the order_id property"
EDGEE_UUID = "the Edgee uuid"


@dataclass
class Decisions:
    event_id_source: str = ""
    event_id: str = ""  # the event_id chosen, with its source: a refusal after the choice does not erase it
    # Meta key -> what supplied it: the visitor property (alias) of an identifier, the source of fbc/fbp.
    sources: Dict[str, str] = field(default_factory=dict)
    # (property, reason) for the identity properties and click ids that do not become their Meta key.
    matching_left_out: List[Tuple[str, str]] = field(default_factory=list)
    left_out: List[Tuple[str, str]] = field(default_factory=list)  # (property or field, reason): the rest


_current: Optional[Decisions] = None


def start(record: Optional[Decisions]) -> Optional[Decisions]:
    """Send the next decisions to `record` (None: nowhere); returns the record that was current."""
    global _current
    previous, _current = _current, record
    return previous


def recording() -> bool:
    """True when someone asked for a record: work done only to explain (a reason's wording) is skipped else."""
    return _current is not None


def note(name: str, reason: str) -> None:
    """`name` (a property or a Meta field, never a value) was left out or replaced, and why."""
    if _current is not None:
        _current.left_out.append((name, reason))


def noted() -> int:
    """How many reasons the current record holds (0 when nobody records): a mark for `withdraw_since`."""
    return len(_current.left_out) if _current is not None else 0


def withdraw_since(mark: int) -> None:
    """Take back the reasons noted since `mark` (noted): what they said rests on a judgment that was not made."""
    if _current is not None:
        del _current.left_out[mark:]


def note_matching(name: str, reason: str) -> None:
    """An identity property or click id `name` does not become its Meta key, and why."""
    if _current is not None:
        _current.matching_left_out.append((name, reason))


def supplied(key: str, source: str) -> None:
    """Meta's `key` was taken from `source` (a property name or a described source)."""
    if _current is not None:
        _current.sources[key] = source


def event_id_from(source: str, event_id: str) -> None:
    """The event's `event_id` and where it came from, as the mapping chose them (before any later refusal)."""
    if _current is not None:
        _current.event_id_source, _current.event_id = source, event_id


def source_of(key: str) -> str:
    """What supplied Meta's `key` in the current record ("" when nothing did, or nobody records)."""
    return _current.sources.get(key, "") if _current is not None else ""
