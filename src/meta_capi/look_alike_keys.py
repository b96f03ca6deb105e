"""A key's other readings when it is drawn with letters of other scripts (personal_keys.names_personal_data reads each
as a key too): what a reader sees, not what the characters are.

- drawn: each letter Unicode's confusables data draws as an ASCII letter (confusable_letters.py), a letter whose
  case partner is one (Cherokee's small letters are the lower case of the letters the data has: `ꭼ` is `Ꭼ`, `E`), a
  turned or reversed Latin letter by its Unicode name (`ǝ`, LATIN SMALL LETTER TURNED E, is `e`), a Coptic letter by
  the sound its name begins with (`ⲉ`, EIE, is `e`), as that letter;
- shown: the span after a right-to-left override, reversed (`\\u202eliame\\u202c` shows `email`);
- upside down: turned letters written right to left, the text turned half a turn (`ǝɯɐuɹns` is `surname`), the
  ASCII letters that are each other turned swapped (`b`/`q`, `d`/`p`, `n`/`u`);
- spoken: Coptic letters by their names' sounds before their look-alikes (`ⲁⲇⲇⲣⲉⲥⲥ`, its `ⲣ` RO an `r`, not the `p`
  it draws);
- guessed: a word of another script whose letters are mostly drawn, one or two left that no data draws (Cyrillic `п`,
  an italic `n`; Cherokee `ꮖ`), read as the personal word those letters fit (`рһопе`, `phoпe`, is `phone`).

Only keys are read so: text and names in those scripts keep their letters (a Cherokee or syllabics name after a
greeting is read in its script, a Coptic product's name goes out). The tables are built at import; a key pays a few
translations only when it is not ASCII.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Dict, FrozenSet, List, Tuple

from .canonical import as_shown
from .confusable_letters import CONFUSABLE_LETTERS

_TURNED_NAME = re.compile(r"LATIN (SMALL|CAPITAL) LETTER (?:TURNED|REVERSED) ([A-Z])")
_COPTIC_NAME = re.compile(r"COPTIC (SMALL|CAPITAL) LETTER ([A-Z])[A-Z]*")
# ASCII letters that are each other turned half a turn: upside-down text writes one for the other.
_TURNED_PAIRS = {"b": "q", "q": "b", "d": "p", "p": "d", "n": "u", "u": "n"}


def _as_cased(letter: str, small: str) -> str:
    return letter.lower() if small == "SMALL" else letter.upper()


def _tables() -> Tuple[Dict[int, str], Dict[int, str], Dict[int, str]]:
    """The drawn letters (every reading's), the turned letters with the turned ASCII pairs (the upside-down
    reading's), and the Coptic letters by their names' sounds (the spoken reading's)."""
    drawn = {ord(pair[0]): pair[1] for pair in CONFUSABLE_LETTERS}
    for pair in CONFUSABLE_LETTERS:
        for partner in {pair[0].lower(), pair[0].upper()} - {pair[0]}:
            if len(partner) == 1 and not partner.isascii():
                drawn.setdefault(ord(partner), pair[1].lower() if partner.islower() else pair[1].upper())
    turned = {ord(letter): other for letter, other in _TURNED_PAIRS.items()}
    turned.update({ord(letter.upper()): other.upper() for letter, other in _TURNED_PAIRS.items()})
    sounds: Dict[int, str] = {}
    for code in range(0x180, 0x10000):
        char = chr(code)
        if not unicodedata.category(char).startswith("L"):
            continue
        name = unicodedata.name(char, "")
        if "TURNED" in name or "REVERSED" in name:
            found = _TURNED_NAME.fullmatch(name)
            if found is not None:
                turned[code] = _as_cased(found.group(2), found.group(1))
                drawn.setdefault(code, turned[code])
        elif name.startswith("COPTIC"):
            found = _COPTIC_NAME.fullmatch(name)
            if found is not None:
                sounds[code] = _as_cased(found.group(2), found.group(1))
                drawn.setdefault(code, sounds[code])
    return drawn, turned, sounds


_DRAWN, _TURNED, _SOUNDS = _tables()
_DRAWN_LETTERS = str.maketrans(_DRAWN)
_UPSIDE_DOWN = str.maketrans(_TURNED)
_SPOKEN = str.maketrans(_SOUNDS)
_TURNED_LETTERS = frozenset(chr(code) for code in _TURNED if code > 0x7F)
_COPTIC_LETTERS = frozenset(chr(code) for code in _SOUNDS)

# A run of letters (the words of a key's canonical form).
_LETTERS = re.compile(r"[^\W\d_]+")
_MIN_GUESSED = 5  # letters in a guessed word at least: shorter ones fit too many words
_MAX_UNREAD = 2  # letters no data draws, at most, and fewer than the drawn ones


def readings(key: str, words: Dict[int, str]) -> List[str]:
    """The other readings of `key` (not ASCII) above, each that differs from it; `words`: the personal words a
    guessed word may be, by length, one a line."""
    found: List[str] = []
    drawn = key.translate(_DRAWN_LETTERS)
    if drawn != key:
        found.append(drawn)
    if "\u202e" in key:
        found.append(as_shown(key))
    if not _TURNED_LETTERS.isdisjoint(key):
        found.append(key[::-1].translate(_UPSIDE_DOWN).translate(_DRAWN_LETTERS))
    if not _COPTIC_LETTERS.isdisjoint(key):
        found.append(key.translate(_SPOKEN).translate(_DRAWN_LETTERS))
    if not drawn.isascii():  # (a key folded elsewhere comes drawn already: `phoпe` of a URL's `рһопе`)
        guessed = _guessed(drawn, words)
        if guessed:
            found.append(guessed)
    return found


def _guessed(drawn: str, words: Dict[int, str]) -> str:
    """`drawn` with each word of letters mostly ASCII (accents and compatibility forms folded: `é`, full-width `ｅ`),
    one or two not, read as the first of `words` they fit, or "" when none is."""
    read, changed = drawn, False
    for run in _LETTERS.findall(drawn):
        if len(run) < _MIN_GUESSED or run.isascii():
            continue
        folded = "".join(char for char in unicodedata.normalize("NFKD", run) if not unicodedata.combining(char)).lower()
        unread = frozenset(at for at, char in enumerate(folded) if not char.isascii())
        if len(unread) > _MAX_UNREAD or 2 * len(unread) >= len(folded) or len(folded) < _MIN_GUESSED:
            continue
        word = _fitting(folded, unread, words.get(len(folded), ""))
        if word:
            read, changed = read.replace(run, word), True
    return read if changed else ""


def _fitting(run: str, unread: FrozenSet[int], words: str) -> str:
    """The first of `words` (one a line) that has `run`'s letters everywhere but at `unread` (one search in C)."""
    pattern = "".join("." if at in unread else re.escape(char) for at, char in enumerate(run))
    found = re.search(f"^{pattern}$", words, re.MULTILINE)
    return found.group() if found is not None else ""
