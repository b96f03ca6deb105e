"""The fifty-third outside attack's cases, written blind from the README's promises (sections "Personal data: one budget
in, one gate out", "Settings", "Identity", "Events", "Meta's own fields" and "Purchase and product data"), without
reading the gate's code, its reference nor the earlier attacks' cases: a shop's site search and Meta's `Search` event
(issue 16). What people type into a search box is the most varied text a shop sends, and it leaves in four places: the
`search_string` of a Products Searched event (`query`, or `search_string` under `meta_custom_data = standard`), the
search page's URL (`?q=`, WooCommerce's `?s=`, Shopware's `?search=`, a marketplace's `?k=`, `/search/<terms>`, a
search widget's `#q=`), the next page's referrer and the results page's title (`Results for "…" | Boutique`).

About 300 ordinary cases: queries as real shoppers type them (product names with sizes, models and numbers, EANs,
ISBNs, typos, no spaces, all caps, quotes and operators, filters, order and tracking numbers, dates, sizes, colours,
ingredients, medicines by name and dose, car parts by model, and queries in German, French, Spanish, Polish, Turkish,
Russian, Arabic, Hebrew, Hindi, Chinese, Japanese, Korean and Thai), each as a search string, as a search page's URL,
as the referrer and in the title, which must go out whole. About 150 personal cases: a shopper's own email, phone,
name, address, post code with its street, national id, card or IBAN typed into the same box (people paste them),
spelled as search boxes get them (lower case, no spaces, `+` for blanks, percent-encoded, next to `order` or `my
account`), each in three of the same places, so that every personal query sits beside ordinary ones of its shape.

The personal side carries made-up markers (`Quendrix`, `Tarvenholm`, the digits `481726`), so a leak is found by its
marker anywhere in the request; run natively.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote, quote_plus

from privacy_attack_cases_36 import SHOP, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

SEARCHED = "Products Searched"


def search_url(shape: str, query: str) -> str:
    """The URL of a shop's search page for `query`, as the shop's software writes it."""
    plus, encoded = quote_plus(query), quote(query, safe="")
    urls = {
        "?q": f"{SHOP}/search?q={plus}",
        "?s": f"{SHOP}/?s={plus}&post_type=product",
        "?search": f"{SHOP}/search?search={plus}&p=1",
        "?k": f"{SHOP}/s?k={plus}&ref=nb_sb_noss",
        "path": f"{SHOP}/search/{encoded}",
        "#q": f"{SHOP}/suche#q={encoded}&page=1",
    }
    return urls[shape]


def results_title(query: str) -> str:
    return f'Results for "{query}" | Boutique'


def put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """A query put in one place a search leaves in: (kind, make_event overrides)."""
    if where == "search string":
        return "track", {"name": SEARCHED, "properties": {"query": value}}
    if where == "standard search string":
        return "track", {"name": SEARCHED, "properties": {"search_string": value},
                         "settings": {"meta_custom_data": "standard"}}
    if where == "page title":
        return "page", {"title": results_title(value)}
    if where.startswith("page url "):
        return "page", {"url": search_url(where[len("page url "):], value)}
    if where.startswith("referrer "):
        return "page", {"referrer": search_url(where[len("referrer "):], value)}
    raise KeyError(where)


PLACES = ["search string", "page url ?q", "referrer ?q", "page title", "page url ?s", "standard search string",
          "page url ?search", "page url ?k", "page url path", "page url #q", "referrer path", "referrer ?s"]


# --- check digits, computed here (the values are made up) ---------------------------------------------------------
def luhn(prefix: str) -> str:
    """`prefix` completed by its Luhn digit."""
    total = 0
    for index, char in enumerate(reversed(prefix)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return prefix + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    moved = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def bsn(first8: str) -> str:
    """A Dutch BSN: eight digits and the one passing the 11-test (none found is a bug of this file)."""
    total = sum(int(d) * w for d, w in zip(first8, range(9, 1, -1), strict=True))
    for last in range(10):
        if (total - last) % 11 == 0:
            return first8 + str(last)
    raise ValueError(first8)


def pesel(first10: str) -> str:
    total = sum(int(d) * w for d, w in zip(first10, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True))
    return first10 + str((10 - total % 10) % 10)


def dni(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def nir(body: str) -> str:
    return f"{body}{97 - int(body) % 97:02d}"


CARD = luhn("491748172600123")
MASTERCARD = luhn("541248172690031")
DE_IBAN = iban("DE", "370400440481726900")
FR_IBAN = iban("FR", "20041010050500013M02606")
NL_BSN = bsn("48172690")
PL_PESEL = pesel("8507264817")
ES_DNI = dni("48172690")
FR_NIR = nir("1850726481726")


def _spaced(text: str) -> str:
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


# name -> (query as typed, the marker found when it leaks)
MAILS = {
    "plain": ("quendrix.tarvenholm@gmail.com", "quendrix.tarvenholm"),
    "caps": ("QUENDRIX.TARVENHOLM@GMX.DE", "QUENDRIX.TARVENHOLM"),
    "order": ("order quendrix481726@web.de", "quendrix481726"),
    "my account": ("my account quendrix.t@outlook.com", "quendrix.t"),
    "percent": ("quendrix%40yahoo.com", "quendrix"),
    "no tld": ("quendrix.tarvenholm@gmail", "quendrix.tarvenholm"),
    "spaced": ("quendrix tarvenholm gmail com", "quendrix tarvenholm"),
}
PHONES = {
    "german mobile": ("+49 176 48172690", "48172690"),
    "no spaces": ("017648172690", "017648172690"),
    "uk order": ("order +447700481726", "7700481726"),
    "french": ("06 48 17 26 90", "48 17 26 90"),
    "nanp": ("(415) 481-7269", "481-7269"),
    "turkish": ("0532 481 72 69", "481 72 69"),
    "plus encoded": ("%2B4917648172690", "4917648172690"),
}
NAMES = {
    "alone": ("quendrix tarvenholm", "quendrix"),
    "order": ("order quendrix tarvenholm", "quendrix"),
    "my account": ("my account Quendrix Tarvenholm", "Quendrix"),
    "german order": ("bestellung quendrix tarvenholm", "quendrix"),
    "plus": ("quendrix+tarvenholm+order+status", "quendrix"),
    "honorific": ("mrs quendrix tarvenholm", "quendrix"),
    "labelled": ("name: Quendrix Tarvenholm", "Quendrix"),
}
ADDRESSES = {
    "english": ("12 tarvenholm street london", "tarvenholm"),
    "german": ("tarvenholmstraße 12, berlin", "tarvenholm"),
    "french": ("12 rue tarvenholm, paris", "tarvenholm"),
    "delivery": ("delivery address 12 tarvenholm lane", "tarvenholm"),
    "no spaces": ("12tarvenholmroad,leeds", "tarvenholm"),
    "spanish": ("calle tarvenholm 12, madrid", "tarvenholm"),
}
POSTCODES = {
    "uk": ("12 tarvenholm road sw1a 1aa", "tarvenholm"),
    "german": ("10115 berlin tarvenholmstr 12", "tarvenholm"),
    "uk no spaces": ("sw1a1aa 12 tarvenholm rd", "tarvenholm"),
    "dutch": ("tarvenholmweg 48 1726 ab amsterdam", "tarvenholm"),
    "us": ("481 tarvenholm ave springfield il 62701", "tarvenholm"),
    "polish": ("ul. tarvenholma 12, 00-481 warszawa", "tarvenholm"),
}
IDS = {
    "bsn": (f"bsn {NL_BSN}", NL_BSN),
    "bsn alone": (NL_BSN, NL_BSN),
    "pesel": (PL_PESEL, PL_PESEL),
    "dni": (f"dni {ES_DNI}", ES_DNI),
    "nir": (FR_NIR, FR_NIR),
    "ssn": ("ssn 481-72-6901", "481-72-6901"),
    "nino": ("my account jt481726c", "jt481726c"),
}
CARDS = {
    "visa": (CARD, CARD),
    "visa spaced": (_spaced(CARD), _spaced(CARD)[:9]),
    "mastercard order": (f"order {MASTERCARD}", MASTERCARD),
    "visa dashed": ("-".join(_spaced(CARD).split()), "-".join(_spaced(CARD).split())),
    "plus": ("+".join(_spaced(MASTERCARD).split()), "+".join(_spaced(MASTERCARD).split())),
    "with expiry": (f"{CARD} 12/28", CARD),
}
IBANS = {
    "german": (DE_IBAN, DE_IBAN),
    "german lower": (DE_IBAN.lower(), DE_IBAN.lower()),
    "german spaced": (_spaced(DE_IBAN), _spaced(DE_IBAN)[5:14]),
    "french": (FR_IBAN, FR_IBAN),
    "payment": (f"payment {DE_IBAN}", DE_IBAN),
    "plus": ("+".join(_spaced(DE_IBAN).split()), "+".join(_spaced(DE_IBAN).split())),
}


def cases() -> List[Case]:
    """The personal queries, each in three of the places a search leaves in."""
    return [
        *rotated("mail", MAILS, PLACES, 3, start=0, put=put),
        *rotated("phone", PHONES, PLACES, 3, start=1, put=put),
        *rotated("name", NAMES, PLACES, 3, start=2, put=put),
        *rotated("address", ADDRESSES, PLACES, 3, start=3, put=put),
        *rotated("postcode", POSTCODES, PLACES, 3, start=4, put=put),
        *rotated("id", IDS, PLACES, 3, start=5, put=put),
        *rotated("card", CARDS, PLACES, 3, start=6, put=put),
        *rotated("iban", IBANS, PLACES, 3, start=7, put=put),
    ]


# --- ordinary queries, as shoppers type them ----------------------------------------------------------------------
ORDINARY_QUERIES: Dict[str, List[str]] = {
    "products": [
        "iphone 15 pro 256gb", "samsung galaxy s24 ultra 512gb", "42 eu boots", "bosch gsr 18v-55",
        "6205-2rs bearing", "nike air max 90 size 44", "sony wh-1000xm5", "lego 42143 ferrari", "makita dhp482z",
    ],
    "codes": [
        "ean 4006381333931", "isbn 978-3-16-148410-0", "4006381333931", "9783161484100", "B0CHX3QBCH",
        "sku 10042-blk-m", "mpn 90MB1CE0-M0EAY0", "gtin 05012345678900",
    ],
    "typing": [
        "iphne 15 pro", "airpods pro 2nd generaton", "blue tooth speaker", "wirelessheadphones", "HOODIE BLACK XL",
        "WINTERJACKE DAMEN", "Levis 501",
    ],
    "operators": [
        '"red dress" -maxi', "price:10-50", "brand:nike color:black", "shoes AND leather NOT suede",
        "jeans size:32", "laptop under 500", "sofa 3 sitzer grau",
    ],
    "orders": [
        "order 100234", "#1051", "order status 2026-11-28", "tracking 1Z999AA10123456784",
        "where is my order", "return label", "invoice 2026-0042", "my account",
    ],
    "dates and sizes": [
        "advent calendar 2026", "black friday 2026", "w32 l34", "10.5", "size 38/40", "225/45 r17 winter tyres",
        "2x4 lumber 8ft",
    ],
    "colours and ingredients": [
        "rosé gold ring", "oat milk barista", "gluten free pasta", "vitamin d3 1000 ie", "100% merino wool",
        "sugar free gummy bears",
    ],
    "medicines": [
        "ibuprofen 400 mg", "paracetamol 500mg 20 tabletten", "cetirizin 10 mg", "omeprazol 20",
        "voltaren forte gel", "nasenspray kinder",
    ],
    "car parts": [
        "golf 7 brake pads", "bmw e46 oil filter", "w204 scheibenwischer", "5w-30 longlife", "audi a4 b8 stoßdämpfer",
        "clio 4 batterie",
    ],
    "languages": [
        "kaffeemaschine mit mahlwerk", "chaussures de randonnée femme", "zapatillas running hombre",
        "buty zimowe damskie", "çocuk bisikleti 20 jant", "кроссовки мужские 43", "هاتف سامسونج", "מטען לאייפון",
        "पानी की बोतल", "手机壳 iphone 15", "ワイヤレスイヤホン", "무선 이어폰", "รองเท้าผ้าใบ", "ساعة ذكية",
    ],
}

# The URL shape each ordinary query's page URL takes, in turn.
URL_SHAPES = ["?q", "?s", "?search", "?k", "path", "#q"]


def ordinary_cases() -> Iterator[Ordinary]:
    """Each ordinary query as a search string, as a search page's URL (the shapes in turn), as the next page's referrer
    and in the results page's title: (test id, kind, make_event overrides, the value that must go out whole)."""
    turn = 0
    for family, queries in ORDINARY_QUERIES.items():
        for query in queries:
            shape = URL_SHAPES[turn % len(URL_SHAPES)]
            turn += 1
            url = search_url(shape, query)
            referrer = search_url("?q", query)
            yield f"{family}: {query} @ search string", *put("search string", query), query
            yield f"{family}: {query} @ page url {shape}", "page", {"url": url}, url
            yield f"{family}: {query} @ referrer ?q", "page", {"referrer": referrer}, referrer
            yield f"{family}: {query} @ page title", "page", {"title": results_title(query)}, results_title(query)
