"""One scan of a text for the cues of many rules (issue 20): each cue's pattern is read once, at import, for the
openings any of its matches can take in an ASCII text, up to eight characters long; a text's pieces of three and four
characters are looked up once in tables of those openings (in C), and a longer opening is looked for in the text only
where its first four characters are, giving a bit for each cue whose pattern can match it. A rule whose cue's bit is
clear is skipped: its pattern needs an opening the text lacks, so its own search would fail (verdicts identical by
construction). A pattern whose openings cannot be listed (a match shorter than two characters, a back reference,
too many openings) keeps its bit set: its search decides, as before.

An opening is a match's first characters, or the whole match where it is shorter; it stops growing before a
character test of many characters (`[a-z]`, `[^,]`: past it, one opening would become dozens that say little more).
A pattern whose first parts match too much (a letter and blanks before a word) is read past them, for the openings
of what follows: every match holds one of those too. The openings are read as a text is scanned: lower-cased, every
digit `0`, every blank a space (what matches a character matches it as scanned), so a run of digits is one opening.

The openings are read from the pattern's parse with the engine's own parser, and each character test is asked of the
engine itself (every ASCII character tried, with the flags in force there): nothing here re-implements a regular
expression's meaning. Only ASCII texts are scanned (a text beyond ASCII sets every bit): there case-blind matching
and lower-casing change no length, and each ASCII character's class is what the engine said.
"""

from __future__ import annotations

import re
from functools import reduce
from itertools import chain, compress, repeat
from operator import and_, or_
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Set, Tuple

LONGEST = 8  # (the longest openings read: a text holding an opening's first four characters is looked at for more)
_TRIED = (LONGEST, 6, 4, 3)  # (the lengths tried, longest first, where longer openings are too many)
_MOST_OPENINGS = 2_000  # (past it a pattern's openings are too many to hold: its shorter ones, else its bit stays set)
_MOST_CHARS = 8  # (a character test matching more ends an opening of _SHORTEST characters or more)
_SHORTEST = 3
_ENDED = "\x80"  # (fills an opening that grows no more; no character of an ASCII text)
_MOST_SKIPPED = 6  # (a pattern is read past up to six of its first parts: `[a-z][ \t]{1,3}(?:buyer|…)` past two)
_ASCII = [chr(code) for code in range(128)]

try:  # (the engine's own parser and compiler: Python 3.11 on)
    from re import _compiler as _engine_compiler  # type: ignore[attr-defined]
    from re import _constants as _codes  # type: ignore[attr-defined]
    from re import _parser as _engine_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover  (no parser: every bit stays set, every cue is searched)
    _engine_parser = None

_chars_cache: Dict[Tuple[str, int], FrozenSet[str]] = {}
_scanned_cache: Dict[Tuple[str, int], FrozenSet[str]] = {}
# (a text as the scan reads it: lower-cased, every digit `0`, every blank ` ` (a space, a tab, a line break); its
# openings read the same way: what matches a character matches it as scanned)
_AS_SCANNED = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ123456789\t\n\r\x0b\x0c",
                            "abcdefghijklmnopqrstuvwxyz000000000     ")
_BYTES_AS_SCANNED = bytes(range(256)).decode("latin-1").translate(_AS_SCANNED).encode("latin-1")
_SCANNED_CHARS = sorted(set(_BYTES_AS_SCANNED[:128].decode("ascii")))  # (a NUL past the text's end among them)


def _matched_chars(state: object, node: Tuple[object, object], flags: int) -> FrozenSet[str]:
    """The ASCII characters one character test of a pattern matches under `flags`, as the engine compiles it."""
    key = (repr(node), flags)
    found = _chars_cache.get(key)
    if found is None:
        test = _engine_compiler.compile(_engine_parser.SubPattern(state, [node]), flags)
        found = frozenset(char for char in _ASCII if test.fullmatch(char) is not None)
        _chars_cache[key] = found
    return found


