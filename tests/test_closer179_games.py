"""Closer 179: attack 81 (video games, game stores, streaming and creator platforms), claimed by rule, by meaning and
by language.

- personal_keys.player_named (key_lexicon.PLAYERS but English's, read by privacy._key_refusal): a player's word and a
  name's word in a key, either first, maybe small words of `of` between or glued (`spieler_name`, `nombre_jugador`,
  `nom_du_joueur`, `spielername`), holding a person's full name; English's `player_name` is a media player's as often,
  and a one-word value or a club's goes out.
- personal_keys._a_creators_legal_name (key_lexicon.CREATORS, LEGAL_NAME_WORDS): a creator's or a player's word, a
  legal name's word and a name's word in a key (`streamer_legal_name`), whatever the value; a creator's name alone is
  the channel's public one, a legal name alone a company's as often.
- wishes.GIFT_CARDS, wishes._CARD_GIVEN: a gift card's or a store credit's words by language, up to three words of its
  brand or amount, the word for "for" and a full name, the dedication going on after it (`Steam gift card 50€ for …
  – code …`, `… Guthaben für … – alles Liebe!`, `Tarjeta regalo … para … de parte de mamá`); a card's title ending on
  what it is for goes out, and so do a sale's day (wishes.OCCASIONS: `Black Friday`), a treat's count and a business.
  wishes.TO_WORDS (wishes._GIVEN): the word for "to" after a gift's word may be a form's label with its colon (`Gift
  to: …, message: …`; after `Gift for:` a gift's kind as often, `Gift for: Þór Hammer`); a country's name is no one a
  gift is for.
- parental_consents.CONSENTS, CHILDREN, FOR_WORDS (parental_consents.reason): a parent's consent's phrase by language,
  its colon and a full name before the child's word and the child's name (`Autorizzazione del genitore: … per il
  figlio …`, `保護者の同意：…（子：…）`), or the word for "for", a full name and the child's age (`Elterliche Zustimmung
  für …, 11 Jahre`); a form's state, the consent's means and a game's name go out.
- birth_years._after_a_player: a vintage's word (`Jg.`, `Jahrgang`) is a person's birth year after a player's or an
  athlete's word before the name (`Spieler … (Jg. 2009)`); a wine's stays out.
- race_results.LEADERBOARD_WORDS, SCORE_WORDS, LEADERBOARD_SUBJECTS (race_results._SCORED): a game's leaderboard's
  label, its colon, maybe a placing, a full name and a score's number and word (`Leaderboard #1: … – 98,214 pts`); a
  team's, a club's, a mode's, an event's or a competition's words go out.
- named_in_text._PERSON_WITH_HANDLE: a person's word in lower case and a full name before the person's handle in
  brackets (`Discord user … (tavish.p) joined the server`).
- cued_names._SIDES (in cued_names._DOCUMENT_FILE): an identity document's scan named after its holder, the scanned
  side's word by language after the name (`Scan_Personalausweis_<Given>_<Family>_front.jpg`); a side's word and a
  template's words name no holder.
- postal._labelled_before_blank (_NAME_WORDS_WITHOUT_BLANKS): a name's label of a script written without blanks ended
  by a blank as by a colon (`トーナメント参加登録：氏名 …`, `お名前　…`); a device's word before a blank is no label.
- handles._NETWORK_LINK: YouTube's `channel/` and Steam Community's custom `id/` are a network's profile links.
- referral_links.ROUTE_WORDS, referral_links.names_a_referrer (closer 188's one reading): an invitation's segment and
  a slug of a name's two or three words and a number (`/friend-invite/<given>-<family>-517906`);
  referral_links.INVITER_KEYS, referral_links.referrer_parameter, referral_links.an_inviters_name: an inviter's key on
  an invitation's page holding a full name (`/invite/?from=<Given>+<Family>`); a campaign's slug or value goes out.

Left in LEAKS: a chat's speaker as a lower-case handle opening a chat's line (`<given>_<family>: gg wp, …`): only a
dictionary tells a name's two words from a key's (`debug_blob: some text, more`), and no rule here holds one.
"""

from __future__ import annotations

from typing import Optional

import pytest

from meta_capi import detector, privacy, referral_links

PLAYER_KEYS = ["spieler_name", "nombre_jugador", "nom_du_joueur", "spielername", "nome_giocatore", "jogador_nome",
               "gracz_imie", "naam_speler"]
