"""A home's metering point and its meter (closer 103, issue 16: energy, gas and water suppliers' switching and meter
pages), by the layout each country prints it in and its check where it has one, wherever it stands (free text, ids,
a URL's parts). A metering point names one supply, that is one home, for as long as the building stands: a post code
with its house number says no more.

- the UK's MPAN as its supply number is printed: `S`, the top line's profile class, meter time-switch code and line
  loss factor class (2, 3 and 3 digits), then the core's 13 digits in groups of 2, 4, 4 and 3, or that core alone in
  those groups; the core's last digit is its check (the first twelve weighted by the primes 3 to 43, the sum modulo
  11 then 10). The top line alone names a tariff, thousands of homes' (`01 801 100`), and goes out.
- a European metering point's EAN, GS1's service relation number (18 digits, GS1's check digit): the Netherlands'
  by its `871` alone; any country's after an EAN's label or a metering point's that prints it (Sweden's
  `Anläggnings-ID`, Poland's `PPE`: _EAN_LABEL; a product's GTIN has at most 14 digits).
- Germany's and Austria's Zählpunkt (`DE` or `AT`, the grid operator's six digits, a post code's five, twenty
  letters and digits).
- Spain's CUPS and Portugal's CPE (`ES` or `PT`, sixteen digits, two control letters: the number modulo 529, read
  as two letters of 23; maybe a boundary point's digit and its kind's letter after them), unbroken or in the groups
  of four a bill prints (`ES0031 4005 …`).
- a metering point with no check after its label by language (closer 153: _LABELLED): France's PDL or PRM and
  Italy's PDR (14 digits), France's PCE (14 digits, or `GI` and six), Texas' ESI ID (17 to 22 digits from `10`);
  one word may stand between the label and its colon (a meter's make: `PRM Linky :`). A label with no number is a
  guide's (`PDL – Point de livraison: définition`, `Tarif PRM – 6 kVA`).
- Italy's POD (`IT`, the distributor's three digits, `E`, eight digits).

A number after a metering point's label is personal whatever its shape (`MPAN: …`, `Marktlokations-ID: …`,
`Zählpunkt: …`): the key lexicon holds those names (key_lexicon.METERING_POINTS); a meter's serial after its label is
utility_records.py's. The reason names the rule, never the value.
"""

from __future__ import annotations

import re

METERING_POINT = "holds a home's metering point"

_MPAN_PRIMES = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)
# The core in the groups the supply number prints it in (`S 01 801 100 12 0001 7293 643`), or unbroken after the
# supply number's top line and its `S` (`S01801100 1200017293643`).
_CORE_GROUPS = re.compile(r"(?<![0-9A-Za-z])[0-9]{2} [0-9]{4} [0-9]{4} [0-9]{3}(?![0-9])")
_PRINTED_SUPPLY_NUMBER = re.compile(r"(?<![0-9A-Za-z])[Ss][ ]?[0-9]{2}[ ]?[0-9]{3}[ ]?[0-9]{3}[ ]{1,3}([0-9]{13})"
                                    r"(?![0-9])")
_EIGHTEEN_DIGITS = re.compile(r"(?<![0-9])[0-9]{18}(?![0-9])")
# GS1's EAN by its own name, Sweden's installation id, Poland's point of energy collection (`PPE`)
_EAN_LABEL = re.compile(r"(?i:(?<![^\W\d_])(?:ean|anlaggnings[ -]?(?:id|nummer|nr)|ppe)(?![^\W\d_]))[^0-9\n]{0,32}\Z")
_ZAEHLPUNKT = re.compile(r"(?<![0-9A-Za-z])(?i:DE|AT)[0-9]{11}[0-9A-Za-z]{20}(?![0-9A-Za-z])")
_CUPS = re.compile(r"(?<![0-9A-Za-z])(?i:ES|PT)[ ]?([0-9]{4}[ ]?[0-9]{4}[ ]?[0-9]{4}[ ]?[0-9]{4})[ ]?([A-Za-z]{2})"
                   r"(?:[0-9][A-Za-z])?(?![0-9A-Za-z])")
_CUPS_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_POD = re.compile(r"(?<![0-9A-Za-z])(?i:IT)[0-9]{3}[Ee][0-9]{8}[A-Za-z]?(?![0-9A-Za-z])")
# A metering point's label by language (canonical: no marks; an abbreviation in its capitals, as bills print it: a
# piece's `pce` is no gas point) and the layout its number has there, no check digit.
_LABELS_AND_LAYOUTS = (
    # France's point of delivery and its reference point of measure (Linky), Italy's point of redelivery (gas)
    ("PDL|PRM|PDR|(?i:point de livraison|point de reference (?:et )?mesure|punto di riconsegna)", "[0-9]{14}"),
    # France's gas point of counting and estimation
    ("PCE|(?i:point de comptage(?: et d.estimation)?)", "[0-9]{14}|(?i:GI)[0-9]{6}"),
    # Texas' electric service identifier
    ("(?i:esi[ -]?id|esiid)", "10[0-9]{15,20}"),
)
# A label (no letter glued to it), maybe one word (a meter's make or the fuel's) before a colon, then the number.
_LABELLED = re.compile("|".join(
    f"(?<![^\\W\\d_])(?:{labels})(?![^\\W\\d_])(?:[ ][A-Za-z]{{3,12}}(?=[ ]?:))?[ \\t]{{0,2}}[:#=\u2013-]?"
    f"[ \\t]{{0,2}}(?:{layout})(?![0-9A-Za-z])" for labels, layout in _LABELS_AND_LAYOUTS))
# What `reason` needs, one scan in C: six digits in a row (every layout above holds them) or the core's groups of
# four apart by a blank.
CUE = re.compile("[0-9]{6}|[0-9]{4} [0-9]{3}")


def mpan_core(core: str) -> bool:
    """Whether 13 digits are an MPAN's core by its check digit."""
    total = sum(int(digit) * prime for digit, prime in zip(core[:12], _MPAN_PRIMES, strict=True))
    return total % 11 % 10 == int(core[12])


def gs1(digits: str) -> bool:
    """Whether a GS1 number's last digit is its check digit (weights 3 and 1 from the right)."""
    total = sum(int(digit) * (3 if index % 2 else 1) for index, digit in enumerate(reversed(digits)))
    return total % 10 == 0


def cups(digits: str, letters: str) -> bool:
    """Whether a CUPS' sixteen digits and two control letters agree (the number modulo 529, as two letters of 23)."""
    rest = int(digits) % 529
    return letters.upper() == _CUPS_LETTERS[rest // 23] + _CUPS_LETTERS[rest % 23]


def reason(form: str) -> str:
    """METERING_POINT when canonical `form` holds a metering point (above), or "". (Its caller tests CUE first.)"""
    for match in _CORE_GROUPS.finditer(form):
        if mpan_core(match.group().replace(" ", "")):
            return METERING_POINT
    for match in _PRINTED_SUPPLY_NUMBER.finditer(form):
        if mpan_core(match.group(1)):
            return METERING_POINT
    for match in _EIGHTEEN_DIGITS.finditer(form):
        digits = match.group()
        if gs1(digits) and (digits.startswith("871") or _EAN_LABEL.search(
                form, max(0, match.start() - 40), match.start()) is not None):
            return METERING_POINT
    if _ZAEHLPUNKT.search(form) is not None or _POD.search(form) is not None:
        return METERING_POINT
    for match in _CUPS.finditer(form):
        if cups(match.group(1).replace(" ", ""), match.group(2)):
            return METERING_POINT
    return METERING_POINT if _LABELLED.search(form) is not None else ""
