"""A person's row of a shop's export pasted as text (forty-sixth attack), for the detector (detector.py): a line of
cells cut by one separator, a tab (TSV), `;`, `|` or `,` (CSV), read by its cells' shapes, not by a header (a table
with its header is the detector's `_tabled_reason`). A row is an addressee's when a name stands in the cells right
before a town and its post code:

- the cells: a CSV's commas with no blank after them (a comma and a blank are prose's, or an address line's that
  postal.py reads);
- the name: two cells of one capitalized word each, a given and a family name as an export splits them (`Tovra`,
  `Brennaquist`), or one cell of two or three capitalized words (name_shapes.FULL_NAME), none a business's nor a
  generic addressee's word (name_shapes.a_person), nor a product line's (name_shapes.a_product), nor a shop's
  campaign's (`Summer Sale`, `Black Friday`: a store's event in that town, closer 80);
- then the town and the post code, in two cells either way round (`Leeds`, `LS1 4AP`; `75011`, `Paris`) or in one
  (`Leeds LS1 4AP`, `75011 Paris`); the post code a layout of a country that no count or year shares: the UK's and
  Canada's, five digits (Germany, France, Spain, Italy, the US, with ZIP+4), the Netherlands' `1012 AB`, Poland's
  `00-001`, Sweden's `114 55`.

A row of an order (`ORD-1,Tovra Brennaquist,2 items,39.90`) holds no town and post code: not read (the reference's
names without a label). A row is a person's record too when a name's cell stands right beside a birth date's (closer
118: a check-in's line, `CHK|EVT-117|593|Tovra Brennaquist|1988-03-14`): a full calendar date (`1988-03-14`,
`14.03.1988`, `14/03/1988`) at least 14 years before the year the date is read in (an order's, a delivery's or
an event's date in the row is recent; a birth date is a person's). Each line is cut once and its cells tested with
bounded patterns: linear.
"""

from __future__ import annotations

import re
import time
from typing import List

from . import postal
from .canonical import canonical
from .name_shapes import FULL_NAME, a_person, a_product
from .postal import _PERSON_WORD

# The separators of a row, tried in this order (the first a line holds twice cuts it).
_SEPARATORS = ("\t", ";", "|", ",")
_POST_CODE = (r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?[ ][0-9][A-Z]{2}|[A-Z][0-9][A-Z][ ]?[0-9][A-Z][0-9]"
              r"|[0-9]{5}(?:-[0-9]{4})?|[1-9][0-9]{3}[ ]?[A-Z]{2}|[0-9]{2}-[0-9]{3}|[1-9][0-9]{2}[ ][0-9]{2}"
              # (closer 85: Portugal's `1100-148`, Brazil's `01310-100`, a US state's code before its ZIP, `IL 62701`)
              r"|[1-9][0-9]{3}-[0-9]{3}|[0-9]{5}-[0-9]{3}|[A-Z]{2}[ ][0-9]{5}(?:-[0-9]{4})?"
              # (closer 89: Japan's `100-0001`)
              r"|[0-9]{3}-[0-9]{4})")
# ... a town in Japan: a prefecture's and a municipality's names, each ending in its kind's character (`東京都千代田区`,
# `大阪府大阪市`, `札幌市`; closer 89).
_KANJI = "\u3005\u30f6\u4e00-\u9fff"
_JAPANESE_TOWN = f"(?:[{_KANJI}]{{1,6}}[都道府県])?[{_KANJI}]{{1,8}}[市区町村郡](?:[{_KANJI}]{{1,8}}[市区町村])?"
_TOWN = f"(?:[A-Z][^\\W\\d_'’-]{{1,29}}(?:[ -][A-Z][^\\W\\d_'’-]{{1,29}}){{0,2}}|{_JAPANESE_TOWN})"
_POST_CODE_CELL = re.compile(_POST_CODE)
_TOWN_CELL = re.compile(_TOWN)
_TOWN_AND_CODE_CELL = re.compile(f"{_TOWN}[ ]{{1,3}}{_POST_CODE}|{_POST_CODE}[ ]{{1,3}}{_TOWN}")
_NAME_WORD_CELL = re.compile(_PERSON_WORD)
_FULL_NAME_CELL = re.compile(FULL_NAME)
# ... a name in Japanese: a family and a given name apart by a blank, each in katakana (a foreigner's, 2 to 12) or in
# kanji (1 to 3), as a Japanese export writes them (`山田 花子`, `クエンドリクス ペトラ`; closer 89).
_KATAKANA = "\u30a0-\u30ff"
# ... not ending in a store's, a company's, an office's, a hall's or a venue's character (`本店`, `支店`, `会社`,
# `事務所`, `会館`, `会場`, `病院`, `郵便局`), lexicon data.
_JAPANESE_BUSINESS_ENDS = frozenset("店社所館場院局部課")
_JAPANESE_NAME_CELL = re.compile(f"[{_KATAKANA}]{{2,12}}[ ][{_KATAKANA}]{{2,12}}|[{_KANJI}]{{1,3}}[ ][{_KANJI}]{{1,3}}")
_MAX_CELLS = 32  # (a record's cells are few: a longer line is no row of one)


