"""The thirty-fourth outside attack's cases, written from the README's promises (section "Personal data: one budget
in, one gate out", the settings and "Identity") and issue 16's text, without reading the gate's code nor the earlier
attacks' cases: where issue 16's families meet. A value split over two leaves or two query parameters, personal
values in the leaves earlier rounds used less (event name, currency, order id, content ids, content category, the
search string, a referrer's fragment, product variant and brand, fields of `contents`, `fbp`, the page's `path` and
`search`, custom properties holding a number), values in the texts they arrive in (support tickets, order notes, form
echoes, `utm_*` parameters, OAuth and redirect URLs nesting encoded URLs, `mailto:` with a subject and a body, vCard
and iCalendar lines, JSON, CSV and log lines), in the languages and scripts of Edgee's users; URLs as browsers and
apps report them; Meta's unhashed ids (`subscription_id`, `fb_login_id`, `lead_id`); phones said aloud and digits of
other numeral systems; and numbers written as people write them, which must go out as the same number or end in an
Err naming the field.

Every attack value carries a token of its own (`quennzor`, `Ostrowickqa`, digit runs no ordinary field holds), so a
form found in the request is the attack's value.
"""

from __future__ import annotations

import base64
import codecs
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from builders import NOW
from privacy_attack_cases_2 import iban, luhn_complete, ordinary_in_places, ordinary_keys, ordinary_urls, spaced

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

MS = (NOW - 3_600) * 1000  # an fbc/fbp creation time an hour before the event
SHOP = "https://boutique.example.fr"
LOCAL, DOMAIN = "quennzor.abiodun", "example.org"
EMAIL = f"{LOCAL}@{DOMAIN}"
MARK = "quennzor"  # what any leaking spelling of the address still shows
KEY_VALUE = "Ostrowickqa"  # a value nothing in itself marks personal: only its key can tell


def _b64(text: str, urlsafe: bool = False) -> str:
    raw = text.encode()
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


def _q(text: str) -> str:
    return quote(text, safe="")


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """An attack's value put in one leaf of Meta's payload the README maps: (kind, make_event overrides)."""
    encoded = _q(value)
    order = {"name": "Order Completed"}
    money = {"value": "5", "currency": "EUR"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"ticket_text": value}}),
        "page title": ("page", {"title": value}),
        "page name": ("page", {"data": {"name": value}}),
        "page category": ("page", {"data": {"category": value}}),
        "page path": ("page", {"data": {"path": f"/compte/{value}/commandes"}}),
        "page search field": ("page", {"url": f"{SHOP}/recherche", "search": f"?q={encoded}&page=2"}),
        "url path": ("page", {"url": f"{SHOP}/compte/{encoded}/commandes"}),
        "utm content": ("page", {"url": f"{SHOP}/promo?utm_source=newsletter&utm_medium=email"
                                        f"&utm_content={encoded}"}),
        "referrer fragment": ("page", {"referrer": f"https://webmail.example.net/#inbox/{encoded}"}),
        "url fragment": ("page", {"url": f"{SHOP}/panier#note={encoded}"}),
        "event name": ("track", {"name": value}),
        "currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
        "order id": ("track", {**order, "properties": {"order_id": value, **money}}),
        "content ids": ("track", {"name": "Product Added", "properties": {"content_ids": f"SKU-34,{value}"}}),
        "content category": ("track", {**order, "properties": {"category": value, **money}}),
        "search string": ("track", {"name": "Products Searched", "properties": {"search_string": value}}),
        "product variant": ("track", {"name": "Product Viewed", "properties": {"sku": "SKU-34", "variant": value}}),
        "product brand": ("track", {"name": "Product Viewed", "properties": {"sku": "SKU-34", "brand": value}}),
        "contents title": ("track", {**order, "properties": {**money, "contents": json.dumps(
            [{"id": "SKU-34", "quantity": 1, "item_price": 5, "title": value}], ensure_ascii=False)}}),
        "contents brand": ("track", {**order, "properties": {**money, "contents": json.dumps(
            [{"id": "SKU-34", "quantity": 1, "item_price": 5, "brand": value}])}}),
        "contents category": ("track", {**order, "properties": {**money, "contents": json.dumps(
            [{"id": "SKU-34", "quantity": 1, "item_price": 5, "category": value}], ensure_ascii=False)}}),
        "contents id": ("track", {"name": "Product Added", "properties": {"contents": json.dumps(
            [{"id": value, "quantity": 1}], ensure_ascii=False)}}),
        "json property": ("track", {"properties": {"form_echo": json.dumps(
            {"form": "contact", "fields": {"message": value}}, ensure_ascii=False)}}),
        "content name": ("track", {**order, "properties": {"content_name": value, **money}}),
        "status": ("track", {"name": "Subscribe", "properties": {"status": value}}),
        "user agent": ("page", {"user_agent": f"Mozilla/5.0 (Linux; Android 14; {value}) AppleWebKit/537.36 "
                                              "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"}),
    }
    return table[where]


TEXT_PLACES = ["custom property", "page title", "event name", "order id", "content ids", "content category",
               "search string", "product variant", "product brand", "contents title", "contents brand",
               "contents category", "json property", "content name", "status", "page name", "page category",
               "page search field", "utm content", "referrer fragment", "url fragment", "url path", "page path",
               "contents id", "currency", "user agent"]


def rotated(family: str, table: Dict[str, Tuple[str, Any]], places: List[str], per: int,
            start: int = 0) -> Iterator[Case]:
    """Each value of `table` in `per` places, the value at index i in the places from (start + i * per) on."""
    for index, (name, (value, shown)) in enumerate(table.items()):
        forms = [shown] if isinstance(shown, str) else list(shown)
        for step in range(per):
            where = places[(start + index * per + step) % len(places)]
            yield (f"{family} {name} @ {where}", *place(where, value), forms)


_B64_EMAIL = _b64(EMAIL)
_B32_EMAIL = base64.b32encode(EMAIL.encode()).decode()
_UTF7_EMAIL = codecs.encode(EMAIL, "utf-7").decode().replace("@", "+AEA-")
_NESTED = _q(f"https://sso.example.net/authorize?login_hint={_q(EMAIL)}&redirect_uri={_q(SHOP + '/cb')}")

# Mail addresses in the texts they arrive in and in encodings the issue does not list: (spelling, a leak's form).
EMAILS: Dict[str, Tuple[str, Any]] = {
    "support ticket": (f"Ticket #48213 - Client {EMAIL} signale un colis abîmé", MARK),
    "order note": (f"Note de commande : merci d'envoyer la facture à {EMAIL.upper()}", MARK),
    "form echo": (f"Merci ! Nous répondrons à l'adresse {EMAIL} sous 48 h", MARK),
    "csv line": (f"48213;Abiodun;Quennzor;{EMAIL};75011;Paris", MARK),
    "log line": (f"2026-12-02T03:52:00Z INFO login ok user={EMAIL} method=password", MARK),
    "vcard email": (f"BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL;TYPE=work:{EMAIL}\r\nEND:VCARD", MARK),
    "ical attendee": (f"ATTENDEE;CN=Quennzor Abiodun;ROLE=REQ-PARTICIPANT:MAILTO:{EMAIL}", MARK),
    "mailto subject body": (f"mailto:{EMAIL}?subject=Commande%2048213&body=Bonjour%2C%20je%20suis%20{MARK}", MARK),
    "mailto cc only": (f"mailto:?cc={_q(EMAIL)}&subject=Devis", MARK),
    "json text nested": (json.dumps({"contact": {"mail": EMAIL, "pref": "fr"}}), MARK),
    "utf-7": (_UTF7_EMAIL, MARK),
    "base32": (_B32_EMAIL, _B32_EMAIL),
    "base64 in a sentence": (f"token={_B64_EMAIL} (do not share)", _B64_EMAIL),
    "rot13": (codecs.encode(EMAIL, "rot13"), codecs.encode(EMAIL, "rot13")),
    "reversed": (EMAIL[::-1], MARK[::-1]),
    "percent utf-16 u escape": ("quennzor%u0040example%u002Eorg", MARK),
    "triple encoded": ("quennzor%252540example.org", MARK),
    "mixed entity and percent": ("quennzor&#x40;example%2Eorg", MARK),
    "css escape": ("quennzor\\40 example\\2e org", MARK),
    "unicode brace escape": ("quennzor\\u{40}example.org", MARK),
    "punycode both": ("quennzor@xn--mnchen-3ya.de", MARK),
    "idn local part": ("quennzor.müller@exämple.de", MARK),
    "quoted local with blanks": ('"quennzor abiodun"@example.org', MARK),
    "plus with tag and subdomain": ("quennzor+boutique.promo@mail.eu.example.org", MARK),
    "uppercase subdomain": ("QUENNZOR@MAIL.EXAMPLE.CO.UK", MARK),
    "french arobase point": ("quennzor arobase example point org", MARK),
    "french at in parens": ("quennzor (arobase) example (point) fr", MARK),
    "spanish arroba punto": ("quennzor arroba example punto es", MARK),
    "german at punkt brackets": ("quennzor [ät] example [punkt] de", MARK),
    "german klammeraffe": ("quennzor (Klammeraffe) example.de", MARK),
    "italian chiocciola": ("quennzor chiocciola example punto it", MARK),
    "portuguese arroba": ("quennzor (arroba) example (ponto) pt", MARK),
    "dutch apenstaartje": ("quennzor apenstaartje example punt nl", MARK),
    "polish malpa kropka": ("quennzor małpa example kropka pl", MARK),
    "japanese atto": ("quennzor アットマーク example ドット jp", MARK),
    "japanese fullwidth": ("ｑｕｅｎｎｚｏｒ＠ｅｘａｍｐｌｅ．ｊｐ", MARK),
    "arabic at dot": ("quennzor آت example نقطة com", MARK),
    "hindi at dot": ("quennzor एट example डॉट इन", MARK),
    "at sign in brackets": ("quennzor{at}example{dot}org", MARK),
    "angle at": ("quennzor<at>example<dot>org", MARK),
    "star at dot": ("quennzor*at*example*dot*org", MARK),
    "underscore at dot": ("quennzor_at_example_dot_org", MARK),
    "at with no dot word": ("quennzor AT example.org", MARK),
    "dash at dash": ("quennzor -at- example -dot- org", MARK),
    "email in url userinfo": (f"https://{_q(EMAIL)}:secret@shop.example.net/", MARK),
    "oauth nested redirect": (f"https://boutique.example.fr/login?next={_NESTED}", MARK),
    "login hint double encoded": ("https://sso.example.net/auth?login_hint=quennzor%2540example.org", MARK),
    "state base64 json": (f"state={_b64(json.dumps({'email': EMAIL, 'n': 1}), True)}",
                          _b64(json.dumps({"email": EMAIL, "n": 1}), True)[:24]),
    "html entity names": ("quennzor&commat;example&period;org", MARK),
    "numeric entities everything": ("".join(f"&#{ord(c)};" for c in EMAIL), MARK),
    "hex entities everything": ("".join(f"&#x{ord(c):x};" for c in EMAIL), MARK),
    "small form at": ("quennzor﹫example﹒org", MARK),
    "fullwidth at ascii dot": ("quennzor＠example.org", MARK),
    "circled at": ("quennzor ⓐ example.org", MARK),
    "tag characters": ("".join(chr(0xE0000 + ord(c)) for c in EMAIL), MARK),
    "email split by soft hyphens": ("quenn\u00adzor@exam\u00adple.org", MARK),
    "email split by word joiner": ("quennzor\u2060@\u2060example.org", MARK),
    "json u escape with surrogate neighbours": ("quennzor\\u0040example\\u002eorg \\ud83d\\ude00", MARK),
    "markdown link": (f"[écrivez-nous](mailto:{EMAIL})", MARK),
    "email with trailing dot": (f"Contact: {EMAIL}.", MARK),
    "email in angle brackets only": (f"<{EMAIL}>", MARK),
    "header line": (f"Reply-To: Quennzor Abiodun <{EMAIL}>", MARK),
    "percent hack": ("quennzor%example.org@relay.example.net", MARK),
    "bang path": ("example.org!quennzor", MARK),
    "comment in the local part": ("quennzor(boutique)@example.org", MARK),
    "comment after the domain": ("quennzor@example.org(Quennzor Abiodun)", MARK),
    "source route": ("@relay.example.net:quennzor@example.org", MARK),
    "html comment around at": ("quennzor<!-- -->@<!-- -->example.org", MARK),
    "wbr tag": ("quennzor<wbr>@example<wbr>.org", MARK),
    "entity soft hyphen": ("quennzor&shy;@example&shy;.org", MARK),
    "hidden span": ('quennzor<span style="display:none">zz</span>@example.org', MARK),
    "at entity in a url path": (f"{SHOP}/u/quennzor&#64;example.org", MARK),
    "cyrillic address": ("квеннзор@пример.рф", "квеннзор"),
    "japanese address": ("クエンゾル@例え.jp", "クエンゾル"),
    "devanagari address": ("क्वेन्ज़ोर@उदाहरण.भारत", "क्वेन्ज़ोर"),
    "ascii local idn domain": ("quennzor@例え.テスト", MARK),
    "from header encoded word": (f"From: =?UTF-8?Q?Quennzor_Abiodun?= <{EMAIL}>", MARK),
    "zwj entity": ("quennzor&zwj;@example&zwj;.org", MARK),
    "middot entity for the dot": ("quennzor@example&middot;org", MARK),
    "bull entity for the dot": ("quennzor@example&bull;org", MARK),
    "circled a and circled dot": ("quennzor ⓐ example ⊙ org", MARK),
    "code point notation": ("quennzor U+0040 example.org", MARK),
    "json array of characters": (json.dumps(list(EMAIL)), '"q", "u", "e"'),
}

