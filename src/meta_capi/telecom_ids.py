"""A subscriber's telecom identifiers (closer 102, the fifty-sixth attack): the numbers a SIM card and an eSIM carry,
read by their own layouts and checks wherever they stand, and the codes that move a number to another operator,
read after their labels.

- A SIM card's number, its ICCID (ITU-T E.118): `89` (ISO/IEC 7812's telecom industry), the country's calling code,
  the issuer's, the card's serial and Luhn's check digit, 19 or 20 digits in all; unbroken or in groups of four as a
  card's back prints them, maybe with the `F` a phone's settings show after it (its stored record's padding). Alone,
  in text and in ids, as a payment card is: in the gate corpus's 70 distinct ordinary numbers of 19 or 20 digits
  (IBANs' digits, tracking numbers, click ids, invoice numbers, a health card's) none opens on `89` but a German
  IBAN's check digits, glued to its `DE` and failing Luhn; a random click id of 64 bits (`yclid`) is one in a
  thousand, where the card rule already takes one in twenty-five (19 digits opening 4, 5, 6 or 3 with Luhn's sum).
  The calling code after `89` is not checked: E.164's codes take nearly every pair (US cards write `01`), so it
  would turn away few numbers.
- An eUICC's id, its EID (GSMA SGP.29): 32 digits opening `89`, the last two making the whole number 1 mod 97 (ISO
  7064's MOD 97-10, an IBAN's check), unbroken or in fours; no ordinary id is 32 digits long.
- An eSIM's activation code (GSMA SGP.22): `LPA:` as its QR code writes it, the format `1`, `$`, the SM-DP+
  server's host, `$` and the matching id, the subscription's one-time secret (an optional object id and flag
  after it); the grammar is the label, wherever it stands.
- A number porting code after its label, in the layout its regulator gives it: the UK's porting authorisation code
  (Ofcom's PAC: three letters and six digits, `PAC code: …`, `with PAC … ` in running text) and its service
  termination code (STAC: six digits and three letters), France's RIO (relevé d'identité opérateur: the operator's
  two digits, `P` or `E`, six characters and its key's three, computed with the line's number and so not checkable
  here); after a label naming a porting or migration code by its words (Italy's `Codice di migrazione`, `porting
  code`, `Portierungscode`), one token of six letters and digits or more holding four digits, as a person's id
  after its label (labelled_values.py).

The values are read in the canonical form; the reasons name the kind, never the value.
"""

from __future__ import annotations

import re

from .national_ids import luhn

SIM_CARD = "holds a SIM card's number (ICCID)"
EUICC_ID = "holds an eSIM chip's id (EID)"
ESIM_ACTIVATION_CODE = "holds an eSIM's activation code"
PORTING_CODE = "holds a number porting code after its label"

# An ICCID: `89`, then 17 or 18 digits, unbroken or in fours (the same blank or dash between the groups, the last of
# three or four), maybe with a phone's `F` glued after it; not part of a longer run of groups. (Each pattern opens on
# its literal, `89` or `1$`, the boundary tested after it: the regex engine searches for a literal prefix in C.)
_ICCID = re.compile(r"89(?<![0-9A-Za-z]89)[0-9]{2}([ -]?)[0-9]{4}\1[0-9]{4}\1[0-9]{4}\1[0-9]{3,4}"
                    r"(?!\1[0-9])[Ff]?(?![0-9A-Za-z])")
# An EID: `89`, then 30 digits, unbroken or in fours.
_EID = re.compile(r"89(?<![0-9A-Za-z]89)[0-9]{2}([ -]?)[0-9]{4}(?:\1[0-9]{4}){6}(?!\1[0-9])(?![0-9A-Za-z])")
_NOT_DIGITS = re.compile(r"[^0-9]")


def sim_reason(form: str) -> str:
    """A SIM card's ICCID or an eSIM chip's EID in canonical `form` (above), or "" (its caller tests for `89` and
    19 characters first)."""
    for match in _ICCID.finditer(form):
        digits = _NOT_DIGITS.sub("", match.group())
        if luhn(digits):
            return SIM_CARD
    if len(form) >= 32:
        for match in _EID.finditer(form):
            if int(_NOT_DIGITS.sub("", match.group())) % 97 == 1:
                return EUICC_ID
    return ""


