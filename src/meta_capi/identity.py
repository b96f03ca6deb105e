"""Customer information: Meta's normalization of each identifier, then SHA-256.

Rules from Meta's Customer Information Parameters page. A value that already is a SHA-256 hex digest is
passed through lowercased, never hashed twice, and so is one in the form Meta's parameter builder writes,
`<sha256>.<appendix>`, whose appendix is kept as it is; 64 hex characters laid out as text (the hex of an address,
padded or in UTF-16) are no digest and are hashed as any value; a value that normalizes to nothing is left out, never
hashed (the hash of "" would match nobody).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

from . import decisions
from .geography import CALLING_CODE, COUNTRY_BY_KEY, REGION_CODE_BY_NAME, letters_key
from .values import stripped_within

_SHA256_HEX = re.compile(r"[0-9a-fA-F]{64}")
# Meta's capi-param-builder writes `<sha256>.<appendix>`: a legacy two-character token (AQ Ag Aw BA BQ Bg) or
# eight base64url characters (format, SDK language, new/modified, version). "You can send these values as is
# back to Meta" (Customer Information Parameters): the appendix is case-sensitive and never altered.
# The same appendix closes the builder's fbc and fbp (click_ids.py): one grammar for every value it writes.
PARAM_BUILDER_APPENDIX = r"(?:AQ|Ag|Aw|BA|BQ|Bg|[A-Za-z0-9_-]{8})"
_PARAM_BUILDER_HASH = re.compile(r"([0-9a-fA-F]{64})(\." + PARAM_BUILDER_APPENDIX + ")?")
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_US_ZIP_PLUS_4 = re.compile(r"([0-9]{5})[\s-]*[0-9]{4}")
_NON_DIGITS = re.compile(r"[^0-9]+")
_NOT_LETTER_BYTES = bytes(code for code in range(128) if not chr(code).isalpha())  # every ASCII byte but a-z, A-Z
_NOT_DIGIT_BYTES = bytes(code for code in range(128) if not 0x30 <= code <= 0x39)  # every ASCII byte but 0-9
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
_SPACES_AND_DASHES = re.compile(r"[\s-]+")
_DATE_PARTS = re.compile(r"[0-9]+|[^\W\d_]+")
_NANP_COUNTRIES = frozenset({"us", "ca"})
_MONTHS = {name: number for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MALE = frozenset("m male man boy mr he him masculine masculino hombre homme männlich maennlich".split())
_FEMALE = frozenset("f female woman girl mrs ms miss she her feminine femenino mujer femme weiblich w".split())


_sha256 = hashlib.sha256  # (one global lookup, not two, for ten digests an event)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_sha256_hex(text: str) -> bool:
    """True for a 64-character hex digest, the only form Meta accepts as already hashed."""
    return len(text) == 64 and _SHA256_HEX.fullmatch(text) is not None


PREHASHED_MAX_LENGTH = 64 + 1 + 8  # a digest, a dot and the longest appendix


# What text looks like in 32 bytes and a SHA-256 digest's random bytes almost never do (the odds for a digest in
# brackets; all four together less than once in 10^10):
# - a run of six zero bytes: text padded to the digest's length (27 places, 256^-6 each: 10^-13);
# - all but two bytes printable ASCII, line breaks or zero bytes: ASCII text, padded or in UTF-16 or UTF-32, with a
#   Latin-1 accent or two (99 byte values of 256: 10^-10);
# - the UTF-16 layout: the bytes at even, or at odd, places (the characters' high bytes: a script's block, 0 for
#   digits and spaces) of six values at most (10^-14);
# - with its zero bytes left out (padding), UTF-8 of printable characters and line breaks (10^-13).
_ZERO_RUN = b"\0" * 6
_ASCII_TEXT_BYTES = b"\0\t\n\r" + bytes(range(0x20, 0x7F))
_MAX_OTHER_BYTES = 2
_MAX_HIGH_BYTES = 6
# The bytes of UTF-8's longer characters: a byte of no other kind (a control character, 0xC0, 0xC1, 0xF5 to 0xFF)
# is in no printable UTF-8 text, and in all but one digest in 200.
_UTF8_HIGH_BYTES = bytes(range(0x80, 0xC0)) + bytes(range(0xC2, 0xF5))


def _spells_text(digest: str) -> bool:
    """Whether 64 hex characters are the hex of text rather than a digest's 32 random bytes (see above): the hex
    of an address, a name or a phone number, in UTF-8 or UTF-16, padded with zero bytes or not."""
    raw = bytes.fromhex(digest)
    other = raw.translate(None, _ASCII_TEXT_BYTES)  # (one scan in C)
    if len(other) <= _MAX_OTHER_BYTES or _ZERO_RUN in raw:
        return True
    if len(set(raw[0::2])) <= _MAX_HIGH_BYTES or len(set(raw[1::2])) <= _MAX_HIGH_BYTES:
        return True
    if other.translate(None, _UTF8_HIGH_BYTES):
        return False  # (nearly every digest stops here)
    try:
        text = raw.replace(b"\0", b"").decode("utf-8")
    except UnicodeDecodeError as error:  # text cut in a character's bytes at its end is text still
        if error.reason != "unexpected end of data":
            return False
        text = error.object[:error.start].decode("utf-8")
    return text.replace("\n", "").replace("\r", "").replace("\t", "").isprintable()  # (line breaks are text's too)


def prehashed(text: str) -> Optional[str]:
    """The value Meta gets for an already hashed one: a SHA-256 hex digest lowercased, with the parameter
    builder's appendix kept as it is; None for anything else, the hex of text included (an address written in
    hex is no digest: it is hashed as any other value)."""
    if len(text) < 64:
        return None
    match = _PARAM_BUILDER_HASH.fullmatch(text)
    if match is None or _spells_text(match.group(1)):
        return None
    return match.group(1).lower() + (match.group(2) or "")


def _composed(text: str) -> str:
    # NFC so that an accent typed as a combining mark stays with its letter; ASCII needs no work.
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def normalize_email(raw: str) -> str:
    email = raw.strip().lower()
    return email if _EMAIL.fullmatch(email) else ""


def normalize_phone(raw: str, country: str = "") -> str:
    """Digits with the country code, no leading zeros; `country` (alpha-2) supplies a missing code."""
    text = raw.strip()
    # ASCII, the usual `+1 (650) 555-1212`: its other characters deleted from its bytes in one C loop (no regex)
    digits = (text.encode().translate(None, _NOT_DIGIT_BYTES).decode() if text.isascii()
              else _NON_DIGITS.sub("", text))
    if text.startswith(("+", "00")) or not country:
        return digits.lstrip("0")
    if country in _NANP_COUNTRIES and len(digits) == 10:
        return "1" + digits
    calling_code = CALLING_CODE.get(country)
    if calling_code and digits.startswith("0") and not digits.startswith("00") and len(digits) > 1:
        return calling_code + digits[1:]
    return digits.lstrip("0")


def _place_key(raw: str) -> str:
    """letters_key of the composed text. ASCII (`US`, `Menlo Park`, `U.S.A.`): its other characters deleted from
    its bytes in one C loop, no regex; letters alone are only lowercased."""
    if raw.isascii():
        return raw.lower() if raw.isalpha() else raw.encode().translate(None, _NOT_LETTER_BYTES).decode().lower()
    return letters_key(_composed(raw))


def normalize_name(raw: str) -> str:
    """Lowercase, no white space or punctuation; accents kept (`Valéry` -> `valéry`), UTF-8 as Meta asks."""
    if raw.isascii() and raw.isalnum():  # the usual `Jane`: nothing to remove, no regex
        return raw.lower()
    return _NOT_LETTER_OR_DIGIT.sub("", _composed(raw).lower())


normalize_city = _place_key  # a city's normal form is its place key (the same function: no call in between)


def normalize_state(raw: str) -> str:
    key = _place_key(raw)
    if len(key) == 2:
        return key
    return REGION_CODE_BY_NAME.get(key, key)


def normalize_zip(raw: str) -> str:
    text = raw.strip()
    us_zip = _US_ZIP_PLUS_4.fullmatch(text)
    if us_zip:
        return us_zip.group(1)
    return _SPACES_AND_DASHES.sub("", text.lower())


def normalize_country(raw: str) -> str:
    """ISO 3166-1 alpha-2 in lowercase from a code or a name; unknown values give ""."""
    return COUNTRY_BY_KEY.get(_place_key(raw), "")


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


# Longer values are no real identifier and are dropped before any pattern runs: the work stays bounded.
MAX_LENGTH = {"em": 254, "ph": 64, "external_id": 512}
DEFAULT_MAX_LENGTH = 256


def _within_length(raw: str, max_length: int) -> Optional[str]:
    """`raw` stripped when within the key's length limit (a digest may be longer: a param-builder appendix),
    else None: the length rule, for what --explain says. `hashed` unrolls it for speed (ten identifiers an
    event); tests/test_identity.py checks that the two give the same on every length edge."""
    text = stripped_within(raw, max(max_length, PREHASHED_MAX_LENGTH))
    if text is None or (len(text) > max_length and prehashed(text) is None):
        return None
    return text


def hashed(raw: str, normalize: Callable[..., str], context: Any = None,
           max_length: int = DEFAULT_MAX_LENGTH) -> Optional[str]:
    """The value Meta gets for one identifier: a digest passed through, else SHA-256 of the normal form.

    `context`, when given, goes to `normalize` after the text (the visitor's country for a phone, the year for
    a birth date).
    """
    # _within_length, prehashed and sha256_hex unrolled (ten identifiers an event): the same bounds and order.
    if len(raw) < 64 and len(raw) <= max_length:  # the usual value: shorter than a digest and the limit
        text = raw.strip()
    else:
        # stripped_within's bound before the copy, for max(max_length, PREHASHED_MAX_LENGTH) (no call to max)
        if len(raw) > max_length + 64 and len(raw) > PREHASHED_MAX_LENGTH + 64:
            return None
        text = raw.strip()
        if len(text) >= 64:  # (prehashed's own first test, without its call)
            already = prehashed(text)
            if already is not None:
                return already  # (a digest is PREHASHED_MAX_LENGTH characters at most: within the limit)
        if len(text) > max_length:  # (longer than the limit too: as stripped_within would say)
            return None
    normal = normalize(text) if context is None else normalize(text, context)
    return _sha256(normal.encode("utf-8")).hexdigest() if normal else None


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

_NORMALIZERS: Dict[str, Callable[[str], str]] = {
    "em": normalize_email,
    "fn": normalize_name,
    "ln": normalize_name,
    "ge": normalize_gender,
    "ct": normalize_city,
    "st": normalize_state,
    "zp": normalize_zip,
    "country": normalize_country,
}


# Property name -> (Meta key, rank among its aliases): one dict lookup per property instead of one per alias.
ALIAS_RANK: Dict[str, Tuple[str, int]] = {
    name: (key, rank) for key, names in ALIASES.items() for rank, name in enumerate(names)
}


def _alias_rank(candidate: Tuple[str, str]) -> int:
    return ALIAS_RANK[candidate[0]][1]


def alias_candidates(properties: Mapping[str, str]) -> Dict[str, List[Tuple[str, str]]]:
    """Meta key -> (property name, raw value) of each of its aliases present with a non-blank value, in the
    order of the alias table."""
    found: Dict[str, List[Tuple[str, str]]] = {}
    for name, value in properties.items():
        alias = ALIAS_RANK.get(name)
        if alias is None or not value or value.isspace():
            continue
        listed = found.get(alias[0])
        if listed is None:
            found[alias[0]] = [(name, value)]
        else:  # rare: a second alias of one key (`email` and `email_address`)
            listed.append((name, value))
            listed.sort(key=_alias_rank)
    return found


CLIENT_COUNTRY = "client.country_code"  # the proxy's geolocated country, the last candidate for `country`


# Meta key -> (normalizer, length limit), in the order of ALIASES: one lookup per key where the visitor's identity
# is hashed (customer_information calls `hashed` with it directly). A phone's normalizer takes the country as its
# context, a birth date's the current year; the others take none.
_CONTEXTUAL: Dict[str, Callable[..., str]] = {"ph": normalize_phone, "db": normalize_date_of_birth}
_HASHING: Dict[str, Tuple[Callable[..., str], int]] = {
    key: (_CONTEXTUAL.get(key) or _NORMALIZERS[key], MAX_LENGTH.get(key, DEFAULT_MAX_LENGTH)) for key in ALIASES}
_KEY_RANK = {key: rank for rank, key in enumerate(ALIASES)}


def visitor_country(candidates: Mapping[str, List[Tuple[str, str]]]) -> str:
    """The first candidate country that is a known one: it supplies a phone's missing calling code."""
    for _, text in candidates.get("country", ()):
        # (within the limit already, as almost every value is: what stripped_within would give, without its call)
        within = text.strip() if len(text) <= DEFAULT_MAX_LENGTH else stripped_within(text, DEFAULT_MAX_LENGTH)
        country = normalize_country(within) if within else ""
        if country:
            return country
    return ""


