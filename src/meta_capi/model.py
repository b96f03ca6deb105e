"""The Edgee event as the core sees it: Protocols with the WIT record's field names, and plain dataclasses
that satisfy them.

The WIT adapter hands the generated binding objects straight to the core (their attributes have the same
names, so no copy is made per event); tests and the host build these dataclasses instead. The core's entry
points take the Protocols (`EventView` and its parts), so the type checker holds both to the same shape.
Members are read-only properties: the core never writes into an event.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, List, NamedTuple, Optional, Protocol, Sequence, Tuple, Union

Dict = List[Tuple[str, str]]
Pairs = Sequence[Tuple[str, str]]  # the WIT `dict` type: a list of (key, value)


class PageView(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def search(self) -> str: ...
    @property
    def referrer(self) -> str: ...
    @property
    def properties(self) -> Pairs: ...


class UserView(Protocol):
    @property
    def user_id(self) -> str: ...
    @property
    def anonymous_id(self) -> str: ...
    @property
    def edgee_id(self) -> str: ...
    @property
    def properties(self) -> Pairs: ...


class TrackView(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def properties(self) -> Pairs: ...
    @property
    def products(self) -> Sequence[Pairs]: ...


class ClientView(Protocol):
    @property
    def ip(self) -> str: ...
    @property
    def user_agent(self) -> str: ...
    @property
    def country_code(self) -> str: ...


class SessionView(Protocol):
    @property
    def first_seen(self) -> int: ...


class ContextView(Protocol):
    @property
    def page(self) -> PageView: ...
    @property
    def user(self) -> UserView: ...
    @property
    def client(self) -> ClientView: ...
    @property
    def session(self) -> SessionView: ...


DataView = Union[PageView, TrackView, UserView]


# The kind of an event says which part `data` is: these name that knowledge for the type checker (no copy, and
# no call to typing.cast: every event calls them a few times).
def as_page(data: DataView) -> PageView:
    return data  # type: ignore[return-value]


def as_track(data: DataView) -> TrackView:
    return data  # type: ignore[return-value]


def as_user(data: DataView) -> UserView:
    return data  # type: ignore[return-value]


class EventView(Protocol):
    """One event as the core reads it: `data` is the payload of the WIT `data` variant (the kind says which),
    `consent` its enum name in lowercase."""

    @property
    def uuid(self) -> str: ...
    @property
    def timestamp(self) -> int: ...
    @property
    def timestamp_millis(self) -> int: ...
    @property
    def data(self) -> DataView: ...
    @property
    def context(self) -> ContextView: ...
    @property
    def consent(self) -> Optional[str]: ...


@dataclass
class PageData:
    name: str = ""
    category: str = ""
    keywords: List[str] = field(default_factory=list)
    title: str = ""
    url: str = ""
    path: str = ""
    search: str = ""
    referrer: str = ""
    properties: Dict = field(default_factory=list)


@dataclass
class UserData:
    user_id: str = ""
    anonymous_id: str = ""
    edgee_id: str = ""
    properties: Dict = field(default_factory=list)


@dataclass
class TrackData:
    name: str = ""
    properties: Dict = field(default_factory=list)
    products: List[Dict] = field(default_factory=list)


@dataclass
class Client:
    ip: str = ""
    locale: str = ""
    timezone: str = ""
    user_agent: str = ""
    user_agent_architecture: str = ""
    user_agent_bitness: str = ""
    user_agent_version_list: str = ""
    user_agent_full_version_list: str = ""
    user_agent_mobile: str = ""
    user_agent_model: str = ""
    os_name: str = ""
    os_version: str = ""
    screen_width: int = 0
    screen_height: int = 0
    screen_density: float = 0.0
    continent: str = ""
    country_code: str = ""
    country_name: str = ""
    region: str = ""
    city: str = ""


@dataclass
class Campaign:
    name: str = ""
    source: str = ""
    medium: str = ""
    term: str = ""
    content: str = ""
    creative_format: str = ""
    marketing_tactic: str = ""


@dataclass
class Session:
    session_id: str = ""
    previous_session_id: str = ""
    session_count: int = 0
    session_start: bool = False
    first_seen: int = 0
    last_seen: int = 0


@dataclass
class Context:
    page: PageData = field(default_factory=PageData)
    user: UserData = field(default_factory=UserData)
    client: Client = field(default_factory=Client)
    campaign: Campaign = field(default_factory=Campaign)
    session: Session = field(default_factory=Session)


EventData = Union[PageData, TrackData, UserData]


@dataclass
class Event:
    """One event; `data` is the payload of the WIT `data` variant, `consent` its enum name in lowercase."""

    uuid: str = ""
    timestamp: int = 0
    timestamp_millis: int = 0
    timestamp_micros: int = 0
    data: EventData = field(default_factory=PageData)
    context: Context = field(default_factory=Context)
    consent: Optional[str] = None


def _text_fields(record: type) -> Tuple[str, ...]:
    return tuple(item.name for item in fields(record) if item.type == "str")


# The WIT records' string fields, in WIT order: the host's event parser and its rules read these lists, so a
# field added here is parsed and filterable without a second list to update.
PAGE_TEXT_FIELDS = _text_fields(PageData)
CLIENT_TEXT_FIELDS = _text_fields(Client)
CAMPAIGN_TEXT_FIELDS = _text_fields(Campaign)


if TYPE_CHECKING:  # mypy proves the dataclasses meet the Protocols the core's entry points take; never run

    def _event(event: Event) -> EventView:
        return event


class Request(NamedTuple):
    """What the component answers: the HTTP request that delivers the event to Meta.

    A named tuple rather than a frozen dataclass: it is built for every event, and cheaply so.
    """

    method: str
    url: str
    headers: Tuple[Tuple[str, str], ...]
    forward_client_headers: bool
    body: str