# Quoted-printable spellings (lower-case hex, encoded twice, a dotted local part): each in free text and URL leaves.
QP_EMAILS: Dict[str, Tuple[str, Any]] = {
    "lower case": ("quennzor=40example=2eorg", MARK),
    "lower dot only": ("quennzor=40example=2eorg=2efr", MARK),
    "upper at lower dot": ("quennzor=40mail=2eexample=2Eorg", MARK),
    "in a sentence": ("Bitte an quennzor=40example=2eorg schreiben", MARK),
    "encoded equals": ("quennzor=3D40example.org", MARK),
    "percent then qp": ("quennzor%3D40example.org", MARK),
    "local dot lower": ("quennzor=2eabiodun=40example=2eorg", MARK),
    "lower with provider": ("quennzor=40gmail=2ecom", MARK),
}
QP_PLACES = ["custom property", "status", "search string", "order id", "utm content", "url path"]

# Phone numbers of Edgee's users' countries: (spelling, the national number's digits).
PHONES: Dict[str, Tuple[str, Any]] = {
    "fr e164 spaced": ("+33 6 47 83 29 15", "647832915"),
    "fr dotted with country": ("+33.6.47.83.29.15", "647832915"),
    "fr in a ticket": ("Rappeler la cliente au 06 47 83 29 15 avant 18h", "647832915"),
    "fr double zero": ("0033647832915", "647832915"),
    "de mobile slash": ("0176/48392751", "17648392751"),
    "de e164 with brackets zero": ("+49 (0) 176 4839 2751", "17648392751"),
    "de handy label": ("Handy: 0176 48 39 27 51", "17648392751"),
    "es spaced": ("+34 647 83 29 16", "647832916"),
    "es in a note": ("Llamar al 647 832 916 por la tarde", "647832916"),
    "it mobile": ("+39 347 839 2751", "3478392751"),
    "it cellulare label": ("Cellulare: 347-8392751", "3478392751"),
    "pt mobile": ("+351 912 483 275", "912483275"),
    "pt telemovel": ("telemóvel 912 483 275", "912483275"),
    "nl mobile": ("+31 (0)6 4839 2751", "648392751"),
    "nl dashed": ("06-48392751", "648392751"),
    "be mobile": ("+32 476 48 39 27", "476483927"),
    "ch mobile": ("+41 79 483 92 75", "794839275"),
    "at mobile": ("+43 664 4839275", "6644839275"),
    "pl mobile": ("+48 601 483 927", "601483927"),
    "pl dashed": ("601-483-927", "601483927"),
    "uk mobile": ("+44 7911 483927", "7911483927"),
    "uk trunk": ("07911 483 927", "7911483927"),
    "ie mobile": ("+353 87 483 9275", "874839275"),
    "se mobile": ("+46 70 483 92 75", "704839275"),
    "jp mobile": ("+81 90-4839-2751", "9048392751"),
    "jp fullwidth": ("０９０－４８３９－２７５１", "9048392751"),
    "jp label": ("電話番号：090-4839-2751", "9048392751"),
    "ae mobile": ("+971 50 483 9275", "504839275"),
    "sa arabic indic": ("٠٥٠٤٨٣٩٢٧٥", "504839275"),
    "eg mobile": ("+20 10 4839 2751", "1048392751"),
    "ma mobile": ("+212 661-483927", "661483927"),
    "in mobile": ("+91 98483 92751", "9848392751"),
    "in devanagari": ("९८४८३ ९२७५१", "9848392751"),
    "in label hindi": ("मोबाइल नंबर: 98483 92751", "9848392751"),
    "us dotted": ("415.483.9275", "4154839275"),
    "us e164 compact": ("+14154839275", "4154839275"),
    "br mobile": ("+55 (21) 98483-9275", "21984839275"),
    "mx mobile": ("+52 1 55 4839 2751", "5548392751"),
    "tr mobile": ("0532 483 92 75", "5324839275"),
    "tel link with visual separators": ("tel:+33-6-47-83-29-15", "647832915"),
    "tel link percent plus": ("tel:%2B33647832915", "647832915"),
    "sip uri": ("sip:+33647832915@voip.example.net", "647832915"),
    "callto": ("callto:+4917648392751", "17648392751"),
    "sms with body": ("sms:+33647832915?body=Bonjour", "647832915"),
    "extension": ("+49 30 4839 2751 Durchwahl 12", "3048392751"),
    "fr thin spaces": ("06\u200947\u200983\u200929\u200915", "647832915"),
    "fr no break spaces": ("06\u00a047\u00a083\u00a029\u00a015", "647832915"),
    "vcard tel": ("BEGIN:VCARD\nTEL;TYPE=cell:+33 6 47 83 29 15\nEND:VCARD", "647832915"),
    "csv line": ("48213,Quennzor,+33647832915,Paris", "647832915"),
    "log line": ("2026-12-02 03:52:00 otp sent to=+4917648392751 status=ok", "17648392751"),
    "json number text": ('{"phone": 33647832915}', "647832915"),
    "whatsapp click to chat": ("https://api.whatsapp.com/send?phone=33647832915&text=Commande", "647832915"),
    "chinese numerals with ling": ("零六四七八三二九一五", "零六四七八三二九一五"),
    "dingbat circled digits": ("➉➅ ➃➆ ➇➂ ➁➈ ➀➄", "➃➆ ➇➂"),
    "negative circled digits": ("⓿❻ ❹❼ ❽❸ ❷❾ ❶❺", "❹❼ ❽❸"),
    "parenthesized digits": ("⑹⑷⑺⑻⑶⑵⑼⑴⑸", "647832915"),
}

