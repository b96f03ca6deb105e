"""The fifty-ninth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity", the mapping tables), without reading the gate's code, its reference
nor the earlier attacks' cases: events, ticketing, memberships, sports and clubs. Ticket shops, stadiums' season
tickets, race organisers, gyms, fan clubs, summer camps, sports clubs and wedding sites send the events any shop sends
(a page, a search, an added product, a purchase, a sign-up), and their ordinary values look like ids: events' and
venues' ids, seats and blocks, ticket categories, race distances, tariffs and membership tiers, merchandise SKUs and
GTINs with their check, fixtures, a player's name and number on a shirt, in German, French, Spanish, Italian, Dutch,
Polish, Japanese, Portuguese (Brazil) and English (US, UK): about 300 ordinary cases that must go out whole.

The personal side (about 150 cases) puts an attendee's, a runner's, a member's or a child's own data in the same
leaves: a personalised ticket's holder, a bib with the runner's name and birth year, a gym's or a club's membership
number after its label, a season ticket's holder with the seat, a fan club's or a loyalty programme's id, an event's
check-in QR payload (JSON, a pipe-separated line, a vCard, a MECARD, base64), a summer camp's child registration
(the child's and the parent's names, birth date, allergies, the parent's phone), a signed waiver, a team's roster
line, a personal best with the runner's name, a wedding's or a party's RSVP, and URLs carrying them. Each carries a
made-up marker (`Ysolde`/`Oskerin Karrowmint`, `カロウミント`, the digits `593184`) so a leak is findable, national
ids with their check (a DNI's letter, a CPF's digits, a PESEL's weights). A player's name printed on a replica shirt,
an artist's on a tour's ticket, is what the shop sells: ordinary.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "59"
NAME = "Ysolde Karrowmint"
CHILD = "Oskerin Karrowmint"
SURNAME = "Karrowmint"
KANA = "カロウミント"
DIGITS = "593184"
MAIL = "ysolde.karrowmint@example.org"
BIRTH = "14.03.1988"
CHILD_BIRTH = "02/07/2016"
MOBILE_DE = "0176 59318402"
MOBILE_UK = "07700 900593"
MOBILE_IT = "347 593 1840"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# --- check digits the states' numbers and the trade's codes carry ---------------------------------------------------
def dni(eight: str) -> str:
    """A Spanish DNI: eight digits and the letter of their remainder mod 23."""
    return f"{eight}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(eight) % 23]}"


def cpf(nine: str) -> str:
    """A Brazilian CPF in its printed layout (`123.456.789-09`) with its two mod-11 check digits."""
    digits = [int(char) for char in nine]
    for length in (9, 10):
        total = sum(digit * (length + 1 - index) for index, digit in enumerate(digits[:length]))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


def pesel(ten: str) -> str:
    """A Polish PESEL: ten digits (birth date with the century in the month, serial, sex) and the weighted check."""
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return f"{ten}{(10 - sum(int(char) * weight for char, weight in zip(ten, weights, strict=True)) % 10) % 10}"


def gtin(body: str) -> str:
    """A GTIN (EAN-13 from twelve digits, GTIN-8 from seven) with its GS1 check digit."""
    total = sum(int(char) * (3 if index % 2 == 0 else 1) for index, char in enumerate(reversed(body)))
    return f"{body}{(10 - total % 10) % 10}"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


DNI = dni("59318476")
CPF = cpf("529318470")
PESEL_CHILD = pesel("1627025931")  # born 2016-07-02 (month 07 + 20 for the 2000s), a girl's even serial digit
QR_B64 = _b64(json.dumps({"holder": NAME, "mail": MAIL, "seat": "B112-K-7"}))

# --- the personal side ----------------------------------------------------------------------------------------------
TICKETS: Dict[str, Tuple[str, Any]] = {
    "de holder": (f"Ticketinhaber: {NAME} – Rammstein Stadium Tour, Innenraum Stehplatz", SURNAME),
    "fr nominatif": ("Billet nominatif – Nom du porteur : KARROWMINT Ysolde – Stade de France, Cat. 1", SURNAME),
    "es titular dni": (f"Entrada nominativa: titular {NAME}, DNI {DNI}", [SURNAME, DNI]),
    "it intestato": (f"Biglietto nominativo intestato a {NAME}, nata il 14/03/1988 – Curva Sud",
                     [SURNAME, "14/03/1988"]),
    "uk lead booker": (f"E-ticket 7593184026 – Lead booker: {NAME}, {MOBILE_UK}", [SURNAME, "900593"]),
    "nl houder": (f"Naam tickethouder: {NAME} | Ziggo Dome, Vak 412", SURNAME),
    "jp meigi": (f"チケット名義：{KANA}・イゾルデ 様 東京ドーム アリーナA", KANA),
}
BIBS: Dict[str, Tuple[str, Any]] = {
    "de startliste": (f"Startnummer 4817 – {SURNAME}, Ysolde (Jg. 1988, W35) – Berlin-Marathon", SURNAME),
    "fr dossard licence": (f"Dossard n° 4817 : Ysolde KARROWMINT, née en 1988, licence FFA {DIGITS}",
                           [SURNAME, DIGITS]),
    "es dorsal": (f"Dorsal 4817 - Corredora: {NAME} (1988) - Maratón de Valencia", SURNAME),
    "it pettorale": (f"Pettorale 4817 intestato a {NAME}, data di nascita 14/03/1988", [SURNAME, "14/03/1988"]),
    "us runner": (f"Bib #4817 Runner: {NAME}, F, Age 38, Boston Qualifier", SURNAME),
    "pl zawodniczka": (f"Numer startowy 4817, zawodniczka: {NAME}, rocznik 1988", SURNAME),
    "nl deelnemer": (f"Startnummer 4817 – Deelnemer: {NAME}, geboortejaar 1988", SURNAME),
}
MEMBERS: Dict[str, Tuple[str, Any]] = {
    "de mitgliedsnummer": (f"Mitgliedsnummer: {DIGITS} – Tarif Premium", DIGITS),
    "fr adherent": (f"N° adhérent : 0{DIGITS} – Basic-Fit Comfort", DIGITS),
    "it tessera": (f"Numero tessera socio {DIGITS} - Virgin Active", DIGITS),
    "es socio": (f"Nº de socio: {DIGITS} (Real Club de Tenis)", DIGITS),
    "nl lidmaatschap": (f"Lidmaatschapsnummer: SG-{DIGITS}", DIGITS),
    "pl karta": (f"Numer karty członkowskiej: {DIGITS}, karnet OPEN", DIGITS),
    "jp kaiin": (f"会員番号：{DIGITS}（ゴールド会員）", DIGITS),
}
SEASONS: Dict[str, Tuple[str, Any]] = {
    "de dauerkarte": (f"Dauerkarte 2026/27 Block 12C Reihe 8 Platz 14 – Inhaber: {NAME}", SURNAME),
    "uk holder": (f"Season ticket holder: {NAME}, Block N4 Row K Seat 112, supporter no {DIGITS}", [SURNAME, DIGITS]),
    "es abono": (f"Abono temporada 26/27 – Titular: {NAME} – Tribuna Este, Fila 9, Asiento 21", SURNAME),
    "it tifoso": (f"Abbonamento Curva Nord – Intestatario: {SURNAME} Ysolde, Tessera del Tifoso {DIGITS}",
                  [SURNAME, DIGITS]),
    "fr abonne": (f"Abonnée : Mme {NAME} — Tribune Auteuil, Rang 14, Place 7", SURNAME),
    "br socio cpf": (f"Sócio-torcedor: {NAME}, CPF {CPF}, Setor Norte", [SURNAME, CPF]),
}
FANS: Dict[str, Tuple[str, Any]] = {
    "de fanclub": (f"Fanclub-Mitglied Nr. {DIGITS}, {NAME}", [SURNAME, DIGITS]),
    "uk priority": (f"Priority card number: {DIGITS}-07", DIGITS),
    "fr fidelite": (f"Carte fidélité n° {DIGITS} – programme Fnac+", DIGITS),
    "es penista": (f"Carnet de peñista nº {DIGITS} – Peña Madridista", DIGITS),
    "nl klantenkaart": (f"Klantenkaartnummer {DIGITS} – {NAME}", [SURNAME, DIGITS]),
    "jp fanclub": (f"ファンクラブ会員番号 {DIGITS} {KANA} イゾルデ", [DIGITS, KANA]),
    "us rewards": (f"Rewards ID: YK{DIGITS} (Gold tier)", DIGITS),
}
QRS: Dict[str, Tuple[str, Any]] = {
    "json": (json.dumps({"ticket": f"TKT-{DIGITS}", "name": NAME, "email": MAIL}), [SURNAME, MAIL]),
    "pipe line": (f"CHK|EVT2026-117|{DIGITS}|{NAME}|1988-03-14", [SURNAME, "1988-03-14"]),
    "vcard": (f"BEGIN:VCARD\nVERSION:3.0\nFN:{NAME}\nTEL:+4917659318402\nEND:VCARD", [SURNAME, "59318402"]),
    "query payload": (f"checkin?att={DIGITS}&n=Ysolde%20Karrowmint&dob={BIRTH}", [SURNAME, BIRTH]),
    "badge": (f"Badge: {NAME} | Acme GmbH | Speaker | ID {DIGITS}", SURNAME),
    "base64": (QR_B64, QR_B64),
    "mecard": (f"MECARD:N:{SURNAME},Ysolde;TEL:+447700900593;EMAIL:{MAIL};;", [SURNAME, MAIL]),
}
CAMPS: Dict[str, Tuple[str, Any]] = {
    "de ferienlager": (f"Anmeldung Ferienlager: Kind {CHILD}, geb. 02.07.2016, Allergie: Erdnüsse; Mutter {NAME}, "
                       f"{MOBILE_DE}", [SURNAME, "02.07.2016", "59318402"]),
    "fr colonie": (f"Inscription colo : enfant Oskerin KARROWMINT, né le {CHILD_BIRTH}, allergie arachides, "
                   f"responsable légal {NAME} 06 47 59 31 84", [SURNAME, CHILD_BIRTH]),
    "es campamento": (f"Campamento de verano – Nombre del niño: {CHILD}, fecha de nacimiento {CHILD_BIRTH}, "
                      "alergias: frutos secos", [SURNAME, CHILD_BIRTH]),
    "it centro estivo": (f"Iscrizione centro estivo: {CHILD} (nato il {CHILD_BIRTH}), genitore {NAME}, "
                         f"cell. {MOBILE_IT}", [SURNAME, CHILD_BIRTH]),
    "uk summer camp": (f"Summer camp booking – Child's name: {CHILD}, DOB {CHILD_BIRTH}, Parent/guardian: {NAME}, "
                       "allergies: peanuts", [SURNAME, CHILD_BIRTH]),
    "nl zomerkamp": (f"Aanmelding zomerkamp: naam kind {CHILD}, geboortedatum 02-07-2016, allergie: noten",
                     [SURNAME, "02-07-2016"]),
    "pl kolonie pesel": (f"Zgłoszenie na kolonie: dziecko {CHILD}, PESEL {PESEL_CHILD}, alergia: orzechy",
                         [SURNAME, PESEL_CHILD]),
}
WAIVERS: Dict[str, Tuple[str, Any]] = {
    "uk signed": (f"Waiver signed by {NAME} (DOB 14/03/1988) – Trampoline Park, jump session",
                  [SURNAME, "14/03/1988"]),
    "de haftung": (f"Haftungsverzicht unterschrieben: {NAME}, geboren am {BIRTH} – Kletterhalle", [SURNAME, BIRTH]),
    "fr decharge": (f"Décharge de responsabilité signée par {NAME}, parent d'Oskerin, le 03/12/2026", SURNAME),
    "es descargo": (f"Descargo de responsabilidad – Firmado por: {NAME}, DNI {DNI}", [SURNAME, DNI]),
    "us minor release": (f"Minor release: I, {NAME}, parent/guardian of {CHILD}, age 10", SURNAME),
    "it liberatoria": (f"Liberatoria: Sig.ra {NAME}, tel. +39 {MOBILE_IT}", [SURNAME, "3475931840"]),
}
ROSTERS: Dict[str, Tuple[str, Any]] = {
    "de kader": (f"Kader U11: Nr. 7 {CHILD} (Jg. 2016), Spielerpass {DIGITS}", [SURNAME, DIGITS]),
    "uk squad": (f"Squad list U10 – #9 {CHILD}, DOB {CHILD_BIRTH}, emergency contact {MOBILE_UK}",
                 [SURNAME, CHILD_BIRTH, "900593"]),
    "fr effectif": (f"Effectif U11 : Oskerin KARROWMINT, licence FFF n° 2545931840, né le {CHILD_BIRTH}",
                    [SURNAME, CHILD_BIRTH]),
    "es plantilla": (f"Plantilla alevín: jugador {CHILD}, ficha federativa {DIGITS}, nacido en 2016",
                     [SURNAME, DIGITS]),
    "nl selectie": (f"Selectie JO11-1: {CHILD}, geboren 02-07-2016, relatienummer KNVB BBKX59S",
                    [SURNAME, "02-07-2016"]),
    "us roster": (f"Roster — Player: {CHILD}, Jersey #7, DOB 7/2/2016", [SURNAME, "7/2/2016"]),
}
RESULTS: Dict[str, Tuple[str, Any]] = {
    "de bestzeit": (f"Persönliche Bestzeit 10 km: 41:23 – {NAME} (W35, Jg. 1988)", SURNAME),
    "uk parkrun": (f"parkrun result: Ysolde KARROWMINT (A{DIGITS}) 24:17 PB", [SURNAME, f"A{DIGITS}"]),
    "fr classement": (f"Classement 10 km de Paris : 412e, {NAME}, 41'23\", catégorie SEF", SURNAME),
    "jp jiko best": (f"自己ベスト 3:28:14 {KANA} イゾルデ（1988年生まれ）", KANA),
}
RSVPS: Dict[str, Tuple[str, Any]] = {
    "uk wedding": (f"RSVP: {NAME} +1 attending, vegetarian, {MAIL}", [SURNAME, MAIL]),
    "de hochzeit": (f"Zusage Hochzeit Anna & Tom: {NAME} mit Begleitung, Tel. {MOBILE_DE}", [SURNAME, "59318402"]),
    "fr mariage": (f"Réponse au faire-part : {NAME} viendra, 2 adultes, allergie gluten", SURNAME),
    "es boda": (f"Confirmación de asistencia boda – Invitada: {NAME}, menú vegano", SURNAME),
    "it compleanno": (f"Conferma presenza festa di compleanno di {CHILD} (10 anni) – mamma Ysolde {MOBILE_IT}",
                      [SURNAME, "3475931840"]),
    "nl feest": (f"Aanmelding feest: naam {NAME}, e-mail {MAIL}, dieetwens: halal", [SURNAME, MAIL]),
}


def cases() -> List[Case]:
    return [
        *rotated("ticket", TICKETS, TEXT_PLACES, 2, put=_put),
        *rotated("bib", BIBS, TEXT_PLACES, 2, start=5, put=_put),
        *rotated("member", MEMBERS, TEXT_PLACES, 2, start=11, put=_put),
        *rotated("season", SEASONS, TEXT_PLACES, 2, start=17, put=_put),
        *rotated("fan", FANS, TEXT_PLACES, 2, start=23, put=_put),
        *rotated("qr", QRS, TEXT_PLACES, 2, start=29, put=_put),
        *rotated("camp", CAMPS, TEXT_PLACES, 2, start=3, put=_put),
        *rotated("waiver", WAIVERS, TEXT_PLACES, 2, start=9, put=_put),
        *rotated("roster", ROSTERS, TEXT_PLACES, 2, start=15, put=_put),
        *rotated("result", RESULTS, TEXT_PLACES, 2, start=21, put=_put),
        *rotated("rsvp", RSVPS, TEXT_PLACES, 2, start=27, put=_put),
        *url_cases(),
    ]


def url_cases() -> Iterator[Case]:
    urls: Dict[str, Tuple[str, Any]] = {
        "holder query": (f"{SHOP}/tickets/checkout/confirm?holder_name=Ysolde+Karrowmint&event=EVT-2026-117", SURNAME),
        "results slug": (f"{SHOP}/ergebnisse/berlin-marathon-2026/ysolde-karrowmint-1988", SURNAME),
        "adherent query": (f"{SHOP}/mon-compte/adhesion?numero_adherent={DIGITS}", DIGITS),
        "camp query": (f"{SHOP}/zomerkamp/aanmelden/bevestiging?kind={quote(CHILD)}&geboortedatum=2016-07-02",
                       [SURNAME, "2016-07-02"]),
        "checkin mail": (f"{SHOP}/checkin?email={quote(MAIL)}&ticket={DIGITS}", MAIL),
        "rsvp phone": (f"{SHOP}/rsvp/confirm?guest={quote(NAME)}&phone=%2B447700900593", [SURNAME, "7700900593"]),
        "tifoso path": (f"{SHOP}/abbonamenti/tessera-tifoso/{DIGITS}/karrowmint-ysolde", [DIGITS, SURNAME]),
    }
    return rotated("url", urls, URL_PLACES, 2, start=0, put=_put)


# --- the ordinary side -----------------------------------------------------------------------------------------------
TEXTS = [
    "Rammstein – Europe Stadium Tour 2026, Olympiastadion Berlin, Innenraum Stehplatz",
    "Taylor Swift | The Eras Tour – Wembley Stadium, Block 112 Row K",
    "FC Bayern München – Borussia Dortmund, Bundesliga 14. Spieltag, Südkurve",
    "Dauerkarte 2026/27 Sitzplatz Kategorie 3 ermäßigt",
    "Abonnement saison 2026-2027 Tribune Auteuil – Tarif jeune",
    "Abono Temporada 26/27 Fondo Sur Adulto",
    "Abbonamento Curva Sud Stagione 2026/27 – Under 18",
    "Seizoenkaart Eredivisie 2026/2027 Vak 412",
    "Karnet na sezon 2026/27 Trybuna Wschodnia – normalny",
    "Berlin-Marathon 2026 – Startplatz 42,195 km",
    "Semi de Paris 2027 – dossard 21,1 km",
    "Maratón Valencia Trinidad Alfonso 2026 – Inscripción general",
    "parkrun 5k Hackney Marshes – Saturday 9am",
    "Mitgliedschaft Premium 12 Monate inkl. Getränke-Flat",
    "Basic-Fit Comfort – abonnement 52 semaines",
    "Cuota socio adulto 2026 – Real Club de Tenis",
    "Membership tier: Gold Annual (Off-Peak)",
    "Ferienlager Sommer 2027 – Woche 2 (8–12 Jahre)",
    "Colonie de vacances Été 2027 – Séjour 6-12 ans, 14 jours",
    "Summer Camp 2027 Week 3 – Multi-Sport Ages 7–11",
    "Campus de verano fútbol 2027 – Turno julio (nacidos 2014–2019)",
    "Wedding RSVP cards – kraft, 50 pcs with envelopes",
    "Trikot Heim 2026/27 – Größe M – Flock Nr. 10",
    "Maillot domicile 2026-27 Mbappé 10 taille L",
    "Camiseta 1ª equipación 26/27 Lamine Yamal 19",
    "コンサートチケット 東京ドーム アリーナA 2026年12月24日",
    "Ingresso Meia-Entrada Setor Norte – Allianz Parque",
    "Tessera del Tifoso – come richiederla",
    "Dauerkarte Block 12C Reihe 8 Platz 14",
    "Ticketinhaber ändern – so funktioniert die Personalisierung",
    "Ticket holder: Adult 18+ – Standing",
    "Name: Gold Membership 12 Monate",
    "Season Ticket Holder Priority Sale – 12 Jan 2027",
    "Mitgliedsnummer vergessen? Hilfe & Kontakt",
    "Kids Club Membership – Ages 5–11 (Sibling Discount)",
]
CODES = [
    "EVT-2026-04817", "1700612BC8A4F3E1", "G5vYZ9hXkP8Yx", "987654321012", "18345678", "DK-2026-27-S3-ERM",
    "ABO-26-27-AUT-JEUNE", "SEAT-N4-K-112", "BLK112-ROW14-SEAT07", "CAT1-STEH-IR", "BM26-MARA-42K",
    "HM-PARIS-27-21K", "MS-PREM-12M", "FIT-GOLD-ANNUAL-OP", gtin("406674632913"), gtin("401234567890"), "IA5412",
    "DX2650-100", "CAMP27-W2-8-12", "COLO-ETE27-S612", "ORD-2026-120345", "Order 261203-0042",
    "Commande n° 2026-12-0481", "RSVP-KRAFT-50", "WC26-M064-CAT3", "UCL-2627-QF1", "ESC2027-GF-FLOOR",
    "TD-20261224-ARENA-A", "PR-HACKNEY-5K", "SM-OLY-BER-2026-v3",
]
URLS = [
    "https://tickets.example.de/event/rammstein-olympiastadion-berlin-2026/EVT-2026-04817",
    "https://tickets.example.de/saalplan?event=EVT-2026-04817&block=112&kategorie=2",
    "https://www.example-stadium.co.uk/season-tickets/2026-27/block-n4?row=K",
    "https://billetterie.example.fr/abonnement/2026-2027/tribune-auteuil?tarif=jeune",
    "https://entradas.example.es/abonos/temporada-26-27/fondo-sur?modalidad=adulto",
    "https://biglietti.example.it/abbonamenti/curva-sud?stagione=2026-27&settore=1",
    "https://tickets.example.nl/seizoenkaart/eredivisie-2026-2027/vak-412",
    "https://bilety.example.pl/karnety/sezon-2026-27/trybuna-wschodnia",
    "https://www.example-marathon.de/anmeldung/42-195-km?jahr=2026",
    "https://www.example-marathon.de/ergebnisse/2026?distanz=halbmarathon&ak=W35",
    "https://www.example-running.fr/semi-de-paris-2027/inscription?distance=21k",
    "https://www.example-running.es/maraton-valencia-2026/dorsales/recogida",
    "https://www.example-parkrun.org.uk/hackney-marshes/results/latestresults/",
    "https://www.example-gym.de/mitgliedschaft/premium-12-monate?studio=berlin-mitte",
    "https://www.example-gym.fr/abonnements/comfort?duree=52-semaines",
    "https://www.example-club.es/socios/cuotas-2026",
    "https://www.example-gym.co.uk/join/gold-annual-off-peak?promo=JAN26",
    "https://www.example-camp.de/ferienlager/sommer-2027/woche-2?alter=8-12",
    "https://www.example-camp.fr/colonies/ete-2027/sejour-6-12-ans",
    "https://www.example-camp.com/summer-camp-2027/week-3/multi-sport",
    "https://www.example-club.nl/jeugd/jo11-1/programma",
    "https://shop.example-fc.de/trikot-heim-2026-27?size=M&flock=10",
    "https://boutique.example-psg.fr/maillot-domicile-2026-27-mbappe-10",
    "https://tienda.example-fcb.es/camiseta-1a-equipacion-26-27?dorsal=19",
    "https://www.example-wedding.co.uk/rsvp-cards/kraft-50",
    "https://ticket.example.jp/event/tokyo-dome/20261224?seat=arena-a",
    "https://ingressos.example.com.br/allianz-parque/setor-norte?tipo=meia-entrada",
    "https://tickets.example.de/fanclub/mitglied-werden?tarif=jugend",
    "https://www.example-events.com/e/987654321012?aff=ebdssbdestsearch",
    "https://www.example-fixtures.co.uk/fixtures/2026-27/premier-league?team=arsenal",
]
TEXT_ORDINARY_PLACES = ["product name", "search string", "page title", "custom property"]
CODE_PLACES = ["product id", "contents id", "order id", "custom property"]
URL_ORDINARY_PLACES = ["page url", "referrer"]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places({"event text": TEXTS, "event code": CODES, "event url": URLS},
                                  {"event text": TEXT_ORDINARY_PLACES, "event code": CODE_PLACES,
                                   "event url": URL_ORDINARY_PLACES}, _put)
