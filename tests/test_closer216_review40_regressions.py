"""Closer 216: review 40's regressions of session 50 (closers 213 and 214, tidy 50), fixed by rule, with their nearest
look-alikes both ways.

- chat_lines: a dash between blanks is a speaker's colon only before a question (its `?` on the line); a title, a
  brand, a drink, a breed or a mountain before a dash announces with `!` (`Tom Ford – new fragrance out now!`, `Rob
  Roy – cocktail of the week!`, `jack russell – puppies for sale!` go out). A colon still reads `!` or `?`.

The price (asserted below): a speaker's full name before a dash and a message with `!` and no `?`
(`Velmora Quistrandel – running late again!`).
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    # (chat_lines: a dash before an announcement)
    'Tom Ford – new fragrance out now!', 'Mary Poppins – tickets on sale!', 'Rob Roy – cocktail of the week!',
    'jack russell – puppies for sale!', 'Ben Nevis – summit hike Saturday!', 'Harry Potter - new edition out now!',
    'Peter Pan — on stage tonight!', 'Coco Chanel – new perfume out now!',
    # (the price: personal variants that now go out)
    'Velmora Quistrandel – running late again!', 'orla quenby – see you at 8!',
]

PERSONAL = [
    # (chat_lines: a dash before a question, a colon before a message)
    'Velmora Quistrandel – are you free tonight?', 'Velmora Quistrandel - haha yes! drinks friday?',
    'Velmora Quistrandel — running late, ok?', 'orla quenby – are you coming?',
    'Velmora Quistrandel: running late again!', 'Orla Quenby: see you at 8!',
]

globals().update(review_tests(globals()))
