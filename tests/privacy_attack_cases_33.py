"""The thirty-third outside attack's cases, written from the README's promises (section "Personal data: one budget
in, one gate out", and the settings) and issue 16's text, without reading the gate's code nor the earlier attacks'
cases: issue 16's own families in spellings and places the issue does not list. Mail addresses in new encodings and
their mixtures (nested and partial percent-encoding, JSON and quoted-printable escapes, MIME encoded words, punycode,
RFC 5322 quoted local parts, plus-addressing, `mailto:`, spelled `at`/`dot` in many languages, invisible and bidi
characters, HTML markup between the parts); phone numbers of many countries' layouts with other separators and
scripts' digits, `tel:`/`sms:`/messenger links and extensions; IPv4 and IPv6 in mapped, padded, octal, hex, bracketed
and reverse-DNS forms; cards, IBANs and national ids with check digits in new layouts; `fbc`/`fbp` with a personal
payload; keys in new languages, cases, separators and look-alikes; query keys holding an address; identifiers as a
track's properties; an `Err`'s text. Each value goes in a few leaves of Meta's payload the README maps (rotated, so
every leaf meets every family). Numbers are pressed too: a value, price or quantity must go out as written, or not
at all. Ordinary values share the shapes and must go out unchanged.

Every attack value carries a token of its own (`mirelqa`, `Halvorsenqa`, a number no ordinary field holds), so that
a form found in the request is the attack's value.
"""

from __future__ import annotations

import base64
import json
import quopri
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from builders import NOW
from privacy_attack_cases_2 import iban, luhn_complete, ordinary_in_places, ordinary_keys, ordinary_urls, spaced

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

MS = (NOW - 86_400) * 1000  # an fbc/fbp creation time a day before the event
SHOP = "https://shop.example.com"
LOCAL, DOMAIN = "mirelqa.kovac", "example.com"
EMAIL = f"{LOCAL}@{DOMAIN}"
MARK = "mirelqa"  # what any leaking spelling of the address still shows


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """An attack's value put in one leaf of Meta's payload the README maps: (kind, make_event overrides)."""
    encoded = quote(value, safe="")
    product = {"name": "Product Viewed"}
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"note": value}}),
        "page title": ("page", {"title": value}),
        "page name": ("page", {"properties": {"name": value}}),
        "url path": ("page", {"url": f"{SHOP}/account/{encoded}/orders"}),
        "url path raw": ("page", {"url": f"{SHOP}/account/{value}/orders"}),
        "query value": ("page", {"url": f"{SHOP}/p?ref={encoded}"}),
        "fragment": ("page", {"url": f"{SHOP}/p#/checkout?contact={encoded}"}),
        "referrer": ("page", {"referrer": f"https://mail.example.net/inbox?q={encoded}"}),
        "search": ("page", {"url": f"{SHOP}/s", "search": f"?q={encoded}"}),
        "product name": ("track", {**product, "products": [{"product_id": "SKU-33", "name": value, "price": "5"}]}),
        "product brand": ("track", {**product, "products": [{"product_id": "SKU-33", "brand": value, "price": "5"}]}),
        "product category": ("track", {**product, "properties": {"sku": "SKU-33", "category": value}}),
        "product variant": ("track", {**product, "properties": {"product_id": "SKU-33", "variant": value}}),
        "json property": ("track", {"properties": {"payload": json.dumps({"id": 48213, "text": value},
                                                                          ensure_ascii=False)}}),
        "json escaped": ("track", {"properties": {"payload": json.dumps({"id": 48213, "text": value})}}),
        "event name": ("track", {"name": value}),
        "user agent": ("page", {"user_agent": f"Mozilla/5.0 (Windows NT 10.0; Win64; x64; {value}) "
                                              "Gecko/20100101 Firefox/134.0"}),
        "order id": ("track", {**order, "properties": {"order_id": value, "value": "5", "currency": "EUR"}}),
        "content id": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": value, "quantity": 1}])}}),
        "content name": ("track", {**order, "properties": {"content_name": value, "value": "5",
                                                           "currency": "EUR"}}),
        "search string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "event id": ("track", {"properties": {"event_id": value}}),
        "status": ("track", {"name": "Subscribe", "properties": {"status": value}}),
        "currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
    }
    return table[where]


# Every place of free text, rotated over each table's values: the value at index i goes to `per` places from i on.
TEXT_PLACES = ["custom property", "page title", "query value", "product name", "json property", "user agent",
               "fragment", "content name", "referrer", "product brand", "search", "json escaped", "page name",
               "product category", "url path", "search string", "product variant", "status", "event name",
               "event id", "order id", "content id"]


def rotated(family: str, table: Dict[str, Tuple[str, Any]], places: List[str], per: int) -> Iterator[Case]:
    for index, (name, (value, shown)) in enumerate(table.items()):
        forms = [shown] if isinstance(shown, str) else list(shown)
        for step in range(per):
            where = places[(index * per + step) % len(places)]
            yield (f"{family} {name} @ {where}", *place(where, value), forms)


def _b64(text: str, urlsafe: bool = False) -> str:
    raw = text.encode()
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


def _each_percent(text: str) -> str:
    return "".join(f"%{byte:02x}" for byte in text.encode())