def _chars_as_scanned(state: object, node: Tuple[object, object], flags: int) -> FrozenSet[str]:
    """_matched_chars as a text is scanned (_AS_SCANNED): openings grown so are told apart neither by case nor by digit
    (a case-blind word of eight letters has 256 spellings, one opening as scanned)."""
    key = (repr(node), flags)
    found = _scanned_cache.get(key)
    if found is None:
        found = _scanned_cache[key] = frozenset("".join(_matched_chars(state, node, flags)).translate(_AS_SCANNED))
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
            chars = _chars_as_scanned(state, (op, argument), flags)
            # (a test of many characters ends an opening of _SHORTEST characters or more: past it, its openings would
            # be told apart by that one character, many times over; filled to `gram` with _ENDED, it grows no more)
            ended = {opening for opening in growing if len(opening) >= _SHORTEST} if len(chars) > _MOST_CHARS else set()
            grown: Optional[Set[str]] = {opening + _ENDED * (gram - len(opening)) for opening in ended} | {
                opening + char for opening in growing - ended for char in chars}
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


def _parsed(pattern: re.Pattern[str]) -> Optional[Any]:
    """The pattern's parse by the engine's own parser, or None."""
    if _engine_parser is None:
        return None
    try:
        return _engine_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # (a parse this reading does not know: the cue keeps its bit set)  # noqa: BLE001
        return None


def _listed(parsed: Any, longest: int, skipped: int) -> Optional[FrozenSet[str]]:
    """The openings of every match of pattern `parsed` in an ASCII text, as scanned, of `longest` characters, or fewer
    where the match ends or a test of many characters follows, or None when they cannot be listed (a match may be
    empty); of what the pattern matches past its first `skipped` parts (every match holds a match of those)."""
    if skipped >= len(parsed):
        return None
    try:
        found = _openings(list(parsed)[skipped:], {""}, parsed.state, parsed.state.flags, longest)
    except Exception:  # (a part this reading does not know: the cue keeps its bit set)  # noqa: BLE001
        return None
    if found is None:
        return None
    found = {opening.rstrip(_ENDED) for opening in found}
    return None if "" in found else frozenset(found)


def _cost(found: FrozenSet[str]) -> float:
    """What openings `found` cost: how often an ordinary text may hold one, roughly (a letter in 27), and a little for
    each the tables hold."""
    return sum(27.0 ** -len(opening) + 1e-12 for opening in found)


def openings(pattern: re.Pattern[str]) -> Optional[FrozenSet[str]]:
    """The openings CueScan looks for: of LONGEST characters where they can be listed, else fewer (_TRIED), of the
    whole pattern or past its first parts while that costs less (_cost), up to _MOST_SKIPPED of them."""
    parsed = _parsed(pattern)
    best: Optional[FrozenSet[str]] = None
    for skipped in range(_MOST_SKIPPED + 1 if parsed is not None else 0):
        found = next(filter(None, (_listed(parsed, longest, skipped) for longest in _TRIED)), None)
        if found is not None and (best is None or _cost(found) <= _cost(best)):
            best = found  # (the same past a zero-width part: the next part may tell more)
        elif best is not None:
            break  # (past more parts the openings cost more: past further ones they seldom cost less)
    return best


def any_of(*words: str) -> re.Pattern[str]:
    """A search for any of `words` as written (a rule's chain of substring tests in one pattern, which CueScan reads
    too: a text holding none of them pays one bit's test, and a rule whose cue is that pattern no call)."""
    return re.compile("|".join(map(re.escape, words)))


