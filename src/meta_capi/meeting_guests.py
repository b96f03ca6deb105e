"""A meeting's, a webinar's or a chat's guest named with no label, for the detector (closer 149, sixty-ninth attack:
B2B SaaS, CRMs, scheduling tools). A scheduling tool's, a webinar's or a CRM's notice names the person it is about
where a label would stand, after the thing's word (lexicon data by meaning and language, canonical, lower case):

- after a meeting's word and `with` within a line (`Meeting booked: 30 min with <Given> <Family>`, `Termin mit …
  bestätigt`: MEETING_WORDS, WITH_WORDS);
- after a chat transcript's word and a dash or a colon (`Chat transcript - <Given> <Family> - 2026-11-22`:
  TRANSCRIPT_WORDS);
- after a registration's or a signup's word and a colon (`Webinar registration: <Given> <Family>, CFO`, `New signup:
  … (Pro - 10 seats annual)`: REGISTRATION_WORDS);
- after a guest's role opening the text or a clause, before a lower-case word or a mark (`Registrant <Given> <Family>
  joined at 14:02`: GUEST_WORDS);
- after a webhook's event name about a person and a dash or a colon (`invitee.created - <Given> <Family>`:
  GUEST_WORDS, EVENT_SUBJECTS).

The name: a full name, no team's, department's, bot's, plan's, topic's, thing's, place's nor organization's word
(`Meeting with Marketing Team`, `Chat transcript - Sales Bot`, `Webinar registration: Q1 Product Update`, `New
signup: Pro Plan`); one word alone is no full name (`Termin mit Steuerberater`).
"""

from __future__ import annotations

import re
from typing import FrozenSet, Optional, Tuple

from .canonical import by_first_letter, phrase_alternation
from .canonical import table_phrases as _words
from .case_titles import SENDER_DESK_WORDS, TICKET_TOPIC_WORDS
from .name_shapes import CLAUSE, END, FULL_NAME, a_person, a_product
from .postal import _a_place, _place_or_business
from .role_labels import GUEST_WORDS as GUEST_WORDS  # (a meeting's guest, by language: one vocabulary with keys')
from .role_labels import a_thing

PERSON_NAME = "holds a person's name"

# (not a press interview's or a public talk's words, `Interview with Taylor Swift`, `Entretien avec Emmanuel Macron`,
# `Incontro con l'autore`: a magazine's title as often as a meeting's)
MEETING_WORDS = {
    "English": "meeting|call|demo|appointment|consultation|booking",
    "German": "termin|besprechung|meeting|beratung|videocall",
    "French": "rendez-vous|rdv|reunion|appel", "Spanish": "reunion|cita|llamada",
    "Italian": "riunione|appuntamento|chiamata", "Dutch": "afspraak|vergadering",
    "Portuguese": "reuniao|chamada|consulta", "Polish": "spotkanie",
}
WITH_WORDS = "with|mit|avec|con|met|com|z"
# (a chat's: `Transcript:` alone is a podcast's or a keynote's title as often, `Transcript: Hard Fork – 3 Dec 2026`)
TRANSCRIPT_WORDS = {
    "English": "chat transcript|chat log|chat history|live chat",
    "German": "chatverlauf|chat-verlauf|chatprotokoll|chat-protokoll",
    "French": "transcription du chat|historique du chat", "Spanish": "transcripcion del chat|historial del chat",
    "Italian": "trascrizione della chat|cronologia chat", "Dutch": "chatgesprek|chatgeschiedenis",
    "Portuguese": "transcricao do chat|historico do chat", "Polish": "transkrypcja czatu|historia czatu",
}
REGISTRATION_WORDS = {
    "English": "registration|new registration|sign-up|signup|new signup|new sign-up|new sign up|rsvp|new lead",
    "German": "anmeldung|registrierung|neue anmeldung|neue registrierung", "French": "inscription|nouvelle inscription",
    "Spanish": "inscripcion|registro|nuevo registro", "Italian": "iscrizione|registrazione|nuova iscrizione",
    "Dutch": "aanmelding|inschrijving|registratie", "Portuguese": "inscricao|cadastro|novo cadastro",
    "Polish": "rejestracja|zapis",
}

