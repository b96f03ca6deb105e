"""A third outside attack on the privacy gate, written from the README's promises and from what real sites,
careless developers and hostile visitors send, without reading the gate's code. It does not repeat the first
two attacks (tests/privacy_attack_cases.py, tests/privacy_attack_cases_2.py): personal data inside realistic
long values (JSON blobs, base64 JSON, tokens, form posts, cookies), two encodings stacked, codes built from
an address or a number, phones in national formats with extensions and labels, forwarded-address strings,
personal keys in the forms of real checkouts (HTML autocomplete tokens, Shopify, Stripe, Salesforce).

Each case is (name, kind, make_event overrides, forms), as in the earlier attacks; the first word of a name is
its family, and the overrides may carry "visitor" (the visitor's properties). The forms are looked for with the
second attack's `found_any`.
"""

from __future__ import annotations

import base64
import codecs
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote, urlencode

from privacy_attack_cases_2 import crossed

Case = Tuple[str, str, Dict[str, Any], List[str]]

LOCAL, DOMAIN = "zqbea.lindqvist", "example.se"
EMAIL = f"{LOCAL}@{DOMAIN}"
FORM = "zqbea"  # what must not leave of the address
IP4 = "185.199.108.153"
IP6 = "2a03:2880:f12f:83:face:b00c:0:25de"
MARKER = "zqthirdval"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _jwt(claims: Dict[str, Any]) -> str:
    return ".".join([_b64url('{"alg":"RS256","kid":"k1","typ":"JWT"}'), _b64url(json.dumps(claims)),
                     "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"])


# --- blob: personal data inside a long realistic value -----------------------------------------------------
CART = {"id": "c1a9", "items": [{"sku": "SKU-1", "qty": 2}], "customer": {"contact": {"mail": EMAIL}}}
BLOBS: Dict[str, Tuple[str, List[str]]] = {
    "JSON cart with nested address": (json.dumps(CART), [FORM]),
    "JSON with the address as a key": (json.dumps({EMAIL: {"cart": 3}}), [FORM]),
    "JSON escaped inside JSON": (json.dumps(json.dumps(CART)), [FORM]),
    "JSON with \\u0040 escape": (json.dumps({"who": EMAIL}).replace("@", "\\u0040"), [FORM]),
    "JSON with \\/ escapes in a mailto": (json.dumps({"href": f"mailto:{EMAIL}"}).replace("/", "\\/")
                                          .replace("mailto:", "mailto:\\/\\/"), [FORM]),
    "base64 of a JSON cart": (_b64(json.dumps(CART)), [_b64(json.dumps(CART))[:40]]),
    "base64url of a JSON profile": (_b64url(json.dumps({"u": {"e": EMAIL, "n": "Bea"}})),
                                    [_b64url(json.dumps({"u": {"e": EMAIL, "n": "Bea"}}))[:40]]),
    "base64 of a JSON phone": (_b64('{"tel":"+46701234567"}'), [_b64('{"tel":"+46701234567"}')]),
    "JWT id token with email claim": (_jwt({"sub": "123", "email": EMAIL, "email_verified": True}),
                                      [_jwt({"sub": "123", "email": EMAIL, "email_verified": True}).split(".")[1]]),
    "JWT with phone_number claim": (_jwt({"sub": "9", "phone_number": "+46701234567"}),
                                    [_jwt({"sub": "9", "phone_number": "+46701234567"}).split(".")[1]]),
    "Bearer JWT": ("Bearer " + _jwt({"email": EMAIL}), [_jwt({"email": EMAIL}).split(".")[1]]),
    "URL-encoded form post": (urlencode({"action": "subscribe", "EMAIL": EMAIL, "b_123": ""}), [FORM]),
    "URL-encoded form post with plus-addressing": (urlencode({"email": f"zqbea+promo@{DOMAIN}"}), [FORM]),
    "multipart form fragment": (f'Content-Disposition: form-data; name="email"\r\n\r\n{EMAIL}\r\n', [FORM]),
    "GraphQL variables": (json.dumps({"query": "mutation S($e:String!){s(email:$e)}", "variables": {"e": EMAIL}}),
                          [FORM]),
    "cookie header": (f"_ga=GA1.1.123.456; cart=3; klaviyo_email={quote(EMAIL)}", [FORM]),
    "HTTP header dump": (f"Host: shop.example.se\r\nFrom: {EMAIL}\r\n", [FORM]),
    "YAML snippet": (f"customer:\n  email: {EMAIL}\n  plan: pro\n", [FORM]),
    "XML snippet": (f"<customer><email>{EMAIL}</email></customer>", [FORM]),
    "XML with entity at": (f"<c><e>{EMAIL.replace('@', '&#x40;')}</e></c>", [FORM]),
    "SQL-ish string": (f"WHERE email = '{EMAIL}' AND active = 1", [FORM]),
    "CSV with header": (f"sku,qty,email\nSKU-1,2,{EMAIL}", [FORM]),
    "log line with phone": ("2024-11-29 10:30:00 INFO sms sent to +46 70 123 45 67 ok", ["701234567"]),
    "error message with address": (f"ValidationError: '{EMAIL}' is already registered", [FORM]),
    "stack of JSON in a data attribute": (f'data-user="{{&quot;email&quot;:&quot;{EMAIL}&quot;}}"', [FORM]),
    "base64 of JSON with an escaped at": (_b64('{"e":"zqbea.lindqvist\\u0040example.se"}'),
                                             [_b64('{"e":"zqbea.lindqvist\\u0040example.se"}')[:40]]),
    "base64url of JSON with a percent-encoded address": (_b64url(json.dumps({"e": quote(EMAIL, safe="")})),
                                                        [_b64url(json.dumps({"e": quote(EMAIL, safe="")}))[:40]]),
    "JWT with a percent-encoded email claim": (_jwt({"email": quote(EMAIL, safe="")}),
                                               [_jwt({"email": quote(EMAIL, safe="")}).split(".")[1]]),
    "hex of a JSON profile": (json.dumps({"email": EMAIL}).encode().hex(),
                              [json.dumps({"email": EMAIL}).encode().hex()[:40]]),
    "JSON with the address split into user and domain": (json.dumps({"user": LOCAL, "domain": DOMAIN}), [LOCAL]),
    "ROT13 of an address": (codecs.encode(EMAIL, "rot13"),
                            ["mdorn.yvaqdivfg"]),
    "Klaviyo exchange id style": (_b64(json.dumps({"$exchange_id": "x", "$email": EMAIL})),
                                  [_b64(json.dumps({"$exchange_id": "x", "$email": EMAIL}))[:40]]),
}

