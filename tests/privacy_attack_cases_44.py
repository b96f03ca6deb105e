"""The forty-fourth outside attack's cases, written from the README's promises (sections "Personal data: one budget
in, one gate out", "Settings", "Identity", "Events" and "Meta's own fields") and issue 16's families only, without
reading the gate's code nor the earlier attacks' cases: personal VALUES in the spellings people and software give
them. `fbc`/`fbp` cookies carrying a mail address, a phone or a street (well-formed and malformed); a mail address
in every encoding a decoder reads (percent in every mixture, double and triple, HTML entities named and numbered with
and without `;`, other at signs and dots, base64 of three alphabets, quoted-printable, escapes of many languages,
MIME encoded-words, IDN domains, `mailto:` links) and spelt out in words of many languages; phone numbers inside
free text in a dozen national formats, links, other scripts' digits and letter O; IPv4 and IPv6 addresses in text
(ports, CIDR, zone ids, brackets, mapped, leading zeros, forwarded headers, log lines); the visitor's own ids and a
customer number sent as properties or in URLs; and one address in every leaf an event has, under each
data-minimisation setting. The same fields holding ordinary shop data must go out unchanged.

Each family carries made-up markers of its own (`pranthelvi` and `Ostrubel` in the cookies, `vindelqarth` in the
encodings, `harvosquine` in the words, `7700936142` and the national numbers in the phones, `89.187.142.77` and
`fe3a:61c2` in the IP addresses, `kelvorandt` and `KD-48120937` in the ids, `tessmorvani` in the leaves), so a leak
is found by its marker anywhere in the request; a phone by its digits, folded to ASCII.
"""

from __future__ import annotations

import base64
import quopri
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_36 import MS, TEXT_PLACES
from privacy_attack_cases_36 import place as place_tagged
from privacy_attack_cases_36 import rotated as rotated_tagged

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

SHOP = "https://laden.example.it"
VISITOR = {"email": "visitor@example.com"}


def _q(text: str) -> str:
    return quote(text, safe="")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode()


def _every_percent(text: str) -> str:
    return "".join(f"%{ord(ch):02X}" for ch in text)


def put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """Attack 36's leaves (ids tagged 44) and the leaves of Meta's own fields and identity this attack adds."""
    encoded = _q(value)
    order = "Order Completed"
    money = {"value": "5", "currency": "EUR"}
    own: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "fbc property": ("track", {"properties": {"fbc": value}}),
        "fbp property": ("track", {"properties": {"fbp": value}}),
        "visitor fbc": ("track", {"visitor": {**VISITOR, "fbc": value}}),
        "visitor fbp": ("track", {"visitor": {**VISITOR, "fbp": value}}),
        "user call fbc": ("user", {"user_properties": {"fbc": value}}),
        "user call fbp": ("user", {"user_properties": {"fbp": value}}),
        "fbclid in url": ("page", {"url": f"{SHOP}/p?fbclid={encoded}"}),
        "fbclid in search": ("page", {"url": f"{SHOP}/p", "search": f"?fbclid={encoded}"}),
        "cookie header property": ("track", {"properties": {
            "cookie_dump": f"_fbp=fb.1.{MS}.1843027561; _fbc={value}"}}),
        "currency": ("track", {"name": order, "properties": {"value": "5", "currency": value}}),
        "value": ("track", {"name": order, "properties": {"value": value, "currency": "EUR"}}),
        "action source": ("track", {"properties": {"action_source": value}}),
        "opt out": ("track", {"properties": {"opt_out": value}}),
        "data processing options": ("track", {"properties": {"data_processing_options": value}}),
        "content type": ("track", {"name": "Product Added", "properties": {"content_type": value,
                                                                         "contents": '[{"id": "ART-44"}]'}}),
        "delivery category": ("track", {"properties": {"delivery_category": value}}),
        "test event code": ("track", {"properties": {"test_event_code": value},
                                      "settings": {"meta_allow_test_event_code_property": "true"}}),
        "subscription id": ("track", {"properties": {"subscription_id": value}}),
        "lead id": ("track", {"properties": {"lead_id": value}}),
        "coupon": ("track", {"name": order, "properties": {"coupon": value, **money}}),
        "promotion name": ("track", {"name": "Promotion Viewed", "properties": {"promotion_id": "P-44",
                                                                               "name": value}}),
        "user id": ("user", {"user_id": value}),
        "track anonymous id": ("track", {"anonymous_id": value}),
        "visitor external id": ("track", {"visitor": {**VISITOR, "external_id": value}}),
        "referrer fragment": ("page", {"referrer": f"https://mail.example-webmail.net/inbox#{encoded}"}),
        "url raw query": ("page", {"url": f"{SHOP}/go?note={value}"}),
        "page search raw": ("page", {"url": f"{SHOP}/cerca", "search": f"?q={value}"}),
        "standard url query": ("page", {"url": f"{SHOP}/go?target={encoded}",
                                        "settings": {"meta_custom_data": "standard"}}),
        "listed product brand": ("track", {"name": order, "properties": money, "settings": {
            "meta_custom_data": "brand"}, "products": [{"product_id": "ART-44", "price": "5", "brand": value}]}),
        "dropped referrer query": ("page", {"referrer": f"https://mail.example-webmail.net/out?link={encoded}",
                                            "settings": {"meta_url_query": "drop"}}),
    }
    return own[where] if where in own else place_tagged(where, value, "44")


