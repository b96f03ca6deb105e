"""A mailbox named by its provider and its local part, with no `@` (thirty-fifth attack: a marketplace's messages slip
an address past its filter so): a webmail provider's name labelling a local part, before it (`Gmail: jo.smith`, `my
gmail is jo.smith`, `icloud ➜ jo.smith`, `Gmail-Adresse: jo.smith`, `write me on gmail, jo.smith`) or after it
(`jo.smith (gmail)`, `jo.smith [gmail]`, `jo.smith | hotmail`, `jo.smith on gmail`, French `sur`, German `bei`). The
providers are data (a table of webmail services whose mailboxes are people's); the rule is the layout: the name, a few
separators, an account word or one short word, and a local part's shape (words or letters and digits joined by `.` or
`_` with a word of three letters, or letters and a birth year's digits; one word is a shop's role or a sentence's:
`Gmail: support`, `Outlook 2.0`), not a domain nor a file (`gmail.com`, `outlook: config.json`), the pair a clause of
its own (review 21: `Gmail api_key setup guide`, `Save cart_items in iCloud` are a product's line; `air_max (orange)`
a colour: a provider whose name is a word wants a person's shape).

The detector calls `reason` on the lower-cased canonical form of free text holding `.`, `_`, `-`, `:` or a bracket
and a provider's substring (tested in C first): most values hold none.
"""

from __future__ import annotations

import re
from typing import Iterable, List

from .canonical import MAIL_PROVIDERS, MAIL_TOP_LEVELS, by_first_letter, canonical
from .handles import addressed_after, names_a_tool

EMAIL = "holds an email address"


def _folded(words: Iterable[str]) -> List[str]:
    """`words` as the detector reads them: canonical (Cyrillic letters that look Latin folded to them) and lower-cased,
    so a table can be written in the providers' own script."""
    return [canonical(word)[0].lower() for word in words]


# Webmail providers: the large ones (canonical.MAIL_PROVIDERS), and the national ones people name beside their mailbox
# (Proton's short name, Tuta, Zoho, Posteo, Fastmail, Hey, Mailbox.org, Microsoft's Live, Germany's `web.de`, GMX,
# T-Online, Freenet, Arcor, France's Orange, Free, SFR, La Poste, Wanadoo, Italy's Virgilio and Tiscali, Poland's WP,
# O2, Onet, Interia (and closer 54: WP and Onet by their short names), Russia's Mail.ru, Switzerland's Bluewin,
# NetEase's `163` and `126`, Poland's `Poczta WP`, the UK's BT Internet, the Netherlands' Ziggo, Brazil's Terra;
# thirty-seventh attack), and the names their users write in their own script (Yandex and Mail.ru in Cyrillic,
# Naver and Daum's mail in Hangul, NetEase and Sina in Chinese, Docomo in katakana, Gmail in Arabic).
_PROVIDERS = sorted(set(MAIL_PROVIDERS) | {
    "proton", "tutanota", "tuta", "zoho", "posteo", "fastmail", "hey.com", "mailbox.org", "live", "web.de", "gmx.de",
    "gmx.net", "t-online", "freenet", "arcor", "orange", "free.fr", "sfr", "virgilio", "tiscali", "wp.pl", "o2.pl",
    "onet.pl", "interia", "mail.ru", "bluewin", "poczta wp", "la poste", "btinternet", "ziggo", "terra", "onet", "wp",
    } | set(_folded((
        "яндекс", "мейл.ру", "рамблер", "네이버", "다음 메일", "다음메일", "网易", "新浪", "ドコモ", "جيميل"))))
# Words that name what the provider holds, between its name and the local part (`Gmail account jo.smith`,
# `Gmail-Adresse: jo.smith`, `Gmail-Konto`, `compte`, `cuenta`, `conta`, `indirizzo`, `adres`, `adresa`, `konto`),
# and its word for mail in the provider's script (`Яндекс Почта`, `네이버 메일`, `QQ邮箱`, `Yahoo!メール`).
_ACCOUNT = (r"(?:account|address|adresse?|adresa|indirizzo|konto|compte|cuenta|conta|login|user(?:name)?|id|mail|"
            f"{by_first_letter(_folded(('почта', '메일', '邮箱', '郵箱', 'メール')))})(?![a-z])")