PLAYER_NAMES = ["Anselma Threfwick", "Corvin Dallowmere"]


@pytest.mark.parametrize("key", PLAYER_KEYS)
@pytest.mark.parametrize("value", PLAYER_NAMES)
def test_a_players_name_key_holding_a_full_name_is_personal(key: str, value: str) -> None:
    assert privacy._key_refusal(key, value) != ""


@pytest.mark.parametrize(("key", "value"), [
    ("spieler_name", "Müller 25"), ("spieler_name", "MÜLLER"), ("nombre_jugador", "Real Madrid"),
    ("spieler_name", "FC Bayern"), ("player_name", "Anselma Threfwick"), ("player_name", "JW Player"),
    ("spieler_nummer", "Anselma Threfwick"), ("spieler_anzahl", "4"), ("nom_du_joueur", "Team Liquid"),
])
def test_a_media_players_key_a_one_word_value_or_a_club_goes_out(key: str, value: str) -> None:
    assert privacy._key_refusal(key, value) == ""


@pytest.mark.parametrize("key", ["streamer_legal_name", "streamerLegalName", "creator_legal_name",
                                 "player_legal_name", "spieler_bürgerlicher_name", "nom_légal_du_créateur"])
def test_a_creators_or_a_players_legal_name_key_is_personal(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", ["streamer_name", "creator_name", "legal_name", "company_legal_name",
                                 "product_legal_name", "streamer_count", "creator_id"])
def test_a_channels_name_or_a_companys_legal_name_key_goes_out(key: str) -> None:
    assert detector.key_reason(key) == ""


GIFT_CARDS_FOR_PEOPLE = [
    "Steam gift card 50€ for Anselma Threfwick – code 4821-KQ7P-ZW2M",
    "PlayStation Store Guthaben für Corvin Dallowmere – alles Liebe!",
    "Tarjeta regalo Nintendo eShop para Anselma Threfwick de parte de papá",
    "Gutschein 25 € für Corvin Dallowmere, alles Gute", "Carte cadeau Fnac 30 € pour Anselma Threfwick !",
    "Buono regalo Amazon per Anselma Threfwick, buon compleanno",
    "Karta podarunkowa PSN dla Corvin Dallowmere - wszystkiego najlepszego",
    "Gift to: Corvin Dallowmere, message: Happy 12th birthday!",
]
GIFT_CARDS_FOR_THINGS = [
    "Steam Gift Card 50 €", "PlayStation Store Guthaben 25 €", "Gift to a friend – Steam gift card",
    "Gift for Dad: Xbox Series X", "Regalo para mamá: Nintendo Switch 2", "Nintendo eShop Guthaben für Nintendo Switch "
    "Online", "Gutschein für Zwei Personen", "Gift to: United Kingdom", "Google Play gift code for Android Phones",
    "Gift card 25€ for Black Friday - limited offer", "Guthaben für Nintendo Switch Online - 12 Monate",
    "Steam Gift Card for Valve Corporation", "Karta podarunkowa PSN 100 zł", "Amazon gift card for New Parents",
    "Gift for: Þór Hammer", "Gift for: Nintendo Switch",
]


@pytest.mark.parametrize("text", GIFT_CARDS_FOR_PEOPLE)
def test_a_gift_cards_dedication_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", GIFT_CARDS_FOR_THINGS)
def test_a_gift_cards_title_or_what_it_is_for_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


CONSENTS_NAMING = [
    "Elterliche Zustimmung für Corvin Dallowmere, 11 Jahre",
    "Autorizzazione del genitore: Anselma Threfwick per il figlio Corvin",
    "保護者の同意：Anselma Threfwick（子：Corvin）", "Parental consent: Anselma Threfwick for my son Corvin",
    "Consentimiento parental para Corvin Dallowmere (9 años)", "Zgoda rodzica: Anselma Threfwick, dziecko: Corvin",
]
CONSENTS_NAMING_NO_ONE = [
    "Parental consent: Required", "Elterliche Zustimmung: Nicht Erforderlich", "Parental consent: Xbox Family Settings",
    "Elterliche Zustimmung für Fortnite Battle Royale", "Parental controls: Xbox Family Settings",
    "Parental consent: Pending Review", "Autorizzazione del genitore: Modulo Scaricabile per il figlio",
    "Parental consent for Minecraft Java Edition", "Elterliche Zustimmung für Kinder unter 13 Jahre",
    "Parental consent for Roblox, 13 years", "Consentement parental : Obligatoire", "保護者の同意：必要",
]


