"""Closer 192: review 33's regressions of closers 179, 180 and 186 (ordinary values newly refused), claimed by rule,
by meaning and by language.

- role_labels.a_witness_state (read by postal.labelled_person after a role's label): after a witness's label by
  language, whether one is needed (`Not Required`, `No Requerido`, `Não Obrigatório`) or the witness's kind, an
  evidence's or a scheme's (`Expert Evidence`, `Independent Adult`, `Protection Program`;
  role_labels.WITNESS_STATES_AND_KINDS) is no witness's name.
- postal.after_a_death (read by postal.labelled_person after postal._THE_DECEASED): an estate's procedure, a
  survivor's pension, a death's declaration, a funeral, a memorial or a tribute, a guide's question
  (postal.AFTER_A_DEATH: `Estate Administration`, `Pensión de Viudedad`, `Aangifte Overlijden`, `Paul Walker
  Tribute`, `What Happens Next`) is no deceased's name.
- personal_documents.a_region (read by personal_documents._certified_person): a compass word opening the words, a
  region's kind ending them, a country's possessive opening them, or a US state's or a Canadian province's name
  (personal_documents.REGION_WORDS: `Western Australia`, `Northern Territory`, `Scotland's People`) is a registry's
  region, not the person certified.
- race_results.RECORDS_AND_TITLE_WORDS (race_results._NOT_PLAYERS, read by race_results.reason after a leaderboard's
  or a high score's label): a record's words and a game title's intensifiers by language (`Neuer Rekord`, `Super
  Mario`) are no player's.
- parental_consents.a_games_title (read by parental_consents._a_name): a game title's edition, platform, genre,
  world or toy maker's word, or a word ending on `craft` (parental_consents.GAME_TITLE_WORDS: `Minecraft Bedrock`,
  `Animal Crossing`, `Lego Fortnite`, `Just Dance`), before an age, is what a consent is for, not the child.
- named_in_text._a_servers_member (named_in_text.SERVER_MEMBERS, read with named_in_text._PERSON_WITH_HANDLE): a
  bot's, a webhook's, an app's, a booster's or a server's staff's word before a handle (`Carl Bot (carl-bot)`,
  `Server Booster (nitro)`) is no member's name.

A game's title of a hero's or a creature's name alone (`Pac Man`, `Donkey Kong`), a village known only for its
registry (`Gretna Green`), public athletes on a leaderboard and famous people's birthdays are left: only a list of
titles, places or public names tells them from a person.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

ORDINARY = [
    # (a witness's need or kind)
    "Witness: Not Necessary", "Witness: Signature Optional", "Trauzeuge: Nicht Notwendig", "Testimone: Non Richiesto",
    "Witness: Expert Statement", "Witness: Independent Professional", "Getuige: Niet Verplicht",
    # (an estate's, a pension's, a funeral's or a guide's words after the deceased's label)
    "The deceased: Funeral Arrangements", "The deceased: Probate Application Guide", "Der Verstorbene: Nachlass "
    "Regeln", "El fallecido: Herencia Yacente", "The deceased: How To Register", "La défunte : Pension de Réversion",
    "The deceased: Bereavement Support",
    # (a region after a civil status certificate)
    "Birth certificate – South Australia", "Death certificate – Australian Capital Territory",
    "Birth certificate – Eastern Cape", "Birth certificate – Nova Scotia", "Death certificate – Northern Ireland",
    # (a record's words or a title's intensifier on a high score)
    "Highscore: Super Bomberman 9.800 Punkte", "Highscore: Mega Man 3.333 Punkte",
    "Leaderboard: New Record – 4,200 pts",
    # (a game's title and an age after a parent's consent)
    "Parental consent for Mario Kart, age 8", "Elterliche Zustimmung für Planet Zoo, 12 Jahre",
    "Parental consent for Jurassic World, age 12", "Autorisation parentale pour Lego Star Wars, 7 ans",
    # (a server's bot or role before its handle)
    "New member Music Bot (groovy) joined", "Discord user Server Admin (admin) joined the server",
    "New member Welcome Webhook (hooks) joined",
]

PERSONAL = [
    "Witness: Orla Quenby", "Testigo: Ilse Wendtkamp", "Testemunha: Orla Quenby", "Trauzeuge: Tobiah Quennell",
    "The deceased: Tobiah Quennell", "Der Verstorbene: Tobiah Quennell", "De overledene: Tobiah Quennell",
    "Birth certificate – Tobiah Quennell", "Death certificate – Westley Quennell",
    "Highscore: Anselma Threfwick 12.500 Punkte", "Leaderboard #1: Ilvara Dunstreth – 98,214 pts",
    "Elterliche Zustimmung für Ilvara Dunstreth, 12 Jahre", "Parental consent for Tjorven Dunstreth, age 9",
    "New member Carl Brimsworth (carl.b) joined", "Discord user Tjorven Dunstreth (tjorven.d) joined the server",
    # (a name beside the rules' words)
    "Witness: Orla Quenby – Expert Evidence", "The deceased: Tobiah Quennell – Estate Administration",
    "Birth certificate – Tobiah Quennell, Western Australia",
    "Highscore: Ilvara Dunstreth 12.500 Punkte – Neuer Rekord",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_states_titles_regions_and_bots_go_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PERSONAL)
def test_a_witness_the_deceased_a_player_a_child_or_a_member_is_still_read(text: str) -> None:
    assert detector.reason(text) != ""
