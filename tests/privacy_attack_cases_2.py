"""A second outside attack on the privacy gate, written from the README's promises and from what real sites,
careless developers and hostile visitors send, without reading the gate's code. It does not repeat the first
attack (tests/privacy_attack_cases.py): new fields, new encodings, new national formats, new key forms.

Each case is (name, kind, make_event overrides, forms), as in the first attack; the first word of a name is
its family, and the overrides may carry "visitor" (the visitor's properties) and "settings" (added settings).
A form is looked for in the request as the first attack's `found` does, and also after folding every script's
digits to ASCII and removing every mark and format character (`found_any`), so a phone number in Thai digits
or an email behind keycaps is still seen when it leaves.
"""

from __future__ import annotations

import base64
import html
import json
import re
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple
from urllib.parse import quote, unquote

import pytest

from builders import NOW, make_event, make_settings
from meta_capi import build_request
from meta_capi.errors import EventError, SettingsError
from privacy_attack_cases import found, normalised, strings_of
from wasm_support import retimed

Case = Tuple[str, str, Dict[str, Any], List[str]]

LOCAL, DOMAIN = "zqalice.vance", "example.com"
EMAIL = f"{LOCAL}@{DOMAIN}"
US_DIGITS = "6505550173"
IP4 = "81.2.69.160"  # a public address (MaxMind's test range), unlike the first attack's documentation range
IP4_INT = (81 << 24) | (2 << 16) | (69 << 8) | 160
IP4_DIGITS = "81269160"
IP6 = "2a00:1450:4001:82b::200e"
MARKER = "zqmarkerval"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _mixed_encoding(text: str) -> str:
    """Each character in another encoding a decoder reads: raw, %XX, &#NN;, \\xXX, &#xHH;, \\uXXXX in turn."""
    out = []
    for index, ch in enumerate(text):
        code = ord(ch)
        out.append([ch, f"%{code:02X}", f"&#{code};", f"\\x{code:02x}", f"&#x{code:x};", f"\\u{code:04x}"][index % 6])
    return "".join(out)


def _tags(text: str) -> str:  # Unicode tag characters: invisible copies of ASCII ("ASCII smuggling")
    return "".join(chr(0xE0000 + ord(ch)) for ch in text)


def _shift(text: str, base: int, first: str = "0") -> str:
    return "".join(chr(base + ord(ch) - ord(first)) if ch.isdigit() else ch for ch in text)


