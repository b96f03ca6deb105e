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
from typing import Dict, Iterator

from . import honorifics, key_lexicon
from .booked_names import NOT_BOOKED_NAMES
from .brand_words import a_brands_name
from .canonical import by_first_letter, canonical, longest_first, phrase_alternation
from .canonical import table_phrases as _words
from .greetings import _NOT_NAME_WORDS
from .name_shapes import CAPITAL_NAME, END, FULL_NAME, OPENS, WORD, a_person, a_place_before_particle, a_product
from .personal_documents import a_meaning_not_a_name
from .personal_keys import ATTRIBUTE_WORDS
from .postal import _HONORIFIC, _a_place, _place_or_business
from .role_labels import TEAMS_AND_STATES, WINNER_LABELS, a_thing, a_winners_team

PERSON_NAME = "holds a person's name"


_NOUNS = _words(key_lexicon.RECORD_NOUNS)
_REFERENCED_NOUNS = _words(key_lexicon.REFERENCED_RECORD_NOUNS)
_FOR = _words(key_lexicon.RECORD_FOR)
_CONFIRMED_NOUNS = _words(key_lexicon.SWITCHES_AND_COLLECTIONS)
# A record's reference: maybe its label's word (`ref`, `no.`, `nr`, `n°`, `#`), then a token holding a digit, of a
# bounded length (`CLM-583617`, `Q583617`, `14:00`, `2026/583617`).
_REFERENCE = (r"(?:[ \t]{1,3}(?i:ref|reference|no|nr|n°|nº|num|#)\.?)?"
              r"[ \t]{1,3}#?(?=[^ \t]{0,23}[0-9])[^ \t,;()]{1,24}")
# (closer 155) A switch's confirmation's or booking's word by language, the first word of RECORD_FOR's phrases before
# the language's bare `for` (`confirmed`, `bestätigt`, `gebucht`, `confirmé`, `bevestigd`), then a colon and what was
# switched to, one to four tokens (`Tarifwechsel bestätigt: Ökostrom Fix 24 für …`).
_CONFIRMATION_WORDS = sorted({canonical(phrase.split()[0])[0].lower() for line in key_lexicon.RECORD_FOR.values()
                              for phrase in line.split("|")[1:] if phrase.split()[-1] == line.split("|")[0]},
                             key=longest_first)
_CONFIRMED_TO = (f"[ \\t]{{1,3}}(?i:{phrase_alternation(_CONFIRMATION_WORDS)})[ \\t]{{0,3}}:"
                 r"(?:[ \t]{1,3}[^ \t,;()]{1,24}){1,4}?")
# (group `name`: the name)
# (a name's end as name_shapes.END has it, or a bracket after a blank: `… for Yorvenna Brastelwick (rear-end …)`)
RECORD_NAMED = re.compile(f"{OPENS}(?:(?P<noun>(?i:{phrase_alternation(_NOUNS)}))(?P<reference>{_REFERENCE})?"
                          f"|(?i:{phrase_alternation(_REFERENCED_NOUNS)})(?P<referenced>){_REFERENCE}"
                          f"|(?P<confirmed>(?i:{phrase_alternation(_CONFIRMED_NOUNS)}))"
                          f"(?P<switch_reference>{_REFERENCE}|{_CONFIRMED_TO})?"
                          f")[ \\t]{{1,3}}"
                          f"(?:(?P<for>(?i:{phrase_alternation(_FOR)}))|(?P<dash>-))[ \\t]{{1,3}}"
                          f"(?P<honorific>{_HONORIFIC})?(?P<name>{FULL_NAME})"
                          f"(?:{END}|(?=[ \\t]{{1,3}}\\())")
# (closer 180, eighty-third attack: e-government) An office's appointment booked for a citizen (APPOINTMENT_FOR): an
# appointment's noun by language (key_lexicon.OFFICE_APPOINTMENTS), up to five tokens of the office it is at, its date
# and its hour (`Termin Bürgeramt Mitte 12.01.2026 09:30 für …`), maybe a dash (`Cita previa Seguridad Social – para
# …, 14/01/2026 10:15`), a RECORD_FOR word, maybe an honorific, then a full name. A date among the office's tokens or
# right after the name tells an office's booked day from a service's page (`Cita previa Seguridad Social – para
# Pensionistas Extranjeros`) and from a salon's hour (`Appointment 14:30 at Barber Shop for Beard Trim`); what a
# citizen books an appointment for is no name (_PUBLIC_SERVICES: `… für Reisepass Beantragung`).
_OFFICE_APPOINTMENTS = _words(key_lexicon.OFFICE_APPOINTMENTS)
APPOINTMENT_FOR = re.compile(
    f"{OPENS}(?i:{phrase_alternation(_OFFICE_APPOINTMENTS)})(?P<at>(?:[ \\t]{{1,3}}[^\\s,;()]{{1,30}}){{1,5}}?)"
    f"[ \\t]{{1,3}}(?:-[ \\t]{{1,3}})?(?i:{phrase_alternation(_FOR)})[ \\t]{{1,3}}(?:{_HONORIFIC})?"
    f"(?P<name>{FULL_NAME}){END}")
_SLOT_DATE = r"(?<![0-9])[0-9]{1,2}[./-][0-9]{1,2}[./-](?:[0-9]{2}){1,2}(?![0-9])"
_DATED_SLOT = re.compile(_SLOT_DATE)
_SLOT_AFTER_NAME = re.compile(r"[ \t]{0,3}[,-]?[ \t]{0,3}(?:[^\s,;]{1,12}[ \t]{1,3}){0,2}" + _SLOT_DATE)
# What a citizen books an office's appointment for, by language: an identity's or a travel document, a licence, a
# registration of a home, a birth or a vehicle, a benefit or a pension, biometrics, an interview or a test, a
# certificate, and its request, renewal, collection or legalisation (canonical, lower case).
_PUBLIC_SERVICES = frozenset(canonical(word)[0].lower() for word in (
    "passport passports identity card cards id licence license driving test exam interview biometrics biometric "
    "visa residence permit registration benefit benefits pension pensions renewal application collection "
    "certificate certificates marriage birth death citizenship naturalisation naturalization council tax "
    "reisepass personalausweis ausweis führerschein fuhrerschein anmeldung ummeldung abmeldung beantragung abholung "
    "beglaubigung wohnsitz aufenthaltstitel zulassung kfz fahrzeug fahrzeuge neue neues einbürgerung eheschließung "
    "rente kindergeld "
    "passeport carte identité titre séjour permis renouvellement demande retrait inscription immatriculation "
    "naturalisation mariage naissance décès "
    "pasaporte dni nie tie huellas empadronamiento renovación solicitud jubilación prestación prestaciones "
    "extranjería permiso conducir certificado nacimiento matrimonio defunción "
    "passaporto carta identità patente permesso soggiorno rinnovo richiesta residenza cittadinanza pensione "
    "paspoort identiteitskaart rijbewijs verlenging aanvraag inschrijving verblijfsvergunning "
    "paszport dowód osobisty prawo jazdy meldunek wniosek odbiór").split())
# (closer 162, review 26) A record's reference after the name, after a comma or a dash (`… – ref 4482910`, `…, ref
# BW-448291`), and a plan made for one person, its personal word right before the plan's noun (`Personal training
# plan – …`, `Individueller Trainingsplan – …`), where a dash may stand for `for` (RECORD_NAMED's group `dash`).
_REFERENCE_AFTER = re.compile(r"[ \t]{0,3}(?:,|[ \t]-)[ \t]{1,3}(?i:ref|reference|no|nr|n°|#)\.?[ \t]{0,3}:?"
                              r"[ \t]{0,3}#?(?=[^ \t]{0,23}[0-9])")
_PLANS = frozenset(" ".join(canonical(phrase)[0].lower().split()) for phrase in key_lexicon.RECORD_NOUNS["plans"]
                   .split("|"))
_PERSONAL_PLAN = re.compile(r"(?i:personal|personalised|personalized|individual|custom|bespoke|persönlicher"
                            r"|personlicher|individueller|personnalise|personalizado|personalizzato|persoonlijk"
                            r"|indywidualny)[ \t]{1,3}\Z")
# (closer 155) A permit's or a badge's holder (PERMIT_NAMED): its label by language (key_lexicon.PERMITS), maybe its
# number, a colon or a dash, maybe an honorific, then a full name (`Carte de stationnement résident : …`); its page's
# words are none (`Blue Badge – Apply online`, `… : tarifs 2026`, _PERMIT_PAGES).
_PERMITS = _words(key_lexicon.PERMITS)
PERMIT_NAMED = re.compile(f"{OPENS}(?i:{phrase_alternation(_PERMITS)})(?:{_REFERENCE})?"
                          f"[ \\t]{{0,3}}[:-][ \\t]{{1,3}}(?:{_HONORIFIC})?(?P<name>{FULL_NAME}){END}")
_PERMIT_PAGES = frozenset(canonical(word)[0].lower() for word in (
    "apply application applications eligibility eligible checker check renew renewal renewals replace replacement "
    "lost guide faq faqs help form forms price prices fee fees cost costs zone zones visitor visitors scheme schemes "
    "online how what who when where news map maps holder holders information info scratch card cards terms rules "
    "antrag beantragen verlängerung gebühren kosten zone demande renouvellement tarifs tarif solicitud renovación "
    "tarifas richiesta rinnovo tariffe aanvragen verlengen tarieven wniosek ansökan").split())
# (closer 162, review 26) A contest's winner in lower case (LOWER_WINNER): a winner's label (role_labels.WINNER_LABELS,
# with its contest before or after it), a colon, then a lower-case name as LOWER_RECORD_NAMED reads it (`Winner: best
# in show` and a team's words, role_labels.a_winners_team, name none).
_LOWER_NAME = "[a-z][a-z'\\-]{2,29}(?:[ \\t]{1,3}[a-z][a-z'\\-]{2,29}){1,2}"
LOWER_WINNER = re.compile(f"{OPENS}(?i:{phrase_alternation(sorted(WINNER_LABELS, key=longest_first))})[ \\t]{{0,3}}:"
                          f"[ \\t]{{1,3}}(?P<name>{_LOWER_NAME})(?=[ \\t]{{0,3}}(?:$|[,;(\\n\"]))")
# A contest's prize, category, vote or pending outcome, which no winner's name holds (`Winner: best picture`, `Winner:
# public vote`, `Winner: not yet announced`), by language, canonical, lower case.
_CONTEST_OUTCOMES = frozenset(canonical(word)[0].lower() for word in (
    "best top most award awards prize prizes trophy cup medal gold silver bronze category categories vote votes "
    "voting choice pick picture film movie album song book novel entry entries team teams announced pending soon yet "
    "not none nobody draw tie overall runner runners grand champion champions jury judges public readers "
    "beste bester preis preise pokal meilleur meilleure prix mejor premio premios miglior migliore beste prijs "
    "najlepszy nagroda basta pris").split())
