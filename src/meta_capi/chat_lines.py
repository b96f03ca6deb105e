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

from .canonical import longest_first, phrase_alternation, table_phrases
from .common_words import a_common_word_in_a_language
from .given_names import a_given_name
from .greetings import GOES_ON_WORDS, GREETING_ALTERNATION, GREETING_OPENINGS
from .lower_case_names import a_doers_plural, a_full_name_written_any_way, a_matched_full_name
from .name_shapes import (
    FAMILY_FIRST,
    FULL_NAME_ANY_WAY,
    LOWER_LETTERS,
    PARTICLE_WORDS,
    a_place_or_firm_word,
    name_parts,
    name_reading,
)
from .postal import _SALUTATION, SALUTATION_OPENERS

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
# (closer 223, review 41) ... or a text in capitals throughout, its message's mark on the line (`HI MOHAMMED AL-FARSI,
# WELCOME!`): read on a name in capitals only (_a_name).
_SHOUTED_MESSAGE = "[A-Z][^\\na-z!?]{0,200}[!?]"
# (closer 226, review 43) ... or after a comma a statement in lower case of three words or more, read on a name in lower
# case only (`hi anna meier, the table is ready`, `…, order 123 shipped`; _a_name); or with no comma (none, a dash, a
# full stop: `hi anna meier your order shipped`, `hi anna meier - your order shipped`), a sentence going on to the
# person only (GOES_ON_WORDS), on a name in lower case only too.
_GREETED_STATEMENT = f"[{LOWER_LETTERS}0-9][^\\s,]{{0,30}}(?:[ \\t]{{1,3}}[^\\s]{{1,30}}){{2}}"
# (closer 229, review 43) A greeting or a letter's salutation (postal's, any language's: `dear anna meier, your order
# shipped`), maybe its comma (`hi, anna meier, …`), and a known given name in lower case before a greeted name in lower
# case (a middle name: `hi anna maria meier, …`; _a_name).
_GREETED_OPENING = f"(?P<greeting>(?i:{_GREETING})|{_SALUTATION}),?"
_FIRST_GIVEN = (f"(?:(?P<first_given>[{LOWER_LETTERS}]{{2,20}})[ \\t]{{1,3}}"
                f"(?!(?:{'|'.join(sorted(PARTICLE_WORDS, key=longest_first))})[ \\t]))?")
_GREETED = re.compile(f"(?:^|:[ \\t]{{0,3}})[ \\t]{{0,3}}{_GREETED_OPENING}[ \\t]{{1,3}}{_FIRST_GIVEN}{_TWO_WORDS}"
                      f"(?:[ \\t]{{0,2}}[,!][ \\t]{{1,3}}(?:(?={_GREETED_SENTENCE})"
                      f"|(?P<statement>(?={_GREETED_STATEMENT}))|(?P<shouted>(?={_SHOUTED_MESSAGE})))"
                      f"|(?P<run_on>(?:[ \\t]{{1,3}}-|[ \\t]{{0,2}}\\.)?[ \\t]{{1,3}}(?={GOES_ON_WORDS})))")

# (closer 223, review 41) A chat's everyday short message by language (what a person texts on the way: `running late`,
# `on my way`, `bin unterwegs`, `j'arrive`), after a speaker's colon or dash, in any case, ending the line: the message
# makes the line a chat's where a title's would announce (`Tom Ford – new fragrance out now!` goes out).
_ON_THE_WAY = phrase_alternation(table_phrases({
    "en": "on my way|omw|running late|running a bit late|be there soon|almost there|just arrived|be right there|"
          "stuck in traffic",
    "de": "bin unterwegs|komme gleich|bin gleich da|komme später|bin spät dran",
    "fr": "j'arrive|je suis en route|je suis en retard|j'arrive bientôt",
    "es": "voy en camino|ya voy|llego tarde|ya llegué",
    "it": "sto arrivando|arrivo subito|sono in ritardo",
    "nl": "ben onderweg|ben er zo|kom eraan",
    "pl": "już jadę|jestem w drodze|spóźnię się"}))
# The detector's cue (searched in the lower-cased form): the speaker's colon or dash and the message's words.
ON_THE_WAY_CUE_SOURCE = f"[:-][ \\t]{{1,3}}(?i:{_ON_THE_WAY})"
_SPEAKER_ON_THE_WAY = re.compile(f"(?m)^[ \\t]{{0,3}}{_TWO_WORDS}(?:[ \\t]{{0,2}}:|[ \\t]{{1,2}}-)[ \\t]{{1,3}}"
                                 f"(?i:{_ON_THE_WAY})(?![^\\W\\d_])[^\\n:]{{0,40}}$")
