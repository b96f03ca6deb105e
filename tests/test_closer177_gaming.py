"""Closer 177 (attack 81's games, streaming and creators).

- A game's or a film's age rating beside an audience's age after an age's label (audiences.RATING_SYSTEMS: `Age: 18+
  (PEGI 18)`, `Alter: ab 16 (USK 16)`): a rating's scale stops at a law's age (`Age: 38 (PEGI 38)` stays refused).
- A form's state capitalized after a gamer tag's or a user's label (personal_keys.titled_state: `Gamertag: Taken`,
  `Benutzername: Bereits vergeben`): a name's availability or a failed check, not the other states' words, which
  are names as often (`Gamertag: Stark`).
- A community's invite link after a network's or a messenger's label (handles._COMMUNITY_INVITE: `Discord:
  discord.gg/fortnite`, `Telegram: t.me/joinchat/…`): a server's or a group's, no person's.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

LABELS_HOLDING_NO_PERSON = [
    "Age: 18+ (PEGI 18)", "Alter: ab 16 (USK 16)", "Age: 12+ (ESRB Teen)", "Edad: 16+ (PEGI 16)",
    "Gamertag: Taken", "Gamertag: Available", "Gamertag: Vergeben", "Benutzername: Bereits vergeben",
    "Pseudo : Déjà pris", "Nombre de usuario: Disponible",
    "Discord: discord.gg/fortnite", "Discord: https://discord.com/invite/minecraft",
    "Telegram: t.me/joinchat/AbCdEf12", "WhatsApp: chat.whatsapp.com/AbCdEf12",
]
LABELS_HOLDING_A_PERSON = [
    "Age: 38 (PEGI 38)", "Age: 38", "Gamertag: Stark", "Gamertag: Pellungard", "Gamertag: NightOwl42",
    "Name: Taken Smith", "Discord: quillaine.dravesmark", "Telegram: t.me/tavish_p",
]


@pytest.mark.parametrize("text", LABELS_HOLDING_NO_PERSON)
def test_a_rating_a_forms_state_or_a_communitys_invite_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", LABELS_HOLDING_A_PERSON)
def test_a_persons_age_name_or_account_stays_refused(text: str) -> None:
    assert detector.reason(text) != ""
