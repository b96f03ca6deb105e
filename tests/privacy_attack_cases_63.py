"""The sixty-third outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity"), without reading the gate's code, its reference nor the earlier
attacks' cases: online communities, dating and games. Dating sites' and apps' pages (profiles, matches, messages,
subscriptions bought), online games' shops and account pages (gamer tags, Steam, Xbox, PlayStation, Epic, Riot and
Battle.net ids, friend codes, in-game purchases, tournament sign-ups), forums (user pages, private messages,
moderation), streaming and creators' platforms (channel pages, fan subscriptions, tips, fan clubs) and the callbacks
of social logins. They send the events any shop sends (a page, a search, a subscription or an in-game item bought,
a registration as a lead).

The personal side puts a member's, a player's or a fan's own data where such sites' careless developers put it: a
gamer tag or a platform id after its label and under its key, a dating profile's name and age in a title, a private
message's phone or mail, a tipper's name, a tournament entrant's id card and birth date, a moderator's note, an OAuth
callback's query and fragment, a profile's route. Each carries a made-up marker (`Vorstelk`, `Quarvelle`,
`Terbalde`, `Kowarzyk`, the digits `639207`) so that a leak is findable; check digits are computed where the real
thing has them (Luhn, IBAN, PESEL, DNI, CPF).

The ordinary side (about 300 values) is what such shops sell and show: game titles, editions, skins and items,
currencies of games, battle passes, server regions, league tiers and ranks, subscription plans, SKUs, gift cards'
denominations, platform product ids, tournament formats, landing URLs, in several languages: it must go out whole.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import iban, luhn_complete, ordinary_in_places
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "63"
SITE = "https://www.amoria-dating.example.com"
GAMES = "https://store.pixelforge.example.net"
SURNAME = "Vorstelk"
DIGITS = "639207"
EMAIL = "lenka.vorstelk@seznam.cz"
STEAM64 = "76561198639207184"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# --- check digits the states' and the banks' numbers carry ---------------------------------------------------------
def pesel(ten: str) -> str:
    """A Polish PESEL: ten digits and the check by the weights 1 3 7 9."""
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return f"{ten}{(10 - sum(int(d) * w for d, w in zip(ten, weights, strict=True)) % 10) % 10}"


def dni(eight: str) -> str:
    """A Spanish DNI: eight digits and the letter of their remainder by 23."""
    return f"{eight}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(eight) % 23]}"


def cpf(nine: str) -> str:
    """A Brazilian CPF in its printed layout with its two check digits."""
    digits = [int(d) for d in nine]
    for size in (10, 11):
        total = sum(d * w for d, w in zip(digits, range(size, 1, -1), strict=True))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


def _jwt(claims: Dict[str, Any]) -> str:
    def part(data: Dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")
    return f"{part({'alg': 'RS256', 'kid': 'a3f9', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk"


PESEL = pesel("0123063920")  # born 2001-03-06 (the month + 20 for the 2000s)
DNI = dni("63920718")
CPF = cpf("639207184")
CARD = luhn_complete("492963920718441")
IBAN_CZ = iban("CZ", "0800000019639207184")
IBAN_DE = iban("DE", "370400440639207184")


# --- the personal side ----------------------------------------------------------------------------------------------
GAMER: Dict[str, Tuple[str, Any]] = {
    "steam id64": (f"SteamID64: {STEAM64}", STEAM64),
    "riot id": ("Riot ID: Vorstelk#EUW1", SURNAME),
    "battletag": ("BattleTag Vorstelk#21784", SURNAME),
    "psn online id": ("PSN-ID: lenka_vorstelk97", "lenka_vorstelk97"),
    "xbox gamertag": ("Xbox Gamertag: LenkaVorstelk", SURNAME),
    "switch friend code": ("Freundescode: SW-6392-0718-4413", "639207184413"),
    "epic display name": ("Epic Games Anzeigename: Vorstelk.TTV", SURNAME),
    "discord handle": ("Discord: vorstelk#6392", SURNAME),
}
PROFILES: Dict[str, Tuple[str, Any]] = {
    "dating title": ("Lenka Vorstelk, 29, Brno – Profil | Amoria", SURNAME),
    "message from": ("Neue Nachricht von Lenka Vorstelk", SURNAME),
    "self intro": ("Ich bin Lenka Vorstelk, 29, aus Brno und suche…", SURNAME),
    "bio phone": ("Über mich: Wandern, Katzen, Sushi. Tel. 0176 63920718", "017663920718"),
    "username": ("Benutzername: lenka.vorstelk97", "vorstelk97"),
    "age label": ("Alter: 29 · sucht Mann 30–40", "Alter: 29"),
    "match line": ("It's a match! Mathis Quarvelle likes you too", "Quarvelle"),
    "hi name": ("Hi Mathis, you have 3 new likes", "Hi Mathis"),
}
MESSAGES: Dict[str, Tuple[str, Any]] = {
    "call me de": ("Ruf mich an: 0176 63920718", "017663920718"),
    "whatsapp fr": ("Écris-moi sur WhatsApp au 06 39 20 71 84", "0639207184"),
    "polish number": ("Napisz do mnie: +48 601 639 207", "48601639207"),
    "spanish number": ("Mi número es 639 207 184, escríbeme", "639207184"),
    "mail in reply": (f"Re: Treffen Samstag – Lenka Vorstelk <{EMAIL}>", EMAIL),
    "insta handle": ("mi insta es @lenka.vorstelk, agrégame", "lenka.vorstelk"),
    "closing": ("Bis Samstag am Brunnen! Liebe Grüße, Lenka Vorstelk", SURNAME),
}
TIPS: Dict[str, Tuple[str, Any]] = {
    "tip from": ("Tip from Lenka Vorstelk – 5 € – Alles Gute zum Geburtstag!", SURNAME),
    "gifted sub": ("Gifted sub to vorstelk639 by Quarvelle_M", "vorstelk639"),
    "donation mail": (f"Donation: 10 € von Lenka Vorstelk ({EMAIL})", EMAIL),
    "fan club for": ("Fanclub-Mitgliedschaft Gold für Lenka Vorstelk", SURNAME),
    "billed address": ("Tier 2 – billed to Mathis Quarvelle, 12 rue des Lilas 69003 Lyon",
                       ["Quarvelle", "12 rue des Lilas"]),
    "cpf apoio": (f"Apoio mensal – CPF {CPF}", CPF.replace(".", "").replace("-", "")),
    "payout iban": (f"Auszahlung an {IBAN_DE}", IBAN_DE[4:]),
}
TOURNAMENTS: Dict[str, Tuple[str, Any]] = {
    "entrant dob": ("Anmeldung: Spielerin Lenka Vorstelk, geb. 06.03.2001", [SURNAME, "06.03.2001"]),
    "captain phone": ("Team captain: Mathis Quarvelle, +33 6 39 20 71 84", ["Quarvelle", "639207184"]),
    "dni": (f"Inscripción torneo FIFA – DNI {DNI}", DNI[:8]),
    "pesel": (f"Zgłoszenie do turnieju, PESEL {PESEL}", PESEL),
    "spielerpass": (f"Spielerpass-Nr. {DIGITS}", DIGITS),
    "contact mail": (f"ESL Cup #12 registration – contact {EMAIL}", EMAIL),
    "player name": ("Player: Kacper Kowarzyk (Kowar), Team Nordwind", "Kowarzyk"),
}
BIRTHS: Dict[str, Tuple[str, Any]] = {
    "dob us": ("DOB: 03/06/2001", "03/06/2001"),
    "geburtsdatum": ("Geburtsdatum 06.03.2001", "06.03.2001"),
    "naissance": ("date de naissance : 06/03/2001", "06/03/2001"),
    "edad": ("Edad: 27 · Madrid · busca chica", "Edad: 27"),
    "japanese": ("生年月日：2001年3月6日", "2001年3月6日"),
    "age gate": ("Age verification: I am 17 years old", "I am 17"),
    "pairs": ("birthday=2001-03-06&region=EUW&plan=premium", "2001-03-06"),
}
MODERATION: Dict[str, Tuple[str, Any]] = {
    "ban appeal": (f"Ban appeal – user {EMAIL}", EMAIL),
    "banned ip": ("Banned IP 81.17.26.123 (multi-account)", "81.17.26.123"),
    "real name": ("Mod note: real name Lenka Vorstelk, verified", SURNAME),
    "recovery phone": ("Account recovery: phone +420 603 639 207", "420603639207"),
    "passport": ("ID check – Passport no.: X6392071", "X6392071"),
    "reported by": ("Reported by: Mathis Quarvelle", "Quarvelle"),
    "czech payout": (f"Creator payout IBAN {IBAN_CZ}", IBAN_CZ[4:]),
}
ORDERS: Dict[str, Tuple[str, Any]] = {
    "mail order id": (f"ORD-{EMAIL}-1733", EMAIL),
    "invoice to": ("Premium 6 Monate – Rechnung an Lenka Vorstelk", SURNAME),
    "steam in sku": (f"VBUCKS-2800-steam:{STEAM64}", STEAM64),
    "subscription id": ("sub_639207_lenka.vorstelk", "lenka.vorstelk"),
    "card": (f"Paid with card {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}", CARD),
    "gift to": ("Gift for Kacper Kowarzyk: Battle Pass Season 4", "Kowarzyk"),
    "phone receipt": ("Receipt sent to +44 7700 963920", "447700963920"),
}
LOGIN_TOKEN = _jwt({"iss": "https://accounts.google.com", "sub": "110248495921238986420", "email": EMAIL,
                    "name": "Lenka Vorstelk", "given_name": "Lenka", "family_name": SURNAME})
LOGINS: Dict[str, Tuple[str, Any]] = {
    "google email": (f"{SITE}/auth/google/callback?state=af3c91&code=4%2F0AeaYSHB7x&authuser=0&email="
                     f"{quote(EMAIL)}", EMAIL),
    "steam openid": (f"{GAMES}/auth/steam/return?openid.mode=id_res&openid.claimed_id="
                     f"{quote('https://steamcommunity.com/openid/id/' + STEAM64, safe='')}", STEAM64),
    "id token fragment": (f"{SITE}/login/callback#id_token={LOGIN_TOKEN}&state=9f2b", [EMAIL, SURNAME]),
    "discord names": (f"{GAMES}/oauth/discord/callback?code=NhhvTDYsFcdgNLnnLijcl7Ku7bEEeee&username=vorstelk"
                      f"&global_name=Lenka%20Vorstelk", SURNAME),
    "twitch login": (f"{GAMES}/welcome?login=vorstelk639&display_name=Vorstelk639", "vorstelk639"),
    "apple user": (f"{SITE}/auth/apple?user=" + quote(json.dumps(
        {"name": {"firstName": "Lenka", "lastName": SURNAME}, "email": EMAIL})), [EMAIL, SURNAME]),
    "facebook name": (f"{SITE}/signup/complete?provider=facebook&first_name=Lenka&last_name=Vorstelk",
                      SURNAME),
}
ROUTES: Dict[str, Tuple[str, Any]] = {
    "profile slug": (f"{SITE}/profile/lenka-vorstelk-29-brno", SURNAME),
    "user inbox": (f"{SITE}/u/Vorstelk639/inbox", "Vorstelk639"),
    "member id slug": (f"{SITE}/members/{DIGITS}-lenka-vorstelk/photos", SURNAME),
    "steam profile": (f"https://steamcommunity.com/profiles/{STEAM64}/inventory/", STEAM64),
    "thread with": (f"{SITE}/messages/thread?with=lenka.vorstelk&unread=2", "lenka.vorstelk"),
    "player page": (f"{GAMES}/lol/summoner/euw/Vorstelk-EUW1/matches", SURNAME),
    "forum pm": ("https://forum.pixelforge.example.net/conversations/add?to={quote(EMAIL)}&title=Trade", EMAIL),
}
KEYS: Dict[str, Tuple[str, str]] = {
    "gamertag": ("gamertag", "LenkaVorstelk"),
    "steamid": ("steamid", STEAM64),
    "riot id": ("riot_id", "Vorstelk#EUW1"),
    "psn online id": ("psn_online_id", "lenka_vorstelk97"),
    "match name": ("match_name", "Mathis Quarvelle"),
    "partner email": ("partner_email", EMAIL),
    "discord username": ("discord_username", "vorstelk"),
}
KEY_PLACES = {"custom property": "track", "user property": "user"}


def key_cases() -> Iterator[Case]:
    for name, (key, value) in KEYS.items():
        forms = [STEAM64] if value == STEAM64 else [EMAIL] if value == EMAIL else [value]
        yield (f"key {name} @ custom property", "track", {"properties": {key: value, "plan": "premium"}}, forms)
        yield (f"key {name} @ user property", "user", {"user_properties": {key: value}}, forms)


def cases() -> List[Case]:
    return [
        *rotated("gamer", GAMER, TEXT_PLACES, 2, put=_put),
        *rotated("profile", PROFILES, TEXT_PLACES, 2, start=5, put=_put),
        *rotated("message", MESSAGES, TEXT_PLACES, 2, start=11, put=_put),
        *rotated("tip", TIPS, TEXT_PLACES, 2, start=17, put=_put),
        *rotated("tournament", TOURNAMENTS, TEXT_PLACES, 2, start=23, put=_put),
        *rotated("birth", BIRTHS, TEXT_PLACES, 2, start=29, put=_put),
        *rotated("mod", MODERATION, TEXT_PLACES, 2, start=3, put=_put),
        *rotated("order", ORDERS, TEXT_PLACES, 2, start=9, put=_put),
        *rotated("login", LOGINS, URL_PLACES, 2, put=_put),
        *rotated("route", ROUTES, URL_PLACES, 2, start=1, put=_put),
        *key_cases(),
    ]


# --- the ordinary side -----------------------------------------------------------------------------------------------
TEXTS = [
    "Elden Ring: Shadow of the Erdtree Deluxe Edition", "Baldur's Gate 3 – Digital Deluxe", "EA SPORTS FC 25 Ultimate",
    "Call of Duty: Black Ops 6 – Vault Edition", "The Legend of Zelda: Tears of the Kingdom",
    "Counter-Strike 2 Prime Status Upgrade", "AK-47 | Redline (Field-Tested)", "★ Karambit | Doppler (Factory New)",
    "Valorant Points 1000", "Fortnite 2800 V-Bucks", "Battle Pass Season 4", "Genshin Impact Welkin Moon",
    "Apex Coins 2150", "Minecraft Java & Bedrock Edition", "Xbox Game Pass Ultimate 3 Monate",
    "PlayStation Plus Premium 12 mois", "Nintendo Switch Online + Erweiterungspaket", "Riot Points 1380",
    "League of Legends – Arcane Jinx Skin", "Ranked: Diamond II – 64 LP", "Xbox Gamertag-Änderung",
    "Riot ID Change – Tagline #EUW", "Server: EU West (Frankfurt)", "Region: NA East", "Name Change Card",
    "Clash Royale Pass Royale", "World of Warcraft: 60 Tage Spielzeit", "Overwatch 2 – 2000 Münzen",
    "Steam-Guthaben 50 €", "Twitch Turbo (monatlich)", "Tier 1 Sub", "Fanclub Gold – 4,99 €/Monat", "Premium 6 Monate",
    "Amoria Plus – 3 Monate", "Age rating: PEGI 16", "Boost 30 min", "Tinder Gold – 1 mes",
    "Abonnement Platinum 12 mois", "Turnier: 2v2 Rocket League Cup, Best of 3", "ESL Open Cup #12 Europe",
    "Coupe 5v5 – inscription équipe", "Torneo FIFA 25 – Ultimate Team", "Players: 1–4 (Online)", "Forum: Off-Topic",
    "Thread: Best loadout for AK-47", "Level 42 Paladin", "XP Boost 2x (24 h)", "Gift card 25 €",
    "Tarjeta regalo PlayStation 20 €", "Karta Steam 100 zł",
]
CODES = [
    "CUSA-12345", "PPSA01234_00", "CUSA07408_00", "EP9000-PPSA01234_00-ELDENRINGDLC0000", "SW-ZELDA-TOTK-EU",
    "HAC-P-AXN7A", "70010000000025", "CSGO-aB3cD-eF4gH-iJ5kL-mN6oP-qR7sT", "match 7654321098", "SKU-FN-VB-2800",
    "steam:app/1245620", "app_1086940", "EUW1_7012345678", "sub_gold_12m", "PLAN-PLUS-3M", "9NBLGGH4R315", "XGPU-3M-DE",
    "ORD-2026-48213", "T1-SUB-MONTHLY", "G2A-7C1F-9KQ2",
]
URLS = [
    f"{GAMES}/app/1245620/elden-ring", f"{GAMES}/de/skins/ak-47-redline-field-tested", f"{GAMES}/bundles/35468",
    f"{GAMES}/valorant/points?pack=1000&region=eu", f"{GAMES}/search?q=karambit+doppler",
    f"{GAMES}/lol/champions/jinx/skins?tier=legendary", f"{GAMES}/tournaments/esl-open-cup-12/rules",
    f"{SITE}/premium?plan=plus-3m&utm_source=app&utm_medium=banner", f"{SITE}/fr/abonnement/platinum",
    f"{SITE}/es/planes?duracion=1-mes", "https://forum.pixelforge.example.net/forums/off-topic.12/",
    "https://forum.pixelforge.example.net/threads/best-loadout-for-ak-47.4821/page-2",
    "https://steamcommunity.com/app/1245620/discussions/", "https://www.twitch.tv/directory/category/elden-ring",
]
TEXT_ORDINARY_PLACES = ["product name", "search string", "page title", "custom property"]
CODE_PLACES = ["product id", "contents id", "order id", "custom property"]
URL_ORDINARY_PLACES = ["page url", "referrer"]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places({"games text": TEXTS, "games code": CODES, "games url": URLS},
                                  {"games text": TEXT_ORDINARY_PLACES, "games code": CODE_PLACES,
                                   "games url": URL_ORDINARY_PLACES}, _put)
