"""The ninetieth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: dating and matchmaking (Tinder, Bumble, Hinge, OkCupid, Match, Meetic,
Parship, ElitePartner, Badoo, Happn, Lovoo, Grindr, Shaadi, Jeevansathi, Pairs, Tantan) and what their pages carry:
profiles and bios, matches and likes, messages and icebreakers, dates booked, verification selfies and ids, premium
plans and boosts, safety reports and blocks, speed dating and singles' events, matchmakers and marriage bureaus.

About 160 personal cases put a member's own data in the leaves the README maps, across settings (rotated through the
thirty-sixth attack's places): a bio's self-introduction with a handle, a number or an address to take the chat
elsewhere, a match's or a like's notice naming the person, a message's greeting, speaker or signature, a date's
booking and its meeting place, a verification's selfie file and identity document (a passport, a driving licence,
an Aadhaar, a Personalausweis, a NIE, a resident id card), a premium plan's receipt made out to the member and its
card or IBAN, a safety report's or a block's person, a singles' event's ticket holder, a matchmaker's client and a
marriage bureau's biodata, a search for a person, a profile's or a chat's link, and the same data encoded. Each
carries the made-up member `Sorvinka Brelvaskund` (the family name is the marker) or the marker `739164` inside its
id, so a leak is found anywhere in the request. About 100 ordinary values (apps' plans and boosts, features, singles'
events with their towns, prices, statuses, help pages, the industry's news and people, plan codes and tickers,
neighbourhoods, profile prompts, in several languages) must go out whole.
"""

from __future__ import annotations

import base64
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import FILE_PLACES, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

GIVEN, FAMILY, MARK = "Sorvinka", "Brelvaskund", "739164"
FULL = f"{GIVEN} {FAMILY}"
EMAIL = "sorvinka.brelvaskund@example.net"
HANDLE = "brelvaskund_sorvi"
SITE = "https://www.example-dating.com"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, "90")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# Ids built with their check digits (each computed by its scheme's rule), the marker inside where the layout allows.
UK_MOBILE = "+44 7739 164 208"
AADHAAR = "4739 1642 0815"  # Verhoeff
CARD = "4539 7391 6420 8154"  # Luhn
IBAN = "DE38 3704 0044 0739 1642 08"  # mod 97
AUSWEIS = "T739164LZ5"  # 7-3-1 over the serial
NIE = "X7391642V"  # mod 23 letter
RESIDENT_ID = "31010419960314739X"  # ISO 7064 MOD 11-2
DVLA = "BRELV961146SO9AB"  # family name, decade, month + 50, day, year, initials
CPF = "739.164.208-87"

# A profile's bio and name: what members write about themselves. name: (value, forms)
PROFILES: Dict[str, Tuple[str, Any]] = {
    "self-introduction in a bio": (f"Hi, I'm {FULL}, 29, nurse in Leeds – dog mum, gym, tacos", [FAMILY]),
    "Über mich": (f"Über mich: Ich bin {FULL}, 34, aus Köln. Schreib mir!", [FAMILY]),
    "je m'appelle": (f"Je m'appelle {FULL}, 31 ans, Lyon 7e – rando et brunchs", [FAMILY]),
    "hola soy": (f"Hola, soy {FULL}, 35 años, de Valencia 🌊", [FAMILY]),
    "insta handle": ("Not on here much – add me on Insta: @sorvinka.brelvaskund", ["sorvinka.brelvaskund"]),
    "snapchat handle": (f"snap: {HANDLE} 👻 no hookups", [HANDLE]),
    "whatsapp number": (f"WhatsApp me {UK_MOBILE} 😊", [MARK]),
    "mail in bio": (f"rarely online, write me: {EMAIL}", [EMAIL]),
    "name, age, town": (f"{FULL}, 29 – Leeds", [FAMILY]),
    "Shaadi profile": (f"Shaadi.com Profile ID SH{MARK}52 – {FULL}, 28, Pune", [MARK, FAMILY]),
    "Jeevansathi born": (f"Jeevansathi profile JS{MARK} – {FULL} (born 14/03/1996)", [MARK, FAMILY]),
    "OkCupid username": ("OkCupid username: sorvibrelvaskund", ["sorvibrelvaskund"]),
    "Grindr telegram": (f"Brelvaskund, 33, Shoreditch — hmu on tg @{HANDLE}", [HANDLE]),
    "Pairs katakana": ("Pairsプロフィール：ブレルヴァスクンド・ソルヴィンカ（29歳）東京", ["ブレルヴァスクンド"]),
    "Tantan self-introduction": (f"探探资料：我叫{FULL}，28岁，上海", [FAMILY]),
    "spelled mail without brackets": ("find me elsewhere: sorvinka dot brelvaskund at gmail",
                                      ["sorvinka dot brelvaskund"]),
    "Lovoo birth date": (f"Lovoo Profil – Geburtsdatum: 14.03.1994 – {FULL}", [FAMILY, "14.03.1994"]),
}

