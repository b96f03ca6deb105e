"""Who a home service's job is for and who does it, for the detector (closer 189, the eighty-seventh attack: cleaners,
plumbers, carers, sitters and their marketplaces). A job's record, a booking, a care visit and a review name their
people by the trade's own words, by language; each layout below reads one such word and the name it governs:

- a client's word as a label or a key (CLIENT_WORDS: `Homeowner`, `committente`, `Zleceniodawca`, `donneur d'ordre`,
  `opdrachtgever`) and a name after its colon or `=`, quoted or not, one capitalized word at least
  (`committente=…`, `{"donneur_ordre": "…"}`);
- a pro's word by a marketplace or a family's carer as a label (PRO_WORDS: `Tasker`, `Sitter`, `Pflegekraft`) and a
  full name after its colon;
- a booking, a visit or a check made out to its person: a confirmation's, a booking's or a check's word earlier in
  the text (MADE_OUT_WORDS), then `for`, `voor`, `für`, `pour`, `per`, `para`, `dla`, maybe an honorific, and a full
  name, an initial and a family name, or (after an honorific) a family name alone, ending the text, a clause or
  before a dash or a bracket (`Booking confirmed: … for …`, `Plumber for Mrs. …`, `Pflegekraft für Herrn … (`);
- an honorific and a family name between a visit's or a log's word and a dash (`Carer visit log – Mr … –`);
- a family's word before its name after such a preposition or a dash (`Terminbestätigung für Familie …`,
  `– familie …,`);
- a customer's word opening the text before a family name and a verb of calling back or asking (`Kunde … ruft
  zurück`, `Klant … belt terug`);
- a message's sender after `Message from` (by language) and before its colon;
- a review's author after Dutch `door` ending the text, when the text is a review (`Beoordeling …`);
- a sitter, a cleaner or a carer after the writer's possessive and before a verb in lower case (`Our babysitter …
  was wonderful`);
- a trade register's number with its holder after a dash (`Gas Safe Register no. … – …`, `Handwerksrolle Nr. … –`,
  `NICEIC registration no. … – …`): the register's entry is its holder's.

A name is a person's when greetings.a_cued_name says so (no generic, business or shop word in it). The trades'
schemes, their words and a name-less record go out (`Gas Safe registered engineer`, `Homeowner: yes`, `Message from
the team:`). Each layout is one bounded match per occurrence of its word; the module's words are searched first in
the lower-cased text (CUE_SOURCE).
"""

from __future__ import annotations

import re
from typing import Callable, Dict

from . import honorifics
from .bip39_words import a_common_word
from .brand_words import a_business_name
from .canonical import longest_first
from .given_names import a_common_words_not_a_name
from .key_lexicon import CLIENT_WORDS as CLIENT_WORDS  # (key_lexicon's since closer 204: personal_keys reads them)
from .key_lexicon import PRO_WORDS as PRO_WORDS
from .name_shapes import WORD, a_place_before_particle, a_place_named_like_a_person
from .postal import _NAME_PARTICLE, _a_place, _place_or_business
from .role_labels import a_thing
from .standing_names import a_standing_not_a_person
from .standings import a_standing

PERSON_NAME = "holds a person's name"
REGISTERED = "holds a trade's registration number and its holder"

NameTest = Callable[[str, str, int], bool]

# What makes a record out to a person by an honorific and a family name: a booking's, a visit's or a trade's word.
MADE_OUT_WORDS = {"English": "booking|booked|appointment|visit|background check|dbs check|plumber|cleaner"
                             "|carer|electrician|handyman|babysitter|nanny",
                  "Dutch": "afspraak|boeking|bezoek|loodgieter|schoonmaker|oppas",
                  "German": "terminbestatigung|termin|buchung|besuch|einsatz|pflegekraft|handwerker"
                            "|klempner|reinigungskraft",
                  "French": "reservation|rendez-vous|visite|plombier|menage",
                  "Italian": "prenotazione|appuntamento|visita|idraulico",
                  "Spanish": "reserva|cita|visita|fontanero",
                  "Polish": "rezerwacja|wizyta|hydraulik"}
