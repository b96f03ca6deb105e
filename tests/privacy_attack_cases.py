"""Attack cases written independently of the gate's code: personal values in spellings a human still reads,
put in every field an event can carry, and the forms of each value that must not leave.

Each case is (name, kind, make_event overrides, forms). A form is checked in the request as sent, as JSON
decodes it, and in an independent normalisation (`normalised`), so a case's verdict does not depend on the
component's own canonicalisation.
"""

from __future__ import annotations

import base64
import html
import json
import re
import unicodedata
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote, unquote

Case = Tuple[str, str, Dict[str, Any], List[str]]

LOCAL, DOMAIN = "zqalice.vance", "example.com"
EMAIL = f"{LOCAL}@{DOMAIN}"
PHONE_DIGITS = "6505550173"  # a US number, national significant digits
IP4 = "203.0.113.47"
IP6 = "2001:db8:85a3::8a2e:370:7334"

# Look-alikes from Unicode's confusables that NFKC leaves alone: Cyrillic, Greek, Armenian, Cherokee, Latin small
# capitals and IPA letters, and dots and at signs of other blocks.
CYRILLIC = str.maketrans("aceiopxy", "\u0430\u0441\u0435\u0456\u043e\u0440\u0445\u0443")
GREEK = str.maketrans("aeiov", "\u03b1\u03b5\u03b9\u03bf\u03bd")
ARMENIAN = str.maketrans("ou", "\u0585\u057d")
SMALL_CAPS = str.maketrans("acemv", "\u1d00\u1d04\u1d07\u1d0d\u1d20")


def _each(text: str, mapping: Dict[str, str]) -> str:
    return "".join(mapping.get(ch, ch) for ch in text)