def rotated(family: str, table: Dict[str, Tuple[str, Any]], places: List[str], per: int,
            start: int = 0) -> Iterator[Case]:
    return rotated_tagged(family, table, places, per, start, put=put)


# --- cookie: `fbc`/`fbp` carrying a mail address, a phone or a street (`fb.1.<ms>.<payload>` and malformed variants)
C_MAIL = "pranthelvi.oak@example.org"
C_PHONE = "+447700934618"
C_DIGITS = "7700934618"
C_STREET = "Ostrubel"
COOKIE_PLACES = ["fbc property", "fbp property", "visitor fbc", "visitor fbp", "user call fbc", "fbclid in url",
                 "cookie header property", "user call fbp", "fbclid in search", "custom property"]
COOKIES: Dict[str, Tuple[str, Any]] = {
    "fbc mail payload": (f"fb.1.{MS}.{C_MAIL}", "pranthelvi"),
    "fbc percent mail payload": (f"fb.1.{MS}.{_q(C_MAIL)}", "pranthelvi"),
    "fbc base64url mail payload": (f"fb.1.{MS}.{_b64url(C_MAIL).rstrip('=')}", _b64url(C_MAIL).rstrip("=")),
    "fbc mail words payload": (f"fb.1.{MS}.pranthelvi-oak-at-example-org", "pranthelvi"),
    "fbc mail underscores payload": (f"fb.1.{MS}.pranthelvi_oak_gmail_com", "pranthelvi"),
    "fbc mail in appendix": (f"fb.1.{MS}.IwAR2xK9fTqLm7Vn3pQr.{C_MAIL}", "pranthelvi"),
    "fbc mail after a valid payload": (f"fb.1.{MS}.IwAR2xK9fTqLm7Vn3pQr{C_MAIL}", "pranthelvi"),
    "fbc phone payload": (f"fb.1.{MS}.{C_PHONE}", C_DIGITS),
    "fbc phone dashed": (f"fb.1.{MS}.07700-934-618", C_DIGITS),
    "fbc street payload": (f"fb.1.{MS}.27-{C_STREET}-Street-Leeds-LS1-4AP", C_STREET),
    "fbc street underscores": (f"fb.1.{MS}.27_{C_STREET}_Road_Leeds", C_STREET),
    "fbp mail random": (f"fb.1.{MS}.{C_MAIL}", "pranthelvi"),
    "fbp phone random": (f"fb.1.{MS}.0{C_DIGITS}", C_DIGITS),
    "fbp street appendix": (f"fb.1.{MS}.1843027561.{C_STREET}Street27", C_STREET),
    "fbp mail appendix": (f"fb.1.{MS}.1843027561.AQ.{C_MAIL}", "pranthelvi"),
    "malformed no time": (f"fb.1.{C_MAIL}", "pranthelvi"),
    "malformed seconds": (f"fb.1.{MS // 1000}.{C_MAIL}", "pranthelvi"),
    "malformed capitals": (f"FB.1.{MS}.{C_MAIL.upper()}", "PRANTHELVI"),
    "malformed spaces": (f"  fb.1.{MS}.{C_MAIL}  ", "pranthelvi"),
    "malformed cookie name kept": (f"_fbc=fb.1.{MS}.{C_MAIL}", "pranthelvi"),
    "malformed percent dots": (f"fb%2E1%2E{MS}%2E{_q(C_MAIL)}", "pranthelvi"),
    "malformed phone spaced": (f"fb.1.{MS}.+44 7700 934 618", C_DIGITS),
}


