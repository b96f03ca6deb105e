"""The forty-ninth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity", "Events" and "Meta's own fields") without reading the gate's code,
its reference nor the earlier attacks' cases. It attacks **the exceptions**: every place where the README says that
something shaped like personal data goes out, and puts a person's data in that exception's own words or right beside
it.

- **Gender** (`gender`): a product's audience goes out (`Gender: unisex`, `Gender: Women`), a person's gender does not
  (`gender=female`); a person's gender in an audience's words under a label or key naming the person (`Customer
  gender: Women`, `buyer_gender=Women`), a person's gender in several languages, pronouns.
- **Age** (`age`): `age=14 years and up` and `Age: 3+` go out, `Age: 38` and `I am 38 years old` do not; a person's age
  after its label in several languages, said of oneself, an audience's words under a person's key (`user_age`).
- **Orders** (`order`): a date's id after an order's label is the order's number (`Order 250317-0042`); a dialled phone,
  a mail, an IBAN, a NINO, an SSN, a BSN, a Swedish or Belgian national id with its check, a name after its label,
  each behind an order's label or under an order's key.
- **Campaign rows** (`campaign`): `Summer Sale,London,SW1A 1AA` names none; a person's name (some that read as a
  campaign's words, `Rose Summers`) before a town and post code, with a street, in CSV, TSV and semicolons.
- **A field's state** (`field`): `password=required` goes out; a real password, a sign-in name and a password that opens
  on a state's word under the same keys and labels.
- **Reviews** (`review`): `Good Housekeeping` is a trade's name; people whose family names are trades' words (`Fisher`,
  `Baker`, `Schneider`, `Boulanger`) after `Reviewed by` with a rating or a verified buyer's label.
- **Coordinates** (`coords`): a town's two decimals go out; three, four and more decimals, degrees and minutes, a map
  link's `@lat,lng` and `!3d…!4d…`, a plus code, what3words after `///`.
- **GTIN and ISBN checks** (`gtin`): phone numbers whose digits pass the GS1 check (dialled with `+` or `00`, with a
  phone's label, and without `+`, which the README disclaims), NANP numbers passing ISBN-10's check in a phone's groups.
- **A code's label** (`code`): after `SKU`, `Model`, `Art.-Nr.` a number is a code; a mail, an IBAN, a card, a dialled
  phone, a street address, a name after its label, a national id, each after a code's label.
- **Mailboxes** (`mailbox`): a person's mailbox built from a role's words (`sales.jo.smith@…`, `support+petra@…`).
- **Cards** (`card`): a card showing at most ten digits goes out; eleven and twelve showing, two maskings of one card
  in one text that together show it all, a whole card with its expiry.
- **Handles and credentials** (`handle`): a product's handle is a slug; a person's handle after a network's label, in
  a profile link, under a `handle` key, and credentials after their labels (an API key, a bearer token).
- **Filters** (`filter`): a shop's filters and sorts; a person's data in a filter's or a sort's value.

Each personal value goes into two leaves by attack 36's rotation (`TEXT_PLACES`, `URL_PLACES` for links) or under its
key in a property, a JSON property, a page URL's query and a property's `key=value` text; the made-up markers
`Quendrix`, `Tarvenholm` and the digits 481726 make a leak findable anywhere. The ordinary side (`ordinary_cases`): each
exception's own examples and their neighbours, each in a leaf where it is the whole value. Check digits are computed
here (GS1's 3-1 weights, ISBN-10's mod 11, Luhn by `luhn_complete`, IBAN's mod 97 by `iban`, a Belgian national number's
mod 97, a BSN's 11-test).
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import iban, luhn_complete
from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]
Table = Dict[str, Tuple[str, Any]]
TAG = "49"


def gs1(prefix: str) -> str:
    """`prefix` and the digit that makes it pass the GS1 check (weights 3, 1 from the right)."""
    total = sum(int(digit) * (3 if index % 2 == 0 else 1) for index, digit in enumerate(reversed(prefix)))
    return prefix + str((10 - total % 10) % 10)


def isbn10(prefix: str) -> str:
    """Nine digits and the ISBN-10 check digit (only prefixes whose check is a digit are used)."""
    check = sum((index + 1) * int(digit) for index, digit in enumerate(prefix)) % 11
    assert check < 10, prefix
    return prefix + str(check)


def bsn(prefix: str) -> str:
    """Eight digits and the ninth that passes the BSN's 11-test."""
    total = sum((9 - index) * int(digit) for index, digit in enumerate(prefix))
    last = next(d for d in range(10) if (total - d) % 11 == 0)
    return prefix + str(last)


