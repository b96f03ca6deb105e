"""A person named by a record's words with no label (closer 140, sixty-sixth attack: cars, insurance, removals).

- Whom a record is made out to (RECORD_NAMED): a record's noun by language (key_lexicon.RECORD_NOUNS: a claim, a quote,
  a policy, an invoice, an inventory, an appointment; REFERENCED_RECORD_NOUNS, a slot, a receipt, an order, only with
  its reference; SWITCHES_AND_COLLECTIONS, a tariff's switch, a collection from a home, only after a booking's or a
  confirmation's words or with its reference: `Tariff switch confirmed for`), maybe its reference (`ref`, `no.` and
  a token holding a digit: `Claim ref CLM-583617`, `Tyre fitting slot 14:00`),
  the word saying whom it is for or who booked it (key_lexicon.RECORD_FOR: `for`, `booked by`, `für`,
  `pour`, `para`, `per`, `voor`, `dla`), maybe an honorific, then a full name or an initial and a family name (`Quote
  Q583617 for Y. Brastelwick`). `for` and two capitalized words alone are a product's (`Case for iPhone 15`, `Tickets
  for Taylor Swift`): the record's noun right before is the cue. What a record is for that no name holds
  (_RECORD_SUBJECTS: `Quote for Business Insurance`; `Claim form for Windscreen Damage` has no reference) and a
  thing's, a product line's, a place's or a business's word are none.
- A full name and an age opening the text (AGED_OPENING: `Yorvenna Brastelwick, 40, nine years no claims bonus`): the
  text's start (a line's, a JSON string's), a full name, a comma, an age (16 to 99), a comma and a word of three
  letters in lower case (`Sofa, 40, Grey Velvet` has one word and a capital after its age).
"""

from __future__ import annotations

import re
from typing import Dict

from . import key_lexicon
from .booked_names import _NOT_BOOKED_NAMES
from .canonical import by_first_letter, canonical, longest_first, phrase_alternation
from .canonical import table_phrases as _words
from .name_shapes import END, FULL_NAME, OPENS, a_person, a_product
from .personal_keys import ATTRIBUTE_WORDS
from .postal import _HONORIFIC, _a_place, _place_or_business
from .role_labels import a_thing

PERSON_NAME = "holds a person's name"


_NOUNS = _words(key_lexicon.RECORD_NOUNS)
_REFERENCED_NOUNS = _words(key_lexicon.REFERENCED_RECORD_NOUNS)
_FOR = _words(key_lexicon.RECORD_FOR)
_CONFIRMED_NOUNS = _words(key_lexicon.SWITCHES_AND_COLLECTIONS)
# A record's reference: maybe its label's word (`ref`, `no.`, `nr`, `n°`, `#`), then a token holding a digit, of a
# bounded length (`CLM-583617`, `Q583617`, `14:00`, `2026/583617`).
_REFERENCE = (r"(?:[ \t]{1,3}(?i:ref|reference|no|nr|n°|nº|num|#)\.?)?"
              r"[ \t]{1,3}#?(?=[^ \t]{0,23}[0-9])[^ \t,;()]{1,24}")
# (group `name`: the name)
# (a name's end as name_shapes.END has it, or a bracket after a blank: `… for Yorvenna Brastelwick (rear-end …)`)
RECORD_NAMED = re.compile(f"{OPENS}(?:(?i:{phrase_alternation(_NOUNS)})(?P<reference>{_REFERENCE})?"
                          f"|(?i:{phrase_alternation(_REFERENCED_NOUNS)})(?P<referenced>){_REFERENCE}"
                          f"|(?P<confirmed>(?i:{phrase_alternation(_CONFIRMED_NOUNS)}))(?P<switch_reference>{_REFERENCE})?"
                          f")[ \\t]{{1,3}}"
                          f"(?P<for>(?i:{phrase_alternation(_FOR)}))[ \\t]{{1,3}}(?P<honorific>{_HONORIFIC})?"
                          f"(?P<name>{FULL_NAME})"
                          f"(?:{END}|(?=[ \\t]{{1,3}}\\())")