# --- stacked: two encodings in an order the earlier attacks did not try -----------------------------------------
STACKED: Dict[str, Tuple[str, List[str]]] = {
    "base64 of a percent-encoded address": (_b64(quote(EMAIL, safe="")), [_b64(quote(EMAIL, safe=""))]),
    "percent-encoded base64 of an address": (quote(_b64(EMAIL), safe=""), [_b64(EMAIL).rstrip("=")]),
    "base64 of base64 of an address": (_b64(_b64(EMAIL)), [_b64(_b64(EMAIL))]),
    "base64 of an entity-encoded address": (_b64(EMAIL.replace("@", "&#64;")), [_b64(EMAIL.replace("@", "&#64;"))]),
    "entity-encoded base64 letters": ("".join(f"&#{ord(c)};" for c in _b64(EMAIL)), [_b64(EMAIL).rstrip("=")]),
    "hex of a percent-encoded address": (quote(EMAIL, safe="").encode().hex(), [quote(EMAIL, safe="").encode().hex()]),
    "percent-encoded hex of an address": ("".join(f"%{c:02x}" for c in EMAIL.encode().hex().encode()),
                                          [EMAIL.encode().hex()]),
    "JSON unicode escapes, percent-encoded": (quote("".join(f"\\u{ord(c):04x}" for c in EMAIL), safe=""), [FORM]),
    "entity of a percent": (EMAIL.replace("@", "&percnt;40"), [FORM]),
    "percent-encoded full-width at": (EMAIL.replace("@", quote("\uff20")), [FORM]),
    "entity-encoded full-width at": (EMAIL.replace("@", "&#65312;"), [FORM]),
    "Cyrillic letters and entity at": (EMAIL.replace("a", "\u0430").replace("@", "&#64;"), ["zqbe"]),
    "zero-width inside an encoded at": (EMAIL.replace("@", "%E2%80%8B%40"), [FORM]),
    "percent-encoded dot, entity at": (EMAIL.replace("@", "&#64;").replace(".", "%2E"), [FORM]),
    "base32 of an address, lower-case": (base64.b32encode(EMAIL.encode()).decode().lower().rstrip("="),
                                         [base64.b32encode(EMAIL.encode()).decode().lower().rstrip("=")]),
    "base64 without padding, line-wrapped": ("\n".join([_b64(EMAIL)[i:i + 8] for i in range(0, 28, 8)]),
                                             [_b64(EMAIL)[:8]]),
    "UTF-16 hex of an address": (EMAIL.encode("utf-16-be").hex(), [EMAIL.encode("utf-16-be").hex()[:24]]),
    "reversed address in JSON escape": (json.dumps(EMAIL).replace("@", "\\u0040").strip('"'), [FORM]),
    "base64 of a phone with a label": (_b64("tel:+46701234567"), [_b64("tel:+46701234567")]),
    "percent-encoded phone with encoded plus and spaces": (quote("+46 70 123 45 67", safe=""), ["701234567"]),
}