# --- mail: one address in encodings and shapes a decoder reads
M_LOCAL = "vindelqarth.mo"
M_MAIL = f"{M_LOCAL}@example.com"
M_FORM = "vindelqarth"
MAIL_PLACES = TEXT_PLACES + ["coupon", "promotion name", "url raw query", "referrer fragment", "page search raw",
                             "standard url query", "listed product brand", "subscription id"]


def _mail(at: str, dot: str = ".") -> str:
    return f"vindelqarth{dot}mo{at}example{dot}com"


MAILS: Dict[str, Tuple[str, Any]] = {
    "percent at": (_mail("%40"), M_FORM),
    "percent at lower dots": (_mail("%40", "%2e"), M_FORM),
    "percent every character": (_every_percent(M_MAIL), _every_percent("vindelqarth")),
    "double percent": (_mail("%2540"), M_FORM),
    "triple percent": (_mail("%25252540"), M_FORM),
    "percent of percent digits": (_mail("%%34%30"), M_FORM),
    "percent utf-8 full-width at": (_mail("%EF%BC%A0"), M_FORM),
    "named entity commat": (_mail("&commat;"), M_FORM),
    "named entity period": (_mail("&commat;", "&period;"), M_FORM),
    "decimal entity": (_mail("&#64;"), M_FORM),
    "decimal entity no semicolon": (_mail("&#64"), M_FORM),
    "decimal entity zero padded": (_mail("&#0064;"), M_FORM),
    "hex entity": (_mail("&#x40;"), M_FORM),
    "hex entity no semicolon": (_mail("&#x40 "), M_FORM),
    "entity of a percent": (_mail("&#37;40"), M_FORM),
    "percent of an entity": (_mail("%26%2364%3B"), M_FORM),
    "full-width at": (_mail("\uff20"), M_FORM),
    "small commercial at": (_mail("\ufe6b"), M_FORM),
    "full-width at and dots": (_mail("\uff20", "\uff0e"), M_FORM),
    "ideographic full stop": (_mail("@", "\u3002"), M_FORM),
    "halfwidth ideographic full stop": (_mail("@", "\uff61"), M_FORM),
    "one dot leader": (_mail("@", "\u2024"), M_FORM),
    "base64 standard": (_b64(M_MAIL), _b64(M_MAIL)),
    "base64 unpadded": (_b64(M_MAIL + "x").rstrip("="), _b64(M_MAIL + "x").rstrip("=")),
    "base64 url-safe of a mailto": (_b64url(f"mailto:{M_MAIL}?subject=Rückfrage"),
                                    _b64url(f"mailto:{M_MAIL}?subject=Rückfrage").rstrip("=")),
    "quoted-printable": (quopri.encodestring(f"Kontakt={M_MAIL}".encode()).decode(), M_FORM),
    "MIME encoded-word base64": (f"=?utf-8?B?{_b64(M_MAIL)}?=", _b64(M_MAIL)),
    "MIME encoded-word Q": (f"=?UTF-8?Q?{M_LOCAL}=40example.com?=", M_FORM),
    "MIME header with name": (f"=?iso-8859-1?Q?Vindel_Mo?= <{M_MAIL}>", M_FORM),
    "JavaScript unicode escape": (_mail("\\u0040"), M_FORM),
    "JavaScript brace escape": (_mail("\\u{40}"), M_FORM),
    "Python hex escape": (_mail("\\x40"), M_FORM),
    "C octal escape": (_mail("\\100"), M_FORM),
    "Perl brace hex escape": (_mail("\\x{40}"), M_FORM),
    "CSS escape": (_mail("\\000040"), M_FORM),
    "SQL CHAR concatenation": ("'vindelqarth.mo' || CHAR(64) || 'example.com'", M_FORM),
    "Unicode code point notation": (_mail(" U+0040 "), M_FORM),
    "punycode domain": (f"{M_LOCAL}@xn--bcher-kva.example", M_FORM),
    "IDN domain": (f"{M_LOCAL}@bücher.example", M_FORM),
    "IDN Cyrillic domain": (f"{M_LOCAL}@пример.рф", M_FORM),
    "IDN Japanese domain": (f"{M_LOCAL}@例え.テスト", M_FORM),
    "mailto with query": (f"mailto:{M_MAIL}?subject=Bestellung%2048213&body=Hallo", M_FORM),
    "mailto to in query": (f"mailto:?to={_q(M_MAIL)}&subject=Hi", M_FORM),
    "MAILTO capitals": (f"MAILTO:{M_MAIL.upper()}", "VINDELQARTH"),
    "split local and domain in a query": (f"u={M_LOCAL}&d=example.com", M_FORM),
    "split over path parts": (f"/contact/{M_LOCAL}/at/example.com", M_FORM),
    "split by a pipe": (f"{M_LOCAL} | example.com", M_FORM),
    "angle brackets with a display name": (f"Vindel Mo <{M_MAIL}>", M_FORM),
    "comma for the dot": (f"{M_LOCAL}@example,com", M_FORM),
}