# A webhook's event's subject naming a person's record (`invitee.created`, `contact.updated`), besides a guest's.
EVENT_SUBJECTS = "contact|lead|customer|person|user|member|signer|recipient|candidate|prospect"


_MEETING = _words(MEETING_WORDS)
_TRANSCRIPT = _words(TRANSCRIPT_WORDS)
_REGISTRATION = _words(REGISTRATION_WORDS)
_GUEST = _words(GUEST_WORDS)
# What `reason` needs, searched first by the detector in the lower-cased form (a text holding none of these words
# reads nothing of this module).
CUE_SOURCE = (f"(?<![^\\W\\d_])(?:{by_first_letter(_MEETING + _TRANSCRIPT + _REGISTRATION + _GUEST)})"
              f"(?![^\\W\\d_])|(?:{EVENT_SUBJECTS})\\.[a-z]")
# (a name ends as in a sentence, or before a bracket: `… (Pro - 10 seats annual)`)
_NAME = f"({FULL_NAME})(?:{END}|(?=[ \\t]{{1,3}}\\())"
# (group 1: the guest) a meeting's word, the line's words, `with` (_MEETING_WITH: LAYOUT_CUE's opening too)
_MEETING_WITH = (f"(?<![^\\W\\d_])(?:{phrase_alternation(_MEETING)})(?![^\\W\\d_])[^\\n|]{{0,40}}?"
                 f"(?<![^\\W\\d_])(?:{WITH_WORDS})")
_WITH = re.compile(f"(?i:{_MEETING_WITH})[ \\t]{{1,3}}{_NAME}")
# (group 1) a transcript's word, then a dash or a colon
_TRANSCRIBED = re.compile(f"(?i:(?<![^\\W\\d_])(?:{phrase_alternation(_TRANSCRIPT)}))[ \\t]{{0,3}}[-:|][ \\t]{{0,3}}"
                          f"{_NAME}")
# (group 1) a registration's word, then a colon
_REGISTERED = re.compile(f"(?i:(?<![^\\W\\d_])(?:{phrase_alternation(_REGISTRATION)}))[ \\t]{{0,3}}:[ \\t]{{0,3}}"
                         f"{_NAME}")
# (group 1, closer 171) ... or, after the colon, what the sign-up is for, then a dash and the name (`Sign-up: Junior
# Football – …`)
_REGISTERED_FOR = re.compile(f"(?i:(?<![^\\W\\d_])(?:{phrase_alternation(_REGISTRATION)}))[ \\t]{{0,3}}:"
                             f"[^\\n|:\\-]{{1,40}}?[ \\t]-[ \\t]{{1,3}}{_NAME}")
# (group 1) a guest's role opening a clause, then the name before a lower-case word or a mark
# (a verb follows: `joined`, `registered`; a role's word before capitalized words alone is a title's as often,
# `Participant Information Sheet`)
_GUEST_NAMED = re.compile(f"{CLAUSE}(?i:{phrase_alternation(_GUEST)})[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{1,3}}[a-z]")
# (group 1) a webhook's event name about a person (`invitee.created`, `contact.updated`), then a dash or a colon
_EVENT_SUBJECT = phrase_alternation(_GUEST + EVENT_SUBJECTS.split("|"))
_EVENT = re.compile(f"(?<![\\w.])(?i:{_EVENT_SUBJECT})(?:\\.[a-z_]{{2,30}}){{1,2}}[ \\t]{{0,3}}[-:|][ \\t]{{0,3}}"
                    f"{_NAME}")

# What a layout's match opens on, searched in the form as the layouts are (case-blind): a meeting's word and `with`
# within a line (_WITH's opening, as it is written there), a transcript's or a registration's word, a guest's role
# before a blank, an event's subject before its dot. The detector searches it after CUE_SOURCE, so that a text holding
# a meeting's word alone (`Blue Sneakers - Demo Shop`) reads nothing of this module (perf 52); every layout's match
# holds a match of it.
LAYOUT_CUE = re.compile(f"(?i:{_MEETING_WITH}|(?<![^\\W\\d_])(?:{phrase_alternation(_TRANSCRIPT + _REGISTRATION)})"
                        f"|(?:{phrase_alternation(_GUEST)})[ \\t]|(?:{_EVENT_SUBJECT})\\.)")

