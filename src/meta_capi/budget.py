"""The one budget at the door: an event is measured before anything in it is parsed or matched, and an event
over budget is refused whole with an `Err` naming the limit and the field (never its value).

The limits are far above anything a real event carries (the events recorded on Edgee's demo site have at
most 5 properties per list, keys of at most 10 characters and values of at most 80; an e-commerce event
with 50 products as flat `contents` is about 5 KB) and match what Meta itself keeps: its custom data is for
short labels and ids, and a request holds at most 1,000 events. Under them, every later step is bounded
whatever the property or its form (JSON, comma list), and so is the request that goes out.
"""

from __future__ import annotations

from itertools import chain
from operator import attrgetter
from typing import Callable, Dict, Sequence, Tuple

from . import detector
from .errors import EventError
from .identity import ALIAS_RANK
from .model import EventView, TrackView

MAX_PROPERTIES = 256  # per list: the event's properties, the visitor's, one product's
MAX_PRODUCTS = 200  # the WIT products list, flat `contents`, `content_ids`
MAX_KEY = 256  # characters of a property's key
MAX_VALUE = 64 * 1024  # characters of any one value (the largest is a flat `contents` JSON array)
MAX_EVENT = 256 * 1024  # characters of the whole event, every string of it counted
# The request that goes out: every value in it comes from the event (a product id twice, in `contents` and
# `content_ids`) or is of bounded size (hashes, names of fields); JSON escapes a character into at most 12.
MAX_REQUEST = 512 * 1024

# The keys a message names a property by: the component's own vocabulary (the keys it reads, those most events carry,
# the visitor's identity aliases). Any other property is named by its position: a key as sent may hold what no gate
# tells from a name (an address with an emoji for its `@`), and an Err goes to the proxy's logs. (`--explain`'s notes,
# read on the site owner's machine, name a property left out by its key when the key gate passes it:
# detector.property_label.)
NAMED_KEYS = detector.COMMON_KEYS | frozenset(ALIAS_RANK)

# Every text field the component reads; the others (campaign, session ids, the client's other fields, page
# keywords) are never looked at, so they cost nothing beyond what the host already paid to hand them over.
_PAGE_FIELDS = ("name", "category", "title", "url", "search", "referrer")
_USER_FIELDS = ("user_id", "anonymous_id", "edgee_id")
_CLIENT_FIELDS = ("ip", "user_agent", "country_code")
# Each record's fields read in one C call (attrgetter), not one bytecode loop per field: every event pays this.
_READ: Dict[Tuple[str, ...], Callable[[object], Tuple[str, ...]]] = {
    names: attrgetter(*names) for names in (_PAGE_FIELDS, _USER_FIELDS, _CLIENT_FIELDS)}


class _Meter:
    """Counts the characters of an event, refusing at the first limit passed. A limit added here goes into
    check_event's quick verdict too (tests/test_budget.py holds the two to the same outcome at each limit's edge)."""

    __slots__ = ("total",)

    def __init__(self) -> None:
        self.total = 0

    def text(self, where: str, value: str, limit: int = MAX_VALUE) -> None:
        size = len(value)
        if size > limit:
            raise EventError(
                f"{where} is {size} characters long, more than the {limit} allowed: the event is not sent")
        self.total += size
        if self.total > MAX_EVENT:
            raise EventError(
                f"the event is more than {MAX_EVENT} characters long (at {where}): the event is not sent")

    def fields(self, where: str, record: object, names: Tuple[str, ...]) -> None:
        sizes = list(map(len, _READ[names](record)))
        self.total += sum(sizes)
        if max(sizes) > MAX_VALUE or self.total > MAX_EVENT:  # rare: find the field to name
            self.total -= sum(sizes)
            for name in names:
                self.text(f"{where}.{name}", getattr(record, name))

    def properties(self, where: str, pairs: Sequence[Tuple[str, str]]) -> None:
        if len(pairs) > MAX_PROPERTIES:
            raise EventError(f"{where} has more than {MAX_PROPERTIES} properties: the event is not sent")
        if not pairs:
            return
        sizes = list(map(len, chain.from_iterable(pairs)))  # key, value, key, value...
        self.total += sum(sizes)
        if max(sizes) > MAX_KEY:  # rare: find the field to name
            for position, (key, value) in enumerate(pairs, 1):
                if len(key) > MAX_KEY:
                    self.text(f"a key of {where}", key, MAX_KEY)
                if len(value) > MAX_VALUE:
                    named = f"{where} {key!r}" if key in NAMED_KEYS else f"property {position} of {where}"
                    self.text(named, value)
        if self.total > MAX_EVENT:
            self.text(where, "")


