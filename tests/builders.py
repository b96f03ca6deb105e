"""Builders with overrides for test events and settings."""

from __future__ import annotations

import hashlib
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from meta_capi.model import Client, Context, Event, EventData, PageData, Session, TrackData, UserData

NOW = 1_795_500_000  # 2026-11-23T...Z: the fixed "now" of native tests
PIXEL_ID = "1234567890"
TOKEN = "EAAtesttoken"
EMAIL = "John_Smith@gmail.com"
EMAIL_HASH = "62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f"
PAGE_URL = "https://shop.example.com/product/42"
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"
EVENTS_URL = f"https://graph.facebook.com/v26.0/{PIXEL_ID}/events"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def pairs(mapping: Optional[Mapping[str, str]]) -> List[Tuple[str, str]]:
    return list((mapping or {}).items())


def make_settings(**extra: str) -> List[Tuple[str, str]]:
    values = {"meta_pixel_id": PIXEL_ID, "meta_access_token": TOKEN}
    values.update(extra)
    return list(values.items())


def make_event(
    kind: str = "track",
    *,
    name: str = "Button Clicked",
    properties: Optional[Dict[str, str]] = None,
    products: Sequence[Dict[str, str]] = (),
    user_properties: Optional[Dict[str, str]] = None,
    visitor: Optional[Dict[str, str]] = None,
    consent: Optional[str] = "granted",
    timestamp: int = NOW - 60,
    uuid: str = "11111111-2222-3333-4444-555555555555",
    url: str = PAGE_URL,
    search: str = "",
    referrer: str = "",
    title: str = "",
    user_id: str = "",
    anonymous_id: str = "",
    edgee_id: str = "e-1",
    ip: str = "203.0.113.7",
    user_agent: str = USER_AGENT,
    country_code: str = "",
    first_seen: int = 0,
) -> Event:
    """An event of `kind`; the visitor (context.user.properties) has an email unless `visitor` says otherwise."""
    visitor_properties = {"email": EMAIL} if visitor is None else visitor
    page = PageData(url=url, search=search, referrer=referrer, title=title)
    data: EventData
    if kind == "page":
        data = PageData(url=url, search=search, referrer=referrer, title=title, properties=pairs(properties))
    elif kind == "track":
        data = TrackData(name=name, properties=pairs(properties), products=[pairs(p) for p in products])
    else:
        data = UserData(user_id=user_id, anonymous_id=anonymous_id, edgee_id=edgee_id,
                        properties=pairs(user_properties))
    context = Context(
        page=page,
        user=UserData(user_id=user_id, anonymous_id=anonymous_id, edgee_id=edgee_id,
                      properties=pairs(visitor_properties)),
        client=Client(ip=ip, user_agent=user_agent, country_code=country_code),
        session=Session(first_seen=first_seen),
    )
    return Event(uuid=uuid, timestamp=timestamp, timestamp_millis=timestamp * 1000,
                 timestamp_micros=timestamp * 1_000_000, data=data, context=context,
                 consent=consent)
