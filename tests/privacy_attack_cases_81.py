"""The eighty-first outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: video games, game stores and streaming and creator platforms (Steam, Epic
Games, PlayStation Store, Xbox, Nintendo eShop, Riot, Roblox, Twitch, YouTube, Kick, Patreon, Ko-fi, Substack,
Discord, Spotify, Deezer, SoundCloud, Bandcamp) in the UK, the US, Germany, France, Spain, Italy, Poland, Sweden,
Brazil, Mexico, Japan, South Korea and India.

About 150 personal cases, each a player's, a viewer's, a creator's or a parent's own data in the leaves the README
maps (custom properties and their keys, product names and ids, the page's URL, path, referrer and title, the search,
custom event names), across the data-minimisation settings: support tickets, age checks, tournaments' sign-ups, tips
and donations with their messages, gamer tags and channel slugs built from a real name, friend invites, gift cards and
their recipients, creators' payout details, merch's shipping addresses, parents' consent naming a child, and
personal keys of the trade. Every value carries a made-up marker: three people nobody is (`Quillaine Dravesmark`,
`Mirelda Vonskrath`, `Tavish Pellungard`), their numbers holding a six-digit marker (`638214`, `517906`, `274953`)
and one birth date (14 March 2009); a leak is found by any marker the value holds.

About 300 ordinary cases must go out whole: games' and DLCs' titles, characters and teams, platforms and tiers, gift
cards' amounts, albums with their artists' public names, podcasts' episodes, genres, ratings, regions and help pages,
in several languages, look-alikes of the personal side's shapes holding no person (`Thanks for 10K subs!`, `Gift for
Dad: Xbox Series X`, `Gamertag: Taken`), in four leaves each, and the stores' and platforms' public URLs as a page's
URL and referrer.
"""

from __future__ import annotations

import re
from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import luhn_complete, ordinary_in_places, ordinary_urls
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "81"

# The markers a leak is found by: the made-up people's names, their numbers' six digits, the birth date's digits.
MARKERS = ["Dravesmark", "Vonskrath", "Pellungard", "Quillaine", "Mirelda", "Tavish", "638214", "517906", "274953",
           "14032009", "20090314"]


def _markers(value: str) -> List[str]:
    """The markers `value` holds, as text (any case) or as digits read through separators."""
    digits = re.sub(r"\D", "", value)
    lowered = value.lower()
    return [marker for marker in MARKERS
            if (marker.isdigit() and marker in digits) or (not marker.isdigit() and marker.lower() in lowered)]


def _table(values: Dict[str, str]) -> Dict[str, Tuple[str, List[str]]]:
    table = {name: (value, _markers(value)) for name, value in values.items()}
    unmarked = [name for name, (_, forms) in table.items() if not forms]
    assert not unmarked, unmarked
    return table


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


IBAN_DE = "DE80370400440638214000"
IBAN_FR = "FR94 3000 6000 0163 8214 9000 171"
CPF = "638.214.527-06"
CARD = luhn_complete("453201517906274")  # a Visa-shaped number carrying a marker, its Luhn digit computed

