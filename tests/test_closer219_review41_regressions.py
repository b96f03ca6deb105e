"""Closer 219: review 41's regressions of session 51 (names51's new given names, closer 218's partner keys), fixed by
rule, with their nearest look-alikes both ways.

- A plural of doers (`-ers`, `-ors`, `-ists`, `-ians`) in lower case after a greeted given name is an audience, no
  family name, unless it is a given name's with an `s` (lower_case_names.a_doers_plural, one rule shared with
  dating's `… for Tea Drinkers`): `hi pascal coders, meetup tonight!`, `Hi Gloria singers, rehearsal at 7!` go out;
  `hi anna quenby, meetup tonight!`, `Hi Anna Quenby, welcome!`, `hi anna peters, trip at 9!` are still refused.

The price (asserted below): a family name shaped like such a plural and no given name's with an `s` (`myers`,
`sellers`, `rogers` while `roger` is off given_names), written in lower case after a greeted given name, goes out;
capitalized it is still refused.
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    'hi pascal programmers, new compiler!', 'hi sidney cyclists, ride tonight!', 'hi logan commuters, delays today!',
    'Hi Pascal coders, meetup tonight!', 'Hi Anna coders, meetup tonight!', 'hi ruth bakers, classes tonight!',
    'hey maria collectors, new pieces in!', 'hi anna historians, lecture at 7!', 'hi anna editors, deadline today!',
    'Hi Gloria singers, rehearsal at 7!',
    # (the price: a family name shaped like a plural of doers, in lower case)
    'hi anna myers, meetup tonight!', 'Hi Anna myers, meetup tonight!', 'hi anna sellers, trip at 9!',
    'hi anna rogers, meetup tonight!',
]

PERSONAL = [
    'hi anna quenby, meetup tonight!', 'Hi Anna Quenby, welcome!', 'hi anna peters, trip at 9!',
    'hi orla quenby, trip at 9!', 'hi pascal quenby, meetup tonight!',
    'Hi Anna Myers, meetup tonight!', 'hi anna walters, meetup tonight!',
]

globals().update(review_tests(globals()))
