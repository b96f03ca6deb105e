"""The thirty-sixth outside attack's cases, written from the README's promises (sections "Personal data: one budget
in, one gate out", "Settings", "Identity", "Events" and "Meta's own fields") and issue 16's text only, without reading
the gate's code nor the earlier attacks' cases: identity in what machines make. Personal data carried inside values
that software produces rather than people type: tokens and links (JWTs and their claims, magic-login, password-reset,
unsubscribe and campaign click links, OAuth/OIDC `login_hint` and `id_token_hint`, SAML `RelayState`, signed download
links naming a file, URLs inside URLs encoded once or twice, user info in a URL); serialized forms (PHP `serialize()`,
Python `repr`, YAML, TOML, XML, HTML form fields, CSV, form bodies, JSON in JSON, protobuf text, GraphQL, language
dumps, log lines, stack traces, SQL, HTTP header dumps); standard payloads (vCard, MeCard, iCalendar, `tel:`/`sms:`/
`mailto:` URIs, EPC SEPA and Swiss QR-bill text, `geo:` URIs, `data:` URIs, OTP and payment URIs); file names and
paths; keys that machines write (Stripe, Shopify, Mailchimp, SAML attribute names, OIDC claims); `fbc`/`fbp` payloads
encoding a value. Every personal case goes into the leaves the README maps and under each data-minimisation setting;
the ordinary values of the same shapes must go out unchanged; numbers as software prints them must go out as the
same number or end in an Err naming the field.

Each family carries a marker of its own (a made-up name no dictionary holds: `tolvarenq`, `brasquell`, `vandrekoss`,
`quimbrelle`, `ostrevaine`, `yelvantha`, `pellowenq`, `zindravel`), so a leak is found by the marker anywhere in the
request; an encoded value is found by its encoded form.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple
from urllib.parse import quote

from builders import NOW
from privacy_attack_cases_2 import iban, luhn_complete, ordinary_in_places, ordinary_keys, ordinary_urls

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

MS = (NOW - 3_600) * 1000  # an fbc/fbp creation time an hour before the event
SHOP = "https://boutique.example.de"


def _q(text: str) -> str:
    return quote(text, safe="")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _jwt(claims: Dict[str, Any], header: str = '{"alg":"RS256","typ":"JWT","kid":"k1"}') -> str:
    return ".".join([_b64url(header), _b64url(json.dumps(claims, separators=(",", ":"))),
                     "Qm9ndXNTaWduYXR1cmVCeXRlc0hlcmVfMDEyMzQ1Njc4OQ"])


def _attachment(name: str) -> str:
    return f'attachment; filename="{name}"'


def _payload(token: str) -> str:
    return token.split(".")[1]


def place(where: str, value: str, tag: str = "36") -> Tuple[str, Dict[str, Any]]:
    """An attack's value put in one leaf of Meta's payload the README maps, or under one data-minimisation setting:
    (kind, make_event overrides); `tag` names the attack in the ids around it (`ART-36`)."""
    encoded = _q(value)
    order = "Order Completed"
    money = {"value": "5", "currency": "EUR"}
    standard = {"meta_custom_data": "standard"}
    drop = {"meta_url_query": "drop"}
    product = {"product_id": f"ART-{tag}", "price": "5", "quantity": "1"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"debug_blob": value}}),
        "page property": ("page", {"properties": {"debug_blob": value}}),
        "page title": ("page", {"title": value}),
        "page name": ("page", {"data": {"name": value}}),
        "page category": ("page", {"data": {"category": value}}),
        "event name": ("track", {"name": value}),
        "custom event name": ("track", {"name": value, "settings": {"meta_standard_events": "false"}}),
        "order id": ("track", {"name": order, "properties": {"order_id": value, **money}}),
        "event id": ("track", {"name": order, "properties": {"event_id": value, "order_id": f"ORD-{tag}-1", **money}}),
        "content ids": ("track", {"name": "Product Added", "properties": {"content_ids": f"ART-{tag},{value}"}}),
        "content category": ("track", {"name": order, "properties": {"category": value, **money}}),
        "content name": ("track", {"name": order, "properties": {"content_name": value, **money}}),
        "status": ("track", {"name": "Subscribe", "properties": {"status": value}}),
        "search string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "product name": ("track", {"name": order, "properties": money, "products": [{**product, "name": value}]}),
        "product id": ("track", {"name": order, "properties": money,
                                 "products": [{**product, "product_id": value}]}),
        "product brand": ("track", {"name": order, "properties": money, "products": [{**product, "brand": value}]}),
        "product category": ("track", {"name": order, "properties": money,
                                       "products": [{**product, "category": value}]}),
        "product variant": ("track", {"name": "Product Viewed", "properties": {"sku": f"ART-{tag}", "variant": value}}),
        "contents title": ("track", {"name": order, "properties": {**money, "contents": json.dumps(
            [{"id": f"ART-{tag}", "quantity": 1, "item_price": 5, "title": value}], ensure_ascii=False)}}),
        "contents id": ("track", {"name": order, "properties": {**money, "contents": json.dumps(
            [{"id": value, "quantity": 1, "item_price": 5}], ensure_ascii=False)}}),
        "json property": ("track", {"properties": {"debug_echo": json.dumps(
            {"trace": f"T-{tag}", "detail": value}, ensure_ascii=False)}}),
        "url path": ("page", {"url": f"{SHOP}/files/{encoded}/view"}),
        "url raw path": ("page", {"url": f"{SHOP}/dl/{value}"}),
        "url query value": ("page", {"url": f"{SHOP}/go?target={encoded}&page=2"}),
        "url fragment": ("page", {"url": f"{SHOP}/app#{encoded}"}),
        "page search field": ("page", {"url": f"{SHOP}/suche", "search": f"?q={encoded}"}),
        "utm content": ("page", {"url": f"{SHOP}/?utm_source=newsletter&utm_content={encoded}"}),
        "referrer path": ("page", {"referrer": f"https://mail.example-webmail.net/read/{encoded}"}),
        "referrer query": ("page", {"referrer": f"https://mail.example-webmail.net/out?link={encoded}"}),
        "page url": ("page", {"url": value}),
        "referrer": ("page", {"referrer": value}),
        "user event property": ("user", {"user_properties": {"debug_blob": value}}),
        "standard content name": ("track", {"name": order, "properties": {"content_name": value, **money},
                                            "settings": standard}),
        "standard search string": ("track", {"name": "Products Searched", "properties": {"search_string": value},
                                             "settings": standard}),
        "standard order id": ("track", {"name": order, "properties": {"order_id": value, **money},
                                        "settings": standard}),
        "standard contents title": ("track", {"name": order, "settings": standard, "properties": {
            **money, "contents": json.dumps([{"id": f"ART-{tag}", "quantity": 1, "item_price": 5, "title": value}],
                                            ensure_ascii=False)}}),
        "standard custom property": ("track", {"properties": {"debug_blob": value}, "settings": standard}),
        "standard page title": ("page", {"title": value, "settings": standard}),
        "listed custom property": ("track", {"properties": {"debug_blob": value},
                                             "settings": {"meta_custom_data": "colour,debug_blob"}}),
        "listed page property": ("page", {"properties": {"debug_blob": value},
                                          "settings": {"meta_custom_data": "debug_blob"}}),
        "dropped query": ("page", {"url": f"{SHOP}/go?target={encoded}", "settings": drop}),
        "url fragment under dropped query": ("page", {"url": f"{SHOP}/app?x=1#{encoded}", "settings": drop}),
        "url path under dropped query": ("page", {"url": f"{SHOP}/files/{encoded}?x=1", "settings": drop}),
        "referrer path under dropped query": ("page", {"referrer": f"https://mail.example-webmail.net/read/{encoded}",
                                                       "settings": drop}),
        "page url under dropped query": ("page", {"url": value, "settings": drop}),
    }
    return table[where]


# The leaves a text value is put in (rotated through, as the thirty-fifth attack's helpers do).
TEXT_PLACES = ["custom property", "page title", "event name", "order id", "content ids", "content category",
               "content name", "status", "search string", "product name", "product brand", "product category",
               "product variant", "contents title", "json property", "url path", "url query value", "url fragment",
               "page search field", "utm content", "referrer path", "referrer query", "page name", "page category",
               "page property", "custom event name", "user event property", "standard content name",
               "standard search string", "standard order id", "standard contents title", "listed custom property",
               "listed page property", "url fragment under dropped query", "url path under dropped query",
               "referrer path under dropped query", "event id", "product id", "contents id", "url raw path"]
# The leaves a whole URL is put in, besides the text places (a link is a page's URL or its referrer as often).
URL_PLACES = ["page url", "referrer", "page url under dropped query", "custom property", "url query value",
              "page title", "json property", "content ids", "order id", "referrer query", "search string",
              "product name", "listed custom property", "standard search string", "user event property"]
# The leaves a file name or a path is put in.
FILE_PLACES = ["url raw path", "url path", "custom property", "content ids", "product name", "page title",
               "contents id", "order id", "referrer path", "url query value", "json property", "product id",
               "url path under dropped query", "standard contents title", "search string", "event id"]


def rotated(family: str, table: Dict[str, Tuple[str, Any]], places: List[str], per: int,
            start: int = 0, tag: str = "36",
            put: Optional[Callable[[str, str], Tuple[str, Dict[str, Any]]]] = None) -> Iterator[Case]:
    """Each value of `table` in `per` places, the value at index i in the places from (start + i * per) on; `put`
    places a value when an attack has leaves of its own (else `place` with `tag`)."""
    for index, (name, (value, shown)) in enumerate(table.items()):
        forms = [shown] if isinstance(shown, str) else list(shown)
        for step in range(per):
            where = places[(start + index * per + step) % len(places)]
            kind_and_overrides = put(where, value) if put is not None else place(where, value, tag)
            yield (f"{family} {name} @ {where}", *kind_and_overrides, forms)


# --- tokens: JWTs and their claims ----------------------------------------------------------------------------------
J_MARK = "tolvarenq"
J_EMAIL = "tolvarenq.mibsworth@example.net"
J_NAME = "Mibsworthqa"
J_PHONE = "+447700913572"
J_DIGITS = "7700913572"


def _jt(claims: Dict[str, Any]) -> Tuple[str, Any]:
    token = _jwt(claims)
    return token, [_payload(token), J_MARK, J_NAME, J_DIGITS]


_STD_B64_TOKEN = ".".join([_b64('{"alg":"HS256"}'), _b64(json.dumps({"email": J_EMAIL, "n": "??>>"})), "c2ln"])
JWTS: Dict[str, Tuple[str, Any]] = {
    "email claim": _jt({"sub": "usr_9f3a", "email": J_EMAIL, "exp": 1795503600}),
    "sub holding an email": _jt({"sub": J_EMAIL, "aud": "shop", "iat": 1795500000}),
    "preferred username email": _jt({"sub": "a1b2", "preferred_username": J_EMAIL}),
    "upn claim (Entra ID)": _jt({"upn": J_EMAIL, "tid": "72f988bf", "oid": "00000000-0000-0000-0000-000000000036"}),
    "unique name claim": _jt({"unique_name": J_EMAIL, "ver": "1.0"}),
    "namespaced Auth0 claim": _jt({"https://shop.example/email": J_EMAIL, "sub": "auth0|5f7c"}),
    "phone number claim": _jt({"sub": "a1b2", "phone_number": J_PHONE, "phone_number_verified": True}),
    "phone claim without plus": _jt({"sub": "a1b2", "phone": J_PHONE[1:]}),
    "given and family name claims": _jt({"sub": "a1b2", "given_name": "Orla", "family_name": J_NAME}),
    "name claim": _jt({"sub": "a1b2", "name": f"Orla {J_NAME}"}),
    "nickname claim": _jt({"sub": "a1b2", "nickname": f"Orla {J_NAME}"}),
    "nested user object": _jt({"sub": "a1b2", "user": {"contact": {"email": J_EMAIL}}}),
    "OIDC address claim": _jt({"sub": "a1b2", "address": {"street_address": f"14 {J_NAME} Close",
                                                           "locality": "Leeds", "postal_code": "LS6 2QT"}}),
    "birthdate claim": _jt({"sub": "a1b2", "birthdate": "1988-03-04", "family_name": J_NAME}),
    "alg none token ending in a dot": (".".join([_b64url('{"alg":"none"}'), _b64url(json.dumps({"email": J_EMAIL})),
                                                 ""]), [_b64url(json.dumps({"email": J_EMAIL})), J_MARK]),
    "padded base64url segments": (".".join([_b64('{"alg":"HS256"}'), base64.urlsafe_b64encode(json.dumps(
        {"email": J_EMAIL}).encode()).decode(), "c2ln"]), [J_MARK, _b64url(json.dumps({"email": J_EMAIL}))[:20]]),
    "standard base64 segments": (_STD_B64_TOKEN, [_STD_B64_TOKEN.split(".")[1][:24], J_MARK]),
    "bearer header": (f"Bearer {_jwt({'email': J_EMAIL})}", [_payload(_jwt({'email': J_EMAIL})), J_MARK]),
    "id_token fragment": (f"#id_token={_jwt({'email': J_EMAIL, 'nonce': 'n-0S6'})}&state=xyz",
                          [_payload(_jwt({'email': J_EMAIL, 'nonce': 'n-0S6'})), J_MARK]),
    "decoded claims printed": (json.dumps({"iss": "https://accounts.example.com", "email": J_EMAIL}), J_MARK),
    "decoded name claims printed": (json.dumps({"iss": "https://accounts.example.com", "given_name": "Orla",
                                                "family_name": J_NAME}), J_NAME),
    "JWE-looking five parts": (".".join([_b64url('{"alg":"dir","enc":"A128GCM"}'), "", _b64url("iv-36-bytes"),
                                         _b64url(json.dumps({"email": J_EMAIL})), _b64url("tag")]),
                               [_b64url(json.dumps({"email": J_EMAIL})), J_MARK]),
    "token with email in kid header": (".".join([_b64url(json.dumps({"alg": "HS256", "kid": J_EMAIL})),
                                                 _b64url('{"sub":"a1"}'), "c2ln"]),
                                       [_b64url(json.dumps({"alg": "HS256", "kid": J_EMAIL})), J_MARK]),
    "Firebase custom claims": _jt({"firebase": {"identities": {"email": [J_EMAIL]},
                                                "sign_in_provider": "password"}}),
    "session cookie value base64 JSON": (_b64(json.dumps({"uid": 42, "email": J_EMAIL})),
                                         [_b64(json.dumps({"uid": 42, "email": J_EMAIL})), J_MARK]),
    "base64 of user:password": (_b64(f"{J_EMAIL}:hunter2"), [_b64(f"{J_EMAIL}:hunter2"), J_MARK]),
}

# --- links: login, reset, unsubscribe, campaign and OAuth links -----------------------------------------------------
L_MARK = "brasquell"
L_EMAIL = "brasquell.ondry@example.com"
L_NAME = "Brasquellqa"
L_DIGITS = "7700918364"
L_PHONE = "+447700918364"
APP = "https://app.example-saas.io"
L_JWT = _jwt({"sub": "x1", "email": L_EMAIL})
LINKS: Dict[str, Tuple[str, Any]] = {
    "magic login email param": (f"{APP}/auth/magic?email={_q(L_EMAIL)}&token=8f3a2b1c9d7e", L_MARK),
    "magic login raw email": (f"{APP}/login/magic?token=8f3a2b1c9d7e&email={L_EMAIL}", L_MARK),
    "magic login token path holding base64 email": (f"{APP}/m/{_b64url(L_EMAIL)}/8f3a2b1c", [_b64url(L_EMAIL), L_MARK]),
    "password reset email": (f"{APP}/reset-password?token=abc123&email={_q(L_EMAIL)}", L_MARK),
    "password reset base64 e": (f"{APP}/reset?e={_q(_b64(L_EMAIL))}&t=9f8e", [_b64(L_EMAIL).rstrip("="), L_MARK]),
    "password reset hex email": (f"{APP}/reset?u={L_EMAIL.encode().hex()}", [L_EMAIL.encode().hex(), L_MARK]),
    "reset token JWT": (f"{APP}/reset?token={L_JWT}", [_payload(L_JWT), L_MARK]),
    "unsubscribe recipient": (f"https://list.example-mail.net/unsubscribe?recipient={_q(L_EMAIL)}&list=weekly",
                              L_MARK),
    "unsubscribe mailgun style": (f"https://email.example-mail.net/u/abc?recipient={L_EMAIL}", L_MARK),
    "Mailchimp merge tag rendered": (f"{SHOP}/?utm_source=mc&EMAIL={_q(L_EMAIL)}&FNAME=Orla", L_MARK),
    "Mailchimp last name merge": (f"{SHOP}/?utm_source=mc&FNAME=Orla&LNAME={L_NAME}", L_NAME),
    "Klaviyo _ke base64 JSON": (f"{SHOP}/?_ke={_q(_b64(json.dumps({'kl_email': L_EMAIL})))}",
                                [_b64(json.dumps({"kl_email": L_EMAIL}))[:24], L_MARK]),
    "Klaviyo exchange email": (f"{SHOP}/?_kx=abc.XYZ&kl_email={_q(L_EMAIL)}", L_MARK),
    "HubSpot contact email": (f"{SHOP}/?_hsenc=p2ANqtz-8abc&_hsmi=2&hs_email={_q(L_EMAIL)}", L_MARK),
    "Braze user email param": (f"{SHOP}/?utm_source=braze&braze_email={_q(L_EMAIL)}", L_MARK),
    "SendGrid upn base64": ("https://u123.ct.sendgrid.net/ls/click?upn="
                            f"{_q(_b64url('https://shop.example/?e=' + L_EMAIL))}",
                            [_b64url("https://shop.example/?e=" + L_EMAIL)[:24], L_MARK]),
    "utm content holding the email": (f"{SHOP}/?utm_source=crm&utm_content={_q(L_EMAIL)}", L_MARK),
    "ref double encoded": (f"{SHOP}/?ref={L_EMAIL.replace('@', '%2540')}", L_MARK),
    "subscriber base64 JSON": (f"{SHOP}/welcome?s={_b64url(json.dumps({'email': L_EMAIL, 'list': 3}))}",
                               [_b64url(json.dumps({"email": L_EMAIL, "list": 3}))[:24], L_MARK]),
    "campaign phone param": (f"{SHOP}/?utm_source=sms&to={_q(L_PHONE)}", L_DIGITS),
    "sms campaign msisdn": (f"{SHOP}/?utm_source=sms&msisdn={L_PHONE[1:]}", L_DIGITS),
    "OIDC login_hint": (f"https://accounts.example-idp.com/authorize?client_id=shop&response_type=code"
                        f"&login_hint={_q(L_EMAIL)}&scope=openid", L_MARK),
    "OIDC login_hint phone": (f"https://accounts.example-idp.com/authorize?client_id=shop&login_hint={_q(L_PHONE)}",
                              L_DIGITS),
    "OIDC id_token_hint": (f"https://accounts.example-idp.com/logout?id_token_hint={L_JWT}"
                           f"&post_logout_redirect_uri={_q(SHOP)}", [_payload(L_JWT), L_MARK]),
    "SAML RelayState URL": (f"https://idp.example.com/sso?SAMLRequest=fZJNb9swDIb&RelayState="
                            f"{_q(APP + '/?email=' + L_EMAIL)}", L_MARK),
    "SAML RelayState base64": (f"https://idp.example.com/sso?SAMLRequest=fZJNb9swDIb&RelayState="
                               f"{_q(_b64(json.dumps({'return': '/', 'user': L_EMAIL})))}",
                               [_b64(json.dumps({"return": "/", "user": L_EMAIL}))[:24], L_MARK]),
    "signed download filename email": (f"https://files.example-cdn.com/inv/42.pdf?response-content-disposition="
                                       f"{_q(_attachment(L_EMAIL + '_invoice.pdf'))}"
                                       "&X-Amz-Signature=9f8e7d", L_MARK),
    "signed download filename phone": (f"https://files.example-cdn.com/inv/42.pdf?response-content-disposition="
                                       f"{_q(_attachment('scan ' + L_PHONE + '.pdf'))}"
                                       "&X-Amz-Expires=900", L_DIGITS),
    "signed download filename name": (f"https://files.example-cdn.com/inv/42.pdf?response-content-disposition="
                                      f"{_q(_attachment('Orla_' + L_NAME + '_invoice.pdf'))}", L_NAME),
    "user info user and password": (f"https://{L_MARK}.ondry:s3cret@files.example-cdn.com/x", L_MARK),
    "user info email": (f"https://{_q(L_EMAIL)}:pw@files.example-cdn.com/x", L_MARK),
    "user info in ftp": (f"ftp://{L_MARK}:pw@ftp.example-cdn.com/pub/", L_MARK),
    "hash route reset": (f"{APP}/#/reset?email={_q(L_EMAIL)}&token=77", L_MARK),
    "confirm link with phone in path": (f"{APP}/verify/{_q(L_PHONE)}/code/482913", L_DIGITS),
    "invite link email in path": (f"{APP}/invite/accept/{L_EMAIL}", L_MARK),
    "calendar booking prefill": (f"https://calendly.example.com/shop/30min?name=Orla%20{L_NAME}"
                                 f"&email={_q(L_EMAIL)}", [L_MARK, L_NAME]),
    "typeform hidden fields": (f"https://form.example-typeform.com/to/abc#email={_q(L_EMAIL)}&name=Orla", L_MARK),
    "google form prefill name": (f"https://docs.google.com/forms/d/e/1FAIpQLS/viewform?entry.1234567=Orla+{L_NAME}"
                                 f"&entry.7654321={_q(L_EMAIL)}", L_MARK),
    "whatsapp share text": (f"https://api.whatsapp.com/send?text={_q('my mail ' + L_EMAIL)}", L_MARK),
    "mailto link with cc": (f"mailto:support@example.com?cc={_q(L_EMAIL)}&subject=Order", L_MARK),
}

# --- URLs inside URLs ---------------------------------------------------------------------------------------------
N_MARK = "vandrekoss"
N_EMAIL = "vandrekoss.ilm@example.org"
N_DIGITS = "7700927451"
N_PHONE = "+447700927451"
N_NAME = "Vandrekossqa"
_INNER = f"{SHOP}/account?email={_q(N_EMAIL)}"
_INNER_PHONE = f"{SHOP}/account?phone={_q(N_PHONE)}"
_INNER_NAME = f"{SHOP}/account?first_name=Ilse&last_name={N_NAME}"
NESTED: Dict[str, Tuple[str, Any]] = {
    "next encoded once": (f"{SHOP}/login?next={_q(_INNER)}", N_MARK),
    "next encoded twice": (f"{SHOP}/login?next={_q(_q(_INNER))}", N_MARK),
    "next encoded three times": (f"{SHOP}/login?next={_q(_q(_q(_INNER)))}", N_MARK),
    "return_to raw": (f"{SHOP}/sso?return_to={_INNER}", N_MARK),
    "return_to holding a phone": (f"{SHOP}/sso?return_to={_q(_INNER_PHONE)}", N_DIGITS),
    "return_to holding a last name": (f"{SHOP}/sso?return_to={_q(_INNER_NAME)}", N_NAME),
    "redirect_uri with a query": (f"https://idp.example.com/authorize?redirect_uri={_q(_INNER)}&client_id=s", N_MARK),
    "continue inside continue": (f"{SHOP}/a?continue={_q(SHOP + '/b?continue=' + _q(_INNER))}", N_MARK),
    "Google redirect": (f"https://www.google.com/url?q={_q(_INNER)}&sa=D", N_MARK),
    "Facebook l.php": (f"https://l.facebook.com/l.php?u={_q(_INNER)}&h=AT0abc", N_MARK),
    "Outlook safelinks data": (f"https://eur01.safelinks.protection.outlook.com/?url={_q(SHOP)}&data="
                               f"{_q('05|02|' + N_EMAIL + '|0f1e2d3c|72f988bf|0|0|638')}&reserved=0", N_MARK),
    "Outlook safelinks of a link holding a phone": (f"https://eur01.safelinks.protection.outlook.com/?url="
                                                    f"{_q(_INNER_PHONE)}&reserved=0", N_DIGITS),
    "Proofpoint urldefense v3": (f"https://urldefense.com/v3/__{SHOP}/account?email={N_EMAIL}__;!!abc$", N_MARK),
    "Mimecast protect link": (f"https://protect-eu.mimecast.com/s/abc?domain={_q(_INNER)}", N_MARK),
    "AMP cache path": (f"https://boutique-example-de.cdn.ampproject.org/c/s/boutique.example.de/account?email="
                       f"{_q(N_EMAIL)}", N_MARK),
    "URL in path segment encoded": (f"{SHOP}/redirect/{_q(_INNER)}", N_MARK),
    "URL in path segment double encoded": (f"{SHOP}/redirect/{_q(_q(_INNER))}", N_MARK),
    "URL in fragment": (f"{SHOP}/app#next={_q(_INNER)}", N_MARK),
    "base64 of a URL in a param": (f"{SHOP}/r?u={_b64url(_INNER)}", [_b64url(_INNER)[:24], N_MARK]),
    "base64 of a URL holding a phone": (f"{SHOP}/r?u={_b64url(_INNER_PHONE)}", [_b64url(_INNER_PHONE)[:24], N_DIGITS]),
    "semicolon separated inner query": (f"{SHOP}/r?to={_q(SHOP + '/p;email=' + N_EMAIL)}", N_MARK),
    "JSON state holding a URL": (f"{SHOP}/cb?code=abc&state={_q(json.dumps({'return': _INNER}))}", N_MARK),
    "tracking pixel style redirect": (f"https://click.example-esp.com/track/click/3/{_q(_INNER)}", N_MARK),
    "inner URL with user info": (f"{SHOP}/r?to={_q('https://' + N_MARK + ':pw@files.example.com/')}", N_MARK),
    "inner URL with phone in path": (f"{SHOP}/r?to={_q(SHOP + '/u/' + N_PHONE)}", N_DIGITS),
}

# --- serialized forms -------------------------------------------------------------------------------------------
S_MARK = "quimbrelle"
S_EMAIL = "quimbrelle.atho@example.com"
S_NAME = "Quimbrellqa"
S_PHONE = "+44 7700 925816"
S_DIGITS = "7700925816"


def _php(pairs: Dict[str, str]) -> str:
    inner = "".join(f's:{len(k)}:"{k}";s:{len(v.encode())}:"{v}";' for k, v in pairs.items())
    return f"a:{len(pairs)}:{{{inner}}}"


SERIALIZED: Dict[str, Tuple[str, Any]] = {
    "PHP serialize email": (_php({"email": S_EMAIL, "cart": "3"}), S_MARK),
    "PHP serialize last name": (_php({"first_name": "Ysolt", "last_name": S_NAME}), S_NAME),
    "PHP serialize phone": (_php({"phone": S_PHONE}), S_DIGITS),
    "PHP serialize object": (f'O:8:"Customer":1:{{s:8:"lastname";s:11:"{S_NAME}";}}', S_NAME),
    "Python repr email": (repr({"email": S_EMAIL, "plan": "pro"}), S_MARK),
    "Python repr last name": (repr({"last_name": S_NAME, "qty": 2}), S_NAME),
    "Python repr phone": (repr({"mobile": S_PHONE}), S_DIGITS),
    "Python dataclass repr": (f"Customer(first_name='Ysolt', last_name='{S_NAME}', tier='gold')", S_NAME),
    "Python bytes repr form body": (f"b'email={_q(S_EMAIL)}&qty=1'", S_MARK),
    "YAML block email": (f"customer:\n  email: {S_EMAIL}\n  tier: gold", S_MARK),
    "YAML block last name": (f"customer:\n  last_name: {S_NAME}\n  tier: gold", S_NAME),
    "YAML flow mapping": (f"{{surname: {S_NAME}, tier: gold}}", S_NAME),
    "YAML phone": (f"contact:\n  phone: '{S_PHONE}'", S_DIGITS),
    "TOML table": (f'[customer]\nemail = "{S_EMAIL}"\ntier = "gold"', S_MARK),
    "TOML last name": (f'[customer]\nlast_name = "{S_NAME}"', S_NAME),
    "XML email element": (f"<customer><email>{S_EMAIL}</email></customer>", S_MARK),
    "XML lastName element": (f"<customer><lastName>{S_NAME}</lastName><tier>gold</tier></customer>", S_NAME),
    "XML attributes": (f'<customer firstName="Ysolt" lastName="{S_NAME}" tier="gold"/>', S_NAME),
    "XML phone attribute": (f'<contact type="mobile" number="{S_PHONE}"/>', S_DIGITS),
    "HTML input email": (f'<input type="email" name="email" value="{S_EMAIL}">', S_MARK),
    "HTML input last name": (f'<input type="text" name="last_name" value="{S_NAME}">', S_NAME),
    "HTML hidden input phone": (f'<input type="hidden" name="phone" value="{S_PHONE}">', S_DIGITS),
    "HTML label and input": (f'<label for="ln">Last name</label><input id="ln" value="{S_NAME}">', S_NAME),
    "HTML select option": (f'<select name="customer"><option selected>Ysolt {S_NAME}</option></select>', S_NAME),
    "CSV email column": (f"email,qty\n{S_EMAIL},2", S_MARK),
    "CSV name columns": (f"first_name,last_name,sku\nYsolt,{S_NAME},S-1", S_NAME),
    "CSV quoted phone": (f'"sku","phone"\n"S-1","{S_PHONE}"', S_DIGITS),
    "TSV name columns": (f"sku\tsurname\tqty\nS-1\t{S_NAME}\t2", S_NAME),
    "form body email": (f"email={_q(S_EMAIL)}&qty=1", S_MARK),
    "form body last name": (f"first_name=Ysolt&last_name={S_NAME}&qty=1", S_NAME),
    "form body with plus for blanks": (f"customer_name=Ysolt+{S_NAME}&qty=1", S_NAME),
    "form body array keys": (f"customer%5Blast_name%5D={S_NAME}&customer%5Btier%5D=gold", S_NAME),
    "JSON inside a JSON string": (json.dumps({"payload": json.dumps({"email": S_EMAIL})}), S_MARK),
    "JSON inside a JSON string name": (json.dumps({"payload": json.dumps({"last_name": S_NAME})}), S_NAME),
    "JSON inside JSON inside JSON": (json.dumps({"a": json.dumps({"b": json.dumps({"surname": S_NAME})})}), S_NAME),
    "query string inside JSON": (json.dumps({"q": f"last_name={S_NAME}&x=1"}), S_NAME),
    "protobuf text email": (f'customer {{ email: "{S_EMAIL}" tier: GOLD }}', S_MARK),
    "protobuf text last name": (f'customer {{ last_name: "{S_NAME}" tier: GOLD }}', S_NAME),
    "GraphQL variables": (json.dumps({"query": "mutation($i:In!){signup(input:$i){id}}",
                                      "variables": {"i": {"lastName": S_NAME, "tier": "gold"}}}), S_NAME),
    "GraphQL inline arguments": (f'mutation {{ signup(email: "{S_EMAIL}", plan: PRO) {{ id }} }}', S_MARK),
    "GraphQL inline last name": (f'mutation {{ signup(firstName: "Ysolt", lastName: "{S_NAME}") {{ id }} }}', S_NAME),
    "Java toString": (f"Customer{{firstName='Ysolt', lastName='{S_NAME}', tier=GOLD}}", S_NAME),
    "Kotlin data class": (f"Customer(firstName=Ysolt, lastName={S_NAME}, tier=GOLD)", S_NAME),
    "Go struct print": (f"{{FirstName:Ysolt LastName:{S_NAME} Tier:gold}}", S_NAME),
    "Ruby hash rocket": (f'{{"last_name"=>"{S_NAME}", "tier"=>"gold"}}', S_NAME),
    "Ruby symbol hash": (f'{{:last_name=>"{S_NAME}", :tier=>"gold"}}', S_NAME),
    "PHP print_r": (f"Array\n(\n    [last_name] => {S_NAME}\n    [tier] => gold\n)", S_NAME),
    "PHP var_dump": (f'array(1) {{\n  ["last_name"]=>\n  string(11) "{S_NAME}"\n}}', S_NAME),
    "Perl Data::Dumper": (f"$VAR1 = {{ 'last_name' => '{S_NAME}', 'tier' => 'gold' }};", S_NAME),
    "INI section": (f"[customer]\nlast_name={S_NAME}\ntier=gold", S_NAME),
    "dotenv line": (f"CUSTOMER_LAST_NAME={S_NAME}", S_NAME),
    "multipart form part": (f'Content-Disposition: form-data; name="last_name"\r\n\r\n{S_NAME}\r\n--b--', S_NAME),
    "NDJSON lines": (json.dumps({"sku": "S-1"}) + "\n" + json.dumps({"surname": S_NAME}), S_NAME),
    "bencode": (f"d5:email{len(S_EMAIL)}:{S_EMAIL}e", S_MARK),
    "URL-encoded JSON": (_q(json.dumps({"last_name": S_NAME})), S_NAME),
    "base64 of form body": (_b64(f"last_name={S_NAME}&qty=1"), [_b64(f"last_name={S_NAME}&qty=1")[:20], S_NAME]),
    "Lua table": (f'{{ last_name = "{S_NAME}", tier = "gold" }}', S_NAME),
    "Elixir map": (f'%{{last_name: "{S_NAME}", tier: "gold"}}', S_NAME),
    "Swift dump": (f'Customer(firstName: "Ysolt", lastName: "{S_NAME}")', S_NAME),
}

# More of what the first run showed open: keys in base64-decoded text, dumps of more languages and formats, HTML
# fields named by an attribute other than `name`, records cut by `content_ids`' commas, addresses glued to files.
SERIALIZED_MORE: Dict[str, Tuple[str, Any]] = {
    "base64 of a JSON name": (_b64(json.dumps({"last_name": S_NAME})), [_b64(json.dumps({"last_name": S_NAME}))[:20],
                                                                          S_NAME]),
    "base64url of a Python dict": (_b64url(repr({"surname": S_NAME, "tier": "gold"})),
                                   [_b64url(repr({"surname": S_NAME, "tier": "gold"}))[:20], S_NAME]),
    "base64 of a customer name pair": (_b64(f"customer_name=Ysolt {S_NAME}"),
                                       [_b64(f"customer_name=Ysolt {S_NAME}")[:20], S_NAME]),
    "hex of a JSON name": (json.dumps({"last_name": S_NAME}).encode().hex(),
                           [json.dumps({"last_name": S_NAME}).encode().hex()[:24], S_NAME]),
    "base64 JSON in a state parameter": (f"state={_q(_b64(json.dumps({'family_name': S_NAME})))}&code=abc",
                                         [_b64(json.dumps({"family_name": S_NAME}))[:20], S_NAME]),
    "PHP session format": (f'last_name|s:11:"{S_NAME}";tier|s:4:"gold";', S_NAME),
    "PHP serialize with integer keys": (f'a:1:{{i:0;a:1:{{s:7:"surname";s:11:"{S_NAME}";}}}}', S_NAME),
    "Python OrderedDict repr": (f"OrderedDict([('last_name', '{S_NAME}'), ('tier', 'gold')])", S_NAME),
    "Python namedtuple repr": (f"Customer(surname='{S_NAME}', tier='gold')", S_NAME),
    "Rust Debug": (f'Customer {{ last_name: "{S_NAME}", tier: Gold }}', S_NAME),
    "Rust pretty Debug": (f'Customer {{\n    last_name: "{S_NAME}",\n    tier: Gold,\n}}', S_NAME),
    "C# anonymous object": (f"{{ LastName = {S_NAME}, Tier = Gold }}", S_NAME),
    "Elixir struct": (f'%Customer{{last_name: "{S_NAME}", tier: :gold}}', S_NAME),
    "Erlang map": (f'#{{last_name => <<"{S_NAME}">>, tier => gold}}', S_NAME),
    "Clojure map": (f'{{:last-name "{S_NAME}" :tier "gold"}}', S_NAME),
    "PowerShell hashtable": (f"@{{LastName='{S_NAME}'; Tier='gold'}}", S_NAME),
    "NSDictionary description": (f"{{\n    lastName = {S_NAME};\n    tier = gold;\n}}", S_NAME),
    "Java Map toString": (f"{{last_name={S_NAME}, tier=gold}}", S_NAME),
    "Android Bundle": (f"Bundle[{{last_name={S_NAME}, tier=gold}}]", S_NAME),
    "Apple plist XML": (f"<dict><key>lastName</key><string>{S_NAME}</string></dict>", S_NAME),
    "HCL block": (f'customer {{\n  last_name = "{S_NAME}"\n}}', S_NAME),
    "JSON5 unquoted keys": (f"{{lastName: '{S_NAME}', tier: 'gold',}}", S_NAME),
    "Java properties": (f"customer.lastName={S_NAME}\ncustomer.tier=gold", S_NAME),
    "MessagePack-ish JSON of pairs": (json.dumps([["last_name", S_NAME], ["tier", "gold"]]), S_NAME),
    "JSON-LD person": (json.dumps({"@type": "Person", "familyName": S_NAME}), S_NAME),
    "JSON key value list": (json.dumps([{"key": "last_name", "value": S_NAME}]), S_NAME),
    "Salesforce SOQL": (f"SELECT Id FROM Contact WHERE LastName = '{S_NAME}'", S_NAME),
    "MongoDB filter": (json.dumps({"$and": [{"lastName": {"$eq": S_NAME}}]}), S_NAME),
    "Elasticsearch query": (json.dumps({"query": {"match": {"customer.last_name": S_NAME}}}), S_NAME),
    "LDAP filter": (f"(&(objectClass=person)(sn={S_NAME}))", S_NAME),
}
HTML_MORE: Dict[str, Tuple[str, Any]] = {
    "input by id": (f'<input id="last_name" type="text" value="{S_NAME}">', S_NAME),
    "input by autocomplete": (f'<input autocomplete="family-name" value="{S_NAME}">', S_NAME),
    "input by placeholder": (f'<input placeholder="Last name" value="{S_NAME}">', S_NAME),
    "input by aria-label": (f'<input aria-label="Surname" value="{S_NAME}">', S_NAME),
    "textarea address": (f'<textarea name="address">14 {S_NAME} Close, Leeds LS6 2QT</textarea>', S_NAME),
    "value before name": (f'<input value="{S_NAME}" name="last_name">', S_NAME),
    "label wrapping input": (f'<label>Surname <input value="{S_NAME}"></label>', S_NAME),
    "data attribute": (f'<div data-customer-name="Ysolt {S_NAME}" class="x"></div>', S_NAME),
    "data attribute email": (f'<div data-user-email="{S_EMAIL}"></div>', S_MARK),
    "meta tag": (f'<meta name="author" content="Ysolt {S_NAME}">', S_NAME),
    "th and td row": (f"<tr><th>Last name</th><td>{S_NAME}</td></tr>", S_NAME),
    "select with label": (f'<label for="c">Customer</label><select id="c"><option>Ysolt {S_NAME}</option></select>',
                          S_NAME),
}
CONTENT_ID_RECORDS: Dict[str, str] = {
    "JSON object": json.dumps({"last_name": S_NAME, "tier": "gold"}),
    "Python dict": repr({"surname": S_NAME, "tier": "gold"}),
    "CSV header and row": f"first_name,last_name\nYsolt,{S_NAME}",
    "SQL insert": f"INSERT INTO customers (first_name, last_name) VALUES ('Ysolt', '{S_NAME}')",
    "vCard structured name": f"BEGIN:VCARD\nN:{S_NAME};Ysolt;;;\nEND:VCARD",
    "MeCard": f"MECARD:N:{S_NAME},Ysolt;;",
    "LDAP DN": f"CN=Ysolt {S_NAME},OU=Customers,DC=example,DC=com",
    "Ruby hash": f'{{"last_name"=>"{S_NAME}", "tier"=>"gold"}}',
    "form record": f"data[0][name]=surname,data[0][value]={S_NAME}",
    "log fields": f"INFO signup tier=gold, last_name={S_NAME}",
    "label and name": f"Customer: Ysolt {S_NAME}",
    "Go struct": f"{{Tier:gold, LastName:{S_NAME}}}",
}


def content_id_cases() -> Iterator[Case]:
    for name, value in CONTENT_ID_RECORDS.items():
        yield (f"serial record in content ids {name} @ content ids", *place("content ids", value), [S_NAME])
        yield (f"serial record in content ids {name} @ contents id", *place("contents id", value), [S_NAME])

# --- logs, traces, SQL and header dumps ---------------------------------------------------------------------------
G_MARK = "ostrevaine"
G_EMAIL = "ostrevaine.pell@example.com"
G_NAME = "Ostrevainqa"
G_DIGITS = "7700931648"
G_PHONE = "+44 7700 931648"
G_IP = "185.61.27.214"
LOGS: Dict[str, Tuple[str, Any]] = {
    "Python ValueError": (f"ValueError: no account for {G_EMAIL}", G_MARK),
    "Python KeyError quoted": (f"KeyError: '{G_EMAIL}'", G_MARK),
    "Python traceback with home dir": (f'Traceback (most recent call last):\n  File "/home/{G_MARK}/shop/app.py", '
                                       'line 42, in checkout\nValueError: bad cart', G_MARK),
    "Java exception": (f"com.shop.UserNotFoundException: {G_EMAIL}\n\tat com.shop.Auth.login(Auth.java:88)", G_MARK),
    "JS error with phone": (f"Error: invalid phone {G_PHONE}\n    at validate (form.js:12:9)", G_DIGITS),
    "SQL where email": (f"SELECT * FROM users WHERE email = '{G_EMAIL}'", G_MARK),
    "SQL where last name": (f"SELECT id FROM customers WHERE last_name = '{G_NAME}' LIMIT 1", G_NAME),
    "SQL where phone": (f"UPDATE users SET verified = 1 WHERE phone = '{G_PHONE}'", G_DIGITS),
    "SQL insert names": (f"INSERT INTO customers (first_name, last_name) VALUES ('Maud', '{G_NAME}')", G_NAME),
    "SQL update name": (f"UPDATE customers SET surname = '{G_NAME}' WHERE id = 7", G_NAME),
    "Postgres duplicate key email": (f"DETAIL: Key (email)=({G_EMAIL}) already exists.", G_MARK),
    "Postgres duplicate key name": (f"DETAIL: Key (last_name, tier)=({G_NAME}, gold) already exists.", G_NAME),
    "Rails parameters": (f'Parameters: {{"user"=>{{"email"=>"{G_EMAIL}", "plan"=>"pro"}}}}', G_MARK),
    "Rails parameters name": (f'Parameters: {{"user"=>{{"last_name"=>"{G_NAME}", "plan"=>"pro"}}}}', G_NAME),
    "JSON log line": (json.dumps({"level": "error", "msg": "login failed", "user": G_EMAIL}), G_MARK),
    "JSON log line name": (json.dumps({"level": "info", "msg": "signup", "customer_name": f"Maud {G_NAME}"}), G_NAME),
    "logfmt line": (f"level=warn msg=\"login failed\" last_name={G_NAME} attempt=3", G_NAME),
    "Authorization Basic email": (f"Authorization: Basic {_b64(G_EMAIL + ':hunter2')}",
                                  [_b64(G_EMAIL + ":hunter2")[:20], G_MARK]),
    "Cookie email": (f"Cookie: email={_q(G_EMAIL)}; session=abc123", G_MARK),
    "Cookie name": (f"Cookie: customer_name=Maud%20{G_NAME}; currency=EUR", G_NAME),
    "Set-Cookie Segment traits": (f"Set-Cookie: ajs_user_traits={_q(json.dumps({'email': G_EMAIL}))}; Path=/", G_MARK),
    "X-Forwarded-For": (f"X-Forwarded-For: {G_IP}, 10.0.0.1", G_IP),
    "X-Real-IP": (f"X-Real-IP: {G_IP}", G_IP),
    "nginx access log": (f'{G_IP} - - [02/Dec/2026:09:00:00 +0000] "GET /p HTTP/1.1" 200 512', G_IP),
    "Forwarded header": (f'Forwarded: for="{G_IP}:4711";proto=https', G_IP),
    "mail From header": (f"From: Maud {G_NAME} <{G_EMAIL}>", [G_MARK, G_NAME]),
    "Referer header with email": (f"Referer: {SHOP}/?email={_q(G_EMAIL)}", G_MARK),
    "curl with user": (f"curl -u {G_EMAIL}:pw https://api.example.com/v1/orders", G_MARK),
    "Sentry user context": (json.dumps({"user": {"id": "42", "email": G_EMAIL, "ip_address": G_IP}}), G_MARK),
    "Sentry ip only": (json.dumps({"user": {"id": "42", "ip_address": G_IP}}), G_IP),
    "syslog with phone": (f"<34>Dec  2 09:00:00 web sms[311]: delivery failed to {G_PHONE}", G_DIGITS),
    "PHP notice": (f"PHP Notice:  Undefined index: tier in /var/www/html/c.php on line 9, user {G_EMAIL}", G_MARK),
    "Twilio error": (f"Twilio 21211: The 'To' number {G_PHONE.replace(' ', '')} is not a valid phone number.",
                     G_DIGITS),
    "Stripe error with email": (f"StripeInvalidRequestError: No such customer: '{G_EMAIL}'", G_MARK),
    "Django form errors": (json.dumps({"errors": {"last_name": ["too long"]}, "data": {"last_name": G_NAME}}),
                           G_NAME),
    "SMTP reply": (f"550 5.1.1 <{G_EMAIL}>: Recipient address rejected", G_MARK),
    "HAR-like header list": (json.dumps([{"name": "X-User-Email", "value": G_EMAIL}]), G_MARK),
    "HAR-like header list name": (json.dumps([{"name": "X-Customer-Name", "value": f"Maud {G_NAME}"}]), G_NAME),
    "IPv6 in a log": ("client 2a02:8109:9c40:1f3::4b7 connected", "2a02:8109:9c40:1f3::4b7"),
}

# --- standard payloads: contact cards, calendars, URIs, QR texts --------------------------------------------------
C_MARK = "yelvantha"
C_EMAIL = "yelvantha.ro@example.com"
C_NAME = "Yelvanthqa"
C_PHONE = "+44 7700 946231"
C_DIGITS = "7700946231"
C_IBAN = iban("DE", "370400440532014736")
EPC = f"BCD\n002\n1\nSCT\nCOBADEFFXXX\nIsolde {C_NAME}\n{C_IBAN}\nEUR12.50\n\n\nInvoice 42"
SWISS_QR = ("SPC\n0200\n1\nCH4431999123000889012\nS\nRobert Schneider AG\nRue du Lac\n1268\n2501\nBiel\nCH\n\n\n\n\n"
            f"\n\n\n1949.75\nCHF\nS\nIsolde {C_NAME}\nGrosse Marktgasse\n28\n9400\nRorschach\nCH\nQRR\n"
            "210000000003139471430009017\nOrder 42\nEPD")
CARDS: Dict[str, Tuple[str, Any]] = {
    "vCard name lines": (f"BEGIN:VCARD\nVERSION:3.0\nN:{C_NAME};Isolde;;;\nFN:Isolde {C_NAME}\nEND:VCARD", C_NAME),
    "vCard on one line": (f"BEGIN:VCARD VERSION:3.0 FN:Isolde {C_NAME} END:VCARD", C_NAME),
    "vCard tel": (f"BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=CELL:{C_PHONE}\nEND:VCARD", C_DIGITS),
    "vCard 4 tel uri": (f"BEGIN:VCARD\nVERSION:4.0\nTEL;VALUE=uri;TYPE=cell:tel:{C_PHONE.replace(' ', '-')}\n"
                        "END:VCARD", C_DIGITS),
    "vCard email": (f"BEGIN:VCARD\nVERSION:3.0\nEMAIL;TYPE=INTERNET:{C_EMAIL}\nEND:VCARD", C_MARK),
    "vCard home address": (f"BEGIN:VCARD\nVERSION:3.0\nADR;TYPE=HOME:;;14 {C_NAME} Close;Leeds;;LS6 2QT;UK\n"
                           "END:VCARD", C_NAME),
    "vCard crlf with charset": (f"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:{C_NAME};Isolde\r\nEND:VCARD", C_NAME),
    "vCard escaped comma name": (f"BEGIN:VCARD\nVERSION:3.0\nFN:{C_NAME}\\, Isolde\nEND:VCARD", C_NAME),
    "MeCard": (f"MECARD:N:{C_NAME},Isolde;TEL:{C_PHONE.replace(' ', '')};EMAIL:{C_EMAIL};;", [C_NAME, C_MARK]),
    "MeCard name only": (f"MECARD:N:{C_NAME},Isolde;;", C_NAME),
    "iCalendar attendee": (f"BEGIN:VEVENT\nATTENDEE;CN=Isolde {C_NAME};ROLE=REQ-PARTICIPANT:mailto:{C_EMAIL}\n"
                           "END:VEVENT", [C_NAME, C_MARK]),
    "iCalendar organizer name": (f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nORGANIZER;CN=\"Isolde {C_NAME}\":mailto:"
                                 "events@example.com\nEND:VEVENT\nEND:VCALENDAR", C_NAME),
    "iCalendar folded mailto": (f"BEGIN:VEVENT\nATTENDEE:mailto:{C_EMAIL[:10]}\n {C_EMAIL[10:]}\nEND:VEVENT", C_MARK),
    "iCalendar home location": (f"BEGIN:VEVENT\nSUMMARY:Delivery\nLOCATION:14 {C_NAME} Close\\, Leeds LS6 2QT\n"
                                "END:VEVENT", C_NAME),
    "tel URI with ext": (f"tel:{C_PHONE.replace(' ', '-')};ext=12", C_DIGITS),
    "tel URI with phone-context": ("tel:7700-946231;phone-context=+44", C_DIGITS),
    "sms URI with body": (f"sms:{C_PHONE.replace(' ', '')}?body=Order%2042", C_DIGITS),
    "SMSTO QR": (f"SMSTO:{C_PHONE.replace(' ', '')}:Hello", C_DIGITS),
    "mailto with subject": (f"mailto:{C_EMAIL}?subject=Order%2042&body=Hi", C_MARK),
    "mailto encoded at": (f"mailto:{C_EMAIL.replace('@', '%40')}", C_MARK),
    "MATMSG QR": (f"MATMSG:TO:{C_EMAIL};SUB:Order;BODY:Hi;;", C_MARK),
    "EPC SEPA QR IBAN": (EPC, C_IBAN),
    "EPC SEPA QR name": (EPC.replace(C_IBAN, "DE02120300000000202051"), C_NAME),
    "Swiss QR-bill debtor": (SWISS_QR, C_NAME),
    "geo URI home label": ("geo:53.80154,-1.54913;u=10?q=53.80154,-1.54913(Home)", "53.80154"),
    "geo URI delivery point": ("geo:53.80154,-1.54913;crs=wgs84 (delivery point)", "53.80154"),
    "data URI base64 email": (f"data:text/plain;base64,{_b64(C_EMAIL)}", [_b64(C_EMAIL).rstrip("="), C_MARK]),
    "data URI text email": (f"data:text/plain,{_q(C_EMAIL)}", C_MARK),
    "data URI vcard": (f"data:text/vcard,{_q('BEGIN:VCARD' + chr(10) + 'FN:Isolde ' + C_NAME + chr(10) + 'END:VCARD')}",
                       C_NAME),
    "data URI vcard base64 tel": (f"data:text/vcard;base64,{_b64('BEGIN:VCARD' + chr(10) + 'TEL:' + C_PHONE)}",
                                  [_b64("BEGIN:VCARD\nTEL:" + C_PHONE)[:20], C_DIGITS]),
    "otpauth label email": (f"otpauth://totp/Shop:{C_EMAIL}?secret=JBSWY3DPEHPK3PXP&issuer=Shop", C_MARK),
    "otpauth label encoded": (f"otpauth://totp/Shop%3A{_q(C_EMAIL)}?secret=JBSWY3DPEHPK3PXP", C_MARK),
    "UPI payee name": (f"upi://pay?pa=shop@okhdfcbank&pn=Isolde%20{C_NAME}&am=12.50", C_NAME),
    "bitcoin label name": (f"bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.01&label=Isolde%20{C_NAME}",
                           C_NAME),
    "boarding pass name": (f"M1{C_NAME.upper()}/ISOLDE     E1AB2C3 LHRJFKBA 0117 336Y021A0012 100", C_NAME.upper()),
    "WIFI QR with email as identity": (f"WIFI:T:WPA2-EAP;S:Shop;I:{C_EMAIL};P:pw;;", C_MARK),
    "LDIF entry": (f"dn: uid=42,ou=people,dc=example,dc=com\ncn: Isolde {C_NAME}\nmail: {C_EMAIL}", [C_NAME, C_MARK]),
    "X.509 subject": (f"/C=GB/O=Example/CN=Isolde {C_NAME}/emailAddress={C_EMAIL}", [C_NAME, C_MARK]),
}

# --- file names and paths ------------------------------------------------------------------------------------------
F_MARK = "pellowenq"
F_EMAIL = "pellowenq.harlow@example.com"
F_NAME = "Pellowenqa"
F_DIGITS = "7700958142"
ZA_ID = luhn_complete("920315512908")
FILES: Dict[str, Tuple[str, Any]] = {
    "upload named by an email": (f"/uploads/{F_EMAIL}-passport.jpg", F_MARK),
    "invoice named by an email": (f"invoice_{F_EMAIL}.pdf", F_MARK),
    "upload named by a phone": ("/uploads/scan_+447700958142.pdf", F_DIGITS),
    "upload named by a dialled phone": ("/uploads/IMG_20261201_00447700958142.jpg", F_DIGITS),
    "upload named by a trunk phone": ("/uploads/whatsapp-07700-958142-receipt.png", F_DIGITS),
    "document named by a national id": (f"/docs/ID_{ZA_ID}.pdf", ZA_ID),
    "document named by a national id after label": (f"/docs/ID number {ZA_ID}.pdf", ZA_ID),
    "passport scan with number": (f"/uploads/passport_no_X48217365_{F_NAME}.pdf", "X48217365"),
    "upload named by a person": (f"/uploads/mia-{F_NAME.lower()}-passport.jpg", F_NAME),
    "upload named by a person capitalised": (f"/uploads/Mia_{F_NAME}_passport.jpg", F_NAME),
    "Windows user folder": (f"C:\\Users\\{F_MARK}\\Documents\\invoice.pdf", F_MARK),
    "Windows user folder forward slashes": (f"C:/Users/{F_MARK}.harlow/Downloads/order.pdf", F_MARK),
    "Linux home folder": (f"/home/{F_MARK}.harlow/exports/cart.csv", F_MARK),
    "macOS user folder": (f"/Users/{F_MARK}/Desktop/receipt.pdf", F_MARK),
    "file URL of a user folder": (f"file:///C:/Users/{F_MARK}/Documents/order.pdf", F_MARK),
    "UNC home share": (f"\\\\fileserver\\home$\\{F_MARK}\\scan.pdf", F_MARK),
    "tilde user page": (f"https://uni.example.edu/~{F_MARK}/cv.pdf", F_MARK),
    "mail spool": (f"/var/mail/{F_MARK}", F_MARK),
    "document named by a name and phone": (f"Mia {F_NAME} +44 7700 958142.pdf", F_DIGITS),
    "screenshot of a named device": (f"Screenshot 2026-12-01 at 10.22.14 (Mia {F_NAME}'s MacBook).png", F_NAME),
    "resume slug of an email": (f"resume-{F_MARK}-harlow-gmail-com.pdf", F_MARK),
    "document named by a DNI": ("/docs/DNI-73910482" + "TRWAGMYFPDXBNJZSQVHLCKE"[73910482 % 23] + ".pdf",
                                "73910482"),
    "document named by an IBAN": ("/docs/mandate_" + iban("FR", "30006000011234567890189") + ".pdf",
                                  iban("FR", "30006000011234567890189")),
    "document named by a card": ("/docs/card-" + luhn_complete("453914880355821") + ".pdf",
                                 luhn_complete("453914880355821")),
    "S3 key with an email": (f"s3://shop-exports/customers/{F_EMAIL}/orders.csv", F_MARK),
    "zip member path": (f"export.zip/customers/{F_EMAIL}.json", F_MARK),
    "percent-encoded upload name": (f"/uploads/{_q(F_EMAIL)}.png", F_MARK),
    "content-disposition filename name": (f'attachment; filename="{F_NAME}, Mia - contract.pdf"', F_NAME),
    "payslip with a UK NI number": ("/payslips/AB123456C-2026-11.pdf", "AB123456C"),
    "photo named by an IPv4": ("/uploads/cam-185.61.27.99-snapshot.jpg", "185.61.27.99"),
}

FILES_MORE: Dict[str, Tuple[str, Any]] = {
    "address then a copy number": (f"{F_EMAIL} (1).pdf", F_MARK),
    "address then a dash and a year": (f"{F_EMAIL}-2026.csv", F_MARK),
    "address then an underscore and words": (f"{F_EMAIL}_signed_contract.pdf", F_MARK),
    "address then a dash and words": (f"{F_EMAIL}-id-card-front.jpg", F_MARK),
    "address then a dot and words": (f"{F_EMAIL}.backup.zip", F_MARK),
    "address in a path then a file": (f"/exports/{F_EMAIL}_orders/2026.csv", F_MARK),
    "percent-encoded address then words": (f"/uploads/{_q(F_EMAIL)}_avatar.png", F_MARK),
    "address with plus tag then words": ("pellowenq+shop@example.com_receipt.pdf", F_MARK),
    "phone then words": ("/uploads/+447700958142_whatsapp_image.jpeg", F_DIGITS),
    "trunk phone glued to words": ("/uploads/07700958142_receipt.png", F_DIGITS),
    "IPv4 between underscores": ("/logs/access_185.61.27.99_2026-12-01.log", "185.61.27.99"),
    "IPv4 between dots and words": ("/logs/cam.185.61.27.99.snapshot.jpg", "185.61.27.99"),
    "base64 address in a file name": (f"/dl/{_b64url(F_EMAIL)}.pdf", [_b64url(F_EMAIL), F_MARK]),
    "base64 address between slashes in text": (f"see /m/{_b64(F_EMAIL)}/x", [_b64(F_EMAIL).rstrip("="), F_MARK]),
    "base64url address in a text's token": (f"token {_b64url(F_EMAIL)}/8f3a2b1c", [_b64url(F_EMAIL), F_MARK]),
}

# --- keys that machines write ------------------------------------------------------------------------------------
K_VALUE = "Zindravelqa"  # a value nothing in itself marks personal: only its key can tell
MACHINE_KEYS: List[str] = [
    "customer_details[email]", "customer_details.name", "shipping_details[name]", "billing_details.address.line1",
    "checkout[email]", "checkout[shipping_address][last_name]", "customer[firstname]", "customer[lastname]",
    "billing[postcode]", "FNAME", "LNAME", "MERGE2", "PHONE", "$first_name", "$last_name", "$phone_number",
    "$email", "traits.lastName", "traits.phone", "context.traits.email", "properties.$email", "FirstName",
    "LastName", "MailingStreet", "MobilePhone", "given_name", "family_name", "preferred_username", "upn",
    "unique_name", "nickname", "urn:oid:2.5.4.42", "urn:oid:2.5.4.4", "urn:oid:0.9.2342.19200300.100.1.3",
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname", "NAME1", "STRAS", "TELF1", "KUNNR_NAME",
    "fields[2].value.last_name", "answers.q_last_name", "contact.mobile_phone", "data.attributes.email",
    "user_metadata.phone", "app_metadata.full_name", "recipient.address.postal_code", "Ship-To Name",
    "NAME2", "ORT01", "PSTLZ", "SMTP_ADDR", "TEL_NUMBER", "emailaddress1", "telephone1", "address1_line1",
    "firstname", "lastname", "requester_name", "billing_address.address1", "street[0]", "_billing_address_1",
    "2.5.4.42", "givenName", "sn", "cn", "mail", "l", "postalCode", "telephoneNumber", "mobile", "uid",
    "hidden.lastname", "MMERGE6", "field_5f2a_last", "custom_fields[7]", "attributes.SURNAME", "Ship-To Phone",
    "x-user-email", "X-Customer-Phone", "ajs_user_traits.email", "_fbp_email", "hs_email", "kl_email",
]


def keys_in_places(keys: List[str], value: str, tag: str = "36") -> Iterator[Case]:
    """Each key holding `value`, in a leaf a key can be in (rotated through): a property of a track or a page, a JSON
    property, a `contents` record's field, a URL query, a listed custom property; `tag` names the attack in the ids."""
    for index, key in enumerate(keys):
        where = ["custom property", "page property", "json property", "contents field", "url query",
                 "listed custom property"][index % 6]
        if where == "custom property":
            yield (f"key {key}: custom property", "track", {"properties": {key: value}}, [value])
        elif where == "page property":
            yield (f"key {key}: page property", "page", {"properties": {key: value}}, [value])
        elif where == "json property":
            yield (f"key {key}: json property", "track", {"properties": {
                "debug_echo": json.dumps({"trace": f"T-{tag}", key: value}, ensure_ascii=False)}}, [value])
        elif where == "contents field":
            yield (f"key {key}: contents field", "track", {"name": "Product Added", "properties": {
                "contents": json.dumps([{"id": f"ART-{tag}", "quantity": 1, key: value}], ensure_ascii=False)}},
                [value])
        elif where == "url query":
            yield (f"key {key}: url query", "page", {"url": f"{SHOP}/p?{_q(key)}={value}&page=2"}, [value])
        else:
            yield (f"key {key}: listed custom property", "track",
                   {"properties": {key: value}, "settings": {"meta_custom_data": key}}, [value])


