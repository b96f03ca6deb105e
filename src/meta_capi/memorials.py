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

(closer 144, sixty-eighth attack: funerals) A wreath's ribbon and an engraving are written for one person, after their
label by language (RIBBON_LABELS, ENGRAVING_LABELS):
- a ribbon's text names whom it calls or is dedicated to (RIBBON_NAMED): a full name after a kin's word, an epithet or
  a dedication's word (`lieber Opa …`, `nonno …`, `Saudades eternas de …`, `śp. …`), or after a comma or a quote (`Vila
  i frid, …`, `ribbon 'Grandma …'`); the mourners' words (`Deine Enkel`) and a wish's (`Rest in Peace, Love Always`)
  are no name;
- an engraving's text opens on the full name (maybe after an epithet, in capitals too), maybe a maiden name after
  `née`, and the life's dates (ENGRAVED_NAMED: a sign, `*`, `†`, `ur.`, before a year, two years apart, a full date);
  Japanese's secular name (`俗名`) before a name is one whatever follows.
"""

from __future__ import annotations

import re
from typing import Dict

from .canonical import by_first_letter, canonical, longest_first
from .name_shapes import CAPITAL_NAME, CAPITAL_WORD, FULL_NAME, OPENS, WORD, a_person, a_product
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

# (closer 144) A wreath's ribbon's label and an engraving's, by language (canonical, lower case).
RIBBON_LABELS = {
    "English": "ribbon|ribbon text|ribbon message|ribbon wording|ribbon inscription|sash text|banner text",
    "German": "schleife|schleifentext|schleifenaufdruck|schleifenbeschriftung|kranzschleife|trauerschleife",
    "French": "ruban|texte du ruban|texte ruban|texte sur le ruban|message du ruban|ruban de deuil",
    "Spanish": "cinta|texto de la cinta|texto cinta|leyenda de la cinta", "Italian": "nastro|testo del nastro"
    "|testo nastro|dedica sul nastro", "Portuguese": "fita|texto da fita|dizeres da fita|faixa",
    "Dutch": "lint|linttekst|rouwlint|tekst op lint", "Polish": "szarfa|napis na szarfie|tekst na szarfie",
    "Swedish": "band|bandtext|sorgband|text pa bandet",
}
ENGRAVING_LABELS = {
    "English": "engraving|engraving text|inscription|headstone inscription|headstone|gravestone|tombstone|epitaph"
               "|urn plate|plaque|memorial plaque|grave marker",
    "German": "grabinschrift|inschrift|gravur|gravurtext|grabstein|grabplatte|grabtafel|urnenplatte|urnentafel",
    "French": "epitaphe|inscription|gravure|plaque|plaque funeraire|pierre tombale",
    "Spanish": "lapida|inscripcion|grabado|epitafio|placa", "Italian": "targa|epitaffio|iscrizione|incisione|lapide",
    "Portuguese": "lapide|epitafio|inscricao|gravacao|placa", "Dutch": "grafsteen|grafschrift|inscriptie|gravure"
    "|gedenkplaat", "Polish": "tablica|tablica nagrobna|napis|inskrypcja|nagrobek|epitafium|grawer",
    "Swedish": "gravsten|gravyr|inskription|gravtext|minnesplatta",
}
CUE_SOURCE = (f"(?i:{by_first_letter(_STEMS.split('|'))}"
              f"|(?:{_alternation(RIBBON_LABELS, '|')}|{_alternation(ENGRAVING_LABELS, '|')})[ \\t]{{0,3}}:"
              "|俗名|ribbon[ \\t]{1,3}['‘“\"]|band[ \\t]{1,3}['‘“\"])")
_KIN = frozenset(canonical(word)[0].lower() for line in KIN.values() for word in line.split())


# Words before the name on a ribbon, by language: a kin's word (role_labels.KIN and the spouses'), an epithet, a
# greeting or a dedication's word (`lieber`, `cher`, `ciao`, `śp.`, `to`, `für`, `à`, `para`, `de`).
_RIBBON_CUES = {
    "English": "to for dear dearest beloved our my the late grandad granddad gran nan nana husband wife",
    "German": "fur an lieber liebe lieben lieblingsopa lieblingsoma unserem unserer unseren mein meine meinem "
              "meiner ehemann ehefrau gatte gattin",
    "French": "a pour cher chere notre mon ma feu feue mari epouse papy", "Spanish": "a para de querido querida "
              "nuestro nuestra mi esposo esposa", "Italian": "a per ciao addio caro cara nostro nostra mio mia marito "
              "moglie", "Portuguese": "a para de querido querida nosso nossa meu minha marido esposa vovo vovó",
    "Dutch": "voor aan lieve onze mijn", "Polish": "dla sp s.p. kochanemu kochanej naszemu naszej mezowi zonie",
    "Swedish": "till kara alskade make maka",
}
# Words no name holds in a ribbon's text: the mourners' possessives and a wish's words (`Deine Enkel`, `Love Always`).
_RIBBON_NOT_NAMES = frozenset(canonical(word)[0].lower() for word in (
    "your yours love loved loving always forever rest peace sleep memory memories missed remembered never forgotten "
    "goodbye farewell heaven thanks thank dein deine deinen deiner euer eure ruhe frieden liebe dank abschied "
    "erinnerung ewig ewige unvergessen letzte gruss grusse ton tes ta vos votre repose paix adieu souvenir tu tus "
    "su sus descanse paz siempre recuerdo tuo tua tuoi tue riposa pace sempre ricordo teu tua teus tuas saudade "
    "saudades eterna eternas sempre je jouw rust vrede twoj twoja twoi spoczywaj pokoj pamiec din ditt dina vila "
    "frid alltid minne familjen familia famiglia famille familie family rodzina seu sua seus suas vosso vossa "
    "vostro vostra vostri nuestros vuestros tuyos "
    # the mourners' nouns (`Deine Enkel`, `Seus Netos`)
    "children grandchildren friends colleagues neighbours neighbors kinder enkel enkelkinder freunde kollegen "
    "nachbarn enfants petits-enfants amis collegues hijos nietos amigos companeros figli nipoti amici colleghi "
    "filhos netos amigos colegas kinderen kleinkinderen vrienden collega's dzieci wnuki przyjaciele barn barnbarn "
    "vanner kollegor").split())
# ... and an engraving's goods, which an engraving's label and dates may stand before (`Inscription: Oak Bench
# 1990-2020`).
_ENGRAVED_THINGS = frozenset(canonical(word)[0].lower() for word in (
    "bench tree garden rose stone granite marble oak brass bronze slate plaque urn vase memorial church school club "
    "society company anniversary edition jubilee bank bench heart angel cross book team").split())