# (closer 156) ... and with its reference, a name in lower case (LOWER_RECORD_NAMED: `Invoice INV-5512 for … …`, as a
# form's field writes it): two or three words of three letters or more ending the text or before a comma or a bracket,
# none what a record is for (_RECORD_SUBJECTS, greetings' work words: `for web design`), a function word
# (_FUNCTION_WORDS: `for click and collect`) or an activity's or a state's noun by its ending (_ACTIVITY_ENDING:
# `editing`, `renovation`, `management`, `maintenance`).
LOWER_RECORD_NAMED = re.compile(f"{OPENS}(?i:{phrase_alternation(_NOUNS + _REFERENCED_NOUNS)}){_REFERENCE}"
                                f"[ \\t]{{1,3}}(?i:{phrase_alternation(_FOR)})[ \\t]{{1,3}}(?P<name>{_LOWER_NAME})"
                                f"(?=[ \\t]{{0,3}}(?:$|[,;(\\n\"]))")
_FUNCTION_WORDS = frozenset(
    "the and with from your our his her their its this that these those all any new old next last each every "
    "und mit der die das des les une avec del los las con para per che gli van het een met".split())
# (bounded before the ending: a family name ends so too, `Savage`, `Lawrence`, `Montgomery`)
_ACTIVITY_ENDING = re.compile(r".{3,}(?:ing|tion|sion|ment|ity|ness|ship|ics)|.{4,}age|.{5,}(?:ance|ence)")
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
    # (closer 156: a fee's, a rent's, an advice's words, and the months no given name is: `Invoice … for march rent`)
    "rent rental fee fees deposit subscription membership advice media over january february march september "
    "october november december "
    # (closer 159, review 26: a tariff's, an energy or a water supplier's, a waste collection's words, `Tariff switch
    # confirmed for Octopus Agile`, `Switch confirmed for British Gas`, `Collection booked for Garden Waste`)
    "tariff tariffs tarif tarife agile tracker variable flexible fixed gas energy electric electricity water "
    "utilities waste recycling garden abfall müll déchets residuos rifiuti afval "
    # (closer 157: a home a tenancy's record is for, and a lender's audience)
    "flat apartment wohnung appartement logement piso vivienda appartamento woning mieszkanie first time buyers "
    "buyer movers landlords tenants käufer erstkäufer acheteurs compradores acquirenti kopers "
    # (closer 162, review 26: a plan's goal, `Plan for Weight Loss – 8 weeks`, and what a collection takes away,
    # `Collection for Christmas Trees, ref 44`)
    "weight loss fat gain muscle muscles strength toning tone cardio endurance mobility flexibility fitness healthy "
    "living wellness wellbeing growth success abnehmen muskelaufbau christmas xmas tree trees sofa mattress "
    "mattresses fridge freezer appliance appliances bulky").split())
# (closer 167, review 28) ... and a supplier's power, broadband or municipal utility, a tariff's words, and a
# collection's box, caddy or bulky item, by language (`Switch confirmed for Scottish Power`, `… for Sky Broadband`,
# `Wechsel bestätigt für Stadtwerke München`, `Tariff switch confirmed for Octopus Go`, `Collection booked for Old
# Sofa`): no name holds them.
_RECORD_SUBJECTS |= frozenset(canonical(word)[0].lower() for word in (
    # (not `power`, `box`, `go`, `easy`: family names too, `Power`, `Box`, Korean `Go`)
    "broadband fibre fiber internet wifi mobile telecom telecoms stadtwerke strom ökostrom glasfaser dsl "
    "énergie électricité fibre energia electricidad luz fibra energie stroom glasvezel prąd światłowód "
    "octopus bulb vattenfall flux intelligent "
    "boxes caddy caddies fridge freezer tree sofa couch mattress wardrobe bulky appliance appliances "
    "kühlschrank matratze sperrmüll canapé matelas encombrants frigo nevera colchón voluminosos frigorifero divano "
    "materasso ingombranti koelkast matras grofvuil").split())
# (closer 159) A bin after its colour (`Collection booked for Green Bin`; a colour's word, ATTRIBUTE_WORDS, then a
# bin's word by language: not a family name `Bin` after a given name).
_BINS = frozenset("bin bins tonne tonnen poubelle bac cubo contenedor bidone container kliko pojemnik kärl".split())


def _a_coloured_bin(name: str) -> bool:
    words = [word.lower() for word in name.split()]
    return len(words) == 2 and words[0] in ATTRIBUTE_WORDS and words[1] in _BINS


# (group 1: the name) An age between commas (or in brackets, German's and Dutch's way: `… (40) aus Köln`) after a
# full name opening the text (or a line, or a JSON string after its quote), then a word in lower case (group `word`
# or `bracketed`; of three letters or more: not a unit's, `Oak Table, 40, cm`) or, after a comma, a town: one to three
# capitalized words ending the text or before a comma, a date or a line's end (group `town`: `…, 40, Leeds`, `…, 40,
# Milton Keynes, 12.03.2026`, `… (40), Leeds`).
_ADULT_AGE = "(?:1[6-9]|[2-9][0-9])"
AGED_OPENING = re.compile(f"(?:^|(?<=[\\n\"]))[ \\t]{{0,3}}(?:{_HONORIFIC})?({FULL_NAME})"
                          f"(?:(?:,[ \\t]{{1,3}}{_ADULT_AGE}|[ \\t]{{1,3}}\\({_ADULT_AGE}\\)),[ \\t]{{1,3}}"
                          f"(?:(?P<town>[A-Z][^\\W\\d_]{{1,29}}(?:[ \\t]{{1,3}}[A-Z][^\\W\\d_]{{1,29}}){{0,2}})"
                          f"(?=[ \\t]{{0,3}}(?:$|[,;\\n\"]|[0-9]{{1,2}}[./-]))|(?P<word>[a-z][^\\W\\d_]{{2,29}}))"
                          f"|[ \\t]{{1,3}}\\({_ADULT_AGE}\\)[ \\t]{{1,3}}(?P<bracketed>[a-z][^\\W\\d_]{{2,29}}))")
# A headline's verb in the third person by language (lower case, canonical): after `<Full Name>, <age>,` it is a news
# story's shape about a public figure (`…, 36, wins the Masters`, `…, 34, gewinnt …`), not a record's person. Career
# and contest verbs only: a death's or a court's (`dies`, `charged`) tell a private person as often.
HEADLINE_VERBS: Dict[str, str] = {
    "English": "wins signs retires joins leaves quits announces returns reveals confirms claims clinches beats "
               "breaks sets scores becomes marries launches releases opens extends renews tops leads takes "
               # (closer 166, review 27: a contest's, a show's or a career's news)
               "reaches stars misses withdraws slams lands unretires unveils debuts qualifies advances "
               "defends criticises criticizes hits blasts earns",
    "German": "gewinnt siegt unterschreibt verlängert wechselt verlässt beendet feiert holt kehrt heiratet erklärt "
              "verkündet bestätigt führt knackt stellt übernimmt erreicht verpasst verliert kritisiert",
    "French": "remporte gagne signe prolonge rejoint quitte annonce confirme bat décroche devient épouse revient "
              "prend lance",
    "Spanish": "gana firma ficha renueva deja anuncia confirma vence conquista logra bate vuelve regresa lanza",
    "Italian": "vince firma rinnova lascia annuncia conferma conquista batte torna diventa sposa lancia",
    "Portuguese": "vence ganha assina renova deixa anuncia confirma conquista bate volta torna lança",
    "Dutch": "wint tekent verlengt verlaat stopt kondigt bevestigt pakt verslaat keert trouwt",
    "Polish": "wygrywa podpisuje przedłuża odchodzi kończy ogłasza zdobywa pokonuje wraca",
    "Swedish": "vinner skriver förlänger lämnar slutar meddelar bekräftar tar",
}
_HEADLINE_VERBS = frozenset(canonical(word)[0].lower() for line in HEADLINE_VERBS.values() for word in line.split())
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
# (booked_names.NOT_BOOKED_NAMES).
_VENUES = frozenset(canonical(word)[0].lower() for word in (
    "court courts table tables lane lanes pitch pitches pool studio studios hall halls room gym track field arena "
    "operator operators agent agency team staff members member instructor trainer coach main centre center "
    "raum saal halle platz bahn feld studio sala salle terrain piscine piste cancha pista campo palestra zaal baan "
    "veld bana banan sal plan hall bane salen grande petit petite klein kleine große grosse groot grote stor lilla "
    "liten stora one un une eins ein eine uno una due tre två ett en twee drie tres trois quatre "
    "free trial sold out full waitlist cancelled canceled early bird drop intro offer open available session class "
    "pass board bike bikes mat mats rental hire ausgebucht voll complet completo lleno esaurito vol fullbokad").split()
) | NOT_BOOKED_NAMES
# (closer 162, review 26) A dash may stand for the colon and between the class's tokens (`Class booking – Yoga 18:30 –
# …`, `Booking – Spin 45 – Tue 18:30 – …`), and after a dash a name may be in lower case (group `lower`, as a form's
# field writes it: judged as LOWER_RECORD_NAMED's).
_CLASS_TOKEN = r"[ \t]{1,3}(?:-[ \t]{1,3})?[^ \t,;()\-]{1,24}"
CLASS_BOOKED = re.compile(f"{OPENS}(?:[A-Za-z][a-z]{{1,14}})?(?i:{phrase_alternation(_BOOKING_NOUNS)})"
                          f"(?:[ \\t]{{0,3}}:|[ \\t]{{1,3}}-)?(?P<class>(?:{_CLASS_TOKEN}){{1,4}})[ \\t]{{1,3}}"
                          f"(?:-[ \\t]{{1,3}}(?P<lower>{_LOWER_NAME})(?=[ \\t]{{0,3}}(?:$|[,;(\\n\"]))"
                          f"|(?:-|(?P<for>(?i:{phrase_alternation(_FOR)})))[ \\t]{{1,3}}(?:{_HONORIFIC})?"
                          f"(?P<name>{FULL_NAME}){END})")
_ENGLISH_FOR = frozenset(key_lexicon.RECORD_FOR["English"].split("|"))
# ... and who booked a slot, after its time (SLOT_BOOKED: `Spin 45 – Tue 18:30 – booked by …`, `… 19h gebucht von …`;
# key_lexicon.BOOKED_BY), maybe a dash between.
_SLOT_TIME = r"(?:[0-2]?[0-9][:.h][0-5][0-9]|[0-2]?[0-9][ \t]?(?i:am|pm|h))"
# (closer 162, review 26) ... or before it, opening the text: its words, a full name, a dash, then up to three of the
# class's tokens and its time (group `before`: `Booked by … – Yoga 18:30`; `Booked by 12 people` holds no name).
_BOOKED_BY = phrase_alternation(_words(key_lexicon.BOOKED_BY))
SLOT_BOOKED = re.compile(f"(?:^|(?<=[ \\t]))({_SLOT_TIME})(?:[ \\t]{{1,3}}-)?[ \\t]{{1,3}}"
                         f"(?i:{_BOOKED_BY})[ \\t]{{1,3}}(?:{_HONORIFIC})?(?P<name>{FULL_NAME}){END}"
                         f"|{OPENS}(?i:{_BOOKED_BY})[ \\t]{{1,3}}(?:{_HONORIFIC})?(?P<before>{FULL_NAME})[ \\t]{{1,3}}-"
                         f"(?:[ \\t]{{1,3}}[^ \\t,;()\\-]{{1,24}}){{0,3}}?[ \\t]{{1,3}}{_SLOT_TIME}(?![0-9])")
