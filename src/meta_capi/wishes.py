"""A person's name in a wish written for them, for the detector (closer 130, sixty-fifth attack: food): a cake's
inscription or a card's birthday wish calling a full name (`Happy 40th Birthday Anna Quendrix 12/03/1986`, `Alles Gute
zum 30. Geburtstag, liebe Anna Quendrix!`, `Sto lat Anna Quendrix!`), and a gift's dedication after a gift's word
(`Regalo per Anna Quendrix da parte dei colleghi`, `Geschenk für Anna Quendrix`).

The wishes, the words of endearment, the gifts' words and the prepositions before whom a gift is for are lexicon data
by language (BIRTHDAY_WISHES, DEAR_WORDS, GIFT_WORDS, FOR_WORDS), read in the canonical form in any case. After a
wish, maybe its age's ordinal (`Happy 40th Birthday`, `zum 30. Geburtstag`), a comma and a word of endearment, the name
is a full name (two or three capitalized words) called by a mark (`!`, a comma, a full stop, a dash between blanks) or
before an age or a date: a product's title so written goes on in capitalized words or ends there (`Happy Birthday Cake
Topper`, `Happy Birthday Peppa Pig Balloon`), and `Happy Birthday` alone names no one. After a gift's word and its
preposition, the full name is set off by a mark or the sentence goes on in lower case (`… da parte dei colleghi`), not
ending a title (`Gift for New Parents`, `Cadeau pour Saint Valentin`; `Regalo per la mamma`, `Gift for Him` name no
one). A
thing's, a kin's, a generic addressee's or a business's word in the name is no name.
"""

from __future__ import annotations

import re
from typing import Dict

from .brand_words import a_business_name
from .canonical import by_first_letter, canonical, longest_first
from .common_words import a_common_word_in_a_language
from .geography import COUNTRY_BY_KEY, letters_key
from .given_names import a_given_name
from .greetings import a_cued_name
from .lower_case_names import a_doers_plural
from .name_shapes import WORD, a_person, a_product
from .postal import _NAME_PARTICLE
from .record_names import _a_lower_name
from .role_labels import KIN, a_thing

PERSON_NAME = "holds a person's name"

# A birthday's or a celebration's wish said to a person, by language; `#` stands where an age's ordinal may be
# written (`happy 40th birthday`, `alles gute zum 30. geburtstag`).
BIRTHDAY_WISHES = {
    "English": "happy # birthday|happy birthday to|many happy returns",
    "German": "alles gute zum # geburtstag|herzlichen glückwunsch zum # geburtstag|alles liebe zum # geburtstag",
    "French": "joyeux # anniversaire|bon # anniversaire",
    "Spanish": "feliz # cumpleaños", "Italian": "buon # compleanno|tanti auguri",
    "Portuguese": "feliz # aniversário|parabéns",
    "Dutch": "gefeliciteerd|hartelijk gefeliciteerd|van harte gefeliciteerd|gefeliciteerd met je verjaardag"
             "|fijne verjaardag|gelukkige verjaardag",
    "Polish": "sto lat|wszystkiego najlepszego",
}
# The words of endearment that may stand before the name after a comma (`…, liebe Anna …!`, `…, querida Ana …`).
DEAR_WORDS = {
    "English": "dear dearest my", "German": "liebe lieber lieben liebste liebster", "French": "chère cher ma mon",
    "Spanish": "querida querido mi", "Italian": "cara caro carissima carissimo",
    "Portuguese": "querida querido minha meu", "Dutch": "lieve beste", "Polish": "kochana kochany droga drogi",
}
# A gift's words, by language, and the prepositions naming whom a gift is for after them.
GIFT_WORDS = {
    "English": "gift present hamper", "German": "geschenk präsent", "French": "cadeau",
    "Spanish": "regalo obsequio", "Italian": "regalo pensiero", "Portuguese": "presente prenda",
    "Dutch": "cadeau kado cadeautje", "Polish": "prezent upominek",
}
FOR_WORDS = {
    "English": "for to", "German": "für an", "French": "pour à", "Spanish and Portuguese": "para",
    "Italian": "per", "Dutch": "voor aan", "Polish": "dla",
}
# (closer 179, eighty-first attack: games) A gift card's, a gift code's or a store credit's words, by language: a card's
# brand and its amount may stand between them and the preposition (`Steam gift card 50€ for …`, `PlayStation Store
# Guthaben für …`, `Tarjeta regalo Nintendo eShop para …`).
GIFT_CARDS = {
    "English": "gift card|giftcard|e-gift card|egift card|gift code|gift voucher|gift certificate",
    "German": "guthaben|guthabenkarte|gutschein|geschenkgutschein|geschenkkarte|geschenkcode",
    "French": "carte cadeau|carte-cadeau|bon cadeau|cheque cadeau|chèque cadeau|code cadeau",
    "Spanish": "tarjeta regalo|tarjeta de regalo|cheque regalo|vale regalo|codigo regalo|código regalo",
    "Italian": "carta regalo|buono regalo|codice regalo", "Portuguese": "cartão presente|cartão-presente|vale-presente"
    "|vale presente", "Dutch": "cadeaubon|cadeaukaart|cadeaucode|tegoedbon",
    "Polish": "karta podarunkowa|bon podarunkowy|kod podarunkowy",
}
# ... and those of them that are "to", which a form's label writes with its colon (closer 179: `Gift to:`).
TO_WORDS = {"English": "to", "German": "an", "French": "à", "Dutch": "aan"}
# Kinds of people a gift is for, as a shop's title names them (`Gift for Coffee Lovers`, `Regalo per Amanti del Vino`).
KINDS_OF_PEOPLE = {
    "English": "lovers fans enthusiasts addicts geeks foodies men women kids teens girls boys mums moms dads "
               "everyone friends couples teachers",
    "German": "liebhaber fans männer frauen kinder", "French": "amateurs amoureux", "Spanish": "amantes",
    "Italian": "amanti", "Dutch": "liefhebbers", "Polish": "miłośników",
}
# ... and the occasions a gift is for (`Gift for Valentine's Day`, `Cadeau pour Saint Valentin`).
OCCASIONS = {
    "English": "day valentine valentine's christmas easter birthday wedding anniversary graduation parents",
    "German": "tag valentinstag weihnachten ostern muttertag vatertag", "French": "fête valentin noël pâques",
    # (closer 179: a sale's weekday, `Black Friday`, `Cyber Monday`, `Giving Tuesday`)
    "English (a sale's day)": "monday tuesday friday",
    "Spanish": "día navidad pascua", "Italian": "festa natale pasqua", "Dutch": "dag kerst pasen moederdag vaderdag",
    "Polish": "dzień walentynki święta",
}
# An age's ordinal (`40th`, `30.`, `18e`, `50º`) where a wish writes one.
_ORDINAL = r"(?:[0-9]{1,3}(?:st|nd|rd|th|e|er|ème|\.|º|°)?[ \t]{1,3})?"


