"""Names in the texts of support tools, for the detector (detector.py): a support chat, an assistant's summary, a CRM
note, a review's signature (eighteenth attack). Each rule reads a layout that puts a person's name in running text,
never a list of names:

- a self-introduction in lower case (`I am`, `I'm`, `my name is`) before a full name (`Hi, I am Grace Nakato,`;
  after `my name is` one word is enough: nothing else is said so);
- a word for a person in lower case (`the user`, `customer`, `client`) before a full name
  (`the user Tigran Hakobyan asked`);
- an English honorific (`Mr`, `Mrs`, `Ms`, `Mx`, `Miss`) or a chiefly title of Fiji and Tonga (`Ratu`, `Adi`, `Tui`)
  opening the text or after a lower-case word or a comma, before two capitalized words and then a mark or a
  lower-case word, as running text goes on (`Called back Mr. Kwame Mugisha re delivery`; not `Buy Mr. Potato Head
  Toy`), or the text's end after a word in lower case (`Deliver to Ratu Epeli Naivalurua`);
- a signature after `--` (the mark that opens a signature), opening the text, a line or a sentence, its full name
  ending the text, a line or before a comma (`Great fast delivery! -- Tsetseg Dorj, Ulaanbaatar`).

A full name is two or three capitalized words (postal.py's name words), and it ends as a name in a sentence does: the
text's end, a mark, or a blank and a word in lower case; so a title's capitalized words that go on (`Agent
Provocateur`, `Name Tag Set`, `Mr. Clean Magic Eraser`) are not read as a name. Each rule needs its cue's
characters, which `reason` tests in C first.
"""

from __future__ import annotations

import re

from .postal import _NAME_PARTICLE, _PERSON_WORD, PERSON_NAME

# What ends a name in a sentence: the text's end, a mark, or blanks and a lower-case word.
_END = r"(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"])|[ \t]{1,3}[a-z])"
_FULL_NAME = f"{_PERSON_WORD}[ \\t]{{1,3}}{_NAME_PARTICLE}{_PERSON_WORD}(?:[ \\t]{{1,3}}{_PERSON_WORD})?"
# Where a phrase opens: the text's start, or after a blank, a mark or a JSON string's quote.
_OPENS = r"(?:^|(?<=[\s,.;:!?(\"]))"
_INTRODUCED = re.compile(
    f"{_OPENS}(?:(?:I|i)(?:[ \\t]am|['’]m)[ \\t]{{1,3}}{_FULL_NAME}"
    f"|[Mm]y[ \\t]name[ \\t]is[ \\t]{{1,3}}(?:{_FULL_NAME}|{_PERSON_WORD})){_END}")
_PERSON_WORDS = "user|customer|client|buyer|shopper|member|caller|recipient|sender|subscriber"
_PERSON_NAMED = re.compile(f"{_OPENS}(?:{_PERSON_WORDS})[ \\t]{{1,3}}{_FULL_NAME}{_END}")
# The chiefly titles of Fiji and Tonga (`Ratu`, `Adi`, `Tui`: nineteenth attack) stand before a name as `Mr` does.
_TITLES = "Mr|Mrs|Ms|Mx|Miss|Ratu|Adi|Tui"
_HONORIFIC_NAME = f"(?:{_TITLES})\\.?[ \\t]{{1,3}}{_PERSON_WORD}[ \\t]{{1,3}}{_NAME_PARTICLE}{_PERSON_WORD}"
# Articles: after one, a title and two capitalized words ending the text are a thing's name (`the Mr. Potato Head`).
_ARTICLES = "(?:the|a|an|el|la|le|les|los|las|il|lo|un|una|une)"
# (two words, then a mark or a lower-case word: `the Mr. Potato Head`, `Buy Mr. Potato Head Toy` end otherwise; or
# the text's end after a word in lower case that is no article, running text's last words: `Deliver to Ratu Epeli
# Naivalurua`, or after the label addressing a parcel, `Attention:` (`Attn`); not a title opening the text: `Ratu
# Premium Kava`, nor after another label: `Brand: Tui Tonga Vanilla`)
_HONORED = re.compile(f"(?:(?<=[a-z,][ \\t])|^){_HONORIFIC_NAME}(?=[ \\t]{{0,3}}[,.;:!?)\\n\"]|[ \\t]{{1,3}}[a-z])"
                      f"|(?:^|(?<=[\\s\"(]))(?:(?!{_ARTICLES}[ \\t])[a-z]{{1,20}}"
                      f"|(?i:attention|attn)\\.?[ \\t]{{0,3}}:)[ \\t]{{1,3}}{_HONORIFIC_NAME}"
                      f"[ \\t]{{0,3}}(?:$|(?=[,.;!?)\\n\"]))")
_SIGNED = re.compile(f"(?:^|(?<=\\n)|(?<=[.!?])[ \\t]{{1,3}})--[ \\t]{{0,3}}{_FULL_NAME}"
                     r"(?=[ \t]{0,3}(?:$|[,\n\"]))")


def cued(form: str) -> bool:
    """Whether `form` holds a substring one of the layouts needs (the detector tests it before calling `reason`)."""
    return ("m " in form or "M" in form or "er " in form or "nt " in form or "is " in form or "--" in form
            or "Ratu " in form or "Adi " in form or "Tui " in form)


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a name in one of the layouts above, or "" (substring scans in C
    before each pattern: most values hold none of their cues)."""
    if ("am " in form or "'m " in form or "’m " in form) and _INTRODUCED.search(form) is not None:
        return PERSON_NAME
    if "name is" in form and _INTRODUCED.search(form) is not None:
        return PERSON_NAME
    if ("er " in form or "ent " in form) and _PERSON_NAMED.search(form) is not None:  # (each of _PERSON_WORDS' ends)
        return PERSON_NAME
    if (("M" in form and ("Mr" in form or "Ms" in form or "Mx" in form or "Miss" in form)
         or "Ratu " in form or "Adi " in form or "Tui " in form) and _HONORED.search(form) is not None):
        return PERSON_NAME
    return PERSON_NAME if "--" in form and _SIGNED.search(form) is not None else ""
