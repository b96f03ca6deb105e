"""Build-time warm-up: componentize-py runs the guest's imports once and snapshots the heap, and the proxy
starts every event from that snapshot. Running the whole mapping here once leaves, in the snapshot, what a
first call would otherwise do on every fresh instance: CPython's specialized bytecode, the lazily built
caches of the standard library, the objects our code touches. Each of those is a page the first call would
otherwise write (a fault and a copy of the copy-on-write image).

Only synthetic values are used, and the parsed settings are dropped afterwards: no setting and no personal
value can be in the snapshot, since none exists at build time.
"""

from __future__ import annotations

import time
from types import ModuleType
from typing import Any, List, Tuple

from meta_capi.detector import forget_remembered
from meta_capi.model import CAMPAIGN_TEXT_FIELDS, CLIENT_TEXT_FIELDS
from meta_capi.settings import forget_parsed_settings

_SETTINGS: List[Tuple[str, str]] = [
    ("meta_pixel_id", "1"), ("meta_access_token", "warm-up"), ("meta_test_event_code", "WARMUP"),
]
# A second list with a flag set, so the parser's branches for a present flag run warm too.
_SETTINGS_FLAGS: List[Tuple[str, str]] = [*_SETTINGS, ("meta_require_email_or_phone", "false")]
_VISITOR = [("email", "Warm.Up@Example.com"), ("phone", "+1 (555) 010-0000"), ("first_name", "Warm"),
            ("last_name", "Up"), ("city", "Springfield"), ("state", "Illinois"), ("zip", "62701-1234"),
            ("country", "United States"), ("date_of_birth", "1990-01-31"), ("gender", "female"),
            ("fbp", "fb.1.1700000000000.1234567890")]  # (last: the second variant of an event leaves it out)
# Values shaped like real traffic (a browser's user agent, a click id, an encoded redirect): the gate's paths
# for them run, and are specialized and laid out with the rest, here rather than in every first call.
_USER_AGENT = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
               "Safari/537.36")
_SEARCH = "?fbclid=IwAR0WarmUp_x1Yz-2Ab3Cd4Ef5Gh6Ij7Kl8Mn9&utm_source=warm%20up"
_CLIENT = {"ip": "10.0.0.1, 93.184.216.34", "locale": "en-us", "timezone": "UTC", "user_agent": _USER_AGENT,
           "user_agent_mobile": "?0", "os_name": "Linux", "os_version": "6", "continent": "NA", "country_code": "US",
           "country_name": "United States", "region": "IL", "city": "Springfield"}
_PURCHASE = [("currency", "usd"), ("order_id", "W-1"), ("coupon", "NONE"), ("value", "12.5"),
             ("contents", '[{"id":"W-1","quantity":2,"item_price":6.25,"title":"Warm Sneakers"}]'), ("on_sale", "true")]
# The other commerce paths: several products with brand and category and a revenue; one product as the
# event's own properties (an add to cart). Product names shaped as real ones (two words, a number): the gate's
# paths for them run here.
_ORDER = [("order_id", "W-2"), ("revenue", "20.5"), ("currency", "EUR"),
          ("contents", '[{"id":"W-1","title":"Warm Socks","brand":"Acme","category":"shoes","item_price":10.5,'
                       '"quantity":1},{"id":"W-2","title":"Warm Up 2","item_price":5.0,"quantity":2},'
                       '{"id":"W-3","item_price":0}'
                       # (and more products than the JSON depth check lets pass on counting brackets alone: an order
                       # of 16 products or more runs its walk of the brackets outside strings)
                       + "".join(f',{{"id":"W-{number}","title":"Warm Item {number}","item_price":1.5,"quantity":1}}'
                                 for number in range(4, 20)) + "]")]
_ADD = [("product_id", "W-1"), ("name", "Warm Cleaner"), ("price", "6.25"), ("currency", "USD"), ("quantity", "1")]
_TRACKS = {"track": ("Order Completed", _PURCHASE), "order": ("Order Completed", _ORDER),
           "add": ("Product Added", _ADD),
           "custom": ("Warmed Up", [("step", "2"), ("ok", "true"), ("category", "warm")])}


