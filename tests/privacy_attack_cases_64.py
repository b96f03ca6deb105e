"""The sixty-fourth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases (issue 16): travel and hospitality. Airlines, hotels and short-term rentals,
rail and coach, cruises, ferries, tour operators, travel insurers and visa pages send the events any shop sends (a
page, a search, a booked fare as a product, a purchase, a lead), and their ordinary values look like ids: flight
numbers, IATA airport and airline codes, fare classes and fare basis codes, hotel property codes, room types and rate
plans, itinerary slugs, train numbers, promo codes, package SKUs, passes and railcards as products, in English,
German, French, Spanish, Italian, Dutch, Portuguese and Japanese: about 300 ordinary cases that must go out whole.

The personal side (160 cases) puts a traveller's own data in the same leaves: a booking reference with the passenger's
name (a PNR alone is a booking's number, as an order's is: the name beside it is what must not leave), e-ticket numbers
after their labels, frequent flyer and hotel loyalty numbers (Luhn's digit where the card has one), an IATA BCBP
boarding pass string, APIS data (passport numbers, a passport's machine-readable zone with its check digits, Known
Traveler, Global Entry and Redress numbers, a birth date), ESTA / ETIAS / e-Visa application numbers, a hotel's guest
registration, railcards and passes (BahnCard, OV-chipkaart with Luhn's digit, Carte Avantage, CartaFRECCIA, Railcard),
Brazil's CPF, Spain's DNI and Italy's codice fiscale as airlines and rail ask for them (with their checks), an Indian
rail PNR with its passenger, a cruise's and a ferry's booking with a guest and a vehicle, a travel insurance policy, and
manage-booking and check-in links carrying the surname. Each carries a made-up marker (`Talvira`, `Brenquillo`, the
digits `583914`) so a leak is findable.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import luhn_complete, ordinary_in_places
from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "64"
GIVEN = "Talvira"
SURNAME = "Brenquillo"
NAME = f"{GIVEN} {SURNAME}"
DIGITS = "583914"
AIR = "https://www.example-air.com"
HOTEL = "https://www.example-hotels.com"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# --- check digits the states' and the trade's numbers carry -----------------------------------------------------------
def mrz_check(text: str) -> str:
    """ICAO 9303's check digit: weights 7, 3, 1 over digits, letters A=10 ... Z=35 and `<` as 0."""
    def worth(char: str) -> int:
        if char.isdigit():
            return int(char)
        return 0 if char == "<" else ord(char) - 55
    return str(sum(worth(char) * (7, 3, 1)[index % 3] for index, char in enumerate(text)) % 10)


def cpf(nine: str) -> str:
    """A Brazilian CPF in its printed layout, with its two check digits."""
    digits = [int(char) for char in nine]
    for weight in (10, 11):
        total = sum(digit * (weight - index) for index, digit in enumerate(digits))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    text = "".join(str(digit) for digit in digits)
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


def dni(eight: str) -> str:
    """A Spanish DNI: eight digits and the letter of their remainder mod 23."""
    return f"{eight}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(eight) % 23]}"


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] * 2 + [2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
                                                               24, 23], strict=True))


def codice_fiscale(fifteen: str) -> str:
    """An Italian codice fiscale: fifteen characters and the check letter over odd and even positions' values."""
    total = sum(_CF_ODD[char] if index % 2 == 0 else (int(char) if char.isdigit() else ord(char) - 65)
                for index, char in enumerate(fifteen))
    return f"{fifteen}{chr(65 + total % 26)}"


def ticket(airline: str, serial: str) -> str:
    """An e-ticket number: the airline's three-digit accounting code and a ten-digit serial."""
    return f"{airline}{serial}"


