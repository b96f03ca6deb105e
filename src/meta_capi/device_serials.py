"""A device's own serial number where the text is about the visitor's device (closer 103, issue 16: device shops'
trade-in, repair and unlock pages): after a serial number's label, in a device serial's layout, in a text naming what
is done to one's own device (a trade-in, a repair, an unlock, a theft or a loss, an insurance claim, a registration).

A serial number names one unit, and the unit its owner: the trade-in form's `serial C02F…` is the visitor's laptop.
But a shop writes `Serial` before a product's own codes as often (`Serial 28503141234`, `Router S/N 12345`, `S/N:
AB12345, warranty`, `USB Serial FT232RL`), so both are read:

- the layout device makers print (Apple's twelve or ten characters, Samsung's eleven, ...): one token of 10 to 14
  capitals and digits, at least two letters and three digits, letters and digits changing places three times or more
  (`C02F729364Q6L`, `F4GXK2L9QH`, `R58N12ABCDE`); a code's prefix and its number change once (`ABC1234567`), a
  product's code holds its dashes and slashes (`SM-S928B/DS`), digits alone are a code's (the number rule's);
- the text's topic: a word of those acts by meaning in the lexicon's larger languages (_TOPIC).

The reason names the rule, never the value.
"""

from __future__ import annotations

import re

DEVICE_SERIAL = "holds a device's serial number where the text is about the visitor's device"

# A serial number's label in the canonical form (no marks): the word and maybe a number word or sign, in English,
# German, French, Spanish, Italian, Dutch, Polish; `S/N`, `SN`.
_LABEL = (r"serial(?:[ _.\-]{0,2}(?:number|no|nr|#))?|seriennummer|serien[ .\-]{0,2}nr|s/n|sn|serienummer"
          r"|(?:numero|n|no|nr|num)[ .°]{0,2}(?:de |di )?serie|numero seriale|(?:numer|nr)[ .]{0,2}seryjny")
_SERIAL = re.compile(f"(?i:(?<![^\\W\\d_])(?:{_LABEL}))\\.?(?![A-Za-z0-9])[ \\t]{{0,2}}[:#=]?[ \\t]{{0,2}}"
                     r"([0-9A-Z]{10,14})(?![0-9A-Za-z\-/])")
# What the text is about: the acts done to one's own device, by meaning and language (a word's start, in lower case).
_TOPIC = re.compile(
    "(?<![a-z])(?:"
    "trade[ \\-]?in|trade[ \\-]?up|sell (?:my|your)|repair|unlock|stolen|lost (?:my|your|device|phone)|claim"
    "|register|registration"  # English
    "|inzahlungnahme|in zahlung|eintausch|ankauf|reparatur|entsperr|gestohlen|verloren|schadensmeldung"
    "|registrier"  # German
    "|reprise|rachat|reparation|deblocage|vole|perdu|sinistre|enregistr"  # French
    "|recompra|entrega tu|reparacion|desbloque|robado|perdido|siniestro|registr"  # Spanish, Portuguese, Italian
    "|permuta|supervalutazione|riparazione|sblocco|rubato|smarrito|sinistro"  # Italian
    "|inruil|reparatie|gestolen|kwijt|schademelding"  # Dutch
    "|odkup|naprawa|odblokow|skradzion|zgubion|szkod"  # Polish
    ")")
_LETTER_DIGIT_CHANGE = re.compile(r"[A-Z](?=[0-9])|[0-9](?=[A-Z])")
_LETTER = re.compile("[A-Z]")
_DIGIT = re.compile("[0-9]")


# What `reason` needs: a label's letters (`seri`, `S/N`, `SN`) in lower case or capitals, searched by the detector
# (CUE_SOURCE, compiled there: one scan in C, and a text holding none reads nothing of this module).
CUE_SOURCE = "eri|ERI|/N|/n|SN|sn"


def device_serial(token: str) -> bool:
    """Whether `token` (10 to 14 capitals and digits) has a device serial's layout (above)."""
    return (len(_LETTER.findall(token)) >= 2 and len(_DIGIT.findall(token)) >= 3
            and len(_LETTER_DIGIT_CHANGE.findall(token)) >= 3)


def reason(form: str) -> str:
    """DEVICE_SERIAL when canonical `form` holds a device's serial after its label in a text about one's own device
    (above), or "". (Its caller tests CUE_SOURCE first.)"""
    for match in _SERIAL.finditer(form):
        if device_serial(match.group(1)):
            return DEVICE_SERIAL if _TOPIC.search(form.lower()) is not None else ""
    return ""