def _regional(text: str) -> str:  # regional indicator letters: no compatibility folding
    return "".join(chr(0x1F1E6 + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in text)


# JSON Web Token of a magic link: header.payload.signature, base64url without padding.
JWT = ".".join([_b64url('{"alg":"HS256","typ":"JWT"}'), _b64url(json.dumps({"email": EMAIL, "exp": 1795500000})),
                "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"])
KLAVIYO_KE = _b64(json.dumps({"kl_email": EMAIL, "kl_company_id": "AbC123"}))

# Email spellings the first attack did not try. name: (spelling, forms)
EMAIL_SPELLINGS: Dict[str, Tuple[str, List[str]]] = {
    "upper-case": (EMAIL.upper(), ["zqalice"]),
    "end of a sentence": (f"write to {EMAIL}.", ["zqalice"]),
    "glued after a colon": (f"From:{EMAIL}", ["zqalice"]),
    "long TLD": (f"{LOCAL}@example.photography", ["zqalice"]),
    "deep subdomain": (f"{LOCAL}@mail.corp.example.co.uk", ["zqalice"]),
    "trailing dot domain": (f"{LOCAL}@{DOMAIN}.", ["zqalice"]),
    "numeric QQ local part": ("80012345678@qq.com", ["80012345678@qq"]),
    "RFC special characters": (f"zqalice!#$%&'*+/=?^_`{{|}}~@{DOMAIN}", ["zqalice"]),
    "RFC comment": (f"{LOCAL}(work)@{DOMAIN}", ["zqalice"]),
    "IPv6 literal domain": (f"{LOCAL}@[IPv6:2001:db8::1]", ["zqalice"]),
    "punycode domain": (f"{LOCAL}@xn--exmple-cua.com", ["zqalice"]),
    "punycode local part": (f"xn--zqalic-bva@{DOMAIN}", ["xn--zqalic-bva"]),
    "accented local part": (f"zqalicé.vançe@{DOMAIN}", ["zqalic"]),
    "doubled at": (f"{LOCAL}@@{DOMAIN}", ["zqalice"]),
    "space after at": (f"{LOCAL}@ {DOMAIN}", ["zqalice"]),
    "space before dot com": (f"{LOCAL}@example .com", ["zqalice"]),
    "HTML mailto link": (f'<a href="mailto:{EMAIL}">mail</a>', ["zqalice"]),
    "markdown mailto": (f"[mail](mailto:{EMAIL})", ["zqalice"]),
    "JSON object text": (json.dumps({"contact": EMAIL}), ["zqalice"]),
    "query string text": (f"email={quote(EMAIL)}&plan=pro", ["zqalice"]),
    "semicolon list": (f"a@x.io;{EMAIL}", ["zqalice"]),
    # spelled-out at and dot in more languages
    "French arobase point": (EMAIL.replace("@", " arobase ").replace(".", " point "), ["zqalice"]),
    "Dutch apenstaartje punt": (EMAIL.replace("@", " apenstaartje ").replace(".", " punt "), ["zqalice"]),
    "Polish malpa kropka": (EMAIL.replace("@", " małpa ").replace(".", " kropka "), ["zqalice"]),
    "Russian sobaka tochka": (EMAIL.replace("@", " собака ").replace(".", " точка "), ["zqalice"]),
    "Swedish snabel-a punkt": (EMAIL.replace("@", " snabel-a ").replace(".", " punkt "), ["zqalice"]),
    "Czech zavinac tecka": (EMAIL.replace("@", " zavináč ").replace(".", " tečka "), ["zqalice"]),
    "German Klammeraffe": (EMAIL.replace("@", " Klammeraffe "), ["zqalice"]),
    "(a) for at": (EMAIL.replace("@", " (a) "), ["zqalice"]),
    "'at' quoted words": (EMAIL.replace("@", " 'at' ").replace(".", " 'dot' "), ["zqalice"]),
    "*at* *dot*": (EMAIL.replace("@", "*at*").replace(".", "*dot*"), ["zqalice"]),
    "/at/ /dot/": (EMAIL.replace("@", "/at/").replace(".", "/dot/"), ["zqalice"]),
    "at word, real dots": (EMAIL.replace("@", " at "), ["zqalice"]),
    # new encodings
    "percent-encoded entity": (EMAIL.replace("@", "%26%2364%3B"), ["zqalice"]),
    "entity-encoded percent": (EMAIL.replace("@", "&#37;40"), ["zqalice"]),
    "triple-encoded %252540": (EMAIL.replace("@", "%252540"), ["zqalice"]),
    "entity of an entity &amp;amp;#64;": (EMAIL.replace("@", "&amp;amp;#64;"), ["zqalice"]),
    "&#38;#64;": (EMAIL.replace("@", "&#38;#64;"), ["zqalice"]),
    "long zero-padded &#x0000040;": (EMAIL.replace("@", "&#x0000040;"), ["zqalice"]),
    "JS \\u{40}": (EMAIL.replace("@", "\\u{40}"), ["zqalice"]),
    "Python \\U00000040": (EMAIL.replace("@", "\\U00000040"), ["zqalice"]),
    "double backslash \\\\u0040": (EMAIL.replace("@", "\\\\u0040"), ["zqalice"]),
    "percent-encoded backslash %5Cu0040": (EMAIL.replace("@", "%5Cu0040"), ["zqalice"]),
    "CSS escape \\40": (EMAIL.replace("@", "\\40 "), ["zqalice"]),
    "UTF-7 +AEA-": (EMAIL.replace("@", "+AEA-"), ["zqalice"]),
    "every character &#NN;": ("".join(f"&#{ord(ch)};" for ch in EMAIL), ["zqalice"]),
    "every character \\uXXXX": ("".join(f"\\u{ord(ch):04x}" for ch in EMAIL), ["zqalice"]),
    "every character %uXXXX": ("".join(f"%u{ord(ch):04X}" for ch in EMAIL), ["zqalice"]),
    "mixed encodings per character": (_mixed_encoding(EMAIL), ["zqalice"]),
    "base64 without padding": (_b64(EMAIL).rstrip("="), [_b64(EMAIL).rstrip("=")]),
    "base64url of an address with - and _": (_b64url("zq~alice>?@example.com"), [_b64url("zq~alice>?@example.com")]),
    "base64 inside text": (f"token {_b64(EMAIL)} end", [_b64(EMAIL)]),
    "base64 of JSON holding it (Klaviyo _ke)": (KLAVIYO_KE, [KLAVIYO_KE]),
    "JWT payload": (JWT, [JWT.split(".")[1]]),
    "MIME encoded-word": (f"=?UTF-8?B?{_b64(EMAIL)}?=", [_b64(EMAIL)]),
    "base32": (base64.b32encode(EMAIL.encode()).decode(), [base64.b32encode(EMAIL.encode()).decode()]),
    # invisible and look-alike characters the first attack did not use
    "left-to-right marks": ("\u200e".join(EMAIL), ["zqalice"]),
    "right-to-left marks": (EMAIL.replace("@", "\u200f@\u200f").replace(".", "\u200f.\u200f"), ["zqalice"]),
    "Arabic letter mark": (EMAIL.replace("@", "\u061c@"), ["zqalice"]),
    "Mongolian vowel separator": (EMAIL.replace("@", "\u180e@\u180e"), ["zqalice"]),
    "invisible separator and times": (EMAIL.replace("@", "\u2063@\u2062"), ["zqalice"]),
    "byte order marks": ("\ufeff".join(EMAIL), ["zqalice"]),
    "combining grapheme joiner": ("\u034f".join(EMAIL), ["zqalice"]),
    "variation selectors": ("\ufe0f".join(EMAIL), ["zqalice"]),
    "supplementary variation selectors": ("\U000e0100".join(EMAIL), ["zqalice"]),
    "Hangul fillers": (EMAIL.replace("@", "\u3164@\u3164"), ["zqalice"]),
    "Unicode tag characters": (_tags(EMAIL), [_tags(EMAIL)]),
    "tag at sign between ASCII": (EMAIL.replace("@", _tags("@")), ["zqalice"]),
    "fullwidth letters": ("".join(chr(0xFF41 + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in EMAIL),
                          ["zqalice"]),
    "math double-struck": ("".join(chr(0x1D552 + ord(ch) - 97) if "a" <= ch <= "z" and ch not in "cz" else ch
                                   for ch in EMAIL), ["qali"]),
    "math monospace": ("".join(chr(0x1D68A + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in EMAIL),
                       ["zqalice"]),
    "squared capitals": ("".join(chr(0x1F130 + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in EMAIL),
                         ["zqalice"]),
    "regional indicators": (_regional(EMAIL), [_regional(EMAIL)]),
    "Latin alpha and dotless i": (EMAIL.replace("a", "\u0251").replace("i", "\u0131"), ["zq\u0251l\u0131ce"]),
    "Coptic o and Cherokee letters": (EMAIL.upper().replace("A", "\u13aa").replace("C", "\u13df").replace(
        "E", "\u13ac"), ["ZQ\u13aaLI\u13df\u13ac"]),
    "Lisu capitals": (EMAIL.upper().replace("A", "\ua4ee").replace("C", "\ua4da").replace("E", "\ua4f0"),
                      ["ZQ\ua4eeLI\ua4da\ua4f0"]),
    "fullwidth full stop": (EMAIL.replace(".", "\uff0e"), ["zqalice"]),
    "small full stop": (EMAIL.replace(".", "\ufe52"), ["zqalice"]),
    "katakana middle dot": (EMAIL.replace(".", "\u30fb"), ["zqalice"]),
    "bullet operator": (EMAIL.replace(".", "\u2219"), ["zqalice"]),
    "dot operator": (EMAIL.replace(".", "\u22c5"), ["zqalice"]),
    "Greek ano teleia": (EMAIL.replace(".", "\u0387"), ["zqalice"]),
    # anti-spam obfuscations of web pages, copied into a property
    "HTML comment inside": (EMAIL.replace("@", "<!-- x -->@<!-- y -->"), ["zqalice"]),
    "HTML tags around the at": (EMAIL.replace("@", "<span>@</span>"), ["zqalice"]),
    "JavaScript concatenation": ("'" + LOCAL + "' + '@' + '" + DOMAIN + "'", ["zqalice"]),
    "named entity zero-width spaces": ("&ZeroWidthSpace;".join(EMAIL[:8]) + EMAIL[8:], ["zqalice"]),
    "percent-encoded full-width at": (EMAIL.replace("@", "%EF%BC%A0"), ["zqalice"]),
    "full-width parentheses (at)": (EMAIL.replace("@", "\uff08at\uff09"), ["zqalice"]),
    "corner brackets at": (EMAIL.replace("@", "\u300cat\u300d").replace(".", "\u300cdot\u300d"), ["zqalice"]),
    "provider without TLD": (f"{LOCAL}@gmail", ["zqalice"]),
    "quoted local part with a space": (f'"zqalice vance"@{DOMAIN}', ["zqalice"]),
}

# Phone numbers: national formats of many countries, and spellings the first attack did not try.
# name: (spelling, national digits that must not leave)
PHONE_SPELLINGS: Dict[str, Tuple[str, str]] = {
    "UK +44 London": ("+44 20 7946 0958", "2079460958"),
    "UK trunk London": ("020 7946 0958", "2079460958"),
    "UK parenthesised trunk": ("(020) 7946 0958", "2079460958"),
    "UK +44 (0)": ("+44 (0)20 7946 0958", "2079460958"),
    "UK 0044": ("0044 20 7946 0958", "2079460958"),
    "UK (+44) mobile": ("(+44) 7700 900173", "7700900173"),
    "UK +44(0) dashed mobile": ("+44(0)7700-900173", "7700900173"),
    "UK E.164 without plus": ("447700900173", "7700900173"),
    "DE trunk Berlin": ("030 12345678", "3012345678"),
    "DE 0049": ("0049 30 12345678", "3012345678"),
    "DE mobile dashed": ("+49-171-2345678", "1712345678"),
    "DE mobile slash spaced": ("0171 / 234 56 78", "1712345678"),
    "DE E.164 without plus": ("491712345678", "1712345678"),
    "FR dotted": ("06.12.34.56.78", "612345678"),
    "FR dashed": ("06-12-34-56-78", "612345678"),
    "FR 0033": ("0033 6 12 34 56 78", "612345678"),
    "FR +33 (0)": ("+33 (0)6 12 34 56 78", "612345678"),
    "FR landline": ("01 42 68 53 00", "142685300"),
    "FR mixed dots and spaces": ("+33 6.12.34.56.78", "612345678"),
    "IN dashed": ("+91-98765-43210", "9876543210"),
    "IN trunk": ("098765 43210", "9876543210"),
    "IN 0091": ("0091 98765 43210", "9876543210"),
    "IN bare mobile": ("9876543210", "9876543210"),
    "BR +55 mobile": ("+55 11 91234-5678", "11912345678"),
    "BR parenthesised": ("(11) 91234-5678", "11912345678"),
    "BR nine apart": ("+55 (11) 9 1234-5678", "11912345678"),
    "BR E.164 without plus": ("5511912345678", "11912345678"),
    "JP +81 mobile": ("+81 90-1234-5678", "9012345678"),
    "JP Tokyo landline": ("03-1234-5678", "312345678"),
    "JP full-width with full-width dashes": ("０９０－１２３４－５６７８", "9012345678"),
    "AU +61 mobile": ("+61 4 1234 5678", "412345678"),
    "AU trunk mobile": ("0412 345 678", "412345678"),
    "AU parenthesised landline": ("(02) 9876 5432", "298765432"),
    "ES +34 mobile": ("+34 612 34 56 78", "612345678"),
    "IT +39 mobile": ("+39 312 345 6789", "3123456789"),
    "IT mobile without prefix": ("333 123 4567", "3331234567"),
    "MX +52 1": ("+52 1 55 1234 5678", "5512345678"),
    "KR mobile": ("010-1234-5678", "1012345678"),
    "CH +41 mobile": ("+41 79 123 45 67", "791234567"),
    "ZA +27 mobile": ("+27 82 123 4567", "821234567"),
    "NG +234 mobile": ("+234 803 123 4567", "8031234567"),
    "SA Arabic-Indic digits with +": ("+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧", "501234567"),
    "IR Persian digits": ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "9123456789"),
    "TH Thai digits": ("๐๘๑ ๒๓๔ ๕๖๗๘", "812345678"),
    "BD Bengali digits": ("০১৭১১ ২৩৪৫৬৭", "1711234567"),
    "IN Devanagari without plus": ("९८७६५ ४३२१०", "9876543210"),
    "US extension x": ("650-555-0173 x123", US_DIGITS),
    "US tel with ;ext=": ("tel:+1-650-555-0173;ext=123", US_DIGITS),
    "US slashes": ("650/555/0173", US_DIGITS),
    "US +1 dotted": ("+1.650.555.0173", US_DIGITS),
    "US 1 (650)": ("1 (650) 555-0173", US_DIGITS),
    "US E.164 without plus": ("16505550173", US_DIGITS),
    "US bare ten digits": (US_DIGITS, US_DIGITS),
    "US glued after Tel:": ("Tel:650-555-0173", US_DIGITS),
    "US after ph#": ("ph#6505550173", US_DIGITS),
    "US underscores": ("650_555_0173", US_DIGITS),
    "US commas": ("650,555,0173", US_DIGITS),
    "US tel: dashed without +": ("tel:650-555-0173", US_DIGITS),
    "US sms: URI": ("sms:+16505550173?body=hi", US_DIGITS),
    "US wa.me link": ("https://wa.me/16505550173", US_DIGITS),
    "US right-to-left marks": ("\u200f+1 650 555 0173\u200f", US_DIGITS),
    "US keycap emoji digits": ("".join(f"{d}\ufe0f\u20e3" for d in "6505550173"), US_DIGITS),
    "US circled digits": ("⑥⑤⓪ ⑤⑤⑤ ⓪①⑦③", US_DIGITS),
    "US math bold digits": (_shift("650 555 0173", 0x1D7CE), US_DIGITS),
    "US mixed scripts per digit": ("6\uff155\u0660 \u096b5\uff15 0\u0661\u0667\u0969", US_DIGITS),
    "US double-encoded": ("%252B1%2520650%2520555%25200173", US_DIGITS),
    "US spelled out": ("six five zero five five five zero one seven three", "six five zero five five five"),
}

# IP addresses in spellings the first attack did not try. name: (spelling, form)
IP_SPELLINGS: Dict[str, Tuple[str, str]] = {
    "IPv4 public plain": (IP4, IP4),
    "IPv4 CIDR": (f"{IP4}/32", IP4),
    "IPv4 end of a sentence": (f"from {IP4}.", IP4),
    "IPv4 glued after IP:": (f"IP:{IP4}", IP4),
    "IPv4 second of a forwarded list": (f"10.0.0.1, {IP4}", IP4),
    "IPv4 decimal": (str(IP4_INT), str(IP4_INT)),
    "IPv4 hex": (f"0x{IP4_INT:08x}", f"{IP4_INT:08x}"),
    "IPv4 dotted hex": ("0x51.0x2.0x45.0xa0", "0x51.0x2.0x45.0xa0"),
    "IPv4 dotted octal": ("0121.02.0105.0240", "0121.02.0105.0240"),
    "IPv4 three parts": ("81.2.17824", "81.2.17824"),
    "IPv4 reverse DNS": ("160.69.2.81.in-addr.arpa", "160.69.2.81"),
    "IPv4 ISP host name": ("81-2-69-160.dsl.example.net", IP4_DIGITS),
    "IPv4 cloud host name": ("ec2-81-2-69-160.compute-1.amazonaws.com", IP4_DIGITS),
    "IPv4 underscores": ("81_2_69_160", IP4_DIGITS),
    "IPv4 Arabic-Indic digits": ("٨١.٢.٦٩.١٦٠", IP4_DIGITS),
    "IPv4 full-width dots": ("81\uff0e2\uff0e69\uff0e160", IP4_DIGITS),
    "IPv4 in an http URL": (f"http://{IP4}/admin", IP4),
    "IPv4 decimal in an http URL": (f"http://{IP4_INT}/admin", str(IP4_INT)),
    "IPv6 compressed": (IP6, IP6),
    "IPv6 Cloudflare short": ("2606:4700::6810:84e5", "2606:4700::6810:84e5"),
    "IPv6 full upper-case zero-padded": ("2A00:1450:4001:082B:0000:0000:0000:200E", "2a00:1450:4001:082b"),
    "IPv6 uncompressed zeros": ("2a00:1450:4001:82b:0:0:0:200e", "2a00:1450:4001:82b"),
    "IPv6 IPv4-mapped upper-case": (f"::FFFF:{IP4}", IP4),
    "IPv6 IPv4-mapped hex": ("::ffff:5102:45a0", "5102:45a0"),
    "IPv6 IPv4-compatible": (f"::{IP4}", IP4),
    "IPv6 NAT64": (f"64:ff9b::{IP4}", IP4),
    "IPv6 6to4": ("2002:5102:45a0::1", "2002:5102:45a0"),
    "IPv6 ipv6-literal host": ("2a00-1450-4001-82b--200e.ipv6-literal.net", "2a00-1450-4001-82b--200e"),
    "IPv6 zone percent-encoded": ("fe80::1ff:fe23:4567:890a%25en0", "fe80::1ff:fe23:4567:890a"),
    "IPv6 in brackets": (f"[{IP6}]", IP6),
}


def _luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number if d.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def _iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "").replace("-", "").upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


# Builders of valid ids for the later attacks (each check digit computed by the rule _luhn_ok and _iban_ok test).
def luhn_complete(prefix: str) -> str:
    """`prefix` and the digit that makes it pass Luhn's check."""
    return next(prefix + last for last in "0123456789" if _luhn_ok(prefix + last))


def iban(country: str, bban: str) -> str:
    moved = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def spaced(text: str, size: int = 4) -> str:
    return " ".join(text[i:i + size] for i in range(0, len(text), size))


def _nir(body: str) -> str:  # French social security number with its key
    digits = body.replace(" ", "")
    return f"{body} {97 - int(digits) % 97:02d}"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _row in range(2, 8):  # row i is the permutation of row 1 applied i times
    _VP.append([_VP[1][_VP[_row - 1][j]] for j in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _aadhaar(body: str) -> str:  # an 11-digit body with its Verhoeff check digit
    check = 0
    for i, ch in enumerate(reversed(body + "0")):
        check = _VD[check][_VP[i % 8][int(ch)]]
    digits = body + str(_VINV[check])
    return f"{digits[:4]} {digits[4:8]} {digits[8:]}"


# Payment cards, IBANs and national ids. name: (spelling, form)
ID_SPELLINGS: Dict[str, Tuple[str, str]] = {
    "card Visa spaced": ("4111 1111 1111 1111", "4111111111111111"),
    "card Mastercard dashed": ("5555-5555-5555-4444", "5555555555554444"),
    "card Amex 4-6-5": ("3782 822463 10005", "378282246310005"),
    "card Discover": ("6011 1111 1111 1117", "6011111111111117"),
    "card JCB": ("3530 1113 3330 0000", "3530111333300000"),
    "card Diners 14 digits": ("3056 9309 0259 04", "30569309025904"),
    "card UnionPay": ("6200 0000 0000 0005", "6200000000000005"),
    "card Maestro": ("6759 6498 2643 8453", "6759649826438453"),
    "card Mastercard 2-series": ("2223 0031 2200 3222", "2223003122003222"),
    "card Visa dotted": ("4111.1111.1111.1111", "4111111111111111"),
    "card Visa slashes": ("4111/1111/1111/1111", "4111111111111111"),
    "card Visa compact in text": ("card 4111111111111111 exp 12/29", "4111111111111111"),
    "card Visa full-width digits": (_shift("4111 1111 1111 1111", 0xFF10), "4111111111111111"),
    "card Visa Arabic-Indic digits": (_shift("4111 1111 1111 1111", 0x0660), "4111111111111111"),
    "card Visa every digit spaced": (" ".join("4111111111111111"), "4111111111111111"),
    "IBAN DE spaced": ("DE89 3704 0044 0532 0130 00", "370400440532013000"),
    "IBAN GB with bank code": ("GB82 WEST 1234 5698 7654 32", "12345698765432"),
    "IBAN FR with a letter": ("FR14 2004 1010 0505 0001 3M02 606", "20041010050500013"),
    "IBAN NL": ("NL91 ABNA 0417 1643 00", "0417164300"),
    "IBAN ES": ("ES91 2100 0418 4502 0005 1332", "21000418450200051332"),
    "IBAN IT": ("IT60 X054 2811 1010 0000 0123 456", "0542811101000000123456"),
    "IBAN BE": ("BE68 5390 0754 7034", "539007547034"),
    "IBAN lower-case compact": ("de89370400440532013000", "370400440532013000"),
    "IBAN dashed": ("DE89-3704-0044-0532-0130-00", "370400440532013000"),
    "SSN dashed": ("078-05-1120", "078051120"),
    "SSN spaced": ("078 05 1120", "078051120"),
    "SSN after a label": ("SSN 078051120", "078051120"),
    "ITIN": ("912-78-1234", "912781234"),
    "CPF formatted": ("123.456.789-09", "12345678909"),
    "CPF compact": ("CPF 12345678909", "12345678909"),
    "national UK NI number": ("AB 12 34 56 C", "AB123456C"),
    "national Spanish DNI": ("12345678Z", "12345678Z"),
    "national Spanish NIE": ("X1234567L", "X1234567L"),
    "national Italian codice fiscale": ("RSSMRA85T10A562S", "RSSMRA85T10A562S"),
    "national French NIR": (_nir("1 85 05 78 006 084"), "1850578006084"),
    "national Dutch BSN": ("111222333", "111222333"),
    "national Indian Aadhaar": (_aadhaar("23456789012"), "23456789012"),
    "national Indian PAN": ("ABCPE1234F", "ABCPE1234F"),
    "national Chinese resident id": ("11010519491231002X", "11010519491231002"),
    "national Canadian SIN": ("046 454 286", "046454286"),
    "national Swedish personnummer": ("811218-9876", "8112189876"),
    "national Polish PESEL": ("44051401458", "44051401458"),
    "national Finnish HETU": ("131052-308T", "131052308"),
    "national Danish CPR": ("010190-1234", "0101901234"),
    "national Korean RRN": ("800101-1234567", "8001011234567"),
    "national Mexican CURP": ("GOMC800101HDFNRR09", "GOMC800101HDFNRR09"),
    "national German tax id": ("86095742719", "86095742719"),
}
assert all(_luhn_ok(form) for name, (_, form) in ID_SPELLINGS.items() if name.startswith("card"))
assert all(_iban_ok(value) for name, (value, _) in ID_SPELLINGS.items() if name.startswith("IBAN"))


# Places: where an event carries a value, beyond the first attack's. Each returns (kind, overrides).
def _place(place: str, value: str, ms: int) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    product = {"name": "Product Viewed"}
    order = {"name": "Order Completed"}
    url = "https://shop.example.com"
    simple: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"comment": value}}),
        "text around it": ("track", {"properties": {"gift_message": f"Pour {value} merci !"}}),
        "variant": ("track", {**product, "properties": {"product_id": "SKU-1", "variant": value, "price": "5"}}),
        "brand": ("track", {**product, "properties": {"product_id": "SKU-1", "brand": value, "price": "5"}}),
        "single product name": ("track", {**product, "properties": {"product_id": "SKU-1", "name": value}}),
        "single product category": ("track", {**product, "properties": {"sku": "SKU-1", "category": value}}),
        "single product id": ("track", {**product, "properties": {"product_id": value, "price": "5"}}),
        "product (WIT) brand": ("track", {"name": "Product Added", "products": [{"sku": "S-1", "brand": value}]}),
        "product (WIT) category": ("track", {"name": "Product Added",
                                             "products": [{"sku": "S-1", "category": value}]}),
        "product (WIT) variant": ("track", {"name": "Product Added", "products": [{"sku": "S-1", "variant": value}]}),
        "contents category": ("track", {"name": "Product Added",
                                        "properties": {"contents": json.dumps([{"id": "S-1", "category": value}])}}),
        "coupon of a purchase": ("track", {**order, "properties": {"coupon": value, "value": "5", "currency": "EUR"}}),
        "content_name": ("track", {**order, "properties": {"content_name": value, "value": "5", "currency": "EUR"}}),
        "search query": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "page name": ("page", {"properties": {"name": value}}),
        "page category": ("page", {"properties": {"category": value}}),
        "page title": ("page", {"title": value}),
        "page search raw": ("page", {"url": f"{url}/s", "search": f"?q={value}"}),
        "url path": ("page", {"url": f"{url}/u/{q}/orders"}),
        "url path raw": ("page", {"url": f"{url}/u/{value}/orders"}),
        "url query value": ("page", {"url": f"{url}/p?ref={q}"}),
        "utm_content": ("page", {"url": f"{url}/p?utm_source=mail&utm_content={q}"}),
        "url matrix parameter": ("page", {"url": f"{url}/p;ref={q}/x"}),
        "fragment route query": ("page", {"url": f"{url}/#/checkout?ref={q}"}),
        "fragment route path": ("page", {"url": f"{url}/#!/u/{value}"}),
        "IDN host with query": ("page", {"url": f"https://bücher.example/p?ref={q}"}),
        "referrer path": ("page", {"referrer": f"https://mail.example.net/u/{q}/inbox"}),
        "referrer path raw": ("page", {"referrer": f"https://mail.example.net/u/{value}/inbox"}),
        "referrer fragment": ("page", {"referrer": f"https://mail.example.net/#inbox/{q}"}),
        "referrer user info": ("page", {"referrer": f"https://{q}@mail.example.net/"}),
        "subscription_id": ("track", {"properties": {"subscription_id": value}}),
        "visitor non-identity property": ("track", {"visitor": {"email": "visitor@example.com", "nickname": value}}),
        "user anonymous_id": ("user", {"anonymous_id": value}),
        "user edgee_id": ("user", {"edgee_id": value}),
        "key of a custom property": ("track", {"properties": {value: "1"}}),
        "key of a query parameter": ("page", {"url": f"{url}/p?{q}=1"}),
        "key of a contents item": ("track", {"name": "Product Added",
                                             "properties": {"contents": json.dumps([{"id": "S-1", value: "1"}])}}),
        "err currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
        "err value": ("track", {**order, "properties": {"value": value, "currency": "EUR"}}),
        "err opt_out": ("track", {"properties": {"opt_out": value}}),
        "err data_processing_options": ("track", {"properties": {"data_processing_options": value}}),
        "err data_processing_options_country": ("track", {"properties": {"data_processing_options": "LDU",
                                                                         "data_processing_options_country": value}}),
        "err contents price": ("track", {**order, "properties": {
            "currency": "EUR", "contents": json.dumps([{"id": "S-1", "item_price": value}])}}),
        "err contents quantity": ("track", {**order, "properties": {
            "currency": "EUR", "contents": json.dumps([{"id": "S-1", "item_price": 5, "quantity": value}])}}),
        "err priced product id": ("track", {**order, "properties": {
            "currency": "EUR", "contents": json.dumps([{"id": value, "item_price": 5}])}}),
        "err event name": ("track", {"name": value}),
        "content_type": ("track", {"name": "Product Added",
                                   "properties": {"content_type": value, "contents": '[{"id": "S-1"}]'}}),
        "delivery_category": ("track", {"properties": {"delivery_category": value}}),
        "predicted_ltv": ("track", {"name": "Subscribe", "properties": {"predicted_ltv": value}}),
        "fbc payload": ("track", {"properties": {"fbc": f"fb.1.{ms}.{value}"}}),
    }
    return simple[place]