TICKETS = {
    "steam hacked": "Support ticket #4471: I'm Quillaine Dravesmark, my Steam account was hacked",
    "xbox dash": "Ticket #88213 – Mirelda Vonskrath – refund for FIFA 26 Ultimate Edition",
    "psn callback": "PlayStation Support: please call me back on +44 7700 638214 about my PSN refund",
    "riot german": "Riot Support – Ticket 88214: Mein Name ist Tavish Pellungard, mein Konto ist gesperrt",
    "eshop french": "Ticket Nintendo eShop : mon numéro est le 06 63 82 14 57, rappelez-moi svp",
    "roblox mail": "Roblox support: contact me at mirelda.vonskrath@gmail.com about my son's account",
    "epic chargeback": "Epic Games ticket – chargeback letter to Calle Mayor 14, 3º B, 28013 Madrid, Tavish Pellungard",
    "twitch spanish": "Soporte Twitch: soy Mirelda Vonskrath, mi teléfono es +34 612 638 214",
}
AGE_CHECKS = {
    "dob label": "Age verification: Quillaine Dravesmark, DOB 14/03/2009",
    "german": "Altersverifikation – Geburtsdatum: 14.03.2009",
    "yoti born": "Yoti age check passed – Mirelda Vonskrath (born 2009-03-14)",
    "japanese": "年齢確認：生年月日 2009年03月14日",
    "korean": "본인인증: 휴대폰 010-6382-1495, 생년월일 2009.03.14",
    "own age": "Age check: I am 14 years old, my name is Tavish Pellungard",
    "indian": "Age verification: Aadhaar-linked mobile +91 98638 21475",
    "id scan": "Scan_Personalausweis_Tavish_Pellungard_front.jpg",
}
TOURNAMENTS = {
    "captain": "Tournament sign-up: Team Vonskrath – captain Mirelda Vonskrath, mirelda.vonskrath@example.net",
    "mexico": "Inscripción torneo Valorant: Tavish Pellungard, WhatsApp +52 55 6382 1497",
    "italian born": "Iscrizione torneo FIFA: Tavish Pellungard, nato il 14/03/2009",
    "polish": "Zapisy na turniej CS2: Mirelda Vonskrath, tel. 512 638 214",
    "brazil cpf": f"Inscrição campeonato Free Fire: Quillaine Dravesmark, CPF {CPF}",
    "japanese": "トーナメント参加登録：氏名 Quillaine Dravesmark",
    "swedish": "Turneringsanmälan: Tavish Pellungard, mobil 070-638 21 49",
    "german year": "Anmeldung Turnier: Spieler Quillaine Dravesmark (Jg. 2009)",
}
TIPS = {
    "thanks euro": "Thanks Quillaine Dravesmark for the 5€!",
    "danke bits": "Danke Mirelda Vonskrath für die 500 Bits!",
    "merci don": "Merci Tavish Pellungard pour le don de 5 € !",
    "kofi from": "Ko-fi tip from Quillaine Dravesmark: keep the streams coming",
    "patreon patron": "Nuevo mecenas en Patreon: Tavish Pellungard – Tier 2",
    "gift sub": "Gift sub from Mirelda Vonskrath – thanks for the hype!",
    "polish donation": "Donacja 20 zł od Quillaine Dravesmark: pozdro z Krakowa",
    "grazie first": "Grazie Mirelda per i 5€! 🎉",
    "superchat": "Super Chat ¥500 – Tavish Pellungard: がんばって！",
    "alert phone": "New donation $10 – message: text me 415-638-2147 after stream",
}
HANDLES = {
    "discord label": "Discord: quillaine.dravesmark",
    "gamertag": "Gamertag: QuillaineDravesmark",
    "riot id": "Riot ID: TavishPellungard#EUW",
    "psn": "PSN-ID: mirelda_vonskrath_09",
    "leaderboard": "Leaderboard #1: Quillaine Dravesmark – 98,214 pts",
    "playlist": "Playlist by Mirelda Vonskrath – Chill Gaming Mix",
    "battle tag": "BattleTag Pellungard#2749",
    "discord real": "Discord user Tavish Pellungard (tavish.p) joined the server",
}
HANDLE_URLS = {
    "twitch": "https://www.twitch.tv/quillainedravesmark",
    "youtube": "https://www.youtube.com/@QuillaineDravesmark2009",
    "channel path": "https://www.youtube.com/channel/tavishpellungard/videos",
    "kick": "https://kick.com/mirelda-vonskrath",
    "steam id": "https://steamcommunity.com/id/quillainedravesmark/",
    "tiktok": "https://www.tiktok.com/@tavish.pellungard",
}
# A stream's alerts and chat lines, where a viewer's handle is built from their real name.
ALERTS = {
    "prime sub": "quillainedravesmark just subscribed with Prime!",
    "chat line": "quillaine_dravesmark: gg wp, see you tomorrow",
    "lobby": "QuillaineDravesmark2009 joined the lobby",
    "raid": "TavishPellungard is raiding with a party of 12",
}
INVITES = {
    "fortnite": "Mirelda Vonskrath invited you to play Fortnite! Accept within 7 days",
    "german": "Einladung von Tavish Pellungard: Spiel mit mir Minecraft!",
    "french": "Quillaine Dravesmark vous invite à rejoindre son serveur Discord",
}
INVITE_URLS = {
    "discord ref mail": "https://discord.gg/invite?ref=quillaine.dravesmark%40example.com",
    "steam from name": "https://store.steampowered.com/invite/?from=Quillaine+Dravesmark",
    "epic slug": "https://www.epicgames.com/id/friend-invite/mirelda-vonskrath-517906",
    "roblox inviter": "https://www.roblox.com/share?code=ab12&inviter=TavishPellungard",
    "spotify family": "https://open.spotify.com/family/join/invite?email=quillaine.dravesmark@example.com",
}
GIFT_CARDS = {
    "steam code": "Steam gift card 50€ for Mirelda Vonskrath – code 6382-14QX-7PLM",
    "gift to": "Gift to: Tavish Pellungard, message: Happy 14th birthday!",
    "german": "PlayStation Store Guthaben für Quillaine Dravesmark – alles Liebe!",
    "recipient mail": "Xbox gift card – Recipient: Mirelda Vonskrath <mirelda.vonskrath@example.org>",
    "spanish": "Tarjeta regalo Nintendo eShop para Tavish Pellungard de parte de mamá",
    "french": "Carte cadeau Roblox – destinataire : Quillaine Dravesmark",
    "card number": f"Paid with card {CARD} – V-Bucks 1,000",
}
PAYOUTS = {
    "iban": f"Payout IBAN {IBAN_DE} (Quillaine Dravesmark)",
    "paypal": "PayPal payout: mirelda.vonskrath@example.com",
    "french iban": f"Paiement créateur : IBAN {IBAN_FR}, titulaire Tavish Pellungard",
    "pix phone": "Chave Pix: +55 11 96382-1497",
    "upi": "UPI payout: mirelda.vonskrath@okhdfcbank",
    "uk account": "Payout to Quillaine Dravesmark, sort code 20-00-00, account 63821490",
    "swish": "Swish-utbetalning till 070-638 21 49",
}
MERCH = {
    "uk": "Merch shipping: Quillaine Dravesmark, 221 Baker Street, London NW1 6XE",
    "german": "Lieferadresse Merch: Tavish Pellungard, Hauptstraße 5, 10115 Berlin",
    "spanish": "Envío merch: Mirelda Vonskrath, Calle Mayor 14, 3º B, 28013 Madrid",
    "italian": "Spedizione merch: Via Roma 12, 20121 Milano – Mirelda Vonskrath",
    "polish": "Dostawa: ul. Długa 7/3, 00-238 Warszawa, Tavish Pellungard",
    "japanese": "〒150-0001 東京都渋谷区神宮前1-2-3 Quillaine Dravesmark 様",
    "us": "Ship to: Mirelda Vonskrath, 500 N Elm Dr, Springfield, IL 62701",
    "brazil": "Endereço: Rua Augusta 1500, ap 42, 01310-100 São Paulo – Tavish Pellungard",
    "french phone": "Livraison merch : 12 rue des Lilas 69003 Lyon, tél 06 63 82 14 57",
}
CONSENTS = {
    "english": "Parental consent: I, Quillaine Dravesmark, allow my son Tavish to play online",
    "german": "Elterliche Zustimmung für Tavish Pellungard, 11 Jahre",
    "french": "Consentement parental – enfant : Tavish Pellungard, né le 14/03/2009",
    "xbox family": "Xbox family: child account for Mirelda Vonskrath (born 2009-03-14)",
    "parent mail": "Roblox parent email: quillaine.dravesmark@example.com (child: Tavish)",
    "italian": "Autorizzazione del genitore: Mirelda Vonskrath per il figlio Tavish",
    "japanese": "保護者の同意：Quillaine Dravesmark（子：Tavish）",
    "polish": "Zgoda rodzica: Mirelda Vonskrath, dziecko: Tavish Pellungard",
}

