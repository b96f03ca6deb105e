"""Personal data put together from pieces, for the detector (detector.py): readings of a canonical form in which an
address or a number written in parts is whole again. Each reading is judged as free text, never sent.

- JSON text: each string is read joined by `@` to each of the next two (the next value, whether or not a key stands
  between them), when the first is shaped like an address's local part holding `.` or `+` and the other like a
  domain (`{"user": "jo.smith", "domain": "example.com"}`, `["jo.smith", "example.com"]`).
- A code in capitals (no lower-case letter): a `-` between a dotted name and a domain reads as `@`
  (`WELCOME-JO.SMITH-EXAMPLE.COM`, an address upper-cased into a code with its `@` made a dash).
- Seven number words or more in a row (`six five zero ...`: English, German, French, Spanish, Italian, Portuguese,
  Dutch, Swahili, Indonesian and Turkish) read as their digits.

(Slugged addresses are rejoined by canonical.py with the other spelled addresses; lower-case base32 and IPv4 written
with commas are read by the detector's own rules.) Each reading needs what its shape cannot do without (`"`, capitals,
seven words), which detector.reason tests first, so an ordinary value pays a few membership tests. Every pattern is
linear: its repeated parts are separated by characters they cannot match.
"""

from __future__ import annotations

import re
from typing import Dict, List

from .canonical import by_first_letter, canonical

# ---- object text -----------------------------------------------------------------------------------------------
_QUOTED = re.compile(r'"([^"\\]{1,256})"')
# A local part holding `.` or `+` (what addresses hold and words do not, as for a word for "@"), and a domain:
# labels, a dot and a top-level domain of letters (the detector judges the joined address).
_LOCAL = re.compile(r"[A-Za-z0-9._%+-]{1,64}")
_DOMAIN = re.compile(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,63}")


def _local_part(text: str) -> bool:
    """Shaped like an address's local part with a `.` or `+` in it, each dotted label holding a letter (`v1.2` is a
    version), and not like a file name (`logo.png`) or a domain (`example.com`): a name ending in a dot and two to
    four letters is one of those."""
    if _LOCAL.fullmatch(text) is None or not ("." in text or "+" in text):
        return False
    labels = text.split(".")
    tail = labels[-1]
    return all(label.strip("0123456789_%+-") for label in labels) and not (2 <= len(tail) <= 4 and tail.isalpha())


def _object_reading(form: str) -> str:
    """Each quoted string shaped like a local part joined by `@` to each of the next two shaped like a domain."""
    strings = _QUOTED.findall(form)
    pairs = []
    for index, text in enumerate(strings[:-1]):
        if _local_part(text):
            for other in strings[index + 1:index + 3]:
                if _DOMAIN.fullmatch(other) is not None:
                    pairs.append(f"{text}@{other}")
    return " ".join(pairs)


# ---- codes --------------------------------------------------------------------------------------------------
# A dotted name after the start, a blank or a `-`, then `-` and a domain (checked by the detector's address rule).
_CODE_ADDRESS = re.compile(r"(?<![^\s-])([A-Z0-9_+]+(?:\.[A-Z0-9_+]+)+)-(?=[A-Z0-9]+(?:\.[A-Z0-9]+)*\.[A-Z]{2})")


def _code_address(match: re.Match[str]) -> str:
    name = match.group(1)
    # each label of the name holds a letter: `V1.2-RC.FINAL` is a version
    return f"{name}@" if all(label.strip("0123456789_+") for label in name.split(".")) else match.group()


# ---- numbers ---------------------------------------------------------------------------------------------------
# The number words of English, German, French, Spanish, Italian, Portuguese, Dutch, Swahili, Indonesian (Malay) and
# Turkish, folded as values are (accents, case, look-alikes: Turkish `altı` is `alti`): a run of seven or more (a
# phone number has more) read as digits.
_NUMBER_WORDS: Dict[str, str] = {}
for _digit, _words in enumerate((
        "zero oh null nul cero sifuri nol kosong sıfır", "one eins un uno um een moja satu bir",
        "two zwei deux dos dois due twee mbili dua iki", "three drei trois tres tre drie tatu tiga üç",
        "four vier quatre cuatro quattro quatro nne empat dört", "five funf cinq cinco cinque vijf tano lima beş",
        "six sechs seis sei zes sita enam altı", "seven sieben sept siete sette sete zeven saba tujuh yedi",
        "eight acht huit ocho otto oito nane delapan sekiz", "nine neun neuf nueve nove negen tisa sembilan dokuz")):
    for _word in _words.split():
        _NUMBER_WORDS[_word if _word.isascii() else canonical(_word)[0].lower()] = str(_digit)
_WORD = f"(?:{by_first_letter(_NUMBER_WORDS)})"
# Searched in the lower-cased form after a blank added before it, each word after a separator: a search skips to
# the separators.
_NUMBER_WORD_RUN = re.compile(f"[\\s,-]{_WORD}(?:[\\s,-]{{1,3}}{_WORD}(?![^\\W\\d_])){{6,}}")
_LETTERS = re.compile(r"[^\W\d_]+")
_MIN_WORDS_TEXT = 20  # seven two-letter words and six blanks


def _number_words(match: re.Match[str]) -> str:
    return " " + "".join(_NUMBER_WORDS[word] for word in _LETTERS.findall(match.group()))


def readings(form: str, words: bool = True) -> List[str]:
    """The readings of canonical `form` in which pieces are put together (see the module's docstring), each only
    when `form` holds its shape; number words only when `words`."""
    found: List[str] = []
    if '"' in form and ("{" in form or "[" in form):
        joined = _object_reading(form)
        if joined:
            found.append(joined)
    if "-" in form and "." in form and form.isupper():
        code = _CODE_ADDRESS.sub(_code_address, form)
        if code != form:
            found.append(code)
    if words and len(form) >= _MIN_WORDS_TEXT and form.count(" ") >= 6:
        low = " " + form.lower()
        if _NUMBER_WORD_RUN.search(low) is not None:
            found.append(_NUMBER_WORD_RUN.sub(_number_words, low))
    return found
