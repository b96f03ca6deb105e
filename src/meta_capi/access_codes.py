"""A home's access code after its label (closer 134, the sixty-sixth attack): a gate's, a door's, a building's
entry, an alarm's, an intercom's or a key safe's code or PIN, as a locksmith's, a cleaner's or a courier's note gives
it, is a credential as a password is: who reads it opens the door.

- The label by meaning and language: a thing that opens (a gate, a door, an entry, an alarm, an intercom, a key safe
  or lock box) and a code's word, in English's and the Germanic languages' order, apart or glued (`Gate code:`, `Key
  safe code`, `Torcode`, `deurcode`, `Alarmcode`), or the Romance and Slavic languages' (`code portail`, `digicode`,
  `código del portal`, `codice cancello`, `kod do domofonu`); Japanese `暗証番号`, `解錠番号`. A key safe, a lock box
  or an alarm named before a code's word a few words on is one too (`Key safe by the back door, code …`).
- The code: four to twelve digits, maybe letters `A`-`D`, `*` or `#` among them (a keypad's), right after the label,
  its colon, `#`, `is` or `no.` between. A label without one goes out (`Gate code required at delivery`, `Key safe
  (4-digit code) – Black`), and so does an alarm clock's time (`Alarm clock 7:00`: no code's word).

Read in the canonical form; the reason names the kind, never the value.
"""

from __future__ import annotations

import re

ACCESS_CODE = "holds an access code after its label"

# The things that open, before a code's word (English, German, Dutch; canonical: accents folded).
_OPENER = (r"gate|door|front[ ]door|back[ ]door|entry|entrance|building|access|alarm|intercom|buzzer|garage"
           r"|key[ ]?safe|key[ ]?box|lock[ ]?box|padlock|tor|tur|haustur|eingangs?|zugangs?|garagen|klingel"
           r"|schlussel(?:safe|tresor|kasten)|deur|voordeur|poort|toegangs?|sleutel(?:kluis|kastje)|alarm(?:anlagen)?")
_CODE_WORD = r"code|pin|passcode|pass[ ]code|combination|combo|pin-?code|zahlencode|kombination"
# The Romance and Slavic order: a code's word, then what it opens.
_ROMANCE = (r"digicode|code[ ](?:d'acces|de[ ]la[ ]porte|du[ ]portail|portail|porte|porche|de[ ]l'immeuble|immeuble"
            r"|de[ ]l'alarme|alarme|interphone|boite[ ]a[ ]cles|de[ ]la[ ]boite[ ]a[ ]cles|garage)"
            r"|(?:codigo|clave)[ ](?:del[ ]|de[ ]la[ ]|de[ ])?(?:portal|puerta|acceso|alarma|garaje|portero"
            r"|caja[ ]de[ ]llaves|porton)"
            r"|codice[ ](?:del[ ]|della[ ]|dell'|d'|di[ ])?(?:cancello|portone|accesso|allarme|citofono|porta"
            r"|cassetta(?:[ ]delle[ ]chiavi|[ ]chiavi)?|garage)"
            r"|kod[ ](?:do[ ])?(?:domofonu|bramy|furtki|drzwi|alarmu|dostepu|sejfu(?:[ ]na[ ]klucze)?|garazu|klatki)"
            r"|code[ ](?:van[ ](?:de[ ]|het[ ])?)?(?:poort|deur|sleutelkluis|alarm)"
            r"|code[ ](?:fur|zum|zur)[ ](?:das[ ]|die[ ]|den[ ])?(?:tor|tur|haustur|alarmanlage|schlusseltresor)")
_JAPANESE = r"暗証番号|解錠番号|解除番号|オートロック番号|ドアコード|キーボックス番号"
# What stands between a label and its code: a colon, a number's sign or word, `is`.
_BETWEEN = r"[ \t]{0,2}(?:[:#=][ \t]{0,2}|(?:is|ist|est|no\.?|nr\.?|n°)[ \t]{1,2})?[#*]?"
_CODE = r"([0-9A-D*#]{3,12})(?![\w./\-:])"
_LABELLED = re.compile(
    f"(?<![^\\W\\d_])(?i:(?:{_OPENER})[ \\-]?(?:{_CODE_WORD})|{_ROMANCE})" + _BETWEEN + _CODE
    + f"|(?:{_JAPANESE})" + _BETWEEN + _CODE)
# A key safe, a lock box or an alarm named a few words before a code's word (one sentence: no stop between).
_NAMED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:key[ ]?safe|key[ ]?box|lock[ ]?box|schlussel(?:safe|tresor|kasten|box)|sleutelkluis"
    r"|boite[ ]a[ ]cles|caja[ ]de[ ]llaves|cassetta[ ](?:di[ ]sicurezza[ ])?(?:delle[ ]|per[ ])?chiavi"
    r"|sejf[ ]na[ ]klucze|alarm|alarme|alarma|allarme)(?![^\W\d_])[^.;!?\n]{1,40}?(?<![^\W\d_])"
    f"(?i:{_CODE_WORD}|codigo|codice|kod)" + _BETWEEN + _CODE)
