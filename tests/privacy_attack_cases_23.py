"""A twenty-third outside attack on the privacy gate, written from the README's promises alone (its section
"Personal data", its mapping tables and what it says it does not claim), without reading the gate's code nor the
earlier attacks' cases.

Its shoppers live in Bilbao, Barcelona, Santiago de Compostela, Cardiff, Galway, Inverness, Rennes, Leeuwarden,
Luxembourg, Valletta, Chur and Tórshavn, and in Tehran, Tel Aviv, Athens, Nicosia, Istanbul and Reykjavík: their
phones in local layouts (also in Persian digits), their ids (DNI/NIE, Malta's id card, the Luxembourg matricule, the
Iranian national code, the Teudat Zehut, AMKA and AFM, the TC Kimlik, the kennitala) with check digits computed here,
their names and addresses after labels in their languages and scripts. Data also arrives as booking, delivery and
payment platforms leak it (confirmations, driver texts, boarding-pass payloads, card-holder lines). Each value is
tried in leaves of Meta's payload the README maps, in Meta's own fields and in the fields whose failure is an `Err`.

Each case is (name, kind, make_event overrides, forms) as in tests/privacy_attack_cases_2.py; the first word of a
name is its family. The ordinary cases are shop data of the same places and scripts that must go out unchanged.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import crossed, luhn_complete

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

SHOP = "https://shop.example.com"
MS = 1732875000000


def persian(text: str) -> str:
    return "".join(chr(0x06F0 + int(ch)) if ch.isdigit() else ch for ch in text)


def dni(body: str) -> str:  # Spanish DNI: 8 digits and the letter of their remainder by 23
    return body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23]


def nie(prefix: str, body: str) -> str:  # NIE: X/Y/Z stand for 0/1/2 in the DNI rule
    return prefix + body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(prefix)) + body) % 23]


def iran_code(body: str) -> str:  # 9 digits, weights 10..2, remainder by 11
    r = sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    return body + str(r if r < 2 else 11 - r)


def teudat_zehut(body: str) -> str:  # 8 digits, weights 1,2 with digit sums, complement to 10
    total = 0
    for i, d in enumerate(body):
        v = int(d) * (1 + i % 2)
        total += v // 10 + v % 10
    return body + str((10 - total % 10) % 10)


def tc_kimlik(body: str) -> str:  # 9 digits, then two checks
    d = [int(c) for c in body]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return body + str(d10) + str(d11)


def kennitala(body: str) -> str:  # 8 digits, weights 3,2,7,6,5,4,3,2, then the century digit
    r = 11 - sum(int(c) * w for c, w in zip(body, [3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    return body + str(0 if r == 11 else r) + "9"


_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _ in range(6):
    _P.append([_P[1][_P[-1][k]] for k in range(10)])


def verhoeff(body: str) -> str:  # Verhoeff check digit of `body`
    c = 0
    for i, d in enumerate(reversed(body)):
        c = _D[c][_P[(i + 1) % 8][int(d)]]
    return str([0, 4, 3, 2, 1, 5, 6, 7, 8, 9][c])


def matricule(body: str) -> str:  # Luxembourg: birth date and serial (11 digits), Luhn, then Verhoeff of the body
    return luhn_complete(body) + verhoeff(body)


def afm(body: str) -> str:  # Greek tax number: 8 digits weighted by powers of two, remainder by 11, then by 10
    return body + str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(body)) % 11 % 10)


DNI = dni("48273615")
NIE = nie("X", "4827361")
IRAN = iran_code("006123456")
TZ = teudat_zehut("31234567")
TC = tc_kimlik("104857362")
KT = kennitala("12039026")
AFM = afm("09487562")
AMKA = luhn_complete("1203902481")  # birth date, serial, Luhn check
MATRICULE = matricule("19851231045")


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """(kind, make_event overrides) putting `value` in one leaf of Meta's payload the README maps."""
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"comment": value}}),
        "gift message": ("track", {"properties": {"gift_message": f"{value} — moltes gràcies"}}),
        "page title": ("page", {"title": value}),
        "url path": ("page", {"url": f"{SHOP}/u/{q}/orders"}),
        "url query value": ("page", {"url": f"{SHOP}/p?ref={q}"}),
        "fragment": ("page", {"url": f"{SHOP}/#/booking?note={q}"}),
        "referrer": ("page", {"referrer": f"https://booking.example.net/c?msg={q}"}),
        "utm_campaign": ("page", {"url": f"{SHOP}/p?utm_source=sms&utm_campaign={q}"}),
        "search_string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "contents title": ("track", {"name": "Product Added",
                                     "properties": {"contents": json.dumps([{"id": "S-1", "title": value}])}}),
        "contents brand": ("track", {"name": "Product Added",
                                     "properties": {"contents": json.dumps([{"id": "S-1", "brand": value}])}}),
        "user agent": ("page", {"user_agent": f"Mozilla/5.0 (Linux; Android 14; {value}) Mobile"}),
        "json property": ("track", {"properties": {"delivery": json.dumps({"status": "en route", "text": value})}}),
        "percent-encoded property": ("track", {"properties": {"note": q}}),
        "err currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
        "err value": ("track", {**order, "properties": {"value": value, "currency": "EUR"}}),
        "err opt_out": ("track", {"properties": {"opt_out": value}}),
        "meta visitor external_id": ("track", {"visitor": {"email": "v@example.com", "external_id": value}}),
        "meta visitor last_name": ("track", {"visitor": {"email": "v@example.com", "last_name": value}}),
        "meta ph property": ("track", {"properties": {"ph": value}}),
    }
    return table[where]