# Each layout, and the marks one of which its every match holds (a transcript's dash, colon or bar, a registration's
# colon, an event name's dot), tested in C before its search; none for the layouts reading words alone.
_LAYOUTS: Tuple[Tuple[re.Pattern[str], Optional[FrozenSet[str]]], ...] = (
    (_WITH, None), (_TRANSCRIBED, frozenset("-:|")), (_REGISTERED, frozenset(":")), (_REGISTERED_FOR, frozenset(":")),
    (_GUEST_NAMED, None), (_EVENT, frozenset(".")))


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names a meeting's, a webinar's or a chat's guest in one of the layouts
    above, or ""."""
    for layout, marks in _LAYOUTS:
        if marks is not None and marks.isdisjoint(form):
            continue  # (a layout's own mark is absent: its search would fail)
        for match in layout.finditer(form):
            if _a_guest(match.group(1)):
                return PERSON_NAME
    return ""


# A form's or an event's own words after a registration's colon, by language (canonical, lower case): no guest's
# (`Registro: Datos Personales`, `Registration: Now Open`).
EVENT_WORDS = frozenset((
    "personal details data form now open opens closed closes today deadline free online confirmed required "
    "complete completed webinar event conference summit workshop masterclass training course live session "
    "datos personales formulario abierto abierta gratis daten formular offen kostenlos donnees personnelles "
    "formulaire ouvert ouverte gratuit dati personali modulo aperto aperta gratuito gegevens formulier dane "
    "osobowe formularz dados pessoais "
    # (closer 171: a club's or a camp's sign-up, an age group's or a sport's word, `Sign-up: Junior Football, Under 9`;
    # not `Summer`, a given name too)
    "junior juniors senior seniors youth kids under football soccer rugby netball hockey basketball tennis "
    "swimming gymnastics athletics ballet karate judo taekwondo squad trials taster holiday camp early jugend fussball "
    "schwimmen turnen enfants jeunes natation futbol natacion calcio nuoto voetbal zwemmen "
    # (closer 178: a sign-up's time, a term's, a week's or a day's part, `Sign-up: Junior Football – Spring Term`,
    # `Full Week`, `Saturday Mornings`; not a word that is a name too: `Day`, `Winter`, `Autumn`, `Sonntag`)
    "term terms semester semesters trimester week weeks weekly weekend weekends fortnight mornings afternoons "
    "evenings morning afternoon evening mondays tuesdays wednesdays thursdays fridays saturdays sundays "
    "halbjahr schuljahr woche wochen wochenende ferienwoche vormittag vormittage nachmittag nachmittage "
    "montags dienstags mittwochs donnerstags freitags samstags sonntags "
    "trimestre semestre semaine semaines journee journees matin matins soir mercredis samedis "
    "semana semanas mananas tardes sabados settimana settimane mattina pomeriggio pomeriggi "
    "week weken ochtend middag zaterdag zaterdagen zaterdagochtend "
    # (closer 187, review 32: a day's or a season's share of a holiday club, its holidays and seasons that are no
    # name, `– Full Day`, `– Summer Holidays`, `– Primera Quincena`, `– Julio Completo`, `– Vacances de Printemps`;
    # not `Summer`, `Sommer`, `Herbst`, `Spring`, `Julio`, names too)
    "full half whole holidays vacation vacations ferien vacances vacaciones vacanze vakantie wakacje ganztags "
    "halbtags ganztag halbtag quincena quincenas primera segunda completo completa jornada giornata giornate "
    "printemps hiver automne ete verano invierno otono primavera estate inverno autunno "

    "query parameter parameters key keys value values field fields setting settings option options").split())


def _a_guest(name: str) -> bool:
    """Whether `name` is a person's: no desk's, team's, bot's, topic's, plan's, thing's, place's or organization's
    word."""
    return not any(word.lower() in SENDER_DESK_WORDS or word.lower() in TICKET_TOPIC_WORDS
                   or word.lower() in EVENT_WORDS for word in name.split()) \
        and a_person(name) and not a_product(name) and not a_thing(name) and not _a_place(name) \
        and not _place_or_business(name)
