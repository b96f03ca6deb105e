"""Makers' part numbers and a tyre's size, which share a phone number's digit groups (closer 135, sixty-sixth attack:
motoring).

- MAKER_PART_NUMBER: a run of digits right after a maker's name (a blank or a dash between: `BMW 11 42 7 953 129`, a
  shop's slug `bosch-0986494052`) with exactly as many digits as that maker's part numbers have, printed unbroken or
  in the maker's own groups, is the maker's part number. The makers are those numbering every part with digits alone
  of one length (a vocabulary: BMW's and MINI's eleven, in groups 2-2-1-3-3; Bosch's ten, in groups 1-3-3-3); a
  number dialled abroad (`00…`) after them stays a phone, as does one in any other layout or length, and one after a
  maker's name that follows a capitalized word (a family name after its given name: `Jan Bosch 0612345678`).
- LETTERED_PART_NUMBER: Mercedes-Benz prints its parts' numbers as a lone capital naming the kind (`A` a part, `B`
  an accessory, `N` a standard part, `Q` a kit) and ten digits in groups 3-3-2-2 (`A 000 180 26 09`): those groups
  after such a letter are the part's, unless they open on a trunk `0` before another digit (a Swiss or a Swedish
  mobile is written `079 123 45 67`) or are dialled abroad.
- TYRE_SIZE_AFTER: a tyre's width and aspect ratio (`195/65`) right before its construction and rim (`R15`, `ZR19`)
  are its size, no number's digits: a run ending in them is judged without them (`TS 870 195/65 R15`: a tyre's
  model number, then its size).
"""

from __future__ import annotations

import re
from typing import Dict, Tuple

from .name_shapes import word_before

# A maker's name (folded) -> its part numbers' digit count and the printed groups' lengths.
_MAKERS: Dict[str, Tuple[int, Tuple[int, ...]]] = {
    "bmw": (11, (2, 2, 1, 3, 3)),
    "mini": (11, (2, 2, 1, 3, 3)),
    "bosch": (10, (1, 3, 3, 3)),
}
_MAKER_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{3,5})[ -]\Z")
_GROUPS = re.compile(r"[0-9]+")


def maker_part_number(run: str, digits: str, text: str, start: int) -> bool:
    """Whether `run` (its `digits`) at `start` of `text` is the part number of the maker named right before it."""
    if start < 4 or text[start - 1] not in " -" or digits.startswith("00"):
        return False
    before = _MAKER_BEFORE.search(text, start - 6 if start > 6 else 0, start)
    if before is None or _after_a_capitalized_word(text, before.start(1)):
        return False
    maker = _MAKERS.get(before.group(1).lower())
    if maker is None or len(digits) != maker[0]:
        return False
    return run == digits or tuple(len(group) for group in _GROUPS.findall(run)) == maker[1] and (
        run.replace(" ", "").isdigit() or run.replace("-", "").isdigit())


def _after_a_capitalized_word(text: str, start: int) -> bool:
    """Whether a capitalized word stands right before `start` (blanks between): a maker's name there may be a family
    name after its given name (`Bel Jan Bosch 0612345678`: a Dutch mobile), so the run stays judged as digits."""
    return word_before(text, start)[:1].isupper()


# A lone capital naming a Mercedes-Benz part's kind, a blank, and the ten digits' groups.
_LETTERED = re.compile(r"[0-9]{3} [0-9]{3} [0-9]{2} [0-9]{2}")
_PART_KINDS = "ABNQ"


def lettered_part_number(run: str, text: str, start: int) -> bool:
    """Whether `run` at `start` of `text` is a part's number after its kind's letter (LETTERED_PART_NUMBER)."""
    # (a `0` opens the digits only as `000`, the kind's catalogue group: neither a trunk `0` nor a dialled `00…`)
    return (start >= 2 and text[start - 1] == " " and text[start - 2] in _PART_KINDS
            and (start == 2 or not text[start - 3].isalnum()) and _LETTERED.fullmatch(run) is not None
            and (run[0] != "0" or run[:3] == "000"))


# A tyre's width and aspect ratio ending a run, and its construction's letter and rim after it.
_SIZE_ENDING = re.compile(r"(?:^|[ ])[1-3][0-9]{2}/[2-9][05]\Z")
_RIM_AFTER = re.compile(r" ?Z?R ?[1-2][0-9](?![0-9])")


def tyre_size_cut(run: str, text: str, end: int) -> int:
    """Where a tyre's size ending `run` (its end at `end` of `text`) begins in `run`, or -1 (TYRE_SIZE_AFTER)."""
    if "/" not in run or _RIM_AFTER.match(text, end) is None:
        return -1
    size = _SIZE_ENDING.search(run)
    return -1 if size is None else size.start()
