"""Meta's own fields carried by an event's properties, read into the place where Meta reads them and never
into `custom_data` (Server Event Parameters, Customer Information Parameters):

- server-event fields: `opt_out`, `action_source`, `data_processing_options` with its country and state;
- `user_data` ids Meta wants unhashed: `subscription_id`, `fb_login_id`, `lead_id`;
- `client_ip_address`, public addresses only;
- a per-event `test_event_code`, only when a setting allows it.
"""

from __future__ import annotations

import ipaddress
import re
from bisect import bisect_right
from typing import Any, Dict, FrozenSet, Iterable, Mapping, Optional, Tuple

from .decisions import note
from .errors import EventError
from .national_ids import checked_digits
from .phone_plans import international_mobile, nanp, national_mobile, trunk_mobile
from .privacy import free_text
from .settings import INCOMPLETE_ACTION_SOURCES, LDU_COUNTRIES, LDU_STATES, SENDABLE_ACTION_SOURCES, Settings
from .values import stripped_within

LDU_KEYS = ("data_processing_options", "data_processing_options_country", "data_processing_options_state")
SERVER_EVENT_KEYS = ("opt_out", "action_source", *LDU_KEYS)
UNHASHED_ID_KEYS = ("subscription_id", "fb_login_id", "lead_id")
TEST_EVENT_CODE = "test_event_code"
# Every property read into the event's own fields, user_data or the body: never copied into custom_data.
META_FIELD_KEYS = frozenset((*SERVER_EVENT_KEYS, *UNHASHED_ID_KEYS, TEST_EVENT_CODE))

_LDU_ON = frozenset({"ldu", '["ldu"]'})
_LDU_OFF = frozenset({"", "[]", "none"})
# fb_login_id and lead_id are integers in Meta's table; 64-bit at most, as Graph ids are.
_MAX_GRAPH_ID = 2**63 - 1
_MAX_SUBSCRIPTION_ID = 256
# Events Manager's Test Events shows codes as `TEST` and a few digits (`TEST12345`): a property in any other
# shape is not one, and too few digits follow `TEST` for a phone number to hide there.
_TEST_EVENT_CODE = re.compile(r"TEST[0-9]{1,6}")


def action_source(properties: Mapping[str, str], settings: Settings) -> str:
    """The event's `action_source` property when it is one this component can send completely, else the
    setting; any other value is an Err (Meta would reject it, or accept and drop the event)."""
    raw = properties.get("action_source", "").strip().lower()
    if not raw:
        return settings.action_source
    if raw in SENDABLE_ACTION_SOURCES:
        return raw
    if raw in INCOMPLETE_ACTION_SOURCES:
        raise EventError(f"property action_source = {raw} cannot be sent completely: {INCOMPLETE_ACTION_SOURCES[raw]}")
    raise EventError(f"property action_source must be one of {', '.join(sorted(SENDABLE_ACTION_SOURCES))}")


def opt_out(properties: Mapping[str, str]) -> Optional[bool]:
    """The `opt_out` property (events for attribution only, not ad delivery optimization) as a boolean."""
    raw = properties.get("opt_out", "").strip().lower()
    if not raw:
        return None
    if raw in ("true", "false"):
        return raw == "true"
    raise EventError("property opt_out must be true or false")


def _ldu_code(name: str, raw: str, default: int, allowed: FrozenSet[int]) -> int:
    text = raw.strip()
    if not text:
        return default
    if not (text.isascii() and text.isdigit() and len(text) <= 6 and int(text) in allowed):
        raise EventError(f"property {name} must be one of {sorted(allowed)}")
    return int(text)


