"""A person named by a parent's consent, for the detector (closer 179, eighty-first attack: games and streams). A game's
or a platform's record of a parent's consent names the parent who gives it and the child it is for:

- after the consent's label and its colon, a full name, then the child's word before the child's name: the parent's
  (`Autorizzazione del genitore: … per il figlio …`, `保護者の同意：…（子：…）`); a form's state or the consent's means
  name no child (`Parental consent: Required`, `Elterliche Zustimmung: Nicht Erforderlich`, `Parental consent: Xbox
  Family Settings`);
- after the label and the word for "for", a full name and the child's age or birth year after a comma or in brackets:
  the child's (`Elterliche Zustimmung für …, 11 Jahre`); a game's or a service's name is what a consent is for as often
  and has no age (`Elterliche Zustimmung für Fortnite Battle Royale`).

The consent's phrases (a parent's and a consent's words, either order), the words for "for", a child's and an age's
words are lexicon data by language, read in the canonical form in any case; the name is two or three capitalized
words, none a generic addressee's, a business's, a thing's, a product line's, a place's nor a greeting's object
(name_shapes, role_labels, postal, greetings.a_cued_name), nor a form's state (personal_keys.account_state).
"""

from __future__ import annotations

import re

from .brand_words import a_business_name
from .canonical import by_first_letter, canonical, phrase_alternation, table_phrases
from .greetings import a_cued_name
from .name_shapes import END, FULL_NAME, a_person, a_product
from .personal_keys import account_state
from .postal import _place_or_business
from .record_names import _AGED
from .role_labels import a_thing

PERSON_NAME = "holds a person's name"

# A parent's consent or authorization, by language (a parent's word and a consent's, either order).
CONSENTS = {
    "English": "parental consent|parental permission|parental authorization|parental authorisation|parent consent"
               "|parent's consent|parents' consent|consent of the parent|consent of parent|guardian consent"
               "|guardian's consent",
    "German": "elterliche zustimmung|elterliche einwilligung|elterliches einverständnis|zustimmung der eltern"
              "|einwilligung der eltern|einverständnis der eltern|einverständniserklärung der eltern"
              "|zustimmung des erziehungsberechtigten|einwilligung des erziehungsberechtigten",
    "French": "consentement parental|autorisation parentale|consentement des parents|consentement du parent"
              "|autorisation des parents|autorisation du parent",
    "Spanish": "consentimiento parental|consentimiento de los padres|consentimiento del padre|autorización parental"
               "|autorización paterna|autorización de los padres|autorización del padre",
    "Italian": "consenso dei genitori|consenso del genitore|consenso genitoriale|autorizzazione del genitore"
               "|autorizzazione dei genitori|autorizzazione genitoriale",
    "Portuguese": "consentimento parental|consentimento dos pais|autorização dos pais|autorização parental",
    "Dutch": "ouderlijke toestemming|toestemming ouders|toestemming van de ouders|toestemming ouder",
    "Polish": "zgoda rodzica|zgoda rodziców|zgoda opiekuna",
    "Swedish, Danish and Norwegian": "föräldrasamtycke|vårdnadshavares samtycke|forældresamtykke|foreldresamtykke",
    "Japanese": "保護者の同意|保護者同意|親の同意|親権者の同意|親権者同意",
    "Korean": "보호자 동의|법정대리인 동의", "Chinese": "家长同意|家長同意|监护人同意|監護人同意",
}
# The word for "for" before whom a consent is for, by language.
FOR_WORDS = {
    "English": "for", "German": "für", "French": "pour", "Spanish and Portuguese": "para", "Italian": "per",
    "Dutch": "voor", "Polish": "dla", "Swedish": "för", "Danish and Norwegian": "for",
}
# A child, by language: whom a parent consents for.
CHILDREN = {
    "English": "child son daughter kid", "German": "kind sohn tochter", "French": "enfant fils fille",
    "Spanish": "hijo hija niño niña", "Italian": "figlio figlia bambino bambina", "Portuguese": "filho filha criança",
    "Dutch": "kind zoon dochter", "Polish": "dziecko syn córka",
    "Swedish, Danish and Norwegian": "barn son dotter datter",
    "Japanese": "子 子供 子ども 息子 娘", "Korean": "자녀 아들 딸", "Chinese": "孩子 子女 儿子 兒子 女儿 女兒",
}
_CONSENTS = table_phrases(CONSENTS)
# What `reason` needs, searched first by the detector in the lower-cased form (CUE_SOURCE, compiled there: one scan in
# C, and a text holding none, most, reads nothing of this module): each phrase's first word.
CUE_SOURCE = f"(?:{by_first_letter({phrase.split()[0] for phrase in _CONSENTS})})"
_CONSENT = f"(?i:{phrase_alternation(_CONSENTS)})"
_CHILD = phrase_alternation(table_phrases({language: words.replace(" ", "|") for language, words in CHILDREN.items()}))
# (group 1: the parent's name) the consent, its colon, a full name ending as a name in a sentence does or before a
# bracket, then on its line the child's word opening a word, maybe its colon, and a name's capital or a letter of a
# script without case (`… per il figlio …`, `…（子：…）`)
_GIVEN_BY = re.compile(f"{_CONSENT}[ \\t]{{0,3}}:[ \\t]{{0,3}}({FULL_NAME})(?:{END}|(?=[ \\t]{{0,3}}\\())"
                       f"[^\\n]{{0,40}}?(?<![^\\W\\d_])(?i:{_CHILD})[ \\t]{{0,3}}:?[ \\t]{{0,3}}"
                       f"(?:[A-Z]|[\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af])")