# ... and by a full name with no honorific: a confirmation's or a check's word besides, which a place's visit, a
# trade's area or a tariff's switch is not (`Plumber for North London`, `Visit for St Albans`, `Switch confirmed for
# British Gas` go out).
CONFIRMED_WORDS = {"English": "confirmed|background check|dbs check|check passed",
                   "Dutch": "bevestigd|bevestiging", "German": "bestatigt|terminbestatigung|bestatigung",
                   "French": "confirme|confirmee|confirmation", "Italian": "confermato|confermata|conferma",
                   "Spanish": "confirmado|confirmada|confirmacion", "Polish": "potwierdzona|potwierdzony|potwierdzenie"}
# A log's or a visit's word before a dash, an honorific and a family name (`Carer visit log – Mr … –`).
VISIT_WORDS = {"English": "visit|log|notes|report|appointment|booking", "German": "besuch|einsatz|protokoll|termin",
               "Dutch": "bezoek|verslag|afspraak", "French": "visite|rapport|rendez-vous", "Italian": "visita|registro",
               "Spanish": "visita|registro", "Polish": "wizyta|raport"}
# A place's, a direction's or a status's words, which no name after those words holds (`… for London Bridge`,
# `Tasker: Top Rated`, `Homeowner: Yes`): a closed class.
_NOT_NAME_WORDS = frozenset((
    "north south east west central greater upper lower st saint hill hills park station bridge centre center city "
    "town village street road lane square green heath common airport "
    "top rated best new available verified elite required needed wanted any none tbc unassigned assigned pending "
    "booked confirmed friendly "  # (closer 231: `Cleaner: Booked – …`, `Cleaner – Eco Friendly`)
    "plan plans pack size ticket tickets pass room suite bundle deal offer edition "
    "yes no ja nein oui non si tak nie nee "
    # (closer 200, review 34) a day's name or its part, where a booking's colon stands for its `for` (`Booking
    # confirmed: Saturday Morning`)
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening "
    # (closer 200) a family's kind before `family` (`for the Royal family`)
    "royal whole entire extended").split())
_FOR = r"for|voor|fur|pour|per|para|dla"
# Honorifics written before a family name alone (with their dot or not), and those written in full a visit log's dash
# and a household's helper are followed by too (honorifics.py: kinds alone, visit, household).
_HONORIFIC = honorifics.alternation("alone")
_VISIT_HONORIFIC = honorifics.alternation("alone", "visit")
_HOUSEHOLD_HONORIFIC = honorifics.alternation("alone", "household")
# (not English `Family`, a product's or a plan's word as often: `– Family Plan`, `Family Pack`)
_FAMILY_WORDS = r"[Ff]amilie|[Ff]amille|[Ff]amiglia|[Ff]amilia|[Rr]odzina|[Ff]am\."
_CUSTOMER_WORDS = r"Kunde|Kundin|Klant|Customer|Client|Cliente|Klient|Klientka"
# A customer's call back or question, in lower case after the name.
_CALLING_VERBS = (r"ruft|rief|meldet|schreibt|fragt|bittet|mochte|wartet|will|belt|vraagt|wil|wacht|calls|called"
                  r"|asks|asked|wants|rappelle|demande|richiama|chiede|llama|pide|dzwoni|prosi")
_MESSAGE_FROM = (r"(?:new[ ])?message[ ]from|nachricht[ ]von|bericht[ ]van|message[ ]de|messaggio[ ]da"
                 r"|mensaje[ ]de|wiadomosc[ ]od")
