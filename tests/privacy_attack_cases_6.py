"""A sixth outside attack on the privacy gate, written from the README's promises alone (section "Personal data: one
budget in, one gate out"), without reading the gate's code, and avoiding the earlier attacks' spellings
(tests/privacy_attack_cases.py to _5.py): a new persona (a Bangladeshi address, number and IP range), what real sites
emit (checkout forms serialized into URLs by Shopify, WooCommerce, Magento, ASP.NET WebForms, Google Forms, Calendly
and Typeform, Measurement Protocol hits, Segment's cookies, VERP bounce addresses, click-to-chat links, in-app
browsers' user agents), look-alikes not yet tried (small capitals, circled and parenthesized letters, Latin alpha in a
key, katakana's prolonged sound mark as a dash, a hyphenation point), phone layouts of countries not yet visited
(Bangladesh, Morocco, Thailand, Malaysia, Norway, Iran, the Philippines, Egypt, Colombia, Peru, China), national ids
with computed check digits (Chinese, Finnish, Polish, Dutch, Spanish, Korean, Thai) in new layouts, names after labels
and salutations in the lexicon's languages not yet used, keys transliterated from the lexicon's languages, and data
split over several properties, in places the earlier attacks filled little (a page's name and category, a gift
message, a product flattened into properties, a flat `contents` title, a `content_ids` list, a site search, a
referrer's search query, a hash route, an image URL's query, a product's brand, the visitor's `fbc`).

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
    ordinary_in_places,
    ordinary_keys,
    ordinary_urls,
    spaced,
)

Case = Tuple[str, str, Dict[str, Any], List[str]]

LOCAL, DOMAIN = "zqnadia.rahman", "example.com.bd"
EMAIL = f"{LOCAL}@{DOMAIN}"
FORM = "zqnadia"  # what must not leave of the address
BD = "1712345678"  # a Bangladeshi mobile number, national digits without the trunk 0
IP4 = "103.230.104.37"
IP6 = "2404:7c00:41:5e2::37"
URL = "https://dokan.example.com.bd"
FBC_MS = "1795496400000"  # an hour before the native tests' "now": a creation time the fbc grammar accepts


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _digits(text: str, zero: int) -> str:
    return "".join(chr(zero + ord(ch) - 48) if ch.isdigit() else ch for ch in text)


def _small_caps(text: str) -> str:  # Latin letter small capitals: no compatibility decomposition
    table = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", strict=True))
    return "".join(table.get(ch, ch) for ch in text)


def _circled(text: str) -> str:  # circled small letters (NFKC folds them to ASCII)
    return "".join(chr(0x24D0 + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in text)


def _parenthesized(text: str) -> str:  # parenthesized small letters (NFKC makes each "(x)")
    return "".join(chr(0x249C + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in text)


# --- check digits, computed so every id below is valid by its own rule ------------------------------------------
def _china_id(seventeen: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return seventeen + "10X98765432"[sum(int(d) * w for d, w in zip(seventeen, weights, strict=True)) % 11]


def _pesel(ten: str) -> str:
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return ten + str((10 - sum(int(d) * w for d, w in zip(ten, weights, strict=True)) % 10) % 10)


def _bsn(eight: str) -> str:  # Dutch BSN, 11-test
    total = sum(int(d) * w for d, w in zip(eight, range(9, 1, -1), strict=True))
    return eight + str(total % 11)  # valid when the check is a digit (the chosen body gives one)


def _dni(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def _rrn(twelve: str) -> str:  # Korean resident number with its old check digit
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return twelve + str((11 - sum(int(d) * w for d, w in zip(twelve, weights, strict=True)) % 11) % 10)


def _thai_id(twelve: str) -> str:
    return twelve + str((11 - sum(int(d) * (13 - i) for i, d in enumerate(twelve)) % 11) % 10)


def _hetu(date: str, individual: str, century: str = "-") -> str:
    return f"{date}{century}{individual}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(date + individual) % 31]


CHINA_ID = _china_id("11010519491231002")
PESEL = _pesel("9211234567")
BSN = _bsn("23456789")
DNI = _dni("47291835")
NIE = "Y1234567" + "TRWAGMYFPDXBNJZSQVHLCKE"[11234567 % 23]  # Y stands for 1 in the letter's sum
RRN = _rrn("880614234567")
THAI_ID = _thai_id("110370207181")
HETU = _hetu("140788", "312")
CARD_UNIONPAY = luhn_complete("621700000000000000")
CARD_JCB = luhn_complete("353011133330000")
CARD_DISCOVER = luhn_complete("601100009990139")
CARD_MIR = luhn_complete("220070000000000")
IBAN_NO = iban("NO", "86011117947")
IBAN_TR = iban("TR", "0006100519786457841326")
IBAN_AE = iban("AE", "0331234567890123456")
IBAN_EG = iban("EG", "0019000500000000263180002")
IBAN_RO = iban("RO", "AAAA1B31007593840000")

# --- mail: the address in spellings and places the earlier attacks did not use ------------------------------------
VERP = f"bounces+{LOCAL}={DOMAIN}@mail.dokan.example.com.bd"
SEGMENT_TRAITS = quote(json.dumps({"email": EMAIL, "plan": "gold"}), safe="")
MP_HIT = f"v=2&tid=G-ABC123XYZ&cid=555.1795496400&uid={quote(EMAIL, safe='')}&en=purchase"
MAILS: Dict[str, Tuple[str, List[str]]] = {
    "VERP bounce address": (VERP, [FORM]),
    "equals for at without the bounce prefix": (f"{LOCAL}={DOMAIN}", [FORM]),
    "Indian English at the rate": (f"{LOCAL} at the rate {DOMAIN}", [FORM]),
    "Indian English at the rate and dot": ("zqnadia dot rahman at the rate example dot com dot bd", [FORM]),
    "curly braces at and dot": (f"{LOCAL.replace('.', '{dot}')}{{at}}example{{dot}}com{{dot}}bd", [FORM]),
    "angle brackets at and dot": ("zqnadia.rahman<at>example<dot>com<dot>bd", [FORM]),
    "upper-case AT and DOT words": ("zqnadia.rahman AT example DOT com DOT bd", [FORM]),
    "hash-joined at and dot words": ("zqnadia.rahman#at#example#dot#com#dot#bd", [FORM]),
    "blanks around every dot and the at": ("zqnadia . rahman @ example . com . bd", [FORM]),
    "ideographic full stops": (EMAIL.replace(".", "\u3002"), [FORM]),
    "halfwidth ideographic full stops": (EMAIL.replace(".", "\uff61"), [FORM]),
    "Armenian full stop": (EMAIL.replace(".", "\u0589"), [FORM]),
    "Latin small capitals": (_small_caps(EMAIL), [_small_caps(LOCAL)]),
    "circled letters": (_circled(EMAIL), [FORM, _circled(FORM)]),
    "parenthesized letters": (_parenthesized(EMAIL), [_parenthesized(FORM), "(z)(q)(n)(a)(d)(i)(a)"]),
    "upper-case hex entity &#X40;": (EMAIL.replace("@", "&#X40;"), [FORM]),
    "display name and angle brackets": (f'"Nadia Rahman" <{EMAIL}>', [FORM]),
    "sub-addressed with a plus tag": (f"{LOCAL}+dokan@{DOMAIN}", [FORM]),
    "new gTLD .shop": (f"{LOCAL}@example.shop", [FORM]),
    "Segment ajs_user_traits cookie": (f"ajs_anonymous_id=%22a1b2%22; ajs_user_traits={SEGMENT_TRAITS}", [FORM]),
    "GA4 Measurement Protocol hit": (MP_HIT, [FORM]),
    "email: prefix in base64": (base64.b64encode(f"email:{EMAIL}".encode()).decode(),
                                [base64.b64encode(f"email:{EMAIL}".encode()).decode()]),
    "JSON in JSON with escaped quotes": (json.dumps(json.dumps({"contact": {"mail": EMAIL}})), [FORM]),
    "hashed-looking prefix on a raw address": (f"sha256:{EMAIL}", [FORM]),
    "md5 label on a raw address": (f"md5({EMAIL})", [FORM]),
    "CRM id that embeds the address": (f"hubspot-contact-{LOCAL}-at-{DOMAIN.replace('.', '-')}", [FORM]),
    "Salesforce lead key with the address": (f"00Q5g00000XyZ|{EMAIL}", [FORM]),
    "bracketed at and bare dot word": ("zqnadia.rahman [at] example dot com dot bd", [FORM]),
    "full-width letters and ideographic full stop": (
        "".join(chr(0xFF41 + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in EMAIL).replace(".", "。"),
        [FORM]),
    "HTML numeric entities of the dots only with at as %40": (EMAIL.replace(".", "&#46;").replace("@", "%40"),
                                                             [FORM]),
    "Cc line of a mail header": (f"Cc: Nadia <{EMAIL}>, shop <help@dokan.example.com.bd>", [FORM]),
    "mailto with subject and body": (f"mailto:{quote(EMAIL)}?subject=Order%201001&body=hi", [FORM]),
    "reply-to style with a trailing comment": (f"{EMAIL} (Nadia, Dhaka)", [FORM]),
    "address after a Bengali label": (f"ইমেইল: {EMAIL}", [FORM]),
    "address with a Bengali digit in the local part": ("zqnadia.rahman\u09ed\u09ed@" + DOMAIN, [FORM]),
    "image standing for the at": (f"{LOCAL}<img src=\"/at.png\" alt=\"@\">{DOMAIN}", [FORM]),
    "hidden decoy span": (f"{LOCAL}<span style=\"display:none\">nospam</span>@{DOMAIN}", [FORM]),
    "hex bytes with blanks": (" ".join(f"{b:02x}" for b in EMAIL.encode()), ["7a 71 6e 61 64 69 61"]),
    "hex bytes with colons": (":".join(f"{b:02X}" for b in EMAIL.encode()), ["7A:71:6E:61:64:69:61"]),
    "char codes of String.fromCharCode": ("String.fromCharCode(" + ",".join(str(b) for b in EMAIL.encode()) + ")",
                                          ["122,113,110,97,100,105,97"]),
    "JavaScript template literal": (f"`${{'{LOCAL}'}}@${{'{DOMAIN}'}}`", [FORM]),
    "quoted-printable soft line break before the at": (f"{LOCAL}=\r\n@{DOMAIN}", [FORM]),
    "Mixpanel cookie with the address as distinct_id": (
        "mp_0a1b2c_mixpanel=" + quote(json.dumps({"distinct_id": EMAIL, "$device_id": "18c2f"}), safe=""), [FORM]),
    "Segment ajs_user_id cookie": (f"ajs_user_id=%22{quote(EMAIL, safe='')}%22", [FORM]),
    "Heap cookie with the address as identity": (
        "_hp2_id.123=" + quote(json.dumps({"userId": "8123", "identity": EMAIL}), safe=""), [FORM]),
    "domain with dashes for dots": (f"{LOCAL}@example-com-bd", [FORM]),
    "Amplitude cookie base64 JSON": ("amp_a1b2c3=" + base64.b64encode(json.dumps(
        {"deviceId": "d-1", "userId": EMAIL}).encode()).decode(), [FORM, base64.b64encode(json.dumps(
            {"deviceId": "d-1", "userId": EMAIL}).encode()).decode()[:24]]),
}

# --- phone: national layouts of countries not yet visited, separators not yet used --------------------------------
PHONES: Dict[str, Tuple[str, str]] = {
    "BD +880 dashed": ("+880 1712-345678", BD),
    "BD trunk compact": ("01712345678", BD),
    "BD trunk dashed": ("01712-345678", BD),
    "BD 880 without plus": ("8801712345678", BD),
    "BD 00880": ("00880 1712 345678", BD),
    "BD Bengali digits": (_digits("01712-345678", 0x09E6), BD),
    "BD Bengali digits dialled": (_digits("+880 1712 345678", 0x09E6), BD),
    "MA +212": ("+212 6 61 23 45 67", "661234567"),
    "MA 00212 compact": ("00212661234567", "661234567"),
    "TH +66": ("+66 81 234 5678", "812345678"),
    "TH trunk dashed": ("081-234-5678", "812345678"),
    "MY +60": ("+60 12-345 6789", "123456789"),
    "MY trunk": ("012-345 6789", "123456789"),
    "NO +47": ("+47 412 34 567", "41234567"),
    "IR +98": ("+98 912 345 6789", "9123456789"),
    "IR Persian digits trunk": ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "9123456789"),
    "PH +63": ("+63 917 123 4567", "9171234567"),
    "PH trunk parenthesized": ("(0917) 123-4567", "9171234567"),
    "EG +20": ("+20 100 123 4567", "1001234567"),
    "EG trunk": ("0100 123 4567", "1001234567"),
    "CO +57": ("+57 300 123 4567", "3001234567"),
    "PE +51": ("+51 987 654 321", "987654321"),
    "CN +86 mobile spaced": ("+86 139 1234 5678", "13912345678"),
    "CN mobile dashed": ("139-1234-5678", "13912345678"),
    "JP katakana prolonged sound marks": ("080ー2345ー6789", "8023456789"),
    "JP ideographic spaces": ("080\u30002345\u30006789", "8023456789"),
    "hyphenation points between groups": ("01712\u2027345678", BD),
    "word separator middle dots": ("01712\u2e31345\u2e31678", BD),
    "small hyphen-minus": ("+880\ufe631712\ufe63345678", BD),
    "tel URI percent-encoded": ("tel:%2B880%201712%20345678", BD),
    "Viber chat link": ("viber://chat?number=%2B8801712345678", BD),
    "WhatsApp api link": ("https://api.whatsapp.com/send?phone=8801712345678&text=order", BD),
    "Portuguese number words": ("nove um dois, três quatro cinco, seis sete oito nove", "um dois, três"),
    "Dutch number words": ("nul zes een twee drie vier vijf zes zeven acht", "zes een twee drie"),
    "bKash payment message": ("You have received Tk 500.00 from 01712345678. TrxID 9KJ4ABC123", BD),
    "digits with en spaces": ("01712\u2002345\u2002678", BD),
    "parentheses around the country code only": ("(880) 1712 345678", BD),
    "plus in full width": ("\uff0b880 1712 345678", BD),
    "trunk zero in parentheses after the code": ("+880 (0)1712-345678", BD),
    "extension after a Bengali word": ("01712-345678 এক্সটেনশন 12", BD),
    "narrow no-break spaces": ("+880\u202f1712\u202f345678", BD),
    "combining enclosing circles": ("".join(ch + "\u20dd" if ch.isdigit() else ch for ch in "01712 345678"), BD),
    "each digit spaced": (" ".join("01712345678"), BD),
    "dotted pairs": ("01.71.23.45.67.8", BD),
    "CN mobile in Chinese numerals": ("一三九 一二三四 五六七八", "一三九"),
    "CN mobile in Chinese numerals with a zero circle": ("+八六 一三九〇一二三四五六七", "一三九〇一二三四"),
    "double plus": ("++8801712345678", BD),
}

# --- ip: the visitor's address in layouts not yet used -----------------------------------------------------------
IPS: Dict[str, Tuple[str, str]] = {
    "X-Real-IP header line": (f"X-Real-IP: {IP4}", IP4),
    "CF-Connecting-IP header line": (f"CF-Connecting-IP: {IP4}", IP4),
    "bracketed with a port": (f"[{IP4}]:8443", IP4),
    "NAT64 embedded": ("64:ff9b::67e6:6825", "67e6:6825"),
    "IPv6 in a URL host": (f"http://[{IP6}]/", IP6),
    "AWS internal host name": ("ip-103-230-104-37.ap-south-1.compute.internal", "103-230-104-37"),
    "sslip.io dashed host": ("103-230-104-37.sslip.io", "103-230-104-37"),
    "geolocation API path": (f"https://ipapi.co/{IP4}/json/", IP4),
    "ideographic full stops": (IP4.replace(".", "\u3002"), IP4.replace(".", "\u3002")),
    "Bengali digits": (_digits(IP4, 0x09E6), IP4),
    "nginx remote_addr pair": (f"remote_addr={IP4} status=200", IP4),
    "in a CSV row": (f"visit,{IP4},2026-11-30", IP4),
    "PTR name with a blocklist zone": ("37.104.230.103.zen.spamhaus.org", "37.104.230.103"),
    "with a leading-zero octet": ("103.230.104.037", "103.230.104.037"),
    "IPv6 with a zone id": (f"{IP6}%en0", IP6),
    "JSON array of octets": ("[103,230,104,37]", "103,230,104,37"),
    "dots spelled as words": ("103 dot 230 dot 104 dot 37", "103 dot 230 dot 104 dot 37"),
    "blanks after the dots": ("103. 230. 104. 37", "103. 230. 104. 37"),
}

# --- id: cards, IBANs and national ids with computed checks, in new layouts -----------------------------------------
IDS: Dict[str, Tuple[str, str]] = {
    "UnionPay card 19 digits grouped": (spaced(CARD_UNIONPAY), CARD_UNIONPAY),
    "JCB card with dots": (".".join([CARD_JCB[i:i + 4] for i in range(0, 16, 4)]), CARD_JCB),
    "Discover card with expiry and cvc": (f"{CARD_DISCOVER} 11/28 321", CARD_DISCOVER),
    "Mir card with slashes": ("/".join([CARD_MIR[i:i + 4] for i in range(0, 16, 4)]), CARD_MIR),
    "card in Stripe test JSON": (json.dumps({"card": {"number": CARD_JCB, "exp_month": 11}}), CARD_JCB),
    "card in pairs": (" ".join(CARD_DISCOVER[i:i + 2] for i in range(0, 16, 2)), CARD_DISCOVER),
    "Norwegian IBAN": (IBAN_NO, IBAN_NO[4:]),
    "Turkish IBAN spaced": (spaced(IBAN_TR), IBAN_TR[4:]),
    "UAE IBAN": (IBAN_AE, IBAN_AE[4:]),
    "Egyptian IBAN lower-case": (IBAN_EG.lower(), IBAN_EG[4:].lower()),
    "Romanian IBAN dashed": ("-".join(IBAN_RO[i:i + 4] for i in range(0, len(IBAN_RO), 4)), IBAN_RO[4:]),
    "Chinese resident id spaced": (f"{CHINA_ID[:6]} {CHINA_ID[6:14]} {CHINA_ID[14:]}", CHINA_ID[6:14]),
    "Chinese resident id after its label": (f"身份证号：{CHINA_ID}", CHINA_ID),
    "Polish PESEL with dashes": (f"{PESEL[:6]}-{PESEL[6:]}", PESEL[:6]),
    "Polish PESEL after its label": (f"PESEL: {PESEL}", PESEL),
    "Dutch BSN dotted": (f"{BSN[:4]}.{BSN[4:6]}.{BSN[6:]}", BSN[:4]),
    "Spanish DNI with a dash": (f"{DNI[:-1]}-{DNI[-1]}", DNI[:-1]),
    "Spanish NIE dotted": (f"{NIE[0]}-{NIE[1:4]}.{NIE[4:8]}-{NIE[8:]}", NIE[1:8]),
    "Korean resident number after its label": (f"주민등록번호 {RRN[:6]}-{RRN[6:]}", RRN[6:]),
    "Thai id with its label": (f"เลขประจำตัวประชาชน {THAI_ID}", THAI_ID),
    "Thai id in its printed groups": (f"{THAI_ID[0]} {THAI_ID[1:5]} {THAI_ID[5:10]} {THAI_ID[10:12]} {THAI_ID[12]}",
                                      THAI_ID),
    "Finnish HETU lower-case check": (HETU.lower(), HETU[:6]),
    "US SSN with blanks": ("512 34 6789", "512346789"),
    "Bangladesh NID after its label": ("NID No: 1987654321", "1987654321"),
    "Pakistan CNIC after its label": ("CNIC 35202-1234567-1", "352021234567"),
}

# --- postal: addresses in layouts not yet used ---------------------------------------------------------------------
POSTAL: Dict[str, Tuple[str, str]] = {
    "Dhaka house and road": ("House 12, Road 5, Dhanmondi, Dhaka 1205", "Dhanmondi"),
    "Philippine block and lot": ("Blk 5 Lot 12, Phase 2, Brgy. San Isidro, Quezon City", "San Isidro"),
    "Mexican calle with a hash": ("Calle 5 de Mayo #123, Col. Centro, CDMX", "5 de Mayo #123"),
    "Swiss strasse with ss": ("Bahnhofstrasse 12, 8001 Zürich", "Bahnhofstrasse 12"),
    "Norwegian gata and postcode": ("Storgata 12B, 0155 Oslo", "Storgata 12B"),
    "Japanese chome without the postal mark": ("東京都渋谷区渋谷2丁目21-1", "渋谷2丁目21"),
    "Seoul road and building": ("서울특별시 강남구 테헤란로 152", "테헤란로 152"),
    "US street with a unit and a ZIP+4": ("742 Evergreen Ter Apt 3, Springfield, IL 62704-1234", "742 Evergreen"),
    "UK flat before the street": ("Flat 3, 21 Baker Street, London NW1 6XE", "21 Baker Street"),
    "Danish vej with floor and side": ("Nørrebrogade 12, 3. tv, 2200 København N", "Nørrebrogade 12"),
    "Portuguese rua with a floor": ("Rua Augusta 100, 2º Esq, 1100-053 Lisboa", "Rua Augusta 100"),
    "German address as one line of a checkout": ("Lieferadresse: Müllerstr. 7 | 80469 München", "Müllerstr. 7"),
    "Moroccan avenue after its number": ("12, Avenue Hassan II, Casablanca", "Avenue Hassan II"),
    "Thai soi and road": ("99/9 ซอยสุขุมวิท 21 ถนนสุขุมวิท, กรุงเทพ", "ซอยสุขุมวิท 21"),
    "home coordinates with six decimals in text": ("23.746466, 90.376015", "90.376015"),
}

# --- name: labels and salutations of the lexicon's languages not yet used -----------------------------------------
NAMES: Dict[str, Tuple[str, str]] = {
    "Thai label": ("ชื่อ: สมชาย ใจดี", "สมชาย"),
    "Hindi label": ("नाम: राहुल शर्मा", "राहुल"),
    "Arabic label": ("الاسم: نادية رحمن", "نادية"),
    "Hebrew label": ("שם: נדיה רחמן", "נדיה"),
    "Korean label": ("이름: 김민준", "김민준"),
    "Greek label": ("Όνομα: Νάντια Ραχμάν", "Νάντια"),
    "Ukrainian label": ("Ім'я: Надія Рахман", "Надія"),
    "Czech label": ("Jméno: Nadia Rahmanová", "Rahmanová"),
    "Hungarian label": ("Név: Rahman Nádia", "Nádia"),
    "Finnish label": ("Nimi: Nadia Rahman", "Rahman"),
    "Romanian label": ("Nume: Nadia Rahman", "Rahman"),
    "Danish label": ("Navn: Nadia Rahman", "Rahman"),
    "English label in capitals": ("CUSTOMER NAME: NADIA RAHMAN", "RAHMAN"),
    "Bill to label": ("Bill to: Nadia Rahman", "Rahman"),
    "Contact person label": ("Contact person: Nadia Rahman", "Rahman"),
    "Danish salutation": ("Kære Nadia Rahman,\ntak for din ordre", "Rahman"),
    "Finnish salutation": ("Hyvä Nadia Rahman,\nkiitos tilauksesta", "Rahman"),
    "Hungarian salutation": ("Kedves Rahman Nádia!\nKöszönjük", "Nádia"),
    "Czech salutation": ("Vážená paní Rahmanová,\nděkujeme", "Rahmanová"),
    "Romanian salutation": ("Stimată doamnă Rahman,\nvă mulțumim", "Rahman"),
    "Greek salutation": ("Αγαπητή Νάντια Ραχμάν,\nευχαριστούμε", "Νάντια"),
    "Ukrainian salutation": ("Шановна Надіє Рахман,\nдякуємо", "Надіє"),
    "Arabic salutation": ("عزيزتي نادية رحمن،\nشكرا لطلبك", "نادية"),
    "Dutch salutation with mevrouw": ("Geachte mevrouw Rahman,\nbedankt", "Rahman"),
    "Polish salutation": ("Szanowna Pani Nadio Rahman,\ndziękujemy", "Rahman"),
}


def _place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "page name": ("page", {"data": {"name": value}}),
        "page category": ("page", {"data": {"category": value}}),
        "gift message": ("track", {**order, "properties": {"value": "5", "currency": "BDT", "gift_message": value}}),
        "flat product variant": ("track", {"name": "Product Added",
                                           "properties": {"products[0][product_id]": "S-1",
                                                          "products[0][variant]": value}}),
        "contents title": ("track", {**order, "properties": {
            "value": "5", "currency": "BDT",
            "contents": json.dumps([{"id": "S-1", "quantity": 1, "item_price": 5, "title": value}])}}),
        "content_ids list": ("track", {"name": "Product Viewed", "properties": {"content_ids": f"S-1,{value}"}}),
        "order_id": ("track", {**order, "properties": {"value": "5", "currency": "BDT", "order_id": value}}),
        "site search": ("page", {"url": f"{URL}/search", "search": f"?s={q}&post_type=product"}),
        "referrer search query": ("page", {"referrer": f"https://www.google.com/search?q={q}&hl=bn"}),
        "hash route": ("page", {"url": f"{URL}/#/orders/{q}/track"}),
        "user agent": ("page", {"user_agent": f"Mozilla/5.0 (Linux; Android 14; SM-A546E) DokanApp/3.2 ({value})"}),
        "image_url query": ("track", {"properties": {"image_url": f"https://cdn.example.com/og.png?text={q}"}}),
        "product brand": ("track", {"name": "Product Viewed", "properties": {"product_id": "S-1", "brand": value}}),
    }
    return table[place]


MAIL_PLACES = ["page name", "gift message", "contents title", "site search", "hash route", "image_url query"]
PHONE_PLACES = ["page category", "gift message", "flat product variant", "referrer search query", "product brand"]
IP_PLACES = ["page name", "gift message", "content_ids list", "user agent"]
ID_PLACES = ["gift message", "page category", "referrer search query"]
POSTAL_PLACES = ["gift message", "page name", "flat product variant"]
NAME_PLACES = ["gift message", "page category", "contents title"]


def value_cases() -> Iterator[Case]:
    yield from crossed("mail", MAILS, MAIL_PLACES, _place)
    yield from crossed("phone", PHONES, PHONE_PLACES, _place)
    yield from crossed("ip", IPS, IP_PLACES, _place)
    yield from crossed("id", IDS, ID_PLACES, _place)
    yield from crossed("postal", POSTAL, POSTAL_PLACES, _place)
    yield from crossed("name", NAMES, NAME_PLACES, _place)


# --- key: personal keys in spellings not yet used, each as a custom property and as a page URL's query key ----------
PERSONAL_KEYS: Dict[str, Tuple[str, str]] = {  # key: (value, form)
    "billing[first_name]": ("Nadia", "Nadia"),
    "customer[address][zip]": ("1205", "1205"),
    "order[billing][email]": (EMAIL, FORM),
    "shipping.address.line1": ("House 12", "House 12"),
    "user.profile.phoneNumber": ("01712345678", BD),
    "/customer/email": (EMAIL, FORM),
    "CUSTOMER-MOBILE-NO": ("01712345678", BD),
    "ctl00$MainContent$txtMobile": ("01712345678", BD),
    "ctl00$ContentPlaceHolder1$tbFirstName": ("Nadia", "Nadia"),
    "strEmail": (EMAIL, FORM),
    "sPhone": ("01712345678", BD),
    "Email__c": (EMAIL, FORM),
    "MobilePhone": ("01712345678", BD),
    "firstname": ("Nadia", "Nadia"),
    "lastname": ("Rahman", "Rahman"),
    "eml": (EMAIL, FORM),
    "mob": ("01712345678", BD),
    "cust_mob": ("01712345678", BD),
    "tel_no": ("01712345678", BD),
    "ph_no": ("01712345678", BD),
    "bday": ("1990-07-14", "1990-07-14"),
    "addr1": ("House 12", "House 12"),
    "addr_ln_2": ("Road 5", "Road 5"),
    "pcode": ("1205", "1205"),
    "surnm": ("Rahman", "Rahman"),
    "celular": ("01712345678", BD),
    "móvil": ("01712345678", BD),
    "whatsapp_no": ("01712345678", BD),
    "zalo": ("01712345678", BD),
    "kakao_id": ("nadia1990", "nadia1990"),
    "signal_number": ("01712345678", BD),
    "telefon_numarasi": ("01712345678", BD),
    "nomor_telepon": ("01712345678", BD),
    "so_dien_thoai": ("01712345678", BD),
    "dia_chi": ("House 12", "House 12"),
    "ho_ten": ("Nadia Rahman", "Nadia Rahman"),
    "jusho": ("House 12", "House 12"),
    "denwa_bango": ("01712345678", BD),
    "shouji": ("01712345678", BD),
    "dizhi": ("House 12", "House 12"),
    "xingming": ("Nadia Rahman", "Nadia Rahman"),
    "youxiang": (EMAIL, FORM),
    "otchestvo": ("Karimovna", "Karimovna"),
    "familiya": ("Rahman", "Rahman"),
    "postnummer": ("1205", "1205"),
    "osoite": ("House 12", "House 12"),
    "sahkoposti": (EMAIL, FORM),
    "numerotelephone": ("01712345678", BD),
    "correoelectronico": (EMAIL, FORM),
    "indirizzoemail": (EMAIL, FORM),
    "number_phone": ("01712345678", BD),
    "address_email": (EMAIL, FORM),
    "phone2": ("01712345678", BD),
    "contact1_mobile": ("01712345678", BD),
    "\u212fmail": (EMAIL, FORM),  # script small e
    "\u217fobile": ("01712345678", BD),  # small roman numeral one thousand
    "𝔭𝔥𝔬𝔫𝔢": ("01712345678", BD),  # fraktur
    "\u0251ddress": ("House 12", "House 12"),  # Latin alpha
    "ema\u0131l": (EMAIL, FORM),  # dotless i
    "e\u0301mail": (EMAIL, FORM),
    "e_m_a_i_l": (EMAIL, FORM),
    "E.M.A.I.L": (EMAIL, FORM),
    "em4il": (EMAIL, FORM),
    "3m@il": (EMAIL, FORM),
    "mob1le_no": ("01712345678", BD),
    "date_of_b1rth": ("1990-07-14", "1990-07-14"),
    "passport_no": ("BX0123456", "BX0123456"),
    "nid_number": ("1987654321", "1987654321"),
    "blood_group": ("B+", "B+"),
    "religion": ("Islam", "Islam"),
}
# Government ids, special categories, handles and names of the lexicon's kinds, under keys not yet tried; the value
# is neutral, so only the key can keep it in.
NEUTRAL = "K7Q2X9"
KIND_KEYS = ["cep", "cpf_cnpj", "rg", "nif", "dni_nie", "tc_kimlik", "inn", "snils", "aadhaar", "pan_card", "ktp",
             "nik", "mykad", "hkid", "cccd", "cmnd", "my_number", "sozialversicherungsnummer", "ahv_nummer",
             "fodselsnummer", "henkilotunnus", "cnp", "voter_id", "hiv_status", "allergies", "prescription",
             "pregnant", "wheelchair_user", "caste", "tribe", "sexuality", "gender_identity", "pronouns",
             "union_member", "skype", "telegram_handle", "tg_username", "ig_handle", "tiktok_username", "snapchat",
             "discord_tag", "qq_number", "imo", "given_name", "family_name", "maiden_name", "full_name",
             "contact_name", "recipient", "addressee", "cardholder", "name_on_card", "payer_name", "beneficiary",
             "emailAdresi", "nrTelefonu", "telefone_celular", "e-mail-adresse", "geburtsort", "lieu_de_naissance"]


# Key words of languages the README's lexicon does not list (Bengali, Persian, Swahili, Malay, Filipino).
FOREIGN_KEYS: Dict[str, Tuple[str, str]] = {
    "ফোন": ("01712345678", BD),
    "ঠিকানা": ("House 12", "House 12"),
    "تلفن_همراه": ("01712345678", BD),
    "barua_pepe": (EMAIL, FORM),
    "no_tel_bimbit": ("01712345678", BD),
    "tirahan": ("House 12", "House 12"),
    "simu": ("01712345678", BD),
}


def key_cases() -> Iterator[Case]:
    kinds = {key: (NEUTRAL, NEUTRAL) for key in KIND_KEYS}
    for family, table in [("key", {**PERSONAL_KEYS, **kinds}), ("foreign", FOREIGN_KEYS)]:
        for key, (value, form) in table.items():
            yield (f"{family} {key}: custom property", "track", {"properties": {key: value}}, [form])
            yield (f"{family} {key}: page query", "page",
                   {"url": f"{URL}/checkout?{quote(key, safe='')}={quote(value, safe='')}&step=2"}, [form])


# --- url: links real sites and tools emit -------------------------------------------------------------------------
E = quote(EMAIL, safe="")
URLS: Dict[str, Tuple[str, List[str]]] = {
    "Shopify checkout prefill": (f"{URL}/checkouts/cn/c1/information?checkout%5Bemail%5D={E}"
                                 "&checkout%5Bshipping_address%5D%5Bphone%5D=01712345678", [FORM, BD]),
    "WooCommerce add-to-cart with billing fields": (f"{URL}/checkout/?add-to-cart=12&billing_email={E}", [FORM]),
    "Google Forms prefilled entry": ("https://docs.google.com/forms/d/e/1FAIpQLSf/viewform?usp=pp_url"
                                     f"&entry.1234567890={E}&entry.987654321=01712345678", [FORM, BD]),
    "Calendly answer fields": (f"https://calendly.com/dokan/30min?name=Nadia%20Rahman&email={E}"
                               "&a1=%2B8801712345678", [FORM, BD]),
    "Typeform hidden fields in the fragment": (f"https://dokan.typeform.com/to/AbC123#email={E}&order=1001", [FORM]),
    "unsubscribe link with the address in the path": (f"{URL}/unsubscribe/{E}/3f2a9c", [FORM]),
    "magic login link with base64url address": (f"{URL}/login/magic?e={_b64url(EMAIL)}&t=9f8e7d",
                                                [_b64url(EMAIL)]),
    "order lookup by phone": (f"{URL}/orders/lookup?order=1001&mobile=01712345678", [BD]),
    "phone in a tracking path": (f"{URL}/track/01712345678", [BD]),
    "SPA route with the address": (f"{URL}/#/account/{EMAIL}/orders", [FORM]),
    "nested redirect_uri holding the address": (
        f"{URL}/auth?redirect_uri=" + quote(f"{URL}/welcome?email={E}", safe=""), [FORM]),
    "utm_content holding the address": (f"{URL}/?utm_source=newsletter&utm_content={E}", [FORM]),
    "map directions from home coordinates": ("https://www.google.com/maps/dir/23.746466,90.376015/Dokan+Store",
                                             ["90.376015"]),
    "Magento customer account create with a query": (f"{URL}/customer/account/create/?email={E}&firstname=Nadia",
                                                     [FORM, "Nadia"]),
    "ASP.NET postback dump in a query": (f"{URL}/Checkout.aspx?ctl00%24MainContent%24txtEmail={E}", [FORM]),
    "fbclid holding a phone number": (f"{URL}/?fbclid=IwAR8801712345678", ["8801712345678"]),
    "fbclid holding base64url of the address": (f"{URL}/?fbclid={_b64url(EMAIL)}", [_b64url(EMAIL)]),
}


def url_cases() -> Iterator[Case]:
    for name, (url, forms) in URLS.items():
        yield (f"url {name} @ page URL", "page", {"url": url}, forms)
        yield (f"url {name} @ referrer", "page", {"referrer": url}, forms)


# --- ua: an app's user agent carrying the visitor --------------------------------------------------------------------
AGENTS: Dict[str, Tuple[str, List[str]]] = {
    "app comment with the user's address": (f"DokanApp/3.2 (iPhone; iOS 17.1; user={EMAIL})", [FORM]),
    "address as the app's product": (f"Mozilla/5.0 (Linux; Android 14) {EMAIL}/1.0", [FORM]),
    "percent-encoded address in a comment": (f"DokanApp/3.2 (Android 14; {E})", [FORM]),
    "dialled number in a comment": ("DokanApp/3.2 (Android 14; +8801712345678)", [BD]),
    "trunk number in a comment": ("DokanApp/3.2 (Android 14; msisdn 01712345678)", [BD]),
    "IPv6 in a comment": (f"DokanApp/3.2 (Android 14; {IP6})", [IP6]),
    "JSON comment with a phone": ('DokanApp/3.2 {"phone":"01712345678"}', [BD]),
    "bracketed in-app fields with an address": (f"Mozilla/5.0 (iPhone) [FBAN/FBIOS;FBEM/{EMAIL}]", [FORM]),
}


def agent_cases() -> Iterator[Case]:
    for name, (agent, forms) in AGENTS.items():
        yield (f"ua {name}", "page", {"user_agent": agent}, forms)


# --- fbc: the visitor's click id carrying the visitor --------------------------------------------------------------
FBCS: Dict[str, Tuple[str, List[str]]] = {
    "payload with a phone number": (f"fb.1.{FBC_MS}.IwAR8801712345678", ["8801712345678"]),
    "payload base64url of the address": (f"fb.1.{FBC_MS}.{_b64url(EMAIL)}", [_b64url(EMAIL)]),
    "payload a gmail slug": (f"fb.1.{FBC_MS}.zqnadia_rahman_gmail_com", [FORM]),
    "payload an IP with dashes": (f"fb.1.{FBC_MS}.IwAR-103-230-104-37", ["103-230-104-37"]),
    "appendix base64url of the address": (f"fb.1.{FBC_MS}.IwAR2F4dbP0l7Mn.{_b64url(EMAIL)}", [_b64url(EMAIL)]),
}


def fbc_cases() -> Iterator[Case]:
    for name, (fbc, forms) in FBCS.items():
        yield (f"fbc {name} @ visitor", "track", {"visitor": {"email": "v@example.com", "fbc": fbc}}, forms)
        yield (f"fbc {name} @ event", "track", {"properties": {"fbc": fbc}}, forms)


# --- split: one value over several properties whose keys name nothing personal ------------------------------------
SPLIT_CASES: List[Case] = [
    ("split address over two properties", "track", {"properties": {"u": LOCAL, "d": f"@{DOMAIN}"}}, [FORM]),
    ("split address as handle and provider", "track",
     {"properties": {"handle_part": LOCAL, "provider": DOMAIN}}, [FORM]),
    ("split phone over three properties", "track", {"properties": {"p1": "+880", "p2": "1712", "p3": "345678"}},
     ["1712"]),
    ("split IP over four properties", "track", {"properties": {"o1": "103", "o2": "230", "o3": "104", "o4": "37"}},
     ["230"]),
    ("split address between a property and the page URL's query", "track",
     {"properties": {"ref": LOCAL}, "url": f"{URL}/p?d=%40{DOMAIN}"}, [FORM]),
    ("split card over four properties", "track",
     {"properties": {f"g{i}": CARD_JCB[i * 4:i * 4 + 4] for i in range(4)}}, [CARD_JCB[4:8]]),
]


def cases() -> List[Case]:
    return [*value_cases(), *key_cases(), *url_cases(), *agent_cases(), *fbc_cases(), *SPLIT_CASES]


# --- ordinary shop data that must go out (false-positive hunt) -------------------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "prices and amounts": ["৳ 1,250", "Tk 12,500.00", "฿1,290.00", "RM 129.90", "₱1,499.00", "1.299,00 zł",
                           "¥12,800", "₩129,000", "129,90 MAD", "EGP 1,250.00", "NOK 1 299,-", "R$ 1.299,90"],
    "SKUs and product codes": ["SKU-880-1712", "A1712-BLK-42", "DK-2026-000345", "MPN SM-S928B/DS",
                               "EAN 8901234567894", "HS 6204.62", "STYLE# 501-0115", "REF 1712.345"],
    "dates and times": ["30/11/2026 14:05", "2026年11月30日", "30 ноября 2026", "1405/09/09", "2569-11-30",
                        "2026-11-30 14:05:59.123", "Sat 30 Nov, 10:00–22:00", "30.11.–24.12.2026"],
    "versions": ["17.1.2 (21B101)", "v103.230.104", "build 2026.11.30.1", "Chrome 131.0.6778.86",
                 "firmware 4.19.103", "API 34"],
    "product names with numbers": ["Galaxy S24 Ultra 12/512GB", "iPhone 15 Pro 256 GB", "PS5 Slim 1TB",
                                   "Dell XPS 13 9340", "Nokia 3310", "Chanel No. 5 100 ml", "4711 Echt Kölnisch Wasser",
                                   "WD-40 400 ml", "Boeing 737-800 model 1:200", "Route 66 T-shirt",
                                   "Levi's 501 W32 L34", "Size 10.5 US / 44 EU / 9.5 UK", "M8x1.25 nut",
                                   "Ray-Ban RB2140 50-22", "Samsung 980 PRO 2TB", "USB-C 100W 2 m"],
    "masked and hashed data": ["Visa •••• 4242", "**** **** **** 4242", "card ending 4242",
                               "a3f1c9e2b4d6f8a0c2e4f6a8b0d2e4f6a8c0e2f4a6b8d0c2e4f6a8b0d2e4f6a8"],
    "shop text": ["Cash on delivery in Dhaka", "Free delivery over ৳ 2,000", "Eid sale 11.11",
                  "Gift wrap + card", "Ships in 2-3 days", "Made in Bangladesh", "100% cotton, 180 GSM",
                  "Buy 2 get 1 @ 50%"],
    "titles with numbers": ["Apollo 11 1969 poster", "Catch-22 paperback", "Blink-182 tour tee", "Area 51 hoodie",
                            "1984 by George Orwell", "Fahrenheit 451", "0-3 months", "ISO 9001:2015", "IP68",
                            "1080p 60fps", "3.5 mm jack", "18K gold", "24/7 support", "iPhone 12/13/14 case",
                            "Pack of 12 (3 x 4)", "Tel Aviv 2-day tour", "Studio 54 print", "Maroon 5 vinyl",
                            "Agent 007 box set", "Ocean's 11 DVD"],
}

ORDINARY_URLS = [
    f"{URL}/products/galaxy-s24-ultra-12-512gb?variant=44712345678901",
    f"{URL}/collections/sale?sort_by=price-ascending&filter.p.m.custom.size=42&page=3",
    f"{URL}/products/shirt?_pos=1&_psq=shirt&_ss=e&_v=1.0",
    f"{URL}/p?gad_source=1&gclid=EAIaIQobChMI8u2x4Y2k-QIVDpBoCR0xLw",
    f"{URL}/?utm_source=facebook&utm_medium=paid&utm_campaign=bf_2026&utm_content=video_15s",
    f"{URL}/?fbclid=IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk",
    f"{URL}/blog/10-best-phones-2026",
    f"{URL}/search?q=samsung+s24+12%2F512",
    f"{URL}/pages/contact",
    f"{URL}/account/login?return_url=%2Faccount%2Forders",
    f"{URL}/pages/store-locator?city=Dhaka",
    f"{URL}/?ref=instagram&igshid=MzRlODBiNWFlZA%3D%3D",
    f"{URL}/p?epik=dj0yJnU9WmJ6cFhVS0ZnVFRyNWdjRE1ZbWZQRVd6Rkp1YlBaLSZwPTAmbj1BQ2JEb3gmdD1BQUFBQUdaTWp2VQ",
    f"{URL}/p?msclkid=8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c&utm_source=bing",
    f"{URL}/p?srsltid=AfmBOoqk2Ln-Z6b1xQvT9wYcR3mP8sL5kJ2hG7fD4aS1",
    f"{URL}/p?ttclid=E_C_P_Cq8BmRhYV2VwNjQxNjM1ODk3&utm_campaign=11_11",
]

ORDINARY_AGENTS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/21B101"
    " [FBAN/FBIOS;FBDV/iPhone14,2;FBMD/iPhone;FBSN/iOS;FBSV/17.1.2;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]",
    "Mozilla/5.0 (Linux; Android 13; SM-A546E Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Instagram 309.0.0.40.113 Android (33/13; 420dpi;"
    " 1080x2400; samsung; SM-A546E; a54x; s5e8835; en_US; 541635897)",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.86 Mobile"
    " Safari/537.36",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A546E Build/TP1A.220624.014)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " MicroMessenger/8.0.44(0x18002c2f) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 13; SM-A546E Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 trill_320405 JsSdk/1.0 NetType/WIFI Channel/googleplay"
    " AppName/musical_ly app_version/32.4.5 ByteLocale/en ByteFullLocale/en Region/BD BytedanceWebview/d8a21c6",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    " Line/13.19.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP1A.240505.005; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/124.0.6367.179 Mobile Safari/537.36 [Pinterest/Android]",
    "Mozilla/5.0 (Linux; Android 12; SM-T505) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
    " OPR/79.0.2254.70312",
]

ORDINARY_KEYS = ["num_adults", "num_children", "checkin_date", "checkout_date", "destination_airport",
                 "origin_airport", "hotel_score", "travel_class", "property_type", "fuel_type", "body_style",
                 "exterior_color", "gift_wrap", "delivery_slot", "pickup_store_id", "payment_method",
                 "installments", "brand_name", "seller_name", "font_name", "device_category", "app_version",
                 "experiment_id", "ab_group", "room_type", "guest_count", "store_city", "warehouse_zip",
                 "screen_resolution", "item_list_name", "children", "adults", "guests", "infants", "hotel_city",
                 "destination_city", "origin_city", "hotel_country", "store_address", "pickup_location",
                 "branch_name", "phone_model", "phone_case_color", "email_template_id", "address_type",
                 "mobile_app_version", "mobile_os", "country_of_manufacture", "sim_type", "card_type",
                 "card_brand", "birthday_sale", "name_engraving_font", "tax_id_required"]


def _ordinary_place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "gift message": ("track", {"properties": {"gift_message": value}}),
        "page name": ("page", {"data": {"name": value}}),
        "page category": ("page", {"data": {"category": value}}),
        "flat product variant": ("track", {"name": "Product Added",
                                           "properties": {"products[0][product_id]": "S-1",
                                                          "products[0][variant]": value}}),
    }
    return table[place]


ORDINARY_PLACES: Dict[str, List[str]] = {
    "prices and amounts": ["gift message", "page category"],
    "SKUs and product codes": ["flat product variant", "page name"],
    "dates and times": ["gift message", "page category"],
    "versions": ["gift message", "page name"],
    "product names with numbers": ["page name", "flat product variant"],
    "masked and hashed data": ["gift message", "page category"],
    "shop text": ["gift message", "page name"],
    "titles with numbers": ["page name", "flat product variant"],
}


def ordinary_cases() -> Iterator[Tuple[str, str, Dict[str, Any], str]]:
    """(test id, kind, make_event overrides, value that must be found among the request's strings or numbers)."""
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _ordinary_place)
    yield from ordinary_urls(ORDINARY_URLS)
    for index, agent in enumerate(ORDINARY_AGENTS):
        yield (f"user agents: {index} {agent[-40:]}", "page", {"user_agent": agent}, agent)
    yield from ordinary_keys(ORDINARY_KEYS)
    for product in [{"product_id": "DK-42", "name": "Jamdani Saree 6 m", "price": "4500", "quantity": "1"}]:
        yield ("flat contents: a product's title", "track",
               {"name": "Order Completed", "properties": {
                   "value": "4500", "currency": "BDT",
                   "contents": json.dumps([{"id": product["product_id"], "quantity": 1, "item_price": 4500,
                                            "title": product["name"]}])}}, product["name"])
