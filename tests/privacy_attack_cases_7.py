"""A seventh outside attack on the privacy gate, written from the README's promises alone (section "Personal data: one
budget in, one gate out"), without reading the gate's code, and avoiding the earlier attacks' spellings
(tests/privacy_attack_cases.py to _6.py): a new persona (an Icelandic address, number and IP range), what marketing,
payment and login tools emit (HubSpot, Marketo, Salesforce and Pardot form posts, Klaviyo's `_kx`, Mailchimp's
`mc_eid`, Stripe and PayPal return URLs, magic links, password-reset links, order-status pages, OAuth `state` as
base64 JSON, JWTs in fragments), phone layouts, ids with computed checks, IBANs, addresses and labelled names of
countries no earlier attack visited (Iceland, the Baltic states, the Balkans, the Caucasus, Central Asia, Southeast
Asia, Latin America, Africa), dates of birth after labels, internationalized and sub-addressed domains, phones with
extensions and vanity letters, in places the earlier attacks filled little (a page's title, a product in the
event's product list, a user event's traits, a page's properties, a referrer's fragment).

Each case is (name, kind, make_event overrides, forms), as in the earlier attacks; the first word of a name is its
family, and the overrides may carry "data" (a page's name or category, which make_event does not take). The forms are
looked for with the second attack's `found_any`.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import (
    crossed,
    iban,
    luhn_complete,
    order_place,
    ordinary_in_places,
    ordinary_keys,
    ordinary_urls,
    spaced,
)

Case = Tuple[str, str, Dict[str, Any], List[str]]

LOCAL, DOMAIN = "zqsigrun.jonsdottir", "example.is"
EMAIL = f"{LOCAL}@{DOMAIN}"
FORM = "zqsigrun"  # what must not leave of the address
IS = "6151234"  # an Icelandic mobile number (seven digits, no trunk prefix)
IP4 = "157.157.88.214"
IP6 = "2a01:6f0:4021:1c::d6"
URL = "https://verslun.example.is"
E = quote(EMAIL, safe="")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _jwt(claims: Dict[str, Any]) -> str:
    return ".".join([_b64url(json.dumps({"alg": "HS256", "typ": "JWT"})), _b64url(json.dumps(claims)),
                     "c2lnbmF0dXJlLW5vdC1jaGVja2Vk"])


# --- check digits, computed so every id below is valid by its own rule ------------------------------------------
def _kennitala(eight: str, century: str = "9") -> str:  # Icelandic: weights 3 2 7 6 5 4 3 2, mod 11
    check = (11 - sum(int(d) * w for d, w in zip(eight, [3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11) % 11
    return eight + str(check) + century  # the chosen body gives a digit (10 is never valid)


def _baltic(ten: str) -> str:  # Estonian isikukood and Lithuanian asmens kodas: two rounds of weights
    first = sum(int(d) * w for d, w in zip(ten, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=True)) % 11
    if first == 10:
        first = sum(int(d) * w for d, w in zip(ten, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], strict=True)) % 11 % 10
    return ten + str(first)


def _jmbg(twelve: str) -> str:  # former Yugoslavia's 13-digit citizen number
    weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    check = 11 - sum(int(d) * w for d, w in zip(twelve, weights, strict=True)) % 11
    return twelve + str(0 if check > 9 else check)


def _oib(ten: str) -> str:  # Croatian OIB, ISO 7064 MOD 11,10
    acc = 10
    for d in ten:
        acc = (acc + int(d)) % 10 or 10
        acc = acc * 2 % 11
    return ten + str((11 - acc) % 10)


def _egn(nine: str) -> str:  # Bulgarian EGN
    check = sum(int(d) * w for d, w in zip(nine, [2, 4, 8, 5, 10, 9, 7, 3, 6], strict=True)) % 11
    return nine + str(0 if check == 10 else check)


def _rut(body: str) -> str:  # Chilean RUT with its check
    weights = ([2, 3, 4, 5, 6, 7] * 2)[:len(body)]
    total = sum(int(d) * w for d, w in zip(reversed(body), weights, strict=True))
    check = 11 - total % 11
    return f"{body}-" + {11: "0", 10: "K"}.get(check, str(check))


def _iin(eleven: str) -> str:  # Kazakh IIN
    first = sum(int(d) * w for d, w in zip(eleven, range(1, 12), strict=True)) % 11
    if first == 10:
        first = sum(int(d) * w for d, w in zip(eleven, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], strict=True)) % 11
    return eleven + str(first)


def _cuit(ten: str) -> str:  # Argentine CUIT/CUIL
    check = 11 - sum(int(d) * w for d, w in zip(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    return ten + str({11: 0, 10: 9}.get(check, check))



KENNITALA = _kennitala("14078843")
ISIKUKOOD = _baltic("4880714023")
ASMENS = _baltic("3880714023")
JMBG = _jmbg("140798871002")
OIB = _oib("6935126789")
EGN = _egn("880714123")
RUT = _rut("16543218")
IIN = _iin("88071440012")
CUIT = _cuit("2034567891")
CARD_VISA = luhn_complete("412345678901234")
CARD_MC = luhn_complete("545454545454545")
CARD_AMEX = luhn_complete("37828224631000")
CARD_ELO = luhn_complete("636368000000000")
CARD_TROY = luhn_complete("979200000000000")
IBAN_IS = iban("IS", "0159260076545510730339")
IBAN_EE = iban("EE", "2200221020145685")
IBAN_LT = iban("LT", "1000011101001000")
IBAN_LV = iban("LV", "HABA0551023456789")
IBAN_GE = iban("GE", "NB0000000101904917")
IBAN_KZ = iban("KZ", "125KZT5004100100")
IBAN_AZ = iban("AZ", "NABZ00000000137010001944")
IBAN_RS = iban("RS", "260005601001611379")
IBAN_BA = iban("BA", "1290079401028494")
IBAN_AL = iban("AL", "212110090000000235698741")
IBAN_BR = iban("BR", "00360305000010009795493P1")
IBAN_CR = iban("CR", "015202001026284066")
IBAN_MU = iban("MU", "BOMM0101101030300200000MUR")
IBAN_TN = iban("TN", "10006035183598478831")

# --- mail: the address in spellings and places the earlier attacks did not use ------------------------------------
MAILS: Dict[str, Tuple[str, List[str]]] = {
    "IDN domain in Unicode": (f"{LOCAL}@verslun.ísland.is", [FORM]),
    "IDN domain in punycode": (f"{LOCAL}@xn--sland-ysa.is", [FORM]),
    "Icelandic letters in the local part": ("zqsigrún.jónsdóttir@example.is", ["zqsigrún"]),
    "Georgian domain": (f"{LOCAL}@მაგალითი.გე", [FORM]),
    "Cyrillic domain": (f"{LOCAL}@пример.рф", [FORM]),
    "sub-addressed with a dash tag": (f"{LOCAL}-orders@{DOMAIN}", [FORM]),
    "sub-addressed with a plus tag and an encoded plus": (f"{LOCAL}%2Bshop%40{DOMAIN}", [FORM]),
    "plus tag with dots": (f"{LOCAL}+vefverslun.2026@{DOMAIN}", [FORM]),
    "quoted local part": (f'"{LOCAL} shop"@{DOMAIN}', [FORM]),
    "IP literal domain": (f"{LOCAL}@[{IP4}]", [FORM]),
    "Icelandic words for at and dot": ("zqsigrun.jonsdottir hjá example punktur is", [FORM]),
    "Lithuanian eta and taškas": ("zqsigrun.jonsdottir eta example taškas is", [FORM]),
    "Serbian majmunče": ("zqsigrun.jonsdottir majmunče example tačka is", [FORM]),
    "Georgian at word": ("zqsigrun.jonsdottir ეთ example წერტილი is", [FORM]),
    "Spanish arroba and punto": ("zqsigrun.jonsdottir arroba example punto is", [FORM]),
    "Kazakh label with the address": (f"Электрондық пошта: {EMAIL}", [FORM]),
    "Estonian label with the address": (f"E-post: {EMAIL}", [FORM]),
    "Latvian label with the address": (f"E-pasts: {EMAIL}", [FORM]),
    "Klaviyo _kx value in text": (f"_kx={_b64url(json.dumps({'$email': EMAIL}))}", [FORM, _b64url(json.dumps(
        {"$email": EMAIL}))[:20]]),
    "HubSpot form post body": (f"firstname=Sigrun&email={E}&hs_context=%7B%22pageUrl%22%3A%22%2F%22%7D", [FORM]),
    "Marketo munchkin associateLead": (f"mktoForm_1024: Email={E}&formid=1024&munchkinId=123-ABC-456", [FORM]),
    "Pardot form handler payload": (f"pi_email={E}&pi_company=Verslun", [FORM]),
    "Salesforce web-to-lead body": (f"oid=00D5g000001&lead_source=Web&email={E}&first_name=Sigrun", [FORM]),
    "JSON with an escaped at": ('{"contact": "' + EMAIL.replace("@", "\\u0040") + '"}', [FORM]),
    "JSON with escaped dots and at": ('{"c": "' + "".join(f"\\u{ord(ch):04x}" if ch in "@." else ch
                                                            for ch in EMAIL) + '"}', [FORM]),
    "URL-safe base64 of a JSON state": (_b64url(json.dumps({"email": EMAIL, "return": "/cart"})),
                                        [_b64url(json.dumps({"email": EMAIL, "return": "/cart"}))[:24]]),
    "base64 without padding": (_b64(EMAIL).rstrip("="), [_b64(EMAIL).rstrip("=")[:16]]),
    "JWT with an email claim": (_jwt({"sub": "812", "email": EMAIL}), [_jwt({"sub": "812", "email": EMAIL})[:60]]),
    "percent-encoded UTF-16 escapes": ("".join(f"%u{ord(ch):04X}" if ch in "@." else ch for ch in EMAIL), [FORM]),
    "HTML decimal entities of every character": ("".join(f"&#{ord(ch)};" for ch in EMAIL), [FORM]),
    "backslash-escaped at": (EMAIL.replace("@", "\\@"), [FORM]),
    "at inside parentheses with spaced dots": ("zqsigrun (.) jonsdottir (@) example (.) is", [FORM]),
    "Gmail dots in a local part with a gmail domain": ("z.q.s.i.g.r.u.n.j@gmail.com", ["z.q.s.i.g.r.u.n.j"]),
    "mailto with cc and bcc": (f"mailto:shop@verslun.example.is?cc={E}&bcc=x@y.is", [FORM]),
    "address reversed": (EMAIL[::-1], [EMAIL[::-1][:10]]),
    "ROT13 of the address": (EMAIL.translate(str.maketrans(
        "abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")), ["mdfvtuha"]),
    "Outlook safelinks wrapper": ("https://eur01.safelinks.protection.outlook.com/?url=" + quote(
        f"{URL}/account?email={E}", safe="") + "&data=05%7C01", [FORM]),
    "address in a vCard line": (f"EMAIL;TYPE=INTERNET:{EMAIL}", [FORM]),
    "address in an X-Forwarded header line": (f"X-Forwarded-Email: {EMAIL}", [FORM]),
    "address with trailing dot in domain": (f"{LOCAL}@{DOMAIN}.", [FORM]),
}

# --- phone: layouts of countries not yet visited, extensions and vanity letters ----------------------------------
PHONES: Dict[str, Tuple[str, str]] = {
    "IS +354 spaced": ("+354 615 1234", IS),
    "IS 00354 compact": ("003546151234", IS),
    "IS national dashed": ("615-1234", IS),
    "EE +372": ("+372 5123 4567", "51234567"),
    "LV +371": ("+371 2612 3456", "26123456"),
    "LT +370 trunk 8": ("8 612 34567", "61234567"),
    "LT +370": ("+370 612 34567", "61234567"),
    "RS +381": ("+381 64 123 4567", "641234567"),
    "RS trunk slashed": ("064/123-4567", "641234567"),
    "HR +385": ("+385 91 234 5678", "912345678"),
    "BA +387": ("+387 61 123 456", "61123456"),
    "AL +355": ("+355 69 212 3456", "692123456"),
    "GE +995": ("+995 555 12 34 56", "555123456"),
    "AM +374": ("+374 77 123456", "77123456"),
    "AZ +994": ("+994 50 123 45 67", "501234567"),
    "KZ +7 7": ("+7 701 234 5678", "7012345678"),
    "UZ +998": ("+998 90 123 45 67", "901234567"),
    "VN +84 spaced": ("+84 912 345 678", "912345678"),
    "KH +855": ("+855 12 345 678", "12345678"),
    "LK +94": ("+94 77 123 4567", "771234567"),
    "AR +54 9": ("+54 9 11 2345-6789", "1123456789"),
    "CL +56 9": ("+56 9 8765 4321", "987654321"),
    "UY +598": ("+598 94 123 456", "94123456"),
    "EC trunk": ("099 123 4567", "991234567"),
    "GH +233": ("+233 24 123 4567", "241234567"),
    "TZ +255": ("+255 712 345 678", "712345678"),
    "SN +221": ("+221 77 123 45 67", "771234567"),
    "ET +251": ("+251 91 123 4567", "911234567"),
    "US vanity with a personal line": ("+1 (650) SIG-RUNJ", "SIG-RUNJ"),
    "extension after x": ("+1 650-253-0000 x1234", "253-0000"),
    "extension after ext.": ("+354 615 1234 ext. 22", IS),
    "extension after a comma dial pause": ("+13105551234,,123#", "5551234"),
    "extension after a semicolon in a tel URI": ("tel:+354-615-1234;ext=22", IS),
    "Icelandic label": ("Farsími: 615 1234", IS),
    "Estonian label": ("Telefon: 5123 4567", "51234567"),
    "Serbian Cyrillic label": ("Телефон: 064 123 4567", "641234567"),
    "Georgian label": ("ტელეფონი: 555 12 34 56", "555123456"),
}

# --- ip: the visitor's address in layouts not yet used -----------------------------------------------------------
IPS: Dict[str, Tuple[str, str]] = {
    "Forwarded header with for": (f"Forwarded: for={IP4};proto=https", IP4),
    "Forwarded header with a quoted IPv6": (f'Forwarded: for="[{IP6}]"', IP6),
    "IPv4-mapped IPv6": (f"::ffff:{IP4}", IP4),
    "IPv6 fully expanded": ("2a01:06f0:4021:001c:0000:0000:0000:00d6", "2a01:06f0:4021:001c"),
    "IPv4 in CIDR": (f"{IP4}/32", IP4),
    "reverse DNS arpa": ("214.88.157.157.in-addr.arpa", "214.88.157.157"),
    "IPv4 with a port after a label": (f"client {IP4}:51234", IP4),
    "nip.io host": (f"shop.{IP4}.nip.io", IP4),
}

# --- id: cards, IBANs and national ids with computed checks, of countries not yet tried ----------------------------
IDS: Dict[str, Tuple[str, str]] = {
    "Icelandic kennitala dashed": (f"{KENNITALA[:6]}-{KENNITALA[6:]}", KENNITALA[6:]),
    "Icelandic kennitala after its label": (f"Kennitala: {KENNITALA}", KENNITALA),
    "Estonian isikukood after its label": (f"Isikukood {ISIKUKOOD}", ISIKUKOOD),
    "Lithuanian asmens kodas bare": (ASMENS, ASMENS),
    "Serbian JMBG after its label": (f"JMBG: {JMBG}", JMBG),
    "Croatian OIB after its label": (f"OIB: {OIB}", OIB),
    "Bulgarian EGN after its label": (f"ЕГН {EGN}", EGN),
    "Chilean RUT dotted": (f"{RUT[:2]}.{RUT[2:5]}.{RUT[5:]}", RUT[5:]),
    "Kazakh IIN after its label": (f"ИИН {IIN}", IIN),
    "Argentine CUIT dashed": (f"{CUIT[:2]}-{CUIT[2:10]}-{CUIT[10]}", CUIT[2:10]),
    "Visa with a dash every four": ("-".join(CARD_VISA[i:i + 4] for i in range(0, 16, 4)), CARD_VISA[4:8]),
    "Mastercard in a Stripe-like sentence": (f"charge card {CARD_MC} exp 04/29", CARD_MC),
    "Amex grouped 4-6-5": (f"{CARD_AMEX[:4]} {CARD_AMEX[4:10]} {CARD_AMEX[10:]}", CARD_AMEX[4:10]),
    "Elo card": (spaced(CARD_ELO), CARD_ELO[4:8]),
    "Troy card compact": (CARD_TROY, CARD_TROY),
    "Icelandic IBAN": (IBAN_IS, IBAN_IS[4:]),
    "Estonian IBAN spaced": (spaced(IBAN_EE), IBAN_EE[4:8]),
    "Lithuanian IBAN": (IBAN_LT, IBAN_LT[4:]),
    "Latvian IBAN lower-case": (IBAN_LV.lower(), IBAN_LV[4:].lower()),
    "Georgian IBAN": (IBAN_GE, IBAN_GE[4:]),
    "Kazakh IBAN": (IBAN_KZ, IBAN_KZ[4:]),
    "Azerbaijani IBAN spaced": (spaced(IBAN_AZ), IBAN_AZ[4:8]),
    "Serbian IBAN": (IBAN_RS, IBAN_RS[4:]),
    "Bosnian IBAN": (IBAN_BA, IBAN_BA[4:]),
    "Albanian IBAN": (IBAN_AL, IBAN_AL[4:]),
    "Brazilian IBAN": (IBAN_BR, IBAN_BR[4:]),
    "Costa Rican IBAN": (IBAN_CR, IBAN_CR[4:]),
    "Mauritian IBAN": (IBAN_MU, IBAN_MU[4:]),
    "Tunisian IBAN after its label": (f"RIB/IBAN : {IBAN_TN}", IBAN_TN[4:]),
}

# --- dob: dates of birth after labels, in many formats -------------------------------------------------------------
DOBS: Dict[str, Tuple[str, str]] = {
    "English label ISO": ("Date of birth: 1988-07-14", "1988-07-14"),
    "DOB label dotted": ("DOB 14.07.1988", "14.07.1988"),
    "born on with a month name": ("Born on 14 July 1988", "14 July 1988"),
    "US order": ("Birthdate: 07/14/1988", "07/14/1988"),
    "Icelandic label": ("Fæðingardagur: 14.07.1988", "14.07.1988"),
    "Estonian label": ("Sünniaeg: 14.07.1988", "14.07.1988"),
    "Lithuanian label": ("Gimimo data: 1988-07-14", "1988-07-14"),
    "Serbian label": ("Datum rođenja: 14.7.1988.", "14.7.1988"),
    "Spanish label": ("Fecha de nacimiento: 14/07/1988", "14/07/1988"),
    "Portuguese label": ("Data de nascimento: 14/07/1988", "14/07/1988"),
    "Russian label": ("Дата рождения: 14.07.1988", "14.07.1988"),
    "compact after label": ("dob=19880714", "19880714"),
    "Vietnamese label": ("Ngày sinh: 14/07/1988", "14/07/1988"),
    "Indonesian label": ("Tanggal lahir: 14-07-1988", "14-07-1988"),
    "Turkish label": ("Doğum tarihi: 14.07.1988", "14.07.1988"),
}

# --- postal: addresses in layouts not yet used -----------------------------------------------------------------------
POSTAL: Dict[str, Tuple[str, str]] = {
    "Reykjavík gata and postcode": ("Laugavegur 28, 101 Reykjavík", "Laugavegur 28"),
    "Tallinn tänav": ("Pärnu mnt 12-5, 10148 Tallinn", "Pärnu mnt 12"),
    "Riga iela": ("Brīvības iela 55-12, Rīga, LV-1010", "Brīvības iela 55"),
    "Vilnius gatvė": ("Gedimino pr. 9-14, LT-01103 Vilnius", "Gedimino pr. 9"),
    "Belgrade ulica": ("Knez Mihailova 12/3, 11000 Beograd", "Knez Mihailova 12"),
    "Tbilisi avenue": ("Rustaveli Ave 14, apt 7, Tbilisi 0108", "Rustaveli Ave 14"),
    "Almaty microdistrict": ("мкр. Самал-2, д. 58, кв. 12, Алматы", "Самал-2"),
    "Buenos Aires calle with piso": ("Av. Corrientes 1234, Piso 5 Depto B, C1043 CABA", "Corrientes 1234"),
    "Santiago pasaje": ("Pasaje Los Aromos 456, Ñuñoa, Santiago", "Los Aromos 456"),
    "Hanoi ngõ": ("Số 12 ngõ 34 phố Huế, Hai Bà Trưng, Hà Nội", "ngõ 34"),
    "Accra digital address": ("GA-183-8164, East Legon, Accra", "GA-183-8164"),
    "Addis kebele house": ("Kebele 07, House No. 1234, Bole, Addis Ababa", "House No. 1234"),
    "Yerevan poghots": ("Abovyan St 10, apt 5, Yerevan 0001", "Abovyan St 10"),
    "address after a shipping label": ("Shipping address: Laugavegur 28, 101 Reykjavík", "Laugavegur 28"),
}

# --- name: labels and salutations of the lexicon's languages, with names of new countries --------------------------
NAMES: Dict[str, Tuple[str, str]] = {
    "English full name label": ("Full name: Sigrún Jónsdóttir", "Jónsdóttir"),
    "Recipient label": ("Recipient: Sigrún Jónsdóttir", "Jónsdóttir"),
    "Cardholder label": ("Cardholder: SIGRUN JONSDOTTIR", "JONSDOTTIR"),
    "Russian FIO label": ("ФИО: Нурланова Айгерим Серикқызы", "Айгерим"),
    "Spanish label": ("Nombre y apellidos: Valentina Quispe Mamani", "Quispe"),
    "Portuguese label": ("Nome completo: Thiago Nascimento", "Nascimento"),
    "Vietnamese label": ("Họ và tên: Nguyễn Thị Lan", "Nguyễn Thị Lan"),
    "Indonesian label": ("Nama lengkap: Siti Nurhaliza", "Nurhaliza"),
    "Turkish label": ("Ad Soyad: Elif Yıldırım", "Yıldırım"),
    "Swedish label": ("Namn: Sigrún Jónsdóttir", "Jónsdóttir"),
    "German salutation": ("Sehr geehrte Frau Jónsdóttir,\nvielen Dank", "Jónsdóttir"),
    "Spanish salutation": ("Estimada Sra. Quispe Mamani:\ngracias", "Quispe"),
    "Portuguese salutation": ("Prezado Sr. Thiago Nascimento,\nobrigado", "Nascimento"),
    "Russian salutation": ("Уважаемая Айгерим Нурланова,\nспасибо", "Айгерим"),
    "Vietnamese salutation": ("Kính gửi chị Nguyễn Thị Lan,\ncảm ơn", "Nguyễn Thị Lan"),
    "Indonesian salutation": ("Yth. Ibu Siti Nurhaliza,\nterima kasih", "Nurhaliza"),
    "Turkish salutation": ("Sayın Elif Yıldırım,\nteşekkürler", "Yıldırım"),
    "French salutation": ("Chère Madame Awa Diop,\nmerci", "Diop"),
}


def _place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "page title": ("page", {"title": value}),
        "page property": ("page", {"properties": {"section": value}}),
        "product name in the list": ("track", {**order, "properties": {"value": "5", "currency": "ISK"},
                                                "products": [{"product_id": "V-1", "name": value, "price": "5",
                                                              "quantity": "1"}]}),
        "order note": ("track", {**order, "properties": {"value": "5", "currency": "ISK", "order_note": value}}),
        "user trait": ("user", {"user_properties": {"segment": value}}),
        "utm_term": ("page", {"url": f"{URL}/?utm_source=newsletter&utm_term={q}"}),
        "referrer fragment": ("page", {"referrer": f"https://mail.example.net/inbox#msg={q}"}),
        "page search": ("page", {"url": f"{URL}/leit", "search": f"?q={q}"}),
        "contents JSON field": ("track", {**order, "properties": {
            "value": "5", "currency": "ISK",
            "contents": json.dumps([{"id": "V-1", "quantity": 1, "item_price": 5, "note": value}])}}),
    }
    return table[place]


MAIL_PLACES = ["page title", "order note", "user trait", "utm_term", "referrer fragment", "product name in the list"]
PHONE_PLACES = ["page title", "order note", "page search", "product name in the list"]
IP_PLACES = ["page property", "order note", "utm_term"]
ID_PLACES = ["order note", "user trait", "contents JSON field"]
DOB_PLACES = ["order note", "page property", "user trait"]
POSTAL_PLACES = ["order note", "page title", "contents JSON field"]
NAME_PLACES = ["order note", "page property", "product name in the list"]


def value_cases() -> Iterator[Case]:
    yield from crossed("mail", MAILS, MAIL_PLACES, _place)
    yield from crossed("phone", PHONES, PHONE_PLACES, _place)
    yield from crossed("ip", IPS, IP_PLACES, _place)
    yield from crossed("id", IDS, ID_PLACES, _place)
    yield from crossed("dob", DOBS, DOB_PLACES, _place)
    yield from crossed("postal", POSTAL, POSTAL_PLACES, _place)
    yield from crossed("name", NAMES, NAME_PLACES, _place)


# --- key: personal keys real form tools use, each as a custom property and as a page URL's query key ----------------
PERSONAL_KEYS: Dict[str, Tuple[str, str]] = {  # key: (value, form)
    "mc_eid": (EMAIL, FORM),
    "_kx": (EMAIL, FORM),
    "hsa_email": (EMAIL, FORM),
    "mkt_tok_email": (EMAIL, FORM),
    "pi_email": (EMAIL, FORM),
    "lead[Email]": (EMAIL, FORM),
    "fields[email]": (EMAIL, FORM),
    "input_2_3": ("Sigrún", "Sigrún"),  # Gravity Forms' name field: nothing in the key
    "your-email": (EMAIL, FORM),
    "your-name": ("Sigrún Jónsdóttir", "Jónsdóttir"),
    "wpforms[fields][1][first]": ("Sigrún", "Sigrún"),
    "payer_email": (EMAIL, FORM),
    "receiver_email": (EMAIL, FORM),
    "customer_details.email": (EMAIL, FORM),
    "prefilled_email": (EMAIL, FORM),
    "login_hint": (EMAIL, FORM),
    "reset_email": (EMAIL, FORM),
    "recipient": (EMAIL, FORM),
    "netfang": (EMAIL, FORM),
    "simi": ("615 1234", IS),
    "heimilisfang": ("Laugavegur 28", "Laugavegur 28"),
    "nafn": ("Sigrún Jónsdóttir", "Jónsdóttir"),
    "kennitala": (KENNITALA, KENNITALA),
    "isikukood": (ISIKUKOOD, ISIKUKOOD),
    "asmens_kodas": (ASMENS, ASMENS),
    "personas_kods": ("140788-12345", "140788-12345"),
    "e_pasts": (EMAIL, FORM),
    "telefono_celular": ("+56 9 8765 4321", "987654321"),
    "rut": (RUT, RUT[:8]),
    "cuit": (CUIT, CUIT),
    "jmbg": (JMBG, JMBG),
    "oib": (OIB, OIB),
    "egn": (EGN, EGN),
    "iin": (IIN, IIN),
    "pinfl": ("31407880120012", "31407880120012"),
    "fecha_nacimiento": ("14/07/1988", "14/07/1988"),
    "data_nascimento": ("14/07/1988", "14/07/1988"),
    "sunnipaev": ("14.07.1988", "14.07.1988"),
    "birth_dt": ("1988-07-14", "1988-07-14"),
    "dobYear": ("1988", "1988"),
    "shipToStreet": ("Laugavegur 28", "Laugavegur 28"),
    "BillToPostalCode": ("603", "603"),  # (not `101`: every request's user agent holds `Gecko/20100101`)
    "billing-address-line-1": ("Laugavegur 28", "Laugavegur 28"),
    "delivery_house_no": ("28", "28"),
    "cellPhoneNumber": ("6151234", IS),
    "handynummer": ("6151234", IS),
    "wa_number": ("6151234", IS),
    "telegram_handle": ("@sigrunj", "sigrunj"),
    "ig_username": ("sigrun.jons", "sigrun.jons"),
    "so_cmnd": ("001088012345", "001088012345"),
    "nric": ("S8812345D", "S8812345D"),
    "curp": ("QUMV880714MDFSMN09", "QUMV880714MDFSMN09"),
    "dui": ("04567890-1", "04567890-1"),
    "ci_number": ("4.567.890-1", "4.567.890-1"),
}


def key_cases() -> Iterator[Case]:
    for key, (value, form) in PERSONAL_KEYS.items():
        yield (f"key {key}: custom property", "track", {"properties": {key: value}}, [form])
        yield (f"key {key}: page query", "page",
               {"url": f"{URL}/checkout?{quote(key, safe='')}={quote(value, safe='')}&step=2"}, [form])


# --- url: links real marketing, payment and login tools emit ------------------------------------------------------
STATE = _b64url(json.dumps({"email": EMAIL, "redirect": "/orders"}))
URLS: Dict[str, Tuple[str, List[str]]] = {
    "Mailchimp mc_eid with the address": (f"{URL}/?utm_source=mailchimp&mc_cid=ab12&mc_eid={E}", [FORM]),
    "Klaviyo _kx base64 of the address": (f"{URL}/?_kx={_b64url(EMAIL)}.XyZ123", [_b64url(EMAIL)[:16]]),
    "HubSpot form redirect with email": (f"{URL}/thanks?submissionGuid=1a2b&email={E}", [FORM]),
    "Marketo landing page prefill": (f"https://go.verslun.example.is/lp.html?Email={E}&mkt_tok=MTIzLUFCQy00NTY",
                                     [FORM]),
    "Stripe success URL with the customer's address": (
        f"{URL}/success?session_id=cs_test_a1B2&customer_email={E}", [FORM]),
    "PayPal return with payer_email": (f"{URL}/paypal/return?tx=8AB12345&payer_email={E}&st=Completed", [FORM]),
    "password reset link with the address": (f"{URL}/password/reset?token=9f8e7d6c&email={E}", [FORM]),
    "magic link with the address in the path": (f"{URL}/auth/magic/{E}/9f8e7d6c", [FORM]),
    "order status page with email": (f"{URL}/order-status?order=1001&email={E}", [FORM]),
    "order status page with phone": (f"{URL}/order-status?order=1001&phone=%2B3546151234", [IS]),
    "OAuth state as base64url JSON": (f"{URL}/oauth/callback?code=abc&state={STATE}", [STATE[:24]]),
    "redirect_uri with encoded JSON": (f"{URL}/login?redirect_uri=" + quote(
        f"{URL}/cb?d=" + quote(json.dumps({"email": EMAIL}), safe=""), safe=""), [FORM]),
    "JWT in the fragment": (f"{URL}/callback#id_token={_jwt({'email': EMAIL, 'sub': '8'})}&state=x",
                            [_jwt({"email": EMAIL, "sub": "8"})[:60]]),
    "utm_campaign with the address": (f"{URL}/?utm_source=email&utm_campaign={E}", [FORM]),
    "utm_content with a phone": (f"{URL}/?utm_source=sms&utm_content=%2B3546151234", [IS]),
    "gclid-adjacent gbraid with the address": (f"{URL}/?gclid=EAIaIQ&gad_campaignid=123&gbraid={E}", [FORM]),
    "wbraid holding a phone": (f"{URL}/?wbraid=3546151234", ["3546151234"]),
    "Zendesk ticket link with requester": (f"https://help.example.is/hc/requests/new?requester_email={E}", [FORM]),
    "Calendly invitee in the fragment": (f"{URL}/booked#invitee_email={E}&invitee_full_name=Sigrun", [FORM]),
    "matrix parameters with email": (f"{URL}/account;email={E};lang=is", [FORM]),
    "Shopify customer activation": (f"{URL}/account/activate/12345/abcdef?email={E}", [FORM]),
    "Klaviyo click tracking redirect": ("https://trk.klclick.com/ls/click?upn=" + quote(
        f"{URL}/?email={E}", safe="") + "&_kx=abc", [FORM]),
    "Mailchimp list-manage redirect": ("https://example.us1.list-manage.com/track/click?u=a&id=b&e=" + E, [FORM]),
    "phone in the path of a call-back page": (f"{URL}/callback/+354-615-1234", [IS]),
    "kennitala in a query": (f"{URL}/checkout?kt={KENNITALA}", [KENNITALA]),
    "IBAN in the fragment": (f"{URL}/pay#iban={IBAN_IS}", [IBAN_IS[4:]]),
}


def url_cases() -> Iterator[Case]:
    for name, (url, forms) in URLS.items():
        yield (f"url {name} @ page URL", "page", {"url": url}, forms)
        yield (f"url {name} @ referrer", "page", {"referrer": url}, forms)


# --- ua: an app's user agent carrying the visitor --------------------------------------------------------------------
AGENTS: Dict[str, Tuple[str, List[str]]] = {
    "app comment with an IDN address": (f"VerslunApp/2.1 (iOS 17; {LOCAL}@verslun.ísland.is)", [FORM]),
    "app comment with a kennitala": (f"VerslunApp/2.1 (iOS 17; kt {KENNITALA})", [KENNITALA]),
    "app comment with a phone and extension": ("VerslunApp/2.1 (Android 14; tel +354 615 1234 ext 2)", [IS]),
    "app comment with a JWT": (f"VerslunApp/2.1 (Android 14; {_jwt({'email': EMAIL})})",
                               [_jwt({"email": EMAIL})[:60]]),
    "app comment with a forwarded IP": (f"VerslunApp/2.1 (Android 14; xff {IP4})", [IP4]),
    "app comment with a date of birth": ("VerslunApp/2.1 (Android 14; dob 1988-07-14)", ["1988-07-14"]),
}


def agent_cases() -> Iterator[Case]:
    for name, (agent, forms) in AGENTS.items():
        yield (f"ua {name}", "page", {"user_agent": agent}, forms)


def cases() -> List[Case]:
    return [*value_cases(), *key_cases(), *url_cases(), *agent_cases()]


# --- ordinary shop data that must go out (false-positive hunt) -------------------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "prices and amounts": ["12.990 kr.", "ISK 12,990", "€ 49,90", "₾ 129.00", "₸ 12 990", "59,90 €",
                           "$1,299.99 USD", "R$ 1.299,90 em 10x", "ARS 129.999,00", "S/ 199.90", "GH₵ 450.00",
                           "KSh 2,500", "₫1.290.000", "Rp 1.299.000", "CLP $19.990"],
    "SKUs and product codes": ["SKU 615-1234-BL", "ART 4567890-12", "VN-2026-881", "GTIN 05901234123457",
                               "Model A2894", "PN 90-MXBL30-0000", "item #100234567", "LOT 2026-07-14"],
    "dates and times": ["14.07.2026", "2026-07-14T10:00:00Z", "14/07/2026 – 16/07/2026", "júlí 2026",
                        "Valid until 31.12.2026", "Delivery 2–4 days", "Mon–Fri 09:00–17:00"],
    "versions": ["v2.14.7", "iOS 17.4.1", "Android 14 (UP1A.231005.007)", "release 2026.07.14", "SDK 5.12.0-rc.1"],
    "product names with numbers": ["66°North Jökla Parka", "Nike Air Max 90", "Canon EOS R6 Mark II",
                                   "MacBook Air 13 M3 16/512", "Lego 42115 Lamborghini", "Xiaomi 14T Pro 12/512",
                                   "Brompton C Line 6-speed", "Tefal 24 cm pan", "Duracell AA 12-pack",
                                   "Kindle Paperwhite 16 GB", "Rolex 126610LN", "Heineken 0.0 6x330 ml"],
    "shop text": ["Free shipping to Reykjavík", "Pickup in store: Kringlan", "Reviews (1,234)",
                  "Rated 4.8 of 5", "Save 20% with code VETUR20", "In stock: 12", "Ships from Tallinn",
                  "Buy now, pay later in 3", "Order before 14:00 for same-day dispatch",
                  "Call 1-800-FLOWERS", "Hotline 1-800-MY-APPLE"],
}

ORDINARY_URLS = [
    f"{URL}/?utm_source=mailchimp&utm_medium=email&utm_campaign=vetur_2026&mc_cid=ab12cd34ef&mc_eid=9f8e7d6c5b",
    f"{URL}/?_kx=Xy1Zw2Vu3T.AbCdEf",
    f"{URL}/?gclid=Cj0KCQiA&gad_source=1&gbraid=0AAAAADs1&wbraid=CkMKCQiA",
    f"{URL}/success?session_id=cs_test_a1B2c3D4e5F6g7H8",
    f"{URL}/paypal/return?token=EC-8AB12345CD678901E",  # PayPal's PayerID names an account: not ordinary
    f"{URL}/oauth/callback?code=4/0AX4XfWh&state=af0ifjsldkj",
    f"{URL}/order-status?order=1001",
    f"{URL}/?hsCtaTracking=1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d%7C7a8b",
    f"{URL}/?mkt_tok=MTIzLUFCQy00NTYAAAGPq1",
    f"{URL}/collections/jakkar?filter.v.price.gte=10000&filter.v.price.lte=50000",
    f"{URL}/products/jokla-parka?variant=41234567890123#reviews",
    f"{URL}/blog/2026/07/14/sumar-utsala",
]

ORDINARY_KEYS = ["mc_cid", "utm_term", "hsCtaTracking", "mkt_tok_version", "session_id", "payment_intent",
                 "order_status", "shipping_method", "coupon_code", "loyalty_tier", "gift_card_balance",
                 "store_locator_city", "pickup_point_id", "sku_variant", "size_eu", "color_code",
                 "email_campaign_id", "sms_opt_in_source", "address_validation_status", "phone_case_model"]


def _ordinary_place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return order_place(place, value, "ISK")


ORDINARY_PLACES: Dict[str, List[str]] = {
    "prices and amounts": ["order note", "page title"],
    "SKUs and product codes": ["order note", "product name in the list"],
    "dates and times": ["order note", "page title"],
    "versions": ["order note", "page title"],
    "product names with numbers": ["page title", "product name in the list"],
    "shop text": ["order note", "page title"],
}


def ordinary_cases() -> Iterator[Tuple[str, str, Dict[str, Any], str]]:
    """(test id, kind, make_event overrides, value that must be found among the request's strings or numbers)."""
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _ordinary_place)
    yield from ordinary_urls(ORDINARY_URLS)
    yield from ordinary_keys(ORDINARY_KEYS)
