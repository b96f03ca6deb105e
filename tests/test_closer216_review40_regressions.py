"""Closer 216: review 40's regressions of session 50 (closers 213 and 214, tidy 50), fixed by rule, with their nearest
look-alikes both ways.

- chat_lines: a dash between blanks is a speaker's colon only before a question (its `?` on the line); a title, a
  brand, a drink, a breed or a mountain before a dash announces with `!` (`Tom Ford – new fragrance out now!`, `Rob
  Roy – cocktail of the week!`, `jack russell – puppies for sale!` go out). A colon still reads `!` or `?`.
- dated_names._PARTY_NAMED: a venue's room, floor, yard or seat by language is what a booking is for
  (booked_names.NOT_BOOKED_NAMES: `Reservation for downstairs, party of 4`, `Reserva para azotea, 4 personas`), and
  German's compounds on `-terrasse` are common nouns (common_words._COMPOUND_HEADS: `Sonnenterrasse`).

The price (asserted below): a speaker's full name before a dash and a message with `!` and no `?`
(`orla quenby – see you at 8!`; closer 223 refuses `Velmora Quistrandel – running late again!`, a short everyday
message); a family name that is a venue's room (`Reservation for Booth, party of
4`, `Tisch für Serre, 2 Personen`).
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    # (chat_lines: a dash before an announcement)
    'Tom Ford – new fragrance out now!', 'Mary Poppins – tickets on sale!', 'Rob Roy – cocktail of the week!',
    'jack russell – puppies for sale!', 'Ben Nevis – summit hike Saturday!', 'Harry Potter - new edition out now!',
    'Peter Pan — on stage tonight!', 'Coco Chanel – new perfume out now!',
    # (dated_names: a venue's room)
    'Reservation for downstairs, party of 4', 'Reservation for Mezzanine, 6 guests', 'Reserva para azotea, 4 personas',
    'Reservierung für Dachterrasse, zwei Personen', 'Reservering voor bovenzaal (20 personen)',
    'Prenotazione per cortile, 4 persone',
    # (the price: personal variants that now go out)
    'Reservation for Booth, party of 4', 'Tisch für Serre, 2 Personen', 'orla quenby – see you at 8!',
]

PERSONAL = [
    # (chat_lines: a dash before a question, a colon before a message)
    'Velmora Quistrandel – are you free tonight?', 'Velmora Quistrandel - haha yes! drinks friday?',
    'Velmora Quistrandel — running late, ok?', 'orla quenby – are you coming?',
    'Velmora Quistrandel: running late again!',
    # (closer 223: a speaker before a short everyday message ending the line, its `!` aside)
    'Velmora Quistrandel – running late again!',
    # (dated_names: a family name or a lower-case name off every vocabulary before a party's size)
    'Reservation for quistrandel, party of 4', 'Reservation for Quistrandel, 6 guests',
    'Reservierung für Quistrandel, zwei Personen', 'Reservation for Keller, party of 4', 'Orla Quenby: see you at 8!',
]

globals().update(review_tests(globals()))