# Mail addresses: (spelling, the form a leak shows).
EMAILS: Dict[str, Tuple[str, Any]] = {
    "upper case": ("MIRELQA.KOVAC@EXAMPLE.COM", MARK),
    "plus tag": ("mirelqa+newsletter-2026@example.com", MARK),
    "idn domain": ("mirelqa@bücherwurm.de", MARK),
    "punycode domain": ("mirelqa@xn--bcherwurm-ucb.de", MARK),
    "cyrillic domain": ("mirelqa@почта.рф", MARK),
    "quoted local with at": ('"mirelqa@home"@example.com', MARK),
    "display name angle": ("Mirelqa Kovac <mirelqa.kovac@example.com>", MARK),
    "mailto with subject": ("mailto:mirelqa@example.com?subject=Order%2048213", MARK),
    "json u escape": ("mirelqa\\u0040example.com", MARK),
    "json u escape upper hex": ("mirelqa\\u0040example\\u002Ecom", MARK),
    "quoted printable": ("mirelqa=40example.com", MARK),
    "quoted printable dot": ("mirelqa=40example=2Ecom", MARK),
    "mime b word": ("=?UTF-8?B?" + _b64(EMAIL) + "?=", _b64(EMAIL)),
    "mime q word": ("=?utf-8?q?" + quopri.encodestring(EMAIL.encode()).decode().replace("@", "=40") + "?=", MARK),
    "percent lower hex every byte": (_each_percent(EMAIL), MARK),
    "percent half the letters": ("mi%72el%71a%40exa%6Dple.com", MARK),
    "entity without semicolon": ("mirelqa&#64example.com", MARK),
    "entity upper x": ("mirelqa&#X40;example&#X2E;com", MARK),
    "entity inside percent": ("mirelqa%26%2364%3Bexample.com", MARK),
    "named entity amp nested": ("mirelqa&amp;commat;example&amp;period;com", MARK),
    "hex escape": ("mirelqa\\x40example\\x2ecom", MARK),
    "base64 of the address": (_b64(EMAIL), _b64(EMAIL)),
    "base64url no padding": (_b64("Mirelqa.Kovac@example.com", True).rstrip("="),
                             _b64("Mirelqa.Kovac@example.com", True).rstrip("=")),
    "base64 of a json": (_b64(json.dumps({"e": EMAIL})), _b64(json.dumps({"e": EMAIL}))),
    "data uri base64": ("data:text/plain;base64," + _b64(EMAIL), _b64(EMAIL)),
    "hex of the address": (EMAIL.encode().hex(), EMAIL.encode().hex()),
    "brackets at dot": ("mirelqa [at] example [dot] com", MARK),
    "parens at only": ("mirelqa(at)example.com", MARK),
    "spaced signs": ("mirelqa @ example . com", MARK),
    "at word real dot": ("write to mirelqa at example.com please", MARK),
    "italian chiocciola": ("mirelqa chiocciola example punto it", MARK),
    "portuguese arroba ponto": ("mirelqa arroba example ponto com ponto br", MARK),
    "norwegian krollalfa": ("mirelqa krøllalfa example punktum no", MARK),
    "greek papaki": ("mirelqa παπάκι example τελεία gr", MARK),
    "ukrainian ravlyk": ("mirelqa равлик example крапка ua", MARK),
    "catalan arrova": ("mirelqa arrova example punt cat", MARK),
    "indonesian et titik": ("mirelqa et example titik co titik id", MARK),
    "german klammeraffe": ("mirelqa Klammeraffe example Punkt de", MARK),
    "dutch apenstaart": ("mirelqa apenstaart example punt nl", MARK),
    "turkish et nokta": ("mirelqa et example nokta com nokta tr", MARK),
    "vietnamese a cong": ("mirelqa a còng example chấm vn", MARK),
    "hindi at dot": ("mirelqa एट example डॉट com", MARK),
    "zero width inside": ("mire\u200blqa@exa\u200cmple.com", MARK),
    "mongolian separator": ("mirelqa\u180e@example.com", MARK),
    "combining grapheme joiner": ("mirelqa\u034f@\u034fexample.com", MARK),
    "invisible plus": ("mirelqa\u2064@example\u2064.com", MARK),
    "ideographic full stop": ("mirelqa@example。com", MARK),
    "halfwidth ideographic stop": ("mirelqa＠example｡com", MARK),
    "line break after at": ("mirelqa@\nexample.com", MARK),
    "html mailto link": ('<a href="mailto:mirelqa@example.com">write us</a>', MARK),
    "html span around at": ("mirelqa<span>@</span>example<span>.</span>com", MARK),
    "vcard line": ("BEGIN:VCARD\nEMAIL;TYPE=INTERNET:mirelqa@example.com\nEND:VCARD", MARK),
    "js join": ("['mirelqa', 'example.com'].join('@')", MARK),
    "math bold local": ("𝐦𝐢𝐫𝐞𝐥𝐪𝐚@example.com", MARK),
    "fullwidth all": ("ｍｉｒｅｌｑａ＠ｅｘａｍｐｌｅ．ｃｏｍ", MARK),
    "circled letters": ("ⓜⓘⓡⓔⓛⓠⓐ@example.com", MARK),
    "bidi reversed": ("\u202emoc.elpmaxe@aqlerim\u202c", "aqlerim"),
    "gmail dots": ("m.i.r.e.l.q.a@gmail.com", "m.i.r.e.l.q.a"),
    "ip literal domain": ("mirelqa@[81.2.69.160]", MARK),
    # the word for "@" in a sentence before a real domain, in several languages and cases
    "at word in a sentence": ("Contact mirelqa at example.com for the invoice", MARK),
    "at word capital": ("Mail: mirelqa At example.com", MARK),
    "at word before a provider": ("my mail is mirelqa at gmail.com", MARK),
    "at word all capitals": ("MIRELQA AT EXAMPLE.COM", MARK),
    "arroba in a sentence": ("escribe a mirelqa arroba example.com", MARK),
    "arobase in a sentence": ("écrivez à mirelqa arobase example.fr", MARK),
    "chiocciola in a sentence": ("scrivi a mirelqa chiocciola example.it", MARK),
    "malpa in a sentence": ("pisz na mirelqa małpa example.pl", MARK),
    "sobaka in a sentence": ("пишите mirelqa собака example.ru", MARK),
    "circled a with blanks": ("mirelqa ⓐ example.com", MARK),
    "js join double quotes": ('["mirelqa", "example.com"].join("@")', MARK),
    "js concat": ("'mirelqa'.concat('@', 'example.com')", MARK),
    "js from char code": ("'mirelqa' + String.fromCharCode(64) + 'example.com'", MARK),
    "json escaped dot only": ("mirelqa@example\\u002ecom", MARK),
    "octal escaped at and dot": ("mirelqa\\100example\\056com", MARK),
    "qp soft line break": ("mirelqa=40exa=\nmple.com", MARK),
    "spaced letters": ("m i r e l q a @ e x a m p l e . c o m", "m i r e l q a"),
    "email in query of query": ("https://t.example.net/c?u=https%3A%2F%2Fshop.example.com%2F%3Fe%3Dmirelqa%2540"
                                "example.com", MARK),
}