PNR = "QK5R8W"
TICKET_LH = ticket("220", "2583914726")
TICKET_BA = ticket("125", "2583914731")
TICKET_AF = ticket("057", "2583914748")
TICKET_IB = ticket("075", "2583914755")
MILES_MORE = luhn_complete("99200345839147")
ACCOR = luhn_complete("308103158391472")
BAHNCARD = luhn_complete("708141158391472")
OV_CHIP = luhn_complete("352801005839147")
PASSPORT_DE = "CFX58391T"
PASSPORT_US = "A58391472"
PASSPORT_IN = "K5839147"
CPF = cpf("583914726")
CPF_DIGITS = CPF.replace(".", "").replace("-", "")
DNI = dni("58391472")
CODICE_FISCALE = codice_fiscale("BRNTVR81C54H501")
_MRZ_NUMBER = "GB5839147"
_MRZ_BIRTH = "810314"
_MRZ_EXPIRY = "310922"
_MRZ_LINE2_HEAD = (f"{_MRZ_NUMBER}{mrz_check(_MRZ_NUMBER)}GBR{_MRZ_BIRTH}{mrz_check(_MRZ_BIRTH)}F"
                   f"{_MRZ_EXPIRY}{mrz_check(_MRZ_EXPIRY)}")
_MRZ_OPTIONAL = "<" * 14
_MRZ_COMPOSITE = mrz_check(f"{_MRZ_NUMBER}{mrz_check(_MRZ_NUMBER)}{_MRZ_BIRTH}{mrz_check(_MRZ_BIRTH)}"
                           f"{_MRZ_EXPIRY}{mrz_check(_MRZ_EXPIRY)}{_MRZ_OPTIONAL}{mrz_check(_MRZ_OPTIONAL)}")
MRZ = (f"P<GBR{SURNAME.upper()}<<{GIVEN.upper()}".ljust(44, "<") + "\n"
       + f"{_MRZ_LINE2_HEAD}{_MRZ_OPTIONAL}{mrz_check(_MRZ_OPTIONAL)}{_MRZ_COMPOSITE}")
BCBP = (f"M1{SURNAME.upper()}/{GIVEN.upper()}".ljust(22) + f"E{PNR} FRAJFKLH 0400 352Y023A0058 100")
PHONE_UK = "+44 7700 583914"
PHONE_UK_DIGITS = "7700583914"