def _alternation(table: Dict[str, str], apart: str) -> str:
    """The canonical phrases or words of `table` (apart by `apart`) as an alternation, longest first, an age's
    ordinal where a phrase holds `#`."""
    words = {" ".join(canonical(word)[0].lower().split()) for line in table.values() for word in line.split(apart)}
    return "|".join(re.escape(word).replace("\\#\\ ", _ORDINAL).replace("\\ ", "[ \\t]{1,3}")
                    for word in sorted(words, key=longest_first))


_NAME = f"({WORD}(?:[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}){{1,2}})"
# (group 1: the name) the wish opening a phrase, a comma and a word of endearment maybe, the name called by a mark or
# before an age or a date
_WISHED = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))(?i:{_alternation(BIRTHDAY_WISHES, '|')})[ \\t]{{0,3}},?[ \\t]{{1,3}}"
    f"(?:(?i:{_alternation(DEAR_WORDS, ' ')})[ \\t]{{1,3}})?{_NAME}"
    r"(?=[ \t]{0,3}[,.;!?\n]|[ \t]{1,3}-[ \t]|[ \t]{1,3}[0-9])")
# (group 1: the name) a gift's word, its preposition, the name ending as a name in a sentence does, or the text; the
# word for "to" maybe a form's label with its colon (closer 179: `Gift to: …, message: …`; after `Gift for:` a gift's
# kind as often, `Gift for: Þór Hammer`)
_NAME_ENDS = r"(?=[ \t]{0,3}(?:$|[,;:!?)\n\"])|[ \t]{1,3}(?:[a-z0-9]|-[ \t]))"  # (or the text's end: closer 150)
_GIVEN = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))(?i:{_alternation(GIFT_WORDS, ' ')})[ \\t]{{1,3}}"
    f"(?:(?i:{_alternation(FOR_WORDS, ' ')})|(?i:{_alternation(TO_WORDS, ' ')})[ \\t]{{0,3}}:)[ \\t]{{1,3}}"
    f"{_NAME}{_NAME_ENDS}")