# A match's or a like's notice naming the other person.
MATCHES: Dict[str, Tuple[str, Any]] = {
    "it's a match": (f"It's a Match! You and {FULL} liked each other", [FAMILY]),
    "liked your photo": (f"{FULL} liked your photo", [FAMILY]),
    "new match label": (f"New match: {FULL} (29)", [FAMILY]),
    "ein Match mit": (f"Du hast ein Match mit {FULL}!", [FAMILY]),
    "nouveau match avec": (f"Vous avez un nouveau match avec {FULL}", [FAMILY]),
    "super like sent to": (f"Super Like sent to {FULL}", [FAMILY]),
    "liked your prompt": (f"Hinge: {FULL} liked your prompt “Two truths and a lie”", [FAMILY]),
    "match id and name": (f"Match ID {MARK}-TND – {FULL}", [MARK, FAMILY]),
    "rose sent": (f"Rose sent to {FULL} ($3.99)", [FAMILY]),
    "crossed paths at": (f"Happn: crossed paths with {FULL} at 51.50721, -0.12764", [FAMILY, "51.50721"]),
}

# Messages and icebreakers: a greeting, a speaker, a signature, a number or an address passed in a chat.
MESSAGES: Dict[str, Tuple[str, Any]] = {
    "greeting one word": (f"Hey {GIVEN}! Loved your dog pic 🐶 coffee this week?", [GIVEN]),
    "icebreaker to full name": (f"Icebreaker: Hi {FULL}, two truths and a lie?", [FAMILY]),
    "message from": (f"Message from {FULL}: see you at 8 at Bar Nouveau", [FAMILY]),
    "Nachricht von": (f"Nachricht von {FULL}: Treffen wir uns am Samstag?", [FAMILY]),
    "number in chat": ("my number's 07739 164 208 text me x", [MARK]),
    "spelled gmail": ("here's my email brelvaskund.sorvi (at) gmail (dot) com", ["brelvaskund.sorvi"]),
    "chat with": (f"Chat with {FULL} – Bumble", [FAMILY]),
    "conversación con": (f"Conversación con {FULL}", [FAMILY]),
    "speaker of a chat": (f"{FULL}: haha yes! drinks friday?", [FAMILY]),
    "love signature": (f"see you soon! Love, {FULL}", [FAMILY]),
    "telegram label": ("Telegram: @sorvinka_brelv", ["sorvinka_brelv"]),
    "ig handle without at": ("my ig is sorvi.brelvaskund.96 😉 dm me there", ["sorvi.brelvaskund.96"]),
    "French whatsapp": ("mon WhatsApp c'est le +33 6 73 91 64 28", [MARK]),
}

# A date booked: a reservation's name, a meeting place, a shared location.
DATES: Dict[str, Tuple[str, Any]] = {
    "date booked with": (f"Date booked: Sat 14 Feb, 19:30 – Dishoom Covent Garden – with {FULL}", [FAMILY]),
    "reservation for": (f"Reservation for {FAMILY}, 2 guests, Friday 8pm", [FAMILY]),
    "table name label": (f"Table for two – name: {FULL}", [FAMILY]),
    "booking number and name": (f"OpenTable booking {MARK} – {FULL}", [MARK, FAMILY]),
    "safety check-in address": (f"Safety check-in: meeting {FULL} at 12 Elm Street, Leeds LS6 2QT",
                                [FAMILY, "12 Elm Street"]),
    "Treffen mit address": (f"Treffen mit {FULL} – Kurfürstenstraße 58, 10785 Berlin", [FAMILY, "Kurfürstenstraße 58"]),
    "rendez-vous chez": (f"Rendez-vous chez {GIVEN} : 14 rue des Lilas 69003 Lyon", ["14 rue des Lilas"]),
    "shared location": (f"Shared my date location with {GIVEN}: 48.85661, 2.35222", ["48.85661"]),
}