# Phone numbers said aloud: in pairs and groups as each language reads them, with `oh`, `double`, digits mixed.
WORD_PHONES: Dict[str, Tuple[str, Any]] = {
    "french pairs": ("zéro six quarante-sept quatre-vingt-trois vingt-neuf quinze", "quarante-sept quatre-vingt"),
    "french pairs with label": ("Mon portable : zéro six, quarante-sept, quatre-vingt-trois, vingt-neuf, quinze",
                                "quarante-sept, quatre-vingt"),
    "belgian french septante": ("zéro quatre septante-six quarante-huit trente-neuf vingt-sept",
                                "septante-six quarante-huit"),
    "french pairs without hyphens": ("zero six quarante sept quatre vingt trois vingt neuf quinze",
                                     "quarante sept quatre vingt"),
    "french digits then pairs": ("06 quarante-sept 83 vingt-neuf 15", "quarante-sept 83"),
    "german pairs": ("null eins sieben sechs achtundvierzig neununddreißig siebenundzwanzig einundfünfzig",
                     "achtundvierzig neununddreißig"),
    "dutch pairs": ("nul zes achtenveertig negenendertig zevenentwintig eenenvijftig", "achtenveertig negenendertig"),
    "spanish groups": ("seiscientos cuarenta y siete, ochenta y tres, veintinueve, dieciséis",
                       "seiscientos cuarenta y siete"),
    "italian groups": ("tre quattro sette, otto tre nove, ventisette cinquantuno", "otto tre nove, ventisette"),
    "portuguese groups": ("novecentos e doze, quatrocentos e oitenta e três, duzentos e setenta e cinco",
                          "quatrocentos e oitenta e três"),
    "polish groups": ("sześćset jeden, czterysta osiemdziesiąt trzy, dziewięćset dwadzieścia siedem",
                      "czterysta osiemdziesiąt trzy"),
    "english double and oh": ("oh seven nine double one, four eight three, nine two seven", "nine double one, four"),
    "english triple": ("four one five four eight three nine triple two", "four eight three nine triple"),
    "english tens": ("four fifteen, four eighty-three, ninety-two seventy-five", "four eighty-three, ninety-two"),
    "digits and words mixed": ("06 47 quatre-vingt-trois 29 15", "quatre-vingt-trois 29 15"),
    "japanese kana digits": ("ぜろきゅうぜろ よんはちさんきゅう にななごいち", "よんはちさんきゅう"),
    "hindi words": ("नौ आठ चार आठ तीन नौ दो सात पांच एक", "नौ दो सात"),
    "arabic words with digits": ("صفر خمسة ٠ ٤٨٣٩٢٧٥", "483927"),
    "roman numerals": ("zéro six XLVII LXXXIII XXIX XV", "XLVII LXXXIII"),
    "turkish groups": ("sıfır beş yüz otuz iki, dört yüz seksen üç, doksan iki, yetmiş beş", "dört yüz seksen üç"),
    "russian groups": ("восемь девятьсот шестнадцать четыреста восемьдесят два семьдесят три девятнадцать",
                       "четыреста восемьдесят два"),
    "greek digits": ("έξι τέσσερα επτά οκτώ τρία δύο εννέα ένα πέντε", "τρία δύο εννέα"),
    "korean sino digits with gong": ("공육 사칠 팔삼 이구 일오", "사칠 팔삼"),
    "korean sino digits spaced": ("공 일 공 사 팔 삼 구 이 칠 오 일", "사 팔 삼 구"),
    "chinese financial numerals": ("零陆肆柒捌叁贰玖壹伍", "陆肆柒捌叁贰玖壹伍"),
    "roman numeral characters": ("Ⅵ Ⅳ Ⅶ Ⅷ Ⅲ Ⅱ Ⅸ Ⅰ Ⅴ", "Ⅳ Ⅶ Ⅷ"),
    "digits and chinese words mixed": ("06 四七 83 二九 15", "四七 83"),
    "spanish pairs": ("seis cuarenta y siete ochenta y tres veintinueve dieciséis", "cuarenta y siete ochenta"),
    "german prefix then pairs": ("0176 achtundvierzig neununddreißig siebenundzwanzig einundfünfzig",
                                 "achtundvierzig neununddreißig"),
}

IP4 = "185.47.203.118"
IP6 = "2a02:8109:9c40:1a2b:5d3e:77ff:fe21:4c1d"
_IP4_INT = (185 << 24) | (47 << 16) | (203 << 8) | 118
# IP addresses in texts and forms: (spelling, a leak's form).
IPS: Dict[str, Tuple[str, Any]] = {
    "log line": (f'{IP4} - - [02/Dec/2026:03:52:00 +0000] "GET /panier HTTP/1.1" 200', IP4),
    "ticket": (f"Connexion suspecte depuis {IP4} (Paris)", IP4),
    "csv": (f"48213,{IP4},FR", IP4),
    "json text": (json.dumps({"ip": IP4, "ua": "Firefox"}), IP4),
    "with port": (f"{IP4}:443", IP4),
    "ipv6 full": (IP6, IP6),
    "ipv6 compressed middle": ("2a02:8109:9c40::fe21:4c1d", "2a02:8109:9c40::fe21:4c1d"),
    "ipv6 bracket port": (f"[{IP6}]:443", IP6),
    "ipv6 mapped": (f"::ffff:{IP4}", IP4),
    "ipv6 mapped upper": (f"::FFFF:{IP4}", IP4),
    "ipv6 embedded ipv4 full": (f"0:0:0:0:0:ffff:{IP4}", IP4),
    "ipv6 in url": (f"http://[{IP6}]:8080/admin", IP6),
    "ipv6 percent encoded brackets": (f"%5B{IP6}%5D", IP6),
    "ipv6 leading zeros": ("2a02:8109:9c40:1a2b:5d3e:77ff:fe21:04c1d".replace("04c1d", "4c1d"), IP6),
    "decimal in url host": (f"http://{_IP4_INT}/", str(_IP4_INT)),
    "hex in url host": (f"http://0x{_IP4_INT:x}/", f"{_IP4_INT:x}"),
    "octal dotted in url": ("http://0271.057.0313.0166/", "0271.057.0313.0166"),
    "dashed host name": (f"host-{IP4.replace('.', '-')}.fibre.example.net", IP4.replace(".", "-")),
    "xff list": (f"X-Forwarded-For: {IP4}, 172.16.0.4", IP4),
    "arabic digits": ("١٨٥.٤٧.٢٠٣.١١٨", IP4),
    "fullwidth dots": ("185．47．203．118", IP4),
    "ideographic stops": ("185。47。203。118", IP4),
    "ip with cidr": (f"{IP4}/32", IP4),
    "ip in brackets defanged": ("185[.]47[.]203[.]118", "185[.]47[.]203[.]118"),
    "ip words": ("IP 185 dot 47 dot 203 dot 118", "185 dot 47"),
    "german label": (f"IP-Adresse: {IP4}", IP4),
    "leading zero parts": ("185.047.203.118", "185.047.203.118"),
    "ipv4 compatible ipv6": (f"::{IP4}", IP4),
    "isatap": (f"fe80::5efe:{IP4}", IP4),
    "teredo": ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "4136:e378:8000:63bf"),
    "hex dotted capitals": ("0XB9.0X2F.0XCB.0X76", "0XB9.0X2F.0XCB.0X76"),
    "ipv6 after a label capitals": ("IPv6: 2A02:8109::4C1D", "2A02:8109::4C1D"),
    "semicolon csv": (f"48213;{IP4};FR;Paris", IP4),
    "mac cisco dotted": ("a483.e72b.91c5", "a483.e72b.91c5"),
    "eui-64": ("a4:83:e7:ff:fe:2b:91:c5", "a4:83:e7:ff:fe:2b:91:c5"),
    "ipv6 with dots": ("2a02.8109.9c40.1a2b.5d3e.77ff.fe21.4c1d", "2a02.8109.9c40.1a2b"),
    "ip in a nginx error line": (f'[error] 4821#0: *1 client: {IP4}, server: boutique.example.fr', IP4),
    "ip words french": ("IP 185 point 47 point 203 point 118", "185 point 47 point 203"),
    "ipv4 slash separated in text": ("185/47/203/118", "185/47/203/118"),
    "number words with dot": ("one eight five dot four seven dot two zero three dot one one eight",
                              "one eight five dot four seven"),
    "number words with point in french": ("un huit cinq point quatre sept point deux zéro trois point un un huit",
                                          "un huit cinq point quatre"),
}

# Cards, IBANs and national ids with their check digits.
MASTERCARD2 = luhn_complete("222300048392751")
DISCOVER = luhn_complete("601148392751832")
JCB = luhn_complete("353948392751832")
MAESTRO = luhn_complete("675948392751832")
ES_IBAN = iban("ES", "21000418450200051332")
NL_IBAN = iban("NL", "ABNA0417164300")
BE_IBAN = iban("BE", "539007547034")
AT_IBAN = iban("AT", "1904300234573201")
PT_IBAN = iban("PT", "000201231234567890154")
PL_IBAN = iban("PL", "109024021234567890123456")


def _nir(body: str) -> str:
    return f"{body}{97 - int(body) % 97:02d}"


def _nif_pt(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return body + str(0 if check >= 10 else check)


def _be_nrn(body: str) -> str:
    return body + f"{97 - int(body) % 97:02d}"


def _pesel(body: str) -> str:
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10) % 10)


def _cpf(body: str) -> str:
    digits = [int(d) for d in body]
    for length in (9, 10):
        total = sum(d * w for d, w in zip(digits, range(length + 1, 1, -1), strict=False))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    return "".join(map(str, digits))