# Two forms of a page, a round each (`variant`): a title holding a cue the name layouts' first scans stop at (`m `),
# the query in the URL and an fbp cookie among the visitor's properties; then a title that runs all those scans, as
# most shops' titles do (`Blue Socks - Example Shop`: no such cue), the query apart from the URL, as Edgee's SDK
# sends it, and no fbp.
_TITLES = ("Warm up - Example Shop", "Blue Socks - Example Shop")


def _event(wit: ModuleType, kind: str, now: int, variant: int) -> Any:
    # By field name: a field added to the WIT fails here at build time instead of shifting every later value.
    page = wit.PageData(name="Home", category="shop", keywords=["warm"], title=_TITLES[variant],
                        url="https://example.com/p/warm-up" + ("" if variant else _SEARCH), path="/p/warm-up",
                        search=_SEARCH,
                        referrer="https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2F",
                        properties=[("section", "warm"), ("count", "3")])
    user = wit.UserData(user_id="user-1", anonymous_id="anon-1", edgee_id="edgee-1",
                        properties=_VISITOR[:-1] if variant else _VISITOR)
    ip = "93.184.216.35" if kind == "add" else _CLIENT["ip"]  # one address, and a forwarded list
    client = wit.Client(**{**dict.fromkeys(CLIENT_TEXT_FIELDS, ""), **_CLIENT, "ip": ip}, screen_width=1440,
                        screen_height=900, screen_density=2.0)
    context = wit.Context(page=page, user=user, client=client, campaign=wit.Campaign(
        **dict.fromkeys(CAMPAIGN_TEXT_FIELDS, "")), session=wit.Session(
        session_id="s-1", previous_session_id="", session_count=2, session_start=True, first_seen=now - 60,
        last_seen=now))
    data = {"page": wit.Data_Page(page), "user": wit.Data_User(user),
            **{name: wit.Data_Track(wit.TrackData(name=track_name, properties=properties, products=[]))
               for name, (track_name, properties) in _TRACKS.items()}}[kind]
    event_type = wit.EventType[kind.upper()] if kind in ("page", "user") else wit.EventType.TRACK
    return wit.Event(uuid="00000000-0000-4000-8000-000000000000", timestamp=now, timestamp_millis=now * 1000,
                     timestamp_micros=now * 1_000_000, event_type=event_type, data=data,
                     context=context, consent=wit.Consent.GRANTED)


def warm_up(adapter: Any, wit: ModuleType, rounds: int = 8) -> None:
    """Call each event function of `adapter` (built on `wit`) a few times, forgetting the settings each time."""
    now = int(time.time())
    # Several rounds: CPython specializes an instruction after it has run a few times (8 measured fewer
    # first-call faults than 3). The settings are forgotten after every event, so their parsing, which
    # every fresh instance does once, runs (and specializes) each round instead of hitting the cache; so is
    # what the detector remembers.
    for round_number in range(rounds):
        settings = _SETTINGS if round_number % 2 else _SETTINGS_FLAGS
        for kind in ("page", "track", "user", "order", "add", "custom"):
            method = kind if kind in ("page", "user") else "track"
            getattr(adapter, method)(_event(wit, kind, now, round_number % 2), settings)
            forget_parsed_settings()
            # and the detector's last verdicts (the click id's, the last decoding), which a fresh instance starts
            # without: remembered from one warm-up event to the next, the code judging a click id ran once in all
            # and a first call ran it unspecialized
            forget_remembered()
        # What componentize-py's runtime runs around every call, in Python: the event's enums made from their
        # values, the answer's read back (Enum's own code, otherwise first run in every fresh instance).
        for enum in (wit.Consent, wit.EventType, wit.HttpMethod):
            for member in enum:
                _ = enum(member.value).value
