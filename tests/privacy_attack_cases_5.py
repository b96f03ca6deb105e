"""A fifth outside attack on the privacy gate, written from the README's promises alone (section "Personal data: one
budget in, one gate out"), without reading the gate's code, and avoiding the earlier attacks' spellings
(tests/privacy_attack_cases.py, _2.py, _3.py, _4.py): a new persona (an Indonesian address, Kenyan, Indonesian,
Turkish, Argentine, Nepali and Tanzanian numbers, a Kenyan IP range), RFC 5322 corners of an address (quoted local
parts, comments, IP literals, a trailing dot, source routes, bang paths, SRS), IDN domains of scripts not yet used,
bidi overrides, variation selectors, encodings of the whole address (base64url, base64 of UTF-16, base85, hex,
rot13, reversed, JWT claims, URL-encoded JSON), number words of Swahili and Indonesian, extension words of many
languages after a number, digits of scripts and dingbats not yet used, national ids of claimed kinds in new layouts
and of other countries after their labels, IBANs of new countries, addresses written in languages not yet tried,
coordinates in URL paths, plus codes, geohashes and what3words, names after labels and salutations in other
languages, in places the earlier attacks filled little (event name and currency, whose `Err` must not echo, a
campaign, a session id, a page's keywords, a product's variant and coupon, an order coupon, a fragment holding JSON,
a referrer's path).

Each case is (name, kind, make_event overrides, forms), as in the earlier attacks; the first word of a name is its
family. The forms are looked for with the second attack's `found_any`.
"""

from __future__ import annotations

import base64
import codecs
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import (
    crossed,
    iban,
    luhn_complete,
    ordinary_in_places,
    ordinary_keys,
    ordinary_urls,
    spaced,
)

Case = Tuple[str, str, Dict[str, Any], List[str]]

LOCAL, DOMAIN = "zqdewi.lestari", "example.co.id"
EMAIL = f"{LOCAL}@{DOMAIN}"
FORM = "zqdewi"  # what must not leave of the address
KE = "712345678"  # a Kenyan mobile number, national digits
IP4 = "41.90.64.17"
IP6 = "2c0f:fe38:2402:1a::17"
MARKER = "zqfifthval"
URL = "https://toko.example.co.id"


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _digits(text: str, zero: int) -> str:
    """The ASCII digits of `text` written from the code point `zero` on (a script's digits or a dingbat set)."""
    return "".join(chr(zero + ord(ch) - 48) if ch.isdigit() else ch for ch in text)


def _dingbat(text: str, one: int) -> str:
    """Digits 1-9 as dingbat circled digits from `one` on (no compatibility decomposition); 0 stays."""
    return "".join(chr(one + ord(ch) - 49) if ch in "123456789" else ch for ch in text)


def _jwt(claims: Dict[str, Any]) -> Tuple[str, str]:
    payload = _b64url(json.dumps(claims, separators=(",", ":")))
    return f"{_b64url(json.dumps({'alg': 'HS256', 'typ': 'JWT'}))}.{payload}.c2lnbmF0dXJlX3BhcnRfeHl6", payload


# --- check digits, computed so every id below is valid by its own rule ------------------------------------------
def _steuer_id(ten: str) -> str:  # German tax id, ISO 7064 MOD 11,10
    product = 10
    for ch in ten:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return ten + str(0 if check == 10 else check)


_CF_ODD = {**{str(d): v for d, v in zip(range(10), [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=True)},
           **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                                                   12, 14, 16, 10, 22, 25, 24, 23], strict=True))}


def _codice_fiscale(fifteen: str) -> str:
    total = 0
    for index, ch in enumerate(fifteen):
        if index % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return fifteen + chr(65 + total % 26)


def _cpf(nine: str) -> str:
    digits = [int(ch) for ch in nine]
    for weight in (10, 11):
        total = sum(d * (weight - i) for i, d in enumerate(digits))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    return "".join(map(str, digits))


def _tckn(nine: str) -> str:  # Turkish identity number
    d = [int(ch) for ch in nine]
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return nine + str(tenth) + str((sum(d) + tenth) % 10)


IBAN_BE = iban("BE", "539007547034")
IBAN_ES = iban("ES", "21000418450200051332")
IBAN_IT = iban("IT", "X0542811101000000123456")
IBAN_GB = iban("GB", "NWBK60161331926819")
IBAN_CH = iban("CH", "0483000000000123456")
IBAN_PL = iban("PL", "109010140000071219812874")
STEUER_ID = _steuer_id("8609574271")
CODICE = _codice_fiscale("LSTDWE90A41Z247")
CPF = _cpf("529982247")
CARD_VISA = luhn_complete("491761000000000")
CARD_MAESTRO = luhn_complete("675964982643752")
TCKN = _tckn("123456789")
PERSONNUMMER = luhn_complete("900101123")

