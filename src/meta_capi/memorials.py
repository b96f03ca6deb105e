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
import time
from typing import Dict

from .canonical import by_first_letter, canonical, longest_first
from .name_shapes import HAN, WORD, a_person, a_product
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
# (closer 145, sixty-eighth attack) A family tree's, a genealogy's words by language and their preposition before the
# person it is of (`Family tree of …`, `Arbre généalogique de …`, `Antavla för …`): read as a memorial's phrase.
GENEALOGY_PHRASES = {
    "English": "family tree of|family tree for|ancestry of|ancestors of|descendants of|genealogy of|pedigree of"
               "|family history of",
    "German": "stammbaum von|stammbaum fur|ahnentafel von|ahnentafel fur|ahnenliste von|vorfahren von"
              "|nachkommen von",
    "French": "arbre genealogique de|arbre genealogique de la famille de|genealogie de|ascendance de"
              "|descendance de",
    "Spanish": "arbol genealogico de|arbol genealogico de la familia de|genealogia de|antepasados de"
               "|descendientes de",
    "Portuguese": "arvore genealogica de|arvore genealogica da familia de|antepassados de|descendentes de",
    "Italian": "albero genealogico di|albero genealogico della famiglia di|genealogia di|antenati di"
               "|discendenti di",
    "Dutch": "stamboom van|kwartierstaat van|parenteel van", "Swedish": "antavla for|antavla over|slakttrad for",
    "Danish and Norwegian": "anetavle for|stamtavle for|slektstre for|slaegtstrae for",
    "Polish": "drzewo genealogiczne",
}
# What a shop's family tree is of besides a person (a poster's, a book's): gods, monarchs, a people, a language, life.
_TREE_SUBJECTS = frozenset((
    "gods goddesses deities monarchs kings queens royals royal rulers emperors pharaohs presidents popes dynasty "
    "dynasties house houses languages language life species mythology myths heroes saints prophets tribes clans "
    "english british greek roman norse egyptian european chinese japanese french german spanish italian biblical "
    "celtic viking vikings lord rings harry potter wars game thrones marvel disney").split())
_MEMORIAL = frozenset(" ".join(canonical(phrase)[0].lower().split()) for line in MEMORIAL_PHRASES.values()
                      for phrase in line.split("|"))
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


_PHRASES = {f"{meaning} in {language}": phrases for meaning, table in (
    ("memorial", MEMORIAL_PHRASES), ("genealogy", GENEALOGY_PHRASES)) for language, phrases in table.items()}
# (group 1: the phrase, whose last word's case tells a sentence from a title; group 2: the name)
_MEMORIAL_NAMED = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))((?i:{_alternation(_PHRASES, '|')}))[ \\t]{{1,3}}"
    f"(?:(?i:{_alternation(EPITHETS, ' ')})[ \\t]{{1,3}}){{0,3}}(?:{_HONORIFIC}|{_SOUTH_ASIAN_HONORIFIC})?"
    f"({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    # (group 3: the life's dates after it: a bracket, a cross or a star, or a year)
    r"(?:[ \t]{0,3}((?:\(|†|\*)[ \t]{0,3}[0-9]|[0-9]{4}\b)|(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"]|-[ \t])|[ \t]{1,3}[a-z]))")
# The phrases' stems: what `reason` needs, searched first by the detector (CUE_SOURCE, compiled there: one scan in C,
# and a text holding none, most, reads nothing of this module).
# (French `mémoire` holds no `memor`: its own stem, `memoi`; Danish's with its preposition, `minde` alone is in
# `reminder`; closer 121)
_STEMS = ("memor|memoi|gedenk|andenk|erinner|souvenir|recuerdo|ricordo|lembran|recorda|nagedacht|herinner|pamieci|czci"
          "|minne|til minde|pamatk|pamiatk|amintir|spomen|spomin|sjecanj|remembran"
          # (closer 145: a family tree's words, a genealogy's, a grave's, an obituary's and a genealogy site's)
          "|tree|genealog|stammbaum|ahnen|vorfahren|nachkommen|antavla|slakttr|anetavl|stamtavl|slektstr|slaegtstr"
          "|stamboom|kwartierstaat|parenteel|ancest|descend|pedigree|antepasad|antenati|discendent|grave|obituar"
          "|familysearch|myheritage|wikitree|geneanet|filae|家系|系図")
CUE_SOURCE = f"(?i:{by_first_letter(_STEMS.split('|'))})"