@pytest.mark.parametrize("text", CONSENTS_NAMING)
def test_a_parents_consent_naming_the_parent_or_the_child_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", CONSENTS_NAMING_NO_ONE)
def test_a_consents_state_means_or_game_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


PLAYERS_NAMED = [
    "Anmeldung Turnier: Spieler Corvin Dallowmere (Jg. 2010)", "Spielerin Anna Maria Threfwick (Jg. 2011)",
    "Athlet Corvin Dallowmere (Jahrgang 2008)", "Leaderboard #1: Anselma Threfwick – 98,214 pts",
    "Highscore: Anselma Threfwick 12.500 Punkte", "Bestenliste Woche 3: 1. Corvin Dallowmere – 2.450 Punkte",
    "Discord user Corvin Dallowmere (corvin.d) joined the server", "New member Anselma Threfwick (anselma_t) says hi",
    "トーナメント参加登録：氏名 Anselma Threfwick", "氏名 山田 太郎", "お名前　山田太郎",
]
NO_PLAYER_NAMED = [
    "Riesling Spätlese (Jg. 2019)", "Weingut Spieler Grauburgunder (Jg. 2021)",
    "Leaderboard #1: Team Liquid – 2,450 pts", "Leaderboard – Season 12 Top 100", "Leaderboard: Season Pass – 500 XP",
    "Leaderboard: Daily Challenge, 100 pts", "Leaderboard: Double XP Weekend – 2 000 XP",
    "Leaderboard: Grand Final – 3 wins", "Player 2 joined the lobby", "customer Service Desk (beta)",
    "user Guide Book (pdf)", "Subscriber Count (live)", "電話機 ホワイト", "氏名 必須", "お名前 入力してください",
    "ゼルダの伝説 ティアーズ オブ ザ キングダム", "Tournament rules – 5v5 Bo3",
]


@pytest.mark.parametrize("text", PLAYERS_NAMED)
def test_a_player_named_by_a_label_a_ranking_or_a_community_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NO_PLAYER_NAMED)
def test_a_wine_a_team_a_mode_or_a_products_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Scan_Personalausweis_Anselma_Threfwick_front.jpg", "Passport_Corvin_Dallowmere_back.png",
    "Reisepass_Anselma_Threfwick_Rückseite.jpg", "Anselma_Threfwick_passport_verso.pdf",
])
def test_an_identity_documents_scan_named_after_its_holder_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", [
    "Personalausweis_Muster_Beispiel_front.jpg", "Personalausweis_Vorderseite_Rueckseite.jpg",
    "passport-holder-leather-front.jpg", "ID_card_template_back.png",
])
def test_an_identity_documents_template_or_sides_go_out(text: str) -> None:
    assert detector.reason(text) == ""


PROFILE_AND_INVITE_URLS = [
    "https://www.youtube.com/channel/corvindallowmere/videos", "https://steamcommunity.com/id/anselmathrefwick/",
    "https://www.epicgames.com/id/friend-invite/anselma-threfwick-482913",
    "https://store.steampowered.com/invite/?from=Corvin+Dallowmere",
    "https://example.com/einladung/corvin-dallowmere-48291736",
]
ORDINARY_URLS = [
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "https://steamcommunity.com/app/570/discussions/",
    "https://steamcommunity.com/market/", "https://store.steampowered.com/invite/?from=Email+Campaign",
    "https://example.com/invite/summer-sale-202611", "https://example.com/referral/black-friday-123456",
    "https://discord.gg/invite?ref=abc", "https://example.com/invite/?from=home",
    "https://example.com/search?from=New+York&to=Paris", "https://www.twitch.tv/directory/category/elden-ring",
]


@pytest.mark.parametrize("url", PROFILE_AND_INVITE_URLS)
def test_a_profiles_or_an_inviters_url_is_refused_in_text_and_cut_as_a_page(url: str) -> None:
    assert detector.reason(url) != ""
    cleaned: Optional[str] = privacy.clean_url(url)
    assert cleaned != url


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_a_platforms_own_pages_and_a_campaigns_invite_go_out(url: str) -> None:
    assert detector.reason(url) == ""
    assert privacy.clean_url(url) == url


def test_an_inviters_name_is_no_campaigns() -> None:
    assert referral_links.an_inviters_name("Corvin Dallowmere")
    assert not referral_links.an_inviters_name("Email Campaign")
