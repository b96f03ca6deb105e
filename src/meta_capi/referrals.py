"""A referral's and a reference check's people, for the detector (closer 183, eighty-sixth attack: recruiting, job
boards and HR software). A hiring names who referred a candidate, who was referred, and whose references are checked:

- referred by a person (REFERRED_BY, by language) before a full name (`Referred by …`, `Geworben von …`, `Coopté
  par …`, `Indicado por …`; not French's `parrainé par`, an event's sponsor's as often), or before a name's two words
  in lower case after the first person's `was` (`i was referred by … … for the data role`), none of them a channel's or
  a job board's (`referred by a friend`, `referred by google search`);
- a referral's word (REFERRALS) and its colon or dash before a full name, in a text holding a hiring's word (a job's
  role, an employee's, a bonus's or a hire's: HIRING_WORDS, personal_documents' job roles): `Referral: … for Product
  Designer`, `Empfehlung: … (Mitarbeiter werben Mitarbeiter)`, `Referral bonus paid – … – €2,000`; a shop's
  recommendation holds none (`Unsere Empfehlung: Grüner Veltliner`);
- a reference check's words (REFERENCE_CHECKS) and a preposition before a full name, or an honorific and a family
  name (`Reference check for …`, `Referenzauskunft über Frau …`); a group or an employer after them is none
  (`Reference checks for Remote Hires`, `Reference check for Amazon Jobs`).

Lexicon data by language, canonical (accents folded), read in any case; the name is a name's shape (name_shapes) no
thing's, business's, place's or job title's words make.
"""

from __future__ import annotations

import re
from typing import Dict

from .brand_words import a_business_name
from .canonical import by_first_letter, canonical, longest_first, phrase_alternation
from .key_lexicon import PARTIES
from .name_shapes import END, FULL_NAME, WORD, a_person, a_product
from .personal_documents import NOT_NAME_MEANINGS, POSSESSIVES, an_employer
from .postal import _HONORIFIC, _place_or_business
from .role_labels import a_team_or_state, a_thing

PERSON_NAME = "holds a person's name"

REFERRED_BY: Dict[str, str] = {
    "English": "referred by|referred to us by", "German": "geworben von|geworben durch",
    "French": "coopte par|cooptee par", "Spanish": "referido por|referida por",
    "Italian": "segnalato da|segnalata da|referenziato da|referenziata da", "Portuguese": "indicado por|indicada por",
    "Dutch": "aangebracht door|voorgedragen door", "Polish": "polecony przez|polecona przez",
}
REFERRALS: Dict[str, str] = {
    "English": "referral|employee referral|referral bonus", "German": "empfehlung|mitarbeiterempfehlung"
    "|empfehlungspramie|mitarbeiterempfehlungspramie", "French": "cooptation|parrainage|prime de cooptation",
    "Spanish": "referido|referencia interna|bono por referido", "Italian": "segnalazione|referral",
    "Portuguese": "indicacao", "Dutch": "aanbeveling|doorverwijzing|aanbrengpremie", "Polish": "polecenie",
}
# A hiring's words besides a job's roles (personal_documents.NOT_NAME_MEANINGS holds those) and an employee's
# (key_lexicon.PARTIES): a bonus's and a hire's, by language.
HIRING_WORDS: Dict[str, str] = {
    "English": "bonus hired hire hiring job role position", "German": "pramie bonus eingestellt einstellung stelle job",
    "French": "prime embauche embauchee poste", "Spanish": "bono prima contratado contratada puesto",
    "Italian": "bonus premio assunto assunta posizione", "Portuguese": "bonus premio contratado contratada vaga",
    "Dutch": "premie bonus aangenomen functie vacature", "Polish": "premia zatrudniony zatrudniona stanowisko",
}
REFERENCE_CHECKS: Dict[str, str] = {
    "English": "reference check|reference checks|reference request|employment reference",
    "German": "referenzauskunft|referenzanfrage|referenzprufung|referenzcheck",
    "French": "prise de references|verification des references|demande de references",
    "Spanish": "verificacion de referencias|comprobacion de referencias|solicitud de referencias",
    "Italian": "verifica delle referenze|richiesta di referenze", "Portuguese": "verificacao de referencias",
    "Dutch": "referentiecheck|referentieonderzoek", "Polish": "sprawdzenie referencji",
}
# Whom a reference check is about, by language's preposition.
ABOUT: Dict[str, str] = {
    "English": "for|on|of|about", "German": "uber|zu|fur|von", "French": "pour|de|sur|concernant",
    "Spanish": "de|sobre|para", "Italian": "di|su|per", "Portuguese": "de|sobre|para", "Dutch": "voor|over|van",
    "Polish": "dla|o",
}
# A referral's channel, a job board's or a relation's word, which no referrer's name in lower case holds.
CHANNEL_WORDS = frozenset((
    "friend friends colleague colleagues coworker coworkers co-worker family partner website site search google ads "
    "ad link email newsletter recruiter recruiters agency agencies job board boards linkedin indeed xing glassdoor "
    "stepstone monster infojobs facebook instagram twitter tiktok university career fair employee staff member "
    "manager boss team someone somebody my our your his her their the former current").split())


