"""A person's full name in the everyday shapes a CRM, a shop's back office or a visitor's upload gives it, with no
label before it (closer 235, review 45), for the detector:

- a CRM export's order: the family name first, before a comma (`Müller, Thomas`, `KRÜGER, Sabine`, `Anderson, James
  (VIP)`) or in capitals (`SCHMIDT Anna`), the whole text; a full name and a customer's note in brackets (`Anna
  Schmidt (Kundin seit 2019)`: _CUSTOMER_NOTE_WORDS); a row's cells, a given name then a family name (`Anna;Schmidt;
  Berlin;VIP`);
- a signature: a dash opening the text before a full name ending it (`— Sarah Williams`); after a sentence's end, a
  full name with a middle initial (`… would buy again. Tom K. Becker`) or before `from` and a place (`Love it!!!
  Stephanie Miller from Texas`) ending the text;
- a note asking to call a person or to ask for one (`please call Hans Zimmermann before delivery`, `ask for Mr.
  Patel`: _CALLING);
- a greeting's or a dedication's closing: two given names and a family name after `from`'s word (`Liebe Grüße von
  Katrin und Jens Schubert`), a relation's word (mails.RELATION_WORDS) and a full name after a dedication's word
  (`Geburtstagsgeschenk für Oma Ingrid Schulz`), a love's closing, a relation's word and a given name (`Love, Oma
  Gertrud`);
- a file's name: a screenshot's or a photo's word and `from` before a full name (`Screenshot from Maria Lopez.png`),
  or a full name alone, its words joined by `_`, `-` or `.`, maybe a number (`anna_schmidt_1987.jpg`).

Every name opens on a known given name and ends on a word that is no common word of a gate language
(given_names.a_given_then_family_name), so a brand named like a person in those shapes goes out where its family word
is a common word (`Calvin Klein`, `Hugo Boss`, `Ted Baker`, `Tom Tailor`: `Ted` and `Tom` are no listed given name);
a cell or a file's word after a given name is no given name either (`Anna;Elsa;Olaf`). `cued` is the inline test the
detector makes first (a comma, a semicolon, a bracket, a dash opening the text, a sentence's mark, a file's dot, a
calling verb's letters); every pattern is anchored or bounded: linear."""

from __future__ import annotations

import re

from .canonical import canonical, table_alternation
from .common_words import a_common_word_in_a_language
from .given_names import a_given_name, a_given_then_family_name
from .honorifics import alternation as honorific_alternation
from .mails import RELATION_WORDS
from .name_shapes import CAPITAL_WORD, WORD

PERSON_NAME = "holds a person's name"

_NAME = f"{WORD}[ \\t]{{1,3}}{WORD}"
_END = "[ \\t]{0,3}[.!]?[ \\t]{0,3}$"

# A CRM's export: the family name, a comma, the given name (maybe a customer's note in brackets); the family name in
# capitals before the given name.
_FAMILY_FIRST = re.compile(f"[ \\t]{{0,3}}({WORD}|{CAPITAL_WORD}),[ \\t]{{1,3}}({WORD}|{CAPITAL_WORD})"
                           f"(?:[ \\t]{{1,3}}\\([^()\\n]{{1,60}}\\))?[ \\t]{{0,3}}")
_CAPITALS_FIRST = re.compile(f"[ \\t]{{0,3}}({CAPITAL_WORD})[ \\t]{{1,3}}({WORD})[ \\t]{{0,3}}")
# A customer's note in brackets after a full name: a word of a customer's standing or of since when, by language
# (lexicon data, lower case; German compounds end on `kunde`/`kundin`: `Stammkundin`).
_CUSTOMER_NOTE_WORDS = frozenset((
    "customer client member vip since regular premium gold silver b2b lead prospect "  # English
    "kunde kundin mitglied seit stammkunde stammkundin neukunde neukundin interessent "  # German
    "cliente membre depuis fidele "  # French
    "socio socia desde habitual "  # Spanish
    "membro dal cliente "  # Italian, Portuguese
    "klant lid sinds vaste "  # Dutch
    "klient czlonek od staly stala").split())  # (folded, as the note's words are read)
_NAME_AND_NOTE = re.compile(f"[ \\t]{{0,3}}({_NAME})[ \\t]{{1,3}}\\(([^()\\n]{{1,60}})\\)[ \\t]{{0,3}}")
_NOTE_WORD = re.compile(r"[^\W\d_]+")
# A row's cells (a CSV's or a spreadsheet's copy): cut by `;`, a tab or `|`, or by a comma with no blank after it.
_CELL_SEPARATORS = re.compile(r"[;\t|]|,(?! )")
_CELL = re.compile(f"[ \\t]{{0,3}}[\"']?({WORD})[\"']?[ \\t]{{0,3}}")

