"""A full name typed in lower case after a cue (closer 197, review 33): the rules that read a person after a cue
(a gift card's `for`, a consent's, a leaderboard's, a certificate's or a witness's label and its colon, a payee's
`to`, a tipper's `from`, a journal's `of`) ask capitalized words, and a name typed as it came (`payment to orla
quenby`, `Witness: orla quenby`) has none. Rather than each rule reading lower case too, the text is read once more
with such a name capitalized (titled), and the rules judge that reading: what they claim there is what they claim
of `for Given Family`, the same vocabularies telling a name from a thing.

Which words are capitalized: two words of three letters or more, in lower case ASCII, right after a cue (a
preposition saying whom a thing is for, from, to or of, by language; a colon, an opening bracket, a dash between
blanks) and ending the text, before a mark, a dash, a number or a word in lower case; each of them no vocabulary's
word (record_names._a_lower_name: no function word, no thing's, goods', attribute's, activity's or plural goods'
word, and the capitalized pair a name as record_names reads one). One reading a text, made in one pass (linear).
"""

from __future__ import annotations

import re

from .canonical import canonical
from .name_shapes import WORD, a_person
from .postal import _a_place
from .record_names import _a_lower_name

# Whom a thing is for, from, to or of, by language (English, German, French, Spanish, Italian, Dutch), and a label's
# colon, a bracket, a dash between blanks, a typographic dash.
_CUE = (r"(?:(?<![^\W\d_])(?i:for|from|to|of|by|für|fur|von|an|pour|par|de|para|per|da|voor|van|aan)[ \t]{1,3}"
        r"|[:(][ \t]{0,3}|[ \t][-–][ \t]{1,3})")
_WORD = "[a-z]{3,20}"
# (what ends the name: the text's end, a mark, a dash, or a blank and a number, an amount, a kiss's `x`, or a small
# word joining the sentence on (a noun after the pair makes it an audience's or a thing's: `… kelly fans`))
_ENDS = (r"(?=[ \t]{0,3}(?:$|[,.;:!?()\n\"]|[-–][ \t])|[ \t]{1,3}(?:[0-9£€$#]|(?:x|xx|xxx|for|with|and|is|was|has|"
         r"in|at|from|to|by|für|mit|und|ist|pour|avec|et|est|para|con|y|es|per|e|voor|met|en|is)(?![^\W\d_])))")
_CUED_LOWER_NAME = re.compile(f"{_CUE}({_WORD}[ \\t]{{1,3}}{_WORD}){_ENDS}")
# A time's words by language, which a birthday's or an appointment's label is followed by as often as by a name
# (`geburtstage: diese woche`, `termin: nächsten montag`), canonical, lower case.
_TIME_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "this next last coming today tomorrow tonight yesterday week weeks weekend month months year years morning "
    "evening afternoon night monday tuesday wednesday thursday friday saturday sunday "
    "diese dieser dieses diesen nächste nächsten nächster letzte letzten heute morgen gestern woche wochen "
    "wochenende monat jahr abend nachmittag montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "cette ce prochaine prochain dernier dernière aujourd demain hier semaine mois année matin soir lundi mardi "
    "mercredi jeudi vendredi samedi dimanche "
    "esta este próxima próximo pasado hoy mañana ayer semana mes año tarde noche lunes martes miércoles jueves "
    "viernes sábado domingo "
    "questa questo prossima prossimo scorso oggi domani ieri settimana mese anno sera lunedì martedì mercoledì "
    "giovedì venerdì sabato domenica "
    "deze dit volgende vorige vandaag morgen gisteren week maand jaar avond maandag dinsdag woensdag donderdag "
    "vrijdag zaterdag zondag").split())
# A noun's ending by language (German `-ung`, `-heit`, `-keit`, `-schaft`; Spanish `-ción`, Italian `-zione`, Dutch
# `-tie`, `-heid`), after three letters at least: an office's matter, not a family name (`kfz zulassung`).
_NOUN_ENDING = re.compile(".{3,}(?:ung|heit|keit|schaft|cion|sion|zione|tie|heid)")


# (and a family name, a comma and the given name after the same cue, `Payment to Quenby, Orla`, ending the text or
# before a mark or a dash: read given name first, as the rules read one)
_CUED_REVERSED_NAME = re.compile(f"{_CUE}({WORD}),[ \\t]{{1,3}}({WORD})(?=[ \\t]{{0,3}}(?:$|[.;!?)\\n\"]|[-–][ \\t]))")


_LOWER_WORD = re.compile(_WORD)


def _a_name_pair(name: str) -> bool:
    """Whether two words in lower case are a name's (record_names._a_lower_name), no time's nor a noun's ending."""
    return _a_lower_name(name) and not any(word in _TIME_WORDS or _NOUN_ENDING.fullmatch(word) for word in name.split())


def titled(form: str) -> str:
    """`form` with each full name in lower case after a cue capitalized (_CUED_LOWER_NAME, _a_lower_name), or "" when
    it holds none."""
    pieces = []
    start = 0
    for match in _CUED_LOWER_NAME.finditer(form):
        name = match.group(1)
        if _a_name_pair(name):
            pieces.append(form[start:match.start(1)])
            pieces.append(" ".join(word.capitalize() for word in name.split()))
            start = match.end(1)
    for reversed_name in _CUED_REVERSED_NAME.finditer(form):
        family, given = reversed_name.group(1, 2)
        name = f"{given} {family}"
        if reversed_name.start(1) >= start and a_person(name) and _a_lower_name(name.lower()) and not (
                _a_place(family) or _a_place(given)):
            pieces.append(form[start:reversed_name.start(1)])
            pieces.append(name)
            start = reversed_name.end(2)
    return "".join(pieces) + form[start:] if pieces else ""


def a_full_name(value: str) -> bool:
    """Whether `value` alone (a parameter's) is two words in lower case read as a name as titled reads them: an
    inviter's typed as it came (`from=ilvara+dunstreth`; referral_links.an_inviter_in_lower_case)."""
    words = value.split()
    return len(words) == 2 and all(_LOWER_WORD.fullmatch(word) for word in words) and _a_name_pair(" ".join(words))