# Where each spelling table is tried: free text, ids, URL parts and the fields the first attack left out.
EMAIL_PLACES = ["custom property", "variant", "page title", "url path", "fragment route query", "referrer path"]
PHONE_PLACES = ["custom property", "text around it", "page title", "url path", "url query value",
                "fragment route query"]
IP_PLACES = ["custom property", "text around it", "page title", "url query value", "referrer path"]
ID_PLACES = ["custom property", "text around it", "url query value", "page title"]
# Every new place, with a plain value of each kind.
PLAIN = {"email": (EMAIL, ["zqalice"]), "phone": ("+44 7700 900173", ["7700900173"]),
         "ip": (IP4, [IP4]), "card": ("4111 1111 1111 1111", ["4111111111111111"]),
         "iban": ("DE89 3704 0044 0532 0130 00", ["370400440532013000"])}
FIELD_PLACES = ["variant", "brand", "single product name", "single product category", "single product id",
                "product (WIT) brand", "product (WIT) category", "product (WIT) variant", "contents category",
                "coupon of a purchase", "content_name", "search query", "page name", "page category", "page title",
                "page search raw", "url path raw", "utm_content", "url matrix parameter", "fragment route query",
                "fragment route path", "IDN host with query", "referrer path", "referrer path raw",
                "referrer fragment", "referrer user info", "subscription_id", "visitor non-identity property",
                "user anonymous_id", "user edgee_id", "key of a custom property", "key of a query parameter",
                "key of a contents item", "err currency", "err value", "err opt_out", "err data_processing_options",
                "err data_processing_options_country", "err contents price", "err contents quantity",
                "err priced product id", "err event name", "content_type", "delivery_category", "predicted_ltv"]