# --- code: coupon codes, order ids and referral codes built from a person's data --------------------------------
CODES: Dict[str, Tuple[str, List[str]]] = {
    "coupon with the address upper-cased": (f"WELCOME10-{EMAIL.upper()}", [FORM]),
    "coupon with the address, at as dash": ("WELCOME-ZQBEA.LINDQVIST-EXAMPLE.SE", ["ZQBEA.LINDQVIST"]),
    "referral code from a dialled phone": ("REF+46701234567", ["701234567"]),
    "referral code glued to a trunk phone": ("REF0701234567", ["701234567"]),
    "referral code with a dashed phone": ("REF-070-123-45-67", ["701234567"]),
    "order id from a NANP phone": ("ORD-650-555-0199", ["6505550199"]),
    "order id from a dotted phone": ("650.555.0199-01", ["6505550199"]),
    "order id from a trunk phone and a date": ("0701234567-20241129", ["701234567"]),
    "order id from an E.164 phone": ("46701234567_1", ["701234567"]),
    "order id from an address": (f"{EMAIL}-1001", [FORM]),
    "order id from a slugged address": ("zqbea-lindqvist-at-example-se-1001", ["zqbea-lindqvist"]),
    "gift card code from a phone": ("GC 0701 234 567", ["701234567"]),
    "address glued to a timestamp": (f"{EMAIL}1732875000", [FORM]),
    "address, underscore and a number": (f"{EMAIL}_1001", [FORM]),
    "address, colon and a cart id": (f"{EMAIL}:c1a9", [FORM]),
    "name glued to a dialled phone": ("bea+46701234567", ["701234567"]),
    "dialled phone glued to letters": ("+46701234567abc", ["701234567"]),
    "voucher spelled with a UK mobile": ("XMAS-07700-900461", ["7700900461"]),
}

# --- phone: national formats with extensions and labels in many languages -----------------------------------------
PHONES: Dict[str, Tuple[str, str]] = {
    "DE label and Durchwahl": ("Tel.: 030 2345678 Durchwahl 12", "302345678"),
    "DE Fon label": ("Fon +49 (0)89 1234567-0", "891234567"),
    "FR poste": ("Téléphone : 01 42 68 53 01 poste 204", "142685301"),
    "ES ext.": ("Teléfono: +34 912 345 678 ext. 12", "912345678"),
    "BR ramal": ("Telefone: (11) 3456-7890 ramal 22", "1134567890"),
    "BR carrier code": ("(0xx11) 91234-5678", "11912345678"),
    "JP naisen": ("電話: 03-1234-5679 内線 123", "312345679"),
    "RU dob.": ("Тел.: +7 (495) 123-45-67 доб. 123", "4951234567"),
    "RU trunk 8": ("8 (912) 345-67-89", "9123456789"),
    "RU trunk 8 compact": ("89123456789", "9123456789"),
    "NL toestel": ("Tel: +31 20 123 4567 toestel 12", "201234567"),
    "FI puh.": ("puh. 040 123 4567", "401234567"),
    "NO tlf. eight digits": ("tlf. 22 33 44 55", "22334455"),
    "DK +45 eight digits": ("Tlf. +45 32 12 34 56", "32123456"),
    "SE mobil": ("Mobil: 070-123 45 67", "701234567"),
    "IE mobile": ("+353 87 123 4567", "871234567"),
    "PL komórka": ("kom. +48 512 345 678", "512345678"),
    "TR cep": ("Cep: 0532 123 45 67", "5321234567"),
    "CN mobile spaced": ("手机：138 0013 8001", "13800138001"),
    "SG +65": ("+65 9123 4567", "91234567"),
    "HK +852": ("+852 9123 4567", "91234567"),
    "AE +971": ("+971 50 123 4567", "501234567"),
    "IL dashed": ("+972 50-123-4567", "501234567"),
    "GR mobile": ("+30 694 123 4567", "6941234567"),
    "PT mobile": ("telemóvel 912 345 678", "912345678"),
    "NZ mobile": ("+64 21 123 4567", "211234567"),
    "ID dashed trunk": ("0812-3456-7890", "81234567890"),
    "PH +63": ("+63 917 123 4567", "9171234567"),
    "VN +84": ("+84 91 234 56 78", "912345678"),
    "EG +20": ("+20 10 1234 5678", "1012345678"),
    "KE +254": ("+254 712 345678", "712345678"),
    "AT +43": ("+43 664 1234567", "6641234567"),
    "BE +32": ("+32 470 12 34 56", "470123456"),
    "CZ +420": ("+420 601 123 456", "601123456"),
    "HU +36": ("+36 30 123 4567", "301234567"),
    "AR 15 prefix": ("011 15-2345-6789", "111523456789"),
    "MX local ten digits": ("55 1234 5679", "5512345679"),
    "US ext word": ("(650) 555-0199 ext. 204", "6505550199"),
    "US hash extension": ("650.555.0199 #204", "6505550199"),
    "US comma pause dialing": ("+16505550199,,204", "6505550199"),
    "US vanity with digits": ("1-650-555-0199 (call after 5)", "6505550199"),
    "KR hyphen mobile with +82": ("+82-10-1234-5679", "1012345679"),
    "IN landline STD": ("022-2345 6789", "2223456789"),
    "IT landline": ("06 1234 5678", "612345678"),
    "CH landline": ("044 668 18 00", "446681800"),
    "PL bare mobile unlabelled": ("zadzwoń 512345678 po 17", "512345678"),
    "ES bare mobile unlabelled": ("llámame al 612345678", "612345678"),
    "PL dashed mobile without trunk": ("512-345-678", "512345678"),
    "NL 06 dashed": ("06-12345678", "612345678"),
    "BE slash and dots": ("0470/12.34.56", "470123456"),
    "DE (0) with dots": ("+49.171.2345678", "1712345678"),
    "DE (+49) parenthesised": ("(+49) 171 2345678", "1712345678"),
    "CN dashed mobile": ("138-0013-8001", "13800138001"),
    "WhatsApp label slash": ("Phone/WhatsApp: +46 70 123 45 67", "701234567"),
}