TEXT = ["custom property", "gift message", "page title", "url query value", "search_string", "json property"]
LEAVES = ["fragment", "referrer", "utm_campaign", "contents title", "contents brand", "url path",
          "percent-encoded property", "user agent"]
ERRS = ["err currency", "err value", "err opt_out"]
METAS = ["meta visitor external_id", "meta visitor last_name", "meta ph property"]

PHONES: Dict[str, Tuple[str, Any]] = {
    "Basque mobile label": ("Mugikorra: 612 34 56 78", "612345678"),
    "Catalan mobile label": ("Mòbil: 623 45 67 89", "623456789"),
    "Galician phone label": ("Teléfono móbil 634 56 78 90", "634567890"),
    "Welsh phone label": ("Ffôn symudol: 07700 900 482", "7700900482"),
    "Irish phone label": ("Fón póca: 087 123 4567", "871234567"),
    "Gaelic phone label": ("Fòn-làimhe: 07700 900 517", "7700900517"),
    "Breton phone label": ("Pellgomz hezoug: 06 12 34 56 78", "612345678"),
    "Frisian phone label": ("Mobyl: 06-12345678", "612345678"),
    "Luxembourgish phone": ("Handy: +352 621 123 456", "621123456"),
    "Maltese mobile": ("Mowbajl: 7912 3456", "79123456"),
    "Romansh phone": ("Telefonin: 079 123 45 67", "791234567"),
    "Faroese phone": ("Fartelefon: 21 34 56", "213456"),
    "Iranian mobile Persian digits": ("موبایل: " + persian("0912 345 6789"), persian("9123456789")),
    "Iranian mobile ASCII": ("شماره تماس: 0912 345 6789", "9123456789"),
    "Israeli mobile": ("טלפון נייד: 052-123-4567", "521234567"),
    "Greek mobile": ("Κινητό: 694 123 4567", "6941234567"),
    "Cypriot mobile": ("Τηλ.: +357 99 123456", "99123456"),
    "Turkish mobile": ("Cep telefonu: 0532 123 45 67", "5321234567"),
    "Icelandic mobile": ("Farsími: 612 3456", "6123456"),
    "driver arriving": ("Your driver Ahmad is arriving, call him on 0532 987 65 43", "5329876543"),
    "booking callback": ("Reserva confirmada, ens trucarem al 612 98 76 54", "612987654"),
}