# ... and the client a trainer's notes or file is kept on (CLIENT_NOTED, key_lexicon.CLIENT_RECORDS): its words, a dash
# or a colon, maybe an honorific, a full name, then the record going on (_RECORD_GOES_ON: `Client notes – …: lower
# back pain`); `Client Notes – Free Template` names none.
_CLIENT_RECORDS = _words(key_lexicon.CLIENT_RECORDS)
# (closer 162, review 26: or a lower-case name before a colon, group `lower`: `Client notes – … …: knee`)
CLIENT_NOTED = re.compile(f"{OPENS}(?i:{phrase_alternation(_CLIENT_RECORDS)})[ \\t]{{0,3}}[-:][ \\t]{{1,3}}"
                          f"(?:(?P<lower>{_LOWER_NAME})(?=[ \\t]{{0,3}}:[ \\t]{{1,3}}[^\\W_])"
                          f"|(?P<honorific>{_HONORIFIC})?(?P<name>{FULL_NAME}){END})")
# (closer 161) ... and the pupil a lesson's, a tutor's or a teacher's record is made out to (TAUGHT_NOTED,
# key_lexicon.TEACHING_RECORDS): its words, up to three words of its subject, a dash, a colon or a `for` word
# (RECORD_FOR), maybe an honorific, a full name, then the record going on (_TAUGHT_GOES_ON: a mark and a word, or a
# word in lower case: `… passed Stage 3`), or the text ending after a colon's name (`Feedback lezione di violino: …`).
_TEACHING_RECORDS = _words(key_lexicon.TEACHING_RECORDS)
TAUGHT_NOTED = re.compile(f"{OPENS}(?i:{phrase_alternation(_TEACHING_RECORDS)})"
                          f"(?:[ \\t]{{1,3}}[^\\W\\d_]{{2,20}}){{0,3}}"
                          f"(?:[ \\t]{{0,3}}(?P<colon>:)|[ \\t]{{1,3}}-|[ \\t]{{1,3}}(?i:{phrase_alternation(_FOR)}))"
                          f"[ \\t]{{1,3}}(?:{_HONORIFIC})?(?P<name>{FULL_NAME}){END}")
_TAUGHT_GOES_ON = re.compile(r"[ \t]{0,3}(?:[,:;]|[ \t]-)[ \t]{1,3}[^\W_]|[ \t]{1,3}[a-z]")
# A school's, a subject's, a lesson's and a teaching resource's words, which no pupil's name holds (`Report: Ofsted
# Inspection`, `Assessment for Learning: Practical Ideas`, `Feedback lezione di violino: Scuola Musica`), by language,
# canonical, lower case.
_SCHOOLING_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "school schools scuola escuela école schule szkoła academy akademie accademia college collège colegio "
    "music musica musique musik muziek muzyka learning lernen apprentissage aprendizaje teaching inspection ofsted "
    "ideas practical guide guides template templates tips resources criteria skills maths math mathematics english "
    "science reading writing phonics spelling grammar history geography art piano violin guitar swimming stage grade "
    "level year term class classes primary secondary nursery parents teachers pupils students online "
    # (closer 165, review 28: a history topic's words, `Lesson notes: Ancient Egypt`)
    "ancient medieval prehistoric prehistory romans vikings egyptians greeks victorians saxons antike mittelalter "
    "antiquite antiguedad antichita oudheid middeleeuwen "
    # (closer 171, review 29: an era's or a history topic's words, `Stone Age`, `Victorian Britain`, `Industrial
    # Revolution`, `Great Fire of London`; not `Stone`, `Iron`, `Great`, family names too)
    "age ages era victorian tudor georgian edwardian elizabethan industrial revolution revolutions empire empires "
    "war wars fire plague invasion invasions conquest dynasty civilisation civilization pharaohs aztecs mayans "
    "celts normans steinzeit bronzezeit eisenzeit römer weltkrieg prehistoire revolución guerra guerre "
    # (closer 171: a nursery's or a school's own word opening its name, `Elternbeitrag Kita Sonnenschein`)
    "kita kitas kindergarten krippe kinderkrippe hort kiga creche preschool pre-school playgroup asilo nido "
    "materna guarderia peuterspeelzaal kinderopvang przedszkole forskola grundschule gymnasium realschule "
    "gesamtschule lycee colegio").split())
_TEXT_ENDS = re.compile(r"[ \t.]{0,3}(?:$|[\n\"])")
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
# (closer 162, review 26) ... or a name's word, a preposition saying where it is printed by language, maybe an
# article, and the kit's word (`Name on shirt:`, `Name auf dem Trikot:`, `Nom sur le maillot :`).
_ON_THE_KIT = (r"(?:[ \t]{1,3}(?i:on|auf|sur|en|sul|sulla|op|na|pa)"
               r"(?:[ \t]{1,3}(?i:the|dem|der|die|le|la|el|il|de|het))?[ \t]{1,3}[^\W\d_]{2,20})")
PRINTED_NAME = re.compile(
    f"(?:(?:^|(?<=[\\s,.;(\"-]))(?i:{phrase_alternation(_PRINT_WORDS)})"
    f"(?:[ \\t]{{1,3}}[^\\W\\d_]{{2,20}}){{0,3}}[ \\t]{{0,3}}[:-]"
    f"|{OPENS}(?i:{phrase_alternation(_NAME_WORDS)}){_ON_THE_KIT}?[ \\t]{{0,3}}:)[ \\t]{{1,3}}([A-Z][A-Z'\\-]{{2,29}})"
    f"(?=[ \\t]{{0,3}}(?:$|[,;\\n\"]|[0-9]{{1,2}}(?:$|[ \\t,;\\n\"])))")
# (closer 167, review 28) empty, free or optional by language: a print that is no name (`Name: NIL`, `Beflockung: LEER`,
# `Flocage : OFFERT`); one of two engraved given names is a name still (`Anna & Tom`: Polish `tom`, Swedish `tomt`)
_EMPTY_PRINTS = frozenset(("nil empty leer frei gratis kostenlos offert offerte vide vacio vuoto leeg pusty tom "
                           "optional optionnel opcional opzionale").split())
_NOT_PRINTED = ATTRIBUTE_WORDS | frozenset(  # (a colour or a size by language: `Nombre: ROJO`, `Flocage : NOIR`)
    "xxl xxxl xxxxl none null tbc tbd yes default custom blank free sale new rose front back sleeve left right top "
    "bottom size colour color text name number nombre numero nom nome naam "
    # (closer 159: `none` and `without` by language, `Beflockung: OHNE`, `Flocage : AUCUN`)
    "keine kein keiner ohne aucun aucune sans nessuno nessuna senza ninguno ninguna sin nenhum nenhuma sem geen "
    "zonder brak bez ingen utan "
    # (closer 167, review 28: plain, and a print that is no name, `Print: LOGO`; and _EMPTY_PRINTS)
    "add standard plain logo sponsor crest unisex".split()) | TEAMS_AND_STATES | (  # (and a stock's state)
    _EMPTY_PRINTS)
# (closer 161) A child's name printed on a name label or on a school's kit (LABELLED_KIT): a name label's words
# (key_lexicon.NAME_LABELS), a school kit's word before a print's or a personalisation's (key_lexicon.SCHOOL_KIT,
# KIT_PRINTS, PERSONALISATION: `Book bag print`), or a personalisation's before a name's word (`Embroidered name`),
# then up to three words (`thermocollantes`, `on jumper`), a colon or a dash, and a full name in any case or an initial
# and a family name in capitals (`T. …`), then the text's end, a mark, a bracket or a class's code (`4O`). `Name labels
# – 50 pack`, `Iron-on name tapes – white` name none.
_LABEL_WORDS = _words(key_lexicon.NAME_LABELS)
_KIT_WORDS = _words(key_lexicon.SCHOOL_KIT)
_NAME_WORD_FORMS = "name|names|nom|prenom|namen|naam|nome|nombre|navn|namn|imie"
_CAPITALS_WORD = "[A-Z][A-Z'\\-]{1,29}"
_LOWER_WORD = "[a-z][a-z'\\-]{1,29}"
LABELLED_KIT = re.compile(
    f"(?<![^\\W\\d_])(?i:{phrase_alternation(_LABEL_WORDS)}"
    f"|(?:{phrase_alternation(_KIT_WORDS)})[ \\t]{{1,3}}(?:{phrase_alternation(_PRINT_WORDS)})"
    f"|(?:{phrase_alternation(_PRINT_WORDS)})[ \\t]{{1,3}}(?:{_NAME_WORD_FORMS}))(?![^\\W\\d_])"
    f"(?:[ \\t]{{1,3}}[^\\W\\d_]{{2,20}}){{0,3}}[ \\t]{{0,3}}(?::|[ \\t]-)[ \\t]{{1,3}}"
    f"(?:(?P<name>{FULL_NAME})|(?P<capitals>{_CAPITALS_WORD}(?:[ \\t]{{1,3}}{_CAPITALS_WORD}){{1,2}}"
    f"|[A-Z]\\.[ \\t]{{0,3}}{_CAPITALS_WORD})"
    # (closer 167, review 28: or two words in lower case, a name typed as it came: `Name labels: … …`)
    f"|(?P<lower>{_LOWER_WORD}[ \\t]{{1,3}}{_LOWER_WORD}))"
    f"(?=[ \\t]{{0,3}}(?:$|[,.;:!?()\\n\"|]|-[ \\t])|[ \\t]{{1,3}}[0-9][0-9A-Za-z]{{0,2}}(?:$|[ \\t,;\\n\"]))")
# A label's or a print's design, colour, size or pack, which no child's name holds (`Name labels: WHITE NAVY`, `Book
# bag print: Dinosaur Pattern`), by language, canonical, lower case.
_KIT_DESIGNS = _NOT_PRINTED | frozenset(canonical(word)[0].lower() for word in (
    "design designs pattern patterns print prints theme themes motif style styles colour colours color colors pack "
    "packs mixed assorted rainbow unicorn unicorns dinosaur dinosaurs animal animals space stars star hearts heart "
    "flowers flower football sport sports princess cars car mini maxi mega value starter school kids baby classic "
    "motiv muster farbe motif couleur diseño color motivo colore ontwerp kleur "
    # (closer 165, review 28: a school's crest or logo, a character's animal, `School jumper print: Crest Only`, `Book
    # bag print: Spider Man`; a brand's greeting, `Hello Kitty`, is brand_words')
    "crest crests logo logos badge badges emblem only spider shark sharks dragon dragons butterfly butterflies "
    "dolphin panda penguin wappen blason escudo stemma embleem").split())
# (closer 167) A label's own goods and their care, by language, in lower case (`Name labels: shoe labels`,
# `… dishwasher safe`), read after a name label in lower case, where no capital tells a name.
_LABEL_GOODS = frozenset(canonical(word)[0].lower() for word in (
    "label labels tag tags tape tapes sticker stickers stamp stamps safe proof waterproof washable seller sellers "
    "etikett etiketten aufkleber stempel etiquette etiquettes autocollant etiqueta etiquetas pegatina etichetta "
    "etichette naamlabel naamlabels etiket etiketten naklejka naklejki "
    # (and a care's small words, `zum Aufbügeln`, `pour vêtements`)
    "zum zur zu fur mit ohne pour avec sans para con sin per voor met zonder do na").split())
