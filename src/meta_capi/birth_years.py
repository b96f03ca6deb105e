"""A person's name beside their birth year in brackets, for the detector (closer 118, fifty-ninth attack: events and
races). A start list, a results line or a personal best writes an entrant's name and, in brackets right after it,
the year they were born: `Quendrix, Anna (Jg. 1988, W35)`, `Anna Quendrix (W35, Jg. 1988)`, `Anna Quendrix (born
1988)`, `クエンドリクス アンナ（1988年生まれ）`.

- The birth year: a year after a birth's word (`born`, `b.`, `geb.`, `nee en`, `nacida en`, `nata nel`, `rocznik`,
  `geboren`: BIRTH_WORDS, lexicon data by language) or before Japanese `年生まれ`; German `Jg.`/`Jahrgang` is a
  wine's vintage too (`Riesling (Jg. 2019)`), so it counts only beside an age class in the same brackets (`W35`,
  `M40`, `U18`, `AK 45`), as a start list writes them, or after a player's or an athlete's word before the name
  (closer 179: `Spieler … (Jg. 2009)`; key_lexicon.PLAYERS, ATHLETES), as a sign-up writes it.
- The name right before the brackets: a full name (two or three capitalized words), a family name and a given name
  apart by a comma (`Quendrix, Anna`), or two words of katakana; none a generic addressee's, a business's, a product
  line's nor a thing's word (name_shapes, role_labels).
"""

from __future__ import annotations

import re

from . import key_lexicon
from .canonical import canonical
from .name_shapes import FULL_NAME, WORD, a_person, a_product, word_before
from .role_labels import a_thing

PERSON_NAME = "holds a person's name"

# A birth's word before its year, by language (canonical: accents folded; lower case).
BIRTH_WORDS = {
    "English": "born|b.", "German": "geb.|geboren|jahrgang|jg.", "French": "ne en|nee en",
    "Spanish": "nacido en|nacida en", "Italian": "nato nel|nata nel", "Portuguese": "nascido em|nascida em",
    "Dutch": "geboren|geboortejaar", "Polish": "rocznik|ur.",
    "Swedish, Danish and Norwegian": "f.|fodd|fodt|fodt i",  # (closer 201: a family tree's `Släktträd för … (f. 1986)`)
}
_VINTAGE_WORDS = ("jg.", "jahrgang")  # (a wine's vintage as often: read beside an age class alone)
_WORDS = "|".join(re.escape(word) for word in sorted(  # (longest first, then by letter: the same for every seed)
    {word for words in BIRTH_WORDS.values() for word in words.split("|")}, key=lambda word: (-len(word), word)))
# What `reason` needs, searched first by the detector (compiled there): an opening bracket, then a birth's word or
# Japanese `年生まれ` within it.
CUE_SOURCE = f"\\((?i:[^)\\n]{{0,24}}?(?<![^\\W\\d_])(?:{_WORDS})[ \\t]{{0,3}}(?:19|20)[0-9]{{2}}(?![0-9]))|年生まれ"
_KATAKANA = "[\u30a0-\u30ff]{2,12}"
# (closer 201: or its middle dot, `・`, the canonical form's `.`: `モルヴァンデック・ヘドヴィカ`)
_NAME = f"(?:{FULL_NAME}|{WORD},[ \\t]{{1,3}}{WORD}(?:[ \\t]{{1,3}}{WORD})?|{_KATAKANA}[ \\t.]{_KATAKANA})"
# (group 1: the name; group 2: what the brackets hold) the name, then the brackets right after it
_NAMED_YEAR = re.compile(f"({_NAME})[ \\t]{{0,3}}\\(([^)\\n]{{1,40}})\\)")
_BIRTH_YEAR = re.compile(f"(?i:(?<![^\\W\\d_])({_WORDS})[ \\t]{{0,3}}(?:19|20)[0-9]{{2}}(?![0-9]))"
                         "|(?:19|20)[0-9]{2}年生まれ")
_AGE_CLASS = re.compile(r"(?<![^\W_])(?:[MWFHDU]|AK[ ]?|M/W[ ]?)[0-9]{2}(?![0-9])")
# (closer 179) A player's or an athlete's word, by language (in lower case): before the name, a person's vintage.
_PLAYERS = frozenset(canonical(word)[0].lower() for table in (key_lexicon.PLAYERS, key_lexicon.ATHLETES)
                     for words in table.values() for word in words.split())


def _after_a_player(form: str, match: re.Match[str]) -> str:
    """The name of a match of _NAMED_YEAR without a player's word opening it, when one opens it or stands right before
    it (`Spieler … (Jg. 2009)`), or ""."""
    words = match.group(1).split()
    if words[0].lower() in _PLAYERS:
        return " ".join(words[1:]) if len(words) > 2 else ""
    return match.group(1) if word_before(form, match.start()).lower() in _PLAYERS else ""


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a name and its bearer's birth year in brackets right after it, or
    ""."""
    for match in _NAMED_YEAR.finditer(form):
        inside = match.group(2)
        year = _BIRTH_YEAR.search(inside)
        if year is None:
            continue
        name = match.group(1).replace(",", "")
        if year.group(1) and year.group(1).lower() in _VINTAGE_WORDS and _AGE_CLASS.search(inside) is None:
            name = _after_a_player(form, match)  # (a vintage's word: a person's after a player's word alone)
            if not name:
                continue
        if a_person(name) and not a_product(name) and not a_thing(name):
            return PERSON_NAME
    return ""