# --- ip: forwarded-address strings a developer copies into a property ----------------------------------------------
IPS: Dict[str, Tuple[str, str]] = {
    "RFC 7239 Forwarded": (f"for={IP4};proto=https;by=10.0.0.1", IP4),
    "RFC 7239 Forwarded IPv6 with port": (f'for="[{IP6}]:4711"', IP6),
    "X-Forwarded-For header line": (f"X-Forwarded-For: 203.0.113.7, {IP4}", IP4),
    "address with port": (f"{IP4}:54321", IP4),
    "IPv6 with port in brackets": (f"[{IP6}]:443", IP6),
    "key=value pair": (f"client={IP4}", IP4),
    "JSON text": (json.dumps({"remote_addr": IP4}), IP4),
    "nginx log line IPv6": (f'{IP6} - - [29/Nov/2024:10:30:00 +0000] "GET / HTTP/2"', IP6),
    "Cloudflare trace": (f"fl=123\nh=shop.example.se\nip={IP4}\nts=1732875000", IP4),
    "IPv6 upper-case expanded": ("2A03:2880:F12F:0083:FACE:B00C:0000:25DE", "2A03:2880:F12F:0083"),
    "IPv4 dashed outside a host name": ("185-199-108-153", "185-199-108-153"),
    "IPv4 with spaces around dots": ("185 . 199 . 108 . 153", "185 . 199 . 108 . 153"),
    "IPv4 with commas": ("185,199,108,153", "185,199,108,153"),
    "XFF with port first": (f"{IP4}:8080, 10.0.0.1", IP4),
    "IPv4 zero-padded parts": ("185.199.108.053", "185.199.108.053"),
    "IPv4 and a percent-encoded comma list": (quote(f"10.0.0.1, {IP4}", safe=""), IP4),
}

