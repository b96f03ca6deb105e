"""Closer 124 (sixty-third attack: online communities, dating and games).

- A dating site's match under a key whose last word is a name's (`match_name`, `matchName`): the person matched, read as
  a partner's is (personal_keys.role_named), unless the value holds a competition's word (key_lexicon.COMPETITIONS:
  `Grand Final`, `Halbfinale`), a game's or a sport's match's name.
- A game's match before its number (`match 7654321098`, `partida …`): a code's label (personal_keys.MATCH_WORDS), so
  ten digits after it that dial as a NANP number go out; a mobile after its trunk prefix, a number dialled abroad,
  and a phone's own labels stay phones.
- A community's roles before a full name (key_lexicon.COMMUNITY_ROLES, COMMUNITY_REPORTS: `Moderator:`,
  `Modératrice :`, `Reporter:`, `Reported by:`, `Gemeldet von:`, `Signalé par :`), read as a shop's role label; a
  newsroom's words name a business (`Reported by: Example News`). A player's or a member's label (key_lexicon.PLAYERS)
  before a full name and the member's handle in brackets (`Player: … (Kowar), Team …`), not a famous player's name
  alone (`Player: Lamine Yamal`) nor before a place (`(Barcelona)`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PHONE = "holds a phone number"
PERSON_NAME = "holds a person's name"
ROUTE = "holds a person's slug in a site's route"
PERSONAL_KEY = "personal key: kept out of custom_data"

# --- a dating match's person under a name's key ----------------------------------------------------------------------
MATCHED_PEOPLE = [
    ("match_name", "Mathis Quarvelle"), ("matchName", "Lenka Vorstelk"), ("match_name", "Ana de la Quendrix"),
    ("MatchName", "Mathis Quarvelle"), ("match_full_name", "Orla Quenby"), ("match_first_name", "Orla"),
]


@pytest.mark.parametrize(("key", "value"), MATCHED_PEOPLE)
def test_a_matched_person_s_name_is_kept_out(key: str, value: str) -> None:
    assert privacy.custom_refusal(key, value) == PERSONAL_KEY


MATCH_NAMES = [
    ("match_name", "Grand Final"), ("match_name", "Champions League Final"), ("match_name", "Quarter Final"),
    ("match_name", "Summer Split Playoffs"), ("match_name", "Team Liquid"), ("match_name", "Halbfinale Gruppe B"),
    ("match_name", "Finale Coupe Nationale"), ("match_name", "Ranked Solo"), ("match_name", "ranked"),
    ("match_type", "Mathis Quarvelle"), ("match_id", "7654321098"), ("match_name", "Acme Corp"),
]


@pytest.mark.parametrize(("key", "value"), MATCH_NAMES)
def test_a_game_s_match_goes_out(key: str, value: str) -> None:
    assert privacy.custom_refusal(key, value) == ""


# --- a game's match before its number ------------------------------------------------------------------------------
MATCH_NUMBERS = [
    "match 7654321098", "Match 7654321098", "Match ID 7654321098", "match #7654321098", "Partie 7654321098",
    "partida 7654321098", "Spiel 7654321098", "wedstrijd 7654321098", "mecz 7654321098", "Dota 2 – match 2025550143",
]


@pytest.mark.parametrize("text", MATCH_NUMBERS)
def test_a_match_s_number_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


PHONES_NEAR_MATCHES = [
    "Tel 765-432-1098", "call 7654321098", "match 0176 63920718", "Spiel 017663920718", "match +1 765 432 1098",
    "It's a match! Call 7654321098", "Ruf mich an: 0176 63920718",
]


@pytest.mark.parametrize("text", PHONES_NEAR_MATCHES)
def test_a_phone_near_a_match_s_word_is_refused(text: str) -> None:
    assert detector.reason(text) == PHONE


# --- a community's roles before a full name ---------------------------------------------------------------------------
COMMUNITY_PEOPLE = [
    "Reported by: Mathis Quarvelle", "reported by: Mathis Quarvelle", "Flagged by: Lenka Vorstelk",
    "Gemeldet von: Jonas Quarvelle", "Signalé par : Mathis Quarvelle", "Reportado por: Lucía Quarvelle",
    "Segnalato da: Marco Quarvelle", "Gemeld door: Sanne Quarvelle", "Moderator: Anna Quendrix",
    "Modératrice : Anne Quendrix", "Moderadora: Lucía Quendrix", "Moderatore: Marco Quendrix",
    "Reporter: Jane Quendrix", "Mod note – Moderator: Anna Quendrix, verified",
    "Player: Kacper Kowarzyk (Kowar), Team Nordwind", "Spielerin: Lenka Vorstelk (LenkaV)",
    "Joueur : Mathis Quarvelle (mqrv_7), équipe Nord", "Jugadora: Lucía Quarvelle (lucyq)",
    "Member: Anna Quendrix (annaq)",
]


@pytest.mark.parametrize("text", COMMUNITY_PEOPLE)
def test_a_community_s_person_after_their_label_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


COMMUNITY_ORDINARY = [
    "Reported by: Example News", "Reporter: Example Press", "Signalé par : Agence Presse", "Moderator: Gold Team",
    "Player: Lamine Yamal", "Player: Lamine Yamal (Barcelona)", "Player: Kacper Kowarzyk", "Players: 1–4 (Online)",
    "Spieler: 2–4", "Member: Gold Plus", "Moderator Tools – Pro Plan", "Reported by: 3 users",
    "Creator: Example Studio", "Streamer: Happy Birthday", "Player: Ready (Online)",
]


@pytest.mark.parametrize("text", COMMUNITY_ORDINARY)
def test_a_community_s_label_without_a_person_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


# --- a conversation's counterpart under the query's key on a conversation's page -------------------------------------
COUNTERPARTS = [
    "https://www.amoria-dating.example.com/messages/thread?with=lenka.vorstelk&unread=2",
    "https://forum.example.net/conversations/add?to=vorstelk639&title=Trade",
    "https://app.example.com/inbox?recipient=quarvelle_m", "https://app.example.com/chat/?partner=Lenka.V",
    "https://app.example.com/dm?chat_with=vorstelk", "https://www.example.de/nachrichten/neu?mit=lenka.vorstelk",
    "https://www.example.fr/messages?avec=mathis-q", "https://www.example.es/mensajes?con=lucia_q92",
    "see https://x.example/messages/thread?with=lenka.vorstelk for details",
]


@pytest.mark.parametrize("url", COUNTERPARTS)
def test_a_conversation_s_counterpart_is_refused_in_text(url: str) -> None:
    assert detector.reason(url) == ROUTE


@pytest.mark.parametrize("url", COUNTERPARTS[:-1])
def test_a_conversation_s_counterpart_leaves_a_page_s_url(url: str) -> None:
    cleaned = privacy.clean_url(url)
    assert cleaned is not None and "=" + url.split("=")[1].split("&")[0] not in cleaned


CONVERSATION_ORDINARY = [
    "https://x.example/messages/thread?with=support", "https://x.example/messages?to=new",
    "https://x.example/inbox?with=all&page=2", "https://x.example/chat?partner=12345",
    # (a handle alone, `?with=lenka.vorstelk`, is a first.last and a person's since closer 236: test_lead55_mends)
    "https://x.example/products?with=lenka", "https://x.example/shop/gifts?to=mum&from=kids",
    "https://x.example/messages?to=admin", "https://x.example/help/messages-faq?with=video",
    "https://x.example/chat?with=team",
]


@pytest.mark.parametrize("url", CONVERSATION_ORDINARY)
def test_a_conversation_s_page_without_a_counterpart_goes_out(url: str) -> None:
    assert detector.reason(url) == ""
    assert privacy.clean_url(url) == url
