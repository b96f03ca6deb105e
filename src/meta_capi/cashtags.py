"""A Cash App $cashtag by its grammar (closer 181, eightieth attack: payment apps), wherever it stands.

Cash App names an account by `$` and a letter, then letters, digits and `_` (`$<given><family>`, `$<name>583914`):
after Cash App's name it is read as any account after its app's (handles.py); alone it is read here by what sets a
person's tag apart from what else `$` opens in shop and app data:

- not an amount (`$40`, a digit after `$`), nor a currency's sign glued to its letters (`US$`, `R$`, `Ca$h`: a
  letter or a digit before `$`), nor a variable of a template, a query or a program (`$price`, `$first_name`,
  Mixpanel's `$screen_width`, OData's `?$filter=`, Perl's `$VAR1`, PowerShell's `$env:PATH`): a tag ends its word
  before a blank, a clause's mark or the end, never before `=`, `(`, `:`, `[` or `.` and a letter;
- a ticker on a trading app's page is in capitals (`$AAPL`, `$TSLA`, `$BTC`, an index's CFD `$NAS100`, `$US30`,
  a share class `$BRK.B`): a tag in capitals alone is never read, nor in capitals with digits unless its letters
  are six or more (a ticker's are five at most) and its digits no year (`$BITCOIN2024` is a coin's campaign);
- what is read (`tagged`): letters (four or more), maybe a `_` between them, then four digits or more that are no
  year (`$bquorvenshaw583914`: a variable's name ends in no such number as often as a tag does), or two digits or
  more after a transfer's preposition (`Sent $20 to $jsmith85`; alone `$Xbox360`, `$macbook2024` are a product's
  or a campaign's as often, the lead's review of closer 181); or a
  capitalised name's two or three words glued (`$BrantleeQuorvenshaw`) where a payee stands, the whole value or after
  a transfer's preposition by language (`Sent $40 to $…`, payees.DIRECTION_WORDS), when the words are a person's
  name (`a_person`), no field's (`$FirstName`, `$OrderTotal`: FIELD_WORDS) and no pot's, charity's or institution's
  (payees.NOT_A_PERSONS: `$RedCross`). A tag of lower-case letters alone (`$josmith`) is left out: it is `$price`'s
  shape.
"""

from __future__ import annotations

import re
from typing import Callable, FrozenSet

from .payees import DIRECTION_WORDS, NOT_A_PERSONS

# `$` not glued after a letter, a digit or another `$`, a letter, then a tag's characters, ending its word before a
# blank, a clause's mark or the end (not `=`, `(`, `:`, `[`, `.` and a letter).
_TAG = re.compile(r"(?<![\w$])\$([A-Za-z][A-Za-z0-9_]{2,29})(?=$|[\s,;!?)\]}\"'’]|\.(?:\s|$))")
# Letters (four or more, maybe a `_` between two runs), then two digits or more.
_LETTERS_AND_DIGITS = re.compile(r"([A-Za-z]{2,24}(?:_[A-Za-z]{2,24})?)([0-9]{2,12})")
# A capitalised name's two or three words glued.
_GLUED_NAME = re.compile(r"[A-Z][a-z]{1,24}(?:[A-Z][a-z]{1,24}){1,2}")
_CAPITAL = re.compile(r"[A-Z][a-z]+")
_WORD_BEFORE = re.compile(r"([^\W\d_]{1,12})[ \t]{1,3}\Z")
# A field's or a template's words: a glued name holding one is a variable's (`$FirstName`, `$OrderTotal`,
# `$ProductTitle`, `$UserName`).
FIELD_WORDS: FrozenSet[str] = frozenset((
    "name names first last full given family middle user username customer client id number no total sum sub "
    "subtotal price amount value cost fee tax title label text date time type code key url link address email "
    "mail phone city country state zip postal street order product item cart page site home event count qty "
    "quantity currency balance account card bank cash back pay money sale deal gift free tag").split())
_SHORT = 4  # (a tag's letters before its digits)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_CODE_DIGITS = 4  # (digits a tag's number has where it stands alone: a product's model number has fewer)
_TICKER = 5  # (a ticker's letters at most)


def _after_a_direction(text: str, start: int) -> bool:
    """Whether the tag at `start` of `text` follows a transfer's preposition (`to`, `til`)."""
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return before is not None and before.group(1).lower() in DIRECTION_WORDS


def _payee_position(text: str, start: int) -> bool:
    """Whether the tag at `start` of `text` is the whole value or follows a transfer's preposition (`to`, `til`)."""
    return not text[:start].strip() or _after_a_direction(text, start)


def tagged(text: str, a_person: Callable[[str], bool]) -> bool:
    """Whether `text` holds a $cashtag (the module's docstring); `a_person` tells a person's name from other words."""
    for match in _TAG.finditer(text):
        tag = match.group(1)
        digits = _LETTERS_AND_DIGITS.fullmatch(tag)
        if digits is not None:
            letters = digits.group(1).replace("_", "")
            number = digits.group(2)
            # (a year or two or three digits are a product's or a campaign's as often, `$Xbox360`, `$macbook2024`:
            # read only where a payee stands after a transfer's word)
            model = len(number) < _CODE_DIGITS or _YEAR.fullmatch(number) is not None
            if len(letters) >= _SHORT and (not letters.isupper() or len(letters) > _TICKER and _YEAR.fullmatch(
                    number) is None) and (not model or _after_a_direction(text, match.start())):
                return True
            continue
        if _GLUED_NAME.fullmatch(tag) is not None and _payee_position(text, match.start()):
            words = _CAPITAL.findall(tag)
            if all(word.lower() not in FIELD_WORDS and word.lower() not in NOT_A_PERSONS for word in words) and (
                    a_person(" ".join(words))):
                return True
    return False