# --- spelt: the mail address written out in words, as people write it to pass a filter, in many languages
S_FORM = "harvosquine"


def _spelt(at: str, dot: str, domain: str = "example") -> str:
    return f"harvosquine{at}{domain}{dot}com"


SPELT: Dict[str, Tuple[str, Any]] = {
    "EN square brackets": (_spelt(" [at] ", " [dot] "), S_FORM),
    "EN parentheses glued": (_spelt("(at)", "(dot)"), S_FORM),
    "EN words": (_spelt(" at ", " dot "), S_FORM),
    "EN underscores": (_spelt("_at_", "_dot_"), S_FORM),
    "EN at word real dot": (_spelt(" at ", "."), S_FORM),
    "EN provider no dot": ("harvosquine at gmail", S_FORM),
    "ES arroba punto": (_spelt(" arroba ", " punto "), S_FORM),
    "PT arroba ponto": (_spelt(" arroba ", " ponto "), S_FORM),
    "DE Klammeraffe Punkt": (_spelt(" Klammeraffe ", " Punkt "), S_FORM),
    "IT chiocciola punto": (_spelt(" chiocciola ", " punto "), S_FORM),
    "RU sobaka tochka": (_spelt(" собака ", " точка "), S_FORM),
    "NL apenstaartje punt": (_spelt(" apenstaartje ", " punt "), S_FORM),
    "PL malpa kropka": (_spelt(" małpa ", " kropka "), S_FORM),
    "HU kukac pont": (_spelt(" kukac ", " pont "), S_FORM),
    "CZ zavinac tecka": (_spelt(" zavináč ", " tečka "), S_FORM),
    "TR et isareti nokta": (_spelt(" et işareti ", " nokta "), S_FORM),
    "GR papaki teleia": (_spelt(" παπάκι ", " τελεία "), S_FORM),
    "DA snabel-a punktum": (_spelt(" snabel-a ", " punktum "), S_FORM),
    "FI miukumauku piste": (_spelt(" miukumauku ", " piste "), S_FORM),
    "JA atto maaku dotto": (_spelt(" アットマーク ", " ドット "), S_FORM),
    "ZH aite dian": (_spelt(" 艾特 ", " 点 "), S_FORM),
    "EN period": (_spelt(" at ", " period "), S_FORM),
    "EN full stop": (_spelt(" at ", " full stop "), S_FORM),
    "EN point": (_spelt(" at ", " point "), S_FORM),
    "EN dt": (_spelt(" at ", " dt "), S_FORM),
    "MS di titik": (_spelt(" di ", " titik "), S_FORM),
    "HR manki tocka": (_spelt(" manki ", " točka "), S_FORM),
    "AF aapstert punt": (_spelt(" aapstert ", " punt "), S_FORM),
    # the English word for "@" with another language's for "."
    "ID at titik": (_spelt(" at ", " titik "), S_FORM),
    "TL at tuldok": (_spelt(" at ", " tuldok "), S_FORM),
    "TR at nokta": (_spelt(" at ", " nokta "), S_FORM),
}


