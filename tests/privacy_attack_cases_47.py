"""The forty-seventh outside attack's cases, written from the README's promises (sections "Personal data: one budget in,
one gate out", "Settings", "Identity", "Events" and "Meta's own fields") only, without reading the gate's code nor
the earlier attacks' cases: the families attacks 44 to 46 did not touch, as values in every leaf the README maps,
under each `meta_custom_data` and `meta_url_query` setting.

- **Links** (`link`): a mail address or a phone number inside a link of every scheme a page or an app writes:
  `mailto:`, `tel:`, `sms:`, `callto:`, `sip:`, `xmpp:`, `skype:`, `whatsapp://send?phone=`, `tg://`, `viber://`,
  `fb-messenger://`, `intent://` (with a browser fallback), an app's own deep link (`myshop://account/<mail>`), a
  messenger's, a profile's or a payment's link by phone or name (`t.me/+44…`, `signal.me/#p/…`, `linkedin.com/in/…`,
  `paypal.me/…`), `data:` URIs holding text (plain, percent-encoded, base64, a vCard, HTML), `javascript:` building
  the address, redirect chains (`?next=`, `?redirect_uri=`, `?u=`) two and three levels deep with each level encoded
  again (or as base64url), a JSON state in base64url in a fragment, a webmail's or a network's redirector (Google,
  Outlook's safe links, Facebook's `l.php`), fragment routes (`#/account/…`, `#!/…`), matrix parameters (`;email=…`),
  user info, a personal value in a relative URL's path, and in a URL's host (a mail address spelled with `-at-`, a
  dialled number, a name as a shop's subdomain). A port is a number up to 65535 and holds none of these, so it is not
  attacked.
- **Birth, age and gender** (`birth`): a date of birth after its label in a dozen languages and layouts (`DOB:`, `né
  le`, `geb.`, `fecha de nacimiento`, `誕生日`, `생년월일`), in `key=value` and JSON text; a name with an age or a birth
  year beside it, with and without a label; an age after its label or in a sentence; a birth date after a cake emoji;
  a gender after its label, as a title (`Title: Mrs`), as pronouns, as Meta's key `ge` and as a query's key.
- **Location** (`geo`): a delivery's latitude and longitude at a house's precision (five decimals, degrees minutes
  seconds, degrees and decimal minutes, comma decimals, GeoJSON's order), in text, after a label, as keys and values,
  joined by a pipe, as a UTM grid reference, in `geo:` and map links (Google's `@` and `!3d…!4d…`, Apple,
  OpenStreetMap) and a tracking link; an Open Location Code (full, and short with its town), a what3words address
  (bare, linked, labelled) and a 9-character geohash.
- **Devices and accounts** (`device`): a MAC address in its three layouts and after a label, an IMEI (Luhn) bare,
  spaced, labelled (`IMEI:`, `IMEI2:`) and after the dial code, advertising ids (IDFA, GAID) and an Android ID after
  a label or as a key, a login after `username:`, `login:`, `user:`, `Handle:` and their German and French words, and
  secrets echoed: a password after its label or as a query's key, an API token (the README makes no claim on secrets;
  they are attacked to say so).

Each value goes into several leaves by attack 36's rotation, and each family carries made-up markers (`quendrisk` and
the digits `7700931846` in the links, `Tarranbek` and the date's own layout in the births, the coordinates' decimals,
the plus code, the three words and the geohash in the places, `velmordanx`, `trombelwix`, `Qxandrovelk`, the MAC and
the IMEI's digits in the devices), so a leak is found anywhere in the request. The plus code and the geohash are
computed from the coordinates by their published algorithms, the IMEI's last digit by Luhn's. The same fields holding
nothing personal (a shop's own links, store locators, birthday products, a city's coordinates to two decimals, device
models, versions, a MAC lipstick, a bare uuid as an order id) must go out.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import luhn_complete
from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES, _b64, _b64url, _q
from privacy_attack_cases_36 import place as place_tagged
from privacy_attack_cases_36 import rotated as rotated_tagged

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]
Table = Dict[str, Tuple[str, Any]]

# Attack 36's leaves and their rotation, the ids beside a value tagged 47 (`ART-47`).
place = partial(place_tagged, tag="47")
rotated = partial(rotated_tagged, tag="47")


# --- links of every scheme holding the visitor's mail or phone (markers: `quendrisk`, the digits `7700931846`)
L_MAIL = "pellam.quendrisk@example.org"
L_PHONE = "+447700931846"
L_DIGITS = "7700931846"
L = ["quendrisk", L_DIGITS]
_ACCOUNT = f"https://id.example-auth.net/done?u={_q(L_MAIL)}"
_CALLBACK = f"https://auth.example-auth.net/cb?redirect_uri={_q(_ACCOUNT)}&state=s47"
_LOGIN = f"{SHOP}/login?next={_q(_CALLBACK)}"
_PHONE_DONE = f"https://id.example-auth.net/verified?phone={_q(L_PHONE)}"
LINKS: Table = {
    "mailto plain": (f"mailto:{L_MAIL}", L),
    "mailto subject and body": (f"mailto:{L_MAIL}?subject=Order%20A-1001&body=Hello", L),
    "mailto at encoded": ("mailto:pellam.quendrisk%40example.org", L),
    "mailto cc only": (f"mailto:?cc={L_MAIL}&subject=Gift", L),
    "tel international": (f"tel:{L_PHONE}", L),
    "tel national trunk": ("tel:07700-931846", L),
    "tel rfc3966 extension": ("tel:+44-7700-931846;ext=12", L),
    "callto": (f"callto:{L_PHONE}", L),
    "sms with body": (f"sms:{L_PHONE}?body=Ready%20for%20pickup", L),
    "whatsapp send phone": ("whatsapp://send?phone=447700931846&text=Hi", L),
    "wa.me link": ("https://wa.me/447700931846?text=order%20A-1001", L),
    "telegram resolve phone": ("tg://resolve?phone=447700931846", L),
    "intent mail compose": ("intent://compose?to=pellam.quendrisk%40example.org#Intent;scheme=mailto;"
                            "package=com.google.android.gm;end", L),
    "intent phone extra": ("intent://call/#Intent;scheme=tel;S.phone=%2B447700931846;end", L),
    "app deep link mail in path": (f"myshop://account/{L_MAIL}/orders", L),
    "app deep link phone in path": ("myshop://verify/+447700931846", L),
    "app universal link user key": (f"https://links.myshop.example/app/profile?user={_q(L_MAIL)}", L),
    "data uri percent text": ("data:text/plain," + _q(f"Contact: {L_MAIL}"), L),
    "data uri base64 text": ("data:text/plain;base64," + _b64("Call me on +44 7700 931846"), L),
    "data uri base64 vcard": ("data:text/vcard;base64," + _b64(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Pellam Quendrisk\nTEL:+447700931846\nEND:VCARD"), L),
    "data uri html": ("data:text/html," + _q(f"<a href='mailto:{L_MAIL}'>write</a>"), L),
    "javascript builds the address": ("javascript:location.href='mailto:'+'pellam.quendrisk'+'@'+'example.org'", L),
    "redirect two levels": (_CALLBACK, L),
    "redirect three levels": (_LOGIN, L),
    "redirect three levels with phone": (
        f"{SHOP}/login?next=" + _q(f"https://auth.example-auth.net/cb?redirect_uri={_q(_PHONE_DONE)}"), L),
    "redirect in a fragment route": (f"{SHOP}/#/login?next={_q(_ACCOUNT)}", L),
    "google redirector": ("https://www.google.com/url?q=" + _q(f"{SHOP}/account?email={L_MAIL}") + "&sa=D", L),
    "outlook safe link": ("https://eur01.safelinks.protection.outlook.com/?url="
                          + _q(f"{SHOP}/track?to={_q(L_MAIL)}") + "&data=05%7C01", L),
    "facebook l.php": ("https://l.facebook.com/l.php?u=" + _q(f"{SHOP}/welcome?email={_q(L_MAIL)}")
                       + "&h=AT0x47", L),
    "fragment route mail": (f"{SHOP}/#/account/{L_MAIL}/orders", L),
    "hashbang route phone": (f"{SHOP}/#!/customer/+447700931846", L),
    "fragment route mail encoded twice": (f"{SHOP}/app#/profile/pellam.quendrisk%2540example.org", L),
    "matrix parameter mail": (f"{SHOP}/account;email={L_MAIL};v=2/orders", L),
    "matrix parameter phone": (f"{SHOP}/checkout;phone=%2B447700931846/pay", L),
    "user info mail": ("https://pellam.quendrisk%40example.org:x@boutique.example.de/account", L),
    "user info name and password": ("https://pellam.quendrisk:Quendrisk2026@boutique.example.de/account", L),
    "relative path mail": (f"/account/{L_MAIL}/orders", L),
    "relative path phone": ("../customers/+447700931846/edit", L),
    "host mail spelled": ("https://pellam-quendrisk-at-example-org.preview.example-shop.net/", L),
    "host dialled number": ("https://00447700931846.callback.example-shop.net/ring", L),
    "unsubscribe base64url mail": (f"{SHOP}/unsubscribe/{_b64url(L_MAIL)}", L),
    "redirect base64url inside": (f"{SHOP}/go?next={_b64url(_ACCOUNT)}", L),
    "fragment state base64url json": (f"{SHOP}/cb#state=" + _b64url(json.dumps({"to": L_MAIL, "n": 47})), L),
    "intent browser fallback": ("intent://open/#Intent;scheme=myshop;S.browser_fallback_url="
                                + _q(f"{SHOP}/account?email={L_MAIL}") + ";end", L),
    "sip uri phone": ("sip:+447700931846@sip.example-voip.net;user=phone", L),
    "sips uri mail": (f"sips:{L_MAIL}", L),
    "xmpp uri": ("xmpp:pellam.quendrisk@jabber.example.org?message", L),
    "telegram link by phone": ("https://t.me/+447700931846", L),
    "signal link by phone": ("https://signal.me/#p/+447700931846", L),
    "viber chat number": ("viber://chat?number=%2B447700931846", L),
    "whatsapp api send": ("https://api.whatsapp.com/send/?phone=447700931846&type=phone_number", L),
    "skype call handle": ("skype:pellam.quendrisk?call", L),
    "messenger link handle": ("https://m.me/pellam.quendrisk", L),
    "host name slug": ("https://pellam-quendrisk.myshopify.com/account", L),
    "messenger app thread": ("fb-messenger://user-thread/pellam.quendrisk", L),
    "profile link with name slug": ("https://www.linkedin.com/in/pellam-quendrisk-4b7a21/", L),
    "payment link with name": ("https://paypal.me/PellamQuendrisk", L),
}

# --- birth, age and gender (markers: `Tarranbek`, the date as written, the gender's word)
B = "Tarranbek"
BIRTHS: Table = {
    "EN DOB slashes": ("DOB: 14/09/1987", ["14/09/1987"]),
    "EN date of birth ISO": ("Date of birth: 1987-09-14", ["1987-09-14"]),
    "EN DOB month name": ("D.O.B. 14-Sep-1987", ["14-Sep-1987"]),
    "EN born on in a sentence": ("I was born on 14 September 1987, please check my age", ["14 September 1987"]),
    "EN birthday US short": ("Birthday: 09/14/87", ["09/14/87"]),
    "FR ne le": ("né le 14/09/1987 à Lyon", ["14/09/1987"]),
    "FR nee le in words with name": (f"Mme {B}, née le 14 septembre 1987", [B, "14 septembre 1987"]),
    "DE geb.": ("geb. 14.09.1987", ["14.09.1987"]),
    "DE geboren am": ("Geboren am 14. September 1987 in Köln", ["14. September 1987"]),
    "ES fecha de nacimiento": ("Fecha de nacimiento: 14/09/1987", ["14/09/1987"]),
    "ES nacida el": ("nacida el 14 de septiembre de 1987", ["14 de septiembre de 1987"]),
    "IT data di nascita": ("Data di nascita: 14/09/1987", ["14/09/1987"]),
    "NL geboortedatum": ("Geboortedatum: 14-09-1987", ["14-09-1987"]),
    "PL data urodzenia": ("Data urodzenia: 14.09.1987 r.", ["14.09.1987"]),
    "RU data rozhdeniya": ("Дата рождения: 14.09.1987", ["14.09.1987"]),
    "TR dogum tarihi": ("Doğum tarihi: 14.09.1987", ["14.09.1987"]),
    "JA tanjoubi": ("誕生日：1987年9月14日", ["1987年9月14日"]),
    "JA seinengappi slashes": ("生年月日: 1987/09/14", ["1987/09/14"]),
    "ZH chusheng riqi": ("出生日期：1987年9月14日", ["1987年9月14日"]),
    "KO saengnyeonworil": ("생년월일: 1987.09.14", ["1987.09.14"]),
    "key value dob": ("dob=1987-09-14&plan=gold", ["1987-09-14"]),
    "json birthdate": ('{"birthdate": "1987-09-14", "tier": "gold"}', ["1987-09-14"]),
    "name and birth year": (f"Ysolde {B} (b. 1987)", [B]),
    "name and age": (f"Ysolde {B}, 38, Leeds", [B]),
    "labelled name and age": (f"Name: Ysolde {B}, Alter: 38", [B]),
    "customer with birth year": (f"Customer: Ysolde {B}, born 1987", [B]),
    "age label EN": ("Age: 38 years", ["age: 38"]),
    "age label DE": ("Alter: 38 Jahre", ["alter: 38"]),
    "gender label EN": ("Gender: female", ["female"]),
    "gender label DE": ("Geschlecht: weiblich", ["weiblich"]),
    "gender label FR": ("Sexe : féminin", ["féminin"]),
    "gender label ES": ("Sexo: masculino", ["masculino"]),
    "gender label JA": ("性別：女性", ["女性"]),
    "gender query key": ("gender=female&size=M", ["female"]),
    "Meta ge key": ("ge=f&db=19870914&plan=gold", ["19870914", "ge=f"]),
    "cake emoji as the label": ("🎂 14.09.1987", ["14.09.1987"]),
    "age in a sentence": ("I am 38 years old, is this ok?", ["38 years old"]),
    "title as gender": ("Title: Mrs", ["title: mrs"]),
    "pronouns": ("Pronouns: she/her", ["she/her"]),
}

# --- a delivery's place at a house's precision (markers: the decimals, the plus code, the three words, the geohash)
G = ["53.80147", "1.54862"]
PLUS = "9C5WRF22+HH"   # Open Location Code of 53.80147, -1.54862
GEOHASH = "gcwfhf226"   # geohash of the same point, 9 characters (about 5 m)
W3W = "tulips.cradle.voyage"
PLACES: Table = {
    "coordinates pair": ("53.80147, -1.54862", G),
    "coordinates after a label": ("Drop-off point: 53.80147,-1.54862 (side gate)", G),
    "coordinates degrees minutes seconds": ("53°48'05.3\"N 1°32'55.0\"W", ["48'05.3", "32'55.0"]),
    "coordinates degrees decimal minutes": ("N 53° 48.088' W 001° 32.917'", ["48.088", "32.917"]),
    "coordinates with hemispheres": ("53.80147°N, 1.54862°W", G),
    "coordinates comma decimals": ("Lat 53,80147 Lon -1,54862", ["53,80147", "1,54862"]),
    "coordinates in words": ("latitude 53.80147 longitude -1.54862", G),
    "coordinates key value": ("lat=53.80147&lng=-1.54862&zoom=18", G),
    "coordinates json": ('{"latitude": 53.80147, "longitude": -1.54862}', G),
    "geojson point": ('{"type": "Point", "coordinates": [-1.54862, 53.80147]}', G),
    "plus code full": (PLUS, [PLUS]),
    "plus code short with town": ("RF22+HH Leeds", ["RF22+HH"]),
    "plus code labelled": (f"Plus code: {PLUS}", [PLUS]),
    "what3words slashes": (f"///{W3W}", [W3W]),
    "what3words link": (f"https://w3w.co/{W3W}", [W3W]),
    "what3words labelled": (f"what3words: {W3W}", [W3W]),
    "geohash labelled": (f"geohash: {GEOHASH}", [GEOHASH]),
    "geohash key value": (f"gh={GEOHASH}&r=5", [GEOHASH]),
    "geo uri": ("geo:53.80147,-1.54862?z=19", G),
    "google maps query": ("https://maps.google.com/?q=53.80147,-1.54862", G),
    "google maps at": ("https://www.google.com/maps/@53.80147,-1.54862,19z", G),
    "openstreetmap fragment": ("https://www.openstreetmap.org/#map=19/53.80147/-1.54862", G),
    "apple maps ll": ("https://maps.apple.com/?ll=53.80147,-1.54862&q=Drop", G),
    "tracking link destination": (f"{SHOP}/track/A-1001?dest=53.80147%2C-1.54862", G),
    "coordinates joined by a pipe": ("loc=53.80147|-1.54862", G),
    "google maps data parameter": ("https://www.google.com/maps/place/Leeds/data=!3m1!4b1!4m5!3m4!1s0x0:0x0!8m2"
                                   "!3d53.80147!4d-1.54862", G),
    "UTM grid": ("UTM 30U 597354 5962011", ["597354", "5962011"]),
}

# --- devices and accounts (markers: the MAC, the IMEI's digits, the ids, `velmordanx`, `trombelwix`, `Qxandrovelk`)
MAC = ["3C:22:FB:7A:19:E4", "3C-22-FB-7A-19-E4", "3c22.fb7a.19e4", "3C22FB7A19E4"]
IMEI = luhn_complete("35209900176148")
IMEI_SPACED = f"{IMEI[:2]} {IMEI[2:8]} {IMEI[8:14]} {IMEI[14]}"
IDFA = "E3A1F7C2-5B94-4D08-9C6E-2F71B8A04D5C"
GAID = "7c41d2e8-a05f-4b3c-91de-6f02a8b47c13"
U = "velmordanx"
PW = "Hq7!trombelwixZ"
TOKEN = "sk_live_51Qxandrovelk8Lm2pT4v"
DEVICES: Table = {
    "MAC colons": (MAC[0], MAC),
    "MAC dashes": (MAC[1], MAC),
    "MAC Cisco dots": (MAC[2], MAC),
    "MAC after a label": (f"Wi-Fi MAC: {MAC[0]}", MAC),
    "MAC query key": (f"mac={MAC[0].lower()}&fw=3.2.1", MAC),
    "IMEI bare": (IMEI, [IMEI]),
    "IMEI labelled": (f"IMEI: {IMEI}", [IMEI]),
    "IMEI spaced": (IMEI_SPACED, [IMEI]),
    "IMEI after the dial code": (f"*#06# shows {IMEI}", [IMEI]),
    "IMEI2 labelled": (f"IMEI2: {IMEI}", [IMEI]),
    "IDFA labelled": (f"IDFA: {IDFA}", [IDFA]),
    "GAID key value": (f"gaid={GAID}&os=android", [GAID]),
    "advertising id json": (json.dumps({"advertising_id": GAID, "limit_ad_tracking": False}), [GAID]),
    "Android ID labelled": ("Android ID: 9774d56d682e549c", ["9774d56d682e549c"]),
    "username label": (f"username: {U}", [U]),
    "login label": (f"Login: {U}", [U]),
    "user label": (f"user: {U}", [U]),
    "Benutzername label": (f"Benutzername: {U}", [U]),
    "nom d'utilisateur label": (f"Nom d'utilisateur : {U}", [U]),
    "handle label": (f"Handle: @{U}", [U]),
    "username key value": (f"username={U}&step=2", [U]),
    "password label": (f"password: {PW}", ["trombelwix"]),
    "password key value": (f"password={_q(PW)}&remember=1", ["trombelwix"]),
    "Passwort label": (f"Passwort: {PW}", ["trombelwix"]),
    "API token bearer": (f"Authorization: Bearer {TOKEN}", ["Qxandrovelk"]),
    "API key key value": (f"api_key={TOKEN}", ["Qxandrovelk"]),
}


def cases() -> List[Case]:
    """Every personal value of the four families in several leaves (attack 36's rotation, tagged 47)."""
    return [
        *rotated("link", LINKS, URL_PLACES, 3),
        *rotated("birth", BIRTHS, TEXT_PLACES, 3),
        *rotated("geo", PLACES, TEXT_PLACES, 3, start=7),
        *rotated("device", DEVICES, TEXT_PLACES, 3, start=19),
    ]


# --- ordinary values of the same fields, which must go out as they are
ORDINARY_TEXT_PLACES = ["custom property", "page title", "content name", "search string", "product name",
                        "product brand", "product category", "content category", "page name", "page category",
                        "status", "contents title", "order id"]
ORDINARY_URL_PLACES = ["page url", "referrer", "custom property"]

ORDINARY_LINKS = [
    f"{SHOP}/stores/leeds-briggate",
    f"{SHOP}/stores?near=Leeds&radius=10",
    f"{SHOP}/help/contact",
    f"{SHOP}/login?next=%2Fcheckout%3Fstep%3D2",
    f"{SHOP}/login?next=" + _q(f"{SHOP}/account/orders?page=2"),
    f"{SHOP}/#/cart",
    f"{SHOP}/#!/catalog/shoes?sort=price",
    f"{SHOP}/products/mug;color=red;size=large",
    "https://leeds-store.myshopify.com/products/mug",
    "https://www.google.com/url?q=" + _q(f"{SHOP}/sale") + "&sa=D",
    "https://l.facebook.com/l.php?u=" + _q(f"{SHOP}/sale?utm_source=facebook") + "&h=AT0x47",
    f"{SHOP}/track/A-1001?carrier=dhl",
    f"{SHOP}/collections/summer-sale?page=2",
    f"{SHOP}:8443/preview/theme-47",
]
ORDINARY_LINK_TEXTS = [
    "myshop://product/SKU-4471",
    "intent://scan/#Intent;scheme=zxing;package=com.google.zxing.client.android;end",
    "/collections/summer-sale?page=2",
    "../products/mug-47",
    "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
    "whatsapp://send?text=Look%20at%20this%20mug",
]
ORDINARY_BIRTH = [
    "Happy 40th Birthday Mug", "Birthday Card 18th", "Born to Run (1975) vinyl", "Vintage 1987 Rioja",
    "Age 3-5 years", "Ages 8+", "Gender-neutral onesie", "Women's running shoes", "Men's jacket size M",
    "Geburtstagskarte zum 50.", "Carte d'anniversaire", "誕生日ケーキ 5号", "Release date: 14/09/2026",
    "Best before 14.09.2027", "Model year 2019", "Tarta de cumpleaños", "Unisex hoodie",
    "Female connector USB-C", "Birthstone ring September",
]
ORDINARY_GEO = [
    "Leeds city centre 53.80, -1.55", "Store near 48.86, 2.35", "Dell Latitude 5420", "Longitude Lab watch",
    "Altitude 8848 jacket", "GPS running watch", "Map poster of Leeds", "Compass 360°", "Delivery zone LS1",
    "Plus size dress", "Three words notebook", "Coordinates necklace",
]
ORDINARY_DEVICE = [
    "iPhone 15 Pro 256GB", "Galaxy S24 Ultra", "Firmware 3.2.1", "Model A2846", "MQ9X3ZD/A", "USB-C cable 2m",
    "MAC lipstick Ruby Woo", "Router AX3000", "Password manager, 1 year", "Login page", "User guide PDF",
    "API docs", "v2.14.0", "Build 23A344", "Serial cable RS-232", "Username ideas notebook",
    "e3a1f7c2-5b94-4d08-9c6e-2f71b8a04d5c",
]


def _ordinary(family: str, values: List[str], places: List[str], start: int = 0) -> Iterator[Ordinary]:
    for index, value in enumerate(values):
        where = places[(start + index) % len(places)]
        yield (f"{family} {index} {value[:40]} @ {where}", *place(where, value), value)


def ordinary_cases() -> Iterator[Ordinary]:
    """The same fields holding nothing personal, each in one leaf (no setting overridden: the ordinary runner takes
    none), which must go out as it is."""
    yield from _ordinary("ordinary link", ORDINARY_LINKS, ORDINARY_URL_PLACES)
    yield from _ordinary("ordinary link in a page url", ORDINARY_LINKS, ["page url"])
    yield from _ordinary("ordinary link text", ORDINARY_LINK_TEXTS, ORDINARY_TEXT_PLACES)
    yield from _ordinary("ordinary birth", ORDINARY_BIRTH, ORDINARY_TEXT_PLACES, 2)
    yield from _ordinary("ordinary birth again", ORDINARY_BIRTH, ORDINARY_TEXT_PLACES, 7)
    yield from _ordinary("ordinary geo", ORDINARY_GEO, ORDINARY_TEXT_PLACES, 4)
    yield from _ordinary("ordinary device", ORDINARY_DEVICE, ORDINARY_TEXT_PLACES, 1)
