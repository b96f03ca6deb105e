"""A tenth outside attack on the privacy gate, written from the README's promises alone (section "Personal data: one
budget in, one gate out" and the event format), without reading the gate's code: data as real platforms and
libraries emit it. Tokens that carry personal data inside (an OpenID Connect `id_token` in a callback's fragment, a
magic link's or an unsubscribe link's base64url or hex of the address, a signed URL, the tracking parameters mail
tools append: Brevo's `_se`, HubSpot's `_hsenc`, Klaviyo's `_kx`, Mailchimp's `mc_eid`), the field keys of form
builders and shops (HubSpot, WooCommerce, Magento, Shopify, Elementor, Jotform, Contact Form 7; bracketed and
dotted nested keys; keys in Korean, Polish, Turkish, Hausa, Yoruba, Vietnamese and Indonesian; keys that say
nothing, where the value is the only cue), values in Turkish national formats inside sentences, and URL forms
(path segments, matrix parameters, user info, SPA routes in the fragment, double encoding, a URL inside a query
parameter, a text fragment). New persona: a Turkish shopper in Kadıköy, Istanbul.

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

EMAIL = "zqemine.yildirim@yandex.com.tr"
FORM = "zqemine"  # what must not leave of the address
PHONE = "+90 532 417 28 63"  # a Turkcell mobile
TR = "5324172863"  # its national significant digits
LANDLINE = "2163456789"  # an Istanbul (Anatolian side) fixed line
IP4 = "88.230.114.27"
IP6 = "2a02:e0:3f1c:7700::27"
URL = "https://magaza.example.com.tr"
NAME = "Zqemine Yıldırım"


def _tckn(body: str) -> str:
    """A Turkish identity number (T.C. Kimlik No): nine digits and its two check digits."""
    digits = [int(ch) for ch in body]
    tenth = ((sum(digits[0:9:2]) * 7) - sum(digits[1:8:2])) % 10
    eleventh = (sum(digits) + tenth) % 10
    return f"{body}{tenth}{eleventh}"


TCKN = _tckn("384729156")
IBAN_TR = iban("TR", "0006100519786457841326")
TROY = luhn_complete("979203012345678")  # Turkey's own card scheme
VISA_TR = luhn_complete("454360123456789")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _compact(payload: Dict[str, Any]) -> str:  # as a browser's JSON.stringify writes it
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def _jwt(payload: Dict[str, Any], kid: str = "b2620d5e7f132b52afe8875cdf3776c064249d04") -> Tuple[str, str]:
    """A signed JSON Web Token (header.payload.signature, base64url without padding) and its payload part."""
    header = _b64url(_compact({"alg": "RS256", "kid": kid, "typ": "JWT"}))
    body = _b64url(_compact(payload))
    signature = "TmRzQ1VxV2ZnY0pYb2RYbU1xTkVaVnRfS3dGcmZ4Z0J2d2JPbXhTd2w0Yk1OS1dYM2E5dkE"
    return f"{header}.{body}.{signature}", body


GOOGLE_ID_TOKEN = _jwt({"iss": "https://accounts.google.com", "azp": "1008719970978.apps.googleusercontent.com",
                        "aud": "1008719970978.apps.googleusercontent.com", "sub": "110248495921238986420",
                        "email": EMAIL, "email_verified": True, "name": "Emine Yıldırım",
                        "iat": 1732875000, "exp": 1732878600})
FIREBASE_PHONE_TOKEN = _jwt({"iss": "https://securetoken.google.com/magaza-tr", "aud": "magaza-tr",
                             "sub": "Xq3pT9vLk2MZbR8sWcN4", "phone_number": "+905324172863",
                             "firebase": {"identities": {"phone": ["+905324172863"]}, "sign_in_provider": "phone"},
                             "iat": 1732875000, "exp": 1732878600})
MAGIC_LINK_TOKEN = _jwt({"sub": EMAIL, "purpose": "login", "exp": 1732876800})
AUTH0_ID_TOKEN = _jwt({"nickname": "zqemine.yildirim", "name": EMAIL, "updated_at": "2024-11-29T10:30:00.000Z",
                       "email": EMAIL, "iss": "https://magaza-tr.eu.auth0.com/", "aud": "kT3xQ9pLmN2vB8cR",
                       "iat": 1732875000, "exp": 1732911000})
_NONE_BODY = _b64url(_compact({"email": EMAIL, "exp": 1732876800}))
UNSIGNED_TOKEN = (f"{_b64url(_compact({'alg': 'none', 'typ': 'JWT'}))}.{_NONE_BODY}.", _NONE_BODY)
JWTS: Dict[str, Tuple[str, str]] = {
    "unsigned JWT (alg none)": UNSIGNED_TOKEN,
    "Google id_token": GOOGLE_ID_TOKEN,
    "Firebase phone id_token": FIREBASE_PHONE_TOKEN,
    "magic link JWT": MAGIC_LINK_TOKEN,
    "Auth0 id_token": AUTH0_ID_TOKEN,
}


def _jwt_place(place: str, token: str) -> Tuple[str, Dict[str, Any]]:
    state = "af0ifjsldkj"
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "callback fragment": ("page", {"url": f"{URL}/auth/callback#id_token={token}&state={state}"}),
        "callback fragment after access_token": ("page", {"url": f"{URL}/auth/callback#access_token=ya29.a0AfB_"
                                                                 f"byC1x&token_type=Bearer&id_token={token}"}),
        "callback query": ("page", {"url": f"{URL}/auth/callback?id_token={token}&state={state}"}),
        "magic link query": ("page", {"url": f"{URL}/hesap/giris?token={token}"}),
        "path segment": ("page", {"url": f"{URL}/auth/verify/{token}"}),
        "One Tap credential": ("page", {"url": f"{URL}/giris?credential={token}&g_csrf_token=8f2a1c"}),
        "custom property": ("track", {"name": "Signed Up", "properties": {"auth_token": token}}),
        "referrer fragment": ("page", {"referrer": f"https://accounts.example.net/cb#id_token={token}"}),
    }
    return table[place]


def jwt_cases() -> Iterator[Case]:
    for name, (token, body) in JWTS.items():
        for where in ["callback fragment", "callback fragment after access_token", "callback query",
                      "magic link query", "path segment", "One Tap credential", "custom property",
                      "referrer fragment"]:
            yield (f"token {name} @ {where}", *_jwt_place(where, token), [body])


# A mail tool's link token: the subscriber's profile as JSON (about 450 characters of base64url).
LONG_PROFILE = {"$email": EMAIL, "$first_name": "Emine", "$city": "Istanbul", "$country": "TR",
                "list_id": "XyZ123", "campaign_id": "01HCKQ8Z5W3R7T9V2N6M4P8Q0S",
                "message_id": "01HCKQ92B7D3F5H8J0K2M4N6P8",
                "sent_at": "2024-11-29T07:00:00Z", "locale": "tr-TR", "consent": ["email"], "source": "checkout"}

# The address or the phone encoded as link builders and mail tools encode them. name: (token, its forms)
ENCODED: Dict[str, Tuple[str, List[str]]] = {
    "base64url of the address": (_b64url(EMAIL), [_b64url(EMAIL)]),
    "padded base64 of the address": (_b64(EMAIL), [_b64(EMAIL).rstrip("=")]),
    "hex of the address": (EMAIL.encode().hex(), [EMAIL.encode().hex()]),
    "upper-case hex of the address": (EMAIL.encode().hex().upper(), [EMAIL.encode().hex()]),
    "base64url of JSON holding the address": (_b64url(_compact({"e": EMAIL, "l": 42, "t": 1732875000})),
                                              [_b64url(_compact({"e": EMAIL, "l": 42, "t": 1732875000}))]),
    "base64 of a query holding the address": (_b64(f"email={EMAIL}&list=7"), [_b64(f"email={EMAIL}&list=7")[:24]]),
    "HubSpot-style prefix before base64url": ("p2ANqtz-" + _b64url(EMAIL), [_b64url(EMAIL)]),
    "itsdangerous signed JSON string": (_b64url(json.dumps(EMAIL)) + ".Z0mK3A.x8Yt2vQ9pL3mN7bR1cS5dF0gH4jK",
                                        [_b64url(json.dumps(EMAIL))]),
    "Django timestamp-signed value": (f"{EMAIL}:1tGk7Q:Vb3kXq9LpT2mN8rC5sD1fG4hJ7kL0zA", [FORM]),
    "base64url of the phone": (_b64url("+905324172863"), [_b64url("+905324172863")]),
    "hex of the phone": (b"+905324172863".hex(), [b"+905324172863".hex()]),
    "base64url of a long profile JSON": (_b64url(_compact(LONG_PROFILE)), [_b64url(_compact(LONG_PROFILE))]),
    "base64 of the address and a newline (echo | base64)": (_b64(EMAIL + "\n"), [_b64(EMAIL + "\n").rstrip("=")]),
    "base64 of the display name and address": (_b64(f"Emine Yıldırım <{EMAIL}>"),
                                               [_b64(f"Emine Yıldırım <{EMAIL}>")[:24]]),
    "base64 of base64 of the address": (_b64(_b64(EMAIL)), [_b64(_b64(EMAIL)).rstrip("=")]),
    "hex of UTF-16 of the address": (EMAIL.encode("utf-16-le").hex(), [EMAIL.encode("utf-16-le").hex()[:40]]),
    "base64 of UTF-16 of the address": (base64.b64encode(EMAIL.encode("utf-16-le")).decode(),
                                        [base64.b64encode(EMAIL.encode("utf-16-le")).decode()[:40]]),
    "base32 of the address": (base64.b32encode(EMAIL.encode()).decode().rstrip("="),
                              [base64.b32encode(EMAIL.encode()).decode().rstrip("=")]),
}


def _encoded_place(place: str, token: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(token, safe="")
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "magic link": ("page", {"url": f"{URL}/hesap/giris?magic={q}"}),
        "unsubscribe link": ("page", {"url": f"{URL}/abonelik/iptal?e={q}&list=7"}),
        "reset path": ("page", {"url": f"{URL}/sifre/sifirla/{q}/3f9a2c7d1e"}),
        "Brevo _se": ("page", {"url": f"{URL}/kampanya?utm_source=brevo&utm_medium=email&_se={q}"}),
        "HubSpot _hsenc": ("page", {"url": f"{URL}/kampanya?_hsenc={q}&_hsmi=284772637"}),
        "Klaviyo _kx": ("page", {"url": f"{URL}/kampanya?_kx={q}"}),
        "utm_content": ("page", {"url": f"{URL}/kampanya?utm_source=newsletter&utm_content={q}"}),
        "custom property": ("track", {"properties": {"reset_token": token}}),
        "referrer query": ("page", {"referrer": f"https://click.example.net/ls/click?upn={q}"}),
    }
    return table[place]


ENCODED_PLACES = ["magic link", "unsubscribe link", "reset path", "Brevo _se", "HubSpot _hsenc", "Klaviyo _kx",
                  "utm_content", "custom property", "referrer query"]

# Mail tools' tracking parameters holding the raw address (a merge tag such as *|EMAIL|* put in the link).
TRACKING_KEYS = ["mc_eid", "vero_id", "sfmc_sub", "ml_subscriber", "_ke", "ck_subscriber_id", "oly_enc_id",
                 "trk_contact", "mkt_tok", "sc_uid"]


def tracking_cases() -> Iterator[Case]:
    for key in TRACKING_KEYS:
        yield (f"token {key} holding the raw address", "page",
               {"url": f"{URL}/kampanya?utm_medium=email&{key}={EMAIL}"}, [FORM])
        yield (f"token {key} holding the percent-encoded address", "page",
               {"url": f"{URL}/kampanya?utm_medium=email&{key}={quote(EMAIL, safe='')}"}, [FORM])


SIGNED = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20241129%2Feu-central-1%2Fs3%2F" \
         "aws4_request&X-Amz-Date=20241129T103000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=" \
         "fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024"
SIGNED_URLS: Dict[str, Tuple[str, List[str]]] = {
    "S3 presigned invoice under the address": (
        f"https://faturalar.s3.eu-central-1.amazonaws.com/{quote(EMAIL)}/2024-1001.pdf?{SIGNED}", [FORM]),
    "S3 presigned invoice under the phone": (
        f"https://faturalar.s3.eu-central-1.amazonaws.com/905324172863/2024-1001.pdf?{SIGNED}", [TR]),
    "Laravel signed verification with the address": (
        f"{URL}/email/verify/1001?email={quote(EMAIL)}&expires=1732878600&signature=4c6f7a2b9e1d", [FORM]),
    "Azure SAS blob named by the address": (
        f"https://magaza.blob.core.windows.net/avatars/{EMAIL}.jpg?sv=2022-11-02&se=2024-11-30&sr=b&sp=r&"
        "sig=Xq3pT9vLk2MZbR8sWcN4%3D", [FORM]),
    "Cloudinary image named by the address": (
        f"https://res.cloudinary.com/magaza/image/upload/s--Xq3pT9vL--/v1732875000/avatars/{EMAIL}", [FORM]),
}


def signed_cases() -> Iterator[Case]:
    for name, (url, forms) in SIGNED_URLS.items():
        yield (f"token {name} @ custom property", "track", {"properties": {"download_url": url}}, forms)
        yield (f"token {name} @ referrer", "page", {"referrer": url}, forms)


# Values in Turkish formats and as Turkish shoppers write them.
MAILS: Dict[str, Tuple[str, List[str]]] = {
    "plain address": (EMAIL, [FORM]),
    "upper case with a dotted capital I": ("ZQEMİNE.YILDIRIM@YANDEX.COM.TR", [FORM]),
    "dotless i in the local part": ("zqemıne.yıldırım@yandex.com.tr", ["zqemıne", FORM]),
    "Turkish suffix after an apostrophe": (f"{EMAIL}'a", [FORM]),
    "Turkish suffix after a right quote": (f"{EMAIL}\u2019dan", [FORM]),
    "spelled in Turkish et and nokta": ("zqemine.yildirim et yandex nokta com nokta tr", [FORM]),
    "right-to-left marks around the at": (EMAIL.replace("@", "\u200f@\u200e"), [FORM]),
    "full-width at": (EMAIL.replace("@", "\uff20"), [FORM]),
    "word joiners between letters": ("\u2060".join(EMAIL), [FORM]),
    "mailto with a Turkish subject": (f"mailto:{EMAIL}?subject=Sipari%C5%9F%20%231001", [FORM]),
    "display name in angle brackets": (f"Emine Yıldırım <{EMAIL}>", [FORM]),
    "after a Turkish label": (f"E-posta adresim: {EMAIL}", [FORM]),
    "after a Korean label": (f"이메일: {EMAIL}", [FORM]),
    "percent-encoded at": (EMAIL.replace("@", "%40"), [FORM]),
    "double-encoded at": (EMAIL.replace("@", "%2540"), [FORM]),
    "plus tag of a campaign": (EMAIL.replace("@", "+kasim@"), [FORM]),
}

PHONES: Dict[str, Tuple[str, str]] = {
    "TR +90 spaced": (PHONE, TR),
    "TR trunk spaced": ("0532 417 28 63", TR),
    "TR trunk compact": ("05324172863", TR),
    "TR 0 and parentheses": ("0 (532) 417 28 63", TR),
    "TR parenthesised with trunk": ("(0532) 417-2863", TR),
    "TR +90 with parentheses": ("+90 (532) 417 28 63", TR),
    "TR 0090": ("0090 532 417 2863", TR),
    "TR E.164 without plus": ("905324172863", TR),
    "TR without trunk spaced": ("532 417 28 63", TR),
    "TR dashed": ("0532-417-28-63", TR),
    "TR dotted": ("0532.417.28.63", TR),
    "TR full-width digits": ("\uff10\uff15\uff13\uff12 \uff14\uff11\uff17 \uff12\uff18 \uff16\uff13", TR),
    "TR right-to-left marks": ("\u200f+90 532 417 28 63\u200f", TR),
    "TR suffix after an apostrophe": ("0532 417 28 63'ü", TR),
    "TR after Cep label": ("Cep: 0532 417 28 63", TR),
    "TR after GSM label": ("GSM: 0532 4172863", TR),
    "TR Istanbul landline": ("+90 216 345 67 89", LANDLINE),
    "TR Istanbul landline with trunk": ("0 216 345 67 89", LANDLINE),
    "TR tel link": ("tel:+905324172863", TR),
    "TR WhatsApp link": ("https://wa.me/905324172863", TR),
    "TR after a possessive label": ("telefon numaram 0532 417 28 63", TR),
    "TR suffix ten after a right quote": ("0532 417 28 63\u2019ten", TR),
    "TR spelled in Turkish": ("sıfır beş üç iki dört bir yedi iki sekiz altı üç", "sıfır beş üç iki dört"),
}

IDS: Dict[str, Tuple[str, str]] = {
    "TCKN plain": (TCKN, TCKN),
    "TCKN after its label": (f"T.C. Kimlik No: {TCKN}", TCKN),
    "TCKN after TC": (f"TC: {TCKN}", TCKN),
    "TCKN spaced in threes": (" ".join([TCKN[:3], TCKN[3:6], TCKN[6:9], TCKN[9:]]), TCKN),
    "IBAN TR spaced": (spaced(IBAN_TR), IBAN_TR[4:]),
    "IBAN TR compact": (IBAN_TR, IBAN_TR[4:]),
    "IBAN TR after its label": (f"IBAN: {spaced(IBAN_TR)}", IBAN_TR[4:]),
    "TCKN after a possessive label": (f"kimlik numaram {TCKN}", TCKN),
    "TCKN with a suffix": (f"{TCKN}'dir", TCKN),
    "card Troy spaced": (spaced(TROY), TROY),
    "card Troy compact": (TROY, TROY),
    "card Visa with expiry and CVC": (f"{spaced(VISA_TR)} 11/27 123", VISA_TR),
}

POSTAL: Dict[str, Tuple[str, str]] = {
    "postal Moda address with postal code": ("Caferağa Mah. Moda Cad. No: 12 D: 3, 34710 Kadıköy/İstanbul",
                                             "Moda Cad"),
    "postal Bagdat avenue with flat": ("Bağdat Caddesi No:145 Daire:7, Suadiye 34740 Kadıköy", "Caddesi No:145"),
    "postal street line with Sokak": ("Gül Sokak No. 7/3, Moda, Kadıköy", "Gül Sokak"),
    "postal address on lines": ("Caferağa Mah.\nModa Cad. No: 12 D: 3\n34710 Kadıköy / İstanbul", "Moda Cad"),
}

NAMES: Dict[str, Tuple[str, str]] = {
    "name after Sayin": (f"Sayın {NAME},", "Zqemine"),
    "name after Alici label": (f"Alıcı: {NAME}", "Zqemine"),
    "name after Ad Soyad label": (f"Ad Soyad: {NAME}", "Zqemine"),
    "name after Sevgili": (f"Sevgili {NAME},", "Zqemine"),
    "name after Teslim alan label": (f"Teslim alan: {NAME}", "Zqemine"),
    "name in capitals after Alici label": (f"Alıcı: {NAME.upper()}", "ZQEMINE"),
}

IPS: Dict[str, Tuple[str, str]] = {
    "ip v4 in a chat message": (f"IP adresim {IP4} engellenmiş", IP4),
    "ip v6 in a chat message": (f"IPv6: {IP6}", IP6),
    "ip v4 with port": (f"{IP4}:51234", IP4),
}


def _place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "review": ("track", {"name": "Product Reviewed", "properties": {
            "review_body": f"Ürün çok güzel ama kargo geç geldi. {value} üzerinden ulaşın lütfen."}}),
        "gift note": ("track", {**order, "properties": {
            "value": "5", "currency": "TRY", "gift_note": f"Doğum günün kutlu olsun! Bana {value} yaz"}}),
        "search query": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "chat message": ("track", {"name": "Chat Started", "properties": {
            "chat_message": f"Merhaba, siparişim nerede? {value}"}}),
        "page title": ("page", {"title": f"Hesabım – {value} | Mağaza"}),
        "utm_content": ("page", {"url": f"{URL}/kampanya?utm_source=klaviyo&utm_medium=email&utm_content={q}"}),
        "path segment": ("page", {"url": f"{URL}/u/{q}/siparisler"}),
        "SPA route": ("page", {"url": f"{URL}/#/odeme?ref={q}"}),
        "redirect parameter": ("page", {"url": f"{URL}/giris?redirect=" + quote(f"{URL}/hesap?ref={q}", safe="")}),
        "matrix parameter": ("page", {"url": f"{URL}/hesap;ref={q}/siparisler"}),
        "contents title": ("track", {**order, "properties": {
            "value": "5", "currency": "TRY",
            "contents": json.dumps([{"id": "SKU-7", "title": value, "quantity": 1, "item_price": 5}])}}),
        "referrer fragment": ("page", {"referrer": f"https://mail.yandex.com.tr/#message/{q}"}),
        "note alone": ("track", {**order, "properties": {"value": "5", "currency": "TRY", "delivery_note": value}}),
        "second line of a note": ("track", {**order, "properties": {
            "value": "5", "currency": "TRY", "delivery_note": f"Kapıcıya bırakın\n{value}\nTeşekkürler"}}),
    }
    return table[place]


MAIL_PLACES = ["review", "gift note", "search query", "page title", "utm_content", "path segment", "SPA route",
               "redirect parameter"]
PHONE_PLACES = ["review", "gift note", "search query", "chat message", "path segment", "redirect parameter"]
ID_PLACES = ["gift note", "chat message", "search query", "utm_content", "matrix parameter"]
POSTAL_PLACES = ["gift note", "chat message", "contents title"]
NAME_PLACES = ["note alone", "second line of a note", "chat message", "gift note"]
IP_PLACES = ["chat message", "review"]


def value_cases() -> Iterator[Case]:
    yield from crossed("mail", MAILS, MAIL_PLACES, _place)
    yield from crossed("phone", PHONES, PHONE_PLACES, _place)
    yield from crossed("id", IDS, ID_PLACES, _place)
    for table, places in [(POSTAL, POSTAL_PLACES), (NAMES, NAME_PLACES), (IPS, IP_PLACES)]:
        for name, (value, form) in table.items():
            family, rest = name.split(" ", 1)
            yield from crossed(family, {rest: (value, form)}, places, _place)


# Field keys of form builders, CRMs and shops, and keys in the shopper's and other languages. key: (value, form)
PERSONAL_KEYS: Dict[str, Tuple[str, str]] = {
    # HubSpot, WooCommerce, Magento, Shopify, Elementor, Jotform, Contact Form 7, Klaviyo
    "firstname": ("Zqmeltem", "Zqmeltem"),
    "lastname": ("Zqkaya", "Zqkaya"),
    "mobilephone": ("417 28 63", "4172863"),
    "hs_whatsapp_phone_number": ("417 28 63", "4172863"),
    "billing_phone": ("417 28 63", "4172863"),
    "billing_address_1": ("Zqmoda Cad. 12", "Zqmoda"),
    "billing_postcode": ("34710", "34710"),
    "shipping_first_name": ("Zqmeltem", "Zqmeltem"),
    "customer[email]": ("zqmeltem.kaya", "zqmeltem"),
    "customer[firstname]": ("Zqmeltem", "Zqmeltem"),
    "billing[telephone]": ("417 28 63", "4172863"),
    "checkout[shipping_address][address1]": ("Zqmoda Cad. 12", "Zqmoda"),
    "checkout[billing_address][zip]": ("34710", "34710"),
    "customer.contact.email": ("zqmeltem.kaya", "zqmeltem"),
    "customer.contact.mobile": ("417 28 63", "4172863"),
    "contact.address.line1": ("Zqmoda Cad. 12", "Zqmoda"),
    "form_fields[name]": ("Zqmeltem", "Zqmeltem"),
    "your-tel": ("417 28 63", "4172863"),
    "q4_fullName[first]": ("Zqmeltem", "Zqmeltem"),
    "q5_phoneNumber[full]": ("417 28 63", "4172863"),
    "properties[Recipient name]": ("Zqmeltem", "Zqmeltem"),
    "attributes[Delivery phone]": ("417 28 63", "4172863"),
    "$first_name": ("Zqmeltem", "Zqmeltem"),
    "$phone_number": ("417 28 63", "4172863"),
    "data[attributes][email]": ("zqmeltem.kaya", "zqmeltem"),
    "checkout[email_or_phone]": ("zqmeltem.kaya", "zqmeltem"),
    "checkout[shipping_address][first_name]": ("Zqmeltem", "Zqmeltem"),
    "street[0]": ("Zqmoda Cad. 12", "Zqmoda"),
    "telephone": ("417 28 63", "4172863"),
    "utm_email": ("zqmeltem.kaya", "zqmeltem"),
    "fields[E-posta Adresi]": ("zqmeltem.kaya", "zqmeltem"),
    # Korean
    "연락처": ("417 28 63", "4172863"),
    "배송지": ("Zqmoda Cad. 12", "Zqmoda"),
    "상세주소": ("Zqmoda Cad. 12", "Zqmoda"),
    "생년월일": ("1988-07-14", "1988-07-14"),
    "이메일": ("zqmeltem.kaya", "zqmeltem"),
    "휴대폰번호": ("417 28 63", "4172863"),
    "받는분_주소": ("Zqmoda Cad. 12", "Zqmoda"),
    "주문자명": ("Zqmeltem", "Zqmeltem"),
    "우편번호": ("34710", "34710"),
    # Polish
    "adres_email": ("zqmeltem.kaya", "zqmeltem"),
    "nr_telefonu": ("417 28 63", "4172863"),
    "imię": ("Zqmeltem", "Zqmeltem"),
    "nazwisko": ("Zqkaya", "Zqkaya"),
    "kod_pocztowy": ("34710", "34710"),
    "ulica_i_numer_domu": ("Zqmoda Cad. 12", "Zqmoda"),
    "miejscowość": ("Zqkadikoy", "Zqkadikoy"),
    "numer_pesel": ("8807", "8807"),
    # Turkish
    "Adı": ("Zqmeltem", "Zqmeltem"),
    "Soyadı": ("Zqkaya", "Zqkaya"),
    "E-Posta Adresi": ("zqmeltem.kaya", "zqmeltem"),
    "Cep Telefonu": ("417 28 63", "4172863"),
    "İlçe": ("Zqkadikoy", "Zqkadikoy"),
    "Mahalle": ("Zqcaferaga", "Zqcaferaga"),
    "Doğum Yılı": ("1988", "1988"),
    "TC Kimlik Numarası": ("384729", "384729"),
    "müşteri_adı": ("Zqmeltem", "Zqmeltem"),
    "eposta": ("zqmeltem.kaya", "zqmeltem"),
    "cep_telefonu": ("417 28 63", "4172863"),
    "ad_soyad": ("Zqmeltem Kaya", "Zqmeltem"),
    "teslimat_adresi": ("Zqmoda Cad. 12", "Zqmoda"),
    "posta_kodu": ("34710", "34710"),
    "tc_kimlik_no": ("384729", "384729"),
    "doğum_tarihi": ("14.07.1988", "14.07.1988"),
    "alıcı_adı": ("Zqmeltem", "Zqmeltem"),
    "fatura_adresi": ("Zqmoda Cad. 12", "Zqmoda"),
    # Hausa
    "sunan_mai_siya": ("Zqmeltem", "Zqmeltem"),
    "lambar_waya": ("417 28 63", "4172863"),
    "adireshi": ("Zqmoda Cad. 12", "Zqmoda"),
    # Yoruba
    "orúkọ": ("Zqmeltem", "Zqmeltem"),
    "nọ́mbà_fóònù": ("417 28 63", "4172863"),
    "àdírẹ́sì": ("Zqmoda Cad. 12", "Zqmoda"),
    # Vietnamese
    "họ_tên": ("Zqmeltem", "Zqmeltem"),
    "số_điện_thoại": ("417 28 63", "4172863"),
    "địa_chỉ_giao_hàng": ("Zqmoda Cad. 12", "Zqmoda"),
    "tỉnh_thành_phố": ("Zqkadikoy", "Zqkadikoy"),
    # Indonesian
    "kecamatan": ("Zqkadikoy", "Zqkadikoy"),
    "no_whatsapp": ("417 28 63", "4172863"),
    "alamat_email": ("zqmeltem.kaya", "zqmeltem"),
    "nama_lengkap": ("Zqmeltem", "Zqmeltem"),
    "nomor_hp": ("417 28 63", "4172863"),
    "alamat_pengiriman": ("Zqmoda Cad. 12", "Zqmoda"),
}


def _key_place(place: str, key: str, value: str) -> Tuple[str, Dict[str, Any]]:
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "property": ("track", {"properties": {key: value}}),
        "query": ("page", {"url": f"{URL}/form/tesekkurler?{quote(key, safe='')}={quote(value, safe='')}"}),
        "form dump": ("track", {"name": "Form Submitted", "properties": {
            "form_data": f"_wpcf7=12&{quote(key, safe='')}={quote(value, safe='')}&kvkk_onay=1"}}),
        "JSON text": ("track", {"name": "Form Submitted", "properties": {"payload": json.dumps({key: value})}}),
        "nested JSON": ("track", {"name": "Form Submitted", "properties": {
            "payload": json.dumps({"form": {"id": 12, "fields": [{key: value}]}}, ensure_ascii=False)}}),
        "SPA route query": ("page", {"url": f"{URL}/#/form?{quote(key, safe='')}={quote(value, safe='')}"}),
    }
    return table[place]


KEY_PLACES = ["property", "query", "form dump", "JSON text", "nested JSON", "SPA route query"]


def key_cases() -> Iterator[Case]:
    for key, (value, form) in PERSONAL_KEYS.items():
        for where in KEY_PLACES:
            yield (f"key {where}: {key}", *_key_place(where, key, value), [form])


# Keys that say nothing (generated field ids): the value is the only cue. name: value, form
BLIND_KEYS = ["data[0][value]", "entry.1048576123", "input_3", "field_7", "answers[2][text]", "fields[0][value]",
              "q12"]
BLIND_VALUES: Dict[str, Tuple[str, str]] = {
    "address": (EMAIL, FORM),
    "phone": ("0532 417 28 63", TR),
    "TCKN": (TCKN, TCKN),
    "IBAN": (spaced(IBAN_TR), IBAN_TR[4:]),
}


def blind_key_cases() -> Iterator[Case]:
    for key in BLIND_KEYS:
        for name, (value, form) in BLIND_VALUES.items():
            yield (f"blind {name} under {key}", "track", {"name": "Form Submitted", "properties": {key: value}},
                   [form])
    yield ("blind form dump naming the field in another parameter", "track", {"name": "Form Submitted",
           "properties": {"form_data": "data[0][name]=soyad&data[0][value]=Zqkaya&data[1][name]=sehir"}},
           ["Zqkaya"])
    yield ("blind JSON naming the field in a sibling", "track", {"name": "Form Submitted", "properties": {
        "answers": json.dumps([{"field": {"ref": "phone_number"}, "type": "text", "text": "417 28 63"}])}},
        ["4172863"])
    yield ("blind Typeform hidden field in the URL", "page",
           {"url": f"{URL}/anket#email={quote(EMAIL, safe='')}&order=1001"}, [FORM])


# URL forms. name: (url, forms); each as the page's URL and as the referrer.
URL_FORMS: Dict[str, Tuple[str, List[str]]] = {
    "path segment with the raw address": (f"{URL}/u/{EMAIL}/orders", [FORM]),
    "path segment with the encoded address": (f"{URL}/u/{quote(EMAIL, safe='')}/orders", [FORM]),
    "path segment with a plus tag": (f"{URL}/u/{EMAIL.replace('@', '+kasim@')}/orders", [FORM]),
    "path segment with an encoded slash": (f"{URL}/u%2F{quote(EMAIL, safe='')}", [FORM]),
    "profile with the dialled phone": (f"{URL}/profile/+905324172863", [TR]),
    "profile with the spaced phone": (f"{URL}/profil/0532%20417%2028%2063", [TR]),
    "matrix parameter email": (f"{URL}/hesap;email={EMAIL}/siparisler", [FORM]),
    "matrix parameter neutral key": (f"{URL}/hesap;u={quote(EMAIL, safe='')}", [FORM]),
    "user info with the address": (f"https://{quote(EMAIL, safe='')}:gizli@magaza.example.com.tr/", [FORM]),
    "user info with the phone": ("https://905324172863@magaza.example.com.tr/hesap", [TR]),
    "SPA route with email": (f"{URL}/#/checkout?email={EMAIL}", [FORM]),
    "SPA route with a neutral key": (f"{URL}/#/odeme?e={quote(EMAIL, safe='')}", [FORM]),
    "SPA hashbang path": (f"{URL}/#!/hesap/{EMAIL}", [FORM]),
    "SPA route with a double-encoded address": (f"{URL}/#/odeme?e={EMAIL.replace('@', '%2540')}", [FORM]),
    "fragment before the query": (f"{URL}/hesap#?email={EMAIL}", [FORM]),
    "double-encoded query value": (f"{URL}/ara?q={EMAIL.replace('@', '%2540')}", [FORM]),
    "triple-encoded query value": (f"{URL}/ara?q={EMAIL.replace('@', '%252540')}", [FORM]),
    "URL inside a redirect parameter": (
        f"{URL}/giris?redirect=" + quote(f"{URL}/hesap?email={EMAIL}", safe=""), [FORM]),
    "URL inside a redirect inside a redirect": (
        f"{URL}/cikis?next=" + quote(f"{URL}/giris?redirect=" + quote(f"{URL}/hesap?e={EMAIL}", safe=""), safe=""),
        [FORM]),
    "base64url of a URL holding the address": (
        f"{URL}/git?continue={_b64url(f'{URL}/hesap?e={EMAIL}')}", [_b64url(f"{URL}/hesap?e={EMAIL}")]),
    "Firebase email link continueUrl": (
        f"{URL}/__/auth/action?apiKey=AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY&mode=signIn&oobCode=Xq3pT9vLk2MZ&"
        "continueUrl=" + quote(f"{URL}/finish?email={quote(EMAIL, safe='')}", safe="") + "&lang=tr", [FORM]),
    "query key is the address": (f"{URL}/p?{EMAIL}", [FORM]),
    "query array key email[]": (f"{URL}/abone?email[]={quote(EMAIL, safe='')}", [FORM]),
    "query bracketed user[email]": (f"{URL}/abone?user%5Bemail%5D={quote(EMAIL, safe='')}", [FORM]),
    "query dotted customer.contact.email": (f"{URL}/abone?customer.contact.email={quote(EMAIL, safe='')}", [FORM]),
    "query with plus for blanks": (f"{URL}/ara?q=%2B90+532+417+28+63", [TR]),
    "query telefon": (f"{URL}/geri-arama?telefon=05324172863", [TR]),
    "fragment email pair": (f"{URL}/tesekkurler#email={quote(EMAIL, safe='')}", [FORM]),
    "text fragment holding the address": (f"{URL}/iletisim#:~:text={quote(EMAIL, safe='')}", [FORM]),
    "AMP cache URL with the address in the path": (
        f"https://magaza-example-com-tr.cdn.ampproject.org/c/s/magaza.example.com.tr/u/{EMAIL}", [FORM]),
    "Google Translate proxy with the address": (
        f"https://magaza-example-com-tr.translate.goog/hesap?e={quote(EMAIL, safe='')}&_x_tr_sl=tr&_x_tr_tl=en",
        [FORM]),
    "WhatsApp click-to-chat": ("https://api.whatsapp.com/send?phone=905324172863&text=Merhaba", [TR]),
    "Telegram phone link": ("https://t.me/+905324172863", [TR]),
    "IDN host with the address in the query": (f"https://mağaza.example/hesap?e={quote(EMAIL, safe='')}", [FORM]),
    "Cloudflare email protection": (
        "https://magaza.example.com.tr/cdn-cgi/l/email-protection#"
        + "5a" + "".join(f"{ord(ch) ^ 0x5A:02x}" for ch in EMAIL), ["5a" + "".join(
            f"{ord(ch) ^ 0x5A:02x}" for ch in EMAIL)]),
    "mailto share link inside a parameter": (
        f"{URL}/paylas?link=" + quote(f"mailto:{EMAIL}?subject=Sepetim", safe=""), [FORM]),
    "TCKN in a query": (f"{URL}/fatura?tckn={TCKN}", [TCKN]),
    "TCKN in a path": (f"{URL}/fatura/{TCKN}/pdf", [TCKN]),
    "IBAN in a query": (f"{URL}/iade?hesap={IBAN_TR}", [IBAN_TR[4:]]),
    "Outlook Safe Links with the recipient in data": (
        "https://eur01.safelinks.protection.outlook.com/?url=" + quote(f"{URL}/kampanya?utm_medium=email", safe="")
        + "&data=05%7C02%7C" + quote(EMAIL, safe="") + "%7C8f2a1c3b4d5e4f60a7b8c9d0e1f2a3b4%7C0%7C638684"
        "&sdata=Xq3pT9vLk2MZbR8sWcN4%3D&reserved=0", [FORM]),
    "Google redirect holding the address": (
        "https://www.google.com/url?q=" + quote(f"{URL}/hesap?e={EMAIL}", safe="") + "&sa=D&source=editors", [FORM]),
    "Yandex Mail referrer with the login": (
        "https://mail.yandex.com.tr/?uid=1130000012345678&login=zqemine.yildirim#inbox", [FORM]),
    "customer parameter in Turkish": (f"{URL}/hesap/siparisler?musteri={quote(EMAIL, safe='')}", [FORM]),
    "data URI of base64 in a query": (f"{URL}/p?d=" + quote(f"data:text/plain;base64,{_b64(EMAIL)}", safe=""),
                                      [_b64(EMAIL).rstrip("=")]),
}


def url_cases() -> Iterator[Case]:
    for name, (url, forms) in URL_FORMS.items():
        yield (f"url {name} @ page URL", "page", {"url": url}, forms)
        yield (f"url {name} @ referrer", "page", {"referrer": url}, forms)


def cases() -> List[Case]:
    return [*jwt_cases(), *crossed("token", ENCODED, ENCODED_PLACES, _encoded_place), *tracking_cases(),
            *signed_cases(), *value_cases(), *key_cases(), *blind_key_cases(), *url_cases()]


# Ordinary shop data close to the rules: it must go out unchanged.
ORDINARY: Dict[str, List[str]] = {
    "order numbers": ["#TR-100234", "Sipariş No: 2024112900123", "ORD-34710-0012", "1000234567",
                      "WC-2024-0005324", "TY-6013452817"],
    "product codes": ["SKU TR-5324-BLK", "Model A2894", "EAN 8690504123453", "ISBN 978-605-4717-12-5",
                      "MPN SM-S921B/DS", "Art. No. 417-2863"],
    "tracking numbers": ["Kargo takip: YK2024112900123", "Takip no: 7340012345678", "1Z999AA10123456784",
                         "Aras Kargo 3801234567"],
    "dates": ["29.11.2024", "29 Kasım 2024 Cuma", "Teslimat: 02.12.2024 - 04.12.2024", "2024-11-29T10:30:00+03:00"],
    "prices": ["1.299,90 TL", "₺1.299,90", "3 taksit x 433,30 TL", "KDV dahil 249,00 ₺", "%20 indirim"],
    "product names": ["iPhone 15 Phone Case Şeffaf", "Street Art Poster 50x70", "Mail Bag Deri Postacı Çantası",
                      "Moda Caddesi Kahve Fincanı", "Bağdat Caddesi Sneaker 42", "Adres Defteri A5",
                      "Telefon Tutucu Araç İçi", "Email Marketing Course", "Address Labels 100 pcs",
                      "Doğum Günü Mumu", "Kimlik Kartı Kılıfı", "Name Necklace Gold", "휴대폰 케이스 갤럭시 S24",
                      "Street Food Kitabı", "Phone Stand 360°", "Mail Order Catalog 2024",
                      "Kadıköy Moda Sahil Posteri", "Sokak Lambası 12 Watt", "İsim Yazılı Kupa",
                      "Ad Soyad Yazılı Kolye", "Posta Kodu Rehberi 2024", "Mailbox Sticker Set"],
    "shop text": ["EU 38 / TR 38", "120x200 cm", "Firmware 4.2.1.7", "Kadıköy şubesinden teslim al", "v3.2.1",
                  "Harika ürün, 5 yıldız!", "Kargo 2 günde geldi, teşekkürler", "KASIM50"],
}
ORDINARY_PLACES: Dict[str, List[str]] = {family: ["order note", "page title", "product name in the list"]
                                         for family in ORDINARY}

ORDINARY_URLS = [
    f"{URL}/checkouts/cn/{_b64url('gcp-europe-west4:01HCKQ8Z5W3R7T9V2N6M4P8Q0S')}/thank_you",
    f"{URL}/?_gl=1*1x2y3z4*_ga*{_b64('1234567890.1732875000')}*_ga_ABC123*{_b64('1732875000.1.1.1732875000.0.0.0')}",
    f"{URL}/odeme/sonuc?token=7d3f9a2c-1b4e-4c6d-8f0a-2e5b7c9d1f3a&merchant_oid=TR100234",
    f"{URL}/account/activate/6789012345/4c6f7a2b9e1d8a3f5b7c?syclid=8f2a1c3b",
    "https://magaza.us21.list-manage.com/track/click?u=a1b2c3d4e5f60718293a4b5c6&id=9f8e7d6c5b&e=0a1b2c3d4e",
    f"{URL}/email/verify/1001/4c6f7a2b9e1d8a3f?expires=1732878600&signature=9e1d8a3f4c6f7a2b",
    f"{URL}/kampanya?utm_source=newsletter&utm_medium=email&utm_campaign=kasim_indirimi",
    f"{URL}/kampanya?_hsmi=284772637&utm_content=284772637&utm_source=hs_email",
    f"{URL}/kampanya?mc_cid=a1b2c3d4e5&mc_eid=9f8e7d6c5b",
    f"{URL}/urun/moda-caddesi-kahve-fincani-p-123456",
    f"{URL}/kategori/telefon-kiliflari?sayfa=2&sirala=fiyat_artan",
    f"{URL}/#/sepet",
    f"{URL}/oauth/callback?code=4%2F0AfJohXm3kQ9pL&state=af0ifjsldkj",
    f"{URL}/siparis/TR-100234/tesekkurler",
    f"{URL}/blog/2024/11/29/kasim-indirimleri",
    f"{URL}/p?fbclid=IwAR2F4mKp9Xq3T7vLk2MZbR8sWcN4",
    f"{URL}/kargo-takip?no=1Z999AA10123456784",
    f"{URL}/ara?q=iphone+15+phone+case",
]

ORDINARY_KEYS = ["utm_content", "mc_cid", "_hsmi", "kargo_firmasi", "urun_adi", "kategori", "marka", "beden",
                 "renk", "taksit_sayisi", "kupon_kodu", "magaza_sehir", "sepet_tutari", "제품명", "nazwa_produktu",
                 "nama_produk", "tên_sản_phẩm", "phone_case_color", "email_opt_in", "address_type",
                 "shipping_method", "delivery_date", "gift_wrap"]


def ordinary_cases() -> Iterator[Tuple[str, str, Dict[str, Any], str]]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, lambda where, value: order_place(where, value, "TRY"))
    yield from ordinary_urls(ORDINARY_URLS)
    yield from ordinary_keys(ORDINARY_KEYS)
