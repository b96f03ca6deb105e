"""An address spelled to pass a marketplace's filter (thirty-fifth attack), read as a person reads it: letters one at a
time between the same separator read joined (`v-e-x-m-o-r-r-a`, `g m a i l`, `c o m`, `v.e.x.m.o.r.r.a`, and
`j/o/s/m/i/t/h` in lower case: `S/M/L` is a size list), a word of letters and digits read with its leet digits as
letters (`v3xm0rr4`, `gm41l`, `d0t`, `c0m`, `4t` for `at`: a top-level domain is letters alone, so `c0m` can only be
`com`), an address written backwards turned around (`moc.liamg@htimsoj`, `moc.liamg ta htims.oj`), and a quoted local
part's words joined by dots (`"jo smith" at example.com`, as RFC 5322 quotes one). Each is another reading of the
value, judged as the value is: it holds an address only where a real `@` or a word for `@` stands between a local part
and a domain (canonical.py reads the words), which a title's spelled-out word (`S.W.A.T. Team Kit`, `L O V E
Necklace`) or a model number (`mp3`) has not, nor a product's name before `at` and the site selling it (`PS5 at
bestbuy.com`, `"Black Friday" at Amazon.com`: review 21).

The detector makes them only for canonical text holding `@`, a word `at`, `4t` or `ta` (substring tests in C first).
"""

from __future__ import annotations

import re
from typing import List

from .canonical import MAIL_PROVIDERS, NATIONAL_MAIL_PROVIDERS, by_first_letter, canonical

# Three characters or more, each alone between the same separator (a blank, `-`, `.`, `_`), the run standing alone
# (after a blank, `@`, `.`, a quote or a bracket: `mail-a-b-c-d` is a domain's label); bounded, linear.
_SINGLES = re.compile(r"(?<![^\s@.\"'(\[])[^\W_](?:([-. _])[^\W_])(?:\1[^\W_]){1,62}(?![^\W_])")
# ... and between slashes, typed in lower case as an address is, or in a value all in capitals (review 21:
# `j/o/s/m/i/t/h`; `S/M/L` is a size list)
_SLASHED = re.compile(r"(?<![^\s@.\"'(\[])[^\W_](?:(/)[^\W_])(?:/[^\W_]){1,62}(?![^\W_])")
# A word of letters and digits, a letter and a digit among them (pure numbers are numbers); of two characters, only
# the word `at` in leet (`4t`: review 21), as a model's `5g` or `a4` is no word.
_LEET_WORD = re.compile(r"(?<![^\W_])(?=[a-z0-9]{0,63}[a-z])(?=[a-z0-9]{0,63}[0-9])[a-z0-9]{2,64}(?![^\W_])")
_LEET = str.maketrans("0134578", "oieastb")
# An address written backwards (review 21: `moc.liamg@htimsoj`): a domain read from its end, a top-level domain first
# (a country's two letters, `com`, `net`, `org`, `edu`, `gov`, `info`, `biz` backwards) and a dot, then `@` and a local
# part with a letter and no domain after it; read turned around (`sale.now@home` is a slogan; a domain written forwards,
# `wa.me @ coupon`, ends in its top-level domain).
_TOP_LEVELS = frozenset("com net org edu gov info biz".split())
# (closer 54: and `ta` for `at` between blanks, the word written backwards too: `moc.liamg ta htims.oj`)
_BACKWARDS_ADDRESS = re.compile(r"(?<![\w.@+-])(?:[a-z]{2}|moc|ten|gro|ude|vog|ofni|zib)(?:\.[a-z0-9-]{1,63}){1,4}"
                                r"(?:@|[ \t]ta[ \t])(?=[a-z0-9._+-]{0,63}[a-z])[a-z0-9_+-][a-z0-9._+-]{0,63}"
                                r"(?![\w.@+-])")
# A quoted local part of two to four words before `@` or a word (`"jo smith" at example.com`).
_QUOTED_LOCAL = re.compile(r"\"([a-z][a-z0-9.]{0,30}(?: [a-z0-9.]{1,30}){1,3})\"(?=[ \t]{0,3}(?:@|[a-z]{2,12}[ \t]))")


