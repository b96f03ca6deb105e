"""Lookups built once from the reference data: countries by any spelling, calling codes, US/CA regions."""

from __future__ import annotations

import re
from typing import Dict

from .reference_data import COUNTRY_ROWS

_NOT_LETTER = re.compile(r"[\W\d_]+")


def letters_key(text: str) -> str:
    """Lowercase letters only: the key every spelling of a place is looked up by (`U.S.A.` -> `usa`)."""
    return _NOT_LETTER.sub("", text.lower())


# Spellings people type that are not an ISO name: keys are letters_key() forms.
_COUNTRY_ALIASES = {
    "usa": "us", "america": "us", "unitedstatesofamerica": "us", "etatsunis": "us", "estadosunidos": "us",
    "uk": "gb", "greatbritain": "gb", "britain": "gb", "england": "gb", "scotland": "gb", "wales": "gb",
    "northernireland": "gb", "southkorea": "kr", "korea": "kr", "northkorea": "kp", "russia": "ru",
    "iran": "ir", "vietnam": "vn", "laos": "la", "syria": "sy", "taiwan": "tw", "turkey": "tr",
    "macedonia": "mk", "swaziland": "sz", "burma": "mm", "capeverde": "cv", "easttimor": "tl",
    "vatican": "va", "palestine": "ps", "moldova": "md", "tanzania": "tz", "venezuela": "ve",
    "bolivia": "bo", "micronesia": "fm", "brunei": "bn", "holland": "nl", "thenetherlands": "nl",
    "czechrepublic": "cz", "ivorycoast": "ci", "congo": "cg", "drc": "cd", "uae": "ae",
    "deutschland": "de", "allemagne": "de", "espana": "es", "españa": "es", "italia": "it",
    "brasil": "br", "méxico": "mx", "nederland": "nl", "schweiz": "ch", "suisse": "ch",
    "österreich": "at", "belgique": "be", "belgië": "be", "polska": "pl", "sverige": "se", "norge": "no",
    "danmark": "dk", "suomi": "fi", "éire": "ie", "nippon": "jp", "zhongguo": "cn",
}

COUNTRY_BY_KEY: Dict[str, str] = {}
CALLING_CODE: Dict[str, str] = {}
for _row in COUNTRY_ROWS.splitlines():
    _alpha2, _alpha3, _calling, _names = _row.split(" ", 3)
    _code = _alpha2.lower()
    COUNTRY_BY_KEY[_code] = _code
    COUNTRY_BY_KEY[_alpha3.lower()] = _code
    for _name in _names.split("|"):
        COUNTRY_BY_KEY.setdefault(letters_key(_name), _code)
    if _calling != "-":
        CALLING_CODE[_code] = _calling
COUNTRY_BY_KEY.update(_COUNTRY_ALIASES)

# US states, DC and territories, and Canadian provinces: the 2-letter code Meta wants for `st`.
_REGION_ROWS = """\
al alabama|ak alaska|az arizona|ar arkansas|ca california|co colorado|ct connecticut|de delaware
dc district of columbia|fl florida|ga georgia|hi hawaii|id idaho|il illinois|in indiana|ia iowa|ks kansas
ky kentucky|la louisiana|me maine|md maryland|ma massachusetts|mi michigan|mn minnesota|ms mississippi
mo missouri|mt montana|ne nebraska|nv nevada|nh new hampshire|nj new jersey|nm new mexico|ny new york
nc north carolina|nd north dakota|oh ohio|ok oklahoma|or oregon|pa pennsylvania|ri rhode island
sc south carolina|sd south dakota|tn tennessee|tx texas|ut utah|vt vermont|va virginia|wa washington
wv west virginia|wi wisconsin|wy wyoming|pr puerto rico|gu guam|vi us virgin islands|as american samoa
mp northern mariana islands|ab alberta|bc british columbia|mb manitoba|nb new brunswick
nl newfoundland and labrador|ns nova scotia|nt northwest territories|nu nunavut|on ontario
pe prince edward island|qc quebec|sk saskatchewan|yt yukon"""

REGION_CODE_BY_NAME: Dict[str, str] = {}
for _entry in _REGION_ROWS.replace("\n", "|").split("|"):
    _region_code, _region_name = _entry.split(" ", 1)
    REGION_CODE_BY_NAME[letters_key(_region_name)] = _region_code
REGION_CODE_BY_NAME.update({"québec": "qc", "newfoundland": "nl", "washingtondc": "dc", "yukonterritory": "yt"})
