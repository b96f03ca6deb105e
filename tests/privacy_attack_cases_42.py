"""The forty-second outside attack's cases, written from the README's promises (sections "Personal data: one budget in,
one gate out", "Settings", "Identity", "Events" and "Meta's own fields") and issue 16's text only, without reading
the gate's code nor the earlier attacks' cases: issue 16's families in spellings the issue does not list. `fbc`/`fbp`
payloads carrying a mailbox, a phone or an address in new encodings; keys that are themselves a mailbox or a phone,
in properties, JSON text and every part of a URL; compound and foreign keys naming personal data in more languages
and casings (camelCase, kebab, dotted and bracket paths, `cf_` prefixes); look-alike keys in new scripts (Greek,
Armenian, Cherokee, Lisu, Coptic letters, invisible joiners, variation selectors, math alphabets); a mailbox in new
encodings and their mixtures (URL-safe and split base64, hex, `\\u` and `\\x` escapes, CSS escapes, quoted-printable,
entities without `;`, bidi controls, combining marks); a mailbox in new shapes (plus tags, quoted local parts, IP
literals, subdomains, new gTLDs, comments); phone numbers in E.164, trunk and extension forms, links and schemes, and
in the digits of other scripts and alphabets; IPv4 and IPv6 addresses with ports, zones, mapped and NAT64 forms, in
forwarded lists; user and anonymous ids sent as properties under new keys. Every case goes into the leaves the README
maps, under each data-minimisation setting; the same fields holding nothing personal must go out unchanged.

Each family carries markers of its own, made-up names, mailboxes and numbers no other family uses (`quelmarisk` in the
`fbc`/`fbp` payloads, `brosvantel` in the keys that are mailboxes, `Zandrowel` under compound keys, `Pvorthel` under
look-alike keys, `vesmarquel` in the encodings, `throndavik` in the shapes, the phone family's own numbers, the IP
family's `178.62.193.45` and `2a03:b0c0:3:d0::1f4e:7001`, `caldrissun` in the ids), so a leak is found by its marker
anywhere in the request; an encoding no reader of a request decodes (base64, hex) is found by its encoded form.
"""

from __future__ import annotations

import base64
import json
from functools import partial
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from builders import NOW
from privacy_attack_cases_2 import ordinary_keys
from privacy_attack_cases_36 import TEXT_PLACES
from privacy_attack_cases_36 import place as place_tagged
from privacy_attack_cases_36 import rotated as rotated_tagged

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

MS = (NOW - 7_200) * 1000  # an fbc/fbp creation time two hours before the event
SHOP = "https://laden.example.at"


def _q(text: str, safe: str = "") -> str:
    return quote(text, safe=safe)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _hex(text: str) -> str:
    return text.encode().hex()


# --- the leaves a value goes to: attack 36's, tagged 42, and those of Meta's own fields and the client's
def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """(kind, make_event overrides) putting `value` in one leaf of Meta's payload or under one setting."""
    encoded = _q(value)
    extra: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "currency": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": value}}),
        "fbc property": ("track", {"properties": {"fbc": value}}),
        "fbp property": ("track", {"properties": {"fbp": value}}),
        "visitor fbc": ("track", {"visitor": {"fbc": value}}),
        "visitor fbp": ("track", {"visitor": {"fbp": value}}),
        "user event fbc": ("user", {"user_properties": {"fbc": value}}),
        "user agent": ("track", {"user_agent": value}),
        "url matrix param": ("page", {"url": f"{SHOP}/warenkorb;note={encoded}/ansicht"}),
        "referrer fragment": ("page", {"referrer": f"https://webmail.example-post.eu/lesen#{encoded}"}),
        "subscription id": ("track", {"name": "Subscribe", "properties": {"subscription_id": value}}),
        "user id property": ("track", {"properties": {"user_id": value}}),
        "anonymous id property": ("track", {"properties": {"anonymous_id": value}}),
        "page url dropped": ("page", {"url": f"{SHOP}/k?x={encoded}#{encoded}",
                                      "settings": {"meta_url_query": "drop"}}),
    }
    if where in extra:
        return extra[where]
    return place_tagged(where, value, tag="42")


PLACES = TEXT_PLACES + ["currency", "user agent", "url matrix param", "referrer fragment", "page url dropped"]


# Attack 36's rotation over this attack's leaves.
rotated = partial(rotated_tagged, put=place)


# --- where a key is put: a property, JSON text, parameters and every part of a URL
def key_place(where: str, key: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """(kind, make_event overrides) putting the pair `key`=`value` in one place a key reaches Meta's payload."""
    pair = f"{_q(key)}={_q(value)}"
    product = {"product_id": "ART-42", "price": "5", "quantity": "1"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "property": ("track", {"properties": {key: value}}),
        "page property": ("page", {"properties": {key: value}}),
        "listed property": ("track", {"properties": {key: value}, "settings": {"meta_custom_data": "colour"}}),
        "json text": ("track", {"properties": {"form_state": json.dumps({"step": 2, key: value},
                                                                        ensure_ascii=False)}}),
        "nested json": ("track", {"properties": {"form_state": json.dumps({"checkout": {"fields": {key: value}}},
                                                                          ensure_ascii=False)}}),
        "params text": ("track", {"properties": {"form_body": f"step=2&{pair}&submit=1"}}),
        "query": ("page", {"url": f"{SHOP}/kasse?step=2&{pair}"}),
        "fragment": ("page", {"url": f"{SHOP}/kasse#{pair}"}),
        "fragment under dropped query": ("page", {"url": f"{SHOP}/kasse?s=1#{pair}",
                                                  "settings": {"meta_url_query": "drop"}}),
        "matrix param": ("page", {"url": f"{SHOP}/kasse;{pair}/schritt-2"}),
        "referrer query": ("page", {"referrer": f"https://partner.example-ads.net/out?{pair}"}),
        "page search": ("page", {"url": f"{SHOP}/suche", "search": f"?{pair}"}),
        "product property": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": "EUR"},
                                       "products": [{**product, key: value}]}),
        "order property": ("track", {"name": "Order Completed",
                                     "properties": {"value": "5", "currency": "EUR", key: value}}),
    }
    return table[where]