# A product's name before `at` and a shop's site (review 21: `PS5 at bestbuy.com`, `"Black Friday" at Amazon.com`): a
# model's name mixing capitals and digits, or quoted words each opening in a capital, then a domain no mail provider's
# label is in, in a value not all in capitals. Where every `at` of a value is such a one, it holds no spelled address:
# leet read in a model's name (`PS5` as `pss`) and a quoted title joined would make one.
_NAMED_AT_SITE = re.compile(r"(?:(?<![^\s(\[])([A-Za-z0-9]{2,16})|\"([^\"\n]{1,60})\")[ \t]{1,3}at[ \t]{1,3}"
                            r"((?:[A-Za-z0-9-]{1,63}\.){1,4}[A-Za-z]{2,24})(?![\w.@-])", re.IGNORECASE)
_AT_WORD = re.compile(r"\sat\s", re.IGNORECASE)
_MAIL_LABELS = frozenset(MAIL_PROVIDERS) | frozenset(NATIONAL_MAIL_PROVIDERS)
_BEFORE_AT = re.compile(r"@|[ \t]ta[ \t]")
# (closer 54) Letters between slashes in capitals, right before `at` and a mail provider's name, are a name typed so
# (`J/O/S/M/I/T/H at gmail.com`; a size list is sold at a shop's site, `Sizes S/M/L at zara.com`).
_AT_PROVIDER = re.compile(f"[ \t]{{1,3}}(?:at|@)[ \t]{{1,3}}(?:{by_first_letter(_MAIL_LABELS)})\\.", re.IGNORECASE)


def _named_at_site(match: re.Match[str]) -> bool:
    model, quoted, domain = match.groups()
    if not _MAIL_LABELS.isdisjoint(domain.lower().split(".")[:-1]):
        return False
    if model is not None:
        return not model.islower() and not model.isalpha() and not model.isdigit()
    words = quoted.split()
    return bool(words) and all(word[:1].isupper() for word in words)


def readings(form: str) -> List[str]:
    """The readings of canonical `form` that apply (letters joined, leet read, a quoted local part joined), each in
    canonical form; none when no spelling of the kinds above is in it, nor when every `at` in it names a product's
    site."""
    low = form.lower()
    ats = len(_AT_WORD.findall(form)) if " " in form else 0
    if ats and not form.isupper() and sum(map(_named_at_site, _NAMED_AT_SITE.finditer(form))) == ats:
        return []
    read = _SLASHED.sub(_typed_joined, form).lower() if "/" in form else low
    if _SINGLES.search(read) is not None:
        read = _SINGLES.sub(_joined, read)
    if _END in read:
        # (a name spelled a letter at a time, then `at`: that word is `@` whatever follows, `v.e.x at gmail`)
        read = _SPELLED_THEN_AT.sub("@", read).replace(_END, "")
    if ("@" in read or " ta " in read) and _BACKWARDS_ADDRESS.search(read) is not None:
        read = _BACKWARDS_ADDRESS.sub(_turned, read)
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


def _turned(match: re.Match[str]) -> str:
    # (a domain written forwards ends in its top-level domain before the `@`: `wa.me @ coupon`, `bk.ru @ page`; a
    # cookie's number is no domain's name, `fb.1.1732875000000.1234567890 @ …`)
    last = _BEFORE_AT.split(match.group(), 1)[0].rpartition(".")[2]
    return match.group() if len(last) == 2 or last in _TOP_LEVELS or last.isdigit() else match.group()[::-1]


def _typed_joined(match: re.Match[str]) -> str:
    return _joined(match) if match.group().islower() or match.string.isupper() or _AT_PROVIDER.match(
        match.string, match.end()) is not None else match.group()


def _letters(match: re.Match[str]) -> str:
    read = match.group().translate(_LEET)
    return read if len(read) > 2 or read == "at" else match.group()


def _dotted(match: re.Match[str]) -> str:
    return match.group(1).replace(" ", ".")