# (closer 169) A couple's names engraved or printed on a personalised gift (ENGRAVED_COUPLE): a personalisation's or a
# print's word (PRINTED_NAME's; up to three words after it: `Gravur innen`, `Engraved ring`, `Personalised cake
# topper`), a colon or a dash, maybe a quote and a monogram's initials (`IQ & TB –`), then two names joined by a
# couple's sign or word by language (`… & …`, `… y …`, `I. … ∞ T. …`), an honorific's pair before a family name (`Mr &
# Mrs …`), or a full name; then the text's end, a mark, a number or a word in lower case (`… forever 2026`). Not an
# engraving's sentiment, a material, a colour or a design (_ENGRAVED_WORDS: `Forever & Always`, `Rose Gold`).
_COUPLE_JOIN = "(?:[&+\u221e]|and|und|y|et|e|en|i|og|och)"
_PAIRED_HONORIFICS = honorifics.alternation("paired")
_MONOGRAM = "[A-Z]{2,3}[ \\t]{0,3}[&+][ \\t]{0,3}[A-Z]{2,3}"
ENGRAVED_COUPLE = re.compile(
    f"(?<![^\\W\\d_])(?i:{phrase_alternation(_PRINT_WORDS)})(?:[ \\t]{{1,3}}[^\\W\\d_]{{2,20}}){{0,3}}"
    f"[ \\t]{{0,3}}(?::|[ \\t]-)[ \\t]{{1,3}}['\"]?(?:{_MONOGRAM}[ \\t]{{1,3}}-[ \\t]{{1,3}})?"
    f"(?:{_PAIRED_HONORIFICS}[ \\t]{{1,3}}(?:&|and|und|et|y|e|en)[ \\t]{{1,3}}{_PAIRED_HONORIFICS}[ \\t]{{1,3}}"
    f"(?P<family>{WORD})|(?P<first>{WORD}(?:[ \\t]{{1,3}}{WORD})?)[ \\t]{{1,3}}{_COUPLE_JOIN}[ \\t]{{1,3}}"
    f"(?P<second>{WORD}(?:[ \\t]{{1,3}}{WORD})?)|(?P<name>{FULL_NAME}))"
    f"(?=[ \\t]{{0,3}}(?:$|[,.;:!?()\\n\"'|]|-[ \\t])|[ \\t]{{1,3}}[0-9a-z])")
# ... and, unlabelled, a couple's honorifics or a wedding named for a family before its year or its date (`Mr & Mrs
# … 2026`, `The … Wedding 12.06.2026`; not `The Royal Wedding 2026`, `The Summer Wedding 2026`: _ENGRAVED_WORDS).
FAMILY_WEDDING_DATED = re.compile(
    f"{OPENS}(?:{_PAIRED_HONORIFICS}[ \\t]{{1,3}}(?:&|and|und|et|y|e|en)[ \\t]{{1,3}}{_PAIRED_HONORIFICS}"
    f"[ \\t]{{1,3}}(?P<family>{WORD})|The[ \\t]{{1,3}}(?P<wedded>{WORD})[ \\t]{{1,3}}(?i:wedding|nuptials))"
    f"[ \\t]{{1,3}}(?:-[ \\t]{{1,3}})?(?:(?:19|20)[0-9]{{2}}|[0-3]?[0-9][./-][01]?[0-9][./-](?:19|20)?[0-9]{{2}})"
    f"(?![0-9])")
# (closer 169) A seating plan's, a place card's or a guest list's guests (SEATED_OR_LISTED): a seating plan's or a
# guest list's label by language (_SEATING_LABELS: `Escort card`, `Tischplan`, `Guest list (2)`, `Liste des invités`),
# or a table's word and its number or name (`Table 4`, `Tisch 7`, `Table Lavande`, `Mesa 3`), a colon or a dash, then
# an honorific and a family name (`Place card: Mrs …`), a full name, or a family name before a comma, a given name or
# an initial (`Gästeliste: …, …`, `Liste des invités : … M.`); or a seat given `to guest` (`Seat 12B assigned to guest
# …`). Not a colour, a design or a table's goods (`Table 4: Rose Gold`: _ENGRAVED_WORDS).
SEATING_LABELS: Dict[str, str] = {
    "English": "seating plan|seating chart|table plan|place card|place cards|escort card|escort cards|guest list|"
               "guestlist|table assignment",
    "German": "tischplan|sitzplan|sitzordnung|platzkarte|tischkarte|gasteliste|gaesteliste",
    "French": "plan de table|marque-place|marque place|carte de placement|liste des invites|liste d'invites",
    "Spanish": "plano de mesas|seating|tarjeta de mesa|lista de invitados|lista invitados",
    "Italian": "tableau de mariage|segnaposto|lista degli invitati|lista invitati",
    "Dutch": "tafelschikking|tafelindeling|naamkaartje|gastenlijst", "Polish": "plan stolow|winietka|lista gosci",
    "Portuguese": "mapa de mesas|lista de convidados",
}
_TABLE_WORDS = "table|tisch|mesa|tavolo|tafel|stol|mesa"
_TABLE = f"(?i:{_TABLE_WORDS})[ \\t]{{1,3}}(?:[0-9]{{1,3}}[A-Za-z]?|[A-Z][a-z]{{2,20}})"
_SEAT_TO_GUEST = "assigned to guest|reserved for guest|zugewiesen an gast|attribuee a l'invite|asignado al invitado"
SEATED_OR_LISTED = re.compile(
    f"(?<![^\\W\\d_])(?:(?i:{phrase_alternation(_words(SEATING_LABELS))})(?:[ \\t]{{1,3}}(?:-[ \\t]{{1,3}})?{_TABLE})?"
    f"|(?P<table>{_TABLE}))"
    f"(?:[ \\t]{{1,3}}\\([0-9]{{1,4}}\\))?[ \\t]{{0,3}}(?::|[ \\t]-)[ \\t]{{1,3}}"
    f"(?:{_HONORIFIC}(?P<family>{WORD})|(?P<name>{FULL_NAME})"
    f"|(?P<reversed>{WORD})(?:,[ \\t]{{1,3}}{WORD}|[ \\t]{{1,3}}[A-Z]\\.))"
    f"(?=[ \\t]{{0,3}}(?:$|[,.;:!?()\\n\"'|]|-[ \\t])|[ \\t]{{1,3}}[0-9a-z(])"
    f"|(?<![^\\W\\d_])(?i:{_SEAT_TO_GUEST})[ \\t]{{1,3}}(?P<guest>{FULL_NAME}){END}")
# (an engraved full name goes on with a date, a year or a word in lower case: `… 12.06.2026`, `… forever`)
_ENGRAVED_GOES_ON = re.compile(r"[ \t]{0,3}['\"]?[ \t]{0,3}(?:[a-z]|[0-3]?[0-9][./-][01]?[0-9][./-](?:19|20)?[0-9]{2}"
                               r"|(?:19|20)[0-9]{2}(?![0-9]))")
# (closer 185, review 32) ... a full name or a couple's given names after the table's goods, past a dash or a comma
# (`Salt & Pepper – …`, `Fish & Chips, … & …`), ending the text or its line
_AFTER_THE_GOODS = re.compile(f"[ \\t]{{0,3}}(?:,|[ \\t]-|–)[ \\t]{{1,3}}(?:(?P<full>{FULL_NAME})"
                              f"|(?P<one>{WORD})[ \\t]{{1,3}}{_COUPLE_JOIN}[ \\t]{{1,3}}(?P<other>{WORD}))"
                              f"(?=[ \\t]{{0,3}}(?:$|[.!\\n]))")
# (a seated full name after a table's label is followed by another one or by an aside: `Table 4: …, …`, `… (veg)`)
_LISTED_NEXT = re.compile(r"[ \t]{0,3}(?:[,;][ \t]{1,3}[A-Z]|\()")
# An engraving's sentiments by language, which no couple's name holds (`Forever & Always`, `Love & Light`,
# `Para siempre`), and a ring's metals; with _KIT_DESIGNS' colours, designs and sizes.
_ENGRAVED_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "forever always love light eternity infinity endless together yours mine you me us true hope faith grace joy "
    "happily ever after soulmates soulmate best friends mr mrs "
    "immer ewig liebe für dich toujours amour éternité siempre amor eterno eterna sempre amore per te altijd liefde "
    "zawsze miłość "
    "gold silver platinum titanium tungsten carbide palladium steel rose white yellow black oak walnut "
    "name names initials date text your here "
    # an occasion's wish printed (the lead's merge: `Print: Happy Birthday with Love`)
    "happy birthday anniversary congratulations merry christmas xmas easter mothers fathers valentine valentines "
    "thank thanks welcome home new baby alles gute geburtstag joyeux anniversaire feliz cumpleanos buon compleanno "
    # a wedding's kind or season (`The Royal Wedding`, `The Summer Wedding`)
    "royal big perfect dream summer winter spring autumn fall beach garden country rustic classic modern vintage "
    "boho elegant intimate destination micro first last great real wedding weddings").split()) | _KIT_DESIGNS | (
    _NOT_NAME_WORDS)  # (and kin and greetings' words: `Engraving: Mum & Dad 2026`)
# (closer 175, review 30) The table's goods and other nouns famous in pairs, by language: foods, drinks and condiments
# (`Salt & Pepper`, `Bread & Butter`, `Fish & Chips`, `Salz & Pfeffer`); a pair whose both halves are such nouns is a
# gift's motif, no couple's given names. Not a word a given name is as often (`Honey`, `Ginger`, `Olive`, `Basil`,
# `Candy`, `Brandy`).
_TABLE_GOODS = frozenset(canonical(word)[0].lower() for word in (
    "salt pepper bread butter cheese wine milk cookies cream coffee tea sugar spice oil vinegar fish chips gin tonic "
    "peanut jelly jam toast eggs bacon mac biscuits cake crackers beer burger fries "
    "salz pfeffer brot käse wein milch kaffee zucker essig öl "
    "sel poivre pain beurre fromage vin lait café sucre huile vinaigre "
    "sal pimienta pan mantequilla queso vino leche azúcar aceite vinagre "
    "sale pepe pane burro formaggio latte zucchero olio aceto "
    "zout peper brood boter kaas wijn melk koffie thee suiker azijn "
    "sól pieprz chleb masło ser wino mleko kawa herbata cukier "
    # (closer 187, review 32) a drink's juice by language, the halves of a music's name famous in pairs, and the
    # pronouns a couple's gift pairs (`Gin & Juice`, `Rock & Roll`, `Rhythm & Blues`, `Him & Her`, `Lui & Elle`)
    "juice saft jus zumo succo sap sok "
    "rock roll rhythm blues "
    "him her he she his hers er sie ihm ihr lui elle il el ella hij zij hem haar on ona jego jej").split())
# ... not a sentiment, a colour, more goods (_ENGRAVED_WORDS, _TABLE_GOODS) nor a mill's kind or its material by
# language (`– Marble Grinder`, `– Eiche Massiv`, `– Madera Natural`)
_NOT_AFTER_THE_GOODS = _ENGRAVED_WORDS | _TABLE_GOODS | frozenset(canonical(word)[0].lower() for word in (
    "grinder grinders mill mills shaker shakers set sets pot pots jar jars cruet board boards marble slate acacia "
    "walnut beech ash olive bamboo ceramic porcelain natural solid "
    "mühle mühlen streuer eiche buche nussbaum holz marmor massiv natur "
    "moulin moulins salière poivrière bois chêne hêtre marbre naturel "
    "molinillo molinillos salero pimentero madera roble haya mármol natural "
    "macinino macinini saliera legno rovere faggio marmo naturale "
    "molen strooier eiken hout marmer").split())
