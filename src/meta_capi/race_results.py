"""An entrant's name in a race's results line, for the detector (closer 115, fifty-ninth attack: events and races). A
results list or a runner's certificate writes the placing, the entrant's name and the time after a ranking's label:
`Classement 10 km de Paris : 412e, Anna Quendrix, 41'23"`, `Ergebnis Halbmarathon: 87. Anna Quendrix – 1:41:07`,
`Results: 3rd, Anna Quendrix, 2:45:10`.

A ranking's or a result's word is lexicon data by language (RANKING_WORDS, read as stems in the canonical form in any
case), then the rest of its label to its colon; after the colon a placing (digits and an ordinal's ending: `412e`,
`1er`, `3rd`, `87.`, `5º` folded to `5o`), a full name (two or three capitalized words, or a family name in capitals),
and the race's time (`41'23"`, `1:41:07`, `2h03'15`). A team's standing writes points, not a time, after its club's
name (`Classement Ligue 1 : 1er, Paris Saint-Germain, 45 pts`): no rule here reads it. Not a thing's, a business's nor
a product line's words (name_shapes.a_person, a_product; role_labels.a_thing).
"""

from __future__ import annotations

import re

from .canonical import by_first_letter
from .name_shapes import CAPITAL_WORD, WORD, a_person, a_product
from .postal import _NAME_PARTICLE
from .role_labels import a_thing

PERSON_NAME = "holds a person's name"

# A ranking or a race's result, by language: the stems of its label's word (`Classement`, `Ergebnisse`, `Uitslag`).
RANKING_WORDS = {
    "English": "ranking results result placing", "German": "ergebnis platzierung rangliste wertung",
    "French": "classement resultat", "Spanish": "clasificacion resultado", "Italian": "classifica risultat",
    "Portuguese": "classificacao resultado", "Dutch": "uitslag klassement", "Polish": "klasyfikacj wynik",
}
_STEMS = sorted({word for words in RANKING_WORDS.values() for word in words.split()})
# What `reason` needs, searched first by the detector (CUE_SOURCE, compiled there: one scan in C, and a text holding
# none, most, reads nothing of this module).
CUE_SOURCE = f"(?i:{by_first_letter(_STEMS)})"
_NAME_WORD = f"(?:{WORD}|{CAPITAL_WORD})"
_PLACING = r"[0-9]{1,5}(?:ieme|eme|ere|er|re|e|st|nd|rd|th|[.ºª°oa])(?![^\W\d_])"
_TIME = (r"[0-9]{1,2}(?:h[ \t]?[0-5][0-9](?:['’m][ \t]?[0-5][0-9])?|['’][ \t]?[0-5][0-9]|:[0-5][0-9](?::[0-5][0-9])?)"
         r"(?![0-9])")
# (group 1: the name) the ranking's word opening a word, the rest of its label to the colon (one line, one field)
_RESULT_NAMED = re.compile(
    f"(?<![^\\W\\d_])(?i:{by_first_letter(_STEMS)})[^\\n:;|]{{0,60}}:[ \\t]{{0,3}}{_PLACING}"
    f"[ \\t]{{0,3}},?[ \\t]{{0,3}}"
    f"({_NAME_WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{_NAME_WORD}){{1,2}})"
    f"[ \\t]{{0,3}}[,;-]?[ \\t]{{0,3}}{_TIME}")


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a ranking's label, a placing, an entrant's full name and a time, or
    ""."""
    for match in _RESULT_NAMED.finditer(form):
        name = match.group(1)
        if a_person(name) and not a_product(name) and not a_thing(name):
            return PERSON_NAME
    return ""
