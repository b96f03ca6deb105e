"""An eighth outside attack on the privacy gate, written from the README's promises alone (section "Personal data: one
budget in, one gate out"), without reading the gate's code, and avoiding the earlier attacks' spellings
(tests/privacy_attack_cases.py to _7.py): a new persona (a Filipino address, mobile number and IP range), and for each
README rule the nearest variant it does not name: another separator, another script, another order of parts, a value
split by markup or escapes inside one string, two encodings combined, data in a key, values at the length limits, in
the places the README lists (a custom property, a page's title, a product in the event's list, `utm_campaign`, a
referrer's fragment, a page's search, a field of the flat `contents`).

Each case is (name, kind, make_event overrides, forms), as in the earlier attacks; the first word of a name is its
family. The forms are looked for with the second attack's `found_any`.
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

LOCAL, DOMAIN = "zqmaricel.bautista", "example.ph"
EMAIL = f"{LOCAL}@{DOMAIN}"
FORM = "zqmaricel"  # what must not leave of the address
PH = "9171234567"  # a Philippine mobile number without its trunk 0
IP4 = "112.198.77.45"
IP6 = "2001:4450:4d1f:8a00::45"
URL = "https://tindahan.example.ph"
E = quote(EMAIL, safe="")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b32(text: str) -> str:
    return base64.b32encode(text.encode()).decode()


def _ents(text: str, chars: str = "@.") -> str:
    return "".join(f"&#{ord(ch)};" if ch in chars else ch for ch in text)


CARD_VISA = luhn_complete("453201511283036")
CARD_MC2 = luhn_complete("222300004840001")  # a Mastercard 2-series
CARD_JCB = luhn_complete("353011133330000")
CARD_UNION = luhn_complete("620000000000000")
IBAN_DE = iban("DE", "370400440532013000")
IBAN_FR = iban("FR", "20041010050500013M02606")
IBAN_GB = iban("GB", "NWBK60161331926819")
IBAN_NL = iban("NL", "ABNA0417164300")

# --- mail: the nearest variant of each canonicalization rule ---------------------------------------------------------
MAILS: Dict[str, Tuple[str, List[str]]] = {
    "Filipino words for at and dot": ("zqmaricel.bautista sa example tuldok ph", [FORM]),
    "at word in curly braces": ("zqmaricel.bautista{at}example{dot}ph", [FORM]),
    "at word in angle brackets": ("zqmaricel.bautista<at>example<dot>ph", [FORM]),
    "upper-case AT and DOT in brackets": ("ZQMARICEL.BAUTISTA [AT] EXAMPLE [DOT] PH", ["ZQMARICEL"]),
    "at word between pipes": ("zqmaricel.bautista|at|example|dot|ph", [FORM]),
    "at word between plus signs": ("zqmaricel.bautista+at+example+dot+ph", [FORM]),
    "at word between tildes": ("zqmaricel.bautista~at~example~dot~ph", [FORM]),
    "at word between colons": ("zqmaricel.bautista:at:example:dot:ph", [FORM]),
    "at sign between underscores": ("zqmaricel.bautista_@_example.ph", [FORM]),
    "address split by a line break before the at": ("zqmaricel.bautista\n@example.ph", [FORM]),
    "address split by a tab": ("zqmaricel.bautista\t@\texample.ph", [FORM]),
    "address split by a bold tag": ("zqmaricel.bautista<b>@</b>example<b>.</b>ph", [FORM]),
    "address split by an HTML comment": ("zqmaricel.bautista<!-- x -->@<!-- y -->example.ph", [FORM]),
    "address split by a wbr": ("zqmaricel.<wbr>bautista@<wbr>example.ph", [FORM]),
    "address split by a markdown link": ("[zqmaricel.bautista@example.ph](mailto:zqmaricel.bautista@example.ph)",
                                         [FORM]),
    "address split by escaped quotes in JSON": ('"zqmaricel.bautista\\"@\\"example.ph"', [FORM]),
    "at as a CSS escape without a blank": ("zqmaricel.bautista\\000040example.ph", [FORM]),
    "at as an HTML entity inside percent": ("zqmaricel.bautista%26%2364%3Bexample.ph", [FORM]),
    "at as percent inside an entity": ("zqmaricel.bautista&#x25;40example.ph", [FORM]),
    "entity without a semicolon and a dot entity": ("zqmaricel&#46bautista&#64example&#46ph", [FORM]),
    "named entity for the full stop": ("zqmaricel&period;bautista&commat;example&period;ph", [FORM]),
    "upper-case hex entity": ("zqmaricel.bautista&#X40;example.ph", [FORM]),
    "triple percent-encoded at": ("zqmaricel.bautista%252540example.ph", [FORM]),
    "base64 of the percent-encoded address": (_b64(E), [_b64(E)[:16]]),
    "base32 of the address in lower case": (_b32(EMAIL).lower().rstrip("="), [_b32(EMAIL).lower()[:16]]),
    "base64 of the address with a data URI": ("data:text/plain;base64," + _b64(EMAIL), [_b64(EMAIL)[:16]]),
    "small commercial at": ("zqmaricel.bautista\ufe6bexample.ph", [FORM]),
    "at in a circle of keycap style": ("zqmaricel.bautista\u24d0example.ph", [FORM]),
    "Arabic full stop as the dot": ("zqmaricel.bautista@example\u06d4ph", [FORM]),
    "Armenian full stop as the dot": ("zqmaricel.bautista@example\u0589ph", [FORM]),
    "Ethiopic full stop as the dot": ("zqmaricel.bautista@example\u1362ph", [FORM]),
    "one-dot leader with a zero-width space": ("zqmaricel\u200b.bautista@\u200bexample\u2024ph", [FORM]),
    "math sans-serif address": ("".join(chr(0x1D5BA + ord(c) - 97) if c.isalpha() else c for c in EMAIL),
                                ["zqmaricel"]),
    "Cyrillic look-alikes in the domain": ("zqmaricel.bautista@\u0435x\u0430mpl\u0435.ph", [FORM]),
    "address reversed with a right-to-left override": ("\u202e" + EMAIL[::-1] + "\u202c", [EMAIL[::-1][:12]]),
    "address with a trailing comment after the domain": ("zqmaricel.bautista@example.ph(home)", [FORM]),
    "address in angle brackets with a display name": ('"Maricel B." <zqmaricel.bautista@example.ph>', [FORM]),
    "address in a JS concat with double quotes": ('"zqmaricel.bautista" + "@" + "example.ph"', [FORM]),
    "address in Python string concatenation": ("'zqmaricel.bautista' '@example.ph'", [FORM]),
    "address with a soft hyphen in the local part": ("zqmari\u00adcel.bautista@example.ph", [FORM]),
    "address with a glued order code after it": ("zqmaricel.bautista@example.phORD1001", [FORM]),
    "address in a JSON array of pieces": ('["zqmaricel.bautista", "@", "example.ph"]', [FORM]),
    "address as a key=value inside a cookie string": (f"_ga=GA1.2.1.2; user={E}; lang=tl", [FORM]),
    "address after an Arabic comma": ("مرحبا،zqmaricel.bautista@example.ph", [FORM]),
    "address at the end of a long note": ("x" * 3900 + " zqmaricel.bautista@example.ph", [FORM]),
    "address with the at fullwidth and dots ideographic": ("zqmaricel\u3002bautista\uff20example\u3002ph", [FORM]),
}

# --- phone: a Philippine mobile in the nearest layouts ---------------------------------------------------------------
PHONES: Dict[str, Tuple[str, str]] = {
    "PH +63 spaced": ("+63 917 123 4567", PH),
    "PH trunk 0 dashed": ("0917-123-4567", PH),
    "PH trunk 0 compact": ("09171234567", PH),
    "PH 0063": ("0063 917 123 4567", PH),
    "PH 63 with parentheses": ("(+63) 917 123 4567", PH),
    "PH plus in brackets": ("[+63] 9171234567", PH),
    "PH with middle dots": ("0917\u00b7123\u00b74567", PH),
    "PH with a figure dash": ("0917\u2012123\u20124567", PH),
    "PH with an ideographic space": ("0917\u3000123\u30004567", PH),
    "PH with escaped blanks": ("0917\\u0020123\\u00204567", PH),
    "PH with percent-encoded blanks": ("0917%20123%204567", PH),
    "PH with plus blanks": ("%2B63+917+123+4567", PH),
    "PH with entities for blanks": ("+63&#32;917&#32;123&#32;4567", PH),
    "PH split by a span": ("0917<span>123</span>4567", PH),
    "PH in Devanagari digits": ("+६३ ९१७ १२३ ४५६७", "9171234567"),
    "PH in fullwidth digits": ("\uff10\uff19\uff11\uff17\uff11\uff12\uff13\uff14\uff15\uff16\uff17", PH),
    "PH in Filipino words after Tumawag": ("Tumawag sa 0917 123 4567", PH),
    "PH after a Tagalog label": ("Numero ng telepono: 0917 123 4567", PH),
    "PH with a Viber label": ("Viber: 09171234567", PH),
    "PH as a tel link": ("tel:+639171234567", PH),
    "PH as a wa.me link": ("https://wa.me/639171234567", PH),
    "PH with an extension of a slash": ("+63 2 8123 4567 / 0917 123 4567", PH),
    "PH in a sms: URI with a body": ("sms:+639171234567?body=hi", PH),
    "PH in JSON number form": ('{"contact": 639171234567}', "639171234567"),
    "PH in number words": ("zero nine one seven one two three four five six seven", "nine one seven"),
    "PH with letters for digits": ("O9l7 l23 4567", "4567"),
    "PH after a hash": ("#09171234567", PH),
    "PH with the trunk in parentheses": ("+63 (0) 917 123 4567", PH),
    "PH glued to a word by a colon": ("mobile:09171234567", PH),
    "US with dots in parentheses": ("(650).555.0199", "555.0199"),
    "US international with a dot after the 1": ("+1.650.555.0199", "6505550199"),
    "UK with a slash": ("07700/900173", "7700900173"),
    "DE with a slash and a dash": ("+49 (0) 151/2345-6789", "23456789"),
    "JP with fullwidth hyphen": ("090\uff0d1234\uff0d5678", "12345678"),
}

IPS: Dict[str, Tuple[str, str]] = {
    "IPv4 with fullwidth dots": ("112\uff0e198\uff0e77\uff0e45", "112.198.77.45"),
    "IPv4 with percent-encoded dots": ("112%2E198%2E77%2E45", IP4),
    "IPv4 with entity dots": ("112&#46;198&#46;77&#46;45", IP4),
    "IPv4 after a Forwarded label with a port": (f"X-Real-IP: {IP4}:443", IP4),
    "IPv4 in a JSON ip field": (json.dumps({"ip": IP4, "ok": True}), IP4),
    "IPv4 with blanks around dots": ("112 . 198 . 77 . 45", "112 . 198"),
    "IPv4 in Arabic-Indic digits": ("١١٢.١٩٨.٧٧.٤٥", "112.198.77.45"),
    "IPv4 as dotted hex without 0x": ("70.c6.4d.2d", "70.c6.4d.2d"),
    "IPv6 compressed in text": (f"client {IP6} connected", IP6),
    "IPv6 upper case": (IP6.upper(), IP6.upper()),
    "IPv6 with a zone after a percent": (f"{IP6}%eth0", IP6),
    "IPv6 with dashes in a sslip host": ("2001-4450-4d1f-8a00--45.sslip.io", "2001-4450-4d1f-8a00--45"),
    "IPv4 in sslip with dashes": ("112-198-77-45.sslip.io", "112-198-77-45"),
    "IPv4 reversed labels": ("45.77.198.112.in-addr.arpa", "45.77.198.112"),
}

IDS: Dict[str, Tuple[str, str]] = {
    "Visa grouped by dots": (".".join(CARD_VISA[i:i + 4] for i in range(0, 16, 4)), CARD_VISA[4:8]),
    "Visa grouped by slashes": ("/".join(CARD_VISA[i:i + 4] for i in range(0, 16, 4)), CARD_VISA[4:8]),
    "Visa with underscores": ("_".join(CARD_VISA[i:i + 4] for i in range(0, 16, 4)), CARD_VISA[4:8]),
    "Mastercard 2-series": (CARD_MC2, CARD_MC2),
    "JCB spaced": (spaced(CARD_JCB), CARD_JCB[4:8]),
    "UnionPay in fullwidth digits": ("".join(chr(0xFF10 + int(d)) for d in CARD_UNION), CARD_UNION),
    "Visa after card label with colon": (f"Card: {CARD_VISA}", CARD_VISA),
    "Visa with an expiry glued": (f"{CARD_VISA}|12/29|123", CARD_VISA),
    "German IBAN lower-case spaced": (spaced(IBAN_DE).lower(), IBAN_DE[4:8]),
    "French IBAN with dashes": ("-".join(IBAN_FR[i:i + 4] for i in range(0, len(IBAN_FR), 4)), IBAN_FR[4:8]),
    "British IBAN after a label": (f"Pay to IBAN: {IBAN_GB}", IBAN_GB[4:]),
    "Dutch IBAN with dots": (".".join(IBAN_NL[i:i + 4] for i in range(0, len(IBAN_NL), 4)), IBAN_NL[8:12]),
    "US SSN with blanks": ("SSN 078 05 1120", "078 05 1120"),
    "US SSN with dots": ("078.05.1120", "078.05.1120"),
    "Philippine TIN after label": ("TIN: 123-456-789-000", "123-456-789"),
    "Philippine SSS after label": ("SSS No. 34-1234567-8", "1234567"),
    "Philippine PhilSys number": ("PhilSys: 1234-5678-9101-1213", "5678-9101"),
    "Spanish DNI with a dash": ("12345678-Z", "12345678"),
    "Italian codice fiscale lower-case": ("rssmra85t10a562s", "rssmra85t10a562s"),
}

DOBS: Dict[str, Tuple[str, str]] = {
    "Filipino label": ("Kaarawan: 14/07/1988", "14/07/1988"),
    "English label lower-case": ("date of birth - 1988/07/14", "1988/07/14"),
    "birth label after the date": ("14.07.1988 (date of birth)", "14.07.1988"),
    "DOB with a month abbreviation": ("DOB: 14-Jul-1988", "14-Jul-1988"),
    "birthdate key in JSON text": ('{"birthdate": "1988-07-14"}', "1988-07-14"),
    "born label with two words between": ("Born in Manila on 14 July 1988", "14 July 1988"),
    "D.O.B. with dots": ("D.O.B. 14/07/1988", "14/07/1988"),
    "birthday label with a year only date": ("Birthday: July 14, 1988", "July 14, 1988"),
    "Japanese label": ("生年月日: 1988年7月14日", "1988年7月14日"),
    "German label": ("Geburtsdatum 14.07.1988", "14.07.1988"),
}

POSTAL: Dict[str, Tuple[str, str]] = {
    "Manila street with barangay": ("123 Rizal Avenue, Brgy. 45, Manila", "123 Rizal Avenue"),
    "Quezon City with purok": ("Blk 12 Lot 5 Phase 2, Quezon City", "Blk 12 Lot 5"),
    "US line with a unit": ("742 Evergreen Terrace Apt 3, Springfield", "742 Evergreen Terrace"),
    "UK line with a flat": ("Flat 4, 22 Acacia Avenue, London", "22 Acacia Avenue"),
    "street line ended by a dash": ("10 Downing Street - London SW1A 2AA", "10 Downing Street"),
    "street line with a line break in HTML": ("12 Awolowo Road<br>Ikoyi, Lagos", "12 Awolowo Road"),
    "coordinates with a semicolon": ("14.599512;120.984222", "14.599512"),
    "coordinates in a Google Maps query": ("https://maps.google.com/?q=14.599512,120.984222", "14.599512"),
    "coordinates with N and E letters": ("14.599512N 120.984222E", "14.599512"),
    "plus code short before town": ("HX2M+QJ Manila", "HX2M+QJ"),
}

NAMES: Dict[str, Tuple[str, str]] = {
    "Filipino salutation": ("Mahal na Gng. Bautista,\nsalamat", "Bautista"),
    "English salutation with Ms.": ("Dear Ms. Maricel Bautista,\nthanks", "Bautista"),
    "name label with a dash": ("Name - Maricel Bautista", "Bautista"),
    "customer label lower-case name": ("Customer: maricel bautista", "bautista"),
    "billed to label": ("Billed to: Maricel Bautista", "Bautista"),
    "deliver to label": ("Deliver to: Maricel Bautista", "Bautista"),
    "sender label": ("Sender: Maricel Bautista", "Bautista"),
    "pangalan label": ("Pangalan: Maricel Bautista", "Bautista"),
}


def _place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "page title": ("page", {"title": value}),
        "order note": ("track", {**order, "properties": {"value": "5", "currency": "PHP", "order_note": value}}),
        "product name in the list": ("track", {**order, "properties": {"value": "5", "currency": "PHP"},
                                                "products": [{"product_id": "V-1", "name": value, "price": "5",
                                                              "quantity": "1"}]}),
        "utm_campaign": ("page", {"url": f"{URL}/?utm_source=sms&utm_campaign={q}"}),
        "referrer fragment": ("page", {"referrer": f"https://mail.example.net/inbox#q={q}"}),
        "page search": ("page", {"url": f"{URL}/hanap", "search": f"?q={q}"}),
        "contents JSON field": ("track", {**order, "properties": {
            "value": "5", "currency": "PHP",
            "contents": json.dumps([{"id": "V-1", "quantity": 1, "item_price": 5, "title": value}])}}),
        "url path": ("page", {"url": f"{URL}/p/{q}"}),
    }
    return table[place]


MAIL_PLACES = ["order note", "page title", "utm_campaign", "product name in the list"]
PHONE_PLACES = ["order note", "page title", "page search", "contents JSON field"]
IP_PLACES = ["order note", "utm_campaign", "page title"]
ID_PLACES = ["order note", "page title", "contents JSON field"]
DOB_PLACES = ["order note", "page title", "referrer fragment"]
POSTAL_PLACES = ["order note", "page title", "contents JSON field"]
NAME_PLACES = ["order note", "page title", "product name in the list"]


def value_cases() -> Iterator[Case]:
    yield from crossed("mail", MAILS, MAIL_PLACES, _place)
    yield from crossed("phone", PHONES, PHONE_PLACES, _place)
    yield from crossed("ip", IPS, IP_PLACES, _place)
    yield from crossed("id", IDS, ID_PLACES, _place)
    yield from crossed("dob", DOBS, DOB_PLACES, _place)
    yield from crossed("postal", POSTAL, POSTAL_PLACES, _place)
    yield from crossed("name", NAMES, NAME_PLACES, _place)


# --- two encodings combined, values at the length limits, markup attributes -------------------------------------
LONG = "x" * (4096 - len(EMAIL) - 1)
COMBOS: Dict[str, Tuple[str, List[str]]] = {
    "base64 of an entity-encoded address": (_b64(_ents(EMAIL)), [_b64(_ents(EMAIL))[:16]]),
    "percent-encoded base64 of the address": (quote(_b64(EMAIL), safe=""), [_b64(EMAIL)[:16]]),
    "hex of the address behind an upper-case 0X": ("0X" + EMAIL.encode().hex().upper(),
                                                   [EMAIL.encode().hex().upper()[:16]]),
    "zero-width joiners between every character": ("\u200d".join(EMAIL), [FORM]),
    "fullwidth at percent-encoded": (EMAIL.replace("@", quote("\uff20")), [FORM]),
    "ideographic full stop percent-encoded": (EMAIL.replace(".", quote("\u3002")), [FORM]),
    "JSON escape for the dots only": (EMAIL.replace(".", "\\u002e"), [FORM]),
    "address in an HTML mailto anchor": (f'<a href="mailto:{EMAIL}">write to us</a>', [FORM]),
    "address in data attributes": ('<span data-user="zqmaricel.bautista" data-host="example.ph"></span>', [FORM]),
    "address ending a value of exactly 4096 characters": (f"{LONG} {EMAIL}", [FORM]),
    "address with the at as a percent-encoded entity of a percent": ("zqmaricel.bautista%26%23x25%3B40example.ph",
                                                                    [FORM]),
    "address with an at escaped by a JSON unicode escape percent-encoded": (
        "zqmaricel.bautista%5Cu0040example.ph", [FORM]),
    "address in a URL-encoded form body with plus for blanks": (f"name=Maricel+B&contact={E}&msg=hi+there", [FORM]),
}
COMBO_PLACES = ["order note", "page title", "referrer fragment", "contents JSON field", "url path"]


def combo_cases() -> Iterator[Case]:
    yield from crossed("combo", COMBOS, COMBO_PLACES, _place)


# --- key: personal keys by the token rule's nearest variants -----------------------------------------------------
PERSONAL_KEYS: Dict[str, Tuple[str, str]] = {  # key: (value, form)
    "e.mail": (EMAIL, FORM),
    "E_Mail_Adresse": (EMAIL, FORM),
    "emailAddr": (EMAIL, FORM),
    "eml": (EMAIL, FORM),
    "usr_eml": (EMAIL, FORM),
    "contact[email]": (EMAIL, FORM),
    "data.user.email": (EMAIL, FORM),
    "EMAIL_ADDRESS_1": (EMAIL, FORM),
    "emailaddress2": (EMAIL, FORM),
    "e\u2011mail": (EMAIL, FORM),
    "ＥＭＡＩＬ": (EMAIL, FORM),
    "em\u200bail": (EMAIL, FORM),
    "mobileNo": ("09171234567", PH),
    "cp_number": ("09171234567", PH),
    "cellphone": ("09171234567", PH),
    "telepono": ("09171234567", PH),
    "numero_telepono": ("09171234567", PH),
    "viber": ("09171234567", PH),
    "gcash_number": ("09171234567", PH),
    "contactNo": ("09171234567", PH),
    "pangalan": ("Maricel Bautista", "Bautista"),
    "apelyido": ("Bautista", "Bautista"),
    "buong_pangalan": ("Maricel Bautista", "Bautista"),
    "tirahan": ("123 Rizal Avenue", "123 Rizal Avenue"),
    "barangay": ("Brgy. 45", "Brgy. 45"),
    "kaarawan": ("1988-07-14", "1988-07-14"),
    "given-name": ("Maricel", "Maricel"),
    "family-name": ("Bautista", "Bautista"),
    "additional-name": ("Santos", "Santos"),
    "address-line2": ("Unit 4B Tower 2", "Unit 4B"),
    "postal-code": ("1000", "1000"),
    "bday": ("1988-07-14", "1988-07-14"),
    "cc-number": (CARD_VISA, CARD_VISA),
    "cc-name": ("MARICEL BAUTISTA", "BAUTISTA"),
    "tin_no": ("123-456-789-000", "123-456-789"),
    "sss_number": ("34-1234567-8", "1234567"),
    "philhealth_no": ("12-345678901-2", "345678901"),
    "umid_no": ("0111-2345678-9", "2345678"),
    "x-forwarded-for": (IP4, IP4),
    "remoteAddr": (IP4, IP4),
    "geo.lat": ("14.599512", "14.599512"),
    "userLat": ("14.599512", "14.599512"),
    "userEmail\u0301": (EMAIL, FORM),
}


def key_cases() -> Iterator[Case]:
    for key, (value, form) in PERSONAL_KEYS.items():
        yield (f"key {key}: custom property", "track", {"properties": {key: value}}, [form])
        yield (f"key {key}: page query", "page",
               {"url": f"{URL}/checkout?{quote(key, safe='')}={quote(value, safe='')}&step=2"}, [form])


# --- data in a key: the value is in the key itself -----------------------------------------------------------------
KEYS_HOLDING: Dict[str, Tuple[Dict[str, str], str]] = {
    "email as a key with an encoded at": ({"zqmaricel.bautista%40example.ph": "1"}, FORM),
    "email as a key with an entity at": ({"zqmaricel.bautista&#64;example.ph": "1"}, FORM),
    "phone as a key": ({"+63 917 123 4567": "1"}, PH),
    "IP as a key": ({IP4: "seen"}, IP4),
    "email split between key and value with a bracket word": ({"zqmaricel.bautista [at]": "example [dot] ph"}, FORM),
    "phone split between key and value": ({"0917 123": "4567"}, "0917 123"),
}


def key_holding_cases() -> Iterator[Case]:
    for name, (props, form) in KEYS_HOLDING.items():
        yield (f"keyval {name} @ custom property", "track", {"properties": props}, [form])
        key, value = next(iter(props.items()))
        yield (f"keyval {name} @ page query", "page",
               {"url": f"{URL}/?{quote(key, safe='')}={quote(value, safe='')}"}, [form])


# --- url: nearest variants of the URL rules ----------------------------------------------------------------------
URLS: Dict[str, Tuple[str, List[str]]] = {
    "email in the path with an encoded slash": (f"{URL}/u%2F{E}", [FORM]),
    "email in the path with the at raw": (f"{URL}/u/{EMAIL}/orders", [FORM]),
    "email split over two segments": (f"{URL}/u/zqmaricel.bautista/@example.ph", [FORM]),
    "email in a query key without value": (f"{URL}/?{E}", [FORM]),
    "email after a semicolon separator": (f"{URL}/?a=1;em={E}", [FORM]),
    "email in a fragment route": (f"{URL}/#/account/{E}", [FORM]),
    "email in a fragment query after a bang": (f"{URL}/#!/checkout?contact={E}", [FORM]),
    "phone in a query value of an unnamed key": (f"{URL}/?x=%2B639171234567", [PH]),
    "phone in the path dashed": (f"{URL}/call/0917-123-4567", [PH]),
    "IP in the path": (f"{URL}/geo/{IP4}", [IP4]),
    "user info with only a name": ("https://zqmaricel@tindahan.example.ph/", [FORM]),
    "user info with a password": ("https://zqmaricel:secret@tindahan.example.ph/", [FORM]),
    "nested redirect double-encoded": (f"{URL}/r?next=" + quote(f"{URL}/?e={E}", safe=""), [FORM]),
    "backslash in place of slash before the address": (f"{URL}\\u\\{EMAIL}", [FORM]),
    "host is a hex IPv4": ("http://0x70c64d2d/shop", ["0x70c64d2d"]),
    "host is an IPv6 literal": (f"http://[{IP6}]/shop", [IP6]),
    "address in a tracking param with ampersand entity": (f"{URL}/?a=1&amp;email={E}", [FORM]),
    "address in utm_content base64": (f"{URL}/?utm_content={_b64(EMAIL)}", [_b64(EMAIL)[:16]]),
    "name params of a checkout": (f"{URL}/checkout?firstName=Maricel&lastName=Bautista", ["Bautista"]),
    "address in a hash param of a SPA": (f"{URL}/#email={E}", [FORM]),
}


def url_cases() -> Iterator[Case]:
    for name, (url, forms) in URLS.items():
        yield (f"url {name} @ page URL", "page", {"url": url}, forms)
        yield (f"url {name} @ referrer", "page", {"referrer": url}, forms)


AGENTS: Dict[str, Tuple[str, List[str]]] = {
    "app comment with an address in brackets": (f"TindahanApp/3.0 (Android 14; [{EMAIL}])", [FORM]),
    "app comment with an encoded address": (f"TindahanApp/3.0 (Android 14; user={E})", [FORM]),
    "app comment with a spelled address": ("TindahanApp/3.0 (iOS 17; zqmaricel.bautista at example dot ph)",
                                           [FORM]),
    "app comment with a Philippine mobile": ("TindahanApp/3.0 (Android 14; msisdn 639171234567)", ["639171234567"]),
    "app comment with a trunk mobile": ("TindahanApp/3.0 (Android 14; 0917-123-4567)", [PH]),
    "app comment with a card": (f"TindahanApp/3.0 (Android 14; {spaced(CARD_VISA)})", [CARD_VISA[4:8]]),
    "app comment with an IPv6": (f"TindahanApp/3.0 (Android 14; {IP6})", [IP6]),
    "app comment with a name label": ("TindahanApp/3.0 (Android 14; Name: Maricel Bautista)", ["Bautista"]),
    "app comment with a JSON email": ('TindahanApp/3.0 {"email":"' + EMAIL + '"}', [FORM]),
    "app comment with an IP after a word": (f"TindahanApp/3.0 (Android 14; wan {IP4})", [IP4]),
}


def agent_cases() -> Iterator[Case]:
    for name, (agent, forms) in AGENTS.items():
        yield (f"ua {name}", "page", {"user_agent": agent}, forms)


def cases() -> List[Case]:
    return [*value_cases(), *combo_cases(), *key_cases(), *key_holding_cases(), *url_cases(), *agent_cases()]


# --- ordinary shop data that must go out (false-positive hunt), close to the rules ---------------------------------
ORDINARY: Dict[str, List[str]] = {
    "prices with currency words": ["PHP 1,299.00", "₱1,299", "1,299 pesos", "P 999.75 only", "USD 49.99 at checkout",
                                   "Php 12,345.67", "SGD 1,000.00 - 2,000.00", "IDR 1.250.000", "€ 1.234,56 inkl."],
    "dates on orders": ["Ordered on 14/07/2026", "Delivered 2026-07-14 10:30", "Ships by July 14, 2026",
                        "Date: 14.07.2026", "Order date 2026/07/14", "Birthday sale ends 14.07.2026",
                        "Valid 14-Jul-2026", "2026年7月14日 発送"],
    "product names with address-like words": ["Rizal Avenue Tote", "Baker Street Trench Coat", "Main St. Sneakers 42",
                                              "Route 66 Mug", "Avenue Q Soundtrack", "Park Lane Sofa 3-seater",
                                              "5th Avenue Chocolate Bar", "Abbey Road Vinyl 1969"],
    "codes after labels": ["Order #PH-2026-000123", "Tracking: JT1234567890", "Voucher: GCASH50",
                           "SKU: 917-123-AB", "Ref: 2026071400001", "Batch 2026-07", "Promo code SALE2026",
                           "Model No. SM-A546E", "Invoice No. 00012345"],
    "versions": ["v3.0.12", "Build 2026.07.14.1", "Firmware 1.12.3.4", "App 10.5.1 (1234)", "Chrome 126.0.6478.61"],
    "shop text with at and dot": ["Buy 2 @ ₱99", "Available at SM Megamall", "Follow us @tindahan",
                                  "Sizes S/M/L", "3 for 2 at all stores", "Shop at tindahan.example.ph",
                                  "Made in the Philippines", "Free delivery in Metro Manila"],
    "birth words on products": ["Happy Birthday Card 14.07", "Birthday Candles 18 pcs", "Born to Run Vinyl 1975",
                                "Birth year wine 1988", "Birthday sale ends 2026-07-14"],
    "prices in spaced thousands": ["Price: 1 234 567 PHP", "Total 12 345 678 VND", "₱ 917.50", "Subtotal: 9,171.23",
                                   "12 x ₱ 1,299.00"],
    "measures and counts": ["500 ml x 12", "1.5 kg", "34 x 28 x 10 cm", "4K 120 Hz", "256 GB / 8 GB",
                            "10,000 mAh", "Pack of 100", "Ages 3-5", "EU 38 / US 7"],
}

ORDINARY_URLS = [
    f"{URL}/?utm_source=facebook&utm_medium=cpc&utm_campaign=payday_sale_2026_07&utm_content=ad_0917",
    f"{URL}/products/rizal-avenue-tote?variant=43211234567890",
    f"{URL}/collections/sale?page=3&sort_by=price-ascending",
    f"{URL}/orders/1001/status?token=a1b2c3d4e5",
    f"{URL}/blog/2026/07/14/payday-deals",
    f"{URL}/search?q=rice+cooker+1.8L",
    f"{URL}/?fbclid=IwAR2xYz123AbC&gclid=CjwKCAjw",
    f"{URL}/#reviews",
    f"{URL}/store-locator?city=Manila",
    f"{URL}/p/model-SM-A546E?color=black",
    f"{URL}/?utm_term=0917&utm_id=2026071400001",
    f"{URL}/?ref=2026071400001&campaign_id=120212345678901234",
    f"{URL}/products/birthday-card-14-07?variant=1",
    f"{URL}/orders/PH-2026-000123",
]

ORDINARY_KEYS = ["utm_campaign", "promo_code", "voucher_code", "payment_method", "shipping_fee", "store_branch",
                 "delivery_slot", "gift_wrap", "product_color", "size_label", "order_status", "cart_total",
                 "email_opt_in", "phone_case_color", "address_type", "store_city", "hotel_city", "item_count",
                 "page_type", "list_name"]


def _ordinary_place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return order_place(place, value, "PHP")


ORDINARY_PLACES: Dict[str, List[str]] = {
    "prices with currency words": ["order note", "page title"],
    "dates on orders": ["order note", "page title"],
    "product names with address-like words": ["page title", "product name in the list"],
    "codes after labels": ["order note", "product name in the list"],
    "versions": ["order note", "page title"],
    "shop text with at and dot": ["order note", "page title"],
    "measures and counts": ["order note", "product name in the list"],
    "birth words on products": ["order note", "product name in the list"],
    "prices in spaced thousands": ["order note", "page title"],
}


def ordinary_cases() -> Iterator[Tuple[str, str, Dict[str, Any], str]]:
    """(test id, kind, make_event overrides, value that must be found among the request's strings or numbers)."""
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _ordinary_place)
    yield from ordinary_urls(ORDINARY_URLS)
    yield from ordinary_keys(ORDINARY_KEYS)