# ... and a seating plan's or a guest list's own goods and files (`Guest list (120): Excel Template`)
_SEATING_GOODS = _ENGRAVED_WORDS | frozenset(
    "template templates excel csv pdf download export print printable word sheet sheets spreadsheet editable".split())
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
# (closer 162, review 26: the age may end the text, `Kontaktanzeige: …, 52`; CUE_SOURCE's age cue reads it there too)
# (closer 157) A record only a person has (key_lexicon.PERSONS_RECORDS: `Employer reference`, `Schufa-Auskunft`,
# `Agreement in principle`), a RECORD_FOR word or `of` (PERSONS_RECORD_OF), maybe an honorific and a full name: whom it
# is made out to, whatever follows (group `name`).
_PERSONS_RECORDS = _words(key_lexicon.PERSONS_RECORDS)
PERSONS_RECORD_NAMED = re.compile(
    f"{OPENS}(?i:{phrase_alternation(_PERSONS_RECORDS)})[ \\t]{{1,3}}"
    f"(?i:{phrase_alternation(sorted({*_FOR, *_words(key_lexicon.PERSONS_RECORD_OF)}, key=longest_first))})"
    f"[ \\t]{{1,3}}(?:{_HONORIFIC})?(?P<name>{FULL_NAME})(?:{END}|(?=[ \\t]{{1,3}}\\())")
# (closer 164, attack 75) A bank transfer's reference naming whom a fee is paid for: a transfer's reference label by
# language (key_lexicon.TRANSFER_REFERENCES) and a colon, or its reference's number (`Ref 583917`), then a fee by
# language (key_lexicon.SCHOOL_FEES: `Verwendungszweck: Essensgeld …`) or nothing, and a full name (group `name`);
# with no fee before it, the name is followed by a fee or a class (_CLASS_AFTER: `Tytuł przelewu: … kl. 3b obiady`).
# A fee before the name counts in lower case, or in capitals as one word of a language capitalizing nouns
# (_CAPITALIZED_FEES, German's: `Essensgeld`): `Reference: Lunch Money Top Up` is a title-cased product's. (Not a fee
# opening the text, a dash, two capitalized words and an amount: a product's line as often, `School trip – Eden
# Project – £12.50`.)
_TRANSFER_LABELS = _words(key_lexicon.TRANSFER_REFERENCES)
_FEES = _words(key_lexicon.SCHOOL_FEES)
_FEE = f"(?i:{phrase_alternation(_FEES)})"
TRANSFER_NAMED = re.compile(
    f"{OPENS}(?i:{phrase_alternation(_TRANSFER_LABELS)})(?:[ \\t]{{0,3}}:|[ \\t]{{1,3}}#?(?=[^ \\t]{{0,23}}[0-9])"
    f"[^ \\t,;():]{{1,24}}[ \\t]{{0,3}}:?)[ \\t]{{1,3}}(?:(?P<fee>{_FEE})[ \\t]{{0,3}}[:\\-,]?[ \\t]{{1,3}})?"
    f"(?:(?P<name>{FULL_NAME})|(?P<lower>{_LOWER_NAME}))")
# (closer 173, attack 78) A wedding's or a honeymoon fund's transfer reference naming the couple or its giver
# (HONEYMOON_REFERENCE): in a text holding a wedding's, a honeymoon's or a wedding gift's word by language
# (key_lexicon.WEDDING_FUNDS, a compound's first word: `Hochzeitsgeschenk`), a transfer's reference label
# (TRANSFER_REFERENCES, `Réf.`, Polish `tytuł`), maybe a wedding's word (`concepto Boda …`, `causale: nozze …`), then a
# full name, in capitals too (`reference: … …`), names in capitals glued by dashes before the reference's number
# (`Réf. …-…-418627`), or one name before a reference's number (`tytuł … 418627`: four digits or more, not a year);
# or a gift's sender by language (`gift from`, `Geschenk von`, `regalo de`), then an honorific or an initial and a
# family name (`gift from M. …`), or a full name before a reference (`…, ref 536194`). None of the names' words a
# wedding's, a gift's, a record's or a place's (`reference: HONEYMOON FUND 2026`, `ref: Order 418627`, `Bali 418627`).
_FUND_WORDS = sorted({canonical(word)[0].lower() for line in key_lexicon.WEDDING_FUNDS.values()
                      for word in line.split("|")}, key=longest_first)
_WEDDING_FUND = re.compile(f"(?i:(?<![^\\W\\d_])(?:{phrase_alternation(_FUND_WORDS)}))")
_FUND_LABELS = sorted({*_TRANSFER_LABELS, "tytul", "rif", "riferimento"}, key=longest_first)
_CAPITALS = "[A-Z]{2,30}"
HONEYMOON_REFERENCE = re.compile(
    f"{OPENS}(?:(?i:{phrase_alternation(_FUND_LABELS)})\\.?(?:[ \\t]{{0,3}}:)?[ \\t]{{1,3}}"
    f"(?:(?i:{phrase_alternation(_FUND_WORDS)})[^\\W\\d_]{{0,12}}[ \\t]{{0,3}}[:\\-]?[ \\t]{{1,3}})?"
    f"(?:(?P<glued>{_CAPITALS}(?:-{_CAPITALS}){{1,2}})-[0-9]|(?P<name>{FULL_NAME}|{CAPITAL_NAME})"
    f"(?=[ \\t]{{0,3}}(?:$|[,.;:!?)\\n\"\\-])|[ \\t]{{1,3}}[0-9a-z(])"
    f"|(?P<family>{WORD}|{_CAPITALS})[ \\t]{{1,3}}(?!(?:19|20)[0-9]{{2}}(?![0-9]))[0-9]{{4,12}}(?![0-9]))"
    f"|(?i:gift|present|geschenk|cadeau|regalo|presente|prezent)[ \\t]{{1,3}}"
    f"(?i:from|von|de|van|di|da|od)[ \\t]{{1,3}}"
    f"(?:(?:{_HONORIFIC}|[A-Z]\\.[ \\t]{{0,3}})(?P<giver>{WORD}){END}"
    f"|(?P<sender>{FULL_NAME})(?=[ \\t]{{0,3}}(?:,|[ \\t]-)[ \\t]{{0,3}}(?i:ref|reference|no|nr|#))))")
_NOT_FUND_NAMES = frozenset({*_NOT_NAME_WORDS, *_ENGRAVED_WORDS, *_VENUES, "fund", "funds", "cash", "gift", "gifts",
                             "present", "trip", "travel", "transfer", "payment", "bank", "ref", "reference", "order",
                             "invoice", "booking", "number", "code", "registry", "list", "lista", "liste",
                             # (closer 178) a wish list's or an experience shop's words by language (`Amazon
                             # Wishlist`, `Virgin Experience Days`)
                             "wishlist", "wishlists", "wunschliste", "wunschzettel", "verlanglijst", "verlanglijstje",
                             "experience", "experiences", "erlebnis", "erlebnisse", "experiencias", "esperienze",
                             "belevenissen", "days", "tage", "jours", "dias", "giorni", "dagen",
                             # (closer 187, review 32) a voucher's or a gift list's word by language (`Mydays
                             # Gutschein`, `Cadeaulijst Bol`)
                             "voucher", "vouchers", "giftcard", "gutschein", "gutscheine", "geschenkliste",
                             "geschenkgutschein", "cadeaulijst", "cadeaulijstje", "cadeaubon", "bono", "buono",
                             "cheque", "cheques"}
                            | {word for noun in _NOUNS + _REFERENCED_NOUNS for word in noun.split()})


def _a_fund_name(name: str) -> bool:
    """Whether `name`, in a wedding fund's reference, names a person: no word of it a wedding's or a gift's
    (_WEDDING_FUND, _NOT_FUND_NAMES), a place's or a meaning's; read title-cased when written in capitals."""
    titled = " ".join(word.capitalize() for word in name.split()) if name.isupper() else name
    words = titled.split()
    if words[0].lower() in _FUNCTION_WORDS or a_brands_name(titled) or any(  # (`Le Creuset 418627`: a brand's)
            word.lower().strip(".") in _NOT_FUND_NAMES or _WEDDING_FUND.match(word) or _a_place(word)
            or a_meaning_not_a_name(word) for word in words):
        return False
    return _a_booker(titled if len(words) > 1 else "Jo " + titled)


def _honeymoon_named(form: str, held: int) -> bool:
    """Whether canonical `form` names a wedding fund's couple or giver (HONEYMOON_REFERENCE; `held`: _found's)."""
    if next(_found(_WEDDING_FUND, form, held), None) is None:
        return False
    for match in HONEYMOON_REFERENCE.finditer(form):  # (past a wedding fund's words only)
        glued = match.group("glued")
        name = " ".join(glued.split("-")) if glued else next(
            group for group in match.group("name", "family", "giver", "sender") if group)
        if _a_fund_name(name):
            return True
    return False


# (closer 173, attack 78) A bridal appointment's, a fitting's or a wedding enquiry's person (BRIDAL_BOOKED): its words
# by language (key_lexicon.BRIDAL_APPOINTMENTS), a RECORD_FOR or a BOOKED_BY word, a colon or a dash, maybe an
# honorific, then a full name (`Bridal appointment for … – Sat 14:00`, `Cita nupcial: …, talla 38`) or two family names
# joined by a slash (`Wedding enquiry: …/…, June 2026`), the first of a couple before `&` (closer 204, review 34:
# `Wedding enquiry – … & …`); and an RSVP's sender: a reply's word, a colon, its answer by
# language (maybe a count in brackets) and `from` and a full name (`Evite reply: Yes (2) from …`).
_BRIDAL = _words(key_lexicon.BRIDAL_APPOINTMENTS)
_BRIDAL_FOR = sorted({*_FOR, *_words(key_lexicon.BOOKED_BY), "from", "von", "de", "di", "van", "od"}, key=longest_first)
_RSVP_ANSWERS = ("yes|no|maybe|accepted|declined|attending|ja|nein|vielleicht|oui|non|peut-etre|si|no|quizas|sim|nao"
                 "|forse|nee|misschien|tak|nie|moze")
BRIDAL_BOOKED = re.compile(
    f"{OPENS}(?:(?i:{phrase_alternation(_BRIDAL)})(?:[ \\t]{{1,3}}(?i:{phrase_alternation(_BRIDAL_FOR)})[ \\t]{{1,3}}"
    f"|[ \\t]{{0,3}}:[ \\t]{{1,3}}|[ \\t]{{1,3}}-[ \\t]{{1,3}})(?:{_HONORIFIC})?"
    f"|(?i:rsvp|evite|reply|response|antwort|ruckmeldung|reponse|respuesta|risposta|antwoord|resposta|odpowiedz)"
    f"[ \\t]{{0,3}}:[ \\t]{{1,3}}(?i:{_RSVP_ANSWERS})(?:[ \\t]{{1,3}}\\([0-9]{{1,2}}\\))?[ \\t]{{1,3}}"
    f"(?i:from|von|de|di|da|van|od)[ \\t]{{1,3}})"
    f"(?:(?P<name>{FULL_NAME})(?:{END}|(?=[ \\t]{{1,3}}[0-9(&]))"
    f"|(?P<first>{WORD})/(?P<second>{WORD})(?=[ \\t]{{0,3}}[,;)]|$))")