def cued(form: str) -> bool:
    """Whether `form` may hold such a row: a separator and a digit (substring tests in C)."""
    return ("\t" in form or ";" in form or "|" in form or "," in form) and any(
        digit in form for digit in "0123456789")


def holds_addressed_row(form: str) -> bool:
    """Whether a line of canonical `form` is a row naming a person before their town and post code (above)."""
    return any(_addressed(line) or '"' in line and any(_addressed(part) for part in line.split('"')[1::2])
               for line in form.split("\n"))  # (and each JSON string of a line: closer 83)


BIRTH_DATE_IN_ROW = "holds a name and a birth date in a record's row"
_DATE_CELL = re.compile(r"((?:19|20)[0-9]{2})-[01][0-9]-[0-3][0-9]|[0-3]?[0-9][./][01]?[0-9][./]((?:19|20)[0-9]{2})")
YOUNGEST_IN_A_RECORD = 14  # years: no date in a row later than this many years ago is read as a birth's


def holds_dated_row(form: str) -> bool:
    """Whether a line of canonical `form` is a row holding a person's name right beside a birth date (above)."""
    for line in form.split("\n"):
        cells = _cells(line)
        for at in range(1, len(cells)):
            if (_a_birth_date(cells[at]) and _named_before(cells, at) or _a_birth_date(cells[at - 1]) and (
                    _named_before(cells[at:], 1))):
                return True
    return False


def _a_birth_date(cell: str) -> bool:
    match = _DATE_CELL.fullmatch(cell)
    # (the year read when a date is found, not when the module loads: that is at build time in the component)
    return match is not None and int(match.group(1) or match.group(2)) <= (
        time.gmtime().tm_year - YOUNGEST_IN_A_RECORD)


def _cells(line: str) -> List[str]:
    """The cells of `line` cut by the first separator it holds twice (one cell when none)."""
    for separator in _SEPARATORS:
        if line.count(separator) >= 2:
            if separator == "," and line.startswith('"') and '","' in line:
                # (a CSV whose every cell is quoted, a comma inside one: `"Quendrix, Petra","London"`; closer 85)
                return [cell.strip(" \t\"'") for cell in line.split('","', _MAX_CELLS)]
            if separator == "," and ", " in line:
                return [line]  # (a comma and a blank are prose's or an address line's: postal.py reads those)
            return [cell.strip(" \t\"'") for cell in line.split(separator, _MAX_CELLS)]
    return [line]


def _addressed(line: str) -> bool:
    cells = _cells(line)
    for at in range(1, len(cells)):
        place = _place_width(cells, at)
        if place and (_named_before(cells, at) or _named_before(cells, _past_address_lines(cells, at)) or (
                # (a campaign's cell between the name and the town: `Petra Quendrix,Summer Sale,London,…`; closer 85)
                _a_campaign(cells[at - 1]) and _named_before(cells, at - 1))):
            return True
    return _street_and_town_last(cells)


def _street_and_town_last(cells: List[str]) -> bool:
    """Whether the row ends in a name, a street line and a town without a post code (closer 89: `Petra Quendrix,12
    Tarvenholm Road,London`): the street line by postal.py's grammar of one (a street's word, not a number and any
    words: `2 Pack` is none)."""
    at = len(cells) - 2
    return at >= 1 and _TOWN_CELL.fullmatch(cells[-1]) is not None and postal.street_line_alone(
        cells[at]) and _named_before(cells, at)


