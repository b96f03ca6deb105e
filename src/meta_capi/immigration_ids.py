"""An immigrant's own numbers after their labels, for the detector (closer 183, eighty-sixth attack: HR's right to
work checks, the US Form I-9):

- the USCIS's A-Number (Alien Registration Number): its label (`A-Number`, `Alien (Registration) Number`, `USCIS
  number`, `USCIS #`, `A#`), then `A`, maybe a dash, and seven to nine digits, maybe in groups apart by dashes or
  blanks (`A-086-143-725`, `A086143725`, `USCIS # 086 143 725`);
- the UK's share code proving a right to work or an immigration status: the right's or the status's words before
  `share code` (`Right to work share code:`, `Immigration status share code`), then nine letters and digits, maybe in
  threes apart by blanks or dashes, holding both (`K86 143 7TW`). A game's or an app's share code has no right's
  words before it (`Course share code: XYZ-123-ABC` goes out).

Neither has a check digit: the label says what the number is, in ids as in text.
"""

from __future__ import annotations

import re

IMMIGRATION_NUMBER = "holds an immigration number after its label"

_A_NUMBER = re.compile(
    r"(?<![^\W\d_])(?i:a-?number|alien(?:[ \t]registration)?[ \t](?:number|no\.?|#)"
    r"|uscis(?:[ \t]?(?:number|no\.?))?[ \t]?#?|a#)[ \t]{0,3}[:#]?[ \t]{0,3}(?:A[ \t]?-?[ \t]?)?"
    r"[0-9]{1,3}(?:[ \t-]?[0-9]{3}){2}(?![0-9])")
_SHARE_CODE = re.compile(
    r"(?<![^\W\d_])(?i:right[ \t-]to[ \t-]work|immigration(?:[ \t]status)?|e-?visa)[ \t]{1,3}(?i:share[ \t-]?code)"
    r"[ \t]{0,3}[:#]?[ \t]{0,3}([A-Z0-9]{3}[ \t-]?[A-Z0-9]{3}[ \t-]?[A-Z0-9]{3})(?![A-Za-z0-9])")
_A_LETTER = re.compile("[A-Z]")
_A_DIGIT = re.compile("[0-9]")


def reason(form: str) -> str:
    """IMMIGRATION_NUMBER when canonical `form` holds an A-Number or a right to work's share code after its label
    (above), or ""."""
    if _A_NUMBER.search(form) is not None:
        return IMMIGRATION_NUMBER
    for match in _SHARE_CODE.finditer(form):
        code = match.group(1)
        if _A_LETTER.search(code) is not None and _A_DIGIT.search(code) is not None:
            return IMMIGRATION_NUMBER
    return ""