# An eSIM's activation code: the format `1` (after `LPA:` or a separator), `$`, the server's host (a dot in it),
# `$`, a matching id of four characters or more.
_ACTIVATION_CODE = re.compile(r"1\$(?<![0-9A-Za-z$]1\$)[0-9A-Za-z-]{1,63}(?:\.[0-9A-Za-z-]{1,63}){1,8}"
                              r"\$[0-9A-Za-z-]{4,}")

# A porting code's label: the UK's PAC and STAC, France's RIO (each then a code's or a number's word, maybe), or the
# words naming a porting or a migration code by meaning in the languages of the countries that have one (lower case,
# their accents folded as the canonical form folds them).
_LABEL_WORDS = (
    "codice di migrazione", "codice migrazione", "codice di trasferimento",  # Italian
    "porting code", "port code", "porting pin", "port out code", "port out pin", "porting authorisation code",
    "porting authorization code", "service termination authorisation code",  # English (Ofcom's names spelled out)
    "portierungscode", "portierungskennung", "portierungs pin",  # German
    "code de portabilite", "code de portage", "releve d identite operateur",  # French
    "codigo de portabilidad", "codigo de portabilidade",  # Spanish, Portuguese
    "overstapcode", "porteringscode", "kod przeniesienia", "kod migracji",  # Dutch, Polish
)
_PORTING_LABEL = re.compile(
    "(?<![^\\W_])(?:(?P<pac>pac)|(?P<stac>stac)|(?P<rio>rio)|(?P<words>"
    + "|".join(words.replace(" ", "[ _'-]?") for words in _LABEL_WORDS) + "))(?![^\\W_])"
    r"(?:[ _-](?:code|number|no\.?|nr\.?|n°|nummer|numero))?[ \t]{0,3}[:=#]?[ \t]{0,3}(?:(?:is|ist|est|es|è) )?")
# ... whose first words are searched first, in the form in lower case (an alternation of words, which the regex
# engine looks for by their first letters: a text holding none pays one scan).
_OPENINGS = {"pac", "stac", "rio", *(words.split()[0][:4] for words in _LABEL_WORDS)}
_LABEL_OPENING = re.compile("|".join(sorted(_OPENINGS)))
# What `reason` needs, searched by the detector in the text as it is (CUE_SOURCE, compiled there: one scan in C, and
# a text holding none reads nothing of this module): an activation code's `1$`, or a label's first word in any case
# (the openings are ASCII letters, which `(?i)` matches as lower() finds them).
CUE_SOURCE = "1\\$|(?i:" + "|".join(sorted(_OPENINGS)) + ")"
# ... and the value each label's code takes (read in lower case: a code's letters in either case; a PAC's or a STAC's
# three parts unbroken or all apart, not a count and a word: `STAC 123456 kit`).
_PORTING_VALUES = {
    "pac": re.compile(r"[a-z]{3}( ?)[0-9]{3}\1[0-9]{3}(?![0-9a-z])"),
    "stac": re.compile(r"[0-9]{3}( ?)[0-9]{3}\1[a-z]{3}(?![0-9a-z])"),
    "rio": re.compile(r"[0-9]{2} ?[pe] ?[0-9a-z]{6} ?[0-9a-z]{3}(?![0-9a-z])"),
    "words": re.compile(r"[0-9a-z]{1,40}(?:[-./][0-9a-z]{1,40}){0,3}(?![0-9a-z])"),
}
_CODE_LENGTH = 6
_CODE_DIGITS = 4


def reason(form: str) -> str:
    """An eSIM's activation code or a porting code after its label in canonical `form` (above), or "". (Its caller
    tests CUE_SOURCE first.)"""
    if "1$" in form and _ACTIVATION_CODE.search(form) is not None:
        return ESIM_ACTIVATION_CODE
    low = form.lower()
    for opening in _LABEL_OPENING.finditer(low):
        label = _PORTING_LABEL.match(low, opening.start())
        if label is None:
            continue
        kind = label.lastgroup or "words"
        value = _PORTING_VALUES[kind].match(low, label.end())
        if value is not None and (kind != "words" or _a_codes_token(value.group())):
            return PORTING_CODE
    return ""


def _a_codes_token(value: str) -> bool:
    """Whether `value` (one token) has six letters and digits or more, four of them digits."""
    return sum(character.isalnum() for character in value) >= _CODE_LENGTH and sum(
        character.isdigit() for character in value) >= _CODE_DIGITS
