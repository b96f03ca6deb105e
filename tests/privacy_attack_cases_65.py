"""The sixty-fifth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: food. Restaurants' table bookings, food delivery apps, grocery delivery and
click & collect, meal kits, bakeries' custom cakes, caterers, supermarkets' loyalty cards, nutrition and diet shops.

About 300 ordinary cases must go out whole: dishes and menus, allergens as a product's attributes (`gluten-free`,
`contains nuts`), SKUs, EAN/GTIN barcodes with their check, PLU codes, batch and lot numbers, store ids, delivery
slots, promo codes, order numbers, table numbers and party sizes, lot codes as a tin prints them (`L24189 0341`) and
vouchers' numbers in groups of four, cuisines and restaurants' slugs, recipe URLs, in English, German, French,
Spanish, Italian, Dutch, Portuguese, Japanese and Polish.

About 150 personal cases put a diner's own data in the leaves the README maps (custom properties, a product's name and
id, the page's URL, path, referrer and title, the search, a custom event's name), across the settings (`standard`, a
listed key, `meta_url_query = drop`): the guest's name on a booking, a cake's inscription naming someone with their
birthday, delivery instructions with a door code and a phone, a rider's note, a diner's allergy or medical diet tied
to them (health data), loyalty card numbers with their schemes' check digits, a corporate catering contact, addresses
in delivery-zone checks, receipt and order links with the email or the surname, reviews signed with a full name, a
meal kit's gift message. Every person is made up, and so is the marker a case is found by: the surnames
`Quastrindel`, `Oskwantel`, `Drouvelac`, `Torlacuzeta`, `Quaglivetti`, `Vrolisteeg`, `Skrzyplatek` (given names
`Velmora`, `Zelfrida`, `Ambrine`, `Ximena`, `Nerisa`, `Femke`, `Bożena`), the street `Fenwaskett Road`, and the
six digits `472619` inside every number (phones, cards, door codes).
"""

from __future__ import annotations

import base64
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import luhn_complete, ordinary_in_places, ordinary_keys, ordinary_urls
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "65"
DIGITS = "472619"
EN, EN_GIVEN = "Quastrindel", "Velmora"
DE, DE_GIVEN = "Oskwantel", "Zelfrida"
FR, FR_GIVEN = "Drouvelac", "Ambrine"
ES, ES_GIVEN = "Torlacuzeta", "Ximena"
IT, IT_GIVEN = "Quaglivetti", "Nerisa"
NL, NL_GIVEN = "Vrolisteeg", "Femke"
PL, PL_GIVEN = "Skrzyplatek", "Bożena"
EN_KANA = "クアストリンデル"  # Quastrindel in katakana
STREET = "Fenwaskett"
EMAIL = "velmora.quastrindel@example.net"
EATS = "https://www.example-eats.com"
TABLES = "https://book.example-tables.com"
MARKET = "https://www.example-market.co.uk"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