def key_cases() -> Iterator[Case]:
    return keys_in_places(MACHINE_KEYS, K_VALUE)


# --- fbc/fbp payloads encoding a value --------------------------------------------------------------------------
B_EMAIL = "zindravel.oak@example.com"
FB_PAYLOADS: Dict[str, Tuple[str, str, Any]] = {
    "fbc base64url email": ("fbc", f"fb.1.{MS}.{_b64url(B_EMAIL)}", [_b64url(B_EMAIL), "zindravel"]),
    "fbc base64url email after IwAR": ("fbc", f"fb.1.{MS}.IwAR{_b64url(B_EMAIL)}", [_b64url(B_EMAIL), "zindravel"]),
    "fbc base64url phone": ("fbc", f"fb.1.{MS}.{_b64url('+447700963518')}", [_b64url("+447700963518")]),
    "fbc base64url JWT payload": ("fbc", f"fb.1.{MS}.{_payload(_jwt({'email': B_EMAIL}))}",
                                  [_payload(_jwt({"email": B_EMAIL}))]),
    "fbc hex email": ("fbc", f"fb.1.{MS}.{B_EMAIL.encode().hex()}", [B_EMAIL.encode().hex()]),
    "fbc base32 email": ("fbc", f"fb.1.{MS}.{base64.b32encode(B_EMAIL.encode()).decode().rstrip('=')}",
                         [base64.b32encode(B_EMAIL.encode()).decode().rstrip("=")]),
    "fbc base64url email with appendix": ("fbc", f"fb.1.{MS}.{_b64url(B_EMAIL)}.AQ", [_b64url(B_EMAIL)]),
    "fbc email slug": ("fbc", f"fb.1.{MS}.zindravel_oak_example_com", ["zindravel"]),
    "fbp base64url email": ("fbp", f"fb.1.{MS}.{_b64url(B_EMAIL)}", [_b64url(B_EMAIL)]),
}