# (closer 178) A bridal shop's, a stationer's or a wedding venue's words by language, ending or opening what follows
# a bridal appointment's cue instead of a person (`Vera Wang Bridal`, `Curvy Brides`, `Paperless Post`,
# `Barn/Marquee`, `Atelier …`, `Lake Como Villa`): none is a given or a family name (not `Church`, `Lake`, `Castle`,
# `Bride`, `Garden`).
_BRIDAL_SHOPS_AND_VENUES = frozenset(canonical(word)[0].lower() for word in (
    "bridal bridalwear brides bridesmaids couture atelier boutique paperless stationery stationers invitations "
    "brautmode brautmoden brautsalon brautatelier mariees mariage novias nupcial sposa spose bruidsmode bruid "
    "barn marquee villa manor estate chateau vineyard winery gardens orangery "
    "venue venues hotel resort farm tipi tent scheune schloss gut landhaus weingut finca masia hacienda cortijo "
    "castillo masseria cascina tenuta agriturismo boerderij kasteel landgoed "
    # (closer 187, review 32) a mansion's word; and what a fitting is besides a dress's, by language: a lamp's cap, a
    # tap's or a pipe's joint, a garment's fit and size (`Fitting: Bayonet Cap`, `Edison Screw`, `Push Fit`, `Prova
    # abito: Taglia Unica`)
    "mansion mansions cap caps screw bayonet fit push compression thread socket sockel gewinde douille culot "
    "casquillo attacco rosca raccord size sizes taglia talla taille grosse einheitsgrosse maat rozmiar unica unico "
    "unique").split())
# (closer 187, review 32) A venue's word that is a family name too opening the words before a place's name (`Wedding
# enquiry – Lake Como`, `Castle Howard`): a family name ends a person's name, it does not open it.
_VENUES_OPENING = frozenset("lake lakes castle lodge hall court loch lago lac see schloss chateau".split())


def _bridal_booked(form: str, held: int) -> bool:
    """Whether canonical `form` names a bridal appointment's, an enquiry's or an RSVP's person (BRIDAL_BOOKED): no
    word of it a shop's, a stationer's, a venue's or a fitting's (_BRIDAL_SHOPS_AND_VENUES), none opening it a venue's
    (_VENUES_OPENING), no brand's (brand_words.a_brands_name: `Moss Bros`), nor a known town ending it (`held`:
    _found's)."""
    for match in _found(BRIDAL_BOOKED, form, held):
        names = [match.group("name")] if match.group("name") else ["Jo " + match.group("first"),
                                                                   "Jo " + match.group("second")]
        if all(_a_booker(name) and _NOT_FUND_NAMES.isdisjoint(word.lower() for word in name.split())
               and _BRIDAL_SHOPS_AND_VENUES.isdisjoint(word.lower() for word in name.split())
               and name.split()[0].lower() not in _VENUES_OPENING
               and not a_brands_name(name)
               and not _a_place(name.split()[-1])
               and not a_meaning_not_a_name(name) for name in names):
            return True
    return False


# (closer 172, review 29) A fee capitalized in any language counts before a name ending the text or a class after it
# (`Dinner Money …`, `Obiady …`, `Ouderbijdrage …`), unless a word of the name is a trip's destination or a payment's
# own word by language (_FEE_GOODS: `Reference: Lunch Money Top Up`, `School Trip Chester Zoo`, `Excursión Museo
# Prado`); after a capitalized fee, two or three words in lower case ending the text are a name typed as it came
# (group `lower`: `Essensgeld …`), judged as LOWER_RECORD_NAMED's; a comma may stand for the fee's colon.
_FEE_GOODS = frozenset(canonical(word)[0].lower() for word in (
    "top up topup balance credit refund deposit instalment installment payment voucher account aufladen guthaben "
    "rest anzahlung rate recharge solde acompte recarga saldo anticipo ricarica acconto rata opwaarderen tegoed "
    "aanbetaling termijn doladowanie zaliczka rata laddning "
    # (a fee's period or membership, and a uniform's garment: `Cuota Socio Anual`, `Uniform Blue Jumper`)
    "annual yearly monthly termly member membership jahresbeitrag mitglied mitgliedschaft annuel annuelle mensuel "
    "adhesion cotisation anual mensual socio socia annuale mensile iscritto jaarlijks maandelijks lid lidmaatschap "
    "roczna roczny miesieczna czlonek arlig medlem jumper sweater sweatshirt cardigan blazer shirt polo tie skirt "
    "trousers shorts hoodie fleece coat jacket kit "
    "zoo museum museums gallery aquarium farm park gardens garden castle palace cathedral abbey theatre theater "
    "cinema project centre center beach forest lake tour trip visit show concert tierpark museo musee musees "
    "jardin chateau parc ferme plage teatro castello castillo parco parque granja playa dierentuin kasteel "
    "boerderij strand bos muzeum ogrod zamek teatr "
    # (a theme park's, a science centre's words: `School Trip Alton Towers`; the lead's review of closer 172)
    "towers world kingdom safari adventure wildlife planetarium science observatory").split())
# (the destinations of those no family name is as often: a pupil's name holds none, whatever the fee's case,
# `Causale: gita scolastica, Museo Egizio`; not `Park`, `Lake`, `Strand`, `Forest`, family names too)
_DESTINATIONS = frozenset(canonical(word)[0].lower() for word in (
    "zoo museum museums gallery aquarium farm castle palace cathedral abbey theatre theater cinema tierpark museo "
    "musee musees chateau ferme teatro castello castillo parco parque granja dierentuin kasteel boerderij muzeum "
    "ogrod zamek teatr towers kingdom safari wildlife planetarium observatory "
    # (closer 178) a youth hostel's or a field centre's word by language (`Klassenfahrt Schwarzwald Jugendherberge`)
    "hostel jugendherberge herberge schullandheim auberge albergue ostello jeugdherberg schronisko vandrarhem "
    # (closer 187, review 32) a landscape's, a sight's, a stadium's, a harbour's, an island's or a sea's word by
    # language (`School Trip Peak District`, `York Minster`, `Brecon Beacons`, `Wembley Stadium`, `Klassenfahrt Hamburg
    # Hafen`, `Rügen Ostsee`), and a country's name in German, a class trip's (`Prag Tschechien`); not `Park`, `Lake`,
    # `Haven`, `Isla`, `Mar`, `Costa`, `Porto`, `Arena`, names too
    "district districts beacons national nationalpark minster stadium stadion stadio estadio stade harbour hafen "
    "puerto island islands insel inseln isola eiland wyspa coast kuste ostsee nordsee "
    "bodensee mittelmeer adria "
    "tschechien frankreich italien spanien polen ungarn kroatien griechenland niederlande belgien schweden "
    "danemark norwegen finnland irland schottland dänemark slowakei slowenien rumänien bulgarien").split())
_CAPITALIZED_FEES = frozenset(canonical(word)[0].lower() for word in key_lexicon.SCHOOL_FEES["German"].split("|"))
_CLASS_WORDS = "kl|klasse|klass|classe|class|clase|year|grade|groep|leerjaar|curso|ano|anno|form|klasa|stufe|jahrgang"
_CLASS_AFTER = re.compile(f"[ \\t]{{1,3}}(?:{_FEE}(?![^\\W_])|(?i:{_CLASS_WORDS})\\.?[ \\t]{{0,3}}[0-9]"
                          f"|[0-9]{{1,2}}[^\\W\\d_]{{1,3}}(?![^\\W_]))")
# ... and a full name opening the text (a line, a JSON string) and a child's age in brackets, then a dash or a comma and
# a school year's or a class's word and its number, and at most two capitalized words of the class's name ending the
# text (AGED_IN_CLASS: `… (8) – Year 4 Oak`): a title and a number in brackets are a film's or a book's as often
# (`Toy Story (4) – DVD`, `Harry Potter (7) – box set`, `… (7) – Year 7 reading list` go out).
# (closer 172, review 29: the age may stand after a comma, `…, 8 – Year 4 Oak`, and a school year's short form by
# country may stand for the class's word and number, _SHORT_CLASSES: French `CP`, `CE1`, `CM2`, English `Y4`, Scottish
# `P5`, `S2`, Spanish `3oB`, as canonical writes `3ºB`.)
_SHORT_CLASSES = "(?:CP|CE[12]|CM[12]|Y(?:1[0-3]|[1-9])|P[1-7]|S[1-6]|[1-9][oa][ \\t]?[A-F])"
AGED_IN_CLASS = re.compile(f"(?:^|(?<=[\\n\"]))[ \\t]{{0,3}}(?P<name>{FULL_NAME})"
                           f"(?:[ \\t]{{1,3}}\\((?:1[0-7]|[1-9])\\)|,[ \\t]{{1,3}}(?:1[0-7]|[1-9]))"
                           f"[ \\t]{{0,3}}[-,][ \\t]{{1,3}}(?:(?i:{_CLASS_WORDS})\\.?[ \\t]{{0,3}}[0-9]"
                           f"[0-9A-Za-z]{{0,2}}|{_SHORT_CLASSES}(?![^\\W_]))"
                           f"(?:[ \\t]{{1,3}}[^\\W\\d_a-z][^\\W\\d_]{{0,20}}){{0,2}}[ \\t]{{0,3}}(?:$|(?=[\\n\",;)]))")
# (closer 180, eighty-second attack: personalised goods) ... or a full name opening the text, a line or a quoted string
# and a comma, then a class's word, its year and its section's letter ending the string (NAMED_IN_CLASS: a design's
# text layer for a pupil's name label, `"…, Kl. 1b"`, `…, Class 4B`): the section names one class of one school, where
# a school book's or a supply's title gives a year alone (`Lesebuch Deutsch, Klasse 2`, `Maths Workbook, Year 4`).
NAMED_IN_CLASS = re.compile(f"(?:^|(?<=[\\n\"]))[ \\t]{{0,3}}(?P<name>{FULL_NAME}),[ \\t]{{1,3}}"
                            f"(?i:{_CLASS_WORDS})\\.?[ \\t]{{0,3}}(?:1[0-3]|[1-9])[ \\t]?[A-Za-z](?![^\\W_])"
                            f"[ \\t.]{{0,3}}(?:$|(?=[\\n\"]))")
# ... and a registration's word by language (key_lexicon.REGISTRATIONS), up to three words of what for, a colon or a
# dash, a full name (group `name`) and an age with its word, after a comma or in brackets (`Anmeldung Ferienlager
# 2026: …, 9 Jahre`, `Stage de Pâques – … (8 ans)`): a registration's age is a child's, a year's number is no age.
_REGISTRATIONS = _words(key_lexicon.REGISTRATIONS)
# (closer 172, review 29: a colon and the words before a dash, or a dash and the words before a colon, `Registration:
# Summer Camp 2026 – …`, `Registration – Holiday Club: …`; and an age's word before its number by language, `age 7`,
# `Alter 7`, `âge 8`, `edad 9`, `età 7`, `leeftijd 8`, `wiek 7`, `ålder 9`)
_AGE_BEFORE = "(?i:age|aged|alter|edad|eta|leeftijd|wiek|alder|idade)"
_AGED = (f"(?:{_AGE}[ \\t]{{1,3}}{_AGE_WORDS}(?:[ \\t]{{1,3}}(?i:old))?"
         f"|{_AGE_BEFORE}[ \\t]{{0,3}}:?[ \\t]{{1,3}}{_AGE})")
