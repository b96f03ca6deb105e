"""National numbering plans of mobile phones, for the detector (detector.py).

A mobile number has a shape fixed by its country's plan (ITU-T E.164 national plans): a mobile prefix at the start
of the national significant number (NSN), a length, and the trunk prefix dialled before it at home (`0` in most
of Europe, `8` in Russia, none in Poland, Spain, Portugal or China). The detector uses them where a digit run is
ambiguous (in a code, in an id, in text without a label), so that a number is read as a phone only when a plan
dials it that way: `0701234567` (Sweden, trunk 0), `89123456789` (Russia, trunk 8), `512345678` (Poland),
`46701234567` (Sweden, undialled E.164), not `0123456789` or `100234567`.
"""

from __future__ import annotations

import re
from typing import Iterator, List, Tuple

# country code, trunk prefix ("-" when the plan has none), mobile prefixes of the NSN (a pattern), NSN lengths.
# The Americas' shared plan (+1) is judged by its own layout in the detector; plans whose mobiles share their
# prefixes with fixed lines (Mexico, Argentina) have no line, nor plans without a trunk prefix whose mobiles are a
# short run of common first digits (Peru's nine digits from 9, Colombia's ten from 3): read at home, they would
# make ids of those shapes phone numbers.
_PLANS = """
7 8 9 10-10
20 0 1[0125] 10-10
27 0 [6-8] 9-9
30 - 69 10-10
31 0 6 9-9
32 0 4[5-9] 9-9
33 0 [67] 9-9
34 - 6|7[1-4] 9-9
36 06 [237]0 9-9
39 - 3 9-10
40 0 7 9-9
41 0 7[5-9] 9-9
43 0 6[5-9] 10-13
44 0 7[1-57-9] 10-10
45 - [2-9] 8-8
46 0 7[02369] 9-9
47 - [49] 8-8
48 - 45|5[0137]|6[069]|7[2389]|88 9-9
49 0 1[5-7] 10-11
55 - [1-9][1-9]9 11-11
61 0 4 9-9
62 0 8[1-35-9] 9-12
63 0 9 10-10
64 0 2 8-10
65 - [89] 8-8
66 0 [689] 9-9
81 0 [789]0 10-10
82 0 10 9-10
84 0 [35789] 9-9
86 - 1[3-9] 11-11
90 0 5 10-10
91 0 [6-9] 10-10
234 0 [789][01] 10-10
254 0 7|1[01] 9-9
351 - 9[1236] 9-9
353 0 8[35-9] 9-9
358 0 4|50 8-10
380 0 [5-9] 9-9
420 - [67] 9-9
421 0 9 9-9
852 - [5-9] 8-8
966 0 5 9-9
971 0 5 9-9
972 0 5 9-9
58 0 4 10-10
92 0 3 10-10
93 0 7 9-9
94 0 7 9-9
98 0 9 10-10
212 0 [67] 9-9
213 0 [567] 9-9
233 0 [25] 9-9
243 0 [89] 9-9
251 0 [79] 9-9
255 0 [67] 9-9
256 0 7 9-9
880 0 1[3-9] 10-10
964 0 7 10-10
260 0 [79] 9-9
977 - 9[678] 10-10
258 - 8[2-7] 9-9
218 0 9[1-5] 9-9
371 - 2 8-8
679 - [789] 7-7
"""


def _plans() -> Iterator[Tuple[str, str, str, int, int]]:
    for line in _PLANS.strip().splitlines():
        code, trunk, prefix, lengths = line.split()
        low, high = lengths.split("-")
        yield code, "" if trunk == "-" else trunk, prefix, int(low), int(high)


def _nsn(prefix: str, low: int, high: int) -> str:
    return f"(?=(?:{prefix}))[0-9]{{{low},{high}}}"


def _alternatives(parts: List[str]) -> re.Pattern[str]:
    # Each branch is of bounded length and the text is a digit string of at most 17: fullmatch is cheap.
    return re.compile("|".join(f"(?:{part})" for part in parts))


_INTERNATIONAL = _alternatives([code + _nsn(prefix, low, high) for code, _, prefix, low, high in _plans()])
_TRUNK = _alternatives([trunk + _nsn(prefix, low, high) for _, trunk, prefix, low, high in _plans() if trunk])
# Plans without a trunk prefix, of nine digits or more (an eight-digit run is as often a date or a count).
_NATIONAL = _alternatives([_nsn(prefix, low, high) for _, trunk, prefix, low, high in _plans()
                           if not trunk and low >= 9])