# --- mail: an address in RFC 5322 corners, new scripts and whole-value encodings ---------------------------------
JWT, JWT_PAYLOAD = _jwt({"sub": "1001", "email": EMAIL, "iat": 1732875000})
MAILS: Dict[str, Tuple[str, List[str]]] = {
    "quoted local part with a blank": (f'"zqdewi lestari"@{DOMAIN}', [FORM]),
    "quoted local part holding an at": (f'"zqdewi@home"@{DOMAIN}', [FORM]),
    "quoted local part with an escaped quote": (f'"zqdewi\\"lestari"@{DOMAIN}', [FORM]),
    "comment after the local part": (f"{LOCAL}(kantor)@{DOMAIN}", [FORM]),
    "comment before the domain": (f"{LOCAL}@(kantor){DOMAIN}", [FORM]),
    "IPv4 literal domain": (f"{LOCAL}@[{IP4}]", [FORM]),
    "IPv6 literal domain": (f"{LOCAL}@[IPv6:{IP6}]", [FORM]),
    "trailing dot of the root": (f"{LOCAL}@{DOMAIN}.", [FORM]),
    "upper-case with a subdomain": (f"{LOCAL.upper()}@MAIL.{DOMAIN.upper()}", [FORM]),
    "Vietnamese IDN domain": (f"{LOCAL}@thư.việt.vn", [FORM]),
    "Thai IDN domain": (f"{LOCAL}@ตัวอย่าง.ไทย", [FORM]),
    "Arabic IDN domain": (f"{LOCAL}@مثال.موقع", [FORM]),
    "punycode Chinese domain": (f"{LOCAL}@xn--fsqu00a.xn--0zwm56d", [FORM]),
    "Greek local part after a Latin one": (f"zqdewi.λεστάρι@{DOMAIN}", [FORM]),
    "Cyrillic e and a mixed in": ("zqd\u0435wi.l\u0435st\u0430ri@" + DOMAIN, ["lstri", "zqd"]),
    "right-to-left override around it": (f"\u202e{LOCAL}@{DOMAIN}\u202c", [FORM]),
    "right-to-left override of the reversed address": ("\u202e" + EMAIL[::-1], [EMAIL[::-1][:12]]),
    "Arabic letter marks between letters": ("\u061c".join(EMAIL), [FORM]),
    "variation selectors after letters": ("\ufe0f".join(EMAIL), [FORM]),
    "Mongolian vowel separators": ("\u180e".join(EMAIL), [FORM]),
    "no-break spaces around the at": (f"{LOCAL}\u00a0@\u00a0{DOMAIN}", [FORM]),
    "base64url without padding": (_b64url(EMAIL), [_b64url(EMAIL)]),
    "hex of the address": (EMAIL.encode().hex(), [EMAIL.encode().hex()]),
    "upper-case hex with a 0x": ("0x" + EMAIL.encode().hex().upper(), [EMAIL.encode().hex().upper()]),
    "rot13": (codecs.encode(EMAIL, "rot13"), [codecs.encode(EMAIL, "rot13")]),
    "reversed": (EMAIL[::-1], [EMAIL[::-1]]),
    "JWT with an email claim": (JWT, [JWT_PAYLOAD]),
    "URL-encoded JSON": (quote(json.dumps({"customer": {"mail": EMAIL}}), safe=""), [FORM]),
    "Python adjacent string literals": (f'"{LOCAL}" "@" "{DOMAIN}"', [FORM]),
    "template with the parts as arguments": (f"{{0}}@{{1}} % ('{LOCAL}', '{DOMAIN}')", [FORM]),
    "quoted and dotted parts mixed": (f'zqdewi."lestari"@{DOMAIN}', [FORM]),
    "percent hack route": (f"{LOCAL}%{DOMAIN}@relay.example.net", [FORM]),
    "source route before the address": (f"@relay.example.net:{EMAIL}", [FORM]),
    "UUCP bang path": (f"{DOMAIN}!{LOCAL}", [FORM]),
    "MECARD of a QR code": (f"MECARD:N:Lestari,Dewi;EMAIL:{EMAIL};;", [FORM]),
    "SRS-rewritten forwarder address": (f"SRS0=HHH=TT={DOMAIN}={LOCAL}@fwd.example.net", [FORM]),
    "Outlook Safe Links wrapper": ("https://nam12.safelinks.protection.outlook.com/?url=mailto%3A"
                                   f"{LOCAL}%40{DOMAIN}&data=05%7C02", [FORM]),
    "interlinear annotation characters": ("\ufff9" + LOCAL + "\ufffa@\ufffb" + DOMAIN, [FORM]),
    "Khmer inherent vowels between letters": ("\u17b4".join(EMAIL), [FORM]),
    "base64 of UTF-16LE": (base64.b64encode(EMAIL.encode("utf-16-le")).decode(),
                           [base64.b64encode(EMAIL.encode("utf-16-le")).decode()]),
    "base85": (base64.b85encode(EMAIL.encode()).decode(), [base64.b85encode(EMAIL.encode()).decode()]),
}