_RELATIONS = r"our|my|unsere|unser|meine|mein|onze|mijn|notre|ma|mon"
_HOUSEHOLD_PROS = (r"babysitter|sitter|nanny|au[ ]pair|cleaner|carer|caregiver|childminder|dog[ ]walker|gardener"
                   r"|handyman|plumber|electrician|builder|painter|tutor|putzfrau|putzhilfe|oppas|schoonmaakster"
                   r"|nounou|femme[ ]de[ ]menage")
# A trade register's label and its number's word (`Gas Safe Register no.`, `Handwerksrolle Nr.`, `NICEIC
# registration no.`).
_REGISTERS = (r"gas[ ]safe(?:[ ]register(?:ed)?)?(?:[ ](?:registration|reg\.?|licence|license|id))?"
              r"|niceic(?:[ ](?:registration|reg\.?|membership|enrolment))?|napit(?:[ ](?:registration|membership))?"
              r"|oftec(?:[ ]registration)?|handwerksrolle|handwerkskarte|eintragung[ ]in[ ]die[ ]handwerksrolle"
              r"|rge(?:[ ]qualibat)?|qualibat|kiwa(?:[ ]registratie)?|techniek[ ]nederland")
_NUMBER_WORD = r"(?:[ \t]{1,3}(?i:number|no\.?|nr\.?|n°|#))?[ \t]{0,3}:?[ \t]{0,3}"

# Words that open a name's end: the text's end, a mark, a dash, a bracket, or (closer 200, review 34) `on`, `at` and
# their like by language before a day's name, a date or a time (`… for Orla Quenby on Friday`, `… at 10:00`, `… am
# 12. Mai`), which end a booked person's clause.
_DAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|mon|tue|tues|wed|thu|thur|thurs|fri"
         "|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|maandag|dinsdag|woensdag"
         "|donderdag|vrijdag|zaterdag|zondag|vandaag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain")
_WHEN = f"(?:on|at|am|um|op|om|le)[ \\t]{{1,3}}(?:[0-9]|(?i:{_DAYS})(?![^\\W\\d_]))"
_END = f"(?=[ \\t]{{0,3}}(?:$|[,.;:!?()\\[\\]\\n\"|/]|-[ \\t]|[ \\t][-–(])|[ \\t]{{1,3}}{_WHEN})"
# (closer 200, review 34: a lower-case particle between its words, `Ilse van Wendtkamp`, as name_shapes.FULL_NAME)
_NAME = f"{WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}}"
_INITIALLED = f"[A-Z]\\.[ \\t]{{0,2}}(?:[A-Z]\\.[ \\t]{{0,2}})?{WORD}"
# (closer 200, review 34) A family name, a comma and the given name, as a booking's register writes it (`… confirmed
# for Quenby, Orla`); read after a confirmation's `for` alone: after a pro's or a client's label, a list is written so
# as often (`Sitter: Dogs, Cats`), and only a list of given names would tell them.
_FAMILY_FIRST = f"{WORD},[ \\t]{{1,3}}{WORD}"


def _words(vocabulary: Dict[str, str]) -> str:
    return "|".join(sorted({word for line in vocabulary.values() for word in line.split("|")},
                           key=longest_first)).replace(" ", "[ _]")


_OPENS = r"(?<![^\W\d_])"
_CLIENT = re.compile(f"{_OPENS}(?i:{_words(CLIENT_WORDS)})\"?[ \\t]{{0,3}}[:=][ \\t]{{0,3}}\"?"
                     f"({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{0,2}})"
                     f"(?=[ \\t]{{0,3}}(?:$|[,;&\"}}\\n)(]))")
# (a pro's word, as a label opening the text or a part)
_PRO_WORD = f"(?i:{_words(PRO_WORDS)})"
_PRO_LABEL = f"(?:^|(?<=[\\s\"|\\-(])){_PRO_WORD}[ \\t]{{0,3}}:[ \\t]{{0,3}}"
# (closer 231, review 36: or a state's word and a dash before the name, `Sitter: Verified – …`, _a_state)
_PRO = re.compile(f"{_PRO_LABEL}"
                  f"(?:(?P<state>[A-Z][a-z]{{2,15}})[ \\t]{{1,3}}-[ \\t]{{1,3}})?({_NAME}){_END}")