_LEAST_DIGITS = 4
# (closer 189, eighty-seventh attack) A key safe's or a lock box's own label before its colon and code, no code's word
# between (`Lockbox: …`, `Key safe: …`, `Schlüsselbox: …`): the box holds nothing else to label; and `Schlüsselbox`
# among the boxes named before a code's word (`Schlüsselbox am Gartentor, Code …`).
_BOX_LABELLED = re.compile(
    r"(?<![^\W\d_])(?i:key[ ]?safe|key[ ]?box|lock[ ]?box|schlussel(?:safe|tresor|kasten|box)|sleutel(?:kluis|kastje)"
    r"|boite[ ]a[ ]cles|caja[ ]de[ ]llaves)[ \t]{0,2}[:#=][ \t]{0,2}" + _CODE
    # (ending the text or a clause: a model's year goes on in words, `Lockbox: 2024 model`)
    + r"(?=[ \t]{0,2}(?:$|[,;.!)\n]|-[ \t]))")

# What a label holds, searched by the detector in the text as it is: a code's word or a Japanese label's.
CUE = re.compile(r"(?i:code|pin|box|safe|kluis|kastje|combination|combo|codigo|codice|clave|kod|kombination|kit"
                 r"|sample|specimen|gedmatch"
                 r"|ftdna|nummer|numero|barcode|barras|proben|activat|aktivier)"
                 r"|暗証|解錠|解除|オートロック|ドアコード|キーボックス")


# (closer 145, sixty-eighth attack) A test kit's code after its label by language: a DNA or a health kit's activation
# code, its sample's barcode or id, its kit's number (`Activation code: …`, `Sample barcode: …`, `GEDmatch kit T…`,
# `Aktivierungscode`, `code d'activation`, `código de activación`, `kod aktywacyjny`), or the query's value of a kit's
# activation link (`/activate?code=…`). Whoever holds it claims the kit and its results, as a password: six digits at
# least, so that a promotion's code shared by all (`Activation code: SAVE10`) goes out.
KIT_CODE = "holds a test kit's code after its label"
_KIT_LABEL = (r"(?:kit[ ]|dna[ ]|test[ ])?activation[ ](?:code|key|number|id)|kit[ ](?:activation[ ])?(?:code|id"
              r"|number|no\.?|nr\.?|barcode)|sample[ ](?:barcode|id|code|number|no\.?)|specimen[ ](?:barcode|id)"
              r"|gedmatch(?:[ ]kit)?(?:[ ](?:number|no\.?|id))?|ftdna[ ]kit|aktivierungs(?:code|nummer|schlussel)"
              r"|kit-?nummer|proben[- ]?(?:id|code|barcode|nummer)|code[ ]d'activation|numero[ ]d'activation"
              r"|code-?barres?[ ](?:de[ ]l'|d')echantillon|codigo[ ]de[ ](?:activacion|ativacao)"
              r"|codigo[ ]de[ ]barras[ ]de[ ]la[ ]muestra|codice[ ](?:di[ ]attivazione|del[ ]campione)"
              r"|activeringscode|kod[ ](?:aktywacyjny|aktywacji|probki)")
_KIT_LABELLED = re.compile(f"(?<![^\\W\\d_])(?i:{_KIT_LABEL})" + _BETWEEN
                           + r"([A-Za-z0-9][A-Za-z0-9\-]{4,23})(?![\w./\-:])")
# A kit's activation or registration link's query key before its code (`/activate?code=…`, `/register?kit=…`).
_KIT_LINK = re.compile(r"(?i:activat|register|registrier|activer|activar|attiva|activeer|aktyw)[^?\s\"'<>]{0,40}\?"
                       r"(?:[^\s#\"'<>]{0,200}&)?(?i:code|kit|kit_?id|barcode|activation_?code|sample_?id)="
                       r"([A-Za-z0-9][A-Za-z0-9\-]{4,23})(?![A-Za-z0-9\-])")
_KIT_LEAST_DIGITS = 6
# (closer 148) ... or a code mostly of letters drawn at random: letters and digits mixed, in five runs or more over
# eight characters at least (`7F3K-92QX-LM4P`, `4X7Q9K2M`); a promotion's code is a word or two and a number
# (`SAVE20`, `BLACKFRIDAY25`, `XMAS24GIFT10`: four runs at most).
_KIT_LEAST_RUNS = 5
_KIT_LEAST_CHARACTERS = 8
_RUN = re.compile("[0-9]+|[A-Za-z]+")


def _a_kit_code(code: str) -> bool:
    """Whether `code` after a kit's label is a kit's own (above), not a promotion's."""
    if sum(character.isdigit() for character in code) >= _KIT_LEAST_DIGITS:
        return True
    runs = _RUN.findall(code)
    return len(runs) >= _KIT_LEAST_RUNS and sum(len(run) for run in runs) >= _KIT_LEAST_CHARACTERS


def reason(form: str) -> str:
    """An access code after its label in canonical `form` (above), or a test kit's; or "". (Its caller tests CUE
    first.)"""
    for pattern in (_LABELLED, _NAMED_BEFORE, _BOX_LABELLED):
        for match in pattern.finditer(form):
            code = match.group(1) or match.group(2) if pattern is _LABELLED else match.group(1)
            if code and sum(character.isdigit() for character in code) >= _LEAST_DIGITS:
                return ACCESS_CODE
    for pattern in (_KIT_LABELLED, _KIT_LINK):
        if any(_a_kit_code(match.group(1)) for match in pattern.finditer(form)):
            return KIT_CODE
    return ""
