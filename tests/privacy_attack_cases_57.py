"""The fifty-seventh outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity"), without reading the gate's code, its reference nor the earlier
attacks' cases (issue 16): mobility. EV charging (charging cards' RFID UIDs, e-mobility contract ids (EMAID), session
receipts), car rental and car sharing (driving licence numbers, rental agreements with the renter's name, pickup
addresses), ride hailing and taxis (pickup and drop-off addresses and coordinates, riders' and drivers' names), parking
and tolls (a driver's own plate with their name, toll transponders, residents' permits with their address), public
transport (Oyster, OV-chipkaart, Navigo, Suica, Bilhete Único and their holders) and bike or scooter sharing, in the
UK, the US, Germany, France, the Netherlands, Spain, Italy, Poland, Japan, Brazil and India.

Each personal value carries a made-up marker (the surname `Kesterwald`, the digits `573914`) so a leak is findable.
The ordinary side (about 300 cases) is the trade's public data in the same shapes: public EVSE ids of street
chargers, charge point models, tariff names and codes, station ids, vehicle model codes, rental classes (ACRISS),
route numbers, zone names, fleet numbers, fare products, prices and landing URLs, which must go out whole.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "57"
FIRST = "Orsolya"
SURNAME = "Kesterwald"
NAME = f"{FIRST} {SURNAME}"
DIGITS = "573914"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


def luhn(body: str) -> str:
    """`body` and its Luhn check digit (travel cards and payment-style card numbers carry one)."""
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char) * (2 if index % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return f"{body}{(10 - total % 10) % 10}"


# --- EV charging: a driver's contract id and charging card ----------------------------------------------------------
EMAIDS: Dict[str, Tuple[str, Any]] = {
    "de label": ("Ihre Vertragsnummer (EMAID): DE-8AA-C57391400-K", "C57391400"),
    "de compact": ("eMA-ID DE8AAC57391401X", "C57391401"),
    "nl contract": ("Contract-ID: NL-TNM-C57391402-7", "C57391402"),
    "fr contract": ("Identifiant de contrat e-mobilité : FR-CPO-C57391403-A", "C57391403"),
    "receipt": (f"Ladebeleg 2026-11-30 · {NAME} · EMAID DE-ION-C57391404-2 · 23,4 kWh", ["C57391404", SURNAME]),
    "uk account": ("Charging account GB-BPC-C57391405-Q for the driver", "C57391405"),
    "es contrato": ("Nº de contrato de recarga ES-IBD-C57391406-3", "C57391406"),
    "session json": ('{"session_id":"S-88213","emaid":"IT-ENX-C57391407-N","kwh":18.2}', "C57391407"),
}
RFIDS: Dict[str, Tuple[str, Any]] = {
    "uid hex": ("Ladekarte RFID-UID: 04 57 39 14 A2 6E 80", "0457391"),
    "uid colon": ("charge card uid 04:57:39:14:b2:6e:81", "04:57:39:14"),
    "card number": ("Numéro de badge de recharge : FR-CHM-057391-4-0", "057391"),
    "printed": (f"Laadpas van {NAME}, nummer NL-ALF-573914-8", ["573914-8", SURNAME]),
    "mifare": ("RFID tag 0457391482AE81 assigned to my account", "0457391482AE81"),
    "tarjeta": ("Mi tarjeta de recarga: 5739 1400 7821", "5739 1400"),
    "tessera": ("Tessera di ricarica n. IT*ENX*573914*77", "573914*77"),
    "karta": ("Karta ładowania RFID: 8057391412", "8057391412"),
}

# --- car rental and sharing: the renter's licence, agreement, pickup ------------------------------------------------
LICENCES: Dict[str, Tuple[str, Any]] = {
    "uk dvla": ("Driving licence number: KESTE706219O99TF", "KESTE706219O99TF"),
    "uk bare": ("KESTE706219O99TF", "KESTE706219O99TF"),
    "de fuehrerschein": ("Führerscheinnummer: B072573914", "B072573914"),
    "fr permis": ("N° de permis de conduire : 12AB57391", "12AB57391"),
    "es carnet": ("Permiso de conducir 57391402-P (DNI)", "57391402"),
    "it patente": ("Patente di guida n. U1573914Y", "U1573914Y"),
    "pl prawo jazdy": ("Numer prawa jazdy: 05739/14/1234", "05739/14"),
    "us ca dl": ("Driver's license # D5739142 (CA)", "D5739142"),
    "jp menkyo": ("運転免許証番号 305739142211", "305739142211"),
    "in dl": ("DL No. MH12 20110057391", "20110057391"),
    "br cnh": ("CNH nº 05739142817", "05739142817"),
}
RENTALS: Dict[str, Tuple[str, Any]] = {
    "agreement name": (f"Rental agreement RA-573914 · Renter: {NAME}", SURNAME),
    "mietvertrag": (f"Mietvertrag MV573914 – Mieter: {SURNAME}, {FIRST}", SURNAME),
    "pickup address": ("Pickup at 14 Kesterwald Road, London SW9 8PL, 09:30", "Kesterwald Road"),
    "contrat": (f"Contrat de location n°573914 au nom de M. {SURNAME}", SURNAME),
    "carsharing": (f"Buchung bestätigt für {NAME}, Abholung Kesterwaldstraße 12, 10999 Berlin", SURNAME),
    "additional driver": (f"Additional driver: {NAME}, DOB 1984-07-21", [SURNAME, "1984-07-21"]),
    "contratto": (f"Contratto di noleggio 573914 intestato a {NAME}", SURNAME),
    "hertz json": (f'{{"ra":"573914","driver":{{"first":"{FIRST}","last":"{SURNAME}"}}}}', SURNAME),
}

# --- ride hailing, taxis: riders, drivers, places ------------------------------------------------------------------
RIDES: Dict[str, Tuple[str, Any]] = {
    "pickup": ("Pickup: 221 Kesterwald Ave, Apt 5B, Brooklyn, NY 11215", "Kesterwald Ave"),
    "dropoff de": ("Ziel: Kesterwaldweg 7, 80331 München", "Kesterwaldweg"),
    "rider": (f"Your driver is on the way, {FIRST}! Rider: {NAME}", SURNAME),
    "driver": (f"Fahrer: {NAME} · Toyota Prius · B-KW 5739", SURNAME),
    "coords": ("pickup 52.5739140,13.4021877 → dropoff 52.5201,13.3880", "52.5739140"),
    "receipt": (f"Recibo del viaje para {NAME}: Calle Kesterwald 14, 3º B, Madrid", SURNAME),
    "taxi jp": (f"お迎え先: 東京都港区六本木5-7-39 {SURNAME}様", SURNAME),
    "99 br": (f"Corrida para {NAME}, embarque Rua Kesterwald, 573, São Paulo", SURNAME),
}

# --- parking and tolls: a driver's own plate, transponder, permit ----------------------------------------------------
PARKING: Dict[str, Tuple[str, Any]] = {
    "uk owner": (f"Registered keeper {NAME}, vehicle KW57 ZTX", SURNAME),
    "de mein": (f"Kennzeichen von {NAME}: M-KW 5739", SURNAME),
    "permit address": ("Anwohnerparkausweis Zone 14 · Kesterwaldstraße 5, 50667 Köln", "Kesterwaldstraße 5"),
    "resident uk": ("Resident permit RP573914, 12 Kesterwald Gardens, Leeds LS6 2AB", "Kesterwald Gardens"),
    "toll tag": ("E-ZPass tag 00573914218 on account of the driver", "00573914218"),
    "telepass": (f"Telepass n. 573914021 intestato a {NAME}", ["573914021", SURNAME]),
    "fastag": ("FASTag ID 34161FA820328EE2057391 linked to my vehicle", "2057391"),
    "pcn": (f"Penalty charge notice to {NAME}, 8 Kesterwald Close, Bristol BS1 4ST", SURNAME),
}

# A plate is the keeper's when a site ties it to them: "my car", a booking, a fine, a permit.
OWN_PLATES: Dict[str, Tuple[str, Any]] = {
    "uk my car": ("My car's registration: KW57 ZTX (please whitelist)", "KW57 ZTX"),
    "fr immatriculation": ("Immatriculation de mon véhicule : FK-573-KW", "FK-573-KW"),
    "nl kenteken": ("Mijn kenteken: 57-KWS-9 voor de parkeervergunning", "57-KWS-9"),
    "es matricula": ("Matrícula de mi coche: 5739 KWT", "5739 KWT"),
    "it targa": ("Targa del mio veicolo: FK 573 KW per il Telepass", "FK 573 KW"),
    "pl rejestracja": ("Nr rejestracyjny mojego auta: WA 5739K", "WA 5739K"),
    "br placa": ("Placa do meu carro: KWS5J39 (Mercosul)", "KWS5J39"),
    "in number": ("Vehicle no. MH 12 KW 5739 – owner's FASTag recharge", "MH 12 KW 5739"),
}

# --- public transport and bike sharing: travel cards and holders ----------------------------------------------------
CARDS: Dict[str, Tuple[str, Any]] = {
    "oyster": ("Oyster card number 0573 9142 1180", "0573 9142"),
    "ov chipkaart": (f"OV-chipkaart 3528 0573 9142 1187 op naam van {SURNAME}", ["0573 9142", SURNAME]),
    "navigo": (f"Passe Navigo n° 573914220 – titulaire : {NAME}", ["573914220", SURNAME]),
    "suica": (f"Suica 記名人: {SURNAME} カード番号 JE 5739 1422 0118 2", ["5739 1422", SURNAME]),
    "bilhete unico": ("Bilhete Único nº 57.39.14.22-1", "57.39.14.22"),
    "bahncard": (f"BahnCard 100 Nr. 7081 4110 5739 1422 für {NAME}", ["5739 1422", SURNAME]),
    "season ticket": (f"Season ticket holder: {NAME}, photocard 57391422", ["57391422", SURNAME]),
    "velib": (f"Abonné Vélib' {NAME}, carte 5739142", SURNAME),
}

URLS: Dict[str, Tuple[str, Any]] = {
    "ride query": (f"{SHOP}/ride/confirm?pickup={quote('14 Kesterwald Road, London SW9 8PL')}&dropoff=51.5033,-0.1195",
                   "Kesterwald"),
    "coords path": (f"{SHOP}/trip/573914/from/52.5739140,13.4021877/to/52.5200,13.4049", "52.5739140"),
    "emaid query": (f"{SHOP}/charging/contract?emaid=DE-8AA-C57391408-M&tariff=flex", "C57391408"),
    "licence query": (f"{SHOP}/rental/checkin?dl=KESTE706219O99TF&ra=RA-1182", "KESTE706219O99TF"),
    "renter": (f"{SHOP}/mieten/bestaetigung?mieter={quote(NAME)}&station=BER-T1", SURNAME),
    "card path": (f"{SHOP}/oyster/cards/057391421180/journeys", "057391421180"),
    "permit": (f"{SHOP}/parken/anwohner?adresse={quote('Kesterwaldstraße 5')}&zone=14", "Kesterwald"),
    "rfid": (f"{SHOP}/app/cards?rfid=045739148ACE80&status=active", "045739148ACE80"),
}


def cases() -> List[Case]:
    return [
        *rotated("emaid", EMAIDS, TEXT_PLACES, 2, put=_put),
        *rotated("rfid", RFIDS, TEXT_PLACES, 2, start=5, put=_put),
        *rotated("licence", LICENCES, TEXT_PLACES, 2, start=11, put=_put),
        *rotated("rental", RENTALS, TEXT_PLACES, 2, start=17, put=_put),
        *rotated("ride", RIDES, TEXT_PLACES, 2, start=23, put=_put),
        *rotated("parking", PARKING, TEXT_PLACES, 2, start=29, put=_put),
        *rotated("card", CARDS, TEXT_PLACES, 2, start=3, put=_put),
        *rotated("url", URLS, URL_PLACES, 2, put=_put),
        *rotated("plate", OWN_PLATES, TEXT_PLACES, 2, start=7, put=_put),
    ]


# --- ordinary: the trade's public data ------------------------------------------------------------------------------
TEXTS = [
    "Wallbox Pulsar Plus 22 kW", "ABB Terra AC W22-T-RD-M-0", "Alpitronic hypercharger HYC300",
    "Tesla Supercharger V4", "Ionity HPC 350 kW", "EnBW mobility+ ADAC e-Charge Tarif",
    "Octopus Electric Universe Pay-as-you-go", "Shell Recharge Flex", "Allego Ladepunkt Schnelllader",
    "Chargemap Pass RFID card", "Type 2 to Type 2 charging cable 7 m 32 A", "Führerschein Klasse B196 Kurs",
    "VW ID.3 Pro S 77 kWh", "Toyota Yaris Hybrid 1.5", "Fiat 500e La Prima", "Renault Zoe E-Tech R135",
    "Compact SUV (CFAR) or similar", "Economy ECMR – Peugeot 208", "Permis B forfait 20 h",
    "Oyster card – Zone 1-2 Travelcard", "Deutschlandticket Abo", "Navigo Semaine Zones 1-5",
    "OV-chipkaart persoonlijk", "Bilhete Único Comum", "Suica 2000円チャージ", "Oyster photocard 16+ Zip",
    "BahnCard 25 2. Klasse", "Lime scooter 30 min pass", "Bus 73 Oxford Circus to Stoke Newington",
    "Linea M1 Rho Fieramilano – Sesto 1° Maggio", "Porsche Taycan 4S Cross Turismo (Y1BDE1)",
    "Parking Paris Gare de Lyon – 24 h", "Kia EV6 GT-Line AWD 77,4 kWh",
]
CODES = [
    "DE*ION*E40201", "DE*EBW*E106102*1", "NL*ALF*E00021*2", "FR*CPO*E55AA1", "GB*BPC*E1021",
    "IT*ENX*E1022001", "ES*IBD*E320001", "DE-ION-E40201", "ABB-TERRA-184", "HYC300-EU",
    "CPM-22-T2S", "ACRISS CDMR", "IFAR", "SFAR-EV", "BER-T1-01", "LHR-T5-CAR-A",
    "FRA-A-P3", "station 8011160", "8503000", "StopPoint 490008660N", "route 73",
    "tariff AC-0.49-DC-0.59", "ZONE-1-2", "PKZ-14", "fleet 12345", "WBA8E9C50GK645312",
    "Kennzeichenhalter 520x110 mm", "RA-PROMO-SUMMER26", "SKU-CABLE-T2-7M", "OCPP-1.6J",
    "NL-GFX-E02178", "EVSE-ID DE*ICE*E0001", "ZTA-0573", "IC 2013", "RE1-4711", "FR*TTE*E2018340",
    "NL*EVB*P2447139", "LT61", "Fahrt 2026-11-30-0815",
]
URLS_ORDINARY = [
    f"{SHOP}/laden/standorte/de-ion-e40201", f"{SHOP}/charge/stations?lat=52.52&lng=13.40&radius=5km",
    f"{SHOP}/tarife/adac-e-charge", f"{SHOP}/rent/berlin-tegel?class=CDMR&from=2026-12-20",
    f"{SHOP}/en/london/oyster/zones-1-2", f"{SHOP}/fr/navigo/semaine", f"{SHOP}/nl/ov-chipkaart/opladen",
    f"{SHOP}/es/abono-transporte", f"{SHOP}/it/noleggio/milano-linate?gruppo=B",
    f"{SHOP}/pl/wypozyczalnia/warszawa-okecie", f"{SHOP}/jp/ekimae/shinjuku", f"{SHOP}/br/aluguel/guarulhos",
    f"{SHOP}/in/cabs/mumbai-airport", f"{SHOP}/parking/zone-14?duration=2h",
    f"{SHOP}/search?q=wallbox+22+kw&utm_source=google", f"{SHOP}/routes/73/timetable",
]
TEXT_PLACES_ORDINARY = ["product name", "search string", "page title", "custom property"]
CODE_PLACES = ["product id", "contents id", "order id", "custom property"]
URL_ORDINARY_PLACES = ["page url", "referrer"]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places({"mobility text": TEXTS, "mobility code": CODES, "mobility url": URLS_ORDINARY},
                                  {"mobility text": TEXT_PLACES_ORDINARY, "mobility code": CODE_PLACES,
                                   "mobility url": URL_ORDINARY_PLACES}, _put)
