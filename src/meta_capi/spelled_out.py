"""An address spelled to pass a marketplace's filter (thirty-fifth attack), read as a person reads it: letters one at a
time between the same separator read joined (`v-e-x-m-o-r-r-a`, `g m a i l`, `c o m`, `v.e.x.m.o.r.r.a`), a word of
letters and digits read with its leet digits as letters (`v3xm0rr4`, `gm41l`, `d0t`, `c0m`: a top-level domain is
letters alone, so `c0m` can only be `com`), and a quoted local part's words joined by dots (`"jo smith" at
example.com`, as RFC 5322 quotes one). Each is another reading of the value, judged as the value is: it holds an
address only where a real `@` or a word for `@` stands between a local part and a domain (canonical.py reads the
words), which a title's spelled-out word (`S.W.A.T. Team Kit`, `L O V E Necklace`) or a model number (`mp3`) has not.

The detector makes them only for canonical text holding `@` or a word `at` (substring tests in C first).
"""

from __future__ import annotations

import re
from typing import List

from .canonical import canonical

# Three characters or more, each alone between the same separator (a blank, `-`, `.`, `_`), the run standing alone
# (after a blank, `@`, `.`, a quote or a bracket: `mail-a-b-c-d` is a domain's label); bounded, linear.
_SINGLES = re.compile(r"(?<![^\s@.\"'(\[])[^\W_](?:([-. _])[^\W_])(?:\1[^\W_]){1,62}(?![^\W_])")
# A word of letters and digits, a letter and a digit among them (pure numbers are numbers).
_LEET_WORD = re.compile(r"(?<![^\W_])(?=[a-z0-9]{0,63}[a-z])(?=[a-z0-9]{0,63}[0-9])[a-z0-9]{3,64}(?![^\W_])")
_LEET = str.maketrans("0134578", "oieastb")
# A quoted local part of two to four words before `@` or a word (`"jo smith" at example.com`).
_QUOTED_LOCAL = re.compile(r"\"([a-z][a-z0-9.]{0,30}(?: [a-z0-9.]{1,30}){1,3})\"(?=[ \t]{0,3}(?:@|[a-z]{2,12}[ \t]))")


def readings(form: str) -> List[str]:
    """The readings of canonical `form` that apply (letters joined, leet read, a quoted local part joined), each in
    canonical form; none when no spelling of the kinds above is in it."""
    low = form.lower()
    read = low
    if _SINGLES.search(read) is not None:
        read = _SINGLES.sub(_joined, read)
        # (a name spelled a letter at a time, then `at`: that word is `@` whatever follows, `v.e.x at gmail`)
        read = _SPELLED_THEN_AT.sub("@", read).replace(_END, "")
    if _LEET_WORD.search(read) is not None:
        read = _LEET_WORD.sub(_letters, read)
    if '"' in read and _QUOTED_LOCAL.search(read) is not None:
        read = _QUOTED_LOCAL.sub(_dotted, read)
    return [] if read == low else [canonical(read)[0]]


_END = "\x00"  # (where a joined run ends, in the reading being made)
_SPELLED_THEN_AT = re.compile(f"{_END}[ \t]{{1,3}}at[ \t]{{1,3}}(?=[a-z])")


def leet(low: str) -> str:
    """Lower-cased `low` with the leet digits of its words of letters and digits read as letters (`v3xm0rr4-gm4il-c0m`
    is `vexmorra-gmail-com`)."""
    return _LEET_WORD.sub(_letters, low)


def _joined(match: re.Match[str]) -> str:
    return match.group().replace(match.group(1), "") + _END


def _letters(match: re.Match[str]) -> str:
    return match.group().translate(_LEET)


def _dotted(match: re.Match[str]) -> str:
    return match.group(1).replace(" ", ".")