# (closer 204, review 34) ... or a given name and the family name in a bracket after it, ending the text (`Nanny: …
# (…)`), neither word a common English word nor its plural (bip39_words.a_common_word: a list's kind and its detail
# are written so, `Sitter: Cats (Indoor)`)
_PRO_BRACKETED = re.compile(f"{_PRO_LABEL}({WORD})[ \\t]{{1,3}}\\(({WORD})\\)[ \\t]{{0,3}}$")
# (closer 200, review 34) ... and a dash between blanks as that colon where the pro's word opens the text (`Babysitter –
# …`)
_PRO_DASHED = re.compile(f"^[ \\t]{{0,3}}{_PRO_WORD}[ \\t]{{1,3}}-[ \\t]{{1,3}}({_NAME}){_END}")
_MADE_OUT = re.compile(f"{_OPENS}(?i:{_words(MADE_OUT_WORDS)})(?![^\\W\\d_])")
_CONFIRMED = re.compile(f"{_OPENS}(?i:{_words(CONFIRMED_WORDS)})(?![^\\W\\d_])")
# (closer 200, review 34: `for` before its colon, `Booked for: …`)
_FOR_NAME = re.compile(f"{_OPENS}(?:{_FOR})(?:[ \\t]{{0,3}}:)?[ \\t]{{1,3}}"
                       f"(?:({_HONORIFIC})[ \\t]{{1,3}}{_NAME_PARTICLE})?"
                       f"({_FAMILY_FIRST}|{_NAME}|{_INITIALLED}|{WORD}){_END}")
# (closer 200, review 34) A household pro booked, as a confirmation (`Cleaner booked for …`; not a collection's or a
# class's booking, `Collection booked for Old Sofa`).
_PRO_BOOKED = re.compile(f"{_OPENS}(?i:{_HOUSEHOLD_PROS})[ \\t]{{1,3}}(?i:booked|gebucht|geboekt)(?![^\\W\\d_])")
# (closer 200, review 34) A confirmation's colon as its `for` where a booking's confirmation opens the text
# (`Booking confirmed: …`, `Booked: …`, `Afspraak bevestigd: …`).
_CONFIRMED_NAME = re.compile(f"^[ \\t]{{0,3}}(?:(?i:{_words(MADE_OUT_WORDS)})[ \\t]{{1,3}})?"
                             f"(?i:{_words(CONFIRMED_WORDS)})[ \\t]{{0,3}}:[ \\t]{{0,3}}"
                             f"(?:({_HONORIFIC})[ \\t]{{1,3}})?"
                             f"({_NAME}|{_INITIALLED}|{WORD}){_END}")
# (a practitioner's title: a consultation is confirmed with its doctor, `Appointment confirmed: Dr …`)
_PRACTITIONER = re.compile(r"(?:Dr|Dra|Prof|Doc|Doktor)\.?[ \t]")
# (closer 204, review 34: the log's colon for its dash, `Visit log: Mr …`; an initial before the family name, `Mr. O.
# …`; German `Frau`, `Herr`; the closing dash ending the text, `Carer visit log – Mr … –`, where a nickname's word is
# read as no family name, _a_nickname: `Visit log – Mr Fixit –`)
_VISIT_HONORED = re.compile(f"{_OPENS}(?i:{_words(VISIT_WORDS)})[ \\t]{{0,3}}"
                            f"(?:-[ \\t]{{1,3}}|:[ \\t]{{0,3}})(?:{_VISIT_HONORIFIC})[ \\t]{{1,3}}"
                            f"(?:[A-Z]\\.[ \\t]{{0,2}})?({WORD}(?:[ \\t]{{1,3}}{WORD})?)"
                            f"(?=[ \\t]{{0,3}}(?:$|[,(]|-[ \\t]|-[ \\t]{{0,3}}$))")
