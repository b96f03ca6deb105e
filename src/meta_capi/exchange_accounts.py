"""An exchange account's own codes after their label (closer 184, eighty-fourth attack: crypto exchanges), by what the
label names and the code's shape, in text and in ids:

- a deposit's destination tag or memo, a sub-account (key_lexicon.EXCHANGE_ACCOUNT_CODES: `Destination Tag: 5839…`,
  `XLM deposit memo 5839…`, `Sub-account: jo_trading`): a code holding a digit, `_` or `@` (`Destination tag:
  required`, `Sub-account: Trading` name no account);
- a referral's code or id, the referrer's own (key_lexicon.REFERRAL_CODES: `Referral ID: 5839…`, `my referral code
  JOSMITH20`, `code parrainage : …`): a code holding a digit, or five capitals or more (a promotion's code is a
  shop's, `Promo-Code: KRYPTO10`, under a label of its own);
- a bank deposit's reference, which an exchange gives one account to fund it (DEPOSIT_REFERENCES: `SEPA reference
  CBAEUR5839…`, `Verwendungszweck: KRAKEN-5839…`): one token holding six digits in a row.

Each label is its words apart by blanks, `-` or `_` (or glued), then a colon, `=`, `#` or a blank, then the code (one
token). Keys of the first two tables' words are personal alone (personal_keys).
"""

from __future__ import annotations

import re

from . import key_lexicon
from .canonical import canonical, phrase_alternation

LABELLED_CODE = "holds an exchange account's code after its label"

# A bank deposit's reference by language: the payer's words for what the payee asks a transfer to carry.
DEPOSIT_REFERENCES = {
    "English": "deposit reference|sepa reference|funding reference|deposit code|transfer reference code",
    "German": "verwendungszweck|einzahlungsreferenz|zahlungsreferenz", "French": "référence de dépôt"
    "|référence du virement|référence de virement|libellé du virement", "Spanish": "referencia del depósito"
    "|referencia de depósito|concepto de la transferencia", "Portuguese": "referência do depósito",
    "Italian": "causale del bonifico|riferimento deposito", "Dutch": "betalingskenmerk|overschrijvingsreferentie",
    "Polish": "tytuł przelewu|tytul przelewu",
}


def _phrases(table: dict[str, str], separator: str) -> list[str]:
    """A table's words (apart by `separator`; `_` between a word's words) as the canonical form spells them in lower
    case, one blank between their words."""
    return sorted({" ".join(canonical(word.replace("_", " "))[0].lower().split()) for line in table.values()
                   for word in line.split(separator)})


def _label(phrases: list[str]) -> str:
    """The phrases as a label: each blank read as a blank, `-`, `_` or nothing, case aside."""
    return "(?i:" + phrase_alternation(phrases).replace("[ \\t]{1,3}", "[ \\t_-]?") + ")"


_ACCOUNT_LABEL = _label(_phrases(key_lexicon.EXCHANGE_ACCOUNT_CODES, " "))
_REFERRAL_LABEL = _label(_phrases(key_lexicon.REFERRAL_CODES, " "))
_DEPOSIT_LABEL = _label(_phrases(DEPOSIT_REFERENCES, "|"))
# The labels, a module's cue searched in the lower-cased form first (most texts hold none).
CUE_SOURCE = f"(?:{_ACCOUNT_LABEL}|{_REFERRAL_LABEL}|{_DEPOSIT_LABEL})"
# ... then a colon, `=`, `#` or a blank, and one token.
_AFTER = r"(?:[ \t]{0,2}[:=#\uff1a][ \t]{0,3}|[ \t]{1,3})([^\s,;|&\"'()<>\[\]{}]{4,40})"
_ACCOUNT_CODE = re.compile(f"(?<![^\\W_]){_ACCOUNT_LABEL}{_AFTER}")
_REFERRAL_CODE = re.compile(f"(?<![^\\W_]){_REFERRAL_LABEL}{_AFTER}")
_DEPOSIT_REFERENCE = re.compile(f"(?<![^\\W_]){_DEPOSIT_LABEL}{_AFTER}")
# ... a label ending in one, judged by its code's shape alone (no name is read after it: `Sub-account: Main`)
_ENDS_IN_A_LABEL = re.compile(f"(?<![^\\W_])(?:{_ACCOUNT_LABEL}|{_REFERRAL_LABEL})[ \\t]*\\Z")
_DIGIT = re.compile("[0-9]")
_SIX_DIGITS = re.compile("[0-9]{6}")
_CAPITALS = re.compile("[A-Z0-9]{5,40}")