# A name may be followed by its domain's top-level part (`rambler.ru`, `terra.com.br`: read only after a local part and
# a word placing it) or, in a language that declines it, by a case's ending (`в яндексе`, `na seznamu`: likewise).
_NAMED = re.compile(f"(?<![a-z0-9@._-])({by_first_letter(_PROVIDERS)})(?:(\\.(?:com?\\.|ne\\.)?[a-z]{{2,3}})|"
                    "([a-z\u0430-\u044f\u0451]{1,2}))?"
                    f"(?![a-z0-9@_]|-(?!{_ACCOUNT})|\\.[a-z0-9])"
                    f"(?:!?[ \\t-]{{0,2}}{_ACCOUNT})?")
# After the name: separators (a colon, `=`, an arrow, a comma, a bracket, a dash, a bar, a slash, `;`, `»`, a dot or a
# bullet between blanks, a URL path's slash between blanks: `seznam / jo.smith` read by segments) or a verb of being
# (`my gmail is`, `ist`, `est`, `es`, `è`, `är`), then the local part.
_LOCAL = r"[\"']?([a-z][a-z0-9._-]{2,63})(?![a-z0-9@_-]|\.[a-z0-9])"
_BEING = "is|ist|est|es|è|e|är|ar|er|je|jest"
_AFTER_NAME = re.compile(f"[ \\t]{{0,3}}(?:[:=,>\\-\u2013\u2014\u2192\u279c\u27a1\u21d2)\\]|/;\u00bb\u2022\u00b7~]"
                         f"{{1,2}}[ \\t]{{0,3}}|[ \\t]{{1,3}}[.\\n][ \\t]{{1,3}}|[ \\t]{{1,3}}"
                         f"(?:({_BEING})[ \\t]{{1,3}}|[:=][ \\t]{{0,3}})?){_LOCAL}")
# A possessive before the name (`my gmail`, `mi`, `meine`, `mój`, `min`, `mon`, `mijn`, `meu`): then any short word
# between the name and the local part is its verb (`mój gmail to jo.smith`).
_POSSESSIVE = re.compile(r"(?<![a-z])(?:my|mi|mio|mia|mein|meine|mon|ma|moj|moje|min|mitt|mijn|meu|minha)[ \t]{1,3}$")
_AFTER_POSSESSIVE = re.compile(f"[ \\t]{{1,3}}[a-z]{{1,4}}[ \\t]{{1,3}}{_LOCAL}")
# Before the name: the local part, then blanks, maybe a word placing it (`on`, `sur`, `bei`, `auf`, `en`, `su`, `na`,
# `op`, `at`, `chez`), an opening bracket or a separator; read back from the name, in a bounded window (linear).
# (and in Russian `в`, `на`, Polish `w`, Czech `v`, Arabic `على`, folded as the detector reads them)
_PLACING = by_first_letter(["on", "sur", "bei", "auf", "en", "su", "na", "op", "at", "chez", "via", "in", "w", "v"],
                           _folded(("в", "на", "على")))
_BEFORE_NAME = re.compile(r"(?<![a-z0-9@._-])([a-z][a-z0-9._-]{2,63})([ \t]{1,3}(?:" + _PLACING + r")[ \t]{1,3}|"
                          r"[ \t]{0,3}[(\[{<][ \t]{0,2}|[ \t]{0,3}(?:[|,;/\-\u2013\u2014~\u00bb]|//|::)[ \t]{0,3}"
                          r"|[ \t]{1,3})$")
_WINDOW = 80
# What the detector's cue scan looks for before calling `reason` (detector._SCANNED_CUES; ASCII text only, text beyond
# ASCII is searched whatever it holds): a provider's name as _NAMED reads one beside a local part, before a character
# that is no letter, digit, `@` nor `_` (a mark, a blank, a dot, the text's end), or, where a domain's or a case's
# ending follows it, after a character _BEFORE_NAME's placing may end on (a blank, a bracket, a separator). The scan
# finds more than `reason` needs, never less: a name glued inside a code (an fbclid's `…IawQQGcin…`) is neither.
_NAMES = by_first_letter(_PROVIDERS)
CUE = re.compile(f"(?:{_NAMES})[^a-zA-Z0-9@_]|[ \\t\\n(\\[{{<|,;/~:](?:{_NAMES})")
# Providers whose names are ordinary words (a colour, a particle, a number, `outlook`, `live`, `libero`: free in
# Italian) label a local part shaped as a person's (_mailbox: a dot between letters, a birth year's digits), and
# after it only with a bracket, a mark or a placing word (`jo.smith (orange)`, `jo.smith sur orange`; not
# `Vintage.shop Orange Tee`, `air_max (orange)`).
_WORD_PROVIDERS = frozenset({"orange", "proton", "libero", "outlook", "live", "tuta", "seznam", "rambler", "163", "126",
                             "wp", "free.fr", "sfr", "freenet", "la poste", "terra",
                             *_folded(("다음 메일", "다음메일"))})
