"""Customer information: Meta's normalization of each identifier, then SHA-256.

Rules from Meta's Customer Information Parameters page. A value that already is a SHA-256 hex digest is
passed through lowercased, never hashed twice; a value that normalizes to nothing is left out, never hashed
(the hash of "" would match nobody).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Callable, Dict, List, Mapping, Optional, Tuple

from .geography import CALLING_CODE, COUNTRY_BY_KEY, REGION_CODE_BY_NAME, letters_key

_SHA256_HEX = re.compile(r"[0-9a-fA-F]{64}")
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_US_ZIP_PLUS_4 = re.compile(r"([0-9]{5})[\s-]*[0-9]{4}")
_NON_DIGITS = re.compile(r"[^0-9]+")
_DATE_PARTS = re.compile(r"[0-9]+|[^\W\d_]+")
_NANP_COUNTRIES = frozenset({"us", "ca"})
_MONTHS = {name: number for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MALE = frozenset("m male man boy mr he him masculine masculino hombre homme männlich maennlich".split())
_FEMALE = frozenset("f female woman girl mrs ms miss she her feminine femenino mujer femme weiblich w".split())


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_sha256_hex(text: str) -> bool:
    """True for a 64-character hex digest, the only form Meta accepts as already hashed."""
    return _SHA256_HEX.fullmatch(text) is not None


def normalize_email(raw: str) -> str:
    email = raw.strip().lower()
    return email if _EMAIL.fullmatch(email) else ""


def normalize_phone(raw: str, country: str = "") -> str:
    """Digits with the country code, no leading zeros; `country` (alpha-2) supplies a missing code."""
    text = raw.strip()
    digits = _NON_DIGITS.sub("", text)
    if text.startswith(("+", "00")) or not country:
        return digits.lstrip("0")
    if country in _NANP_COUNTRIES and len(digits) == 10:
        return "1" + digits
    calling_code = CALLING_CODE.get(country)
    if calling_code and digits.startswith("0") and not digits.startswith("00") and len(digits) > 1:
        return calling_code + digits[1:]
    return digits.lstrip("0")


def normalize_name(raw: str) -> str:
    """Lowercase, no white space or punctuation; accents kept (`Valéry` -> `valéry`), UTF-8 as Meta asks."""
    text = unicodedata.normalize("NFC", raw).lower()
    return "".join(ch for ch in text if ch.isalnum())


def normalize_city(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw).lower()
    return "".join(ch for ch in text if ch.isalpha())


def normalize_state(raw: str) -> str:
    key = letters_key(unicodedata.normalize("NFC", raw))
    if len(key) == 2:
        return key
    return REGION_CODE_BY_NAME.get(key, key)


def normalize_zip(raw: str) -> str:
    text = raw.strip()
    us_zip = _US_ZIP_PLUS_4.fullmatch(text)
    if us_zip:
        return us_zip.group(1)
    return "".join(ch for ch in text.lower() if ch != "-" and not ch.isspace())


def normalize_country(raw: str) -> str:
    """ISO 3166-1 alpha-2 in lowercase from a code or a name; unknown values give ""."""
    return COUNTRY_BY_KEY.get(letters_key(unicodedata.normalize("NFC", raw)), "")


def normalize_gender(raw: str) -> str:
    word = letters_key(raw)
    if word in _MALE:
        return "m"
    if word in _FEMALE:
        return "f"
    return ""


def _days_in_month(year: int, month: int) -> int:
    if month == 2 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return 28
    return _DAYS_IN_MONTH[month - 1]


def _date_fields(raw: str) -> Optional[Tuple[int, int, int]]:
    """(year, month, day) from the usual spellings: 1997-02-16, 19970216, 2/16/1997, 16/02/1997, 16 Feb 1997."""
    text = raw.strip().lower()
    if len(text) > 10 and text[10] == "t":  # an ISO 8601 date-time: its date part
        text = text[:10]
    parts = _DATE_PARTS.findall(text)
    if len(parts) == 1 and len(parts[0]) == 8 and parts[0].isdigit():
        digits = parts[0]
        return int(digits[:4]), int(digits[4:6]), int(digits[6:])
    if len(parts) != 3:
        return None
    month_names = [part for part in parts if not part.isdigit()]
    if len(month_names) > 1:
        return None
    if month_names:
        month = _MONTHS.get(month_names[0][:3])
        numbers = [part for part in parts if part.isdigit()]
        if month is None or len(numbers) != 2:
            return None
        year_first = len(numbers[0]) == 4
        year, day = (numbers[0], numbers[1]) if year_first else (numbers[1], numbers[0])
        if len(year) != 4 or len(day) > 2:
            return None
        return int(year), month, int(day)
    if any(len(part) > 4 for part in parts):
        return None
    first, second, third = (int(part) for part in parts)
    if len(parts[0]) == 4:
        return first, second, third
    if len(parts[2]) != 4:
        return None
    if first > 12:
        return third, second, first  # day first (16/02/1997)
    return third, first, second  # month first, as in Meta's example 2/16/1997


def normalize_date_of_birth(raw: str, current_year: int) -> str:
    """YYYYMMDD, or "" for anything that is not a real date between 1900 and `current_year`."""
    fields = _date_fields(raw)
    if fields is None:
        return ""
    year, month, day = fields
    if not (1900 <= year <= current_year and 1 <= month <= 12 and 1 <= day <= _days_in_month(year, month)):
        return ""
    return f"{year:04d}{month:02d}{day:02d}"


def normalize_external_id(raw: str) -> str:
    return raw.strip().lower()


def hashed(raw: str, normalize: Callable[[str], str]) -> Optional[str]:
    """The value Meta gets for one identifier: a digest passed through, else SHA-256 of the normal form."""
    text = raw.strip()
    if is_sha256_hex(text):
        return text.lower()
    normal = normalize(text)
    return sha256_hex(normal) if normal else None


# Meta key -> the visitor property names it is read from, first match wins (documented in the README).
ALIASES: Dict[str, Tuple[str, ...]] = {
    "em": ("email", "email_address"),
    "ph": ("phone", "phone_number", "mobile"),
    "fn": ("first_name", "firstname", "firstName"),
    "ln": ("last_name", "lastname", "lastName"),
    "ge": ("gender",),
    "db": ("date_of_birth", "birthday", "dob"),
    "ct": ("city",),
    "st": ("state", "region"),
    "zp": ("zip_code", "zip", "zipcode", "postal_code", "postalCode"),
    "country": ("country", "country_code"),
}

# Property names that hold personal data: read into user_data or dropped, never copied into custom_data.
PERSONAL_KEYS = frozenset(
    name for names in ALIASES.values() for name in names
) | frozenset("name full_name fullName phoneNumber emailAddress address street fbc fbp".split())

_NORMALIZERS: Dict[str, Callable[[str], str]] = {
    "em": normalize_email,
    "fn": normalize_name,
    "ln": normalize_name,
    "ge": normalize_gender,
    "ct": normalize_city,
    "st": normalize_state,
    "zp": normalize_zip,
}


def _first(properties: Mapping[str, str], names: Tuple[str, ...]) -> str:
    for name in names:
        value = properties.get(name)
        if value and value.strip():
            return value
    return ""


def customer_information(properties: Mapping[str, str], client_country: str, current_year: int) -> Dict[str, str]:
    """The hashed `em ph fn ln ge db ct st zp country` found in the visitor's properties."""
    found: Dict[str, str] = {}
    raw_country = _first(properties, ALIASES["country"])
    country = normalize_country(raw_country) if raw_country else normalize_country(client_country)
    for key, names in ALIASES.items():
        raw = _first(properties, names)
        if key == "country" and not raw:
            raw = client_country
        if not raw:
            continue
        if key == "ph":
            value = hashed(raw, lambda text: normalize_phone(text, country))
        elif key == "db":
            value = hashed(raw, lambda text: normalize_date_of_birth(text, current_year))
        elif key == "country":
            value = hashed(raw, normalize_country)
        else:
            value = hashed(raw, _NORMALIZERS[key])
        if value:
            found[key] = value
    return found


def external_ids(ids: List[str]) -> List[str]:
    """Hashed, de-duplicated external ids in the order given."""
    result: List[str] = []
    for raw in ids:
        value = hashed(raw, normalize_external_id)
        if value and value not in result:
            result.append(value)
    return result