# --- phone: numbers inside free text in national formats, links, other scripts and spelt digits
PHONES: Dict[str, Tuple[str, Any]] = {
    "UK plus spaced": ("Call me on +44 7700 936142 after six", "7700936142"),
    "UK 0044": ("Rückruf: 0044 7700 936142", "7700936142"),
    "UK trunk parentheses": ("Mob (07700) 936142 thanks", "7700936142"),
    "UK plus zero in parentheses": ("ring +44 (0) 7700 936142", "7700936142"),
    "UK every digit apart": ("0 7 7 0 0 9 3 6 1 4 2", "7700936142"),
    "UK letter O for zero": ("call O77OO 936 142", "7700936142"),
    "UK extension": ("+44 7700 936142 ext. 21", "7700936142"),
    "UK tel link": ("tel:+447700936142", "7700936142"),
    "UK whatsapp link": ("whatsapp://send?phone=447700936142&text=hi", "7700936142"),
    "UK wa.me link": ("https://wa.me/447700936142?text=Order%2048213", "7700936142"),
    "DE mobile slash": ("Bitte zurückrufen: 0151/28467319", "15128467319"),
    "DE plus zero": ("Handy +49 (0)151 284 673 19", "15128467319"),
    "DE landline Berlin": ("Tel. 030 61842753 (Büro)", "3061842753"),
    "FR spaced pairs": ("Rappelez-moi au 06 48 27 91 53 svp", "648279153"),
    "FR plus": ("portable +33 6 48 27 91 53", "648279153"),
    "FR dotted": ("tél 06.48.27.91.53", "648279153"),
    "FR trunk in odd groups": ("rappel 0 648 279 153", "648279153"),
    "ES mobile": ("llámame al 612 84 73 95", "612847395"),
    "ES plus": ("móvil +34 612 847 395", "612847395"),
    "IT mobile": ("chiamami al 347 528 1964", "3475281964"),
    "IT 0039": ("cell. 0039 347 5281964", "3475281964"),
    "NL mobile dashed": ("bel me op 06-38274915", "638274915"),
    "NL plus": ("mobiel +31 6 38274915", "638274915"),
    "BR parentheses": ("meu zap (21) 98473-2615", "21984732615"),
    "BR plus": ("celular +55 21 98473-2615", "21984732615"),
    "IN spaced": ("call 98471 26358 for delivery", "9847126358"),
    "IN plus dashed": ("+91-98471-26358", "9847126358"),
    "IN trunk": ("mob 098471 26358", "9847126358"),
    "JP dashed": ("携帯 090-4827-3619", "9048273619"),
    "JP plus": ("+81 90-4827-3619", "9048273619"),
    "JP full-width": ("電話０９０－４８２７－３６１９", "9048273619"),
    "AU mobile": ("call 0412 739 846 anytime", "412739846"),
    "AU plus": ("+61 412 739 846", "412739846"),
    "AU landline parentheses": ("(02) 9374 6281 office", "293746281"),
    "US parentheses": ("call (415) 738-2946 before 5", "4157382946"),
    "US plus one": ("+1 415-738-2946", "4157382946"),
    "US dotted": ("415.738.2946", "4157382946"),
    "US extension x": ("415-738-2946 x204", "4157382946"),
    "US tel link": ("tel:+1-415-738-2946", "4157382946"),
    "US bare in text": ("my cell is 4157382946", "4157382946"),
    "US in pairs": ("41 57 38 29 46", "4157382946"),
    "US every digit dashed": ("4-1-5-7-3-8-2-9-4-6", "4157382946"),
    "IT in pairs": ("cell 34 75 28 19 64", "3475281964"),
    "Arabic-Indic digits": ("اتصل على +٤٤ ٧٧٠٠ ٩٣٦١٤٢", "7700936142"),
    "Devanagari digits": ("कॉल करें ९८४७१ २६३५८", "9847126358"),
    "Bengali digits": ("ফোন +৯১ ৯৮৪৭১ ২৬৩৫৮", "9847126358"),
    "Thai digits": ("โทร ๐๖ ๔๘๒๗ ๙๑๕๓", "648279153"),
    "Persian digits": ("شماره ۰۷۷۰۰ ۹۳۶۱۴۲", "7700936142"),
}


# --- ip: IPv4 and IPv6 addresses in free text
V4 = "89.187.142.77"
V6 = "2a02:8071:5e3:9c40:18b:d7ff:fe3a:61c2"
IPS: Dict[str, Tuple[str, Any]] = {
    "v4 in a sentence": (f"blocked from {V4} twice", V4),
    "v4 with port": (f"{V4}:8443", V4),
    "v4 CIDR": (f"allow {V4}/32", V4),
    "v4 leading zeros": ("089.187.142.077", "089.187.142.077"),
    "v4 bracketed with port": (f"[{V4}]:443", V4),
    "v4 forwarded for": (f"X-Forwarded-For: {V4}, 10.0.0.3", V4),
    "v4 forwarded header": (f'Forwarded: for={V4};proto=https', V4),
    "v4 log line": (f'{V4} - - [03/Dec/2026:00:12:01 +0000] "GET /cart HTTP/1.1" 200 512', V4),
    "v4 mapped v6": (f"::ffff:{V4}", V4),
    "v4 mapped hex": ("::ffff:59bb:8e4d", "59bb:8e4d"),
    "v6 full": (f"from {V6}", "fe3a:61c2"),
    "v6 compressed": ("2a02:8071:5e3:9c40::d7e1 via proxy", "9c40::d7e1"),
    "v6 bracketed port": (f"[{V6}]:8443", "fe3a:61c2"),
    "v6 zone id": ("fe80::18b:d7ff:fe3a:61c2%eth0", "fe3a:61c2"),
    "v6 CIDR": ("2a02:8071:5e3:9c40::/64 customer net", "5e3:9c40"),
    "v6 upper case": (V6.upper(), "FE3A:61C2"),
    "v6 leading zeros": ("2a02:8071:05e3:9c40:018b:d7ff:fe3a:61c2", "fe3a:61c2"),
    "v6 forwarded for": (f"X-Forwarded-For: {V6}, 2001:db8::1", "fe3a:61c2"),
    "v6 forwarded header": (f'Forwarded: for="[{V6}]:4711"', "fe3a:61c2"),
    "v6 log line": (f'{V6} - - [03/Dec/2026:00:12:02 +0000] "POST /checkout HTTP/2" 302 0', "fe3a:61c2"),
}
IP_PLACES = ["custom property", "page title", "json property", "search string", "url query value", "content name",
             "status", "url fragment", "page property", "order id", "referrer path", "product name", "url raw query",
             "standard custom property", "listed custom property", "user event property", "contents title",
             "product variant", "event id", "page search field", "url path", "referrer fragment"]