# --- phone: new countries' formats, extension words, digits of scripts and dingbats not yet used -------------------
PHONES: Dict[str, Tuple[str, str]] = {
    "KE +254 spaced": ("+254 712 345 678", KE),
    "KE trunk compact": ("0712345678", KE),
    "KE 254 without plus": ("254712345678", KE),
    "ID +62 dashed": ("+62 812-3456-7890", "8123456789"),
    "ID trunk dashed": ("0812-3456-7890", "8123456789"),
    "TR +90 spaced pairs": ("+90 532 123 45 67", "5321234567"),
    "TR trunk with parentheses": ("0 (532) 123 45 67", "5321234567"),
    "AR +54 9 mobile": ("+54 9 11 2345-6789", "1123456789"),
    "AR 15 local mobile": ("011 15-2345-6789", "23456789"),
    "NP +977": ("+977 984-1234567", "9841234567"),
    "TZ +255": ("+255 754 123 456", "754123456"),
    "FI +358": ("+358 40 123 4567", "401234567"),
    "KE with extension poste": ("0712 345 678 poste 12", KE),
    "KE with extension interno": ("0712 345 678 interno 12", KE),
    "KE with extension dahili": ("0712 345 678 dahili 12", KE),
    "KE with extension wew.": ("0712 345 678 wew. 12", KE),
    "KE with extension toestel": ("0712 345 678 toestel 12", KE),
    "KE with extension доб.": ("0712 345 678 доб. 12", KE),
    "KE with extension ankn.": ("0712 345 678 ankn. 12", KE),
    "KE with extension 转": ("0712 345 678 转12", KE),
    "KE with extension 내선": ("0712 345 678 내선 12", KE),
    "KE with extension x and a hash": ("+254712345678x12#", KE),
    "Khmer digits": (_digits("+254 712 345 678", 0x17E0), KE),
    "Myanmar digits": (_digits("0712 345 678", 0x1040), KE),
    "Mongolian digits": (_digits("0712 345 678", 0x1810), KE),
    "Adlam digits": (_digits("+254 712 345 678", 0x1E950), KE),
    "math monospace digits": (_digits("+254 712 345 678", 0x1D7F6), KE),
    "dingbat negative circled digits": (_dingbat("+254 712 345 678", 0x2776), KE),
    "dingbat circled sans-serif digits": (_dingbat("+254 712 345 678", 0x2780), KE),
    "superscript digits": ("⁺²⁵⁴ ⁷¹² ³⁴⁵ ⁶⁷⁸", KE),
    "keycap digits": ("".join(ch + "\ufe0f\u20e3" if ch.isdigit() else ch for ch in "0712 345 678"), KE),
    "groups joined by a fraction slash": ("0712\u2044345\u2044678", KE),
    "groups joined by a bullet operator": ("0712\u2219345\u2219678", KE),
    "tel URI with a visual separator": ("tel:+254-712-345-678", KE),
    "sms URI with a body": ("sms:+254712345678?body=hi", KE),
    "M-Pesa message": ("Confirmed. Ksh500.00 sent to WANJIRU 0712345678 on 29/11/24", KE),
    "Swahili number words": ("sifuri saba moja mbili tatu nne tano sita saba nane", "saba moja mbili tatu"),
    "Indonesian number words": ("nol delapan satu dua tiga empat lima enam tujuh delapan sembilan",
                                "delapan satu dua tiga"),
    "reversed digits": ("876 543 217 0", "876543217"),
    "wa.me link": ("https://wa.me/254712345678?text=halo", KE),
    "country code in parentheses and dots": ("(254) 712.345.678", KE),
    "Arabic commas between groups": ("0712\u060c345\u060c678", KE),
    "ideographic commas between groups": ("0712\u3001345\u3001678", KE),
    "Hebrew maqaf between groups": ("0712\u05be345\u05be678", KE),
    "Armenian hyphens between groups": ("0712\u058a345\u058a678", KE),
    "Mongolian soft hyphens between groups": ("0712\u1806345\u1806678", KE),
    "Javanese digits": (_digits("0812-3456-7890", 0xA9D0), "8123456789"),
    "Balinese digits": (_digits("0812-3456-7890", 0x1B50), "8123456789"),
    "Sundanese digits": (_digits("+62 812 3456 7890", 0x1BB0), "8123456789"),
    "Tamil digits": (_digits("+254 712 345 678", 0x0BE6), KE),
    "Lao digits": (_digits("0712 345 678", 0x0ED0), KE),
    "Tibetan digits": (_digits("0712 345 678", 0x0F20), KE),
    "N'Ko digits": (_digits("0712 345 678", 0x07C0), KE),
    "Osmanya digits": (_digits("+254 712 345 678", 0x104A0), KE),
}