def belgian(birth: str, serial: str) -> str:
    """A Belgian national number `YY.MM.DD-SSS.CC` (born before 2000)."""
    check = 97 - int(birth + serial) % 97
    return f"{birth[:2]}.{birth[2:4]}.{birth[4:]}-{serial}.{check:02d}"


def grouped(digits: str, sizes: List[int]) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(digits[at:at + size])
        at += size
    return " ".join(parts)


# Phones whose digits pass the GS1 check.
DE_GS1 = gs1("491761248172")            # +49 176 1248172x: 13 digits, a GTIN-13's length
UK_GS1 = gs1("44770048172")             # +44 7700 48172x: 12 digits, a UPC-A's
US_GS1 = gs1("001212481726")            # 001 212 481 726x: 13 digits
DE2_GS1 = gs1("491514817260")
DE_TRUNK_GS1 = gs1("01761248172")       # 0176 1248172x: 12 digits, no `+`
UK_TRUNK_GS1 = gs1("0770048172")        # 07700 48172x: 11 digits (not a GTIN's length: a control)
NANP_ISBN = [isbn10(p) for p in ("212481726", "646481726", "415481726", "718481726")
             if sum((i + 1) * int(d) for i, d in enumerate(p)) % 11 < 10]
CARD = luhn_complete("492913481726123")   # a Visa number with its Luhn digit
CARD2 = luhn_complete("545454481726987")  # a Mastercard
IBAN_DE = iban("DE", "370400440532481726")
BSN = bsn("48172613")
BE_ID = belgian("860423", "447")
BE_ID2 = belgian("910312", "481")


def _q(value: str) -> str:
    return quote(value, safe="")


# ---------------------------------------------------------------- personal values, placed by attack 36's rotation

GENDER: Table = {
    "female label": ("Gender: female", "Gender: female"),
    "woman label": ("Gender: woman", "Gender: woman"),
    "male lower": ("gender=male", "gender=male"),
    "de weiblich": ("Geschlecht: weiblich", "Geschlecht: weiblich"),
    "de maennlich": ("Geschlecht: männlich", "Geschlecht: männlich"),
    "fr femme": ("Sexe : femme", "Sexe : femme"),
    "es mujer": ("Sexo: mujer", "Sexo: mujer"),
    "sex f": ("Sex: F", "Sex: F"),
    "nonbinary": ("Gender: non-binary", "Gender: non-binary"),
    "pronouns": ("Pronouns: she/her", "Pronouns: she/her"),
    "customer women": ("Customer gender: Women", "Customer gender: Women"),
    "kundin damen": ("Geschlecht der Kundin: Damen", "Geschlecht der Kundin: Damen"),
    "buyer women": ("buyer_gender=Women", "buyer_gender=Women"),
    "my gender": ("My gender: female", "My gender: female"),
    "customer key men": ("customer_gender=Men", "customer_gender=Men"),
    "note with audience": ("Gender: Women | Customer: Quendrix, female", "Quendrix, female"),
}

