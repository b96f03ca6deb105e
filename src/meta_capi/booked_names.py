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

from . import key_lexicon
from .brand_words import a_place_of_worship
from .canonical import by_first_letter, canonical, table_alternation
from .common_words import a_common_word_of_a_language
from .name_shapes import END, FULL_NAME, OPENS, WORD, a_person
from .postal import _HONORIFIC, _a_place, _place_or_business
from .role_labels import a_thing

PERSON_NAME = "holds a person's name"


_BOOKING = table_alternation(key_lexicon.BOOKINGS, " ")
_NAME_WORD = table_alternation(key_lexicon.BOOKING_NAME_WORDS, " ")
# The label: a booking's word and a name's (apart, or glued with German's and Dutch's `s`: `Buchungsname`,
# `reserveringsnaam`), or the name's word first and an article or a preposition between (`Name der Buchung`, `nom de
# la réservation`, `nombre de la reserva`, `nazwisko rezerwacji`).
_LABEL = (f"(?:{_BOOKING})(?:[ \\t-]{{0,1}}|s)(?:{_NAME_WORD})"
          f"|(?:{_NAME_WORD})(?:[ \\t]{{1,3}}(?:of[ \\t]the|on[ \\t]the|for[ \\t]the|der|de[ \\t]la|de|del|della"
          f"|da|dla|van[ \\t]de|op[ \\t]de))?[ \\t]{{1,3}}(?:{_BOOKING})")
# (group 1: a full name; group 2: one word)
_LABELLED = re.compile(f"{OPENS}(?i:{_LABEL})[ \\t]{{0,3}}[:=][ \\t]{{0,3}}(?:{_HONORIFIC})?({FULL_NAME}){END}")
# (group 1: the phrase; group 2: a full name; group 3: one word)
_PHRASED = re.compile(f"{OPENS}((?i:{table_alternation(key_lexicon.IN_THE_NAME_OF, '|')}))[ \\t]{{1,3}}"
                      f"(?:{_HONORIFIC})?(?:({FULL_NAME})|({WORD})){END}")
# (closer 132) A booking's or a handover's phrase saying whom it is for (key_lexicon.BOOKED_FOR: `Reservation for`,
# `Prenotazione per`, `Handed to`), maybe an honorific, then a full name; a party's size booked under one word
# (key_lexicon.PARTY_SIZES, BOOKED_UNDER: `Party of 6 under …`). (group 1: a full name; group 2: one word)
_PARTY_UNDER = (f"(?i:{table_alternation(key_lexicon.PARTY_SIZES, '|')})[ \\t]{{1,3}}[0-9]{{1,3}}[ \\t]{{1,3}}"
                f"(?i:{table_alternation(key_lexicon.BOOKED_UNDER, ' ')})")
_BOOKED_FOR = re.compile(f"{OPENS}(?i:{table_alternation(key_lexicon.BOOKED_FOR, '|')})[ \\t]{{1,3}}"
                         f"(?:{_HONORIFIC})?({FULL_NAME}){END}"
                         f"|{OPENS}{_PARTY_UNDER}[ \\t]{{1,3}}(?:{_HONORIFIC})?({WORD}){END}")
# (closer 174) Whom a thing is reserved for or a pet adopted by (key_lexicon.RESERVED_OR_ADOPTED_FOR: `reserviert für`,
# `adopted by`), or an adoption's noun, the pet's one word and `by` (ADOPTIONS_OF, ADOPTED_BY_AFTER: `Adoption de
# Filou par`), maybe an honorific, then a full name ending as a name does or before an aside in brackets (`… (Anzahlung
# 300 €)`). (group 1: a full name)
_ADOPTION_OF = (f"(?i:{table_alternation(key_lexicon.ADOPTIONS_OF, '|')})[ \\t]{{0,3}}{WORD}[ \\t]{{1,3}}"
                f"(?i:{table_alternation(key_lexicon.ADOPTED_BY_AFTER, '|')})")
_RESERVED_OR_ADOPTED_FOR = re.compile(
    f"{OPENS}(?:(?i:{table_alternation(key_lexicon.RESERVED_OR_ADOPTED_FOR, '|')})|{_ADOPTION_OF})[ \\t]{{1,3}}"
    f"(?:{_HONORIFIC})?({FULL_NAME})(?:{END}|[ \\t]{{1,3}}\\()")