# --- ip: the visitor's address in layouts not yet used -----------------------------------------------------------
IPS: Dict[str, Tuple[str, str]] = {
    "bare": (IP4, IP4),
    "in a Forwarded header": (f"Forwarded: for={IP4};proto=https", IP4),
    "in a Forwarded header for IPv6": (f'Forwarded: for="[{IP6}]:4711"', IP6),
    "with a mask in dotted form": (f"{IP4}/255.255.255.255", IP4),
    "IPv4-mapped IPv6": (f"::ffff:{IP4}", IP4),
    "IPv4-mapped IPv6 in hex": ("::ffff:295a:4011", "295a:4011"),
    "6to4 address": ("2002:295a:4011::1", "2002:295a:4011"),
    "reverse DNS name": ("17.64.90.41.in-addr.arpa", "17.64.90.41"),
    "nip.io host": (f"app.{IP4}.nip.io", IP4),
    "IPv6 fully expanded": ("2c0f:fe38:2402:001a:0000:0000:0000:0017", "2c0f:fe38:2402:001a"),
    "label in Indonesian": (f"Alamat IP: {IP4}", IP4),
    "spaced dots": ("41 . 90 . 64 . 17", "41 . 90 . 64 . 17"),
    "with a trailing dot": (f"{IP4}.", IP4),
    "reversed in a dashed host name": ("17-64-90-41.static.safaricom.co.ke", "17-64-90-41"),
    "first of an X-Forwarded-For list": (f"X-Forwarded-For: {IP4}, 10.0.0.1", IP4),
    "Javanese digits": (_digits(IP4, 0xA9D0), IP4),
    "dots as fraction slashes": (IP4.replace(".", "\u2044"), IP4.replace(".", "\u2044")),
}

# --- id: claimed national ids in new layouts, other countries' after their label, IBANs of new countries ----------
IDS: Dict[str, Tuple[str, str]] = {
    "German tax id spaced": (f"{STEUER_ID[:2]} {STEUER_ID[2:5]} {STEUER_ID[5:8]} {STEUER_ID[8:]}", STEUER_ID),
    "German tax id with its label": (f"Steuer-IdNr.: {STEUER_ID}", STEUER_ID),
    "codice fiscale lower-case": (CODICE.lower(), CODICE.lower()),
    "codice fiscale with its label": (f"C.F. {CODICE}", CODICE),
    "CPF digits only in text": (f"meu CPF {CPF}", CPF),
    "Swedish personnummer with century": (f"19{PERSONNUMMER[:6]}-{PERSONNUMMER[6:]}", PERSONNUMMER),
    "Turkish TCKN with its label": (f"TC Kimlik No: {TCKN}", TCKN),
    "Singapore NRIC with its label": ("NRIC S1234567D", "S1234567D"),
    "Romanian CNP with its label": ("CNP 1900101400011", "1900101400011"),
    "Belgian national number with its label": ("Rijksregisternummer 90.01.01-123.45", "900101"),
    "Danish CPR with its label": ("CPR-nr. 010190-1234", "0101901234"),
    "Chilean RUT with its label": ("RUT 12.345.678-5", "12345678"),
    "Argentine DNI with its label": ("DNI N° 32.456.789", "32456789"),
    "Japanese My Number with its label": ("マイナンバー 1234 5678 9018", "123456789018"),
    "South African ID with its label": ("ID number 9001015009087", "9001015009087"),
    "Israeli Teudat Zehut with its label": ("ת.ז. 123456782", "123456782"),
    "IBAN BE in text": (f"transfer to {spaced(IBAN_BE)} please", IBAN_BE[4:]),
    "IBAN ES in text": (f"cuenta {IBAN_ES}", IBAN_ES[4:14]),
    "IBAN IT dashed": ("-".join(IBAN_IT[i:i + 4] for i in range(0, len(IBAN_IT), 4)), IBAN_IT[4:14]),
    "IBAN GB lower-case": (IBAN_GB.lower(), IBAN_GB[8:].lower()),
    "IBAN CH with its label": (f"IBAN {spaced(IBAN_CH)}", IBAN_CH[4:14]),
    "IBAN PL without country code": (IBAN_PL[2:], IBAN_PL[4:14]),
    "Visa card with dots": (".".join(CARD_VISA[i:i + 4] for i in range(0, 16, 4)), CARD_VISA),
    "Maestro card of 16 digits with slashes": ("/".join(CARD_MAESTRO[i:i + 4] for i in range(0, 16, 4)),
                                               CARD_MAESTRO),
}