AGE: Table = {
    "label 38": ("Age: 38", "Age: 38"),
    "key 38": ("age=38", "age=38"),
    "years old": ("I am 38 years old", "38 years old"),
    "de alter": ("Alter: 38 Jahre", "Alter: 38 Jahre"),
    "de ich bin": ("Ich bin 38 Jahre alt", "38 Jahre alt"),
    "fr age": ("Âge : 38 ans", "38 ans"),
    "es edad": ("Edad: 38 años", "38 años"),
    "pl wiek": ("Wiek: 38 lat", "Wiek: 38 lat"),
    "user age audience": ("user_age=14 years and up", "user_age=14 years and up"),
    "customer age": ("Customer age: 14 years and up", "Customer age: 14 years and up"),
    "age yrs": ("Age: 38 yrs", "Age: 38 yrs"),
    "my age": ("my age is 38", "my age is 38"),
    "age 38 and up": ("Age: 38 years and up", "Age: 38 years and up"),
    "age of buyer": ("Age of buyer: 38", "Age of buyer: 38"),
    "kid age": ("Kind: Quendrix, Alter: 7", "Quendrix, Alter: 7"),
}

ORDER: Table = {
    "dialled de": ("Order +49 176 48172612", "48172612"),
    "dialled uk": ("Order #+44 7700 481726", "7700 481726"),
    "national de": ("Bestellung 0176 48172612", "0176 48172612"),
    "mail": ("Order petra.quendrix@gmail.com", "petra.quendrix@gmail.com"),
    "iban": (f"Order {IBAN_DE}", IBAN_DE),
    "nino": ("Order JT 48 17 26 C", "JT 48 17 26 C"),
    "ssn": ("Order 481-72-6120", "481-72-6120"),
    "bsn": (f"Order {BSN}", BSN),
    "swedish": ("Order 860423-4479", "860423-4479"),
    "belgian": (f"Order {BE_ID}", BE_ID),
    "belgian 2": (f"Bestellnummer {BE_ID2}", BE_ID2),
    "name": ("Order 250317-0042, Name: Petra Quendrix", "Petra Quendrix"),
    "ship to": ("Order 250317-0042 Ship to: Petra Quendrix", "Petra Quendrix"),
    "card": (f"Order {CARD}", CARD),
    "address": ("Order 250317-0042, 12 rue de Rivoli, Paris", "12 rue de Rivoli"),
    "dob": ("Order 250317-0042 DOB 23.04.1986", "23.04.1986"),
    "order id key phone": ("order_id=+49 176 48172612", "48172612"),
    "order id key mail": ('{"order_id": "petra.quendrix@gmail.com"}', "petra.quendrix@gmail.com"),
}

CAMPAIGN: Table = {
    "name london": ("Petra Quendrix,London,SW1A 1AA", "Petra Quendrix"),
    "rose summers": ("Rose Summers,London,SW1A 1AA", "Rose Summers"),
    "campaign then name": ("Summer Sale,Petra Quendrix,London,SW1A 1AA", "Petra Quendrix"),
    "name street": ("Jo Tarvenholm,12 Baker Street,London,NW1 6XE", "Jo Tarvenholm"),
    "tsv": ("Anna Quendrix\tBerlin\t10115", "Anna Quendrix"),
    "semicolon": ("Petra Quendrix;Berlin;10115", "Petra Quendrix"),
    "with mail": ("Summer Sale,petra.quendrix@gmail.com,London,SW1A 1AA", "petra.quendrix@gmail.com"),
    "two rows": ("Summer Sale,London,SW1A 1AA\nPetra Quendrix,Leeds,LS1 4AP", "Petra Quendrix"),
    "header": ("campaign,first_name,last_name,city,zip\nSummer Sale,Petra,Quendrix,London,SW1A 1AA", "Quendrix"),
    "max power": ("Max Power,Manchester,M1 1AE", "Max Power"),
    "flat": ("Christmas Sale,Jo Tarvenholm,Flat 3,22 Elm Road,Leeds,LS1 4AP", "Tarvenholm"),
    "german": ("Frühlingsaktion,Petra Quendrix,Hauptstraße 5,Berlin,10115", "Petra Quendrix"),
}