# Keys of the trade holding a name nothing else marks: only the key can tell.
PERSONAL_KEYS = ["viewer_real_name", "streamer_legal_name", "donor_name", "parent_email", "child_name",
                 "payout_account_holder", "recipient_name", "nombre_jugador", "spieler_name", "nom_du_joueur",
                 "discord_username", "shipping_address"]
KEY_VALUE = "Quillaine Dravesmark"


def key_cases() -> Iterator[Case]:
    for index, key in enumerate(PERSONAL_KEYS):
        kind = "page" if index % 3 == 2 else "track"
        yield (f"keys {key} @ {kind} property", kind, {"properties": {key: KEY_VALUE}}, _markers(KEY_VALUE))


def cases() -> List[Case]:
    # (family, values, how many places each value goes in)
    texts = [("ticket", TICKETS, 1), ("age", AGE_CHECKS, 2), ("tournament", TOURNAMENTS, 1), ("tip", TIPS, 1),
             ("handle", HANDLES, 2), ("alert", ALERTS, 2), ("invite", INVITES, 2), ("giftcard", GIFT_CARDS, 2),
             ("payout", PAYOUTS, 2), ("merch", MERCH, 1), ("consent", CONSENTS, 2)]
    out: List[Case] = []
    start = 0
    for family, values, per in texts:
        out += rotated(family, _table(values), TEXT_PLACES, per, start=start, tag=TAG, put=_put)
        start += per * len(values)
    out += rotated("handle", _table(HANDLE_URLS), URL_PLACES, 2, tag=TAG, put=_put)
    out += rotated("invite", _table(INVITE_URLS), URL_PLACES, 2, start=3, tag=TAG, put=_put)
    out += key_cases()
    return out


