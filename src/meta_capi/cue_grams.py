"""One scan of a text for the cues of many rules (issue 20): each cue's pattern is read once, at import, for the
three-character openings any of its matches can take in an ASCII text; a text's three-character pieces are looked up
once in a table of those openings, giving a bit for each cue whose pattern can match it. A rule whose cue's bit is
clear is skipped: its pattern needs an opening the text lacks, so its own search would fail (verdicts identical by
construction). A pattern whose openings cannot be listed (a match shorter than two characters, a back reference,
too many openings) keeps its bit set: its search decides, as before.

The openings are read from the pattern's parse with the engine's own parser, and each character test is asked of the
engine itself (every ASCII character tried, with the flags in force there): nothing here re-implements a regular
expression's meaning. Only ASCII texts are scanned (a text beyond ASCII sets every bit): there case-blind matching
and lower-casing change no length, and each ASCII character's class is what the engine said.
"""

from __future__ import annotations

import re
from functools import reduce
from itertools import repeat
from operator import or_
from typing import Dict, FrozenSet, Iterable, List, Optional, Set, Tuple

GRAMS = (4, 3)  # (four characters: an ordinary text's pieces of three still meet many cues' openings, of four few;
# three for a cue that matches three characters or two)
_MOST_OPENINGS = 20_000  # (past it a pattern opens on too much to be told apart: its bit stays set)
_MOST_LONG_OPENINGS = 5_000  # (past it in a table of longer pieces, a pattern of digits: a shorter piece's table)
_ASCII = [chr(code) for code in range(128)]

try:  # (the engine's own parser and compiler: Python 3.11 on)
    from re import _compiler as _engine_compiler  # type: ignore[attr-defined]
    from re import _constants as _codes  # type: ignore[attr-defined]
    from re import _parser as _engine_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover  (no parser: every bit stays set, every cue is searched)
    _engine_parser = None

_chars_cache: Dict[Tuple[str, int], FrozenSet[str]] = {}


def _matched_chars(state: object, node: Tuple[object, object], flags: int) -> FrozenSet[str]:
    """The ASCII characters one character test of a pattern matches under `flags`, as the engine compiles it."""
    key = (repr(node), flags)
    found = _chars_cache.get(key)
    if found is None:
        test = _engine_compiler.compile(_engine_parser.SubPattern(state, [node]), flags)
        found = frozenset(char for char in _ASCII if test.fullmatch(char) is not None)
        _chars_cache[key] = found
    return found


def _openings(items: Iterable[Tuple[object, object]], started: Set[str], state: object, flags: int,
              gram: int) -> Optional[Set[str]]:
    """The openings `started` grows into over `items` (those of `gram` characters stop growing), or None."""
    codes = _codes
    for op, argument in items:
        done = {opening for opening in started if len(opening) >= gram}
        growing = started - done
        if not growing:
            return started
        if op in (codes.AT, codes.ASSERT, codes.ASSERT_NOT):
            continue  # (a zero-width test: it consumes nothing, and only narrows what matches)
        if op in (codes.LITERAL, codes.NOT_LITERAL, codes.IN, codes.ANY):
            chars = _matched_chars(state, (op, argument), flags)
            grown: Optional[Set[str]] = {opening + char for opening in growing for char in chars}
        elif op is codes.SUBPATTERN:
            _, added, removed, inner = argument  # type: ignore[misc]
            grown = _openings(inner, growing, state, (flags | int(added)) & ~int(removed), gram)  # type: ignore[has-type]
        elif op is getattr(codes, "ATOMIC_GROUP", None):
            grown = _openings(argument, growing, state, flags, gram)  # type: ignore[arg-type]
        elif op is codes.BRANCH:
            grown = set()
            for alternative in argument[1]:  # type: ignore[index]
                more = _openings(alternative, growing, state, flags, gram)
                if more is None:
                    return None
                grown |= more
        elif op in (codes.MAX_REPEAT, codes.MIN_REPEAT, getattr(codes, "POSSESSIVE_REPEAT", None)):
            grown = _repeated(argument, growing, state, flags, gram)  # type: ignore[arg-type]
        else:  # (a back reference, a conditional group: not listed)
            return None
        if grown is None or len(grown) > _MOST_OPENINGS:
            return None
        started = done | grown
    return started


