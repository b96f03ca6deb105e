"""A driver's and a traveller's own ids in mobility (closer 111, the fifty-seventh attack): read by their labels'
meaning and their layouts, in free text and in ids alike (a label's words say the value is text).

- An e-mobility contract id (EMAID, ISO 15118 and eMI3): the country's two capitals, the provider's three letters or
  digits, the id type `C` (a contract's) and the contract's instance of eight letters and digits, maybe a check
  character, dashed or compact (`DE-8AA-C57391400-K`, `DE8AAC57391401X`). Read in a text that names it, a contract,
  an account or a charge (`EMAID`, `Vertragsnummer`, `contrat`, `Charging account`, a JSON's or a query's `emaid`):
  its check character is not computed, as senders print ids whose check the standard's algorithm does not give; the
  label and the layout decide. A public charge point's EVSE id (`DE*ION*E40201`, its type `E`) is no contract's.
- A charging card's id after a charging card's label (`charge card`, `Ladekarte`, `Laadpas`, `badge de recharge`,
  `tessera di ricarica`, `tarjeta de recarga`, `karta ładowania`, `RFID`), in the few words after it: its RFID UID in
  hex bytes (`04:57:39:14:b2:6e:81`) or its printed number, a token of five digits or more (`NL-ALF-573914-8`,
  `IT*ENX*573914*77`). `Chargemap Pass RFID card`, `charging cable 7 m 32 A` name no card's number.
- A toll transponder's id after its label (`Telepass n.`, `FASTag ID`, `E-ZPass tag`, `transponder`), a token of
  six digits or more; a travel card's number after the card's name (`OV-chipkaart`, `BahnCard 100 Nr.`,
  `photocard`, `Oyster card number`), eight digits or more, maybe in groups (`BahnCard 25 2. Klasse` is a product).
- A driving licence's number by its layout alone: the UK's (DVLA): five letters of the surname padded with `9`, the
  decade's digit, the month (plus 50 for a woman) and the day, the year's digit, two initials padded with `9`, a
  digit and two check letters (`KESTE706219O99TF`); and India's after `DL` or a driving licence's label: a state's
  code, its office's two digits, the year of issue and seven digits (`DL No. MH12 20110057391`).

The values are read in the canonical form; the reasons name the kind, never the value.
"""

from __future__ import annotations

import re

from .national_ids import gtin

EMOBILITY_CONTRACT = "holds an e-mobility contract id (EMAID)"
CHARGING_CARD = "holds a charging card's id after its label"
TOLL_TRANSPONDER = "holds a toll transponder's id after its label"
TRAVEL_CARD = "holds a travel card's number after its label"
DRIVING_LICENCE = "holds a driving licence's number in its layout"

# An EMAID: country, provider, `C`, the instance (a digit in it), maybe its check character; the same separator (a
# dash or none) throughout. (It opens on two capitals; the boundary is tested after them.)
_EMAID = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}(-?)[A-Z0-9]{3}\1C(?=[A-Z]{0,7}[0-9])[A-Z0-9]{8}(?:\1[A-Z0-9])?"
                    r"(?![A-Za-z0-9])")
# The words of a text naming a contract, an account or a charge, by meaning in the lexicon's languages; compact, only
# the id's own or a contract's (fifteen capitals and digits are a code's length too).
_CONTRACT_WORDS = r"e-?ma-?id|e-?mobilit|contra[ct]t|contrato|contratto|vertrag|kontrakt|umowa"
_EMAID_CONTEXT = re.compile(f"(?i:{_CONTRACT_WORDS}|account|konto|compte|cuenta|conto|charg|lade|laad|recarga"
                            r"|ricarica|recharge|ladowani)")
_COMPACT_EMAID_CONTEXT = re.compile(f"(?i:{_CONTRACT_WORDS})")

# A charging card's label by meaning: a card, pass, tag or badge for charging, in the lexicon's languages; RFID.
_CHARGING_CARD_LABEL = re.compile(
    r"(?i:(?<![^\W\d_])(?:(?:ev[ ]|e-)?charg(?:e|ing)[ \-]?(?:card|pass|tag|badge|key[ ]?fob|chip)"
    r"|lade[ \-]?(?:karte|chip|pass|tag)|laad(?:pas|kaart|tag|sleutel)"
    r"|(?:badge|carte|pass)[ ]de[ ]recharge|tessera[ ](?:di[ ])?ricarica|(?:tarjeta|cartao|llavero)[ ]de[ ]recarga"
    r"|karta[ ](?:do[ ])?ladowania|rfid[ \-]?(?:uid|(?:card|tag|chip|badge)[ \-]?(?:uid|id|number|no\.?))))")
