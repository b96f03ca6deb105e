"""Closer 177 (attack 81's games, streaming and creators).

- A game's or a film's age rating beside an audience's age after an age's label (audiences.RATING_SYSTEMS: `Age: 18+
  (PEGI 18)`, `Alter: ab 16 (USK 16)`): a rating's scale stops at a law's age (`Age: 38 (PEGI 38)` stays refused).
- A form's state capitalized after a gamer tag's or a user's label (personal_keys.titled_state: `Gamertag: Taken`,
  `Benutzername: Bereits vergeben`): a name's availability or a failed check, not the other states' words, which
  are names as often (`Gamertag: Stark`).
- A community's invite link after a network's or a messenger's label (handles._COMMUNITY_INVITE: `Discord:
  discord.gg/fortnite`, `Telegram: t.me/joinchat/…`): a server's or a group's, no person's.
- Thanks, a full name or one word, the word for "for" and a tip's amount or word by language
  (greetings._AFTER_THANKS_FOR_A_TIP, TIP_WORDS: `Thanks … for the 5€!`, `Danke … für die 500 Bits!`, `Merci … pour
  le don`); not a kin's word, a business's nor the thanks' own words (`Thanks Mom for the 5€`, `Merci Beaucoup pour
  le don`).
- A tip's or a donation's word by language, its amount and its sender after the word for "from" (or after a dash,
  before a chat message's colon), and a new patron's label, on a platform or not, a colon and a full name
  (e_signatures.TIP_NOUNS, FROM_WORDS, PATRON_LABELS, _TIP_FROM, _PATRON: `Donacja 20 zł od …:`, `Super Chat ¥500 –
  …: …`, `Nuevo mecenas en Patreon: …`); a charity, a business or a tier is no sender (`Donation 5€ – Save the
  Children`, `Patron: Saint Christopher`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

LABELS_HOLDING_NO_PERSON = [
    "Age: 18+ (PEGI 18)", "Alter: ab 16 (USK 16)", "Age: 12+ (ESRB Teen)", "Edad: 16+ (PEGI 16)",
    "Gamertag: Taken", "Gamertag: Available", "Gamertag: Vergeben", "Benutzername: Bereits vergeben",
    "Pseudo : Déjà pris",
    "Discord: discord.gg/fortnite", "Discord: https://discord.com/invite/minecraft",
    "Telegram: t.me/joinchat/AbCdEf12", "WhatsApp: chat.whatsapp.com/AbCdEf12",
]
LABELS_HOLDING_A_PERSON = [
    "Age: 38 (PEGI 38)", "Age: 38", "Gamertag: Stark", "Gamertag: Pellungard", "Gamertag: NightOwl42",
    "Name: Taken Smith", "Discord: quillaine.dravesmark", "Telegram: t.me/tavish_p", "password=Taken",
]


@pytest.mark.parametrize("text", LABELS_HOLDING_NO_PERSON)
def test_a_rating_a_forms_state_or_a_communitys_invite_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", LABELS_HOLDING_A_PERSON)
def test_a_persons_age_name_or_account_stays_refused(text: str) -> None:
    assert detector.reason(text) != ""


TIPS_THANKED = [
    "Thanks Quillaine Dravesmark for the 5€!", "Thank you Tavish for the 10 subs", "Gracias Mirelda por la donación",
    "Danke Mirelda Vonskrath für die 500 Bits!", "Merci Tavish Pellungard pour le don de 5 € !",
    "Grazie Mirelda per i 5€! 🎉", "Thanks Tavish for the follow!", "Obrigado Mirelda pela doação de R$ 10",
]
THANKS_NAMING_NO_ONE = [
    "Thanks Chat for the 100 subs!", "Danke Leute für die 500 Bits!",  # (the lead's review: a stream's audience)
    "Thanks for watching!", "Thanks Mom for the 5€", "Thanks Acme Corp for the $500", "Merci Beaucoup pour le don",
    "Danke Schön für die Spende", "Grazie Mille per i 5€", "Thank You Card for the $5 gift", "Gift card 50€",
]


@pytest.mark.parametrize("text", TIPS_THANKED)
def test_thanks_for_a_tip_naming_the_viewer_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", THANKS_NAMING_NO_ONE)
def test_thanks_naming_no_one_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


DONORS_AND_PATRONS = [
    "Donacja 20 zł od Quillaine Dravesmark: pozdro z Krakowa", "Tip $5 from Mirelda Vonskrath!",
    "Spende 10 € von Mirelda Vonskrath", "Super Chat ¥500 – Tavish Pellungard: がんばって！",
    "Nuevo mecenas en Patreon: Tavish Pellungard – Tier 2", "New patron: Tavish Pellungard",
    "Nouveau mécène sur Patreon : Mirelda Vonskrath",
]
TIPS_NAMING_NO_ONE = [
    "Donation 5€ – Save the Children", "Super Chat ¥500 – Highlight Color", "Patron: Saint Christopher",
    "New member: Gold Tier", "Tip 5% – Service Charge", "Patreon – Tier 2", "Gift card 50€",
]


@pytest.mark.parametrize("text", DONORS_AND_PATRONS)
def test_a_tips_sender_or_a_new_patron_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", TIPS_NAMING_NO_ONE)
def test_a_tip_or_a_tier_naming_no_one_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