def fb_cases() -> Iterator[Case]:
    for index, (name, (field, value, shown)) in enumerate(FB_PAYLOADS.items()):
        forms = [shown] if isinstance(shown, str) else list(shown)
        yield (f"fb {name} @ {field} property", "track", {"properties": {field: value}}, forms)
        if index % 2:
            yield (f"fb {name} @ visitor {field}", "page", {"visitor": {field: value}}, forms)
    for name in ["fbc base64url email", "fbc base64url phone"]:
        payload = FB_PAYLOADS[name][1].split(".", 3)[3]
        yield (f"fb fbclid {name[4:]} @ page url", "page", {"url": f"{SHOP}/p?fbclid={payload}"},
               list(FB_PAYLOADS[name][2]))


# Values under the settings that must keep them out whatever the gate reads: `meta_custom_data = standard` and a
# listed key, `meta_url_query = drop`.
MINIMISED_VALUES: Dict[str, Tuple[str, Any]] = {
    "jwt email claim": JWTS["email claim"],
    "serial PHP serialize last name": SERIALIZED["PHP serialize last name"],
    "log SQL where email": LOGS["SQL where email"],
    "card vCard name lines": CARDS["vCard name lines"],
    "file upload named by an email": FILES["upload named by an email"],
    "link magic login email param": (f"email={_q(L_EMAIL)}&token=8f3a", L_MARK),
}
MINIMISED_PLACES = ["standard custom property", "standard page title", "dropped query",
                    "url fragment under dropped query", "listed page property", "standard search string"]