def _bsn(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
    return next(body + str(last) for last in range(10) if (total - last) % 11 == 0)


def _codice_fiscale(body: str) -> str:
    odd = {**{str(d): v for d, v in zip(range(10), [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=True)},
           **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                                                     12, 14, 16, 10, 22, 25, 24, 23], strict=True))}
    even = {ch: (int(ch) if ch.isdigit() else ord(ch) - 65) for ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    total = sum(odd[ch] if i % 2 == 0 else even[ch] for i, ch in enumerate(body))
    return body + chr(65 + total % 26)


def _dni(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def _nhs(body: str) -> str:
    check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
    return body + str(0 if check == 11 else check)


NIR = _nir("2850375112048")
PERSONNUMMER = luhn_complete("850314123")
NIF_PT = _nif_pt("21483927")
BE_NRN = _be_nrn("850314123")
PESEL = _pesel("8503140725")
CPF = _cpf("483927518")
BSN = _bsn("48392753")
CODICE_FISCALE = _codice_fiscale("BDNQNN85C14H501")
DNI = _dni("48392751")
NHS = _nhs("483927517")
SIN = luhn_complete("04839275")

IDS: Dict[str, Tuple[str, Any]] = {
    "mastercard 2-series": (spaced(MASTERCARD2), MASTERCARD2[4:12]),
    "discover in a note": (f"Payé avec la carte {DISCOVER}", DISCOVER[4:12]),
    "jcb dashed": ("-".join(spaced(JCB).split()), JCB[4:12]),
    "maestro dotted": (".".join(spaced(MAESTRO).split()), MAESTRO[4:12]),
    "card in csv": (f"48213;{DISCOVER};12/28", DISCOVER[4:12]),
    "card in json": (json.dumps({"pan": DISCOVER, "exp": "12/28"}), DISCOVER[4:12]),
    "card log masked badly": (f"charge ok card={DISCOVER[:12]}{DISCOVER[12:]}", DISCOVER[4:12]),
    "iban es spaced": (spaced(ES_IBAN), "0200051332"),
    "iban nl compact": (NL_IBAN, "0417164300"),
    "iban be in a note": (f"Virement depuis {spaced(BE_IBAN)} reçu", "9007547034"),
    "iban at lower": (AT_IBAN.lower(), "0234573201"),
    "iban pt label": (f"NIB/IBAN: {PT_IBAN}", "1234567890154"),
    "iban pl dashed": ("-".join(spaced(PL_IBAN).split()), "234567890123456"),
    "french nir spaced": (f"{NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}",
                          NIR[:13]),
    "french nir compact": (f"n° sécu {NIR}", NIR[:13]),
    "portuguese nif label": (f"NIF: {NIF_PT}", NIF_PT),
    "belgian nrn dotted": (f"{BE_NRN[:2]}.{BE_NRN[2:4]}.{BE_NRN[4:6]}-{BE_NRN[6:9]}.{BE_NRN[9:]}", BE_NRN),
    "pesel label": (f"PESEL: {PESEL}", PESEL),
    "cpf dotted in a note": (f"CPF {CPF[:3]}.{CPF[3:6]}.{CPF[6:9]}-{CPF[9:]}", CPF),
    "bsn label": (f"BSN {BSN}", BSN),
    "codice fiscale": (CODICE_FISCALE, CODICE_FISCALE),
    "codice fiscale lower": (f"cf: {CODICE_FISCALE.lower()}", CODICE_FISCALE.lower()),
    "dni label": (f"DNI {DNI}", DNI),
    "nhs number spaced": (f"NHS {NHS[:3]} {NHS[3:6]} {NHS[6:]}", NHS),
    "sin spaced": (f"SIN {SIN[:3]} {SIN[3:6]} {SIN[6:]}", SIN),
    "us ssn": ("SSN 078-05-1120", "078051120"),
    "card in dingbat digits": ("".join("➉➀➁➂➃➄➅➆➇➈"[int(d)] for d in DISCOVER),
                               "".join("➉➀➁➂➃➄➅➆➇➈"[int(d)] for d in DISCOVER[4:12])),
    "card in chinese numerals with ling": ("".join("零一二三四五六七八九"[int(d)] for d in DISCOVER),
                                           "".join("零一二三四五六七八九"[int(d)] for d in DISCOVER[4:12])),
}

# fbc/fbp with personal payloads, in the places they are read from.
FBC_PAYLOADS: Dict[str, Tuple[str, Any]] = {
    "email double encoded": (f"fb.1.{MS}.quennzor%2540example.org", MARK),
    "email entity": (f"fb.1.{MS}.quennzor&#64;example.org", MARK),
    "email json escape": (f"fb.1.{MS}.quennzor\\u0040example.org", MARK),
    "email plus tag": (f"fb.1.{MS}.quennzor+promo@example.org", MARK),
    "email base64 standard": (f"fb.1.{MS}.{_B64_EMAIL}", _B64_EMAIL),
    "phone e164 digits": (f"fb.1.{MS}.33647832915", "647832915"),
    "phone dotted": (f"fb.1.{MS}.06.47.83.29.15", "647832915"),
    "ipv6 dashed": (f"fb.1.{MS}.{IP6.replace(':', '-')}", IP6.replace(":", "-")),
    "ipv4 underscores": (f"fb.1.{MS}.{IP4.replace('.', '_')}", IP4.replace(".", "_")),
    "iban lower": (f"fb.1.{MS}.{ES_IBAN.lower()}", "0200051332"),
    "codice fiscale": (f"fb.1.{MS}.{CODICE_FISCALE}", CODICE_FISCALE),
    "name camel": (f"fb.1.{MS}.QuennzorAbiodun", MARK),
    "appendix after an email": (f"fb.1.{MS}.{EMAIL}.Bg", MARK),
    "ipv6 dashed compressed": (f"fb.1.{MS}.2a02-8109-9c40--fe21-4c1d", "2a02-8109-9c40--fe21-4c1d"),
    "ipv6 underscores": (f"fb.1.{MS}.{IP6.replace(':', '_')}", IP6.replace(":", "_")),
    "ipv6 dashed after tag": (f"fb.1.{MS}.IwAR{IP6.replace(':', '-')}", IP6.replace(":", "-")),
    "mac underscores": (f"fb.1.{MS}.a4_83_e7_2b_91_c5", "a4_83_e7_2b_91_c5"),
    "codice fiscale after tag": (f"fb.1.{MS}.IwAR{CODICE_FISCALE}", CODICE_FISCALE),
    "codice fiscale lower": (f"fb.1.{MS}.{CODICE_FISCALE.lower()}", CODICE_FISCALE.lower()),
    "curp": (f"fb.1.{MS}.BADD850314HDFLNS09", "BADD850314HDFLNS09"),
    "rfc": (f"fb.1.{MS}.GODE561231GR8", "GODE561231GR8"),
    "indian pan": (f"fb.1.{MS}.AZQPV4821K", "AZQPV4821K"),
    "dni": (f"fb.1.{MS}.{DNI}", DNI),
    "dni after tag": (f"fb.1.{MS}.IwAR{DNI}", DNI),
    "nie": (f"fb.1.{MS}.X4839275L", "X4839275Y"),
    "nric": (f"fb.1.{MS}.S8503147D", "S8503147C"),
    "irish ppsn": (f"fb.1.{MS}.7654321PA", "4839275OA"),
    "us ssn dashed": (f"fb.1.{MS}.078-05-1120", "078-05-1120"),
    "phone eight digit groups": (f"fb.1.{MS}.0647-8329-15", "0647-8329-15"),
    "email base32": (f"fb.1.{MS}.{_B32_EMAIL.rstrip('=')}", _B32_EMAIL.rstrip("=")),
    "hetu": (f"fb.1.{MS}.140385-072P", "140385-072P"),
    "personnummer dashed": (f"fb.1.{MS}.850314-{PERSONNUMMER[6:]}", f"850314-{PERSONNUMMER[6:]}"),
    "korean rrn dashed": (f"fb.1.{MS}.850314-1234562", "850314-1234562"),
    "nir dashed": (f"fb.1.{MS}.{NIR[0]}-{NIR[1:3]}-{NIR[3:5]}-{NIR[5:7]}-{NIR[7:10]}-{NIR[10:13]}-{NIR[13:]}",
                   f"{NIR[1:3]}-{NIR[3:5]}-{NIR[5:7]}"),
    "iban dashed": (f"fb.1.{MS}." + "-".join(spaced(ES_IBAN).split()), "-".join(spaced(ES_IBAN).split()[2:4])),
    "card underscores": (f"fb.1.{MS}." + "_".join(spaced(DISCOVER).split()), DISCOVER[4:8]),
    "email hex": (f"fb.1.{MS}.{EMAIL.encode().hex()}", EMAIL.encode().hex()),
}
FBP_PAYLOADS: Dict[str, Tuple[str, Any]] = {
    "e164 mobile": (f"fb.1.{MS}.4917648392751", "17648392751"),
    "trunk mobile": (f"fb.1.{MS}.0647832915", "647832915"),
    "plus mobile": (f"fb.1.{MS}.+33647832915", "647832915"),
    "ip integer": (f"fb.1.{MS}.{_IP4_INT}", str(_IP4_INT)),
    "email": (f"fb.1.{MS}.{EMAIL}", MARK),
    "pesel": (f"fb.1.{MS}.{PESEL}", PESEL),
    "dotted ip": (f"fb.1.{MS}.{IP4}", IP4),
}

# Keys naming personal data, in Edgee's users' languages, cases, separators and look-alikes.
KEYS: List[str] = [
    # French
    "adresse_de_livraison", "numéro_de_téléphone", "nom_du_destinataire", "codePostalLivraison", "ville_facturation",
    "date_de_naissance", "portable", "prénom",
    # German
    "Straße", "Postleitzahl", "Handynummer", "Rechnungsadresse", "Nachname", "Geburtstag", "E-Mail-Adresse",
    # Spanish
    "apellido_paterno", "correo_electronico", "direccion_envio", "telefono_movil", "codigoPostal", "nif",
    # Italian
    "cognome", "indirizzo_spedizione", "codice_fiscale", "cellulare", "CAP_fatturazione",
    # Portuguese
    "morada", "telemovel", "codigo_postal_entrega", "nome_completo", "cpf_cliente",
    # Dutch
    "woonplaats", "telefoonnummer", "huisnummer", "achternaam_klant", "geboortedatum",
    # Polish
    "imie", "nazwisko_klienta", "ulica", "kod_pocztowy", "numer_telefonu", "pesel",
    # Japanese, Arabic, Hindi
    "住所", "郵便番号", "メールアドレス", "電話番号", "姓", "البريد_الإلكتروني", "رقم_الهاتف", "الاسم_الأخير",
    "ईमेल", "फ़ोन_नंबर", "पता", "पिन_कोड",
    # cases and separators
    "BILLING__ZIP", "Shipping.Address.Line2", "customer-email-address", "emailAddr", "e_mail_addr",
    "ShipToPhone", "recipient.first_name", "payer[email]", "user:phone", "contact/email",
    # look-alikes
    "еmail_аddress", "ｐｏｓｔｃｏｄｅ", "𝐟𝐢𝐫𝐬𝐭_𝐧𝐚𝐦𝐞", "ᴘᴏꜱᴛᴀʟ_ᴄᴏᴅᴇ", "ｔｅｌｅｆｏｎｏ",
    "nachname\u200b", "strasse\u00ad",
    # Meta's own user_data keys as custom properties, raw
    "fn", "ln", "zp", "ct", "st", "db", "ge", "em",
    # more words and abbreviations of Edgee's users
    "Adresse e-mail", "E\u2011Mail", "n° de téléphone", "tél", "PLZ", "Ort", "CP", "tfno", "móvil", "gsm",
    "indirizzo e-mail", "numer telefonu komórkowego", "nº contribuinte", "rekeningnummer", "kontonummer",
    "携帯番号", "मोबाइल", "𝕖𝕞𝕒𝕚𝕝", "ｅ－ｍａｉｌ", "mail.address", "courrielClient", "Wohnort",
    # towns, postal codes and regions in short words of Edgee's users' languages
    "cp_livraison", "c.p.", "NPA", "PSČ", "miasto", "plaats", "localidad", "Ortschaft", "Ort_Lieferung", "commune",
    "Gemeinde", "département", "Bundesland", "शहर", "建物名",
    # a recipient, a patronymic, a birth, a gender, an age, a mobile
    "渡し先", "patronymic", "geboren", "genere", "âge", "edad", "cel",
]
# Keys holding the address or a phone itself (the value says nothing).
PERSONAL_KEYS: Dict[str, Tuple[str, Any]] = {
    "email in a consent key": (f"consent_{EMAIL}", MARK),
    "email as a json key": (EMAIL, MARK),
    "email utf-7 key": (_UTF7_EMAIL, MARK),
    "email encoded in a bracket key": (f"answers[{_q(EMAIL)}]", MARK),
    "phone key": ("+33647832915", "647832915"),
    "phone key spaced": ("tel 06 47 83 29 15", "647832915"),
    "ipv6 key": (IP6, IP6),
    "iban key": (ES_IBAN, "0200051332"),
    # the spellings that leak as values, as keys
    "qp lower-case address": ("quennzor=40example=2eorg", MARK),
    "qp lower-case address in json": ("quennzor=40example=2eorg", MARK),
    "middot entity address": ("quennzor@example&middot;org", MARK),
    "middot entity address in json": ("quennzor@example&middot;org", MARK),
    "phone in dingbat digits": ("➉➅➃➆➇➂➁➈➀➄", "➃➆➇➂"),
    "phone said in french pairs": ("zéro six quarante-sept quatre-vingt-trois vingt-neuf quinze", "quarante-sept"),
    "ipv6 dotted": ("2a02.8109.9c40.1a2b.5d3e.77ff.fe21.4c1d", "2a02.8109"),
    "mac in cisco dots": ("a483.e72b.91c5", "a483.e72b"),
}

# Query strings: values split over two parameters, utm parameters, OAuth and redirect URLs.
QUERIES: Dict[str, Tuple[str, Any]] = {
    "utm term email": (f"?utm_source=crm&utm_term={_q(EMAIL)}", MARK),
    "utm campaign with address inside": (f"?utm_campaign=relance_{_q(EMAIL)}_dec", MARK),
    "utm id phone": ("?utm_id=33647832915", "647832915"),
    "redirect uri nested twice": (f"?redirect_uri={_q('https://a.example.net/cb?next=' + _q('/u?e=' + EMAIL))}",
                                  MARK),
    "return to with login hint": (f"?returnTo={_NESTED}", MARK),
    "saml relay state base64": (f"?RelayState={_q(_B64_EMAIL)}", _B64_EMAIL),
    "state json": (f"?state={_q(json.dumps({'email': EMAIL}))}", MARK),
    "mc eid style": (f"?mc_cid=4f2a&mc_eid={_q(EMAIL)}", MARK),
    "hubspot style": (f"?_hsenc=p2A&hsa_email={_q(EMAIL)}", MARK),
    "semicolon separator": (f"?a=1;email={_q(EMAIL)}", MARK),
    "repeated key": (f"?q=chaussures&q={_q(EMAIL)}", MARK),
    "key only phone": ("?tel=&33647832915", "647832915"),
    "plus for at": ("?contact=quennzor+at+example.org", MARK),
    "array param": (f"?emails[]={_q(EMAIL)}", MARK),
    "matrix param in path": (f";email={_q(EMAIL)}", MARK),
    "ip in query": (f"?client={IP4}", IP4),
    "ipv6 in query": (f"?from={_q(IP6)}", IP6),
    "fbclid email": (f"?fbclid={_q(EMAIL)}", MARK),
    "fbclid phone": ("?fbclid=33647832915", "647832915"),
    "gclid and email": (f"?gclid=Cj0KCQ&email_hash=&e={_q(EMAIL)}", MARK),
    "qp lower-case key": ("?quennzor=40example=2eorg=1", MARK),
    "dingbat phone key": ("?➉➅➃➆➇➂➁➈➀➄=1", "➃➆➇➂"),
    "phone said aloud key": ("?" + _q("zéro six quarante-sept quatre-vingt-trois vingt-neuf quinze"), "quarante-sept"),
    "ipv6 dotted key": ("?2a02.8109.9c40.1a2b.5d3e.77ff.fe21.4c1d", "2a02.8109"),
}
# The same address over two parameters or leaves: claimed or not is decided by the README (see the test file).
SPLITS: Dict[str, Tuple[str, Dict[str, Any], Any]] = {
    "two query parameters": ("page", {"url": f"{SHOP}/p?u={MARK}.abiodun&d=example.org"}, MARK),
    "two query parameters with at": ("page", {"url": f"{SHOP}/p?u={MARK}.abiodun&d=%40example.org"}, MARK),
    "user and domain parameters": ("page", {"url": f"{SHOP}/p?user={MARK}&domain=example.org"}, MARK),
    "two properties": ("track", {"properties": {"u": f"{MARK}.abiodun", "d": "@example.org"}}, MARK),
    "local and domain properties": ("track", {"properties": {"mail_local": MARK, "mail_domain": "example.org"}},
                                    MARK),
    "title and property": ("page", {"title": f"{MARK}.abiodun", "properties": {"at": "@example.org"}}, MARK),
    "phone over two properties": ("track", {"properties": {"cc": "+33", "n": "647832915"}}, "647832915"),
    "phone over two parameters": ("page", {"url": f"{SHOP}/p?cc=33&n=647832915"}, "647832915"),
    "json user and domain": ("track", {"properties": {"form_echo": json.dumps(
        {"user": f"{MARK}.abiodun", "domain": "example.org"})}}, MARK),
    "json local and at domain": ("track", {"properties": {"form_echo": json.dumps(
        {"local": f"{MARK}.abiodun", "at": "@example.org"})}}, MARK),
    "contents id and title": ("track", {"name": "Product Added", "properties": {"contents": json.dumps(
        [{"id": f"{MARK}.abiodun", "title": "@example.org", "quantity": 1}])}}, MARK),
    "csv fields": ("track", {"properties": {"row": f"48213,{MARK}.abiodun,example.org,FR"}}, MARK),
    "path segments": ("page", {"url": f"{SHOP}/u/{MARK}.abiodun/at/example.org/"}, MARK),
    "path and query": ("page", {"url": f"{SHOP}/u/{MARK}.abiodun?d=@example.org"}, MARK),
    "url and search field": ("page", {"url": f"{SHOP}/u/{MARK}.abiodun", "search": "?at=example.org"}, MARK),
    "phone path segments": ("page", {"url": f"{SHOP}/rappel/06/47/83/29/15"}, "647832915"),
    "phone path and query": ("page", {"url": f"{SHOP}/rappel/0647?suite=832915"}, "647832915"),
    "ip path segments dashed": ("page", {"url": f"{SHOP}/log/185-47/203-118"}, "185-47/203-118"),
}

_JWT = ".".join([_b64('{"alg":"RS256","kid":"k1"}', True).rstrip("="),
                 _b64(json.dumps({"email": EMAIL, "sub": "48213"}), True).rstrip("="), "c2lnbmF0dXJl"])
# URLs a browser, an app or a script may report as the page or its referrer: (URL, a leak's form).
URLS: Dict[str, Tuple[str, Any]] = {
    "two at signs in the authority": (f"https://{EMAIL}@boutique.example.fr/p", MARK),
    "backslash before the userinfo": (f"https://boutique.example.fr\\{EMAIL}/p", MARK),
    "no slashes after the scheme": (f"https:{EMAIL}/p", MARK),
    "protocol relative": (f"//{EMAIL}/p", MARK),
    "mailto as the page": (f"mailto:{EMAIL}", MARK),
    "tel as the referrer": ("tel:+33647832915", "647832915"),
    "javascript url": (f"javascript:void(location='/u?e={EMAIL}')", MARK),
    "data url": (f"data:text/html,<p>{EMAIL}</p>", MARK),
    "android app referrer": (f"android-app://com.example.mail/https/mail.example.net/u/{EMAIL}", MARK),
    "text fragment": (f"{SHOP}/p#:~:text={_q(EMAIL)}", MARK),
    "text fragment phone": (f"{SHOP}/p#:~:text=06%2047%2083%2029%2015", "647832915"),
    "id token in the fragment": (f"{SHOP}/cb#id_token={_JWT}&state=x", _JWT.split(".")[1][:24]),
    "access token route": (f"{SHOP}/#/callback?token=abc&email={_q(EMAIL)}", MARK),
    "host name holding the address": (f"https://{MARK}-abiodun-example-org.preview.example.net/", MARK),
    "path with encoded slash and at": (f"{SHOP}/u%2F{MARK}%40example.org", MARK),
    "tab inside the address": (f"{SHOP}/u/{MARK}\t@example.org", MARK),
    "uppercase percent u": (f"{SHOP}/u/{MARK}%U0040example.org", MARK),
    "overlong utf-8 at": (f"{SHOP}/u/{MARK}%C0%C0example.org".replace("%C0%C0", "%C1%80"), MARK),
    "ip host with trailing dot": (f"http://{IP4}./p", IP4),
    "ipv6 host zone": (f"http://[fe80::1%25eth0]/?client={IP4}", IP4),
    "blob url": (f"blob:{SHOP}/{MARK}@example.org", MARK),
    "view source": (f"view-source:{SHOP}/u?e={EMAIL}", MARK),
    "google amp cache": (f"https://boutique-example-fr.cdn.ampproject.org/c/s/boutique.example.fr/u/{_q(EMAIL)}",
                         MARK),
    "google redirect": (f"https://www.google.com/url?q={_q(SHOP + '/u?e=' + _q(EMAIL))}&sa=D", MARK),
    "qp lower-case raw query": (f"{SHOP}/u?e=quennzor=40example=2eorg", MARK),
    "qp lower-case raw query of a referrer": ("https://news.example.net/r?to=quennzor=40example=2eorg", MARK),
    "facebook link shim": (f"https://l.facebook.com/l.php?u={_q(SHOP + '/?email=' + EMAIL)}&h=AT0", MARK),
}

# Identifiers sent as a track's properties, in spellings Segment-like libraries use.
ID_PROPERTIES: Dict[str, Tuple[Dict[str, str], Any]] = {
    "userID email": ({"userID": EMAIL}, MARK),
    "user-id phone": ({"user-id": "+33 6 47 83 29 15"}, "647832915"),
    "ajs_user_id encoded": ({"ajs_user_id": _q(EMAIL)}, MARK),
    "anonymousID ip": ({"anonymousID": IP4}, IP4),
    "UserId base64": ({"UserId": _B64_EMAIL}, _B64_EMAIL),
    "userId json": ({"userId": json.dumps({"email": EMAIL})}, MARK),
    "user.id": ({"user.id": EMAIL}, MARK),
    "anonymous_id iban": ({"anonymous_id": ES_IBAN}, "0200051332"),
}

# Values whose field makes an Err (or is left out), the value holding personal data.
_PURCHASE = {"name": "Order Completed"}
ERR_VALUES: Dict[str, Tuple[str, Dict[str, Any], Any]] = {
    "currency phone": ("track", {**_PURCHASE, "properties": {"value": "5", "currency": "+33647832915"}},
                       "647832915"),
    "currency encoded email": ("track", {**_PURCHASE, "properties": {"value": "5", "currency": _q(EMAIL)}}, MARK),
    "currency ip": ("track", {**_PURCHASE, "properties": {"value": "5", "currency": IP4}}, IP4),
    "value iban": ("track", {**_PURCHASE, "properties": {"value": ES_IBAN, "currency": "EUR"}}, "0200051332"),
    "value card": ("track", {**_PURCHASE, "properties": {"value": DISCOVER, "currency": "EUR"}}, DISCOVER[4:12]),
    "value email entity": ("track", {**_PURCHASE, "properties": {"value": "quennzor&#64;example.org",
                                                                  "currency": "EUR"}}, MARK),
    "revenue phone": ("track", {**_PURCHASE, "properties": {"revenue": "06 47 83 29 15", "currency": "EUR"}},
                      "647832915"),
    "total ip": ("track", {**_PURCHASE, "properties": {"total": IP4, "currency": "EUR"}}, IP4),
    "action source phone": ("track", {"properties": {"action_source": "+33 6 47 83 29 15"}}, "647832915"),
    "opt out ipv6": ("track", {"properties": {"opt_out": IP6}}, IP6),
    "ldu base64 email": ("track", {"properties": {"data_processing_options": _B64_EMAIL}}, _B64_EMAIL),
    "ldu state iban": ("track", {"properties": {"data_processing_options": "LDU",
                                                "data_processing_options_state": ES_IBAN}}, "0200051332"),
    "quantity of an encoded email product": ("track", {**_PURCHASE, "properties": {"currency": "EUR", "contents":
        json.dumps([{"id": _q(EMAIL), "item_price": 5, "quantity": "1.5"}])}}, MARK),
    "price of a phone titled product": ("track", {**_PURCHASE, "properties": {"currency": "EUR", "contents":
        json.dumps([{"id": "SKU-34", "title": "Rappel 06 47 83 29 15", "item_price": "cinq"}])}}, "647832915"),
    "price of an ip sku": ("track", {**_PURCHASE, "properties": {"currency": "EUR"},
                                     "products": [{"sku": IP4, "price": "-1"}]}, IP4),
    "contents broken json with phone": ("track", {**_PURCHASE, "properties": {"currency": "EUR", "value": "5",
                                                                               "contents": "[{id: +33647832915"}},
                                        "647832915"),
    "content ids too many with email": ("track", {"name": "Product Added", "properties": {
        "content_ids": ",".join(["S"] * 230 + [EMAIL])}}, MARK),
    "key too long phone": ("track", {"properties": {"tel_+33647832915_" + "x" * 300: "1"}}, "647832915"),
    "value too long under a phone key": ("track", {"properties": {"+33647832915": "y" * 70_000}}, "647832915"),
    "predicted ltv phone": ("track", {"name": "Subscribe", "properties": {"predicted_ltv": "+33647832915"}},
                            "647832915"),
    "event name phone in arabic digits": ("track", {"name": "اتصل ٠٦٤٧٨٣٢٩١٥"}, "647832915"),
    "event name email utf-7": ("track", {"name": f"Inscription {_UTF7_EMAIL}"}, MARK),
    "old event with email": ("track", {"properties": {"note": EMAIL}, "timestamp": NOW - 30 * 86_400}, MARK),
    "test event code phone": ("track", {"properties": {"test_event_code": "TEST647832915"},
                                        "settings": {"meta_allow_test_event_code_property": "true"}}, "647832915"),
    "lone surrogate beside an email": ("track", {"properties": {"note": f"{EMAIL}\ud800"}}, MARK),
    "lone surrogate in the event name with a phone": ("track", {"name": "Rappel \udc00 +33647832915"},
                                                      "647832915"),
    "nul between the parts of an email": ("track", {"properties": {"note": "quennzor\x00@\x00example.org"}},
                                          MARK),
    "surrogate pair escapes in contents id": ("track", {"name": "Product Added", "properties": {
        "contents": '[{"id": "quennzor\\ud83d\\ude00@example.org", "quantity": 1}]'}}, MARK),
    "value too long under a qp lower-case key": ("track", {"properties": {"quennzor=40example=2eorg": "y" * 70_000}},
                                                  MARK),
    "value too long under a key said aloud": ("track", {"properties": {
        "zéro six quarante-sept quatre-vingt-trois vingt-neuf quinze": "y" * 70_000}}, "quarante-sept quatre-vingt"),
    "mapping to an ip": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": "EUR"},
                                   "settings": {"meta_event_mapping": json.dumps({"Order Completed": IP4})}}, IP4),
}