def data_processing_options(properties: Mapping[str, str], visitor: Mapping[str, str],
                            settings: Settings) -> Optional[Tuple[int, int]]:
    """(country, state) when Limited Data Use applies to this event, else None.

    LDU applies when the setting says so (no property can switch it off) or when the event's, else the
    visitor's, `data_processing_options` is `LDU`; the country and state come from the properties of the
    same kind, else from the settings.
    """
    raw = (properties.get(LDU_KEYS[0]) or visitor.get(LDU_KEYS[0]) or "").strip().lower()
    if raw not in _LDU_ON and raw not in _LDU_OFF:
        raise EventError('property data_processing_options must be LDU, ["LDU"], [] or none')
    if not settings.ldu and raw not in _LDU_ON:
        return None
    country = _ldu_code(LDU_KEYS[1], properties.get(LDU_KEYS[1]) or visitor.get(LDU_KEYS[1]) or "",
                        settings.ldu_country, LDU_COUNTRIES)
    state = _ldu_code(LDU_KEYS[2], properties.get(LDU_KEYS[2]) or visitor.get(LDU_KEYS[2]) or "",
                      settings.ldu_state, LDU_STATES)
    return country, state


def _plan_mobile(digits: str) -> bool:
    """Whether a national plan dials `digits` as a mobile number (phone_plans.py): with its country code and
    without `+` (`966548217365`), with its trunk prefix (`89123456789`), at home in a plan without one
    (`13982736451`), or a number of the Americas' plan, with its `1` or without (`2025550143`). Meta's login and
    lead ids have 15 digits or more, a length only Austria's mobiles reach: the rule almost never refuses one."""
    americas = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
    if len(americas) == 10 and nanp(americas):
        return True
    return international_mobile(digits) or trunk_mobile(digits) or national_mobile(digits)


def _graph_id(raw: str) -> Optional[int]:
    text = raw.strip()
    # (an integer is written without a leading 0: `09048217365` is a phone number with its trunk prefix)
    if text.isascii() and text.isdigit() and len(text) <= 19 and text[0] != "0" and int(text) <= _MAX_GRAPH_ID:
        return int(text)
    return None


def unhashed_ids(properties: Mapping[str, str], visitor: Mapping[str, str]) -> Dict[str, Any]:
    """`subscription_id` (text), `fb_login_id` and `lead_id` (integers), from the event's properties, else
    the visitor's; sent as given, never hashed, as Meta specifies. An invalid one is left out."""
    found: Dict[str, Any] = {}
    if properties.keys().isdisjoint(UNHASHED_ID_KEYS) and visitor.keys().isdisjoint(UNHASHED_ID_KEYS):
        return found  # none of them, as on most events: two tests in C
    for key in UNHASHED_ID_KEYS:
        raw = properties.get(key) or visitor.get(key) or ""
        if not raw or raw.isspace():
            continue
        if key == "subscription_id":
            within = stripped_within(raw, _MAX_SUBSCRIPTION_ID)
            if within is None:
                note(key, f"{key} not sent: longer than {_MAX_SUBSCRIPTION_ID} characters")
            else:  # the gate records what it found under the field's name
                value: Any = free_text(within, key, instead=f"{key} not sent")
                if value:
                    found[key] = value
            continue
        value = _graph_id(raw)
        reason = "must be a whole number of 1 to 19 digits (a Meta id)"
        if value and _plan_mobile(str(value)):
            value, reason = None, "a mobile number as a national plan dials it, not a Meta id"
        elif value and checked_digits(str(value)):
            value, reason = None, "a card's, an IMEI's or a national id's number with its check, not a Meta id"
        if value:
            found[key] = value
        else:
            note(key, f"{key} not sent: {reason}")
    return found


def _ranges(kind: Any, table: Iterable[Tuple[str, str]]) -> Tuple[Tuple[int, int, str], ...]:
    networks = ((kind(cidr), label) for cidr, label in table)
    return tuple((int(net.network_address), int(net.broadcast_address), label) for net, label in networks)


