"""A house's place written as coordinates or as a place's code, found by its layout and its precision.

The rule is precision: a place fine enough to find a house (a few tens of metres or finer) is personal, a town's
is not (a store locator's `48.86, 2.35`: two decimals, about 1 km). Each layout is read at the precision it writes:
decimal degrees with four decimals or more (about 11 m), degrees and decimal minutes with two decimals of a minute or
more (about 18 m), degrees, minutes and seconds, a UTM or MGRS grid reference to the metre or ten metres, a plus
code of eight characters and two or three more (about 14 m), a what3words address (3 m), a geohash of seven
characters or more (about 150 m: a block). postal.reason asks in free text (behind its cues); ids ask id_reason,
whose shapes (a plus code, a URL) no shop's code takes.

Runs on the canonical form, behind substring tests of the characters each layout needs; every pattern is linear.
"""

from __future__ import annotations

import re

COORDINATES = "holds geographic coordinates"

# A latitude (up to 90) and a longitude (up to 180) in decimal degrees, four decimals or more each.
_LATITUDE = r"[-+]?(?:90|[0-8]?[0-9])\.[0-9]{4,12}"
_LONGITUDE = r"[-+]?(?:180|1[0-7][0-9]|0?[0-9]{1,2})\.[0-9]{4,12}"
# Two decimal degrees side by side, apart by a comma, `;`, `/`, a pipe (`loc=53.80147|-1.54862`) or blanks.
_COORDINATE_PAIR = re.compile(
    f"(?<![0-9.]){_LATITUDE}(?![0-9.])[ \\t]?°?[ \\t]?[NSns]?[ \\t]{{0,3}}[,;/| \\t][ \\t]{{0,3}}{_LONGITUDE}(?![0-9])")
# Google Maps' data parameter, each degree after its field's number: `!3d<lat>!4d<lng>` (a place's URL) and
# `!2d<lng>!3d<lat>` (an embedded map's `pb`).
_MAP_DATA = re.compile(f"!3d{_LATITUDE}!4d{_LONGITUDE}(?![0-9])|!2d{_LONGITUDE}!3d{_LATITUDE}(?![0-9])")
# Degrees, minutes and seconds with both hemispheres after them (`53°48'05.3"N 1°32'55.0"W`).
_DMS = (r"[0-9]{1,3}[ \t]?°[ \t]?[0-9]{1,2}(?:[.,][0-9]{1,4})?[ \t]?['′’](?:[ \t]?[0-9]{1,2}(?:[.,][0-9]{1,4})?"
        r"[ \t]?(?:\"|′′|''|”|″))?[ \t]?")
_DMS_PAIR = re.compile(f"{_DMS}[NSns][ \\t,;/]{{0,3}}{_DMS}[EWOewo]")
# ... and with each hemisphere before its degrees, as GPS receivers and geocaches write them (`N 53° 48.088' W 001°
# 32.917'`, `N 48° 51' 30" E 2° 17' 40"`): the degrees and their sign, then minutes with two decimals or more, or
# minutes and seconds; without the sign (`N53 48.088 W001 32.917`), minutes with three decimals as those write them
# (`N 5 12.00 E 6 14.00` is no place's).
_FINE_MINUTES = (r"[0-5]?[0-9](?:[.,][0-9]{2,6}[ \t]?['′’]?"
                 r"|[ \t]?['′’][ \t]?[0-5]?[0-9](?:[.,][0-9]{1,4})?[ \t]?(?:\"|′′|''|”|″)?)")
_HEMISPHERE_POINT = (f"[ \\t]?[0-9]{{1,3}}(?:[ \\t]?°[ \\t]?{_FINE_MINUTES}"
                     r"|[ \t][0-5]?[0-9][.,][0-9]{3,6}[ \t]?['′’]?)")
_HEMISPHERES_FIRST = re.compile(
    f"(?<![A-Za-z])[NSns]{_HEMISPHERE_POINT}[ \\t]{{0,3}}[,;/|]?[ \\t]{{0,3}}[EWOewo]{_HEMISPHERE_POINT}")
# A grid reference: UTM's zone and latitude band, then six digits east and seven north, metres (`UTM 30U 597354
# 5962011`, `30U 597354mE 5962011mN`), after its label or with its metres' marks; MGRS's zone, band, square of 100 km
# and digits east and north to ten metres or one (`MGRS 30U WE 9735 6201`, `30UWE9735462011`) after its label.
_BAND = r"[0-9]{1,2}[ \t]?[C-HJ-NP-Xc-hj-np-x]"
_UTM = re.compile(
    f"(?<![A-Za-z])(?i:utm)[ \\t:=]{{1,3}}(?:(?i:zone)[ \\t]{{1,3}})?{_BAND}[ \\t,]{{1,3}}[0-9]{{6}}"
    r"(?:\.[0-9]{1,3})?[ \t]?(?:m?E)?[ \t,]{1,3}[0-9]{7}(?![0-9])"
    f"|(?<![0-9A-Za-z]){_BAND}[ \\t,]{{1,3}}[0-9]{{6}}(?:\\.[0-9]{{1,3}})?[ \\t]?mE[ \\t,]{{1,3}}[0-9]{{7}}"
    r"(?:\.[0-9]{1,3})?[ \t]?mN"
    f"|(?<![A-Za-z])(?i:mgrs)[ \\t:=]{{1,3}}{_BAND}[ \\t]?[A-HJ-NP-Za-hj-np-z][A-HJ-NP-Va-hj-np-v][ \\t]?"
    r"(?:[0-9]{4}[ \t]?[0-9]{4}|[0-9]{5}[ \t]?[0-9]{5})(?![0-9])")