# --- postal: addresses in languages the earlier attacks did not try ------------------------------------------------
POSTAL: Dict[str, Tuple[str, str]] = {
    "Indonesian street with No.": ("Jl. Sudirman No. 45, Menteng, Jakarta Pusat 10310", "Sudirman"),
    "Indonesian street spelled out": ("Jalan Merdeka 12, Bandung", "Merdeka 12"),
    "Turkish Cadde and No": ("Atatürk Cad. No: 12 D: 5, Kadıköy, İstanbul", "Atatürk Cad"),
    "Turkish Sokak": ("Gül Sokak 7, Çankaya, Ankara", "Gül Sokak"),
    "Russian ulitsa dom kvartira": ("ул. Ленина, д. 5, кв. 12, Москва", "Ленина"),
    "Czech street number then town": ("Václavské náměstí 12, 110 00 Praha 1", "Václavské"),
    "Hungarian út": ("Andrássy út 12, 1061 Budapest", "Andrássy"),
    "Romanian Strada": ("Str. Lipscani nr. 12, București", "Lipscani"),
    "Greek Odos": ("Οδός Ερμού 12, 105 63 Αθήνα", "Ερμού"),
    "Brazilian avenida with a dash": ("Av. Paulista, 1000 - Bela Vista, São Paulo - SP", "Paulista"),
    "Vietnamese duong": ("12 Đường Lê Lợi, Quận 1, TP. Hồ Chí Minh", "Lê Lợi"),
    "Dutch straat with a postcode": ("Prinsengracht 263, 1016 GV Amsterdam", "Prinsengracht 263"),
    "Swedish vagen": ("Storgatan 7B, 114 51 Stockholm", "Storgatan 7"),
    "Finnish katu": ("Mannerheimintie 12 B 7, 00100 Helsinki", "Mannerheimintie"),
    "Polish aleja": ("al. Jerozolimskie 65, 00-697 Warszawa", "Jerozolimskie"),
    "Chinese road and number": ("上海市浦东新区世纪大道100号", "世纪大道100号"),
    "Kenyan PO box and estate": ("Hse 12, Kilimani Estate, Argwings Kodhek Rd, Nairobi", "Kilimani"),
    "Arabic street": ("شارع التحرير 12، القاهرة", "التحرير"),
}

# --- name: a person's name after a label in other languages ------------------------------------------------------
NAMES: Dict[str, Tuple[str, str]] = {
    "Spanish Nombre": ("Nombre: Lucía Fernández", "Fernández"),
    "German Empfänger": ("Empfänger: Jonas Weber", "Weber"),
    "French Destinataire": ("Destinataire : Claire Martin", "Martin"),
    "Italian Nome": ("Nome: Giulia Rossi", "Rossi"),
    "Polish Odbiorca": ("Odbiorca: Jan Kowalski", "Kowalski"),
    "Russian Imya": ("Имя: Иван Петров", "Петров"),
    "Dutch Naam": ("Naam: Sanne de Vries", "de Vries"),
    "Turkish Ad Soyad": ("Ad Soyad: Ayşe Yılmaz", "Yılmaz"),
    "Japanese Shimei": ("氏名: 山田花子", "山田花子"),
    "Indonesian Nama": ("Nama: Dewi Lestari", "Lestari"),
    "Portuguese Destinatário": ("Destinatário: João Silva", "Silva"),
    "Swedish Mottagare": ("Mottagare: Erik Lindqvist", "Lindqvist"),
    "Spanish salutation Estimada": ("Estimada Lucía Fernández,\ngracias por su pedido", "Fernández"),
    "German salutation Sehr geehrter Herr": ("Sehr geehrter Herr Weber,", "Weber"),
    "Indonesian salutation Yth. Ibu": ("Kepada Yth. Ibu Dewi Lestari,\nterima kasih", "Lestari"),
    "Turkish salutation Sayın": ("Sayın Ayşe Yılmaz,\nsiparişiniz kargoda", "Yılmaz"),
    "Russian salutation Uvazhaemy": ("Уважаемый Иван Петров,\nваш заказ", "Петров"),
    "Chinese salutation Zunjing de": ("尊敬的王伟先生：\n您的订单已发货", "王伟"),
    "Vietnamese label Người nhận": ("Người nhận: Nguyễn Văn An", "Nguyễn Văn An"),
}

# --- coords: home coordinates in a URL path or in text ------------------------------------------------------------
COORDS: Dict[str, Tuple[str, str]] = {
    "comma pair": ("-1.292066,36.821946", "36.821946"),
    "comma pair with a blank": ("-1.292066, 36.821946", "36.821946"),
    "geo URI": ("geo:-1.292066,36.821946;u=10", "36.821946"),
    "map pin with zoom": ("@-1.292066,36.821946,18z", "36.821946"),
    "degrees minutes seconds": ("1°17'31.4\"S 36°49'19.0\"E", "36°49'19"),
    "labelled latitude and longitude": ("lat=-1.292066&lng=36.821946", "36.821946"),
    "decimal degrees with hemispheres": ("1.292066°S, 36.821946°E", "36.821946"),
    "plus code": ("6GCRPR6C+24 Nairobi", "6GCRPR6C+24"),
    "geohash of a house": ("geohash kzf0tvg5n8", "kzf0tvg5n8"),
    "what3words address": ("///index.home.raft", "index.home.raft"),
}


