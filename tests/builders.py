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
    ip: str = "93.184.216.34",
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


# Raw personal values that must never appear in a request body, each under a spelling of a personal key or
# inside a free-form field; `personal_event` carries them all, next to data that is not personal.
PERSONAL_SPELLINGS = {
    "Phone": "+33 6 12 34 56 78", "FirstName": "Jeanne", "first-name": "Jeannette", "surname": "Dupontel",
    "customer_name": "Jeanne Dupontel", "tel": "0612345678", "Birthday": "1990-04-01", "middle_name": "Marie",
    "street_address": "12 rue des Lilas", "billing_phone": "0698765432", "SSN": "123-45-6789",
    "passport_number": "XK1234567", "Full-Name": "Jeanne M. Dupontel", "customerEmail": "jd@corp.example",
}
EMAILS_IN_FREE_TEXT = {
    "order_id": "order-for-ann@example.org", "query": "shoes for bob@example.net",
    "content_name": "mailto:cy@example.com", "content_category": "dee%40example.com",
    "status": "eve@example.com,fay@example.com", "coupon": "gus&#64;example.com",
    "note": "write to hal@example.co.uk please",
}
PRODUCT_WITH_EMAILS = {"product_id": "ivy@example.com", "name": "Gift for jo@example.com", "price": "5"}
PRODUCT_CLEAN = {"product_id": "SKU-9", "name": "Plain Hat", "brand": "kim@example.com", "category": "lee@example.com",
                 "price": "7"}
PAGE_WITH_EMAIL = "https://shop.example.com/p?email=max%40example.com&phone=%2B4915112345678&utm_source=news#ned@example.com"
REFERRER_WITH_EMAIL = "https://mail.example.com/u/oli@example.com/inbox"


def personal_event() -> Event:
    properties = {**PERSONAL_SPELLINGS, **EMAILS_IN_FREE_TEXT, "event_id": "pat@example.com", "currency": "USD",
                  "color": "red"}
    event = make_event(name="Checkout Started", properties=properties, products=[PRODUCT_WITH_EMAILS, PRODUCT_CLEAN],
                       url=PAGE_WITH_EMAIL, referrer=REFERRER_WITH_EMAIL)
    event.context.page.title = "Cart of quin@example.com"
    return event


def raw_personal_values() -> List[str]:
    """Every raw value `personal_event` carries, as it would appear in a JSON body (emails also decoded)."""
    values = [*PERSONAL_SPELLINGS.values(), *EMAILS_IN_FREE_TEXT.values(), "pat@example.com", "ivy@example.com",
              "jo@example.com", "kim@example.com", "lee@example.com", "max%40example.com", "max@example.com",
              "4915112345678", "ned@example.com", "oli@example.com", "quin@example.com"]
    return values