# (closer 217, review 40) A venue's room, seat or area by language (closer 216's too): a name right before one
# qualifies it (`Marco Polo room`), where a day or a party's word after a name leaves it the party's (`… tonight`).
_ROOMS_AND_SEATS = (
    "seating seats terrace garden window bar room rooms booth booths table tables lounge suite area "
    # (closer 216, review 40) a venue's room, floor, yard or seat by language (`Reservation for downstairs, party of
    # 4`, `Reserva para azotea, 4 personas`, `Reservering voor bovenzaal, 20 personen`)
    "downstairs upstairs mezzanine courtyard conservatory basement cellar gallery veranda "
    "véranda salon jardin cour sous-sol azotea reservado patio sótano jardín giardino saletta salone cortile "
    "serre bovenzaal benedenzaal tuin kelder ogródek ogrodek piwnica sala salka wintergarten biergarten "
    "weinkeller saal festsaal nebenraum gaststube kegelbahn "
    # (closer 217, review 40) and French's room (`Réservation pour salle privée, 10 personnes`)
    "salle ")
# What a booking is for that no name holds: a party's count, a day or a time of day, an occasion, a meal, a room or a
# seat, by language (in the canonical form in lower case: `Table for Two People`, `Reservation for Saturday Night`,
# `Booking for Afternoon Tea`, `Table for Outdoor Seating`, `Tisch für Zwei`).
NOT_BOOKED_NAMES = frozenset(canonical(word)[0].lower() for word in (
    "two three four five six seven eight nine ten twelve zwei drei vier fünf sechs acht zehn deux trois quatre cinq "
    "dos tres cuatro cinco seis due tre quattro cinque sei twee drie vijf zes dwa dwie trzy cztery pięć "
    "monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow lunch dinner brunch breakfast "
    "christmas easter valentine valentines new mother mothers father fathers montag dienstag mittwoch donnerstag "
    "freitag samstag sonntag heute morgen lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles "
    "jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica maandag dinsdag woensdag "
    "donderdag vrijdag zaterdag zondag everyone all groups group families family couples kids children "
    "afternoon evening morning night weekend tea high party parties birthday birthdays event events corporate "
    "private outdoor indoor dining menu menus tasting wedding "
    "weddings anniversary celebration celebrations business meeting meetings special occasion occasions drinks "
    "cocktails wine budget large small big guests people persons adults personen personnes personas persone "
    "desk reception front counter locker door porch concierge security office staff " + _ROOMS_AND_SEATS +
    # (closer 217, review 40) `private` by language (`Réservation pour salle privée, 10 personnes`)
    "privé privée privado privada privato privata privat "
    # (closer 185, review 32) a facility's, a vehicle's, a boarding's or a camp's words, and regulars' by language
    # (`Reserved for Disabled Parking`, `Reserved for Priority Boarding`, `Reserviert für Eltern Kind`, `Gereserveerd
    # voor Vaste Klanten`)
    "parking vehicles vehicle boarding priority disabled electric camp camps eltern kind kinder klanten vaste "
    "feier geburtstag hochzeit anniversaire mariage cumpleaños boda compleanno matrimonio verjaardag bruiloft "
    # (closer 174: whom a seat is reserved for or a pet adopted by that is no person, `Reserved for Blue Badge Holders`,
    # `Adopted by Battersea Dogs Home`)
    "member members holder holders badge ticket season premium club vip customer customers subscriber subscribers "
    "staff team dogs cats home homes shelter rescue trust charity stars fans celebrities early birds bookers "
    "students seniors residents locals visitors "
    "mitglieder stammkunden tierheim membres refuge miembros socios protectora canile soci asiel").split())
_SURNAME_PHRASES = frozenset(" ".join(canonical(phrase)[0].lower().split())
                             for line in key_lexicon.IN_THE_SURNAME_OF.values() for phrase in line.split("|"))