# (closer 200, review 34: a family name's particle capitalized after the family's word, `familie Van …`)
_FAMILY = re.compile(f"(?:{_OPENS}(?:{_FOR}|bei|bij|chez|presso)[ \\t]{{1,3}}|-[ \\t]{{1,3}})(?:{_FAMILY_WORDS})"
                     f"[ \\t]{{1,3}}(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)[ \\t]{{1,3}}){{0,2}}"
                     f"({WORD}){_END}")
# (closer 200, review 34) A family's name before English `family` after a booking's `for the` (`Booking for the …
# family`).
_THE_FAMILY = re.compile(f"{_OPENS}(?i:for|to)[ \\t]{{1,3}}the[ \\t]{{1,3}}({WORD})[ \\t]{{1,3}}family{_END}")
_CUSTOMER = re.compile(f"(?:^|(?<=[\\n\"|:]))[ \\t]{{0,3}}(?:{_CUSTOMER_WORDS})[ \\t]{{1,3}}({WORD})[ \\t]{{1,3}}"
                       f"(?:{_CALLING_VERBS})(?![^\\W\\d_])")
_MESSAGE = re.compile(f"{_OPENS}(?i:{_MESSAGE_FROM})[ \\t]{{1,3}}({_NAME}|{_INITIALLED})"
                      f"[ \\t]{{0,3}}(?:[:\\n]|$|-[ \\t])")
# (closer 200, review 34: English `by` too, a rating's stars between its number and the preposition, `Review – 5
# stars by …`, `Beoordeling – 5 sterren door …`, or the review's word right before it, `Beoordeling door …`)
_STARS = r"stars?|sterren|ster|sterne|etoiles|estrellas|stelle"
_REVIEW_WORDS = r"beoordeling|recensie|review|ervaring|waardering"
_DOOR = re.compile(f"(?:-|[0-9](?:[ \\t]{{1,3}}(?i:{_STARS}))?|(?<![^\\W\\d_])(?i:{_REVIEW_WORDS}))"
                   f"[ \\t]{{1,3}}(?:door|by)[ \\t]{{1,3}}"
                   f"({_NAME}|{_INITIALLED})[ \\t]{{0,3}}$")
_REVIEW = re.compile(f"{_OPENS}(?i:{_REVIEW_WORDS})")
# (closer 200, review 34) A household job booked by its client (`Plumber booked by …`, `Schoonmaker geboekt door …`).
_BOOKED_BY = re.compile(f"{_OPENS}(?i:{_HOUSEHOLD_PROS})[ \\t]{{1,3}}(?i:booked[ \\t]{{1,3}}by|gebucht[ \\t]{{1,3}}von"
                        f"|geboekt[ \\t]{{1,3}}door|reserve[ \\t]{{1,3}}par)[ \\t]{{1,3}}(?:{_HONORIFIC}[ \\t]{{1,3}})?"
                        f"({_NAME}|{_INITIALLED}){_END}")
# (closer 200, review 34: or an honorific and a family name, `Unsere Putzfrau Frau … kommt`)
_RELATED = re.compile(f"{_OPENS}(?i:{_RELATIONS})[ \\t]{{1,3}}(?i:{_HOUSEHOLD_PROS})[ \\t]{{1,3}}"
                      f"((?:{_HOUSEHOLD_HONORIFIC})[ \\t]{{1,3}}{WORD}|{_NAME})"
                      f"[ \\t]{{1,3}}[a-z]")