ORDINARY: Dict[str, List[str]] = {
    "games": ["Elden Ring: Shadow of the Erdtree", "FIFA 26 Ultimate Edition",
              "The Legend of Zelda: Tears of the Kingdom", "Call of Duty: Black Ops 6 – Vault Edition",
              "Baldur's Gate 3 Digital Deluxe Edition", "Assassin's Creed Shadows – Édition Limitée",
              "Cyberpunk 2077: Phantom Liberty",
              "Mario Kart 8 Deluxe – Booster Course Pass", "ゼルダの伝説 ティアーズ オブ ザ キングダム"],
    "characters and teams": ["Mario", "Lara Croft", "Team Liquid", "Geralt of Rivia", "Kratos and Atreus",
                             "G2 Esports", "Fnatic vs T1 – Worlds 2026 Final", "Jett (Valorant agent)"],
    "platforms and tiers": ["Tier 1 sub", "YouTube Premium Family",
                            "Xbox Game Pass Ultimate – 3 months", "PlayStation Plus Extra 12 Monate",
                            "Nintendo Switch Online + Erweiterungspaket", "Patreon Tier 3 – Gold Supporter",
                            "Spotify Premium Duo", "Ko-fi membership: Coffee Club",
                            "Substack paid subscription – annual"],
    "gift cards and top-ups": ["Steam Gift Card 50 €", "PlayStation Store Guthaben 25 €", "Roblox 800 Robux",
                               "1,000 V-Bucks", "Nintendo eShop Card ¥3000", "Google Play gift code ₹500",
                               "Apple Gift Card R$ 100", "Twitch 500 Bits",
                               "Karta podarunkowa PSN 100 zł"],
    "music and podcasts": ["Taylor Swift – 1989 (Taylor's Version)", "Bad Bunny – Un Verano Sin Ti",
                           "Rosalía – Motomami", "Stromae – Multitude", "Daft Punk – Random Access Memories (Vinyl)",
                           "lofi hip hop radio – beats to relax/study to",
                           "Episode 42: Speedrunning Super Mario 64", "Folge 312: Die besten Indie-Games 2026"],
    "genres ratings regions": ["PEGI 16", "USK ab 12", "ESRB Mature 17+", "CERO D", "Battle royale",
                               "Juego de rol", "Gra strategiczna", "Region: EUW", "Ranked: Diamond II"],
    "help pages": ["How to redeem a gift card", "Refund policy for digital purchases", "Hilfe: Kauf erstatten",
                   "Comment lier mon compte Twitch", "Leaderboard – Season 12 Top 100", "Tournament rules – 5v5 Bo3",
                   "Friend invite: get 500 XP"],
    # shapes the personal side uses, holding no person
    "look-alikes": ["Thanks for 10K subs!", "Danke für 1.000 Follower!", "Gift to a friend – Steam gift card",
                    "For Honor – Deluxe Edition", "Team Vitality vs Karmine Corp", "Riot ID Change – Tagline #EUW",
                    "Ellie & Joel – The Last of Us Part II", "Age: 12+", "Player 2 joined the lobby",
                    "Parental controls: Xbox Family Settings", "Leaderboard #1: Team Liquid – 2,450 pts",
                    "Tournament sign-up: Team Liquid vs G2", "Player: Faker (T1)", "Dear Esther: Landmark Edition",
                    "Gift for Dad: Xbox Series X", "Regalo para mamá: Nintendo Switch 2",
                    "Super Chat ¥500 – 応援ありがとう"],
    # a label of the personal side before a value that is no person's: an audience's age mark with a rating, a
    # form's state, a public server's invite
    "labels holding no person": ["Age: 18+ (PEGI 18)", "Gamertag: Taken", "Discord: discord.gg/fortnite"],
}
ORDINARY_PLACES = ["custom property", "page title", "product name", "search string"]
ORDINARY_URLS = [
    "https://store.steampowered.com/app/2778580/ELDEN_RING_Shadow_of_the_Erdtree/",
    "https://www.twitch.tv/directory/category/elden-ring",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://store.playstation.com/de-de/product/EP9000-PPSA01411_00-GAME000000000000",
    "https://help.steampowered.com/en/wizard/HelpWithPurchase",
    "https://www.roblox.com/games/920587237/Adopt-Me",
    "https://kick.com/category/just-chatting",
    "https://store.epicgames.com/es-ES/p/fortnite",
    "https://bandcamp.com/tag/synthwave?tab=all_releases",
    "https://www.xbox.com/pt-BR/games/store/forza-horizon-5/9NKX70BBCDRN",
    "https://soundcloud.com/discover/sets/charts-top:all-music:mx",
    "https://www.patreon.com/c/criticalrole/membership",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, {family: ORDINARY_PLACES for family in ORDINARY}, _put)
    yield from ordinary_urls(ORDINARY_URLS)
