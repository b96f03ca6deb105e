"""What ends a label in free text and opens its value (closer 107): one notion for every reader of a label and the
value after it, in the canonical form (postal.py's street line after an address's label reads it; a reader of a name
after a person's label may too). A label ends on

- a colon (a full-width one folds to `:`), its blanks, and maybe a line break after them: a form's field printed on
  two lines (`Shipping address:\\n12 Elm Street`);
- `=`, with or without blanks (`address1=742 Evergreen Terrace`, `Address = 12 Elm Street`);
- a dash between blanks (`Address - 12 Elm Street`; an en or an em dash folds to `-`);
- a line break or a tab when the label is the whole of its line or its cell (`Lieferadresse\\nHauptstraße 5`,
  `Address\\t742 Evergreen Terrace`): a form exported one field a line, a row's cells.

A label opens the text, a line or a cell, a field after `;`, `|` or a quote, or a sentence after its mark and a blank;
what the label's words are, and what its value must be, is each reader's own (a dash or a line ends a page title's
part or a menu's item as often: `Address - Contact Us`, `Delivery address\\nAdd new`).
"""

from __future__ import annotations

# A colon, its blanks and maybe a line break (the value on the next line).
COLON_END = r"[ \t]{0,3}:[ \t]{0,3}(?:\r?\n[ \t]{0,3})?"
# Any end a label takes inside its line: a colon, `=`, a dash between blanks.
INLINE_END = r"[ \t]{0,3}(?::[ \t]{0,3}(?:\r?\n[ \t]{0,3})?|=[ \t]{0,3}|(?<=[ \t])-[ \t]{1,3})"
# ... and those of a label that is its whole line or cell: the line break or the tab after it.
WHOLE_LINE_END = r"[ \t]{0,3}(?:\r?\n|(?<=\t))[ \t]{0,3}"
# The characters one of the ends needs (a text with none holds no labelled value).
END_MARKS = ":=-\t\n"


def label_then_end(label: str) -> str:
    """A pattern of `label` (a pattern of its words, its own groups kept) where a label opens (above), then its end:
    any inline end, or a line break or a tab when the label opened its line or cell. The value opens where the match
    ends. (One pass: the opening is remembered by an empty group, tested once after the label.)"""
    return (f"(?:(?P<label_opens_line>^|(?<=[\\n\\r\\t]))|(?<=[;|\"])|(?<=[,.?!][ \\t]))[ \\t]{{0,3}}{label}"
            f"(?(label_opens_line)(?:{INLINE_END}|{WHOLE_LINE_END})|{INLINE_END})")