KEY_PLACES = ["property", "query", "json text", "fragment", "page property", "matrix param", "params text",
              "referrer query", "listed property", "nested json", "page search", "product property",
              "fragment under dropped query", "order property"]


def keyed(family: str, table: Dict[str, Tuple[str, str, str]], per: int, start: int = 0) -> Iterator[Case]:
    """Each (key, value, form) of `table` in `per` key places, rotated; `listed property` lists the key itself."""
    for index, (name, (key, value, form)) in enumerate(table.items()):
        for step in range(per):
            where = KEY_PLACES[(start + index * per + step) % len(KEY_PLACES)]
            kind, overrides = key_place(where, key, value)
            if where == "listed property":
                overrides = {**overrides, "settings": {"meta_custom_data": key}}
            yield (f"{family} {name} @ {where}", kind, overrides, [form])


# --- fbc and fbp payloads carrying a mailbox, a phone or an address (marker `quelmarisk`, `7700952847`)
F_MAIL = "quelmarisk.od@example.org"
F_DIGITS = "7700952847"
F_IP = "185.231.14.77"


def _fb(payload: str, version: str = "1") -> str:
    return f"fb.{version}.{MS}.{payload}"


FB_PAYLOADS: Dict[str, Tuple[str, Any]] = {
    "plus tag mail": (_fb("quelmarisk+fbads@example.org"), "quelmarisk"),
    "lower case percent mail": (_fb("quelmarisk.od%40example%2eorg"), "quelmarisk"),
    "entity without semicolon mail": (_fb("quelmarisk.od&#64example.org"), "quelmarisk"),
    "fullwidth at ascii dot mail": (_fb("quelmarisk.od＠example.org"), "quelmarisk"),
    "fbclid tag and mail": (_fb("IwAR" + F_MAIL), "quelmarisk"),
    "mail in the version": (f"fb.{F_MAIL}.{MS}.1098115397", "quelmarisk"),
    "mail as appendix": (_fb("IwAR2F4dbP0l7Mn1IawQQGCINEz7PYXQ") + "." + F_MAIL, "quelmarisk"),
    "base64url mail": (_fb(_b64url(F_MAIL)), _b64url(F_MAIL)),
    "hex mail": (_fb(_hex(F_MAIL)), _hex(F_MAIL)),
    "json mail": (_fb('{"em":"' + F_MAIL + '"}'), "quelmarisk"),
    "provider slug mail": (_fb("quelmarisk_od_gmail_com"), "quelmarisk"),
    "e164 phone": (_fb("+44" + F_DIGITS), F_DIGITS),
    "double zero phone": (_fb("0044" + F_DIGITS), F_DIGITS),
    "dashed trunk phone": (_fb("07700-952-847"), F_DIGITS),
    "dotted trunk phone": (_fb("07700.952.847"), F_DIGITS),
    "underscored trunk phone": (_fb("07700_952_847"), F_DIGITS),
    "dashed french phone": (_fb("06-52-84-71-93"), "652847193"),
    "dashed nanp phone": (_fb("415-952-8471"), "4159528471"),
    "dashed german phone": (_fb("0151-9528-4713"), "15195284713"),
    "fullwidth phone": (_fb("０７７００９５２８４７"), F_DIGITS),
    "ipv4 payload": (_fb(F_IP), F_IP),
    "dashed ipv4 payload": (_fb(F_IP.replace(".", "-")), F_IP.replace(".", "-")),
    "click id of another network": ("GCL.1764000000.07700-952-847", F_DIGITS),
}
FB_PLACES = ["fbc property", "custom property", "fbp property", "order id", "visitor fbc", "event id", "page title",
             "visitor fbp", "content ids", "url fbclid", "url query value", "user event fbc", "contents title",
             "page search fbclid", "url path", "product name", "search string", "standard order id", "referrer query",
             "status", "user agent"]


def fb_cases() -> Iterator[Case]:
    for index, (name, (value, form)) in enumerate(FB_PAYLOADS.items()):
        for step in range(2):
            where = FB_PLACES[(index + step * 10) % len(FB_PLACES)]
            payload = value.split(".", 3)[-1]
            if where == "url fbclid":
                kind, overrides = "page", {"url": f"{SHOP}/angebot?fbclid={_q(payload)}"}
            elif where == "page search fbclid":
                kind, overrides = "page", {"url": f"{SHOP}/angebot", "search": f"?fbclid={_q(payload)}"}
            else:
                kind, overrides = place(where, value)
            yield (f"fbid {name} @ {where}", kind, overrides, [form])


