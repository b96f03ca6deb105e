"""Closer 208: review 35's standings family (a person after a bettor's, a tasker's, a payee's, a sitter's label or
preposition whose family name is a standing's, a club's or a service's word) kept by a given name's proof, with the
nearest look-alikes both ways.

- given_names.GIVEN_NAMES, given_names.a_given_name: common given names by language, none a common English word as
  often; capitalization alone is no given name (closer 202's withdrawn reading refused `Sitter: Star Sitter`).
- standing_names.a_person_before_a_standing (read through standing_names.a_standing_not_a_person by
  home_services._a_person, payees._a_counterparty, wagers._a_player and role_labels.a_bettors_thing): a given name
  and a family name that is a standing's word (`Payout to Orla Winner`, `Tasker: Orla Tasker`, `Wette von Hilde
  Spiel`), or a given name, a family name's shape (no standing's, opening, topic's, town's nor BIP39 common word) and
  a standing's, a service's or a tier's word after the whole name (`Payout to Orla Quenby Online`, `Tipper: Ilse
  Wendtkamp Experte`) is a person; a word in no list before a standing (`Star Sitter`, `Betfair Exchange`, `Cash App`),
  an opening word (`Lucky Winner`, `Grand Winner`, `Top Tipster`), a trade's word after a given name
  (standing_names.FIRM_WORDS: `Molly Maid`) stay a kind's or a firm's.
- standing_names.a_person_beside_a_club (role_labels.a_bettors_thing): a given name before a club's word as a family
  name (`Bettor: Orla Berger`, `Apostador: Orla Real`), or a club's word that is a given name before a family name's
  shape (`Tipster: Alexandra Quenby`, `Tipster: Hertha Wendtkamp`) is a bettor; a club's word beside a town, another
  club's word, capitals or a common word (`Real Madrid`, `Hertha BSC`, `Hertha Berlin`, `Crewe Alexandra`, `Alexandra
  Palace`) is a club or a venue.
"""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    # (a word in no list, an opening word, a standing's own word before a standing: no given name)
    'Sitter: Star Sitter', 'Punter: Betfair Exchange', 'Payout to Cash App', 'Payout to Lucky Winner',
    'Payout to Grand Winner', 'Tipster: Top Tipster', 'Tipster: Pro Tipster', 'Punter: Casual Punter',
    'Payout to Jackpot Winners', 'Tipster: Tipico Experten', 'Jackpot winner: Starburst Slot',
    'Wettschein geteilt von Kicker Online', 'Bet slip shared by Football Insider', 'Bet placed from Android Phone',
    'Gokker: Holland Casino', 'Spielleiter: Lotto Bayern', 'Nanny: Night Nanny', 'Homeowner: First Time Buyer',
    # (a trade's word after a given name: a franchise)
    'My cleaner Molly Maid came today', 'Our cleaner Merry Maids came',
    # (a club's word beside a town, a club's word, capitals or a common word)
    'Apostador: Real Madrid', 'Bettor: Hertha BSC', 'Bettor: Hertha Berlin', 'Bettor: Fortuna Düsseldorf',
    'Bettor: Crewe Alexandra', 'Bettor: Alexandra Palace', 'Bettor: Alexandra Park',
]

PERSONAL = [
    # (a given name before a standing's word as a family name)
    'Payout to Orla Winner', 'Tasker: Orla Tasker', 'Sitter: Orla Sitter', 'Wette von Hilde Spiel',
    'Payout to Emma Winner', 'Tipster: Niamh Slot', 'Bet slip shared by Lukas Online',
    # (a given name, a family name's shape, a standing's word after the whole name)
    'Payout to Orla Quenby Online', 'Tipper: Ilse Wendtkamp Experte', "Bet placed from Orla Quenby's Phone",
    'KYC check failed for Orla Quenby Passport', 'Payout to Sophie Dunstreth Online',
    # (a club's word beside a given name)
    'Bettor: Orla Berger', 'Apostador: Orla Real', 'Tipster: Tjorven Argyle', 'Tipster: Alexandra Quenby',
    'Tipster: Hertha Wendtkamp', 'Punter: Emma Celtic',
]

LEAKS: Dict[str, List[str]] = {
    (
        "a given name rarer than given_names.GIVEN_NAMES holds (a vocabulary, not a census): a word in no list before "
        "a standing's word is no given name's proof (`Star Sitter`)"
    ): [
        'Payout to Quirine Winner', 'Bettor: Fortuna Quenby',
    ],
}

globals().update(review_tests(globals()))