# A signature: a dash opening the text; after a sentence's end, a middle initial or `from` and a place.
_DASH_SIGNED = re.compile(f"[—–-][ \\t]{{0,3}}({_NAME}){_END}")
_FROM_WORDS = "from|aus|de|da|di|van|z"
_SIGNED_AFTER_SENTENCE = re.compile(
    f"[.!?][ \\t]{{1,3}}(?:(?P<initialled>{WORD}[ \\t]{{1,3}}[A-Z]\\.[ \\t]{{1,3}}{WORD})"
    f"|(?P<placed>{_NAME})[ \\t]{{1,3}}(?:{_FROM_WORDS})[ \\t]{{1,3}}{WORD}(?:[ \\t]{{1,3}}{WORD})?){_END}")

# A note asking to call a person or to ask for one, by language (a verb of calling, then the name; or asking for, then
# an honorific and a family name).
_CALLING = ("call|please call|ring|phone|ask for|anrufen bei|rufen sie|fragen sie nach|appeler|appelez|"
            "demander|demandez|llamar a|llame a|pregunte por|preguntar por|chiamare|chiamate|chiedere di|"
            "ligar para|ligue para|perguntar por|bellen|bel|vraag naar|zadzwoń do|zapytać o")
_CALLING_ALTERNATION = table_alternation({"all": _CALLING})  # (canonical, as the form is: `zadzwon do`)
_CALLED = re.compile(f"(?:^|(?<=[\\s,.;:!?(\"]))(?i:{_CALLING_ALTERNATION})[ \\t]{{1,3}}"
                     f"(?:(?P<honorific>{honorific_alternation('any')})[ \\t]{{1,3}})?(?P<name>{WORD}(?:[ \\t]{{1,3}}"
                     f"{WORD})?)(?=[ \\t]{{0,3}}(?:$|[,.;:!?)\\n\"])|[ \\t]{{1,3}}[a-z])")

# A closing's or a dedication's name: two given names joined, a family name (after `from`'s word by language); a
# relation's word and a full name after a dedication's word, the text's end after it; a love's closing, a relation's
# word and a given name.
_JOINED = "and|und|et|y|e|en|i|&"
_FROM_COUPLE = re.compile(f"(?:^|[ \\t])(?i:from|von|de|da|van|od)[ \\t]{{1,3}}({WORD})[ \\t]{{1,3}}(?:{_JOINED})"
                          f"[ \\t]{{1,3}}({_NAME}){_END}")
_FOR_WORDS = "for|für|fur|pour|para|per|voor|dla|för|til"
_FOR_ALTERNATION = table_alternation({"all": _FOR_WORDS})
_FOR_KIN = re.compile(f"(?:^|[ \\t])(?i:{_FOR_ALTERNATION})[ \\t]{{1,3}}(?i:{RELATION_WORDS})[ \\t]{{1,3}}"
                      f"({_NAME}){_END}")
_LOVES = "love|lots of love|all my love|hugs|kisses|xoxo|alles liebe|in liebe|dein|deine|bisous|besos|baci|beijos|liefs"
_LOVES_ALTERNATION = table_alternation({"all": _LOVES})
_LOVE_KIN = re.compile(f"(?:^|(?<=[\\s,.;:!?(\"]))(?i:{_LOVES_ALTERNATION})[ \\t]{{0,3}},[ \\t]{{1,3}}"
                       f"(?i:{RELATION_WORDS})[ \\t]{{1,3}}({WORD}){_END}")

# A file's name: a screenshot's or a photo's word and `from` before a full name; a full name alone, joined.
_FILE_EXTENSIONS = "png|jpe?g|heic|gif|webp|pdf|docx?|odt|txt"
_SHOT_FROM = re.compile(f"(?i:screenshot|screen shot|bildschirmfoto|foto|photo|bild|image|capture|captura|scan)"
                        f"[ _-]{{1,3}}(?i:from|von|de|da|van|od)[ _-]{{1,3}}({_NAME})\\.(?i:{_FILE_EXTENSIONS})")
_JOINED_FILE = re.compile(f"([^\\W\\d_]{{2,30}})[_.-]([^\\W\\d_]{{2,30}})(?:[_.-][0-9]{{1,8}})?"
                          f"\\.(?i:{_FILE_EXTENSIONS})")


# A key that is a full name as a whole (`{"Thomas Müller": 1}`: a CRM's or a spreadsheet's column named after its
# person).
_FULL_NAME_KEY = re.compile(f"[ \\t]{{0,3}}({_NAME})[ \\t]{{0,3}}")


def a_full_name_as_key(key: str) -> bool:
    """Whether `key` is a known given name and a family name that is no common word, and nothing else."""
    match = _FULL_NAME_KEY.fullmatch(key)
    return match is not None and a_given_then_family_name(match.group(1))


def _given_then_family(given: str, family: str) -> bool:
    """A known given name, then a family name that is no common word of a gate language (its case aside)."""
    return a_given_then_family_name(f"{given.capitalize()} {family}")