# --- keys that are a mailbox or a phone, in properties, JSON and URLs (marker `brosvantel`, `7700915382`)
M_DIGITS = "7700915382"
MAIL_KEYS: Dict[str, Tuple[str, str, str]] = {
    "plus tag": ("brosvantel+promo@example.com", "1", "brosvantel"),
    "u escape at": ("brosvantel.ui\\u0040example.com", "1", "brosvantel"),
    "mailto": ("mailto:brosvantel.ui@example.com", "1", "brosvantel"),
    "bracket path": ("newsletter[brosvantel.ui@example.com]", "1", "brosvantel"),
    "subdomain gtld": ("brosvantel.ui@mail.studio.photography", "1", "brosvantel"),
    "quoted local": ('"brosvantel ui"@example.com', "1", "brosvantel"),
    "base64 no padding": (_b64url("brosvantel.ui@example.com"), "1", _b64url("brosvantel.ui@example.com")),
    "e164 phone": ("+44" + M_DIGITS, "1", M_DIGITS),
    "tel link": ("tel:+44-7700-915382", "1", M_DIGITS),
    "wa link": ("wa.me/44" + M_DIGITS, "1", M_DIGITS),
    # the escapes, functions and separators of the encodings family, in a key
    "python named escape": ("brosvantel.ui\\N{COMMERCIAL AT}example.com", "1", "brosvantel"),
    "perl braced hex": ("brosvantel.ui\\x{40}example.com", "1", "brosvantel"),
    "rtf hex escape": ("brosvantel.ui\\'40example.com", "1", "brosvantel"),
    "sql chr": ("brosvantel.ui'||CHR(64)||'example.com", "1", "brosvantel"),
    "cdata pieces": ("<![CDATA[brosvantel.ui]]>@<![CDATA[example.com]]>", "1", "brosvantel"),
    "slash at": ("brosvantel.ui/@/example.com", "1", "brosvantel"),
    "camel case words": ("brosvantelUiAtExampleDotCom", "1", "brosvantel"),
    "vanity phone": ("+44 7700 BROSVAN", "1", "7700 BROSVAN"),
}


def bare_key_cases() -> Iterator[Case]:
    """A URL parameter that is the mailbox alone, with no `=` (`?brosvantel…`), in the query, fragment and referrer."""
    mails = {"plus tag": "brosvantel+news@example.com", "subdomain": "brosvantel@eu.mail.example.co.uk",
             "fullwidth dot": "brosvantel.ui@example．com", "semicolon list": "a=1;brosvantel.ui@example.com"}
    for name, mail in mails.items():
        raw = _q(mail, safe="@+;=")
        yield (f"mkey bare {name} @ query", "page", {"url": f"{SHOP}/danke?{raw}"}, ["brosvantel"])
        yield (f"mkey bare {name} @ referrer", "page", {"referrer": f"https://partner.example-ads.net/r?{raw}"},
               ["brosvantel"])


# --- compound and foreign keys naming personal data (markers `Ilvethra`, `Zandrowel`, `61582947`)
C_GIVEN, C_NAME, C_PHONE = "Ilvethra", "Zandrowel", "61582947"
C_STREET, C_CITY, C_POST, C_DOB, C_IP = "17 Zandrowel Close", "Zandrowelby", "ZW4 7QX", "1987-04-23", "185.143.27.96"
COMPOUND_KEYS: Dict[str, Tuple[str, str, str]] = {
    # casings and paths: camelCase, kebab, dotted, bracket, prefixed, header style
    "camel billing first name": ("billingFirstName", C_GIVEN, C_GIVEN),
    "kebab shipping last name": ("shipping-last-name", C_NAME, C_NAME),
    "dotted customer email": ("customer.email", "ilvethra.zandrowel", "ilvethra.zandrowel"),
    "bracket customer phone": ("customer[phone]", C_PHONE, C_PHONE),
    "cf prefixed telephone": ("cf_telephone", C_PHONE, C_PHONE),
    "camel delivery address line": ("deliveryAddressLine1", C_STREET, C_NAME),
    "dotted date of birth": ("user.dateOfBirth", C_DOB, C_DOB),
    "forwarded for": ("x_forwarded_for", f"{C_IP}, 10.0.0.1", C_IP),
    "mixpanel dollar name": ("$first_name", C_GIVEN, C_GIVEN),
    "autocomplete address level 2": ("address-level2", C_CITY, C_CITY),
    # abbreviations a form's developer writes
    "abbreviated customer name": ("cust_nm", f"{C_GIVEN} {C_NAME}", C_NAME),
    "abbreviated customer name with e": ("cust_nme", f"{C_GIVEN} {C_NAME}", C_NAME),
    "abbreviated first name": ("frst_nm", C_GIVEN, C_GIVEN),
    "abbreviated last name": ("lst_nm", C_NAME, C_NAME),
    "abbreviated fnm": ("fnm", C_GIVEN, C_GIVEN),
    "abbreviated lnm": ("lnm", C_NAME, C_NAME),
    "abbreviated mobile": ("mbl", C_PHONE, C_PHONE),
    "abbreviated mobile number": ("mbl_no", C_PHONE, C_PHONE),
    "abbreviated contact number": ("cntct_no", C_PHONE, C_PHONE),
    "abbreviated phone": ("phne", C_PHONE, C_PHONE),
    "vcard adr": ("adr", C_STREET, C_NAME),
    "abbreviated street": ("strt", C_STREET, C_NAME),
    "german hausnummer": ("hnr", "17a", "17a"),
    "abbreviated tel 1": ("tel1", C_PHONE, C_PHONE),
    # people named by their role
    "receiver": ("receiver", f"{C_GIVEN} {C_NAME}", C_NAME),
    "german empfaenger": ("empfaenger", f"{C_GIVEN} {C_NAME}", C_NAME),
    "german empfaenger name": ("empfaenger_name", f"{C_GIVEN} {C_NAME}", C_NAME),
    "review author name": ("author_name", f"{C_GIVEN} {C_NAME}", C_NAME),
    "reviewer": ("reviewer", f"{C_GIVEN} {C_NAME}", C_NAME),
    "partner name": ("partner_name", f"{C_GIVEN} {C_NAME}", C_NAME),
    "attention of": ("att", f"{C_GIVEN} {C_NAME}", C_NAME),
    "home location": ("home_location", C_CITY, C_CITY),
    # more languages
    "polish nazwisko": ("nazwisko", C_NAME, C_NAME),
    "italian cognome": ("cognome", C_NAME, C_NAME),
    "russian familiya": ("фамилия", C_NAME, C_NAME),
    "japanese shimei": ("氏名", f"{C_GIVEN} {C_NAME}", C_NAME),
    "vietnamese ho ten": ("họ_tên", f"{C_GIVEN} {C_NAME}", C_NAME),
    "swedish dutch stad": ("stad", C_CITY, C_CITY),
    "german handynummer": ("Handynummer", C_PHONE, C_PHONE),
    "italian codice fiscale": ("codiceFiscale", "ZNDLVT87D63H501X", "ZNDLVT87D63H501X"),
}
LOCATION = ("location", f"{C_NAME} Close 17, {C_CITY}", C_NAME)

