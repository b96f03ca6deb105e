"""The canonical form of a value, in which the detector looks for personal data.

Spelling tricks that keep a value readable to a person (or to Meta's own scanners) but hide it from a
pattern are undone first: percent-encoding, HTML entities and backslash escapes, repeated until nothing
changes (so `%2540` and `&amp;#64;` come back to `@`); Unicode compatibility forms (full-width, small-form
and math-alphanumeric letters) and look-alike letters from other scripts (Cyrillic `р`, Greek `ο`) folded
to the Latin letter they imitate; invisible characters (zero-width spaces and joiners, soft hyphens, bidi
controls, combining marks) removed. The canonical form is only ever looked at, never sent.

Every step is linear in its input and the number of rounds is bounded; tables are built once at import
(the component's snapshot holds them).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Dict, Tuple
from urllib.parse import unquote

# Decoding rounds before we stop trusting a value: real values are encoded once, at most twice.
MAX_ROUNDS = 6

_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})")
# Addresses spelled out for humans: `jo [at] example [dot] com`, `jo(at)example(dot)com`.
_SPELLED = re.compile(r"\s*[\[({<]\s*(at|dot)\s*[\])}>]\s*", re.IGNORECASE)
# ... or with bare words: `jo at example dot com` (a word, "at", a word, "dot", a word).
_SPELLED_WORDS = re.compile(r"(\w)\s+at\s+(\w[\w-]*)\s+dot\s+(\w)", re.IGNORECASE)
_INVISIBLE_CATEGORIES = frozenset({"Mn", "Me", "Cf"})


def _look_alikes() -> Dict[int, str]:
    """Letters of other scripts that render like a Latin letter, and separators that render like `.` or `@`:
    the subset of Unicode's confusables that matters for the addresses and keys we look for."""
    pairs = (
        # Cyrillic
        "аa вb еe ёe ѐe кk мm нh оo рp сc тt уy хx ѕs іi їi јj һh ԁd ԛq ԝw ӏl ɡg ԍg ҽe ӕa ѵv ѡw үy"
        " Аa Вb Еe Ёe Кk Мm Нh Оo Рp Сc Тt Уy Хx Ѕs Іi Їi Јj Һh Ԁd Ԛq Ԝw Ӏl Үy"
        # Greek
        " αa βb εe ηn ιi κk νv οo ρp τt υu χx ωw γy ϲc ϳj"
        " Αa Βb Εe Ζz Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx Ϲc Ϳj"
        # Armenian, Latin variants
        " օo սu հh ոn ցg զq ɑa ıi ȷj ɩi ʟl ᴀa ʙb ᴄc ᴅd ᴇe ɢg ʜh ᴊj ᴋk ᴍm ɴn ᴏo ᴘp ʀr ᴛt ᴜu ᴠv ᴡw ʏy ᴢz"
        # dots and at signs that compatibility normalization leaves alone
        " 。. ｡. ︒. ․. ‧. ⸳. ·. ⓐ@"
    ).split()
    table: Dict[int, str] = {}
    for pair in pairs:
        table[ord(pair[0])] = pair[1:]
    # Hangul fillers and the braille blank render as nothing.
    for invisible in "\u115f\u1160\u3164\uffa0\u2800\u180e":
        table[ord(invisible)] = ""
    return table


_LOOK_ALIKES = str.maketrans(_look_alikes())


def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    if not decomposed.isascii():
        kept = []
        for char in decomposed:
            if char.isascii():
                kept.append(char)
                continue
            category = unicodedata.category(char)
            if category == "Nd":  # a digit of any script counts as the digit
                kept.append(str(unicodedata.decimal(char)))
            elif category not in _INVISIBLE_CATEGORIES:
                kept.append(char)
        decomposed = "".join(kept)
    return unicodedata.normalize("NFKC", decomposed.translate(_LOOK_ALIKES))


# HTML character references: numeric ones in full, and the named ones that spell the characters addresses,
# phone numbers and URLs are made of (html.entities' 2,000 names would cost the snapshot for nothing).
_ENTITY = re.compile(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));?")
_NAMED_ENTITIES = {
    "commat": "@", "period": ".", "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": " ",
    "plus": "+", "num": "#", "percnt": "%", "sol": "/", "colon": ":", "semi": ";", "lowbar": "_", "dash": "-",
    "hyphen": "-", "equals": "=", "quest": "?", "lpar": "(", "rpar": ")", "lsqb": "[", "rsqb": "]",
    "lbrack": "[", "rbrack": "]", "excl": "!", "comma": ",", "bsol": "\\", "Tab": "\t", "NewLine": "\n",
}


def _entity(match: re.Match[str]) -> str:
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        return _NAMED_ENTITIES.get(name, match.group())
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group()


def _unescape(match: re.Match[str]) -> str:
    return chr(int(match.group(1) or match.group(2), 16))


def _round(text: str) -> str:
    if "%" in text:
        text = unquote(text)
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    if "\\" in text:
        text = _ESCAPE.sub(_unescape, text)
    if not text.isascii():
        text = _fold_unicode(text)
    if "[" in text or "(" in text or "{" in text or "<" in text:
        text = _SPELLED.sub(lambda match: "@" if match.group(1).lower() == "at" else ".", text)
    if "dot" in text or "DOT" in text or "Dot" in text:
        text = _SPELLED_WORDS.sub(r"\1@\2.\3", text)
    return text


def canonical(text: str) -> Tuple[str, bool]:
    """(canonical form of `text`, True when it reached a fixpoint). A value still changing after MAX_ROUNDS
    rounds of decoding is layered on purpose: callers treat it as suspect."""
    if text.isascii() and not ("%" in text or "&" in text or "\\" in text or "[" in text or "(" in text
                               or "{" in text or "<" in text or "dot" in text or "DOT" in text or "Dot" in text):
        return text, True  # the usual value: nothing to decode, no scan beyond these
    for _ in range(MAX_ROUNDS):
        decoded = _round(text)
        if decoded == text:
            return text, True
        text = decoded
    return text, False
