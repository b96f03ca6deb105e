"""Closer 203: review 35's leaks closed by rule, with their nearest ordinary look-alikes both ways.

- A P2P app's payee named before a mobile (detector._p2p_payee_named): Vipps's or MobilePay's name, a transfer's
  preposition (payees.DIRECTION_WORDS) and a capitalized name of up to three words right before a number: the app's
  account is its owner's mobile; a lower-case word there, or an offer's text, is no payee.
- A fantasy manager by a fantasy game's words (role_labels.FANTASY_GAMES: `Dream Team`, `Managerspiel`, `Kicktipp`, a
  mini-league, a gameweek), and a chip, a mode or a record read only in the first part of the value after a manager's
  label (role_labels._a_chip_or_a_mode): the page's words after a name and a dash are the manager's page.
- A winner congratulated in the third person before a winner's word, before `on your`, before Spanish's `has` and a
  participle (greetings._AFTER_CONGRATULATED), or by one word called by a comma and `!` before the second person
  (greetings._AFTER_GREETING_CALLS_ONE after a congratulation); a club, a standing or a tier congratulated so stays
  out (standing_names.a_kind_not_a_name).
- A vanity plate under a plate's key (national_ids._VANITY_PLATE: six letters and a digit, a plate's seven
  characters), a promotion's code running longer (privacy._a_code_not_a_plate: six letters and two digits or more,
  seven letters and one or more).
"""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

PERSONAL = [
    'Vipps til Orla: 412 34 567', 'MobilePay til Orla 21 34 56 78', 'MobilePay til Orla Quenby: 21 34 56 78',
    'Vipps til Tjorven 412 34 567', 'Manager: Orla Quenby – Gameweek 14 – 72 pts',
    'Mini-league manager: Orla Quenby', 'Dream Team manager: Orla Quenby',
    'Kicker Managerspiel – Manager: Ilse Wendtkamp', 'FPL – Manager: Orla Quenby – Wildcard Active',
    'Congratulations to Orla Quenby, winner of our prize draw', "Congratulations, Orla! You've won",
    'Enhorabuena Orla Quenby, has ganado', 'Congratulations Orla Quenby on your win',
    'Enhorabuena a Orla Quenby, la ganadora',
]

ORDINARY = [
    'Vipps til bedrift 412 34 567', 'Vipps: 10% rabatt', 'Betala med Swish: 123 456 78 90',
    'FPL – Manager: Gameweek 14', 'Comunio – Manager: Spieltag 12', 'FPL – Manager: Wildcard Active',
    'Fantasy Premier League – Manager: Chips Used', 'Dream Team – Manager: Transfers Left',
    'Kickbase – Manager: Neuer Rekord', 'Manager: Pep Guardiola',
    'Congratulations to Manchester United, winners of the cup', 'Congratulations Manchester United on your win',
    'Enhorabuena Real Madrid, has ganado', 'Congratulations, Winner! You have won',
    'Congratulations to Lucky Winner, winner of the draw', 'Congratulations Valued Customer on your win',
    "Congratulations Gold Member, you've unlocked a reward", 'Congratulations Team GB, you did it',
]

PERSONAL_URLS = [
    'https://shop.example.com/quote?reg=QUENBY1', 'https://shop.example.com/quote?reg=DUNSTR1',
    'https://shop.example.com/p?plate=QUENBY1',
]

ORDINARY_URLS = [
    'https://shop.example.com/p?reg=SUMMER2026', 'https://shop.example.com/p?reg=WELCOME10',
    'https://shop.example.com/p?reg=SPRING15', 'https://shop.example.com/p?reg=FREESHIP',
    'https://shop.example.com/tyres?reg=255-35-ZR19',
]

DROPPED: Dict[str, List[str]] = {}
LEAKS: Dict[str, List[str]] = {}

globals().update(review_tests(globals()))