# --- the personal side -----------------------------------------------------------------------------------------------
BOOKINGS: Dict[str, Tuple[str, Any]] = {
    "english": (f"Booking reference {PNR} – Passenger: {NAME}", SURNAME),
    "slash name": (f"PNR {PNR} {SURNAME.upper()}/{GIVEN.upper()} MS", SURNAME),
    "german": (f"Buchungscode: {PNR}, Reisende: Frau {NAME}", SURNAME),
    "french": (f"Référence de réservation {PNR} – Passager : Mme {SURNAME.upper()} {GIVEN}", SURNAME),
    "spanish": (f"Localizador {PNR} · Pasajero: {NAME}", SURNAME),
    "dutch": (f"Boekingscode {PNR}, passagier: mevr. T. {SURNAME}", SURNAME),
    "portuguese": (f"Código da reserva {PNR} – Passageiro: {NAME}", SURNAME),
    "japanese": (f"予約番号 {PNR} 搭乗者名：{SURNAME.upper()} {GIVEN.upper()} 様", SURNAME),
    "irctc": (f"PNR No. 45{DIGITS}26 – Passenger 1: {NAME}, Berth S4/37", SURNAME),
    "passagiersnaam": (f"Passagiersnaam: {NAME}", SURNAME),
    "nome passeggero": (f"Nome e cognome del passeggero: {NAME}", SURNAME),
    "hauptreisender": (f"Hauptreisender: {NAME}", SURNAME),
    "booked by": (f"Booked by: {NAME}", SURNAME),
}
TICKETS: Dict[str, Tuple[str, Any]] = {
    "english": (f"E-ticket number: {TICKET_BA}", TICKET_BA),
    "dashed": (f"Ticket no. {TICKET_LH[:3]}-{TICKET_LH[3:]}", TICKET_LH[3:]),
    "german": (f"Ticketnummer {TICKET_LH[:3]} {TICKET_LH[3:]}", TICKET_LH[3:]),
    "with name": (f"ETKT {TICKET_BA} {SURNAME.upper()}/{GIVEN.upper()}", [TICKET_BA, SURNAME]),
    "receipt": (f"Passenger receipt – {NAME} – ticket {TICKET_LH}", [TICKET_LH, SURNAME]),
}
LOYALTY: Dict[str, Tuple[str, Any]] = {
    "miles and more": (f"Miles & More Servicekartennummer {MILES_MORE}", MILES_MORE),
    "flying blue": (f"Numéro Flying Blue : 2{DIGITS}726", DIGITS),
    "iberia plus": (f"Nº Iberia Plus: IB{DIGITS}72", DIGITS),
    "jmb": (f"JALマイレージバンク お得意様番号 {DIGITS}726", DIGITS),
    "bonvoy": (f"Marriott Bonvoy member number {DIGITS}726", DIGITS),
    "hyatt": (f"World of Hyatt #{DIGITS}726C", DIGITS),
    "smiles": (f"Smiles nº {DIGITS}726", DIGITS),
    "accor": (f"Carte ALL – Accor Live Limitless n° {ACCOR}", ACCOR),
}
BOARDING: Dict[str, Tuple[str, Any]] = {
    "bcbp": (BCBP, SURNAME),
    "bcbp in text": (f"Boarding pass: {BCBP}", SURNAME),
    "pass line": (f"Bordkarte LH400 FRA–JFK, Sitz 23A, {SURNAME.upper()}/{GIVEN.upper()} MRS", SURNAME),
    "seat passenger": (f"Passenger 2: {NAME}, seat 23B, Economy Light", SURNAME),
    "siege": (f"Passager 1 : Mme {NAME} – siège 14C", SURNAME),
    "sitzplatz": (f"Sitzplatzreservierung Wagen 7, Platz 45 für {NAME}", SURNAME),
}
DOCUMENTS: Dict[str, Tuple[str, Any]] = {
    "passport de": (f"Reisepassnummer: {PASSPORT_DE}", PASSPORT_DE),
    "passport us": (f"Passport number {PASSPORT_US}, expires 09/22/2031", PASSPORT_US),
    "mrz": (MRZ, [_MRZ_NUMBER, SURNAME]),
    "ktn": (f"Known Traveler Number: 98{DIGITS}7", DIGITS),
    "redress": (f"Redress number 5{DIGITS}", DIGITS),
    "esta": (f"ESTA application number: 8WX{DIGITS}QP2R7", DIGITS),
    "e visa": (f"e-Visa Application ID: IN2611{DIGITS}A", DIGITS),
    "cpf": (f"CPF do passageiro: {CPF}", [CPF, CPF_DIGITS]),
    "dni renfe": (f"DNI/NIE: {DNI}", DNI),
    "global entry": (f"Global Entry PASSID: 98{DIGITS}7", DIGITS),
    "etias": (f"ETIAS application number {DIGITS}72QX", DIGITS),
    "codice fiscale": (f"Codice fiscale del titolare: {CODICE_FISCALE}", CODICE_FISCALE),
}
BIRTHS: Dict[str, Tuple[str, Any]] = {
    "apis dob": ("Date of birth: 14/03/1981", "14/03/1981"),
    "geburtsdatum": ("Geburtsdatum (wie im Reisepass): 14.03.1981", "14.03.1981"),
    "ne le": (f"Mme {SURNAME.upper()} Talvira, née le 14/03/1981", "14/03/1981"),
    "nacimiento": ("Fecha de nacimiento: 14-03-1981", "14-03-1981"),
    "japanese": ("生年月日：1981年3月14日", "1981年3月14日"),
}
HOTELS: Dict[str, Tuple[str, Any]] = {
    "confirmation": (f"Reservation confirmed for {NAME} – Confirmation #83914725", SURNAME),
    "gast": (f"Gast: Frau {NAME}, Zimmer 412, Anreise 18.12.2026", SURNAME),
    "huesped": (f"Huésped principal: {NAME}, DNI {DNI}", [SURNAME, DNI]),
    "registration card": (f"Meldeschein: {NAME}, geb. 14.03.1981, Staatsangehörigkeit: deutsch",
                          [SURNAME, "14.03.1981"]),
    "host message": (f"Hi {GIVEN}, your check-in code for Apartment 3B is 5839 – see you, Marco", GIVEN),
    "arrival note": (f"Ankunftszeit: 22 Uhr, Gast {NAME} reist mit Hund", SURNAME),
    "shukuhakusha": (f"宿泊者名：{SURNAME} {GIVEN} 様", SURNAME),
}
RAIL: Dict[str, Tuple[str, Any]] = {
    "bahncard": (f"BahnCard-Nr. {BAHNCARD[:4]} {BAHNCARD[4:8]} {BAHNCARD[8:12]} {BAHNCARD[12:]}",
                 BAHNCARD[8:12]),
    "ov chip": (f"OV-chipkaart nummer {OV_CHIP[:4]} {OV_CHIP[4:8]} {OV_CHIP[8:12]} {OV_CHIP[12:]}", OV_CHIP[8:12]),
    "carte avantage": (f"N° de carte Avantage : 29090108{DIGITS}", DIGITS),
    "cartafreccia": (f"CartaFRECCIA n. {DIGITS}726", DIGITS),
    "railcard": (f"16-25 Railcard number: RC{DIGITS}72", DIGITS),
    "eurail": (f"Eurail Pass number: 41{DIGITS}7 ({NAME})", [DIGITS, SURNAME]),
    "sncf": (f"Billet TGV INOUI 6201 Paris → Lyon – Voyageur : {SURNAME.upper()} {GIVEN}", SURNAME),
    "sncf dossier": (f"Numéro de dossier SNCF : {PNR} – M. {SURNAME.upper()}", SURNAME),
    "trenitalia": (f"Frecciarossa 9531 – Titolare del biglietto: {NAME}", SURNAME),
}
TRIPS: Dict[str, Tuple[str, Any]] = {
    "cruise guest": (f"Cruise booking 7{DIGITS} – Guest 1: {NAME}, Cabin 8214", SURNAME),
    "cruise de": (f"Kreuzfahrt AIDAcosma, Buchungsnr. 7{DIGITS}, 1. Gast: Frau {NAME}", SURNAME),
    "ferry vehicle": (f"Ferry Dover–Calais, vehicle registration: KX19 TVB, driver {NAME}", SURNAME),
    "ferry plate": ("Fähre Kiel–Oslo, Kennzeichen: KI-TB 5839", "KI-TB 5839"),
    "insurance policy": (f"Travel insurance policy number: TRV-{DIGITS}-26", DIGITS),
    "tour lead": (f"Lead traveller: {NAME}, +44 7700 583914", [SURNAME, PHONE_UK_DIGITS]),
    "visa applicant": (f"Schengen visa application – Applicant: {NAME}, passport {PASSPORT_DE}",
                       [SURNAME, PASSPORT_DE]),
}
LINKS: Dict[str, Tuple[str, Any]] = {
    "manage booking": (f"{AIR}/manage-booking?pnr={PNR}&lastName={SURNAME}", SURNAME),
    "check in": (f"{AIR}/checkin/retrieve?bookingRef={PNR}&surname={SURNAME.upper()}", SURNAME),
    "boarding pass": (f"{AIR}/mobile-boarding-pass/{PNR}/{SURNAME.lower()}-{GIVEN.lower()}", SURNAME),
    "hotel stay": (f"{HOTEL}/stay/confirm?conf=83914725&guestLastName={SURNAME}", SURNAME),
    "room key": (f"{HOTEL}/mobile-key/activate?guest=talvira.brenquillo%40example.com&room=412",
                 "talvira.brenquillo@example.com"),
    "rental": (f"https://www.example-rentals.com/reservations/HM{PNR}9X?guest_name={GIVEN}+{SURNAME}", SURNAME),
    "db ticket": (f"https://www.example-bahn.de/buchung/auftrag?auftragsnummer=Q{DIGITS}&nachname={SURNAME}",
                  SURNAME),
    "esta status": (f"https://esta.example-gov.us/status?app=8WX{DIGITS}QP2R7&passport={PASSPORT_US}"
                    f"&dob=1981-03-14", [PASSPORT_US, "1981-03-14"]),
}


