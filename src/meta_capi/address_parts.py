"""A street line made a home's by the part of an address beside it, for the detector (closer 234, review 45).

A street line alone is a shop's as often as a home's (`Lindenweg 7`: a documented price, docs/privacy-gate.md), and
the layouts of postal.py want its next part after it (a town, a post code). A part only a home has makes the line a
person's without that next part:

- a flat's or a floor's word and its number, before the line and a comma (`Flat 2B, 45 Kensington High St`, `3rd
  floor, 12 Rue Oberkampf`) or after it, ending the text (`Karl-Marx-Allee 90 Wohnung 23`, `ul. Długa 5 m. 12`,
  `Schillerstr 7 2.OG links`), by language (FLAT_WORDS, FLOOR_WORDS);
- `c/o` and who the mail is in care of, before the line and a comma (`c/o Müller, Lindenweg 7`);
- a flat after a slash following a number's word (`Bağdat Caddesi No: 123/5`);
- (closer 236) a house's number and its flat's after a street's word opening the line, as Russian, Ukrainian and
  Polish write them, a dash or a slash between (`ул. Ленина, 10-25`, `Aleja Jana Pawła II 12/34`): a single house
  has one number, so the second is a flat's (STREET_FIRST_WORDS);
- the post code and its town before the line (`10115 Berlin, Torstraße 1`, `ZIP 10115 Berlin Musterstr 12`), read
  in the usual order (postal.street_line_before_code).

Suites and units are offices' and shops' as often, and are no home's part here. A line after a business's label
(closer 227: `Filiale: …`) stays the business's. Each layout is one anchored match on a text of one short line, then
one judgment of the street line (postal.street_line_alone): linear.
"""

from __future__ import annotations

import re
from typing import Dict

from .business_labels import BUSINESS_LABEL
from .canonical import canonical
from .postal import STREET_WORDS_FIRST, street_line_alone, street_line_before_code

# A flat's word by language, before its number (`Wohnung 23`, `m. 12`, Turkish `D:4`, daire); a dot or a colon as
# written. Lexicon data.
FLAT_WORDS: Dict[str, str] = {
    "English": "flat apt apartment", "German": "wohnung whg.", "French": "appartement appt", "Dutch": "appartement",
    "Spanish": "puerta pta.", "Italian": "interno int.", "Polish": "mieszkanie m. lok.", "Turkish": "daire d:",
}
# A floor's word by language, after its number or before it (`3rd floor`, `2.OG`, `3e étage`, `piso 2`, `Kat 3`).
FLOOR_WORDS: Dict[str, str] = {
    "English": "floor", "German": "og etage stock obergeschoss", "French": "etage", "Spanish": "piso planta",
    "Italian": "piano", "Polish": "pietro",
}
# (closer 236) A street's word opening a line before the street's name (`ул.`, `улица`, `проспект`, `вул.`, Polish
# `ul.`, `al.`, `aleja`, `os.`): postal's words for those languages (not `plac`: `Plac zabaw`, a playground), and the
# few it writes elsewhere (Latin `ul.`) or not at all.
STREET_FIRST_WORDS: Dict[str, str] = {
    language: f"{STREET_WORDS_FIRST[language]} {extra}" for language, extra in (
        ("Russian", "площадь"), ("Ukrainian", "просп."), ("Polish", "ul. os."))}
# (Turkish `kat` is a shelf's tier as often, `4 Kat Raf`, `Kitap Cadde No 5 Kat 2`: review 23's look-alikes; not read)
# Where on the floor a German flat is (`links`, `rechts`, `Mitte`), after the floor.
_SIDES = "links|rechts|li|re|mitte"


def _alternation(table: Dict[str, str]) -> str:
    words = sorted({word for words in table.values() for word in words.split()}, key=lambda word: (-len(word), word))
    return "|".join(re.escape(word) + ("" if word[-1] in ".:" else r"\.?") for word in words)


_FLAT = f"(?:{_alternation(FLAT_WORDS)})[ \\t]{{0,3}}#?[0-9]{{1,4}}[a-z]?(?![^\\W_])"
_FLOOR = (f"(?:[0-9]{{1,2}}(?:st|nd|rd|th|e|er|eme|o|a)?\\.?[ \\t]?(?:{_alternation(FLOOR_WORDS)})"
          f"|(?:{_alternation(FLOOR_WORDS)})[ \\t]{{0,3}}[0-9]{{1,2}})(?![^\\W_])")
