"""Closer 219: review 41's regressions of session 51 (names51's new given names, closer 218's partner keys), fixed by
rule, with their nearest look-alikes both ways.

- A plural of doers (`-ers`, `-ors`, `-ists`, `-ians`) in lower case after a greeted given name is an audience, no
  family name, unless it is a given name's with an `s` (lower_case_names.a_doers_plural, one rule shared with
  dating's `… for Tea Drinkers`): `hi pascal coders, meetup tonight!`, `Hi Gloria singers, rehearsal at 7!` go out;
  `hi anna quenby, meetup tonight!`, `Hi Anna Quenby, welcome!`, `hi anna peters, trip at 9!` are still refused.
- A companion's or a partner's key closer 218 added (`companion`, `partnerin`, `compagnon`, `compagne`, `begleitung`,
  `begleiter`, `begleiterin`) holds a full name on any route, never a chat's handle (counterparts._KEY_PLACES): a
  tour's or a bank's thing there goes out (`?companion=audio-guide`, `?partnerin=Sparkasse`); a full name, its slug
  or a known given name alone on a chat's route are still cut.
- French's and German's companion (`compagnon`, `compagne`, `begleitung`) is a named party before a name's word, as
  English's `companion` (personal_keys._NAMED_PARTIES): `compagnon_nom`, `begleitung_name` are refused; their
  count's or kind's keys go out.

The price (asserted below): a family name shaped like such a plural whose doing is a common word and no given
name's with an `s` (`sellers`: `sell`), written in lower case after a greeted given name, goes out; capitalized it is
still refused (the lead, at the merge: a doer's stem must be a common word, so `myers`, `rogers` stay refused and
`commuters`, `bakers` went out once closer 239 put `commute`, `bake` in common_words); a member's handle under a
such companion's key on a chat's page (`?companion=vorstelk639`; `?with=vorstelk639` is still cut).
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    'hi pascal programmers, new compiler!', 'hi sidney cyclists, ride tonight!',
    'Hi Pascal coders, meetup tonight!', 'Hi Anna coders, meetup tonight!',
    'hey maria collectors, new pieces in!', 'hi anna historians, lecture at 7!', 'hi anna editors, deadline today!',
    'Hi Gloria singers, rehearsal at 7!',
    # (the price: a family name shaped like a plural of doers, in lower case)
    'hi anna sellers, trip at 9!',
    # (closer 239: `commute` and `bake` are common_words' doings now)
    'hi logan commuters, delays today!', 'hi ruth bakers, classes tonight!',
]


PERSONAL = [
    'hi anna quenby, meetup tonight!', 'Hi Anna Quenby, welcome!', 'hi anna peters, trip at 9!',
    'hi orla quenby, trip at 9!', 'hi pascal quenby, meetup tonight!',
    'Hi Anna Myers, meetup tonight!', 'hi anna walters, meetup tonight!',
    'hi anna myers, meetup tonight!', 'Hi Anna myers, meetup tonight!', 'hi anna rogers, meetup tonight!',
]

ORDINARY_KEYS = ['begleitung_anzahl', 'begleitung_art', 'compagnon_type', 'compagnon_statut', 'companion_count']
PERSONAL_KEYS = ['begleitung_name', 'compagnon_nom', 'compagne_nom', 'nom_compagnon', 'compagne_prenom',
                 'begleitung_vorname', 'companion_name']

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/chat?companion=audio-guide', '/chat?partnerin=Sparkasse', '/chat?begleitung=Audioguide',
    '/tours?compagnon=chien',
    # (the price: a handle under a companion's key)
    '/chat?companion=vorstelk639')]
PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/chat?companion=Oleksandr+Kovalenko', '/chat?partnerin=Tetiana+Bondarenko', '/chat?companion=orla.quenby',
    '/chat?companion=Orla', '/tours?begleitung=Juergen+Schmitt', '/chat?with=vorstelk639', '/chat?with=Sparkasse')]

globals().update(review_tests(globals()))