# Ranges Meta cannot match a visitor on (IANA special-purpose registries), each with what it is; built once.
_NOT_PUBLIC_V4 = _ranges(ipaddress.IPv4Network, (
    ("0.0.0.0/8", "reserved"), ("10.0.0.0/8", "private"), ("100.64.0.0/10", "private (shared, carrier-grade NAT)"),
    ("127.0.0.0/8", "loopback"), ("169.254.0.0/16", "link-local"), ("172.16.0.0/12", "private"),
    ("192.0.0.0/24", "reserved"), ("192.0.2.0/24", "documentation"), ("192.88.99.0/24", "reserved"),
    ("192.168.0.0/16", "private"), ("198.18.0.0/15", "reserved (benchmarking)"),
    ("198.51.100.0/24", "documentation"), ("203.0.113.0/24", "documentation"), ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved"),
))
_NOT_PUBLIC_V6 = _ranges(ipaddress.IPv6Network, (
    ("::1/128", "loopback"), ("2001::/23", "reserved"), ("2001:db8::/32", "documentation"),
    ("3fff::/20", "documentation"), ("fc00::/7", "private (unique local)"), ("fe80::/10", "link-local"),
    ("ff00::/8", "multicast"),
))
_GLOBAL_UNICAST_V6 = _ranges(ipaddress.IPv6Network, (("2000::/3", ""),))[0]
_MAX_ADDRESSES = 16  # a forwarded-for list longer than this is not a real client's
_MAX_ADDRESS_LENGTH = 64


# Four decimal octets as `ipaddress` writes them: ASCII digits, no leading zero, each at most 255.
_OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_DOTTED_QUAD = re.compile(r"\.".join([_OCTET] * 4))
# The IPv4 ranges are disjoint: the one that may hold an address is the last starting at or below it.
_NOT_PUBLIC_V4_STARTS = [low for low, _, _ in _NOT_PUBLIC_V4]


def _not_public(text: str) -> Tuple[str, str]:
    """(the address as sent, "") for a public address, else ("", what it is). The usual case, an IPv4 address
    written as `ipaddress` accepts and writes it, without the module's objects: each function and class a first
    call touches is a page it reads or writes."""
    match = _DOTTED_QUAD.fullmatch(text)
    if match is not None:  # already as ipaddress would write it
        first, second, third, fourth = map(int, match.groups())
        quad = first << 24 | second << 16 | third << 8 | fourth
        low, high, label = _NOT_PUBLIC_V4[bisect_right(_NOT_PUBLIC_V4_STARTS, quad) - 1]
        return ("", label) if low <= quad <= high else (text, "")
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return "", "not an IP address"
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped
        if mapped is not None:
            address = mapped  # an IPv4 client behind an IPv6 socket: judged, and sent, as IPv4
    number = int(address)
    if isinstance(address, ipaddress.IPv4Address):
        ranges = _NOT_PUBLIC_V4
    else:
        start, end, _ = _GLOBAL_UNICAST_V6
        if not start <= number <= end:
            return "", next((label for low, high, label in _NOT_PUBLIC_V6 if low <= number <= high), "reserved")
        ranges = _NOT_PUBLIC_V6
    for low, high, label in ranges:
        if low <= number <= high:
            return "", label
    return str(address), ""


def client_ip(raw: str) -> str:
    """The first public address of the proxy's `client.ip` (one address or a forwarded-for list); private,
    loopback, link-local, reserved, multicast and documentation addresses are left out: Meta cannot match
    a visitor on them."""
    parts = raw.split(",", _MAX_ADDRESSES)[:_MAX_ADDRESSES]
    for position, part in enumerate(parts):
        text = part.strip()
        if not text:
            continue
        address, label = _not_public(text) if len(text) <= _MAX_ADDRESS_LENGTH else ("", "not an IP address")
        if address:
            return address
        where = f"address {position + 1} of {len(parts)}" if len(parts) > 1 else "the address"
        note("client.ip", f"{where} not sent as client_ip_address: {label}")
    return ""


def test_event_code(properties: Iterable[Tuple[str, str]], settings: Settings) -> str:
    """The event's `test_event_code` property when `meta_allow_test_event_code_property` allows it and it
    has the shape of Meta's codes (`TEST12345`), else the setting's."""
    raw = ""
    for name, value in properties:
        if name == TEST_EVENT_CODE and value != "null":
            raw = value
    text = raw.strip()
    if not text:
        return settings.test_event_code
    if not settings.allow_test_event_code_property:
        note(TEST_EVENT_CODE, "ignored: meta_allow_test_event_code_property is false")
        return settings.test_event_code
    if len(text) > 10 or not _TEST_EVENT_CODE.fullmatch(text):
        note(TEST_EVENT_CODE, "ignored: not a test event code (TEST and 1 to 6 digits, as Events Manager shows it)")
        return settings.test_event_code
    return text
