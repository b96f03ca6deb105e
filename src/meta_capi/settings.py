"""The component's settings (strings from `edgee.toml`), parsed and validated into one frozen value."""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, FrozenSet, Iterable, Mapping, Optional, Tuple

from .consent import default_consent
from .errors import SettingsError
from .reference_data import CURRENCY_CODES
from .values import bounded_json

# The current Graph API version (Graph API changelog, v26.0 released 2026-07-29). One place, on purpose.
DEFAULT_API_VERSION = "v26.0"

# Meta's nine `action_source` values (Server Event Parameters).
ACTION_SOURCES = frozenset(
    "email website app phone_call chat physical_store system_generated business_messaging other".split()
)

# LDU codes (Server Event Parameters): country 0 = geolocate, 1 = USA; state 0 = geolocate, 1000 = California,
# 1001-1010 the other US states with privacy laws that Meta accepts.
# Action sources whose events need companion data this component cannot send (Server Event Parameters):
# Meta answers 200 and drops such events, so the setting is refused rather than sent incomplete.
INCOMPLETE_ACTION_SOURCES = {
    "app": "app events need app_data (advertiser tracking flags and the 16 extinfo device fields), "
           "which a web event does not carry",
    "business_messaging": "business messaging events need messaging_channel and the chat's ids (page_id, "
                          "whatsapp_business_account_id, ctwa_clid), which a web event does not carry",
}
# The action sources this component can send completely, in the setting and per event.
SENDABLE_ACTION_SOURCES = ACTION_SOURCES - INCOMPLETE_ACTION_SOURCES.keys()

LDU_COUNTRIES = frozenset({0, 1})
LDU_STATES = frozenset({0, *range(1000, 1011)})

_API_VERSION = re.compile(r"v[1-9][0-9]\.0")
_PIXEL_ID = re.compile(r"[0-9]{1,32}")
_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})
# A setting's bad value is the operator's, yet it may hold what a visitor typed (an address pasted in the wrong
# field): an Err quotes it only in a short plain shape that the settings' grammars bound (a currency code, a flag, a
# consent word, an API version, an LDU code: at most 8 ASCII letters, digits, `.`, `_` or `-`, at most 6 of them
# digits), and otherwise says what it got by its length.
_QUOTABLE = re.compile(r"[A-Za-z0-9._-]{1,8}")
_QUOTABLE_DIGITS = 6
USER_EVENT_OFF = "none"


@dataclass(frozen=True)
class Settings:
    pixel_id: str
    access_token: str
    test_event_code: str = ""
    api_version: str = DEFAULT_API_VERSION
    event_mapping: Mapping[str, str] = field(default_factory=dict)  # keyed by match_key()
    standard_events: bool = True
    user_event_name: str = "Lead"
    default_currency: str = ""
    generate_fbp: bool = False
    action_source: str = "website"
    ldu: bool = False
    ldu_country: int = 0
    ldu_state: int = 0
    require_email_or_phone: bool = True
    appsecret_proof: str = ""  # HMAC-SHA256 of the token keyed by meta_app_secret; the secret itself is not kept
    allow_test_event_code_property: bool = False
    default_consent: Optional[str] = None  # for events without consent (see consent.default_consent)
    custom_data_keys: Optional[FrozenSet[str]] = None  # custom properties allowed in custom_data; None: all
    url_query: str = "keep"


def _got(text: str) -> str:
    """How an Err names a setting's bad value: quoted when short and plain (_QUOTABLE above), else by its length."""
    if _QUOTABLE.fullmatch(text) is not None and sum(character.isdigit() for character in text) <= _QUOTABLE_DIGITS:
        return repr(text)
    return f"text of {len(text)} character{'' if len(text) == 1 else 's'}"


def _required(values: Mapping[str, str], name: str) -> str:
    value = values.get(name, "")
    if not isinstance(value, str):
        raise SettingsError(f"{name} must be a string, got {type(value).__name__}")
    value = value.strip()
    if not value:
        raise SettingsError(f"{name} is required and missing or empty")
    return value