# Places the value families are tried in, each a field a site really fills.
def _place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    url = "https://shop.example.se"
    product = {"name": "Product Viewed"}
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"payload": value}}),
        "text around it": ("track", {"properties": {"note": f"Kund: {value} — tack!"}}),
        "debug property": ("track", {"properties": {"debug_info": value}}),
        "coupon": ("track", {**order, "properties": {"coupon": value, "value": "5", "currency": "SEK"}}),
        "order_id": ("track", {**order, "properties": {"order_id": value, "value": "5", "currency": "SEK"}}),
        "event_id": ("track", {"properties": {"event_id": value}}),
        "search query": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "product name": ("track", {**product, "properties": {"product_id": "SKU-1", "name": value}}),
        "product variant": ("track", {**product, "properties": {"product_id": "SKU-1", "variant": value}}),
        "product brand (WIT)": ("track", {"name": "Product Added", "products": [{"sku": "S-1", "brand": value}]}),
        "contents title": ("track", {"name": "Product Added",
                                     "properties": {"contents": json.dumps([{"id": "S-1", "title": value}])}}),
        "page title with site name": ("page", {"title": f"Mitt konto – {value} | Butik"}),
        "page name": ("page", {"properties": {"name": value}}),
        "url query value": ("page", {"url": f"{url}/p?state={q}"}),
        "utm_source": ("page", {"url": f"{url}/p?utm_source={q}&utm_medium=email"}),
        "utm_term with plus spaces": ("page", {"url": f"{url}/p?utm_term={quote(value, safe='').replace('%20', '+')}"}),
        "fragment": ("page", {"url": f"{url}/p#{q}"}),
        "referrer path": ("page", {"referrer": f"https://l.example.net/r/{q}/go"}),
        "referrer query": ("page", {"referrer": f"https://www.google.com/search?q={q}"}),
        "visitor non-identity property": ("track", {"visitor": {"email": "visitor@example.com", "last_note": value}}),
        "user trait": ("user", {"user_properties": {"signup_payload": value}}),
    }
    return table[place]


BLOB_PLACES = ["custom property", "debug property", "url query value", "utm_source", "fragment", "referrer query",
               "page name", "contents title", "user trait"]
STACKED_PLACES = ["custom property", "text around it", "url query value", "page title with site name",
                  "product variant"]
CODE_PLACES = ["coupon", "order_id", "event_id", "custom property", "utm_source", "contents title"]
PHONE_PLACES = ["custom property", "text around it", "product variant", "page title with site name",
                "url query value", "search query", "utm_term with plus spaces"]
IP_PLACES = ["custom property", "debug property", "text around it", "url query value", "page name", "user trait",
             "visitor non-identity property"]


def value_cases() -> Iterator[Case]:
    yield from crossed("blob", BLOBS, BLOB_PLACES, _place)
    yield from crossed("stacked", STACKED, STACKED_PLACES, _place)
    yield from crossed("code", CODES, CODE_PLACES, _place)
    yield from crossed("phone", PHONES, PHONE_PLACES, _place)
    yield from crossed("ip", IPS, IP_PLACES, _place)


# --- text: an address or a number in realistic fields, with the text around them -----------------------------------
TEXT_CASES: List[Case] = [
    ("text page title of an order confirmation", "page",
     {"title": f"Orderbekräftelse #100234 – skickad till {EMAIL} | Butik"}, [FORM]),
    ("text page title of a password reset", "page", {"title": f"Reset password for {EMAIL}"}, [FORM]),
    ("text page title with a phone in parentheses", "page", {"title": "Mitt konto (070-123 45 67) – Butik"},
     ["701234567"]),
    ("text product name of an engraving", "track",
     {"name": "Product Added", "products": [{"sku": "S-1", "name": f"Gravyr: {EMAIL}"}]}, [FORM]),
    ("text product variant of a personalised gift", "track",
     {"name": "Product Added", "products": [{"sku": "S-1", "variant": "Name: Bea Lindqvist, Tel 070 123 45 67"}]},
     ["701234567"]),
    ("text product category path with an address", "track",
     {"name": "Product Viewed", "properties": {"product_id": "S-1", "category": f"Gifts/For {EMAIL}/Mugs"}}, [FORM]),
    ("text brand of a marketplace seller with a phone", "track",
     {"name": "Product Viewed", "properties": {"product_id": "S-1", "brand": "Bea's Shop (+46 70 123 45 67)"}},
     ["701234567"]),
    ("text search for an order by address", "track",
     {"name": "Products Searched", "properties": {"query": f"order status {EMAIL}"}}, [FORM]),
    ("text search for a phone", "track",
     {"name": "Products Searched", "properties": {"query": "track order 0701234567"}}, ["701234567"]),
    ("text page search with the address", "page",
     {"url": "https://shop.example.se/search", "search": f"?q={quote(EMAIL)}&type=orders"}, [FORM]),
    ("text referrer of a webmail with the address in the path", "page",
     {"referrer": f"https://mail.google.com/mail/u/{EMAIL}/#inbox/FMfcgz"}, [FORM]),
    ("text referrer of a Facebook link shim with an address in u", "page",
     {"referrer": "https://l.facebook.com/l.php?u=" + quote(f"https://shop.example.se/p?email={EMAIL}", safe="")},
     [FORM]),
    ("text referrer of a Google redirect with the address", "page",
     {"referrer": "https://www.google.com/url?q=" + quote(f"https://shop.example.se/?e={EMAIL}", safe="")}, [FORM]),
    ("text utm_content with plus-addressing", "page",
     {"url": f"https://shop.example.se/p?utm_medium=email&utm_content={quote(f'zqbea+promo@{DOMAIN}')}"}, [FORM]),
    ("text utm_campaign with the address after a slash", "page",
     {"url": f"https://shop.example.se/p?utm_campaign=winback/{EMAIL}"}, [FORM]),
    ("text utm_source address with an unencoded plus", "page",
     {"url": f"https://shop.example.se/p?utm_source=zqbea+news@{DOMAIN}"}, [FORM]),
    ("text path segment of a profile page", "page", {"url": f"https://shop.example.se/account/{EMAIL}/orders"}, [FORM]),
    ("text path with a phone as a slug", "page", {"url": "https://shop.example.se/u/46-70-123-45-67"}, ["701234567"]),
    ("text unsubscribe link with an address query in the fragment", "page",
     {"url": f"https://shop.example.se/unsubscribe#email={quote(EMAIL)}"}, [FORM]),
    ("text content_name of a lead form", "track",
     {"name": "Lead", "properties": {"content_name": "Callback request +46 70 123 45 67"}}, ["701234567"]),
    ("text status of an order with the address", "track",
     {"name": "Order Completed", "properties": {"status": f"sent to {EMAIL}", "value": "5", "currency": "SEK"}},
     [FORM]),
]

