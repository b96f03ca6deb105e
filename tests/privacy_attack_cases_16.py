"""A sixteenth outside attack on the privacy gate, written from the README's promises alone (section "Personal data:
one budget in, one gate out", the mapping tables and what the README says it does not claim), without reading the
gate's code nor the earlier attacks' case tables.

Its shoppers live in Paris, Berlin, Madrid, Milan, Amsterdam, Brussels, Zurich, Vienna and Lisbon, in Stockholm,
Oslo, Copenhagen and Helsinki, and in Bangkok, Kuala Lumpur, Singapore, Karachi and Lahore: their mobiles and
landlines in every local layout, their national ids with the real checks (computed here, not copied), their IBANs,
the VAT number of a sole trader (which is a person's id in Sweden and was in the Netherlands), addresses in local
orders and scripts, names after labels, salutations, honorifics and in sign-offs. Personal data also arrives as
mobile apps, marketplaces and checkouts leak it: deep links, push payloads, install referrers, share texts, buyer
messages, gift and delivery notes, coupons built from a phone, boarding-pass names, vCard and MeCard texts.

Each case is (name, kind, make_event overrides, forms that must not leave), the first word of its name its family;
`ordinary_cases()` are shop data of the same countries close to the rules (labels, capitalised product names,
numbers passing a check by chance, local prices and dates) that must go out unchanged.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import crossed, ordinary_in_places

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

SHOP = "https://boutique.example.fr"


# ---------------------------------------------------------------- checks, computed here from the public rules
def _mod97_key(body: str) -> str:  # French NIR: 97 - body mod 97
    return f"{97 - int(body) % 97:02d}"


def nir(body13: str) -> str:
    return body13 + _mod97_key(body13)


def steuer_id(body10: str) -> str:  # ISO 7064 MOD 11,10
    product = 10
    for ch in body10:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return body10 + str(check)


_CF_ODD = {**dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=True)),
           **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                                                     12, 14, 16, 10, 22, 25, 24, 23], strict=True))}


def codice_fiscale(body15: str) -> str:
    total = 0
    for index, ch in enumerate(body15):
        if index % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return body15 + chr(65 + total % 26)


def dni(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def nie(prefix: str, number7: str) -> str:  # X, Y, Z stand for 0, 1, 2 in the letter's sum
    return prefix + number7 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(prefix)) + number7) % 23]


def bsn_ok(number: str) -> bool:
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 11 == 0


def bsn(body8: str) -> str:
    for last in "0123456789":
        if bsn_ok(body8 + last):
            return body8 + last
    raise ValueError(body8)


def belgian(body9: str, born_2000s: bool = False) -> str:
    base = int(("2" if born_2000s else "") + body9)
    return body9 + f"{97 - base % 97:02d}"


def ean13(body12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


def austrian_svnr(serial3: str, birth6: str) -> str:
    digits = serial3 + "0" + birth6
    weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    check = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    assert check != 10
    return serial3 + str(check) + birth6


def nif_pt(body8: str) -> str:
    total = sum(int(d) * w for d, w in zip(body8, range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return body8 + str(0 if check >= 10 else check)


def luhn_digit(body: str) -> str:
    total = 0
    for index, ch in enumerate(reversed(body)):
        digit = int(ch)
        if index % 2 == 0:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return str((10 - total % 10) % 10)


def personnummer(birth6: str, serial3: str, sep: str = "-") -> str:
    return f"{birth6}{sep}{serial3}{luhn_digit(birth6 + serial3)}"


def fodselsnummer(birth6: str, serial3: str) -> str:
    digits = [int(d) for d in birth6 + serial3]
    k1 = 11 - sum(d * w for d, w in zip(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2], strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10
    digits.append(k1)
    k2 = 11 - sum(d * w for d, w in zip(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10
    return birth6 + serial3 + str(k1) + str(k2)


def cpr(birth6: str, serial3: str) -> str:  # the old mod-11 CPR, still valid for those born before 2007
    weights = [4, 3, 2, 7, 6, 5, 4, 3, 2]
    digits = birth6 + serial3
    rest = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    check = (11 - rest) % 11
    assert check != 10
    return f"{birth6}-{serial3}{check}"


def hetu(birth6: str, sign: str, serial3: str) -> str:
    return birth6 + sign + serial3 + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(birth6 + serial3) % 31]


def thai_id(body12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(body12))
    return body12 + str((11 - total % 11) % 10)


def nric(prefix: str, digits7: str) -> str:
    total = sum(int(d) * w for d, w in zip(digits7, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if prefix in "TG" else 0)
    letters = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + digits7 + letters[total % 11]


def iban(country: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def spaced(text: str, size: int = 4) -> str:
    return " ".join(text[i:i + size] for i in range(0, len(text), size))


def thai_digits(text: str) -> str:
    return "".join(chr(0x0E50 + int(ch)) if ch.isdigit() else ch for ch in text)


NIR = nir("2850578006084")
STEUER = steuer_id("4703689281")
CF = codice_fiscale("RSSGLI85M41F205")
DNI = dni("48215736")
NIE = nie("Y", "4821573")
BSN = bsn("23716495")
BE = belgian("850730123")
BE_2000 = belgian("050730123", born_2000s=True)
AHV = ean13("756482157364")
SVNR = austrian_svnr("123", "140585")
NIF = nif_pt("23871549")
PNR = personnummer("850714", "238")
PNR_OLD = personnummer("150714", "238", "+")
FNR = fodselsnummer("140785", "495")
CPR = cpr("140785", "149")
HETU = hetu("140785", "-", "237")
HETU_2000 = hetu("140705", "A", "237")
HETU_Y = hetu("140785", "Y", "237")
THAI_ID = thai_id("110370012345")
NRIC = nric("S", "8214573")
FIN = nric("G", "5214578")
MYKAD = "850714-14-5237"
CNIC = "35202-4821573-1"

assert bsn_ok(BSN) and int(BE[:9]) % 97 == (97 - int(BE[9:])) % 97


# ---------------------------------------------------------------- places: where an event carries a value
def _place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"note": value}}),
        "delivery note": ("track", {**order, "properties": {"order_id": "FR-10042", "value": "5", "currency": "EUR",
                                                           "delivery_instructions": f"Merci ! {value}"}}),
        "page title": ("page", {"title": value}),
        "page name": ("page", {"data": {"name": value}}),
        "url path": ("page", {"url": f"{SHOP}/compte/{q}/commandes"}),
        "url query value": ("page", {"url": f"{SHOP}/panier?ref={q}"}),
        "url fragment": ("page", {"url": f"{SHOP}/#/livraison?dest={q}"}),
        "referrer query": ("page", {"referrer": f"https://l.example.com/r?u={q}"}),
        "utm_campaign": ("page", {"url": f"{SHOP}/p?utm_source=push&utm_campaign={q}"}),
        "search_string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "contents title": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "title": value, "quantity": 1}])}}),
        "contents brand": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "brand": value, "quantity": 1}])}}),
        "product category": ("track", {"name": "Product Viewed", "properties": {"sku": "S-1", "category": value}}),
        "JSON text property": ("track", {"properties": {"payload": json.dumps({"message": value, "ok": True})}}),
        "user agent": ("page", {"user_agent": f"Mozilla/5.0 (Linux; Android 14) ShopApp/3.2 ({value})"}),
        "order_id": ("track", {**order, "properties": {"order_id": value, "value": "5", "currency": "EUR"}}),
        "coupon": ("track", {**order, "properties": {"coupon": value, "value": "5", "currency": "EUR"}}),
        "err currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
        "err value": ("track", {**order, "properties": {"value": value, "currency": "EUR"}}),
        "err contents quantity": ("track", {**order, "properties": {
            "currency": "EUR", "contents": json.dumps([{"id": "S-1", "item_price": 5, "quantity": value}])}}),
        "err opt_out": ("track", {"properties": {"opt_out": value}}),
        "err data_processing_options_country": ("track", {"properties": {
            "data_processing_options": "LDU", "data_processing_options_country": value}}),
    }
    return table[where]


# ---------------------------------------------------------------- phones: (spelling, national digits)
PHONES: Dict[str, Tuple[str, str]] = {
    "FR mobile pairs": ("06 12 34 56 78", "612345678"),
    "FR +33 (0)": ("+33 (0)6 12 34 56 78", "612345678"),
    "FR landline Paris dotted": ("01.42.68.53.00", "142685300"),
    "FR 0033 glued": ("0033612345678", "612345678"),
    "FR pairs no trunk after word": ("portable 6 12 34 56 78", "612345678"),
    "DE mobile trunk": ("0151 23456789", "15123456789"),
    "DE +49 (0)30": ("+49 (0)30 2345 6789", "3023456789"),
    "DE mobile slash": ("0151/23456789", "15123456789"),
    "DE landline parenthesised area": ("(030) 234 567 89", "3023456789"),
    "ES mobile 3-2-2-2": ("612 34 56 78", "612345678"),
    "ES +34 landline": ("+34 912 345 678", "912345678"),
    "ES mobile 3-3-3": ("678 901 234", "678901234"),
    "IT mobile 3-3-4": ("347 123 4567", "3471234567"),
    "IT +39 landline Milano": ("+39 02 1234 5678", "0212345678"),
    "IT mobile glued": ("3471234567", "3471234567"),
    "NL mobile dash": ("06-12345678", "612345678"),
    "NL +31 6": ("+31 6 1234 5678", "612345678"),
    "NL landline Amsterdam": ("020-123 4567", "201234567"),
    "BE mobile pairs": ("0470 12 34 56", "470123456"),
    "BE +32 landline": ("+32 2 123 45 67", "21234567"),
    "CH mobile": ("079 123 45 67", "791234567"),
    "CH +41 landline": ("+41 44 123 45 67", "441234567"),
    "AT mobile": ("0664 1234567", "6641234567"),
    "AT +43 (0)": ("+43 (0)664 123 4567", "6641234567"),
    "PT mobile 3-3-3": ("912 345 678", "912345678"),
    "PT +351": ("+351 912 345 678", "912345678"),
    "SE mobile dash": ("070-123 45 67", "701234567"),
    "SE +46 (0)": ("+46 (0)70 123 45 67", "701234567"),
    "NO mobile 3-2-3": ("412 34 567", "41234567"),
    "NO +47": ("+47 412 34 567", "41234567"),
    "DK pairs": ("20 12 34 56", "20123456"),
    "DK +45": ("+45 20 12 34 56", "20123456"),
    "FI mobile": ("040 1234567", "401234567"),
    "FI +358": ("+358 40 123 4567", "401234567"),
    "TH mobile dashed": ("081-234-5678", "812345678"),
    "TH mobile Thai digits": (thai_digits("081-234-5678"), "812345678"),
    "TH +66": ("+66 81 234 5678", "812345678"),
    "TH Bangkok landline": ("02-123-4567", "21234567"),
    "MY mobile dash": ("012-345 6789", "123456789"),
    "MY +60": ("+60 12-345 6789", "123456789"),
    "MY KL landline": ("03-2141 2345", "321412345"),
    "SG mobile": ("+65 9123 4567", "91234567"),
    "SG mobile bare after word": ("hp 9123 4567", "91234567"),
    "PK mobile": ("0300-1234567", "3001234567"),
    "PK +92": ("+92 300 1234567", "3001234567"),
    "PK Lahore landline": ("042-35761234", "4235761234"),
}

PHONE_PLACES = ["custom property", "url query value", "contents title", "user agent"]


# ---------------------------------------------------------------- national ids, IBANs, sole traders' VAT numbers
IDS: Dict[str, Tuple[str, str]] = {
    "FR NIR spaced": (f"{NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}", NIR),
    "FR NIR glued": (NIR, NIR),
    "DE Steuer-IdNr": (STEUER, STEUER),
    "DE Steuer-IdNr spaced": (f"{STEUER[:2]} {STEUER[2:5]} {STEUER[5:8]} {STEUER[8:]}", STEUER),
    "IT codice fiscale": (CF, CF),
    "IT codice fiscale lower": (CF.lower(), CF.lower()),
    "ES DNI": (DNI, DNI[:8]),
    "ES DNI dotted": (f"{DNI[:2]}.{DNI[2:5]}.{DNI[5:8]}-{DNI[8]}", DNI[:8]),
    "ES NIE": (NIE, NIE[1:8]),
    "NL BSN": (BSN, BSN),
    "NL BSN dotted": (f"{BSN[:4]}.{BSN[4:6]}.{BSN[6:]}", BSN),
    "BE national number printed": (f"{BE[:2]}.{BE[2:4]}.{BE[4:6]}-{BE[6:9]}.{BE[9:]}", BE),
    "BE national number 2000s": (BE_2000, BE_2000),
    "CH AHV": (f"{AHV[:3]}.{AHV[3:7]}.{AHV[7:11]}.{AHV[11:]}", AHV),
    "AT SVNr": (f"{SVNR[:4]} {SVNR[4:]}", SVNR),
    "PT NIF": (NIF, NIF),
    "SE personnummer": (PNR, PNR.replace("-", "")),
    "SE personnummer plus": (PNR_OLD, PNR_OLD.replace("+", "")),
    "SE personnummer twelve digits": ("19" + PNR.replace("-", ""), "19" + PNR.replace("-", "")),
    "NO fodselsnummer": (FNR, FNR),
    "NO fodselsnummer spaced": (f"{FNR[:6]} {FNR[6:]}", FNR),
    "DK CPR": (CPR, CPR.replace("-", "")),
    "FI HETU": (HETU, HETU[:6] + HETU[7:10]),
    "FI HETU A century": (HETU_2000, HETU_2000[:6] + HETU_2000[7:10]),
    "FI HETU new Y sign": (HETU_Y, HETU_Y[:6] + HETU_Y[7:10]),
    "TH national id": (THAI_ID, THAI_ID),
    "TH national id printed": (f"{THAI_ID[0]}-{THAI_ID[1:5]}-{THAI_ID[5:10]}-{THAI_ID[10:12]}-{THAI_ID[12]}",
                               THAI_ID),
    "TH national id Thai digits": (thai_digits(THAI_ID), THAI_ID),
    "MY MyKad": (MYKAD, MYKAD.replace("-", "")),
    "MY MyKad glued": (MYKAD.replace("-", ""), MYKAD.replace("-", "")),
    "SG NRIC": (NRIC, NRIC[1:8]),
    "SG FIN": (FIN, FIN[1:8]),
    "PK CNIC": (CNIC, CNIC.replace("-", "")),
    "PK CNIC glued": (CNIC.replace("-", ""), CNIC.replace("-", "")),
    "IBAN FR spaced": (spaced(iban("FR", "30006000011234567890189")), iban("FR", "30006000011234567890189")),
    "IBAN DE": (iban("DE", "370400440532013000"), iban("DE", "370400440532013000")),
    "IBAN ES spaced": (spaced(iban("ES", "21000418450200051332")), iban("ES", "21000418450200051332")),
    "IBAN IT": (iban("IT", "X0542811101000000123456"), iban("IT", "X0542811101000000123456")),
    "IBAN NL": (iban("NL", "ABNA0417164300"), iban("NL", "ABNA0417164300")),
    "IBAN BE spaced": (spaced(iban("BE", "539007547034")), iban("BE", "539007547034")),
    "IBAN CH": (iban("CH", "00762011623852957"), iban("CH", "00762011623852957")),
    "IBAN AT": (iban("AT", "1904300234573201"), iban("AT", "1904300234573201")),
    "IBAN PT": (iban("PT", "000201231234567890154"), iban("PT", "000201231234567890154")),
    "IBAN SE spaced": (spaced(iban("SE", "50000000058398257466")), iban("SE", "50000000058398257466")),
    "IBAN NO": (iban("NO", "86011117947"), iban("NO", "86011117947")),
    "IBAN DK": (iban("DK", "00400440116243"), iban("DK", "00400440116243")),
    "IBAN FI": (iban("FI", "12345600000785"), iban("FI", "12345600000785")),
    "labelled NIR": (f"N° de sécu : {NIR}", NIR),
    "labelled Steuer-ID": (f"Steuer-ID: {STEUER}", STEUER),
    "labelled codice fiscale": (f"Codice fiscale: {CF}", CF),
    "labelled BSN": (f"BSN {BSN}", BSN),
    "labelled Rijksregisternummer": (f"Rijksregisternummer: {BE}", BE),
    "labelled AHV-Nr": (f"AHV-Nr. {AHV[:3]}.{AHV[3:7]}.{AHV[7:11]}.{AHV[11:]}", AHV),
    "labelled SVNr": (f"Sozialversicherungsnummer: {SVNR}", SVNR),
    "labelled NIF PT": (f"NIF: {NIF}", NIF),
    "labelled CPR-nr": (f"CPR-nr.: {CPR}", CPR.replace("-", "")),
    "labelled Thai id": (f"เลขประจำตัวประชาชน {THAI_ID}", THAI_ID),
    "labelled No. KP": (f"No. K/P: {MYKAD}", MYKAD.replace("-", "")),
    "labelled CNIC": (f"CNIC No: {CNIC}", CNIC.replace("-", "")),
    # a sole trader's VAT number is the person's id in Sweden (personnummer + 01) and was in the Netherlands (BSN)
    "sole trader Swedish momsnummer": (f"Momsreg.nr: SE{PNR.replace('-', '')}01", PNR.replace("-", "")),
    "sole trader Dutch BTW from BSN": (f"BTW-nummer: NL{BSN}B01", BSN),
    "sole trader Italian P.IVA with CF": (f"P.IVA 01234567890 - C.F. {CF}", CF),
    "sole trader Spanish NIF": (f"NIF/IVA: ES{DNI}", DNI[:8]),
}

ID_PLACES = ["custom property", "page title", "url query value"]


# ---------------------------------------------------------------- mail
MAILS: Dict[str, Tuple[str, str]] = {
    "French arobase in a sentence": ("écrivez-moi : zqaurelie.brevil arobase orange point fr", "zqaurelie"),
    "German Klammeraffe punkt": ("zqjonas.weidl Klammeraffe gmx Punkt de", "zqjonas"),
    "Italian chiocciola punto": ("zqgiulia.rossi chiocciola libero punto it", "zqgiulia"),
    "Dutch apenstaartje punt": ("zqsanne apenstaartje ziggo punt nl", "zqsanne"),
    "Swedish snabel-a punkt": ("zqasa.orsted snabel-a telia punkt se", "zqasa"),
    "Thai at dot": ("zqsomchai แอท hotmail ดอท com", "zqsomchai"),
    "Malay alias in JSON": (json.dumps({"emel": "zqnurul.aini@yahoo.com.my"}), "zqnurul"),
    "deep link email param": ("shopapp://verify?email=zqlena.berg%40outlook.se&code=482915", "zqlena"),
    "base64 push payload": (base64.b64encode(b'{"to":"zqpieter.jansen@kpnmail.nl"}').decode(),
                            base64.b64encode(b'{"to":"zqpieter.jansen@kpnmail.nl"}').decode()),
    "vCard EMAIL line": ("BEGIN:VCARD\nFN:Anna Weidl\nEMAIL;TYPE=INTERNET:zqanna.weidl@web.de\nEND:VCARD",
                         "zqanna"),
    "MeCard": ("MECARD:N:Lindqvist,Zqerik;TEL:+46701234567;EMAIL:zqerik@telia.se;;", "zqerik"),
    "mailto share": ("mailto:zqmarta.sousa@sapo.pt?subject=Presente", "zqmarta"),
}
MAIL_PLACES = ["custom property", "url query value", "search_string"]


# ---------------------------------------------------------------- names: (text, the surname that must not leave)
NAMES: Dict[str, Tuple[str, str]] = {
    "French label Nom": ("Nom : Aurélie Brévilzq", "Brévilzq"),
    "French destinataire particle": ("Destinataire : Jean de la Fontainezq", "Fontainezq"),
    "French salutation Cher": ("Cher Monsieur Duponzq,\nvotre colis arrive.", "Duponzq"),
    "German Empfaenger particle": ("Empfänger: Jonas von Essenzq", "Essenzq"),
    "German Sehr geehrte": ("Sehr geehrte Frau Weidlzq,\nIhre Bestellung", "Weidlzq"),
    "German delivery neighbour": ("Bitte bei Nachbarin abgeben: Name: Frau Schmidtzq, Nr. 12", "Schmidtzq"),
    "Spanish Nombre": ("Nombre: María José Fernándezq", "Fernándezq"),
    "Spanish Estimado": ("Estimado Sr. Garcíazq:\nsu pedido", "Garcíazq"),
    "Italian Nome e cognome": ("Nome e cognome: Giulia Rossettizq", "Rossettizq"),
    "Italian Gentile": ("Gentile Sig.ra Marchettizq,\ngrazie", "Marchettizq"),
    "Dutch Naam particle": ("Naam: Pieter van der Bergzq", "Bergzq"),
    "Dutch Beste": ("Beste mevrouw Jansenzq,\nuw pakket", "Jansenzq"),
    "Portuguese Destinatario": ("Destinatário: Marta Sousazq", "Sousazq"),
    "Portuguese Caro": ("Caro Sr. Ferreirazq,\nobrigado", "Ferreirazq"),
    "Swedish Mottagare Nordic letters": ("Mottagare: Åsa Ørstedzq", "Ørstedzq"),
    "Swedish Kaera": ("Kära Åsa Lindqvistzq,\ntack", "Lindqvistzq"),
    "Norwegian Navn": ("Navn: Ola Nordmannzq", "Nordmannzq"),
    "Danish Kaere": ("Kære Mette Frederiksenzq,\ntak", "Frederiksenzq"),
    "Finnish Nimi": ("Nimi: Matti Jääskeläinenzq", "Jääskeläinenzq"),
    "Finnish Hyvae": ("Hyvä Matti Virtanenzq,\nkiitos", "Virtanenzq"),
    "Thai label ชื่อ": ("ชื่อ: สมชาย ใจดีซค", "ใจดีซค"),
    "Thai honorific คุณ": ("ผู้รับ: คุณสมหญิง รักไทยซค", "รักไทยซค"),
    "Malay Nama": ("Nama: Nurul Aini binti Razakzq", "Razakzq"),
    "Malay Penerima Encik": ("Penerima: Encik Ahmad Faizalzq", "Faizalzq"),
    "Malay Puan salutation": ("Kepada Puan Siti Hajarzq,\nterima kasih", "Hajarzq"),
    "Urdu label نام": ("نام: عمران خانزق", "خانزق"),
    "Roman Urdu Naam Sahib": ("Naam: Imran Qureshizq Sahib", "Qureshizq"),
    "Singapore Attn": ("Attn: Tan Wei Mingzq", "Mingzq"),
    "boarding pass name": ("DUPONZQ/JEAN MR  AF1234 CDG-BKK 14A", "DUPONZQ"),
    "booking reference and surname": ("Booking ref: K7XQ2P / Last name: Brevilzq", "Brevilzq"),
    "French sign-off": ("Cordialement,\nJean Duponzq", "Duponzq"),
    "German sign-off": ("Mit freundlichen Grüßen\nJonas Weidlzq", "Weidlzq"),
    "Dutch sign-off": ("Met vriendelijke groet,\nSanne Vriezq", "Vriezq"),
    "Swedish sign-off": ("Hälsningar, Åsa Ørstedzq", "Ørstedzq"),
    "gift message from": ("Joyeux anniversaire ! De la part de : Camille Brévilzq", "Brévilzq"),
    "marketplace buyer message": ("Hallo, hier ist Jonas Weidlzq, Käufer von Bestellung 1182", "Weidlzq"),
}
NAME_PLACES = ["custom property", "page title"]


# ---------------------------------------------------------------- postal addresses in local orders
POSTAL: Dict[str, Tuple[str, str]] = {
    "Paris rue": ("12 rue de la Zqpaix, 75002 Paris", "Zqpaix"),
    "Berlin Strasse": ("Zqhauptstraße 5, 10115 Berlin", "Zqhauptstraße"),
    "Madrid calle piso": ("C/ Zqmayor 3, 2º B, 28013 Madrid", "Zqmayor"),
    "Milano via": ("Via Zqroma 10, 20121 Milano MI", "Zqroma"),
    "Amsterdam gracht": ("Zqkeizersgracht 123-II, 1015 CJ Amsterdam", "Zqkeizersgracht"),
    "Brussels avenue": ("Avenue Zqlouise 54, 1050 Bruxelles", "Zqlouise"),
    "Zurich strasse": ("Zqbahnhofstrasse 21, 8001 Zürich", "Zqbahnhofstrasse"),
    "Vienna gasse Stiege": ("Zqmariahilfer Gasse 12/3/14, 1060 Wien", "Zqmariahilfer"),
    "Lisbon rua andar": ("Rua Zqaugusta 100, 2.º Esq., 1100-053 Lisboa", "Zqaugusta"),
    "Stockholm lgh": ("Zqdrottninggatan 5 lgh 1102, 111 51 Stockholm", "Zqdrottninggatan"),
    "Oslo gate": ("Zqkarl Johans gate 22, 0159 Oslo", "Zqkarl"),
    "Copenhagen vej floor": ("Zqvesterbrogade 12, 3. th., 1620 København V", "Zqvesterbrogade"),
    "Helsinki tie": ("Zqmannerheimintie 1 A 5, 00100 Helsinki", "Zqmannerheimintie"),
    "Bangkok Thai script": ("99/9 ซอยสุขุมวิท 11 ถนนสุขุมวิทซค แขวงคลองเตยเหนือ กรุงเทพฯ 10110", "สุขุมวิทซค"),
    "KL Jalan Taman": ("No. 12, Jalan Zqmawar 3, Taman Melati, 53100 Kuala Lumpur", "Zqmawar"),
    "KL Lorong": ("Lot 5, Lorong Zqmaarof, Bangsar, 59000 Kuala Lumpur", "Zqmaarof"),
    "Singapore Blk unit": ("Blk 123 #04-56 Zqtampines Street 11, Singapore 521123", "Zqtampines"),
    "Lahore Roman Urdu": ("House 12, Street 5, Zqgulberg III, Lahore 54660", "Zqgulberg"),
    "delivery with neighbour": ("leave with neighbour Frau Zqschmidt, No 12 Zqlindenweg, 10115 Berlin",
                                "Zqlindenweg"),
    "label Adresse": ("Adresse de livraison : 8 impasse Zqmoreau, 69003 Lyon", "Zqmoreau"),
}
POSTAL_PLACES = ["custom property", "JSON text property"]


# ---------------------------------------------------------------- keys naming a person in these languages
KEYS: Dict[str, str] = {
    "nom_complet": "Aurélie Zqbrevil", "telephone_portable": "Zqportable", "Handynummer": "Zqhandy",
    "Geburtsdatum": "Zqgeburt", "numero_movil": "Zqmovil", "cognome": "Zqcognome", "codice_fiscale": "Zqcodice",
    "telefoonnummer": "Zqtelefoon", "achternaam": "Zqachter", "morada": "Zqmorada", "personnummer": "Zqpnr",
    "fodselsnummer": "Zqfnr", "henkilotunnus": "Zqhetu", "postinumero": "Zqposti", "เบอร์โทร": "Zqberthai",
    "no_kad_pengenalan": "Zqmykad", "nombor_telefon": "Zqnombor", "alamat": "Zqalamat", "shanakhti_card": "Zqcnic",
    "line_id": "zqline_id88", "wa_number": "Zqwa", "nric_fin": "Zqnric",
}


def key_cases() -> Iterator[Case]:
    for key, value in KEYS.items():
        yield (f"key {key}: custom property", "track", {"properties": {key: value}}, [value])
        yield (f"key {key}: url query", "page", {"url": f"{SHOP}/p?{quote(key)}={quote(value)}"}, [value])
        yield (f"key {key}: JSON text", "track", {"properties": {"form": json.dumps({key: value})}}, [value])


# ---------------------------------------------------------------- apps, marketplaces, checkouts
APP: Dict[str, Tuple[str, str, Dict[str, Any], List[str]]] = {
    "deep link phone in path": ("page", "custom", {"url": "https://app.example.fr/u/+33612345678/orders"},
                                ["612345678"]),
    "universal link name in query": ("page", "custom", {"url": f"{SHOP}/open?customer=Jean%20Duponzq&step=2"},
                                     ["Duponzq"]),
    "universal link phone fragment": ("page", "custom", {"url": f"{SHOP}/app#tel=0151%2023456789"},
                                      ["15123456789"]),
    "install referrer with phone": ("track", "custom", {"properties": {
        "install_referrer": "utm_source=sms&utm_content=0612345678&utm_medium=invite"}}, ["612345678"]),
    "install referrer encoded email": ("track", "custom", {"properties": {
        "install_referrer": "utm_source%3Dinvite%26inviter%3Dzqjonas.weidl%2540gmx.de"}}, ["zqjonas"]),
    "push payload JSON": ("track", "custom", {"properties": {"push": json.dumps({
        "aps": {"alert": "Bonjour"}, "customer_phone": "+33 6 12 34 56 78"})}}, ["612345678"]),
    "in-app message with mobile": ("track", "custom", {"properties": {
        "message": "Ihr Kurier ruft Sie unter 0151 23456789 an"}}, ["15123456789"]),
    "share text with mobile": ("track", "custom", {"properties": {
        "share_text": "Regarde ce sac ! Envoyé par 06 12 34 56 78"}}, ["612345678"]),
    "buyer message with phone": ("track", "custom", {"properties": {
        "buyer_message": "Hola, llámame al 612 34 56 78 antes de enviar"}}, ["612345678"]),
    "gift message with phone": ("track", "custom", {"properties": {
        "gift_message": "Buon compleanno! Chiamami 347 123 4567"}}, ["3471234567"]),
    "delivery instructions with Swiss mobile": ("track", "custom", {"properties": {
        "delivery_instructions": "Bitte klingeln, sonst 079 123 45 67 anrufen"}}, ["791234567"]),
    "order note with Thai mobile": ("track", "custom", {"properties": {
        "order_note": "โทรก่อนส่ง 081-234-5678"}}, ["812345678"]),
    "order note Thai digits": ("track", "custom", {"properties": {
        "order_note": "โทร " + thai_digits("081 234 5678")}}, ["812345678"]),
    "coupon from a phone": ("track", "coupon", {"name": "Order Completed", "properties": {
        "coupon": "JOIN0612345678", "value": "5", "currency": "EUR"}}, ["612345678"]),
    "coupon from a name": ("track", "coupon", {"name": "Order Completed", "properties": {
        "coupon": "ZQJEANDUPONT-10", "value": "5", "currency": "EUR"}}, ["ZQJEANDUPONT"]),
    "loyalty card is a phone": ("track", "custom", {"properties": {"loyalty_card": "+46 70 123 45 67"}},
                                ["701234567"]),
    "loyalty card number glued mobile": ("track", "custom", {"properties": {"loyalty_card_no": "0701234567"}},
                                         ["701234567"]),
    "vCard TEL": ("track", "custom", {"properties": {
        "qr": "BEGIN:VCARD\nVERSION:3.0\nN:Weidl;Jonas\nTEL;TYPE=CELL:+49 151 23456789\nEND:VCARD"}},
                  ["15123456789"]),
    "vCard N and FN": ("track", "custom", {"properties": {
        "qr": "BEGIN:VCARD\nVERSION:3.0\nN:Weidlzq;Jonas\nFN:Jonas Weidlzq\nEND:VCARD"}}, ["Weidlzq"]),
    "MeCard phone": ("track", "custom", {"properties": {"qr": "MECARD:N:Lindqvist,Erik;TEL:0701234567;;"}},
                     ["701234567"]),
    "MeCard name": ("track", "custom", {"properties": {"qr": "MECARD:N:Lindqvistzq,Erik;;"}}, ["Lindqvistzq"]),
    "LINE id after Thai label": ("track", "custom", {"properties": {"contact": "ไลน์ไอดี: zqsomchai_88"}},
                                 ["zqsomchai_88"]),
    "LINE ID label": ("track", "custom", {"properties": {"contact": "LINE ID: zqsomchai.bkk"}},
                      ["zqsomchai.bkk"]),
    "WhatsApp link Pakistani": ("track", "custom", {"properties": {"link": "https://wa.me/923001234567"}},
                                ["3001234567"]),
    "WhatsApp link in page url": ("page", "custom", {"url": f"{SHOP}/go?to=https%3A%2F%2Fwa.me%2F60123456789"},
                                  ["123456789"]),
    "app user agent with phone": ("page", "custom", {
        "user_agent": "ShopApp/5.1 (iPhone; iOS 17.1; user +33612345678)"}, ["612345678"]),
    "app user agent with NRIC": ("page", "custom", {
        "user_agent": f"ShopApp/5.1 (Android 14; NRIC {NRIC})"}, [NRIC[1:8]]),
    "tracking page with Dutch postcode and number": ("page", "custom", {
        "url": f"{SHOP}/track?postcode=1015CJ&huisnummer=123&naam=Jansenzq"}, ["Jansenzq"]),
    "checkout referrer with phone": ("page", "custom", {
        "referrer": "https://pay.example.com/checkout?phone=%2B6591234567&step=otp"}, ["91234567"]),
    "search of own phone": ("track", "custom", {"name": "Products Searched", "properties": {
        "query": "bestelling 06-12345678"}}, ["612345678"]),
}


def app_cases() -> Iterator[Case]:
    for name, (kind, _, overrides, forms) in APP.items():
        yield (f"app {name}", kind, overrides, forms)


# ---------------------------------------------------------------- Meta's own fields
def meta_cases() -> Iterator[Case]:
    ms = "1764460000000"
    table: Dict[str, Tuple[str, Dict[str, Any], List[str]]] = {
        "fbp payload FR mobile": ("track", {"properties": {"fbp": f"fb.1.{ms}.0612345678"}}, ["612345678"]),
        "fbc payload DE mobile": ("track", {"properties": {"fbc": f"fb.1.{ms}.IwAR015123456789"}}, ["15123456789"]),
        "fbc payload name": ("track", {"properties": {"fbc": f"fb.1.{ms}.jean_duponzq_orange_fr"}}, ["duponzq"]),
        "fbclid in url Thai id": ("page", {"url": f"{SHOP}/?fbclid={THAI_ID}"}, [THAI_ID]),
        "event_id is a phone": ("track", {"properties": {"event_id": "+46701234567"}}, ["701234567"]),
        "event_id is an email": ("track", {"properties": {"event_id": "zqsanne@ziggo.nl"}}, ["zqsanne"]),
        "order_id dialled": ("track", {"name": "Order Completed", "properties": {
            "order_id": "+41791234567", "value": "5", "currency": "CHF"}}, ["791234567"]),
        "order_id trunk mobile grouped": ("track", {"name": "Order Completed", "properties": {
            "order_id": "0664-123-4567", "value": "5", "currency": "EUR"}}, ["6641234567"]),
        "order_id email": ("track", {"name": "Order Completed", "properties": {
            "order_id": "zqmarta.sousa@sapo.pt", "value": "5", "currency": "EUR"}}, ["zqmarta"]),
        "content id dialled mobile": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "+34 612 34 56 78", "quantity": 1}])}}, ["612345678"]),
        "content_ids phone": ("track", {"name": "Product Added", "properties": {
            "content_ids": "S-1,+39 347 123 4567"}}, ["3471234567"]),
        "content_name name": ("track", {"name": "Order Completed", "properties": {
            "content_name": "Empfänger: Jonas Weidlzq", "value": "5", "currency": "EUR"}}, ["Weidlzq"]),
        "content_category phone": ("track", {"name": "Product Viewed", "properties": {
            "sku": "S-1", "category": "Tel. 0664 1234567"}}, ["6641234567"]),
        "status holds phone": ("track", {"properties": {"status": "rappel 06 12 34 56 78"}}, ["612345678"]),
        "predicted_ltv is a phone": ("track", {"name": "Subscribe", "properties": {
            "predicted_ltv": "46701234567"}}, ["701234567"]),
        "value is a dialled Thai mobile": ("track", {"name": "Order Completed", "properties": {
            "value": "66812345678", "currency": "THB"}}, ["812345678"]),
        "item_price is a phone": ("track", {"name": "Order Completed", "properties": {
            "currency": "EUR", "contents": json.dumps([{"id": "S-1", "item_price": 33612345678}])}},
                                   ["612345678"]),
        "external_id raw in URL": ("page", {"url": f"{SHOP}/p?external_id={quote('+4915123456789')}"},
                                   ["15123456789"]),
        "user anonymous_id phone": ("user", {"anonymous_id": "+33612345678"}, ["612345678"]),
        "page category NIR": ("page", {"data": {"category": f"sécu {NIR}"}}, [NIR]),
    }
    for name, (kind, overrides, forms) in table.items():
        yield (f"meta {name}", kind, overrides, forms)


# ---------------------------------------------------------------- fields whose failure is an Err
ERR_VALUES: Dict[str, Tuple[str, str]] = {
    "FR mobile": ("06 12 34 56 78", "06 12 34 56 78"),
    "email": ("zqlena.berg@outlook.se", "zqlena"),
    "NIR": (NIR, NIR),
    "Thai id": (THAI_ID, THAI_ID),
    "name": ("Jean Duponzq", "Duponzq"),
}
ERR_PLACES = ["err currency", "err value", "err contents quantity", "err opt_out",
              "err data_processing_options_country"]


def err_cases() -> Iterator[Case]:
    for name, (value, form) in ERR_VALUES.items():
        for where in ERR_PLACES:
            kind, overrides = _place(where, value)
            yield (f"err {name} @ {where.removeprefix('err ')}", kind, overrides, [form])


def cases() -> List[Case]:
    return [*crossed("phone", PHONES, PHONE_PLACES, _place),
            *crossed("phone", {"FR mobile pairs": PHONES["FR mobile pairs"], "TH mobile Thai digits":
                               PHONES["TH mobile Thai digits"], "SE mobile dash": PHONES["SE mobile dash"]},
                     ["page title", "url path", "url fragment", "referrer query", "utm_campaign", "search_string",
                      "contents brand", "product category", "delivery note", "JSON text property", "page name",
                      "coupon"], _place),
            *crossed("id", IDS, ID_PLACES, _place),
            *crossed("mail", MAILS, MAIL_PLACES, _place),
            *crossed("name", NAMES, NAME_PLACES, _place),
            *crossed("postal", POSTAL, POSTAL_PLACES, _place),
            *key_cases(), *app_cases(), *meta_cases(), *err_cases()]


# ---------------------------------------------------------------- ordinary shop data that must go out
ORDINARY: Dict[str, List[str]] = {
    "labels": ["Taille: M", "Farbe: Blau", "Coleur: Rouge", "Modell: Anna", "Größe: 42", "Talla: XL",
               "Colore: Verde", "Maat: 38", "Storlek: M", "Färg: Svart", "Koko: L", "Väri: Musta", "Saiz: M",
               "Warna: Merah", "สี: แดง", "ขนาด: M", "Matière: 100 % coton", "Material: Baumwolle"],
    "capitalised": ["Robe Juliette", "Sac Jean Paul", "Via Veneto Loafers", "Rue du Commerce",
                    "Hôtel de Ville Print", "Van Gogh Poster", "Madame Figaro N° 12", "Nr. 5 Parfum",
                    "Chanel N° 5", "Maison Margiela Replica", "Jean Paul Gaultier Le Male", "Hugo Boss Bottled",
                    "Zara Home", "Massimo Dutti", "Marni Tote", "Van der Berg Gin", "De la Fontaine Fables",
                    "Von Essen Hotels Voucher", "Åsa Hoodie", "Marimekko Unikko", "Iittala Aalto Vase",
                    "Fjällräven Kånken", "Royal Copenhagen Mug", "Bang & Olufsen Beoplay", "Cordialement Mug",
                    "Mit Liebe Tasse", "Monsieur Madame Livre", "Frau Holle Märchen", "Encik Ali Kopi",
                    "Puan Sri Batik", "Sahib Shirts Kurta", "Dear Frances Boots", "Jalan Jalan Tote",
                    "Taman Negara Guide", "Lorong Kopi Beans", "Blk Tee Black", "Karl Johan Sneakers",
                    "Drottning Kristina Book", "Hauptstadt Berlin Poster", "Keizersgracht Candle"],
    "numbers": ["4006381333931", "EAN 3017620422003", "ISBN 978-2-07-036822-8", "ISBN 2070368226",
                "Commande n° 100482", "Bestellnummer 4000123456", "Pedido 2026-004512",
                "Ordine n. 2026/000123", "Bestelnummer 2026112901", "Ordernr 112233", "Tilausnumero 1001",
                "Sendungsnummer 00340434161094042557", "Colissimo 6A12345678901", "PostNL 3SABCD1234567",
                "SIRET 732 829 320 00074", "SIREN 732 829 320", "USt-IdNr. DE136695976", "KvK 17001910",
                "BTW NL001234567B01 (winkel)", "Partita IVA 00743110157", "CIF B12345674",
                "Org.nr 556036-0793", "CVR 24256790", "Y-tunnus 0112038-9", "UEN 201912345K",
                "SSM 201901012345", "NTN 1234567-8", "Art.-Nr. 0151234567", "SKU FR-0612-BLK"],
    "prices": ["1.299,00 €", "CHF 1'299.–", "12 990 kr", "฿1,290", "RM 89.90", "€ 49,95", "49,95 €",
               "1 299,00 €", "kr 1 499,-", "1.499 kr", "Rs. 4,999", "S$ 129.00", "PKR 12,500", "฿ 12,900.00",
               "EUR 1.234,56", "ab 19,99 € inkl. MwSt.", "Prix : 129,90 € TTC", "-30 % dès 2 articles"],
    "dates": ["30/11/2026", "30.11.2026", "30-11-2026", "2026-11-30", "30 novembre 2026", "30. November 2026",
              "30 de noviembre de 2026", "30 novembre 2026 ore 10:30", "30-11-2026 om 10:30", "30.11.2026 kl. 10.30",
              "30.11.2026 klo 10.30", "30 พฤศจิกายน 2569", "30 Nov 2026", "Livraison le 02/12/2026",
              "Lieferung 01.–03.12.2026"],
    "hours": ["Lun-Ven 9h-19h", "Mo–Fr 10:00–20:00", "L-V 10:00-21:00", "Lun-Sab 9:30-19:30",
              "ma-vr 09:00-18:00", "Mån–fre 10–19", "ma–pe 10–18", "จ.-ศ. 10:00-22:00", "Isnin-Jumaat 10pg-10mlm"],
    "versions": ["v3.12.4", "iOS 17.1.2", "Android 14 (UP1A.231005.007)", "ShopApp 5.1.0 (5102)", "build 2026.11.30",
                 "Rev. B 2.1"],
    "skus": ["SKU 12-345-678", "REF 0612-345", "Art. 06.12.34", "Modèle 3471", "EAN-8 96385074",
             "GTIN 00012345600012", "PLU 4011", "Lot 2611-A", "Batch 20261130-07"],
}
ORDINARY_PLACES: Dict[str, List[str]] = {
    "labels": ["custom property", "contents title"], "capitalised": ["custom property", "contents brand"],
    "numbers": ["custom property"], "prices": ["custom property"], "dates": ["custom property"],
    "hours": ["custom property"], "versions": ["custom property"], "skus": ["custom property", "contents title"],
}


def _ordinary_place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    if where == "custom property":
        return "track", {"properties": {"detail": value}}
    if where == "contents title":
        return "track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "title": value, "quantity": 1}])}}
    return "track", {"name": "Product Added", "properties": {
        "contents": json.dumps([{"id": "S-1", "brand": value, "quantity": 1}])}}


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _ordinary_place)