# (closer 204, review 34: or a holder's full name in a bracket after the number, `Gas Safe no. … (…)`, read as a
# person's name elsewhere)
# (closer 198: the words after the dash are read up to a mark or the end: opening on the register's own page's, a call
# to check it or the trade's service's word, they name no holder, `… – Find an Engineer`, `… – Oil Boiler Service`; a
# holder's trading name keeps its name first, `… – Orla Quenby Plumbing`)
_REGISTERED = re.compile(f"{_OPENS}(?i:{_REGISTERS}){_NUMBER_WORD}[0-9][0-9 ]{{3,10}}[0-9]"
                         f"[ \\t]{{1,3}}(?:-[ \\t]{{1,3}}(?P<holder>[A-Z][^\\n,;:()\\[\\]|/]{{0,60}})"
                         f"|\\((?P<bracketed>{_NAME}|{_INITIALLED})\\))")

# What the detector searches first in the lower-cased text: one of the layouts' words.
CUE_SOURCE = (f"{_words(CLIENT_WORDS)}|{_words(PRO_WORDS)}|{_words(MADE_OUT_WORDS)}|famil|fam\\.|rodzin|kund|klant"
              f"|customer|client|klient|message|nachricht|bericht|messaggio|mensaje|wiadomosc| door |{_REGISTERS}"
              f"|review|{_HOUSEHOLD_PROS}|{_words(VISIT_WORDS)}|{_words(CONFIRMED_WORDS)}")


def reason(form: str, a_name: NameTest) -> str:
    """PERSON_NAME or REGISTERED when canonical `form` holds a layout above, or "" (`a_name(form, name, end)`:
    greetings.a_cued_name)."""
    def named(pattern: re.Pattern[str], group: int = 1) -> bool:
        return any(_a_person(form, match.group(group), match.end(group), a_name) for match in pattern.finditer(form))

    if any(_a_holder(form, match, a_name) for match in _REGISTERED.finditer(form)):
        return REGISTERED
    if named(_CLIENT) or any((match.group("state") is None or _a_state(match.group("state"))) and not (
            _a_pros_service(match.group(2))) and _a_person(form, match.group(2), match.end(2), a_name)
            for match in _PRO.finditer(form)) or any(not _a_pros_service(match.group(1)) and _a_person(
            form, match.group(1), match.end(1), a_name) for match in _PRO_DASHED.finditer(form)) or named(
            _FAMILY) or named(_CUSTOMER) or named(_MESSAGE) or named(_RELATED):
        return PERSON_NAME
    if "(" in form and any(not a_common_word(match.group(1)) and not a_common_word(match.group(2)) and _a_person(
            form, f"{match.group(1)} {match.group(2)}", match.end(2), a_name)
            for match in _PRO_BRACKETED.finditer(form)):
        return PERSON_NAME
    if any(not _a_nickname(match.group(1)) and _a_person(form, match.group(1), match.end(1), a_name)
           for match in _VISIT_HONORED.finditer(form)):
        return PERSON_NAME
    if _MADE_OUT.search(form) is not None and any(
            _for_named(form, match, a_name, _CONFIRMED.search(form) is not None or (
                ":" in form[match.start():match.start(2)]) or _PRO_BOOKED.search(form) is not None)
            for match in _FOR_NAME.finditer(form)):
        return PERSON_NAME
    if " the " in form and _MADE_OUT.search(form) is not None and named(_THE_FAMILY):
        return PERSON_NAME
    if (confirmed := _CONFIRMED_NAME.match(form)) is not None and _PRACTITIONER.match(
            form, confirmed.start(2)) is None and _for_named(form, confirmed, a_name, True):
        return PERSON_NAME
    if (" door " in form or " by " in form) and _REVIEW.search(form) is not None and any(
            _REVIEW.search(match.group(1)) is None and _a_person(form, match.group(1), match.end(1), a_name)
            for match in _DOOR.finditer(form)):  # (a review site's own name aside: `… door Google Reviews`)
        return PERSON_NAME
    if " b" in form and named(_BOOKED_BY):  # (`booked by`)
        return PERSON_NAME
    return ""


