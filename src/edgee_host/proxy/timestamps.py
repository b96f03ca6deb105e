"""Timestamps as the proxy reads them: serde's `DateTime<Utc>` parses chrono 0.4.42's relaxed RFC 3339
(src/format/parse.rs `parse_rfc3339_relaxed`, scan.rs `timezone_offset`): unpadded fields, spaces between
them, a signed year of any width, `UTC` or an offset with or without its colon (U+2212 minus too); impossible
dates and times refused. Returns microseconds since the epoch, as `timestamp_micros()` would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Tuple

from edgee_host.errors import HarnessError

# Rust's char::is_whitespace (Unicode White_Space), which `trim_start` strips.
_RUST_SPACE = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                        "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_MIN_YEAR, _MAX_YEAR = -262144, 262143  # chrono's NaiveDate range


class TimestampError(HarnessError, ValueError):
    """A timestamp chrono refuses."""


def _trim(text: str, at: int) -> int:
    while at < len(text) and text[at] in _RUST_SPACE:
        at += 1
    return at


def _digits(text: str, at: int, most: int) -> Tuple[int, int]:
    """Up to `most` ASCII digits, at least one: (value, next position)."""
    end = at
    while end < len(text) and end - at < most and "0" <= text[end] <= "9":
        end += 1
    if end == at:
        raise TimestampError("expected digits")
    return int(text[at:end]), end


def _literal(text: str, at: int, char: str) -> int:
    at = _trim(text, at)
    if not text.startswith(char, at):
        raise TimestampError(f"expected {char!r}")
    return at + 1


def _days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 in the proleptic Gregorian calendar (any year)."""
    year -= month <= 2
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def _month_days(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _offset(text: str, at: int) -> Tuple[int, int]:
    """`UTC`, `Z`, or a sign and hours, then colons or spaces, then two minute digits: (seconds, next)."""
    if text[at:at + 3].upper() == "UTC":
        return 0, at + 3
    if text[at:at + 1] in ("Z", "z"):
        return 0, at + 1
    if at >= len(text) or text[at] not in "+-\u2212":
        raise TimestampError("expected Z, UTC or an offset such as +02:00")
    sign = 1 if text[at] == "+" else -1
    at += 1
    hours = text[at:at + 2]
    if len(hours) < 2 or not hours.isascii() or not hours.isdigit():
        raise TimestampError("expected two digits of offset hours")
    at += 2
    while at < len(text) and (text[at] == ":" or text[at] in _RUST_SPACE):
        at += 1
    minutes = text[at:at + 2]
    if len(minutes) < 2 or not minutes.isascii() or not minutes.isdigit() or minutes[0] > "5":
        raise TimestampError("expected two digits of offset minutes from 00 to 59")
    return sign * (int(hours) * 3600 + int(minutes) * 60), at + 2


def _year(text: str, at: int) -> Tuple[int, int]:
    at = _trim(text, at)
    if text[at:at + 1] in ("-", "+"):
        value, end = _digits(text, at + 1, len(text))
        return (-value if text[at] == "-" else value), end
    return _digits(text, at, 4)


def parse_timestamp_micros(text: str) -> int:
    """Microseconds since the epoch; TimestampError when chrono would refuse `text`."""
    year, at = _year(text, 0)
    month, at = _digits(text, _trim(text, _literal(text, at, "-")), 2)
    day, at = _digits(text, _trim(text, _literal(text, at, "-")), 2)
    if text[at:at + 1] not in ("T", "t", " ") or at >= len(text):
        raise TimestampError("expected T or a space between the date and the time")
    hour, at = _digits(text, _trim(text, at + 1), 2)
    minute, at = _digits(text, _trim(text, _literal(text, at, ":")), 2)
    second, at = _digits(text, _trim(text, _literal(text, at, ":")), 2)
    nanos = 0
    if text[at:at + 1] == ".":
        start = at + 1
        fraction, at = _digits(text, start, 9)
        nanos = fraction * 10 ** (9 - (at - start))
        while at < len(text) and "0" <= text[at] <= "9":
            at += 1
    offset, at = _offset(text, _trim(text, at))
    if _trim(text, at) != len(text):
        raise TimestampError("unexpected text after the offset")
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour <= 23 and minute <= 59 and second <= 60):
        raise TimestampError("a field is out of range")
    if not _MIN_YEAR <= year <= _MAX_YEAR or day > _month_days(year, month) or abs(offset) >= 86400:
        raise TimestampError("no such date")
    if second == 60:  # a leap second: chrono keeps it as second 59 plus a whole second of nanoseconds
        second, nanos = 59, nanos + 1_000_000_000
    seconds = _days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset
    if not _days_from_civil(_MIN_YEAR, 1, 1) * 86400 <= seconds < _days_from_civil(_MAX_YEAR + 1, 1, 1) * 86400:
        raise TimestampError("out of range")
    return seconds * 1_000_000 + nanos // 1000


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def rfc3339_micros(micros: int) -> str:
    """An event time as the Edgee SDK writes it (UTC, microseconds, `Z`), from microseconds since the epoch."""
    return (_EPOCH + timedelta(microseconds=micros)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