# --- key: personal keys in the forms of real checkouts, with a neutral marker value --------------------------------
PERSONAL_KEYS: Dict[str, List[str]] = {
    "HTML autocomplete tokens": ["given-name", "family-name", "additional-name", "honorific-prefix", "tel-national",
                                 "tel-local", "tel-area-code", "address-line1", "address-level2", "postal-code",
                                 "street-address", "bday-day", "bday-year", "cc-name", "cc-number", "cc-exp",
                                 "cc-csc"],
    "checkout field names": ["checkout[email]", "checkout[shipping_address][first_name]",
                             "checkout[shipping_address][phone]", "checkout[billing_address][zip]",
                             "billing_details[address][postal_code]", "receipt_email", "payer_email", "payerEmail",
                             "buyer_email", "Buyer_Phone", "customer_details.email", "customerDetails.contactEmail",
                             "order.customer.phone", "shipTo.postalCode", "deliveryContactPhone",
                             "recipientEmailAddress", "ShipToPhoneNumber"],
    "CRM field names": ["MobilePhone", "HomePhone", "MailingStreet", "MailingPostalCode", "MailingCity", "FirstName__c",
                        "Email__c", "PersonEmail", "hs_additional_emails", "contact.emailAddress", "mergeFields.FNAME",
                        "merge_fields[PHONE]", "EMAIL_ADDRESS_1", "PHONE_NUMBER_E164"],
    "camel and kebab forms": ["shippingAddressLine2", "billing-first-name", "houseNumber", "streetLine1",
                              "zipCode", "zip-code", "postalCode", "givenName", "familyName", "mobileNumber",
                              "mobile-number", "phoneNumberE164", "dateOfBirthYear", "birthYear", "emailAddress2",
                              "userEmailHash", "customerIPAddress", "clientIpV6", "forwardedFor", "xForwardedFor",
                              "originIp", "sourceIp"],
    "abbreviations": ["cust_eml", "eml", "usr_email", "emailaddr", "ph_no", "mob", "tel_mob", "addr_ln1", "zip4",
                      "dob", "dob_year"],
    "Meta user_data field names": ["em", "ph", "fn", "ln", "ct", "st", "zp", "db", "ge"],
    "contact channels": ["shopper_email", "guest_email", "gift_recipient_email", "notify_email", "alt_email",
                         "secondaryPhone", "landline", "fax", "fax_number", "pager", "emergencyPhone", "sms_number",
                         "whatsappNr", "signal_number", "contact_tel", "kontakt_telefon", "rufnummer",
                         "mobilnummer", "handynr", "anschrift", "wohnort", "geburtstag", "anrede"],
    "nested paths": ["user.profile.mobile", "user[profile][mobile]", "/customer/email", "customer>email",
                     "customer__email", "customer::phone", "customer->email", "data[0].attributes.email"],
    "other languages": ["adresse_de_livraison", "numero_de_telephone", "correo_electronico", "correo",
                        "indirizzo_email", "cognome", "telefonnummer", "postnummer", "efternamn", "förnamn",
                        "personnummer", "sukunimi", "etunimi", "nazwisko", "imię", "adres_email", "soyadı",
                        "telefon_numarası", "e_posta", "họ_tên", "số_điện_thoại", "nama_lengkap", "nomor_hp",
                        "alamat", "jina", "simu"],
}


