"""A patient's e-prescription as Germany's E-Rezept writes it (gematik's FHIR API; closer 100), wherever it stands:

- its task id, the prescription's own number: a flow type of three digits (the 160s for the statutory insurers'
  prescriptions, the 200s for the private ones) and four groups of three digits and a check of two, joined by dots
  (`160.000.…`). No amount, version or date is written in six dotted groups of those widths.
- its access code, the bearer secret that redeems it (whoever holds the task id and the code can collect the
  medicine): 64 hex digits, read by its place, as credentials.py reads a provider's secret by its prefix: after the
  FHIR operation that accepts a task (`$accept?ac=`), after its label (`Zugangscode`, `access code`, `accessCode`,
  `code d'accès`), or as an `ac` parameter (`?ac=`, `&ac=`) when the prescription's own words or path stand in the
  same text (`Task/`, `E-Rezept`, `prescription`, `Rezept`, a task id). A cart's hash, a git commit or an ETag of 64
  hex digits has none of those beside it and goes out.

The DataMatrix a pharmacy scans holds both, in JSON (`{"urls":["Task/…/$accept?ac=…"]}`): read as text. The reason
names the rule, never the value.
"""

from __future__ import annotations

import re

PRESCRIPTION = "holds an e-prescription's task id or access code"

# (a flow type's 160s or 200s, four groups of three digits, the check's two; no digit or dot glued to either end)
_TASK_ID = re.compile(r"(?<![0-9A-Za-z.])(?:16|20)[0-9](?:\.[0-9]{3}){4}\.[0-9]{2}(?![0-9]|\.[0-9])")
_HEX_64 = r"[0-9a-fA-F]{64}(?![0-9a-zA-Z])"
# The access code after its label (the label's words in the lexicon's larger languages, joined or apart, maybe its
# colon, `=` or quotes) or after the accept operation's own parameter.
_LABELLED_CODE = re.compile(
    r"(?i:zugangs[ _-]?code|zugriffs[ _-]?code|access[ _-]?code|code[ _-]d['’]?acc[eè]s|c[oó]digo[ _-]de[ _-]acceso"
    r"|codice[ _-]di[ _-]accesso|toegangs[ _-]?code|kod[ _-]dost[eę]pu)"
    r"[\"']?[ \t]{0,2}[:=]?[ \t]{0,2}[\"']?" + _HEX_64
    + r"|\$accept\?ac=" + _HEX_64)
# An `ac` parameter's 64 hex digits, a prescription's only when its words or path stand beside (_PRESCRIPTION_WORDS).
_AC_PARAMETER = re.compile(r"(?<![A-Za-z0-9_])ac=" + _HEX_64)
_PRESCRIPTION_WORDS = re.compile(r"(?i:task/|e-?rezept|rezept|prescription|ordonnance|receta|ricetta)")
# The access code's cues (most texts hold none): with the task id's dotted groups, what the detector looks for in C
# (CUE_SOURCE, compiled there) before it calls `reason`, so that a text holding none reads nothing of this module.
CODE_CUES = ("ode", "ODE", "odi", "ODI", "accept", "ac=", "AC=", "dost", "DOST")
# What `reason` needs, one scan in C: a task id's dotted groups of three digits, or one of CODE_CUES.
CUE_SOURCE = r"[0-9]\.[0-9]{3}\.[0-9]{3}\.|" + "|".join(re.escape(cue) for cue in CODE_CUES)


def reason(form: str) -> str:
    """PRESCRIPTION when canonical `form` holds an e-prescription's task id or access code (above), or "". (Its caller
    tests CUE_SOURCE first.)"""
    if "." in form and _TASK_ID.search(form) is not None:
        return PRESCRIPTION
    if len(form) < 64:  # (an access code's 64 hex digits; the cues were its caller's test)
        return ""
    if _LABELLED_CODE.search(form) is not None:
        return PRESCRIPTION
    return PRESCRIPTION if _AC_PARAMETER.search(form) is not None and _PRESCRIPTION_WORDS.search(
        form) is not None else ""


def access_code_parameter(pair: str, url: str) -> bool:
    """Whether a query's `pair` is an `ac` parameter holding an access code: 64 hex digits, the prescription's words
    or path (or its task id) in the rest of `url` (its path and query)."""
    return pair[:3] == "ac=" and _AC_PARAMETER.fullmatch(pair) is not None and (
        _PRESCRIPTION_WORDS.search(url) is not None or "." in url and _TASK_ID.search(url) is not None)