def key_cases() -> Iterator[Case]:
    for index, key in enumerate(KEYS):
        where = ["custom property", "page property", "json property", "contents field"][index % 4]
        if where == "custom property":
            yield (f"key {key}: custom property", "track", {"properties": {key: KEY_VALUE}}, [KEY_VALUE])
        elif where == "page property":
            yield (f"key {key}: page property", "page", {"properties": {key: KEY_VALUE}}, [KEY_VALUE])
        elif where == "json property":
            yield (f"key {key}: json property", "track", {"properties": {
                "form_echo": json.dumps({"form": "checkout", key: KEY_VALUE}, ensure_ascii=False)}}, [KEY_VALUE])
        else:
            yield (f"key {key}: contents field", "track", {"name": "Product Added", "properties": {
                "contents": json.dumps([{"id": "SKU-34", "quantity": 1, key: KEY_VALUE}], ensure_ascii=False)}},
                [KEY_VALUE])
    for index, (name, (key, shown)) in enumerate(PERSONAL_KEYS.items()):
        if index % 2:
            yield (f"key holding {name} @ json property", "track",
                   {"properties": {"form_echo": json.dumps({key: "oui"}, ensure_ascii=False)}}, [shown])
        else:
            yield (f"key holding {name} @ custom property", "track", {"properties": {key: "oui"}}, [shown])