# Phone numbers: (spelling, the national number's digits).
PHONES: Dict[str, Tuple[str, Any]] = {
    "de e164 trunk in brackets": ("+49 (0)151 2345 6781", "15123456781"),
    "de slash": ("0151/23456781", "15123456781"),
    "de en dash": ("0151–234 567 81", "15123456781"),
    "fr dots": ("06.12.34.56.71", "612345671"),
    "fr thin spaces": ("06\u200912\u200934\u200956\u200971", "612345671"),
    "fr no break spaces": ("+33\u00a06\u00a012\u00a034\u00a056\u00a071", "612345671"),
    "fr narrow no break": ("06\u202f12\u202f34\u202f56\u202f71", "612345671"),
    "uk trunk in brackets": ("+44 (0) 7700 900481", "7700900481"),
    "us ext": ("(650) 555-0147 ext. 204", "6505550147"),
    "us rfc3966 ext": ("tel:+1-650-555-0147;ext=204", "6505550147"),
    "us ideographic spaces": ("650\u3000555\u30000147", "6505550147"),
    "it mobile": ("+39 312 345 6782", "3123456782"),
    "nl dash": ("06-12345682", "612345682"),
    "pl three groups": ("512 345 682", "512345682"),
    "ru eight brackets": ("8 (916) 482-73-19", "9164827319"),
    "ng trunk": ("0803 123 4568", "8031234568"),
    "au mobile": ("0412 345 678", "412345678"),
    "id dashes": ("0812-3456-7891", "81234567891"),
    "ph mobile": ("0917 123 4568", "9171234568"),
    "sa mobile": ("+966 50 123 4568", "501234568"),
    "ar nine": ("+54 9 11 2345-6788", "1123456788"),
    "cl nine": ("+56 9 1234 5688", "912345688"),
    "br dd brackets": ("(11) 91234-5688", "11912345688"),
    "jp dashes": ("090-1234-5688", "9012345688"),
    "cn spaced": ("139 1234 5688", "13912345688"),
    "in spaced": ("+91 98765 43218", "9876543218"),
    "bd dash": ("01712-345688", "1712345688"),
    "th mobile": ("081 234 5688", "812345688"),
    "vn mobile": ("091 234 56 88", "912345688"),
    "se dash": ("070-123 45 68", "701234568"),
    "be mobile": ("0470 12 34 58", "470123458"),
    "ie mobile": ("087 123 4568", "871234568"),
    "arabic indic digits": ("٠٦١٢٣٤٥٦٧٣", "612345673"),
    "persian digits": ("۰۹۱۲ ۳۴۵ ۶۷۸۳", "9123456783"),
    "devanagari digits": ("+९१ ९८७६५ ४३२१३", "9876543213"),
    "bengali digits": ("০১৭১২-৩৪৫৬৮৩", "1712345683"),
    "thai digits": ("๐๘๑ ๒๓๔ ๕๖๘๓", "812345683"),
    "fullwidth digits": ("０６　１２　３４　５６　７３", "612345673"),
    "superscript digits": ("⁰⁶¹²³⁴⁵⁶⁷³", "612345673"),
    "mixed scripts": ("+33 6 ١٢ 34 ٥٦ 73", "612345673"),
    "tel link": ("tel:0612345674", "612345674"),
    "whatsapp link": ("https://wa.me/33612345674?text=order", "612345674"),
    "whatsapp api": ("whatsapp://send?phone=33612345674", "612345674"),
    "viber encoded": ("viber://chat?number=%2B33612345674", "612345674"),
    "labelled german": ("Handynummer: 0151 23456781", "15123456781"),
    "labelled spanish": ("Móvil: 612 34 56 72", "612345672"),
    "double zero prefix": ("0033 6 12 34 56 74", "612345674"),
    "us one dash": ("1-650-555-0147", "6505550147"),
    "zero width between": ("06\u200b12\u200b34\u200b56\u200b74", "612345674"),
    "soft hyphens": ("06\u00ad12\u00ad34\u00ad56\u00ad74", "612345674"),
    "viber add link": ("viber://add?number=33612345674", "612345674"),
    "vanity beside the number": ("+1 650 555 0147 (650-555-HELP)", "6505550147"),
    "pairs with pipes": ("06|12|34|56|74", "612345674"),
    "pairs with tildes": ("06~12~34~56~74", "612345674"),
    "pairs with middle dots": ("06·12·34·56·74", "612345674"),
    "pairs with bullets": ("06•12•34•56•74", "612345674"),
    "math bold digits": ("𝟎𝟔𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟒", "612345674"),
    "keycap digits": ("".join(d + "\ufe0f\u20e3" for d in "0612345674"), "612345674"),
    "telegram plus link": ("https://t.me/+33612345674", "612345674"),
    "signal link": ("https://signal.me/#p/+33612345674", "612345674"),
}

IP4 = "81.2.69.160"
IP6 = "2a00:1450:4001:82b::200e"
# IP addresses: (spelling, the form a leak shows).
IPS: Dict[str, Tuple[str, Any]] = {
    "in a sentence": (f"blocked login from {IP4} at 10:42", IP4),
    "mapped ipv6": (f"::ffff:{IP4}", IP4),
    "mapped ipv6 hex": ("::ffff:5102:45a0", "5102:45a0"),
    "bracketed port": (f"[{IP6}]:8443", IP6),
    "ipv6 expanded": ("2a00:1450:4001:082b:0000:0000:0000:200e", "2a00:1450:4001:082b"),
    "ipv6 upper": ("2A00:1450:4001:82B::200E", "2a00:1450:4001:82b"),
    "ipv6 prefix length": (f"{IP6}/64", IP6),
    "ipv6 zone": ("fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a"),
    "six to four": ("2002:5102:45a0::1", "2002:5102:45a0"),
    "nat64": (f"64:ff9b::{IP4}", IP4),
    "ipv4 port": (f"{IP4}:51234", IP4),
    "zero padded": ("081.002.069.160", "081.002.069.160"),
    "octal dotted": ("0121.02.0105.0240", "0121.02.0105.0240"),
    "hex dotted": ("0x51.0x2.0x45.0xa0", "0x51.0x2.0x45.0xa0"),
    "hex whole": ("0x510245a0", "0x510245a0"),
    "decimal in url": ("http://1359103392/admin", "1359103392"),
    "spaced dots": ("81 . 2 . 69 . 160", "81 . 2 . 69 . 160"),
    "dashed host": ("ip-81-2-69-160.eu-central-1.compute.internal", "81-2-69-160"),
    "reverse dns": ("160.69.2.81.in-addr.arpa", "160.69.2.81"),
    "forwarded header": (f"X-Forwarded-For: {IP4}, 10.0.0.1", IP4),
    "forwarded rfc7239": (f'for="[{IP6}]:4711";proto=https', IP6),
    "arabic digits": ("٨١.٢.٦٩.١٦٠", IP4),
    "fullwidth": ("８１．２．６９．１６０", IP4),
    "url host": (f"http://{IP4}:8080/login", IP4),
    "url ipv6 host": (f"http://[{IP6}]/", IP6),
    "json inside text": (f'{{"client_ip": "{IP4}"}}', IP4),
    "glued between letters": (f"from{IP4}to", IP4),
    "ipv6 reverse dns": (".".join(reversed("2a001450400108" "2b000000000000200e")) + ".ip6.arpa", "e.0.0.2.0.0.0"),
    "ipv6 in a literal host": ("2a00-1450-4001-82b--200e.ipv6-literal.net", "2a00-1450-4001-82b"),
    "ipv6 fullwidth colons": ("2a00：1450：4001：82b：：200e", "2a00:1450:4001:82b"),
    "mac address colons": ("a8:bb:cc:dd:ee:ff", "a8:bb:cc:dd:ee:ff"),
    "mac address dashes": ("A8-BB-CC-DD-EE-FF", "a8-bb-cc-dd-ee-ff"),
    "entity dots": ("81&#46;2&#46;69&#46;160", IP4),
    "bracketed dots": ("81[.]2[.]69[.]160", "81[.]2[.]69[.]160"),
}

# Cards, IBANs and national ids with their check digits: (spelling, a digit run of the id).
VISA = luhn_complete("453914880343646")
AMEX = luhn_complete("37828224631000")
UNIONPAY = luhn_complete("621234567890123456")
DE_IBAN = iban("DE", "370400440532013000")
GB_IBAN = iban("GB", "NWBK60161331926819")
FR_IBAN = iban("FR", "20041010050500013M02606")
IT_IBAN = iban("IT", "X0542811101000000123456")
BR_IBAN = iban("BR", "00360305000010009795493P1")
SA_IBAN = iban("SA", "80000000608010167519")


def _pesel(body: str) -> str:
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(d) * w for d, w in zip(body, weights, strict=False)) % 10) % 10)


