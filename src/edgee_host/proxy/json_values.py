"""JSON as the proxy's serde_json (1.0.148, without `arbitrary_precision`) reads and writes it: no NaN or
Infinity literals, no number out of the f64 range, at most 127 nested arrays and objects, duplicate keys
kept visible (a serde struct refuses them, a map keeps the last), and each number's text as serde writes it
back (`1e2` -> `100.0`, `-0` -> `-0.0`, integers beyond 64 bits -> a float)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, Dict, List, Set, Tuple, Union

from edgee_host.errors import HarnessError

MAX_DEPTH = 127  # serde_json's recursion limit: the 128th nested array or object is an error
_I64_MIN, _U64_END = -(2**63), 2**64


class ProxyJSONError(HarnessError, ValueError):
    """Text the proxy's JSON parser refuses (the whole request is lost)."""


class DuplicatedObject(Dict[str, Any]):
    """A JSON object that held some key twice (the last value kept, as a serde map keeps it)."""

    duplicates: Tuple[str, ...] = ()


def _object(pairs: List[Tuple[str, Any]]) -> Dict[str, Any]:
    result: Dict[str, Any] = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: Set[str] = set()
    twice = tuple(dict.fromkeys(key for key, _ in pairs if key in seen or seen.add(key)))  # type: ignore[func-returns-value]
    duplicated = DuplicatedObject(result)
    duplicated.duplicates = twice
    return duplicated


def _refuse_constant(name: str) -> Any:
    raise ProxyJSONError(f"{name} is not JSON: the proxy's parser refuses it")


def _float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ProxyJSONError(f"number out of range: {text[:40]}")
    return value


def _integer(text: str) -> Union[int, float]:
    """serde_json keeps integers of i64/u64 as integers; `-0` and anything wider become an f64."""
    if text == "-0":
        return -0.0
    if len(text) <= 21:
        value = int(text)
        if _I64_MIN <= value < _U64_END:
            return value
    return _float(text)


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                return deepest
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def loads(text: str) -> Any:
    """Parse `text` as the proxy does; ProxyJSONError (or ValueError) when the proxy would refuse it."""
    try:
        document = json.loads(text, parse_constant=_refuse_constant, parse_float=_float, parse_int=_integer,
                              object_pairs_hook=_object)
    except RecursionError:
        raise ProxyJSONError(f"nested deeper than {MAX_DEPTH} arrays and objects") from None
    if _depth(document) > MAX_DEPTH:
        raise ProxyJSONError(f"nested deeper than {MAX_DEPTH} arrays and objects")
    return document


def number_text(value: Union[int, float]) -> str:
    """A number's text as serde_json writes it: integers as they are, floats in ryu's shortest form."""
    if isinstance(value, int):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):
        return "null"  # serde_json writes a non-finite float as null
    minus = "-" if str(value).startswith("-") else ""
    if value == 0:
        return f"{minus}0.0"
    _, digit_tuple, exponent = Decimal(repr(abs(value))).normalize().as_tuple()
    assert isinstance(exponent, int)
    trimmed = "".join(map(str, digit_tuple))  # value = trimmed * 10**exponent, shortest digits (as ryu)
    point = len(trimmed) + exponent  # where the decimal point falls, counted from the first digit
    if exponent >= 0 and point <= 16:
        return f"{minus}{trimmed}{'0' * exponent}.0"
    if 0 < point <= 16:
        return f"{minus}{trimmed[:point]}.{trimmed[point:]}"
    if -5 < point <= 0:
        return f"{minus}0.{'0' * -point}{trimmed}"
    mantissa = trimmed if len(trimmed) == 1 else f"{trimmed[0]}.{trimmed[1:]}"
    return f"{minus}{mantissa}e{point - 1}"


def value_text(value: Any) -> str:
    """Any JSON value as serde_json's `to_string` writes it (compact, numbers as above)."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (int, float)):
        return number_text(value)
    if isinstance(value, list):
        return "[" + ",".join(value_text(item) for item in value) + "]"
    return "{" + ",".join(f"{json.dumps(key, ensure_ascii=False)}:{value_text(item)}"
                          for key, item in value.items()) + "}"