def value_cases(ms: int) -> Iterator[Case]:
    for name, (spelling, forms) in EMAIL_SPELLINGS.items():
        for place in EMAIL_PLACES:
            yield (f"email {name} @ {place}", *_place(place, spelling, ms), forms)
    for name, (spelling, digits) in PHONE_SPELLINGS.items():
        for place in PHONE_PLACES:
            yield (f"phone {name} @ {place}", *_place(place, spelling, ms), [digits])
    for name, (spelling, form) in IP_SPELLINGS.items():
        for place in IP_PLACES:
            yield (f"ip {name} @ {place}", *_place(place, spelling, ms), [form])
    for name, (spelling, form) in ID_SPELLINGS.items():
        for place in ID_PLACES:
            yield (f"id {name} @ {place}", *_place(place, spelling, ms), [form])
    for place in FIELD_PLACES:
        for kind, (value, forms) in PLAIN.items():
            yield (f"field {kind} @ {place}", *_place(place, value, ms), forms)


# Meta's own identifiers shaped to carry a phone number or an address, and split values.
def meta_cases(ms: int) -> Iterator[Case]:
    url = "https://shop.example.com/p"
    for name, payload, form in [
        ("phone dashed", "650-555-0173", US_DIGITS), ("phone underscores", "650_555_0173", US_DIGITS),
        ("phone in two runs", "IwAR16505-550173", US_DIGITS), ("IP dashed", "81-2-69-160", IP4_DIGITS),
        ("base64 of a phone", _b64url("+16505550173"), _b64url("+16505550173")),
        ("base64 of an address", _b64url(EMAIL), _b64url(EMAIL)),
    ]:
        yield (f"meta fbc payload {name}", "track", {"properties": {"fbc": f"fb.1.{ms}.{payload}"}}, [form])
        yield (f"meta fbclid {name}", "page", {"url": f"{url}?fbclid={payload}"}, [form])
        yield (f"meta visitor fbc {name}", "track",
               {"visitor": {"email": "visitor@example.com", "fbc": f"fb.1.{ms}.{payload}"}}, [form])
    yield ("meta fbc subdomain index is a phone", "track",
           {"properties": {"fbc": f"fb.16505550173.{ms}.IwAR2xYzAbC"}}, [US_DIGITS])
    yield ("meta fbp subdomain index is a phone", "track",
           {"properties": {"fbp": f"fb.16505550173.{ms}.1234567890"}}, [US_DIGITS])
    yield ("meta fbp creation time is a phone", "track",
           {"properties": {"fbp": "fb.1.16505550173.1234567890"}}, [US_DIGITS])
    yield ("meta fbp random is a UK phone", "track", {"properties": {"fbp": f"fb.1.{ms}.07700900173"}}, ["7700900173"])
    yield ("meta fbp appendix holds letters of an address", "track",
           {"properties": {"fbp": f"fb.1.{ms}.1234567890.zqalice@"}}, ["zqalice"])
    for field in ("event_id", "order_id"):
        for name, value, form in [
            ("card", "4111111111111111", "4111111111111111"), ("IBAN", "DE89370400440532013000", "3704004405320130"),
            ("IPv6", IP6, IP6), ("IPv4 decimal", str(IP4_INT), str(IP4_INT)),
            ("UK dialled phone", "+447700900173", "7700900173"), ("JWT", JWT, JWT.split(".")[1]),
            ("base64 of an address with padding", _b64(EMAIL), _b64(EMAIL)),
        ]:
            yield (f"meta {field} {name}", "track",
                   {"name": "Order Completed", "properties": {field: value, "value": "5", "currency": "EUR"}}, [form])
    for name, value, form in [("phone", "+16505550173", US_DIGITS), ("IPv4", IP4, IP4), ("card", "4111111111111111",
                                                                                       "4111111111111111")]:
        yield (f"meta content_ids JSON {name}", "track",
               {"name": "Product Viewed", "properties": {"content_ids": json.dumps(["SKU-1", value])}}, [form])
    yield ("meta test_event_code property holds an address", "track",
           {"properties": {"test_event_code": EMAIL}}, ["zqalice"])
    yield ("meta lead_id holds an address", "track", {"properties": {"lead_id": EMAIL}}, ["zqalice"])
    yield ("meta fb_login_id holds a dialled phone", "track", {"properties": {"fb_login_id": "+16505550173"}},
           [US_DIGITS])
    yield ("meta subscription_id holds a JWT", "track", {"properties": {"subscription_id": JWT}}, [JWT.split(".")[1]])


SPLIT_CASES: List[Case] = [
    ("split phone across key and value", "track", {"properties": {"+1 650": "555 0173"}}, [US_DIGITS]),
    ("split phone across query key and value", "page", {"url": "https://shop.example.com/p?%2B1650=5550173"},
     [US_DIGITS]),
    ("split address across query and fragment", "page",
     {"url": f"https://shop.example.com/p?u={LOCAL}#@{DOMAIN}"}, ["zqalice"]),
    ("split address across path and query", "page", {"url": f"https://shop.example.com/{LOCAL}?@{DOMAIN}"},
     ["zqalice"]),
    ("split address across key with dot and value", "track", {"properties": {f"{LOCAL}@example.": "com"}},
     ["zqalice"]),
    ("split phone across path segments without plus", "page", {"url": "https://shop.example.com/call/650/555/0173"},
     [US_DIGITS]),
    ("split trunk phone across path segments", "page", {"url": "https://shop.example.com/tel/0612/345678"},
     ["612345678"]),
    ("split IPv4 across path segments", "page", {"url": "https://shop.example.com/ip/81/2/69/160"}, [IP4_DIGITS]),
    ("split address across two query values", "page",
     {"url": f"https://shop.example.com/p?a={LOCAL}%40&b={DOMAIN}"}, ["zqalice"]),
]