# An address's line in a cell of its own between the name and the town (closer 83): a house number and a street
# (`12 Baker Street`), a street and its number (`Hauptstraße 5`), a flat's (`Flat 3`, `Apt 4B`).
_ADDRESS_LINE_CELL = re.compile(
    r"[0-9]{1,5}[A-Za-z]?[ ]{1,3}[^\W\d_][^\W\d_'’.\-]{0,29}(?:[ ]{1,3}[^\W\d_][^\W\d_'’.\-]{0,29}){0,3}"
    r"|[A-Z][^\W\d_'’.\-]{1,29}\.?(?:[ ]{1,3}[^\W\d_][^\W\d_'’.\-]{0,29}){0,3}[ ]{1,3}[0-9]{1,5}[A-Za-z]?")
_ADDRESS_LINES = 2  # (a street's line and a flat's, at most)


def _past_address_lines(cells: List[str], at: int) -> int:
    """Where the cells before `at` that hold an address's lines (one or two) begin, or 0 (none, or nothing before)."""
    start = at
    while start > 1 and at - start < _ADDRESS_LINES and _ADDRESS_LINE_CELL.fullmatch(cells[start - 1]) is not None:
        start -= 1
    return start if start < at else 0


def _place_width(cells: List[str], at: int) -> int:
    """How many cells from `at` hold a town and its post code (two, one, or none: 0)."""
    if _TOWN_AND_CODE_CELL.fullmatch(cells[at]) is not None:
        return 1
    if at + 1 < len(cells) and (
            _TOWN_CELL.fullmatch(cells[at]) is not None and _POST_CODE_CELL.fullmatch(cells[at + 1]) is not None
            or _POST_CODE_CELL.fullmatch(cells[at]) is not None and _TOWN_CELL.fullmatch(cells[at + 1]) is not None):
        return 2
    return 0


_SURNAME_GIVEN_CELL = re.compile(f"{_PERSON_WORD}, {_PERSON_WORD}")


def _a_campaign(cell: str) -> bool:
    """Whether `cell` names a shop's campaign (_CAMPAIGN_WORDS below: `Summer Sale`)."""
    return not _CAMPAIGN_WORDS.isdisjoint(cell.lower().split())


def _named_before(cells: List[str], at: int) -> bool:
    """Whether the cells right before `at` hold a person's name: a full name in one, or a word in each of two."""
    if at < 1:
        return False
    if _JAPANESE_NAME_CELL.fullmatch(cells[at - 1]) is not None:
        # (a script without capitals: the shape alone, as the row's town and post code say an address; not a store's
        # or a business's name, `渋谷 本店`)
        return cells[at - 1][-1] not in _JAPANESE_BUSINESS_ENDS
    if _FULL_NAME_CELL.fullmatch(cells[at - 1]) is not None:
        name = cells[at - 1]
    elif _SURNAME_GIVEN_CELL.fullmatch(cells[at - 1]) is not None:  # (`Quendrix, Petra` in a quoted cell: closer 85)
        name = " ".join(reversed(cells[at - 1].split(", ")))
    elif at >= 2 and _NAME_WORD_CELL.fullmatch(cells[at - 2]) is not None and (
            _NAME_WORD_CELL.fullmatch(cells[at - 1]) is not None):
        name = f"{cells[at - 2]} {cells[at - 1]}"
    else:
        return False
    return a_person(name) and not a_product(name) and _CAMPAIGN_WORDS.isdisjoint(name.lower().split())


# A shop's campaign, a sale or an event of its own, by language (closer 80): a row naming one before a town and a post
# code is a store's event there (`Summer Sale,London,SW1A 1AA`, `Black Friday;Leeds;LS1 4AP`), no addressee's row.
_CAMPAIGN_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "sale sales deal deals offer offers clearance opening launch event promo promotion week weekend friday monday "
    "aktion angebot angebote ausverkauf schlussverkauf eröffnung soldes offre offres vente ouverture rebajas oferta "
    "ofertas promoción liquidación apertura saldi offerta offerte promozione svendita uitverkoop aanbieding actie "
    "rea kampanj udsalg tilbud").split())
# ... and a shop's gathering, a market, a fair or a show it holds or stands at (closer 84: `Christmas Market,Manchester,
# M1 1AE`), by language; not the words that are as often family names (`Mercado`, `Festa`, `Feria`).
_CAMPAIGN_WORDS |= frozenset(canonical(word)[0].lower() for word in (
    "market markets fair fayre bazaar festival show expo pop-up popup markt weihnachtsmarkt flohmarkt messe basar "
    "marché foire braderie salon mercadillo mercato mercatino fiera beurs kermis marknad mässa marked").split())