def _family_first(form: str) -> bool:
    """The family name before a comma or in capitals, then a given name (a word in capitals with a vowel: not an
    acronym's, `DKNY Donna`)."""
    match = _FAMILY_FIRST.fullmatch(form)
    if match is None:
        match = _CAPITALS_FIRST.fullmatch(form)
        if match is None or _VOWEL.search(match.group(1).lower()) is None:
            return False
    return _given_then_family(match.group(2), match.group(1))


_VOWEL = re.compile("[aeiouäöüàáâãåèéêëìíîïòóôõùúûœæø]")


def _noted_customer(form: str) -> bool:
    match = _NAME_AND_NOTE.fullmatch(form)
    if match is None or not a_given_then_family_name(match.group(1)):
        return False
    words = [canonical(word)[0].lower() for word in _NOTE_WORD.findall(match.group(2))]
    return any(word in _CUSTOMER_NOTE_WORDS or word.endswith(("kunde", "kundin")) for word in words)


def _row_names(form: str) -> bool:
    """A given name's cell, then a family name's cell that is no given name (a row of three cells or more)."""
    cells = _CELL_SEPARATORS.split(form)
    if len(cells) < 3:
        return False
    words = [match.group(1) if (match := _CELL.fullmatch(cell)) is not None else "" for cell in cells[:32]]
    return any(given and family and not a_given_name(family) and _given_then_family(given, family)
               for given, family in zip(words, words[1:], strict=False))


def _signed(form: str) -> bool:
    match = _DASH_SIGNED.fullmatch(form) if form[:1] in "—–-" else None
    if match is not None and a_given_then_family_name(match.group(1)):
        return True
    for match in _SIGNED_AFTER_SENTENCE.finditer(form):
        initialled = match.group("initialled")
        if initialled is not None:
            words = initialled.split()
            if not a_common_word_in_a_language(words[0]) and not a_common_word_in_a_language(words[-1]):
                return True
        elif a_given_then_family_name(match.group("placed")):
            return True
    return False


def _called(form: str) -> bool:
    for match in _CALLED.finditer(form):
        name = match.group("name")
        if a_given_then_family_name(name) or match.group("honorific") and " " not in name and not (
                a_common_word_in_a_language(name)):
            return True
    return False


def _closing_names(form: str) -> bool:
    return any(a_given_name(match.group(1)) and a_given_then_family_name(match.group(2))
               for match in _FROM_COUPLE.finditer(form)) or any(
        a_given_then_family_name(match.group(1)) for match in _FOR_KIN.finditer(form)) or "," in form and any(
        a_given_name(match.group(1)) for match in _LOVE_KIN.finditer(form))


def _file_named(form: str) -> bool:
    match = _SHOT_FROM.search(form)
    if match is not None and a_given_then_family_name(match.group(1)):
        return True
    match = _JOINED_FILE.fullmatch(form.strip())
    return match is not None and not a_given_name(match.group(2)) and _given_then_family(
        match.group(1), match.group(2))


_CALLING_CUES = ("call", "ring", "phone", "ask", "ruf", "frag", "ppel", "deman", "llam", "pregunt", "chiam", "chied",
                 "liga", "ligue", "bel", "vraag", "dzwo", "zapyt")  # (in the lower-cased form)
_JOINED_CUES = (" and ", " und ", " et ", " y ", " e ", " en ", " i ", " & ")
_FOR_CUES = ("for ", "fur ", "pour ", "para ", "per ", "voor ", "dla ", "til ")  # (canonical: `für`, `för` fold)


# What every shape of `reason` needs beside a text opening in capitals: a mark (a comma, a row's separator, a closing
# bracket, a sentence's end, a dash opening the text, a file's dot) or a calling, a joining or a dedication's word;
# searched by the detector first (one search in C), so an ordinary title calls nothing here.
CUE = re.compile("[,;\t|)!?.]|^[—–-]|(?i:" + "|".join(re.escape(cue) for cue in (
    _CALLING_CUES + _JOINED_CUES + _FOR_CUES)) + ")")


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a full name in one of the shapes above, or "" (each shape's marks or
    words looked for in C first: most texts pay no pattern)."""
    low = form.lower()
    ends_on_letter = form.rstrip(" \t.!")[-1:].isalpha()
    return PERSON_NAME if (
        ("," in form or form[:2].isupper()) and _family_first(form)
        or form.endswith(")") and _noted_customer(form)
        or (";" in form or "\t" in form or "|" in form or "," in form) and _row_names(form)
        or ends_on_letter and (form[:1] in "—–-" or "." in form or "!" in form or "?" in form) and _signed(form)
        or any(cue in low for cue in _CALLING_CUES) and _called(form)
        or ends_on_letter and (any(cue in low for cue in _JOINED_CUES) or "," in form
                               or any(cue in low for cue in _FOR_CUES)) and _closing_names(form)
        or "." in form[-6:] and _file_named(form)) else ""