def key_cases() -> Iterator[Case]:
    for group, keys in PERSONAL_KEYS.items():
        for index, key in enumerate(keys):
            yield (f"key {group} {key}: custom property", "track", {"properties": {key: MARKER}}, [MARKER])
            if index % 2 == 0:
                yield (f"key {group} {key}: url query", "page",
                       {"url": f"https://shop.example.se/p?{quote(key, safe='[]')}={MARKER}"}, [MARKER])
            else:
                yield (f"key {group} {key}: contents item", "track",
                       {"name": "Product Added",
                        "properties": {"contents": json.dumps([{"id": "S-1", key: MARKER}])}}, [MARKER])


# --- visitor: properties of the visitor that are not identity keys, and odd identity values ------------------------
VISITOR_CASES: List[Case] = [
    ("visitor company holds an address", "track", {"visitor": {"email": "v@example.com", "company": EMAIL}}, [FORM]),
    ("visitor plan holds a phone", "track", {"visitor": {"email": "v@example.com", "plan": "+46701234567"}},
     ["701234567"]),
    ("visitor address list as JSON", "track",
     {"visitor": {"emails": json.dumps([EMAIL, "b@example.com"])}}, [FORM]),
    ("visitor email with a display name", "track", {"visitor": {"email": f"Bea Lindqvist <{EMAIL}>"}}, [FORM]),
    ("visitor phone with an extension", "track", {"visitor": {"phone": "+46 70 123 45 67 ext 2"}}, ["701234567"]),
    ("visitor email percent-encoded", "track", {"visitor": {"email": quote(EMAIL, safe="")}}, [FORM]),
    ("visitor country is an address", "track", {"visitor": {"email": "v@example.com", "country": EMAIL}}, [FORM]),
    ("visitor city is a phone", "track", {"visitor": {"email": "v@example.com", "city": "+46701234567"}},
     ["701234567"]),
    ("visitor gender is an address", "track", {"visitor": {"email": "v@example.com", "gender": EMAIL}}, [FORM]),
    ("visitor external id is an address", "track",
     {"visitor": {"email": "v@example.com", "external_id": EMAIL}}, [FORM]),
    ("visitor fbp holds a phone", "track",
     {"visitor": {"email": "v@example.com", "fbp": "fb.1.1732875000000.46701234567"}}, ["46701234567"]),
    ("visitor traits JSON", "track",
     {"visitor": {"email": "v@example.com", "traits": json.dumps({"phone": "+46701234567"})}}, ["701234567"]),
]


def cases() -> List[Case]:
    return [*value_cases(), *TEXT_CASES, *key_cases(), *VISITOR_CASES]