def _a_person(form: str, name: str, end: int, a_name: NameTest) -> bool:
    """Whether `name` read in `form` up to `end` is a person's: `a_name` says so, no word of it a thing's, a place's, a
    known town's or country's, a direction's or a status's, nor a client's or a pro's standing, a firm's or a service's
    terms (standings.a_standing: `Homeowner: Landlord`, `Tasker: Same Day`), no business's (brand_words.a_business_name:
    `Message from Octopus Energy:`; closer 198) unless a given name opens it (standing_names: `Orla Winner`, closer
    208), no place's or firm's before a particle (name_shapes.a_place_before_particle: `Museum van Loon`; closer
    200)."""
    name = name.replace(",", " ")  # (a family name first: `Quenby, Orla`)
    return a_name(form, name, end) and not a_thing(name) and not _place_or_business(
        name) and not a_standing_not_a_person(name) and not a_business_name(name) and not a_place_before_particle(
        name) and not any(
        word.lower() in _NOT_NAME_WORDS or _a_place(word) for word in name.split())


# (closer 206, review 36) A pro's service's or arrangement's closing word by language, after the pro's dash (`Sitter –
# Dog Walking`, `Carer – Home Care`, `Nanny – Sole Charge`): what the pro does, no one's family name.
SERVICE_WORDS = {
    "English": "care sitting walking walks minding boarding grooming clearance cleaning clean charge assembly repair "
               "repairs removal removals maintenance ironing gardening tutoring babysitting daycare visits",
    "German": "betreuung pflege reinigung gassi hilfe", "Dutch": "opvang verzorging schoonmaak",
    "French": "garde soins menage", "Spanish": "cuidado limpieza", "Italian": "assistenza pulizie",
}
_SERVICE_WORDS = frozenset(word for words in SERVICE_WORDS.values() for word in words.split())


def _a_state(word: str) -> bool:
    """(closer 231) Whether `word` before a dash after a pro's label is a state's (_NOT_NAME_WORDS: `Verified`,
    `Booked`, `Available`), the name after the dash then the pro's."""
    return word.lower() in _NOT_NAME_WORDS


def _a_pros_service(name: str) -> bool:
    """Whether the words after a pro's dash close on a service's word (SERVICE_WORDS): the pro's service, no name; or
    hold a common English word after no known given name (given_names.a_common_words_not_a_name, closer 210: `Nanny –
    Maternity Cover`, `Sitter – Cat Feeding`; `Sitter – Orla Fielding` stays a name)."""
    return name.split()[-1].lower() in _SERVICE_WORDS or a_common_words_not_a_name(name)


def _a_holder(form: str, match: re.Match[str], a_name: NameTest) -> bool:
    """Whether _REGISTERED's `match` names its holder: the words after the dash opening on no standing's word, no
    place's nor a business's; or a person's name in the bracket, no state's common words."""
    if match.group("holder") is not None:
        return not a_standing(match.group("holder").split()[0]) and not _place_or_business(match.group("holder"))
    return not a_common_words_not_a_name(match.group("bracketed")) and _a_person(
        form, match.group("bracketed"), match.end("bracketed"), a_name)  # (closer 210: a state, `(Expires June)`)


def _a_nickname(name: str) -> bool:
    """Whether the family name after an honorific is a nickname's or a brand's word: a common English word
    (bip39_words.a_common_word: `Mr Muscle`, `Mr Clean`), or one glued to `it` (`Mr Fixit`)."""
    return a_common_word(name.split()[-1], ending="it")


def _for_named(form: str, match: re.Match[str], a_name: NameTest, confirmed: bool) -> bool:
    """Whether _FOR_NAME's `match` names a person: one word or more after an honorific, or a full name or an
    initialled one in a text that confirms (`confirmed`)."""
    name = match.group(2)
    if match.group(1) is None and (not confirmed or " " not in name and name[1:2] != "." or (
            a_place_named_like_a_person(name))):  # (a restaurant booked: `Chez Paul, 2 guests`; closer 227)
        return False
    return _a_person(form, name, match.end(2), a_name)