AGED_REGISTERED = re.compile(
    f"{OPENS}(?i:{phrase_alternation(_REGISTRATIONS)})"
    f"(?:(?:[ \\t]{{0,3}}:|[ \\t]{{1,3}}-)?[ \\t]{{1,3}}[^ \\t:,;()\\-]{{1,24}}){{0,3}}"
    f"(?:[ \\t]{{0,3}}:|[ \\t]{{1,3}}-)[ \\t]{{1,3}}(?P<name>{FULL_NAME})"
    f"(?:,[ \\t]{{1,3}}{_AGED}|[ \\t]{{1,3}}\\({_AGED}\\))(?=[ \\t]{{0,3}}(?:$|[,.;)\\n\"]))")
# The stems `reason` needs, searched first by the detector in the lower-cased form (CUE_SOURCE, compiled there).
_STEMS = sorted({noun.split()[0][:5] for noun in _NOUNS + _REFERENCED_NOUNS + _CONFIRMED_NOUNS + _BOOKING_NOUNS
                 + _CLIENT_RECORDS + _words(key_lexicon.BOOKED_BY) + _PERMITS + _TEACHING_RECORDS
                 + [label for label in WINNER_LABELS if " " not in label]})
CUE_SOURCE = (f"(?:{by_first_letter(_STEMS)}|, [1-9][0-9]?(?:[, ]|$)|\\([1-9][0-9]?\\)"
              f"|(?:{phrase_alternation(_NAME_WORDS)}){_ON_THE_KIT}?[ \\t]{{0,3}}:"
              f"|{by_first_letter(word[:5] for word in _PRINT_WORDS + _LABEL_WORDS)})")
CUE_SOURCE = f"(?:{CUE_SOURCE}|{by_first_letter(sorted({noun.split()[0][:5] for noun in _PERSONS_RECORDS}))})"  # (157)
_PAYMENT_STEMS = sorted({phrase.split()[0][:5] for phrase in _TRANSFER_LABELS + _FEES + _REGISTRATIONS})  # (164)
CUE_SOURCE = f"(?:{CUE_SOURCE}|ref[ \\t#:.0-9]|{by_first_letter(_PAYMENT_STEMS)})"
# (169: FAMILY_WEDDING_DATED, SEATED_OR_LISTED)
_SEATING_STEMS = sorted({label[:5] for label in _words(SEATING_LABELS)})
CUE_SOURCE = (f"(?:{CUE_SOURCE}|mrs|weddi|nupti|{by_first_letter(_SEATING_STEMS)}"
              f"|table|tisch|mesa|tavol|tafel|stol |guest|gast|invit)")
CUE_SOURCE = f"(?:{CUE_SOURCE}|{by_first_letter(sorted({word.split()[0][:5] for word in _FUND_WORDS + _BRIDAL}))}"
CUE_SOURCE += "|rsvp|evite|reply|respon|antwo|ruckm|repon|respu|rispo|respo|odpow)"  # (173)
CUE_SOURCE = f"(?:{CUE_SOURCE}|, (?:{_CLASS_WORDS}))"  # (180: NAMED_IN_CLASS)


def _a_name(name: str) -> bool:
    return (a_person(name) and not a_thing(name) and not a_product(name) and not _a_place(name)
            and not _place_or_business(name) and not _a_coloured_bin(name)
            and _RECORD_SUBJECTS.isdisjoint(word.lower().rstrip(".").split("'")[0] for word in name.split()
                                            if not word.islower())  # (a particle, `van`: closer 200)
            and not a_place_before_particle(name))  # (`Rijksmuseum van Gogh`: closer 200)


def _aged_person(match: re.Match[str]) -> bool:
    """Whether a match of AGED_OPENING names a person by an age: a name (_a_name) whose age is followed by no
    headline's verb (HEADLINE_VERBS, in any case: `Wins The Masters` is no town), and no town holding a product's
    colour, material or size (ATTRIBUTE_WORDS: `Dining Table, 40, Grey Velvet` is a product's variant)."""
    following = (match.group("town") or match.group("word") or match.group("bracketed") or "").split()
    if following and following[0].lower() in _HEADLINE_VERBS:
        return False
    if match.group("town") and not ATTRIBUTE_WORDS.isdisjoint(word.lower() for word in following):
        return False
    return _a_name(match.group(1))


# (a trip's or an outing's word by language in a fee, a compound's part too: `Klassenfahrt`, `Gita Scolastica`)
_TRIPS = re.compile("(?i:trip|outing|visit|tour|fahrt|ausflug|reise|excursi|sortie|voyage|gita|viaggio|uitstap"
                    "|schoolreis|wycieczk|passeio|resa)")


def _a_pupil(form: str, match: re.Match[str]) -> bool:
    """Whether a match of TRANSFER_NAMED, AGED_REGISTERED or AGED_IN_CLASS in `form` names a pupil: a name
    (_a_booker) holding no school's or fee's word (`Causale: retta Scuola Primaria`); after a transfer's label, after
    a fee (_CAPITALIZED_FEES) or before a fee or a class (_CLASS_AFTER)."""
    name = match.group("name")
    if name is None:  # (TRANSFER_NAMED's name in lower case: after a capitalized fee, ending the text)
        lower, fee = match.group("lower"), match.group("fee") or ""
        return fee[:1].isupper() and ":" in form[match.start():match.start("fee")] and _TEXT_ENDS.match(
            form, match.end("lower")) is not None and _a_lower_name(
            lower) and not any(re.fullmatch(_FEE, word) or word in _FEE_GOODS or _a_place(word.title())
                               for word in lower.split()) and (
            not a_meaning_not_a_name(lower.title()))
    if not _a_booker(name) or not _SCHOOLING_WORDS.isdisjoint(word.lower() for word in name.split()) or any(
            word.lower() in _DESTINATIONS for word in name.split()) or any(
            re.fullmatch(_FEE, word) or word.lower() in _NOT_NAME_WORDS for word in name.split()) or (
            a_meaning_not_a_name(name)):  # (a month, a trip's, a group's word: `Causale: retta Ottobre Novembre`)
        return False
    if "fee" not in match.groupdict():  # (AGED_REGISTERED, AGED_IN_CLASS: the age is the cue; NAMED_IN_CLASS, a class)
        return True
    fee = match.group("fee") or ""
    # (closer 178) a known town ending the words after a fee is a trip's destination (`Gita Scolastica Firenze`); not
    # a town first, a given name as often (`Florence`, `Sydney` before a family name)
    if fee and _a_place(name.split()[-1]) and _TRIPS.search(fee) is not None:
        return False  # (a trip's fee only, the lead's review: `Dinner Money Anna Firenze` is a pupil's)
    return (fee.islower() or fee.lower() in _CAPITALIZED_FEES
            or _CLASS_AFTER.match(form, match.end("name")) is not None
            or bool(fee) and ":" in form[match.start():match.start("fee")]  # (a label's colon: not `Ref 4412 Trip …`)
            and _TEXT_ENDS.match(form, match.end("name")) is not None and _FEE_GOODS.isdisjoint(
                word.lower() for word in name.split()) and ATTRIBUTE_WORDS.isdisjoint(
                word.lower() for word in name.split()))


# (closer 166, review 27) Goods a record is for in lower case (LOWER_GOODS): a goods' noun by language opening the
# words, as a compound's first noun or a noun an adjective follows (`coffee beans`, `roof tiles`, `pièces détachées`,
# `travaux électriques`), or closing them in a plural's shape (`kitchen knives`: a plural's ending taken off,
# _GOODS_PLURAL). A given name is no such noun, and a family name is no such plural (`Bean`, not `beans`); not a word
# a given or a family name is as often (`Tea`, `Rose`, `Woods`, `Flowers`, `Combs`).
LOWER_GOODS: Dict[str, str] = {
    "English": "coffee bean kitchen knife tile roof chair table part tool paint timber brick carpet cable bulb "
               "lamp battery filter screw nail plant seed fabric yarn toner ink sofa mattress curtain towel cup mug "
               "plate bowl spoon fork pan pot biscuit snack chocolate grocery wine beer book toy shoe sock glove "
               "tyre wheel spare car bike bicycle phone laptop printer computer hardware software stationery pen "
               "pencil envelope label bag box",
    "French": "piece travaux travail fourniture materiel outil peinture carrelage meuble chaise vetement chaussure "
              "livre jouet cafe vin",
    "Spanish": "pieza repuesto herramienta material pintura mueble silla ropa zapato libro juguete cafe vino",
    "Italian": "pezzo ricambio attrezzo materiale vernice mobile sedia vestito scarpa libro giocattolo caffe vino",
    "German": "ersatzteile werkzeug farbe mobel stuhl kleidung schuhe bucher spielzeug kaffee wein",
    "Dutch": "onderdelen gereedschap verf meubel stoel kleding schoenen boeken speelgoed koffie wijn",
}
_GOODS = frozenset(canonical(word)[0].lower() for line in LOWER_GOODS.values() for word in line.split())
_GOODS_PLURAL = re.compile(r"(?P<stem>.{2,}?)(?:ves|es|s|x)")


def _plural_goods(word: str) -> bool:
    """Whether canonical lower-case `word` is a goods' noun (_GOODS) in a plural's shape (`beans`, `knives`)."""
    plural = _GOODS_PLURAL.fullmatch(word)
    return plural is not None and not {plural["stem"], f"{plural['stem']}e", f"{plural['stem']}fe"}.isdisjoint(_GOODS)


def _lower_goods(words: list[str]) -> bool:
    """Whether lower-case `words` after a record's `for` are goods (LOWER_GOODS): the first a goods' noun, or the last
    one in a plural's shape."""
    first, last = canonical(words[0])[0], canonical(words[-1])[0]
    return first in _GOODS or _plural_goods(first) or _plural_goods(last)

def _an_engraved_couple(form: str, match: re.Match[str]) -> bool:
    """Whether a match of ENGRAVED_COUPLE in `form` names people: no word of its names an engraving's
    (_ENGRAVED_WORDS), each name a person's (_a_name; a given name alone read with the other's), and a full name
    alone after a monogram or before a date, a year or a word in lower case (`Engraving: Am Byth`, Welsh "forever",
    and `Grave of … – Highgate Tour` are none)."""
    if match.group("name") and "&" not in form[match.start():match.start("name")] and (
            _ENGRAVED_GOES_ON.match(form, match.end()) is None):
        return False
    names = [name for name in (match.group("first"), match.group("second"), match.group("family"),
                               match.group("name")) if name]
    couple = match.group("first") is not None
    if any(word.strip(".").lower() in _ENGRAVED_WORDS and not (couple and word.lower() in _EMPTY_PRINTS) or _a_place(
            word) for name in names for word in name.split()):
        return False
    if match.group("family") is not None:
        return _a_name("Jo " + match.group("family"))
    if match.group("first") and all(canonical(word)[0].lower() in _TABLE_GOODS for word in names[0].split() + (
            names[1].split())):
        # (a pair of the table's goods, `Salt & Pepper`, names no one; a name after it past a dash or a comma does:
        # `Salt & Pepper – …`, closer 185)
        after = _AFTER_THE_GOODS.match(form, match.end())
        if after is None:
            return False
        one, other = after.group("one", "other")
        if any(canonical(word)[0].lower().strip(".") in _NOT_AFTER_THE_GOODS for word in after.group().split()):
            return False  # (a material, a colour, a sentiment or more goods: `… – Rose Gold`, `… – Love & Light`)
        return _a_name(after.group("full")) if one is None else _a_name(f"{one} {other}") and _a_name(f"{other} {one}")
    # (a given name alone is read with its partner's last word: `Anna & Tom` as `Anna Tom` and `Tom Anna`)
    return all(_a_name(name if " " in name else name + " " + names[1 - index if len(names) == 2 else -1].split()[-1])
               for index, name in enumerate(names))