FIELD: Table = {
    "password": ("password=Quendrix49!", "Quendrix49!"),
    "password label": ("Password: hunter2Quendrix", "hunter2Quendrix"),
    "login": ("login=petra.quendrix", "petra.quendrix"),
    "benutzername": ("Benutzername: pquendrix86", "pquendrix86"),
    "username": ("username=quendrix_vel", "quendrix_vel"),
    "passwort": ("Passwort: Sommer2024Quendrix", "Sommer2024Quendrix"),
    "required prefix": ("password=required-Quendrix-49", "required-Quendrix-49"),
    "required suffix": ("Password: Required!Quendrix", "Required!Quendrix"),
    "pwd": ("pwd=Tarvenholm#1986", "Tarvenholm#1986"),
    "login label mail": ("Login: petra.quendrix@web.de", "petra.quendrix@web.de"),
    "state then secret": ("password=required&password_value=Quendrix49", "Quendrix49"),
    "mot de passe": ("Mot de passe : Quendrix1986", "Quendrix1986"),
}

REVIEW: Table = {
    "fisher": ("Reviewed by Anna Fisher ★★★★★", "Anna Fisher"),
    "baker": ("Reviewed by Tom Baker, Verified Buyer", "Tom Baker"),
    "cook": ("Reviewed by Mia Cook – 5/5", "Mia Cook"),
    "smith": ("Reviewed by Carter Smith ★★★★☆", "Carter Smith"),
    "schneider": ("Bewertet von Petra Schneider ★★★★★", "Petra Schneider"),
    "boulanger": ("Avis de Marie Boulanger ★★★★★", "Marie Boulanger"),
    "mason": ("Reviewed by Quendrix Mason 4/5", "Quendrix Mason"),
    "weaver": ("Review by Ella Weaver (verified purchase)", "Ella Weaver"),
    "housekeeping name": ("Reviewed by Grace Housekeeping ★★★★★", "Grace Housekeeping"),
    "mueller": ("Rezension von Jonas Müller, verifizierter Kauf", "Jonas Müller"),
}

COORDS: Table = {
    "three decimals": ("52.517, 13.389", "52.517, 13.389"),
    "four decimals": ("52.5172, 13.3889", "52.5172"),
    "six decimals": ("52.517236,13.388912", "52.517236"),
    "pipe": ("52.51724|13.38891", "52.51724"),
    "maps at": (f"{SHOP}/store?map=@52.5172361,13.3889120,17z", "52.5172361"),
    "maps 3d4d": ("!3d52.5172361!4d13.3889120", "52.5172361"),
    "degrees minutes": ("52°31.034'N 13°23.335'E", "31.034"),
    "dm one decimal": ("N 52° 31.0' E 13° 23.3'", "31.0' E 13° 23.3"),
    "plus code": ("9F4MG9WQ+V2", "9F4MG9WQ+V2"),
    "w3w": ("///quendrix.table.lamp", "quendrix.table.lamp"),
    "town label fine": ("Berlin: 52.5172, 13.3889", "52.5172"),
    "lat lng keys": ("lat=52.5172&lng=13.3889", "52.5172"),
    "three decimals home": ("Lieferort 52.517, 13.389", "52.517, 13.389"),
}

GTIN: Table = {
    "de dialled": (f"+{grouped(DE_GS1, [2, 3, 8])}", DE_GS1[2:]),
    "uk dialled": (f"+{grouped(UK_GS1, [2, 4, 6])}", UK_GS1[2:]),
    "us 00": (grouped(US_GS1, [3, 3, 3, 4]), US_GS1[3:]),
    "de2 dialled": (f"+{DE2_GS1}", DE2_GS1),
    "de tel label": (f"Tel. +{DE_GS1}", DE_GS1),
    "de trunk tel label": (f"Tel.-Nr. {grouped(DE_TRUNK_GS1, [4, 8])}", DE_TRUNK_GS1[4:]),
    "de trunk bare": (grouped(DE_TRUNK_GS1, [4, 8]), DE_TRUNK_GS1[4:]),
    "de trunk ean label": (f"EAN {DE_TRUNK_GS1}", DE_TRUNK_GS1),
    "uk trunk": (grouped(UK_TRUNK_GS1, [5, 6]), UK_TRUNK_GS1[5:]),
    "de dialled ean label": (f"EAN: +{DE_GS1}", DE_GS1),
    "call me": (f"call me on {grouped(DE_TRUNK_GS1, [4, 8])}", DE_TRUNK_GS1[4:]),
    **{f"nanp isbn {index}": (f"({number[:3]}) {number[3:6]}-{number[6:]}", number[3:6] + "-" + number[6:])
       for index, number in enumerate(NANP_ISBN)},
    "nanp isbn label": (f"Phone: {NANP_ISBN[0]}", NANP_ISBN[0]),
}