IDS: Dict[str, Tuple[str, Any]] = {
    "DNI in Catalan": (f"DNI: {DNI}", DNI),
    "NIE in Basque": (f"AIZ zenbakia: {NIE}", NIE),
    "Malta id card": ("Karta tal-identità: 1234567M", "1234567M"),
    "Luxembourg matricule": (f"Matricule: {MATRICULE}", MATRICULE),
    "Faroese P-tal": ("P-tal: 120390-123", "120390123"),
    "Irish PPSN in Irish": ("Uimhir PSP: 1234567TW", "1234567TW"),
    "NINo in Welsh": ("Rhif Yswiriant Gwladol: QQ 12 34 56 C", "QQ123456C"),
    "NINo in Gaelic": ("Àireamh Àrachais Nàiseanta: QQ123456C", "QQ123456C"),
    "Iranian national code": (f"کد ملی: {IRAN}", IRAN),
    "Iranian code Persian digits": ("کد ملی: " + persian(IRAN), persian(IRAN)),
    "Teudat Zehut": (f"תעודת זהות: {TZ}", TZ),
    "Greek AMKA": (f"ΑΜΚΑ: {AMKA}", AMKA),
    "Greek AFM": (f"ΑΦΜ: {AFM}", AFM),
    "TC Kimlik": (f"TC Kimlik No: {TC}", TC),
    "kennitala": (f"Kennitala: {KT[:6]}-{KT[6:]}", KT),
    "boarding pass": ("M1SUILLEABHAIN/SEAN EABC123 DUBBIOEI 0123 335Y012A0001 100", "SUILLEABHAIN"),
    "IBAN holder": ("IBAN ES91 2100 0418 4502 0005 1332 titular Mikel Etxeberria", "21000418450200051332"),
}

NAMES: Dict[str, Tuple[str, Any]] = {
    "Welsh patronymic": ("Enw: Dafydd ap Gwilymzq", "Gwilymzq"),
    "Irish Ó name": ("Ainm: Seán Ó Súilleabháinzq", "Súilleabháinzq"),
    "Gaelic Mac name": ("Ainm: Iain MacLeòidzq", "MacLeòidzq"),
    "Basque self-introduction": ("Kaixo, Mikel Etxeberriazq naiz", "Etxeberriazq"),
    "Catalan self-introduction": ("Em dic Jordi Puigverdzq", "Puigverdzq"),
    "Galician self-introduction": ("Chámome Uxía Castelaozq", "Castelaozq"),
    "Breton self-introduction": ("Ma anv zo Yann Le Gwennzq", "Gwennzq"),
    "Frisian self-introduction": ("Myn namme is Sjoerd Hiemstrazq", "Hiemstrazq"),
    "Luxembourgish self-introduction": ("Ech heeschen Jhemp Hoscheitzq", "Hoscheitzq"),
    "Maltese self-introduction": ("Jiena jisimni Marija Borgzq", "Borgzq"),
    "Faroese self-introduction": ("Eg eiti Rókur Joensenzq", "Joensenzq"),
    "Persian name label": ("نام: Dariush Tehranizq", "Tehranizq"),
    "Hebrew name label": ("שם: Yael Mizrahizq", "Mizrahizq"),
    "Greek name label": ("Όνομα: Nikos Papadakiszq", "Papadakiszq"),
    "Turkish name label": ("Ad Soyad: Elif Yılmazzq", "Yılmazzq"),
    "Icelandic patronymic": ("Nafn: Guðrún Sigurðardóttirzq", "Sigurðardóttirzq"),
    "chat speaker bracket": ("[Mairead Ní Bhriainzq]: where is my order?", "Bhriainzq"),
    "hotel confirmation": ("Booking confirmed for guest Mr Cathal Ó Briainzq, 2 nights", "Briainzq"),
    "card holder line": ("Cardholder: GWENLLIAN PRICHARDZQ", "PRICHARDZQ"),
    "wish list of a person": ("Wish list of Mrs Aoife Kavanaghzq", "Kavanaghzq"),
}

