"""A utility customer's own records after their labels (closer 103, issue 16: energy and water suppliers' meter and
billing pages): a meter's number (key_lexicon.METER_NUMBERS: `Zählernummer`, `meter serial`, `numéro de compteur`)
and a direct debit's mandate reference (key_lexicon.MANDATES: `Mandatsreferenz`, `référence du mandat`,
`machtigingskenmerk`), each naming one customer's supply or authorisation.

After those words, a blank, a colon, `#` or `=`, then one token of six letters and digits or more holding four digits
(a dash, a dot or a slash between its parts: `1ESY116729364`, `STROM-7293641802-01`) is the customer's. Digits alone
there are the number rule's, as after any personal label (detector.py); the labels' words are the key lexicon's, so
a key of them is personal too (`meter_number=`). A meter alone (`Landis+Gyr E470`, `meter_type=SMETS2`) and a
meter's reading (`Zählerstand 12345 kWh`) name no one. The reason names the rule, never the value.

A holder's record at a supplier, a council, a library or a benefits office (closer 153: HOLDER_RECORDS, by language:
an energy or a broadband account, a customer's number, a council tax reference, a rates assessment, a library card, a
benefit claim's or a case's reference, a fibre terminal's serial) is read the same way, its number word maybe after
the label (`n°`, `no.`, `Nr`) and the supplier's name maybe before its colon (`Numer klienta Tauron: …`). A label
with no number of four digits after it is a page's (`Case reference guide`, `Library card – apply online`); an
order's or a contract's number alone is a purchase's (`Order ref: SUMMER25`), not read here.
"""

from __future__ import annotations

import re
from typing import Dict, Iterator

from . import key_lexicon
from .canonical import canonical

UTILITY_RECORD = "holds a meter's number or a direct debit's mandate after its label"
HOLDER_RECORD = "holds a customer's, a claimant's or a card holder's number after its label"

# A holder's record's label by language (above): lower case, words apart by a blank.
HOLDER_RECORDS: Dict[str, str] = {
    "English": "energy_account gas_account electricity_account water_account broadband_account fibre_account "
    "customer_number customer_no council_tax_reference council_tax_ref council_tax_account ct_ref "
    "rates_assessment assessment_no assessment_number library_card claim_ref claim_reference case_reference case_ref "
    "ont_serial ont_serial_number nbn_location_id lpt_property_id property_tax_reference property_tax_ref",
    # (a line's contract: `Glasfaser-Anschluss Vertragsnummer`; a contract's number alone is a purchase's)
    "German": "kundennummer kundennr kindergeldnummer vorgangsnummer bibliotheksausweis anschluss_vertragsnummer",
    "French": "carte_de_bibliothèque numéro_client numéro_allocataire référence_prise",
    "Italian": "cliente codice_cliente numero_cliente tessera_biblioteca", "Polish": "numer_klienta nr_klienta",
    "Swedish": "kundnummer lånekort lånekortsnummer",
    # (closer 155: a line's or a connection's order at one address, by language, its reference after it: a line
    # network's order, `Openreach order ref`; a shop's order alone is a purchase's)
    "lines": "line_order line_order_ref line_order_reference openreach_order openreach_order_ref connection_order "
    "connection_order_ref installation_order_ref anschlussauftrag bereitstellungsauftrag commande_de_raccordement "
    "référence_de_raccordement orden_de_instalación ordine_di_attivazione aansluitorder",
    # (closer 155: a parking permit's or a disabled person's badge's number, key_lexicon.PERMITS)
    "permits": " ".join(phrase.replace(" ", "_") for line in key_lexicon.PERMITS.values()
                        for phrase in line.split("|")),
}


def _label_patterns(table: Dict[str, str]) -> Iterator[str]:
    """Each of a lexicon table's words as a label's pattern in the canonical form (no marks, lower case), its words'
    joints any of ` _.-` or none."""
    for words in table.values():
        for word in words.split():
            parts = canonical(word.replace("_", " "))[0].lower().split()
            yield "[ _.\\-]{0,2}".join(re.escape(part) for part in parts)


_LABELS = sorted({*_label_patterns(key_lexicon.METER_NUMBERS), *_label_patterns(key_lexicon.MANDATES)},
                 key=lambda pattern: (-len(pattern), pattern))
# A label (no letter glued before or after it), maybe its abbreviation's dot, a separator, and one token.
_RECORD = re.compile(
    "(?i:(?<![^\\W\\d_])(?:" + "|".join(_LABELS) + "))\\.?(?![A-Za-z])"
    r"[ \t]{0,2}[:#=]?[ \t]{0,2}([0-9A-Za-z]{1,24}(?:[-./][0-9A-Za-z]{1,24}){0,3})(?![0-9A-Za-z])")