def _windows(scanned: bytes) -> List[memoryview]:
    """The four-character window at every character of a text as scanned, NUL-padded past its end, as an integer (its
    bytes read as one machine word), in four views of the text's bytes (in C: each window once across them, read as
    it is iterated, none held). A piece of three characters opening there is the window's first three bytes."""
    view = memoryview(scanned + bytes(4))
    return [view[start:start + 4 * ((len(scanned) - start + 3) // 4)].cast("I")
            for start in range(min(4, len(scanned)))]


def _code(piece: str) -> int:
    """A piece of three or four ASCII characters as a window opening with it reads, its other bytes NUL (_windows)."""
    return int(memoryview(piece.encode("ascii").ljust(4, b"\0")).cast("I")[0])


_THREE = int(memoryview(b"\xff\xff\xff\0").cast("I")[0])  # (a window's first three bytes, in either byte order)


class CueScan:
    """The bits of `patterns` (the n-th pattern's bit is 1 << n) that an ASCII text's openings can match (`openings`):
    one of two or three characters in a table of the text's pieces of three (one of two, followed by any character or
    by the text's end), one of four or more by its first four in a table of the text's pieces of four, which gives
    the bits of the openings of four and, for each piece met, the longer openings it begins, each then looked for in
    the text."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.longer: Dict[int, Tuple[Tuple[str, ...], Tuple[int, ...]]]
        self.always = 0  # (the bits of patterns whose openings are not listed: always searched)
        self.every = 0
        threes: Dict[int, int] = {}
        fours: Dict[int, int] = {}
        longer: Dict[int, Dict[str, int]] = {}
        for number, pattern in enumerate(patterns):
            bit = 1 << number
            self.every |= bit
            found = openings(pattern)
            if found is None or min(map(len, found)) < 2:
                self.always |= bit
                continue
            # (one of two characters opens the pieces of three it begins, the text's end's too)
            for opening in chain.from_iterable((opening + after for after in _SCANNED_CHARS) if len(opening) == 2
                                               else (opening,) for opening in found):
                if len(opening) == 3:
                    threes[_code(opening)] = threes.get(_code(opening), 0) | bit
                else:
                    code = _code(opening[:4])
                    fours[code] = fours.get(code, 0) | (bit if len(opening) == 4 else 0)
                    if len(opening) > 4:
                        longer.setdefault(code, {})[opening] = longer.get(code, {}).get(opening, 0) | bit
        _chars_cache.clear()  # (what the engine said of each character test: not needed past the tables)
        _scanned_cache.clear()
        shared: Dict[int, int] = {}  # (one object for each set of bits: a look-up's hit reads no object of its own)
        self.threes = {code: shared.setdefault(bits, bits) for code, bits in threes.items()}
        self.fours = {code: shared.setdefault(bits, bits) for code, bits in fours.items()}
        # (a piece of four's longer openings, and their bits: one tuple for each run of bits, most runs one bit long)
        runs: Dict[Tuple[int, ...], Tuple[int, ...]] = {}
        self.longer = {}
        for code, by_opening in longer.items():
            run = tuple(shared.setdefault(bits, bits) for bits in by_opening.values())
            self.longer[code] = (tuple(by_opening), runs.setdefault(run, run))

    def bits(self, low: str, ascii_text: bool) -> int:
        """The bits of the cues `low` (a text's lower-cased form; `ascii_text`: the text as written is ASCII) may
        hold: the text's pieces of three and four that are openings, found in C (a table's keys met by the pieces),
        then the longer openings of the pieces of four met, few, each a substring of the text or not."""
        if not ascii_text:
            return self.every
        scanned = low.encode("ascii").translate(_BYTES_AS_SCANNED)
        windows = _windows(scanned)
        found = reduce(or_, map(self.threes.__getitem__, self.threes.keys() & map(
            and_, chain.from_iterable(windows), repeat(_THREE))), self.always)
        met = self.fours.keys() & chain.from_iterable(windows)
        found = reduce(or_, map(self.fours.__getitem__, met), found)
        if met:
            text = scanned.decode("ascii")
            for openings_after, bits in map(self.longer.__getitem__, met & self.longer.keys()):
                found = reduce(or_, compress(bits, map(text.__contains__, openings_after)), found)
        return found
