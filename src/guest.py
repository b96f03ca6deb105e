"""The WIT adapter that componentize-py wraps: records in, one core call, `EdgeeRequest` or `Err` out.

The component exports the two interfaces the Edgee proxy binds: `edgee:components/data-collection`
(wit_version "1.0.0") and `edgee:components/data-collection@1.0.1` (with `authenticate`). Each has its own
generated module with its own enum and record classes, so one base class, bound to a module per subclass,
serves both and the versions cannot drift apart.
"""

from __future__ import annotations

# First, before the guest's own imports: see precompile.py, dependencies_first.py and heap_fill.py.
import precompile  # noqa: F401

# isort: split
import dependencies_first  # noqa: F401

# isort: split
import heap_fill

# isort: split
from types import ModuleType
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from componentize_py_types import Err
from wit_world import exports
from wit_world.exports import data_collection_v100, data_collection_v101

import dense_code
import live_objects
from meta_capi import MetaCapiError, build_request
from meta_capi.model import ContextView, DataView, PageView, TrackView, UserView
from warm_up import warm_up

Settings = List[Tuple[str, str]]


if TYPE_CHECKING:  # mypy proves each interface's binding records meet the core's Protocols; never run

    def _v100(page: data_collection_v100.PageData, track: data_collection_v100.TrackData,
              user: data_collection_v100.UserData, context: data_collection_v100.Context,
              ) -> Tuple[PageView, TrackView, UserView, ContextView]:
        return page, track, user, context

    def _v101(page: data_collection_v101.PageData, track: data_collection_v101.TrackData,
              user: data_collection_v101.UserData, context: data_collection_v101.Context,
              ) -> Tuple[PageView, TrackView, UserView, ContextView]:
        return page, track, user, context


class _CoreEvent:
    """The WIT event as the core reads it: the nested records are shared, not copied."""

    __slots__ = ("uuid", "timestamp", "timestamp_millis", "timestamp_micros", "data", "context", "consent")

    def __init__(self, e: Any, consent_names: Dict[int, str]) -> None:
        self.uuid = e.uuid
        self.timestamp = e.timestamp
        self.timestamp_millis = e.timestamp_millis
        self.timestamp_micros = e.timestamp_micros
        self.data: DataView = e.data.value  # the record of the variant's case: the kind says which
        self.context = e.context
        self.consent = None if e.consent is None else consent_names[id(e.consent)]


class _InterfaceAdapter:
    """page/track/user for one interface module: its enums are read and its records built by name."""

    wit: ModuleType
    consent_names: Dict[int, str]  # by the member's identity: an Enum's __hash__ is enum.py's Python code
    methods: Dict[str, Any]

    def __init_subclass__(cls, wit: ModuleType, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.wit = wit
        cls.consent_names = {id(member): member.name.lower() for member in wit.Consent}
        cls.methods = {member.name: member for member in wit.HttpMethod}

    def _answer(self, kind: str, e: Any, settings: Settings) -> Any:
        try:
            request = build_request(kind, _CoreEvent(e, self.consent_names), settings)
            return self.wit.EdgeeRequest(
                self.methods[request.method], request.url, list(request.headers), request.forward_client_headers,
                request.body,
            )
        except MetaCapiError as error:
            message = str(error)
        except Exception as error:  # an unexpected failure must never trap the proxy's instance
            # The type only: Python's own messages quote the values they failed on (int("..."), KeyError).
            message = f"internal error: {type(error).__name__}"
        # Raised outside the handlers, so no traceback keeps the failed call's frames alive in a cycle.
        raise Err(message)

    def page(self, e: Any, settings: Settings) -> Any:
        return self._answer("page", e, settings)

    def track(self, e: Any, settings: Settings) -> Any:
        return self._answer("track", e, settings)

    def user(self, e: Any, settings: Settings) -> Any:
        return self._answer("user", e, settings)


class DataCollectionV100(_InterfaceAdapter, exports.DataCollectionV100, wit=data_collection_v100):
    """wit_version "1.0.0": the unversioned `edgee:components/data-collection`."""


class DataCollectionV101(_InterfaceAdapter, exports.DataCollectionV101, wit=data_collection_v101):
    """wit_version "1.0.1": the same events, plus `authenticate`."""

    def authenticate(self, settings: Settings) -> Optional[data_collection_v101.AuthRequest]:
        # Meta's access token is static: the proxy has nothing to fetch for us.
        return None


# At build time, so the snapshot every fresh instance starts from holds what a first call would otherwise
# build (see warm_up.py). gc.freeze/disable after it were measured too: no gain beyond the noise.
# First one round that notes the order of first calls; then every hole is filled, so the code copies
# (dense_code.py) are cut from the top of the heap one after the other (with only the small holes filled, the
# allocator's best fit scattered them over the large ones: 6-8 more pages written per first call, measured over
# four builds each, for 1.2 MiB less initial memory); then the copies are warmed up. The round runs both interfaces,
# 1.0.0 first (the proxy's default `wit_version`): each has its own binding classes, whose code a first call runs too.
def _first_round() -> None:
    warm_up(DataCollectionV100(), data_collection_v100, rounds=1)
    warm_up(DataCollectionV101(), data_collection_v101, rounds=1)


_first = dense_code.first_calls(_first_round)
heap_fill.fill_holes(final=True)
dense_code.pack(_first)
del _first
warm_up(DataCollectionV100(), data_collection_v100)
warm_up(DataCollectionV101(), data_collection_v101)
heap_fill.settle()
live_objects.record(leave_out=heap_fill.blocks())  # what the build makes immortal (tools/immortalize.py)
heap_fill.fill_holes(final=True)  # last: the holes the imports, the warm-up and the record left behind
