"""Personal data put together from pieces, for the detector (detector.py): readings of a canonical form in which an
address or a number written in parts is whole again. Each reading is judged as a value is, never sent.

- Object text (JSON, a printed dict): each quoted string is read joined by `@` to each of the next two (the next
  value, whether or not a key stands between them), when it is shaped like an address's local part holding `.`,
  `_` or `+` and the other like a domain (`{"user": "jo.smith", "domain": "example.com"}`).
- A code in capitals (no lower-case letter): a `-` between a dotted name and a domain reads as `@`
  (`WELCOME-JO.SMITH-EXAMPLE.COM`).
- A slug (words joined by `-` or `_`): `-at-`, a word and a top-level domain that ends the slug or comes before its
  number, read as `@word.tld` when the domain has two letters (a country's: `jo-smith-at-example-se-1001`) and as
  `@word` otherwise, an address in free text only for a large mail provider (`jo_at_gmail_com`).
- Four numbers up to 255 joined by commas, grouped as an amount (`185,199,108,153`), read with dots.
- Seven number words or more in a row (`six five zero ...`, in the languages of the key lexicon's numbers) read as
  their digits.

Every reading needs a character its shape cannot do without (a quote and a bracket, `-`, `,`, six blanks), tested
first, so an ordinary value pays a few membership tests. Every pattern is linear: its repeated parts are separated
by characters they cannot match.
"""

from __future__ import annotations

import re
from typing import Dict, List

from .canonical import by_first_letter

# ---- object text -----------------------------------------------------------------------------------------------
_QUOTED = re.compile(r'"([^"\\]{1,256})"')
# A local part holding a letter and `.`, `_` or `+` (what addresses hold and words do not, as for a word for "@"),
# and a domain: labels, a dot and a top-level domain of letters (the detector judges the joined address).
_LOCAL = re.compile(r"[A-Za-z0-9._%+-]{1,64}")
_DOMAIN = re.compile(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,63}")


def _local_part(text: str) -> bool:
    """Shaped like an address's local part, and not like a file name (`logo.png`) or a domain (`example.com`): a
    name ending in a dot and two to four letters is one of those."""
    if _LOCAL.fullmatch(text) is None or text[0] == "." or text[-1] == "." or text.strip("0123456789._%+-") == "":
        return False
    if "." in text:
        tail = text.rpartition(".")[2]
        return not (2 <= len(tail) <= 4 and tail.isalpha())
    return "_" in text or "+" in text


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


# ---- codes and slugs -------------------------------------------------------------------------------------------
# A dotted name after the start, a blank or a `-`, then `-` and a domain (checked by the detector's address rule).
_CODE_ADDRESS = re.compile(r"(?<![^\s-])([A-Z0-9_+]+(?:\.[A-Z0-9_+]+)+)-(?=[A-Z0-9]+(?:\.[A-Z0-9]+)*\.[A-Z]{2})")

def _code_address(match: re.Match[str]) -> str:
    name = match.group(1)
    # each label of the name holds a letter: `V1.2-RC.FINAL` is a version
    return f"{name}@" if all(label.strip("0123456789_+") for label in name.split(".")) else match.group()


# ---- numbers ---------------------------------------------------------------------------------------------------
# The number words of English, German, French, Spanish, Italian, Portuguese and Dutch, folded as values are (no
# accents): a run of seven or more (a phone number has more) read as digits.
_NUMBER_WORDS: Dict[str, str] = {}
for _digit, _words in enumerate((
        "zero oh null nul cero", "one eins un uno um een", "two zwei deux dos dois due twee",
        "three drei trois tres tre drie", "four vier quatre cuatro quattro quatro", "five funf cinq cinco cinque vijf",
        "six sechs seis sei zes", "seven sieben sept siete sette sete zeven", "eight acht huit ocho otto oito",
        "nine neun neuf nueve nove negen")):
    for _word in _words.split():
        _NUMBER_WORDS[_word] = str(_digit)
_WORD = f"(?:{by_first_letter(_NUMBER_WORDS)})"
# Searched in the lower-cased form after a blank added before it, each word after a separator: a search skips to
# the separators.
_NUMBER_WORD_RUN = re.compile(f"[\\s,-]{_WORD}(?:[\\s,-]{{1,3}}{_WORD}(?![^\\W\\d_])){{6,}}")
_LETTERS = re.compile(r"[^\W\d_]+")
MIN_WORDS_TEXT = 20  # seven two-letter words and six blanks


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
    if words and len(form) >= MIN_WORDS_TEXT and form.count(" ") >= 6:
        low = " " + form.lower()
        if _NUMBER_WORD_RUN.search(low) is not None:
            found.append(_NUMBER_WORD_RUN.sub(_number_words, low))
    return found