def _place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    viewed = {"name": "Product Viewed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "event name": ("track", {"name": f"Lead {value}"}),
        "currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
        "utm_term": ("page", {"url": f"{URL}/p?utm_source=ads&utm_term={q}"}),
        "campaign property": ("track", {"properties": {"campaign": value}}),
        "session id": ("track", {"properties": {"session_id": value}}),
        "page keywords": ("page", {"properties": {"keywords": value}}),
        "product variant": ("track", {**viewed, "properties": {"product_id": "S-1", "variant": value}}),
        "product coupon": ("track", {**viewed, "properties": {"product_id": "S-1", "coupon": value}}),
        "order coupon": ("track", {**order, "properties": {"coupon": value, "value": "5", "currency": "IDR"}}),
        "fragment JSON": ("page", {"url": f"{URL}/thanks#" + quote(json.dumps({"ref": value}), safe="")}),
        "referrer path": ("page", {"referrer": f"https://ref.example.net/s/{q}/x"}),
        "search query": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "map path": ("page", {"url": f"{URL}/store-locator/{quote(value, safe=',@:;=&')}/near"}),
    }
    return table[place]


MAIL_PLACES = ["event name", "currency", "utm_term", "session id", "page keywords", "product variant",
               "fragment JSON"]
PHONE_PLACES = ["campaign property", "page keywords", "product coupon", "referrer path", "search query",
                "event name"]
IP_PLACES = ["session id", "page keywords", "fragment JSON", "campaign property", "event name"]
ID_PLACES = ["page keywords", "campaign property", "search query", "utm_term", "order coupon"]
POSTAL_PLACES = ["page keywords", "campaign property", "search query", "fragment JSON"]
NAME_PLACES = ["page keywords", "campaign property", "search query", "fragment JSON"]
COORD_PLACES = ["map path", "page keywords", "campaign property", "utm_term"]


def value_cases() -> Iterator[Case]:
    yield from crossed("mail", MAILS, MAIL_PLACES, _place)
    yield from crossed("phone", PHONES, PHONE_PLACES, _place)
    yield from crossed("ip", IPS, IP_PLACES, _place)
    yield from crossed("id", IDS, ID_PLACES, _place)
    yield from crossed("postal", POSTAL, POSTAL_PLACES, _place)
    yield from crossed("name", NAMES, NAME_PLACES, _place)
    yield from crossed("coords", COORDS, COORD_PLACES, _place)