# --- look-alike keys: letters of other scripts, invisible characters and math alphabets (markers `Nessaly`,
# `Pvorthel`, `62947158`)
L_GIVEN, L_NAME, L_PHONE, L_CITY = "Nessaly", "Pvorthel", "62947158", "Pvorthelstad"
LOOKALIKE_KEYS: Dict[str, Tuple[str, str, str]] = {
    # letters of scripts the README folds (Greek, Armenian) and of those it does not name
    "greek rho phone": ("ρhone", L_PHONE, L_PHONE),
    "greek capitals surname": ("SURΝΑΜΕ", L_NAME, L_NAME),
    "armenian o postal": ("pօstal_code", "PV7 4TH", "PV7 4TH"),
    "armenian h phone": ("pհone", L_PHONE, L_PHONE),
    "cherokee email": ("ᎬᎷᎪᎥᏞ", "nessaly.pvorthel", "nessaly.pvorthel"),
    "cherokee mixed phone": ("ᏢHONᎬ", L_PHONE, L_PHONE),
    "cherokee phone": ("ᏢᎻᎾNᎬ", L_PHONE, L_PHONE),
    "cherokee surname": ("ᏚᏌᎡNᎪᎷᎬ", L_NAME, L_NAME),
    "lisu phone": ("ꓑꓧꓳꓠꓰ", L_PHONE, L_PHONE),
    "lisu first name": ("ꓝꓲꓣꓢꓔ_ꓠꓮꓟꓰ", L_GIVEN, L_GIVEN),
    "lisu email": ("ꓰꓟꓮꓲꓡ", "nessaly.pvorthel", "nessaly.pvorthel"),
    "coptic phone": ("ⲣhⲟne", L_PHONE, L_PHONE),
    "coptic name": ("ⲛⲁⲙⲉ", L_GIVEN, L_GIVEN),
    "canadian syllabics phone": ("ᑭᕼOᑎᗴ", L_PHONE, L_PHONE),
    "canadian syllabics email": ("ᗴᗰᗩIᒪ", "nessaly.pvorthel", "nessaly.pvorthel"),
    "tifinagh o phone": ("phⵔne", L_PHONE, L_PHONE),
    "p with stroke phone": ("ꝑhone", L_PHONE, L_PHONE),
    "ipa alpha email": ("emɑil", "nessaly.pvorthel", "nessaly.pvorthel"),
    "dotless i city": ("cıty", L_CITY, L_CITY),
    # digits drawn for letters
    "leet name": ("n4me", L_GIVEN, L_GIVEN),
    "leet surname": ("5urname", L_NAME, L_NAME),
    "leet phone": ("ph0ne", L_PHONE, L_PHONE),
    # invisible characters inside the key
    "zwj email": ("e\u200dmail", "nessaly.pvorthel", "nessaly.pvorthel"),
    "zwnj last name": ("la\u200cst_name", L_NAME, L_NAME),
    "word joiner phone": ("ph\u2060one", L_PHONE, L_PHONE),
    "variation selector surname": ("surname\ufe0f", L_NAME, L_NAME),
    "combining mark first name": ("fi\u0301rst_name", L_GIVEN, L_GIVEN),
    "bidi wrapped phone": ("\u202aphone\u202c", L_PHONE, L_PHONE),
    "tag character inside": ("last\U000e005fname", L_NAME, L_NAME),
    # math and other compatibility alphabets
    "script first name": ("𝒻𝒾𝓇𝓈𝓉_𝓃𝒶𝓂ℯ", L_GIVEN, L_GIVEN),
    "fraktur phone": ("𝔭𝔥𝔬𝔫𝔢", L_PHONE, L_PHONE),
    "double struck email": ("𝕖𝕞𝕒𝕚𝕝", "nessaly.pvorthel", "nessaly.pvorthel"),
    "parenthesized phone": ("⒫⒣⒪⒩⒠", L_PHONE, L_PHONE),
    # misspellings forms carry
    "typo emial": ("emial", "nessaly.pvorthel", "nessaly.pvorthel"),
    "typo phoen": ("phoen", L_PHONE, L_PHONE),
}

