"""A utility customer's own records after their labels (closer 103, issue 16: energy and water suppliers' meter and
billing pages): a meter's number (key_lexicon.METER_NUMBERS: `Zählernummer`, `meter serial`, `numéro de compteur`)
and a direct debit's mandate reference (key_lexicon.MANDATES: `Mandatsreferenz`, `référence du mandat`,
`machtigingskenmerk`), each naming one customer's supply or authorisation.

After those words, a blank, a colon, `#` or `=`, then one token of six letters and digits or more holding four digits
(a dash, a dot or a slash between its parts: `1ESY116729364`, `STROM-7293641802-01`) is the customer's. Digits alone
there are the number rule's, as after any personal label (detector.py); the labels' words are the key lexicon's, so
a key of them is personal too (`meter_number=`). A meter alone (`Landis+Gyr E470`, `meter_type=SMETS2`) and a
meter's reading (`Zählerstand 12345 kWh`) name no one. The reason names the rule, never the value.
"""

from __future__ import annotations

import re
from typing import Dict, Iterator

from . import key_lexicon
from .canonical import canonical

UTILITY_RECORD = "holds a meter's number or a direct debit's mandate after its label"


def _label_patterns(table: Dict[str, str]) -> Iterator[str]:
    """Each of a lexicon table's words as a label's pattern in the canonical form (no marks, lower case), its words'
    joints any of ` _.-` or none."""
    for words in table.values():
        for word in words.split():
            parts = canonical(word.replace("_", " "))[0].lower().split()
            yield "[ _.\\-]{0,2}".join(re.escape(part) for part in parts)


_LABELS = sorted({*_label_patterns(key_lexicon.METER_NUMBERS), *_label_patterns(key_lexicon.MANDATES)},
                 key=lambda pattern: (-len(pattern), pattern))
# A label (no letter glued before or after it), maybe its abbreviation's dot, a separator, and one token.
_RECORD = re.compile(
    "(?i:(?<![^\\W\\d_])(?:" + "|".join(_LABELS) + "))\\.?(?![A-Za-z])"
    r"[ \t]{0,2}[:#=]?[ \t]{0,2}([0-9A-Za-z]{1,24}(?:[-./][0-9A-Za-z]{1,24}){0,3})(?![0-9A-Za-z])")
_DIGIT = re.compile("[0-9]")
_LENGTH = 6
_DIGITS = 4


# What `reason` needs: a label's stem (`meter`, `zahler`, `compteur`, `contador`, `contatore`, `licznik`, `mandat`,
# `machtiging`) in lower case or capitals, searched by the detector (CUE_SOURCE, compiled there: one scan in C, and a
# text holding none reads nothing of this module).
CUE_SOURCE = ("eter|ETER|ahler|AHLER|ompteur|OMPTEUR|ontador|ONTADOR|ontatore|ONTATORE|icznik|ICZNIK|andat|ANDAT"
              "|achtiging|ACHTIGING")


def reason(form: str) -> str:
    """UTILITY_RECORD when canonical `form` holds a meter's number or a mandate's reference after its label (above),
    or "". (Its caller tests CUE_SOURCE first.)"""
    for match in _RECORD.finditer(form):
        token = match.group(1)
        if len(token) >= _LENGTH and len(_DIGIT.findall(token)) >= _DIGITS:
            return UTILITY_RECORD
    return ""
