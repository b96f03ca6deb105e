"""Closer 193: attack 88 (betting, lotteries, casinos, fantasy sports), a fantasy game's account or manager, a
winner's congratulations, and a lottery draw's numbers kept out of the phone rule, by rule.

- lottery_draws.a_draw (detector._run_reason), lottery_draws.DRAW_WORDS, lottery_draws.BONUS_WORDS: five to seven
  numbers of one or two digits, one to 99, rising, apart by one blank or one dash, are a draw's main numbers, not a
  phone number, when its bonus numbers follow them (`+ 3 9`, `PB 26`, `Superzahl 4`; not after a run opening with a
  phone's trunk `0`) or a draw's word stands before them on their line (`Powerball`, `Gewinnzahlen`); a phone's
  label before them keeps them a phone's.
- gamer_ids (key_lexicon.BETTING_PLATFORMS, BETTING_ACCOUNT_WORDS, NICKNAMES_BEFORE_PLATFORM): a fantasy game's, a
  poker room's or a betting exchange's platform and an account's word (`Sorare manager:`, `FPL team ID:`, `Sorare
  Manager ID:`), or a nickname's word before the platform (`Pseudo Winamax :`), before a handle or six digits at
  least, as a gaming platform's account.
- role_labels.names_a_fantasy_manager, role_labels.FANTASY_MANAGER_WORDS, role_labels.FANTASY_GAMES: a manager's
  label before a full name in a text naming a fantasy game (`Comunio – Manager: …`); `Manager: Pep Guardiola` alone
  goes out.
- greetings._CONGRATULATIONS: congratulations by language before a full name that the sentence after calls in the
  second person (`Congratulations …, you've won`); a winner in the news congratulated goes out.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

DRAWS = [
    "8 14 22 35 47 + 2 10", "Gewinnzahlen 03 09 21 30 44 + 01 12", "Mega Millions 2-18-27-39-66 MB 9",
    "Lotto 6 aus 49: 4 12 20 31 37 45 Superzahl 6", "EuroMillions 05 16 28 33 49 Stars 4 11",
    "Lotto Max 3 8 15 22 30 41 47 Bonus 19", "Powerball 6-14-25-38-59",
]
PHONES = [
    "06 14 22 35 47", "Tel 03 09 21 30 44 + 01 12", "Call 04 12 19 33 47", "06 12 34 56 78 + 2",
    "+33 4 12 19 33 47", "212-555-0147", "04 12 19 33 47 + 06 11 22 33 44", "Rufnummer 03 09 21 30 44",
]
ACCOUNTS = [
    "Sorare manager: ilvantess", "Sorare Manager ID: 482913", "FPL team ID: 4829137", "Pseudo Winamax : Tessaro91",
    "PokerStars nickname: IlvanT_88", "Comunio – Manager: Ilvan Tessaro", "Fantasy Premier League – manager: Ilvan "
    "Tessaro", "Kickbase Managerin: Marit Tessaro", "Fantacalcio – Allenatore: Ilvan Tessaro",
]
NOT_ACCOUNTS = [
    "Manager: Pep Guardiola", "Allenatore: Carlo Ancelotti", "Sorare manager: required", "FPL team ID: required",
    "Sorare: Manager", "Winamax Poker: Texas Hold'em", "Sorare manager tips", "FPL team: Arsenal",
    "FPL Gameweek 14: Salah captain", "Fantasy Premier League – Manager: Arsenal FC", "Pseudo: obligatoire",
]
CONGRATULATED = [
    "Congratulations Ilvan Tessaro, you've won £250!", "Congratulations, Ilvan Tessaro, your ticket won",
    "Herzlichen Glückwunsch Ilvan Tessaro, Sie haben gewonnen",
]
NOT_CONGRATULATED = [
    "Congratulations Max Verstappen!", "Congratulations Real Madrid, champions again",
    "Congratulations Frankie Dettori on his 3000th winner", "Félicitations Kylian Mbappé !",
    "Congratulations Balloon Banner, Gold", "Well done Team GB, you made us proud",
]


@pytest.mark.parametrize("text", DRAWS)
def test_a_lottery_draws_numbers_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PHONES)
def test_a_phone_number_in_groups_is_still_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ACCOUNTS)
def test_a_fantasy_or_poker_account_or_a_fantasy_manager_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_ACCOUNTS)
def test_a_clubs_manager_a_platforms_page_or_a_state_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", CONGRATULATED)
def test_a_winner_congratulated_and_called_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_CONGRATULATED)
def test_a_winner_in_the_news_congratulated_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
