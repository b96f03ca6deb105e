"""An animal's own id (closer 122, the sixty-second attack): a pet's microchip, the transponder's number of ISO
11784/11785, after its label. A national registry (Petlog, I-CAD, TASSO) answers a chip's number with its keeper's
name and home: the number names the owner.

- The label, by meaning in the key lexicon's languages: a chip, a microchip or a transponder (`Microchip:`, `Chip`,
  `N° de puce :`, `puce électronique`, `Chipnummer`, `Transpondernummer`, `número de microchip`, `microcip`,
  `mikroczip`, `transpondeur`, `transpondedor`), a compound or a number's word after it read in its window.
- The number, within a few characters after the label: fifteen digits, a country's numeric code (ISO 3166) or a
  maker's (900 to 998) and twelve more, unbroken or in groups apart by a blank, a dot or a dash (`900 164 000 583
  914`). It carries no check digit, so a number alone is not read (README: numbers with no check digit and no label).

`Microchipping £15`, the standards' `ISO 11784/11785 FDX-B`, a chip's model (`Transponder chip ID48`, `Apple M3 chip`)
and a product's code after a chip's word (a GTIN's thirteen digits) hold no such number. The values are read in the
canonical form; the reason names the kind, never the value.
"""

from __future__ import annotations

import re
from typing import List

MICROCHIP = "holds an animal's microchip number after its label"

# A microchip's label by meaning, by language: a chip and a microchip (English, German, Dutch, Spanish, Italian, the
# Nordic languages: `chip`, `microchip`, `Mikrochip`; Italian's `microcip`, Polish `mikroczip`, `czip`, Czech
# `mikročip` folded), French's `puce`, a transponder (`Transponder`, `transpondeur`, `transpondedor`). A compound goes
# on after it (`Chipnummer`, `Transpondernummer`, `Chip-Nr.`): only the label's opening is bounded.
# (closer 170) ... and a national registry's name by country as the chip's label (`Identifiant I-CAD …`): France's
# I-CAD, the UK's Petlog, Identibase and Anibase, Germany's TASSO, FINDEFIX and Petmaxx, Switzerland's ANIS and Amicus,
# Spain's SIAC, REIAC and Identicat, Japan's Anicom and AIPO, the US's HomeAgain, Europe's Europetnet; the Japanese,
# Korean and Chinese words for a microchip (`マイクロチップ番号：`, `마이크로칩`, `芯片`), no letters' bounds in those
# scripts.
REGISTRIES = ("i-cad icad petlog identibase anibase tasso findefix petmaxx anis amicus siac reiac identicat anicom "
              "aipo homeagain europetnet")
_REGISTRY = "(?:" + "|".join(name.replace("-", "-?") for name in REGISTRIES.split()) + ")"
_CJK_CHIP = "マイクロチッ[プフ]|마이크로칩|芯片"  # (the canonical form folds `プ` to `フ`)
_LABEL = re.compile(r"(?i:(?<![^\W\d_])(?:(?:mikro|micro)-?(?:chip|cip|czip)|chip|czip|puce"
                    r"|transpond(?:er|eur|edor)|" + _REGISTRY + r"(?![^\W\d_]))|" + _CJK_CHIP + ")")
# (closer 170) A chip's fifteen unbroken digits with no label, anywhere in a text naming a registry or a chip (`scanned
# at the vet: … – please ring Petlog`).
_ANY_CHIP_WORD = re.compile(r"(?i:(?<![^\W\d_])(?:" + _REGISTRY + r"(?![^\W\d_])|(?:mikro|micro)-?(?:chip|cip|czip)"
                            r"|chip|czip|puce|transpond))|" + _CJK_CHIP)
_UNBROKEN = re.compile(r"(?<![0-9A-Za-z])[0-9]{15}(?![0-9A-Za-z])")
# Digit groups apart by one blank, dot or dash, with no digit or letter glued to them (counted after the match).
_DIGIT_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9]{1,15}(?:[ .\-][0-9]{1,15}){0,4}(?![0-9A-Za-z])")
_WINDOW = 28  # (a label's own words and signs before its number opens: `N° de puce électronique : `)
_RUN_ROOM = 80  # (and room for the number's run to end in the slice read: five groups of fifteen digits at most)
_DIGITS = 15
_LAST_MAKER_CODE = 998  # (ISO 11784's manufacturers' codes end there; 999 is a test chip's)

