"""A twenty-fourth outside attack on the privacy gate, written from the README's promises alone (section "Personal
data: one budget in, one gate out"), without reading the gate's code nor the earlier attacks' cases: shoppers in
Hyderabad, Bengaluru, Kochi, Ahmedabad, Pune, Amritsar and Karachi (Telugu, Kannada, Malayalam, Gujarati, Marathi,
Punjabi in Gurmukhi and Shahmukhi, Sindhi, in their scripts and romanized as typed, their digits and number words),
their Aadhaar (Verhoeff check computed here), PAN, EPIC and CNIC, their addresses as written (`H.No.`, `S/o`,
`Near`, PIN codes); shoppers in Erbil, Diyarbakır, Ürümqi, Kazan, Ufa, Grozny, Brooklyn, Auckland, Asunción and Port
of Spain (Kurdish, Uyghur, Tatar, Bashkir, Chechen, Yiddish, Māori, Guaraní, Trinidadian English) and Esperanto;
structured texts pasted into a field (vCard, iCalendar, mail headers, CSV, Markdown, YAML, TOML, form bodies,
GraphQL variables, a JWT, log lines, signatures, payment QR payloads); near misses of the twenty-third attack's
rules; in the leaves of Meta's payload the README maps, in Meta's own fields and in the fields whose failure is an
`Err`, run natively.

Each case is (name, kind, make_event overrides, forms) as in the second attack; the first word of a name is its
family. Ordinary shop data of the same places and scripts must go out unchanged.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import Ordinary

Case = Tuple[str, str, Dict[str, Any], List[str]]

MS = 1764460800000
SHOP = "https://shop.example.in"

# Verhoeff tables (dihedral group D5), written from the algorithm's definition.
def _d5(i: int, j: int) -> int:
    """The product of two elements of D5 numbered 0-4 (rotations) and 5-9 (reflections)."""
    if i < 5 and j < 5:
        return (i + j) % 5
    if i < 5:
        return 5 + (i + j - 5) % 5
    if j < 5:
        return 5 + (i - 5 - j) % 5
    return (i - j) % 5


_PERM = [list(range(10)), [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _ in range(6):
    _PERM.append([_PERM[1][x] for x in _PERM[-1]])
_INV = [next(j for j in range(10) if _d5(i, j) == 0) for i in range(10)]


def verhoeff(body: str) -> str:
    """`body` with its Verhoeff check digit appended."""
    check = 0
    for position, digit in enumerate(reversed(body + "0")):
        check = _d5(check, _PERM[position % 8][int(digit)])
    return body + str(_INV[check])


def _verhoeff_ok(number: str) -> bool:
    check = 0
    for position, digit in enumerate(reversed(number)):
        check = _d5(check, _PERM[position % 8][int(digit)])
    return check == 0


AADHAAR = verhoeff("23456789012")
AADHAAR_2 = verhoeff("98765432101")
assert _verhoeff_ok(AADHAAR) and _verhoeff_ok(AADHAAR_2) and _verhoeff_ok("2363")


def native(text: str, zero: str) -> str:
    """ASCII digits of `text` written in the script whose zero is `zero`."""
    return "".join(chr(ord(zero) + int(ch)) if ch.isdigit() else ch for ch in text)


TE, KN, ML, GU, DEV, PA, URDU = "\u0c66", "\u0ce6", "\u0d66", "\u0ae6", "\u0966", "\u0a66", "\u06f0"


def grouped(number: str) -> str:
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


def b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


# Where a value goes: one of Meta's leaves the README maps. Returns (kind, overrides).
def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    places: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "note": ("track", {"properties": {"order_note": value}}),
        "title": ("page", {"title": value}),
        "path": ("page", {"url": f"{SHOP}/account/{q}/orders"}),
        "query": ("page", {"url": f"{SHOP}/checkout?ref={q}"}),
        "fragment": ("page", {"url": f"{SHOP}/#/cart?msg={q}"}),
        "referrer": ("page", {"referrer": f"https://mail.example.net/inbox?s={q}"}),
        "search": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "contents title": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "quantity": 1, "title": value}])}}),
        "contents brand": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "quantity": 1, "brand": value}])}}),
        "agent": ("page", {"user_agent": f"Mozilla/5.0 (Linux; Android 14; {value}) AppleWebKit/537.36"}),
        "json": ("track", {"properties": {"payload": json.dumps({"msg": value}, ensure_ascii=True)}}),
        "campaign": ("page", {"url": f"{SHOP}/p?utm_source=wa&utm_campaign={q}"}),
        "page search": ("page", {"url": f"{SHOP}/s", "search": f"?q={q}"}),
        "page category": ("page", {"data": {"category": value}}),
        "contents category": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "quantity": 1, "category": value}])}}),
        "referrer fragment": ("page", {"referrer": f"https://mail.example.net/#inbox/{q}"}),
        "encoded": ("track", {"properties": {"order_note": q}}),
        "meta order_id": ("track", {**order, "properties": {"order_id": value, "value": "5", "currency": "INR"}}),
        "meta event_id": ("track", {"properties": {"event_id": value}}),
        "meta content_name": ("track", {**order, "properties": {"content_name": value, "value": "5",
                                                                "currency": "INR"}}),
        "meta content_category": ("track", {"name": "Product Viewed", "properties": {"content_category": value}}),
        "meta status": ("track", {"name": "Signed Up", "properties": {"status": value}}),
        "meta content id": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": value, "quantity": 1}])}}),
        "meta fbc": ("track", {"properties": {"fbc": f"fb.1.{MS}.{value}"}}),
        "meta delivery_category": ("track", {"properties": {"delivery_category": value}}),
        "err currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
        "err value": ("track", {**order, "properties": {"value": value, "currency": "INR"}}),
        "err opt_out": ("track", {"properties": {"opt_out": value}}),
        "err quantity": ("track", {**order, "properties": {
            "currency": "INR", "contents": json.dumps([{"id": "S-1", "item_price": 5, "quantity": value}])}}),
        "err contents": ("track", {**order, "properties": {"currency": "INR", "contents": value}}),
        "err action_source": ("track", {"properties": {"action_source": value}}),
        "err data_processing_options": ("track", {"properties": {"data_processing_options": value}}),
    }
    return places[where]


def crossed(family: str, table: Dict[str, Tuple[str, List[str]]], wheres: List[str]) -> Iterator[Case]:
    for name, (value, forms) in table.items():
        for where in wheres:
            yield (f"{family} {name} @ {where}", *place(where, value), forms)


TEXT_PLACES = ["note", "title", "path", "json"]
SHORT_PLACES = ["note", "query", "contents title", "agent"]

# Names: self-introductions, labels, honorifics, relations and speakers, in the personas' scripts and as typed.
NAMES: Dict[str, Tuple[str, List[str]]] = {
    "Telugu self-introduction": ("నా పేరు రవి తేజ కొండపల్లి", ["కొండపల్లి"]),
    "Telugu romanized": ("naa peru Ravi Teja Kondapalli, order eppudu vastundi?", ["Kondapalli"]),
    "Kannada self-introduction": ("ನನ್ನ ಹೆಸರು ಅನಿಲ್ ಗೌಡ", ["ಗೌಡ"]),
    "Kannada romanized": ("nanna hesaru Anil Gowdaru, parcel bandilla", ["Gowdaru"]),
    "Malayalam self-introduction": ("എന്റെ പേര് അനു മാത്യു", ["മാത്യു"]),
    "Malayalam romanized": ("ente peru Anu Mathewkutty aanu", ["Mathewkutty"]),
    "Gujarati self-introduction": ("મારું નામ હિરેન પટેલ છે", ["પટેલ"]),
    "Gujarati romanized": ("maru naam Hiren Zqpatel che", ["Zqpatel"]),
    "Marathi self-introduction": ("माझं नाव सचिन देशमुख आहे", ["देशमुख"]),
    "Marathi romanized": ("maza naav Sachin Deshmukhe aahe", ["Deshmukhe"]),
    "Gurmukhi self-introduction": ("ਮੇਰਾ ਨਾਮ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ ਹੈ", ["ਸੰਧੂ"]),
    "Punjabi romanized": ("mera naam Gurpreet Singh Sandhuwalia hai", ["Sandhuwalia"]),
    "Shahmukhi self-introduction": ("میرا ناں گرپریت سنگھ سندھو اے", ["سندھو"]),
    "Sindhi self-introduction": ("منهنجو نالو علي شاهه ڀٽو آهي", ["ڀٽو"]),
    "Sindhi romanized": ("munhinjo naalo Ali Shah Bhuttozai aahe", ["Bhuttozai"]),
    "Urdu romanized": ("mera naam Ayesha Siddiquee hai, delivery kab hogi", ["Siddiquee"]),
    "Sorani self-introduction": ("ناوی من ئاراس کەریمە", ["کەریم"]),
    "Kurmanji self-introduction": ("Navê min Rojda Demirtaşoğlu e", ["Demirtaşoğlu"]),
    "Uyghur Arabic self-introduction": ("مېنىڭ ئىسمىم ئابدۇرېھىم تۇرسۇن", ["تۇرسۇن"]),
    "Uyghur Latin self-introduction": ("Méning ismim Abdurehim Tursunjan", ["Tursunjan"]),
    "Tatar self-introduction": ("Минем исемем Гөлнара Хәйруллина", ["Хәйруллина"]),
    "Bashkir self-introduction": ("Минең исемем Айгөл Ғәлиева", ["Ғәлиева"]),
    "Chechen self-introduction": ("Сан цӀе Ӏела Хасбулатов ю", ["Хасбулатов"]),
    "Yiddish self-introduction": ("מײַן נאָמען איז חיים לעווינזאָן", ["לעווינזאָן"]),
    "Maori self-introduction": ("Ko Mereana Te Rangihaeata tōku ingoa", ["Rangihaeata"]),
    "Guarani self-introduction": ("Che réra Rosa Ñamandúpy, aguyje", ["Ñamandúpy"]),
    "Esperanto self-introduction": ("Mia nomo estas Ludoviko Zamenhofski", ["Zamenhofski"]),
    "Trinidadian self-introduction": ("Is me, Keisha Ramdassingh, who order the doubles pan", ["Ramdassingh"]),
    "Telugu label": ("పేరు: రవి తేజ కొండపల్లి", ["కొండపల్లి"]),
    "Gurmukhi label": ("ਨਾਮ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ", ["ਸੰਧੂ"]),
    "Kurmanji label": ("Nav û paşnav: Rojda Demirtaşoğlu", ["Demirtaşoğlu"]),
    "Maori label": ("Ingoa: Mereana Te Rangihaeata", ["Rangihaeata"]),
    "Guarani label": ("Téra: Rosa Ñamandúpy", ["Ñamandúpy"]),
    "Esperanto label": ("Nomo: Ludoviko Zamenhofski", ["Zamenhofski"]),
    "Yiddish label": ("נאָמען: חיים לעווינזאָן", ["לעווינזאָן"]),
    "Tatar label": ("Исем: Гөлнара Хәйруллина", ["Хәйруллина"]),
    "son of relation": ("Ramesh Kumar Zqreddy S/o Suresh Kumar Zqreddy", ["Zqreddy"]),
    "care of relation": ("C/o Lakshmi Narayanaswamy, Near Bus Stand", ["Narayanaswamy"]),
    "wife of relation": ("Sunita Zqjoshi W/o Prakash Zqjoshi", ["Zqjoshi"]),
    "Shri honorific with dash": ("Wish list of Shri Venkata Subbarao — dhanyavadalu", ["Subbarao"]),
    "Smt honorific in text": ("Please deliver to Smt. Lakshmi Narayanaswamy at the gate", ["Narayanaswamy"]),
    "Janab honorific": ("Janab Ali Shah Bhuttozai ka order", ["Bhuttozai"]),
    "apposition after a role word": ("the visitor, Leonor Remédios, asked about the parcel", ["Remédios"]),
    "apposition after customer": ("our customer, Anu Mathewkutty, called twice", ["Mathewkutty"]),
    "speaker in Telugu": ("కస్టమర్ (రవి తేజ కొండపల్లి): నా ఆర్డర్ ఎక్కడ?", ["కొండపల్లి"]),
    "speaker Kurmanji customer": ("Mişterî (Rojda Demirtaşoğlu): siparîşa min li ku ye?", ["Demirtaşoğlu"]),
    "speaker Maori customer": ("Kiritaki (Mereana Te Rangihaeata): kei hea taku pēke?", ["Rangihaeata"]),
    "bracketed speaker Hinglish": ("[Ayesha Siddiquee]: mera parcel kahan hai?", ["Siddiquee"]),
    "vCard full name": ("BEGIN:VCARD\nVERSION:3.0\nFN:Ravi Teja Kondapalli\nEND:VCARD", ["Kondapalli"]),
    "vCard N field": ("BEGIN:VCARD\nN:Deshmukhe;Sachin;;;\nEND:VCARD", ["Deshmukhe"]),
    "iCalendar attendee": ("ATTENDEE;CN=Hiren Zqpatel;ROLE=REQ-PARTICIPANT:mailto:orders@example.in", ["Zqpatel"]),
    "CSV row with header": ("name,city,qty\nAnil Gowdaru,Mysuru,2", ["Gowdaru"]),
    "Markdown table": ("| Name | Qty |\n|---|---|\n| Anu Mathewkutty | 2 |", ["Mathewkutty"]),
    "YAML customer": ("customer:\n  full_name: Gurpreet Sandhuwalia\n  tier: gold", ["Sandhuwalia"]),
    "TOML customer": ('[customer]\nfull_name = "Keisha Ramdassingh"', ["Ramdassingh"]),
    "form body in JSON": ('{"body": "first_name=Ayesha&last_name=Siddiquee&qty=2"}', ["Siddiquee"]),
    "GraphQL variables": ('{"variables": {"input": {"fullName": "Rojda Demirtaşoğlu"}}}', ["Demirtaşoğlu"]),
    "log line": ("level=info user_name=aigul.galieva action=checkout", ["galieva"]),
    "email signature": ("Thanks!\n--\nKeisha Ramdassingh\nPort of Spain", ["Ramdassingh"]),
    "UPI QR payee name": ("upi://pay?pa=merchant@okaxis&pn=Venkata%20Subbarao&am=500", ["Subbarao"]),
    "mail From header": ('From: "Hiren Zqpatel" <orders@example.in>', ["Zqpatel"]),
}

PHONES: Dict[str, Tuple[str, List[str]]] = {
    "India mobile spaced": ("+91 98490 12345", ["9849012345"]),
    "India mobile trunk": ("098490 12345", ["9849012345"]),
    "India mobile dashed": ("+91-94470-12345", ["9447012345"]),
    "India mobile Telugu digits": (native("+91 98490 12345", TE), ["9849012345"]),
    "India mobile Kannada digits": (native("98450 12345", KN), ["9845012345"]),
    "India mobile Malayalam digits": (native("94470 12345", ML), ["9447012345"]),
    "India mobile Gujarati digits": (native("98250 12345", GU), ["9825012345"]),
    "India mobile Devanagari digits": (native("98220 12345", DEV), ["9822012345"]),
    "India mobile Gurmukhi digits": (native("98140 12345", PA), ["9814012345"]),
    "Telugu phone label": ("ఫోన్ నంబర్: 98490 12345", ["9849012345"]),
    "Marathi phone label native": ("मोबाईल नंबर: " + native("98220 12345", DEV), ["9822012345"]),
    "number words English": ("mobile: nine eight four nine zero one two three four five",
                             ["nine eight four nine zero one two three four five"]),
    "number words Hindi": ("mobile: nau aath chaar nau shunya ek do teen chaar paanch",
                           ["nau aath chaar nau shunya ek do teen chaar paanch"]),
    "Pakistan mobile": ("0300-1234567", ["3001234567"]),
    "Pakistan mobile Urdu digits": (native("+92 300 1234567", URDU), ["3001234567"]),
    "Iraq mobile": ("+964 750 123 4567", ["7501234567"]),
    "Iraq mobile trunk": ("0750 123 4567", ["7501234567"]),
    "Russia Tatarstan mobile": ("+7 917 345-67-89", ["9173456789"]),
    "Russia Chechnya mobile trunk": ("8 (928) 123-45-67", ["9281234567"]),
    "Paraguay mobile": ("0981 123 456", ["981123456"]),
    "Paraguay mobile international": ("+595 981 123456", ["981123456"]),
    "NZ mobile": ("021 123 4567", ["211234567"]),
    "NZ mobile international": ("+64 21 123 4567", ["211234567"]),
    "Trinidad mobile": ("1-868-765-4321", ["8687654321"]),
    "Trinidad parentheses": ("(868) 765-4321", ["8687654321"]),
    "Esperanto phone label": ("telefono: 0981 123 456", ["981123456"]),
    "Maori phone label": ("Waea pūkoro: 021 123 4567", ["211234567"]),
    "vCard TEL": ("BEGIN:VCARD\nTEL;TYPE=cell:+91 98490 12345\nEND:VCARD", ["9849012345"]),
    "CSV phone column": ("name,phone\nA,9845012345", ["9845012345"]),
    "JWT phone": (".".join([b64url('{"alg":"none"}'), b64url('{"phone_number":"+919849012345"}'), ""]),
                  ["9849012345"]),
    "log line phone": ("level=info msg=otp_sent phone=+79173456789", ["9173456789"]),
    "signature cell": ("--\nK. R.\nCell: 1-868-765-4321", ["8687654321"]),
}

IDS: Dict[str, Tuple[str, List[str]]] = {
    "Aadhaar grouped": (grouped(AADHAAR), [AADHAAR]),
    "Aadhaar labelled": (f"Aadhaar No: {grouped(AADHAAR_2)}", [AADHAAR_2]),
    "Aadhaar Telugu digits": (native(grouped(AADHAAR), TE), [AADHAAR]),
    "Aadhaar Devanagari digits": (native(grouped(AADHAAR_2), DEV), [AADHAAR_2]),
    "Aadhaar dashed": ("-".join(grouped(AADHAAR).split()), [AADHAAR]),
    "Aadhaar Hindi label": (f"आधार संख्या: {grouped(AADHAAR)}", [AADHAAR]),
    "PAN labelled": ("PAN: ABCPE1234F", ["ABCPE1234F"]),
    "PAN in text": ("my pan card is ABCPE1234F pls update", ["ABCPE1234F"]),
    "PAN alone": ("ABCPE1234F", ["ABCPE1234F"]),
    "voter id EPIC": ("Voter ID: ZQX1234567", ["ZQX1234567"]),
    "EPIC number label": ("EPIC No. ZQX7654321", ["ZQX7654321"]),
    "CNIC": ("42101-1234567-1", ["4210112345671"]),
    "CNIC labelled": ("CNIC: 42101-1234567-1", ["4210112345671"]),
    "CNIC Urdu digits": (native("42101-1234567-1", URDU), ["4210112345671"]),
    "Indian passport labelled": ("Passport No: J8369854", ["J8369854"]),
    "Indian driving licence": ("DL No: KA01 20110012345", ["20110012345"]),
    "Russian SNILS": ("СНИЛС: 112-233-445 95", ["11223344595"]),
    "Russian passport": ("паспорт 92 04 123456", ["9204123456"]),
    "Iraqi national card label": ("البطاقة الوطنية: 199012345678", ["199012345678"]),
    "Paraguay cedula": ("Cédula de identidad: 4.123.456", ["4123456"]),
    "NZ IRD": ("IRD number: 49-091-850", ["49091850"]),
}

MAILS: Dict[str, Tuple[str, List[str]]] = {
    "vCard EMAIL": ("BEGIN:VCARD\nEMAIL;TYPE=home:zqravi.teja@gmail.com\nEND:VCARD", ["zqravi.teja"]),
    "iCalendar organizer": ("ORGANIZER;CN=Hiren:mailto:zqhiren.p@example.in", ["zqhiren.p"]),
    "From header": ('From: "Jane Doe" <zqjane.doe@example.org>', ["zqjane.doe"]),
    "Reply-To header": ("Reply-To: zqanu.m@yahoo.co.in", ["zqanu.m"]),
    "Esperanto spelled": ("retpoŝto: zqludo ĉe ekzemplo punkto com", ["zqludo"]),
    "Esperanto label": ("Retpoŝto: zqludo.z@example.org", ["zqludo.z"]),
    "Maori label": ("Īmēra: zqmereana@xtra.co.nz", ["zqmereana"]),
    "Telugu label": ("ఇమెయిల్: zqravi.k@gmail.com", ["zqravi.k"]),
    "Hindi spelled": ("zqsachin.d at the rate gmail dot com", ["zqsachin.d"]),
    "form body": ('{"body": "email=zqgurpreet.s%40gmail.com&qty=1"}', ["zqgurpreet.s"]),
    "GraphQL email": ('{"variables": {"email": "zqrojda.d@gmail.com"}}', ["zqrojda.d"]),
    "JWT email": (".".join([b64url('{"alg":"HS256"}'), b64url('{"email":"zqaigul.g@mail.ru"}'), "sig"]),
                  ["zqaigul.g"]),
    "log line": ("level=warn user=zqkeisha.r@gmail.com msg=retry", ["zqkeisha.r"]),
    "Kurdish at word": ("zqrojda.d li gmail.com", ["zqrojda.d"]),
    "Russian dog spelled": ("zqaigul.g собака mail точка ru", ["zqaigul.g"]),
    "Markdown mailto": ("[write me](mailto:zqchaim.l@gmail.com)", ["zqchaim.l"]),
}

POSTAL: Dict[str, Tuple[str, List[str]]] = {
    "Bengaluru cross and main": ("Flat No. 12, 3rd Cross, 5th Main, Indiranagar, Bengaluru 560038",
                                 ["3rd Cross, 5th Main"]),
    "Hyderabad house number": ("H.No. 8-2-293/82/A, Road No. 12, Banjara Hills, Hyderabad 500034",
                               ["8-2-293/82/A"]),
    "Kochi near landmark": ("Door No. 41/2317, Near St. Mary's Church, Kaloor, Kochi 682017", ["41/2317"]),
    "Ahmedabad society": ("B-204, Shanti Niketan Society, Opp. Vastrapur Lake, Ahmedabad 380015",
                          ["Shanti Niketan Society"]),
    "Pune wada": ("Plot 7, Sr. No. 45/2, Kothrud, Pune 411038", ["45/2, Kothrud"]),
    "Amritsar gali": ("Gali No. 3, Katra Ahluwalia, Amritsar 143006", ["Katra Ahluwalia"]),
    "Karachi block": ("House No. 45, Street 7, Block 13-D, Gulshan-e-Iqbal, Karachi", ["Block 13-D"]),
    "Telugu address": ("ఇంటి నెం. 8-2-293, రోడ్ నెం. 12, బంజారా హిల్స్, హైదరాబాద్", ["8-2-293"]),
    "Erbil street": ("Gulan Street, House 23, Erbil 44001", ["Gulan Street, House 23"]),
    "Diyarbakir Kurmanji": ("Kolana Gazî, Hejmar 14, Amed", ["Kolana Gazî, Hejmar 14"]),
    "Kazan Tatar": ("Бауман урамы, 12 йорт, 5 фатир, Казан", ["Бауман урамы, 12"]),
    "Ufa Russian": ("ул. Ленина, д. 12, кв. 5, Уфа", ["Ленина, д. 12, кв. 5"]),
    "Brooklyn street": ("1234 Bedford Ave, Apt 5R, Brooklyn, NY 11211", ["1234 Bedford Ave"]),
    "Auckland road": ("Flat 3, 12 Karangahape Road, Auckland 1010", ["12 Karangahape Road"]),
    "Asuncion calle": ("Palma 1234 c/ Alberdi, Asunción", ["Palma 1234"]),
    "Port of Spain LP": ("LP 45 Saddle Road, Maraval", ["45 Saddle Road"]),
    "vCard ADR": ("BEGIN:VCARD\nADR;TYPE=home:;;12 Karangahape Road;Auckland;;1010;NZ\nEND:VCARD",
                  ["12 Karangahape Road"]),
    "address file in path": ("invoice_H.No.8-2-293_Banjara_Hills.pdf", ["8-2-293"]),
}

# Keys naming personal data in the personas' languages, with a value the key alone makes personal.
KEYS: Dict[str, str] = {
    "Telugu name": "పేరు", "Kannada name": "ಹೆಸರು", "Malayalam name": "പേര്", "Gujarati name": "નામ",
    "Marathi name": "नाव", "Gurmukhi name": "ਨਾਮ", "Sindhi name": "نالو", "Sorani name": "ناو",
    "Kurmanji name": "nav_û_paşnav", "Uyghur name": "ئىسىم", "Tatar name": "исем", "Chechen name": "цӀе",
    "Yiddish name": "נאָמען", "Maori name": "ingoa", "Guarani name": "tera", "Esperanto name": "nomo",
    "Telugu address": "చిరునామా", "Gujarati address": "સરનામું", "Kannada address": "ವಿಳಾಸ",
    "Malayalam address": "വിലാസം", "Gurmukhi address": "ਪਤਾ", "Esperanto address": "adreso",
    "Maori address": "wahitau", "Kurmanji address": "navnîşan", "Telugu phone": "ఫోన్_నంబర్",
    "Esperanto phone": "telefonnumero", "Maori phone": "waea", "Guarani phone": "pumbyry",
    "romanized father name": "pita_ka_naam", "romanized son of": "s_o_name",
}
KEY_VALUE = "zqkey kondapalliwar"


def key_cases() -> Iterator[Case]:
    for name, key in KEYS.items():
        yield (f"key {name}: property", "track", {"properties": {key: KEY_VALUE}}, ["kondapalliwar"])
        yield (f"key {name}: query", "page", {"url": f"{SHOP}/p?{quote(key)}={quote(KEY_VALUE)}"},
               ["kondapalliwar"])


# Meta's own fields and the fields whose failure is an Err, with personal values.
META_VALUES: Dict[str, Tuple[str, List[str]]] = {
    "email": ("zqmeta.ravi@gmail.com", ["zqmeta.ravi"]),
    "India phone": ("+91 98490 12345", ["9849012345"]),
    "Aadhaar": (grouped(AADHAAR), [AADHAAR]),
    "self-introduction": ("maza naav Sachin Deshmukhe", ["Deshmukhe"]),
    "CNIC": ("42101-1234567-1", ["4210112345671"]),
}
META_PLACES = ["meta order_id", "meta event_id", "meta content_name", "meta content_category", "meta status",
               "meta content id", "meta delivery_category", "search", "campaign", "referrer", "fragment",
               "contents brand", "encoded"]
ERR_PLACES = ["err currency", "err value", "err opt_out", "err quantity", "err contents", "err action_source",
              "err data_processing_options"]


def cases() -> List[Case]:
    out: List[Case] = []
    out += crossed("name", NAMES, TEXT_PLACES)
    out += crossed("phone", PHONES, SHORT_PLACES)
    out += crossed("id", IDS, SHORT_PLACES)
    out += crossed("mail", MAILS, ["note", "title", "path", "json"])
    out += crossed("postal", POSTAL, ["note", "title", "json"])
    out += key_cases()
    out += crossed("meta", META_VALUES, META_PLACES)
    out += crossed("err", META_VALUES, ERR_PLACES)
    out += [("meta fbc payload of a PAN", *place("meta fbc", "IwARABCPE1234F"), ["ABCPE1234F"]),
            ("meta fbc payload of a name", *place("meta fbc", "Ravi_Teja_Kondapalli"), ["Kondapalli"])]
    return out


# Ordinary shop data of the same places and scripts: must go out unchanged.
ORDINARY_VALUES: List[str] = [
    "పట్టు చీర - కంచి", "ಮೈಸೂರು ಸಿಲ್ಕ್ ಸೀರೆ", "കസവ് മുണ്ട്", "પટોળા સાડી", "पैठणी साडी", "ਫੁਲਕਾਰੀ ਦੁਪੱਟਾ",
    "سندھی اجرک", "اجرک شال", "Kolhapuri Chappal Size 8", "Banarasi Silk Saree - Red", "Pochampally Ikat Dupatta",
    "Mysore Sandal Soap 150g", "Kerala Kasavu Saree", "Patola Silk, Rajkot", "Amritsari Kulcha Masala",
    "₹1,49,999", "₹ 2,499.00", "Rs. 2,499", "Rs 1.5 lakh", "₹2.5 crore", "12 990 ₽", "₲ 150.000", "TT$ 249.99",
    "NZ$ 89.90", "IQD 25,000", "PKR 4,500", "Only ₹499 + GST",
    "GSTIN 29AAACZ1234M1Z5", "Order #ORD-2026-004512", "Invoice INV/2026-27/00045", "AWB 7712345678901",
    "SKU KUR-BLU-XL", "EAN 8901030865278", "HSN 6204", "Batch B26-1130",
    "Saka 1948 Agrahayana 9", "9 Jumada al-Akhirah 1448", "כ״ט בחשוון תשפ״ז", "30/11/2026", "Mon-Sat 10:00-21:00",
    "v3.14.2", "build 2026.11.30", "DIWALI2026", "EID-50", "PONGAL15", "KIAORA10",
    "Ingredients: Basmati Rice, Ghee, Cardamom", "Serves: Four People", "Colour: Peacock Blue",
    "Brand: Amul", "Category: Home & Kitchen", "Material: Pure Cotton", "Fit: Regular",
    "Гөлнара чәй җыелмасы", "Башкирский мёд 500 г", "Чеченский пояс ручной работы", "Кәләпүш, татар баш киеме",
    "Kurdish Klaš Scarf", "Kilîm Amed", "ئۇيغۇر دوپپىسى", "Atlas Silk Ürümqi", "ייִדיש ספרים - פּאַק",
    "Pounamu Pendant", "Kete Whakairo", "Ao Po'i Shirt", "Chipa Asunción 6 pack", "Ñandutí Lace Coaster",
    "Doubles Pan, Trini Style", "Carnival Costume - Red Band", "Esperanto Vortaro", "La Verda Stelo Pin",
    "Shri Ganesh Idol Brass", "Sri Venkateswara Calendar 2026", "Smt. Collection Kurtis",
    "Flat 50% Off", "Near Mint Condition", "Opp. Brand Outlet Deal", "Cross Stitch Kit, 5th Edition",
    "Main Course Platter", "Block Print Bedsheet", "House Warming Gift Set", "Street Food Spice Box",
    "Road No. 1 Perfume", "Gali Cricket Bat", "Society Tea 250g", "Telefono Retro Rosso",
    "Nomo: Classic Tee", "Mr. Coffee Maker", "Dear Zindagi DVD", "I Am Kalam Blu-ray",
    "Mera Naam Joker (1970) DVD", "Ek Villain Returns Poster", "Maa Tujhe Salaam Songs",
    "The Customer Is King Mug", "Visitor Pass Holder", "Te Reo Māori Flashcards", "Guaraní Ñe'ẽ Dictionary",
    "Trinidad Scorpion Chilli Sauce", "Kochi Spice Route Tea", "Hyderabadi Biryani Masala",
    "Karachi Halwa 1 kg", "Ufa Honey Gift", "Kazan Kremlin Magnet",
]
ORDINARY_PLACES: Dict[str, Any] = {
    "custom property": lambda v: ("track", {"properties": {"style_note": v}}),
    "page title": lambda v: ("page", {"title": v}),
}


def ordinary_cases() -> Iterator[Ordinary]:
    for index, value in enumerate(ORDINARY_VALUES):
        for where, make in ORDINARY_PLACES.items():
            kind, overrides = make(value)
            yield (f"ordinary {index:03d} {value[:24]} @ {where}", kind, overrides, value)

# Second round: near misses of the twenty-third attack's rules in layouts they were not written for, payment and
# token payloads, and more structured texts.
NAMES_2: Dict[str, Tuple[str, List[str]]] = {
    "honorific en dash": ("Wish list of Mrs Aroha Ngatawhai – kia ora", ["Ngatawhai"]),
    "honorific double hyphen": ("Wish list of Mrs Aroha Ngatawhai -- kia ora", ["Ngatawhai"]),
    "honorific Smt before dash": ("Gift list of Smt. Lakshmi Narayanaswamy — dhanyavaad", ["Narayanaswamy"]),
    "Catalan self-introduction in capitals": ("EM DIC JORDI PUIGVERDALET", ["PUIGVERDALET"]),
    "Galician self-introduction after an emoji": ("🙂 Chámome Uxía Castelaoiro, onde está o pedido?",
                                                  ["Castelaoiro"]),
    "Basque naiz after a greeting": ("Kaixo! Mikel Etxeberriagoitia naiz, eskerrik asko", ["Etxeberriagoitia"]),
    "Maltese customer speaker": ("Klijent (Marija Borg Zammitelli): fejn hu l-pakkett?", ["Zammitelli"]),
    "apposition of a recipient": ("Delivered to the recipient, Aroha Ngatawhai, at 3pm", ["Ngatawhai"]),
    "apposition of a patient word": ("the buyer, Gurpreet Sandhuwalia, wants a refund", ["Sandhuwalia"]),
    "apposition in Spanish": ("la clienta, Rosa Ñamandúpy, pidió un cambio", ["Ñamandúpy"]),
    "Guarani self-introduction with puso": ("Che ha'e Ñandeyara Benítezcué ha aikuaase", ["Benítezcué"]),
    "Maori greeting and name": ("Kia ora, ko Aroha Ngatawhai ahau", ["Ngatawhai"]),
    "Trinidadian name after is": ("Good morning, this is Keisha Ramdassingh from Diego Martin", ["Ramdassingh"]),
    "Yiddish romanized": ("mayn nomen iz Chaim Levinzon, a dank", ["Levinzon"]),
    "Tatar romanized": ("Minem isemem Gölnara Xäyrullina", ["Xäyrullina"]),
    "Chechen romanized": ("San tsʼe Iela Khasbulatovski yu", ["Khasbulatovski"]),
    "Sorani romanized": ("Nawm Aras Karimzadeh a", ["Karimzadeh"]),
    "JWT name claim": (".".join([b64url('{"alg":"HS256"}'), b64url('{"name":"Hiren Zqpatel","sub":"42"}'), "sig"]),
                       ["Zqpatel"]),
    "iCalendar organizer name": ("ORGANIZER;CN=Anu Mathewkutty:mailto:shop@example.in", ["Mathewkutty"]),
    "vCard in one line": ("BEGIN:VCARD VERSION:3.0 FN:Ravi Teja Kondapalli END:VCARD", ["Kondapalli"]),
    "Reply-To with display name": ('Reply-To: "Rojda Demirtaşoğlu" <support@example.in>', ["Demirtaşoğlu"]),
    "Telugu Sri honorific": ("శ్రీ రవి తేజ కొండపల్లి గారికి", ["కొండపల్లి"]),
    "Gujarati Shri honorific": ("શ્રી હિરેન પટેલ", ["પટેલ"]),
    "Urdu Janab honorific": ("جناب علی شاہ بھٹو صاحب", ["بھٹو"]),
    "D/o relation in Devanagari": ("सुनीता जोशी, पुत्री प्रकाश जोशी", ["जोशी"]),
}
PHONES_2: Dict[str, Tuple[str, List[str]]] = {
    "EMV QR with a mobile": ("00020101021126370016A00000067701011101130066984901234553037645802IN6304ABCD",
                             ["9849012345"]),
    "UPI QR mobile handle": ("upi://pay?pa=9849012345@ybl&pn=Shop&am=10", ["9849012345"]),
    "Iraq Kurdish label": ("ژمارەی مۆبایل: ٠٧٥٠ ١٢٣ ٤٥٦٧", ["7501234567"]),
    "Russia Tatar label": ("Телефон номеры: 8 917 345 67 89", ["9173456789"]),
    "Yiddish label": ("טעלעפאָן: 718-555-0143", ["7185550143"]),
    "Paraguay Guarani label": ("Pumbyry: 0981 123 456", ["981123456"]),
    "Trinidad WhatsApp": ("whatsapp me 868 765 4321", ["8687654321"]),
    "India mobile in words Telugu": ("ఫోన్: తొమ్మిది ఎనిమిది నాలుగు తొమ్మిది సున్నా ఒకటి రెండు మూడు నాలుగు ఐదు",
                                     ["తొమ్మిది ఎనిమిది నాలుగు తొమ్మిది సున్నా ఒకటి రెండు మూడు నాలుగు ఐదు"]),
    "Markdown table phone": ("| Phone |\n|---|\n| +91 98450 12345 |", ["9845012345"]),
    "TOML phone": ('phone = "+64 21 123 4567"', ["211234567"]),
}
IDS_2: Dict[str, Tuple[str, List[str]]] = {
    "Aadhaar in a vCard note": (f"BEGIN:VCARD\nNOTE:Aadhaar {grouped(AADHAAR)}\nEND:VCARD", [AADHAAR]),
    "Aadhaar Kannada label": (f"ಆಧಾರ್ ಸಂಖ್ಯೆ: {native(grouped(AADHAAR_2), KN)}", [AADHAAR_2]),
    "Aadhaar masked but last group": ("XXXX XXXX " + AADHAAR[-4:] + f" / full {AADHAAR}", [AADHAAR]),
    "PAN in Telugu text": ("నా పాన్ నంబర్ ABCPE1234F", ["ABCPE1234F"]),
    "PAN lower case": ("pan: abcpe1234f", ["abcpe1234f"]),
    "CNIC unbroken labelled": ("CNIC No 4210112345671", ["4210112345671"]),
    "CNIC Urdu label": ("شناختی کارڈ نمبر: 42101-1234567-1", ["4210112345671"]),
    "Maltese label in a new layout": ("Numru tal-Karta tal-Identità - 1234567M", ["1234567M"]),
    "EPIC lower case": ("voter id zqx1234567", ["zqx1234567"]),
}
POSTAL_2: Dict[str, Tuple[str, List[str]]] = {
    "address file in a user agent": ("Mozilla/5.0 (upload 12_Karangahape_Road_Auckland.pdf)", ["12_Karangahape_Road"]),
    "Bengaluru address in Kannada": ("ಮನೆ ಸಂಖ್ಯೆ 12, 3ನೇ ಕ್ರಾಸ್, ಇಂದಿರಾನಗರ, ಬೆಂಗಳೂರು 560038", ["3ನೇ ಕ್ರಾಸ್"]),
    "Pune address in Marathi": ("घर क्र. 45, कोथरूड, पुणे 411038", ["घर क्र. 45"]),
    "Karachi address in Urdu": ("مکان نمبر 45، گلی 7، بلاک 13-ڈی، گلشن اقبال، کراچی", ["مکان نمبر 45"]),
    "Erbil address in Sorani": ("شەقامی گوڵان، خانووی 23، هەولێر", ["خانووی 23"]),
    "Trinidad address with LP": ("#14 Pelican Extension Road, Morvant", ["14 Pelican Extension Road"]),
    "Indian address with landmark first": ("Near Hanuman Temple, 2-45 Gandhi Nagar, Vijayawada", ["2-45 Gandhi Nagar"]),
    "iCalendar location": ("LOCATION:12 Karangahape Road\\, Auckland 1010", ["12 Karangahape Road"]),
}


def second_cases() -> List[Case]:
    out: List[Case] = []
    out += crossed("name", NAMES_2, ["note", "agent", "query"])
    out += crossed("phone", PHONES_2, ["note", "title", "json"])
    out += crossed("id", IDS_2, ["note", "path", "json"])
    out += crossed("postal", POSTAL_2, ["note", "path"])
    # the leaves the first rounds left out, with the values Meta's own fields were given
    out += crossed("meta", {f"{name} again": spelled for name, spelled in META_VALUES.items()},
                   ["page search", "page category", "contents category", "referrer fragment"])
    return out


ORDINARY_VALUES_2: List[str] = [
    "Wish list of Mr. Potato Head — toys", "the seller, Amul Dairy, ships fast", "Customer (Service Desk): 9-5",
    "[Size Guide]: see chart", "C/o Amazon Locker pickup", "Near Me Store Locator", "Opp. Side Pocket Jeans",
    "Kiritaki (Ratonga Tautoko): kia ora", "Em dic Flors del Mediterrani Candle", "Ko Aotearoa Tōku Kāinga Tee",
    "Che Rembiapo Book", "Mia Nomo Estas Ruĝa Poster", "Is Me Birthday Mug", "Mera Naam Kurta Set",
    "Janab-e-Ali Attar 6ml", "Smt Fancy Sarees Catalogue", "Sri Lanka Tea 200g", "Shri Ram Pickles 1 kg",
    "Postcode Checker 560038 Bengaluru", "PIN 560038 delivery in 2 days", "Delivery to 411038 available",
    "Size: 42, Colour: Black", "Offer: Buy 2 Get 1", "Note: Handwash Only", "Care: Dry Clean",
    "Weight: 1.2 kg", "Length: 5.5 m saree", "Blouse: Unstitched", "Origin: Kanchipuram",
    "Tracking 1Z999AA10123456784", "Order ID: 405-1234567-1234567", "Invoice No: GST/26-27/1045",
    "Shop GSTIN: 27AAPFU0939F1ZV", "FSSAI Lic. 10020042007183", "IEC 0305012345", "CIN U74999MH2015PTC123456",
    "Call centre timings: 9am–9pm", "Helpline open Mon–Sat", "Version 2.4.1 (build 8812)",
    "Saka 1948 Kartika 15 Sale", "Ramadan 1448 Offer", "Rosh Hashanah 5787 Gift Box", "Matariki 2026 Sale",
    "Hari Raya Bundle", "Navratri 9 Colours Pack", "Onam Sadya Kit", "Lohri Special Rewari",
    "₹ 9,999 only", "Rs. 12,50,000", "₹1.2 Cr", "₽1 499", "₲ 85.000", "TT$1,250.00", "NZ$ 1,299", "IQD 1,250,000",
]


def second_ordinary_cases() -> Iterator[Ordinary]:
    for index, value in enumerate(ORDINARY_VALUES_2):
        for where, make in ORDINARY_PLACES.items():
            kind, overrides = make(value)
            yield (f"ordinary second {index:03d} {value[:24]} @ {where}", kind, overrides, value)