def query_cases() -> Iterator[Case]:
    for index, (name, (query, shown)) in enumerate(QUERIES.items()):
        where = ["page url", "referrer", "referrer fragment route", "page search"][index % 4]
        if where == "page url":
            yield (f"query {name} @ {where}", "page", {"url": f"{SHOP}/p{query}"}, [shown])
        elif where == "referrer":
            yield (f"query {name} @ {where}", "page", {"referrer": f"https://news.example.net/r{query}"}, [shown])
        elif where == "referrer fragment route":
            yield (f"query {name} @ {where}", "page", {"referrer": f"https://app.example.net/#/r{query}"}, [shown])
        else:
            search = query if query.startswith("?") else "?x=1" + query
            yield (f"query {name} @ {where}", "page", {"url": f"{SHOP}/s", "search": search}, [shown])
    for name, (kind, overrides, shown) in SPLITS.items():
        yield (f"query split {name}", kind, overrides, [shown])


def url_cases() -> Iterator[Case]:
    for index, (name, (url, shown)) in enumerate(URLS.items()):
        if index % 2:
            yield (f"query url {name} @ referrer", "page", {"referrer": url}, [shown])
        else:
            yield (f"query url {name} @ page url", "page", {"url": url}, [shown])
    yield ("query url path alone @ page without url", "page", {"url": "", "data": {"path": f"/u/{EMAIL}"}}, [MARK])
    yield ("query url search alone @ page without url", "page", {"url": "", "search": f"?e={_q(EMAIL)}"}, [MARK])


def fb_cases() -> Iterator[Case]:
    for index, (name, (value, shown)) in enumerate(FBC_PAYLOADS.items()):
        yield (f"fb fbc {name} @ fbc property", "track", {"properties": {"fbc": value}}, [shown])
        if index % 2:
            yield (f"fb fbc {name} @ visitor fbc", "page", {"visitor": {"fbc": value}}, [shown])
    for name, (value, shown) in FBP_PAYLOADS.items():
        yield (f"fb fbp {name} @ fbp property", "track", {"properties": {"fbp": value}}, [shown])
        yield (f"fb fbp {name} @ visitor fbp", "page", {"visitor": {"fbp": value}}, [shown])
    # the click id in the page URL, its search field and a user call's fbc
    for name, value, shown in [("email", EMAIL, MARK), ("phone", "+33647832915", "647832915"),
                               ("ip", IP4, IP4), ("iban", ES_IBAN, "0200051332")]:
        yield (f"fb fbclid {name} @ page url", "page", {"url": f"{SHOP}/p?fbclid={_q(value)}"}, [shown])
        yield (f"fb fbclid {name} @ search field", "page", {"url": f"{SHOP}/p", "search": f"?fbclid={_q(value)}"},
               [shown])
        yield (f"fb fbc {name} @ user call", "user", {"user_properties": {"fbc": f"fb.1.{MS}.{value}"}}, [shown])


# Values in the places whose shape is read apart: ids, a user agent's comment, a number as JSON text.
NUMBER_TEXTS: Dict[str, Tuple[str, Any]] = {
    "fr mobile e164 digits": ("33647832915", "647832915"),
    "de mobile e164 digits": ("4917648392751", "17648392751"),
    "uk mobile trunk digits": ("07911483927", "7911483927"),
    "in mobile with country": ("919848392751", "9848392751"),
    "card digits": (DISCOVER, DISCOVER[4:12]),
    "pesel digits": (PESEL, PESEL),
    "nir digits": (NIR, NIR[:13]),
    "ip as integer": (str(_IP4_INT), str(_IP4_INT)),
}


# National ids, cards and IBANs in their printed layouts (no code writes them so), in the leaves judged as ids.
ID_LEAF_VALUES: Dict[str, Tuple[str, Any]] = {
    "belgian nrn dotted": (f"{BE_NRN[:2]}.{BE_NRN[2:4]}.{BE_NRN[4:6]}-{BE_NRN[6:9]}.{BE_NRN[9:]}", BE_NRN),
    "french nir spaced": (f"{NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}", NIR[:13]),
    "codice fiscale": (CODICE_FISCALE, CODICE_FISCALE),
    "cpf dotted": (f"{CPF[:3]}.{CPF[3:6]}.{CPF[6:9]}-{CPF[9:]}", CPF),
    "card spaced": (spaced(DISCOVER), DISCOVER[4:12]),
    "iban spaced": (spaced(ES_IBAN), "0200051332"),
    "pesel": (PESEL, PESEL),
    "dni dotted": (f"{DNI[:2]}.{DNI[2:5]}.{DNI[5:8]}-{DNI[8]}", "48392751"),
    "phone e164 spaced": ("+33 6 47 83 29 15", "647832915"),
    "email encoded": (_q(EMAIL), MARK),
}
ID_LEAVES = ["order id", "contents id", "content ids"]