# --- ordinary shop data that must go out (false-positive hunt) -------------------------------------------------------
# name: (kind, overrides, value that must be found among the request's strings or numbers)
def ordinary_cases() -> Iterator[Tuple[str, str, Dict[str, Any], str]]:
    values: Dict[str, List[str]] = {
        "product names": ["Nike Air Max 90", "Samsung Galaxy S24 Ultra 512GB", "Levi's 501 Original W32 L34",
                          "Dr. Martens 1460 8-Eye Boot", "4711 Echt Kölnisch Wasser 100 ml", "Chanel N°5 Eau de Parfum",
                          "Canon EOS R6 Mark II", "Porsche 911 Carrera 4S (992)", "LEGO 42143 Ferrari Daytona SP3",
                          "Pack of 6 x 330 ml", "Bosch 0 986 452 041 Oil Filter", "M8 x 40 mm screws (100 pcs)",
                          "USB-C 3.1 Gen 2 cable 2 m", "65\" 4K 120 Hz TV", "Boeing 737-800 model 1:200"],
        "variants and sizes": ["Black / 42 / Wide", "128GB / Midnight", "EU 38 - UK 5 - US 7.5", "W32 L34",
                               "36 38 40 42 44", "3-6 months", "2XL / Tall", "750 ml", "Set of 4"],
        "codes": ["BLACKFRIDAY24", "WELCOME10", "SUMMER-2024-15", "FREESHIP", "VIP2024XMAS", "BF24-ABCD-EFGH",
                  "SAVE20NOW", "ORD-2024-11-29-0001", "wc_order_5f2b8c9d0e1a", "#1001", "INV/2024/000123",
                  "PO-4500012345", "Firmware 4.2.1.7", "Section 3.2.1.4", "Pantone 19-4052 TCX",
                  "ISO 9001:2015", "Serial 0123-4567-89", "Batch 2024 11 29 01", "Hours 0800-1700"],
        "tracking numbers": ["1234567890", "AB123456789GB", "7489 1234 5678", "1Z 999 AA1 01 2345 6784",
                             "00340434161094027318", "JJD000390007827364", "9400 1000 0000 0000 0000 00",
                             "LX123456789CN", "4 006381 333931", "EAN 40 06381 33393 1"],
        "prices and amounts": ["1.234.567.890 ₫", "Rp 1.250.000.000", "₩ 1,290,000", "¥128,000",
                               "12 345 678 ₫", "CHF 1'299.–", "₹1,23,456.00", "¥ 12,800 (税込)",
                               "1.299,00 € inkl. MwSt.",
                               "3 x 19,99 €", "0 - 100 €", "from $9.99/mo"],
        "dates and times": ["29. November 2024", "10:30–18:00", "Fri 29 Nov 2024 10:30", "2024-W48", "Q4 2024",
                            "29.11.2024 - 02.12.2024", "Lieferung 02.12. - 04.12."],
        "search queries": ["size 42 shoes", "ps5 slim 1tb", "rtx 4070 ti super", "0.5 mm nozzle",
                           "4k 120hz tv 65 inch", "iphone 15 case", "3m 8210 mask", "ipad air 11 m2 2024"],
        "marketing values": ["bf_2024_11_29", "banner-300x250", "120210000000000000", "23851234567890123",
                             "newsletter_2024-11-29", "cpc", "retargeting_30d", "lookalike_1pct_se"],
        "store and shop text": ["Store #0423 Stockholm Södermalm", "Click & Collect: Hamngatan 18",
                                "Open Mon-Fri 10-19, Sat 10-17", "Gate 23, Terminal 5", "Aisle 12 / Bay 4",
                                "Free returns within 30 days", "Rated 4.8/5 (1,234 reviews)"],
    }
    for family, items in values.items():
        for value in items:
            yield (f"{family}: {value} @ custom property", "track", {"properties": {"label": value}}, value)
            yield (f"{family}: {value} @ product variant", "track",
                   {"name": "Product Viewed", "properties": {"product_id": "SKU-1", "variant": value}}, value)
    for value in values["codes"] + values["tracking numbers"]:
        yield (f"codes as order_id: {value}", "track",
               {"name": "Order Completed", "properties": {"order_id": value, "value": "5", "currency": "SEK"}}, value)
    for value in values["search queries"]:
        yield (f"search queries as search: {value}", "track",
               {"name": "Products Searched", "properties": {"query": value}}, value)
    for value in values["product names"]:
        yield (f"product names as page title: {value}", "page", {"title": f"{value} | Butik"}, f"{value} | Butik")
    urls = [
        "https://shop.example.se/p?utm_source=facebook&utm_medium=paid&utm_campaign=120210000000000000"
        "&utm_content=23851234567890123",
        "https://shop.example.se/p?utm_campaign=bf_2024_11_29&utm_content=banner-300x250&utm_term=size+42",
        "https://shop.example.se/products/nike-air-max-90?variant=44123456789012",
        "https://shop.example.se/sv-se/c/herr/skor?size=42&color=black&page=3",
        "https://shop.example.se/p?msclkid=5f1b2c3d4e5f60718293a4b5c6d7e8f9",
        "https://shop.example.se/p?ttclid=E_C_P_CtcBxxW6v2Y3&utm_source=tiktok",
        "https://shop.example.se/account/orders/1001",
        "https://shop.example.se/tracking/1Z999AA10123456784",
        "https://shop.example.se/p/LEGO-42143?ref=home_carousel_3",
        "https://shop.example.se/checkout/thank-you?order=ORD-2024-11-29-0001",
        "https://shop.example.se/s?q=rtx+4070+ti+super&sort=price_asc",
        "https://shop.example.se/p#reviews",
    ]
    for url in urls:
        yield (f"urls as page URL: {url}", "page", {"url": url}, url)
        yield (f"urls as referrer: {url}", "page", {"referrer": url}, url)
    keys = ["email_opt_in", "sms_consent", "phone_verified", "newsletter_signup", "shipping_method", "billingCycle",
            "payment_method", "checkout_type", "product_name", "productName", "brandName", "category_path",
            "variant_title", "discount_code", "coupon_code", "promo-code", "campaignName", "creativeName",
            "store_name", "listName", "orderNumber", "order_number", "invoice_number", "tracking_number",
            "shipment_id", "ab_test_variant", "experiment_name", "items_count", "gift_wrap", "delivery_speed",
            "address_book_size", "name_of_list", "file_name", "display_mode", "contact_reason", "mail_campaign_id"]
    for key in keys:
        yield (f"keys: {key}", "track", {"properties": {key: "blue"}}, "blue")
