"""The fifty-first outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity", "Events" and "Meta's own fields") and issue 16's text, without
reading the gate's code, its reference nor the earlier attacks' cases: personal data as real sites put it into
events, through the conventions of shop platforms, form plugins, auth flows, e-mail and marketing tools. Form
plugins' keys and bracketed keys (`your-email`, `input_3`, `field[email]`, `customer[first_name]`,
`checkout[shipping_address][address1]`, `data[Contact][phone]`, `fields[0][value]`) as properties, in queries and
in serialized text; auth flows (an OIDC `id_token` or `access_token` in a fragment or query, an OAuth `state` of
base64 JSON, `login_hint`, `redirect_to`/`return_url`/`next` holding a whole URL encoded once or twice, magic-link and
password-reset links); marketing tools' landing URLs (an address or a phone in `utm_*` values and subscriber
parameters next to real click ids); single-page apps' routes and webmail and CRM referrers naming the person;
GraphQL and JSON `variables` in a query string; a shop's search box holding the shopper's own address, phone or
street; order-tracking pages with a name and a post code; account and thank-you pages greeting their visitor, booking
tools' and payment pages' redirects, and a site's person routes (`/author/…`, `/members/…`); form submissions, chat
widgets and booking forms sending their fields' values as properties.

Every case carries the made-up person Quendrix Tarvenholm (`quendrix.tarvenholm@example.org`, `+44 7911 481726`,
`12 Tarvenholm Lane`), so a leak is found by `quendrix`, `tarvenholm` or `481726` anywhere in the request; an encoded
value is found by its encoded form. The ordinary side holds the same platforms' data that must keep going out.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote, urlencode

from privacy_attack_cases_36 import SHOP, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "51"
FIRST, LAST = "Quendrix", "Tarvenholm"
NAME = f"{FIRST} {LAST}"
EMAIL = "quendrix.tarvenholm@example.org"
PHONE = "+44 7911 481726"
PHONE_E164 = "+447911481726"
PHONE_NATIONAL = "07911 481726"
STREET = "12 Tarvenholm Lane"
POSTCODE = "SW1A 4RT"
NAME_FORMS = ["quendrix", "tarvenholm"]
MAIL_FORMS = ["quendrix"]
PHONE_FORMS = ["481726"]
STREET_FORMS = ["tarvenholm"]


def _q(text: str) -> str:
    return quote(text, safe="")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _jwt(claims: Dict[str, Any]) -> str:
    header = '{"alg":"RS256","kid":"5aa1b0","typ":"JWT"}'
    return ".".join([_b64url(header), _b64url(json.dumps(claims, separators=(",", ":"))),
                     "dGhpcy1pcy1ub3QtYS1yZWFsLXNpZ25hdHVyZS1hdC1hbGwtMDEyMzQ1Njc4OQ"])


# --- form plugins' keys: one field's key and its value, in the places a site sends them ------------------------------
# name: (key, value, forms)
FORM_KEYS: Dict[str, Tuple[str, str, List[str]]] = {
    "cf7 your-email": ("your-email", EMAIL, MAIL_FORMS),
    "cf7 your-name": ("your-name", NAME, NAME_FORMS),
    "cf7 your-tel": ("your-tel", PHONE_NATIONAL, PHONE_FORMS),
    "cf7 your-address": ("your-address", STREET, STREET_FORMS),
    "gravity input_1_3": ("input_1_3", FIRST, ["quendrix"]),
    "gravity input_1_6": ("input_1_6", LAST, ["tarvenholm"]),
    "gravity input_2 phone": ("input_2", PHONE, PHONE_FORMS),
    "gravity input_4_1 street": ("input_4_1", STREET, STREET_FORMS),
    "wpforms fields[0][first]": ("wpforms[fields][0][first]", FIRST, ["quendrix"]),
    "wpforms fields[0][last]": ("wpforms[fields][0][last]", LAST, ["tarvenholm"]),
    "ninja fields[0][value]": ("fields[0][value]", NAME, NAME_FORMS),
    "elementor form_fields[name]": ("form_fields[name]", NAME, NAME_FORMS),
    "elementor form_fields[message]": ("form_fields[message]", f"Hi, this is {NAME}, call me on {PHONE}",
                                       NAME_FORMS + PHONE_FORMS),
    "hubspot firstname": ("firstname", FIRST, ["quendrix"]),
    "hubspot lastname": ("lastname", LAST, ["tarvenholm"]),
    "hubspot mobilephone": ("mobilephone", PHONE, PHONE_FORMS),
    "mailchimp FNAME": ("FNAME", FIRST, ["quendrix"]),
    "mailchimp LNAME": ("LNAME", LAST, ["tarvenholm"]),
    "mailchimp MERGE0": ("MERGE0", EMAIL, MAIL_FORMS),
    "mailchimp ADDRESS[addr1]": ("ADDRESS[addr1]", STREET, STREET_FORMS),
    "field[email]": ("field[email]", EMAIL, MAIL_FORMS),
    "contact[email]": ("contact[email]", EMAIL, MAIL_FORMS),
    "contact[name]": ("contact[name]", NAME, NAME_FORMS),
    "customer[first_name]": ("customer[first_name]", FIRST, ["quendrix"]),
    "customer[last_name]": ("customer[last_name]", LAST, ["tarvenholm"]),
    "checkout shipping address1": ("checkout[shipping_address][address1]", STREET, STREET_FORMS),
    "checkout shipping zip": ("checkout[shipping_address][zip]", POSTCODE, ["4rt"]),
    "checkout billing phone": ("checkout[billing_address][phone]", PHONE, PHONE_FORMS),
    "cake data[Contact][phone]": ("data[Contact][phone]", PHONE, PHONE_FORMS),
    "cake data[User][full_name]": ("data[User][full_name]", NAME, NAME_FORMS),
    "woo billing_first_name": ("billing_first_name", FIRST, ["quendrix"]),
    "woo billing_address_1": ("billing_address_1", STREET, STREET_FORMS),
    "woo shipping_phone": ("shipping_phone", PHONE_NATIONAL, PHONE_FORMS),
    "magento telephone": ("telephone", PHONE, PHONE_FORMS),
    "magento street[0]": ("street[0]", STREET, STREET_FORMS),
    "typeform hidden name": ("hidden[name]", NAME, NAME_FORMS),
    "jotform q3_fullName3[first]": ("q3_fullName3[first]", FIRST, ["quendrix"]),
    "jotform q4_phoneNumber4[full]": ("q4_phoneNumber4[full]", PHONE, PHONE_FORMS),
    "formidable item_meta[12]": ("item_meta[12]", NAME, NAME_FORMS),
    "fluent names[first_name]": ("names[first_name]", FIRST, ["quendrix"]),
    "shopify attributes[Gift recipient]": ("attributes[Gift recipient]", NAME, NAME_FORMS),
    "shopify properties[Engraving name]": ("properties[Engraving name]", NAME, NAME_FORMS),
    "gravity input_1.3 dotted": ("input_1.3", FIRST, ["quendrix"]),
    "cf7 german ihr-name": ("ihr-name", NAME, NAME_FORMS),
    "cf7 french votre-nom": ("votre-nom", LAST, ["tarvenholm"]),
    "cf7 spanish tu-telefono": ("tu-telefono", PHONE_NATIONAL, PHONE_FORMS),
    "cf7 german ihre-strasse": ("ihre-strasse", STREET, STREET_FORMS),
    "mailchimp MMERGE6 phone": ("MMERGE6", PHONE_NATIONAL, PHONE_FORMS),
    "shopify contact[body] intro": ("contact[body]", f"Hi, I'm {NAME} and my order is late", NAME_FORMS),
    "shopify contact[Telefon]": ("contact[Telefon]", PHONE_NATIONAL, PHONE_FORMS),
    "fields label value pair": ("fields[0][label]=Full name&fields[0][value]", NAME, NAME_FORMS),
    "field_7 label pair": ("field_7_label=Your name&field_7", NAME, NAME_FORMS),
    "hubspot hs_context json": ("hs_context", json.dumps({"pageUrl": SHOP, "firstname": FIRST, "lastname": LAST}),
                                NAME_FORMS),
    "woo order comments": ("order_comments", f"Please leave with my neighbour, {NAME}", NAME_FORMS),
}

FORM_PLACES = ["track property", "page query", "json property", "query text property", "page property",
               "referrer query", "listed property", "url fragment query"]


def _form_put(where: str, key: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """A field put where a site sends it; a key `label_key=Label&value_key` is a label's field and its value's."""
    fields: Dict[str, str] = {}
    if "&" in key:  # a field's label beside its value, as plugins post them
        label, key = key.split("&")
        label_key, label_text = label.split("=")
        fields[label_key] = label_text
    fields[key] = value
    pair = urlencode(fields)
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "track property": ("track", {"name": "form_submit", "properties": {**fields, "form_id": "wpcf7-f51-o1"}}),
        "page property": ("page", {"properties": fields}),
        "listed property": ("track", {"name": "form_submit", "properties": fields,
                                      "settings": {"meta_custom_data": ",".join(fields)}}),
        "page query": ("page", {"url": f"{SHOP}/kontakt/?{pair}&form_id=3"}),
        "referrer query": ("page", {"referrer": f"{SHOP}/contact/?{pair}&submitted=1"}),
        "url fragment query": ("page", {"url": f"{SHOP}/danke#{pair}"}),
        "json property": ("track", {"name": "form_submit", "properties": {
            "form_data": json.dumps({"form_id": 3, **fields})}}),
        "query text property": ("track", {"name": "form_submit", "properties": {
            "serialized": f"form_id=3&{pair}&_wpnonce=9c1e2f"}}),
    }
    return table[where]


def form_keys() -> Iterator[Case]:
    for index, (name, (key, value, forms)) in enumerate(FORM_KEYS.items()):
        for step in range(2):
            where = FORM_PLACES[(index * 2 + step) % len(FORM_PLACES)]
            yield (f"formkey {name} @ {where}", *_form_put(where, key, value), forms)


# --- auth flows: tokens, state, hints, redirects, magic links ---------------------------------------------------------
ID_TOKEN = _jwt({"iss": "https://accounts.example.com", "sub": "1098713245", "aud": "shop-web", "email": EMAIL,
                 "email_verified": True, "name": NAME, "given_name": FIRST, "family_name": LAST,
                 "exp": 1796000000})
ACCESS_TOKEN = _jwt({"sub": "auth0|5f1c", "https://shop.example/email": EMAIL, "scope": "openid profile"})
PHONE_TOKEN = _jwt({"sub": "u-77", "phone_number": PHONE_E164, "phone_number_verified": True})
NAME_TOKEN = _jwt({"sub": "u-78", "preferred_username": "qtarvenholm", "name": NAME})
STATE_JSON = _b64(json.dumps({"returnTo": "/account", "email": EMAIL, "nonce": "n-0S6_WzA2Mj"}))
STATE_URL = _b64url(json.dumps({"redirect_uri": f"{SHOP}/cb", "login_hint": EMAIL}))

JWTS: Dict[str, Tuple[str, Any]] = {
    "oidc id_token fragment": (f"{SHOP}/callback#id_token={ID_TOKEN}&state=af0ifjsldkj",
                               [ID_TOKEN.split(".")[1]]),
    "oidc id_token query": (f"{SHOP}/auth/callback?id_token={ID_TOKEN}&session_state=abc",
                            [ID_TOKEN.split(".")[1]]),
    "implicit access_token fragment": (f"{SHOP}/#access_token={ACCESS_TOKEN}&token_type=Bearer&expires_in=7200",
                                       [ACCESS_TOKEN.split(".")[1]]),
    "phone token query": (f"{SHOP}/verify?token={PHONE_TOKEN}", [PHONE_TOKEN.split(".")[1]]),
    "name token spa fragment": (f"{SHOP}/app#/login/callback?id_token={NAME_TOKEN}", [NAME_TOKEN.split(".")[1]]),
    "magic link jwt path": (f"{SHOP}/magic/{ID_TOKEN}", [ID_TOKEN.split(".")[1]]),
    "oauth state base64 json": (f"{SHOP}/oauth/callback?code=4/0AX4XfWh&state={_q(STATE_JSON)}",
                                [STATE_JSON.rstrip("=")]),
    "oauth state base64url": (f"{SHOP}/oauth/callback?code=SplxlOBeZQ&state={STATE_URL}", [STATE_URL]),
    "login_hint authorize": (f"https://accounts.example.com/o/oauth2/auth?client_id=shop&login_hint={_q(EMAIL)}"
                             "&response_type=code", MAIL_FORMS),
    "cognito username": (f"{SHOP}/confirm?client_id=7abc&user_name={_q(EMAIL)}&confirmation_code=481900",
                         MAIL_FORMS),
    "firebase email link": (f"{SHOP}/finishSignUp?apiKey=AIzaSyD&oobCode=kqT2&mode=signIn"
                            f"&continueUrl={_q(SHOP + '/welcome?email=' + EMAIL)}", MAIL_FORMS),
    "reset password email": (f"{SHOP}/my-account/lost-password/?key=Kx9fQ2&login={_q(EMAIL)}", MAIL_FORMS),
    "wp rp login name": (f"{SHOP}/wp-login.php?action=rp&key=Yh4lQ&login=qtarvenholm", ["qtarvenholm"]),
    "reset path email": (f"{SHOP}/reset-password/{_q(EMAIL)}/c0ffee42", MAIL_FORMS),
    "verify email raw path": (f"{SHOP}/verify-email/{EMAIL}?sig=8f2a", MAIL_FORMS),
    "invite accept name": (f"{SHOP}/invite/accept?token=b7e1&invitee={_q(NAME)}", NAME_FORMS),
    "sms otp phone": (f"{SHOP}/login/otp?phone={_q(PHONE)}&channel=sms", PHONE_FORMS),
    "magic link b64 email": (f"{SHOP}/auth/magic?e={_b64(EMAIL)}&t=9d1f", [_b64(EMAIL).rstrip("=")]),
}

REDIRECT_INNER = f"{SHOP}/account/welcome?email={_q(EMAIL)}&src=signup"
REDIRECT_PHONE = f"{SHOP}/checkout/step2?phone={_q(PHONE)}"
REDIRECT_NAME = f"{SHOP}/order-received/1051/?key=wc_order_Xq81&first_name={FIRST}&last_name={LAST}"
REDIRECTS: Dict[str, Tuple[str, Any]] = {
    "redirect_to once": (f"{SHOP}/wp-login.php?redirect_to={_q(REDIRECT_INNER)}", MAIL_FORMS),
    "redirect_to twice": (f"{SHOP}/wp-login.php?redirect_to={_q(_q(REDIRECT_INNER))}", MAIL_FORMS),
    "return_url once phone": (f"{SHOP}/login?return_url={_q(REDIRECT_PHONE)}", PHONE_FORMS),
    "return_url twice phone": (f"{SHOP}/login?return_url={_q(_q(REDIRECT_PHONE))}", PHONE_FORMS),
    "next raw": (f"{SHOP}/accounts/login/?next=/account/welcome?email={EMAIL}", MAIL_FORMS),
    "next name": (f"{SHOP}/login?next={_q(REDIRECT_NAME)}", NAME_FORMS),
    "continue twice name": (f"{SHOP}/sso?continue={_q(_q(REDIRECT_NAME))}", NAME_FORMS),
    "returnTo fragment": (f"{SHOP}/#/login?returnTo={_q(REDIRECT_INNER)}", MAIL_FORMS),
    "RelayState": (f"https://idp.example.com/saml?SAMLRequest=fZJNT8Mw&RelayState={_q(REDIRECT_INNER)}",
                   MAIL_FORMS),
    "redirect_uri b64": (f"{SHOP}/go?u={_b64url(REDIRECT_INNER)}", [_b64url(REDIRECT_INNER)]),
    "checkout_url customer": (f"{SHOP}/cart?checkout_url={_q(SHOP + '/checkout?checkout[email]=' + EMAIL)}",
                              MAIL_FORMS),
    "target with phone path": (f"{SHOP}/r?target={_q(SHOP + '/call/' + PHONE_E164)}", PHONE_FORMS),
}


def auth() -> Iterator[Case]:
    yield from rotated("jwt", JWTS, URL_PLACES, 2, start=0, tag=TAG)
    yield from rotated("redirect", REDIRECTS, URL_PLACES, 3, start=5, tag=TAG)


# --- marketing tools: landing URLs, newsletter links, subscriber parameters -------------------------------------------
CLICKS = "fbclid=IwAR2xQ8s51k&gclid=Cj0KCQiA51&msclkid=5a1b2c3d51&ttclid=E.C.P.51abc"
MARKETING: Dict[str, Tuple[str, Any]] = {
    "utm_content email": (f"{SHOP}/?utm_source=newsletter&utm_medium=email&utm_content={_q(EMAIL)}&{CLICKS}",
                          MAIL_FORMS),
    "utm_term email raw": (f"{SHOP}/?utm_source=klaviyo&utm_term={EMAIL}&fbclid=IwAR2xQ8s51k", MAIL_FORMS),
    "utm_campaign with phone": (f"{SHOP}/?utm_source=sms&utm_campaign=promo_{PHONE_E164[1:]}&gclid=Cj0KCQiA51",
                                PHONE_FORMS),
    "utm_id name": (f"{SHOP}/?utm_source=crm&utm_id={FIRST}_{LAST}&msclkid=5a1b2c3d51", NAME_FORMS),
    "utm_content name spaced": (f"{SHOP}/?utm_content={_q('Hi ' + FIRST + '!')}&ttclid=E.C.P.51abc",
                                ["quendrix"]),
    "mailchimp mc_eid email": (f"{SHOP}/?mc_cid=8c1f0a&mc_eid={_q(EMAIL)}&{CLICKS}", MAIL_FORMS),
    "klaviyo _kx email": (f"{SHOP}/?_kx={_q(EMAIL)}&utm_source=klaviyo", MAIL_FORMS),
    "hubspot _hsenc name": (f"{SHOP}/?_hsenc=p2ANqtz-{LAST}&_hsmi=51", ["tarvenholm"]),
    "sendinblue subscriber email": (f"{SHOP}/?sib_email={_q(EMAIL)}&utm_medium=email", MAIL_FORMS),
    "newsletter subscriber param": (f"{SHOP}/newsletter/confirm?subscriber={_q(EMAIL)}&list=51", MAIL_FORMS),
    "unsubscribe link": (f"{SHOP}/unsubscribe?e={_q(EMAIL)}&h=8f3a1", MAIL_FORMS),
    "recipient merge tag": (f"{SHOP}/?recipient={_q(NAME)}&utm_source=newsletter", NAME_FORMS),
    "sms landing phone": (f"{SHOP}/?utm_source=sms&to={_q(PHONE)}&gclid=Cj0KCQiA51", PHONE_FORMS),
    "email b64 mkt": (f"{SHOP}/?utm_source=mkt&em={_b64(EMAIL)}", [_b64(EMAIL).rstrip("=")]),
    "referral code name": (f"{SHOP}/?ref={FIRST.lower()}-{LAST.lower()}-51&utm_medium=referral", NAME_FORMS),
    "cart recovery email": (f"{SHOP}/cart/recover?token=a81c&email={_q(EMAIL)}&utm_source=abandoned_cart",
                            MAIL_FORMS),
    "fragment utm email": (f"{SHOP}/landing#utm_source=mail&utm_content={_q(EMAIL)}", MAIL_FORMS),
    "email in utm double encoded": (f"{SHOP}/?utm_content={_q(_q(EMAIL))}&fbclid=IwAR2xQ8s51k", MAIL_FORMS),
}


def marketing() -> Iterator[Case]:
    yield from rotated("utm", MARKETING, URL_PLACES, 2, start=2, tag=TAG)


# --- single-page apps' routes, webmail and CRM referrers --------------------------------------------------------------
ROUTES: Dict[str, Tuple[str, Any]] = {
    "hash route email": (f"{SHOP}/#/account/{EMAIL}/orders", MAIL_FORMS),
    "hash route encoded email": (f"{SHOP}/#/account/{_q(EMAIL)}/orders", MAIL_FORMS),
    "hashbang profile name": (f"{SHOP}/#!/profile/{FIRST.lower()}-{LAST.lower()}", NAME_FORMS),
    "path customers email": (f"{SHOP}/customers/{_q(EMAIL)}/addresses", MAIL_FORMS),
    "path phone": (f"{SHOP}/account/phone/{PHONE_E164}/verify", PHONE_FORMS),
    "hash route query email": (f"{SHOP}/app#/checkout?email={_q(EMAIL)}&step=2", MAIL_FORMS),
    "gmail referrer search": (f"https://mail.google.com/mail/u/0/#search/{_q(EMAIL)}", MAIL_FORMS),
    "outlook referrer": (f"https://outlook.live.com/mail/0/inbox/id/AQMk?sender={_q(EMAIL)}", MAIL_FORMS),
    "yahoo referrer compose": (f"https://mail.yahoo.com/d/compose/?to={_q(EMAIL)}", MAIL_FORMS),
    "salesforce referrer contact": (f"https://acme.lightning.force.com/lightning/r/Contact/003Qx/view?name="
                                    f"{_q(NAME)}", NAME_FORMS),
    "hubspot referrer contact email": (f"https://app.hubspot.com/contacts/51/contact/101?email={_q(EMAIL)}",
                                       MAIL_FORMS),
    "zendesk referrer requester": (f"https://acme.zendesk.com/agent/tickets/51?requester={_q(EMAIL)}", MAIL_FORMS),
    "pipedrive referrer person slug": (f"https://acme.pipedrive.com/person/51-{FIRST.lower()}-{LAST.lower()}",
                                       NAME_FORMS),
    "mailto referrer": (f"mailto:{EMAIL}?subject=Order", MAIL_FORMS),
    "whatsapp referrer": (f"https://api.whatsapp.com/send?phone={PHONE_E164[1:]}&text=Hi", PHONE_FORMS),
    "next.js data route email": (f"{SHOP}/_next/data/build51/account/{_q(EMAIL)}.json", MAIL_FORMS),
}


def routes() -> Iterator[Case]:
    yield from rotated("route", ROUTES, URL_PLACES, 2, start=7, tag=TAG)


# --- GraphQL and JSON variables in a query string ---------------------------------------------------------------------
def _gql(operation: str, variables: Dict[str, Any]) -> str:
    return (f"{SHOP}/graphql?operationName={operation}&query={_q('query ' + operation + ' { shop { name } }')}"
            f"&variables={_q(json.dumps(variables))}")


GRAPHQL: Dict[str, Tuple[str, Any]] = {
    "variables email": (_gql("CustomerLookup", {"email": EMAIL}), MAIL_FORMS),
    "variables input phone": (_gql("CheckoutUpdate", {"input": {"phone": PHONE}}), PHONE_FORMS),
    "variables shipping address": (_gql("ShippingRates", {"address": {"address1": STREET, "zip": POSTCODE,
                                                                      "country": "GB"}}), STREET_FORMS),
    "variables customer names": (_gql("CustomerCreate", {"input": {"firstName": FIRST, "lastName": LAST}}),
                                 NAME_FORMS),
    "variables buyerIdentity": (_gql("CartBuyer", {"buyerIdentity": {"email": EMAIL, "phone": PHONE_E164}}),
                                MAIL_FORMS + PHONE_FORMS),
    "apollo persisted extensions": (f"{SHOP}/graphql?extensions={_q(json.dumps({'persistedQuery': {'v': 'ab51'}}))}"
                                    f"&variables={_q(json.dumps({'customerAccessToken': 'x', 'login': EMAIL}))}",
                                    MAIL_FORMS),
    "json filter param": (f"{SHOP}/api/orders?filter={_q(json.dumps({'customer': {'name': NAME}}))}", NAME_FORMS),
    "json q param name": (f"{SHOP}/search?q={_q(json.dumps({'recipient': NAME, 'type': 'gift'}))}", NAME_FORMS),
    "variables raw": (f"{SHOP}/graphql?variables=" + json.dumps({"email": EMAIL}), MAIL_FORMS),
    "variables base64": (f"{SHOP}/graphql?v={_b64(json.dumps({'email': EMAIL}))}",
                         [_b64(json.dumps({'email': EMAIL})).rstrip("=")]),
}


def graphql() -> Iterator[Case]:
    yield from rotated("graphql", GRAPHQL, URL_PLACES, 2, start=3, tag=TAG)


# --- a shop's search box holding the shopper's own data; order tracking -----------------------------------------------
SEARCHES: Dict[str, Tuple[str, Any]] = {
    "own email": (EMAIL, MAIL_FORMS),
    "own phone": (PHONE_NATIONAL, PHONE_FORMS),
    "own phone e164": (PHONE_E164, PHONE_FORMS),
    "own street and post code": (f"{STREET}, London {POSTCODE}", STREET_FORMS),
    "order and email": (f"order 1051 {EMAIL}", MAIL_FORMS),
    "own name and order": (f"{NAME} order 1051", NAME_FORMS),
    "my address": (f"my address is {STREET}", STREET_FORMS),
}
SEARCH_PLACES = ["search string", "standard search string", "page search field", "url query value"]


def _search_url(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "shopify search url": ("page", {"url": f"{SHOP}/search?q={_q(value)}&options[prefix]=last"}),
        "woo search url": ("page", {"url": f"{SHOP}/?s={_q(value)}&post_type=product"}),
        "magento search url": ("page", {"url": f"{SHOP}/catalogsearch/result/?q={_q(value)}"}),
        "algolia hash state": ("page", {"url": f"{SHOP}/shop#query={_q(value)}&page=1"}),
        "search referrer": ("page", {"referrer": f"{SHOP}/search?type=product&q={_q(value)}"}),
        "search term property": ("track", {"name": "Products Searched", "properties": {"search_term": value}}),
        "ga4 search_term page property": ("page", {"properties": {"search_term": value}}),
    }
    if where in table:
        return table[where]
    return place(where, value, TAG)


def searches() -> Iterator[Case]:
    places = [*SEARCH_PLACES, "shopify search url", "woo search url", "magento search url", "algolia hash state",
              "search referrer", "search term property", "ga4 search_term page property"]
    yield from rotated("search", SEARCHES, places, 3, tag=TAG, put=_search_url)


TRACKING: Dict[str, Tuple[str, Any]] = {
    "woo order tracking": (f"{SHOP}/order-tracking/?orderid=1051&order_email={_q(EMAIL)}", MAIL_FORMS),
    "shopify order status email": (f"{SHOP}/account/order_status?email={_q(EMAIL)}&order_number=1051",
                                   MAIL_FORMS),
    "lastname and postcode": (f"{SHOP}/track?order=1051&lastname={LAST}&postcode={_q(POSTCODE)}", ["tarvenholm"]),
    "carrier with name": (f"https://track.example-parcel.com/?tracknum=JD014600006281&recipient={_q(NAME)}",
                          NAME_FORMS),
    "path name and zip": (f"{SHOP}/orders/1051/{LAST}/{POSTCODE.replace(' ', '')}", ["tarvenholm"]),
    "aftership fragment": (f"{SHOP}/apps/track#email={_q(EMAIL)}&order=1051", MAIL_FORMS),
    "returns portal": (f"{SHOP}/returns?order=%231051&email_or_phone={_q(PHONE)}", PHONE_FORMS),
    "guest order view": (f"{SHOP}/sales/guest/view/?oar_order_id=1051&oar_billing_lastname={LAST}"
                         f"&oar_email={_q(EMAIL)}", MAIL_FORMS + ["tarvenholm"]),
    "delivery address slug": (f"{SHOP}/delivery/{_q(STREET)}/slots", STREET_FORMS),
}


def tracking() -> Iterator[Case]:
    yield from rotated("tracking", TRACKING, URL_PLACES, 2, start=9, tag=TAG)


# --- account pages, thank-you pages and booking tools' redirects that name their visitor ---------------------------
ACCOUNT_TEXTS: Dict[str, Tuple[str, Any]] = {
    "woo dashboard hello": (f"Hello {FIRST.lower()} (not {FIRST.lower()}? Log out)", ["quendrix"]),
    "welcome back": (f"Welcome back, {FIRST}!", ["quendrix"]),
    "shopify thank you": (f"Thank you, {FIRST}!", ["quendrix"]),
    "wishlist full name": (f"{NAME}’s Wishlist", NAME_FORMS),
    "wishlist possessive": (f"{FIRST}'s wishlist", ["quendrix"]),
    "account dash": (f"My Account – {NAME}", NAME_FORMS),
    "invoice file": (f"invoice-{FIRST}-{LAST}-1051.pdf", NAME_FORMS),
    "mail greeting": (f"Hi {FIRST}, your order is on its way", ["quendrix"]),
    "signed in as": (f"Signed in as {NAME}", NAME_FORMS),
    "logged in as email": (f"Logged in as {EMAIL}", MAIL_FORMS),
    "order for": (f"Order #1051 for {NAME}", NAME_FORMS),
    "shipping to": (f"Shipping to {NAME}, {STREET}", NAME_FORMS),
    "gift for": (f"Gift for {FIRST}", ["quendrix"]),
    "engraving": (f"Engraving: {FIRST}", ["quendrix"]),
}
ACCOUNT_URLS: Dict[str, Tuple[str, Any]] = {
    "calendly redirect": (f"{SHOP}/thanks?invitee_full_name={_q(NAME)}&invitee_email={_q(EMAIL)}"
                          f"&answer_1={PHONE_NATIONAL.replace(' ', '')}", NAME_FORMS + PHONE_FORMS),
    "calendly names": (f"{SHOP}/thanks?invitee_first_name={FIRST}&invitee_last_name={LAST}&event_type_name=Demo",
                       NAME_FORMS),
    "calendly answer": (f"{SHOP}/thanks?event_type_name=Demo&answer_1={_q(NAME)}", NAME_FORMS),
    "google forms entry": (f"https://docs.google.com/forms/d/e/1FAIpQL/viewform?entry.2005620554={_q(NAME)}",
                           NAME_FORMS),
    "stripe prefilled email": (f"https://buy.stripe.com/test_51?prefilled_email={_q(EMAIL)}", MAIL_FORMS),
    "paypal payer name": (f"{SHOP}/paypal/return?PayerID=QX51&payer_name={_q(NAME)}", NAME_FORMS),
    "typeform redirect name": (f"{SHOP}/thanks?name={_q(NAME)}&typeform-source=x", NAME_FORMS),
    "wishlist slug": (f"{SHOP}/wishlist/{FIRST.lower()}-{LAST.lower()}-51", NAME_FORMS),
    "invoice path": (f"{SHOP}/downloads/invoice-{FIRST}-{LAST}-1051.pdf", NAME_FORMS),
    "lead form full_name": (f"{SHOP}/?full_name={_q(NAME)}&fbclid=IwAR2xQ8s51k", NAME_FORMS),
    "mailchimp merge utm_term": (f"{SHOP}/?utm_source=mailchimp&utm_term={FIRST}", ["quendrix"]),
    "eventbrite attendee": (f"{SHOP}/?attendee={FIRST}+{LAST}&eid=51", NAME_FORMS),
    "gift card recipient": (f"{SHOP}/gift?giftcard%5Brecipient_name%5D={_q(NAME)}", NAME_FORMS),
    "shopify thank_you name": (f"{SHOP}/checkouts/c1/thank_you?name={FIRST}", ["quendrix"]),
    "hash user route": (f"{SHOP}/#/u/{FIRST.lower()}.{LAST.lower()}", NAME_FORMS),
    "author archive": (f"{SHOP}/author/{FIRST.lower()}-{LAST.lower()}/", NAME_FORMS),
    "members username": (f"{SHOP}/members/q{LAST.lower()}/profile/", ["tarvenholm"]),
    "buddypress members slug": (f"{SHOP}/community/members/{FIRST.lower()}-{LAST.lower()}/activity/", NAME_FORMS),
}
ACCOUNT_TEXT_PLACES = ["page title", "custom property", "page name", "content name", "json property",
                       "standard content name", "url fragment"]


def accounts() -> Iterator[Case]:
    yield from rotated("account", ACCOUNT_TEXTS, ACCOUNT_TEXT_PLACES, 2, tag=TAG)
    yield from rotated("account", ACCOUNT_URLS, URL_PLACES, 1, start=4, tag=TAG)


# --- form submissions, chat widgets and booking forms as events ------------------------------------------------------
def _event(kind: str, name: str, properties: Dict[str, Any]) -> Tuple[str, Dict[str, Any]]:
    return (kind, {"name": name, "properties": properties}) if kind == "track" else (kind, {"properties": properties})


SUBMITS: Dict[str, Tuple[Tuple[str, Dict[str, Any]], List[str]]] = {
    "form_submit field values": (_event("track", "form_submit", {
        "form_id": "contact-51", "field_1": NAME, "field_2": EMAIL, "field_3": PHONE}),
        MAIL_FORMS + PHONE_FORMS + NAME_FORMS),
    "form_submit labelled values": (_event("track", "form_submit", {
        "form_id": "contact-51", "Your Name": NAME, "Your Email": EMAIL}), MAIL_FORMS + NAME_FORMS),
    "ga4 generate_lead form fields": (_event("track", "generate_lead", {
        "form_name": "Quote", "form_fields": json.dumps([{"name": "full-name", "value": NAME},
                                                         {"name": "phone", "value": PHONE}])}),
        NAME_FORMS + PHONE_FORMS),
    "gtm form element values": (_event("track", "gtm.formSubmit", {
        "formElementValues": json.dumps({"input_1": NAME, "input_2": EMAIL})}), NAME_FORMS + MAIL_FORMS),
    "formData array": (_event("track", "form_submit", {
        "formData": json.dumps([["name", NAME], ["tel", PHONE]])}), NAME_FORMS + PHONE_FORMS),
    "form message free text": (_event("track", "form_submit", {
        "message": f"Hello, I am {NAME}. Please call me back on {PHONE}."}), NAME_FORMS + PHONE_FORMS),
    "chat started visitor name": (_event("track", "chat_started", {"visitor_name": NAME, "widget": "tawk"}),
                                  NAME_FORMS),
    "chat pre-chat email": (_event("track", "chat_prechat_submitted", {"prechat": f"name={_q(NAME)}&email="
                                                                                   f"{_q(EMAIL)}"}),
                            NAME_FORMS + MAIL_FORMS),
    "chat message text": (_event("track", "chat_message_sent", {"text": f"my email is {EMAIL}"}), MAIL_FORMS),
    "intercom name": (_event("track", "intercom_boot", {"intercom_name": NAME, "app_id": "abc51"}),
                                    NAME_FORMS),
    "drift contact email": (_event("track", "drift_email_captured", {"drift_email": EMAIL}), MAIL_FORMS),
    "booking guest name": (_event("track", "Schedule", {"guest_name": NAME, "slot": "2026-12-10T10:00"}),
                           NAME_FORMS),
    "booking calendly invitee": (_event("track", "calendly.event_scheduled", {
        "invitee": json.dumps({"name": NAME, "email": EMAIL})}), NAME_FORMS + MAIL_FORMS),
    "booking attendee phone": (_event("track", "booking_confirmed", {"attendee_phone": PHONE}), PHONE_FORMS),
    "booking notes": (_event("track", "booking_confirmed", {"notes": f"Table for 2 under {NAME}, tel {PHONE}"}),
                      NAME_FORMS + PHONE_FORMS),
    "page property form values": (_event("page", "", {"last_form": f"your-name={_q(NAME)}&your-email="
                                                                   f"{_q(EMAIL)}"}), NAME_FORMS + MAIL_FORMS),
    "newsletter signup email as label": (_event("track", "Subscribe", {"label": EMAIL}), MAIL_FORMS),
    "cf7 mail sent detail inputs": (_event("track", "wpcf7mailsent", {"inputs": json.dumps(
        [{"name": "your-name", "value": NAME}, {"name": "your-email", "value": EMAIL}])}),
        NAME_FORMS + MAIL_FORMS),
    "hubspot form submission fields": (_event("track", "hsFormSubmit", {"submissionValues": json.dumps(
        {"firstname": FIRST, "lastname": LAST, "mobilephone": PHONE})}), NAME_FORMS + PHONE_FORMS),
    "gift message recipient": (_event("track", "Product Added", {
        "product_id": "GIFT-51", "gift_message": f"To {NAME}, happy birthday!"}), NAME_FORMS),
    "delivery instructions": (_event("track", "Checkout Started", {
        "delivery_instructions": f"Leave at {STREET}, ring {PHONE_NATIONAL}"}), STREET_FORMS + PHONE_FORMS),
    "checkout step with email": (_event("track", "checkout_step", {"step": "contact", "value_entered": EMAIL}),
                                 MAIL_FORMS),
    "typeform answers": (_event("track", "typeform_submit", {"answers": json.dumps(
        [{"type": "text", "text": NAME, "field": {"ref": "q1"}}, {"type": "phone_number",
                                                                  "phone_number": PHONE_E164}])}),
        NAME_FORMS + PHONE_FORMS),
    "order note": (_event("track", "Order Completed", {
        "order_id": "1051", "value": "5", "currency": "GBP",
        "customer_note": f"Please deliver to {NAME}, {STREET}"}), NAME_FORMS + STREET_FORMS),
}


def submits() -> Iterator[Case]:
    for name, ((kind, overrides), forms) in SUBMITS.items():
        yield (f"submit {name} @ {kind}", kind, overrides, forms)
        listed = dict(overrides)
        keys = ",".join(overrides["properties"])
        listed["settings"] = {"meta_custom_data": keys}
        yield (f"submit {name} @ listed {kind}", kind, listed, forms)


def cases() -> List[Case]:
    return [*form_keys(), *auth(), *marketing(), *routes(), *graphql(), *searches(), *tracking(), *accounts(),
            *submits()]


# --- the same platforms' ordinary data, which must keep going out ----------------------------------------------------
ORDINARY_PLACES = ["custom property", "content name", "product name", "order id", "search string", "page title",
                   "content category", "product variant", "status"]

ORDINARY_TEXT: Dict[str, List[str]] = {
    "click ids": ["IwAR2xQ8s51kPz0", "Cj0KCQiA51xBhCwARIsAN", "5a1b2c3d51e6f7a8", "E.C.P.51abcdEF"],
    "campaigns": ["black_friday_2026", "Winter Sale 2026", "newsletter_week_49", "retargeting-cart-7d",
                  "brand_search_uk"],
    "order keys": ["wc_order_Xq81Lm2nP0aZ", "#1051", "1051", "ORD-2026-1051", "c1-7a9e51f2b8d04e"],
    "checkout steps": ["contact_information", "shipping_method", "payment_method", "thank_you", "review order"],
    "form ids": ["wpcf7-f51-o1", "gform_3", "wpforms-form-51", "hsForm_5d1e", "nf-form-3-cont"],
    "graphql operations": ["CustomerLookup", "CheckoutUpdate", "CartLinesAdd", "ProductRecommendations"],
    "search terms": ["red wool scarf", "iphone 15 case", "running shoes size 44", "gift for dad", "lego 42115"],
    "form choices": ["Red", "Large", "Newsletter: yes", "Preferred contact: email", "Request a quote"],
    "booking": ["Table for 2", "2026-12-10T10:00", "Haircut 45 min", "Consultation"],
    "chat": ["chat_started", "tawk", "Support - Shipping", "bot_handover"],
}

ORDINARY_PROPERTIES: Dict[str, Tuple[str, str]] = {
    "input_3 red": ("input_3", "Red"),
    "input_5 size": ("input_5", "XL"),
    "your-subject": ("your-subject", "Question about delivery"),
    "form_id": ("form_id", "wpcf7-f51-o1"),
    "customer[accepts_marketing]": ("customer[accepts_marketing]", "opted_in"),
    "checkout[step]": ("checkout[step]", "shipping_method"),
    "cart token": ("cart_token", "c1-7a9e51f2b8d04e"),
    "fields[0][id]": ("fields[0][id]", "product_interest"),
    "contact[subject]": ("contact[subject]", "Wholesale"),
    "checkout shipping rate": ("checkout[shipping_rate][id]", "shopify-Standard-4.90"),
    "utm_campaign": ("utm_campaign", "black_friday_2026"),
    "operationName": ("operationName", "CartLinesAdd"),
    "booking service": ("booking_service", "Haircut 45 min"),
    "chat department": ("chat_department", "Shipping"),
    "gift wrap": ("gift_wrap", "yes"),
}

ORDINARY_URLS: Dict[str, str] = {
    "click ids": f"{SHOP}/?{CLICKS}",
    "utm campaign": f"{SHOP}/?utm_source=newsletter&utm_medium=email&utm_campaign=black_friday_2026",
    "utm content": f"{SHOP}/?utm_source=facebook&utm_content=carousel_red_scarf&fbclid=IwAR2xQ8s51k",
    "redirect_to checkout": f"{SHOP}/wp-login.php?redirect_to=%2Fcheckout%2F",
    "return_url cart": f"{SHOP}/login?return_url=/cart",
    "next encoded path": f"{SHOP}/accounts/login/?next=%2Faccount%2Forders%2F",
    "order received": f"{SHOP}/checkout/order-received/1051/?key=wc_order_Xq81Lm2nP0aZ",
    "shopify checkout step": f"{SHOP}/checkouts/cn/c1-7a9e51f2b8d04e?step=shipping_method",
    "cart token": f"{SHOP}/cart/c/c1-7a9e51f2b8d04e",
    "oauth code and state": f"{SHOP}/oauth/callback?code=4%2F0AX4XfWh&state=xyzABC123",
    "graphql operation": f"{SHOP}/graphql?operationName=CartLinesAdd&variables=%7B%22quantity%22%3A2%7D",
    "search term": f"{SHOP}/search?q=red+wool+scarf&options%5Bprefix%5D=last",
    "woo search": f"{SHOP}/?s=running+shoes&post_type=product",
    "spa route": f"{SHOP}/#/products/red-wool-scarf",
    "hash query": f"{SHOP}/app#/checkout?step=2",
    "mc_cid": f"{SHOP}/?mc_cid=8c1f0a&utm_source=mailchimp",
    "gravity form page": f"{SHOP}/contact/?gf_page=2&form_id=3",
    "order tracking order id": f"{SHOP}/order-tracking/?orderid=1051",
    "filter color": f"{SHOP}/collections/scarves?filter.v.option.color=Red",
    "checkout bracket step": f"{SHOP}/checkout?checkout%5Bstep%5D=payment_method",
}
ORDINARY_URL_PLACES = ["page url", "referrer"]


def ordinary_cases() -> Iterator[Ordinary]:
    index = 0
    for family, values in ORDINARY_TEXT.items():
        for number, value in enumerate(values):
            where = ORDINARY_PLACES[index % len(ORDINARY_PLACES)]
            yield (f"ordinary {family} {number} @ {where}", *place(where, value, TAG), value)
            index += 1
    for name, (key, value) in ORDINARY_PROPERTIES.items():
        yield (f"ordinary property {name} @ track", "track",
               {"name": "form_submit", "properties": {key: value}}, value)
        url = f"{SHOP}/kontakt/?{urlencode({key: value})}&form_id=3"
        yield (f"ordinary property {name} @ query", "page", {"url": url}, url)
    for number, (name, url) in enumerate(ORDINARY_URLS.items()):
        where = ORDINARY_URL_PLACES[number % 2]
        field = "url" if where == "page url" else "referrer"
        yield (f"ordinary url {name} @ {where}", "page", {field: url}, url)