def id_leaf_cases() -> Iterator[Case]:
    for name, (value, shown) in ID_LEAF_VALUES.items():
        for where in ID_LEAVES:
            yield (f"id leaf {name} @ {where}", *place(where, value), [shown])


# Meta's ids sent unhashed in user_data (README, "Meta's own fields"): `subscription_id` is text, `fb_login_id` and
# `lead_id` digits; values of the families above there. (family, name, key, value, a leak's form)
VISA16 = luhn_complete("453948392751832")
MC16 = luhn_complete("535948392751832")
IMEI = luhn_complete("35394839275183")
META_IDS: List[Tuple[str, str, str, str, str]] = [
    ("email", "qp lower", "subscription_id", "quennzor=40example=2eorg", MARK),
    ("email", "zwj entity", "subscription_id", "quennzor&zwj;@example&zwj;.org", MARK),
    ("phone", "said in french pairs", "subscription_id", "zéro six quarante-sept quatre-vingt-trois vingt-neuf quinze",
     "quarante-sept quatre-vingt"),
    ("phone", "dingbat digits", "subscription_id", "➉➅ ➃➆ ➇➂ ➁➈ ➀➄", "➃➆ ➇➂"),
    ("ip", "ipv6 dotted", "subscription_id", "2a02.8109.9c40.1a2b.5d3e.77ff.fe21.4c1d", "2a02.8109.9c40.1a2b"),
    ("ip", "mac cisco", "subscription_id", "a483.e72b.91c5", "a483.e72b.91c5"),
    ("id", "codice fiscale", "subscription_id", CODICE_FISCALE, CODICE_FISCALE),
    ("id", "iban", "subscription_id", ES_IBAN, "0200051332"),
    ("id", "visa", "fb_login_id", VISA16, VISA16),
    ("id", "mastercard", "lead_id", MC16, MC16),
    ("id", "discover", "fb_login_id", DISCOVER, DISCOVER),
    ("id", "pesel", "lead_id", PESEL, PESEL),
    ("id", "cpf", "fb_login_id", CPF, CPF),
    ("id", "french nir", "lead_id", NIR, NIR),
    ("id", "belgian nrn", "fb_login_id", BE_NRN, BE_NRN),
    ("id", "bsn", "lead_id", BSN, BSN),
    ("id", "imei", "fb_login_id", IMEI, IMEI),
    ("ip", "ipv4 as an integer", "lead_id", str(_IP4_INT), str(_IP4_INT)),
    ("phone", "german mobile with country code", "lead_id", "4917648392751", "17648392751"),
    ("phone", "french mobile with 0033", "fb_login_id", "33647832915", "647832915"),
]


def meta_id_cases() -> Iterator[Case]:
    for family, name, key, value, shown in META_IDS:
        yield (f"{family} meta id {name} @ {key}", "track", {"properties": {key: value}}, [shown])
        yield (f"{family} meta id {name} @ visitor {key}", "page", {"visitor": {key: value}}, [shown])


def number_cases() -> Iterator[Case]:
    for name, (digits, shown) in NUMBER_TEXTS.items():
        yield (f"phone number text {name} @ custom property", "track", {"properties": {"callback": digits}}, [shown])


def cases() -> List[Case]:
    found: List[Case] = [
        *rotated("email", EMAILS, TEXT_PLACES, 2),
        *rotated("phone", PHONES, TEXT_PLACES, 1, start=5),
        *rotated("ip", IPS, TEXT_PLACES, 1, start=11),
        *rotated("id", IDS, TEXT_PLACES, 2, start=17),
        *rotated("phone words", WORD_PHONES, TEXT_PLACES, 2, start=3),
        *[(f"email qp {name} @ {where}", *place(where, value), [shown])
          for name, (value, shown) in QP_EMAILS.items() for where in QP_PLACES],
        *fb_cases(), *key_cases(), *query_cases(), *number_cases(), *id_leaf_cases(), *url_cases(),
        *meta_id_cases(),
    ]
    found += [(f"track {name}", "track", {"properties": properties}, [shown])
              for name, (properties, shown) in ID_PROPERTIES.items()]
    found += [(f"err {name}", kind, overrides, [shown]) for name, (kind, overrides, shown) in ERR_VALUES.items()]
    return found


# Numbers as people write them: (properties of an event, the field, the numbers it may go out as). A number must go
# out as written or end in an Err naming its field (a `predicted_ltv` may be left out, as the README says).
_ITEM = '[{{"id": "S-34", "item_price": {price}, "quantity": {quantity}}}]'


def _contents(price: str = "5", quantity: str = "1") -> str:
    return _ITEM.format(price=price, quantity=quantity)


def _ltv(text: str) -> Dict[str, str]:
    return {"predicted_ltv": text, "value": "5", "currency": "EUR"}


NUMBERS: Dict[str, Tuple[Dict[str, str], str, List[float]]] = {
    "value english thousands": ({"value": "1,234.56", "currency": "EUR"}, "value", [1234.56]),
    "value german thousands": ({"value": "1.234,56", "currency": "EUR"}, "value", [1234.56]),
    "value swiss apostrophe": ({"value": "1'234.56", "currency": "CHF"}, "value", [1234.56]),
    "value french blank thousands": ({"value": "1 234,56", "currency": "EUR"}, "value", [1234.56]),
    "value narrow no break thousands": ({"value": "1\u202f234,56", "currency": "EUR"}, "value", [1234.56]),
    "value indian grouping": ({"value": "1,23,456.50", "currency": "INR"}, "value", [123456.5]),
    "value exponent": ({"value": "1e3", "currency": "EUR"}, "value", [1000.0]),
    "value upper exponent": ({"value": "2.5E2", "currency": "EUR"}, "value", [250.0]),
    "value hex": ({"value": "0x10", "currency": "EUR"}, "value", [16.0]),
    "value blanks": ({"value": " 12 ", "currency": "EUR"}, "value", [12.0]),
    "value plus": ({"value": "+12", "currency": "EUR"}, "value", [12.0]),
    "value trailing dot": ({"value": "12.", "currency": "EUR"}, "value", [12.0]),
    "value leading dot": ({"value": ".5", "currency": "EUR"}, "value", [0.5]),
    "value arabic indic": ({"value": "١٢٣", "currency": "SAR"}, "value", [123.0]),
    "value devanagari": ({"value": "१२३", "currency": "INR"}, "value", [123.0]),
    "value persian with separator": ({"value": "۱۲۳٫۵", "currency": "IRR"}, "value", [123.5]),
    "value thousands only comma": ({"value": "1,234", "currency": "EUR"}, "value", [1234.0]),
    "value decimal comma three": ({"value": "1,234", "currency": "KWD"}, "value", [1234.0]),
    "value currency code after": ({"value": "12.50 EUR", "currency": "EUR"}, "value", [12.5]),
    "value euro sign after": ({"value": "12,50 €", "currency": "EUR"}, "value", [12.5]),
    "value percent": ({"value": "50%", "currency": "EUR"}, "value", [50.0]),
    "value infinity word": ({"value": "Infinity", "currency": "EUR"}, "value", []),
    "value underscore thousands": ({"value": "1_234.5", "currency": "EUR"}, "value", [1234.5]),
    "value minus sign unicode": ({"value": "\u221212", "currency": "EUR"}, "value", []),
    "value octal looking": ({"value": "010", "currency": "EUR"}, "value", [10.0]),
    "value binary": ({"value": "0b101", "currency": "EUR"}, "value", [5.0]),
    "value fraction": ({"value": "1/2", "currency": "EUR"}, "value", [0.5]),
    "value nan lower": ({"value": "nan", "currency": "EUR"}, "value", []),
    "value json string quoted": ({"value": '"12.5"', "currency": "EUR"}, "value", [12.5]),
    "value superscript": ({"value": "1²", "currency": "EUR"}, "value", []),
    "revenue german": ({"revenue": "1.234,56", "currency": "EUR"}, "value", [1234.56]),
    "total with blanks": ({"total": " 99.90 ", "currency": "EUR"}, "value", [99.9]),
    "price english thousands": ({"currency": "EUR", "contents": _contents('"1,234.56"')}, "item_price", [1234.56]),
    "price german thousands": ({"currency": "EUR", "contents": _contents('"1.234,56"')}, "item_price", [1234.56]),
    "price exponent": ({"currency": "EUR", "contents": _contents('"1e3"')}, "item_price", [1000.0]),
    "price hex": ({"currency": "EUR", "contents": _contents('"0x10"')}, "item_price", [16.0]),
    "price plus": ({"currency": "EUR", "contents": _contents('"+12"')}, "item_price", [12.0]),
    "price trailing dot": ({"currency": "EUR", "contents": _contents('"12."')}, "item_price", [12.0]),
    "price leading dot": ({"currency": "EUR", "contents": _contents('".5"')}, "item_price", [0.5]),
    "price arabic indic": ({"currency": "EUR", "contents": _contents('"١٢٣"')}, "item_price", [123.0]),
    "price blanks": ({"currency": "EUR", "contents": _contents('" 12 "')}, "item_price", [12.0]),
    "price euro sign": ({"currency": "EUR", "contents": _contents('"12,50 €"')}, "item_price", [12.5]),
    "quantity english thousands": ({"currency": "EUR", "contents": _contents(quantity='"1,000"')}, "quantity",
                                   [1000.0]),
    "quantity german thousands": ({"currency": "EUR", "contents": _contents(quantity='"1.000"')}, "quantity",
                                  [1.0, 1000.0]),
    "quantity exponent": ({"currency": "EUR", "contents": _contents(quantity='"1e3"')}, "quantity", [1000.0]),
    "quantity hex": ({"currency": "EUR", "contents": _contents(quantity='"0x10"')}, "quantity", [16.0]),
    "quantity trailing dot": ({"currency": "EUR", "contents": _contents(quantity='"12."')}, "quantity", [12.0]),
    "quantity blanks": ({"currency": "EUR", "contents": _contents(quantity='" 12 "')}, "quantity", [12.0]),
    "quantity arabic indic": ({"currency": "EUR", "contents": _contents(quantity='"١٢"')}, "quantity", [12.0]),
    "quantity json exponent number": ({"currency": "EUR", "contents": _contents(quantity="1e1")}, "quantity",
                                      [10.0]),
    "quantity float with zero fraction": ({"currency": "EUR", "contents": _contents(quantity='"3.0"')}, "quantity",
                                          [3.0]),
    "quantity bool": ({"currency": "EUR", "contents": _contents(quantity="true")}, "quantity", []),
    "price bool": ({"currency": "EUR", "contents": _contents(price="true")}, "item_price", []),
    "price nan literal": ({"currency": "EUR", "contents": _contents(price="NaN")}, "item_price", []),
    "price infinity literal": ({"currency": "EUR", "contents": _contents(price="Infinity")}, "item_price", []),
    "price json overflow": ({"currency": "EUR", "contents": _contents(price="1e400")}, "item_price", []),
    "quantity infinity literal": ({"currency": "EUR", "contents": _contents(quantity="Infinity")}, "quantity", []),
    "quantity nan literal": ({"currency": "EUR", "contents": _contents(quantity="NaN")}, "quantity", []),
    "quantity negative zero": ({"currency": "EUR", "contents": _contents(quantity="-0")}, "quantity", []),
    "quantity german thousands dot": ({"currency": "EUR", "contents": _contents(quantity='"2.500"')}, "quantity",
                                      [2500.0]),
    "value thousands dot only": ({"value": "2.500", "currency": "EUR"}, "value", [2.5, 2500.0]),
    "predicted ltv german": (_ltv("1.234,56"), "predicted_ltv", [1234.56]),
    "predicted ltv english": (_ltv("1,234.56"), "predicted_ltv", [1234.56]),
    "predicted ltv exponent": (_ltv("1e3"), "predicted_ltv", [1000.0]),
    "predicted ltv hex": (_ltv("0x10"), "predicted_ltv", [16.0]),
    "predicted ltv leading dot": (_ltv(".5"), "predicted_ltv", [0.5]),
    "predicted ltv arabic": (_ltv("١٢٣"), "predicted_ltv", [123.0]),
    "predicted ltv plus": (_ltv("+12"), "predicted_ltv", [12.0]),
    "predicted ltv blanks": (_ltv(" 12 "), "predicted_ltv", [12.0]),
}