# --- ident: the visitor's own ids, a customer number and an address sent as track properties or in URLs
I_UID = "kelvorandt_8841"
I_ANON = "3b9e7c1a-5d24-4f8e-a6b1-9c0d7e2f4a18"
I_CUST = "KD-48120937"
I_MAIL = "kelvorandt.ju@example.de"


IDENTS: Dict[str, Tuple[str, Dict[str, Any], str]] = {
    "user id as userId": ("track", {"properties": {"userId": I_UID}}, "kelvorandt"),
    "user id as user": ("track", {"properties": {"user": I_UID}}, "kelvorandt"),
    "user id as member": ("track", {"properties": {"member": I_UID}}, "kelvorandt"),
    "user id in a sentence": ("track", {"properties": {"note": f"logged in as {I_UID}"}}, "kelvorandt"),
    "user id as order id": ("track", {"name": "Order Completed", "properties": {
        "order_id": I_UID, "value": "5", "currency": "EUR"}}, "kelvorandt"),
    "user id as event name": ("track", {"name": f"Viewed by {I_UID}"}, "kelvorandt"),
    "user id in url path": ("page", {"url": f"{SHOP}/users/{I_UID}/profile"}, "kelvorandt"),
    "user id in url query": ("page", {"url": f"{SHOP}/p?ajs_uid={I_UID}"}, "kelvorandt"),
    "user id in referrer": ("page", {"referrer": f"{SHOP}/account?uid={I_UID}"}, "kelvorandt"),
    "user id as page title": ("page", {"title": f"Dashboard - {I_UID}"}, "kelvorandt"),
    "anonymous id as anonymousId": ("track", {"properties": {"anonymousId": I_ANON}}, I_ANON),
    "anonymous id as session": ("track", {"properties": {"sid": I_ANON}}, I_ANON),
    "anonymous id in url query": ("page", {"url": f"{SHOP}/p?ajs_aid={I_ANON}"}, I_ANON),
    "anonymous id in a fragment": ("page", {"url": f"{SHOP}/p#aid={I_ANON}"}, I_ANON),
    "anonymous id as content id": ("track", {"name": "Product Added", "properties": {
        "content_ids": f"ART-44,{I_ANON}"}}, I_ANON),
    "customer number labelled": ("track", {"properties": {"note": f"Kundennummer: {I_CUST}"}}, "48120937"),
    "customer number labelled EN": ("track", {"properties": {"note": f"Customer no. {I_CUST}"}}, "48120937"),
    "customer number FR": ("track", {"properties": {"note": "N° client 48120937"}}, "48120937"),
    "customer number Kd.-Nr.": ("track", {"properties": {"note": "Kd.-Nr. 48120937"}}, "48120937"),
    "customer number Cust#": ("track", {"properties": {"note": "Cust# 48120937"}}, "48120937"),
    "customer number Client ID": ("track", {"properties": {"note": f"Client ID: {I_CUST}"}}, "48120937"),
    "customer number ES": ("track", {"properties": {"note": "nº de cliente 48120937"}}, "48120937"),
    "customer number IT": ("page", {"title": "Area clienti - codice cliente 48120937"}, "48120937"),
    "user id after User ID": ("track", {"properties": {"note": f"User ID: {I_UID}"}}, "kelvorandt"),
    "user id after Login": ("page", {"title": f"Login: {I_UID}"}, "kelvorandt"),
    "user id after Username": ("track", {"name": "Products Searched", "properties": {
        "query": f"Username: {I_UID}"}}, "kelvorandt"),
    "anonymous id alone in a note": ("track", {"properties": {"note": I_ANON}}, I_ANON),
    "customer number as property": ("track", {"properties": {"customer_number": I_CUST}}, "48120937"),
    "customer number in url path": ("page", {"url": f"{SHOP}/kunden/{I_CUST}/rechnungen"}, "48120937"),
    "customer number in url query": ("page", {"url": f"{SHOP}/konto?kdnr={I_CUST}"}, "48120937"),
    "customer number as page title": ("page", {"title": f"Kundenkonto {I_CUST}"}, "48120937"),
    "mail as ref property": ("track", {"properties": {"ref": I_MAIL}}, "kelvorandt.ju"),
    "mail as user id property": ("track", {"properties": {"user_id": I_MAIL}}, "kelvorandt.ju"),
    "mail in url query": ("page", {"url": f"{SHOP}/p?ajs_uid={_q(I_MAIL)}"}, "kelvorandt.ju"),
    "mail in url path": ("page", {"url": f"{SHOP}/u/{I_MAIL}/orders"}, "kelvorandt.ju"),
    "mail as track user id": ("track", {"user_id": I_MAIL}, "kelvorandt.ju"),
    "mail as user call anonymous id": ("user", {"anonymous_id": I_MAIL}, "kelvorandt.ju"),
    "mail as edgee id": ("user", {"edgee_id": I_MAIL}, "kelvorandt.ju"),
    "mail in the product id": ("track", {"name": "Product Viewed", "properties": {"product_id": I_MAIL}},
                               "kelvorandt.ju"),
}


