"""A fourth outside attack on the privacy gate, written from the README's promises alone (section "Personal data:
one budget in, one gate out"), without reading the gate's code. It does not repeat the earlier attacks'
spellings (tests/privacy_attack_cases.py, _2.py, _3.py): a new persona (a Nigerian address, number and IP
range), real-world layouts (iCalendar, LDAP, SIP, XMPP, git, syslog, CSV/TSV rows, signatures, MIME, data
URIs, messenger deep links), addresses spelled out in the lexicon's other languages, national phone formats of
countries the earlier attacks did not visit, digits of other scripts and Unicode separators, forwarded-address
strings, payment cards, IBANs and national ids with freshly computed check digits, and places the earlier
attacks did not fill (the user agent, an SPA hash route, matrix parameters, content ids, the event name and
currency, whose `Err` must not echo).

Each case is (name, kind, make_event overrides, forms), as in the earlier attacks; the first word of a name is its
family. The forms are looked for with the second attack's `found_any`.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import crossed, iban, luhn_complete, spaced

Case = Tuple[str, str, Dict[str, Any], List[str]]

LOCAL, DOMAIN = "zqwyn.okafor", "example.ng"
EMAIL = f"{LOCAL}@{DOMAIN}"
FORM = "zqwyn"  # what must not leave of the address
NG = "8031234567"  # a Nigerian mobile number, national digits
IP4 = "102.89.34.17"
IP4_INT = (102 << 24) | (89 << 16) | (34 << 8) | 17
IP6 = "2c0f:f738:2004:82::17"
MARKER = "zqfourthval"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _digits(text: str, zero: int) -> str:
    """The ASCII digits of `text` written in the script whose zero is `zero`."""
    return "".join(chr(zero + ord(ch) - 48) if ch.isdigit() else ch for ch in text)


# --- check digits, computed so every id below is valid by its own rule ------------------------------------------
def _cpf(nine: str) -> str:
    digits = [int(ch) for ch in nine]
    for weight in (10, 11):
        total = sum(d * (weight - i) for i, d in enumerate(digits))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


def _dni(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def _nie(letter: str, number: str) -> str:
    return letter + number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(letter)) + number) % 23]


def _hetu(date: str, sep: str, serial: str) -> str:
    return f"{date}{sep}{serial}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(date + serial) % 31]


def _china_id(seventeen: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return seventeen + "10X98765432"[sum(int(d) * w for d, w in zip(seventeen, weights, strict=True)) % 11]


def _korean_rrn(twelve: str) -> str:
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    check = (11 - sum(int(d) * w for d, w in zip(twelve, weights, strict=True)) % 11) % 10
    return f"{twelve[:6]}-{twelve[6:]}{check}"


def _bsn(eight: str) -> str:
    for last in range(10):
        digits = [int(ch) for ch in eight] + [last]
        if (sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]) % 11 == 0:
            return eight + str(last)
    raise AssertionError(eight)


def _pesel(ten: str) -> str:
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return ten + str((10 - sum(int(d) * w for d, w in zip(ten, weights, strict=True)) % 10) % 10)


CARD_MC2 = luhn_complete("222100123412345")
CARD_DISCOVER = luhn_complete("601100998877665")
CARD_JCB = luhn_complete("353011133344445")
CARD_UNIONPAY = luhn_complete("621234567890123")
CARD_VISA = luhn_complete("453201511283036")
CARD_AMEX = luhn_complete("37144963539843")
CARD_DINERS = luhn_complete("3056930902590")
IBAN_FR = iban("FR", "30006000011234567890189")
IBAN_DE = iban("DE", "500105175407324931")
IBAN_NL = iban("NL", "INGB0001234567")
IBAN_SA = iban("SA", "80000000608010167519")
IBAN_PT = iban("PT", "000201231234567890154")
CPF = _cpf("384712659")
CPF_DIGITS = CPF.replace(".", "").replace("-", "")
DNI = _dni("48273619")
NIE = _nie("Y", "2345678")
HETU = _hetu("150385", "-", "472")
CN_ID = _china_id("44030619850315123")
KR_RRN = _korean_rrn("850315123456")
BSN = _bsn("12345672")
PESEL = _pesel("8503151234")
PERSONNUMMER = luhn_complete("850315123")  # YYMMDDNNN + Luhn check

# --- layout: an address in the layouts of real records and messages ---------------------------------------------
LAYOUTS: Dict[str, Tuple[str, List[str]]] = {
    "iCalendar organizer": (f'ORGANIZER;CN="Wyn Okafor":mailto:{EMAIL}', [FORM]),
    "iCalendar attendee folded line": (f"ATTENDEE;RSVP=TRUE:mailto:zqwyn.oka\r\n for@{DOMAIN}", [FORM]),
    "LDAP distinguished name": (f"uid=wyn,mail={EMAIL},ou=people,dc=example,dc=ng", [FORM]),
    "SIP URI with parameters": (f"sip:{EMAIL};transport=tls", [FORM]),
    "XMPP JID with resource": (f"xmpp:{EMAIL}/mobile", [FORM]),
    "git author line": (f"Author: Wyn Okafor <{EMAIL}>", [FORM]),
    "RFC 5322 quoted display name": (f'"Okafor, Wyn" <{EMAIL}>', [FORM]),
    "mailto with cc and subject": (f"mailto:?cc={EMAIL}&subject=Order%201001", [FORM]),
    "mailto with an encoded at in to": (f"mailto:?to={LOCAL}%40{DOMAIN}", [FORM]),
    "Markdown autolink": (f"<{EMAIL}>", [FORM]),
    "Markdown reference definition": (f"[1]: mailto:{EMAIL} \"mail me\"", [FORM]),
    "escaped angle brackets": (f"&lt;{EMAIL}&gt;", [FORM]),
    "CSV row with semicolons": (f"1001;Okafor;Wyn;{EMAIL};Lagos", [FORM]),
    "TSV row": (f"1001\tOkafor\tWyn\t{EMAIL}\tLagos", [FORM]),
    "syslog key=value line": (f"ts=2024-11-29T10:30:00Z level=info user={EMAIL} action=checkout", [FORM]),
    "logfmt with a quoted address": (f'level=warn msg="bounce" rcpt="{EMAIL}"', [FORM]),
    "signature block": (f"--\nWyn Okafor\nSales | Acme Ltd\n{EMAIL}", [FORM]),
    "MIME Q encoded-word": (f"=?utf-8?Q?{LOCAL}=40{DOMAIN}?=", [FORM]),
    "quoted-printable soft line break": (f"{LOCAL}=\r\n@{DOMAIN}", [FORM]),
    "data URI of text, base64": (f"data:text/plain;base64,{_b64(EMAIL)}", [_b64(EMAIL)]),
    "data URI of a vCard": (f"data:text/vcard;charset=utf-8,BEGIN%3AVCARD%0AEMAIL%3A{quote(EMAIL, safe='')}"
                            "%0AEND%3AVCARD", [FORM]),
    "plus tag subaddress": (f"{LOCAL}+orders-2024@{DOMAIN}", [FORM]),
    "address between parentheses after a name": (f"Wyn Okafor ({EMAIL})", [FORM]),
    "address after an arrow": (f"Forwarded -> {EMAIL}", [FORM]),
    "address in square brackets": (f"[{EMAIL}]", [FORM]),
    "PGP user id": (f"uid   [ultimate] Wyn Okafor (work) <{EMAIL}>", [FORM]),
    "HTTP Basic userinfo in text": (f"https://{quote(EMAIL, safe='')}:s3cret@api.example.ng/v1", [FORM]),
}

# --- unicode: an address behind Unicode the earlier attacks did not use -------------------------------------------
UNICODE: Dict[str, Tuple[str, List[str]]] = {
    "IDN domain in Unicode (German)": (f"{LOCAL}@bücher-laden.de", [FORM]),
    "IDN Cyrillic domain": (f"{LOCAL}@пример.рф", [FORM]),
    "IDN Chinese domain with an ideographic full stop": (f"{LOCAL}@例子。中国", [FORM]),
    "punycode Cyrillic domain": (f"{LOCAL}@xn--e1afmkfd.xn--p1ai", [FORM]),
    "EAI local part in Devanagari": ("ज़क़विन@उदाहरण.भारत", ["ज़क़विन"]),
    "EAI local part in Chinese": ("钱文@例子.中国", ["钱文"]),
    "Armenian full stops": (EMAIL.replace(".", "\u0589"), [FORM]),
    "Ethiopic full stops": (EMAIL.replace(".", "\u1362"), [FORM]),
    "Arabic full stop": (EMAIL.replace(".", "\u06d4"), [FORM]),
    "small commercial at": (EMAIL.replace("@", "\ufe6b"), [FORM]),
    "parenthesized small a": (EMAIL.replace("@", "\u249c"), [FORM]),
    "word joiners between letters": ("\u2060".join(EMAIL), [FORM]),
    "left-to-right embedding": ("\u202a" + EMAIL + "\u202c", [FORM]),
    "first strong isolate": (f"\u2068{LOCAL}\u2069@\u2068{DOMAIN}\u2069", [FORM]),
    "soft hyphens in the domain": (f"{LOCAL}@ex\u00adam\u00adple.ng", [FORM]),
    "non-breaking hyphen in the local part": (f"zqwyn\u2011okafor@{DOMAIN}", ["zqwyn"]),
    "full-width letters with ideographic full stop": (
        "".join(chr(0xFF41 + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in LOCAL) + "@example\u3002ng",
        [FORM]),
    "math sans-serif bold": ("".join(chr(0x1D5EE + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in EMAIL),
                             [FORM]),
    "Greek look-alikes in the domain": (f"{LOCAL}@\u0435x\u0430mple.ng".replace("x", "\u03c7"), [FORM]),
    "Cyrillic look-alikes in the local part": ("zqwyn.\u043ek\u0430f\u043er@" + DOMAIN, ["zqwyn"]),
    "superscript letters": ("zqwyn.\u1d52\u1d4f\u1d43\u1da0\u1d52\u02b3@" + DOMAIN, ["zqwyn"]),
    "circled letters": ("".join(chr(0x24D0 + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in EMAIL),
                        ["\u24e9\u24e0\u24e6"]),
    "combining dots on every letter": ("".join(ch + "\u0307" for ch in EMAIL), [FORM]),
    "ideographic space around the at": (f"{LOCAL}\u3000@\u3000{DOMAIN}", [FORM]),
}

# --- words: "@" and "." spelled out in the lexicon's languages the earlier attacks did not use ---------------------
WORDS: Dict[str, Tuple[str, str]] = {
    "Italian chiocciola punto": ("chiocciola", "punto"),
    "Portuguese arroba ponto": ("arroba", "ponto"),
    "Greek papaki teleia": ("παπάκι", "τελεία"),
    "Japanese attomaku dotto": ("アットマーク", "ドット"),
    "Korean golbaengi jeom": ("골뱅이", "점"),
    "Turkish et nokta": ("et", "nokta"),
    "Finnish at-merkki piste": ("ät", "piste"),
    "Hungarian kukac pont": ("kukac", "pont"),
    "Romanian arond punct": ("arond", "punct"),
    "Ukrainian ravlyk krapka": ("равлик", "крапка"),
    "Hebrew shtrudel nekuda": ("שטרודל", "נקודה"),
    "Chinese aite dian": ("艾特", "点"),
    "Vietnamese a cong cham": ("a còng", "chấm"),
    "Indonesian et titik": ("et", "titik"),
    "Danish snabel-a punktum": ("snabel-a", "punktum"),
    "Norwegian krollalfa punktum": ("krøllalfa", "punktum"),
    "Thai at jut": ("แอท", "จุด"),
    "Arabic at nuqta": ("آت", "نقطة"),
    "Hindi et dot": ("ऐट", "डॉट"),
    "Spanish arroba punto upper-case": ("ARROBA", "PUNTO"),
}


def _spelled(at: str, dot: str) -> str:
    return f"zqwyn {dot} okafor {at} example {dot} ng"


# --- phone: national formats of countries the earlier attacks did not visit, other digits and separators ----------
PHONES: Dict[str, Tuple[str, str]] = {
    "NG +234 spaced": ("+234 803 123 4567", NG),
    "NG trunk spaced": ("0803 123 4567", NG),
    "NG trunk dashed": ("0803-123-4567", NG),
    "NG (+234) compact": ("(+234) 8031234567", NG),
    "NG +234 (0)": ("+234 (0) 803 123 4567", NG),
    "PK mobile dashed": ("0300-1234567", "3001234567"),
    "PK +92": ("+92 300 1234567", "3001234567"),
    "BD mobile": ("01712-345678", "1712345678"),
    "SA +966": ("+966 50 123 4567", "501234567"),
    "SA trunk": ("050 123 4567", "501234567"),
    "CO +57": ("+57 300 1234567", "3001234567"),
    "CL +56 9": ("+56 9 1234 5678", "912345678"),
    "AU mobile trunk": ("0412 345 678", "412345678"),
    "AU +61": ("+61 412 345 678", "412345678"),
    "ZA mobile": ("082 123 4567", "821234567"),
    "MA mobile pairs": ("06 12 34 56 78", "612345678"),
    "TH mobile dashed": ("081-234-5678", "812345678"),
    "MY mobile": ("012-378 5942", "123785942"),
    "TW mobile": ("0912-345-678", "912345678"),
    "UA +380": ("+380 67 123 4567", "671234567"),
    "PE +51": ("+51 987 654 321", "987654321"),
    "GH trunk": ("024 123 4567", "241234567"),
    "Persian digits": (_digits("0912 345 6789", 0x06F0), "9123456789"),
    "Arabic-Indic digits": (_digits("+966 50 123 4567", 0x0660), "501234567"),
    "Devanagari digits": (_digits("+91 98765 43210", 0x0966), "9876543210"),
    "Bengali digits": (_digits("01712-345678", 0x09E6), "1712345678"),
    "full-width digits and plus": ("\uff0b" + _digits("234 803 123 4567", 0xFF10), NG),
    "non-breaking hyphens": ("0803\u2011123\u20114567", NG),
    "minus signs": ("0803\u2212123\u22124567", NG),
    "narrow no-break spaces": ("+234\u202f803\u202f123\u202f4567", NG),
    "ideographic spaces": ("+234\u3000803\u3000123\u30004567", NG),
    "figure spaces": ("+234\u2007803\u2007123\u20074567", NG),
    "middle dots": ("0803\u00b7123\u00b74567", NG),
    "tel URI with phone-context": ("tel:803-123-4567;phone-context=+234", NG),
    "WhatsApp deep link": ("whatsapp://send?phone=2348031234567&text=hi", NG),
    "WhatsApp API link with plus": ("https://api.whatsapp.com/send?phone=+2348031234567", NG),
    "Viber deep link": ("viber://chat?number=%2B2348031234567", NG),
    "Telegram phone link": ("https://t.me/+2348031234567", NG),
    "Skype call URI": ("skype:+2348031234567?call", NG),
    "callto URI": ("callto://+2348031234567", NG),
    "vCard cell line": ("TEL;TYPE=CELL:+234 803 123 4567", NG),
    "HTML spans between groups": ("<span>0803</span> <span>123</span> <span>4567</span>", NG),
    "entity for the first digit": ("&#48;803 123 4567", NG),
    "letter O for zeros": ("O8O3 123 4567", NG),
    "label in Yoruba-English": ("Nọmba foonu: 0803 123 4567", NG),
    "SMS log line": ("2024-11-29 10:31 OTP delivered to +2348031234567 (MTN)", NG),
    "JSON number under a contact key": (json.dumps({"tel": 2348031234567}), NG),
}

# --- ip: addresses of visitors in spellings the earlier attacks did not use -----------------------------------------
IPS: Dict[str, Tuple[str, str]] = {
    "bare": (IP4, IP4),
    "with port": (f"{IP4}:443", IP4),
    "CIDR /32": (f"{IP4}/32", IP4),
    "ideographic full stops": (IP4.replace(".", "\u3002"), IP4),
    "full-width digits": (_digits(IP4, 0xFF10), IP4),
    "Arabic-Indic digits": (_digits(IP4, 0x0660), IP4),
    "NAT64 with embedded IPv4": (f"64:ff9b::{IP4}", IP4),
    "IPv6 with a zone id": (f"{IP6}%eth0", IP6),
    "IPv6 in brackets with port": (f"[{IP6}]:8443", IP6),
    "Apache combined log line": (f'{IP4} - - [29/Nov/2024:10:30:00 +0100] "GET /checkout HTTP/1.1" 200 512', IP4),
    "REMOTE_ADDR assignment": (f"REMOTE_ADDR={IP4}", IP4),
    "X-Real-IP header": (f"X-Real-IP: {IP4}", IP4),
    "CF-Connecting-IPv6 header": (f"CF-Connecting-IP: {IP6}", IP6),
    "sslip.io dashed host": ("102-89-34-17.sslip.io", "102-89-34-17"),
    "hex dotted": ("0x66.0x59.0x22.0x11", "0x66.0x59.0x22.0x11"),
    "one hex number": ("0x665a2211", "0x665a2211"),
    "octal dotted": ("0146.0131.042.021", "0146.0131.042.021"),
    "IPv4 in a sentence with a label": (f"login from IP {IP4} (Lagos)", IP4),
    "IPv6 compressed upper-case": (IP6.upper(), IP6.upper()),
    "IPv4 percent-encoded dots": (IP4.replace(".", "%2E"), IP4),
    "IPv4 entity dots": (IP4.replace(".", "&#46;"), IP4),
    "IPv4 as a URL in text": (f"http://{IP4}:8080/admin", IP4),
}

# --- id: payment cards, IBANs and national ids in new layouts, with computed checks ---------------------------------
IDS: Dict[str, Tuple[str, str]] = {
    "card Mastercard 2-series spaced": (spaced(CARD_MC2), CARD_MC2),
    "card Discover dashed": ("-".join(CARD_DISCOVER[i:i + 4] for i in range(0, 16, 4)), CARD_DISCOVER),
    "card JCB compact": (CARD_JCB, CARD_JCB),
    "card UnionPay spaced": (spaced(CARD_UNIONPAY), CARD_UNIONPAY),
    "card Visa with expiry and CVC": (f"{spaced(CARD_VISA)} 12/27 123", CARD_VISA),
    "card Visa in full-width digits": (_digits(CARD_VISA, 0xFF10), CARD_VISA),
    "card Visa with non-breaking spaces": ("\u00a0".join(CARD_VISA[i:i + 4] for i in range(0, 16, 4)), CARD_VISA),
    "card Amex dashed 4-6-5": (f"{CARD_AMEX[:4]}-{CARD_AMEX[4:10]}-{CARD_AMEX[10:]}", CARD_AMEX),
    "card Diners 4-6-4": (f"{CARD_DINERS[:4]} {CARD_DINERS[4:10]} {CARD_DINERS[10:]}", CARD_DINERS),
    "card Mastercard then an expiry label": (f"{spaced(CARD_MC2)} exp 12/27", CARD_MC2),
    "card Discover then a CVC label": (f"{CARD_DISCOVER} CVC 123", CARD_DISCOVER),
    "card JCB after its expiry": (f"12/27 {spaced(CARD_JCB)}", CARD_JCB),
    "card magnetic track 1": (f"%B{CARD_VISA}^OKAFOR/WYN^27121010000000000000?", CARD_VISA),
    "card with a label in French": (f"Carte n° {spaced(CARD_VISA)}", CARD_VISA),
    "IBAN FR spaced": (spaced(IBAN_FR), IBAN_FR[4:14]),
    "IBAN DE compact": (IBAN_DE, IBAN_DE[4:14]),
    "IBAN NL lower-case spaced": (spaced(IBAN_NL.lower()), IBAN_NL[4:].lower()),
    "IBAN SA spaced": (spaced(IBAN_SA), IBAN_SA[4:14]),
    "IBAN PT in a SEPA QR payload": (f"BCD\n002\n1\nSCT\nBCOMPTPL\nWyn Okafor\n{IBAN_PT}\nEUR12.50", IBAN_PT[4:14]),
    "IBAN DE with a label": (f"IBAN: {spaced(IBAN_DE)}", IBAN_DE[4:14]),
    "SSN spaced": ("536 22 1234", "536221234"),
    "SSN with a hash label": ("SSN#536-22-1234", "536221234"),
    "CPF formatted": (CPF, CPF),
    "CPF compact with a label": (f"CPF: {CPF_DIGITS}", CPF_DIGITS),
    "DNI with a dash": (f"{DNI[:-1]}-{DNI[-1]}", DNI[:-1]),
    "DNI compact": (DNI, DNI),
    "NIE": (NIE, NIE),
    "Finnish HETU": (HETU, HETU),
    "Chinese resident id": (CN_ID, CN_ID),
    "Korean resident number": (KR_RRN, KR_RRN.replace("-", "")),
    "Dutch BSN with a label": (f"BSN {BSN}", BSN),
    "Polish PESEL with a label": (f"PESEL: {PESEL}", PESEL),
    "Swedish personnummer": (f"{PERSONNUMMER[:6]}-{PERSONNUMMER[6:]}", PERSONNUMMER),
    "Indian PAN": ("AFZPK7190K", "AFZPK7190K"),
    "Mexican CURP born abroad": ("OAWY850315MNEKYN07", "OAWY850315MNEKYN07"),
}


# --- sep: Unicode separators a keyboard, a word processor or a CJK input method puts between the parts ------------
DASHES: Dict[str, str] = {  # between the digit groups of a phone number
    "hyphen bullet": "\u2043", "modifier minus": "\u02d7", "heavy minus sign": "\u2796",
    "katakana prolonged sound mark": "\u30fc", "box drawing horizontal": "\u2500", "wave dash": "\u301c",
    "full-width tilde": "\uff5e", "horizontal bar": "\u2015", "small hyphen-minus": "\ufe63",
    "full-width hyphen-minus": "\uff0d",
}
DOTS: Dict[str, str] = {  # for the dots of an address and of an IPv4 address
    "hyphenation point": "\u2027", "raised dot": "\u2e33", "dot above": "\u02d9", "Tibetan tsheg": "\u0f0b",
    "sinological dot": "\ua78f", "syllabics final middle dot": "\u1427", "halfwidth ideographic full stop": "\uff61",
    "word separator middle dot": "\u2e31",
}
SEPARATORS: Dict[str, Tuple[str, str]] = {
    **{f"phone groups joined by a {name}": (f"0803{ch}123{ch}4567", NG) for name, ch in DASHES.items()},
    **{f"address dots written as a {name}": (EMAIL.replace(".", ch), FORM) for name, ch in DOTS.items()},
}
SEPARATOR_FORMS: Dict[str, List[str]] = {
    **{f"IPv4 dots written as a {name}": [IP4.replace(".", ch), IP4] for name, ch in DOTS.items()},
}

# --- postal: a person's name and postal address written out (the README detects no name or address in text) -------
POSTAL: Dict[str, Tuple[str, str]] = {
    "Nigerian address on one line": ("Wyn Okafor, 12 Awolowo Road, Ikoyi, Lagos 101233, Nigeria", "Awolowo"),
    "Nigerian address on three lines": ("Wyn Okafor\n12 Awolowo Rd\nIkoyi, Lagos", "Awolowo"),
    "German address with salutation": ("Frau Anna Schmidt, Hauptstraße 5, 10115 Berlin", "Hauptstraße 5"),
    "Spanish address with floor": ("Envío: J. García, C/ Mayor 12, 3º B, 28013 Madrid", "Mayor 12"),
    "US address": ("742 Evergreen Terrace, Springfield, OR 97477", "Evergreen Terrace"),
    "UK flat and postcode": ("Flat 3, 10 Baker St, London NW1 6XE", "NW1 6XE"),
    "Japanese address with a name": ("〒100-0001 東京都千代田区千代田1-1 山田太郎", "山田太郎"),
    "vCard ADR line": ("ADR;TYPE=home:;;12 Awolowo Road;Lagos;;101233;Nigeria", "Awolowo"),
    "greeting with a full name": ("Dear Wyn Okafor, your order has shipped", "Wyn Okafor"),
    "home coordinates": ("Drop-off pin: 6.447412, 3.455307", "6.447412"),
}

# --- places: fields a site really fills, many the earlier attacks did not --------------------------------------------
def _place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    url = "https://shop.example.ng"
    order = {"name": "Order Completed"}
    viewed = {"name": "Product Viewed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "gift message": ("track", {**order, "properties": {"gift_message": value, "value": "5", "currency": "NGN"}}),
        "delivery notes": ("track", {"properties": {"delivery_notes": f"Please call before — {value}"}}),
        "user agent": ("track", {"user_agent": f"Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 {value}"}),
        "content_ids list": ("track", {"name": "Product Added", "properties": {"content_ids": f"SKU-1,{value}"}}),
        "contents brand": ("track", {"name": "Product Added",
                                     "properties": {"contents": json.dumps([{"id": "S-1", "brand": value}])}}),
        "contents category": ("track", {"name": "Product Added",
                                        "properties": {"contents": json.dumps([{"id": "S-1", "category": value}])}}),
        "WIT product name": ("track", {"name": "Product Added", "products": [{"sku": "S-1", "name": value}]}),
        "WIT product category": ("track", {"name": "Product Added", "products": [{"sku": "S-1", "category": value}]}),
        "content_name": ("track", {**viewed, "properties": {"product_id": "S-1", "content_name": value}}),
        "status": ("track", {**order, "properties": {"status": value, "value": "5", "currency": "NGN"}}),
        "order_id": ("track", {**order, "properties": {"order_id": value, "value": "5", "currency": "NGN"}}),
        "event_id": ("track", {"properties": {"event_id": value}}),
        "page category": ("page", {"properties": {"category": value}}),
        "page title": ("page", {"title": f"{value} – My account – Shop"}),
        "page search": ("page", {"url": f"{url}/search", "search": f"?q={q}"}),
        "SPA hash route": ("page", {"url": f"{url}/#/checkout?contact={q}"}),
        "raw path segment": ("page", {"url": f"{url}/u/{quote(value, safe='@:+')}/orders"}),
        "matrix parameter": ("page", {"url": f"{url}/cart;note={q}/view"}),
        "utm_campaign": ("page", {"url": f"{url}/p?utm_source=newsletter&utm_campaign={q}"}),
        "referrer fragment": ("page", {"referrer": f"https://mail.example.net/inbox#{q}"}),
        "referrer utm_content": ("page", {"referrer": f"https://blog.example.net/post?utm_content={q}"}),
        "property key": ("track", {"properties": {value: "1"}}),
        "event name": ("track", {"name": f"Signup {value}"}),
        "currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
    }
    return table[place]


LAYOUT_PLACES = ["gift message", "contents brand", "page title", "SPA hash route", "event name", "user agent"]
UNICODE_PLACES = ["delivery notes", "WIT product name", "raw path segment", "order_id", "property key", "currency",
                  "user agent"]
WORD_PLACES = ["gift message", "page category", "utm_campaign", "contents category", "user agent"]
PHONE_PLACES = ["delivery notes", "content_name", "page title", "referrer utm_content", "user agent"]
IP_PLACES = ["delivery notes", "gift message", "page category", "SPA hash route", "user agent"]
SEPARATOR_PLACES = ["delivery notes", "page title", "utm_campaign"]
POSTAL_PLACES = ["gift message", "WIT product name", "page title"]
ID_PLACES = ["gift message", "contents category", "page title", "utm_campaign", "order_id"]


def value_cases() -> Iterator[Case]:
    yield from crossed("layout", LAYOUTS, LAYOUT_PLACES, _place)
    yield from crossed("unicode", UNICODE, UNICODE_PLACES, _place)
    for name, (at, dot) in WORDS.items():
        for place in WORD_PLACES:
            yield (f"words {name} @ {place}", *_place(place, _spelled(at, dot)), ["okafor"])
    yield from crossed("phone", PHONES, PHONE_PLACES, _place)
    yield from crossed("ip", IPS, IP_PLACES, _place)
    yield from crossed("sep", SEPARATORS, SEPARATOR_PLACES, _place)
    for name, forms in SEPARATOR_FORMS.items():
        for place in SEPARATOR_PLACES:
            yield (f"sep {name} @ {place}", *_place(place, forms[0]), forms)
    yield from crossed("postal", POSTAL, POSTAL_PLACES, _place)
    for name, (value, form) in IDS.items():
        # national ids are claimed in free text, keys and URLs only, not in ids: those try the notes instead
        claimed_in_ids = name.split(" ")[0] in ("card", "IBAN", "SSN", "CPF")
        for place in ID_PLACES if claimed_in_ids else [*ID_PLACES[:-1], "delivery notes"]:
            yield (f"id {name} @ {place}", *_place(place, value), [form])


# --- key: personal keys of e-commerce platforms, CRMs and languages the earlier attacks did not use -----------------
PERSONAL_KEYS: Dict[str, List[str]] = {
    "platform field names": ["customer.default_address.phone", "billing_phone", "shipping_postcode", "telephone",
                             "street[0]", "phone_mobile", "firstname", "lastname", "postcode", "customer_email",
                             "billing_address.zip", "$phone_number", "$first_name", "$zip", "address.postalCode",
                             "birthday", "mobilephone", "hs_whatsapp_phone_number", "LeadMobilePhone", "home_city",
                             "MMERGE_PHONE", "contact_point.email"],
    "East Asian scripts": ["電話番号", "郵便番号", "氏名", "住所", "生年月日", "携帯電話", "手机号码", "收货人",
                           "收货地址", "身份证号", "邮箱地址", "姓名", "휴대폰번호", "생년월일", "우편번호"],
    "other scripts": ["เบอร์โทรศัพท์", "ที่อยู่", "อีเมล", "मोबाइल_नंबर", "पता", "ईमेल", "رقم_الجوال", "الاسم_الكامل",
                      "טלפון_נייד", "דואר_אלקטרוני", "כתובת", "κινητό", "διεύθυνση", "επώνυμο"],
    "Latin-script languages": ["cep_telefonu", "dogum_tarihi", "tc_kimlik_no", "nomor_telepon", "tanggal_lahir",
                               "so_dien_thoai", "dia_chi", "ho_ten", "telefon", "familiya", "adres_dostavki",
                               "pochta", "telefon_mobil", "nume_complet", "cod_postal", "telefonszam",
                               "szuletesi_datum", "iranyitoszam", "telefonni_cislo", "rodne_cislo",
                               "matkapuhelin", "osoite", "syntymaaika", "fodselsnummer", "etternavn", "cpr_nummer",
                               "fornavn", "telemovel", "morada", "codigo_postal", "codice_fiscale",
                               "data_di_nascita", "indirizzo", "numer_telefonu", "kod_pocztowy",
                               "adres_zamieszkania", "telefoonnummer", "huisnummer", "Postleitzahl", "Hausnummer",
                               "Strasse", "Geburtsort", "fecha_de_nacimiento", "direccion_de_envio", "code_postal",
                               "date_de_naissance", "numero_de_portable", "nom_de_famille"],
    "obfuscated spellings": ["e\u200bmail", "\uff4d\uff4f\uff42\uff49\uff4c\uff45", "\u039cOBILE", "p\u04bbone",
                             "E\u2010Mail", "E.Mail", "eMailAddr", "Mail-Adresse", "PHONE%5FNUMBER",
                             "phone&#95;number", "\\u0070hone", "phone[]", "phones[0]", "contacts.0.phone",
                             "phone_number_1", "tel2", "reply_to", "recipient", "sender_address"],
    "messengers and network": ["whatsapp_no", "tg_username", "telegram", "kakao_id", "zalo", "viber",
                               "IPAddress", "ip-address", "remote_addr", "x_real_ip", "cf_connecting_ip",
                               "true_client_ip"],
    "special categories": ["allergies", "blood_group", "pregnancy_week", "hiv_status", "religious_affiliation",
                           "sexuality", "disability_status", "mental_health", "ethnic_origin"],
    "national ids": ["aadhaar_no", "nric", "emirates_id", "sin_number", "nino", "bvn", "nin", "tckn", "ktp",
                     "passport_number", "drivers_license", "license_plate", "cuit"],
}


def key_cases() -> Iterator[Case]:
    for group, keys in PERSONAL_KEYS.items():
        for index, key in enumerate(keys):
            yield (f"key {group} {key}: custom property", "track", {"properties": {key: MARKER}}, [MARKER])
            other = index % 3
            if other == 0:
                yield (f"key {group} {key}: url query", "page",
                       {"url": f"https://shop.example.ng/p?{quote(key, safe='[]$')}={MARKER}"}, [MARKER])
            elif other == 1:
                yield (f"key {group} {key}: contents item", "track",
                       {"name": "Product Added",
                        "properties": {"contents": json.dumps([{"id": "S-1", key: MARKER}])}}, [MARKER])
            else:
                yield (f"key {group} {key}: SPA hash route", "page",
                       {"url": f"https://shop.example.ng/#/account?{quote(key, safe='[]$')}={MARKER}"}, [MARKER])


# --- text: realistic one-offs in fields the earlier attacks did not fill ---------------------------------------------
TEXT_CASES: List[Case] = [
    ("text user agent of an in-app browser with an account", "track",
     {"user_agent": f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) [FBAN/FBIOS;FBAV/441.0;acct={EMAIL}]"},
     [FORM]),
    ("text user agent of a crawler with a contact", "track",
     {"user_agent": f"ShopBot/2.1 (+https://example.ng/bot; mailto:{EMAIL})"}, [FORM]),
    ("text user agent with a phone in a comment", "track",
     {"user_agent": "Mozilla/5.0 (Linux; Android 14; TECNO KI5q; tel +234 803 123 4567)"}, [NG]),
    ("text user agent with an IPv6 address", "track",
     {"user_agent": f"curl/8.4.0 (client {IP6})"}, [IP6]),
    ("text page search with a phone", "page",
     {"url": "https://shop.example.ng/track", "search": "?phone=0803%20123%204567"}, [NG]),
    ("text referrer userinfo with an address", "page",
     {"referrer": f"https://{quote(EMAIL, safe='')}@portal.example.net/"}, [FORM]),
    ("text page URL userinfo with an address and a password", "page",
     {"url": f"https://{LOCAL}:hunter2@shop.example.ng/account"}, [FORM]),
    ("text page URL host is a decimal IP of the visitor", "page",
     {"url": f"http://{IP4_INT}/checkout"}, [str(IP4_INT)]),
    ("text referrer host is the visitor's IPv6", "page", {"referrer": f"http://[{IP6}]:8080/"}, [IP6]),
    ("text page URL with an address in a second query after a hash route", "page",
     {"url": f"https://shop.example.ng/?lang=en#/login?next=%2Faccount%3Femail%3D{quote(EMAIL, safe='')}"}, [FORM]),
    ("text fbclid holding an address", "page",
     {"url": f"https://shop.example.ng/p?fbclid={quote(EMAIL, safe='')}"}, [FORM]),
    ("text gclid holding a phone", "page", {"url": "https://shop.example.ng/p?gclid=%2B2348031234567"}, [NG]),
    ("text coupon built from a Nigerian phone", "track",
     {"name": "Order Completed", "properties": {"coupon": "REF-0803-123-4567", "value": "5", "currency": "NGN"}},
     [NG]),
    ("text content_ids list holding a dialled phone", "track",
     {"name": "Product Added", "properties": {"content_ids": "SKU-1,+2348031234567,SKU-3"}}, [NG]),
    ("text contents id holding an address", "track",
     {"name": "Product Added", "properties": {"contents": json.dumps([{"id": EMAIL, "quantity": 1}])}}, [FORM]),
    ("text contents title holding a vCard", "track",
     {"name": "Product Added", "properties": {"contents": json.dumps(
         [{"id": "S-1", "title": f"BEGIN:VCARD\nVERSION:4.0\nEMAIL;TYPE=home:{EMAIL}\nEND:VCARD"}])}}, [FORM]),
    ("text products JSON with a recipient", "track",
     {"name": "Order Completed", "properties": {"value": "5", "currency": "NGN", "products": json.dumps(
         [{"product_id": "S-1", "recipient": "Wyn Okafor, 12 Awolowo Rd, Ikoyi, Lagos"}])}}, ["Awolowo"]),
    ("text search_string with a street address", "track",
     {"name": "Products Searched", "properties": {"search_string": f"deliver to {EMAIL} asap"}}, [FORM]),
    ("text predicted_ltv holding an address", "track",
     {"name": "Subscribe", "properties": {"predicted_ltv": EMAIL, "value": "5", "currency": "NGN"}}, [FORM]),
    ("text value holding an address", "track",
     {"name": "Order Completed", "properties": {"value": EMAIL, "currency": "NGN"}}, [FORM]),
    ("text quantity holding a phone", "track",
     {"name": "Order Completed", "properties": {"value": "5", "currency": "NGN",
                                                "contents": json.dumps([{"id": "S-1", "quantity": "+2348031234567"}])}},
     [NG]),
    ("text page name with an address in a CSV row", "page",
     {"properties": {"name": f"Thank you;{EMAIL};1001"}}, [FORM]),
    ("text Promotion Viewed name with a phone", "track",
     {"name": "Promotion Viewed", "properties": {"promotion_id": "P1", "name": "Call 0803 123 4567 to win"}}, [NG]),
    ("text key and value that spell an address together", "track",
     {"properties": {"zqwyn.okafor": "＠example.ng"}}, [FORM]),
    ("text key and value that spell a Nigerian number together", "track",
     {"properties": {"+234 803": "123 4567"}}, [NG]),
    ("text fragment that is a vCard link", "page",
     {"url": f"https://shop.example.ng/contact#mailto:{quote(EMAIL, safe='')}"}, [FORM]),
    ("text phone number across path segments", "page", {"url": "https://shop.example.ng/tel/0803/123/4567"}, [NG]),
    ("text address as a bracketed query key", "page",
     {"url": f"https://shop.example.ng/p?contacts[{quote(EMAIL, safe='')}]=1"}, [FORM]),
    ("text address percent-encoded in a path segment", "page",
     {"url": f"https://shop.example.ng/u/{LOCAL}%40{DOMAIN}/orders"}, [FORM]),
    ("text address with plus for space in a search", "page",
     {"url": "https://shop.example.ng/search", "search": f"?q=order+status+{LOCAL}%40{DOMAIN}"}, [FORM]),
    ("text IBAN in a path segment", "page", {"url": f"https://shop.example.ng/pay/{IBAN_FR}/confirm"},
     [IBAN_FR[4:14]]),
    ("text CPF in a path segment", "page", {"url": f"https://shop.example.ng/br/cliente/{CPF}"}, [CPF]),
    ("text card number in a cc query value", "page",
     {"url": f"https://shop.example.ng/pay?cc={'-'.join(CARD_VISA[i:i + 4] for i in range(0, 16, 4))}"},
     [CARD_VISA]),
    ("text IPv4 with every part zero-padded", "track", {"properties": {"origin": "102.089.034.017"}},
     ["102.089.034.017"]),
    ("text IPv4-compatible IPv6", "track", {"properties": {"origin": f"::{IP4}"}}, [IP4]),
    ("text IBAN glued after a colon", "track", {"properties": {"payout": f"IBAN:{IBAN_DE}"}}, [IBAN_DE[4:14]]),
    ("text user trait with a card number", "user",
     {"user_properties": {"note": spaced(CARD_VISA)}}, [CARD_VISA]),
]


def cases() -> List[Case]:
    return [*value_cases(), *key_cases(), *TEXT_CASES]


# --- ordinary shop data that must go out (false-positive hunt) -------------------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "tracking numbers": ["JD014600006281230701", "794644790138", "9400111899223100012345", "RR123456785GB",
                         "3SABCD1234567", "6A12345678901", "CP123456789DE", "1ZA12B340312345678",
                         "00340434292135100186", "LP00123456789012", "YT2233445566778899"],
    "order and payment ids": ["R123456789", "100000123", "WC-1234", "gid://shopify/Order/5123456789012",
                              "ch_3OaBcDeFgHiJkLmN0pQrStUv", "pi_3OaBcDeFgHiJkLmN1xYz", "5O190127TN364715T",
                              "cs_test_a1B2c3D4e5", "INV-2024-11-0042", "SO-000123", "#NG-1001-A",
                              "T-2024112910300001"],
    "product codes": ["SM-S928BZKDEUB", "KD-65X85L", "ISBN 978-3-16-148410-0", "978-0-306-40615-7",
                      "MPN 0A12345-67", "Ref. 126610LN", "GTIN 05012345678900", "HS 6109.10.00",
                      "Model A2849", "SKU: TSH-BLK-XL-2024"],
    "prices and amounts": ["₦12,500.00", "NGN 1,250,000", "R$ 1.299,90", "CLP 129.990", "Rs. 2,49,999",
                           "£1,049.99 inc. VAT", "1 049,99 zł", "KSh 15,000", "ر.س 1,299", "12.500 Ft"],
    "dates and times": ["11/29/2024 10:30 AM", "29.11.2024 10:30", "2024/11/29 10:30", "29-11-2024 10:30:15",
                        "2024年11月29日", "29/11/2024 10:30", "20241129103000", "2024-11-29 10:30:00 +0100",
                        "Fri, 29 Nov 2024 10:30:00 GMT", "1403/09/09", "29-11-2024 to 06-12-2024",
                        "Week 48 (25.11.–01.12.)"],
    "versions and builds": ["iOS 17.1.2", "Android 14; Pixel 8", "build 23B92", "v10.4.12-beta.3",
                            "Chrome 131.0.6778.86", "firmware 2.14.7.3", "API 2024-10-28", "Shopify 2024.10"],
    "coupon and UTM values": ["NOEL2024", "BF-50OFF", "BLACKFRIDAY_NG", "fb_ads_prospecting_1234567890",
                              "23859872345680123", "spring_sale_2025-03-01", "ig_story_1080x1920", "email_wk48",
                              "cpc_brand_exact", "affiliate_4411"],
    "dimensions and sizes": ["120 x 80 x 75 cm", "2,5 kg", "EU 42 / US 9 / UK 8", "XL (44-46)", "32 GB RAM / 1 TB",
                             "1/4\" - 20 UNC", "Ø 300 mm", "6 x 1.5 L"],
    "numbers near phones": ["50000-150000", "₦50,000 - ₦150,000", "10:00-12:00, 29/11", "Lot 2024-11-29-001",
                            "Room 1204, 29/11-02/12", "LH 2037 29NOV 0730-0915", "Size 9-10-11", "Pack 3 x 250 g",
                            "SN 2411 2910 3045", "Ticket 4821-3379", "Order 1001 of 29.11.2024 10:30",
                            "Kit 12-24-36-48", "1000-2000-5000 mAh",
                            "1000-5000", "15000-25000", "₦5,000-₦10,000",
                            "S/N 4821 3379 1204", "Table 12 / Seat 4", "00:15:30 remaining"],
    "tokens and hashes": ["3f2b8c1e-9a4d-4e6f-b7c2-1d0e5f8a9b3c", "01HF8Z3K4M5N6P7Q8R9S0T1V2W",
                          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "SGVsbG8gd29ybGQ=",
                          "c1-7a3f9e2d4b6c8a0e1f3d5b7c9a2e4f6d", "WINTERSALEGIFTCARD", "#1A2B3C, #FFFFFF",
                          "seti_1OaBcD2eFgHiJkLm_secret_PqRsTuVwXyZ", "fcm:APA91bH-xYz0123AbC",
                          "GA1.1.1234567890.1732875000", "fb.1.1732875000000.1234567890"],
    "store text": ["Lekki Phase 1 pickup point", "Mon–Sat 09:00–18:00", "Free delivery over ₦50,000",
                   "Ships in 2–3 business days", "4.7 ★ (2,318 reviews)", "Buy 2 get 1 free",
                   "Pay on delivery available"],
}

ORDINARY_URLS = [
    "https://shop.example.ng/p/tecno-camon-30?variant=48123456789012&utm_source=ig&utm_medium=paid_social",
    "https://shop.example.ng/p?gclid=Cj0KCQiA0MG5BhD1ARIsAEcZtwQ6&gbraid=0AAAAADk2d0B",
    "https://shop.example.ng/p?fbclid=IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgE",
    "https://shop.example.ng/p?li_fat_id=4b1c7e2a-9f3d-4c6b-8a21-5d0e3f7a9b12&utm_campaign=b2b_q4",
    "https://shop.example.ng/orders/R123456789/track?carrier=dhl&awb=JD014600006281230701",
    "https://shop.example.ng/c/phones/android?price=50000-150000&sort=-rating&page=2",
    "https://shop.example.ng/blog/2024/11/29/black-friday-deals#top-10",
    "https://shop.example.ng/checkout/success?session_id=cs_test_a1B2c3D4e5",
    "https://shop.example.ng/search?q=iphone+15+pro+max+256gb&in_stock=1",
    "https://shop.example.ng/c/tvs?price=150000-450000",
    "https://shop.example.ng/s/lekki-phase-1/pickup?slot=2024-11-29T10%3A00",
]

ORDINARY_KEYS = ["shipping_cost", "tax_rate", "store_city_code", "delivery_date", "page_type", "list_id",
                 "item_list_name", "promotion_name", "creative_slot", "affiliation", "payment_type", "shipping_tier",
                 "currency_code", "cart_total", "locale", "theme", "ab_variant", "device_type", "app_version",
                 "os_name", "screen_resolution", "network_type", "referral_source", "loyalty_tier", "gift_card_used",
                 "is_first_order", "subscription_plan", "warehouse_code", "return_reason", "size_chart_viewed"]


def ordinary_cases() -> Iterator[Tuple[str, str, Dict[str, Any], str]]:
    """(test id, kind, make_event overrides, value that must be found among the request's strings or numbers)."""
    for family, items in ORDINARY.items():
        for value in items:
            yield (f"{family}: {value} @ custom property", "track", {"properties": {"detail": value}}, value)
            yield (f"{family}: {value} @ contents title", "track",
                   {"name": "Product Added", "properties": {"contents": json.dumps([{"id": "S-1", "title": value}])}},
                   value)
    for value in ORDINARY["tracking numbers"] + ORDINARY["order and payment ids"]:
        yield (f"ids as order_id: {value}", "track",
               {"name": "Order Completed", "properties": {"order_id": value, "value": "5", "currency": "NGN"}}, value)
    for value in ORDINARY["product codes"][:6] + ORDINARY["order and payment ids"][:6]:
        yield (f"ids as contents id: {value}", "track",
               {"name": "Product Added", "properties": {"contents": json.dumps([{"id": value, "quantity": 1}])}},
               value)
    for value in ORDINARY["coupon and UTM values"]:
        yield (f"campaign values as utm_campaign: {value}", "page",
               {"url": f"https://shop.example.ng/p?utm_campaign={quote(value, safe='')}"},
               f"https://shop.example.ng/p?utm_campaign={quote(value, safe='')}")
    for url in ORDINARY_URLS:
        yield (f"urls as page URL: {url}", "page", {"url": url}, url)
        yield (f"urls as referrer: {url}", "page", {"referrer": url}, url)
    for key in ORDINARY_KEYS:
        yield (f"keys: {key}", "track", {"properties": {key: "blue"}}, "blue")
    yield ("user agent: Chrome on Android", "track",
           {"user_agent": "Mozilla/5.0 (Linux; Android 14; TECNO KI5q) AppleWebKit/537.36 (KHTML, like Gecko) "
                          "Chrome/131.0.6778.86 Mobile Safari/537.36"},
           "Mozilla/5.0 (Linux; Android 14; TECNO KI5q) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/131.0.6778.86 Mobile Safari/537.36")
    yield ("user agent: Facebook in-app browser", "track",
           {"user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 "
                          "(KHTML, like Gecko) Mobile/21B101 [FBAN/FBIOS;FBAV/441.0.0.23.105;FBBV/612345678]"},
           "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 "
           "(KHTML, like Gecko) Mobile/21B101 [FBAN/FBIOS;FBAV/441.0.0.23.105;FBBV/612345678]")