# A toll transponder's label by its product's or its kind's name.
_TOLL_LABEL = re.compile(
    r"(?i:(?<![^\W\d_])(?:telepass|fastag|e-?z[ ]?pass|sunpass|i-?pass|peach[ ]?pass|txtag|toll[ ]?tag|tolltag"
    r"|transponder|via-?t|bip[ ]?&[ ]?go|badge[ ]telepeage|liber-?t|via[ ]?verde|autopass|brobizz|go-?box"
    r"|e-?toll|toll[ ]collect))")
# A travel card's label by its scheme's name (a card of one holder: a photocard, a personal chip card).
_TRAVEL_CARD_LABEL = re.compile(
    r"(?i:(?<![^\W\d_])(?:ov-?chip(?:kaart)?|bahn[ ]?card|photo[ ]?card|oyster(?:[ ]card)?|navigo|suica|pasmo"
    r"|bilhete[ ]unico|clipper(?:[ ]card)?|opal[ ]card|myki|octopus[ ]card|t-?money|leap[ ]card|presto[ ]card"
    r"|travel[ ]?card|season[ ]ticket|zeitkarte|abono[ ]transporte|mobib|swisspass"
    # (closer 128) a railcard's, a rail pass's or a discount card's name, a card of one holder too: `Railcard` (`16-25
    # Railcard`), `Carte Avantage`, `CartaFRECCIA`, `Eurail Pass`, `Halbtax`, `Vorteilscard`, `Tarjeta Dorada`
    r"|rail[ ]?card|carte[ ](?:avantage|liberte|grand[ ]voyageur)|carta[ ]?(?:freccia|verde|argento)"
    r"|(?:eu|inter)rail(?:[ ](?:global|one[ ]country))?[ ]pass|halbtax(?:[ -]?abo)?|generalabonnement"
    r"|vorteils[ ]?card|klimaticket|tarjeta[ ](?:dorada|mas[ ]renfe)))")
# A card's id after its label: a token of letters and digits joined by `*`, `:`, `-`, `.` or `/`, or digit groups
# apart by blanks. (Read in the few words after the label: _WINDOW characters.)
_CARD_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?:[0-9]{1,6}(?:[ ][0-9]{1,6}){1,5}(?![0-9])"
                         r"|[A-Za-z0-9]{1,24}(?:[*:./\-][A-Za-z0-9]{1,24}){0,8})(?![A-Za-z0-9])")
_WINDOW = 64
_SHORT_WINDOW = 28
_CARD_DIGITS = 5
_TOLL_DIGITS = 6
_TRAVEL_DIGITS = 8
_HEX_UID = re.compile(r"[0-9A-Fa-f]{2}(?:[:\- ][0-9A-Fa-f]{2}){3,9}(?![0-9A-Za-z])")

# The UK's licence (DVLA): surname's five letters padded with 9, decade, month (+50), day, year, initials padded with
# 9, a digit, two check letters; maybe in its three printed blocks. In one case, capitals or lower case.
_DVLA = (r"[A-Z](?:[A-Z]{4}|[A-Z]{3}9|[A-Z]{2}99|[A-Z]999|9999)[ ]?[0-9](?:[05][1-9]|[16][0-2])"
         r"(?:0[1-9]|[12][0-9]|3[01])[0-9][ ]?[A-Z][A-Z9][0-9][A-Z]{2}")
_UK_LICENCE = re.compile(f"(?<![A-Za-z0-9])(?:{_DVLA}|{_DVLA.lower()})(?![A-Za-z0-9])")
# India's licence after `DL` or a driving licence's label: a state's or territory's code, its office's two digits,
# the year of issue and seven digits.
_INDIAN_STATES = ("AN AP AR AS BR CG CH DD DL DN GA GJ HP HR JH JK KA KL LA LD MH ML MN MP MZ NL OD OR PB PY RJ SK "
                  "TN TR TS UK UP WB").split()
_INDIAN_LICENCE = re.compile(
    r"(?<![^\W\d_])(?i:dl|driv(?:er'?s?|ing)[ ]licen[cs]e)(?:[ ]?(?i:no\.?|nr\.?|number|#))?[ ]?[:#=]?[ ]{0,2}"
    f"(?:{'|'.join(_INDIAN_STATES)})[ \\-]?[0-9]{{2}}[ \\-]?(?:19|20)[0-9]{{2}}[ \\-]?[0-9]{{7}}(?![A-Za-z0-9])")