# A mailbox labelled by its provider ends its clause: what follows the pair is the value's end, a mark (`,`, `)`, an
# emoji) or a conjunction; a word or a number after it makes a product's line (`Gmail api_key setup guide`,
# `Orange: color.code 7`). Before a local part that comes first: the value's start, a mark, or a word asking for
# mail (`contact`, `write to`, `mail:`), not a verb or a noun (`Save cart_items in iCloud`).
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[^\w \t]|(?:and|or|und|oder|et|ou|y|o|e|en|of|och|eller|og|lub|albo|i|ve)"
                         r"(?!\w))")
_MAIL_WORD = re.compile(r"(?:e-?)?mail|mejl|correo|courriel|contact|kontakt|to|an|a|me|write|schreib|ecris|"
                        + by_first_letter(_folded(("почта", "пишите", "напишите"))))
_BEING_WORD = re.compile(_BEING)
_JOINED = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+")
_DASHED = re.compile(r"[a-z]{2,}(?:-[a-z]{2,})+[0-9]{0,4}")
_THREE_LETTERS = re.compile("[a-z]{3}")
# (letters, then a birth year's digits glued: `josmith85`, `mirelqa1985`; not `summer24`, `winter2024`)
_BIRTH_DIGITS = re.compile(r"[a-z]{4,}(?:[4-9][0-9]|0[0-9]|19[4-9][0-9]|200[0-9])")
_BRACKETS = frozenset("([{<")
_LETTER_OR_DIGIT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_LABEL_MARKS = frozenset(":=\u2192\u279c\u27a1\u21d2")  # (a label's colon, `=` or arrow)
_NAME_DOT = re.compile(r"[a-z]\.[a-z]")
_FILES = frozenset((
    "html htm php js json css png jpg jpeg gif svg webp pdf txt csv xml zip exe md py docx xlsx pptx doc xls ppt odt "
    "ods rtf mp3 mp4 mov avi wav ics vcf eml msg pst ost rar dmg apk ini cfg yaml yml log").split())


def reason(low: str) -> str:
    """EMAIL when lower-cased canonical free text `low` holds a local part labelled by a webmail provider's name;
    else ""."""
    for match in _NAMED.finditer(low):
        if match.group(1) == "live" and low.startswith(":", match.end()) and not low.startswith(": ", match.end()):
            continue  # (`live:name` is a Skype account id: a messenger's, handles.py reads it)
        word = match.group(1) in _WORD_PROVIDERS
        domain, ending = match.group(2), match.group(3)
        if domain or ending:  # (a domain or a declined name: after a local part and a word placing it only)
            if word and domain and domain[-3] != ".":
                continue  # (a word's `.com` names a site: `vintage.shop on terra.com`; `terra.com.br` a mailbox's)
            before = _BEFORE_NAME.search(low, max(0, match.start() - _WINDOW), match.start())
            placed = before.group(2).strip() if before is not None else ""
            if before is not None and placed and (domain or placed.isalpha()) and _opens_clause(
                    low, before.start()) and _CLAUSE_END.match(low, match.end()) is not None and _mailbox(
                    before.group(1), word, False):
                return EMAIL
            continue
        # (a word's name labels opening a clause and before a mark: not `Ableton Live: lite.edition`, `WP theme.x`)
        labels = not word or _labels(low, match.start(), match.end())
        after = _AFTER_NAME.match(low, match.end()) if labels else None
        local, verb = (after.group(2), after.group(1) is not None) if after is not None else ("", False)
        if after is None and _POSSESSIVE.search(low, max(0, match.start() - 12), match.start()) is not None:
            after = _AFTER_POSSESSIVE.match(low, match.end())
            local, verb = (after.group(1), True) if after is not None else ("", False)
        if after is not None and _mailbox(local, word, False) and (
                verb or _CLAUSE_END.match(low, after.end()) is not None
                or not word and _LABEL_MARKS.intersection(low[match.end():after.start(2)]) and _person_shaped(local)
                and addressed_after(low, after.end())):
            return EMAIL
        before = _BEFORE_NAME.search(low, max(0, match.start() - _WINDOW), match.start())
        if before is not None and (before.group(2).strip() or not word) and _mailbox(
                before.group(1), word, not _BRACKETS.isdisjoint(before.group(2))):
            ended = _CLAUSE_END.match(low, match.end()) is not None
            if ended and _opens_clause(low, before.start()) or not word and before.group(2).strip().isalpha() and (
                    ended or addressed_after(low, match.end())) and _person_shaped(before.group(1)):
                return EMAIL
    return ""


