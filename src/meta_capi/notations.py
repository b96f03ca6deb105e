"""Characters named or numbered in a programming language's or a document format's notation, read as the character
(canonical.py's decoding rounds call these; the fixed-point loop then reads what they make, as it reads `\\u0040`).

One table, each notation decoded only where it cannot be read otherwise:
- after a backslash: Python's `\\N{COMMERCIAL AT}` (any name or alias Unicode's database knows, in any case: the
  name of no character stays as written), Perl's `\\x{40}`, RTF's byte `\\'40` and its `\\u64?` (decimal, negative
  above 32767, its one `?` fallback read with it; four hex digits after `\\u` are JavaScript's escape, read as such),
  TeX's `\\char64`, `\\char"40`, `\\char'100` (hex digits in capitals, as TeX reads them; one blank after the
  number is TeX's end of it);
- a function of one number with its parentheses: SQL's `CHR(64)`, `CHAR(64)`, `NCHAR(64)`, a spreadsheet's
  `CHAR(64)`, Basic's `Chr(64)`, `ChrW(64)`, `Chr$(64)`, PHP's and Python's `chr(64)` (decimal, or hex after `0x`),
  not as the end of a longer name (`VARCHAR(64)` is a column's type); the quoted pieces it stood between are then
  joined by the concatenation rules canonical.py applies to code (`'jo'||'@'||'example.com'`, `CONCAT(...)`);
- XML's CDATA sections, read as the text they hold (`<![CDATA[jo]]>@<![CDATA[example.com]]>`).
A number past Unicode, a surrogate or NUL stays as written. Every pattern is linear, its repeats bounded.

Two more readings (judged besides the canonical form, never sent: byte_readings), for what has no reading in place:
- a uuencoded file, after its `begin 644 name` line (the line says what follows), each line read up to a "`" line or
  `end`;
- a list of eight decimal numbers or more, apart by blanks or commas, read as ASCII codes; only the mailboxes that
  reading spells are judged, since such lists are as often sizes or counts (`48 49 50 … 57` would spell digits).
"""

from __future__ import annotations

import binascii
import re
import unicodedata
from typing import List
from urllib.parse import unquote

# (the longest character name Unicode gives is 88 characters long)
_BACKSLASHED = re.compile(
    r"\\{1,8}(?:N\{([A-Za-z][A-Za-z0-9 -]{1,87})\}"
    r"|x\{0{0,8}([0-9a-fA-F]{1,6})\}"
    r"|'([0-9a-fA-F]{2})"
    r"|u(?![0-9a-fA-F]{4})(-?[0-9]{1,5})(?![0-9a-fA-F])\??"
    r"|char ?(?:([0-9]{1,7})|\"([0-9A-F]{1,6})|'([0-7]{1,8})) ?)")
_NAME, _PERL, _RTF_BYTE, _RTF_UNICODE, _TEX, _TEX_HEX, _TEX_OCTAL = range(1, 8)
_BASES = {_PERL: 16, _RTF_BYTE: 16, _RTF_UNICODE: 10, _TEX: 10, _TEX_HEX: 16, _TEX_OCTAL: 8}
_CALL = re.compile(r"(?<![\w$])(?i:chrw?\$?|n?char)\(\s{0,4}(?:0[xX]0{0,8}([0-9a-fA-F]{1,6})|([0-9]{1,7}))\s{0,4}\)")
_CDATA_OPENER, _CDATA_CLOSER = "<![CDATA[", "]]>"


def _character(code: int) -> str:
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""


def _backslashed(match: re.Match[str]) -> str:
    group = match.lastindex or _NAME
    if group == _NAME:
        try:
            return unicodedata.lookup(match.group(_NAME))
        except KeyError:
            return match.group()
    code = int(match.group(group), _BASES[group])
    if group == _RTF_UNICODE and code < 0:
        code += 0x10000  # (RTF writes a code past 32767 as a signed 16-bit number)
    return _character(code) or match.group()


def _called(match: re.Match[str]) -> str:
    hexadecimal, decimal = match.groups()
    code = int(hexadecimal, 16) if hexadecimal is not None else int(decimal)
    return _character(code) or match.group()


def backslashed(text: str) -> str:
    """`text` with the characters the backslash notations above name or number read (the caller saw a `\\`)."""
    return _BACKSLASHED.sub(_backslashed, text)


def called(text: str) -> str:
    """`text` with the characters of functions of one number above, and its CDATA sections, read."""
    if "(" in text:
        text = _CALL.sub(_called, text)
    if _CDATA_OPENER in text:
        text = text.replace(_CDATA_OPENER, "").replace(_CDATA_CLOSER, "")
    return text


# (_CALL's `(` follows `chr`, `char`, `chrw` or a `$`: that pair, one scan in C, before _CALL; a browser's name,
# `(KHTML, like Gecko)`, holds none. canonical.as_is asks it too before calling called_ahead.)
CALL_MARK = re.compile(r"[rRwW$]\(")


def called_ahead(text: str) -> bool:
    """Whether `text` holds what called() reads (the first tests of canonical.as_is)."""
    return "(" in text and CALL_MARK.search(text) is not None and _CALL.search(text) is not None or (
        _CDATA_OPENER in text)


_UU_BEGIN = re.compile(r"(?<![\w-])begin [0-7]{3,4} [^\r\n]{1,255}\r?\n")
_UU_LINES = 64  # (a mailbox is one line of 45 bytes: a few lines say all a value would hold)
_NUMBER_LIST = re.compile(r"[0-9]{2,3}(?:(?:, ?| )[0-9]{2,3}){7,}")
_MAILBOX = re.compile(r"[A-Za-z0-9._%+-]{1,64}+@[A-Za-z0-9-]{1,63}+(?:\.[A-Za-z0-9-]{1,63}+){1,8}")


def _uudecoded(text: str, start: int) -> str:
    decoded = bytearray()
    for line in text[start:].splitlines()[:_UU_LINES]:
        if line in ("`", "end", "") or line[0] == "`":
            break
        try:
            decoded += binascii.a2b_uu(line)
        except (binascii.Error, ValueError):
            break
    return decoded.decode("utf-8", "replace")


def _code_mailboxes(run: str) -> str:
    codes = [int(number) for number in run.replace(",", " ").split()]
    if not all(32 <= code <= 126 for code in codes) or 64 not in codes:
        return ""
    return " ".join(_MAILBOX.findall("".join(map(chr, codes))))


def byte_readings(text: str, form: str) -> List[str]:
    """The text a uuencoded file in `text` holds (as written, percent-decoded in a URL, or in its canonical `form`:
    JSON's `\n` read as the lines they are), and the mailboxes the lists of decimal codes in `form` spell (above)."""
    found: List[str] = []
    if "begin" not in form and "64" not in form:
        return found
    for source in (unquote(text) if "%" in text else text, form):
        begin = _UU_BEGIN.search(source) if "begin" in source else None
        if begin is not None:
            found.append(_uudecoded(source, begin.end()))
            break
    if "64" in form:
        found.extend(mailboxes for mailboxes in map(_code_mailboxes, _NUMBER_LIST.findall(form)) if mailboxes)
    return found
