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
from .canonical import by_first_letter, canonical, longest_first, phrase_alternation
from .name_shapes import END, FULL_NAME, OPENS, a_person, a_product
from .postal import _HONORIFIC, _a_place, _place_or_business
from .role_labels import a_thing

PERSON_NAME = "holds a person's name"


def _words(table: Dict[str, str]) -> list[str]:
    """The canonical phrases of `table` (apart by `|`), in lower case, longest first."""
    return sorted({" ".join(canonical(phrase)[0].lower().split()) for line in table.values()
                   for phrase in line.split("|")}, key=longest_first)


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
# the name, a comma or a colon and a word in lower case or a number (`Inventory for …: sofa, 2 beds`).
_RECORD_GOES_ON = re.compile(r"[ \t]{0,3}[,:][ \t]{1,3}[a-z0-9]")
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
    "trasloco verzekering schade reparatie onderhoud verhuizing ubezpieczenie szkoda naprawa przeprowadzka").split())
# (group 1: the name) An age between commas after a full name opening the text (or a line, or a JSON string after
# its quote), then a word in lower case.
# (a word of three letters or more: not a unit's, `Oak Table, 40, cm`)
AGED_OPENING = re.compile(f"(?:^|(?<=[\\n\"]))[ \\t]{{0,3}}(?:{_HONORIFIC})?({FULL_NAME}),"
                          f"[ \\t]{{1,3}}(?:1[6-9]|[2-9][0-9]),[ \\t]{{1,3}}[a-z]{{3}}")
# The stems `reason` needs, searched first by the detector in the lower-cased form (CUE_SOURCE, compiled there).
_STEMS = sorted({noun.split()[0][:5] for noun in _NOUNS + _REFERENCED_NOUNS + _CONFIRMED_NOUNS})
CUE_SOURCE = f"(?:{by_first_letter(_STEMS)}|, [1-9][0-9],)"


def _a_name(name: str) -> bool:
    return (a_person(name) and not a_thing(name) and not a_product(name) and not _a_place(name)
            and not _place_or_business(name)
            and _RECORD_SUBJECTS.isdisjoint(word.lower().rstrip(".").split("'")[0] for word in name.split()))


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
    return PERSON_NAME if any(_a_name(match.group(1)) for match in AGED_OPENING.finditer(form)) else ""