# --- a mailbox in new encodings and their mixtures (marker `vesmarquel`)
E_MAIL = "vesmarquel.tk@example.net"
E_SPLIT = _b64("vesmarquel.tk@example.net")
ENCODINGS: Dict[str, Tuple[str, Any]] = {
    # base64 and hex in the shapes the README does not list
    "base64url no padding": (_b64url("vesmarquel.tk+shop?@example.net"), _b64url("vesmarquel.tk+shop?@example.net")),
    "base64 wrapped lines": (E_SPLIT[:20] + "\r\n" + E_SPLIT[20:], E_SPLIT[:20]),
    "base64 of json": (_b64('{"email":"' + E_MAIL + '"}'), _b64('{"email":"' + E_MAIL + '"}')),
    "base64 data uri": ("data:text/plain;base64," + _b64(E_MAIL), _b64(E_MAIL)),
    "mime encoded word": ("=?UTF-8?B?" + _b64(E_MAIL) + "?=", _b64(E_MAIL)),
    "hex": (_hex(E_MAIL), _hex(E_MAIL)),
    "hex upper with 0x": ("0x" + _hex(E_MAIL).upper(), _hex(E_MAIL).upper()),
    "uuencoded": ("begin 644 kontakt.txt\n9=F5S;6%R<75E;\"YT:T!E>&%M<&QE+FYE= \n`\nend", "9=F5S;6%R"),
    # character escapes of programming languages and document formats
    "x escapes whole": ("".join(f"\\x{b:02x}" for b in E_MAIL.encode()), "\\x76\\x65\\x73"),
    "u escape at and dots": ("vesmarquel\\u002etk\\u0040example\\u002enet", "vesmarquel"),
    "python named escape": ("vesmarquel.tk\\N{COMMERCIAL AT}example.net", "vesmarquel"),
    "python named escapes lower": ("vesmarquel\\N{full stop}tk\\N{commercial at}example.net", "vesmarquel"),
    "perl braced hex": ("vesmarquel\\x{2e}tk\\x{40}example\\x{2e}net", "vesmarquel"),
    "sql chr concatenation": ("'vesmarquel.tk'||CHR(64)||'example.net'", "vesmarquel"),
    "sql char concat": ("CONCAT('vesmarquel.tk', CHAR(64), 'example.net')", "vesmarquel"),
    "spreadsheet char": ('=CONCAT("vesmarquel.tk",CHAR(64),"example.net")', "vesmarquel"),
    "basic chr": ('"vesmarquel.tk" & Chr(64) & "example.net"', "vesmarquel"),
    "rtf hex escape": ("vesmarquel.tk\\'40example.net", "vesmarquel"),
    "rtf unicode escape": ("vesmarquel.tk\\u64?example.net", "vesmarquel"),
    "latex char": ("vesmarquel.tk\\char64 example.net", "vesmarquel"),
    "xml cdata pieces": ("<![CDATA[vesmarquel.tk]]>@<![CDATA[example.net]]>", "vesmarquel"),
    "decimal codes": (" ".join(str(b) for b in E_MAIL.encode()), "118 101 115"),
    "json in string escaped": (json.dumps({"contact": "vesmarquel.tk\\u0040example.net"}), "vesmarquel"),
    "css escape upper hex": ("vesmarquel\\2E tk\\40 example\\2E net", "vesmarquel"),
    "quoted printable": ("vesmarquel=2Etk=40example=2Enet", "vesmarquel"),
    "mime q encoded word": ("=?utf-8?Q?vesmarquel.tk=40example.net?=", "vesmarquel"),
    "entity without semicolon": ("vesmarquel.tk&commat example.net", "vesmarquel"),
    "percent fullwidth at": ("vesmarquel.tk%EF%BC%A0example.net", "vesmarquel"),
    # separators and words for the sign
    "slash at": ("vesmarquel.tk/@/example.net", "vesmarquel"),
    "camel case words": ("vesmarquelTkAtExampleDotNet", "vesmarquel"),
    # Unicode: domains, scripts, invisible and combining characters
    "idn unicode domain": ("vesmarquel.tk@bücherstube.at", "vesmarquel"),
    "mixed script local": ("vеsmarquel.tk@example.net", "smarquel.tk"),
    "combining strokes": ("".join(c + "\u0336" for c in E_MAIL), "vesmarquel"),
    "right to left override": ("vesmarquel.tk\u202e@\u202cexample.net", "vesmarquel"),
    "variation selector at": ("vesmarquel.tk@\ufe0fexample.net", "vesmarquel"),
}