def _enclosed(text: str) -> str:  # circled letters: NFKC folds them
    return "".join(chr(0x24D0 + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in text)


def _sans_bold(text: str) -> str:
    return "".join(chr(0x1D5EE + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in text)


EMAIL_SPELLINGS: Dict[str, str] = {
    "plain": EMAIL,
    "mailto": f"mailto:{EMAIL}",
    "angle brackets with display name": f"Alice Vance <{EMAIL}>",
    "quoted local part": f'"{LOCAL}"@{DOMAIN}',
    "plus tag": f"{LOCAL}+promo@{DOMAIN}",
    "IDN domain": f"{LOCAL}@exämple.com",
    "Cyrillic look-alikes": EMAIL.translate(CYRILLIC),
    "Greek look-alikes": EMAIL.translate(GREEK),
    "Armenian look-alikes": EMAIL.translate(ARMENIAN),
    "Latin small capitals": EMAIL.translate(SMALL_CAPS),
    "circled letters": _enclosed(EMAIL),
    "math sans-serif bold": _sans_bold(EMAIL),
    "full-width at sign alone": EMAIL.replace("@", "\uff20"),
    "small commercial at": EMAIL.replace("@", "\ufe6b"),
    "one dot leader": EMAIL.replace(".", "\u2024"),
    "ideographic full stop": EMAIL.replace(".", "\u3002"),
    "halfwidth ideographic stop": EMAIL.replace(".", "\uff61"),
    "arabic full stop": EMAIL.replace(".", "\u06d4"),
    "middle dot": EMAIL.replace(".", "\u00b7"),
    "zero-width joiner": "\u200d".join(EMAIL),
    "word joiner": EMAIL.replace("@", "\u2060@\u2060"),
    "soft hyphens": "\u00ad".join(EMAIL),
    "bidi isolate": EMAIL.replace("@", "\u2066@\u2069"),
    "right-to-left override, reversed": "\u202e" + EMAIL[::-1] + "\u202c",
    "line break before at": EMAIL.replace("@", "\n@"),
    "CRLF after at": EMAIL.replace("@", "@\r\n"),
    "tab around at": EMAIL.replace("@", "\t@\t"),
    "spaces around at and dots": EMAIL.replace("@", " @ ").replace(".", " . "),
    "letters spaced out": " ".join(EMAIL),
    "(at) (dot)": EMAIL.replace("@", "(at)").replace(".", "(dot)"),
    "{at} {dot}": EMAIL.replace("@", "{at}").replace(".", "{dot}"),
    "<at> <dot>": EMAIL.replace("@", "<at>").replace(".", "<dot>"),
    "[@] [.]": EMAIL.replace("@", "[@]").replace(".", "[.]"),
    "AT and DOT upper words": EMAIL.replace("@", " AT ").replace(".", " DOT "),
    "_at_ _dot_": EMAIL.replace("@", "_at_").replace(".", "_dot_"),
    "-at- -dot-": EMAIL.replace("@", "-at-").replace(".", "-dot-"),
    "German (at) punkt": EMAIL.replace("@", " (at) ").replace(".", " punkt "),
    "Spanish arroba punto": EMAIL.replace("@", " arroba ").replace(".", " punto "),
    "%u0040": EMAIL.replace("@", "%u0040"),
    "\\x40": EMAIL.replace("@", "\\x40"),
    "octal \\100": EMAIL.replace("@", "\\100"),
    "&#0064;": EMAIL.replace("@", "&#0064;"),
    "&#X40;": EMAIL.replace("@", "&#X40;"),
    "&#64 without semicolon": EMAIL.replace("@", "&#64 "),
    "&#x40 without semicolon": EMAIL.replace("@", "&#x40"),
    "&#46; dots": EMAIL.replace(".", "&#46;"),
    "&period;": EMAIL.replace(".", "&period;"),
    "quoted-printable =40": EMAIL.replace("@", "=40"),
    "plus-encoded form": quote(EMAIL).replace("%40", "%40+"),
    "percent lower-case": EMAIL.replace("@", "%40").replace(".", "%2e"),
    "overlong UTF-8 %C0%80": EMAIL.replace("@", "%C1%80"),
    "base64 with padding": base64.b64encode(f"{EMAIL}!".encode()).decode(),
    "base64 of mailto": base64.b64encode(f"mailto:{EMAIL}".encode()).decode(),
    "hex of the address": EMAIL.encode().hex(),
    "Cyrillic address": "алиса.ванс@пример.рф",
    "Chinese address": "用户名字@例子.中国",
    "IP literal domain": f"{LOCAL}@[{IP4}]",
    "json string escaped": json.dumps(EMAIL)[1:-1].replace("@", "\\u0040").replace(".", "\\u002e"),
    "combining marks": "".join(ch + "\u0301" if ch.isalpha() else ch for ch in EMAIL),
    "fraktur": "".join(chr(0x1D51E + ord(ch) - 97) if "a" <= ch <= "z" and ch not in "hiz" else ch for ch in EMAIL),
}


def email_forms(spelling: str) -> List[str]:
    if "алиса" in spelling:
        return ["алиса.ванс@пример", "алиса"]
    if "用户" in spelling:
        return ["用户名字@例子", "用户名字"]
    if spelling.startswith("\u202e"):
        return [LOCAL[::-1]]
    if re.fullmatch(r"[0-9a-f]+", spelling):
        return [spelling]
    return ["zqalice"]


PHONE_SPELLINGS: Dict[str, Tuple[str, str]] = {  # name: (spelling, digits that must not leave)
    "US parenthesised": ("(650) 555-0173", PHONE_DIGITS),
    "US dotted": ("650.555.0173", PHONE_DIGITS),
    "US dashed": ("650-555-0173", PHONE_DIGITS),
    "US spaced": ("650 555 0173", PHONE_DIGITS),
    "US with 1-": ("1-650-555-0173", PHONE_DIGITS),
    "US +1 dashed": ("+1-650-555-0173", PHONE_DIGITS),
    "tel: URI": ("tel:+16505550173", PHONE_DIGITS),
    "with extension": ("+1 650 555 0173 ext. 12", PHONE_DIGITS),
    "French mobile grouped": ("06 12 34 56 78", "612345678"),
    "French +33": ("+33 6 12 34 56 78", "612345678"),
    "German (0)": ("+49 (0)30 12345678", "3012345678"),
    "German slash": ("0171/2345678", "1712345678"),
    "Russian trunk 8": ("8 (912) 345-67-89", "9123456789"),
    "Russian +7": ("+7 912 345-67-89", "9123456789"),
    "Japanese mobile": ("090-1234-5678", "9012345678"),
    "Chinese mobile": ("138 0013 8000", "13800138000"),
    "Chinese mobile compact": ("13800138000", "13800138000"),
    "Indian mobile": ("+91 98765 43210", "9876543210"),
    "UK mobile": ("07700 900173", "7700900173"),
    "Dutch mobile": ("06-12345678", "612345678"),
    "Polish mobile": ("+48 512 345 678", "512345678"),
    "Turkish mobile": ("0532 123 45 67", "5321234567"),
    "Arabic-Indic digits": ("٠٦١٢٣٤٥٦٧٨", "612345678"),
    "Devanagari digits": ("+९१ ९८७६५ ४३२१०", "9876543210"),
    "full-width digits": ("＋１ ６５０ ５５５ ０１７３", PHONE_DIGITS),
    "superscript digits": ("⁺¹ ⁶⁵⁰ ⁵⁵⁵ ⁰¹⁷³", PHONE_DIGITS),
    "letter O for zero": ("O7700 9OO173", "7700900173"),
    "letter l for one": ("+l 650 555 0l73", "65055501"),
    "zero-width between digits": ("\u200b".join("+16505550173"), PHONE_DIGITS),
    "soft hyphens between digits": ("\u00ad".join("06123456 78"), "612345678"),
    "percent-encoded plus": ("%2B1%20650%20555%200173", PHONE_DIGITS),
    "HTML entity plus": ("&#43;16505550173", PHONE_DIGITS),
    "non-breaking spaces": ("+1\u00a0650\u00a0555\u00a00173", PHONE_DIGITS),
    "en dashes": ("650\u2013555\u20130173", PHONE_DIGITS),
    "mixed separators": ("+44.7700-900 173", "7700900173"),
    "line breaks": ("+1 650\n555\n0173", PHONE_DIGITS),
    "after a date": ("2024-11-29 650 555 0173", PHONE_DIGITS),
    "after a date and time": ("2024-11-29 10:30 650 555 0173", PHONE_DIGITS),
    "after dates, trunk 0": ("2024-11-29-2024-11-30-0612345678", "612345678"),
}

IP_SPELLINGS: Dict[str, Tuple[str, str]] = {
    "public IPv4": (IP4, IP4),
    "private IPv4": ("192.168.17.42", "192.168.17.42"),
    "short IPv4": ("81.2.69.1", "81.2.69.1"),
    "shortest IPv4": ("8.8.4.4", "8.8.4.4"),
    "IPv4 with port": (f"{IP4}:8080", IP4),
    "IPv4 zero-padded": ("203.000.113.047", "203.000.113.047"),
    "IPv4 defanged": (IP4.replace(".", "[.]"), IP4),
    "IPv4 (dot)": (IP4.replace(".", "(dot)"), IP4),
    "IPv4 spaced": (IP4.replace(".", " . "), IP4),
    "IPv4 ideographic dots": (IP4.replace(".", "\u3002"), IP4),
    "IPv4 full-width": ("２０３．０．１１３．４７", IP4),
    "IPv4 zero-width": ("\u200b".join(IP4), IP4),
    "IPv4-mapped IPv6": (f"::ffff:{IP4}", IP4),
    "IPv6 compressed": (IP6, IP6),
    "IPv6 full": ("2001:0db8:85a3:0000:0000:8a2e:0370:7334", "8a2e:0370:7334"),
    "IPv6 bracketed with port": (f"[{IP6}]:443", IP6),
    "IPv6 upper-case": (IP6.upper(), IP6),
    "IPv6 with zone": ("fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a"),
    "X-Forwarded-For list": (f"{IP4}, 10.1.2.3", IP4),
}


# Places: where an event carries a value. Each returns (kind, overrides).
def _place(place: str, value: str, ms: int) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    if place == "custom property":
        return "track", {"properties": {"comment": value}}
    if place == "text around it":
        return "track", {"properties": {"note": f"Bitte an {value} schicken, danke"}}
    if place == "property key":
        return "track", {"properties": {value: "yes"}}
    if place in ("order_id", "search_string", "status", "content_name", "content_category", "event_id",
                 "transaction_id", "coupon", "affiliation"):
        return "track", {**order, "properties": {place: value, "value": "12.5", "currency": "EUR"}}
    if place == "contents title":
        return "track", {"name": "Product Added",
                         "properties": {"contents": json.dumps([{"id": "SKU-9", "title": value, "quantity": 1}])}}
    if place == "contents brand":
        return "track", {"name": "Product Added",
                         "properties": {"contents": json.dumps([{"id": "SKU-9", "brand": value}])}}
    if place == "contents id":
        return "track", {"name": "Product Added", "properties": {"contents": json.dumps([{"id": value}])}}
    if place == "contents unknown key":
        return "track", {"name": "Product Added",
                         "properties": {"contents": json.dumps([{"id": "SKU-9", "note": value}])}}
    if place == "contents JSON-escaped":
        return "track", {"name": "Product Added",
                         "properties": {"contents": json.dumps([{"id": "SKU-9", "title": value}], ensure_ascii=True)}}
    if place == "content_ids list":
        return "track", {"name": "Product Viewed", "properties": {"content_ids": f"SKU-1,{value},SKU-2"}}
    if place == "content_ids JSON":
        return "track", {"name": "Product Viewed", "properties": {"content_ids": json.dumps(["SKU-1", value])}}
    if place == "product (WIT) name":
        return "track", {"name": "Product Added", "products": [{"sku": "SKU-9", "name": value, "price": "5"}]}
    if place == "product (WIT) sku":
        return "track", {"name": "Product Added", "products": [{"sku": value, "price": "5"}]}
    if place == "product (WIT) custom":
        return "track", {"name": "Product Added", "products": [{"sku": "SKU-9", "engraving": value}]}
    if place == "fbc payload":
        return "track", {"properties": {"fbc": f"fb.1.{ms}.{value}"}}
    if place == "fbp payload":
        return "track", {"properties": {"fbp": f"fb.1.{ms}.{value}"}}
    if place == "url path":
        return "page", {"url": f"https://shop.example.com/account/{q}/orders"}
    if place == "url path raw":
        return "page", {"url": f"https://shop.example.com/account/{value}/orders"}
    if place == "url query value":
        return "page", {"url": f"https://shop.example.com/p?ref={q}&utm_medium=mail"}
    if place == "url query key":
        return "page", {"url": f"https://shop.example.com/p?{q}&utm_medium=mail"}
    if place == "url query after &amp;":
        return "page", {"url": f"https://shop.example.com/p?a=1&amp;r={q}"}
    if place == "url fragment":
        return "page", {"url": f"https://shop.example.com/p#{q}"}
    if place == "url user info":
        return "page", {"url": f"https://{q}:pw@shop.example.com/p"}
    if place == "url host label":
        return "page", {"url": f"https://{q}.shop.example.com/p"}
    if place == "page search":
        return "page", {"url": "https://shop.example.com/s", "search": f"?q={q}"}
    if place == "referrer query":
        return "page", {"referrer": f"https://mail.example.net/?from={q}"}
    if place == "page title":
        return "page", {"title": f"Orders - {value}"}
    if place == "page property":
        return "page", {"properties": {"section": value}}
    if place == "track name":
        return "track", {"name": f"Signup {value}"}
    if place == "user agent":
        return "track", {"user_agent": f"Mozilla/5.0 (X11; Linux x86_64) Contact/{value}"}
    if place == "user user_id":
        return "user", {"user_id": value}
    if place == "user property":
        return "user", {"user_properties": {"plan": value}}
    raise ValueError(place)


PLACES = ["custom property", "text around it", "property key", "order_id", "search_string", "status",
          "content_name", "content_category", "event_id", "transaction_id", "coupon", "affiliation",
          "contents title", "contents brand", "contents id", "contents unknown key", "contents JSON-escaped",
          "content_ids list", "content_ids JSON", "product (WIT) name", "product (WIT) sku", "product (WIT) custom",
          "fbc payload", "fbp payload", "url path", "url path raw", "url query value", "url query key",
          "url query after &amp;", "url fragment", "url user info", "url host label", "page search",
          "referrer query", "page title", "page property", "track name", "user agent", "user user_id",
          "user property"]
# A subset of places for the long spelling tables, so the table stays a few hundred cases.
MAIN_PLACES = ["custom property", "text around it", "order_id", "contents title", "content_ids list",
               "url query value", "url path", "url fragment", "page title", "event_id", "property key"]


def value_cases(ms: int) -> Iterator[Case]:
    for name, spelling in EMAIL_SPELLINGS.items():
        for place in MAIN_PLACES:
            yield (f"email {name} @ {place}", *_place(place, spelling, ms), email_forms(spelling))
    for name, (spelling, digits) in PHONE_SPELLINGS.items():
        for place in MAIN_PLACES:
            yield (f"phone {name} @ {place}", *_place(place, spelling, ms), [digits])
    for name, (spelling, form) in IP_SPELLINGS.items():
        for place in MAIN_PLACES:
            yield (f"ip {name} @ {place}", *_place(place, spelling, ms), [form])
    for place in PLACES:  # every place, with the three plain values
        yield (f"every place: email @ {place}", *_place(place, EMAIL, ms), ["zqalice"])
        yield (f"every place: phone @ {place}", *_place(place, "+1 650 555 0173", ms), [PHONE_DIGITS])
        yield (f"every place: ip @ {place}", *_place(place, IP4, ms), [IP4])
    # Ids without a letter of obvious shape: the identifier fields' own spellings.
    for place in ("fbc payload", "fbp payload", "event_id", "order_id", "contents id", "content_ids list"):
        for name, value in {"base64url email": base64.urlsafe_b64encode(EMAIL.encode()).decode().rstrip("="),
                            "prefixed phone": "tel16505550173", "phone after letters": "ph-16505550173",
                            "email with dashes for dots": EMAIL.replace(".", "-")}.items():
            form = PHONE_DIGITS if "phone" in name else ("zqalice" if "dashes" in name else value)
            yield (f"id {name} @ {place}", *_place(place, value, ms), [form])


SPLIT_CASES: List[Case] = [
    ("split: local part as key, domain as value", "track", {"properties": {LOCAL: f"@{DOMAIN}"}}, ["zqalice"]),
    ("split: address as key up to the at sign", "track", {"properties": {f"{LOCAL}@": DOMAIN}}, ["zqalice"]),
    ("split: query key and value around the at sign", "page",
     {"url": f"https://shop.example.com/p?{LOCAL}=@{DOMAIN}"}, ["zqalice"]),
    ("split: query key holds the address, value the TLD", "page",
     {"url": f"https://shop.example.com/p?{LOCAL}@example=.com"}, ["zqalice"]),
    ("split: phone across path segments", "page",
     {"url": "https://shop.example.com/call/+1/650/555/0173"}, [PHONE_DIGITS]),
    ("split: address across path segments", "page",
     {"url": f"https://shop.example.com/{LOCAL}/@/{DOMAIN}"}, ["zqalice"]),
]

# Personal keys in languages beyond en/de/fr/es/pt/it, with a neutral marker value (only the key can tell).
FOREIGN_KEYS = {
    "nl": ["voornaam", "achternaam", "tussenvoegsel", "klantnaam", "adres", "straatnaam", "huisnummer", "woonplaats",
           "telefoonnummer", "mobiel_nummer", "geboortedatum", "geslacht", "emailadres", "bsn", "rekeningnummer"],
    "pl": ["imie", "imię", "nazwisko", "adres_zamieszkania", "ulica", "kod_pocztowy", "miejscowosc", "numer_telefonu",
           "data_urodzenia", "plec", "pesel", "nip", "numer_konta"],
    "sv/da/no": ["fornamn", "förnamn", "efternamn", "etternavn", "fornavn", "gatuadress", "postnummer",
                 "telefonnummer", "mobilnummer", "födelsedatum", "fodselsdato", "personnummer", "cpr_nummer"],
    "fi": ["etunimi", "sukunimi", "osoite", "postinumero", "puhelinnumero", "syntymaaika", "henkilotunnus"],
    "tr": ["soyad", "soyadi", "soyadı", "adsoyad", "cep_telefonu", "dogum_tarihi", "doğum_tarihi", "cinsiyet",
           "tc_kimlik_no", "posta_kodu", "eposta", "adres_satiri"],
    "ru translit": ["imya", "familiya", "otchestvo", "ulitsa", "nomer_telefona", "data_rozhdeniya", "pasport",
                    "snils", "inn"],
    "ru Cyrillic": ["имя", "фамилия", "отчество", "адрес", "телефон", "дата_рождения", "паспорт"],
    "ja romaji": ["namae", "shimei", "myoji", "jusho", "juusho", "yubin_bango", "denwa_bango", "keitai_bango",
                  "tanjobi", "seinengappi", "seibetsu", "my_number"],
    "ja/zh script": ["氏名", "名前", "住所", "電話番号", "生年月日", "郵便番号", "姓名", "电话", "地址"],
    "cs/hu/ro": ["jmeno", "prijmeni", "adresa", "rodne_cislo", "vezeteknev", "keresztnev", "telefonszam",
                 "prenume", "cnp"],
    "id/vi/zh pinyin/ko": ["nama_lengkap", "alamat", "nomor_telepon", "tanggal_lahir", "ho_ten", "dia_chi",
                           "so_dien_thoai", "xingming", "dianhua", "shouji_hao", "ireum", "jeonhwa_beonho"],
    "el/ar translit": ["onoma", "eponymo", "tilefono", "dieuthinsi", "hatif", "unwan"],
    "en compounds": ["billingFirstName", "shipping-zip", "ZIPCODE", "addr_line2", "cust_tel", "mobileNo",
                     "dob", "birth_day", "ssn_last4", "passportNo", "taxId", "national_id", "iban", "cardNumber",
                     "surname", "maidenName", "streetAddress", "houseNumber", "postalCode", "ip", "remoteAddr",
                     "x_forwarded_for", "userEmail", "recipient", "contactPerson", "fullname", "given-name",
                     "familyName", "geoLocation", "latitude", "lng", "device_id", "idfa", "gaid"],
}
KEY_MARKER = "zqmarkerval"


def key_cases() -> Iterator[Case]:
    for language, keys in FOREIGN_KEYS.items():
        for key in keys:
            yield (f"key {language} {key}: custom property", "track", {"properties": {key: KEY_MARKER}}, [KEY_MARKER])
            yield (f"key {language} {key}: url query", "page",
                   {"url": f"https://shop.example.com/p?{quote(key)}={KEY_MARKER}"}, [KEY_MARKER])
            yield (f"key {language} {key}: contents", "track",
                   {"name": "Product Added",
                    "properties": {"contents": json.dumps([{"id": "SKU-9", key: KEY_MARKER}])}}, [KEY_MARKER])


# Independent normalisation for the checker: decode, fold and strip what a reader ignores.
_DOTS = str.maketrans({"\u3002": ".", "\uff61": ".", "\u2024": ".", "\u06d4": ".", "\u00b7": ".", "\uff0e": "."})
_BACK = {v: k for k, v in zip("aceiopxy", "\u0430\u0441\u0435\u0456\u043e\u0440\u0445\u0443", strict=True)}
_BACK.update({v: k for k, v in zip("aeiov", "\u03b1\u03b5\u03b9\u03bf\u03bd", strict=True)})
_BACK.update({"\u0585": "o", "\u057d": "u", "\u1d00": "a", "\u1d04": "c", "\u1d07": "e", "\u1d0d": "m", "\u1d20": "v"})
_BACK_TABLE = str.maketrans(_BACK)


def normalised(text: str) -> str:
    for _ in range(8):
        before = text
        text = html.unescape(unquote(text.replace("%u0040", "@")))
        if text == before:
            break
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Mn", "Cc") or ch == "\n")
    text = unicodedata.normalize("NFKC", text).translate(_DOTS).translate(_BACK_TABLE).lower()
    return text


def strings_of(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from strings_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_of(item)


_DIGIT_SEPARATORS = re.compile(r"[\s.\-()/\u2013_,]+")


def found(url: str, body: str, forms: List[str]) -> List[str]:
    """The forms present in the request (URL and body), raw, JSON-decoded or normalised."""
    texts = [url, body, *strings_of(json.loads(body))]
    normal = [normalised(text) for text in texts]
    hits = set()
    for form in forms:
        lowered = form.lower()
        as_text = any(lowered in text.lower() for text in texts) or any(lowered in text for text in normal)
        # digits read through separators, and through the letters that stand in for 0 and 1
        as_digits = form.isdigit() and any(
            form in _DIGIT_SEPARATORS.sub("", text.replace("o", "0").replace("l", "1")) for text in normal)
        if as_text or as_digits:
            hits.add(form)
    return sorted(hits)