BOOKING_NAMED = re.compile(f"(?i:{_BOOKING}|{table_alternation(key_lexicon.BOOKED, ' ')})")
# The stems `reason` needs, searched first by the detector in the lower-cased form (CUE_SOURCE, compiled there).
_STEMS = ("booking|booked|reserv|buchung|prenotazione|boeking|rezerwac|nom de|nombre de|nome d|namen|naam|nazwisko"
          "|intestat|table|tisch|tafel|mesa|tavolo|stolik|hand|ubergeben|ausgehandigt|remis|entreg|consegnat"
          "|overhandigd|przekazano|wreczono|party|group|gruppe|groupe|grupo|gruppo|groep|adopt|adozione|adocao|adopcja"
          "|vorgemerkt|vermittelt|riservat|prenotat|gereserveerd|zarezerwowan|rehomed"
          # (closer 213: German's and Dutch's `booked`, key_lexicon.BOOKED; `Date gebucht – … – mit …`)
          "|gebucht|geboekt")
CUE_SOURCE = f"(?i:{by_first_letter(_STEMS.split('|'))})"


def a_booked_name(name: str) -> bool:
    """Whether `name` is a person's (name_shapes.a_person), no thing's, place's nor business's (a booking's party)."""
    return a_person(name) and not a_thing(name) and not _a_place(name) and not _place_or_business(name)


# (closer 217, review 40; mend 51) The lower-case word right after a name a booking is for (name_shapes.END lets one
# follow), and what follows it: digits or `for <n>` (a room's number or a table's size: `… room 12`, `… table for 2`).
_NEXT_WORD = re.compile("[ \\t]{1,3}([a-z]{2,20})([ \\t]{1,3}(?:for[ \\t]{1,3})?[0-9])?")
# A room that takes a name by language (`the Marco Polo room`, `Salle Molière`): a name before one qualifies it. A
# seat, a table or an area (`window`, `terrace`, `table`) is booked in the party's name, so a name before it stays the
# party's (`Reservation for Orla Quenby table 4`).
NAMED_ROOMS = frozenset(canonical(word)[0].lower() for word in (
    "room rooms suite suites lounge hall salon salle sala saal festsaal zaal").split())
# An audience a name before it qualifies: a club's, a team's, a place's or a star's (`Crystal Palace fans`, `Ben Nevis
# hikers`); a word of the lexicon, not any plural of doers (`… visitors` is no audience of a name).
AUDIENCES = frozenset(canonical(word)[0].lower() for word in (
    "fans supporters followers hikers walkers ramblers climbers runners riders cyclists lovers alumni").split())


def _a_party_for(form: str, match: re.Match[str], name: str) -> bool:
    """(closer 217, review 40; mend 51) Whether `name`, _BOOKED_FOR's, is the party's own: not a qualifier of the
    named room (NAMED_ROOMS, no number after: `Marco Polo room`, not `… room 12`) or the audience (AUDIENCES:
    `Crystal Palace fans`) after it, opening on no saint's title (a saint's day, a church or a town:
    brand_words.a_place_of_worship, `St Patrick's Day`, `Saint Valentin`)."""
    after = _NEXT_WORD.match(form, match.end())
    return not (after is not None and (after.group(1) in AUDIENCES or after.group(1) in NAMED_ROOMS and not (
        after.group(2)))) and not a_place_of_worship(name)


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a booking's name label or an in-the-name-of phrase before a person's
    name, or ""."""
    for match in _LABELLED.finditer(form):
        if a_booked_name(match.group(1)):
            return PERSON_NAME
    for match in (*_BOOKED_FOR.finditer(form), *_RESERVED_OR_ADOPTED_FOR.finditer(form)):
        name = match.group(1) or match.group(2)
        if a_booked_name(name) and NOT_BOOKED_NAMES.isdisjoint(
                word.lower().split("'")[0] for word in name.split()) and _a_party_for(form, match, name) and not all(
                a_common_word_of_a_language(word) for word in name.split()):  # (an activity's, `Laser Tag`: 239)
            return PERSON_NAME
    booking_at = -1  # (where the text first names a booking, looked for once, at the first phrase before one word)
    for match in _PHRASED.finditer(form):
        phrase, full, one = match.group(1, 2, 3)
        if full is not None and a_booked_name(full):
            return PERSON_NAME
        if one is None or not a_booked_name(one):
            continue
        if " ".join(phrase.lower().split()) in _SURNAME_PHRASES:
            return PERSON_NAME
        if booking_at < 0:
            booking = BOOKING_NAMED.search(form)
            booking_at = len(form) if booking is None else booking.start()
        if booking_at < match.start():
            return PERSON_NAME
    return ""