# (closer 179; group 1: the name) ... or a gift card's words, up to three of its brand's or its amount's, the
# preposition and the name, the dedication going on after it (a mark, a dash between blanks, a word in lower case: `…
# – code …`, `… – alles Liebe!`, `… de parte de mamá`): a card's title ends on what it is for (`… für Nintendo Switch
# Online`, `… for Black Friday`)
_CARD_GIVEN = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))(?i:{_alternation(GIFT_CARDS, '|')})(?:[ \\t]{{1,3}}[^\\s,;:!?()]{{1,24}}){{0,3}}"
    f"[ \\t]{{1,3}}(?i:{_alternation(FOR_WORDS, ' ')})[ \\t]{{1,3}}{_NAME}"
    r"(?=[ \t]{0,3}[,;:!?)\n\"]|[ \t]{1,3}(?:[a-z]|-[ \t]))")
# (closer 162, review 26) ... or a lower-case name, two or three words of three letters or more ending the text or
# before a mark (group 1: `Gift to … …`, as a form's field writes it; judged as record_names' lower-case names)
_GIVEN_LOWER = re.compile(
    f"(?:^|(?<=[\\s\"(,.;:!?-]))(?i:{_alternation(GIFT_WORDS, ' ')})[ \\t]{{1,3}}(?i:{_alternation(FOR_WORDS, ' ')})"
    r"[ \t]{1,3}([a-z][a-z'\-]{2,29}(?:[ \t]{1,3}[a-z][a-z'\-]{2,29}){1,2})(?=[ \t]{0,3}(?:$|[,;:!?)\n\"]))")
# The stems `reason` needs, searched first by the detector in the lower-cased form (CUE_SOURCE, compiled there: one
# scan in C, and a text holding none, most, reads nothing of this module).
_STEMS = ("birthday|happy returns|geburtstag|anniversaire|cumple|compleanno|auguri|aniversa|parab|gefeliciteerd"
          "|verjaardag|sto lat|najlepszego"
          "|gift|present|hamper|geschenk|präsent|prasent|cadeau|regalo|obsequio|pensiero|prenda|kado|prezent|upominek"
          # (closer 179: the gift cards' words that hold none of the gifts')
          "|guthaben|gutschein|tarjeta|carta|buono|cartão|cartao|vale|tegoedbon|karta podarunkowa|bon podarunkowy"
          "|kod podarunkowy")
CUE_SOURCE = f"(?i:{by_first_letter(_STEMS.split('|'))})"
_KIN = frozenset(canonical(word)[0].lower() for line in KIN.values() for word in line.split())
# Words no name holds here: a wish's own, an endearment's, a gift's, a preposition's (a title's capitalized words run
# on: `Buon Compleanno Tanti Auguri!`, `Gefeliciteerd Met Je Verjaardag!`), a kind of people's.
_NOT_NAME_WORDS = frozenset(canonical(word)[0].lower() for table in (
    BIRTHDAY_WISHES, DEAR_WORDS, GIFT_WORDS, FOR_WORDS, KINDS_OF_PEOPLE, OCCASIONS, GIFT_CARDS)
    for line in table.values() for word in line.replace("|", " ").split() if word != "#")


def _a_name(name: str) -> bool:
    words = name.split()
    return words[0].lower() not in _KIN and not any(word.lower() in _NOT_NAME_WORDS for word in words) and (
        not a_thing(name) and a_person(name) and not a_product(name)) and (
        letters_key(name.lower()) not in COUNTRY_BY_KEY)  # (closer 179: a country's, `Gift to: United Kingdom`)


def _a_card_holder(form: str, match: re.Match[str]) -> bool:
    """Whether a gift card's match in `form` names a person (closer 179): a name (_a_name) as a greeting's is
    (greetings.a_cued_name: no shop's, a treat's nor a count's words, `Gutschein für Zwei Personen`), no business's."""
    name = match.group(1)
    return _a_name(name) and a_cued_name(form, name, match.end()) and not a_business_name(name)


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a wish calling a full name or a gift's or a gift card's dedication to
    one, or ""."""
    for pattern in (_WISHED, _GIVEN, _CARD_GIVEN):
        for match in pattern.finditer(form):
            if _a_name(match.group(1)) and (pattern is not _CARD_GIVEN or _a_card_holder(form, match)):
                return PERSON_NAME
    return PERSON_NAME if any(_a_name(match.group(1).title()) and _a_lower_name(match.group(1)) and not (
        _an_audience(match.group(1))) for match in _GIVEN_LOWER.finditer(form)) else ""


def _an_audience(words: str) -> bool:
    """(closer 239, review 36) Whether lower-case `words` a gift is for are a plural of doers (lower_case_names.
    a_doers_plural) after common words that open on no given name, its doing's object (`gift for dog walkers`, `for
    tea drinkers`): an audience, no one's full name (`gift for anna walkers` stays a person's)."""
    split = words.split()
    return len(split) > 1 and a_doers_plural(split[-1]) and not a_given_name(split[0]) and all(
        a_common_word_in_a_language(word) for word in split[:-1])