# URLs a careless site or a hostile visitor sends. name: (url, forms)
URL_CASES: Dict[str, Tuple[str, List[str]]] = {
    "user info without password": (f"https://{LOCAL}@shop.example.com/p", ["zqalice"]),
    "user info is an encoded address": (f"https://{quote(EMAIL, safe='')}@shop.example.com/p", ["zqalice"]),
    "user info is a phone": ("https://+16505550173:x@shop.example.com/p", [US_DIGITS]),
    "host is a decimal IPv4": (f"http://{IP4_INT}/p", [str(IP4_INT)]),
    "host is a hex IPv4": (f"http://0x{IP4_INT:08x}/p", [f"{IP4_INT:08x}"]),
    "host is a dotted octal IPv4": ("http://0121.02.0105.0240/p", ["0121.02.0105.0240"]),
    "host is a three-part IPv4": ("http://81.2.17824/p", ["81.2.17824"]),
    "host is an IPv4-mapped IPv6": (f"http://[::ffff:{IP4}]/p", [IP4]),
    "host is an IPv6 with port": (f"http://[{IP6}]:8080/p", [IP6]),
    "host is an IPv4 with a trailing dot": (f"http://{IP4}./p", [IP4]),
    "host is a full-width IPv4": ("http://８１．２．６９．１６０/p", [IP4_DIGITS]),
    "host is a nip.io name holding an IPv4": (f"http://{IP4}.nip.io/p", [IP4]),
    "fragment route with email key": (f"https://shop.example.com/#/account?email={quote(EMAIL)}", ["zqalice"]),
    "hashbang route with address": (f"https://shop.example.com/#!/user/{EMAIL}", ["zqalice"]),
    "fragment OAuth response": (f"https://shop.example.com/cb#access_token=abc&email={quote(EMAIL)}", ["zqalice"]),
    "fragment phone parameter": ("https://shop.example.com/#phone=%2B16505550173", [US_DIGITS]),
    "query with plus for spaces": ("https://shop.example.com/s?q=call+me+650+555+0173", [US_DIGITS]),
    "query value is a nested URL with an address": (
        "https://shop.example.com/login?next=" + quote(f"https://shop.example.com/a?email={quote(EMAIL)}", safe=""),
        ["zqalice"]),
    "query repeated key, second holds address": (f"https://shop.example.com/p?a=1&a={EMAIL}", ["zqalice"]),
    "query value with an encoded ampersand": (f"https://shop.example.com/p?q=x%26email%3D{quote(EMAIL)}", ["zqalice"]),
    "Klaviyo _ke parameter": (f"https://shop.example.com/p?_ke={quote(KLAVIYO_KE)}", [KLAVIYO_KE[:40]]),
    "magic link JWT": (f"https://shop.example.com/login?token={JWT}", [JWT.split(".")[1]]),
    "unsubscribe link base64url path": (f"https://shop.example.com/unsubscribe/{_b64url(EMAIL)}/confirm",
                                        [_b64url(EMAIL)]),
    "Mailchimp merge tag filled": (f"https://shop.example.com/p?utm_source=mc&mc_email={quote(EMAIL)}", ["zqalice"]),
    "utm_term holds a phone": ("https://shop.example.com/p?utm_term=%2B447700900173", ["7700900173"]),
    "utm_campaign glued to an address": (f"https://shop.example.com/p?utm_campaign=welcome_{EMAIL}", ["zqalice"]),
    "path with encoded slash and address": (f"https://shop.example.com/u%2F{quote(EMAIL)}%2Forders", ["zqalice"]),
    "backslash URL": (f"https:\\\\shop.example.com\\u\\{EMAIL}", ["zqalice"]),
    "scheme-relative URL": (f"//shop.example.com/p?email={quote(EMAIL)}", ["zqalice"]),
    "mailto URL as page URL": (f"mailto:{EMAIL}", ["zqalice"]),
    "tel URL as page URL": ("tel:+16505550173", [US_DIGITS]),
    "URL with a space and phone": ("https://shop.example.com/p?q=650 555 0173", [US_DIGITS]),
    "URL with a tab in the address": (f"https://shop.example.com/p?q={LOCAL}\t@{DOMAIN}", ["zqalice"]),
    "data URL holding an address": (f"data:text/plain,{quote(EMAIL)}", ["zqalice"]),
    "path segment with semicolon parameter": (f"https://shop.example.com/a;email={EMAIL}/b", ["zqalice"]),
    "query separated by semicolons": (f"https://shop.example.com/p?a=1;email={quote(EMAIL)}", ["zqalice"]),
}


def url_cases() -> Iterator[Case]:
    for name, (url, forms) in URL_CASES.items():
        yield (f"url {name} @ page URL", "page", {"url": url}, forms)
        if not url.startswith(("mailto:", "tel:", "data:")):
            yield (f"url {name} @ referrer", "page", {"referrer": url}, forms)


# Personal keys in forms the first attack did not try, with a neutral marker value (only the key can tell).
PERSONAL_KEYS: Dict[str, List[str]] = {
    "case and separators": ["billingEmailAddress", "CUSTOMER_PHONE", "customer-phone", "Shipping-Address-Line-1",
                            "EMAILADDRESS", "PhoneNumber", "eMail", "E_Mail", "e-mail", "e.mail", "mail",
                            "emailAddr", "telNo", "tel_no", "mobNo", "cellphone", "cell_phone", "handynummer",
                            "Handy", "postcode", "post_code", "plz", "cep", "codigo_postal", "code_postal",
                            "birthdate", "bday", "dateOfBirth", "sex", "geschlecht", "sexe", "sexo",
                            "streetName", "strasse", "straße", "hausnummer", "rue", "calle", "apt", "suite_number",
                            "ipAddress", "ipv4", "ipv6", "remote_ip", "clientIP", "userIp"],
    "with digits": ["email2", "phone_1", "phone1", "addr1", "address2", "mobile_2", "tel2", "ip4",
                    "firstName1", "zip5"],
    "prefixed": ["x-email", "x-forwarded-for", "X-Real-IP", "cf-connecting-ip", "true-client-ip", "_email",
                 "__email__", "$email", "@email", "customer_email", "ctx_phone", "utm_email", "hs_email"],
    "dotted and bracketed paths": ["customer.email", "user.phone", "billing.address.line1", "traits.email",
                                   "context.traits.phone", "$.customer.email", "customer[email]",
                                   "customer[0][phone]", "properties/email", "user:email", "data.attributes.ip",
                                   "shipping[address][street]"],
    "account ids": ["external_id", "externalId", "customer_id", "customerId", "client_id", "member_id",
                    "memberNumber", "account_id", "accountNumber", "loyalty_id", "loyaltyNumber", "crm_id",
                    "contact_id", "visitor_id", "uid", "userid", "user-id", "userId", "ajs_user_id",
                    "ajs_anonymous_id", "ga_client_id", "idfv", "android_id", "advertising_id", "adid",
                    "email_sha256", "hashed_email"],
    "ids and finance": ["sozialversicherungsnummer", "steuer_id", "steuernummer", "nif", "nie", "curp", "rfc",
                        "rut", "cuit", "aadhaar", "pan_number", "nric", "hkid", "sin", "tfn", "nhs_number",
                        "medicare_number", "account_number", "routing_number", "card_number", "cc_number",
                        "ccnum", "cvv", "cvc", "card_expiry", "bank_account", "kontonummer", "password",
                        "passwd", "pwd"],
    "scripts": ["téléphone", "teléfono", "E-Mail-Adresse", "Geburtsdatum", "電子郵件", "電郵", "メールアドレス",
                "メール", "電話", "携帯番号", "이메일", "전화번호", "주소", "이름", "البريد_الإلكتروني", "هاتف",
                "الاسم", "عنوان", "טלפון", "דואל", "שם_משפחה", "फ़ोन", "ईमेल", "नाम", "पता", "อีเมล",
                "โทรศัพท์", "ที่อยู่", "τηλέφωνο", "διεύθυνση", "όνομα", "επώνυμο", "прізвище",
                "електронна_пошта", "почта", "эл_почта", "емейл", "номер_телефона"],
    "look-alikes": ["ema\u0456l", "ph\u03bfne", "emaiI", "EMA1L", "e\u200bmail", "\u0435mail_address",
                    "\uff45\uff4d\uff41\uff49\uff4c", "𝐞𝐦𝐚𝐢𝐥", "ⓔⓜⓐⓘⓛ", "p\u0068\u043ene",
                    "e\u00admail", "em\u0430il", "fírst_name", "addréss"],
    "encoded": ["email%5B0%5D", "e%2Dmail", "&#101;mail", "phone%00", "%65%6d%61%69%6c"],
    "phone words": ["telefon", "telefone", "telephone", "fone", "celular", "movil", "móvil", "cellulare", "gsm",
                    "natel", "mobil", "puhelin", "nr_tel", "phone_no", "contact_no", "mobile_no", "whatsapp_number"],
    "messaging and social": ["wechat", "weixin", "line_id", "telegram", "skype", "viber", "kakao", "twitter_handle",
                             "instagram", "linkedin_url", "facebook_profile", "username", "user_name", "screen_name",
                             "display_name", "nickname", "avatar_url", "profile_picture"],
    "recipients and contacts": ["recipient_name", "sender_name", "ship_to_name", "bill_to", "ship_to", "deliver_to",
                                "care_of", "emergency_contact", "next_of_kin", "spouse_name",
                                "child_name", "mother_maiden_name", "guardian"],
    "devices and vehicles": ["imei", "mac_address", "license_plate", "kenteken", "kennzeichen",
                             "vin", "geohash", "coordinates", "gps_position", "plus_code"],
    "special categories": ["religion", "ethnicity", "health_condition", "diagnosis", "medication", "blood_type",
                           "pregnancy_due_date", "sexual_orientation", "political_party", "disability",
                           "trade_union"],
}


def key_cases() -> Iterator[Case]:
    url = "https://shop.example.com/p"
    places = ["custom property", "url query", "fragment query", "product (WIT)", "page property"]
    index = 0
    for group, keys in PERSONAL_KEYS.items():
        for key in keys:
            yield (f"key {group} {key}: custom property", "track", {"properties": {key: MARKER}}, [MARKER])
            # one more place per key, in turn, so every place meets every group
            place = places[1 + index % (len(places) - 1)]
            index += 1
            if place == "url query":
                overrides: Dict[str, Any] = {"url": f"{url}?{quote(key)}={MARKER}"}
                kind = "page"
            elif place == "fragment query":
                overrides, kind = {"url": f"{url}#/route?{quote(key)}={MARKER}"}, "page"
            elif place == "product (WIT)":
                overrides, kind = {"name": "Product Added", "products": [{"sku": "S-1", key: MARKER}]}, "track"
            else:
                overrides, kind = {"properties": {key: MARKER}}, "page"
            yield (f"key {group} {key}: {place}", kind, overrides, [MARKER])