def _an_engraved_or_wedded_couple(form: str, held: int) -> bool:
    """Whether canonical `form` holds a couple's names engraved on a gift (ENGRAVED_COUPLE), a wedding named for a
    family before its date (FAMILY_WEDDING_DATED), or a seating plan's or a guest list's guest (SEATED_OR_LISTED;
    `held`: _found's)."""
    for match in _found(FAMILY_WEDDING_DATED, form, held):
        family = match.group("family") or match.group("wedded")
        if family.lower() not in _ENGRAVED_WORDS and _a_name("Jo " + family):
            return True
    if any(_an_engraved_couple(form, match) for match in _found(ENGRAVED_COUPLE, form, held)):
        return True
    for match in _found(SEATED_OR_LISTED, form, held):
        name = next(group for group in match.group("family", "name", "reversed", "guest") if group)
        if match.group("table") and match.group("name") and _LISTED_NEXT.match(form, match.end()) is None:
            continue  # (a table's name alone names its goods as often: `Tisch 7: Eiche Natur`)
        if not any(word.strip(".").lower() in _SEATING_GOODS or _a_place(word) for word in name.split()) and (
                _a_name(name if " " in name else "Jo " + name)):
            return True
    return False


def _a_lower_name(name: str) -> bool:
    """Whether `name`, in lower case after a referenced record's `for`, names a person (LOWER_RECORD_NAMED)."""
    words = name.split()
    titled = " ".join(word.capitalize() for word in words)
    # (a thing's or a product's words, an attribute's, by the vocabularies capitalized names are judged by)
    return not any(word in _FUNCTION_WORDS or word in _NOT_NAME_WORDS or word in ATTRIBUTE_WORDS
                   or _ACTIVITY_ENDING.fullmatch(word) for word in words) and not _lower_goods(words) and _a_name(
        titled) and not (a_thing(titled) or a_product(titled))


_COUNT_AFTER = re.compile(r"[ \t]{0,3}[0-9]{1,9}(?![0-9A-Za-z])")


def _lower_after_colon(form: str, match: re.Match[str]) -> bool:
    """Whether LABELLED_KIT's words in lower case stand right after the label's colon, no count after them (not
    `Étiquettes nominatives : lot de 60`; a class's code, `4O`, may follow)."""
    return form[match.start():match.start("lower")].rstrip().endswith(":") and _COUNT_AFTER.match(
        form, match.end("lower")) is None


def _a_booker(name: str) -> bool:
    """Whether `name`, after a class's or a slot's booking, names a person: a name (_a_name) holding no venue's word."""
    return _a_name(name) and _VENUES.isdisjoint(word.lower() for word in name.split())


def _a_lower_booker(name: str) -> bool:
    """Whether `name`, in lower case after a booking's dash, names a person: a lower-case name (_a_lower_name) holding
    no venue's word."""
    return _a_lower_name(name) and _VENUES.isdisjoint(name.split())


def _made_out(form: str, match: re.Match[str]) -> bool:
    """Whether a match of RECORD_NAMED in `form` names whom its record is made out to: in English with neither a
    reference nor an honorific, only when the record goes on after the name (_RECORD_GOES_ON). A dash for `for` only
    after a referenced switch or collection, or after a personal plan ending the text (_PERSONAL_PLAN)."""
    if match.group("name").split()[0].lower() in _FUNCTION_WORDS:  # (an article opens a title: `Abo für Die Zeit`)
        return False
    noun = match.group("noun")
    if noun is not None and noun.lower() == "plan" and (  # (bare, a plan opens the text: not `Data plan for …`)
            form[:match.start()].strip(" \t\"") and _PERSONAL_PLAN.search(form, 0, match.start()) is None):
        return False
    if match.group("dash") is not None:
        if match.group("confirmed") is not None:
            return match.group("switch_reference") is not None
        return noun is not None and noun.lower() in _PLANS and _PERSONAL_PLAN.search(
            form, 0, match.start()) is not None and _TEXT_ENDS.match(form, match.end("name")) is not None
    if match.group("confirmed") is not None:  # (a switch or a collection: after its booking's words, or referenced
        # before `for` or after the name: `Tariff switch for … – ref 4482910`, closer 162)
        return " " in match.group("for") or match.group("switch_reference") is not None or (
            _REFERENCE_AFTER.match(form, match.end("name")) is not None)
    return (match.group("for").lower() != "for" or match.group("reference") is not None
            or match.group("referenced") is not None or bool(match.group("honorific"))
            or _RECORD_GOES_ON.match(form, match.end("name")) is not None)


# The patterns `reason` searches the whole text with, each searched only where the text holds one of its openings
# (cue_grams.py: most texts reaching `reason` hold a record's stem, CUE_SOURCE, and none of the patterns' openings;
# they pay no search of patterns of up to sixty thousand characters, nor read them). The detector scans a text for
# them in its own cue scan, past its own cues (one scan of the text for both tables), and hands `reason` their bits.
# A wedding fund's reference is searched past its words only (_honeymoon_named).
SCANNED = (RECORD_NAMED, LOWER_RECORD_NAMED, LOWER_WINNER, PERSONS_RECORD_NAMED, PRINTED_NAME, LABELLED_KIT,
           CLASS_BOOKED, CLIENT_NOTED, SLOT_BOOKED, PERMIT_NAMED, TAUGHT_NOTED, TRANSFER_NAMED, AGED_REGISTERED,
           AGED_IN_CLASS, AGED_OPENING, AGED_AFTER_LABEL, FAMILY_WEDDING_DATED, ENGRAVED_COUPLE, SEATED_OR_LISTED,
           _WEDDING_FUND, BRIDAL_BOOKED, APPOINTMENT_FOR, NAMED_IN_CLASS)
_BITS = {id(pattern): 1 << number for number, pattern in enumerate(SCANNED)}
_EVERY_BIT = (1 << len(SCANNED)) - 1


def _found(pattern: re.Pattern[str], form: str, held: int) -> Iterator[re.Match[str]]:
    """The matches of `pattern` (one of SCANNED) in `form`, none where `held` (the cue scan's bits of `form` for
    SCANNED, the n-th pattern's 1 << n) says the text holds none of its openings."""
    return pattern.finditer(form) if held & _BITS[id(pattern)] else iter(())


def _appointment_booked(form: str, held: int) -> bool:
    """Whether canonical `form` names whom an office's appointment is booked for (APPOINTMENT_FOR): a date among the
    office's tokens or right after the name, a name holding no public service's word (_PUBLIC_SERVICES)."""
    return any((_DATED_SLOT.search(match.group("at")) is not None or _SLOT_AFTER_NAME.match(
        form, match.end("name")) is not None) and _a_name(match.group("name")) and _PUBLIC_SERVICES.isdisjoint(
        word.lower() for word in match.group("name").split()) for match in _found(APPOINTMENT_FOR, form, held))


def reason(form: str, held: int) -> str:
    """PERSON_NAME when canonical `form` holds a full name a record is made out to or booked by, or opens with a full
    name and an age, or "" (`held`: the cue scan's bits of `form` for SCANNED, as _found reads them)."""
    # (each rule reads only _found's matches: none in a text holding no pattern's opening)
    held &= _EVERY_BIT  # (the bits past SCANNED's are others')
    return _held_reason(form, held) if held else ""


def _held_reason(form: str, held: int) -> str:
    """reason's rules, for `form` holding some of their patterns' openings (`held`: their bits)."""
    for match in _found(RECORD_NAMED, form, held):
        if _a_name(match.group("name")) and _made_out(form, match):
            return PERSON_NAME
    if any(_a_lower_name(match.group("name")) for match in _found(LOWER_RECORD_NAMED, form, held)) or any(
            _a_lower_name(match.group("name")) and not a_winners_team("winner", match.group("name"))
            and _CONTEST_OUTCOMES.isdisjoint(match.group("name").split())
            for match in _found(LOWER_WINNER, form, held)) or any(
        _a_name(match.group("name")) for match in _found(PERSONS_RECORD_NAMED, form, held)):
        return PERSON_NAME
    if any(match.group(1).lower() not in _NOT_PRINTED and not form[match.start():match.start(1)].isupper()
           for match in _found(PRINTED_NAME, form, held)):  # (a label in capitals too: a text in capitals, no cue)
        return PERSON_NAME
    for match in _found(LABELLED_KIT, form, held):
        name = match.group("name") or match.group("capitals") or match.group("lower")
        if _KIT_DESIGNS.isdisjoint(word.strip(".").lower() for word in name.split()) and (
                not a_brands_name(name)) and (
                _a_name(name) if match.group("name") else _a_lower_name(name) and _LABEL_GOODS.isdisjoint(
                    name.split()) and _lower_after_colon(form, match) if match.group("lower")
                else "." in name or _a_name(name.title())):
            return PERSON_NAME
    if _an_engraved_or_wedded_couple(form, held):
        return PERSON_NAME
    for match in _found(CLASS_BOOKED, form, held):
        lower = match.group("lower")
        if (_a_booker(match.group("name")) if lower is None else _a_lower_booker(lower)) and (
                (match.group("for") or "for").lower() not in _ENGLISH_FOR
                or any(letter.isdigit() for letter in match.group("class"))):
            return PERSON_NAME
    if any(_a_lower_booker(match.group("lower")) if match.group("lower") is not None else _a_booker(
            match.group("name")) and (
            match.group("honorific") or _RECORD_GOES_ON.match(form, match.end("name")) is not None)
           for match in _found(CLIENT_NOTED, form, held)):
        return PERSON_NAME
    if any(_a_booker(match.group("name") or match.group("before")) for match in _found(SLOT_BOOKED, form, held)) or any(
            _a_booker(match.group("name")) and _PERMIT_PAGES.isdisjoint(match.group("name").lower().split())
            for match in _found(PERMIT_NAMED, form, held)):
        return PERSON_NAME
    if any(_a_booker(match.group("name")) and _SCHOOLING_WORDS.isdisjoint(
            word.lower() for word in match.group("name").split()) and (
            _TAUGHT_GOES_ON.match(form, match.end("name")) is not None
            or match.group("colon") is not None and _TEXT_ENDS.match(form, match.end("name")) is not None)
           for match in _found(TAUGHT_NOTED, form, held)):
        return PERSON_NAME
    if _honeymoon_named(form, held) or _bridal_booked(form, held) or _appointment_booked(form, held):
        return PERSON_NAME
    if any(_a_pupil(form, match) for match in _found(TRANSFER_NAMED, form, held)) or any(
            _a_pupil(form, match) for match in _found(AGED_REGISTERED, form, held)) or any(
            _a_pupil(form, match) for match in _found(AGED_IN_CLASS, form, held)) or any(
            _a_pupil(form, match) for match in _found(NAMED_IN_CLASS, form, held)):
        return PERSON_NAME
    return PERSON_NAME if any(_aged_person(match) for match in _found(AGED_OPENING, form, held)) or any(
        _a_booker(match.group(1)) and not a_winners_team("winner", match.group(1))  # (`Real Madrid, 2`: a score)
        for match in _found(AGED_AFTER_LABEL, form, held)) else ""