CODE: Table = {
    "sku mail": ("SKU: petra.quendrix@gmail.com", "petra.quendrix@gmail.com"),
    "sku dialled": ("SKU: +49 176 48172612", "48172612"),
    "model iban": (f"Model: {IBAN_DE}", IBAN_DE),
    "artnr card": (f"Art.-Nr. {CARD}", CARD),
    "sku ssn": ("SKU 481-72-6120", "481-72-6120"),
    "model name label": ("Model: X1, Name: Petra Quendrix", "Petra Quendrix"),
    "artnr address": ("Art.-Nr. 4817, Hauptstraße 26, 10115 Berlin", "Hauptstraße 26"),
    "sku swedish": ("SKU 860423-4479", "860423-4479"),
    "model nino": ("Model JT 48 17 26 C", "JT 48 17 26 C"),
    "sku bsn": (f"SKU: {BSN}", BSN),
    "model trunk phone": ("Model 0176 48172612", "0176 48172612"),
    "sku then phone label": ("SKU 4817 Tel. 0176 48172612", "48172612"),
    "artnr belgian": (f"Art.-Nr. {BE_ID}", BE_ID),
    "sku ip": ("SKU: 81.17.26.123", "81.17.26.123"),
}

MAILBOX: Table = {
    "sales dot name": ("sales.jo.quendrix@example.com", "jo.quendrix"),
    "info dash name": ("info-petra.quendrix@gmx.de", "petra.quendrix"),
    "support plus": ("support+pquendrix@example.com", "pquendrix"),
    "name dot sales": ("petra.quendrix.sales@example.com", "petra.quendrix"),
    "office family": ("office@quendrix-family.de", "quendrix-family"),
    "kontakt name": ("kontakt.petra.quendrix@web.de", "petra.quendrix"),
    "customer service name": ("customer.service.tarvenholm@example.com", "tarvenholm"),
    "noreply name": ("noreply+jo.tarvenholm@example.com", "jo.tarvenholm"),
    "role words only personal domain": ("info@tarvenholm.me", "tarvenholm.me"),
    "spelled role": ("sales dot jo dot quendrix at gmail dot com", "quendrix"),
}

CARD_TABLE: Table = {
    "twelve showing": (f"{CARD[:6]}****{CARD[10:]}", f"{CARD[:6]}****{CARD[10:]}"),
    "eleven showing": (f"{CARD[:7]}*****{CARD[12:]}", f"{CARD[:7]}*****{CARD[12:]}"),
    "two maskings": (f"{CARD[:10]}****** / ******{CARD[6:]}", CARD[6:]),
    "xx masked twelve": (f"{CARD[:4]} {CARD[4:6]}XX XX{CARD[10:12]} {CARD[12:]}", CARD[12:]),
    "whole expiry": (f"Karte {grouped(CARD, [4, 4, 4, 4])} exp 12/27", CARD[12:]),
    "whole dashes": ("-".join(CARD[i:i + 4] for i in range(0, 16, 4)), CARD[8:12]),
    "mastercard": (grouped(CARD2, [4, 4, 4, 4]), CARD2[8:12]),
    "last ten and first six": (f"first six {CARD[:6]}, last ten {CARD[6:]}", CARD[6:]),
    "cvv": (f"{CARD[:6]}******{CARD[12:]} CVV 481", "CVV 481"),
}