# (closer 191) A referral or an invitation programme's own words, by language: a code of one or two of them, maybe
# glued to an amount or a year, is the programme's, the same for every user (`Referral code: WELCOME`, `Code de
# parrainage : BIENVENUE`, `SAVE10`, `EARLY2026`); a season's word only with its year or an amount (`Summer`,
# `Winter` are names too).
PROGRAMME_WORDS = {
    "English": "welcome friend friends bonus new newuser invite invited referral refer reward rewards "
               "gift free save sale promo beta early launch vip first start join deal offer extra",
    "German": "willkommen freund freunde neu neukunde geschenk gratis", "French": "bienvenue ami amis cadeau nouveau "
    "offert", "Spanish": "bienvenido bienvenida amigo amigos regalo nuevo", "Italian": "benvenuto amico amici "
    "regalo nuovo", "Portuguese": "bemvindo amigo presente novo", "Dutch": "welkom vriend vrienden nieuw",
    "Polish": "witaj przyjaciel prezent nowy",
}
SEASONS = {
    "English": "summer winter spring autumn fall holiday holidays christmas xmas", "German": "sommer frühling herbst "
    "weihnachten ostern", "French": "ete hiver printemps automne noel", "Spanish": "verano invierno primavera otono "
    "navidad", "Italian": "estate inverno autunno natale", "Dutch": "zomer lente herfst kerst",
}


def _words_of(table: dict[str, str]) -> str:
    return phrase_alternation({canonical(word)[0].lower() for line in table.values() for word in line.split()})


_PROGRAMME_WORD = _words_of(PROGRAMME_WORDS)
_PROGRAMME_CODE = re.compile(f"(?:{_PROGRAMME_WORD})(?:[-_]?(?:{_PROGRAMME_WORD}))?[-_]?[0-9]{{0,4}}"
                             f"|(?:{_words_of(SEASONS)})[-_]?[0-9]{{2,4}}")


def a_programmes_code(code: str) -> bool:
    """Whether a referral's `code` is its programme's words (PROGRAMME_WORDS, SEASONS), not a referrer's."""
    return _PROGRAMME_CODE.fullmatch(canonical(code)[0].lower()) is not None


def judged_by_shape(label: str) -> bool:
    """Whether `label` (the words before a colon in text) ends in an account code's or a referral code's label, whose
    value this module judges by its shape (`Destination tag: Required`, `Referral code: Spring` name no one)."""
    return len(label) <= 60 and _ENDS_IN_A_LABEL.search(label) is not None


def reason(form: str) -> str:
    """LABELLED_CODE when canonical `form` holds an account's code after its label (above), or ""."""
    if any(_DIGIT.search(code) is not None or "_" in code or "@" in code
           for code in (match.group(1) for match in _ACCOUNT_CODE.finditer(form))):
        return LABELLED_CODE
    if any((_DIGIT.search(code) is not None or _CAPITALS.fullmatch(code) is not None) and not a_programmes_code(code)
           for code in (match.group(1) for match in _REFERRAL_CODE.finditer(form))):
        return LABELLED_CODE
    return LABELLED_CODE if any(_SIX_DIGITS.search(match.group(1)) is not None
                                for match in _DEPOSIT_REFERENCE.finditer(form)) else ""
