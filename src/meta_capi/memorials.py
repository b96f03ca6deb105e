"""The deceased's name after a memorial phrase, for the detector (closer 104, fifty-fifth attack: memorial and charity
donations). A donation, a tribute page or a card made in someone's memory names them: `In memory of Edith …`, `Spende
im Gedenken an Hans-Jürgen …`, `In loving memory of Late Smt. Kamala …`, `Don en mémoire de Mme …`.

The phrases are lexicon data by language (MEMORIAL_PHRASES), read in the canonical form in any case; between a phrase
and the name an epithet or two (`the late`, `our beloved`, `unserer lieben`) and an honorific may stand. The name is a
full name (two or three capitalized words), ending as a name in a sentence does or before the life's dates
(`(1941–2026)`, `† 02.11.2026`). A title's phrase, its preposition capitalized as titles write it (`In Memory Of
…`), names a person only before those dates: a product's title goes on there (`In Loving Memory Of Mom Cardinal
Ornament`). A kin's word opening the words, or a thing's, a generic addressee's or a business's word in them (`In
memory of Dad Garden Stone`, `in memory of Customer Service`), is no name. A phrase to a charity (`Donate in memory
to Marie Curie`) is none of these phrases.
"""

from __future__ import annotations

import re
from typing import Dict

from .canonical import by_first_letter, canonical, longest_first
from .name_shapes import WORD, a_person, a_product
from .postal import _HONORIFIC, _NAME_PARTICLE
from .role_labels import KIN, a_thing

PERSON_NAME = "holds a person's name"

# In someone's memory, by language: the phrase before the deceased's name.
MEMORIAL_PHRASES = {
    "English": "in memory of|in loving memory of|in fond memory of|in memoriam|in remembrance of"
               "|in loving remembrance of|in honour and memory of|in honor and memory of",
    "German": "im gedenken an|in gedenken an|zum gedenken an|in stillem gedenken an|in liebevollem gedenken an"
              "|in erinnerung an|in liebevoller erinnerung an|zur erinnerung an|im andenken an|in memoriam",
    "French": "en memoire de|a la memoire de|en souvenir de|en hommage a la memoire de",
    "Spanish": "en memoria de|a la memoria de|en recuerdo de",
    "Portuguese": "em memoria de|a memoria de|em lembranca de|em recordacao de",
    "Italian": "in memoria di|alla memoria di|in ricordo di",
    "Dutch": "ter nagedachtenis aan|ter nagedachtenis van|in herinnering aan|in liefdevolle herinnering aan",
    "Polish": "ku pamieci|ku czci",
    "Swedish": "till minne av|till minnet av",
    # (closer 121) the languages the sixty-second attack found missing, their phrase before the name
    "Danish": "til minde om|til minde for", "Norwegian": "til minne om", "Czech": "na památku",
    "Slovak": "na pamiatku", "Romanian": "în memoria|în memoria lui|în memoria ei|în amintirea|în amintirea lui"
    "|în amintirea ei", "Croatian, Bosnian and Serbian": "u spomen na|u sjećanje na", "Slovene": "v spomin na",
    "Catalan": "en memòria de|a la memòria de",
}
# Words that may stand between the phrase and the name: the deceased's epithets and the mourners' determiners.
EPITHETS = {
    "English": "the late our my his her their beloved dear dearest",
    "German": "unserer unseres unserem unseren unsere meiner meines meinem meinen meine lieben geliebten",
    "French": "feu feue notre mon ma cher chere regrette regrettee", "Spanish": "nuestro nuestra mi querido querida",
    "Portuguese": "nosso nossa meu minha querido querida saudoso saudosa", "Italian": "nostro nostra mio mia caro cara",
    "Dutch": "onze ons mijn lieve dierbare", "Polish": "naszego naszej mojego mojej",
}
# The honorifics of India in Latin letters, which the postal honorifics do not hold (`Smt.`, `Shri`).
_SOUTH_ASIAN_HONORIFIC = r"(?:Shri|Shrimati|Smt|Sri|Srimati)\.?[ \t]{1,3}"


def _alternation(table: Dict[str, str], apart: str) -> str:
    """The canonical phrases or words of `table` (apart by `apart`) as an alternation, longest first."""
    words = {canonical(word)[0].lower() for line in table.values() for word in line.split(apart)}
    return "|".join(re.escape(word).replace("\\ ", "[ \\t]{1,3}") for word in sorted(words, key=longest_first))


# (group 1: the phrase, whose last word's case tells a sentence from a title; group 2: the name)
_MEMORIAL_NAMED = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))((?i:{_alternation(MEMORIAL_PHRASES, '|')}))[ \\t]{{1,3}}"
    f"(?:(?i:{_alternation(EPITHETS, ' ')})[ \\t]{{1,3}}){{0,3}}(?:{_HONORIFIC}|{_SOUTH_ASIAN_HONORIFIC})?"
    f"({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    # (group 3: the life's dates after it: a bracket, a cross or a star, or a year)
    r"(?:[ \t]{0,3}((?:\(|†|\*)[ \t]{0,3}[0-9]|[0-9]{4}\b)|(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"]|-[ \t])|[ \t]{1,3}[a-z]))")
# The phrases' stems: what `reason` needs, searched first by the detector (CUE_SOURCE, compiled there: one scan in C,
# and a text holding none, most, reads nothing of this module).
# (French `mémoire` holds no `memor`: its own stem, `memoi`; Danish's with its preposition, `minde` alone is in
# `reminder`; closer 121)
_STEMS = ("memor|memoi|gedenk|andenk|erinner|souvenir|recuerdo|ricordo|lembran|recorda|nagedacht|herinner|pamieci|czci"
          "|minne|til minde|pamatk|pamiatk|amintir|spomen|spomin|sjecanj|remembran")
CUE_SOURCE = f"(?i:{by_first_letter(_STEMS.split('|'))})"
_KIN = frozenset(canonical(word)[0].lower() for line in KIN.values() for word in line.split())


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a memorial phrase and the deceased's full name after it, or ""."""
    for match in _MEMORIAL_NAMED.finditer(form):
        phrase, name, dates = match.group(1, 2, 3)
        preposition = phrase.split()[-1]
        if preposition[0].isupper() and preposition.lower() not in ("memoriam", "pamieci", "czci") and dates is None:
            continue  # (a title's phrase, `In Memory Of …`: a name only before the life's dates)
        words = name.split()
        if words[0].lower() in _KIN or a_thing(name) or not a_person(name) or a_product(name):
            continue
        return PERSON_NAME
    return ""