def minimised_cases() -> Iterator[Case]:
    for name, (value, shown) in MINIMISED_VALUES.items():
        family, rest = name.split(" ", 1)
        forms = [shown] if isinstance(shown, str) else list(shown)
        for where in MINIMISED_PLACES:
            yield (f"{family} minimised {rest} @ {where}", *place(where, value), forms)


# Refusals whose Err must not echo the machine-made value: (kind, overrides, what must not be echoed).
ERR_VALUES: Dict[str, Tuple[str, Dict[str, Any], Any]] = {
    "currency a JWT": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": JWTS[
        "email claim"][0]}}, [_payload(JWTS["email claim"][0])[:20]]),
    "currency a mailto": ("track", {"name": "Order Completed", "properties": {"value": "5",
                                                                               "currency": f"mailto:{C_EMAIL}"}},
                          [C_MARK]),
    "value a vCard": ("track", {"name": "Order Completed", "properties": {"value": f"FN:Isolde {C_NAME}",
                                                                          "currency": "EUR"}}, [C_NAME]),
    "opt_out a log line": ("track", {"properties": {"opt_out": f"ValueError: no account for {G_EMAIL}"}}, [G_MARK]),
    "action_source a file path": ("track", {"properties": {"action_source": f"C:\\Users\\{F_MARK}\\a.txt"}},
                                  [F_MARK]),
    "data_processing_options PHP": ("track", {"properties": {"data_processing_options": _php({"email": S_EMAIL})}},
                                    [S_MARK]),
    "ldu country SQL": ("track", {"properties": {"data_processing_options": "LDU",
                                                 "data_processing_options_country": f"'{G_EMAIL}'"}}, [G_MARK]),
    "event mapping setting holding an email": ("track", {"settings": {"meta_event_mapping": json.dumps(
        {"Button Clicked": f"Lead {L_EMAIL}"})}}, [L_MARK]),
    "event name a JWT": ("track", {"name": JWTS["email claim"][0]}, [_payload(JWTS["email claim"][0])[:20]]),
    "event name a form body": ("track", {"name": f"last_name={S_NAME}"}, [S_NAME]),
    "default currency setting a path": ("track", {"name": "Order Completed", "properties": {"value": "5"},
                                                  "settings": {"meta_default_currency": f"/home/{F_MARK}"}},
                                        [F_MARK]),
    "quantity a Python repr": ("track", {"name": "Order Completed", "properties": {"currency": "EUR", "contents":
                               json.dumps([{"id": "S-1", "item_price": 5, "quantity": repr({"e": S_EMAIL})}])}},
                               [S_MARK]),
    "price a tel URI": ("track", {"name": "Order Completed", "products": [{"product_id": "P-1", "price":
                        "tel:+447700946231", "quantity": "1"}], "properties": {"currency": "EUR"}}, [C_DIGITS]),
    "contents deeper than allowed holding an email": ("track", {"name": "Order Completed", "properties": {
        "currency": "EUR", "contents": "[" * 20 + json.dumps(G_EMAIL) + "]" * 20}}, [G_MARK]),
    "test event code a JWT": ("track", {"properties": {"test_event_code": JWTS["sub holding an email"][0]},
                                        "settings": {"meta_allow_test_event_code_property": "true"}},
                              [_payload(JWTS["sub holding an email"][0])[:20]]),
}