def gs1(body: str) -> str:
    """`body` and its GS1 check digit (EAN-13, GTIN-14, an in-store number)."""
    total = sum(int(digit) * (3 if index % 2 == 0 else 1) for index, digit in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def dni(eight: str) -> str:
    return eight + "TRWAGMYFPDXBNJZSQVHLCKE"[int(eight) % 23]


# Loyalty cards with their schemes' checks: a Nectar card's 19 digits and a Clubcard's 18 (Luhn), an in-store EAN-13
# of a supermarket's own prefix (GS1's check), a PAYBACK number's ten digits.
NECTAR = luhn_complete("982630004726193581")  # 19 digits: the scheme's 98263000, the member's, the check
CLUBCARD = luhn_complete("63400447261935812")
BONUSKAART = gs1("262004726193")
PAYBACK = "4726193581"
CARREFOUR = luhn_complete("913100472619358")
KUNDENKARTE = gs1("240004726193")
PHONE_UK_DIGITS = "7700472619"
PHONE_DE_DIGITS = "17647261938"
PHONE_FR_DIGITS = "647261938"
PHONE_ES_DIGITS = "612472619"
PHONE_IT_DIGITS = "3474726195"
PHONE_NL_DIGITS = "647261952"
PHONE_PL_DIGITS = "512472619"
DNI = dni("47261938")


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


# --- table bookings ---------------------------------------------------------------------------------------------------
BOOKINGS: Dict[str, Tuple[str, Any]] = {
    "reservation for": (f"Reservation for {EN_GIVEN} {EN}, 4 guests, 19:30", EN),
    "booking name": (f"Booking name: {EN_GIVEN} {EN} – table 12", EN),
    "auf den namen": (f"Tischreservierung auf den Namen {DE_GIVEN} {DE}, 4 Personen", DE),
    "au nom de madame": (f"Réservation au nom de Mme {FR_GIVEN} {FR} – 20h00, terrasse", FR),
    "a nombre de": (f"Reserva a nombre de {ES_GIVEN} {ES}, 6 personas", ES),
    "prenotazione tel": (f"Prenotazione: {IT_GIVEN} {IT}, tel. 347 472 6195", [IT, PHONE_IT_DIGITS]),
    "op naam van": (f"Reservering op naam van {NL_GIVEN} {NL}, 2 pers.", NL),
    "na nazwisko": (f"Rezerwacja na nazwisko {PL}, stolik 5, godz. 18:00", PL),
    "party under surname": (f"Party of 6 under {EN} – birthday, window table", EN),
    "guest with allergy": (f"Guest: {EN_GIVEN} {EN} (VIP, shellfish allergy)", EN),
    "japanese booker": (f"予約者：{EN_KANA} 様　4名　19:00", EN_KANA),
    "rueckruf mobile": ("Tisch 7 für Samstag, Rückruf an 0176 47261938", PHONE_DE_DIGITS),
    "reserva portugues": (f"Reserva em nome de {ES_GIVEN} {ES} – mesa para 3", ES),
    "booking json": ('{"table": 12, "covers": 4, "guest_name": "' + f'{EN_GIVEN} {EN}' + '"}', EN),
}
BOOKING_LINKS: Dict[str, Tuple[str, Any]] = {
    "confirm name param": (f"{TABLES}/confirm?res=R8K2Q&name={EN_GIVEN}+{EN}&covers=4", EN),
    "manage slug": (f"{TABLES}/reservations/R8K2Q/{EN.lower()}-{EN_GIVEN.lower()}", EN),
    "phone param": (f"{TABLES}/widget/step3?covers=2&tel=%2B44{PHONE_UK_DIGITS}", PHONE_UK_DIGITS),
}

# --- custom cakes -----------------------------------------------------------------------------------------------------
CAKES: Dict[str, Tuple[str, Any]] = {
    "inscription english": (f"Inscription: Happy 40th Birthday {EN_GIVEN} {EN} 12/03/1986", EN),
    "inscription german": (f"Alles Gute zum 30. Geburtstag, liebe {DE_GIVEN} {DE}! 14.02.1996", DE),
    "inscription french": (f"Texte sur le gâteau : Joyeux anniversaire {FR_GIVEN} {FR}, née le 03/07/1990", FR),
    "inscription spanish": (f"Feliz cumpleaños {ES_GIVEN} {ES} – 18 años", ES),
    "inscription italian": (f"Buon compleanno {IT_GIVEN} {IT}!", IT),
    "inscription dutch": (f"Gefeliciteerd {NL_GIVEN} {NL}, 50 jaar!", NL),
    "inscription polish": (f"Sto lat {PL_GIVEN} {PL}! 60. urodziny", PL),
    "born date": (f"Cake message: for {EN_GIVEN} {EN}, born 1986-03-12", EN),
    "inscription japanese": (f"{EN_KANA}様 お誕生日おめでとう", EN_KANA),
    "photo upload": (f"cake-photo_{EN}_{EN_GIVEN}_1986-03-12.jpg", EN),
}

# --- delivery instructions and riders' notes --------------------------------------------------------------------------
DELIVERIES: Dict[str, Tuple[str, Any]] = {
    "door code and phone": ("Door code 4729#, flat 3B, call me on +44 7700 472619", PHONE_UK_DIGITS),
    "klingel surname": (f"Lieferhinweis: Klingel {DE}, 3. OG links, Türcode 4719", DE),
    "interphone caps": (f"Code porte 4B719, interphone {FR.upper()}, 2e étage", FR.upper()),
    "porteria phone": (f"Dejar en portería, preguntar por {ES_GIVEN} {ES}, 612 47 26 19", [ES, PHONE_ES_DIGITS]),
    "citofono mobile": (f"Citofono {IT}, scala B, int. 7 – cell. 347 472 6195", [IT, PHONE_IT_DIGITS]),
    "aanbellen bij": (f"Bel aan bij {NL}, 06-47261952", [NL, PHONE_NL_DIGITS]),
    "deliver to address": (f"Deliver to: {EN_GIVEN} {EN}, 27 {STREET} Road, Leeds LS6 2QT", [EN, STREET]),
    "polish address phone": (f"ul. {PL}a 7/3, 00-950 Warszawa, dzwonić 512 472 619", [PL, PHONE_PL_DIGITS]),
    "japanese address": (f"〒530-0001 大阪府大阪市北区梅田1-2-3 {EN_KANA}様", EN_KANA),
    "leave with neighbour": (f"If out, leave with my neighbour, {EN_GIVEN} {EN} at no. 29", EN),
    "drop pin": ("Drop pin 53.81924, -1.57261 – blue door", "53.81924"),
}
DELIVERY_LINKS: Dict[str, Tuple[str, Any]] = {
    "track phone param": (f"https://deliver.example-eats.com/track?order=ORD-65-118&phone=%2B44{PHONE_UK_DIGITS}",
                          PHONE_UK_DIGITS),
    "checkout address params": (f"{MARKET}/checkout/address?line1=27+{STREET}+Road&postcode=LS6+2QT", STREET),
}
RIDERS: Dict[str, Tuple[str, Any]] = {
    "customer not answering": (f"Rider note: customer {EN_GIVEN} {EN} not answering, left at door", EN),
    "fahrer kunde": (f"Fahrer-Notiz: Kunde {DE} nicht erreichbar, Tel 0176 47261938", [DE, PHONE_DE_DIGITS]),
    "livreur client": (f"Livreur : client M. {FR} absent, rappeler au 06 47 26 19 38", [FR, PHONE_FR_DIGITS]),
    "repartidor clienta": (f"Repartidor: la clienta {ES_GIVEN} {ES} pide dejarlo en recepción", ES),
    "chat outside": (f"Hi {EN_GIVEN}, I'm outside 27 {STREET} Road, can't find the gate", STREET),
    "rider handover": (f"Handed to {EN_GIVEN} {EN} in person, 21:04", EN),
}

# --- diets and allergies tied to a person (health data) ---------------------------------------------------------------
DIETS: Dict[str, Tuple[str, Any]] = {
    "coeliac named": (f"{EN_GIVEN} {EN} is coeliac – strictly no gluten", EN),
    "anaphylaxis guest": (f"Allergy note for guest {EN}: anaphylactic to peanuts, EpiPen on table", EN),
    "gast zoeliakie": (f"Gast: {DE_GIVEN} {DE} – Zöliakie, bitte separat zubereiten", DE),
    "regime diabetique": (f"Régime : Mme {FR}, diabétique de type 1", FR),
    "alergia lactosa": (f"{ES_GIVEN} {ES}: alergia a la lactosa (intolerancia grave)", ES),
    "dieta celiachia": (f"Dieta per {IT_GIVEN} {IT}: celiachia certificata", IT),
    "diet json": ('{"diner":"' + f"{EN_GIVEN} {EN}" + '","diet":"coeliac","severity":"high"}', EN),
    "nutrition plan": (f"Nutrition plan for {EN_GIVEN} {EN} (type 2 diabetes, 1800 kcal)", EN),
    "patientin laktose": (f"Ernährungsberatung – Patientin {DE_GIVEN} {DE}, Laktoseintoleranz", DE),
    "coeliac event": (f"Coeliac menu requested – {EN_GIVEN} {EN}", EN),
    "allergy card dutch": (f"Allergiekaart {NL_GIVEN} {NL}: pinda, sesam", NL),
}

# --- loyalty cards ----------------------------------------------------------------------------------------------------
LOYALTY: Dict[str, Tuple[str, Any]] = {
    "nectar card": (f"Nectar card: {NECTAR[:4]} {NECTAR[4:8]} {NECTAR[8:12]} {NECTAR[12:16]} {NECTAR[16:]}", DIGITS),
    "clubcard": (f"Clubcard {CLUBCARD[:4]} {CLUBCARD[4:8]} {CLUBCARD[8:12]} {CLUBCARD[12:]}", DIGITS),
    "bonuskaart": (f"Bonuskaart {BONUSKAART}", DIGITS),
    "payback": (f"PAYBACK-Kartennummer {PAYBACK}", DIGITS),
    "carte fidelite": (f"Carte fidélité Carrefour n° {CARREFOUR}", DIGITS),
    "kundenkarte ean": (f"Kundenkarte {KUNDENKARTE}", DIGITS),
    "tessera fedelta": (f"Tessera fedeltà Coop 0{PAYBACK}", DIGITS),
    "japanese point card": (f"ポイントカード番号：{PAYBACK[:4]}-{PAYBACK[4:8]}-{PAYBACK[8:]}00", DIGITS),
    "card bare luhn": (CLUBCARD, DIGITS),
    "tarjeta socio": (f"Tarjeta Club Dia nº {CARREFOUR}", DIGITS),
    "karta lojalnosciowa": (f"Karta Moja Biedronka {BONUSKAART}", DIGITS),
    "member and name": (f"Rewards member {EN_GIVEN} {EN} – card {CLUBCARD}", [EN, DIGITS]),
}
LOYALTY_LINKS: Dict[str, Tuple[str, Any]] = {
    "card in path": (f"{MARKET}/loyalty/card/{CLUBCARD}/points", DIGITS),
    "card param": (f"{MARKET}/loyalty/link?card={BONUSKAART}&step=2", DIGITS),
}

# --- corporate catering -----------------------------------------------------------------------------------------------
CATERING: Dict[str, Tuple[str, Any]] = {
    "contact london": (f"Corporate catering – contact: {EN_GIVEN} {EN}, +44 20 7472 6190", [EN, "2074726190"]),
    "ansprechpartnerin": (f"Ansprechpartnerin: {DE_GIVEN} {DE}, Durchwahl -472619", [DE, DIGITS]),
    "contact traiteur email": (f"Contact traiteur : {FR_GIVEN.lower()}.{FR.lower()}@example-corp.fr", FR),
    "attn floor": (f"Catering order for Acme GmbH, attn. {EN_GIVEN} {EN}, floor 4", EN),
    "invoice nif": (f"Factura a: {ES_GIVEN} {ES}, NIF {DNI}", [ES, DNI[:8]]),
    "referente cell": (f"Referente: {IT_GIVEN} {IT} – cell 347 4726 195", [IT, PHONE_IT_DIGITS]),
    "lunch order name list": (f"Office lunch: 3x falafel wrap ({EN}), 2x poke bowl", EN),
}

# --- delivery-zone checks ---------------------------------------------------------------------------------------------
ZONES: Dict[str, Tuple[str, Any]] = {
    "search lower": (f"27 {STREET.lower()} road leeds ls6 2qt", STREET.lower()),
    "strasse plz": (f"{DE}straße 19, 10115 Berlin", DE),
    "rue lyon": (f"Livrez-vous au 14 rue {FR}, 69003 Lyon ?", FR),
    "calle madrid": (f"calle {ES} 12, 3º B, 28013 Madrid", ES),
    "via milano": (f"via {IT} 8, 20121 Milano", IT),
    "straat amsterdam": (f"{NL}straat 41, 1012 AB Amsterdam", NL),
    "ulica warszawa": (f"ul. {PL}a 7 m. 3, 00-950 Warszawa", PL),
    "japanese building": (f"大阪府大阪市北区梅田1-2-3 {EN_KANA}ハイツ305号", EN_KANA),
    "do you deliver": (f"Do you deliver to 27 {STREET} Road, Leeds?", STREET),
    "what3words": ("///fenwask.quill.ember", "fenwask.quill.ember"),
}
ZONE_LINKS: Dict[str, Tuple[str, Any]] = {
    "address param": (f"https://deliver.example-eats.com/zone-check?address=27%20{STREET}%20Road%2C%20Leeds%20LS6%202QT",
                      STREET),
    "address slug": (f"https://deliver.example-eats.com/delivery-area/27-{STREET.lower()}-road-leeds-ls6-2qt",
                     STREET.lower()),
}

# --- receipts and order links -----------------------------------------------------------------------------------------
RECEIPTS: Dict[str, Tuple[str, Any]] = {
    "receipt dash name": (f"Receipt ORD-65-7781 – {EN_GIVEN} {EN} – £42.80", EN),
    "kassenbon kundin": (f"Kassenbon 4711 · Kundin: {DE_GIVEN} {DE}", DE),
    "ticket de caisse": (f"Ticket de caisse n° 7781 – client : {FR.upper()} {FR_GIVEN}", FR.upper()),
    "invoice file": (f"Rechnung_7781_{DE}_{DE_GIVEN}.pdf", DE),
}
RECEIPT_LINKS: Dict[str, Tuple[str, Any]] = {
    "email param": (f"https://receipts.example-eats.com/r/ORD-65-7781?email={quote(EMAIL, safe='')}", "quastrindel"),
    "surname path": (f"{EATS}/orders/7781/receipt/{EN.lower()}", EN.lower()),
    "nachname param": (f"https://shop.example-markt.de/bestellung/7781?nachname={DE}&plz=10115", DE),
    "user param": (f"{EATS}/account/orders?user=v{EN.lower()}&order=7781", EN.lower()),
    "base64 email path": (f"https://r.example-eats.com/v/{_b64url(EMAIL)}", [_b64url(EMAIL), "quastrindel"]),
}

# --- reviews ----------------------------------------------------------------------------------------------------------
REVIEWS: Dict[str, Tuple[str, Any]] = {
    "stars then name": (f"Best ramen in town! ★★★★★ – {EN_GIVEN} {EN}", EN),
    "score then name": (f"Lecker, schnelle Lieferung. 5/5 {DE_GIVEN} {DE}", DE),
    "name and town": (f"Service impeccable, je recommande. {FR_GIVEN} {FR}, Lyon", FR),
    "verified client": (f"Riquísimo todo. — {ES_GIVEN} {ES} (cliente verificada)", ES),
    "name then stars": (f"Ottima pizza! {IT_GIVEN} {IT} ⭐⭐⭐⭐", IT),
    "rated sentence": (f"{EN_GIVEN} {EN} rated Trattoria da Luigi 4/5", EN),
    "groetjes closing": (f"Heerlijk gegeten! Groetjes, {NL_GIVEN} {NL}", NL),
    "japanese stars": (f"美味しかったです。{EN_KANA} ★5", EN_KANA),
    "polish stars": (f"Świetne pierogi — {PL_GIVEN} {PL}, 5 gwiazdek", PL),
    "review by": (f"Review by {EN_GIVEN} {EN}: great tapas, slow service", EN),
}

# --- meal kits' gift messages -----------------------------------------------------------------------------------------
GIFTS: Dict[str, Tuple[str, Any]] = {
    "love closing": (f"Gift message: Dear {EN_GIVEN}, enjoy the kit! Love, Oskar {STREET}", STREET),
    "fuer alles liebe": (f"Geschenk für {DE_GIVEN} {DE} – alles Liebe zum Einzug!", DE),
    "pour bisous": (f"Pour {FR_GIVEN} {FR}, bon appétit ! Bisous, Léo", FR),
    "para con carino": (f"Para {ES_GIVEN} {ES}, con cariño – feliz Navidad", ES),
    "regalo per": (f"Regalo per {IT_GIVEN} {IT} da parte dei colleghi", IT),
    "voor beterschap": (f"Voor {NL_GIVEN} {NL}, beterschap! Liefs, het team", NL),
    "gift recipient address": (f"Gift recipient: {EN_GIVEN} {EN}, 27 {STREET} Road, Leeds LS6 2QT", [EN, STREET]),
    "recipient json": ('{"recipient":"' + f"{EN_GIVEN} {EN}" + '","message":"Happy 40th!"}', EN),
}

# Values under the settings that keep them out whatever the gate reads: `standard`, a listed key, a dropped query.
MINIMISED: Dict[str, Tuple[str, Any]] = {
    "booking name": BOOKINGS["booking name"],
    "diet coeliac": DIETS["coeliac named"],
    "loyalty nectar": LOYALTY["nectar card"],
    "gift fuer": GIFTS["fuer alles liebe"],
}
MINIMISED_PLACES = ["standard custom property", "standard page title", "dropped query", "listed page property",
                    "url fragment under dropped query", "standard search string"]


def minimised_cases() -> Iterator[Case]:
    for name, (value, shown) in MINIMISED.items():
        forms = [shown] if isinstance(shown, str) else list(shown)
        for where in MINIMISED_PLACES:
            yield (f"minimised {name} @ {where}", *_put(where, value), forms)


# Addresses and a loyalty link as an order's id (the rotation puts them elsewhere).
IN_AN_ID = [("zone", ZONES, "strasse plz"), ("zone", ZONES, "japanese building"), ("zone", ZONES, "what3words"),
            ("delivery", DELIVERIES, "japanese address"), ("loyalty", LOYALTY_LINKS, "card param")]


def cases() -> List[Case]:
    return [
        *rotated("booking", BOOKINGS, TEXT_PLACES, 1, tag=TAG),
        *rotated("booking", BOOKING_LINKS, URL_PLACES, 2, tag=TAG),
        *rotated("cake", CAKES, TEXT_PLACES, 1, start=14, tag=TAG),
        *rotated("delivery", DELIVERIES, TEXT_PLACES, 1, start=24, tag=TAG),
        *rotated("delivery", DELIVERY_LINKS, URL_PLACES, 2, start=6, tag=TAG),
        *rotated("rider", RIDERS, TEXT_PLACES, 1, start=35, tag=TAG),
        *rotated("diet", DIETS, TEXT_PLACES, 1, start=3, tag=TAG),
        *rotated("loyalty", LOYALTY, TEXT_PLACES, 1, start=17, tag=TAG),
        *rotated("loyalty", LOYALTY_LINKS, URL_PLACES, 2, start=10, tag=TAG),
        *rotated("catering", CATERING, TEXT_PLACES, 1, start=29, tag=TAG),
        *rotated("zone", ZONES, TEXT_PLACES, 1, start=8, tag=TAG),
        *rotated("zone", ZONE_LINKS, URL_PLACES, 2, start=1, tag=TAG),
        *rotated("receipt", RECEIPTS, TEXT_PLACES, 1, start=21, tag=TAG),
        *rotated("receipt", RECEIPT_LINKS, URL_PLACES, 2, start=4, tag=TAG),
        *rotated("review", REVIEWS, TEXT_PLACES, 1, start=26, tag=TAG),
        *rotated("gift", GIFTS, TEXT_PLACES, 1, start=12, tag=TAG),
        *minimised_cases(),
        *[(f"{family} {name} @ order id", *_put("order id", table[name][0]), [table[name][1]])
          for family, table, name in IN_AN_ID],
    ]


# --- the ordinary side ------------------------------------------------------------------------------------------------
EAN_PASTA = gs1("800512000123")
EAN_MUESLI = gs1("400638133393")
EAN_CHOCOLATE = gs1("761303301115")
EAN_MILK = gs1("871049640011")
GTIN_CASE = gs1("1540012345678")
ORDINARY: Dict[str, List[str]] = {
    "dishes": [
        "Spaghetti alla carbonara", "Flammkuchen Elsässer Art", "Bœuf bourguignon, purée maison",
        "Paella valenciana (2 pers.)", "Bitterballen 12 st.", "Pastel de nata – caixa de 6", "親子丼 並盛",
        "Pierogi ruskie 10 szt.", "Chicken tikka masala – medium", "Menu du jour 19,50 €",
        "Set menu B: 3 courses", "Kids menu – fish fingers & peas", "Käsespätzle mit Röstzwiebeln",
        "Tortilla de patatas", "Risotto ai funghi porcini", "Stroopwafels 8 stuks", "Bacalhau à Brás",
        "ラーメン 味噌 大盛り", "Żurek w chlebku",
        "Birthday cake 8 portions – chocolate", "Meal kit: 3 recipes for 2 people", "Sunday roast for 4",
    ],
    "allergens": [
        "gluten-free", "contains nuts", "Enthält: Sellerie, Senf", "vegan · lactose-free", "Sans gluten",
        "sin gluten", "senza lattosio", "bevat noten", "May contain traces of sesame", "Allergens: milk, egg, wheat",
        "卵・乳・小麦を含む", "bez glutenu", "sem glúten", "Halal", "Kosher (OU)", "Suitable for coeliacs",
        "low FODMAP", "Keto · 5 g net carbs",
    ],
    "codes": [
        "SKU-PIZ-MARG-30", EAN_PASTA, EAN_MUESLI, EAN_CHOCOLATE, EAN_MILK, GTIN_CASE, "PLU 4011", "LOT L24189B",
        "Batch 2026-11-03/L3", "ORD-2026-118734", "Table 12", "Tisch 7 · 4 Personen", "Party of 6",
        "Slot 18:00–18:30", "Lieferfenster 10–12 Uhr", "WELCOME10", "PIZZA2FOR1", "Order #100482",
        "Click & Collect – Store 0417", "Commande n° 2026-48213", "Mesa 9 – 2 comensales", "MHD 12.03.2027",
    ],
    # a lot's code as a tin or a pack prints it (`L`, the year's last digit or two and the day of the year, then the
    # time or the line) and vouchers' numbers in groups of four
    "batches": [
        "LOT L24189 0341", "L24189 0341", "Lote 24189 0341", "EXP 07/2027 LOT 24189 0341", "Lote 24-189-0341",
        "Batch 24-189-1522", "LOT 4189-0341", "Voucher 6284 1930 4471", "Coupon 9912 4830 5571",
        "Gutschein-Code 4830 5571 2290",
    ],
}
ORDINARY_PLACES: Dict[str, List[str]] = {
    "dishes": ["product name", "page title", "content name", "search string"],
    "allergens": ["product variant", "product category", "custom property", "content category"],
    "codes": ["product id", "contents id", "order id", "custom property"],
    "batches": ["product name", "product id", "custom property"],
}
ORDINARY_KEYS = ["party_size", "table_number", "delivery_slot", "store_id", "cuisine", "dish_count",
                 "allergen_filter", "spice_level", "pickup_window", "cake_size", "gift_wrap", "loyalty_tier",
                 "menu_language", "recipe_id", "diet_filter"]
ORDINARY_URLS = [
    f"{EATS}/restaurant/trattoria-da-luigi-milano",
    "https://www.example-rezepte.de/rezept/kaesespaetzle-klassisch-1234",
    f"{TABLES}/trattoria-da-luigi?date=2026-12-24&time=19:30&covers=4",
    "https://deliver.example-eats.com/store/0417/slot?window=18:00-18:30",
    "https://patisserie.example.fr/gateaux/personnalise?taille=8-parts&saveur=chocolat",
    f"{MARKET}/groceries/en-GB/products/{EAN_MILK}",
    f"{EATS}/cuisine/japanese/ramen?sort=rating&page=2",
    "https://www.example-recetas.es/receta/tortilla-de-patatas?utm_source=newsletter&utm_campaign=otono",
    "https://www.example-receitas.pt/receita/bacalhau-a-bras?porcoes=4",
    "https://www.example-kit.com/menu/week-49?plan=3-recipes-2-people",
    f"{MARKET}/shop/allergens?filter=gluten-free&filter=nut-free",
    "https://www.example-bakery.co.uk/cakes/birthday/chocolate-fudge?size=8&promo=WELCOME10",
    "https://www.example-market.co.uk/click-and-collect/store/0417?slot=2026-12-12T10:00",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
    yield from ordinary_keys(ORDINARY_KEYS)
    yield from ordinary_urls(ORDINARY_URLS)