# (closer 145) A person's full name and their life's span in brackets, maybe after a death notice's word (`… (1938–
# 2026)`, `… Obituary (1938 – 2026)`), in a text holding a genealogy's, a grave's or a death notice's word
# (_GENEALOGY_CONTEXT): a tree's or a notice's page of that person, a public figure's too. Elsewhere the span is a
# work's author's (`Mozart (1756–1791) – Requiem CD`) and goes out. The span: birth not after death, at most 120
# years apart, death not in the future.
_NOTICE_WORDS = "obituary|nachruf|traueranzeige|todesanzeige|esquela|necrologio|necrologie|overlijdensbericht|nekrolog"
_LIFE_SPAN_NAMED = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    f"(?:[ \\t]{{1,3}}(?i:{_NOTICE_WORDS}))?"
    r"[ \t]{0,3}\([ \t]{0,3}(1[5-9][0-9]{2}|20[0-9]{2})[ \t]{0,3}-[ \t]{0,3}(1[5-9][0-9]{2}|20[0-9]{2})[ \t]{0,3}\)")
_GENEALOGY_CONTEXT = re.compile(
    f"(?i:{_NOTICE_WORDS}|obituaries|familysearch|ancestry|myheritage|wikitree|geneanet|filae|find[ \\t]?a[ \\t]?grave"
    "|billiongraves|genealog|family[ \\t]tree|stammbaum|ahnentafel|stamboom|antavla|memorial|grave)")
_OLDEST_SPAN = 120
# A grave's memorial by its number, then a dash and the buried person's full name (`Find a Grave Memorial #… – …`).
_NUMBERED_MEMORIAL = re.compile(
    f"(?i:memorial|grave|gedenkseite|tombe|tumba)[ \\t]{{0,3}}(?:#|(?i:no|nr|n)\\.?)[ \\t]{{0,3}}[0-9]{{5,12}}"
    f"[ \\t]{{1,3}}[-|:][ \\t]{{1,3}}({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
    r"(?=[ \t]{0,3}(?:$|[,.;:!?()\n\"|]|-[ \t])|[ \t]{1,3}[a-z])")
# Japanese's family tree's words and their colon before a name of Han letters, family and given (`家系図：… …`).
_JAPANESE_TREE_NAMED = re.compile(
    f"(?:家系図|系図)[ \\t]{{0,3}}:[ \\t\u3000]{{0,3}}{HAN}{{1,4}}[ \\t\u3000]{{1,2}}{HAN}{{1,3}}")


def _a_life_span(born: str, died: str) -> bool:
    """Whether the years `born` and `died` are a life's span: not reversed, at most _OLDEST_SPAN years, not ended in
    the future."""
    return 0 <= int(died) - int(born) <= _OLDEST_SPAN and int(died) <= time.gmtime().tm_year


def _named_in_genealogy(form: str) -> bool:
    """Whether `form` names a person by their life's span in a genealogy's text, after a grave's memorial number, or
    after Japanese's family tree's words (above)."""
    if not form.isascii() and _JAPANESE_TREE_NAMED.search(form) is not None:
        return True
    if any(_a_name(match.group(1)) for match in _NUMBERED_MEMORIAL.finditer(form)):
        return True
    return "(" in form and _GENEALOGY_CONTEXT.search(form) is not None and any(
        _a_life_span(match.group(2), match.group(3)) and _a_name(match.group(1))
        for match in _LIFE_SPAN_NAMED.finditer(form))


def _a_name(name: str) -> bool:
    """Whether `name` is a person's: no kin's word opening it, no thing's, business's or product's word in it."""
    return name.split()[0].lower() not in _KIN and not a_thing(name) and a_person(name) and not a_product(name)
_KIN = frozenset(canonical(word)[0].lower() for line in KIN.values() for word in line.split())


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a memorial phrase and the deceased's full name after it, or ""."""
    for match in _MEMORIAL_NAMED.finditer(form):
        phrase, name, dates = match.group(1, 2, 3)
        preposition = phrase.split()[-1]
        if preposition[0].isupper() and preposition.lower() not in ("memoriam", "pamieci", "czci") and dates is None:
            continue  # (a title's phrase, `In Memory Of …`: a name only before the life's dates)
        words = name.split()
        if any(word.lower() in _TREE_SUBJECTS for word in words) and " ".join(phrase.lower().split()) not in _MEMORIAL:
            continue  # (a poster's or a book's family tree: `Family tree of Greek Gods`)
        if words[0].lower() in _KIN or a_thing(name) or not a_person(name) or a_product(name):
            continue
        return PERSON_NAME
    return PERSON_NAME if _named_in_genealogy(form) else ""