def _cpf(body: str) -> str:
    digits = [int(d) for d in body]
    for length in (9, 10):
        total = sum(d * w for d, w in zip(digits, range(length + 1, 1, -1), strict=False))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


def _china_id(body: str) -> str:
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    return body + "10X98765432"[total % 11]


def _dni(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def _bsn(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=False))
    return next(body + str(last) for last in range(10) if (total - last) % 11 == 0)


def _tc_kimlik(body: str) -> str:
    d = [int(x) for x in body]
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    eleventh = (sum(d) + tenth) % 10
    return body + str(tenth) + str(eleventh)


def _hetu(date: str, serial: str) -> str:
    return f"{date}-{serial}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(date + serial) % 31]


def _rut(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(reversed(body), [2, 3, 4, 5, 6, 7] * 2, strict=False))
    check = 11 - total % 11
    mark = {11: "0", 10: "K"}.get(check, str(check))
    return f"{int(body):,}".replace(",", ".") + "-" + mark


def _nric(prefix: str, body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, [2, 7, 6, 5, 4, 3, 2], strict=False)) + (4 if prefix in "TG" else 0)
    return prefix + body + ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[total % 11]


def _my_number(body: str) -> str:
    total = sum(int(p) * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(body), 1))
    return body + str(0 if total % 11 <= 1 else 11 - total % 11)


def _weighted_mod11(body: str, weights: List[int], ten: str) -> str:
    """`body` and its check digit: the weighted sum mod 11, `ten` standing for 10 (EGN, CNP)."""
    rest = sum(int(d) * w for d, w in zip(body, weights, strict=False)) % 11
    return body + (ten if rest == 10 else str(rest))


def _jmbg(body: str) -> str:
    check = 11 - sum(int(d) * w for d, w in zip(body, [7, 6, 5, 4, 3, 2] * 2, strict=False)) % 11
    return body + str(0 if check > 9 else check)


def _rrn(body: str) -> str:
    return body + str((11 - sum(int(d) * w for d, w in zip(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5],
                                                                strict=True)) % 11) % 10)


def _hkid(letter: str, digits: str) -> str:
    total = 9 * 36 + 8 * (ord(letter) - 55) + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=False))
    check = (11 - total % 11) % 11
    return f"{letter}{digits}({'A' if check == 10 else check})"


PESEL = _pesel("8503140725")
CPF = _cpf("529982247")
CHINA_ID = _china_id("11010519491231002")
BSN = _bsn("12345672")
TCKN = _tc_kimlik("104857362")
SIN = luhn_complete("04645428")
ZA_ID = luhn_complete("850314500908")
NRIC = _nric("S", "8503147")
MY_NUMBER = _my_number("48213075610")
JMBG = _jmbg("140398571012")
RRN = _rrn("850314223456")
EGN = _weighted_mod11("850314735", [2, 4, 8, 5, 10, 9, 7, 3, 6], "0")
CNP = _weighted_mod11("285031412345", [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9], "1")
EMIRATES = luhn_complete("78419851234567")
PERSONNUMMER = luhn_complete("850314123")

IDS: Dict[str, Tuple[str, Any]] = {
    "visa dashes": ("-".join(spaced(VISA).split()), VISA[4:12]),
    "visa arabic digits": ("".join(chr(0x0660 + int(d)) for d in VISA), VISA[4:12]),
    "visa zero width": ("\u200b".join(VISA), VISA[4:12]),
    "visa with expiry dump": (f"{VISA}|12|2028|123", VISA[4:12]),
    "visa labelled french": (f"Carte bancaire : {spaced(VISA)}", VISA[4:12]),
    "unionpay nineteen": (spaced(UNIONPAY), UNIONPAY[4:12]),
    "card in pay path": (f"/pay/{VISA}/confirm", VISA[4:12]),
    "iban de lower": (DE_IBAN.lower(), "0532013000"),
    "iban de dashes": ("-".join(spaced(DE_IBAN).split()), "0532013000"),
    "iban de glued label": (f"IBAN:{DE_IBAN}", "0532013000"),
    "iban gb spaced": (spaced(GB_IBAN), "31926819"),
    "iban sa spaced": (spaced(SA_IBAN), "608010167519"),
    "iban fullwidth": ("".join(chr(ord(c) + 0xFEE0) for c in DE_IBAN), "0532013000"),
    "pesel bare": (PESEL, PESEL),
    "cpf dotted": (CPF, CPF.replace(".", "").replace("-", "")),
    "cpf bare": (CPF.replace(".", "").replace("-", ""), CPF.replace(".", "").replace("-", "")),
    "china resident id": (CHINA_ID, CHINA_ID[:17]),
    "dni": (_dni("48213075"), "48213075"),
    "nie": ("X" + _dni("4821307")[:-1] + "TRWAGMYFPDXBNJZSQVHLCKE"[int("04821307") % 23], "4821307"),
    "tc kimlik": (f"T.C. Kimlik No: {TCKN}", TCKN),
    "hetu": (_hetu("140385", "072"), "140385"),
    "za id": (ZA_ID, ZA_ID),
    "uk nino spaced": ("NI number: JG 10 37 59 A", "JG 10 37 59 A"),
    "in pan": ("PAN: ABCPK4821L", "ABCPK4821L"),
    "visa pipes": ("|".join(spaced(VISA).split()), VISA[4:12]),
    "visa tildes": ("~".join(spaced(VISA).split()), VISA[4:12]),
    "visa track data": (f"%B{VISA}^KOVAC/MIRELQA^2812101", VISA[4:12]),
    "iban glued to its label": (f"IBANDE{DE_IBAN[2:]}", "0532013000"),
    "iban pipes": ("|".join(spaced(DE_IBAN).split()), "0532013000"),
    "uk nino compact": ("JG103759A", "JG103759A"),
    "nric": (NRIC, NRIC[1:8]),
    "my number": (MY_NUMBER, MY_NUMBER),
    "jmbg": (JMBG, JMBG),
    "korean rrn": (f"{RRN[:6]}-{RRN[6:]}", RRN),
    "egn": (EGN, EGN),
    "cnp": (CNP, CNP),
    "hkid": (_hkid("A", "123456"), "A123456"),
    "emirates id": (f"{EMIRATES[:3]}-{EMIRATES[3:7]}-{EMIRATES[7:14]}-{EMIRATES[14]}", EMIRATES),
    "personnummer dashed": (f"{PERSONNUMMER[:6]}-{PERSONNUMMER[6:]}", PERSONNUMMER),
    "personnummer with century": ("19" + PERSONNUMMER, PERSONNUMMER),
    "dni dashed": ("48213075-" + _dni("48213075")[-1], "48213075"),
}