def customer_information(properties: Mapping[str, str], client_country: str, current_year: int) -> Dict[str, str]:
    """The hashed `em ph fn ln ge db ct st zp country` found in the visitor's properties.

    For each key, the first alias whose value survives normalization is used (an invalid `email` gives way
    to a valid `email_address`); the country falls back to the proxy's geolocated `client_country`. Which
    alias supplied each key, and why each other one did not, goes to the current record (decisions.py).
    """
    candidates = alias_candidates(properties)
    if client_country and not client_country.isspace():  # the last candidate for `country`
        candidates.setdefault("country", []).append((CLIENT_COUNTRY, client_country))
    country = visitor_country(candidates) if "ph" in candidates else ""  # (only a phone number's context)
    found: Dict[str, str] = {}
    recording = decisions.recording()  # tested once: the component never records
    for key in sorted(candidates, key=_KEY_RANK.__getitem__):  # the keys present, in the order of ALIASES (in C)
        normalize, max_length = _HASHING[key]
        listed = candidates[key]
        # a phone's calling code, a birth date's upper bound; the other normalizers take no context
        context = country if key == "ph" else current_year if key == "db" else None
        for name, text in listed:
            value = hashed(text, normalize, context, max_length)
            if value:
                found[key] = value
                if recording:
                    decisions.supplied(key, name)
                break
            if recording and name != CLIENT_COUNTRY:  # client.country_code: the proxy's, not the visitor's
                decisions.note_matching(name, f"{key} not sent: {_dropped_because(key, text)}")
    if recording:
        _note_aliases_not_used(candidates, found)
    return found