# English writes a service's page in title case (`Quote for Garden Design`, `Appointment for Eye Test`): there a
# record's noun and `for` with neither a reference nor an honorific name a person only when the record goes on after
# the name, a comma, a colon or a dash and a word in lower case or a number (`Inventory for …: sofa, 2 beds`).
_RECORD_GOES_ON = re.compile(r"[ \t]{0,3}(?:[,:]|[ \t]-)[ \t]{1,3}[a-z0-9]")  # (or a dash: closer 150)
# What a quote, a claim, a policy or an appointment is for that no name holds: an insurance's cover, a damage, a
# service, a vehicle, a room or a unit, a day or a time, a shop (`Order #48213 for Hugo Boss Outlet`), by language
# (canonical, lower case).
_RECORD_SUBJECTS = frozenset(canonical(word)[0].lower() for word in (
    "insurance cover coverage damage damages repair repairs service services servicing maintenance replacement "
    "business home house car van motor vehicle vehicles fleet travel life pet pets health dental contents buildings "
    "landlord property storage unit units room rooms office windscreen glass tyre tyres tire tires brake brakes "
    "engine battery mot annual full interim basic premium standard new used removal removals move moving "
    "delivery collection installation fitting cleaning boxes packing furniture items goods parts labour labor "
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow morning afternoon evening week month "
    "year years next this one two three four five six all everyone customers clients "
    "outlet outlets store stores shop shops boutique market warehouse factory center centre "
    "versicherung schaden reparatur wartung umzug termin assurance dommage dommages réparation entretien "
    "déménagement seguro daños reparación mantenimiento mudanza assicurazione danni riparazione manutenzione "
    "trasloco verzekering schade reparatie onderhoud verhuizing ubezpieczenie szkoda naprawa przeprowadzka "
    # (closer 152: whom a training plan is for that no name holds, a level, a sport or a group)
    "beginners beginner anfänger anfängerin einsteiger fortgeschrittene advanced intermediate débutants débutant "
    "principiantes principiante principianti beginners beginnende runners läufer coureurs women men frauen männer "
    "damen herren femmes hommes mujeres hombres donne uomini kids kinder enfants niños bambini seniors senioren "
    "marathon halbmarathon half triathlon corredores corredoras populares "
    # (closer 157: a home a tenancy's record is for, and a lender's audience)
    "flat apartment wohnung appartement logement piso vivienda appartamento woning mieszkanie first time buyers "
    "buyer movers landlords tenants käufer erstkäufer acheteurs compradores acquirenti kopers").split())
# (group 1: the name) An age between commas after a full name opening the text (or a line, or a JSON string after
# its quote), then a word in lower case.
# (a word of three letters or more: not a unit's, `Oak Table, 40, cm`)
AGED_OPENING = re.compile(f"(?:^|(?<=[\\n\"]))[ \\t]{{0,3}}(?:{_HONORIFIC})?({FULL_NAME}),"
                          f"[ \\t]{{1,3}}(?:1[6-9]|[2-9][0-9]),[ \\t]{{1,3}}[a-z]{{3}}")
# (closer 152, seventy-first attack: sports) Whom a class or a slot is booked for (CLASS_BOOKED): a booking's noun by
# language (key_lexicon.BOOKINGS), maybe glued after a word as German, Dutch and Swedish compound it (`Lesboeking`,
# `Kursbuchung`), maybe a colon, one to four tokens naming its class and its slot (`HIIT 45`, `Cirkelträning 18:00`,
# `Pilates Reformer`), then a dash or a `for` word (RECORD_FOR) and a full name. With a dash or English `for` the class
# holds a digit (a slot's time, a class's length: `Booking – Hot Yoga` and `Booking Yoga for Pregnant Women` name
# none); a name's shape and words as RECORD_NAMED's (`Lesboeking HIIT 45 – Vol`, `Bokning: … 18:00 – Sal 2`).
_BOOKING_NOUNS = sorted({canonical(word)[0].lower() for line in key_lexicon.BOOKINGS.values() for word in line.split()},
                        key=longest_first)