# What `reason` needs, searched by the detector in the lower-cased text (one scan in C; text holding none reads nothing
# of this module): a label's stem (`ro-cip`: Italian's `microcip`, Czech's `mikročip` folded).
CUE_SOURCE = (r"(?i:chip|czip|ro-?cip|puce|transpond|i-?cad|petlog|identibase|anibase|tasso|findefix|petmaxx|anis"
              r"|amicus|siac|reiac|identicat|anicom|aipo|homeagain|europetnet|マイクロチッ[プフ]|마이크로칩|芯片"
              r"|heimtier|passe?port|pasaporte|passaporto|paspoort|health cert"
              r"|halter|keeper|tenteur|detentore|houder|v[ée]t|tierarzt|dierenarts|petplan|agila|figo|trupanion"
              r"|barkibu|manypets|uelzener|bulle bleue)")


# (closer 170) A litter's word by language (English, German, French, Spanish, Italian, Dutch, Portuguese, the Nordic
# languages, Polish, Finnish): a birth date beside it is a litter's, a puppy's or a kitten's as a breeder lists it
# (`Born: 12/03/2025 (litter A)`, `Geboren: 12.03.2025 (B-Wurf)`, `Née le 12/03/2025 – portée C`), no person's. Only
# the word's opening is bounded (`Wurfdatum`, `A-Wurf`).
LITTER_WORDS = "litter wurf portée portee camada cucciolata worp ninhada kull kuld miot pentue"
_LITTER = re.compile("(?<![^\\W\\d_])(?:" + "|".join(LITTER_WORDS.split()) + ")")


def a_litters(lower: str) -> bool:
    """Whether lower-cased `lower` holds a litter's word (above): a birth date in it is an animal's."""
    return _LITTER.search(lower) is not None


def _chip_number(run: str) -> bool:
    digits = run.replace(" ", "").replace(".", "").replace("-", "")
    return len(digits) == _DIGITS and 1 <= int(digits[:3]) <= _LAST_MAKER_CODE


def reason(form: str) -> str:
    """A microchip's number after its label in canonical `form` (above), or "". Each label's window is read once:
    linear. (Its caller tests CUE_SOURCE first.)"""
    for label in _LABEL.finditer(form):
        end = label.end()
        if any(run.start() <= _WINDOW and _chip_number(run.group())
               for run in _DIGIT_RUN.finditer(form[end:end + _WINDOW + _RUN_ROOM])):
            return MICROCHIP
    if _ANY_CHIP_WORD.search(form) is not None and any(
            _chip_number(run.group()) for run in _UNBROKEN.finditer(form)):
        return MICROCHIP
    return _pet_passport(form) or _keeper_number(form)


PET_PASSPORT = "holds a pet passport's number after its label"
# (closer 170) A pet passport's or an animal health certificate's label by language: its number names the animal's
# keeper at the vet who issued it (`Heimtierausweis Nr. …`, `Animal Health Certificate AHC-…`, `passeport européen
# pour animal de compagnie n° …`, `pasaporte para animales de compañía`, `passaporto per animali da compagnia`,
# `huisdierenpaspoort`, `passaporte para animais`).
_PASSPORT_LABEL = re.compile(
    r"(?i:(?<![^\W\d_])(?:(?:eu-?)?heimtier(?:ausweis|pass)|(?:pet|animal) passport|animal health certificate"
    r"|passeport (?:europ[ée]en )?pour (?:animal|animaux)(?: de compagnie)?"
    r"|pasaporte (?:europeo )?para animales(?: de compa[ñn][ií]a)?"
    r"|passaporto (?:europeo )?per animali(?: da compagnia)?|(?:huisdieren|dieren)paspoort"
    r"|passaporte (?:europeu )?para animais(?: de companhia)?)(?![^\W\d_]))")