# --- a mailbox in new shapes (marker `throndavik`)
SHAPES: Dict[str, Tuple[str, Any]] = {
    "plus tag dotted": ("throndavik+spring.sale@example.com", "throndavik"),
    "quoted local with blank": ('"throndavik smith"@example.com', "throndavik"),
    "quoted local with at": ('"throndavik@home"@example.com', "throndavik"),
    "ipv4 literal": ("throndavik@[194.76.31.208]", "throndavik"),
    "ipv6 literal": ("throndavik@[IPv6:2a01:4f8:c17:2e9a::1]", "throndavik"),
    "deep subdomain": ("throndavik@mx1.mail.eu-west.example.co.uk", "throndavik"),
    "gtld photography": ("throndavik@studio.photography", "throndavik"),
    "gtld international": ("throndavik@verein.international", "throndavik"),
    "apostrophe local": ("throndavik.o'neill@example.ie", "throndavik"),
    "percent hack local": ("throndavik%shop@example.com", "throndavik"),
    "mailto with subject": ("mailto:throndavik@example.com?subject=Bestellung%2012", "throndavik"),
    "display name angle": ("Throndavik Okoro <throndavik@example.com>", "throndavik"),
    "markdown link": ("[schreib mir](mailto:throndavik@example.com)", "throndavik"),
    "dotted gmail": ("t.h.r.o.n.d.a.v.i.k@gmail.com", "t.h.r.o.n.d.a.v.i.k"),
    "comment in local": ("throndavik(privat)@example.com", "throndavik"),
    "unicode local": ("thröndavik@bücher.example", "ndavik"),
    "ldap attribute": ("mail=throndavik@example.com,ou=kunden", "throndavik"),
    "sip uri": ("sip:throndavik@voip.example.com", "throndavik"),
    "fediverse handle": ("@throndavik@mastodon.example", "throndavik"),
    "intranet single label": ("throndavik@intranet", "throndavik"),
}

# --- phone numbers: E.164, trunk and extension forms, links, other scripts' digits
PHONES: Dict[str, Tuple[str, Any]] = {
    "e164 de mobile": ("+4915123847196", "15123847196"),
    "e164 with extension": ("+1 415 839 2746 ext. 204", "4158392746"),
    "rfc3966 extension": ("tel:+1-415-839-2746;ext=204", "4158392746"),
    "uk trunk in brackets": ("+44 (0) 7700 938 417", "7700938417"),
    "uk trunk with x extension": ("07700 938417 x12", "7700938417"),
    "nanp exit code": ("011 49 176 29483715", "17629483715"),
    "tel link dashed": ("tel:+33-6-48-27-39-15", "648273915"),
    "sms link with body": ("sms:+33648273915?body=Bonjour", "648273915"),
    "whatsapp scheme": ("whatsapp://send?phone=4915123847196", "15123847196"),
    "signal link": ("https://signal.me/#p/+4917629483715", "17629483715"),
    "wa me with text": ("https://wa.me/4917629483715?text=Hallo%20Shop", "17629483715"),
    "vanity letters de": ("Handy: +49 176 TANZBAR", "176 TANZBAR"),
    "vanity letters us": ("Mobile: 1-415-JOHNNY5", "415-JOHNNY5"),
    "fullwidth plus and digits": ("＋４９ １５１ ２３８４ ７１９６", "15123847196"),
    "superscript digits": ("⁺⁴⁹¹⁵¹²³⁸⁴⁷¹⁹⁶", "15123847196"),
    "devanagari digits": ("+९१ ९७३१६ ४८२०५", "9731648205"),
    "bengali digits": ("০১৭১২-৩৮৪৯৫৬", "1712384956"),
    "arabic indic digits": ("٠٥٠ ٣٨٢ ٧١٤٦", "503827146"),
    "khmer digits": ("០១៧៦ ២៩៤៨ ៣៧១៥", "17629483715"),
    "mixed scripts": ("+49 １５２３ ९४८१ 726", "15239481726"),
    "math bold digits": ("𝟎𝟏𝟕𝟔 𝟐𝟗𝟒𝟖 𝟑𝟕𝟏𝟓", "17629483715"),
    "keycap digits": ("".join(d + "\ufe0f\u20e3" for d in "017629483715"), "17629483715"),
    "braille digits": ("⠼⠚⠁⠛⠋ ⠼⠃⠊⠙⠓ ⠼⠉⠛⠁⠑", "⠼⠚⠁⠛⠋"),
    "letters for digits": ("+49 l76 2948 37l5", "17629483715"),
    "zero width inside": ("0176\u200b2948\u200b3715", "17629483715"),
    "japanese mobile": ("090-3847-2615", "9038472615"),
    "brazilian mobile": ("+55 11 98473-2615", "11984732615"),
    "label and trunk brackets": ("Mobil: (0176) 2948 3715", "17629483715"),
}
# A mobile with its country code and no `+` as an id (the README leaves an undialled mobile in an id unclaimed).
PHONE_IDS: Dict[str, Tuple[str, Any]] = {
    "country code no plus": ("4917629483715", "17629483715"),
    "country code no plus in a url": (f"{SHOP}/r/4917629483715", "17629483715"),
}