# fbc/fbp whose id part is personal, as event properties and as the visitor's.
FB_PAYLOADS: Dict[str, Tuple[str, Any]] = {
    "email encoded at": (f"fb.1.{MS}.mirelqa%40example.com", MARK),
    "email base64url": (f"fb.1.{MS}." + _b64(EMAIL, True).rstrip("="), _b64(EMAIL, True).rstrip("=")),
    "email underscores": (f"fb.1.{MS}.mirelqa_kovac_example_com", MARK),
    "email with appendix": (f"fb.1.{MS}.mirelqa@example.com.AQ", MARK),
    "fbclid then email": (f"fb.1.{MS}.IwAR2F4nQz8kT1pX.mirelqa@example.com", MARK),
    "phone plus": (f"fb.1.{MS}.+33612345674", "612345674"),
    "phone dashes": (f"fb.1.{MS}.06-12-34-56-74", "612345674"),
    "ip dotted": (f"fb.1.{MS}.81.2.69.160", "81.2.69.160"),
    "ip dashed": (f"fb.1.{MS}.ip-81-2-69-160", "81-2-69-160"),
    "iban": (f"fb.1.{MS}.{DE_IBAN}", "0532013000"),
    "card after tag": (f"fb.1.{MS}.IwAR{VISA}", VISA[4:12]),
    "name words": (f"fb.1.{MS}.Brigitte-Halvorsenqa", "Halvorsenqa"),
    "subdomain index 2": (f"fb.2.{MS}.mirelqa@example.com", MARK),
    "fbclid then a name": (f"fb.1.{MS}.IwARBrigitteHalvorsenqa", "Halvorsenqa"),
    "user name with a year": (f"fb.1.{MS}.brigitte_halvorsenqa_1985", "halvorsenqa"),
    "uk nino": (f"fb.1.{MS}.JG103759A", "JG103759A"),
    "mac address": (f"fb.1.{MS}.a8-bb-cc-dd-ee-ff", "a8-bb-cc-dd-ee-ff"),
    "email fullwidth at": (f"fb.1.{MS}.mirelqa＠example.com", MARK),
    "email quoted printable": (f"fb.1.{MS}.mirelqa=40example.com", MARK),
}
# fbp payloads: the Pixel's random number replaced by personal digits.
FBP_PAYLOADS: Dict[str, Tuple[str, Any]] = {
    "trunk mobile": (f"fb.1.{MS}.07700900481", "7700900481"),
    "plus mobile": (f"fb.1.{MS}.+4915123456781", "15123456781"),
    "pesel": (f"fb.1.{MS}.{PESEL}", PESEL),
    "email": (f"fb.1.{MS}.{EMAIL}", MARK),
}