HANDLE: Table = {
    "instagram label": ("Instagram: @petra.quendrix", "petra.quendrix"),
    "instagram link": ("https://www.instagram.com/petra.quendrix/", "petra.quendrix"),
    "tiktok link": ("https://www.tiktok.com/@petra_quendrix", "petra_quendrix"),
    "telegram link": ("https://t.me/quendrix_vel", "quendrix_vel"),
    "handle key at": ("handle=@petra.quendrix", "petra.quendrix"),
    "handle key slug": ("instagram_handle=summer-linen-quendrix", "summer-linen-quendrix"),
    "follow me": ("Follow me @petra.quendrix", "petra.quendrix"),
    "api key": ("api_key=sk_live_51Quendrix481726AbCdEf", "sk_live_51Quendrix481726AbCdEf"),
    "bearer": ("Authorization: Bearer qZ481726QuendrixTokenXyz", "qZ481726QuendrixTokenXyz"),
    "github token": ("token: ghp_Quendrix481726abcdefABCDEF0123456789", "ghp_Quendrix481726abcdef"),
    "api key label slug": ("API key: summer-linen-dress-481726", "summer-linen-dress-481726"),
}

FILTER: Table = {
    "sort mail": (f"{SHOP}/damen?gender=women&sort=petra.quendrix@gmail.com", "petra.quendrix@gmail.com"),
    "city street": (f"{SHOP}/filialen?city=Berlin&street={_q('Hauptstraße 26')}", "Hauptstraße 26"),
    "gender name": (f"{SHOP}/damen?gender=female&name={_q('Petra Quendrix')}", "Petra Quendrix"),
    "age phone": (f"{SHOP}/kinder?age=3-5&tel={_q('+49 176 48172612')}", "48172612"),
    "fn zp": (f"{SHOP}/suche?fn=Quendrix&zp=10115", "fn=Quendrix"),
    "state value name": (f"{SHOP}/suche?state=Petra+Quendrix", "Petra Quendrix"),
    "filter phone": (f"{SHOP}/suche?filter={_q('+49 176 48172612')}", "48172612"),
    "ct customer": (f"{SHOP}/suche?ct=berlin&customer={_q('Petra Quendrix')}", "Petra Quendrix"),
}

URL_FAMILIES = {"filter"}


def _by_family() -> List[Tuple[str, Table]]:
    return [("gender", GENDER), ("age", AGE), ("order", ORDER), ("campaign", CAMPAIGN), ("field", FIELD),
            ("review", REVIEW), ("coords", COORDS), ("gtin", GTIN), ("code", CODE), ("mailbox", MAILBOX),
            ("card", CARD_TABLE), ("handle", HANDLE), ("filter", FILTER)]


# ---------------------------------------------------------------- keyed personal values: under their key

KEYED: Dict[str, Tuple[str, str, str]] = {  # name -> (key, value, form)
    "gender female": ("gender", "female", "female"),
    "gender woman": ("gender", "Woman", "Woman"),
    "geschlecht weiblich": ("geschlecht", "weiblich", "weiblich"),
    "customer gender women": ("customer_gender", "Women", "Women"),
    "buyer gender unisex": ("buyer_gender", "unisex", "unisex"),
    "age 38": ("age", "38", "38"),
    "age 38 years": ("age", "38 Jahre", "38 Jahre"),
    "user age audience": ("user_age", "14 years and up", "14 years and up"),
    "password secret": ("password", "Quendrix49!", "Quendrix49!"),
    "login name": ("login", "petra.quendrix", "petra.quendrix"),
    "password required word": ("password", "required4817", "required4817"),
    "order id phone": ("order_id", "+49 176 48172612", "48172612"),
    "order id swedish": ("order_id", "860423-4479", "860423-4479"),
    "order id nino": ("order_id", "JT481726C", "JT481726C"),
    "sku mail": ("sku", "petra.quendrix@gmail.com", "petra.quendrix@gmail.com"),
    "handle person": ("handle", "@petra.quendrix", "petra.quendrix"),
    "sort name": ("sort", "Petra Quendrix", "Petra Quendrix"),
}
MONEY = {"value": "5", "currency": "EUR"}
KEYED_PLACES = ["property", "json property", "page query", "pair in text"]