def _labels(low: str, start: int, end: int) -> bool:
    """Whether a provider's name that is an ordinary word, at `start` to `end` of `low`, is a label: opening the text
    or a clause (after a mark, or after a possessive, `my live`), a code's (`wp`, `163`) followed by a mark, not a
    blank alone (closer 54: `Ableton Live: lite.edition`, `Seite 126 | garten.deko` are a product's and a page's
    words, `WP theme.options` WordPress's)."""
    head = low[max(0, start - 12):start].rstrip(" \t")
    opens = not head or not (head[-1].isalnum() or head[-1] == "_") or _POSSESSIVE.search(
        low, max(0, start - 12), start) is not None
    code = len(low[start:end]) <= 3  # (`wp`, `163`: a code's, before a blank alone a code's words, `WP theme.json`)
    return opens and not (code and low[end:end + 4].strip(" \t")[:1] in _LETTER_OR_DIGIT)


def _opens_clause(low: str, start: int) -> bool:
    """Whether a local part starting at `start` of `low` opens its clause: at the value's start, after a mark, or
    after a word asking for mail."""
    head = low[max(0, start - 24):start].rstrip(" \t")
    if not head or not (head[-1].isalnum() or head[-1] == "_"):
        return True
    words = head.rsplit(None, 2)
    if len(words) > 1 and _BEING_WORD.fullmatch(words[-1]) is not None:  # (`my mail is jo.smith on yandex`)
        words.pop()
    return _MAIL_WORD.fullmatch(words[-1].rstrip(":").lstrip("\"'([{<\u00ab\u201e\u201c")) is not None


def _person_shaped(name: str) -> bool:
    """Whether local part `name` has a person's shape, a dot between letters or a birth year's digits (`jo.smith`,
    `jo_smith85`): after a provider's label and its colon, or before a placing word and the provider, it is a mailbox
    whatever words precede the pair and when the word after it addresses the reader (handles.addressed_after:
    `Gmail: jo.smith thx`, `I am jo.smith on gmail`; review 22), unless the provider's name is an ordinary word
    (`Live: jazz.night tonight`)."""
    name = name.rstrip("._-")
    return _NAME_DOT.search(name) is not None or _BIRTH_DIGITS.fullmatch(name.rsplit("_", 1)[-1]) is not None


def _mailbox(name: str, word: bool, bracketed: bool) -> bool:
    """Whether `name` has a mailbox's local part's shape and is no domain nor file name; beside a provider whose name
    is an ordinary word, a person's shape (a dot between letters, a birth year's digits)."""
    name = name.rstrip("._-")
    if _BIRTH_DIGITS.fullmatch(name) is not None or bracketed and _DASHED.fullmatch(name) is not None:
        return True
    if _JOINED.fullmatch(name) is None or _THREE_LETTERS.search(name) is None or names_a_tool(name):
        return False  # (closer 54: `Posteo: Mail.Guide`, `Gmail account setup_guide` name the provider's own pages)
    last = name.rsplit(".", 1)[-1] if "." in name else ""
    if last in MAIL_TOP_LEVELS or len(last) == 2 or last in _FILES:
        return False
    return not word or _NAME_DOT.search(name) is not None or _BIRTH_DIGITS.fullmatch(
        name.rsplit("_", 1)[-1]) is not None

