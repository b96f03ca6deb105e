"""A quoted reply's header, for the detector (detector.py): the line a mail client writes above the message it quotes,
which names its writer between the date and the verb of writing (`On Mon, 3 Dec 2026 at 10:14, Anna Schmidt <…>
wrote:`, `Am 03.12.2026 um 10:14 schrieb Anna Schmidt:`, `Le lun. 3 déc. 2026 à 10:14, Marie Dupont a écrit :`, `Il
giorno lun 3 dic 2026 alle ore 10:14 Giulia Rossi ha scritto:`). Personal wherever it stands in a text (a support
note pastes a reply whole, its lines joined), its layout by language as data:

- the header's opening word (`On`, `Am`, `Le`, `El`, `Il giorno`, `Em`, `Op`, `W dniu`, `Den`), a date of 80
  characters at most holding a digit or ending on a comma, then
- the name and its verb (`…, Anna Schmidt wrote:`), or the verb and the name (`… schrieb Anna Schmidt:`), the writer's
  address in angle brackets maybe after the name, a colon ending the header.

One capitalized word is enough for a name there (`On Mon, Anna wrote:`): only a person writes a mail. A business's or
a generic addressee's words are none (name_shapes.a_person: `On Mon, Example Shop wrote:`). The verbs are looked for
as substrings, behind a colon, before any pattern runs; each verb's header is read within the line before it (or after
it), 160 characters at most: linear.
"""

from __future__ import annotations

import re
from typing import Dict, Tuple

from .canonical import canonical, longest_first
from .name_shapes import WORD, a_person
from .postal import _NAME_PARTICLE, PERSON_NAME

# Per language: the header's opening words, the verbs written after the name, the verbs written before it (`|`
# between phrases), as mail clients write them.
_HEADERS: Dict[str, Tuple[str, str, str]] = {
    "English": ("on", "wrote", ""),
    "German": ("am", "", "schrieb"),
    "French": ("le", "a écrit", ""),
    "Spanish": ("el", "escribió", ""),
    "Italian": ("il giorno|il", "ha scritto", ""),
    "Portuguese": ("em|no dia", "escreveu", ""),
    "Dutch": ("op", "schreef", "schreef"),
    "Polish (`napisał(a)`)": ("w dniu|dnia", "napisał|napisała|napisał(a)", ""),
    "Swedish, Danish, Norwegian": ("den|on|på", "", "skrev"),
}


def _forms(phrases: str) -> list[str]:
    """The canonical forms in lower case of `phrases` (`|` between them), longest first."""
    return sorted({canonical(phrase)[0].lower() for phrase in phrases.split("|") if phrase}, key=longest_first)


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(phrase).replace("\\ ", "[ \\t]{1,3}") for phrase in phrases)


_OPENERS = _forms("|".join(openers for openers, _, _ in _HEADERS.values()))
_VERBS_AFTER = _forms("|".join(after for _, after, _ in _HEADERS.values()))
_VERBS_BEFORE = _forms("|".join(before for _, _, before in _HEADERS.values()))
# (what `cued` looks for, in C: each verb's last word in lower case, as mail clients write it)
VERBS = tuple(sorted({verb.split()[-1] for verb in _VERBS_AFTER + _VERBS_BEFORE}))
# (a verb after a blank, after a name's letter, its address's `>` or a date's digit)
_ALL_VERBS = sorted(set(_VERBS_AFTER + _VERBS_BEFORE), key=longest_first)
_VERB = re.compile(f"(?:(?<=[^\\W_][ \\t])|(?<=>[ \\t]))(?:{_alternation(_ALL_VERBS)})"
                   f"(?![^\\W\\d_])", re.IGNORECASE)
_AFTER_NAME = frozenset(" ".join(verb.split()) for verb in _VERBS_AFTER)
_BEFORE_NAME = frozenset(_VERBS_BEFORE)
_NAME = f"{WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{0,2}}"
_ADDRESS = "(?:[ \\t]{1,3}<[^<>\\n]{0,100}>)?"
# the name and its address ending the line's part before a verb written after the name
_NAME_BEFORE = re.compile(f"(?<![^ \\t,])({_NAME}){_ADDRESS}[ \\t]{{0,3}}$")
# a colon after a verb written after the name (`wrote:`, `a écrit :`)
_COLON = re.compile("[ \\t]{0,3}:")
# the name, its address and a colon after a verb written before the name (`schrieb Anna Schmidt:`)
_NAME_AFTER = re.compile(f"[ \\t]{{1,3}}({_NAME}){_ADDRESS}[ \\t]{{0,3}}:")
# the header's opening word and its date, up to where the name (or the verb before it) stands
_OPENED = re.compile(f"(?:^|(?<=[\\s>\"(]))(?i:{_alternation(_OPENERS)})[ \\t]{{1,3}}([^\\n]{{1,80}})$")
# a date without a digit: a weekday's word and a comma (`On Mon,`, `On Monday,`)
_WEEKDAY = re.compile("[^\\W\\d_]{2,12}\\.?[ \\t]{0,3},[ \\t]{0,3}")
_DIGIT = re.compile("[0-9]")
_REACH = 160


def cued(form: str) -> bool:
    """Whether `form` holds a colon and a verb of a reply's header (substring tests, in C)."""
    return ":" in form and any(verb in form for verb in VERBS)


def _dated(before: str) -> bool:
    """Whether `before` (a header's part up to its name or its verb) holds the header's opening word and a date after
    it (a digit, or a comma ending it: `On Mon,`)."""
    opened = _OPENED.search(before)
    return opened is not None and (_DIGIT.search(opened.group(1)) is not None or _WEEKDAY.fullmatch(
        opened.group(1)) is not None)


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a quoted reply's header naming its writer (above), or ""."""
    read = 0  # (each header is read from the last verb's end on: no character is read for two verbs)
    for verb in _VERB.finditer(form):
        start = max(form.rfind("\n", read, verb.start()) + 1, verb.start() - _REACH, read)
        read = verb.end()
        written = " ".join(verb.group().lower().split())
        if written in _AFTER_NAME and _COLON.match(form, verb.end()) is not None:  # the name, the verb, a colon
            named = _NAME_BEFORE.search(form, start, verb.start())
            if named is not None and a_person(named.group(1)) and _dated(form[start:named.start()]):
                return PERSON_NAME
        if written in _BEFORE_NAME:  # the verb, then the name and a colon
            named = _NAME_AFTER.match(form, verb.end(), verb.end() + _REACH)
            if named is not None and a_person(named.group(1)) and _dated(form[start:verb.start()].rstrip(" \t")):
                return PERSON_NAME
    return ""