# --- text: one-offs (split values, userinfo, tokens in URLs) -------------------------------------------------------
TEXT_CASES: List[Case] = [
    ("text referrer with Basic-auth userinfo holding an address", "page",
     {"referrer": f"https://{quote(LOCAL, safe='')}%40{DOMAIN}:rahasia@crm.example.net/leads"}, [FORM]),
    ("text page URL with an address as the only userinfo", "page",
     {"url": f"https://{LOCAL}%40{DOMAIN}@{URL[8:]}/akun"}, [FORM]),
    ("text JWT in an id_token query", "page", {"url": f"{URL}/cb?id_token={JWT}"}, [JWT_PAYLOAD]),
    ("text JWT in a fragment", "page", {"url": f"{URL}/cb#access_token={JWT}&token_type=bearer"}, [JWT_PAYLOAD]),
    ("text JWT in the referrer", "page", {"referrer": f"https://sso.example.net/done?t={JWT}"}, [JWT_PAYLOAD]),
    ("text JWT as a session id", "track", {"properties": {"session_id": JWT}}, [JWT_PAYLOAD]),
    ("text URL-encoded JSON with an address in the fragment", "page",
     {"url": f"{URL}/#state=" + quote(json.dumps({"email": EMAIL, "step": 2}), safe="")}, [FORM]),
    ("text base64url JSON state with an address", "page",
     {"url": f"{URL}/cb?state=" + _b64url(json.dumps({"u": EMAIL}))}, [_b64url(json.dumps({"u": EMAIL}))]),
    ("text key and value make a Kenyan number", "track", {"properties": {"+254 712": "345 678"}}, [KE]),
    ("text key and value make an address with a quoted local part", "track",
     {"properties": {'"zqdewi lestari"': f"@{DOMAIN}"}}, [FORM]),
    ("text Kenyan number split across path segments with dashes", "page",
     {"url": f"{URL}/call/0712-345/678"}, [KE]),
    ("text an address in the event name with a Kenyan number", "track",
     {"name": f"Callback {EMAIL} +254 712 345 678"}, [FORM, KE]),
    ("text currency is an address", "track",
     {"name": "Order Completed", "properties": {"value": "5", "currency": EMAIL}}, [FORM]),
    ("text currency is a phone number", "track",
     {"name": "Order Completed", "properties": {"value": "5", "currency": "+254712345678"}}, [KE]),
    ("text currency is an IBAN", "track",
     {"name": "Order Completed", "properties": {"value": "5", "currency": IBAN_BE}}, [IBAN_BE[4:]]),
    ("text event name is a JWT", "track", {"name": JWT}, [JWT_PAYLOAD]),
    ("text event name in base64url", "track", {"name": _b64url(EMAIL)}, [_b64url(EMAIL)]),
    ("text utm_campaign with an address in hex", "page",
     {"url": f"{URL}/p?utm_campaign=" + EMAIL.encode().hex()}, [EMAIL.encode().hex()]),
    ("text session id built from an address", "track",
     {"properties": {"session_id": f"sess_{LOCAL}_{DOMAIN}_1732875000"}}, [FORM]),
    ("text product variant holding a card number", "track",
     {"name": "Product Viewed", "properties": {"product_id": "S-1", "variant": spaced(CARD_VISA)}}, [CARD_VISA]),
    ("text product coupon holding an IBAN", "track",
     {"name": "Product Viewed", "properties": {"product_id": "S-1", "coupon": IBAN_GB}}, [IBAN_GB[8:]]),
    ("text coordinates in a map path", "page", {"url": f"{URL}/maps/place/@-1.292066,36.821946,17z"},
     ["36.821946"]),
    ("text coordinates in a path segment pair", "page", {"url": f"{URL}/loc/-1.292066,36.821946/"}, ["36.821946"]),
    ("text page keywords with an Indonesian name after a label", "page",
     {"properties": {"keywords": "Penerima: Dewi Lestari"}}, ["Lestari"]),
    ("text campaign with an address in an Apple Mail hide-my-email", "track",
     {"properties": {"campaign": "zqdewi_lestari_x7@privaterelay.appleid.com"}}, [FORM]),
    ("text page keywords with an IDN address in punycode local part", "page",
     {"properties": {"keywords": "xn--zqdewi-lestari-xyz@example.co.id"}}, [FORM]),
    ("text order coupon made of the visitor's phone", "track",
     {"name": "Order Completed", "properties": {"coupon": "+254712345678", "value": "5", "currency": "KES"}},
     [KE]),
]


def cases() -> List[Case]:
    return [*value_cases(), *TEXT_CASES]


# --- ordinary shop data that must go out (false-positive hunt) -------------------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "tracking numbers": ["JNE0123456789012", "SPXID041234567890", "TKI1234567890", "1234 5678 9012",
                         "92612999902457543100123456", "TBA123456789000", "LX123456789CN", "420902109200190300",
                         "Yurtiçi 123456789012", "PosLaju EP123456789MY"],
    "SKUs and product codes": ["SKU-BTK-0712-XL", "BATIK-2024-0712", "ART 0712345678", "SM-A546E/DSN",
                               "MDL 2K-4K-8K", "P/N 254-712-345", "RAL 7016", "Pantone 19-4052",
                               "HSN 6109.10.00", "UNSPSC 43211503"],
    "prices and amounts": ["Rp 1.250.000", "Rp1.299.000,00", "KSh 12,500", "TL 1.299,90", "ARS $ 129.999",
                           "NPR 25,000", "TSh 35,000", "€ 1.234.567,89", "1 234 567 ₽", "USD 254,712.35"],
    "dates and times": ["29 Nov 2024, 10.30 WIB", "29/11/2024 - 06/12/2024", "2024-W48", "2081-08-14 BS",
                        "1446-05-27 AH", "Q4 2024", "29.11.24 10:30-12:00", "H+3 setelah 29/11"],
    "versions": ["v254.7.12", "7.12.345", "2.54.712", "Magento 2.4.7-p3", "WooCommerce 9.4.2",
                 "ios-17.1.2-build-712", "Android 14 (API 34)", "node v20.18.1"],
    "coupon codes": ["HARBOLNAS1212", "KE-FLASH-712", "BUY2GET1", "NEWUSER50K", "RAMADAN2025", "WELCOME-10",
                     "SAVE20NOW", "GRATISONGKIR"],
    "UTM values": ["ig_reels_2024-11-29", "fb_lookalike_1pct_ID", "tiktok_spark_ads", "google_pmax_712",
                   "email_newsletter_wk48", "whatsapp_broadcast", "line_oa_push", "kol_dewi_review"],
    "product names with numbers": ["Samsung Galaxy A54 5G 8/256GB", "Xiaomi Redmi Note 13 Pro+ 12/512",
                                   "iPhone 16 Pro Max 1TB", "Batik Tulis 2 x 2.5 m", "Kopi Gayo 250 g x 4",
                                   "Nike Air Max 90 Size 42", "Sony WH-1000XM5", "Canon EOS R6 Mark II",
                                   "Levi's 501 W32 L34", "Tupperware 12-piece set"],
    "shop VAT and business ids": ["VAT DE123456789", "NPWP 01.234.567.8-901.000", "Company No. 01234567",
                                  "KvK 12345678", "ABN 51 824 753 556", "VAT GB 123 4567 89"],
    "shop text": ["Gratis ongkir se-Indonesia", "Garansi resmi 1 tahun", "Dikirim dari Jakarta Barat",
                  "Pickup at Sarit Centre, Westlands", "Ships within 24 hours", "COD available (Bayar di tempat)",
                  "Rating 4.9/5 dari 12.345 ulasan", "Open 08.00–21.00 WIB"],
    "look-alikes of personal data": ["Kode pos 10310", "Jalan-jalan tote bag", "Avenue Montaigne Eau de Parfum 50 ml",
                                     "Map view @-1.29,36.82", "Contact lens solution 360 ml",
                                     "Dear Santa letter kit", "Mail order catalogue 2025", "Phone case iPhone 16",
                                     "Address book A5 (200 pages)", "Ethernet cable 10 m, Cat 6"],
}