def _repeated(argument: Tuple[int, int, List[Tuple[object, object]]], growing: Set[str], state: object,
              flags: int, gram: int) -> Optional[Set[str]]:
    """The openings after a repeat of `least` to `most` times: each count's, until they stop changing."""
    least, most, item = argument
    found: Set[str] = set()
    current = growing
    count = 0
    while True:
        if count >= least:
            if current <= found:
                return found  # (another repeat grows nothing new: the openings of more repeats are listed)
            found |= current
        if count == most:
            return found if count >= least else None
        if count > least + 2 * gram:
            return None  # (still growing: not listed)
        more = _openings(item, current, state, flags, gram)
        if more is None or len(more) > _MOST_OPENINGS:
            return None
        current = more
        count += 1


def openings(pattern: re.Pattern[str], gram: int) -> Optional[FrozenSet[str]]:
    """The lower-cased `gram`-character openings of every match of `pattern` in an ASCII text, or None when they
    cannot be listed. (Lower-cased: a match in an ASCII text opens, in its lower-cased form, on one of them.)"""
    if _engine_parser is None:
        return None
    try:
        parsed = _engine_parser.parse(pattern.pattern, pattern.flags)
        found = _openings(parsed, {""}, parsed.state, parsed.state.flags, gram)
    except Exception:  # (a parse this reading does not know: the cue keeps its bit set)  # noqa: BLE001
        return None
    if found is None or any(len(opening) < gram - 1 for opening in found):
        return None  # (a match shorter than `gram` - 1 characters)
    # (a match one character shorter opens every piece it begins: followed by any character, or by the text's end,
    # which CueScan.bits reads as a NUL after the text)
    return frozenset(opening.lower() + after for opening in found
                     for after in (_ASCII if len(opening) < gram else ("",)))


class CueScan:
    """The bits of `patterns` (the n-th pattern's bit is 1 << n) that an ASCII text's openings can match: a table of
    openings for each length of GRAMS, each pattern's in the first whose openings can be listed."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.tables: List[Tuple[int, Dict[str, int]]] = [(gram, {}) for gram in GRAMS]
        self.always = 0  # (the bits of patterns whose openings are not listed: always searched)
        self.every = 0
        for number, pattern in enumerate(patterns):
            bit = 1 << number
            self.every |= bit
            for gram, table in self.tables:
                found = openings(pattern, gram)
                if found is not None and (len(found) <= _MOST_LONG_OPENINGS or gram == GRAMS[-1]):
                    for opening in found:
                        table[opening] = table.get(opening, 0) | bit
                    break
            else:
                self.always |= bit
        self.tables = [(gram, table) for gram, table in self.tables if table]
        shared: Dict[int, int] = {}  # (one object for each set of bits: a look-up's hit writes no page of its own)
        for _, table in self.tables:
            for opening, bits in table.items():
                table[opening] = shared.setdefault(bits, bits)

    def bits(self, low: str, ascii_text: bool) -> int:
        """The bits of the cues `low` (a text's lower-cased form; `ascii_text`: the text as written is ASCII) may
        hold: one look-up per piece of each length, in C."""
        if not ascii_text:
            return self.every
        padded = low + "\0"  # (a match one character shorter than a piece, ending the text, opens one: see openings)
        found = self.always
        for gram, table in self.tables:
            found = reduce(or_, map(table.get, map(padded.__getitem__, map(slice, range(len(low) - gram + 2),
                                                                          range(gram, len(low) + 2))), repeat(0)),
                           found)
        return found