POSTAL: Dict[str, Tuple[str, Any]] = {
    "Bilbao address": ("Helbidea: Kale Nagusia 12, 3. ezk., 48005 Bilbo", "Kale Nagusia 12"),
    "Barcelona address": ("Adreça: Carrer de Mallorca 401, 2n 1a, 08013 Barcelona", "Mallorca 401"),
    "Maltese address": ("Indirizz: Triq il-Kbira 45, Ħal Qormi QRM 1234", "Kbira 45"),
    "Luxembourg address": ("Adress: Rue Principale 12, L-1234 Lëtzebuerg", "Principale 12"),
    "Welsh address": ("Cyfeiriad: 12 Heol y Frenhines, Caerdydd CF10 2BH", "Frenhines"),
    "Galway Eircode": ("Seoladh: 14 Bóthar na Trá, Gaillimh H91 X2Y3", "H91X2Y3"),
    "Persian address": ("آدرس: خیابان ولیعصر، کوچه ۱۲، پلاک ۳۴", "پلاک ۳۴"),
    "Hebrew address": ("כתובת: רחוב דיזנגוף 50, תל אביב", "דיזנגוף 50"),
    "Greek address": ("Διεύθυνση: Οδός Ερμού 25, 105 63 Αθήνα", "Ερμού 25"),
    "Turkish address": ("Adres: Atatürk Cad. No: 12 D: 5 Kadıköy", "Atatürk Cad"),
    "delivery to door": ("Delivery to Calle Rúa do Vilar 18, 15705 Santiago", "Vilar 18"),
}

MAILS: Dict[str, Tuple[str, Any]] = {
    "Basque mail label": ("Posta elektronikoa: mikel.etxezq@example.eus", "mikel.etxezq"),
    "Welsh mail": ("E-bost: dafydd.zqap@example.cymru", "dafydd.zqap"),
    "Hebrew mail": ("דוא\"ל: yael.zqm@example.co.il", "yael.zqm"),
    "referral link name": ("https://shop.example.com/r/aoife.kavzq@example.ie", "aoife.kavzq"),
}

KEYS: Dict[str, Tuple[str, Any]] = {
    "key Persian phone": ("تلفن_0912_345_6789", "9123456789"),
    "key kennitala": (f"kennitala_{KT}", KT),
    "key DNI": (f"dni_{DNI}", DNI),
}


# Near misses of the README's newest rules, in layouts and languages they were not written for: family -> name ->
# (value, forms).
NEAR: Dict[str, Dict[str, Tuple[str, Any]]] = {
    "name": {
        "Welsh bracket speaker": ("[Gwenllian Prichardzq]: ble mae fy mharsel?", "Prichardzq"),
        "Basque bracket speaker": ("[Mikel Arrietazq] nire paketea non dago?", "Arrietazq"),
        "Catalan chat customer": ("[10:02] Client (Jordi Puigcerzq): on és la meva comanda?", "Puigcerzq"),
        "Greek chat customer": ("[10:02] Πελάτης (Nikos Georgiouzq): πού είναι η παραγγελία μου;", "Georgiouzq"),
        "dash after a name": ("Diolch, Dafydd Llewelynzq — danfoniad cyflym", "Llewelynzq"),
    },
    "id": {
        "Hong Kong card in Greek": ("Ταυτότητα Χονγκ Κονγκ: K123456(0)", "K123456"),
        "Czech birth number in Welsh": ("Rhif geni: 905712/1205", "9057121205"),
        "DNI after n.º": (f"DNI n.º {DNI}", DNI),
        "Maltese card with Nru": ("Karta tal-Identità Nru. 1234567M", "1234567M"),
        "register word Turkish": (f"Nüfus kayıt numarası {TC}", TC),
        "Iranian code unlabelled clause": (f"کد ملی من {IRAN} است", IRAN),
    },
    "phone": {
        "Catalan call me": ("Truca'm al 612 34 56 78 quan arribis", "612345678"),
        "Welsh phone me": ("Ffoniwch fi ar 07700 900 482", "7700900482"),
        "Irish ring me": ("Ring me on 087 123 4567 when the driver arrives", "871234567"),
        "Persian my number": ("شماره من " + persian("0912 345 6789") + " است", persian("9123456789")),
        "Hebrew my number": ("המספר שלי 052-765-4321", "527654321"),
    },
    "postal": {
        "file named by Basque address": ("helbidea_Kale_Nagusia_12_Bilbo.pdf", "Nagusia_12"),
        "file named by Welsh address": ("cyfeiriad_Heol_y_Frenhines_12_Caerdydd.pdf", "Frenhines_12"),
        "Galician n.º address": ("Rúa do Vilar, n.º 18, 15705 Santiago", "Vilar"),
        "milepost in Iceland": ("Þjóðvegur 1, km 12, 801 Selfoss", "801 Selfoss"),
    },
}
NEAR_PLACES = ["custom property", "page title", "url query value", "search_string", "json property", "url path",
               "user agent"]