# What `reason` needs, searched by the detector in the text as it is (one scan in C; text holding none reads nothing
# of this module): a label's opening letters in any case, or a DVLA number's month and day run of digits.
CUE_SOURCE = (r"(?i:ema|e-ma|contra|vertrag|account|konto|compte|cuenta|conto|charg|lade|laad|recarg|ricaric|recharg"
              r"|rfid|telepass|fastag|z[ ]?pass|sunpass|i-?pass|peach|txtag|toll|transponder|via|bip|liber|autopass"
              r"|brobizz|go-?box|chip|bahn|photo|oyster|navigo|suica|pasmo|bilhete|clipper|opal|myki|octopus"
              r"|t-?money|leap|presto|travel|season|zeitkarte|abono|mobib|swisspass|dl|licen"
              r"|rail|carte[ ][algv]|carta|halbtax|generalabo|vorteils|klimaticket|tarjeta[ ][dm])"
              r"|[0-9][0156][0-9][0-3][0-9]{2}")


def _digits(token: str) -> int:
    return sum(character.isdigit() for character in token)


def _product_code(token: str) -> bool:
    """Whether `token` is a product's GTIN (8, 12, 13 or 14 digits passing GS1's check): a title's `EAN 4006381333931`
    after a card holder's name is the holder's code, not a card's number."""
    return token.isdigit() and len(token) in (8, 12, 13, 14) and gtin(token)


# (closer 128) A date in a token is a card's or a pass's validity, not its number (`BahnCard 25 bis 18.12.2026`,
# `EURAIL-GP-15D2M-20260612`): its digits are not counted. ISO's or a compact year, month and day, or a day, a month
# and a year.
_DATE_IN_TOKEN = re.compile(
    r"(?<![0-9])(?:(?:19|20)[0-9]{2}([-./]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0?[1-9]|[12][0-9]|3[01])([-./])(?:0?[1-9]|1[0-2])\2(?:19|20)?[0-9]{2})(?![0-9])")
# (closer 128) Only a number word or sign, a colon or a dash between the card's name and the token: the token is the
# card's number (`Railcard number: …`, `CartaFRECCIA n. …`), even when its digits pass a GTIN's check.
_NUMBER_WORD_BETWEEN = re.compile(r"[ ]{0,2}(?:(?i:n[o°]?|nr|num|number|nummer|numero)\.?[ ]{0,2})?[:#-]?[ ]{0,2}")


def _card_digits(token: str) -> int:
    """The digits of `token` outside a date (above)."""
    digits = _digits(token)
    return digits - sum(_digits(date.group()) for date in _DATE_IN_TOKEN.finditer(token)) if digits >= 8 else digits


def _token_after(form: str, label: re.Pattern[str], window: int, least_digits: int) -> bool:
    """Whether a label of `label` in `form` has a token of `least_digits` digits or more within `window` characters
    after it (each label's window read once: linear)."""
    for match in label.finditer(form):
        end = match.end()
        span = form[end:end + window]
        if any(_card_digits(token.group()) >= least_digits and not (
                _product_code(token.group()) and _NUMBER_WORD_BETWEEN.fullmatch(span, 0, token.start()) is None)
               for token in _CARD_TOKEN.finditer(span)):
            return True
        if label is _CHARGING_CARD_LABEL and _HEX_UID.search(span) is not None:
            return True
    return False


def reason(form: str) -> str:
    """A driver's or a traveller's own id in canonical `form` (above), or "". (Its caller tests CUE_SOURCE first.)"""
    for match in _EMAID.finditer(form):
        context = _EMAID_CONTEXT if match.group(1) else _COMPACT_EMAID_CONTEXT
        if context.search(form) is not None:
            return EMOBILITY_CONTRACT
    if _token_after(form, _CHARGING_CARD_LABEL, _WINDOW, _CARD_DIGITS):
        return CHARGING_CARD
    if _token_after(form, _TOLL_LABEL, _SHORT_WINDOW, _TOLL_DIGITS):
        return TOLL_TRANSPONDER
    if _token_after(form, _TRAVEL_CARD_LABEL, _SHORT_WINDOW, _TRAVEL_DIGITS):
        return TRAVEL_CARD
    if _UK_LICENCE.search(form) is not None or _INDIAN_LICENCE.search(form) is not None:
        return DRIVING_LICENCE
    return ""