# Each optional setting's parser takes its name and its value as given, and returns the field's value; a blank value
# gives the field's default, as an absent setting does.
def _flag(name: str, raw: str) -> Optional[bool]:
    """True or false; None (the field's default) when blank."""
    text = raw.strip().lower()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise SettingsError(f"{name} must be true or false, got {_got(text)}")


def _code(name: str, raw: str) -> int:
    allowed = LDU_COUNTRIES if name == "meta_ldu_country" else LDU_STATES
    text = raw.strip()
    if not text:
        return 0
    if not (text.isascii() and text.isdigit()) or len(text) > 6 or int(text) not in allowed:  # not "²"
        raise SettingsError(f"{name} must be one of {sorted(allowed)}, got {_got(text)}")
    return int(text)


def match_key(name: str) -> str:
    """How track names are compared: case-insensitively, ignoring surrounding spaces."""
    return name.strip().lower()


def _event_mapping(name: str, raw: str) -> Dict[str, str]:
    text = raw.strip()
    if not text:
        return {}
    try:
        mapping = bounded_json(text)
    except ValueError as error:
        raise SettingsError(f"{name} must be a JSON object, got {error}") from None
    if not isinstance(mapping, dict):
        raise SettingsError(f"{name} must be a JSON object, got {type(mapping).__name__}")
    by_key = {}
    for source, target in mapping.items():
        if not isinstance(target, str) or not target.strip() or not source.strip():
            raise SettingsError(
                f"{name} maps names to non-empty Meta event names, got {_got(source)}: "
                f"{_got(target) if isinstance(target, str) else type(target).__name__}"
            )
        by_key[match_key(source)] = target.strip()
    return by_key


def appsecret_proof(access_token: str, app_secret: str) -> str:
    """Graph's `appsecret_proof` for apps with "Require App Secret": HMAC-SHA256 of the access token keyed by
    the app secret, hex (as Meta's business SDKs compute it). Computed once per settings list: the token is
    static."""
    if not app_secret:
        return ""
    return hmac.new(app_secret.encode("utf-8"), access_token.encode("utf-8"), hashlib.sha256).hexdigest()


URL_QUERY_MODES = ("keep", "drop")


def _custom_data_keys(name: str, raw: str) -> Optional[FrozenSet[str]]:
    """meta_custom_data: `all` (None), `standard` (no custom property), or a comma list of allowed keys."""
    text = raw.strip()
    if not text or text.lower() == "all":
        return None
    if text.lower() == "standard":
        return frozenset()
    keys = frozenset(key.strip() for key in text.split(",") if key.strip())
    if not keys:
        raise SettingsError(f"{name} must be all, standard or a comma-separated list of property keys")
    return keys


def _url_query(name: str, raw: str) -> str:
    mode = raw.strip().lower() or "keep"
    if mode not in URL_QUERY_MODES:
        raise SettingsError(f"{name} must be keep or drop, got {_got(mode)}")
    return mode


def _api_version(name: str, raw: str) -> str:
    api_version = raw.strip() or DEFAULT_API_VERSION
    if not _API_VERSION.fullmatch(api_version):
        raise SettingsError(f"{name} must look like {DEFAULT_API_VERSION}, got {_got(api_version)}")
    return api_version


def _user_event_name(name: str, raw: str) -> str:
    user_event_name = raw.strip() or "Lead"
    return USER_EVENT_OFF if user_event_name.lower() == USER_EVENT_OFF else user_event_name


def _default_currency(name: str, raw: str) -> str:
    default_currency = raw.strip().upper()
    if default_currency and default_currency not in CURRENCY_CODES:
        raise SettingsError(f"{name} must be an ISO 4217 code, got {_got(default_currency)}")
    return default_currency


def _action_source(name: str, raw: str) -> str:
    action_source = raw.strip().lower() or "website"
    if action_source not in ACTION_SOURCES:
        raise SettingsError(
            f"{name} must be one of {', '.join(sorted(SENDABLE_ACTION_SOURCES))}, got {_got(action_source)}"
        )
    if action_source in INCOMPLETE_ACTION_SOURCES:
        raise SettingsError(
            f"{name} = {action_source} cannot be sent completely: "
            f"{INCOMPLETE_ACTION_SOURCES[action_source]} (Meta accepts such events and drops them)"
        )
    return action_source


