"""A player named by a wager's or a gambling account's record (closer 190, eighty-eighth attack: betting, lotteries,
casinos), by language.

- Who placed or shared a bet (SHARED_BY): a bet's, a slip's or a coupon's noun (WAGERS), maybe the act's participle,
  then its agent's preposition and a full name (`Bet slip shared by …`, `Wettschein von …`, `Schedina giocata da …`,
  `Apuesta compartida por …`). Romance's `por`, `par`, `da` after the noun alone say what the bet is on (`Apuesta por
  Carlos Alcaraz`, a bet on him): there the participle must stand between. Not a tip's or a prediction's noun: a
  pundit's in the news as often (`Tipp von Lothar Matthäus`).
- Whom a gambling account's record is made out to (MADE_OUT): a self-exclusion's, a limit's, an identity check's, a
  winnings' tax form's or a lottery ticket's noun (ACCOUNT_RECORDS), up to two tokens of its state or its year
  (`confirmed`, `failed`, `set`, `2026`), then `for` or `by` by language and a full name (`Self-exclusion confirmed
  for …`, `KYC check failed for …`, `Deposit limit set by …`, `Form W-2G 2026 for …`), or its colon where the
  record opens the text (`KYC check failed: …`; closer 200).

The name is judged as a record's (record_names._a_name), no business's, no operator's (OPERATOR_WORDS) and no
standing's (standings.a_standing, closer 198); the text's lower-cased form is searched first for the nouns' stems
(CUE_SOURCE). Every pattern is linear: bounded tokens between fixed words.
"""

from __future__ import annotations

import re
from typing import Dict

from .brand_words import a_business_name
from .canonical import by_first_letter, phrase_alternation, table_phrases
from .name_shapes import END, FULL_NAME, OPENS
from .postal import _HONORIFIC
from .record_names import _a_name
from .standing_names import a_standing_not_a_person

PERSON_NAME = "holds a person's name"

# A bet's, a slip's or a coupon's noun by language (what a player places or shares); not a word naming a support's or
# a trip's ticket, a city or a puzzle's grid as often (`ticket`, `Paris`, `grille`: `Ticket van Gogh Museum`, `Paris
# by Robert Doisneau`).
WAGERS: Dict[str, str] = {
    "English": "bet|bet slip|betslip|acca|accumulator|parlay|wager|lottery ticket",
    "German": "wette|wettschein|kombiwette|systemwette|tippschein|spielschein|lottoschein",
    "French": "pari|coupon", "Spanish": "apuesta|boleto|cupon|quiniela",
    "Italian": "schedina|scommessa|giocata|bolletta", "Portuguese": "aposta|bilhete",
    "Dutch": "weddenschap|gokje", "Polish": "kupon|zaklad", "Swedish": "kupong",
}
# The agent's preposition after such a noun or its participle (`by`, `von`, `door`, `przez`, `av`) ...
AGENTS: Dict[str, str] = {
    "English": "by|from", "German": "von", "Dutch": "door|van", "Polish": "przez|od", "Swedish and Danish": "av|af",
}
# ... and the one read only after a participle, which alone says what a bet is on (`Apuesta por …`, `Pari sur …`).
AGENTS_AFTER_PARTICIPLE: Dict[str, str] = {
    "French": "par", "Spanish and Portuguese": "por", "Italian": "da|di",
}
# A gambling account's record made out to its player, by language: a self-exclusion, a deposit's or a loss's limit, a
# cooling-off, an identity check, a winnings' tax form, a lottery's ticket (a lottery's name before `ticket`).
ACCOUNT_RECORDS: Dict[str, str] = {
    "English": "self-exclusion|self exclusion|deposit limit|loss limit|spending limit|wager limit"
               "|betting limit|cooling-off period|cooling-off|kyc check|kyc|identity check|age verification"
               "|w-2g|w2g|lottery ticket|lotto ticket|euromillions ticket|eurojackpot ticket|powerball ticket"
               "|mega millions ticket|syndicate share",
    "German": "selbstsperre|einzahlungslimit|verlustlimit|einsatzlimit|kyc-prufung"
              "|identitatsprufung|verifizierung|lottoschein|spielschein|tippschein",
    "French": "auto-exclusion|interdiction de jeux|limite de depot|verification d'identite",
    "Spanish": "autoexclusion|autoprohibicion|limite de deposito|verificacion de identidad",
    "Italian": "autoesclusione|limite di deposito|verifica dell'identita",
    "Portuguese": "autoexclusao|limite de deposito", "Dutch": "zelfuitsluiting|stortingslimiet",
    "Polish": "samowykluczenie|limit depozytu", "Swedish": "spelpaus|insattningsgrans",
}
# Whom such a record is for or who set it, by language.
RECORD_FOR: Dict[str, str] = {
    "English": "for|by", "German": "fur|von", "French": "pour|par", "Spanish and Portuguese": "para|por",
    "Italian": "per|da", "Dutch": "voor|door", "Polish": "dla|przez", "Swedish": "for|av",
}