_TRUNKS = frozenset(trunk[0] for _, trunk, *_ in _plans() if trunk)
# Plans without a trunk prefix, of every length (after a mobile label an eight-digit run is a mobile: `hp 9123 4567`).
_HOME = _alternatives([_nsn(prefix, low, high) for _, trunk, prefix, low, high in _plans() if not trunk])


def international_mobile(digits: str) -> bool:
    """A mobile number written with its country code and without `+` or `00` (`46701234567`)."""
    return _INTERNATIONAL.fullmatch(digits) is not None


def trunk_mobile(digits: str) -> bool:
    """A mobile number dialled at home with its trunk prefix (`0701234567`, `07700900461`, `89123456789`)."""
    return digits[:1] in _TRUNKS and _TRUNK.fullmatch(digits) is not None


def national_mobile(digits: str) -> bool:
    """A mobile number of a plan without a trunk prefix, as dialled at home (`512345678`, `13800138000`)."""
    return _NATIONAL.fullmatch(digits) is not None


def nanp(digits: str) -> bool:
    """Ten digits laid out as a number of the Americas' shared plan (NANP): an area code and an exchange that
    start with 2 to 9 (`2025550143`)."""
    return digits[0] in "23456789" and digits[3] in "23456789"


def home_mobile(digits: str) -> bool:
    """A mobile number as dialled at home in any plan: after its trunk prefix, or of a plan without one, whatever
    its length (`91234567`: Singapore)."""
    return trunk_mobile(digits) or _HOME.fullmatch(digits) is not None


# (closer 158, seventy-third attack) The ranges a national plan keeps for freephone and shared-cost services, dialled at
# home: a business's line (an insurer's claims line, a helpline, a breakdown service), never a person's own. Only the
# ranges no other plan's geographic numbers share: 0800 (the UK's and Germany's of ten or eleven digits, the
# Netherlands' of eight or eleven, France's numéro vert of ten: no area code opens so, and no subscriber's number opens
# on 0 after Bari's 080), Spain's 900 and 800 and Italy's 800 (nine digits, no trunk prefix). Not the UK's 0808 nor
# its 03 ranges (Bavaria's 0808x, Berlin's 030, Halle's 0345, Brandenburg's 033xx; `0300 1234567` is Pakistan's
# mobile), nor France's 0 801 to 0 805 (Bari's 080, Bavaria's 080xx). The NANP's toll-free codes are read apart
# (detector._toll_free).
# (closer 166, review 27) ... and the premium-rate 0900 of the Netherlands (eight or eleven digits), Switzerland and
# Austria (ten), Germany and the UK (eleven): no plan's geographic or mobile number opens so. Not the UK's 0845, 0844,
# 0870 nor Germany's 0180 and 0137: Bavaria's area codes 0844x, 0845x, 0870x and the UK's 0180x, 0137x share them.
_FREEPHONE = re.compile(r"0[89]00[0-9]{4}(?:[0-9]{2,3})?|(?:900|800)[0-9]{6}")


# (closer 175, review 30) The national plans' non-geographic ranges some geographic or mobile numbers share: the UK's
# 0808 freephone and its 03 lines (0300, 0303, 0330, 0333, 0343, 0344, 0345, 0370 to 0373: eleven digits), Spain's
# 901 and 902 (nine digits). A business's line only after a business line's label (detector._toll_free): `0300 …`
# alone is Pakistan's mobile as often. (closer 224, review 42) ... and Germany's shared-cost service numbers, 0180 and
# a tariff's digit 1 to 7 before six digits (`Hotline 01805 123456`, `Service 0180 6 123456`): the UK's 0180x area
# codes share them (Torrington's 01805), so read after such a label only.
_LABELLED_LINE = re.compile(r"0(?:808|3(?:0[03]|3[03]|4[345]|7[0-3]))[0-9]{7}|0180[1-7][0-9]{6}|90[0-2][0-9]{6}")


def labelled_business_line(digits: str) -> bool:
    """Whether `digits`, as dialled at home, are in a national plan's non-geographic range that a business's line
    label makes one (above), or in a freephone range."""
    return _LABELLED_LINE.fullmatch(digits) is not None or freephone(digits)


def freephone(digits: str) -> bool:
    """Whether `digits`, as dialled at home, are in a national plan's freephone, shared-cost or premium-rate range
    (above)."""
    return digits[:1] in "089" and _FREEPHONE.fullmatch(digits) is not None