# Verification: a selfie's file, an identity document's number after its label or by its check.
VERIFICATION: Dict[str, Tuple[str, Any]] = {
    "selfie file": (f"selfie_verification_{GIVEN}_{FAMILY}_2026.jpg", [FAMILY]),
    "passport upload": (f"ID_upload_passport_{FAMILY}_{MARK}.png", [FAMILY, MARK]),
    "passport number": (f"Passport no. {MARK}285 – photo page uploaded", [MARK]),
    "photo verified for": (f"Photo verification for {FULL} – approved", [FAMILY]),
    "driving licence": (f"Bumble ID check – driving licence {DVLA}", [DVLA]),
    "Aadhaar for blue tick": (f"Shaadi Blue Tick – Aadhaar {AADHAAR}", [AADHAAR.replace(" ", "")]),
    "Personalausweis": (f"ID-Check Lovoo – Ausweisnummer {AUSWEIS}", [AUSWEIS]),
    "NIE": (f"Verificación Meetic – NIE {NIE}", [NIE]),
    "resident id card": (f"探探实名认证：身份证号 {RESIDENT_ID}", [RESIDENT_ID]),
    "Japanese licence": (f"Pairs 年齢確認：運転免許証番号 30{MARK}2087", [MARK]),
    "CPF": (f"Verificação de identidade – CPF {CPF}", [MARK]),
    "passport MRZ line": (f"Passport MRZ: P<GBR{FAMILY.upper()}<<{GIVEN.upper()}<<<<<<<<<<<<<<<<<<<<<<", [FAMILY]),
    "video selfie id": (f"Video selfie {MARK} – {FULL}", [MARK, FAMILY]),
}

# Premium plans and boosts: a receipt made out to the member, a card, an IBAN, a gift.
PREMIUM: Dict[str, Tuple[str, Any]] = {
    "plan after a dash": (f"Tinder Gold – 1 month – {FULL}", [FAMILY]),
    "receipt for": (f"Receipt for {FULL} – Bumble Premium", [FAMILY]),
    "invoice with name": (f"Invoice INV-{MARK} – Parship Premium 12 Monate – {FULL}", [MARK, FAMILY]),
    "gift from to": (f"Gift subscription: Hinge+ for {FULL}", [FAMILY]),
    "card number": (f"Paid with card {CARD} – Badoo Premium", ["4539739164208154"]),
    "IBAN on Rechnung": (f"ElitePartner Rechnung – Lastschrift IBAN {IBAN}", [MARK]),
    "boost by user": (f"Boost purchased by {HANDLE}", [HANDLE]),
    "Rechnung an Frau": (f"Rechnung an Frau {FULL} – ElitePartner Premium Comfort", [FAMILY]),
}

# Safety reports and blocks: the reported, the blocked, the reporter, an emergency contact.
SAFETY: Dict[str, Tuple[str, Any]] = {
    "report user": (f"Report user: {FULL} – fake profile", [FAMILY]),
    "blocked with number": (f"Blocked: {FULL} ({UK_MOBILE})", [FAMILY, MARK]),
    "reported by": (f"Reported by: {FULL}", [FAMILY]),
    "Meldung Nutzerin": (f"Meldung über Nutzerin {FULL} – Belästigung", [FAMILY]),
    "signalement de": (f"Signalement de {FULL} pour harcèlement", [FAMILY]),
    "report number filed by": (f"Safety report #{MARK} filed by {FULL}", [MARK, FAMILY]),
    "unmatch and block": (f"unmatch and block {HANDLE}", [HANDLE]),
    "emergency contact": (f"Emergency contact: Tomasz {FAMILY}, +44 7739 164 555", [FAMILY, MARK]),
}

# Speed dating, singles' events, matchmakers and marriage bureaus.
EVENTS: Dict[str, Tuple[str, Any]] = {
    "ticket holder": (f"Speed dating ticket – Ticket holder: {FULL}", [FAMILY]),
    "RSVP will attend": (f"Singles' night RSVP: {FULL} will attend", [FAMILY]),
    "badge": (f"Badge: {FULL} – table 7", [FAMILY]),
    "matchmaker client DOB": (f"Matchmaker intake: client {FULL}, DOB 14/03/1996", [FAMILY, "14/03/1996"]),
    "Mandantin Frau": (f"Heiratsvermittlung – Mandantin: Frau {FULL}", [FAMILY]),
    "biodata file": (f"Biodata_{GIVEN}_{FAMILY}.pdf", [FAMILY]),
    "Kundennummer": (f"Partnervermittlung – Kundennummer {MARK}", [MARK]),
    "event order and name": (f"Eventbrite order 7{MARK}2081 – {FULL}", [MARK, FAMILY]),
    "biodata fields": (f"Name: {FULL}; Gotra: Kashyap; Mobile: 97{MARK}20", [FAMILY, MARK]),
    "bureau au nom de": (f"Agence matrimoniale – dossier au nom de Mme {FULL}", [FAMILY]),
}

