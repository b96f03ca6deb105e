"""Typing of property values, which the proxy delivers as strings.

`true`/`false` become booleans and strict JSON numbers become numbers; everything else stays a string, so
ids and zips such as "007" or "+33", and "1e400", "inf" or "NaN", are never turned into numbers, and the body
is always valid JSON.
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, Optional, Sequence, Tuple, Union

from .national_ids import egn, holds_national_id, oib
from .phone_plans import international_mobile, trunk_mobile

JsonScalar = Union[str, bool, int, float]

_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
# Integers beyond 2**53 lose digits in JavaScript, and Python refuses to parse very long ones: keep as text.
_MAX_INT_DIGITS = 15
_INF = float("inf")
# No amount of an event (a value, a price, a predicted lifetime value) has 12 digits before its point, in any
# currency's unit: such a number is an id or a phone number (a My Number, an Aadhaar, `919845217306` with its
# country code), and it is not sent as an amount.
MAX_AMOUNT = 10**11

TOO_LARGE = "must be below 100,000,000,000 (12 digits are an id or a phone number, not an amount)"
# Eleven digits are an amount in rials or dong, whose prices are in thousands, as often as an id: a whole amount of
# eleven digits not in thousands is refused when it is a national id by its check (national_ids.py: PESEL, AMKA, ...)
# or a national plan's mobile with its country code or trunk prefix (`79164827319`: +7 916 …).
ID_SHAPED = "must be an amount, not a number shaped as a national id or a mobile number"
_ELEVEN_DIGITS = 10**10  # from here, the rules above
# Ten digits not in thousands are refused when they are a Bulgarian EGN (a birth date and its check digit), eleven
# when a Croatian OIB (ISO 7064 MOD 11,10) too: an id's check and shape say so (nineteenth attack).
_TEN_DIGITS = 10**9  # the least amount any rule refuses (most amounts are less: one comparison)


def amount_refusal(number: Union[int, float]) -> str:
    """Why a parsed amount of 0 or more is no amount by the rules above (TOO_LARGE, ID_SHAPED); "" for an amount."""
    if number < _TEN_DIGITS:
        return ""
    if number >= MAX_AMOUNT:
        return TOO_LARGE
    if number != int(number):
        return ""
    digits = str(int(number))
    if digits.endswith("000"):
        return ""
    if number < _ELEVEN_DIGITS:  # ten digits: an amount unless a Bulgarian EGN by its birth date and check
        return ID_SHAPED if egn(digits) else ""
    shaped = holds_national_id(digits, False) or oib(digits) or international_mobile(digits) or trunk_mobile(digits)
    return ID_SHAPED if shaped else ""


def parse_number(text: str) -> Optional[Union[int, float]]:
    """The number a strict JSON number string denotes, or None (not a number, or not finite)."""
    match = _JSON_NUMBER.fullmatch(text) if len(text) <= 400 else None
    if match is None:
        return None
    if match.lastindex is None:  # neither a fraction nor an exponent: an integer
        return int(text) if len(text.lstrip("-")) <= _MAX_INT_DIGITS else None
    number = float(text)
    if number == 0:  # `-0.0` is 0 (no amount has a sign), and `1e-400` is no 0
        return None if _underflows(text) else 0.0
    return number if -_INF < number < _INF else None


def _underflows(text: str) -> bool:
    """Whether a JSON number that a float reads as 0 is not 0 as written (`1e-400`): below a float's range."""
    return text.lower().partition("e")[0].strip("-0.") != ""


def whole_as_written(text: str) -> bool:
    """True when the strict JSON number `text` is a whole number exactly as written (`2.0`, `25e-1` is not),
    without the rounding of a float (`999999.99999999999` is not whole, though its float is)."""
    mantissa, _, exponent = text.lower().partition("e")
    whole, _, fraction = mantissa.lstrip("-").partition(".")
    if len(exponent) > 6:  # no quantity or price is written so; such a number is no whole count we accept
        return False
    point = len(whole) + int(exponent or "0")
    return not (whole + fraction)[max(point, 0):].strip("0")


_NOT_FINITE = frozenset({"nan", "-nan", "+nan", "inf", "-inf", "+inf", "infinity", "-infinity", "+infinity"})


def describe(text: str) -> str:
    """What kind of value `text` is, for a message that must not echo it (it may be personal data)."""
    text = text.strip()
    if not text:
        return "an empty value"
    if len(text) <= 400 and _JSON_NUMBER.fullmatch(text):
        number = float(text)
        if not -_INF < number < _INF:
            return "a number too large to be finite"
        if number == 0 and _underflows(text):
            return "a number too small to be represented"
        if number < 0:
            return "a negative number"
        if number != int(number) or ("." in text and not text.rstrip("0").endswith(".")):
            return "a number that is not whole"
        digits = len(str(int(number)))
        return f"a number of {digits} digit{'s' if digits > 1 else ''}"
    if text.lower() in _NOT_FINITE:
        return "a value that is not a finite number"
    return f"text of {len(text)} characters"