def cases() -> List[Case]:
    found: List[Case] = [
        *rotated("jwt", JWTS, TEXT_PLACES, 3),
        *rotated("link", LINKS, URL_PLACES, 3),
        *rotated("nested", NESTED, URL_PLACES, 2, start=2),
        *rotated("serial", SERIALIZED, TEXT_PLACES, 2, start=7),
        *rotated("log", LOGS, TEXT_PLACES, 2, start=11),
        *rotated("card", CARDS, TEXT_PLACES, 2, start=17),
        *rotated("serial", SERIALIZED_MORE, TEXT_PLACES, 2, start=3),
        *rotated("serial html", HTML_MORE, TEXT_PLACES, 2, start=13), *content_id_cases(),
        *rotated("file", FILES, FILE_PLACES, 3),
        *rotated("file", FILES_MORE, FILE_PLACES, 2, start=5),
        *fb_cases(), *key_cases(), *minimised_cases(),
    ]
    found += [(f"err {name}", kind, overrides, list(shown)) for name, (kind, overrides, shown) in ERR_VALUES.items()]
    return found


# Numbers as software prints them: (properties of an Order Completed, the field, the numbers it may go out as). A
# number must go out as written or end in an Err naming its field (a `predicted_ltv` may be left out).
def _contents(price: str = "5", quantity: str = "1") -> str:
    return f'[{{"id": "S-36", "item_price": {price}, "quantity": {quantity}}}]'