def _stripped(name: str, raw: str) -> str:
    return raw.strip()


def _consent(name: str, raw: str) -> Optional[str]:
    return default_consent(raw)  # as given, unstripped: the proxy compares it exactly


APP_SECRET = "meta_app_secret"
# The optional settings, in the order they are checked (the first bad one is the one an Err names): setting -> (field of
# Settings, parser). The app secret is not kept: its field holds the proof computed from it.
_OPTIONAL: Dict[str, Tuple[str, Callable[[str, str], Any]]] = {
    "meta_api_version": ("api_version", _api_version),
    "meta_user_event_name": ("user_event_name", _user_event_name),
    "meta_default_currency": ("default_currency", _default_currency),
    "meta_action_source": ("action_source", _action_source),
    "meta_test_event_code": ("test_event_code", _stripped),
    "meta_event_mapping": ("event_mapping", _event_mapping),
    "meta_standard_events": ("standard_events", _flag),
    "meta_generate_fbp": ("generate_fbp", _flag),
    "meta_ldu": ("ldu", _flag),
    "meta_ldu_country": ("ldu_country", _code),
    "meta_ldu_state": ("ldu_state", _code),
    "meta_require_email_or_phone": ("require_email_or_phone", _flag),
    APP_SECRET: ("appsecret_proof", _stripped),
    "meta_allow_test_event_code_property": ("allow_test_event_code_property", _flag),
    "edgee_default_consent": ("default_consent", _consent),
    "meta_custom_data": ("custom_data_keys", _custom_data_keys),
    "meta_url_query": ("url_query", _url_query),
}
_RANK = {name: rank for rank, name in enumerate(_OPTIONAL)}


def parse_settings(pairs: Iterable[Tuple[str, str]]) -> Settings:
    """Validate the settings list; the last value of a repeated name wins, unknown names are ignored.

    Only the settings present are parsed: an absent one has its field's default, which is what its parser gives
    for a blank value (a fresh instance parses its list on every event, and most lists hold a few settings)."""
    values: Dict[str, str] = dict(pairs)
    pixel_id = _required(values, "meta_pixel_id")
    if not _PIXEL_ID.fullmatch(pixel_id):
        raise SettingsError(f"meta_pixel_id must be the numeric pixel or dataset id, got {_got(pixel_id)}")
    access_token = _required(values, "meta_access_token")
    # (one split in C, not a generator step per character of a ~200-character token; stripped and non-empty, the
    # token has a blank exactly when it splits)
    if access_token.split() != [access_token]:
        raise SettingsError("meta_access_token must not contain white space")
    given: Dict[str, Any] = {}
    # The optional settings present, in the table's order (a set intersection and a sort, in C): only they are read.
    for name in sorted(_OPTIONAL.keys() & values.keys(), key=_RANK.__getitem__):
        raw = values[name]
        if not isinstance(raw, str):
            raise SettingsError(f"{name} must be a string, got {type(raw).__name__}")
        field_name, parse = _OPTIONAL[name]
        value = parse(name, raw) if raw else None
        if value is not None:
            given[field_name] = value
    if APP_SECRET in values:
        given["appsecret_proof"] = appsecret_proof(access_token, given.get("appsecret_proof", ""))
    return Settings(pixel_id=pixel_id, access_token=access_token, **given)


# The proxy passes the same settings list with every event: parse each distinct list once.
_CACHE: Dict[Tuple[Tuple[str, str], ...], Settings] = {}
_CACHE_LIMIT = 64


def forget_parsed_settings() -> None:
    _CACHE.clear()


def settings_for(pairs: Iterable[Tuple[str, str]]) -> Settings:
    key = tuple(pairs)
    cached: Optional[Settings] = _CACHE.get(key)
    if cached is None:
        cached = parse_settings(key)
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[key] = cached
    return cached