def cases() -> List[Case]:
    out: List[Case] = []
    out += crossed("phone", PHONES, TEXT + ["fragment", "utm_campaign", "contents brand"], place)
    out += crossed("id", IDS, TEXT + ["fragment", "referrer", "contents title"], place)
    out += crossed("name", NAMES, TEXT + ["utm_campaign", "user agent"], place)
    out += crossed("postal", POSTAL, TEXT + ["contents title", "url path"], place)
    out += crossed("mail", MAILS, TEXT + LEAVES, place)
    out += crossed("err", {k: v for k, v in {**PHONES, **IDS}.items() if k in (
        "Turkish mobile", "Israeli mobile", "Iranian mobile ASCII", "TC Kimlik", "Teudat Zehut", "DNI in Catalan",
        "kennitala", "Greek AFM")}, ERRS, place)
    out += crossed("meta", {k: v for k, v in {**PHONES, **IDS}.items() if k in (
        "Greek mobile", "TC Kimlik", "Iranian national code")}, METAS, place)
    for family, table in NEAR.items():
        out += crossed(f"{family} near", table, NEAR_PLACES, place)
    for name, (key, form) in KEYS.items():
        out.append((f"{name} @ custom property key", "track", {"properties": {key: "1"}}, [form]))
        out.append((f"{name} @ query key", "page", {"url": f"{SHOP}/p?{quote(key, safe='')}=1"}, [form]))
    return out


ORDINARY: Dict[str, List[str]] = {
    "prices": ["12,50 €", "£19.99", "CHF 49.90", "199 kr", "1.250.000 ﷼", "450٬000 ریال", "₪ 89.90", "₺1.299,00",
               "4.990 ISK"],
    "products": ["Samarreta Barça 2024", "Txapela Tolosa Beltza", "Siwmper Wlân Cymreig", "Geansaí Árann",
                 "Kilt Tartan MacLeod", "Gwenn-ha-Du Banniel", "Fryske Dúmkes 250 g", "Bouneschlupp Dousen",
                 "Ħobż tal-Malti", "Føroysk Ullpeysa", "فرش دستباف تبریز", "כוס קפה דיזנגוף", "Ελαιόλαδο Κρήτης 1L",
                 "Türk Kahvesi 100 gr", "Lopapeysa Stærð L"],
    "codes": ["Order ES-2024-004512", "SKU TXP-48-BLK", "EAN 8412345678905", "Tracking 1Z999AA10123456784",
              "Invoice FAC/2024/0912", "Coupon DIADA24", "v2.14.3", "Gutschein LUX2024"],
    "dates": ["۱۴۰۳/۰۹/۱۰", "כ״ח בחשוון תשפ״ה", "30 Νοεμβρίου 2024", "30 Kasım 2024", "30. nóvember 2024"],
    "near misses": ["[Size Guide]: gweler y siart", "[Cynnig Arbennig]: 20% i ffwrdd", "Address_Labels_30_Sheet.pdf",
                    "Route 66 Mug, Mile 12 Edition", "Gift for Best Friend", "Engraving: Am Byth", "Mr. Coffee Maker",
                    "Lot 3, Lot 4 — Subhasta", "Tarjeta regalo n.º 5", "Ein Numero Uno T-Shirt", "Call us: Mon–Fri",
                    "[Nuevo] Samarreta Groga", "Casa Batlló Puzzle 1000 Pieces", "Carrer de Mallorca Tote Bag",
                    "Kale Nagusia Poster A3"],
    "hours": ["Obert de 9:00 a 20:00", "Ar agor 9yb–5yh", "Δευτέρα–Παρασκευή 09:00–21:00"],
}
ORDINARY_PLACES = ["custom property", "page title", "contents title", "search_string"]


def ordinary_cases() -> Iterator[Ordinary]:
    for family, values in ORDINARY.items():
        for value in values:
            for where in ORDINARY_PLACES:
                yield (f"{family}: {value} @ {where}", *place(where, value), value)
