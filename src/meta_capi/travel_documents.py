"""The machine-readable zone of a passport, an identity card or a visa (ICAO Doc 9303), for the detector: lines of
capital letters, digits and the filler `<`, of 44 characters (a passport's two lines, TD3), 36 (TD2) or 30 (an
identity card's three lines, TD1). A line is read alone, as a value may hold one line of the zone:

- a names line: the surname, `<<`, the given names, each name's words joined by `<`, and fillers to the line's end,
  the document's code and its state before them or not (`P<UTOERIKSSON<<ANNA<MARIA<<<…`, TD1's third line);
- a data line, by its check digits (weights 7, 3, 1 over the digits' values, a letter's its place from 10, `<` 0):
  the document's number, the birth date and the expiry date each with its own in TD3's and TD2's second line
  (`L898902C36UTO7408122F1204159…`), the birth and expiry dates in TD1's second line, the number in TD1's first line
  after the document's code and its state.

Nothing else writes a whole line of these characters with fillers or three dates checked so: a line that is not the
whole run (shorter, longer) is no zone's."""

from __future__ import annotations

import re

from .canonical import canonical
from .national_ids import gtin

TRAVEL_DOCUMENT = "holds a line of a passport's or an identity card's machine-readable zone"
# A run of the zone's characters about as long as one of its lines, standing alone (no zone's character on either
# side; a names line copied by hand may have a filler more or less).
_LINE = re.compile(r"(?<![A-Z0-9<])[A-Z0-9<]{28,48}(?![A-Z0-9<])")
# A names line: its document's code and state or not, the surname's words, `<<`, the given names' words, three
# fillers or more to its end.
_NAMES = re.compile(r"(?:[A-Z][A-Z<][A-Z<]{3})?[A-Z]{1,39}(?:<[A-Z]{1,39})*<<[A-Z]{1,39}(?:<[A-Z]{1,39})*<{3,}")
_VALUES = {char: value for value, char in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
_WEIGHTS = (7, 3, 1)


def _checked(field: str, digit: str) -> bool:
    """Whether `digit` is `field`'s check digit (7, 3, 1 weights; `<` counts 0)."""
    if not digit.isdigit():
        return False
    total = sum(_VALUES.get(char, 0) * _WEIGHTS[index % 3] for index, char in enumerate(field))
    return total % 10 == int(digit)


def _date(field: str) -> bool:
    """A date of the zone: YYMMDD, its month and day in range."""
    return field.isdigit() and "01" <= field[2:4] <= "12" and "01" <= field[4:6] <= "31"


def _data_line(line: str) -> bool:
    """A data line: its layout (the dates where they stand, the sex between them, the state in letters) and one
    check digit at least that holds (one check alone would hold for a tenth of random lines: the layout is the rest)."""
    if len(line) in (44, 36):  # number and check, state, birth and check, sex, expiry and check
        return (line[10:13].replace("<", "").isalpha() and _date(line[13:19]) and line[20] in "MFX<"
                and _date(line[21:27]) and (_checked(line[0:9], line[9]) or _checked(line[13:19], line[19])
                                            or _checked(line[21:27], line[27])))
    if len(line) != 30:
        return False
    # TD1: the second line's birth, sex and expiry and the state after them, or the first line's number after the
    # document's code and its state, fillers after it
    return (_date(line[0:6]) and line[7] in "MFX<" and _date(line[8:14]) and line[15:18].replace("<", "").isalpha()
            and (_checked(line[0:6], line[6]) or _checked(line[8:14], line[14]))
            or line[0] in "ACI" and line[2:5].isalpha() and line.endswith("<<") and _checked(line[5:14], line[14]))


def holds_zone_line(form: str) -> bool:
    """Whether canonical `form` holds a whole line of a machine-readable zone: a names line or a data line whose check
    digits hold (the detector asks where `<` is: every line but a data line without a filler holds one)."""
    for match in _LINE.finditer(form):
        line = match.group()
        if "<<" in line and _NAMES.fullmatch(line) is not None or any(char.isdigit() for char in line) and (
                _data_line(line)):
            return True
    return False


# The number of a German identity card or passport: nine characters of the authority's alphabet (digits and the
# consonants C F G H J K L M N P R T V W X Y Z, no vowel nor B, D, Q, S), one digit at least, maybe then its check
# digit as the zone writes it (weights 7, 3, 1).
_GERMAN_DOCUMENT_CHARACTERS = frozenset("0123456789CFGHJKLMNPRTVWXYZ")


def german_document_number(token: str) -> bool:
    """Whether `token` (any case) is a German document's number, alone or with its check digit (above)."""
    number = token[:9].upper()
    return (len(token) == 9 or len(token) == 10 and _checked(number, token[9])) and (
        _GERMAN_DOCUMENT_CHARACTERS.issuperset(number) and any(char.isdigit() for char in number))


AIRLINE_TICKET = "holds an airline ticket's number"
# An airline ticket's number (closer 82): the issuing airline's three-digit code and the ticket's ten-digit serial
# (IATA), maybe a dash or a blank between, after an e-ticket's or a ticket number's label (`E-ticket 220-4817263954`,
# `ETKT 2204817263954`, `Ticketnummer:`, `N° de billet :`, `Número de billete`): a ticket is issued to one passenger
# and names them at the airline as a passport's number does. Thirteen digits in that layout after a ticket's label;
# an event's or a support desk's ticket has a shorter number, and a shop's order has no such label. The word alone in
# lower case is such a label too (closer 127).
# (Arabic's ticket's number, Hindi's ticket's number, Japanese's air ticket's number; Polish `numer biletu`, Turkish
# `bilet no`, Portuguese `bilhete eletrônico` above: closer 87)
_OTHER_SCRIPTS_TICKET_LABELS = ("رقم التذكرة", "टिकट नंबर", "टिकट संख्या", "航空券番号", "eチケット番号")
_TICKET = re.compile(
    r"(?<![A-Za-z0-9])(?:(?i:e-?ticket|etkt|tkt)(?:[ ](?i:no\.?|nr\.?|number|nummer|n°))?"
    r"|(?i:ticket)[ ]?(?i:number|no\.?|nr\.?|nummer|n°)|(?i:n°|num[eé]ro)[ ](?i:de[ ])?(?i:billet|billete|biglietto)"
    r"|(?i:numer[ ]biletu|e-?bilet(?:[ ]?(?:no\.?|numaras[ıi]))?|bilet[ ]?(?:no\.?|numaras[ıi])"
    r"|(?:n[uú]mero[ ]d[oa][ ])?bilhete(?:[ ]eletr[oô]nico)?)|"
    # (closer 127: the word alone in lower case, as running text names the ticket before its number: `Passenger
    # receipt – … – ticket 2204817263954`; capitalized alone it opens an event's or a title's words as often)
    r"(?<![^ \t,;(])(?:ticket|billet|billete|biglietto)(?=[ \t])|"
    + "|".join(re.escape(canonical(word)[0].casefold()) for word in _OTHER_SCRIPTS_TICKET_LABELS) + ")"
    # (`/eticket/` in a URL's path: its segment is the ticket's)
    r"[ \t]{0,3}[:#/]?[ \t]{0,3}[0-9]{3}[ -]?[0-9]{10}(?![0-9])")


# (closer 133) ... and the word capitalized opening a part after a comma, a semicolon, a bracket, a bar or a dash
# between blanks, as a receipt's or a note's parts name it (`Passenger receipt – Ticket 2204817263954`); not opening
# the text (a title's), nor before a GTIN (`Einzel - Ticket 4006381333931`, an event ticket's barcode).
_TICKET_OPENING_A_PART = re.compile(
    r"(?:(?<=[,;(|])|(?<=[,;|][ \t])|(?<=[ \t][-–—][ \t]))(?:Ticket|Billet|Billete|Biglietto)"
    r"[ \t]{1,3}[:#]?[ \t]{0,3}([0-9]{3})[ -]?([0-9]{10})(?![0-9])")


def holds_airline_ticket(form: str) -> bool:
    """Whether canonical `form` holds an airline ticket's number after its label (above; the detector tests the
    label's letters in C first)."""
    return _TICKET.search(form) is not None or any(
        not gtin(match.group(1) + match.group(2)) for match in _TICKET_OPENING_A_PART.finditer(form))