def cases() -> List[Case]:
    return [
        *rotated("booking", BOOKINGS, TEXT_PLACES, 2, put=_put),
        *rotated("ticket", TICKETS, TEXT_PLACES, 2, start=7, put=_put),
        *rotated("loyalty", LOYALTY, TEXT_PLACES, 2, start=13, put=_put),
        *rotated("boarding", BOARDING, TEXT_PLACES, 2, start=19, put=_put),
        *rotated("document", DOCUMENTS, TEXT_PLACES, 2, start=25, put=_put),
        *rotated("birth", BIRTHS, TEXT_PLACES, 2, start=31, put=_put),
        *rotated("hotel", HOTELS, TEXT_PLACES, 2, start=3, put=_put),
        *rotated("rail", RAIL, TEXT_PLACES, 2, start=9, put=_put),
        *rotated("trip", TRIPS, TEXT_PLACES, 2, start=15, put=_put),
        *rotated("link", LINKS, URL_PLACES, 2, put=_put),
    ]


# --- the ordinary side -----------------------------------------------------------------------------------------------
TEXTS = [
    "LH 400 Frankfurt – New York JFK", "Confirmation number: 3512.441.209",
    "Economy Light (K)", "Business Saver – fare basis ZNC0D3N1",
    "Lufthansa Economy Classic 23 kg", "Seat 23A (Extra Legroom)", "Deluxe King Room, City View",
    "Superior Doppelzimmer mit Frühstück", "Chambre Double Classique – petit-déjeuner inclus",
    "Habitación Doble Superior con vistas al mar",
    "スタンダードツイン 禁煙", "Flexible Rate – free cancellation until 18:00", "Non-refundable Advance Purchase 14",
    "BahnCard 50, 2. Klasse", "BahnCard 25 1. Klasse – 62,90 €", "Flexpreis ICE 1007 Berlin Hbf – München Hbf",
    "Sparpreis Europa Deutschland – Österreich", "TGV INOUI 6201 Paris Gare de Lyon → Lyon Part-Dieu",
    "Carte Avantage Jeune 12-27 ans", "Frecciarossa 9531 Roma Termini – Milano Centrale",
    "AVE 03071 Madrid Puerta de Atocha – Barcelona Sants", "NS Dal Voordeel",
    "Japan Rail Pass 7 days Green Car", "東海道新幹線 のぞみ21号 東京→新大阪",
    "Rajdhani Express 12951 Mumbai – New Delhi",
    "Eurail Global Pass 15 days within 2 months", "16-25 Railcard",
    "MSC World Europa – 7 Nights Western Mediterranean", "AIDAcosma Mittelmeer ab Palma, Balkonkabine",
    "Ferry Dover – Calais, car + 2 adults", "Allianz Travel OneTrip Prime", "ESTA – Visa Waiver Program fee",
    "Schengen visa Type C, short stay", "Passagens aéreas GRU – GIG LATAM Light",
    "Passenger 1: Adult (12+)", "Gast 2: Kind (6 Jahre)", "Name on ticket must match your passport",
    "Check-in: 18/12/2026 · Check-out: 21/12/2026", "Booking reference and surname required",
    "Seat 23A – Window, Row 23", "Room 412 – Deluxe King, Floor 4", "BahnCard 100 1. Klasse – 7.356 €",
    "Miles & More Credit Card Gold", "Passport validity: 6 months beyond return",
    "Frecciarossa 1000 Executive, carrozza 3 posto 7A", "7号車 12A席 のぞみ21号",
    "Marriott Bonvoy Platinum Elite benefits", "Miles & More Frequent Traveller status",
]
CODES = [
    "LH400", "BA0117", "AF 1234", "3512.441.209", "FRA-JFK", "YLXF2EU", "QLOWGB", "KL0NJB", "ZNC0D3N1",
    "LONPL", "PARHI", "DBL-SUP-CITY", "ADV14-NR", "BAR-FLEX", "ICE 1007", "FR 9531",
    "AVE 03071", "12951", "SUMMER25", "FLY15OFF", "PKG-PMI-7N-AI-20260612", "MSC-WE-7N-BCN-20260613",
    "TOUR-ROM-COLOSSEUM-3H-EN", "A350-900", "B789", "LH400/18DEC", "FRA-JFK-20261218-Y",
    "DB-SPARPREIS-2KL", "BC50-2KL-2026", "IRCTC-3A-TATKAL", "JRP-7D-GREEN", "EURAIL-GP-15D2M", "HTL-LIS-ALFAMA-2N",
    "INS-ONETRIP-PRIME-EU", "LX-FER-DVR-CAL-CAR2A", "CX 250 HKG-LHR", "JL 44 HND-LHR", "AI 101 DEL-JFK",
    "NH 203 HND-FRA", "KL 1772 AMS-MAD", "AZ 610 FCO-JFK", "RG-2026-ALPS-08", "XJ7T2M", "71260483",
]
URLS = [
    f"{AIR}/flights/fra-jfk/2026-12-18?adults=2&cabin=economy", f"{AIR}/de/angebote/new-york?fare=LIGHT",
    f"{AIR}/manage-booking?step=retrieve&lang=de",
    f"{AIR}/checkin/retrieve?bookingRef=&surname=&lang=fr", f"{AIR}/fr/vols/paris-rome?classe=premium",
    f"{HOTEL}/paris/hotel-le-marais?checkin=2026-12-18&checkout=2026-12-21&rooms=1&adults=2",
    f"{HOTEL}/es/barcelona/hotel-arts?rate=BAR-FLEX&room=DBL-SUP", f"{HOTEL}/ja/tokyo/shinjuku-tower?plan=ADV14",
    f"{HOTEL}/loyalty/join?tier=gold", "https://www.example-bahn.de/angebot/bahncard/bahncard-50",
    "https://www.example-bahn.de/buchung/fahrplan/suche?von=Berlin+Hbf&nach=M%C3%BCnchen+Hbf&zug=ICE+1007",
    "https://www.example-treni.it/it/treni/frecciarossa/roma-milano?treno=9531",
    "https://www.example-renfe.es/es/ave/madrid-barcelona?tren=03071",
    "https://www.example-rail.in/trains/12951-rajdhani-express?class=3A", f"{SHOP}/nl/ns/dal-voordeel",
    "https://www.example-cruises.com/itineraries/msc-we-7n-bcn-20260613",
    f"{SHOP}/pt-br/passagens/gru-gig?promo=FLY15OFF",
    "https://esta.example-gov.us/esta/application/start", f"{SHOP}/travel-insurance/onetrip-prime?region=europe",
    f"{SHOP}/ferry/dover-calais?vehicle=car&adults=2",
]
TEXT_ORDINARY_PLACES = ["product name", "search string", "page title"]
CODE_PLACES = ["product id", "contents id", "order id"]
URL_ORDINARY_PLACES = ["page url", "referrer"]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places({"travel text": TEXTS, "travel code": CODES, "travel url": URLS},
                                  {"travel text": TEXT_ORDINARY_PLACES, "travel code": CODE_PLACES,
                                   "travel url": URL_ORDINARY_PLACES}, _put)
