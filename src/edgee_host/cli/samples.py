"""Built-in sample events in Edgee's JSON format, stamped with the current time: page, track, user, and an
e-commerce purchase with three products sent as the flat `contents` property."""

from __future__ import annotations

import json
import time
from typing import Any, Dict, List, Optional

from edgee_host.proxy.timestamps import rfc3339_micros


def rfc3339(seconds: float) -> str:
    return rfc3339_micros(round(seconds * 1_000_000))


def sample_events(now: Optional[float] = None) -> List[Dict[str, Any]]:
    now = time.time() if now is None else now
    page = {"title": "Blue Sneakers - Demo Shop", "url": "https://shop.example.com/products/blue-sneakers",
            "path": "/products/blue-sneakers", "search": "?fbclid=IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB",
            "referrer": "https://www.facebook.com/"}
    visitor = {"user_id": "cust-1042", "anonymous_id": "anon-77", "edgee_id": "6bb171d5-2284-41ee-9889-91af03b71dc5",
               "properties": {"email": "Jane.Doe@Example.com", "phone": "+1 (650) 555-1212", "first_name": "Jane",
                              "last_name": "Doe", "city": "Menlo Park", "state": "California", "zip": "94025-1234",
                              "country": "US"}}
    context = {
        "page": page,
        "user": visitor,
        "client": {"ip": "93.184.216.34", "locale": "en-us", "accept_language": "en-US,en;q=0.9",
                   "user_agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                 "Chrome/132.0.0.0 Safari/537.36",
                   "user_agent_version_list": "Not A(Brand;8|Chromium;132", "user_agent_mobile": "0",
                   "os_name": "Linux", "country_code": "US", "screen_width": 1920, "screen_height": 1080,
                   "screen_density": 1.0},
        "campaign": {"name": "winter-sale", "source": "facebook", "medium": "paid_social"},
        "session": {"session_id": "1738597536", "session_count": 3, "session_start": False,
                    "first_seen": rfc3339(now - 30 * 86400), "last_seen": rfc3339(now - 1)},
    }
    # Through the Edgee proxy, products go as one flat JSON property: it passes no products list.
    contents = json.dumps([
        {"id": "SKU-1", "title": "Blue Sneakers", "brand": "Acme", "category": "shoes", "item_price": 59.99,
         "quantity": 1},
        {"id": "SKU-2", "title": "Running Socks", "item_price": 9.99, "quantity": 3},
        {"id": "SKU-3", "title": "Shoe Cleaner", "item_price": 5.0, "quantity": 1},
    ])
    return [
        {"uuid": "0f6b1a52-1c7e-4f5a-9d8e-2b1f0c9a7e01", "timestamp": rfc3339(now - 40), "type": "page",
         "data": dict(page, keywords=["shoes", "sneakers"]), "context": context, "consent": "granted"},
        {"uuid": "0f6b1a52-1c7e-4f5a-9d8e-2b1f0c9a7e02", "timestamp": rfc3339(now - 30), "type": "track",
         "data": {"name": "Product Added", "properties": {"product_id": "SKU-1", "name": "Blue Sneakers",
                                                          "price": 59.99, "currency": "USD", "quantity": 1}},
         "context": context, "consent": "granted"},
        {"uuid": "0f6b1a52-1c7e-4f5a-9d8e-2b1f0c9a7e03", "timestamp": rfc3339(now - 20), "type": "user",
         "data": visitor, "context": context, "consent": "granted"},
        {"uuid": "0f6b1a52-1c7e-4f5a-9d8e-2b1f0c9a7e04", "timestamp": rfc3339(now - 10), "type": "track",
         "data": {"name": "Order Completed", "properties": {"order_id": "ORD-000123", "revenue": 94.96,
                                                            "currency": "USD", "contents": contents}},
         "context": context, "consent": "granted"},
    ]