def _words(table: Dict[str, str]) -> str:
    return phrase_alternation(canonical(phrase)[0].lower() for line in table.values() for phrase in line.split("|"))


_OPENS = "(?<![^\\W\\d_])"
_CLOSES = "(?![^\\W\\d_])"
_REFERRED_BY = re.compile(f"{_OPENS}(?i:{_words(REFERRED_BY)})[ \\t]{{0,3}}:?[ \\t]{{1,3}}({FULL_NAME}){END}")
_LOWER_WORD = "[a-z][a-z'’-]{1,29}"
# (the first person's `was` by language before it, a name's two words in lower case, the family name of four letters
# or more, then the text's end, a mark or a word in lower case)
_WAS_REFERRED_BY = re.compile(
    f"(?i:{_OPENS}(?:i|ich|je|yo|io|eu|ik|ja)[ \\t]{{1,3}}(?:was|have been|wurde|ai ete|fui|sono stato|sono stata"
    f"|ben|zostalem|zostalam)[ \\t]{{1,3}})(?i:{_words(REFERRED_BY)})[ \\t]{{1,3}}({_LOWER_WORD})[ \\t]{{1,3}}"
    f"({_LOWER_WORD})(?<=[a-z]{{4}})(?=[ \\t]{{0,3}}(?:$|[,.;:!?)\\n])|[ \\t]{{1,3}}[a-z])")
_REFERRAL = re.compile(f"{_OPENS}(?i:{_words(REFERRALS)}){_CLOSES}(?:[ \\t]{{1,3}}[a-z]{{1,12}}){{0,2}}"
                       f"[ \\t]{{0,3}}[:-][ \\t]{{0,3}}({FULL_NAME})(?:{END}|(?=[ \\t]{{1,3}}\\())")
_HIRING = frozenset(canonical(word)[0].lower() for words in (*HIRING_WORDS.values(), *PARTIES["employee"].values(),
                                                              *PARTIES["candidate"].values()) for word in words.split())
_REFERENCE_CHECK = re.compile(f"{_OPENS}(?i:{_words(REFERENCE_CHECKS)})[ \\t]{{1,3}}(?i:{_words(ABOUT)})[ \\t]{{1,3}}"
                              f"(?:(?:{_HONORIFIC})[ \\t]{{1,3}}(?P<family>{WORD})|(?P<name>{FULL_NAME})){END}")
_APART = re.compile("[^\\w'’-]+")

# What the detector searches first in the lower-cased form (compiled there): a text holding none reads nothing here.
CUE_SOURCE = "(?:" + by_first_letter(sorted({
    max(phrase.split(), key=len) for table in (REFERRED_BY, REFERRALS, REFERENCE_CHECKS)
    for line in table.values() for phrase in canonical(line)[0].lower().split("|")}, key=longest_first)) + ")"


def _a_name(name: str) -> bool:
    """Whether `name` is a person's: no thing's, product's, business's, place's, employer's, team's or job title's
    words, no plural of a job's role (`Remote Hires`, `Software Engineers`)."""
    words = [canonical(word)[0].lower() for word in name.split()]
    return a_person(name) and not a_product(name) and not a_thing(name) and not _place_or_business(name) and not (
        a_business_name(name)) and not an_employer(name) and not a_team_or_state(name) and not any(
        word in NOT_NAME_MEANINGS or word in _HIRING or word.endswith("s") and (
            word[:-1] in NOT_NAME_MEANINGS or word[:-1] in _HIRING) or word in CHANNEL_WORDS for word in words)


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names a referral's or a reference check's person (above), or ""."""
    match = _REFERRED_BY.search(form)
    if match is not None and _a_name(match.group(1)):
        return PERSON_NAME
    match = _WAS_REFERRED_BY.search(form)
    if match is not None and CHANNEL_WORDS.isdisjoint(match.group(1, 2)):
        return PERSON_NAME
    match = _REFERRAL.search(form)
    if match is not None and _a_name(match.group(1)) and any(
            word in _HIRING or word in NOT_NAME_MEANINGS and word not in POSSESSIVES for word in (
                canonical(word)[0].lower() for word in _APART.split(form[:match.start(1)] + form[match.end(1):]))):
        return PERSON_NAME
    for match in _REFERENCE_CHECK.finditer(form):
        if match.group("family") is not None and _a_name(match.group("family")) or (
                match.group("name") is not None and _a_name(match.group("name"))):
            return PERSON_NAME
    return ""