# --- IPv4 and IPv6 addresses in free text (marker `178.62.193.45`, `2a03:b0c0:3:d0::1f4e:7001`)
V4, V6 = "178.62.193.45", "2a03:b0c0:3:d0::1f4e:7001"
ADDRESSES: Dict[str, Tuple[str, Any]] = {
    "v4 with port": (f"{V4}:8443", V4),
    "v6 bracketed with port": (f"[{V6}]:443", "1f4e:7001"),
    "v6 zone": (f"{V6}%en0", "1f4e:7001"),
    "v4 mapped": (f"::ffff:{V4}", V4),
    "v6 compressed": (f"Client {V6}", "1f4e:7001"),
    "v6 full with zeros": ("2a03:b0c0:0003:00d0:0000:0000:1f4e:7001", "0003:00d0"),
    "forwarded for list": (f"X-Forwarded-For: {V4}, 10.0.0.3, 172.16.4.2", V4),
    "forwarded header v6": (f'Forwarded: for="[{V6}]:4711";proto=https', "1f4e:7001"),
    "fullwidth v4": ("１７８．６２．１９３．４５", V4),
    "arabic indic v4": ("١٧٨.٦٢.١٩٣.٤٥", V4),
    "zero padded v4": ("178.062.193.045", "178.062.193.045"),
    "dashed in host name": ("178-62-193-45.static.example-isp.net", "178-62-193-45"),
    "nat64": (f"64:ff9b::{V4}", V4),
    "v6 in url host": (f"http://[{V6}]/konto", "1f4e:7001"),
    "v4 in url host with port": (f"http://{V4}:8080/kasse", V4),
    "v6 spaced around colons": ("2a03 : b0c0 : 3 : d0 :: 1f4e : 7001", "1f4e : 7001"),
}
# An IPv4 address in an id, apart by commas or tabs (a table's cells pasted) or with dashes after a dotted prefix.
ADDRESS_IDS: Dict[str, Tuple[str, Any]] = {
    "v4 commas": ("178,62,193,45", "178,62,193,45"),
    "v4 tabs": ("178\t62\t193\t45", "178\t62\t193\t45"),
    "dashed after a dotted prefix": ("srv.12.178-62-193-45", "178-62-193-45"),
}
# An IPv4 address as one decimal number (the README leaves it unclaimed outside a URL's host).
V4_NUMBER = str((178 << 24) | (62 << 16) | (193 << 8) | 45)
ADDRESS_NUMBERS: Dict[str, Tuple[str, Any]] = {"v4 as one number": (V4_NUMBER, V4_NUMBER)}

# --- user and anonymous ids, external ids, sent as properties and in id leaves (marker `caldrissun`, `7700961384`)
U_MAIL, U_DIGITS = "caldrissun.pe@example.com", "7700961384"
ID_KEYS: Dict[str, Tuple[str, str, str]] = {
    "camel user id mail": ("userId", U_MAIL, "caldrissun"),
    "pascal user id phone": ("UserID", "+44" + U_DIGITS, U_DIGITS),
    "camel anonymous id mail": ("anonymousId", "caldrissun.pe%40example.com", "caldrissun"),
    "kebab anonymous id phone": ("anonymous-id", "447700961384", U_DIGITS),
    "distinct id mail": ("distinct_id", "caldrissun.pe+mp@example.com", "caldrissun"),
    "external id mail": ("external_id", U_MAIL, "caldrissun"),
    "camel external id phone": ("externalId", "07700 961384", U_DIGITS),
    "ajs anonymous id": ("ajs_anonymous_id", '"caldrissun.pe@example.com"', "caldrissun"),
    "uid phone": ("uid", "tel:+44" + U_DIGITS, U_DIGITS),
    "username python escape": ("username", "caldrissun.pe\\N{COMMERCIAL AT}example.com", "caldrissun"),
    "segment user id dashed phone": ("segment_user_id", f"{_fb('07700-961-384')}", U_DIGITS),
    "bracket user id": ("user[id]", U_MAIL, "caldrissun"),
    "snake user id mail b64": ("user_id", _b64url(U_MAIL), _b64url(U_MAIL)),
    "anonymous id hex": ("anonymous_id", _hex(U_MAIL), _hex(U_MAIL)),
}
ID_VALUES: Dict[str, Tuple[str, Any]] = {
    "mail": ("caldrissun.pe@example.com", "caldrissun"),
    "prefixed mail": ("ORD-caldrissun.pe@example.com", "caldrissun"),
    "phone e164": ("+447700961384", U_DIGITS),
    "phone tel link": ("tel:+44-7700-961384", U_DIGITS),
    "camel case words mail": ("caldrissunPeAtExampleDotCom", "caldrissun"),
    "python escape mail": ("caldrissun.pe\\N{COMMERCIAL AT}example.com", "caldrissun"),
    "fbc shaped dashed phone": (_fb("07700-961-384"), U_DIGITS),
}
ID_PLACES = ["order id", "event id", "content ids", "contents id", "product id", "subscription id",
             "user id property", "anonymous id property", "standard order id", "currency"]


TABLES = {"menc": ENCODINGS, "mshape": SHAPES, "phone": PHONES, "ipad": ADDRESSES}
KEY_TABLES = {"mkey": MAIL_KEYS, "ckey": COMPOUND_KEYS, "lkey": LOOKALIKE_KEYS, "uid": ID_KEYS}