# A grid reference's label or metres' marks, the cue postal.code_cued tests (a UTM tag's `utm_` is none).
_GRID_CUE = re.compile(r"(?<![A-Za-z])(?i:utm|mgrs)[ \t:=]|[0-9][ \t]?mN(?![A-Za-z])")
# A full plus code (Open Location Code: eight characters of its alphabet, `+`, two or three more: about 14 m) or a
# short one before its town (`PR6C+24 Nairobi`).
_OLC = "23456789CFGHJMPQRVWX"
_PLUS_CODE = re.compile(f"(?<![0-9A-Za-z+])(?:[{_OLC}]{{8}}\\+[{_OLC}]{{2,3}}(?![0-9A-Za-z])"
                        f"|[{_OLC}]{{4}}\\+[{_OLC}]{{2,3}},?[ \\t]{{1,3}}[A-Z][a-z])")
# ... and a full one standing alone in an id, its first two characters a latitude's (up to C: 180 degrees in
# twenty-degree steps) and a longitude's (up to V: 360 degrees).
_FULL_PLUS_CODE = re.compile(f"(?<![0-9A-Za-z+])[2-9C][{_OLC[:18]}][{_OLC}]{{6}}\\+[{_OLC}]{{2,3}}(?![0-9A-Za-z])")
# A what3words address (3 m): three words joined by dots after `///`, in a URL path also right after two empty
# segments (`/near///index.home.raft/`), after its label (`what3words: index.home.raft`, `w3w=…`), or as the path of
# its own links (`https://w3w.co/index.home.raft`, `what3words.com/…`, `w3w.link/…`).
_W3W = r"[a-z]{1,20}\.[a-z]{1,20}\.[a-z]{1,20}(?![\w.])"
_WHAT3WORDS = re.compile(f"///{_W3W}")
_WHAT3WORDS_IN_PATH = re.compile(f"(?:///|\n\n\n){_W3W}")
WHAT3WORDS_HOSTS = frozenset("w3w.co w3w.link what3words.com www.what3words.com map.what3words.com".split())
_WHAT3WORDS_NAMED = re.compile(
    f"(?<![A-Za-z0-9])(?:(?i:what[ _-]?3[ _-]?words|w3w)(?:[ \\t]{{0,3}}[:=][ \\t]{{0,3}}|[ \\t]{{1,3}})"
    f"|(?i:w3w\\.co|w3w\\.link|what3words\\.com|map\\.what3words\\.com)/)(?:///)?{_W3W}")
# A geohash of seven characters or more (about 150 m by 150 m: a block) after its label (`geohash`, `GeoHash`,
# `geo-hash`) and a colon, `=` or blanks.
GEOHASH_LETTERS = "0-9b-hjkmnp-z"
_GEOHASH = re.compile(f"(?i:geo[ _-]?hash)[ \\t:=]{{1,3}}(?i:[{GEOHASH_LETTERS}]{{7,12}})(?![0-9A-Za-z])")
# A geohash as a whole value (personal_keys: under its key's abbreviation, `gh=`).
GEOHASH_VALUE = re.compile(f"[{GEOHASH_LETTERS}]{{7,12}}")


def pair(form: str) -> bool:
    """Whether canonical `form` holds two decimal degrees at a house's precision, side by side or in a map's data."""
    return form.count(".") > 1 and (_COORDINATE_PAIR.search(form) is not None
                                    or ("!3d" in form or "!2d" in form) and _MAP_DATA.search(form) is not None)


def located(form: str, segments: bool) -> bool:
    """Whether canonical `form` holds a house's place as coordinates in decimal degrees, degrees and minutes with the
    hemispheres first, a grid reference, a plus code, a what3words address or a labelled geohash (`segments`: a URL
    path with a line break for each `/`)."""
    return (pair(form)
            or "+" in form and _PLUS_CODE.search(form) is not None
            or "///" in form and _WHAT3WORDS.search(form) is not None
            or segments and "\n\n\n" in form and _WHAT3WORDS_IN_PATH.search(form) is not None
            or ("3w" in form or "3W" in form) and _WHAT3WORDS_NAMED.search(form) is not None
            or ("ash" in form or "ASH" in form) and _GEOHASH.search(form) is not None
            # (minutes and seconds need their marks, decimal minutes two dots: as the decimal pair's, counted in C)
            or ("°" in form or "'" in form or "’" in form or "′" in form or form.count(".") > 1) and (
                _HEMISPHERES_FIRST.search(form) is not None)
            or ("TM" in form or "tm" in form or "GRS" in form or "grs" in form or "mN" in form) and (
                _UTM.search(form) is not None))


def grid_cued(form: str) -> bool:
    """Whether `form` may hold a grid reference: its label (`UTM`, `MGRS`) or its northing's mark (`mN`); callers
    test those letters as substrings first."""
    return _GRID_CUE.search(form) is not None


def dms_pair(form: str) -> bool:
    """Whether canonical `form` holds degrees, minutes and seconds with their hemispheres after them."""
    return "°" in form and _DMS_PAIR.search(form) is not None


def id_reason(form: str) -> str:
    """COORDINATES when an id's canonical `form` is or holds a place: a full plus code, or a URL (its `://`) holding
    a place as free text would (a map's link, a tracking link's destination); else "". No shop's code takes these
    shapes, so an id is read for them (its digits and letters otherwise say nothing of a place); nor a what3words
    address after its `///` (closer 130)."""
    if "+" in form and _FULL_PLUS_CODE.search(form) is not None:
        return COORDINATES
    if "///" in form and _WHAT3WORDS.search(form) is not None:
        return COORDINATES
    return COORDINATES if "://" in form and (located(form, False) or dms_pair(form)) else ""