# The flat `contents` and `content_ids` JSON in shapes a careless developer writes.
def json_cases() -> Iterator[Case]:
    added = {"name": "Product Added"}
    shapes = {
        "nested object in an item": [{"id": "S-1", "meta": {"contact": EMAIL}}],
        "nested personal key in an item": [{"id": "S-1", "customer": {"email": MARKER}}],
        "array of strings": [EMAIL],
        "array in an item": [{"id": "S-1", "tags": ["gift", EMAIL]}],
        "item id is a number shaped as a phone": [{"id": 16505550173, "quantity": 1}],
        "item title escaped full-width at": [{"id": "S-1", "title": EMAIL.replace("@", "\uff20")}],
        "item key escaped personal": [{"id": "S-1", "\u0065mail": MARKER}],
    }
    for name, shape in shapes.items():
        text = json.dumps(shape).replace("\\\\u", "\\u")
        forms = [MARKER] if MARKER in text else ([US_DIGITS] if "1650" in text else ["zqalice"])
        yield (f"json contents {name}", "track", {**added, "properties": {"contents": text}}, forms)
    duplicate = '[{"id": "S-1", "title": "Hat", "title": "' + EMAIL + '"}]'
    yield ("json contents duplicate key, second holds an address", "track",
           {**added, "properties": {"contents": duplicate}}, ["zqalice"])
    yield ("json content_ids nested array", "track",
           {"name": "Product Viewed", "properties": {"content_ids": json.dumps([["SKU-1", EMAIL]])}}, ["zqalice"])
    yield ("json content_ids object", "track",
           {"name": "Product Viewed", "properties": {"content_ids": json.dumps({"SKU-1": EMAIL})}}, ["zqalice"])
    yield ("json content_ids escaped at", "track",
           {"name": "Product Viewed", "properties": {"content_ids": '["SKU-1", "zqalice.vance\\u0040example.com"]'}},
           ["zqalice"])


# A user agent is Meta's raw field, but the README says one holding an email is not sent: bots write it so.
AGENT_SPELLINGS = {
    "plain contact": f"ExampleBot/1.0 (+mailto:{EMAIL})",
    "[at] [dot]": f"ExampleBot/1.0 (contact: {LOCAL} [at] example [dot] com)",
    "(at)": f"ExampleBot/1.0 ({LOCAL}(at)example.com)",
    "percent-encoded": f"ExampleBot/1.0 ({quote(EMAIL)})",
    "full-width at": f"ExampleBot/1.0 ({EMAIL.replace('@', chr(0xFF20))})",
    "entity": f"ExampleBot/1.0 ({EMAIL.replace('@', '&#64;')})",
    "zero-width joiner in at": f"ExampleBot/1.0 ({EMAIL.replace('@', chr(0x200D) + '@')})",
}


def agent_cases() -> Iterator[Case]:
    for name, agent in AGENT_SPELLINGS.items():
        yield (f"agent {name}", "track", {"user_agent": agent}, ["zqalice"])


# Real-world text blobs pasted into a free-text property (gift message, note, form dump).
TEXTS = {
    "vCard": (f"BEGIN:VCARD\nFN:A V\nTEL;TYPE=cell:+16505550173\nEMAIL:{EMAIL}\nEND:VCARD", ["zqalice", US_DIGITS]),
    "vCard tel URI": ("TEL;VALUE=uri:tel:+1-650-555-0173", [US_DIGITS]),
    "CSV row": (f"Alice;Vance;{EMAIL};+33612345678", ["zqalice", "612345678"]),
    "CSV row phone glued by semicolons": ("Alice;Vance;0612345678;Paris", ["612345678"]),
    "JSON text with phone": ('{"phone":"0612345678"}', ["612345678"]),
    "HTML line breaks": (f"Alice<br>{EMAIL}<br>06 12 34 56 78", ["zqalice", "612345678"]),
    "form dump": (f"name=Alice&email={quote(EMAIL)}&tel=%2B33612345678", ["zqalice", "612345678"]),
    "signature": (f"--\nAlice Vance | M: +44 7700 900173 | E: {EMAIL}", ["zqalice", "7700900173"]),
    "WhatsApp style": ("wa: +49 171 2345678 😊", ["1712345678"]),
    "IP log line": (f'{IP4} - - [29/Nov/2024:10:30:00 +0000] "GET / HTTP/1.1"', [IP4]),
    "Markdown link with tel": ("[call](tel:+16505550173)", [US_DIGITS]),
}


def text_cases() -> Iterator[Case]:
    for name, (text, forms) in TEXTS.items():
        yield (f"text {name} @ custom property", "track", {"properties": {"message": text}}, forms)
        yield (f"text {name} @ page title", "page", {"title": text}, forms)


# Fields of the event that are not URLs or properties, holding what a hostile visitor puts there.
CONTEXT_CASES: List[Case] = [
    ("context page URL is a bare address", "page", {"url": EMAIL}, ["zqalice"]),
    ("context page URL without a scheme", "page", {"url": f"shop.example.com/p?email={quote(EMAIL)}"}, ["zqalice"]),
    ("context referrer is a bare address", "page", {"referrer": EMAIL}, ["zqalice"]),
    ("context referrer is a bare phone", "page", {"referrer": "+1 650 555 0173"}, [US_DIGITS]),
    ("context client ip is an address", "track", {"ip": EMAIL}, ["zqalice"]),
    ("context client ip list holds an address", "track", {"ip": f"{EMAIL}, {IP4}"}, ["zqalice"]),
    ("context country code is an address", "track", {"country_code": EMAIL}, ["zqalice"]),
    ("context page search without a URL query, encoded", "page",
     {"url": "https://shop.example.com/s", "search": f"?email={quote(EMAIL)}"}, ["zqalice"]),
    ("context page search without a question mark", "page",
     {"url": "https://shop.example.com/s", "search": f"email={quote(EMAIL)}"}, ["zqalice"]),
    ("context page title with fbclid-like phone", "page", {"title": "fbclid 650-555-0173"}, [US_DIGITS]),
]


# A name or other value only its key marks as personal, inside a value: a URL, a query string or JSON text
# stored in a free-text property, or a query parameter hidden inside another one.
NAME = "Dupontelzq"
EMBEDDED_VALUES = {
    "URL property with a surname parameter": f"https://shop.example.com/thanks?first_name=Jeanne&last_name={NAME}",
    "search property (Segment page)": f"?lname={NAME}&utm_source=mail",
    "path and query property": f"/checkout?customer_name=Jeanne+{NAME}",
    "form dump property": f"fname=Jeanne&lname={NAME}&plan=pro",
    "JSON text property": json.dumps({"first_name": "Jeanne", "last_name": NAME}),
    "cookie string property": f"_fbp=fb.1.1700000000000.1234567890; last_name={NAME}",
}
EMBEDDED_URLS = {
    "second question mark": f"https://shop.example.com/p?a=1?last_name={NAME}",
    "encoded ampersand in a value": f"https://shop.example.com/p?a=1%26last_name%3D{NAME}",
    "nested URL in a next parameter": "https://shop.example.com/login?next="
    + quote(f"/checkout?last_name={NAME}", safe=""),
    "double-encoded key": f"https://shop.example.com/p?last%255Fname={NAME}",
    "percent-encoded letter in the key": f"https://shop.example.com/p?last_n%61me={NAME}",
    "bracketed key": f"https://shop.example.com/p?customer%5Blast_name%5D={NAME}",
    "upper-case key": f"https://shop.example.com/p?LAST_NAME={NAME}",
    "fragment with semicolons": f"https://shop.example.com/p#/r;last_name={NAME}",
    "fragment after a second hash": f"https://shop.example.com/p#x#last_name={NAME}",
    "key with a plus for a space": f"https://shop.example.com/p?last+name={NAME}",
}


def embedded_cases() -> Iterator[Case]:
    for name, value in EMBEDDED_VALUES.items():
        for key in ("url", "search", "landing_page"):
            yield (f"embedded {name} @ {key}", "track", {"properties": {key: value}}, [NAME])
        yield (f"embedded {name} @ page property", "page", {"properties": {"href": value}}, [NAME])
    for name, url in EMBEDDED_URLS.items():
        yield (f"embedded {name} @ page URL", "page", {"url": url}, [NAME])
        yield (f"embedded {name} @ referrer", "page", {"referrer": url}, [NAME])


# The data-minimisation settings must not open the gate: overrides carry them under "settings".
SETTING_CASES: List[Case] = [
    ("setting allowed key list names email", "track",
     {"settings": {"meta_custom_data": "email,phone"}, "properties": {"email": MARKER}}, [MARKER]),
    ("setting allowed key list names a personal key of another script", "track",
     {"settings": {"meta_custom_data": "телефон"}, "properties": {"телефон": MARKER}}, [MARKER]),
    ("setting allowed key list, value holds an address", "track",
     {"settings": {"meta_custom_data": "note"}, "properties": {"note": EMAIL}}, ["zqalice"]),
    ("setting standard custom data, content_name holds an address", "track",
     {"settings": {"meta_custom_data": "standard"}, "name": "Order Completed",
      "properties": {"content_name": EMAIL, "value": "5", "currency": "EUR"}}, ["zqalice"]),
    ("setting drop query, fragment holds an address", "page",
     {"settings": {"meta_url_query": "drop"}, "url": f"https://shop.example.com/p#{quote(EMAIL)}"}, ["zqalice"]),
    ("setting drop query, path holds an address", "page",
     {"settings": {"meta_url_query": "drop"}, "url": f"https://shop.example.com/u/{EMAIL}"}, ["zqalice"]),
    ("setting drop query, referrer query holds a phone", "page",
     {"settings": {"meta_url_query": "drop"}, "referrer": "https://m.example.net/?tel=%2B16505550173"}, [US_DIGITS]),
    ("setting test event code property holds an address", "track",
     {"settings": {"meta_allow_test_event_code_property": "true"}, "properties": {"test_event_code": EMAIL}},
     ["zqalice"]),
    ("setting test event code property holds a phone", "track",
     {"settings": {"meta_allow_test_event_code_property": "true"}, "properties": {"test_event_code": "16505550173"}},
     [US_DIGITS]),
    ("setting LDU with a personal property", "track",
     {"settings": {"meta_ldu": "true"}, "properties": {"note": EMAIL}}, ["zqalice"]),
]


