"""The canonical form of a value, in which the detector looks for personal data.

Spelling tricks that keep a value readable to a person (or to Meta's own scanners) but hide it from a
pattern are undone first: percent-encoding, HTML entities and backslash escapes, repeated until nothing
changes (so `%2540` and `&amp;#64;` come back to `@`); Unicode compatibility forms (full-width, small-form
and math-alphanumeric letters) and look-alike letters from other scripts (Cyrillic `р`, Greek `ο`) folded
to the Latin letter they imitate; invisible characters (zero-width spaces and joiners, soft hyphens, bidi
controls, combining marks) removed. The canonical form is only ever looked at, never sent, so a value may also
be read other ways (readings, hex_text, digits_for_letters): the detector judges each reading that applies.

Every step is linear in its input and the number of rounds is bounded; tables are built once at import
(the component's snapshot holds them).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Dict, List, Tuple
from urllib.parse import unquote

# Decoding rounds before we stop trusting a value: real values are encoded once, at most twice.
MAX_ROUNDS = 6

# Backslash escapes of JavaScript, C and Python strings: `\u0040`, `\x40`, octal `\100`.
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\([0-3][0-7]{2})")
# JavaScript's escape() and old IIS servers write a character as `%u0040`.
_PERCENT_U = re.compile(r"%u([0-9a-fA-F]{4})")
# Addresses spelled out for humans: `jo [at] example [dot] com`, `jo(at)example(dot)com`, `jo[@]example[.]com`.
_SPELLED = re.compile(r"\s*[\[({<]\s*(at|dot|@|\.)\s*[\])}>]\s*", re.IGNORECASE)
# ... or with bare words between spaces, `_` or `-`: `jo at example dot com`, `jo_at_example_dot_com`, in the
# languages of the key lexicon (`arroba`/`chiocciola` for "at", `punto`/`ponto`/`punkt` for "dot"). A domain
# label here has no `-` or `_`, so the pattern never rescans a run.
_AT_WORD = "at|arroba|chiocciola"
_DOT_WORD = "dot|punkt|punto|ponto"
_SPELLED_WORDS = re.compile(
    f"([A-Za-z0-9])(?:[\\s_-]+(?:{_AT_WORD})[\\s_-]+|\\s*@\\s*)([A-Za-z0-9]+)[\\s_-]+(?:{_DOT_WORD})[\\s_-]+([A-Za-z0-9])",
    re.IGNORECASE)
# Blanks around `@`, and before the first dot of the domain after it (`jo @ example . com`, a line break
# before `@`): a person reads through them, an address pattern does not. (`Meet @ home. Then` stays apart:
# a sentence's full stop has no blank before it.)
_AT_BLANKS = re.compile(r"\s*@\s*(?=[^\W\d_])")  # a domain begins with a letter: `5 @ 3.50` is a price
_DOMAIN_DOT_BLANKS = re.compile(r"@([^\s@.]+)\s+\.\s*(?=[A-Za-z]{2})")
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
        # letters with a stroke, which no decomposition takes apart (Polish, Scandinavian, Croatian, Maltese)
        " łl Łl øo Øo đd Đd ħh Ħh ŧt Ŧt ƀb ɨi"
        # dots and at signs that compatibility normalization leaves alone
        " 。. ｡. ︒. ․. ‧. ⸳. ·. ⓐ@"
    ).split()
    table: Dict[int, str] = {}
    for pair in pairs:
        table[ord(pair[0])] = pair[1:]
    # Beyond the letters, whole classes by Unicode's own data: every dash is `-`, every full stop, dot leader
    # and one-dot punctuation a `.`, every commercial at an `@` (Arabic, Ethiopic, Mongolian stops included).
    for code in range(0x80, 0x10000):
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Pd":
            table.setdefault(code, "-")
        elif category == "Po":
            name = unicodedata.name(char, "")
            if name.endswith(("FULL STOP", "ONE DOT LEADER", "MIDDLE DOT", "HYPHENATION POINT")):
                table.setdefault(code, ".")
            elif name.endswith("COMMERCIAL AT"):
                table.setdefault(code, "@")
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
    octal = match.group(3) if match.re is _ESCAPE else None
    return chr(int(octal, 8)) if octal else chr(int(match.group(1) or match.group(2), 16))


# Overlong UTF-8 in percent-encoding (`%C0%40`, `%E0%81%80` for `@`): no decoder accepts it (each becomes U+FFFD),
# but a lenient one, or a person reading the bytes, gets the ASCII character; that is the only reading worth a look.
_OVERLONG = re.compile(r"%[cC]([01])%([89aAbB][0-9a-fA-F])|%[eE]0%([89][0-9a-fA-F])%([89aAbB][0-9a-fA-F])")


def _overlong(match: re.Match[str]) -> str:
    lead, tail, middle, last = match.groups()
    if lead is not None:
        return chr((int(lead) << 6) | (int(tail, 16) & 0x3F))
    return chr(((int(middle, 16) & 0x3F) << 6) | (int(last, 16) & 0x3F))


# A numeric reference without `;` followed by more digits (`&#x40example`: a browser reads `&#x40e`, U+040E); the
# reading with the fewest digits that make a printable ASCII character (`&#x40` = `@`) is judged too.
_UNCLOSED_REFERENCE = re.compile(
    r"&#[xX][2-7][0-9a-fA-F](?=[0-9a-fA-F])|&#(?:3[2-9]|[4-9][0-9]|1[01][0-9]|12[0-6])(?=[0-9])")


def _shortest(match: re.Match[str]) -> str:
    digits = match.group()[2:]
    return chr(int(digits[1:], 16) if digits[0] in "xX" else int(digits))


def _round(text: str, shortest: bool = False) -> Tuple[str, bool]:
    """One round of decoding, and whether it met a numeric reference that has a shorter reading."""
    unclosed = False
    if "%" in text:
        if "%u" in text or "%U" in text:
            text = _PERCENT_U.sub(_unescape, text)
        if "%c" in text or "%C" in text or "%e" in text or "%E" in text:
            text = _OVERLONG.sub(_overlong, text)
        text = unquote(text)
    if "&" in text:
        if "&#" in text and _UNCLOSED_REFERENCE.search(text) is not None:
            unclosed = True
            if shortest:
                text = _UNCLOSED_REFERENCE.sub(_shortest, text)
        text = _ENTITY.sub(_entity, text)
    if "\\" in text:
        text = _ESCAPE.sub(_unescape, text)
    if not text.isascii():
        text = _fold_unicode(text)
    if "[" in text or "(" in text or "{" in text or "<" in text:
        text = _SPELLED.sub(lambda match: "@" if match.group(1).lower() in ("at", "@") else ".", text)
    low = text.lower() if len(text) > 8 else ""  # callers skip values shorter than `a at b.co`
    if "@" in text or _spelled_words(low):
        text = _SPELLED_WORDS.sub(r"\1@\2.\3", text)
    if " at " in low:
        text = _AT_WORD_ADDRESS.sub(_at_word_address, text)
    if "@" in text:
        text = _DOMAIN_DOT_BLANKS.sub(r"@\1.", _AT_BLANKS.sub("@", text))
    return text, unclosed


def _spelled_words(low: str) -> bool:
    """Whether lower-cased `low` holds a word for "dot" or " at " (cheaper than a pattern: this runs for every
    plain value)."""
    return "dot" in low or "pun" in low or "pont" in low or " at " in low


# "at" as a word before a domain with a real dot and a top-level domain of letters: `jo.smith at example.com` is an
# address when its local part holds what addresses hold and words do not (`.`, `_`, `+` or a digit), or when the
# value is nothing else (`alice at example.com`, lower-case as addresses are typed; `Sale at example.com` is a
# sentence). Each match starts at a word's start and spans three words at most.
_AT_WORD_ADDRESS = re.compile(r"(?<!\S)([^\s@]+)[ \t]+(?i:at)[ \t]+([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def _at_word_address(match: re.Match[str]) -> str:
    local, domain = match.groups()
    tld = domain.rpartition(".")[2]
    if not (tld.isalpha() and len(tld) >= 2):
        return match.group()
    alone = match.start() == 0 and match.end() == len(match.string.rstrip()) and local.islower()
    if alone or any(char in local for char in "._+0123456789"):
        return f"{local}@{domain}"
    return match.group()


def canonical(text: str) -> Tuple[str, bool]:
    """(canonical form of `text`, True when it reached a fixpoint). A value still changing after MAX_ROUNDS
    rounds of decoding is layered on purpose: callers treat it as suspect."""
    form, settled, _ = decode(text)
    return form, settled


def decode(text: str, shortest: bool = False) -> Tuple[str, bool, bool]:
    """canonical(), and whether a numeric reference without `;` had a shorter reading (`shortest`: take it)."""
    if text.isascii() and not ("%" in text or "&" in text or "\\" in text or "[" in text or "(" in text
                               or "{" in text or "<" in text or "@" in text
                               or len(text) > 8 and _spelled_words(text.lower())):
        return text, True, False  # the usual value: nothing to decode, no scan beyond these
    unclosed = False
    for _ in range(MAX_ROUNDS):
        decoded, met = _round(text, shortest)
        unclosed = unclosed or met
        if decoded == text:
            return text, True, unclosed
        text = decoded
    return text, False, unclosed


# ---- other readings ---------------------------------------------------------------------------------------------
# The canonical form is only looked at, so a value may be read more than one way: each reading below is judged as
# well, and the value fails if any of them holds personal data. Each one runs only when its own shape is present, so
# an ordinary value pays for none of them.

# Quoted-printable (`=40` is `@`, `=2E` is `.`): mail's transfer encoding, upper-case hex. Triggered by an `=XX` that
# stands for punctuation or a non-ASCII byte, which is what the encoding is for (`size=10` does not trigger it).
_QP_RUN = re.compile(r"(?:=[0-9A-F]{2})+")
_QP_TRIGGER = re.compile(r"=(?:2[0-9A-F]|3[A-F]|40|5[B-F]|60|7[B-E]|[89A-F][0-9A-F])")


def _quoted_printable(match: re.Match[str]) -> str:
    return bytes.fromhex(match.group().replace("=", "")).decode("utf-8", "replace")


def readings(text: str, form: str, unclosed: bool) -> List[str]:
    """The other readings of `text`, whose canonical form is `form` (decode() said `unclosed`), each in
    canonical form: judged besides `form`, never sent. (Hex of text and letters for digits are read where the
    detector meets their shape: hex_text, digits_for_letters.)"""
    found: List[str] = []
    if unclosed:  # `&#x40example`: `&#x40` then `example` too
        found.append(decode(text, shortest=True)[0])
    if "=" in form and _QP_TRIGGER.search(form) is not None:
        found.append(canonical(_QP_RUN.sub(_quoted_printable, form))[0])
    return found


def hex_text(run: str) -> str:
    """The text a run of hex digit pairs encodes, in canonical form, or "" when the bytes are not printable UTF-8
    text (a SHA-256 digest, a random hex id)."""
    decoded = bytes.fromhex(run).decode("utf-8", "replace")
    return canonical(decoded)[0] if decoded.isprintable() and "\ufffd" not in decoded else ""


# Letters standing in for digits (`O7700 9OO173`, `+l 650`): in a run of digit tokens that does not start inside a
# word, a token holding a digit (or right after `+`) is read with O/o as 0 and l/I as 1, when the run has more
# digits than such letters. (`O-RING-12` and `Windows 10 Pro` have no token that mixes them.)
LETTERS_FOR_DIGITS = "OolI"
_LOOSE_NUMBER = re.compile(r"(?<![^\W\d_])\+?[0-9OolI]+(?:[\s.\-/()]{1,3}[0-9OolI]+)*")
_LOOSE_TOKEN = re.compile(r"[0-9OolI]+")
_AS_DIGITS = str.maketrans(LETTERS_FOR_DIGITS, "0011")
_NOT_DIGITS = str.maketrans("", "", "0123456789")


def _folded_token(token: re.Match[str]) -> str:
    text = token.group()
    if text.isalpha() and not (token.start() > 0 and token.string[token.start() - 1] == "+"):
        return text  # a word (`I`, `lo`) among the digits stays a word
    return text.translate(_AS_DIGITS)


def _digits_for_letters(match: re.Match[str]) -> str:
    run, tail = match.group(), ""
    end = match.end()
    if end < len(match.string) and match.string[end].isalpha():  # its last token begins a word (`… 173\norders`)
        cut = len(run.rstrip("0123456789" + LETTERS_FOR_DIGITS))
        run, tail = run[:cut], run[cut:]
    letters = sum(run.count(letter) for letter in LETTERS_FOR_DIGITS)
    digits = len(run) - len(run.translate(_NOT_DIGITS))
    if not letters or digits <= letters:
        return run + tail
    return _LOOSE_TOKEN.sub(_folded_token, run) + tail


def digits_for_letters(form: str) -> str:
    """`form` with the letters that stand in for digits in its digit runs read as digits."""
    return _LOOSE_NUMBER.sub(_digits_for_letters, form)