_RIBBON_KIN = " ".join(KIN.values())
_RIBBON_CUE_WORDS = _alternation({"cues": f"{_RIBBON_KIN} {' '.join(_RIBBON_CUES.values())}"}, " ")
_RIBBON_CUE_SET = frozenset(canonical(word)[0].lower().rstrip(".") for line in (_RIBBON_KIN, *_RIBBON_CUES.values())
                            for word in line.split())
# (group 1: the ribbon's text, to its line's end)
_RIBBON_TEXT = re.compile(f"{OPENS}(?i:{_alternation(RIBBON_LABELS, '|')})"
                          r"(?:[ \t]{0,3}:|[ \t]{1,3}(?=['‘“\"]))[ \t]{0,3}([^\n]{1,160})")
# (group 1: the name) A mark or a cue's word, maybe more cue words, maybe an honorific, then the full name.
_RIBBON_NAMED = re.compile(
    f"(?:[,;'‘“\"][ \\t]{{0,3}}|(?<![^\\W\\d_])(?i:{_RIBBON_CUE_WORDS})\\.?[ \\t]{{1,3}})"
    f"(?:(?i:{_RIBBON_CUE_WORDS})\\.?[ \\t]{{1,3}}){{0,3}}(?:{_HONORIFIC})?({FULL_NAME})"
    r"(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"'’”])|[ \t]{1,3}(?:[a-z]|-[ \t]))")
# An engraving's epithets before the name (Polish `ś.p.`, `śp.`), and a maiden name's word after it.
_ENGRAVED_EPITHETS = _alternation({"epithets": f"{' '.join(EPITHETS.values())} s.p. sp."}, " ")
_MAIDEN = r"nee|ne|geb\.|geborene|nata|nacida|nascida|z[ ]d\.|z[ ]domu|born|fodd"
_YEAR = r"(?:[0-9]{1,2}[./-][0-9]{1,2}[./-])?(?:1[6-9]|20)[0-9]{2}(?![0-9])"
_LIFE_SIGN = (r"[*†✝✞★]"
              r"|(?i:ur|b|geb|n|born|fodd|nato|nata|nacido|nacida|nascido|nascida)\.?(?=[ \t])")
# (group 1: the name) The label, an epithet, the name in title case or in capitals, a maiden name, then the life's
# dates: a sign before a year, two years apart, or a full date.
ENGRAVED_NAMED = re.compile(
    f"{OPENS}(?i:{_alternation(ENGRAVING_LABELS, '|')})[ \\t]{{0,3}}:[ \\t]{{0,3}}"
    f"(?:(?i:{_ENGRAVED_EPITHETS})[ \\t]{{1,3}}){{0,3}}(?:{_HONORIFIC})?({FULL_NAME}|{CAPITAL_NAME})"
    f"(?:[ \\t]{{1,3}}(?i:{_MAIDEN})[ \\t]{{1,3}}(?:{WORD}|{CAPITAL_WORD}))?[ \\t,]{{0,3}}"
    f"(?:(?:{_LIFE_SIGN})[ \\t]{{0,3}}{_YEAR}|\\(?{_YEAR}[ \\t]{{0,3}}-[ \\t]{{0,3}}{_YEAR}"
    r"|[0-9]{1,2}[./][0-9]{1,2}[./](?:1[6-9]|20)[0-9]{2}(?![0-9]))")
# Japanese's secular name (`俗名`), a Buddhist grave's label for the name the deceased bore in life, then that name.
_SECULAR_NAME = re.compile("俗名[ :]{0,2}[\u4e00-\u9fff\u3040-\u30ff]{2,}")


def _ribbon_named(form: str) -> bool:
    """Whether canonical `form` holds a ribbon's label and a name its text calls or is dedicated to."""
    for text in _RIBBON_TEXT.finditer(form):
        for match in _RIBBON_NAMED.finditer(form, text.start(1), text.end(1)):
            name = match.group(1)
            words = name.split()
            lowered = [word.lower() for word in words]
            if (not _RIBBON_NOT_NAMES.isdisjoint(lowered) or not _RIBBON_CUE_SET.isdisjoint(lowered)
                    or a_thing(name) or not a_person(name) or a_product(name)):
                continue
            return True
    return False


def _engraved_named(form: str) -> bool:
    """Whether canonical `form` holds an engraving's label, a full name and its life's dates, or a secular name."""
    if _SECULAR_NAME.search(form) is not None:
        return True
    return any(a_person(name) and not a_thing(name) and not a_product(name)
               and _ENGRAVED_THINGS.isdisjoint(word.lower() for word in name.split())
               for name in (match.group(1) for match in ENGRAVED_NAMED.finditer(form)))


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a memorial phrase and the deceased's full name after it, a ribbon's or
    an engraving's text naming a person, or ""."""
    if _ribbon_named(form) or _engraved_named(form):
        return PERSON_NAME
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