# ... a holder's label, maybe its number word, maybe one capitalized word (a supplier's) or a parenthesis (`(PTO)`)
# before a colon, then one token as above.
_HOLDER_RECORD = re.compile(
    "(?i:(?<![^\\W\\d_])(?P<label>" + "|".join(sorted(_label_patterns(HOLDER_RECORDS),
                                                       key=lambda pattern: (-len(pattern), pattern)))
    + "))\\.?(?![A-Za-z])(?:[ ]?(?i:n[o\u00b0]|nr|n|number|nummer|numer)\\.?(?![A-Za-z]))?"
    r"(?:[ ](?:[A-Z][A-Za-z]{2,15}|\([A-Z]{2,5}\))(?=[ ]?:))?"
    r"[ \t]{0,2}[:#=]?[ \t]{0,2}([0-9A-Za-z]{1,24}(?:[-./][0-9A-Za-z]{1,24}){0,3})(?![0-9A-Za-z])")
_DIGIT = re.compile("[0-9]")
# (closer 159, review 26) After a holder's record's label, a token followed by the word of what it names, a plan, a
# tariff, a season, a template or an offer, by language, is that thing's code, no holder's number (`Broadband account:
# FTTP1000 plan`, `Library card: 2026/27 season`).
_KIND_AFTER = re.compile(
    r"[ \t]{1,3}(?i:plans?|tariffs?|tarife?|tarifa|tariffa|season|saison|temporada|stagione|seizoen|sezon|template"
    r"|vorlage|mod[eè]le|plantilla|modello|sjabloon|bundle|package|paket|offer|angebot|offre|oferta|deal|speed"
    r"|edition|version)(?![^\W\d_])")
_LENGTH = 6
_DIGITS = 4
# (closer 166, review 27) A permit's or a badge's number may hold five digits (`Blue Badge 58391`): a council's permits
# are counted in thousands, and the label names its holder's record alone (key_lexicon.PERMITS).
_PERMIT_LABEL = re.compile("|".join(_label_patterns({"permits": HOLDER_RECORDS["permits"]})), re.IGNORECASE)
_PERMIT_LENGTH = 5


# What `reason` needs: a label's stem (`meter`, `zahler`, `compteur`, `contador`, `contatore`, `licznik`, `mandat`,
# `machtiging`) in lower case or capitals, searched by the detector (CUE_SOURCE, compiled there: one scan in C, and a
# text holding none reads nothing of this module).
CUE_SOURCE = ("eter|ETER|ahler|AHLER|ompteur|OMPTEUR|ontador|ONTADOR|ontatore|ONTATORE|icznik|ICZNIK|andat|ANDAT"
              "|achtiging|ACHTIGING"
              # (a holder's record's last words: account, number, reference, card, serial, claimant's, customer's)
              "|ccount|CCOUNT|umm|UMM|umer|UMER|ef|EF|ard|ARD|ekort|EKORT|erial|ERIAL|lient|LIENT|ssessment|SSESSMENT"
              "|ausweis|AUSWEIS|ocation|OCATION|roperty|ROPERTY|llocataire|LLOCATAIRE|rise|RISE|_no|ustomer|USTOMER|ibliot|IBLIOT"
              # (closer 155: a line's order's, a permit's or a badge's, key_lexicon.PERMITS)
              "|rder|RDER|uftrag|UFTRAG|accordement|ACCORDEMENT|nstalaci|NSTALACI|ttivazione|TTIVAZIONE"
              "|adge|ADGE|ermit|ERMIT|ationnement|ATIONNEMENT|vergunning|VERGUNNING|ontrassegno|ONTRASSEGNO|arkeer|ARKEER"
              "|arking|ARKING|istintivo|ISTINTIVO|illst|ILLST|esiden|ESIDEN|ermesso|ERMESSO|arkberecht|ARKBERECHT")


def reason(form: str) -> str:
    """UTILITY_RECORD when canonical `form` holds a meter's number or a mandate's reference after its label (above),
    or "". (Its caller tests CUE_SOURCE first.)"""
    for match in _RECORD.finditer(form):
        token = match.group(1)
        if len(token) >= _LENGTH and len(_DIGIT.findall(token)) >= _DIGITS:
            return UTILITY_RECORD
    for match in _HOLDER_RECORD.finditer(form):
        token = match.group(2)
        length = _PERMIT_LENGTH if _PERMIT_LABEL.fullmatch(match.group("label")) is not None else _LENGTH
        if len(token) >= length and len(_DIGIT.findall(token)) >= _DIGITS and _KIND_AFTER.match(
                form, match.end()) is None:
            return HOLDER_RECORD
    return ""