# What a member types in a search box: a person, a number, an address.
SEARCHES: Dict[str, Tuple[str, Any]] = {
    "name and app": (f"{GIVEN.lower()} {FAMILY.lower()} tinder", [FAMILY]),
    "is on bumble": (f"is {GIVEN.lower()} {FAMILY.lower()} on bumble", [FAMILY]),
    "family name dating profile": (f"{FAMILY.lower()} dating profile", [FAMILY]),
    "number and app": ("+447739164208 tinder", [MARK]),
    "mail and app": (f"{EMAIL} okcupid", [EMAIL]),
    "handle lookup": (f"find user {HANDLE} on grindr", [HANDLE]),
}

# A profile's, a chat's, a form's links.
LINKS: Dict[str, Tuple[str, Any]] = {
    "profile slug": (f"{SITE}/profile/sorvinka-brelvaskund-29-leeds", [FAMILY]),
    "member id and slug": (f"{SITE}/members/{MARK}/sorvinka-brelvaskund", [MARK, FAMILY]),
    "thread with": (f"{SITE}/messages/thread?with=sorvinka.brelvaskund", [FAMILY]),
    "signup prefilled": (f"{SITE}/signup?first_name={GIVEN}&last_name={FAMILY}&dob=1996-03-14", [FAMILY]),
    "verify email": (f"{SITE}/verify?email={quote(EMAIL, safe='')}", [EMAIL]),
    "chat route fragment": (f"{SITE}/app#/chat/sorvinka_brelvaskund", [FAMILY]),
    "user path handle": (f"{SITE}/u/{HANDLE}?utm_source=share", [HANDLE]),
    "search name query": (f"{SITE}/search?name={GIVEN}+{FAMILY}&age=29", [FAMILY]),
    "date confirm partner": (f"{SITE}/date/confirm?partner={GIVEN}%20{FAMILY}&time=20:00", [FAMILY]),
    "selfie upload": (f"{SITE}/uploads/selfie_{GIVEN}_{FAMILY}.jpg", [FAMILY]),
    "perfil": (f"{SITE}/perfil/{GIVEN}-{FAMILY}", [FAMILY]),
    "report user key": (f"{SITE}/report?user={HANDLE}&reason=spam", [HANDLE]),
    "liked you from": (f"{SITE}/liked-you?from={GIVEN}%20{FAMILY}", [FAMILY]),
    "base64 mail path": (f"{SITE}/p/{_b64(EMAIL)}", [EMAIL]),
}

# The same data encoded, or as key-value text under foreign keys.
ENCODED: Dict[str, Tuple[str, Any]] = {
    "base64 name": (f"ref={_b64(FULL + ' 14/03/1996')}", [FAMILY]),
    "percent-encoded bio": (quote(f"Ich bin {FULL} aus Köln"), [FAMILY]),
    "html entities": (f"Hi, I&#39;m {GIVEN} {FAMILY[:4]}&#118;{FAMILY[5:]}", [FAMILY]),
    "full-width": (f"Name：{''.join(chr(ord(ch) + 0xFEE0) for ch in FULL.replace(' ', ''))}", [FAMILY]),
    "Spanish JSON keys": (f'{{"nombre": "{GIVEN}", "apellido": "{FAMILY}", "edad": 29}}', [FAMILY]),
    "Polish JSON keys": (f'{{"imie": "{GIVEN}", "nazwisko": "{FAMILY}"}}', [FAMILY]),
    "German query text": (f"vorname={GIVEN}&nachname={FAMILY}&plz=50667", [FAMILY]),
    "shared contact card": (f"BEGIN:VCARD\nVERSION:3.0\nFN:{FULL}\nTEL:+447739164208\nEND:VCARD", [FAMILY, MARK]),
    "Japanese JSON key": ('{"名前": "ブレルヴァスクンド ソルヴィンカ", "年齢": 29}', ["ブレルヴァスクンド"]),
}


def cases() -> List[Case]:
    found: List[Case] = []
    found += rotated("profile", PROFILES, TEXT_PLACES, 1, 0, put=_put)
    found += rotated("match", MATCHES, TEXT_PLACES, 1, 5, put=_put)
    found += rotated("message", MESSAGES, TEXT_PLACES, 1, 11, put=_put)
    found += rotated("date", DATES, TEXT_PLACES, 2, 17, put=_put)
    found += rotated("verify", VERIFICATION, TEXT_PLACES, 1, 23, put=_put)
    found += rotated("premium", PREMIUM, TEXT_PLACES, 2, 29, put=_put)
    found += rotated("safety", SAFETY, TEXT_PLACES, 2, 35, put=_put)
    found += rotated("event", EVENTS, TEXT_PLACES, 1, 3, put=_put)
    found += rotated("search", SEARCHES, TEXT_PLACES, 2, 9, put=_put)
    found += rotated("link", LINKS, URL_PLACES, 2, 0, put=_put)
    found += rotated("encoded", ENCODED, FILE_PLACES, 1, 1, put=_put)
    return found