# Phone numbers laid out as a person writes them, given as ids (the README: ids are judged by dialled forms and
# phone layouts, trunk 0 or NANP 3-3-4).
ID_PHONES = {"NANP dotted": ("650.555.0173", US_DIGITS), "NANP spaced": ("650 555 0173", US_DIGITS),
             "NANP parenthesised": ("(650) 555-0173", US_DIGITS), "French grouped": ("06 12 34 56 78", "612345678"),
             "UK trunk spaced": ("07700 900173", "7700900173"), "German trunk slash": ("0171/2345678", "1712345678")}


def id_phone_cases() -> Iterator[Case]:
    for name, (value, digits) in ID_PHONES.items():
        yield (f"meta event_id phone {name}", "track", {"properties": {"event_id": value}}, [digits])
        yield (f"meta order_id phone {name}", "track",
               {"name": "Order Completed", "properties": {"order_id": value, "value": "5", "currency": "EUR"}},
               [digits])
        yield (f"meta contents id phone {name}", "track",
               {"name": "Product Added", "properties": {"contents": json.dumps([{"id": value}])}}, [digits])


def cases(ms: int) -> List[Case]:
    return [*value_cases(ms), *meta_cases(ms), *id_phone_cases(), *SPLIT_CASES, *url_cases(), *key_cases(),
            *json_cases(), *agent_cases(), *text_cases(), *CONTEXT_CASES, *embedded_cases(), *SETTING_CASES]


# The checker: the first attack's, and the same texts with every digit folded to ASCII and marks removed.
def _folded(text: str) -> str:
    text = normalised(text)
    out = []
    for ch in text:
        if unicodedata.category(ch)[0] == "M" or unicodedata.category(ch) == "Cf":
            continue
        digit = unicodedata.decimal(ch, None)
        out.append(str(digit) if digit is not None else ch)
    return "".join(out)


def _decoded(text: str) -> str:  # percent- and entity-decoded, invisible characters kept
    for _ in range(8):
        before, text = text, html.unescape(unquote(text))
        if text == before:
            break
    return text


_JSON_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})?|\\[\"\\/bfnrt]")
_JSON_SHORT = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _json_unescaped(text: str) -> str:
    # JSON text inside a property (`{"name":"Jos\u00e9"}`) still spells its escapes after the body is parsed:
    # a reader of the request would decode them, so the finder does too.
    def one(match: re.Match[str]) -> str:
        escape = match.group()
        if escape.startswith("\\u"):
            units = bytes.fromhex(escape.replace("\\u", ""))
            return units.decode("utf-16-be", "surrogatepass").encode("utf-16", "surrogatepass").decode(
                "utf-16", "replace")
        return _JSON_SHORT.get(escape[1], escape[1])

    return _JSON_ESCAPE.sub(one, text)


def found_any(url: str, body: str, forms: List[str]) -> List[str]:
    hits = set(found(url, body, forms))
    texts = [url, body, *strings_of(json.loads(body))]
    texts += [_json_unescaped(text) for text in texts if "\\" in text]
    texts += [_decoded(text) for text in texts]
    folded = [_folded(text) for text in texts]
    squeezed = ["".join(ch for ch in text if ch.isalnum()) for text in folded]
    for form in forms:
        lowered = form.lower()
        as_text = any(form in text for text in texts) or any(lowered in text for text in folded)
        if as_text or (form.isdigit() and any(form in text for text in squeezed)):
            hits.add(form)
    return sorted(hits)


# Ordinary shop data that must go out unchanged (false-positive hunt). family: values
ORDINARY_VALUES: Dict[str, List[str]] = {
    "product codes": ["4006381333931", "EAN 4006381333931", "036000291452", "UPC 036000291452", "10614141000415",
                      "ISBN 0-306-40615-2", "ASIN B08N5WRWNW", "MPN SM-G991B", "SKU 100-200-300",
                      "RTX 4090", "iPhone 15 Pro Max 256GB", "Art.-Nr. 0123456789", "Size 38-40-42-44",
                      "Gift card 5D3F-9K2L-7M8N-1P4Q", "Invoice RE-2024-00012345"],
    "prices and amounts": ["€1.299,00", "$ 1,299.00", "1 299,00 €", "USD 1,000,000.00", "12.50 EUR",
                           "1.000.000", "49,90 € + 4,95 € Versand", "+10% off", "+1 free gift", "-20%"],
    "dates and times": ["29/11/2024", "11/29/2024", "2024-11-29T10:30:00Z", "20241129", "Nov 29, 2024",
                        "29.11.2024", "10:00-18:00", "Mon-Fri 9-17", "2019-2024", "2024-12-24/2024-12-31",
                        "1732875000", "1732875000000"],
    "versions": ["v2.10.3", "1.2.3", "120.0.6099.109", "10.0.19045.3693", "2.4.1.0", "react@18.2.0"],
    "order numbers": ["#1001", "#100234567", "1000234567", "000000123", "100000123", "4512345678901",
                      "WC-2024-0001234", "R123456789", "Order 2024-000123456"],
    "ids": ["123e4567-e89b-12d3-a456-426614174000", "5f2b8c9d0e1a", "507f1f77bcf86cd799439011",
            "01ARZ3NDEKTSV4RRFFQ69G5FAV", "pi_3MtwBwLkdIwHu7ix28a3tqPa", "8MC585209K746392H",
            "1Z999AA10123456784", "123456789012", "9400111899223100000000", "GA1.2.1234567890.1600000000",
            "fb.1.1700000000000.1234567890"],
    "shop text": ["EU 42 / US 9.5", "120x80x45 cm", "1920x1080", "1.5 kg", "#FF5733", "logo@2x.png",
                  "product-42@2x.jpg", "@brandname", "2 @ $5", "Call 1-800-FLOWERS", "Hotel Adlon",
                  "Streetwear collection", "Tel Aviv", "Essex", "Via Roma store"],
}
ORDINARY_KEYS: Dict[str, List[str]] = {
    "GA4 and shop fields": ["gtin", "ean", "upc", "mpn", "item_id", "item_variant", "item_brand", "item_category2",
                            "index", "location_id", "shipping_tier", "payment_type", "promotion_name",
                            "creative_slot", "list_id", "transaction_id", "tax", "shipping", "discount",
                            "checkout_step", "cart_id", "product_url", "image_url", "page_type", "site_section",
                            "language", "locale", "post_type", "post_id", "post_title"],
    "words holding a stem": ["hotel", "hotel_id", "cancelled", "namespace", "filename", "hostname", "domain_name",
                             "event_name", "description", "membership_tier", "mileage", "postage", "percentage",
                             "package", "image", "sort", "sport", "report", "support", "capacity", "template",
                             "translation", "latest", "long_description", "salon", "zipper_type", "geometry",
                             "velocity", "streetwear_line", "automobile_brand", "country_of_origin",
                             "ship_from_region", "stock_state", "nominal_size", "economy_class", "pastel_color",
                             "cellar", "platform", "material_composition", "handle", "login_method", "serial_number"],
}
ORDINARY_URLS = [
    "https://shop.example.com/collections/all?page=2&sort=price_desc",
    "https://shop.example.com/p?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgRLZ2A",
    "https://shop.example.com/products/blue-shirt?variant=40123456789012",
    "https://shop.example.com/products/4006381333931",
    "https://shop.example.com/collections/all?filter.v.price.gte=10&filter.v.price.lte=100",
    "https://shop.example.com/p#/cart",
    "https://shop.example.com/p?utm_content=2024-11-29&utm_term=shoes",
    "https://shop.example.com/order/1000234567/thank-you",
    "https://shop.example.com/blog/2024/11/29/black-friday",
    "https://shop.example.com/checkouts/c/3a5b9c7d1e2f4a6b8c0d/thank_you",
    "https://shop.example.com/checkout/order-received/1234/?key=wc_order_abc123",
    "https://shop.example.com/?add-to-cart=123&quantity=2",
    "https://shop.example.com/img/logo@2x.png",
    "https://bücher.example/kategorie/romane",
    "https://shop.example.com/search?q=iphone+15+pro+256gb",
    "https://shop.example.com/p/v1.2.3/release-notes",
    "https://cdn.shopify.com/s/files/1/0123/4567/8901/products/shirt.jpg?v=1700000000",
    "https://shop.example.com/products/shirt?variant=40123456789012&_pos=1&_sid=3f2a1b&_ss=r",
    "https://shop.example.com/dp/B08N5WRWNW/ref=sr_1_3?qid=1732875000&sr=8-3",
    "https://shop.example.com/p?ts=1732875000000",
    "https://shop.example.com/track?number=1Z999AA10123456784",
]
# Track events whose properties are ordinary despite a key a person could misread: (event name, properties).
ORDINARY_EVENTS: Dict[str, Tuple[str, str, Dict[str, str]]] = {
    "page name property (Segment's page name)": ("page", "", {"name": "Home"}),
    "promotion name (Segment's Promotion Viewed)": ("track", "Promotion Viewed",
                                                    {"promotion_id": "P1", "name": "Black Friday"}),
    "list name and position": ("track", "Product List Viewed", {"list_id": "L1", "category": "Shoes", "position": "3"}),
    "plan name of a signup": ("track", "Signed Up", {"plan": "pro", "billing_period": "yearly"}),
}


# The pixel id is the operator's and goes in the URL: one no attack's digits are cut from (the builders' 1234567890
# holds `12345678`, `23456789` ...), so a form found in the request is the visitor's value, not the pixel id.
ATTACK_SETTINGS = make_settings(meta_require_email_or_phone="false", meta_pixel_id="9090909090")


# The published documentation of the gate: the README's rules and the full reference they link to.
_DOCUMENTS = ("README.md", "docs/privacy-gate.md")


def readme_misses(sentences: Iterable[str]) -> List[str]:
    """The sentences a NOT_CLAIMED list keys its families by that the published documentation does not hold: the
    README and docs/privacy-gate.md, both in the repository, each searched alone (blanks, line breaks and code marks
    aside, in any case)."""
    root = Path(__file__).resolve().parents[1]
    documents = [_flat((root / name).read_text(encoding="utf-8")) for name in _DOCUMENTS]
    return [sentence for sentence in sentences if not any(_flat(sentence) in text for text in documents)]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("`", "")).lower()


