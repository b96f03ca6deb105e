"""The shapes of a person's name in running text, shared by the layouts that read one (self_introductions.py,
named_in_text.py): a name's words and where a name ends, where a phrase or a clause opens, and what tells a
person's name from a generic addressee's or a business's words."""

from __future__ import annotations

from typing import Iterator, Tuple

from .postal import _NAME_PARTICLE, _NOT_A_PERSON, _PERSON_WORD, CAPITAL_LETTERS

# What ends a name in a sentence: the text's end, a mark, blanks and a lower-case word, or a dash between blanks
# (as in postal.py).
END = r"(?=[ \t]{0,3}(?:$|[,.;:!?)\n\"])|[ \t]{1,3}(?:[a-z]|-[ \t]))"
# A name's word, and the ʻokina (U+02BB) of Hawaiian, Tongan and Samoan inside it (`Keʻala`, `Fifitaʻapaki`).
# (and the letters the canonical form keeps outside ASCII: Danish `Kjærgaard`, twenty-sixth attack)
WORD = f"{_PERSON_WORD}(?:ʻ[a-z]{{1,29}}|[æœßþð][a-z]{{0,29}}){{0,3}}"
FULL_NAME = f"{WORD}[ \\t]{{1,3}}{_NAME_PARTICLE}{WORD}(?:[ \\t]{{1,3}}{WORD})?"
# A name in a text in capitals or in lower case, where no case tells it (twenty-fifth attack): two or three words of
# capitals of any cased alphabet (postal.CAPITAL_LETTERS: `ÞÓRUNN ÆGISDÓTTIR`), or of letters in lower case, as a full
# name is (`LEONOR REMEDIOSQA`, `priya raghunathan`).
CAPITAL_WORD = f"[{CAPITAL_LETTERS}][{CAPITAL_LETTERS}'’\\-]{{1,29}}"
CAPITAL_NAME = f"{CAPITAL_WORD}(?:[ \\t]{{1,3}}{CAPITAL_WORD}){{1,2}}"
LOWER_WORD = "[a-z][a-z'’\\-]{1,29}"
CASELESS_NAME = f"{CAPITAL_NAME}|{LOWER_WORD}(?:[ \\t]{{1,3}}{LOWER_WORD}){{1,2}}"
# Where a phrase opens: the text's start, or after a blank, a mark or a JSON string's quote.
OPENS = r"(?:^|(?<=[\s,.;:!?(\"]))"
# Where a clause opens: the text's start, or after a mark or a line break (and blanks).
CLAUSE = r"(?:^|(?<=[,.;:!?(\"\n]))[ \t]{0,3}"


def after_a_stop(form: str, start: int) -> bool:
    """Whether `start` follows a comma, a full stop or a semicolon of `form`, and up to three blanks (read in place)."""
    at = start
    while at > 0 and start - at < 3 and form[at - 1] in " \t":
        at -= 1
    return at > 0 and form[at - 1] in ",.;"


def capital_blocks(form: str) -> Iterator[Tuple[int, int]]:
    """The spans of `form`'s runs of lines with no letter in lower case (each line read once)."""
    block = -1
    start = 0
    while True:
        end = form.find("\n", start)
        stop = len(form) if end < 0 else end
        line = form[start:stop]
        if line.upper() == line:
            block = start if block < 0 else block
        elif block >= 0:
            yield block, start - 1
            block = -1
        if end < 0:
            break
        start = end + 1
    if block >= 0:
        yield block, len(form)


def a_person(name: str) -> bool:
    """Whether the words of `name` are no generic addressee's nor a business's (`Customer Service`, `Example Shop`)."""
    return not any(word.lower() in _NOT_A_PERSON for word in name.split())