# Ordinary values, by family; each in its family's places.
ORDINARY: Dict[str, List[str]] = {
    "plans": ["Tinder Gold", "Tinder Platinum", "Tinder Plus 6 months", "Bumble Premium", "Bumble Boost",
              "Hinge+", "HingeX", "OkCupid Premium", "Match.com 6-month plan", "Meetic Premium 3 mois",
              "Parship Premium Classic 12 Monate", "ElitePartner Premium Comfort", "Badoo Premium", "Happn Premium",
              "Lovoo VIP", "Grindr XTRA", "Grindr Unlimited", "Shaadi Gold Plus", "Jeevansathi eRishta",
              "Pairs プレミアムオプション", "探探VIP会员", "Super Likes ×5", "Boost ×10", "Spotlight", "Roses (3)",
              "SuperSwipe"],
    "features": ["Passport mode", "Incognito mode", "Travel Mode", "Super Crush", "Standouts", "Most Compatible",
                 "Photo Verified badge", "Video chat", "Icebreaker questions", "Top Picks", "Voice prompts",
                 "Date Mode", "BFF Mode", "Bumble Bizz", "Double Date"],
    "events": ["Speed Dating 25-35 – London Bridge", "Singles Night Berlin – Freitag 20:00",
               "Speed dating Paris 30-40 ans", "Afterwork célibataires Lyon", "Singlewandern im Allgäu",
               "婚活パーティー 20代限定 渋谷", "Valentine's Singles Mixer", "LGBTQ+ Speed Dating Manchester"],
    "prices": ["£14.99/month", "€29,90 pro Monat", "34,99 € / mois", "$39.99 for 6 months", "₹3,600 for 3 months",
               "¥3,700/月", "Save 50%", "1 month free"],
    "statuses": ["matched", "unmatched", "pending", "liked", "super_liked", "expired", "verified", "under_review",
                 "active", "paused", "trial"],
    "guidance": ["How does Hinge's Most Compatible work?", "Dating safety tips",
                 "Conseils de sécurité pour votre premier rendez-vous", "Sicherheitstipps fürs erste Date",
                 "How to verify your profile", "Tinder Community Guidelines", "Bumble Privacy Policy",
                 "Report a profile – Help Center", "What is Passport mode?", "Romance scam warning signs",
                 "Cómo cancelar tu suscripción", "初デート前の安全チェック"],
    "news": ["Whitney Wolfe Herd returns as Bumble CEO", "Match Group Q3 2025 earnings call",
             "Spencer Rascoff named Match Group CEO", "Justin McLeod steps down at Hinge", "Grindr shares rise 8%",
             "Tinder launches Double Date feature", "Anupam Mittal on Shark Tank India", "Love Is Blind season 8",
             "Married at First Sight UK", "Parship und ElitePartner: ParshipMeet Group"],
    "codes": ["SKU TDR-GOLD-1M", "hinge_plus_3m", "com.tinder.gold.6months", "NASDAQ: BMBL", "NASDAQ: MTCH",
              "NYSE: GRND", "VALENTINE25", "SINGLES10"],
    "places": ["Shoreditch, London", "Kreuzberg, Berlin", "Le Marais, Paris", "Shibuya, Tokyo", "Bandra, Mumbai",
               "Malasaña, Madrid"],
    "prompts": ["Two truths and a lie", "My simple pleasures", "Together, we could", "Looking for: long-term partner",
                "Looking for: something casual", "Zodiac: Leo", "Height: 175 cm", "Non-smoker",
                "Wants children: open to it", "Relationship type: monogamy"],
}
_THREE = ["page title", "custom property", "product name"]
ORDINARY_PLACES: Dict[str, List[str]] = {
    "plans": _THREE,
    "features": ["page title", "content name"],
    "events": ["page title", "product name", "content name"],
    "prices": _THREE,
    "statuses": ["status", "custom property"],
    "guidance": ["page title", "search string"],
    "news": ["page title", "custom property", "content name"],
    "codes": ["product id", "custom property"],
    "places": ["content category", "custom property"],
    "prompts": ["custom property", "page title", "contents title"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