# The words an Err must name for each field (the README's messages name a product's `price` and `quantity`).
_FIELD_WORDS = {"value": ("value", "revenue", "total"), "item_price": ("price",), "quantity": ("quantity",),
                "predicted_ltv": ("predicted_ltv",)}


def number_problems(properties: Dict[str, str], field: str, accepted: List[float]) -> List[str]:
    """What is wrong with how an Order Completed with `properties` sends `field`: a number other than `accepted`,
    the field left out with no Err (a `predicted_ltv` may be, as the README says), or an Err not naming it."""
    event = make_event("track", name="Order Completed", properties=properties)
    try:
        request = build_request("track", event, ATTACK_SETTINGS, now=NOW)
    except EventError as error:
        named = any(word in str(error).lower() for word in _FIELD_WORDS[field])
        return [] if named else [f"an Err not naming {field}: {error}"]
    custom = json.loads(request.body)["data"][0].get("custom_data", {})
    if field in ("item_price", "quantity"):
        sent = [item[field] for item in custom.get("contents", [])[:1] if field in item]
    else:
        sent = [custom[field]] if field in custom else []
    if not sent:
        return [] if field == "predicted_ltv" else [f"{field} left out without an Err"]
    return [f"{field} sent as {number!r}" for number in sent if number not in accepted]


def number_params(numbers: Dict[str, Any], changed: Dict[str, List[str]], attack: str) -> List[Any]:
    """The number cases' names as pytest parameters, those sent changed today (`changed`, by family) as strict
    expected failures."""
    families = {name: family for family, names in changed.items() for name in names}
    return [pytest.param(name, marks=[pytest.mark.xfail(
        strict=True, reason=f"changed ({attack} attack): {families[name]}")] if name in families else [])
        for name in numbers]


def _attack_event(case: Case, base: List[Tuple[str, str]]) -> Tuple[Any, List[Tuple[str, str]]]:
    """The event and settings of an attack case. The overrides may hold the visitor's properties (`visitor`),
    settings (`settings`, added to `base`) and fields of the event's data that make_event does not take (`data`: a
    page's name and category)."""
    _, kind, overrides, _ = case
    overrides = dict(overrides)
    visitor = overrides.pop("visitor", {"email": "visitor@example.com"})
    settings = [*base, *overrides.pop("settings", {}).items()]
    data = overrides.pop("data", {})
    event = make_event(kind, visitor=visitor, **overrides)
    for attribute, value in data.items():  # fields make_event does not take (a page's name, category)
        setattr(event.data, attribute, value)
    return event, settings


def outcome(case: Case) -> List[str]:
    """The forms of an attack case found in the request the core builds, or ["Err: ..."] naming a form the Err
    echoes (see _attack_event for the overrides)."""
    name, kind, _, forms = case
    event, settings = _attack_event(case, ATTACK_SETTINGS)
    try:
        request = build_request(kind, event, settings, now=NOW)
    except (EventError, SettingsError) as error:  # (an attack's bad setting is an Err too)
        return [f"Err: {form}" for form in forms if form.lower() in str(error).lower()]
    return found_any(request.url, request.body, forms)


def component_outcome(host: Any, case: Case, base: List[Tuple[str, str]] = ATTACK_SETTINGS) -> List[str]:
    """outcome() through the built component hosted by `host` (a trap raises), the event re-timed to now."""
    name, kind, _, forms = case
    event, settings = _attack_event(case, base)
    answer = host.call(kind, retimed(event, int(time.time()) - 60), settings)
    if answer.error is not None:
        return [f"Err: {form}" for form in forms if form.lower() in answer.error.lower()]
    assert answer.request is not None
    return found_any(answer.request.url, answer.request.body, forms)


def stem(name: str) -> str:
    """The name a case shares with the same spelling in every place (`... @`, `key ...:`), as leak lists name it."""
    if " @ " in name:
        return name.split(" @ ")[0] + " @"
    if name.startswith("key ") and ": " in name:
        return name.rsplit(": ", 1)[0] + ":"
    return name


def _numbers_of(item: Any) -> List[float]:
    if isinstance(item, bool):
        return []
    if isinstance(item, (int, float)):
        return [float(item)]
    if isinstance(item, dict):
        return [number for value in item.values() for number in _numbers_of(value)]
    if isinstance(item, list):
        return [number for value in item for number in _numbers_of(value)]
    return []


def goes_out(value: str, body: Any) -> bool:
    """Whether an ordinary `value` reached the request `body` (parsed JSON): as a string, or as the number it is."""
    if value in list(strings_of(body)):
        return True
    try:
        return float(value) in _numbers_of(body)
    except ValueError:
        return False


# The runner the third to fifth attacks share: each lists what leaks (LEAKS: family -> case names or stems) and
# what ordinary data is dropped (DROPPED: family -> ids); every such case is a strict expected failure naming its
# family, so the day the gate catches one its test says so.
Ordinary = Tuple[str, str, Dict[str, Any], str]  # (id, kind, make_event overrides, the value that must go out)


def _by_name(families: Dict[str, List[str]], what: str) -> Dict[str, str]:
    return {name: f"{what}: {family}" for family, names in families.items() for name in names}


def attack_params(cases: List[Tuple[str, str, Dict[str, Any], List[str]]], leaks: Dict[str, List[str]],
                  attack: str, not_claimed: Optional[Dict[str, List[str]]] = None) -> List[Any]:
    """The cases as pytest parameters, those that leak today as strict expected failures (those the README says it
    does not claim, `not_claimed`, with their family marked so)."""
    claimed_or_not = {**leaks, **{f"not claimed: {family}": names for family, names in (not_claimed or {}).items()}}
    reasons = _by_name(claimed_or_not, f"leaks ({attack} attack)")
    params = []
    for case in cases:
        reason = reasons.get(case[0]) or reasons.get(stem(case[0]), "")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, id=case[0], marks=marks))
    return params


def ordinary_params(ordinary: List[Ordinary], dropped: Dict[str, List[str]], attack: str) -> List[Any]:
    """The ordinary values as pytest parameters (kind, overrides, value), those dropped today as strict expected
    failures."""
    reasons = _by_name(dropped, f"dropped ({attack} attack)")
    return [pytest.param(kind, overrides, value, id=name,
                         marks=[pytest.mark.xfail(strict=True, reason=reasons[name])] if name in reasons else [])
            for name, kind, overrides, value in ordinary]


def naming_problems(cases: List[Tuple[str, str, Dict[str, Any], List[str]]], ordinary: List[Ordinary],
                    leaks: Dict[str, List[str]], dropped: Dict[str, List[str]]) -> List[str]:
    """What is wrong with an attack's names: a case or an id twice, a leak or a drop naming nothing."""
    names = [name for name, *_ in cases]
    ids = [name for name, *_ in ordinary]
    stems = set(names) | {stem(name) for name in names}
    problems = [f"case named twice: {name}" for name, count in Counter(names).items() if count > 1]
    problems += [f"ordinary id twice: {name}" for name, count in Counter(ids).items() if count > 1]
    problems += [f"leak of no case: {name}" for names_ in leaks.values() for name in names_ if name not in stems]
    problems += [f"drop of no id: {name}" for names_ in dropped.values() for name in names_ if name not in ids]
    return problems


def ordinary_goes_out(kind: str, overrides: Dict[str, Any], value: str) -> bool:
    """Whether `value` goes out whole in the request of an ordinary case (the overrides as _attack_event's, settings
    included, the visitor make_event's own)."""
    overrides = dict(overrides)
    data = overrides.pop("data", {})
    settings = [*ATTACK_SETTINGS, *overrides.pop("settings", {}).items()]
    event = make_event(kind, **overrides)
    for attribute, field_value in data.items():
        setattr(event.data, attribute, field_value)
    request = build_request(kind, event, settings, now=NOW)
    return goes_out(value, json.loads(request.body))


Placed = Callable[[str, str], Tuple[str, Dict[str, Any]]]  # an attack's place name and value -> kind, overrides


def crossed(family: str, table: Dict[str, Tuple[str, Any]], places: List[str],
            place: Placed) -> Iterator[Tuple[str, str, Dict[str, Any], List[str]]]:
    """Each value of `table` (name -> (value, its forms, or the one form)) in each of `places`, put there by `place`
    (an attack's own function: place name and value -> (kind, make_event overrides)); named `family name @ place`."""
    for name, (value, shown) in table.items():
        forms = [shown] if isinstance(shown, str) else list(shown)
        for where in places:
            yield (f"{family} {name} @ {where}", *place(where, value), forms)


OrdinaryCase = Tuple[str, str, Dict[str, Any], str]  # (test id, kind, make_event overrides, value that must go out)


def ordinary_in_places(ordinary: Dict[str, List[str]], places: Dict[str, List[str]],
                       place: Callable[[str, str], Tuple[str, Dict[str, Any]]]) -> Iterator[OrdinaryCase]:
    """Each ordinary value of a family in each of its family's places: (test id, kind, make_event overrides, value)."""
    for family, items in ordinary.items():
        for value in items:
            for where in places[family]:
                yield (f"{family}: {value} @ {where}", *place(where, value), value)


def ordinary_urls(urls: List[str]) -> Iterator[OrdinaryCase]:
    """Each ordinary URL as the page's URL and as its referrer."""
    for url in urls:
        yield (f"urls as page URL: {url}", "page", {"url": url}, url)
        yield (f"urls as referrer: {url}", "page", {"referrer": url}, url)


def ordinary_keys(keys: List[str], value: str = "zq-ordinary") -> Iterator[OrdinaryCase]:
    """Each ordinary key as a track event's property, holding an ordinary value."""
    for key in keys:
        yield (f"keys: {key}", "track", {"properties": {key: value}}, value)


def order_place(place: str, value: str, currency: str) -> Tuple[str, Dict[str, Any]]:
    """(kind, make_event overrides) putting `value` in an order's note, a page's title or the name of a product in
    the event's list (an order in `currency`)."""
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "order note": ("track", {"properties": {"order_note": value}}),
        "page title": ("page", {"title": value}),
        "product name in the list": ("track", {"name": "Order Completed",
                                               "properties": {"value": "5", "currency": currency},
                                               "products": [{"product_id": "V-1", "name": value, "price": "5",
                                                             "quantity": "1"}]}),
    }
    return table[place]