def keyed_place(where: str, key: str, value: str) -> Tuple[str, Dict[str, Any]]:
    if where == "property":  # a purchase, so that `order_id` is sent
        return "track", {"name": "Order Completed", "properties": {key: value, **MONEY}}
    if where == "json property":
        return "track", {"name": "Product Viewed", "properties": {"meta": json.dumps({key: value})}}
    if where == "page query":
        return "page", {"url": f"{SHOP}/suche?{key}={_q(value)}"}
    return "track", {"name": "Product Viewed", "properties": {"filters": f"{key}={value}"}}


def keyed_cases() -> Iterator[Case]:
    for index, (name, (key, value, form)) in enumerate(KEYED.items()):
        for step in range(2):
            where = KEYED_PLACES[(index * 2 + step) % len(KEYED_PLACES)]
            kind, overrides = keyed_place(where, key, value)
            yield f"keyed {name} @ {where}", kind, overrides, [form]


def cases() -> List[Case]:
    found: List[Case] = []
    for index, (family, table) in enumerate(_by_family()):
        places = URL_PLACES if family in URL_FAMILIES else TEXT_PLACES
        found += rotated(family, table, places, 2, start=index * 3, tag=TAG)
    found += keyed_cases()
    return found


# ---------------------------------------------------------------- ordinary values

ORDINARY_TEXT: Dict[str, List[str]] = {
    "gender": ["Gender: unisex", "Gender: Women", "Geschlecht: Damen", "Gender: Men", "Gender: Kids",
               "Genre : Femme", "Gender: Unisex | Size: M", "Herren", "Women's Running Shoes", "Gender: Girls",
               "Geschlecht: Herren", "Genre : Homme", "Género: Mujer"],
    "age": ["age=14 years and up", "Age: 3+", "Ages 8-12", "Alter: ab 3 Jahren", "Age: 14 years and up",
            "Für Kinder ab 6 Jahren", "0-3 months", "Age 18+ only", "Adult", "Age: 6+", "14+",
            "Altersempfehlung: 8+", "Âge : 3 ans et +"],
    "order": ["Order 250317-0042", "Order #1042", "Bestellung 250317-0042", "Order 2025-03-17-0042",
              "Commande n° 250317-0042", "Order 111-4817261-1234567", "Order No. 250317-0042",
              "Auftrag 250317-0042", "Pedido 250317-0042", "Order 2503170042"],
    "campaign": ["Summer Sale,London,SW1A 1AA", "Black Friday,Berlin,10115", "Spring Launch;Paris;75001",
                 "Summer Sale\tLondon\tSW1A 1AA", "Christmas Market,Manchester,M1 1AE", "Back to School,Leeds,LS1 4AP",
                 "Winter Sale,Edinburgh,EH1 1YZ", "Ostern;München;80331"],
    "field": ["password=required", "Password: required", "login=optional", "password=too_short",
              "Passwort: erforderlich", "username=taken", "password_strength=weak", "password: optional",
              "Login: required", "password=invalid", "Passwort: zu kurz"],
    "review": ["Reviewed by Good Housekeeping", "Reviewed by Which?", "Reviewed by Wirecutter ★★★★★",
               "Getestet von Stiftung Warentest", "Reviewed by Consumer Reports", "Reviewed by TechRadar",
               "Reviewed by The Guardian ★★★★", "Getestet von CHIP"],
    "coords": ["52.52, 13.40", "Berlin 52.52,13.41", "48.86, 2.35", "51.51,-0.13", "40.71, -74.01",
               "Paris 48.86, 2.35", "Lat 52.52, Lon 13.40", "-33.87, 151.21"],
    "gtin": ["4006381333931", "9780747532699", "036000291452", "EAN 4006381333931", "ISBN 978-3-16-148410-0",
             "5901234123457", "ISBN 0-7475-3269-9",
             "GTIN 00012345600012", "EAN-8 96385074"],
    "code": ["SKU 4817261", "Model RB2140", "Art.-Nr. 4817261", "SKU: 250317-0042", "Model: X1 Carbon Gen 11",
             "Art.-Nr. 0176 4817", "Model: A2337", "SKU: TSH-BLK-M",
             "Art.-Nr. 250317-0042"],
    "mailbox": ["info@boutique.example.de", "sales@boutique.example.de", "support@boutique.example.de",
                "customer.service@boutique.example.de"],
    "card": [f"{CARD[:6]}******{CARD[12:]}", f"**** **** **** {CARD[12:]}", f"Visa ending in {CARD[12:]}",
             f"{CARD[:4]} {CARD[4:6]}** **** {CARD[12:]}",
             f"Mastercard •••• {CARD[12:]}", f"Card ending {CARD[12:]}"],
    "handle": ["summer-linen-dress", "API key", "Forgot your password?", "Reset password", "@boutique_example",
               "Follow us on Instagram", "handle: summer-linen-dress",
               "API key required", "Password reset requested"],
}