# An operator's words, which a bookmaker's or a lottery's name holds and no person's (`Bet slip from Sky Bet`, `Wette
# von Tipico Sportwetten`), by language, in lower case.
OPERATOR_WORDS = frozenset(
    "bet bets betting sportsbook bookmaker bookmakers casino casinos poker bingo lotto lottery lotteries sportwetten "
    "wetten lotterie loterie loteria lotteria loterij apuestas apostas scommesse paris sportifs jackpot games "
    "gaming".split())
_PARTICIPLE = "[ \\t]{1,3}[a-zà-öø-ÿ]{3,16}"
_NAME = f"[ \\t]{{1,3}}(?:{_HONORIFIC})?(?P<name>{FULL_NAME}){END}"
SHARED_BY = re.compile(
    f"{OPENS}(?i:{phrase_alternation(table_phrases(WAGERS))})"
    f"(?:(?:{_PARTICIPLE})?[ \\t]{{1,3}}(?i:{phrase_alternation(table_phrases(AGENTS))})"
    f"|{_PARTICIPLE}[ \\t]{{1,3}}(?i:{phrase_alternation(table_phrases(AGENTS_AFTER_PARTICIPLE))})){_NAME}")
MADE_OUT = re.compile(
    f"{OPENS}(?i:{phrase_alternation(table_phrases(ACCOUNT_RECORDS))})(?:[ \\t]{{1,3}}[^\\s,;:()]{{1,16}}){{0,2}}?"
    f"[ \\t]{{1,3}}(?i:{phrase_alternation(table_phrases(RECORD_FOR))}){_NAME}")
# (closer 200, review 34) ... and its colon for `for` where the record opens the text (`KYC check failed: …`).
MADE_OUT_COLON = re.compile(
    f"^[ \\t]{{0,3}}(?i:{phrase_alternation(table_phrases(ACCOUNT_RECORDS))})"
    f"(?:[ \\t]{{1,3}}[^\\s,;:()]{{1,16}}){{0,2}}?[ \\t]{{0,3}}:{_NAME}")

_STEMS = sorted({phrase.split()[0].strip("-")[:5] for table in (WAGERS, ACCOUNT_RECORDS)
                 for phrase in table_phrases(table)})
# What `reason` needs, searched first by the detector in the lower-cased form.
CUE_SOURCE = f"(?<![^\\W\\d_])(?:{by_first_letter(_STEMS)})"


def _a_player(name: str) -> bool:
    """Whether `name` after a wager's or a record's words is a person's: a record's name, no business's nor an
    operator's (OPERATOR_WORDS), no device's, outlet's, market's, document's, period's or audience's
    (standings.a_standing: `Bet placed from Apple Watch`, `KYC check failed for Proof Address`; closer 198) unless
    a given name opens it (`Bet slip shared by Orla Winner`; standing_names, closer 208)."""
    return _a_name(name) and not a_business_name(name) and not a_standing_not_a_person(
        name) and OPERATOR_WORDS.isdisjoint(word.lower() for word in name.split())


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names who placed or shared a bet, or whom a gambling account's record is made
    out to (above), or ""."""
    return PERSON_NAME if any(_a_player(match.group("name")) for pattern in (SHARED_BY, MADE_OUT, MADE_OUT_COLON)
                              for match in pattern.finditer(form)) else ""
