"""What ends a label in free text and opens its value (closers 106, 107 and 109): the one notion for every reader of
a label and the value after it, in the canonical form: postal.py's name after a person's label (_LABELLED) and street
line after an address's label (_labelled_street_line), labelled_values.py's value after a personal label (its marks,
read backwards: SEPARATORS, value_start). A label ends on

- a colon (a full-width one folds to `:`; a Tibetan shad, `།`, is one), its blanks, and maybe a line break after
  them: a form's field printed on two lines (`Shipping address:\\n12 Elm Street`, `Sender: \\nO'Quendrix, Anna`);
- `=`, with or without blanks (`address1=742 Evergreen Terrace`, `Address = 12 Elm Street`);
- a dash between blanks (`Address - 12 Elm Street`; an en or an em dash folds to `-`);
- a line break or a tab when the label is the whole of its line or its cell (`Lieferadresse\\nHauptstraße 5`,
  `Address\\t742 Evergreen Terrace`): a form exported one field a line, a row's cells.

A label opens the text, a line or a cell, a field after `;`, `|` or a quote, or a sentence after its mark and a blank;
what the label's words are, and what its value must be, is each reader's own. `=` and a dash are weak ends (a
setting's or a title's parts stand apart by them as often: `Name=Size`, `Address - Contact Us`), and so is a line
(`Delivery address\\nAdd new`): a reader asks more of the value after them (ended_weakly).
"""

from __future__ import annotations

# A colon: `:` (a full-width colon is one in the canonical form) or a Tibetan shad.
COLON = "[:\\u0f0d]"
# A colon, its blanks and maybe a line break (the value on the next line).
COLON_END = f"[ \\t]{{0,3}}{COLON}[ \\t]{{0,3}}(?:\\r?\\n[ \\t]{{0,3}})?"
# The mark that ends a label, blanks before it left to the reader: a colon with its blanks and maybe a line break
# after, `=`, or a dash with a blank on each side.
MARK = f"(?:{COLON}(?:[ \\t]{{0,3}}\\r?\\n)?|=|(?<=[ \\t])-(?=[ \\t]))"
# Any end a label takes inside its line: a colon, `=`, a dash between blanks.
INLINE_END = (f"[ \\t]{{0,3}}(?:{COLON}[ \\t]{{0,3}}(?:\\r?\\n[ \\t]{{0,3}})?|=[ \\t]{{0,3}}"
              f"|(?<=[ \\t])-[ \\t]{{1,3}})")
# ... and those of a label that is its whole line or cell: the line break or the tab after it.
WHOLE_LINE_END = r"[ \t]{0,3}(?:\r?\n|(?<=\t))[ \t]{0,3}"
# A URL's query value (after `?key=` or `&key=`) or fragment (after `#` glued to the path) opens a field as a line
# does, once decoded in place (`?gift_message=Nimi: McQuendrix, Chloe&x=1`, `/thanks#Acheteur : Chloe …`: the
# canonical form decodes the value where it stands), and the next parameter (`&key=`) ends it.
URL_VALUE_OPENS = r"[?&][\w.\-\[\]]{1,40}=|#(?<=[\w/]#)"
URL_VALUE_ENDS = r"&(?=[\w.\-\[\]]{1,40}=)"
# The characters one of the ends needs (a text with none holds no labelled value).
END_MARKS = ":\u0f0d=-\t\n"
# The ends as substrings a reader finds with str.find, in C (a dash's blanks part of it): the colon's blanks and line
# break after it are skipped by value_start.
SEPARATORS = (":", "=", " - ")
# What may stand between a label's last word and its end: an abbreviation's dot (`Customer No. - …`, `Kunden-Nr. :`),
# blanks, Markdown's emphasis (`**Name:**`).
BEFORE_MARK = " \t.*"


def label_then_end(label: str) -> str:
    """A pattern of `label` (a pattern of its words, its own groups kept) where a label opens (above), then its end:
    any inline end, or a line break or a tab when the label opened its line or cell. The value opens where the match
    ends. (One pass: the opening is remembered by an empty group, tested once after the label.)"""
    return (f"(?:(?P<label_opens_line>^|(?<=[\\n\\r\\t]))|(?<=[;|\"])|(?<=[,.?!][ \\t]))[ \\t]{{0,3}}{label}"
            f"(?(label_opens_line)(?:{INLINE_END}|{WHOLE_LINE_END})|{INLINE_END})")


def ended_weakly(form: str, at: int) -> bool:
    """Whether the label whose words end at `at` in `form` ends with `=` or a dash, not a colon (its dot, emphasis and
    blanks skipped: a few characters)."""
    while form[at:at + 1] in (" ", "\t", ".", "*"):
        at += 1
    return form[at:at + 1] in ("=", "-")


def ends_after(form: str, at: int) -> int:
    """How many label ends `form` holds from `at` on (a colon, `=`, a dash between blanks; counted in C)."""
    return form.count(":", at) + form.count("\u0f0d", at) + form.count("=", at) + form.count(" - ", at)


def value_start(form: str, at: int) -> int:
    """Where the value opens after a label's end mark closing at `at` of `form`: past its blanks and, after a colon,
    one line break and the blanks after it (`Patient ID:\\nX48172639Z`; a few characters)."""
    colon = form[at - 1:at] in (":", "\u0f0d")
    while form[at:at + 1] in (" ", "\t"):
        at += 1
    if colon and form[at:at + 2] in ("\n", "\r\n") or colon and form[at:at + 1] == "\n":
        at += 2 if form[at] == "\r" else 1
        while form[at:at + 1] in (" ", "\t"):
            at += 1
    return at
