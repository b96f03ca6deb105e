"""Closer 123: the sixty-third attack's games. A player's account on a gaming platform after its label by meaning, under
its key, a SteamID64 after a Steam word (gamer_ids.py, key_lexicon's "gamer id"), and a player's page on a game's stats
site (person_routes.py); a shop's gaming products, codes and pages go out."""

from __future__ import annotations

import pytest

from meta_capi import detector, gamer_ids, personal_keys, privacy
from meta_capi.canonical import canonical

ACCOUNTS_AFTER_LABELS = [
    "Gamertag: NightOwl42", "Gamer-Tag = xXQuarvelleXx", "Xbox Gamertag: Quarvelle (since 2019)",
    "Steam name: quarvelle_cs", "Riot ID: Quarvelle#1234", "Riot ID: Quarvelle", "BattleTag: Quarvelle#27184",
    "Battle.net: Quarvelle#2718", "battletag Quarvelle#2718 add me", "PSN Online-ID: quarv_77",
    "PlayStation Network ID: quarv_77", "psn_id=quarv_77", "XUID: 2535412345678901", "Nom d'invocateur : Quarvelle",
    "Beschwörername: Quarvelle", "nombre de invocador: Quarvelle", "Summoner name: Quarvelle",
    "Code ami : SW-1234-5678-9012", "Friend code SW-1234-5678-9012", "フレンドコード：SW-1234-5678-9012",
    "codice amico 1234-5678-9012", "Epic display name: Quarvelle.TTV", "Epic Games Anzeigename: Quarvelle.TTV",
    "Ubisoft Connect Benutzername: quarv77", "In-game name: Quarvelle", "Roblox username: quarv_builds",
    "Riot ID: Hide on bush#KR1", 'Gamertag: "NightOwl42"', "My Riot ID is Quarvelle#EUW",
    "Mein Gamertag ist NightOwl42, add me", "Xbox account: NightOwl42",
]
STEAM_ACCOUNTS = [
    "steam:76561198012345678", "SteamID64: 76561198012345678", "STEAM 76561198012345678",
    "https://steamcommunity.com/profiles/76561198012345678/inventory/",
    "https://shop.example.net/auth/steam/return?openid.mode=id_res&openid.claimed_id="
    "https%3A%2F%2Fsteamcommunity.com%2Fopenid%2Fid%2F76561198012345678",
    "Steam-Freund 76561198012345678 eingeladen", "STEAM_0:1:12345678", "[U:1:24691357]",
]
NO_ACCOUNTS = [
    "Riot ID Change – Tagline #EUW", "Xbox Gamertag-Änderung", "Name Change Card", "Xbox Live: gold.membership",
    "Steam-Guthaben 50 €", "Steam Deck 512 GB", "steam:app/1245620", "Steam-Konto: Guthaben 50 €", "Gamertag: required",
    "Friend code: WELCOME10", "Freundescode: FREUND10", "Platform: Steam", "Steam: yes", "Epic Games Store – Fortnite",
    "Xbox Series X 1TB", "EUW1_7012345678", "76561198012345678", "Order 76561198012345678 – Steam Deck",
    "Steam Workshop 2871234567", "Battle.net Balance 20 €", "PlayStation Plus Premium 12 mois", "Epic: The Musical",
    "Riot Points 1380", "Xbox Game Pass Ultimate 3 Monate", "CSGO-aB3cD-eF4gH-iJ5kL-mN6oP-qR7sT",
    "Steam tag: Souls-like", "Gamertag: 2 changes left", "XUID: 0", "Nintendo Switch Online + Erweiterungspaket",
    "Battle Pass Season 4", "Riot ID Change Tagline #EUW", "Gamertag is required", "Gamertag is free to change once",
    "Cambio gamertag e nickname", "Steam user reviews: Very Positive", "Nintendo Account: Sign In",
    "PSN account: Add Funds", "Steam account settings: Family View", "Xbox User Guide",
]


@pytest.mark.parametrize("text", ACCOUNTS_AFTER_LABELS)
def test_a_player_s_account_after_its_label_is_refused(text: str) -> None:
    assert gamer_ids.reason(canonical(text)[0]) == gamer_ids.GAMER_ID
    assert detector.reason(text) != ""
    assert detector.reason(text, True) != ""


@pytest.mark.parametrize("text", STEAM_ACCOUNTS)
def test_a_steam_account_s_id_after_a_steam_word_is_refused(text: str) -> None:
    assert gamer_ids.reason(canonical(text)[0]) == gamer_ids.STEAM_ID
    assert detector.reason(text) == gamer_ids.STEAM_ID


@pytest.mark.parametrize("text", NO_ACCOUNTS)
def test_gaming_products_codes_and_labels_without_an_account_go_out(text: str) -> None:
    assert gamer_ids.reason(canonical(text)[0]) == ""
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", [
    "gamertag", "GamerTag", "steamid", "steamId64", "steam_id", "riot_id", "riotId", "psn_online_id", "psnId",
    "battletag", "battle_tag", "xuid", "xbox_gamertag", "summoner_name", "summonerName", "epic_display_name",
    "in_game_name", "beschwörername", "psn_handle", "epic_account_id", "riot_username", "xbox_display_name",
    "nintendo_nickname",
])
def test_a_player_s_account_s_key_is_personal(key: str) -> None:
    assert personal_keys.names_personal_data(key)
    assert privacy.custom_refusal(key, "Quarvelle") == privacy.PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "steam_app_id", "steam", "xbox", "epic", "riot_points", "friend_code", "game_name", "platform", "psn_plus",
    "battle_pass", "summoner_spell", "gamer_level", "epic_id", "steam_name", "nintendo_account",
    "steam_account_settings",
])
def test_a_platform_s_or_a_game_s_key_alone_is_ordinary(key: str) -> None:
    assert not personal_keys.names_personal_data(key)


HOST = "https://stats.example.gg"


@pytest.mark.parametrize("path", [
    "/lol/summoner/euw/Quarvelle-EUW1/matches", "/summoners/kr/Hide%20on%20bush", "/lol/summoner/Quarvelle-EUW1",
    "/tft/summoner/na1/Quarvelle-NA1/overview", "/players/quarvelle/matches", "/spieler/quarvelle/statistiken",
    "/valorant/joueur/quarvelle/historique",
])
def test_a_player_s_page_on_a_stats_site_is_refused(path: str) -> None:
    assert detector.reason(f"{HOST}{path}") != ""
    assert privacy.clean_url(f"{HOST}{path}?ref=mail") == f"{HOST}/"


@pytest.mark.parametrize("path", [
    "/summoners/leaderboard", "/player/embed/launch-trailer", "/players/lionel-messi-shirt", "/summoners/euw",
    "/lol/summoner-spells/flash", "/lol/champions/jinx/skins", "/player/settings/matches",
])
def test_a_game_s_pages_under_a_player_s_word_go_out(path: str) -> None:
    assert detector.reason(f"{HOST}{path}") == ""
    assert privacy.clean_url(f"{HOST}{path}") == f"{HOST}{path}"