def ident_cases() -> Iterator[Case]:
    """Each case with the visitor's user and anonymous ids in the event's context, unless it sets its own."""
    for name, (kind, overrides, form) in IDENTS.items():
        ids = {} if {"user_id", "anonymous_id", "edgee_id"} & overrides.keys() else {
            "user_id": I_UID, "anonymous_id": I_ANON}
        yield (f"ident {name}", kind, {**ids, **overrides}, [form])


# --- leaf: one address in every leaf an event has, under each data-minimisation setting
L_MAIL = "tessmorvani.ql@example.net"
LEAF_PLACES = list(dict.fromkeys(TEXT_PLACES + [
    "page url", "referrer", "page url under dropped query", "dropped query", "utm content", "json property",
    "currency", "value", "action source", "opt out", "data processing options", "content type",
    "delivery category", "test event code", "subscription id", "lead id", "coupon", "promotion name",
    "user id", "track anonymous id", "visitor external id", "referrer fragment", "url raw query", "page search raw",
    "standard url query", "listed product brand", "dropped referrer query", "standard page title",
    "standard custom property", "fbc property", "fbp property", "visitor fbc"]))


def leaf_cases() -> Iterator[Case]:
    for where in LEAF_PLACES:
        value = f"{SHOP}/r?c={_q(L_MAIL)}" if where.startswith("page url") or where == "referrer" else L_MAIL
        yield (f"leaf mail @ {where}", *put(where, value), ["tessmorvani"])


def cases() -> List[Case]:
    found: List[Case] = []
    found += rotated("cookie", COOKIES, COOKIE_PLACES, 2)
    found += rotated("mail", MAILS, MAIL_PLACES, 1, start=3)
    found += rotated("spelt", SPELT, MAIL_PLACES, 2, start=11)
    found += rotated("phone", PHONES, TEXT_PLACES, 2, start=5)
    found += rotated("ip", IPS, IP_PLACES, 2, start=1)
    found += ident_cases()
    found += leaf_cases()
    return found


