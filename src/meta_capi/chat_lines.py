"""A chat's lines naming a member (closer 207, ninetieth attack: dating and matchmaking), for the detector:

- a speaker's full name opening a line, its colon, then the message as typed, three words or more opening on a
  letter in lower case with a question's or an exclamation's mark (`<Given> <Family>: haha yes! drinks friday?`);
  a title in a language writing its subject in lower case after the colon holds none (`Orazio Schillaci: fascicolo
  sanitario elettronico 2.0`); a label or a title's part opens on a capital
  or a digit after its colon (`Support: How can we help?`, `Whitney Wolfe Herd: Bumble's next chapter`, `Order
  Status: 2 items`), or holds a word or two (`Zodiac Leo: fire sign`);
- a greeting, a thanks or a welcome of greetings.py (one table of greetings, closer 213), opening the text or after
  a label's colon, before a full name, a comma or `!` and a message as above (`Icebreaker: Hi <Given> <Family>, two
  truths and a lie?`); `Hello Kitty,`, `Hey Google,` go out, a product's title holds no message (`Hello Kitty
  Backpack, pink`).

The name is two capitalized words that no vocabulary holds (a common English word, a time's, a place's, a brand's or a
standing's word; lower_case_names.a_full_name_written_any_way reads it, below): `Customer Service: open now`, `Hi Team
Members, …`, `Top Picks: see more` name nobody; (closer 212, review 38) nor words common in the gate's other languages
unless a known given name opens the pair (a_full_name_written_any_way's judge): `Neue Nachricht: …`, `Hallo Liebe
Mitglieder, …`, `Bonjour Chers Membres, …` name nobody either. (Closer 213, review 38) The greetings are greetings.py's
of every language; the name is in one case (in lower case opening on a known given name), with particles, or a known
given name and an initial; a speaker's dash between blanks is its colon. (Closer 218, review 40) The name is
name_shapes.FULL_NAME_ANY_WAY judged by lower_case_names.a_full_name_written_any_way: capitals, a hyphen, an apostrophe,
an initial first, mixed case on a known given name.
"""

from __future__ import annotations

import re

from .greetings import GOES_ON_WORDS, GREETING_ALTERNATION, GREETING_OPENINGS
from .lower_case_names import a_full_name_written_any_way
from .name_shapes import FULL_NAME_ANY_WAY, LOWER_LETTERS, name_parts

PERSON_NAME = "holds a person's name"

# (closer 213, review 38) greetings.py's greetings, thanks and welcomes of every language (`Good morning`,
# `Buongiorno`, `Hallå`, `Cześć`): one source of greetings.
_GREETING = GREETING_ALTERNATION
# A speaker's or a greeted name: a person's full name written any common way (closer 218: name_shapes.FULL_NAME_ANY_WAY,
# capitalized, in lower case or in capitals, hyphen, apostrophe, initial, particles), as typed in a chat (the layout
# around it makes it a person's: a speaker's colon and a message, a greeting and its message).
_TWO_WORDS = FULL_NAME_ANY_WAY
# (three words or more, the first in lower case, and a question's or an exclamation's mark on the line: a title's
# subject after its colon opens in lower case in Italian, French or Spanish, `<Minister>: fascicolo sanitario …`)
_MESSAGE = "[a-z][^\\s]*(?:[ \\t]{1,3}[^\\s]+){2}[^\\n!?]{0,200}[!?]"
# (closer 216, review 40) a question as above: its `?` on the line, not `!` alone.
_QUESTION = "[a-z][^\\s]*(?:[ \\t]{1,3}[^\\s]+){2}[^\\n?]{0,200}[?]"
# (a speaker's colon before a message, or a dash between blanks before a question: `<Given> <Family> – haha yes!
# drinks friday?`; a dash folds to `-`. A dash is a title's separator as often as a speaker's, and a title announces
# with `!` where a chat's line asks: `Tom Ford – new fragrance out now!`, `Rob Roy – cocktail of the week!` go out)
_SPEAKER = re.compile(f"(?m)^[ \\t]{{0,3}}{_TWO_WORDS}(?:[ \\t]{{0,2}}:[ \\t]{{1,3}}(?={_MESSAGE})"
                      f"|[ \\t]{{1,2}}-[ \\t]{{1,3}}(?={_QUESTION}))")
# (a greeting's name, its comma or `!`, then a message as typed: in lower case after an opening mark or none, with its
# question's or exclamation's mark: `Hola …, ¿qué tal?`; `Hello Kitty Backpack, pink` is a product's title)
_GREETED_MESSAGE = f"[¿¡]?[{LOWER_LETTERS}][^\\n!?]{{0,200}}[!?]"
# (closer 220, review 41) ... or without a mark, a sentence going on to the person: a word of the second person, of
# thanks or a welcome back within its first three words (greetings.GOES_ON_WORDS, as greetings.py reads a capitalized
# name's: `hi yuki tanaka, your table is ready`, `hi ming li, welcome back`).
_GREETED_SENTENCE = f"(?:{_GREETED_MESSAGE}|{GOES_ON_WORDS})"
_GREETED = re.compile(f"(?:^|:[ \\t]{{0,3}})[ \\t]{{0,3}}(?P<greeting>(?i:{_GREETING}))[ \\t]{{1,3}}{_TWO_WORDS}"
                      f"[ \\t]{{0,2}}[,!][ \\t]{{1,3}}(?={_GREETED_SENTENCE})")


def _a_name(match: re.Match[str]) -> bool:
    """Whether a match's given and family names are a person's full name written any common way
    (lower_case_names.a_full_name_written_any_way: no vocabulary of any language holds it, or a known given name opens
    it), and no longer greeting's words after a greeting (`Üdv újra itt, …`: greetings.GREETING_OPENINGS)."""
    given, family = name_parts(match)
    greeting = match.groupdict().get("greeting")
    if greeting is not None and " ".join(f"{greeting} {given}".lower().split()) in GREETING_OPENINGS:
        return False
    return a_full_name_written_any_way(given, family)


# (a greeting opening the text: _GREETED's start without a label's colon)
_OPENING_GREETING = re.compile(f"[ \\t]{{0,3}}(?i:{_GREETING})[ \\t]")


def cued(form: str) -> bool:
    """Whether `form` may hold a chat's line: a colon (a speaker's, or a label's before a greeting; in C), a dash
    between blanks (a speaker's), or a greeting opening it (an anchored match)."""
    return ":" in form or " - " in form or _OPENING_GREETING.match(form) is not None


def greets_first(form: str) -> bool:
    """(closer 220) Whether a greeting opens `form` (its first word looked up among the greetings' first words, then an
    anchored match): a greeted name's sentence without a mark (_GREETED_SENTENCE) is read only so."""
    head = form[:40].split(None, 1)
    return bool(head) and head[0].rstrip(",").lower() in GREETING_OPENINGS and _OPENING_GREETING.match(
        form) is not None


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a chat's speaker or a greeted full name (above), or ""."""
    if (":" in form or " - " in form) and any(_a_name(match) for match in _SPEAKER.finditer(form)):
        return PERSON_NAME
    return PERSON_NAME if any(_a_name(match) for match in _GREETED.finditer(form)) else ""