def _value(text: str, currency: str = "EUR") -> Dict[str, str]:
    return {"value": text, "currency": currency}


def _price(text: str) -> Dict[str, str]:
    return {"currency": "EUR", "contents": _contents(price=json.dumps(text))}


def _quantity(text: str) -> Dict[str, str]:
    return {"currency": "EUR", "contents": _contents(quantity=json.dumps(text))}


def _ltv(text: str) -> Dict[str, str]:
    return {"predicted_ltv": text, "value": "5", "currency": "EUR"}


NUMBERS: Dict[str, Tuple[Dict[str, str], str, List[float]]] = {
    "value Java float suffix": (_value("12.5f"), "value", [12.5]),
    "value Java double suffix": (_value("12.5d"), "value", [12.5]),
    "value long suffix": (_value("12L"), "value", [12.0]),
    "value Python Decimal repr": (_value("Decimal('12.50')"), "value", [12.5]),
    "value Python underscores": (_value("1_299.50"), "value", [1299.5]),
    "value JSON string with exponent capital": (_value("1.25E+1"), "value", [12.5]),
    "value NaN": (_value("NaN"), "value", []),
    "value Infinity": (_value("Infinity"), "value", []),
    "value negative zero": (_value("-0.0"), "value", [0.0]),
    "value trailing blank": (_value("12.50 "), "value", [12.5]),
    "value tab before": (_value("\t12.50"), "value", [12.5]),
    "value cents object": (_value(json.dumps({"amount": 1250, "currency": "EUR"})), "value", []),
    "value money string with code after": (_value("12.50 EUR"), "value", [12.5]),
    "value float noise": (_value("12.499999999999998"), "value", [12.499999999999998]),
    "value hex integer": (_value("0x0C"), "value", [12.0]),
    "value JSON array": (_value("[12.5]"), "value", []),
    "value JSON true": (_value("true"), "value", []),
    "value SQL numeric": (_value("CAST(12.50 AS NUMERIC)"), "value", []),
    "value epoch-like eleven digits": (_value("17955000000", "VND"), "value", [17955000000.0]),
    "price Java float suffix": (_price("12.5f"), "item_price", [12.5]),
    "price NaN": (_price("NaN"), "item_price", []),
    "price JSON number with exponent": ({"currency": "EUR", "contents": _contents(price="1.25e1")}, "item_price",
                                        [12.5]),
    "price JSON negative": ({"currency": "EUR", "contents": _contents(price="-5")}, "item_price", []),
    "quantity JSON float fraction": ({"currency": "EUR", "contents": _contents(quantity="1.5")}, "quantity", []),
    "quantity JSON string long suffix": (_quantity("2L"), "quantity", [2.0]),
    "quantity Infinity": (_quantity("Infinity"), "quantity", []),
    "quantity JSON huge float": ({"currency": "EUR", "contents": _contents(quantity="1e400")}, "quantity", []),
    "predicted ltv NaN": (_ltv("NaN"), "predicted_ltv", []),
    "predicted ltv Decimal repr": (_ltv("Decimal('120.00')"), "predicted_ltv", [120.0]),
    "predicted ltv Java float": (_ltv("120.0f"), "predicted_ltv", [120.0]),
}


