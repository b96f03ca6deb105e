"""A sole trader's own VAT id, for the detector (closer 142, sixty-ninth attack: invoicing). A VAT id with its
country's prefix and its check goes out as a business's (company_numbers.py); a sole trader's business is its owner,
and so is its number: after a sole trader's legal form (SOLE_TRADER_FORMS: `Einzelunternehmer`, `ditta individuale`,
`entrepreneur individuel`, `EI`, `micro-entreprise`, `eenmanszaak`, `sole trader`) the VAT id within its line is the
trader's own (`Einzelunternehmer – USt-IdNr. DE…`, `Ditta individuale – P.IVA IT…`).

A Dutch VAT id issued before 2020 holds its sole trader's BSN (`NL<BSN>B01`); a company's holds its RSIN, which has
the BSN's layout and its 11-test: the digits alone cannot tell them apart, so a Dutch VAT id is read as a person's
only after a sole trader's form as the others are (`BTW NL…B01` beside a `B.V.`, or alone, goes out).
"""

from __future__ import annotations

import re

from .canonical import by_first_letter

# A sole trader's legal form, by language (canonical, lower case; `EI` read in capitals alone, below).
SOLE_TRADER_FORMS = {
    "English": "sole trader|sole proprietor|sole proprietorship",
    "German": "einzelunternehmer|einzelunternehmerin|einzelunternehmen|einzelkaufmann|einzelkauffrau",
    "French": "entrepreneur individuel|entrepreneuse individuelle|entreprise individuelle|micro-entreprise"
              "|micro-entrepreneur|micro-entrepreneuse|auto-entrepreneur|auto-entrepreneuse",
    "Italian": "ditta individuale|impresa individuale", "Spanish": "empresario individual|empresaria individual",
    "Portuguese": "empresario em nome individual|empresario individual", "Dutch": "eenmanszaak|eenmanszaken",
    "Polish": "jednoosobowa dzialalnosc gospodarcza",
}
_FORMS = sorted({form for forms in SOLE_TRADER_FORMS.values() for form in forms.split("|")})
_OPENS = "(?<![^\\W\\d_])"
_CLOSES = "(?![^\\W\\d_])"
_FORM_WORDS = f"{_OPENS}(?:" + by_first_letter(_FORMS).replace("\\ ", "[ \\t]{1,3}") + ")"
# What the detector searches first (compiled there) in the lower-cased form: a form's word, or `ei` alone.
CUE_SOURCE = f"{_FORM_WORDS}|{_OPENS}ei{_CLOSES}"
_FORM = re.compile(f"(?i:{_FORM_WORDS})|{_OPENS}EI{_CLOSES}")
# A VAT id: a country's prefix (Austria's `ATU`) and eight to twelve digits, maybe a Dutch `B01`, glued or after a
# blank; or a VAT label's digits (`P.IVA 02481765010`, `USt-IdNr.: 248176502`).
_VAT_ID = re.compile(r"(?<![A-Za-z0-9])(?:ATU|[A-Z]{2})[ ]?[0-9]{8,12}(?:B[0-9]{2})?(?![0-9A-Za-z])"
                     r"|(?i:p\.?[ ]?iva|partita[ ]iva|ust-?idnr\.?|ust-?id|tva|btw(?:-id)?|vat|nif|nip)[ .:#-]{0,3}"
                     r"[0-9]{8,12}(?![0-9])")
_WINDOW = 80  # (the VAT id follows the form within its line)


def reason(form: str) -> bool:
    """Whether canonical `form` holds a VAT id after a sole trader's legal form within its line (above)."""
    found = _FORM.search(form)
    if found is None:
        return False
    line_end = form.find("\n", found.end())
    stop = min(len(form) if line_end < 0 else line_end, found.end() + _WINDOW)
    return _VAT_ID.search(form, found.end(), stop) is not None


# (closer 189, eighty-seventh attack) ... and a sole trader's business number by its register's label beside the
# legal form, before or after it within its line: France's SIREN and SIRET (a micro-entrepreneur's), Poland's NIP and
# REGON (a JDG's), Australia's ABN, the UK's UTR, grouped by blanks or dashes (`Micro-entrepreneur – SIREN 739 … –
# …`, `Jednoosobowa działalność gospodarcza … – NIP 739-…`, `ABN 51 … – … (sole trader)`). The same numbers beside a
# company's form, or alone, go out (company_numbers.py); so does a Dutch KvK number, a guide's example as often
# (`Eenmanszaak starten – KvK 12345678`: closer 142).
_REGISTER_NUMBER = re.compile(r"(?<![^\W\d_])(?i:siren|siret|nip|regon|abn|utr)[ .:#-]{0,3}"
                              r"[0-9](?:[ \-]?[0-9]){7,13}(?![0-9])")


def numbered(form: str) -> bool:
    """Whether canonical `form` holds a business register's number (above) within the line of a sole trader's legal
    form, before it or after it within _WINDOW characters."""
    for found in _FORM.finditer(form):
        line_start = form.rfind("\n", 0, found.start()) + 1
        line_end = form.find("\n", found.end())
        start = max(line_start, found.start() - _WINDOW)
        stop = min(len(form) if line_end < 0 else line_end, found.end() + _WINDOW)
        if _REGISTER_NUMBER.search(form, start, stop) is not None:
            return True
    return False
