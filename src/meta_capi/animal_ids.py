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

MICROCHIP = "holds an animal's microchip number after its label"

# A microchip's label by meaning, by language: a chip and a microchip (English, German, Dutch, Spanish, Italian, the
# Nordic languages: `chip`, `microchip`, `Mikrochip`; Italian's `microcip`, Polish `mikroczip`, `czip`, Czech
# `mikročip` folded), French's `puce`, a transponder (`Transponder`, `transpondeur`, `transpondedor`). A compound goes
# on after it (`Chipnummer`, `Transpondernummer`, `Chip-Nr.`): only the label's opening is bounded.
_LABEL = re.compile(r"(?i:(?<![^\W\d_])(?:(?:mikro|micro)-?(?:chip|cip|czip)|chip|czip|puce"
                    r"|transpond(?:er|eur|edor)))")
# Digit groups apart by one blank, dot or dash, with no digit or letter glued to them (counted after the match).
_DIGIT_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9]{1,15}(?:[ .\-][0-9]{1,15}){0,4}(?![0-9A-Za-z])")
_WINDOW = 28  # (a label's own words and signs before its number opens: `N° de puce électronique : `)
_RUN_ROOM = 80  # (and room for the number's run to end in the slice read: five groups of fifteen digits at most)
_DIGITS = 15
_LAST_MAKER_CODE = 998  # (ISO 11784's manufacturers' codes end there; 999 is a test chip's)

# What `reason` needs, searched by the detector in the lower-cased text (one scan in C; text holding none reads nothing
# of this module): a label's stem (`ro-cip`: Italian's `microcip`, Czech's `mikročip` folded).
CUE_SOURCE = r"(?i:chip|czip|ro-?cip|puce|transpond)"


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
    return ""