_CARE_OF = r"c/o[ \t]{1,3}[^,\n\r]{1,40}"
_UNIT_FIRST = re.compile(f"(?i:{_FLAT}|{_FLOOR}|{_CARE_OF})[ \\t]{{0,3}},[ \\t]{{0,3}}")
# (closer 236) ... or a flat's with no comma before the house's number, the line maybe ending on its town's word or two
# (`apt 4b 55 oak st brooklyn`, as a note is typed)
_FLAT_FIRST = re.compile(f"(?i:{_FLAT})[ \\t]{{1,3}}(?=[0-9])")
_TOWN_WORD_LAST = re.compile(r"[ \t]{1,3}[^\W\d_]{2,20}$")
_UNIT_LAST = re.compile(f"(?:[ \\t]{{1,3}}|[ \\t]{{0,3}},[ \\t]{{0,3}})(?i:{_FLAT}|{_FLOOR}(?:[ \\t](?:{_SIDES}))?)"
                        r"[ \t.]{0,3}$")
_SLASHED_FLAT = r"(?i:no|nr|n°)\.?:?[ \t]{0,3}[0-9]{1,5}(/[0-9]{1,4})"
_SLASHED_FLAT_LAST = re.compile(f"{_SLASHED_FLAT}[ \\t]{{0,3}}$")
# (closer 236) the street's word, up to four words of its name (letters, a Roman numeral's too: `Jana Pawła II`), a
# house's number, a dash or a slash and a flat's number, ending the text
# (in the canonical form, Cyrillic look-alikes folded to Latin letters as the text's are: `ул.` is `yл.`)
_STREET_FIRST = "(?:" + _alternation({language: canonical(words)[0].lower()
                                      for language, words in STREET_FIRST_WORDS.items()}) + ")"
_STREET_FIRST_FLAT = re.compile(
    f"(?i:{_STREET_FIRST})[ \\t]{{0,3}}(?:[^\\W\\d_]{{1,30}}\\.?[ \\t]{{1,3}}){{0,3}}[^\\W\\d_]{{2,30}},?[ \\t]{{1,3}}"
    r"[0-9]{1,3}[^\W\d_]?[ \t]?[-/][ \t]?[0-9]{1,4}[ \t.]{0,3}$")
# (what the layouts of a unit need, searched in the lower-cased text)
CUE_SOURCE = f"(?i:{_FLAT}|{_FLOOR}|c/o)|{_SLASHED_FLAT}|(?i:{_STREET_FIRST})"
# (a post code of five digits, or four that are no year, maybe after `ZIP` or `PLZ`; its town capitalized)
_CODE_AND_TOWN_FIRST = re.compile(r"(?:(?i:zip|plz)\.?:?[ \t]{1,3})?(?P<code>[0-9]{5}|(?!19|20)[1-9][0-9]{3})"
                                  r"[ \t]{1,3}(?P<town>[A-Z][^\W\d_]{2,29}),?[ \t]{1,3}(?=[^\W\d_])")
_LONGEST = 120  # (one line of an address and its parts)
CODE_LABELS = frozenset(("zip", "plz"))  # (a post code's label opening the line, any case: _CODE_AND_TOWN_FIRST's)


def code_first_cued(form: str) -> bool:
    """Whether `form` may open on a post code and its town (its first character, or `ZIP`/`PLZ`, inline)."""
    return form[:1].isdigit() or form[:3].lower() in CODE_LABELS


def home_line(form: str) -> bool:
    """Whether canonical `form`, one short line, is a street line and a part of the address only a home has beside
    it: a flat, a floor or a c/o, a flat after a number's slash, or its post code and town before it (above)."""
    if len(form) > _LONGEST or "\n" in form or "\r" in form:
        return False
    if _STREET_FIRST_FLAT.match(form) is not None:
        return True
    first = _UNIT_FIRST.match(form)
    if first is not None:
        return street_line_alone(form[first.end():])
    first = _FLAT_FIRST.match(form)
    if first is not None:
        line = form[first.end():]
        for _ in range(3):  # (the line, then without its town's last word, then its last two)
            if street_line_alone(line):
                return True
            cut = _TOWN_WORD_LAST.search(line)
            if cut is None:
                break
            line = line[:cut.start()]
    last = _UNIT_LAST.search(form) or _SLASHED_FLAT_LAST.search(form)
    if last is not None:
        street = form[:last.start(1) if last.re is _SLASHED_FLAT_LAST else last.start()]
        return BUSINESS_LABEL.match(street) is None and street_line_alone(street)
    code = _CODE_AND_TOWN_FIRST.match(form) if code_first_cued(form) else None
    return code is not None and street_line_before_code(
        f"{form[code.end():].strip(' .')} {code.group('code')} {code.group('town')}")