# (closer 223) A greeting before a name written family first, its comma, and a colon before the message (`Hi Tanaka,
# Yuki: your table is ready`).
_GREETED_FAMILY_FIRST = re.compile(f"^[ \\t]{{0,3}}(?i:{_GREETING})[ \\t]{{1,3}}{FAMILY_FIRST}"
                                   f"[ \\t]{{0,2}}:[ \\t]{{1,3}}(?={_GREETED_SENTENCE})")


def _a_speaker_either_way(match: re.Match[str]) -> bool:
    """(closer 223) Whether a short message's speaker is a person's full name (_a_name), or written family name first
    before a known given name (`Tanaka Yuki`, `Kim Hana`: read `Yuki Tanaka`)."""
    if _a_name(match):
        return True
    given, family = name_parts(match)
    read = name_reading(given, family).split()
    first, second = read[0], read[-1]
    # (the family name no common word of a language nor a place's or a firm's: `Sushi Yuki`, `Cafe Hana` go out)
    return a_given_name(second) and not a_given_name(first) and not a_common_word_in_a_language(first) and not (
        a_place_or_firm_word(first.lower())) and a_full_name_written_any_way(family, given)


def _a_name(match: re.Match[str]) -> bool:
    """Whether a match's given and family names are a person's full name written any common way
    (lower_case_names.a_full_name_written_any_way: no vocabulary of any language holds it, or a known given name opens
    it), and no longer greeting's words after a greeting (`Üdv újra itt, …`: greetings.GREETING_OPENINGS)."""
    given, family = name_parts(match)
    greeting = match.groupdict().get("greeting")
    if greeting is not None and " ".join(f"{greeting} {given}".lower().split()) in GREETING_OPENINGS:
        return False
    if match.groupdict().get("shouted") is not None and (not (given + family).isupper() or a_doers_plural(
            family.lower())):
        return False  # (closer 223: a name in capitals, no audience's plural, `HEY PASCAL CODERS, MEETUP TONIGHT!`)
    first_given = match.groupdict().get("first_given")
    if first_given is not None and not ((given + family).islower() and a_given_name(first_given)):
        return False  # (closer 229: a middle name after a known given name, all in lower case)
    if (match.groupdict().get("statement") is not None or match.groupdict().get("run_on") is not None) and not (
            given + family).islower():
        # (closer 226: `Hi Penny Lane, the album is out` and, with no comma, `Ciao Bella Gelato per la tua estate` go
        # out, as before: a product's title is capitalized so)
        return False
    return a_matched_full_name(match)


# (a greeting opening the text: _GREETED's start without a label's colon)
_OPENING_GREETING = re.compile(f"[ \\t]{{0,3}}{_GREETED_OPENING}[ \\t]")


def cued(form: str) -> bool:
    """Whether `form` may hold a chat's line: a colon (a speaker's, or a label's before a greeting; in C), a dash
    between blanks (a speaker's), or a greeting opening it (an anchored match)."""
    return ":" in form or " - " in form or _OPENING_GREETING.match(form) is not None


def greets_first(form: str) -> bool:
    """(closer 220) Whether a greeting opens `form` (its first word looked up among the greetings' first words, then an
    anchored match): a greeted name's sentence without a mark (_GREETED_SENTENCE) is read only so. (Closer 229, review
    43) Or a letter's salutation (postal.SALUTATION_OPENERS), or either after a label's colon (`Order update: hi …`):
    each part after a colon is looked up the same way."""
    for part in form.split(":"):  # (a loop, not a generator: a page title pays no extra frame)
        head = part[:40].split(None, 1)
        first = head[0].rstrip(",") if head else ""
        if first and (first.lower() in GREETING_OPENINGS or first in SALUTATION_OPENERS) and (
                _OPENING_GREETING.match(part) is not None):
            return True
    return False


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a chat's speaker or a greeted full name (above), or ""."""
    if (":" in form or " - " in form) and any(_a_name(match) for match in _SPEAKER.finditer(form)):
        return PERSON_NAME
    if ":" in form and any(a_matched_full_name(match) for match in _GREETED_FAMILY_FIRST.finditer(form)):
        return PERSON_NAME
    return PERSON_NAME if any(_a_name(match) for match in _GREETED.finditer(form)) else ""


def on_the_way(form: str) -> str:
    """(closer 223) PERSON_NAME when canonical `form` holds a speaker's full name (either way round) before a chat's
    everyday short message (_SPEAKER_ON_THE_WAY: `Tanaka Yuki: running late!`), or ""."""
    return PERSON_NAME if (":" in form or " - " in form) and any(
        _a_speaker_either_way(match) for match in _SPEAKER_ON_THE_WAY.finditer(form)) else ""