# Ordinary machine-made values of the same shapes, which must go out unchanged.
ORDINARY_TOKEN = _jwt({"sub": "usr_8f3a2b", "scope": "read:cart write:cart", "exp": 1795503600})
ORDINARY: Dict[str, List[str]] = {
    "tokens": [
        ORDINARY_TOKEN,
        _jwt({"sub": "a1b2c3d4", "aud": "shop-api", "iat": 1795500000, "roles": ["viewer"]}),
        _jwt({"jti": "f3c9a2", "tier": "gold", "cart": 3}),
        f"Bearer {ORDINARY_TOKEN}",
        _b64(json.dumps({"sku": "S-100", "qty": 2})),
        "dGhpcyBpcyBhIHRlc3Q=",
    ],
    "serialized": [
        _php({"sku": "S-100", "colour": "blue"}),
        'a:2:{s:3:"sku";s:5:"S-100";s:3:"qty";i:2;}',
        repr({"sku": "S-100", "qty": 2}),
        "size: M\ncolour: blue",
        '[cart]\nsku = "S-100"\nqty = 2',
        "<product><sku>S-100</sku><price>4.50</price></product>",
        "<product><name>Rooibos Tea</name><price>4.50</price></product>",
        '<input type="number" name="quantity" value="2">',
        "sku,qty,price\nS-1,2,12.99",
        "sku=S-100&qty=2&colour=blue",
        json.dumps({"cart": json.dumps({"sku": "S-100"})}),
        'item { sku: "S-100" qty: 2 }',
        'query { product(id: "S-100") { title price } }',
        "Product{sku='S-100', qty=2}",
        "{Sku:S-100 Qty:2}",
        '{"sku"=>"S-100", "qty"=>2}',
        "Array\n(\n    [sku] => S-100\n)",
        "[cart]\nsku=S-100",
        "SHOP_CURRENCY=EUR",
        json.dumps({"sku": "S-1"}) + "\n" + json.dumps({"sku": "S-2"}),
    ],
    "logs": [
        "TypeError: Cannot read properties of undefined (reading 'price')\n    at cart.js:42:17",
        "ValueError: invalid literal for int() with base 10: 'abc'",
        "KeyError: 'colour'",
        "SELECT price FROM products WHERE sku = 'S-100'",
        "INSERT INTO products (sku, title) VALUES ('S-100', 'Blue Sneakers')",
        "Accept-Language: en-GB,en;q=0.9",
        "Cache-Control: max-age=3600",
        "Cookie: currency=EUR; lang=en",
        "X-Request-Id: 7f3a2b1c-9d8e-4f70-a1b2-c3d4e5f60718",
        "level=info msg=\"cart updated\" sku=S-100 qty=2",
        json.dumps({"level": "error", "msg": "payment declined", "code": "card_declined"}),
        "DETAIL: Key (sku)=(S-100) already exists.",
        "HTTP/1.1 502 Bad Gateway",
        "Stripe error: Your card was declined.",
    ],
    "payloads": [
        "BEGIN:VCARD\nVERSION:3.0\nORG:Blue Sneakers Ltd\nURL:https://shop.example.com\nEND:VCARD",
        "BEGIN:VEVENT\nSUMMARY:Black Friday Sale\nDTSTART:20261127T090000Z\nEND:VEVENT",
        "geo:48.86,2.35",
        "data:image/png;base64,iVBORw0KGgo=",
        "https://id.gs1.org/01/09506000134352/10/ABC123",
        "https://id.gs1.org/01/09506000134352/21/12345?17=261231",
        "mailto:?subject=Look%20at%20these%20sneakers",
        "WIFI:S:ShopGuest;T:WPA;P:sneakers2026;;",
        "otpauth://totp/Shop?secret=JBSWY3DPEHPK3PXP&issuer=Shop",
    ],
    "files": [
        "/uploads/blue-sneakers.jpg",
        "/uploads/2026/12/summer-dress-front.webp",
        "/var/www/html/index.php",
        "C:\\Program Files\\Shop\\app.exe",
        "/docs/size-guide-EU-42.pdf",
        "invoice_2026_0042.pdf",
        "IMG_20261201_101522.jpg",
        "Screenshot 2026-12-01 at 10.22.14.png",
        "/static/js/main.4f3a2b1c.chunk.js",
        "s3://shop-assets/products/S-100/front.png",
        "export.zip/products/S-100.json",
        "/home/assets/banner.png",
    ],
}
ORDINARY_PLACES = ["custom property", "page title", "product name", "search string"]
ORDINARY_KEYS_36 = ["jwt_expiry", "token_type", "file_name", "upload_path", "csv_export", "vcard_enabled",
                    "qr_format", "redirect_url", "unsubscribe_reason", "log_level", "stack_depth",
                    "header_count", "mime_type", "user_agent_family", "login_method", "sso_provider",
                    "geo_precision", "ical_feed", "mailto_enabled", "next_step"]