# Keys naming personal data: a value with nothing personal in itself, so only the key can tell.
KEY_VALUE = "Halvorsenqa"
KEYS: List[str] = [
    "billingFirstName", "BILLING-LAST-NAME", "shipToStreet2", "delivery.address.line1", "customer[phone]",
    "hausnummer", "geburtsdatum", "nom_de_famille", "código_postal", "sobrenome",
    "achternaam", "nazwisko", "отчество", "телефон", "氏名", "전화번호", "الهاتف", "שם_משפחה",
    "soyadı", "nama_lengkap", "so_dien_thoai", "birthDate", "license_plate", "cc_num",
    "nationalId", "device_imei", "REMOTE_ADDR", "x_forwarded_for", "eMailAdresse", "traits.lastName",
    "context.traits.email", "data[billing][postcode]",
    # look-alikes: Cyrillic, Greek, full-width, math letters, small capitals, circled and parenthesized letters
    "\u0435mail", "ph\u03bfne", "ｅｍａｉｌ", "𝐞𝐦𝐚𝐢𝐥", "𝓅𝒽𝑜𝓃𝑒", "ᴇᴍᴀɪʟ", "ⓔⓜⓐⓘⓛ", "⒠⒨⒜⒤⒧", "ℯmail", "em\u00adail",
    "ph\u0336one", "E\u2010mail", "ph0ne", "em@il", "e-m-a-i-l", "𝖘𝖚𝖗𝖓𝖆𝖒𝖊", "ｌａｓｔ＿ｎａｍｅ", "lаst_nаme",
    "ꜱᴜʀɴᴀᴍᴇ", "ᴘʜᴏɴᴇ",
    # a recipient's, a giver's or a payee's name; ids, bank and card fields of other countries and words
    "gift_to_name", "giftee_name", "to_name", "from_name", "c/o", "payee", "受取人", "प्राप्तकर्ता", "middle_initial",
    "screen_handle", "no_hp", "почтовый_индекс", "apartment", "colonia", "bairro", "yob", "tc_no", "nss", "svnr",
    "avs", "steueridentifikationsnummer", "oib", "egn", "amka", "numero_cuenta", "clabe", "bsb", "kreditkarte",
    "card_no", "xff", "w3w", "epost", "sähköposti",
]
# Keys holding the address itself (the value says nothing), with a form of the address.
EMAIL_KEYS: Dict[str, Tuple[str, Any]] = {
    "plain": (EMAIL, MARK),
    "upper": ("MIRELQA@EXAMPLE.COM", MARK),
    "encoded at": ("mirelqa%40example.com", MARK),
    "entity at": ("mirelqa&#64;example.com", MARK),
    "fullwidth": ("mirelqa＠example．com", MARK),
    "spelled": ("mirelqa[at]example[dot]com", MARK),
    "prefixed": ("subscribed:mirelqa@example.com", MARK),
    "bracketed": ("newsletter[mirelqa@example.com]", MARK),
    "suffixed": ("mirelqa@example.com_optin", MARK),
    "phone": ("+33 6 12 34 56 74", "612345674"),
    "ip": (IP4, IP4),
    "iban": (DE_IBAN, "0532013000"),
}
# URL query keys holding an address or naming one, in the page URL, the referrer and a fragment's route.
QUERY_KEYS: Dict[str, Tuple[str, Any]] = {
    "bare address": ("?mirelqa.kovac@example.com", MARK),
    "double encoded": ("?mirelqa%2540example.com=1", MARK),
    "second key": ("?utm_source=mail&mirelqa@example.com", MARK),
    "bracket key": ("?u[mirelqa@example.com]=1", MARK),
    "each byte encoded": ("?" + _each_percent(EMAIL) + "=1", MARK),
    "key and qp value": ("?mirelqa=40example.com", MARK),
    "foreign key vorname": ("?vorname=Halvorsenqa", KEY_VALUE),
    "camel key": ("?billingLastName=Halvorsenqa", KEY_VALUE),
    "phone key": ("?+33612345674", "612345674"),
    "ajs user id": ("?ajs_uid=mirelqa%40example.com&ajs_event=Signup", MARK),
    "key and qp value with dot": ("?mirelqa=40example=2Ecom", MARK),
    "recipient key": ("?to_name=Halvorsenqa", KEY_VALUE),
    "giftee key": ("?giftee_name=Halvorsenqa", KEY_VALUE),
    "turkish id key": ("?tc_no=Halvorsenqa", KEY_VALUE),
    "small capitals key": ("?ᴇᴍᴀɪʟ=Halvorsenqa", KEY_VALUE),
}
# Identifiers sent as a track's properties.
ID_PROPERTIES: Dict[str, Tuple[Dict[str, str], Any]] = {
    "userId email": ({"userId": EMAIL}, MARK),
    "anonymousId phone": ({"anonymousId": "+33 6 12 34 56 74"}, "612345674"),
    "distinct id email": ({"distinct_id": EMAIL}, MARK),
    "customer id name": ({"customer_id": "brigitte.halvorsenqa"}, "halvorsenqa"),
    "uid encoded email": ({"uid": "mirelqa%40example.com"}, MARK),
    "user_id name with digits": ({"user_id": "halvorsenqa1987"}, "halvorsenqa"),
    "anonymous_id base64 email": ({"anonymous_id": _b64(EMAIL)}, _b64(EMAIL)),
    "external id raw phone": ({"external_id": "0612345674"}, "612345674"),
}
# Values whose field makes an Err (or is left out), the value holding personal data.
ERR_VALUES: Dict[str, Tuple[str, Dict[str, Any], Any]] = {
    "currency email": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": EMAIL}}, MARK),
    "value email": ("track", {"name": "Order Completed", "properties": {"value": EMAIL, "currency": "EUR"}}, MARK),
    "value phone": ("track", {"name": "Order Completed", "properties": {"value": "+33 6 12 34 56 74",
                                                                        "currency": "EUR"}}, "612345674"),
    "opt_out email": ("track", {"properties": {"opt_out": EMAIL}}, MARK),
    "action_source email": ("track", {"properties": {"action_source": EMAIL}}, MARK),
    "ldu email": ("track", {"properties": {"data_processing_options": EMAIL}}, MARK),
    "ldu country phone": ("track", {"properties": {"data_processing_options": "LDU",
                                                   "data_processing_options_country": "0612345674"}}, "612345674"),
    "ldu state email": ("track", {"properties": {"data_processing_options": "LDU",
                                                 "data_processing_options_state": EMAIL}}, MARK),
    "price of an emailed product": ("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "contents": json.dumps([{"id": EMAIL, "item_price": "abc"}])}}, MARK),
    "price of a phone product": ("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "contents": json.dumps([{"id": "+33 6 12 34 56 74", "item_price": "1e999"}])}},
        "612345674"),
    "quantity of an iban product": ("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "contents": json.dumps([{"id": DE_IBAN, "item_price": 5, "quantity": "1.5"}])}},
        "0532013000"),
    "product without id priced by name": ("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "contents": json.dumps([{"title": f"Gift for {EMAIL}", "item_price": "x"}])}}, MARK),
    "wit product bad price email sku": ("track", {"name": "Order Completed", "properties": {"currency": "EUR"},
                                                  "products": [{"sku": EMAIL, "price": "NaN"}]}, MARK),
    "contents not json": ("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "value": "5", "contents": f"[{{'id': '{EMAIL}'}}"}}, MARK),
    "contents too deep": ("track", {"name": "Product Added", "properties": {
        "contents": "[" * 20 + json.dumps(EMAIL) + "]" * 20}}, MARK),
    "value too long under an email key": ("track", {"properties": {EMAIL: "x" * 70_000}}, MARK),
    "key too long holding an email": ("track", {"properties": {EMAIL + "_" + "k" * 300: "1"}}, MARK),
    "predicted ltv email": ("track", {"name": "Subscribe", "properties": {"predicted_ltv": EMAIL}}, MARK),
    "test event code email": ("track", {"properties": {"test_event_code": EMAIL},
                                        "settings": {"meta_allow_test_event_code_property": "true"}}, MARK),
    "track name email": ("track", {"name": f"Newsletter {EMAIL}"}, MARK),
    "track name phone": ("track", {"name": "Callback 06 12 34 56 74"}, "612345674"),
    "product id spelled with at": ("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "contents": json.dumps([{"id": "mirelqa at example.com", "item_price": "x"}])}}, MARK),
    "product id a nino": ("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "contents": json.dumps([{"id": "JG103759A", "item_price": "x"}])}}, "JG103759A"),
    **{f"product id {name}": ("track", {"name": "Order Completed", "properties": {"currency": "EUR"},
                                        "products": [{"sku": sku, "price": "NaN"}]}, shown)
       for name, (sku, shown) in {
           "a mac address": ("a8-bb-cc-dd-ee-ff", "a8-bb-cc-dd-ee-ff"),
           "a dashed dni": ("48213075-" + _dni("48213075")[-1], "48213075"),
           "an egn": (EGN, EGN),
           "a wa.me link": ("wa.me/33612345674", "612345674"),
           "an iban glued to its label": (f"IBANDE{DE_IBAN[2:]}", "0532013000"),
           "an ip glued between letters": (f"from{IP4}to", IP4),
           "code building an address": ("['mirelqa','example.com'].join('@')", MARK),
           "a person's name": ("Brigitte Halvorsenqa", KEY_VALUE),
       }.items()},
    "setting mapping email": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": "EUR"},
                                        "settings": {"meta_event_mapping": json.dumps({"Order Completed": EMAIL})}},
                              MARK),
}


def key_cases() -> Iterator[Case]:
    for index, key in enumerate(KEYS):
        where = ["custom property", "page property", "json property"][index % 3]
        if where == "custom property":
            yield (f"key {key}: custom property", "track", {"properties": {key: KEY_VALUE}}, [KEY_VALUE])
        elif where == "page property":
            yield (f"key {key}: page property", "page", {"properties": {key: KEY_VALUE}}, [KEY_VALUE])
        else:
            yield (f"key {key}: json property", "track", {"properties": {
                "payload": json.dumps({"id": "SKU-33", key: KEY_VALUE}, ensure_ascii=False)}}, [KEY_VALUE])
    for index, (name, (key, shown)) in enumerate(EMAIL_KEYS.items()):
        if index % 2:
            yield (f"key holding {name} @ json property", "track",
                   {"properties": {"payload": json.dumps({key: True}, ensure_ascii=False)}}, [shown])
        else:
            yield (f"key holding {name} @ custom property", "track", {"properties": {key: "yes"}}, [shown])


def query_key_cases() -> Iterator[Case]:
    for name, (query, shown) in QUERY_KEYS.items():
        yield (f"query key {name} @ page url", "page", {"url": f"{SHOP}/p{query}"}, [shown])
        yield (f"query key {name} @ referrer", "page", {"referrer": f"https://mail.example.net/r{query}"}, [shown])
        yield (f"query key {name} @ fragment route", "page", {"url": f"{SHOP}/#/cart{query}"}, [shown])


def fb_cases() -> Iterator[Case]:
    for name, (value, shown) in FB_PAYLOADS.items():
        yield (f"fb {name} @ fbc property", "track", {"properties": {"fbc": value}}, [shown])
        yield (f"fb {name} @ visitor fbc", "page", {"visitor": {"fbc": value}}, [shown])
    for name, (value, shown) in FBP_PAYLOADS.items():
        yield (f"fb fbp {name} @ fbp property", "track", {"properties": {"fbp": value}}, [shown])
        yield (f"fb fbp {name} @ visitor fbp", "page", {"visitor": {"fbp": value}}, [shown])


# Ids are judged apart from free text (README: `order_id`, `event_id`, each content's `id`): the id tables rotate
# over them first.
ID_PLACES = ["order id", "custom property", "event id", "url path", "content id", "user agent", "product variant",
             "page title", "query value", "json property", "search", "product name", "fragment"]

# Values tried in chosen places only: where their shape is read apart (a raw URL path, a user agent's comment, ids).
TARGETED: List[Tuple[str, str, str, Any, List[str]]] = [
    ("email", "html span around at", "mirelqa<span>@</span>example<span>.</span>com", MARK, ["url path raw"]),
    ("email", "json escaped dot only", "mirelqa@example\\u002ecom", MARK, ["json property"]),
    ("email", "octal escaped at and dot", "mirelqa\\100example\\056com", MARK, ["json property"]),
    ("email", "hex escape", "mirelqa\\x40example\\x2ecom", MARK, ["json property"]),
    ("email", "mime q word raw", "=?utf-8?q?mirelqa=40example.com?=", MARK, ["url path raw"]),
    ("phone", "wa.me without scheme", "wa.me/33612345674", "612345674", ["order id", "content id", "event id"]),
    ("phone", "line call link", "line://call/33612345674", "612345674", ["order id", "product variant"]),
    ("ip", "decimal host of a url in a path", "http://1359103392:8080/", "1359103392", ["url path raw"]),
    *[("id", f"iban {country} spaced", spaced(number), number[-10:], ["user agent", "custom property"])
      for country, number in [("ch", iban("CH", "00762011623852957")), ("pl", iban("PL", "109010140000071219812874")),
                              ("ua", iban("UA", "3223130000026007233566001")),
                              ("tr", iban("TR", "0006100519786457841326")), ("ae", iban("AE", "0331234567890123456"))]],
]


def cases() -> List[Case]:
    found: List[Case] = [
        *rotated("email", EMAILS, TEXT_PLACES, 2),
        *rotated("phone", PHONES, TEXT_PLACES, 1),
        *rotated("ip", IPS, TEXT_PLACES[:18], 2),
        *rotated("id", IDS, ID_PLACES, 2),
        *fb_cases(), *key_cases(), *query_key_cases(),
    ]
    found += [(f"{family} {name} @ {where}", *place(where, value), [shown])
              for family, name, value, shown, places in TARGETED for where in places]
    found += [(f"track {name}", "track", {"properties": properties}, [shown])
              for name, (properties, shown) in ID_PROPERTIES.items()]
    found += [(f"err {name}", kind, overrides, [shown]) for name, (kind, overrides, shown) in ERR_VALUES.items()]
    return found


# The operator's settings holding an address: an Err naming the setting, or a request carrying it.
SETTINGS: Dict[str, Tuple[str, Dict[str, str]]] = {
    "pixel id": ("track", {"meta_pixel_id": EMAIL}),
    "api version": ("track", {"meta_api_version": EMAIL}),
    "action source": ("track", {"meta_action_source": EMAIL}),
    "default currency": ("track", {"meta_default_currency": EMAIL}),
    "url query": ("page", {"meta_url_query": EMAIL}),
    "generate fbp": ("track", {"meta_generate_fbp": EMAIL}),
    "ldu country": ("track", {"meta_ldu": "true", "meta_ldu_country": EMAIL}),
    "custom data list": ("track", {"meta_custom_data": EMAIL}),
    "user event name": ("user", {"meta_user_event_name": EMAIL}),
    "test event code": ("track", {"meta_test_event_code": EMAIL}),
    "event mapping": ("track", {"meta_event_mapping": json.dumps({"Button Clicked": EMAIL})}),
    "default consent": ("track", {"edgee_default_consent": EMAIL}),
}


# Numbers: (properties of an Order Completed, where the number lands, the numbers it may be sent as). Sent as
# another number is a silent change; left out or an Err is not.
NUMBERS: Dict[str, Tuple[Dict[str, str], str, List[float]]] = {
    "value with thousands comma": ({"value": "1,299.00", "currency": "EUR"}, "value", [1299.0]),
    "value decimal comma": ({"value": "12,50", "currency": "EUR"}, "value", [12.5]),
    "value european thousands": ({"value": "1.299,00", "currency": "EUR"}, "value", [1299.0]),
    "value underscore": ({"value": "1_000", "currency": "EUR"}, "value", [1000.0]),
    "value underflow": ({"value": "1e-400", "currency": "EUR"}, "value", []),
    "value fullwidth digits": ({"value": "１２.５", "currency": "EUR"}, "value", [12.5]),
    "value arabic digits": ({"value": "١٢٫٥", "currency": "EUR"}, "value", [12.5]),
    "value blanks around": ({"value": " 12.5 ", "currency": "EUR"}, "value", [12.5]),
    "value hex": ({"value": "0x10", "currency": "EUR"}, "value", []),
    "value plus sign": ({"value": "+12.5", "currency": "EUR"}, "value", [12.5]),
    "value currency sign": ({"value": "€12.50", "currency": "EUR"}, "value", [12.5]),
    "price underscore": ({"currency": "EUR", "contents": '[{"id": "S-1", "item_price": "1_0"}]'}, "item_price",
                         [10.0]),
    "price underflow": ({"currency": "EUR", "contents": '[{"id": "S-1", "item_price": "1e-400"}]'}, "item_price",
                        []),
    "price comma": ({"currency": "EUR", "contents": '[{"id": "S-1", "item_price": "4,99"}]'}, "item_price",
                    [4.99]),
    "price negative zero": ({"currency": "EUR", "contents": '[{"id": "S-1", "item_price": "-0"}]'}, "item_price",
                            [0.0]),
    "quantity underscore": ({"currency": "EUR", "contents": '[{"id": "S-1", "item_price": 5, "quantity": "1_0"}]'},
                            "quantity", [10.0]),
    "quantity fullwidth": ({"currency": "EUR", "contents": '[{"id": "S-1", "item_price": 5, "quantity": "２"}]'},
                           "quantity", [2.0]),
    "quantity exponent": ({"currency": "EUR", "contents": '[{"id": "S-1", "item_price": 5, "quantity": "2e0"}]'},
                          "quantity", [2.0]),
    "quantity leading zeros": ({"currency": "EUR", "contents": '[{"id": "S-1", "item_price": 5, "quantity": "007"}]'},
                               "quantity", [7.0]),
    "quantity plus": ({"currency": "EUR", "contents": '[{"id": "S-1", "item_price": 5, "quantity": "+3"}]'},
                      "quantity", [3.0]),
    "quantity json float": ({"currency": "EUR", "contents": '[{"id": "S-1", "item_price": 5, "quantity": 2.0}]'},
                            "quantity", [2.0]),
    "quantity big float": ({"currency": "EUR", "contents": '[{"id": "S-1", "item_price": 5, '
                                                           '"quantity": 1000000.0000001}]'}, "quantity", []),
}


# Ordinary shop data sharing the attack's shapes.
ORDINARY: Dict[str, List[str]] = {
    "versions and builds": ["1.2.3.4", "v10.0.19045.3693", "build 8f3a2c1",
                            "git 4b825dc642cb6eb9a060e54bf8d69288fbee4904", "Chrome/120.0.6099.109",
                            "2.4.1-rc.2+build.5", "iOS 17.1.2", "node@20.10.0"],
    "prices and amounts": ["€1.299,00", "$1,299.00", "1 299,00 zł", "¥12,800", "₹1,24,999", "CHF 1'299.–",
                           "12.50 EUR", "3 x 9,99 €", "-15 %", "0.99"],
    "skus and codes": ["SKU-2026-0042", "ART 100.200.30", "REF 4006381333931", "MPN CT2K16G4SFRA32A",
                       "ISBN 978-3-16-148410-0", "ISBN 0-306-40615-2", "ASIN B0CHX1W1XY", "EAN 5901234123457",
                       "GTIN 00012345600012", "HS 6403.99.93", "Model A2849", "Batch L2311-04"],
    "dates and times": ["2026-12-03", "03.12.2026", "12/03/2026", "3 déc. 2026", "2026-12-03T10:42:00+01:00",
                        "10:42:07.123", "Q4/2026", "KW 49", "1795500000"],
    "colours, css and sizes": ["#1E90FF", "#fff", "rgb(255, 128, 0)", "rgba(255,128,0,0.5)", "hsl(210, 50%, 40%)",
                               "font: 12px/1.5 Arial", "margin: 0 auto", "EU 42 / UK 8", "120 x 80 x 45 cm",
                               "W32 L34", "1920×1080 px"],
    "order numbers and tracking": ["#100234", "Order 2026-000123", "A-1001", "WC-48213", "1Z999AA10123456784",
                                   "JJD0123456789012", "RR123456789DE", "00340434161234567890"],
    "coordinates and places": ["52.5200° N, 13.4050° E", "Berlin Mitte store", "Store #042, Hamburg",
                               "Gate 12", "Aisle 7, Shelf B", "Pick-up point DE-10115"],
    "at signs in shop text": ["2 @ 9,99 €", "logo@2x.png", "icon@3x.webp", "@shopname", "Buy 3 @ $5 each",
                              "Meet us @ Berlin Fashion Week", "Save 20% @ checkout"],
    "spelled words near the attack's": ["Dot Com Bubble Tee", "At Home Collection", "Chez Marie Bakery Mug",
                                        "Punto Croce Kit", "Arroba Coffee Beans", "Snabel Vase", "Point de Vue Lamp",
                                        "Tel Aviv Skyline Print", "Fax Paper A4", "Mail Order Catalogue 2026"],
    "numbers shaped like ids": ["1000 x 2000 mm", "Pack of 12 (6 x 2)", "Serial 8841-2231-00", "Lot 2026/11/23",
                                "Ticket 48213-77", "Room 1204", "Seat 14C", "PLU 4011", "Version 2026.11.23.1"],
    "shop text near the leaking spellings": [
        "Available at Amazon.com", "Sold at Target.com and in stores", "Meet us at Booth 4.2.1", "Firmware 2.0.0.1",
        "Driver 31.0.101.4255", "Model 1.1.1.1 Router", "Phone case 06 | Black", "Set 06|12|34", "Size 06~08",
        "Colours: red|green|blue|black", "Voucher 4539-1488-0343", "MAC Lipstick Ruby Woo", "ffaa:bbcc paint",
        "Arroba de azúcar 11,5 kg", "Vanity 1-800-FLOWERS", "Jersey #10 Messi", "Colonia 4711 Eau de Cologne",
        "Bairro Alto Print", "Card no. required at checkout", "Steuer-ID Ratgeber Buch",
    ],
    "network words": ["IPv6 ready router", "Wi-Fi 6E mesh", "Port 8080 adapter", "HDMI 2.1 cable", "USB-C 3.2 Gen 2",
                      "Cat 6a 10 m", "192 kHz / 24 bit DAC", "5 GHz band"],
}
ORDINARY_PLACES = ["custom property", "page title", "product name"]

# Shop ids shaped like the attack's national ids, cards and phones, in the leaves judged as ids.
ORDINARY_IDS = ["ORD-850314-1239", "INV-2026-000042", "SO-48213075", "WC-10001", "B08N5WRWNW", "1Z999AA10123456784",
                "gid://shopify/Order/5678901234567", "cart_3f2a1b9c", "pi_3MtwBwLkdIwHu7ix28a3tqPa",
                "e-1795500000-48213",
                "JJD0123456789012", "AB-123-CD", "2026-11-23-0042", "SKU|42|BLUE", "SKU~42~BLUE", "P-100.200.300",
                "R-2026/11/0042", "A1B2C3D4", "cs_test_a1B2c3D4e5F6", "ch_3OqLkz2eZvKYlo2C0p4XyZ1a"]
ORDINARY_ID_PLACES = ["order id", "content id", "event id"]
# User agents whose products carry four-part versions and build numbers.
ORDINARY_AGENTS = [
    "MyShopApp/1.2.3.4 (iPhone; iOS 17.1.2; Scale/3.00)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.86 "
    "Safari/537.36 Edg/131.0.2903.70",
    "okhttp/4.12.0 ShopApp/2026.11.23.1 (Android 14; Pixel 8; build 48213)",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A536B Build/TP1A.220624.014)",
]

ORDINARY_KEYS = ["billing_cycle", "shipping_method", "shipping_cost", "delivery_date", "address_book_enabled",
                 "phone_model", "phone_case_color", "email_optin", "email_template", "name_tag_text_length",
                 "first_purchase", "last_order_days", "street_style_score", "city_tier", "country_code",
                 "postcode_zone", "ip_rating", "mail_order", "tel_aviv_store", "birthday_month_offer",
                 "card_type", "iban_supported", "device_type", "mac_compatible", "lat_pull_down_weight",
                 "nationality_filter", "gender_neutral", "cvv_required"]

ORDINARY_URLS_33 = [
    f"{SHOP}/p/router-ax6000?version=1.2.3.4",
    f"{SHOP}/docs/ipv6-setup#step-2",
    f"{SHOP}/img/hero@2x.jpg?v=8f3a2c1",
    f"{SHOP}/p/sneaker?color=%231E90FF&size=42",
    f"{SHOP}/search?q=phone+case+iphone+15",
    f"{SHOP}/store-locator?lat=52.52&lng=13.405&radius=10",
    f"{SHOP}/blog/2026/12/03/at-home-collection",
    f"{SHOP}/p/isbn-978-3-16-148410-0",
    f"{SHOP}/order/A-1001/thank-you?utm_source=email&utm_medium=newsletter",
    f"{SHOP}/contact?topic=returns&channel=email",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, {family: ORDINARY_PLACES for family in ORDINARY}, place)
    yield from ordinary_in_places({"shop ids": ORDINARY_IDS}, {"shop ids": ORDINARY_ID_PLACES}, place)
    for agent in ORDINARY_AGENTS:
        yield (f"user agents: {agent[:48]}", "page", {"user_agent": agent}, agent)
    yield from ordinary_keys(ORDINARY_KEYS)
    yield from ordinary_urls(ORDINARY_URLS_33)