_CONTEXT_FIELDS = (*(f"context.page.{name}" for name in _PAGE_FIELDS),
                   *(f"context.user.{name}" for name in _USER_FIELDS),
                   *(f"context.client.{name}" for name in _CLIENT_FIELDS))
# Every text field an event of each kind is measured by below, read in one C call.
_EVENT_FIELDS: Dict[str, Callable[[object], Tuple[str, ...]]] = {
    "page": attrgetter("uuid", *(f"data.{name}" for name in _PAGE_FIELDS), *_CONTEXT_FIELDS),
    "track": attrgetter("uuid", "data.name", *_CONTEXT_FIELDS),
    "user": attrgetter("uuid", *(f"data.{name}" for name in _USER_FIELDS), *_CONTEXT_FIELDS),
}


def check_event(kind: str, event: EventView) -> None:
    """Raise EventError when `event` (of `kind` page/track/user) is over budget; linear, nothing parsed.

    The usual event is measured in a few C calls: every list within its count, every key within MAX_KEY, every
    text field and value within MAX_VALUE and the whole within MAX_EVENT, and no limit is passed. Any other is
    measured field by field (_measure), which finds the limit passed and names it; a limit added there goes
    here too (tests/test_budget.py holds the two to the same outcome at each limit's edge)."""
    fields = _EVENT_FIELDS.get(kind)
    if fields is None:
        return _measure(kind, event)
    data = event.data
    lists = [data.properties, event.context.user.properties]
    if kind == "track":
        products = data.products  # type: ignore[union-attr]  # (the kind says it is a track)
        if len(products) > MAX_PRODUCTS:
            return _measure(kind, event)
        lists.extend(products)
    if max(map(len, lists)) > MAX_PROPERTIES:
        return _measure(kind, event)
    field_sizes = list(map(len, fields(event)))
    pair_sizes = list(map(len, chain.from_iterable(chain.from_iterable(lists))))  # key, value, key, value...
    if pair_sizes and (max(pair_sizes[0::2]) > MAX_KEY or max(pair_sizes[1::2]) > MAX_VALUE):
        return _measure(kind, event)
    if max(field_sizes) > MAX_VALUE or sum(field_sizes) + sum(pair_sizes) > MAX_EVENT:
        return _measure(kind, event)
    return None


def _measure(kind: str, event: EventView) -> None:
    """check_event field by field: raise EventError naming the first limit passed."""
    meter = _Meter()
    meter.text("uuid", event.uuid)
    data, context = event.data, event.context
    if kind == "track":
        track: TrackView = data  # type: ignore[assignment]  # (the kind says it is a track)
        meter.text("the track name", track.name)
        meter.properties("properties", track.properties)
        if len(track.products) > MAX_PRODUCTS:
            raise EventError(f"the event has more than {MAX_PRODUCTS} products: the event is not sent")
        for position, product in enumerate(track.products):
            meter.properties(f"product {position + 1}", product)
    elif kind == "page":
        meter.fields("page", data, _PAGE_FIELDS)
        meter.properties("properties", data.properties)
    elif kind == "user":
        meter.fields("user", data, _USER_FIELDS)
        meter.properties("properties", data.properties)
    meter.fields("context.page", context.page, _PAGE_FIELDS)
    meter.fields("context.user", context.user, _USER_FIELDS)
    meter.properties("context.user.properties", context.user.properties)
    meter.fields("context.client", context.client, _CLIENT_FIELDS)