# Where or with whom a class or a slot is held, that no name holds: a room, a court, a lane, a table, a pitch, a pool,
# their size and number, a business's staff, a booking's state or offer, by language (`Bokning Padel 18:00 – Bana
# Tre`, `Reserva Clase 19:00 – Sala Grande`, `Tour 10:00 – booked by Tour Operator`), beside what a booking is for
# (booked_names._NOT_BOOKED_NAMES).
_VENUES = frozenset(canonical(word)[0].lower() for word in (
    "court courts table tables lane lanes pitch pitches pool studio studios hall halls room gym track field arena "
    "operator operators agent agency team staff members member instructor trainer coach main centre center "
    "raum saal halle platz bahn feld studio sala salle terrain piscine piste cancha pista campo palestra zaal baan "
    "veld bana banan sal plan hall bane salen grande petit petite klein kleine große grosse groot grote stor lilla "
    "liten stora one un une eins ein eine uno una due tre två ett en twee drie tres trois quatre "
    "free trial sold out full waitlist cancelled canceled early bird drop intro offer open available session class "
    "pass board bike bikes mat mats rental hire ausgebucht voll complet completo lleno esaurito vol fullbokad").split()
) | _NOT_BOOKED_NAMES
_CLASS_TOKEN = r"[ \t]{1,3}[^ \t,;()\-]{1,24}"
CLASS_BOOKED = re.compile(f"{OPENS}(?:[A-Za-z][a-z]{{1,14}})?(?i:{phrase_alternation(_BOOKING_NOUNS)})"
                          f"[ \\t]{{0,3}}:?(?P<class>(?:{_CLASS_TOKEN}){{1,4}})[ \\t]{{1,3}}"
                          f"(?:-|(?P<for>(?i:{phrase_alternation(_FOR)})))[ \\t]{{1,3}}(?:{_HONORIFIC})?"
                          f"(?P<name>{FULL_NAME}){END}")
_ENGLISH_FOR = frozenset(key_lexicon.RECORD_FOR["English"].split("|"))
# ... and who booked a slot, after its time (SLOT_BOOKED: `Spin 45 – Tue 18:30 – booked by …`, `… 19h gebucht von …`;
# key_lexicon.BOOKED_BY), maybe a dash between.
_SLOT_TIME = r"(?:[0-2]?[0-9][:.h][0-5][0-9]|[0-2]?[0-9][ \t]?(?i:am|pm|h))"
SLOT_BOOKED = re.compile(f"(?:^|(?<=[ \\t]))({_SLOT_TIME})(?:[ \\t]{{1,3}}-)?[ \\t]{{1,3}}"
                         f"(?i:{phrase_alternation(_words(key_lexicon.BOOKED_BY))})[ \\t]{{1,3}}(?:{_HONORIFIC})?"
                         f"(?P<name>{FULL_NAME}){END}")
# ... and the client a trainer's notes or file is kept on (CLIENT_NOTED, key_lexicon.CLIENT_RECORDS): its words, a dash
# or a colon, maybe an honorific, a full name, then the record going on (_RECORD_GOES_ON: `Client notes – …: lower
# back pain`); `Client Notes – Free Template` names none.
_CLIENT_RECORDS = _words(key_lexicon.CLIENT_RECORDS)
CLIENT_NOTED = re.compile(f"{OPENS}(?i:{phrase_alternation(_CLIENT_RECORDS)})[ \\t]{{0,3}}[-:][ \\t]{{1,3}}"
                          f"(?P<honorific>{_HONORIFIC})?(?P<name>{FULL_NAME}){END}")
# (closer 152) A shirt printed with the customer's own name (PRINTED_NAME): a print's or a personalisation's word
# (key_lexicon.KIT_PRINTS, PERSONALISATION; glued after a hyphen, or up to three words after it: `Trikot-Beflockung:`,
# `Flocage maillot :`, `Personalised Home Shirt –`) or a name's (key_lexicon.BOOKING_NAME_WORDS: `Nombre:`), a colon
# (or a dash after a print's words), then one word in capitals and maybe a shirt's number. A replica's print is the
# same shape (`Beflockung: MÜLLER 25`): refused with a print's label, on purpose, a public name lost and none leaked;
# unlabelled (`MESSI 10`) it goes out. Not a size, a colour or a state (_NOT_PRINTED: `Name: NONE`, `Print: NAVY`),
# nor after a label in capitals (`KEY TA NAME: PROPERTY`: a text in capitals tells no name by its case).
_PRINT_WORDS = sorted({canonical(word)[0].lower() for table in (key_lexicon.KIT_PRINTS, key_lexicon.PERSONALISATION)
                       for line in table.values() for word in line.split()}, key=longest_first)
