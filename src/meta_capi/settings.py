"""The component's settings (strings from `edgee.toml`), parsed and validated into one frozen value."""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, Iterable, Mapping, Optional, Tuple

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


def _exact(values: Mapping[str, str], name: str) -> str:
    """The value as given, unstripped (for a setting the proxy compares exactly)."""
    value = values.get(name, "")
    if not isinstance(value, str):
        raise SettingsError(f"{name} must be a string, got {type(value).__name__}")
    return value


def _text(values: Mapping[str, str], name: str) -> str:
    return _exact(values, name).strip()


def _required(values: Mapping[str, str], name: str) -> str:
    value = _text(values, name)
    if not value:
        raise SettingsError(f"{name} is required and missing or empty")
    return value


def _flag(values: Mapping[str, str], name: str, default: bool) -> bool:
    raw = _text(values, name).lower()
    if not raw:
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise SettingsError(f"{name} must be true or false, got {raw[:40]!r}")


def _code(values: Mapping[str, str], name: str, allowed: FrozenSet[int]) -> int:
    raw = _text(values, name)
    if not raw:
        return 0
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 6 or int(raw) not in allowed:  # not "²"
        raise SettingsError(f"{name} must be one of {sorted(allowed)}, got {raw[:40]!r}")
    return int(raw)


def match_key(name: str) -> str:
    """How track names are compared: case-insensitively, ignoring surrounding spaces."""
    return name.strip().lower()


def _event_mapping(values: Mapping[str, str]) -> Dict[str, str]:
    raw = _text(values, "meta_event_mapping")
    if not raw:
        return {}
    try:
        mapping = bounded_json(raw)
    except ValueError as error:
        raise SettingsError(f"meta_event_mapping must be a JSON object, got {error}") from None
    if not isinstance(mapping, dict):
        raise SettingsError(f"meta_event_mapping must be a JSON object, got {type(mapping).__name__}")
    by_key = {}
    for source, target in mapping.items():
        if not isinstance(target, str) or not target.strip() or not source.strip():
            raise SettingsError(
                f"meta_event_mapping maps names to non-empty Meta event names, got {source[:40]!r}: {target!r:.40}"
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


def _custom_data_keys(values: Mapping[str, str]) -> Optional[FrozenSet[str]]:
    """meta_custom_data: `all` (None), `standard` (no custom property), or a comma list of allowed keys."""
    raw = _text(values, "meta_custom_data")
    if not raw or raw.lower() == "all":
        return None
    if raw.lower() == "standard":
        return frozenset()
    keys = frozenset(key.strip() for key in raw.split(",") if key.strip())
    if not keys:
        raise SettingsError("meta_custom_data must be all, standard or a comma-separated list of property keys")
    return keys


def _url_query(values: Mapping[str, str]) -> str:
    mode = _text(values, "meta_url_query").lower() or "keep"
    if mode not in URL_QUERY_MODES:
        raise SettingsError(f"meta_url_query must be keep or drop, got {mode[:40]!r}")
    return mode


def parse_settings(pairs: Iterable[Tuple[str, str]]) -> Settings:
    """Validate the settings list; the last value of a repeated name wins, unknown names are ignored."""
    values: Dict[str, str] = dict(pairs)
    pixel_id = _required(values, "meta_pixel_id")
    if not _PIXEL_ID.fullmatch(pixel_id):
        raise SettingsError(f"meta_pixel_id must be the numeric pixel or dataset id, got {pixel_id[:40]!r}")
    access_token = _required(values, "meta_access_token")
    # (one split in C, not a generator step per character of a ~200-character token: settings are parsed on every
    # event of a fresh instance; stripped and non-empty, the token has a blank exactly when it splits)
    if access_token.split() != [access_token]:
        raise SettingsError("meta_access_token must not contain white space")
    api_version = _text(values, "meta_api_version") or DEFAULT_API_VERSION
    if not _API_VERSION.fullmatch(api_version):
        raise SettingsError(f"meta_api_version must look like {DEFAULT_API_VERSION}, got {api_version[:40]!r}")
    user_event_name = _text(values, "meta_user_event_name") or "Lead"
    if user_event_name.lower() == USER_EVENT_OFF:
        user_event_name = USER_EVENT_OFF
    default_currency = _text(values, "meta_default_currency").upper()
    if default_currency and default_currency not in CURRENCY_CODES:
        raise SettingsError(f"meta_default_currency must be an ISO 4217 code, got {default_currency[:40]!r}")
    action_source = _text(values, "meta_action_source").lower() or "website"
    if action_source not in ACTION_SOURCES:
        raise SettingsError(
            f"meta_action_source must be one of {', '.join(sorted(SENDABLE_ACTION_SOURCES))}, "
            f"got {action_source[:40]!r}"
        )
    if action_source in INCOMPLETE_ACTION_SOURCES:
        raise SettingsError(
            f"meta_action_source = {action_source} cannot be sent completely: "
            f"{INCOMPLETE_ACTION_SOURCES[action_source]} (Meta accepts such events and drops them)"
        )
    return Settings(
        pixel_id=pixel_id,
        access_token=access_token,
        test_event_code=_text(values, "meta_test_event_code"),
        api_version=api_version,
        event_mapping=_event_mapping(values),
        standard_events=_flag(values, "meta_standard_events", True),
        user_event_name=user_event_name,
        default_currency=default_currency,
        generate_fbp=_flag(values, "meta_generate_fbp", False),
        action_source=action_source,
        ldu=_flag(values, "meta_ldu", False),
        ldu_country=_code(values, "meta_ldu_country", LDU_COUNTRIES),
        ldu_state=_code(values, "meta_ldu_state", LDU_STATES),
        require_email_or_phone=_flag(values, "meta_require_email_or_phone", True),
        appsecret_proof=appsecret_proof(access_token, _text(values, "meta_app_secret")),
        allow_test_event_code_property=_flag(values, "meta_allow_test_event_code_property", False),
        default_consent=default_consent(_exact(values, "edgee_default_consent")),
        custom_data_keys=_custom_data_keys(values),
        url_query=_url_query(values),
    )


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
