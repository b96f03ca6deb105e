"""A mailbox named by its provider and its local part, with no `@` (thirty-fifth attack: a marketplace's messages slip
an address past its filter so): a webmail provider's name labelling a local part, before it (`Gmail: jo.smith`, `my
gmail is jo.smith`, `icloud ➜ jo.smith`, `write me on gmail, jo.smith`) or after it (`jo.smith (gmail)`, `jo.smith
[gmail]`, `jo.smith on gmail`, French `sur`, German `bei`). The providers are data (a table of webmail services whose
mailboxes are people's); the rule is the layout: the name, a few separators or one short word, and a local part's
shape, words or letters and digits joined by `.` or `_` with a word of three letters (one word is a shop's role or
a sentence's: `Gmail: support`, `Outlook 2.0`), not a domain nor a file (`gmail.com`, `outlook: config.json`).

The detector calls `reason` on the lower-cased canonical form of free text holding `.` or `_` and a provider's
substring (tested in C first): most values hold none.
"""

from __future__ import annotations

import re

from .canonical import MAIL_PROVIDERS, MAIL_TOP_LEVELS, by_first_letter

EMAIL = "holds an email address"

# Webmail providers: the large ones (canonical.MAIL_PROVIDERS, without NetEase's numbers, which are a price's or a
# version's as often), and the national ones people name beside their mailbox (Proton's short name, Tuta, Zoho,
# Germany's `web.de` and GMX, France's Orange, Free, La Poste, Wanadoo, Russia's Mail.ru).
_PROVIDERS = sorted({name for name in MAIL_PROVIDERS if name.isalpha()} | {
    "proton", "tutanota", "tuta", "zoho", "web.de", "gmx.de", "orange", "free.fr", "mail.ru", "bluewin"})
_NAMED = re.compile(f"(?<![a-z0-9@._-])({by_first_letter(_PROVIDERS)})(?![a-z0-9@_-]|\\.[a-z0-9])")
# After the name: separators (a colon, `=`, an arrow, a comma, a bracket, a dash) or a verb of being (`my gmail is`,
# `ist`, `est`, `es`, `è`), then the local part.
_LOCAL = r"[\"']?([a-z][a-z0-9._-]{2,63})(?![a-z0-9@_-]|\.[a-z0-9])"
_AFTER_NAME = re.compile(f"[ \\t]{{0,3}}(?:[:=,>\\-\u2192\u279c\u27a1\u21d2)\\]]{{1,2}}[ \\t]{{0,3}}|[ \\t]{{1,3}}"
                         f"(?:(?:is|ist|est|es|è|e|är|er|je|jest)[ \\t]{{1,3}}|[:=][ \\t]{{0,3}})?){_LOCAL}")
# Before the name: the local part, then blanks, maybe a word placing it (`on`, `sur`, `bei`, `auf`, `en`, `su`, `na`,
# `op`, `at`, `chez`) or an opening bracket; read back from the name, in a bounded window (linear in the text).
_BEFORE_NAME = re.compile(r"(?<![a-z0-9@._-])([a-z][a-z0-9._-]{2,63})(?:[ \t]{1,3}(?:on|sur|bei|auf|en|su|na|op|at|"
                          r"chez|via|in)[ \t]{1,3}|[ \t]{0,3}[(\[{<][ \t]{0,2}|[ \t]{1,3})$")
_WINDOW = 80
# Providers whose names are ordinary words (a colour, a particle) label a local part only before a colon, `=` or an
# arrow, or after it in brackets (`Orange: jo.smith`, `jo.smith (orange)`; not `Vintage.shop Orange Tee`).
_WORD_PROVIDERS = frozenset({"orange", "proton"})
_LABEL_MARKS = frozenset(":=\u2192\u279c\u27a1\u21d2")
_BRACKETS = frozenset("([{<")
_JOINED = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+")
_THREE_LETTERS = re.compile("[a-z]{3}")
_FILES = frozenset("html htm php js json css png jpg jpeg gif svg webp pdf txt csv xml zip exe md py".split())


def reason(low: str) -> str:
    """EMAIL when lower-cased canonical free text `low` holds a local part labelled by a webmail provider's name;
    else ""."""
    for match in _NAMED.finditer(low):
        word = match.group(1) in _WORD_PROVIDERS
        after = _AFTER_NAME.match(low, match.end())
        if after is not None and _mailbox(after.group(1)) and not (word and _LABEL_MARKS.isdisjoint(after.group())):
            return EMAIL
        before = _BEFORE_NAME.search(low, max(0, match.start() - _WINDOW), match.start())
        if before is not None and _mailbox(before.group(1)) and not (word and _BRACKETS.isdisjoint(before.group())):
            return EMAIL
    return ""


def _mailbox(name: str) -> bool:
    """Whether `name` has a mailbox's local part's shape and is no domain nor file name."""
    name = name.rstrip("._-")
    if _JOINED.fullmatch(name) is None or _THREE_LETTERS.search(name) is None:
        return False
    last = name.rsplit(".", 1)[-1] if "." in name else ""
    return not (last in MAIL_TOP_LEVELS or len(last) == 2 or last in _FILES)