_NAME_WORDS = sorted({canonical(word)[0].lower() for line in key_lexicon.BOOKING_NAME_WORDS.values()
                      for word in line.split()}, key=longest_first)
PRINTED_NAME = re.compile(
    f"(?:(?:^|(?<=[\\s,.;(\"-]))(?i:{phrase_alternation(_PRINT_WORDS)})"
    f"(?:[ \\t]{{1,3}}[^\\W\\d_]{{2,20}}){{0,3}}[ \\t]{{0,3}}[:-]"
    f"|{OPENS}(?i:{phrase_alternation(_NAME_WORDS)})[ \\t]{{0,3}}:)[ \\t]{{1,3}}([A-Z][A-Z'\\-]{{2,29}})"
    f"(?=[ \\t]{{0,3}}(?:$|[,;\\n\"]|[0-9]{{1,2}}(?:$|[ \\t,;\\n\"])))")
_NOT_PRINTED = ATTRIBUTE_WORDS | frozenset(  # (a colour or a size by language: `Nombre: ROJO`, `Flocage : NOIR`)
    "xxl xxxl xxxxl none null tbc tbd yes default custom blank free sale new rose front back sleeve left right top "
    "bottom size colour color text name number nombre numero nom nome naam".split())
# (closer 150) A personal ad's or a photo's caption's label by language, then a colon or its `of`, a full name and the
# person's age after a comma (maybe with its years' word) or in brackets (`Lonely hearts: …, 52,`, `Kontaktanzeige: …
# (52)`, `Pictured: …, 9,`, `Fotogalerij: … (34) uit Deventer`, `Annuncio personale di …, 52 anni`). (group 1: the
# name)
AD_AND_CAPTION_LABELS: Dict[str, str] = {  # (not a bare `Photo:`, a product's as often: `Foto: Samsung Galaxy (24)`)
    "English": "lonely hearts|personals|personal ad|dating ad|pictured|caption|in the picture|photo gallery",
    "German": "kontaktanzeige|bekanntschaften|partnersuche|im bild|auf dem foto|bildergalerie|fotogalerie",
    "French": "rencontre|rencontres|petite annonce|annonce de rencontre|sur la photo|en photo",
    "Spanish": "contactos|anuncio personal|en la foto", "Italian": "annuncio personale|nella foto",
    "Portuguese": "anuncio pessoal|na foto", "Dutch": "contactadvertentie|op de foto|fotogalerij",
    "Polish": "anons towarzyski|na zdjeciu", "Swedish": "kontaktannons|pa bilden",
}
_AD_LABELS = sorted({canonical(label)[0].lower() for line in AD_AND_CAPTION_LABELS.values()
                     for label in line.split("|")}, key=longest_first)
_AGE = "(?:[1-9][0-9]?)"
_AGE_WORDS = "(?i:ans|anni|anos|años|jahre|jaar|lat|ar|years|yrs)"
AGED_AFTER_LABEL = re.compile(
    f"{OPENS}(?i:{phrase_alternation(_AD_LABELS)})[ \\t]{{0,3}}(?::|[ \\t](?i:of|di|de|von|van|od))[ \\t]{{1,3}}"
    f"({FULL_NAME})(?:,[ \\t]{{1,3}}{_AGE}(?:[ \\t]{{1,3}}{_AGE_WORDS}(?=[ \\t]{{0,3}}(?:$|[,.;])|[ \\t]{{1,3}}[a-z])"
    f"|(?=[ \\t]{{0,3}}(?:$|[,.;])))|[ \\t]{{1,3}}\\({_AGE}\\))")