# (group 1: the child's name) the consent, the word for "for", a full name and an age after a comma or in brackets
_GIVEN_FOR = re.compile(
    f"{_CONSENT}[ \\t]{{1,3}}(?i:{phrase_alternation(table_phrases(FOR_WORDS))})[ \\t]{{1,3}}({FULL_NAME})"
    f"(?:,[ \\t]{{1,3}}{_AGED}|[ \\t]{{1,3}}\\({_AGED}\\))(?![^\\W\\d_])")


# (closer 192, review 33) The words a game's title is made of, by meaning, which no given or family name is: its
# edition or platform, its genre or mode, its world or creatures, a toy maker's (`Elterliche Zustimmung für
# Minecraft Bedrock, 12 Jahre`, `… für Animal Crossing, 10 Jahre`, `… für Lego Fortnite, 8 Jahre`, `Consentement
# parental pour Just Dance, 9 ans`): what a consent is for, with the age it is rated for or the child's; a word ending
# on a craft's (`Minecraft`, `Warcraft`) too. Not `Quest`, `Saga`, `Craft`: given or family names too. Lexicon data,
# canonical, lower case, compared whole.
GAME_TITLE_WORDS = {
    "an edition or a platform": "edition bedrock java deluxe ultimate remastered definitive mobile switch xbox "
                                "playstation",
    "a genre or a mode": "dance kart racing simulator tycoon royale legends heroes adventure adventures",
    "a world or its creatures": "animal animals pets zoo farm world worlds kingdom galaxy universe dinosaurs dragons",
    "a toy maker": "lego playmobil hasbro mattel",
}
_GAME_TITLE_WORDS = frozenset(word for words in GAME_TITLE_WORDS.values() for word in words.split())


def a_games_title(name: str) -> bool:
    """Whether capitalized `name` holds a game title's word (GAME_TITLE_WORDS) or a word ending on `craft`."""
    words = [canonical(word.strip(".,;:()"))[0].lower() for word in name.split()]
    return any(word in _GAME_TITLE_WORDS or len(word) > 5 and word.endswith("craft") for word in words)


def _a_name(form: str, match: re.Match[str]) -> bool:
    name = match.group(1)
    return (a_person(name) and not a_thing(name) and not a_product(name) and not _place_or_business(name)
            and not a_business_name(name) and a_cued_name(form, name, match.end()) and not account_state(name.lower())
            and not a_games_title(name))


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a parent's consent naming the parent or the child (above), or ""."""
    for pattern in (_GIVEN_BY, _GIVEN_FOR):
        for match in pattern.finditer(form):
            if _a_name(form, match):
                return PERSON_NAME
    return ""