# ... then its number's word at most and a code of letters and digits in groups holding six digits or more; a date
# is no passport's number (`Pet passport appointment 12/03/2025`).
_PASSPORT_NUMBER = re.compile(r"(?i:[ :.#°\-–]{0,4}(?:(?:n[or]|no|n°|nummer|number|num[ée]ro|n[uú]mero)\.?"
                              r"[ :.#°]{0,3})?)([A-Za-z0-9]+(?:[ \-/][A-Za-z0-9]+){0,5})")
_DATE = re.compile(r"[0-9]{1,4}[./\-][0-9]{1,2}[./\-][0-9]{1,4}")
_LEAST_PASSPORT_DIGITS = 6


def _pet_passport(form: str) -> str:
    for label in _PASSPORT_LABEL.finditer(form):
        number = _PASSPORT_NUMBER.match(form, label.end())
        if number is not None:
            code = number.group(1)
            if sum(char.isdigit() for char in code) >= _LEAST_PASSPORT_DIGITS and _DATE.search(code) is None:
                return PET_PASSPORT
    return ""


KEEPER_NUMBER = "holds an animal keeper's, a vet client's or a pet insurance's number after its label"
# (closer 170) A keeper's, a client's, a patient's or a contract's number by its label, by language: the holder's word
# then a number's word (`Tierhalter-Nr.`, `Tierhalternummer`, `keeper no.`, `client number`, `Vertragsnummer`), or the
# number's word first (`N° client`, `numéro de contrat`, `número de póliza`, `n° détenteur`); then a code of five
# digits or more within a few words (a clinic's or an insurer's name between: `N° client clinique vétérinaire :`,
# `Numéro de contrat SantéVet :`). A keeper's own word names the animal's keeper; a client's or a contract's, only
# in a text naming a vet or a pet insurer (below): a shop's contract or client number is read by other rules.
_HOLDER_FIRST = re.compile(
    r"(?i:(?<![^\W\d_])(?:(?P<keeper>tierhalter|halter|keeper|pet owner|d[ée]tenteur|detentore|houder)"
    r"|client|kunden|customer|patient|patienten|klant|cliente|contract|vertrags|policy|polizzen?)"
    r"[ \-]?(?:nr|no|nummer|number|num|id)(?![^\W\d_]))")
_NUMBER_FIRST = re.compile(
    r"(?i:(?<![^\W\d_])(?:n[°o]|nr|num[ée]ro|n[uú]mero|numer)\.?[ ]?(?:de |di |du )?"
    r"(?:(?P<keeper>d[ée]tenteur|detentore|titular del animal)|client|cliente|patient|paciente|contrat|contrato"
    r"|p[óo]liza|polizza|police)(?![^\W\d_]))")
_HOLDER_CODE = re.compile(r"[^0-9\n]{0,32}?(?<![0-9A-Za-z])[A-Za-z]{0,4}[0-9]{5,}")
# A vet's or a pet insurer's words (a practice by language, insurers by country: Petplan, Agila, Figo, Trupanion,
# SantéVet, Bulle Bleue, Barkibu, ManyPets, Uelzener).
_PET_CARE = re.compile(
    r"(?i:(?<![^\W\d_])(?:v[ée]t[ée]rinai|veterin|vet(?![^\W\d_])|tierarzt|tier[äa]rzt|dierenarts|sant[ée]vet"
    r"|petplan|agila|figo|trupanion|bulle bleue|barkibu|manypets|uelzener))")


def _keeper_number(form: str) -> str:
    """A keeper's, a vet client's or a pet insurance's number after its label in canonical `form` (above), or "": each
    label's window read once, the pet care's words searched once at most."""
    care: List[bool] = []
    for labels in (_HOLDER_FIRST, _NUMBER_FIRST):
        for label in labels.finditer(form):
            if _HOLDER_CODE.match(form, label.end()) is None:
                continue
            if label.group("keeper") is None:
                if not care:
                    care.append(_PET_CARE.search(form) is not None)
                if not care[0]:
                    continue
            return KEEPER_NUMBER
    return ""