# (closer 157) A record only a person has (key_lexicon.PERSONS_RECORDS: `Employer reference`, `Schufa-Auskunft`,
# `Agreement in principle`), a RECORD_FOR word or `of` (PERSONS_RECORD_OF), maybe an honorific and a full name: whom it
# is made out to, whatever follows (group `name`).
_PERSONS_RECORDS = _words(key_lexicon.PERSONS_RECORDS)
PERSONS_RECORD_NAMED = re.compile(
    f"{OPENS}(?i:{phrase_alternation(_PERSONS_RECORDS)})[ \\t]{{1,3}}"
    f"(?i:{phrase_alternation(sorted({*_FOR, *_words(key_lexicon.PERSONS_RECORD_OF)}, key=longest_first))})"
    f"[ \\t]{{1,3}}(?:{_HONORIFIC})?(?P<name>{FULL_NAME})(?:{END}|(?=[ \\t]{{1,3}}\\())")
# The stems `reason` needs, searched first by the detector in the lower-cased form (CUE_SOURCE, compiled there).
_STEMS = sorted({noun.split()[0][:5] for noun in _NOUNS + _REFERENCED_NOUNS + _CONFIRMED_NOUNS + _BOOKING_NOUNS
                 + _CLIENT_RECORDS + _words(key_lexicon.BOOKED_BY)})
CUE_SOURCE = (f"(?:{by_first_letter(_STEMS)}|, [1-9][0-9]?,|, [1-9][0-9]? |\\([1-9][0-9]?\\)"
              f"|(?:{phrase_alternation(_NAME_WORDS)})[ \\t]{{0,3}}:"
              f"|{by_first_letter(word[:5] for word in _PRINT_WORDS)})")
CUE_SOURCE = f"(?:{CUE_SOURCE}|{by_first_letter(sorted({noun.split()[0][:5] for noun in _PERSONS_RECORDS}))})"  # (157)


def _a_name(name: str) -> bool:
    return (a_person(name) and not a_thing(name) and not a_product(name) and not _a_place(name)
            and not _place_or_business(name)
            and _RECORD_SUBJECTS.isdisjoint(word.lower().rstrip(".").split("'")[0] for word in name.split()))


def _a_booker(name: str) -> bool:
    """Whether `name`, after a class's or a slot's booking, names a person: a name (_a_name) holding no venue's word."""
    return _a_name(name) and _VENUES.isdisjoint(word.lower() for word in name.split())


def _made_out(form: str, match: re.Match[str]) -> bool:
    """Whether a match of RECORD_NAMED in `form` names whom its record is made out to: in English with neither a
    reference nor an honorific, only when the record goes on after the name (_RECORD_GOES_ON)."""
    if match.group("confirmed") is not None:  # (a switch or a collection: after its booking's words, or referenced)
        return " " in match.group("for") or match.group("switch_reference") is not None
    return (match.group("for").lower() != "for" or match.group("reference") is not None
            or match.group("referenced") is not None or bool(match.group("honorific"))
            or _RECORD_GOES_ON.match(form, match.end("name")) is not None)


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a full name a record is made out to or booked by, or opens with a full
    name and an age, or ""."""
    for match in RECORD_NAMED.finditer(form):
        if _a_name(match.group("name")) and _made_out(form, match):
            return PERSON_NAME
    if any(_a_name(match.group("name")) for match in PERSONS_RECORD_NAMED.finditer(form)):
        return PERSON_NAME
    if any(match.group(1).lower() not in _NOT_PRINTED and not form[match.start():match.start(1)].isupper()
           for match in PRINTED_NAME.finditer(form)):  # (a label in capitals too: a text in capitals, no cue)
        return PERSON_NAME
    for match in CLASS_BOOKED.finditer(form):
        if _a_booker(match.group("name")) and (
                (match.group("for") or "for").lower() not in _ENGLISH_FOR
                or any(letter.isdigit() for letter in match.group("class"))):
            return PERSON_NAME
    if any(_a_booker(match.group("name")) and (
            match.group("honorific") or _RECORD_GOES_ON.match(form, match.end("name")) is not None)
           for match in CLIENT_NOTED.finditer(form)):
        return PERSON_NAME
    if any(_a_booker(match.group("name")) for match in SLOT_BOOKED.finditer(form)):
        return PERSON_NAME
    return PERSON_NAME if any(_a_name(match.group(1)) for match in AGED_OPENING.finditer(form)) or any(
        _a_name(match.group(1)) for match in AGED_AFTER_LABEL.finditer(form)) else ""