ORDINARY_URLS_36 = [
    f"{SHOP}/oauth/callback?code=4%2F0AY0e-g7abc&state=af0ifjsldkj",
    f"{APP}/auth/magic?token=8f3a2b1c9d7e",
    "https://list.example-mail.net/unsubscribe?u=3f2a1b&id=9c8d7e",
    f"{SHOP}/?mc_cid=abc123def4&mc_eid=0f1e2d3c4b",
    f"{SHOP}/?_hsenc=p2ANqtz-8xYzAbC&_hsmi=284719",
    f"{SHOP}/?_kx=Xy7AbC12.dEf345",
    f"{SHOP}/login?next=%2Fcheckout",
    f"{SHOP}/login?return_to=%2Fcart%3Fstep%3D2",
    f"{SHOP}/r?u={_b64url(SHOP + '/sale')}",
    "https://files.example-cdn.com/m.pdf?response-content-disposition=attachment%3B%20filename%3D%22blue-sneakers-"
    "manual.pdf%22&X-Amz-Signature=9f8e7d",
    "https://www.google.com/url?q=https%3A%2F%2Fboutique.example.de%2Fsale&sa=D",
    f"{SHOP}/uploads/blue-sneakers.jpg",
    f"{SHOP}/redirect/{_q(SHOP + '/sale?utm_source=mail')}",
    f"{SHOP}/p?utm_source=newsletter&utm_medium=email&utm_campaign=black_friday",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, {family: ORDINARY_PLACES for family in ORDINARY}, place)
    yield from ordinary_keys(ORDINARY_KEYS_36)
    yield from ordinary_urls(ORDINARY_URLS_36)
