"""The name a booking is made in, for the detector (closer 130, sixty-fifth attack: food): a table, a room or a cake
is booked under a person's name, which a label names (`Booking name: Anna Quendrix – table 12`, `Reservierungsname:
…`, `Nom de la réservation : …`) or a phrase says (`Tischreservierung auf den Namen Anna Quendrix, 4 Personen`,
`Reserva a nombre de …`, `Reserva em nome de …`, `Reservering op naam van …`, `Rezerwacja na nazwisko Quendrix`).

The words are the key lexicon's (key_lexicon.BOOKINGS, BOOKING_NAME_WORDS, IN_THE_NAME_OF), read in the canonical form
in any case. After the label's colon or the phrase, maybe an honorific, a full name (two or three capitalized words)
ending as a name in a sentence does; one capitalized word after a phrase whose noun is the family name (`na nazwisko`,
`auf den Nachnamen`) or in a text naming a booking or saying booked (key_lexicon.BOOKED) before the phrase (`Tisch
reserviert auf den Namen Quendrix`, `Reservering op naam van Jansen`). A thing's, a generic addressee's, a business's or
a place's word in the name is no name (`Reserva a nombre de Acme Corp`, `In the Name of the Rose`: no capitalized full
name).
"""

from __future__ import annotations

import re
from typing import Dict

from . import key_lexicon
from .canonical import by_first_letter, canonical, longest_first
from .name_shapes import END, FULL_NAME, OPENS, WORD, a_person
from .postal import _HONORIFIC, _a_place, _place_or_business
from .role_labels import a_thing

PERSON_NAME = "holds a person's name"


def _alternation(table: Dict[str, str], apart: str) -> str:
    """The canonical phrases or words of `table` (apart by `apart`) as an alternation, longest first."""
    words = {" ".join(canonical(word)[0].lower().split()) for line in table.values() for word in line.split(apart)}
    return "|".join(re.escape(word).replace("\\ ", "[ \\t]{1,3}") for word in sorted(words, key=longest_first))


_BOOKING = _alternation(key_lexicon.BOOKINGS, " ")
_NAME_WORD = _alternation(key_lexicon.BOOKING_NAME_WORDS, " ")
# The label: a booking's word and a name's (apart, or glued with German's and Dutch's `s`: `Buchungsname`,
# `reserveringsnaam`), or the name's word first and an article or a preposition between (`Name der Buchung`, `nom de
# la réservation`, `nombre de la reserva`, `nazwisko rezerwacji`).
_LABEL = (f"(?:{_BOOKING})(?:[ \\t-]{{0,1}}|s)(?:{_NAME_WORD})"
          f"|(?:{_NAME_WORD})(?:[ \\t]{{1,3}}(?:of[ \\t]the|on[ \\t]the|for[ \\t]the|der|de[ \\t]la|de|del|della"
          f"|da|dla|van[ \\t]de|op[ \\t]de))?[ \\t]{{1,3}}(?:{_BOOKING})")
# (group 1: a full name; group 2: one word)
_LABELLED = re.compile(f"{OPENS}(?i:{_LABEL})[ \\t]{{0,3}}[:=][ \\t]{{0,3}}(?:{_HONORIFIC})?({FULL_NAME}){END}")
# (group 1: the phrase; group 2: a full name; group 3: one word)
_PHRASED = re.compile(f"{OPENS}((?i:{_alternation(key_lexicon.IN_THE_NAME_OF, '|')}))[ \\t]{{1,3}}"
                      f"(?:{_HONORIFIC})?(?:({FULL_NAME})|({WORD})){END}")
_SURNAME_PHRASES = frozenset(" ".join(canonical(phrase)[0].lower().split())
                             for line in key_lexicon.IN_THE_SURNAME_OF.values() for phrase in line.split("|"))
_BOOKING_NAMED = re.compile(f"(?i:{_BOOKING}|{_alternation(key_lexicon.BOOKED, ' ')})")
# The stems `reason` needs, searched first by the detector in the lower-cased form (CUE_SOURCE, compiled there).
_STEMS = ("booking|booked|reserv|buchung|prenotazione|boeking|rezerwac|nom de|nombre de|nome d|namen|naam|nazwisko"
          "|intestat")
CUE_SOURCE = f"(?i:{by_first_letter(_STEMS.split('|'))})"


def _a_name(name: str) -> bool:
    return a_person(name) and not a_thing(name) and not _a_place(name) and not _place_or_business(name)


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a booking's name label or an in-the-name-of phrase before a person's
    name, or ""."""
    for match in _LABELLED.finditer(form):
        if _a_name(match.group(1)):
            return PERSON_NAME
    booking_at = -1  # (where the text first names a booking, looked for once, at the first phrase before one word)
    for match in _PHRASED.finditer(form):
        phrase, full, one = match.group(1, 2, 3)
        if full is not None and _a_name(full):
            return PERSON_NAME
        if one is None or not _a_name(one):
            continue
        if " ".join(phrase.lower().split()) in _SURNAME_PHRASES:
            return PERSON_NAME
        if booking_at < 0:
            booking = _BOOKING_NAMED.search(form)
            booking_at = len(form) if booking is None else booking.start()
        if booking_at < match.start():
            return PERSON_NAME
    return ""