# --- ordinary values of the same fields, which must go out unchanged
ORDINARY: Dict[str, List[str]] = {
    "titles": ["Nike Air Max 90 - Herren Sneaker | Laden", "Black Friday Sale: bis zu 50% Rabatt",
               "Warenkorb (3 Artikel)", "Votre panier – Boutique", "Checkout - Step 2 of 4",
               "Apple iPhone 15 Pro 256 GB Titan Natur", "Samsung Galaxy S24 Ultra (SM-S928B)",
               "Le Creuset Bräter 28 cm", "ページが見つかりません", "Kontakt & Impressum",
               "Versandkostenfrei ab 49 €", "Size 10.5 (EU 44.5)", "Top 10 gifts under $50",
               "Mon compte – Commandes", "iOS 17.4.1 update guide"],
    "skus": ["SKU-7700-BLK-42", "MPN SM-S928BZKQEUB", "EAN 4006381333931", "B0CHX3QBCH", "ART-2024-00931",
             "LS1-4AP-BOX", "V2-RED-XL", "CH-415-738", "1001-0042-7", "ISBN 978-3-16-148410-0"],
    "versions": ["v26.0", "2.4.1", "120.0.6099.109", "10.0.19045.3693", "1.2.3-beta.4+build.5678",
                 "react@18.2.0", "17.4.1", "5.15.0-91-generic", "3.12.1", "build 89.187.142"],
    "utm": ["newsletter_2024_11", "black-friday", "cpc", "fb_ads", "summer_sale_de", "retargeting-q4",
            "{{campaign.name}}", "ig_story_0412", "email", "partner-awin-12345"],
    "prices": ["49,90 €", "$1,299.00", "1.299,00 EUR", "£ 24.99", "¥12,800", "R$ 199,90",
               "0.00", "19.99", "-20%", "3 x 9,99 €"],
    "dates": ["2026-11-23", "23.11.2026", "11/23/2026", "2026-11-23T10:15:00+01:00", "Mon, 23 Nov 2026",
              "1795500000", "1795500000000", "Q4 2026", "KW 48", "23 nov. 2026"],
    "orders": ["#100234567", "WC-2026-0004812", "ORD-44-0091", "R482130976", "1000234567",
               "A-2026/11/0042", "SO-7700-0001", "INV-2026-11-00931", "48213", "#L-415-0073"],
    "hashes": ["d41d8cd98f00b204e9800998ecf8427e", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
               "da39a3ee5e6b4b0d3255bfef95601890afd80709", "5f2b8c9d0e1a", "7c4a8d09ca3762af61e59520943dc264",
               "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "W/\"5e3-9c40\"",
               "123e4567-e89b-12d3-a456-426614174000", "01HGW2N3Q4R5S6T7V8W9X0YZAB", "git 3f9a2c1"],
    "text": ["Gift wrap: yes", "Lieferung Mo-Fr 9-18 Uhr", "Size guide EU 42 / US 9.5", "Pack of 2 @ €9.99",
             "Chat with us 9am-5pm", "Click & Collect Leeds", "Made in Italy", "100% cotton, 180 g/m²",
             "Screen 1920x1080 @ 144 Hz", "Warranty 2 years"],
    # shop text shaped as this attack's personal values: a labelled field's help text, an address or a number
    "lookalikes": ["192.168.1.1 setup guide", "Ship to: United Kingdom", "Login: forgot password?",
                   "Customer no. required at checkout", "Kundennummer eingeben", "Art.-Nr. 415 738 2946",
                   "Firmware 2.4.142.77", "IP65 waterproof", "GET /cart 200", "GA1.2.1843027561.1795496400",
                   "c3VtbWVyX3NhbGU="],
}
ORDINARY_PLACES = ["custom property", "page title", "content name", "product name", "search string",
                   "contents title", "product variant", "page property"]
ORDINARY_COOKIES = {"fbc": f"fb.1.{MS}.IwAR2xK9fTqLm7Vn3pQr", "fbc appendix": f"fb.1.{MS}.IwAR2xK9fTqLm7Vn3pQr.AQ",
                    "fbp": f"fb.1.{MS}.1843027561", "fbp appendix": f"fb.1.{MS}.1843027561.Bg"}
ORDINARY_URLS = [f"{SHOP}/prodotti/scarpe?utm_source=newsletter&utm_medium=email&utm_campaign=black-friday",
                 f"{SHOP}/ordine/ORD-44-0091/grazie", f"{SHOP}/p/v2.4.1/changelog",
                 f"{SHOP}/cerca?q=iphone+15+pro&page=2", f"{SHOP}/p?gclid=Cj0KCQiA5rGuBhCnARIsAN11vgRL",
                 f"{SHOP}/catalogo/2026-11-23/offerte"]


def ordinary_cases() -> Iterator[Ordinary]:
    """Each ordinary value in one of the ordinary leaves in turn; good cookies in their fields; URLs as themselves."""
    turn = 0
    for family, values in ORDINARY.items():
        for value in values:
            where = ORDINARY_PLACES[turn % len(ORDINARY_PLACES)]
            kind, overrides = place_tagged(where, value, "44")
            yield (f"{family}: {value} @ {where}", kind, overrides, value)
            turn += 1
    for name, cookie in ORDINARY_COOKIES.items():
        field = name.split(" ")[0]
        yield (f"cookies: {name} @ property", "track", {"properties": {field: cookie}}, cookie)
        yield (f"cookies: {name} @ visitor", "track", {"visitor": {**VISITOR, field: cookie}}, cookie)
    for url in ORDINARY_URLS:
        yield (f"urls: {url}", "page", {"url": url}, url)
