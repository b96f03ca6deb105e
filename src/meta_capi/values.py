"""Typing of property values, which the proxy delivers as strings.

`true`/`false` become booleans and strict JSON numbers become numbers; everything else stays a string, so
ids and zips such as "007" or "+33", and "1e400", "inf" or "NaN", are never turned into numbers, and the body
is always valid JSON.
"""

from __future__ import annotations

import re
from typing import Optional, Union

JsonScalar = Union[str, bool, int, float]

_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
# Integers beyond 2**53 lose digits in JavaScript, and Python refuses to parse very long ones: keep as text.
_MAX_INT_DIGITS = 15
_INF = float("inf")


def parse_number(text: str) -> Optional[Union[int, float]]:
    """The number a strict JSON number string denotes, or None (not a number, or not finite)."""
    match = _JSON_NUMBER.fullmatch(text) if len(text) <= 400 else None
    if match is None:
        return None
    if match.group(1) is None and match.group(2) is None:
        return int(text) if len(text.lstrip("-")) <= _MAX_INT_DIGITS else None
    number = float(text)
    return number if -_INF < number < _INF else None


def typed_value(text: str) -> JsonScalar:
    if text == "true":
        return True
    if text == "false":
        return False
    number = parse_number(text)
    return text if number is None else number