def stripped_within(raw: str, limit: int) -> Optional[str]:
    """`raw` without surrounding white space, or None when that is longer than `limit`. A value far over the
    limit is refused before it is even copied: visitors' values can be crafted to be huge."""
    if len(raw) > limit + 64:
        return None
    text = raw.strip()
    return text if len(text) <= limit else None


def typed_value(text: str) -> JsonScalar:
    if text == "true":
        return True
    if text == "false":
        return False
    number = parse_number(text)
    return text if number is None else number


# The proxy turns a JSON null property into the string "null": it means the property is absent.
PROXY_NULL = "null"


def present(pairs: Sequence[Tuple[str, str]]) -> Dict[str, str]:
    """A property list as a dict, without the proxy's "null" strings; the last value of a repeated key wins."""
    found = dict(pairs)  # in C: the usual list, with no "null" left in it, is then the answer
    if PROXY_NULL in found.values():
        return {key: value for key, value in pairs if value != PROXY_NULL}
    return found


# JSON that we parse (a setting, a flat `contents` property) is small: anything larger or deeper is refused
# before the parser runs, since a deep document would exhaust the wasm stack inside the C parser and trap.
MAX_JSON_BYTES = 64 * 1024
MAX_JSON_DEPTH = 16
# A string, maybe unterminated (it then runs to the end): linear, the loop unrolled for the regex engine.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
# Every ASCII character but brackets, quotes and backslashes, deleted by one C loop over the text's UTF-8 bytes
# (bytes.translate: a few times faster than str.translate with a table); the bytes of other characters are all
# 0x80 or more and stay, so decoding gives back the text without those characters.
_NOT_STRUCTURE = bytes(code for code in range(128) if chr(code) not in '[]{}"\\')


def _brackets_outside_strings(text: str) -> str:
    # (surrogatepass: a lone surrogate, which a native caller may pass, goes through as it came)
    structure = text.encode("utf-8", "surrogatepass").translate(None, _NOT_STRUCTURE).decode("utf-8", "surrogatepass")
    if structure.isascii() and "\\" not in structure:
        # Without escapes, every second quote ends a string: what lies between the strings is what remains.
        # Two quotes side by side first go in one C pass (a string without brackets, or a string's end and the
        # next one's start with no bracket between): the brackets outside strings stay as they were, and
        # the quotes left still alternate, so the split walks only the few strings that hold brackets.
        return "".join(structure.replace('""', "").split('"')[::2])
    return _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))


def nested_deeper_than(text: str, limit: int) -> bool:
    """True when arrays and objects in `text` nest deeper than `limit`, brackets inside strings aside; linear,
    and the Python loop only walks the brackets, stopping at the first one past the limit."""
    if text.count("[") + text.count("{") <= limit:
        return False  # no more openers than the limit, in strings or out (a short list of products): two C scans
    brackets = _brackets_outside_strings(text)
    if len(brackets) <= limit:
        return False
    # Each pair `{}` or `[]` removed, in two C passes, peaked at most two above where it stood: with what is left
    # short enough, nothing went past the limit (a list of objects, `[{}{}…]`, leaves nothing).
    if len(brackets.replace("{}", "").replace("[]", "")) + 2 <= limit:
        return False
    depth = 0
    for bracket in brackets:
        if bracket in "[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


# What json.loads(text, parse_int=str, ...) builds on every call, built once: a first call in a fresh
# instance then touches no decoder construction code. str.strip gives a number's text back as it is (a JSON
# number or constant holds no white space), and a method costs the parser less to call than the str type.
_NUMBERS_AS_TEXT = json.JSONDecoder(parse_int=str.strip, parse_float=str.strip, parse_constant=str.strip)


def bounded_json(text: str, numbers_as_text: bool = False) -> Any:
    """`text` parsed as JSON; ValueError saying what it got when it is too large, too deep or not JSON.

    `numbers_as_text` keeps each number as its own text (`1e999` stays `"1e999"`, not infinity), as the
    proxy passes numbers to a component.
    """
    if len(text) > MAX_JSON_BYTES:
        raise ValueError(f"{len(text)} characters, more than the {MAX_JSON_BYTES} allowed")
    if nested_deeper_than(text, MAX_JSON_DEPTH):
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        if numbers_as_text and not text.startswith("\ufeff"):  # json.loads's own refusal of a BOM otherwise
            return _NUMBERS_AS_TEXT.decode(text)
        if numbers_as_text:
            return json.loads(text, parse_int=str, parse_float=str, parse_constant=str)
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise ValueError(f"invalid JSON ({error})") from None
