"""Closer 190: attack 88 (betting, lotteries, casinos, fantasy sports), a player named by a bettor's label, a bet's
or a gambling account's record, a payout or a player's key, claimed by rule.

- role_labels.BETTORS, role_labels.names_a_bettor (postal.labelled_person, postal._names_someone): a bettor's, a
  tipster's, a syndicate's or a gamer's label by language, read as the label's last words (`Parieur :`, `Tipster:`,
  `EuroMillions syndicate manager:`, `FanDuel contest winner:`, `Gracz:`, `玩家：`), before a full name;
  role_labels.SHARED_PLAYER_WORDS with role_labels.STAKES: a player's word that names an athlete as often (`Player:`,
  `Spiller:`) only in a text holding a stake's word (`… – Lotto lørdag`); `Player: Kylian Mbappé` goes out.
- wagers.SHARED_BY: a bet's, a slip's or a coupon's noun, maybe its participle, its agent's preposition and a full name
  (`Bet slip shared by …`, `Schedina giocata da …`); Romance's `por`, `par`, `da` only after a participle (`Apuesta
  por Carlos Alcaraz` is a bet on him). wagers.MADE_OUT: a self-exclusion's, a limit's, an identity check's, a tax
  form's or a lottery ticket's noun, up to two tokens, `for` or `by` and a full name (`KYC check failed for …`);
  wagers.OPERATOR_WORDS: an operator's name is none (`Wette von Tipico Sportwetten`).
- payees.PAYOUTS, payees.WINNINGS_QUALIFIERS: a payout of winnings or a withdrawal before its direction and a player
  (`Auszahlung an …`, `Bonifico vincita a favore di …`); an own account, a wallet or a card goes out.
- personal_keys._players_name_key, personal_keys.may_be_player_key (privacy._person_member): a player's word alone but
  English's as a key holding a full name, in object text and pairs (`{"spieler": …}`, `jugador=…&cuota=2.10`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

LABELLED = [
    "Bettor: Ilvan Tessaro – 3 open bets", "Apostador: Ilvan Tessaro – bilhete múltiplo",
    "Parieur : Ilvan Tessaro – ticket combiné", "Tipster: Ilvan Tessaro – 58% strike rate",
    "Syndicate members: Ilvan Tessaro, Marit Tessaro", "Lotto syndicate manager: Ilvan Tessaro",
    "Büro-Tippgemeinschaft – Spielleiter: Ilvan Tessaro", "Tipprunde – Tipper: Ilvan Tessaro (Platz 2)",
    "DFS contest winner: Ilvan Tessaro – $5,000", "Gracz: Ilvan Tessaro", "Oyuncu: Ilvan Tessaro",
    "玩家：Ilvan Tessaro", "플레이어: Ilvan Tessaro", "プレイヤー名：Ilvan Tessaro",
    "Spiller: Ilvan Tessaro – Lotto onsdag", "Speler: Ilvan Tessaro – Toto weekcoupon",
    "Tippschein 4417 – Spieler: Ilvan Tessaro",
]
NOT_LABELLED = [
    "Player: Kylian Mbappé", "Player: Lamine Yamal", "Spieler: Jamal Musiala", "Manager: Pep Guardiola",
    "Jockey: Frankie Dettori", "Trainer: Willie Mullins", "Winner: Real Madrid", "Bettor: Premium Member",
    "Spieler: FC Bayern München", "Player of the Month: Bukayo Saka", "Gracz: brak", "Tipster: Unassigned",
]
RECORDS = [
    "Bet slip shared by Ilvan Tessaro: Leeds v Everton @ 3.20", "Wettschein von Ilvan Tessaro – Kombiwette 4er",
    "Schedina giocata da Ilvan Tessaro – quota 8,40", "Apuesta compartida por Ilvan Tessaro en Codere",
    "Pari partagé par Ilvan Tessaro sur Betclic", "Kupon postawiony przez Ilvan Tessaro",
    "KYC check failed for Ilvan Tessaro – selfie unclear", "Self-exclusion confirmed for Ilvan Tessaro – 1 year",
    "Deposit limit set by Ilvan Tessaro: €100 per month", "Form W-2G 2026 for Ilvan Tessaro – $1,450",
    "Lottery ticket for Ilvan Tessaro – 4 11 23 30 41", "Selbstsperre bestätigt für Ilvan Tessaro",
    "Trustly Auszahlung an Ilvan Tessaro – Volksbank", "Bonifico vincita a favore di Ilvan Tessaro",
    "Withdrawal to Ilvan Tessaro", "Retrait vers Ilvan Tessaro",
]
NOT_RECORDS = [
    "Apuesta por Carlos Alcaraz", "Pari sur Kylian Mbappé", "Bets from £5", "Bet Builder by Sky Bet",
    "Wette von Tipico Sportwetten", "Bet slip from Sky Bet", "Self-exclusion for 6 months",
    "Self-exclusion with GAMSTOP", "Deposit limit for New Customers", "KYC documents we accept",
    "Lottery ticket for Christmas Eve", "Withdrawal to Bank Account", "Auszahlung an Skrill Wallet",
    "Retrait vers Carte Bancaire", "Withdrawal pending", "Cash Out to PayPal Balance", "Payout to Neteller",
    "Bet £10 Get £30 in Free Bets", "Arsenal v Chelsea – Match Result", "Erling Haaland anytime goalscorer",
    "Ticket van Gogh Museum", "Paris by Robert Doisneau", "Grille proposée par Michel Laclos",
]
KEYED = ['{"spieler": "Ilvan Tessaro", "einsatz": "5 €"}', '{"nome_giocatore": "Ilvan Tessaro", "puntata": 2}',
         "jugador=Ilvan%20Tessaro&cuota=1.90", '{"giocatore": "Ilvan Tessaro"}']
NOT_KEYED = ['{"spieler": "FC Bayern München"}', '{"jugador": "Müller 25"}', '{"player": "Kylian Mbappé"}',
             '{"spieler": 11, "einsatz": "5 €"}']


@pytest.mark.parametrize("text", LABELLED)
def test_a_bettors_or_a_gamers_label_before_a_full_name_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_LABELLED)
def test_an_athlete_a_club_or_a_state_after_a_players_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", RECORDS)
def test_a_bet_a_gambling_record_or_a_payout_naming_its_player_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_RECORDS)
def test_a_bet_on_an_athlete_an_operator_an_account_or_guidance_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", KEYED)
def test_a_players_key_holding_a_full_name_in_object_text_is_refused(text: str) -> None:
    assert privacy.embedded_reason(text) != ""


@pytest.mark.parametrize("text", NOT_KEYED)
def test_a_players_key_holding_a_club_a_shirt_or_a_number_goes_out(text: str) -> None:
    assert privacy.embedded_reason(text) == ""