ORDINARY_KEYED: Dict[str, List[Tuple[str, str]]] = {
    "gender": [("gender", "unisex"), ("gender", "Women"), ("geschlecht", "Damen"), ("gender", "Men")],
    "age": [("age", "14 years and up"), ("age", "3+"), ("age_group", "8-12"), ("alter", "ab 3 Jahren")],
    "order": [("order_id", "250317-0042"), ("order_number", "250317-0042"), ("order_id", "1042")],
    "field": [("password", "required"), ("login", "optional"), ("password_status", "set"),
              ("username", "taken")],
    "code": [("sku", "4817261"), ("model", "RB2140"), ("art_nr", "0176-4817")],
    "handle": [("handle", "summer-linen-dress"), ("product_handle", "summer-linen-dress"),
               ("api_key_label", "Production")],
    "coords": [("store_location", "52.52, 13.40"), ("geo", "48.86,2.35")],
    "filter": [("sort", "name"), ("sort", "price_asc"), ("filter", "gender:women"), ("city_filter", "Berlin")],
}

ORDINARY_URLS: List[str] = [
    f"{SHOP}/damen?gender=women&sort=price_asc",
    f"{SHOP}/kinder?age=14-years-and-up",
    f"{SHOP}/kinder?age=3-5&sort=name",
    f"{SHOP}/products/summer-linen-dress",
    f"{SHOP}/collections/summer-sale?sort_by=title-ascending",
    f"{SHOP}/filialen?city=berlin",
    f"{SHOP}/suche?q=unisex&gender=unisex",
    f"{SHOP}/account/login?password=required",
    f"{SHOP}/store-locator?lat=52.52&lng=13.40",
    f"{SHOP}/order/250317-0042",
    f"{SHOP}/p/4006381333931",
    f"{SHOP}/reviews?source=good-housekeeping",
    f"{SHOP}/kinder?sort=name&age=3-5",
    f"{SHOP}/herren?gender=men&size=42",
    f"{SHOP}/collections/all?filter.v.option.gender=Women",
    f"{SHOP}/products/summer-linen-dress?variant=4817261",
]

TEXT_SPOTS = ["property", "page title", "product name", "search", "content category"]


def text_spot(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    product = {"product_id": f"ART-{TAG}", "price": "5", "quantity": "1"}
    if where == "property":
        return "track", {"name": "Product Viewed", "properties": {"note": value}}
    if where == "page title":
        return "page", {"title": value}
    if where == "product name":
        return "track", {"name": "Product Viewed", "products": [{**product, "name": value}]}
    if where == "search":
        return "track", {"name": "Products Searched", "properties": {"query": value}}
    return "track", {"name": "Product Viewed", "products": [{**product, "category": value}]}


def ordinary_cases() -> Iterator[Ordinary]:
    for family, values in ORDINARY_TEXT.items():
        for index, value in enumerate(values):
            for step in range(2):
                where = TEXT_SPOTS[(index * 2 + step) % len(TEXT_SPOTS)]
                yield (f"ordinary {family} {index} @ {where}", *text_spot(where, value), value)
    for family, pairs in ORDINARY_KEYED.items():
        for index, (key, value) in enumerate(pairs):
            yield (f"ordinary keyed {family} {index} @ property", "track",
                   {"name": "Order Completed", "properties": {key: value, **MONEY}}, value)
    for index, url in enumerate(ORDINARY_URLS):
        yield f"ordinary url {index} @ page url", "page", {"url": url}, url
