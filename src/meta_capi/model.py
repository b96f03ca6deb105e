"""The Edgee event as the core sees it: plain dataclasses with the WIT record's field names.

The WIT adapter hands the generated binding objects straight to the core (their attributes have the same
names, so no copy is made per event); tests and the host build these dataclasses instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, NamedTuple, Optional, Tuple, Union

Dict = List[Tuple[str, str]]


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


class Request(NamedTuple):
    """What the component answers: the HTTP request that delivers the event to Meta.

    A named tuple rather than a frozen dataclass: it is built for every event, and cheaply so.
    """

    method: str
    url: str
    headers: Tuple[Tuple[str, str], ...]
    forward_client_headers: bool
    body: str