def cases() -> List[Case]:
    found: List[Case] = list(fb_cases())
    for offset, (family, table) in enumerate(TABLES.items()):
        found += rotated(family, table, PLACES, 2, start=offset * 7)
    for offset, (family, keys) in enumerate(KEY_TABLES.items()):
        found += keyed(family, keys, 2, start=offset * 3)
    found += bare_key_cases()
    found += keyed("ckey", {"street and town in location": LOCATION}, 2, start=5)
    found += rotated("phone", PHONE_IDS, ["event id", "content ids"], 2)
    found += rotated("ipad", ADDRESS_NUMBERS, ["custom property", "order id"], 2)
    found += rotated("ipad", ADDRESS_IDS, ["event id", "content ids", "order id", "product id", "contents id"], 2)
    found += rotated("uid", ID_VALUES, ID_PLACES, 2)
    return found


# --- ordinary values of the same fields, which must go out unchanged
ORDINARY: Dict[str, List[str]] = {
    "mail-like": ["2@99", "SKU 2@99", "3 @ 19.99", "pack@6", "logo@3x.png", "icon-48@2x.webp", "@laden_example",
                  "Set 4x@2.50", "react@18.3.1", "bundle@v2", "price@checkout"],
    "encodings": ["SGVsbG8gV29ybGQ", "Q2FmZSBMYXR0ZQ==", "deadbeefcafebabe", "0x7f3a9c",
                  "Caf=C3=A9 Latte", "Sommer%20Sale", "Rock &amp; Roll", "\\u00e9clair",
                  "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
                  "d41d8cd98f00b204e9800998ecf8427e"],
    "shop ids": ["ART-4711-BLK", "SKU-100-200-300", "WC-2026-004213", "ORD-2026-11-00042", "4006381333931",
                 "B0CHX3QBCH", "cus_Q8mZt3LkVx7Pa2", "anon-3f9a1c2e-7b4d-4e8a-9c1f-2d3e4f5a6b7c",
                 "user_8f3a2c", "1f0e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", "GA1.1.918273645.1764000000"],
    "numbers": ["Size 42", "EU 42 / UK 8", "120x80x45 cm", "Order #48215", "1.299,00 €", "ISBN 978-3-16-148410-0",
                "10:00-18:00", "Mo-Fr 9-17 Uhr", "Art.-Nr. 2384-7196", "2-pack, 3 colours", "4K 3840x2160"],
    "versions": ["v1.2.3", "Firmware 4.2.1", "29.11.2026", "v3.12.0-rc.1",
                 "Build 20261123.4"],
    "utm": ["newsletter_2026_11", "retargeting_eu", "spring_sale+de"],
    "near": [f"fb.1.{MS}.IwAR2F4dbP0l7Mn1IawQQGCINEz7PYXQ", "GCL.1764000000.Cj0KCQiA5rGuBhCnARIsAN11",
             "ref.2026.11-24-001", "Call 1-800-GOT-JUNK", "<![CDATA[Summer Sale]]>", "SaveTheDateCard"],
    "scripts": ["Χειμερινή συλλογή", "Ձմեռային հավաքածու", "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ", "Зимняя коллекция", "冬季新品",
                "Ｔシャツ", "Café ☕ Set"],
}
ORDINARY_PLACES = ["custom property", "page title", "content name", "product name", "product variant",
                   "search string", "order id"]
ORDINARY_KEYS = ["billingCycle", "shipping-method", "cust_type", "cart[item_count]", "receiver_type", "firstVisitPage",
                 "lastCategoryViewed", "utm_content", "reviewer_badge", "χρώμα", "գույն", "image@2x", "partner_program",
                 "ip_country_match", "phone_case_model", "email_template"]
ORDINARY_FB = {"fbc": f"fb.1.{MS}.IwAR2F4dbP0l7Mn1IawQQGCINEz7PYXQvwjNwBqa2ofrHyiLjcbCRxTDMgk",
               "fbc with appendix": f"fb.1.{MS}.IwZXh0bgNhZW0CMTEAAR3kQ8vL2pT.AQ",
               "fbp": f"fb.1.{MS}.1098115397", "fbp with appendix": f"fb.1.{MS}.1853907214.Bg"}


def ordinary_cases() -> Iterator[Ordinary]:
    """Each ordinary value in two of the leaves in turn, the ordinary keys, and valid fbc/fbp as Meta reads them."""
    turn = 0
    for family, values in ORDINARY.items():
        for value in values:
            for step in range(2):
                where = ORDINARY_PLACES[(turn + step * 3) % len(ORDINARY_PLACES)]
                yield (f"{family}: {value} @ {where}", *place(where, value), value)
            turn += 1
    yield from ordinary_keys(ORDINARY_KEYS)
    for name, value in ORDINARY_FB.items():
        where = "fbc property" if name.startswith("fbc") else "fbp property"
        yield (f"fb: {name}", *place(where, value), value)
    yield ("fb: fbclid in the url", "page", {"url": f"{SHOP}/angebot?fbclid=IwAR2F4dbP0l7Mn1IawQQGCINEz7PYXQv"},
           f"fb.1.{(NOW - 60) * 1000}.IwAR2F4dbP0l7Mn1IawQQGCINEz7PYXQv")