ORDINARY_URLS = [
    f"{URL}/p/batik-tulis-2-x-2-5-m?variant=44123456789012&utm_source=tiktok&utm_medium=cpc",
    f"{URL}/c/hp/android?harga=1000000-5000000&urut=terlaris",
    f"{URL}/checkout/thank-you?order=INV%2F20241129%2FMPL%2F3912345678",
    f"{URL}/blog/2024/11/29/harbolnas-12-12#promo",
    f"{URL}/p?ttclid=E.C.P.CrUBaBcDeFgHiJ&utm_campaign=tiktok_spark_ads",
    f"{URL}/track?awb=JNE0123456789012&kurir=jne",
    f"{URL}/search?q=samsung+a54+8%2F256&page=2",
    f"{URL}/store-locator/jakarta-barat?lat=-6.17&lng=106.76",
]

ORDINARY_KEYS = ["shipping_courier", "voucher_code", "payment_channel", "installment_months", "bank_name",
                 "warehouse_city", "store_id", "campaign_id", "ad_group", "creative_id", "session_count",
                 "page_keywords", "variant_color", "variant_size", "bundle_qty", "flash_sale_slot",
                 "cod_available", "marketplace", "seller_rating", "delivery_eta"]


def _ordinary_place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    order = {"name": "Order Completed"}
    viewed = {"name": "Product Viewed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "campaign property": ("track", {"properties": {"campaign": value}}),
        "page keywords": ("page", {"properties": {"keywords": value}}),
        "product variant": ("track", {**viewed, "properties": {"product_id": "S-1", "variant": value}}),
        "order coupon": ("track", {**order, "properties": {"coupon": value, "value": "5", "currency": "IDR"}}),
        "search query": ("track", {"name": "Products Searched", "properties": {"query": value}}),
    }
    return table[place]


ORDINARY_PLACES: Dict[str, List[str]] = {
    "tracking numbers": ["campaign property", "order coupon"],
    "SKUs and product codes": ["product variant", "page keywords"],
    "prices and amounts": ["campaign property", "search query"],
    "dates and times": ["page keywords", "campaign property"],
    "versions": ["campaign property", "page keywords"],
    "coupon codes": ["order coupon", "product variant"],
    "UTM values": ["campaign property", "page keywords"],
    "product names with numbers": ["search query", "product variant"],
    "shop VAT and business ids": ["page keywords", "campaign property"],
    "shop text": ["page keywords", "campaign property"],
    "look-alikes of personal data": ["page keywords", "search query"],
}


def ordinary_cases() -> Iterator[Tuple[str, str, Dict[str, Any], str]]:
    """(test id, kind, make_event overrides, value that must be found among the request's strings or numbers)."""
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _ordinary_place)
    for value in ORDINARY["UTM values"] + ORDINARY["coupon codes"]:
        url = f"{URL}/p?utm_term={quote(value, safe='')}"
        yield (f"campaign values as utm_term: {value}", "page", {"url": url}, url)
    yield from ordinary_urls(ORDINARY_URLS)
    yield from ordinary_keys(ORDINARY_KEYS, "biru")
    for name in ["Lead Form Submitted", "Checkout Step 2 Viewed", "Voucher 12.12 Applied"]:
        yield (f"event names: {name}", "track", {"name": name}, name)
