"""The sixty-sixth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: motoring and home services. Car dealers and used-car marketplaces, car
insurance quotes and claims, garages' service and MOT/TÜV/contrôle technique/ITV/revisione/APK/przegląd/車検 bookings,
tyre shops, roadside assistance, parking and fines, car subscriptions; movers, cleaners, plumbers, electricians,
locksmiths, handymen's marketplaces, appliance repair and pest control, in the UK, the US, Germany, France, Spain,
Italy, the Netherlands, Poland and Japan.

About 300 ordinary cases must go out whole: makes, models and trims (`VW Golf 1.5 eTSI Life`), engine codes, OEM and
aftermarket part numbers with their dashes, dots and blanks, tyre sizes (`205/55 R16 91V`), oil specs (`5W-30`,
`VW 504 00`), service plans and prices, model years and mileage bands, insurance products and excess levels, job
types and time slots, post code districts as a trade's service area (no post code's label), promo codes, stock
numbers and listing ids, listing and service URLs, and the keys a motoring or a home-services site writes.

About 150 personal cases put a driver's or a householder's own data in the leaves the README maps (custom
properties, a product's name and id, the page's URL, path, referrer and title, the search, a custom event's name),
across the settings (`standard`, a listed key, `meta_url_query = drop`): the VIN of the buyer's own car (with the US
check digit where the scheme has one, a European one after its label, a Japanese chassis number), the registration
plate of one's own car in eight countries' layouts, driving licence numbers, an insurance policy's or a claim's
number tied to a name, a driver's date of birth and no-claims years with a name, a garage booking with the customer's
name and phone, a mover's inventory with the old and the new address, a locksmith's call-out with the door's address
and its access code, a plumber's note with a phone, a fine's reference with the plate, reviews signed with a full
name. Every person is made up, and so is the marker a case is found by: the surname `Brastelwick` (katakana
`ブラステルウィック`), the given name `Yorvenna`, the streets `Ovelstrand`/`Ovelstraße`/`Ovelini`, and the six
digits `583617` inside every number (VINs' serials, phones, policies, door codes, fines).
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places, ordinary_keys, ordinary_urls
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "66"
DIGITS = "583617"
SURNAME, GIVEN = "Brastelwick", "Yorvenna"
FULL = f"{GIVEN} {SURNAME}"
KANA = "ブラステルウィック"  # Brastelwick in katakana
STREET = "Ovelstrand"
GARAGE = "https://www.example-garage.co.uk"
MOVERS = "https://www.example-movers.com"
FINES = "https://pay.example-parking.com"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


_VIN_VALUES = {**{str(d): d for d in range(10)}, **{ch: "ABCDEFGH".index(ch) + 1 for ch in "ABCDEFGH"},
               **{ch: "JKLMN".index(ch) + 1 for ch in "JKLMN"}, "P": 7, "R": 9,
               **{ch: "STUVWXYZ".index(ch) + 2 for ch in "STUVWXYZ"}}
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(first8: str, last8: str) -> str:
    """A North American VIN: the first eight characters, the check digit (ISO 3779's, North America's rule), the
    model year, the plant and the serial."""
    body = f"{first8}0{last8}"
    total = sum(_VIN_VALUES[ch] * weight for ch, weight in zip(body, _VIN_WEIGHTS, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return f"{first8}{check}{last8}"


def dni(eight: str) -> str:
    return eight + "TRWAGMYFPDXBNJZSQVHLCKE"[int(eight) % 23]


VIN_HONDA = vin("1HGCV1F3", f"NA{DIGITS}")
VIN_TESLA = vin("5YJ3E1EA", f"PF{DIGITS}")
VIN_FORD = vin("1FTFW1E8", f"MF{DIGITS}")
VIN_BMW = vin("WBA8E9C5", f"GK{DIGITS}")
VIN_VW = f"WVWZZZAUZLW{DIGITS}"  # a European VIN: `Z` fills the check's place
VIN_SEAT = f"VSSZZZKJZMR{DIGITS}"
VIN_FIAT = f"ZFA31200000{DIGITS}"
VIN_RENAULT = f"VF1RJA00X6{DIGITS}1"[:17]
DVLA = "BRAST803146YB9QK"  # DVLA's layout: the surname's five letters, birth date, initials, check, two letters
ES_DNI = dni("58361742")
PLATE_UK, PLATE_DE, PLATE_FR, PLATE_ES = "YR21 KXF", "HH-VB 5836", "GK-583-QF", "5836 KRT"
PLATE_IT, PLATE_NL, PLATE_PL, PLATE_JP = "GF 583 KT", "S-583-KT", "WX 58361", "品川 330 さ 58-36"
PHONE_UK, PHONE_DE, PHONE_FR = "07700 958361", "0171 5836172", "06 58 36 17 42"
PHONE_ES, PHONE_IT, PHONE_NL, PHONE_PL = "612 583 617", "347 583 6172", "06-58361742", "512 583 617"
PHONE_JP, PHONE_US = "090-5836-1742", "(650) 583-6174"


def _q(text: str) -> str:
    return quote(text, safe="")


# --- the buyer's own car: its VIN ------------------------------------------------------------------------------------
VINS: Dict[str, Tuple[str, Any]] = {
    "label us": (f"VIN: {VIN_HONDA}", DIGITS),
    "bare us in text": (f"Trade-in valuation request, my Accord {VIN_HONDA}, 41k miles", DIGITS),
    "bare tesla": (VIN_TESLA, DIGITS),
    "grouped us": (f"VIN {VIN_FORD[:3]} {VIN_FORD[3:8]} {VIN_FORD[8]} {VIN_FORD[9:11]} {VIN_FORD[11:]}", DIGITS),
    "dashed bmw": (f"{VIN_BMW[:3]}-{VIN_BMW[3:9]}-{VIN_BMW[9:]}", DIGITS),
    "fahrgestellnummer": (f"Fahrgestellnummer: {VIN_VW}", DIGITS),
    "bastidor": (f"Número de bastidor de mi coche: {VIN_SEAT}", DIGITS),
    "telaio": (f"Numero di telaio {VIN_FIAT} – Yorvenna", DIGITS),
    "chassis fr": (f"N° de châssis (VIN) : {VIN_RENAULT}", DIGITS),
    "own car no label": (f"History check for {VIN_VW}, owner {FULL}", [DIGITS, SURNAME]),
    "japanese chassis": (f"車台番号：ZVW50-8{DIGITS}", DIGITS),
    "lower case": (f"vin {VIN_TESLA.lower()}", DIGITS),
}
VIN_LINKS: Dict[str, Tuple[str, Any]] = {
    "history report url": (f"https://www.example-carcheck.com/report?vin={VIN_HONDA}&src=ad", DIGITS),
    "recall path": (f"https://www.example-recalls.com/vehicle/{VIN_TESLA}/recalls", DIGITS),
    "dealer service url": (f"{GARAGE}/service/history/{VIN_BMW}", DIGITS),
}

# --- the buyer's own car: its plate -----------------------------------------------------------------------------------
PLATES: Dict[str, Tuple[str, Any]] = {
    "uk own registration": (f"My car's registration: {PLATE_UK}", PLATE_UK),
    "de kennzeichen": (f"Kennzeichen: {PLATE_DE}", PLATE_DE),
    "fr immatriculation": (f"Immatriculation de mon véhicule : {PLATE_FR}", PLATE_FR),
    "es matricula": (f"Matrícula de mi coche: {PLATE_ES}", PLATE_ES),
    "it targa": (f"Targa della mia auto: {PLATE_IT}", PLATE_IT),
    "nl kenteken": (f"Kenteken van mijn auto: {PLATE_NL}", PLATE_NL),
    "pl rejestracja": (f"Numer rejestracyjny mojego auta: {PLATE_PL}", PLATE_PL),
    "jp number plate": (f"ナンバープレート：{PLATE_JP}", "58-36"),
    "uk reg with name": (f"Reg {PLATE_UK.replace(' ', '')} – keeper {FULL}", [SURNAME, "YR21KXF"]),
    "uk valuation no label": (f"Valuation for {PLATE_UK}, 48,000 miles", PLATE_UK),
    "de wunschkennzeichen": (f"Mein Auto: {PLATE_DE}, Halter {FULL}", [PLATE_DE, SURNAME]),
}
PLATE_LINKS: Dict[str, Tuple[str, Any]] = {
    "valuation query": (f"https://www.example-carvalue.co.uk/valuation?reg={PLATE_UK.replace(' ', '')}&miles=48000",
                        "YR21KXF"),
    "valuation path": (f"https://www.example-carvalue.co.uk/valuation/{PLATE_UK.replace(' ', '')}/result",
                       "YR21KXF"),
}

# --- driving licences -------------------------------------------------------------------------------------------------
LICENCES: Dict[str, Tuple[str, Any]] = {
    "uk dvla alone": (DVLA, DVLA),
    "uk dvla label": (f"Driving licence number: {DVLA}", DVLA),
    "de fuehrerschein": ("Führerscheinnummer: B58361RQ7X1", "B58361RQ7X1"),
    "fr permis": (f"Numéro de permis de conduire : 12AA{DIGITS}", DIGITS),
    "es carnet": (f"Permiso de conducir nº {ES_DNI}", DIGITS),
    "it patente": (f"Patente n. MI{DIGITS}2K – {FULL}", [DIGITS, SURNAME]),
    "nl rijbewijs": (f"Rijbewijsnummer 4{DIGITS}049", DIGITS),
    "pl prawo jazdy": (f"Nr prawa jazdy: 00{DIGITS[:3]}/{DIGITS[3:5]}/0412", f"00{DIGITS[:3]}/{DIGITS[3:5]}"),
    "jp menkyo": (f"運転免許証番号：30{DIGITS}0841", DIGITS),
    "us california": (f"Driver's license #: D{DIGITS}2 (CA)", DIGITS),
    "in a hire form": (f"Additional driver {FULL}, licence {DVLA}", [DVLA, SURNAME]),
}

# --- insurance policies and claims tied to a person -------------------------------------------------------------------
POLICIES: Dict[str, Tuple[str, Any]] = {
    "uk policy label": (f"Policy number: MTR-{DIGITS}-01, policyholder {FULL}", [DIGITS, SURNAME]),
    "de schadennummer": (f"Schadennummer {DIGITS}/2026, Versicherungsnehmer: {FULL}", [DIGITS, SURNAME]),
    "fr sinistre": (f"N° de sinistre 2026-{DIGITS} – assurée : Mme {SURNAME}", [DIGITS, SURNAME]),
    "es poliza": (f"Número de póliza 0{DIGITS} a nombre de {FULL}", [DIGITS, SURNAME]),
    "it polizza": (f"Polizza RCA n. {DIGITS}7 intestata a {FULL}", [DIGITS, SURNAME]),
    "nl polis": (f"Polisnummer {DIGITS}-NL, verzekerde {SURNAME}, {GIVEN[0]}.", [DIGITS, SURNAME]),
    "pl polisa": (f"Numer polisy OC {DIGITS} – {FULL}", [DIGITS, SURNAME]),
    "jp shoken": (f"証券番号 {DIGITS}-01 {KANA}様", [DIGITS, KANA]),
    "us claim": (f"Claim ref CLM-{DIGITS} for {FULL} (rear-end collision)", [DIGITS, SURNAME]),
    "quote ref with name": (f"Quote Q{DIGITS} for {GIVEN[0]}. {SURNAME}", [DIGITS, SURNAME]),
    "green card": (f"Carte verte n° FR/{DIGITS}/26 – {FULL}", [DIGITS, SURNAME]),
}
POLICY_LINKS: Dict[str, Tuple[str, Any]] = {
    "claim tracker": (f"https://claims.example-insure.co.uk/track?claim=CLM-{DIGITS}&surname={SURNAME}",
                      [DIGITS, SURNAME]),
    "policy documents path": (f"https://my.example-insure.de/vertrag/{DIGITS}7/{SURNAME.lower()}/dokumente",
                              [DIGITS, SURNAME.lower()]),
}

# --- a driver's date of birth and no-claims years with the name -------------------------------------------------------
DRIVERS: Dict[str, Tuple[str, Any]] = {
    "uk main driver": (f"Main driver: {FULL}, DOB 14/03/1986, 9 years no claims", [SURNAME, "14/03/1986"]),
    "de fahrer": (f"Fahrer: {FULL}, geb. 14.03.1986, SF-Klasse 12", [SURNAME, "14.03.1986"]),
    "fr conducteur": (f"Conducteur principal : {FULL}, né le 14/03/1986, bonus 0,50", [SURNAME, "14/03/1986"]),
    "es conductor": (f"Conductor habitual: {FULL}, fecha de nacimiento 14-03-1986", [SURNAME, "14-03-1986"]),
    "it conducente": (f"Conducente {FULL} nata il 14/03/1986, classe CU 1", [SURNAME, "14/03/1986"]),
    "nl bestuurder": (f"Bestuurder {FULL}, geboortedatum 14-03-1986, 9 schadevrije jaren", [SURNAME, "14-03-1986"]),
    "pl kierowca": (f"Kierowca: {FULL}, ur. 14.03.1986, 10 lat bezszkodowej jazdy", [SURNAME, "14.03.1986"]),
    "jp untensha": (f"運転者：{KANA} 生年月日：1986年3月14日", [KANA, "1986年3月14日"]),
    "named driver born": (f"Named driver {FULL} (born 1986) – 9 yrs NCB", [SURNAME]),
    "age and ncd": (f"{FULL}, 40, nine years no claims bonus, protected", [SURNAME]),
    "dob only with ncd": ("Date of birth: 14/03/1986 · NCD 9 years · garaged overnight", "14/03/1986"),
}

# --- a garage's booking with the customer's name and phone ------------------------------------------------------------
GARAGES: Dict[str, Tuple[str, Any]] = {
    "uk mot": (f"MOT booking Thu 10:30 – {FULL}, {PHONE_UK}", [SURNAME, "958361"]),
    "de tuev": (f"TÜV-Termin 12.12. 9:00, Kunde: {GIVEN[0]}. {SURNAME}, Tel. {PHONE_DE}", [SURNAME, "5836172"]),
    "fr controle technique": (f"RDV contrôle technique samedi 9h – Mme {SURNAME} {PHONE_FR}",
                              [SURNAME, PHONE_FR]),
    "es itv": (f"Cita ITV viernes 11:00 – {FULL} – {PHONE_ES}", [SURNAME, PHONE_ES]),
    "it revisione": (f"Revisione auto 15/12 ore 8:30, sig.ra {SURNAME} cell. {PHONE_IT}", [SURNAME, PHONE_IT]),
    "nl apk": (f"APK-keuring di 10:00 {SURNAME} {PHONE_NL}", [SURNAME, "58361742"]),
    "pl przeglad": (f"Przegląd techniczny pt 10:00 – {FULL}, tel. {PHONE_PL}", [SURNAME, PHONE_PL]),
    "jp shaken": (f"車検予約 12/14 10:00 {KANA}様 {PHONE_JP}", [KANA, PHONE_JP]),
    "us oil change": (f"Oil change for {FULL}, call {PHONE_US} when ready", [SURNAME, "583-6174"]),
    "tyre fitting booked by": (f"Tyre fitting slot 14:00 booked by {FULL}", SURNAME),
    "courtesy car": (f"Courtesy car for {SURNAME} – mobile {PHONE_UK}", [SURNAME, "958361"]),
}

# --- a mover's inventory with the old and the new address -------------------------------------------------------------
MOVES: Dict[str, Tuple[str, Any]] = {
    "uk move": (f"Move from 14 {STREET} Road, Leeds LS6 2QT to 9 Elm Close, York YO10 5DD", STREET),
    "de umzug": ("Umzug von Ovelstraße 12, 50667 Köln nach Hauptstraße 5, 10115 Berlin – 25 Kartons", "Ovelstraße"),
    "fr demenagement": ("Déménagement : 12 rue des Ovelines, 69003 Lyon → 5 avenue Jean Jaurès, 75019 Paris",
                        "Ovelines"),
    "es mudanza": ("Mudanza de Calle Ovelda 14, 3º B, 28013 Madrid a Avenida del Puerto 2, 46021 Valencia", "Ovelda"),
    "it trasloco": ("Trasloco da Via Ovelini 14, 20121 Milano a Corso Francia 5, 10138 Torino", "Ovelini"),
    "nl verhuizing": ("Verhuizing van Ovelstraat 14, 1012 AB Amsterdam naar Dorpsweg 3, 3011 AB Rotterdam",
                      "Ovelstraat"),
    "pl przeprowadzka": ("Przeprowadzka: ul. Owelska 14/3, 00-950 Warszawa → ul. Długa 7, 31-147 Kraków", "Owelska"),
    "jp hikkoshi": ("引越し：東京都世田谷区オベル町1-2-3 → 大阪府大阪市北区梅田4-5-6", "オベル町"),
    "us move": (f"Inventory: 3-bed house, from 742 {STREET} Ave, Springfield, IL 62704 to 12 Elm St, Boston, MA 02118",
                STREET),
    "inventory named": (f"Inventory for {FULL}: sofa, 2 beds, upright piano, 40 boxes", SURNAME),
    "lower case search": (f"man and van 14 {STREET.lower()} road leeds ls6 2qt to york", STREET.lower()),
}
MOVE_LINKS: Dict[str, Tuple[str, Any]] = {
    "quote slug": (f"{MOVERS}/quotes/move/14-{STREET.lower()}-road-leeds-ls6-2qt", STREET.lower()),
    "quote query": (f"{MOVERS}/quote?from={_q(f'14 {STREET} Road, Leeds LS6 2QT')}&size=3-bed", STREET),
}

# --- a locksmith's call-out: the door's address and its access code ---------------------------------------------------
LOCKS: Dict[str, Tuple[str, Any]] = {
    "uk lockout": (f"Lockout at 14 {STREET} Road, Leeds LS6 2QT – key safe code {DIGITS}", [STREET, DIGITS]),
    "de schluesseldienst": (f"Schlüsseldienst: Ovelweg 7, 80331 München, Türcode {DIGITS}", ["Ovelweg", DIGITS]),
    "fr serrurier": (f"Serrurier urgence : 8 rue Oveline, 75011 Paris, digicode {DIGITS}", ["Oveline", DIGITS]),
    "es cerrajero": (f"Cerrajero: Calle Ovelda 3, 2º izq, 28004 Madrid, código portal {DIGITS}", ["Ovelda", DIGITS]),
    "it fabbro": (f"Fabbro: Via Ovelini 9, 00184 Roma, codice cancello {DIGITS}", ["Ovelini", DIGITS]),
    "nl slotenmaker": (f"Slotenmaker: Ovelgracht 21-3, 1017 AB Amsterdam, deurcode {DIGITS}", ["Ovelgracht", DIGITS]),
    "pl slusarz": (f"Ślusarz: ul. Owelska 5 m. 12, 00-001 Warszawa, kod do domofonu {DIGITS}", ["Owelska", DIGITS]),
    "gate code with name": (f"Lock change for {FULL}, gate code #{DIGITS}", [SURNAME, DIGITS]),
    "alarm code": (f"Alarm code {DIGITS}, spare key under the pot – {SURNAME}", [SURNAME, DIGITS]),
    "key safe only": (f"Key safe by the back door, code {DIGITS}", DIGITS),
    "jp autolock": (f"オートロック暗証番号：{DIGITS}", DIGITS),
}

# --- a plumber's, an electrician's, a repairer's note with a phone -------------------------------------------------
TRADES: Dict[str, Tuple[str, Any]] = {
    "uk plumber": (f"Leak under sink, call {GIVEN} on {PHONE_UK} before arriving", "958361"),
    "de klempner": (f"Wasserrohrbruch – bitte anrufen: 0151 {DIGITS}42", DIGITS),
    "fr plombier": (f"Fuite chaudière, rappeler au {PHONE_FR}", PHONE_FR),
    "es fontanero": (f"Fuga en el baño, llamar al +34 {PHONE_ES}", PHONE_ES),
    "it idraulico": (f"Perdita caldaia, chiamare {PHONE_IT}", PHONE_IT),
    "nl loodgieter": (f"Lekkage cv-ketel, bel {PHONE_NL}", "58361742"),
    "pl hydraulik": (f"Cieknie kran, proszę dzwonić {PHONE_PL}", PHONE_PL),
    "jp suido": (f"水漏れ {PHONE_JP} までご連絡ください", PHONE_JP),
    "us electrician": (f"Breaker keeps tripping – tenant phone {PHONE_US}", "583-6174"),
    "whatsapp glued": (f"WhatsApp me 44770095{DIGITS[:4]} re: blocked drain", f"95{DIGITS[:4]}"),
    "appliance repair": (f"Bosch WAN28281GB not draining, {FULL}, {PHONE_UK}", [SURNAME, "958361"]),
}

# --- a fine's reference with the plate -----------------------------------------------------------------------------
FINES_TEXT: Dict[str, Tuple[str, Any]] = {
    "uk pcn": (f"PCN WK{DIGITS}42 for vehicle {PLATE_UK}", [DIGITS, PLATE_UK]),
    "de bussgeld": (f"Bußgeldbescheid Az. {DIGITS}/26 – Kennzeichen {PLATE_DE}", [DIGITS, PLATE_DE]),
    "fr contravention": (f"Avis de contravention n° {DIGITS}4201 – véhicule {PLATE_FR}", [DIGITS, PLATE_FR]),
    "es multa": (f"Multa expediente {DIGITS} matrícula {PLATE_ES}", [DIGITS, PLATE_ES]),
    "it verbale": (f"Verbale n. {DIGITS}/2026 targa {PLATE_IT}", [DIGITS, PLATE_IT]),
    "nl cjib": (f"CJIB-nummer {DIGITS}420 kenteken {PLATE_NL}", [DIGITS, PLATE_NL]),
    "pl mandat": (f"Mandat nr {DIGITS} pojazd {PLATE_PL}", [DIGITS, PLATE_PL]),
    "jp chusha": (f"放置違反金 納付番号 {DIGITS} {PLATE_JP}", [DIGITS, "58-36"]),
    "us parking ticket": (f"Parking ticket #{DIGITS} for plate 7ABC583 (CA)", [DIGITS, "7ABC583"]),
    "appeal with name": (f"Appeal PCN WK{DIGITS}42 – {FULL}", [DIGITS, SURNAME]),
}
FINE_LINKS: Dict[str, Tuple[str, Any]] = {
    "pay query": (f"{FINES}/fines/pay?pcn=WK{DIGITS}42&vrm={PLATE_UK.replace(' ', '')}", [DIGITS, "YR21KXF"]),
    "pay path": (f"{FINES}/pcn/WK{DIGITS}42/{PLATE_UK.replace(' ', '')}/pay", [DIGITS, "YR21KXF"]),
}

# --- reviews signed with a full name --------------------------------------------------------------------------------
REVIEWS: Dict[str, Tuple[str, Any]] = {
    "uk dash signature": (f"Great MOT service, car back same day. – {FULL}", SURNAME),
    "de stars": (f"Top Werkstatt, fairer Preis! {FULL} ★★★★★", SURNAME),
    "fr town": (f"Déménageurs au top. {FULL}, Lyon", SURNAME),
    "es verified": (f"Muy buen cerrajero, rápido. {FULL} (cliente verificada)", SURNAME),
    "it dash town": (f"Idraulico puntuale e gentile. — {FULL}, Milano", SURNAME),
    "nl groet": (f"Prima loodgieter! Groet, {FULL}", SURNAME),
    "pl score": (f"Polecam mechanika! {FULL}, 5/5", SURNAME),
    "jp katakana": (f"丁寧な作業でした。{KANA} ヨルヴェナ ★5", KANA),
    "rated sentence": (f"{FULL} rated QuickFit Leeds 5/5", SURNAME),
    "review by": (f"Review by {FULL}: tyre fitting was quick", SURNAME),
    "verified buyer": (f"{FULL}, Verified Buyer – cleaner was brilliant", SURNAME),
}

# Values under the settings that must keep them out whatever the gate reads.
MINIMISED_VALUES: Dict[str, Tuple[str, Any]] = {
    "vin label": VINS["label us"],
    "plate own": PLATES["uk own registration"],
    "driver dob": DRIVERS["uk main driver"],
    "lock code": LOCKS["uk lockout"],
}
MINIMISED_PLACES = ["standard custom property", "listed page property", "url fragment under dropped query",
                    "standard search string", "standard page title"]


def minimised_cases() -> Iterator[Case]:
    for name, (value, shown) in MINIMISED_VALUES.items():
        forms = [shown] if isinstance(shown, str) else list(shown)
        for where in MINIMISED_PLACES:
            yield (f"minimised {name} @ {where}", *_put(where, value), forms)


# A person's data as an id (an order's, a product's): the README's rules that hold in ids too.
IN_AN_ID: List[Tuple[str, Dict[str, Tuple[str, Any]], str]] = [
    ("vin", VINS, "bare tesla"), ("vin", VINS, "fahrgestellnummer"), ("plate", PLATES, "de kennzeichen"),
    ("licence", LICENCES, "uk dvla alone"),
]


def id_cases() -> Iterator[Case]:
    for family, table, name in IN_AN_ID:
        value, shown = table[name]
        forms = [shown] if isinstance(shown, str) else list(shown)
        for where in ("order id", "product id"):
            yield (f"{family} {name} @ {where} as an id", *_put(where, value), forms)


def cases() -> List[Case]:
    return [
        *rotated("vin", VINS, TEXT_PLACES, 1, tag=TAG, put=_put),
        *rotated("vin", VIN_LINKS, URL_PLACES, 1, tag=TAG, put=_put),
        *rotated("plate", PLATES, TEXT_PLACES, 1, start=12, tag=TAG, put=_put),
        *rotated("plate", PLATE_LINKS, URL_PLACES, 1, start=6, tag=TAG, put=_put),
        *rotated("licence", LICENCES, TEXT_PLACES, 1, start=23, tag=TAG, put=_put),
        *rotated("policy", POLICIES, TEXT_PLACES, 1, start=34, tag=TAG, put=_put),
        *rotated("policy", POLICY_LINKS, URL_PLACES, 1, start=10, tag=TAG, put=_put),
        *rotated("driver", DRIVERS, TEXT_PLACES, 1, start=5, tag=TAG, put=_put),
        *rotated("garage", GARAGES, TEXT_PLACES, 1, start=16, tag=TAG, put=_put),
        *rotated("move", MOVES, TEXT_PLACES, 1, start=27, tag=TAG, put=_put),
        *rotated("move", MOVE_LINKS, URL_PLACES, 1, start=3, tag=TAG, put=_put),
        *rotated("lock", LOCKS, TEXT_PLACES, 1, start=38, tag=TAG, put=_put),
        *rotated("trade", TRADES, TEXT_PLACES, 1, start=9, tag=TAG, put=_put),
        *rotated("fine", FINES_TEXT, TEXT_PLACES, 1, start=20, tag=TAG, put=_put),
        *rotated("fine", FINE_LINKS, URL_PLACES, 1, start=13, tag=TAG, put=_put),
        *rotated("review", REVIEWS, TEXT_PLACES, 1, start=31, tag=TAG, put=_put),
        *minimised_cases(), *id_cases(),
    ]


# --- ordinary data: goes out whole ------------------------------------------------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "vehicles": [
        "VW Golf 1.5 eTSI Life", "BMW 320d xDrive Touring M Sport", "Toyota Yaris Cross 1.5 Hybrid Design",
        "Renault Clio V E-Tech 145", "SEAT León 2.0 TDI FR 150 CV", "Fiat Panda 1.0 Hybrid City Life",
        "Peugeot 208 PureTech 100 Allure", "Škoda Octavia Combi 2.0 TDI DSG", "Honda Jazz e:HEV Advance Sport",
        "Tesla Model 3 Long Range AWD 2023", "Mercedes-Benz C 220 d 4MATIC", "Engine code CZEA (1.4 TSI 150 PS)",
        "Motorcode DFGA 2.0 TDI", "N47D20C timing chain kit", "Ford Transit Custom 320 L1H1",
        "Opel Corsa F 1.2 Turbo GS", "Kia Niro EV 64.8 kWh 4",
    ],
    "parts": [
        "Bosch 0 986 494 052 brake pads", "OEM 5Q0 698 151 B", "BMW 11 42 7 953 129 oil filter",
        "Mann-Filter HU 7020 z", "Brembo 09.A820.11", "Febi 37548", "NGK BKR6E-11 spark plug",
        "Valeo 826704 clutch kit", "Réf. 7701208265 (Renault)", "A 000 180 26 09 Ölfilter", "Denso DCP17036",
        "Gates K015603XS timing kit", "TRW GDB1550 Bremsbeläge", "Varta E11 74Ah 680A",
    ],
    "tyres and oils": [
        "205/55 R16 91V", "225/45 R17 94W XL", "Michelin Primacy 4+ 205/55 R16 91V",
        "Continental WinterContact TS 870 195/65 R15 91T", "255/35 ZR19 96Y", "5W-30", "0W-20 API SP",
        "VW 504 00 / 507 00", "ACEA C3 5W-40", "MB 229.51", "DOT 4 brake fluid 1L",
        "Pirelli P Zero 245/40 R18 97Y XL", "Bridgestone Turanza 6 215/60 R16 99H",
    ],
    "motoring services": [
        "Full service + MOT £199", "Inspektion mit Ölwechsel ab 149 €", "Révision constructeur – forfait 189 €",
        "Cambio de aceite y filtros", "Tagliando auto completo", "APK-keuring € 35", "Wymiana opon 4 szt.",
        "車検 基本料金 ¥39,800", "Comprehensive cover, £250 voluntary excess",
        "Teilkasko mit 150 € Selbstbeteiligung", "Assurance tous risques – franchise 300 €",
        "Seguro a terceros ampliado", "RC Auto con assistenza stradale", "No-claims bonus protection add-on",
        "Roadside assistance: Europe cover", "Slot Tue 14:00–16:00", "Model year 2021", "60,000–80,000 miles",
        "Euro 6d-TEMP", "Auto-Abo 12 Monate, 1.000 km/Monat", "Airport parking 7 days, Meet & Greet",
    ],
    "home services": [
        "End of tenancy cleaning – 2 bed flat", "Emergency plumber, 1 hour response",
        "Boiler service (Worcester Bosch Greenstar 30i)", "EICR electrical safety certificate",
        "Locksmith – uPVC door lock change", "Man and van, 2 movers, Luton van", "Umzugshelfer 3 Std.",
        "Débouchage canalisation", "Fontanero 24 horas", "Elettricista pronto intervento",
        "Ongediertebestrijding muizen", "Hydraulik – wymiana baterii", "エアコンクリーニング",
        "Washing machine repair – Bosch Serie 6 WAN28281GB", "Pest control: wasp nest removal",
        "Handyman hourly rate $65", "Serving LS6, LS7 and LS8", "Plumbers covering SW1 and SE1",
        "Promo code SPRING25", "Gutscheincode WINTER-10", "Stock no. 58214", "Listing #A1B2C3-445",
    ],
}
ORDINARY_PLACES: Dict[str, List[str]] = {
    "vehicles": ["custom property", "product name", "search string"],
    "parts": ["product name", "product id", "search string"],
    "tyres and oils": ["product name", "custom property", "page title"],
    "motoring services": ["custom property", "content name", "page title"],
    "home services": ["custom property", "product name", "search string"],
}
ORDINARY_KEYS_66 = ["vehicle_make", "model_year", "engine_code", "tyre_size", "oil_spec", "mileage_band",
                    "service_type", "excess_level", "cover_level", "job_category", "time_slot", "service_area",
                    "listing_id", "stock_number", "part_number", "fuel_type", "transmission", "body_type"]
ORDINARY_URLS_66 = [
    "https://www.example-autotrader.co.uk/car-details/202412041583021",
    "https://suchen.example-mobile.de/fahrzeuge/details.html?id=389421765&ref=srp",
    "https://www.example-leboncoin.fr/voitures/2876543210.htm",
    "https://www.example-coches.es/coches-segunda-mano/seat-leon-fr.htm?id=48213",
    "https://www.example-autoscout.it/annunci/fiat-panda-hybrid-3f2a1b9c-1d2e-4f50-8a6b-7c8d9e0f1a2b",
    "https://www.example-marktplaats.nl/v/auto-s/volkswagen/m2087654321-golf-1-5-etsi",
    "https://www.example-otomoto.pl/osobowe/oferta/skoda-octavia-ID6GxYz1.html",
    "https://www.example-carsensor.jp/usedcar/detail/AU5836170321/index.html",
    f"{GARAGE}/book/mot?slot=2026-12-10T10:30&centre=leeds-kirkstall",
    "https://www.example-tyres.com/tyres/205-55-r16-91v/michelin-primacy-4-plus",
    "https://www.example-parts.de/bremsbelaege/bosch-0986494052",
    "https://www.example-trades.co.uk/plumbers/leeds/ls6",
    "https://www.example-cleaners.fr/menage/lyon-3e?formule=fin-de-bail",
    "https://www.example-insure.co.uk/car-insurance/quote/step-3?cover=comprehensive&excess=250",
    "https://www.example-vergleich.de/kfz-versicherung/tarife?sf=12&sb=150",
    "https://www.example-parking.com/airports/manchester?arrive=2026-12-20T08:00&depart=2026-12-27T18:00",
    "https://www.example-abo.de/auto-abo/cupra-born?laufzeit=12&km=1000",
    "https://www.example-handyman.es/servicios/montaje-muebles/madrid",
    "https://shop.example.com/oil/5w-30-vw-504-00-507-00-5l",
    f"{MOVERS}/quote/size/2-bed?date=2027-01-15&flexible=1",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
    yield from ordinary_keys(ORDINARY_KEYS_66)
    yield from ordinary_urls(ORDINARY_URLS_66)