# Ordinary shop data sharing the attack's shapes, in Edgee's users' languages.
ORDINARY: Dict[str, List[str]] = {
    "versions and builds": ["1.2.3.4", "v2.14.0.1873", "build 2026.12.02.3", "fw 4.2.1.0 (LTS)", "Android 14.0.0.12",
                            "commit 9fceb02d0ae598e95dc970b74767f19372d61af8", "Version 10.0.22631.4602",
                            "release-3.1.4-rc1"],
    "prices": ["1 234,56 €", "€1.234,56", "£1,234.56", "CHF 1'234.55", "R$ 1.234,56", "¥ 12 800", "1.234,56 zł",
               "₹ 1,23,456", "١٢٣ ر.س", "Prix : 49,90 € TTC", "-20 % sur tout", "3 für 2"],
    "skus and codes": ["SKU 100-482-399", "Réf. 4839-2751", "Art.-Nr. 48392751", "EAN 4006381333931",
                       "ISBN 978-2-07-036822-8", "ISBN 2-07-036822-X", "MPN 48392-751", "GTIN 03600029145",
                       "Model XG-4839", "Lot 2026-48-39", "CN 6403.99", "UPC 036000291452"],
    "dates and times": ["02/12/2026", "2 déc. 2026", "2. Dezember 2026", "2 de diciembre de 2026", "2026年12月2日",
                        "٢ ديسمبر ٢٠٢٦", "03:52:00", "2026-12-02T03:52:00Z", "Mi., 2.12.", "KW 49/2026"],
    "colours and css": ["#4B0082", "#abc", "rgb(75, 0, 130)", "hsla(275, 100%, 25%, .8)", "color: #fff !important",
                        "padding: 0 12px", "@media (max-width: 600px)", "font-family: 'Inter', sans-serif",
                        "Größe 38–40", "Taille 40/42"],
    "orders and parcels": ["Commande n° 100234", "Bestellung 2026-000123", "Pedido #48213", "Ordine 48213/2026",
                           "Zamówienie 48213", "注文番号 48213", "Colissimo 6A12345678901", "DHL 00340434161234567890",
                           "GLS 48392751832", "Chronopost XY123456789FR"],
    "store places": ["Magasin Paris 11e", "Filiale Hamburg-Altona", "Tienda Madrid Centro", "Punto vendita Milano",
                     "Loja Lisboa Chiado", "Winkel Amsterdam Zuid", "Sklep Kraków Rynek", "店舗 渋谷",
                     "Gate 4.2.1", "Lat 48.85, Lng 2.35"],
    "at signs and words near the spelling rules": [
        "2 @ 9,99 €", "logo@2x.png", "banner@3x.webp", "@boutique_fr", "Rendez-vous @ Salon du Chocolat",
        "Arobase Café Mug", "Punto Rosso Kit", "Klammeraffe Plüschtier", "Małpa Maskotka", "Point de croix Kit",
        "At Home Collection", "Dot Matrix Printer Paper"],
    "phones of the shop and numbers that are not phones": [
        "Service client 0 800 123 456 (gratuit)", "Pack 6 x 47 cl",
        "Taille 06-08 ans", "Réf 06.47.83", "Ref 601-483", "Code promo NOEL2026", "Hotline 3949"],
    "network and tech words": ["Routeur Wi-Fi 7 IPv6", "Adapter USB-C 3.2", "Port 8443", "Câble Cat 6a 5 m",
                               "Mesh 2.4/5/6 GHz", "Switch 8 ports PoE+"],
}
ORDINARY["product names with numbers"] = [
    "Coque iPhone 15 Pro Max 6,7 pouces", "Samsung Galaxy S24 SM-S921B/DS", "Nike Air Max 90 DM0029-100",
    "Sony WH-1000XM5", "LEGO Technic 42083", "Meuble 185 x 47 x 203 cm", "Étagère 47 x 83 x 29 cm",
    "Pneu 205/55 R16 91V", "Objectif 24-70 mm f/2.8", "Vis M6 x 47 mm (lot de 100)", "Câble 2 x 0,75 mm²",
    "Montre 06:47:83", "Bouteille 0,75 l 13,5 % vol.", "Parfum 100 ml Eau de Parfum", "Set 6 4 7 8 3 pièces",
    "Chaussures EU 47 / UK 12", "Ampoule E27 806 lm 2700 K", "Table Ø 120 cm", "Livre Les 100 plus beaux",
    "Carte SD 256 Go U3 V30"]
ORDINARY["places and times of a shop"] = [
    "48°51′24″N 2°21′03″E", "Ouvert 9h-19h, 06/12 fermé", "Retrait en magasin sous 2 h", "Click & Collect Lyon 2e",
    "Livraison 24/48 h", "Expédié le 02.12.2026 à 03:52"]
ORDINARY["operating system builds"] = [
    "Windows 11 22631.4602", "Windows 10 22H2 19045.5247", "Windows 11 24H2 26100.2605", "Windows 11 Home 22631.4602",
    "macOS 15.1.1 (24B91)", "iOS 18.1.1 (22B91)", "Android 15 (AP4A.241205.013)", "ChromeOS 16033.58.0"]
ORDINARY_PLACES = ["custom property", "page title", "contents title", "search string"]

# Shop ids shaped like the attack's national ids, cards and phones, in the leaves judged as ids.
ORDINARY_IDS = ["CMD-2026-048213", "FR-48213-A", "BE2026000123", "order_9fceb02d", "ORD/2026/12/0042",
                "ZAM-48213-PL", "48213-2026-FR", "SKU-34-RED-42", "A-483-927", "INV-000482139", "100482139",
                "2026120300042", "4821392751", "#100482", "WC-1795500000", "pi_3QzXyB2eZvKYlo2C1a2b3c4d",
                "shopify-5678901234567", "cart-2a02-8109", "DM0029-100", "SM-S921B"]
ORDINARY_ID_PLACES = ["order id", "contents id", "content ids"]
# Custom properties holding numbers people write, which must go out as written (a string) or as the same number.
ORDINARY_NUMBERS = ["1,234.56", "1.234,56", "1e3", "0x10", " 12 ", "+12", "12.", ".5", "١٢٣", "007", "-0", "1_000",
                    "12.50", "0.1", "100"]
ORDINARY_KEYS_34 = ["shipping_method_label", "billing_cycle_months", "delivery_window", "address_validated",
                    "phone_case_model", "email_campaign_id", "name_engraving_length", "city_bike_size",
                    "country_of_origin", "postal_service", "ip_rating_ip67", "mail_opt_in", "first_order",
                    "last_seen_days", "telefon_hülle_farbe", "adresse_ip_masquée", "tipo_de_envio",
                    "colore_cover_telefono", "kleur_telefoonhoesje", "kolor_etui"]
ORDINARY_URLS_34 = [
    f"{SHOP}/p/routeur?version=1.2.3.4",
    f"{SHOP}/p/sac?couleur=%234B0082&taille=M",
    f"{SHOP}/promo?utm_source=newsletter&utm_medium=email&utm_campaign=noel_2026",
    f"{SHOP}/recherche?q=coque+telephone",
    f"{SHOP}/magasins?lat=48.85&lng=2.35",
    f"{SHOP}/img/banner@2x.webp?v=9fceb02",
    f"{SHOP}/commande/CMD-2026-048213/merci",
    f"{SHOP}/contact?sujet=retour&canal=email",
    f"{SHOP}/login?redirect_uri=%2Fcompte%2Fcommandes&state=xyz123",
    f"{SHOP}/p/livre-isbn-978-2-07-036822-8",
    f"{SHOP}/p/coque-iphone-15-pro-max?couleur=noir",
    f"{SHOP}/p/meuble-185-x-47-x-203-cm",
    f"{SHOP}/c/telephonie/smartphones?page=2",
    f"{SHOP}/blog/2026/12/02/noel-a-paris",
    f"{SHOP}/p/pneu-205-55-r16-91v?ref=DM0029-100",
    f"{SHOP}/suivi?colis=6A12345678901&transporteur=colissimo",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, {family: ORDINARY_PLACES for family in ORDINARY}, place)
    yield from ordinary_in_places({"shop ids": ORDINARY_IDS}, {"shop ids": ORDINARY_ID_PLACES}, place)
    for number in ORDINARY_NUMBERS:
        yield (f"numbers as custom properties: {number!r}", "track", {"properties": {"discount_code_amount": number}},
               number)
    yield from ordinary_keys(ORDINARY_KEYS_34)
    yield from ordinary_urls(ORDINARY_URLS_34)