_REASON_BY_KEY = {
    "em": "not an email address", "ph": "no digits left", "ge": "not a recognised gender",
    "db": "not a possible date of birth (year 1900 to now)", "country": "not a known country",
}


def _dropped_because(key: str, text: str) -> str:
    limit = MAX_LENGTH.get(key, DEFAULT_MAX_LENGTH)
    if _within_length(text, limit) is None:
        return f"longer than {limit} characters"
    return _REASON_BY_KEY.get(key, "normalized to nothing")


def _note_aliases_not_used(candidates: Mapping[str, List[Tuple[str, str]]], found: Mapping[str, str]) -> None:
    """The aliases after the one that supplied a key: present, but another one was used."""
    for key in found:
        aliases = [name for name, _ in candidates[key] if name != CLIENT_COUNTRY]
        used = decisions.source_of(key)
        if used in aliases:
            for name in aliases[aliases.index(used) + 1:]:
                decisions.note_matching(name, f"{key} taken from {used} instead")


def external_ids(ids: List[str]) -> List[str]:
    """Hashed, de-duplicated external ids in the order given."""
    result: List[str] = []
    for raw in ids:
        # (`hashed` strips the text first: what normalize_external_id does beyond is lowering it, a C method)
        value = hashed(raw, str.lower, None, MAX_LENGTH["external_id"]) if raw else None
        if value and value not in result:
            result.append(value)
    return result
