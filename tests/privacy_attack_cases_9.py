"""A ninth outside attack on the privacy gate, written from the README's promises alone (section "Personal data: one
budget in, one gate out"), without reading the gate's code: not exotic spellings but the most common shapes a
mid-size shop in Europe, the US, Latin America or Asia emits, plain values in plain places (an email in
`utm_content`, a phone in a search query, an address in a gift message, a name in a review title, an email in a
`contents` item's title), common typos and national formats (`gmail,com`, `domain..com`, `+49 (0) 151 ...`),
personal data in link and card text (`mailto:`, `tel:`, vCard, iCal), with a new persona (a Mexican shopper).

Each case is (name, kind, make_event overrides, forms), as in the earlier attacks; the first word of a name is its
family. The forms are looked for with the second attack's `found_any`.
"""

from __future__ import annotations

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

EMAIL = "zqlucia.hernandez@gmail.com"
FORM = "zqlucia"  # what must not leave of the address
MX = "5512345678"  # a Mexico City mobile number
DE = "15123456789"
IP4 = "187.190.45.12"
IP6 = "2806:2f0:9020:1c4::12"
URL = "https://tienda.example.mx"

CARD_VISA = luhn_complete("455673829104562")
CARD_MC = luhn_complete("545454545454545")
CARD_AMEX = luhn_complete("37828224631000")
IBAN_DE = iban("DE", "370400440532013000")
IBAN_ES = iban("ES", "21000418450200051332")

MAILS: Dict[str, Tuple[str, List[str]]] = {
    "plain address": (EMAIL, [FORM]),
    "address in upper case": (EMAIL.upper(), ["ZQLUCIA"]),
    "comma typo for the last dot": ("zqlucia.hernandez@gmail,com", [FORM]),
    "double dot typo": ("zqlucia.hernandez@gmail..com", [FORM]),
    "blank before the at typo": ("zqlucia.hernandez @gmail.com", [FORM]),
    "blanks around the at typo": ("zqlucia.hernandez @ gmail.com", [FORM]),
    "missing dot typo gmailcom": ("zqlucia.hernandez@gmailcom", [FORM]),
    "gmial typo": ("zqlucia.hernandez@gmial.com", [FORM]),
    "hotmail Mexico": ("zqlucia.hernandez@hotmail.com.mx", [FORM]),
    "plus tag": ("zqlucia.hernandez+tienda@gmail.com", [FORM]),
    "trailing dot": ("zqlucia.hernandez@gmail.com.", [FORM]),
    "mailto link": ("mailto:zqlucia.hernandez@gmail.com", [FORM]),
    "mailto link with a subject": ("mailto:zqlucia.hernandez@gmail.com?subject=Pedido%201001", [FORM]),
    "display name and angle brackets": ("Lucia Hernandez <zqlucia.hernandez@gmail.com>", [FORM]),
    "after a Spanish label": ("Correo: zqlucia.hernandez@gmail.com", [FORM]),
    "after a German label": ("E-Mail-Adresse: zqlucia.hernandez@gmail.com", [FORM]),
    "in a sentence": ("Please send the invoice to zqlucia.hernandez@gmail.com thanks", [FORM]),
    "in parentheses": ("Lucia (zqlucia.hernandez@gmail.com)", [FORM]),
    "vCard EMAIL line": ("BEGIN:VCARD\nVERSION:3.0\nFN:Lucia Hernandez\nEMAIL;TYPE=INTERNET:"
                         "zqlucia.hernandez@gmail.com\nEND:VCARD", [FORM]),
    "iCal organizer": ("ORGANIZER;CN=Lucia Hernandez:mailto:zqlucia.hernandez@gmail.com", [FORM]),
    "spelled at and dot in Spanish": ("zqlucia.hernandez arroba gmail punto com", [FORM]),
    "bracket at": ("zqlucia.hernandez[at]gmail[dot]com", [FORM]),
    "percent-encoded at": ("zqlucia.hernandez%40gmail.com", [FORM]),
}

PHONES: Dict[str, Tuple[str, str]] = {
    "MX +52 spaced": ("+52 55 1234 5678", MX),
    "MX +52 1 mobile": ("+52 1 55 1234 5678", MX),
    "MX local dashed": ("55-1234-5678", MX),
    "MX with a WhatsApp label": ("WhatsApp: 55 1234 5678", MX),
    "MX tel link": ("tel:+525512345678", MX),
    "DE with trunk in parentheses": ("+49 (0) 151 2345 6789", "23456789"),
    "DE with a slash": ("0151/23456789", "23456789"),
    "DE compact": ("015123456789", DE),
    "DE 0049": ("0049 151 23456789", "23456789"),
    "US with an extension": ("(555) 123-4567 ext. 89", "123-4567"),
    "US dotted": ("415.555.0132", "555.0132"),
    "US +1 dashed": ("+1-415-555-0132", "555-0132"),
    "UK mobile": ("07700 900123", "900123"),
    "FR mobile in pairs": ("06 12 34 56 78", "12 34 56 78"),
    "ES mobile": ("+34 612 34 56 78", "612 34 56 78"),
    "BR mobile": ("(11) 91234-5678", "91234-5678"),
    "IN mobile": ("+91 98765 43210", "98765 43210"),
    "JP mobile": ("090-1234-5678", "1234-5678"),
    "after a phone label": ("Phone: +52 55 1234 5678", MX),
    "vCard TEL line": ("BEGIN:VCARD\nFN:Lucia Hernandez\nTEL;TYPE=CELL:+52 55 1234 5678\nEND:VCARD", MX),
    "call me note": ("call me at 55 1234 5678 before 6pm", MX),
}

IPS: Dict[str, Tuple[str, str]] = {
    "IPv4 plain": (IP4, IP4),
    "IPv4 after a label": (f"IP: {IP4}", IP4),
    "IPv4 with a port": (f"{IP4}:8080", IP4),
    "IPv6 plain": (IP6, IP6),
    "IPv4 in a forwarded list": (f"{IP4}, 10.0.0.1", IP4),
}

IDS: Dict[str, Tuple[str, str]] = {
    "Visa plain": (CARD_VISA, CARD_VISA),
    "Visa spaced": (spaced(CARD_VISA), CARD_VISA[4:8]),
    "Visa dashed": ("-".join(CARD_VISA[i:i + 4] for i in range(0, 16, 4)), CARD_VISA[4:8]),
    "Mastercard after a label": (f"Tarjeta: {CARD_MC}", CARD_MC),
    "Amex 4-6-5": (f"{CARD_AMEX[:4]} {CARD_AMEX[4:10]} {CARD_AMEX[10:]}", CARD_AMEX[4:10]),
    "German IBAN spaced": (spaced(IBAN_DE), IBAN_DE[4:8]),
    "Spanish IBAN plain": (IBAN_ES, IBAN_ES),
    "US SSN": ("SSN: 078-05-1120", "078-05-1120"),
    "Mexican CURP": ("CURP: HEGL880714MDFRNC09", "HEGL880714"),
    "Mexican RFC of a person": ("RFC: HEGL880714AB1", "HEGL880714"),
    "Brazilian CPF": ("CPF: 123.456.789-09", "123.456.789"),
    "Spanish DNI": ("DNI 12345678Z", "12345678Z"),
    "passport after a label": ("Passport No: X12345678", "X12345678"),
}

DOBS: Dict[str, Tuple[str, str]] = {
    "English label": ("Date of birth: 14/07/1988", "14/07/1988"),
    "Spanish label": ("Fecha de nacimiento: 14/07/1988", "14/07/1988"),
    "DOB ISO": ("DOB: 1988-07-14", "1988-07-14"),
    "German label": ("Geburtsdatum: 14.07.1988", "14.07.1988"),
    "US birthday": ("Birthday: 07/14/1988", "07/14/1988"),
    "vCard BDAY": ("BEGIN:VCARD\nFN:Lucia Hernandez\nBDAY:1988-07-14\nEND:VCARD", "1988-07-14"),
}

POSTAL: Dict[str, Tuple[str, str]] = {
    "Mexican street with colonia": ("Av. Insurgentes Sur 1234, Col. Del Valle, 03100 CDMX", "Insurgentes Sur 1234"),
    "US street with city and zip": ("742 Evergreen Terrace, Springfield, IL 62704", "742 Evergreen Terrace"),
    "German street with postcode": ("Hauptstraße 12, 10115 Berlin", "Hauptstraße 12"),
    "UK street with postcode": ("221B Baker Street, London NW1 6XE", "221B Baker Street"),
    "gift message with an address": ("Happy birthday mom! Send to 55 Oak Street, Austin, TX 78701", "55 Oak Street"),
    "store pickup note with a home address": ("Pickup by neighbour, home: Calle Mayor 5, 28013 Madrid",
                                              "Calle Mayor 5"),
    "vCard ADR line": ("BEGIN:VCARD\nADR;TYPE=HOME:;;742 Evergreen Terrace;Springfield;IL;62704;USA\nEND:VCARD",
                       "742 Evergreen Terrace"),
}

NAMES: Dict[str, Tuple[str, str]] = {
    "review title with a name label": ("Reviewed by: Lucia Hernandez", "Hernandez"),
    "Spanish name label": ("Nombre: Lucia Hernandez", "Hernandez"),
    "Dear salutation": ("Dear Lucia Hernandez,\nyour order", "Hernandez"),
    "Estimada salutation": ("Estimada Sra. Hernandez,\ngracias", "Hernandez"),
    "gift from label": ("Gift from: Lucia Hernandez", "Hernandez"),
    "vCard FN line": ("BEGIN:VCARD\nVERSION:3.0\nFN:Lucia Hernandez\nEND:VCARD", "Hernandez"),
    "iCal attendee CN": ("ATTENDEE;CN=Lucia Hernandez:mailto:zqlucia.hernandez@gmail.com", "Hernandez"),
}

SPECIAL: Dict[str, Tuple[str, str]] = {
    "health in a custom note": ("Customer is diabetic, no sugar please", "diabetic"),
    "pregnancy in a gift message": ("For my pregnancy, due in March", "pregnancy"),
}


def _place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "gift message": ("track", {**order, "properties": {"value": "5", "currency": "MXN", "gift_message": value}}),
        "page title": ("page", {"title": value}),
        "review title": ("track", {"name": "Review Submitted", "properties": {"review_title": value}}),
        "utm_content": ("page", {"url": f"{URL}/?utm_source=newsletter&utm_content={q}"}),
        "search query": ("page", {"url": f"{URL}/buscar", "search": f"?q={q}"}),
        "pickup note": ("track", {**order, "properties": {"value": "5", "currency": "MXN", "pickup_note": value}}),
        "contents item title": ("track", {**order, "properties": {
            "value": "5", "currency": "MXN",
            "contents": json.dumps([{"id": "V-1", "quantity": 1, "item_price": 5, "title": value}])}}),
        "product name in the list": ("track", {**order, "properties": {"value": "5", "currency": "MXN"},
                                                "products": [{"product_id": "V-1", "name": value, "price": "5",
                                                              "quantity": "1"}]}),
    }
    return table[place]


MAIL_PLACES = ["gift message", "utm_content", "search query", "contents item title", "review title", "page title"]
PHONE_PLACES = ["gift message", "search query", "pickup note", "page title", "utm_content"]
IP_PLACES = ["gift message", "utm_content", "page title"]
ID_PLACES = ["gift message", "pickup note", "contents item title", "search query"]
DOB_PLACES = ["gift message", "review title", "page title"]
POSTAL_PLACES = ["gift message", "pickup note", "search query"]
NAME_PLACES = ["review title", "gift message", "page title"]
SPECIAL_PLACES = ["gift message", "pickup note"]


def value_cases() -> Iterator[Case]:
    yield from crossed("mail", MAILS, MAIL_PLACES, _place)
    yield from crossed("phone", PHONES, PHONE_PLACES, _place)
    yield from crossed("ip", IPS, IP_PLACES, _place)
    yield from crossed("id", IDS, ID_PLACES, _place)
    yield from crossed("dob", DOBS, DOB_PLACES, _place)
    yield from crossed("postal", POSTAL, POSTAL_PLACES, _place)
    yield from crossed("name", NAMES, NAME_PLACES, _place)
    yield from crossed("special", SPECIAL, SPECIAL_PLACES, _place)


PERSONAL_KEYS: Dict[str, Tuple[str, str]] = {  # key: (value, form)
    "customer_email": (EMAIL, FORM),
    "correo": (EMAIL, FORM),
    "billing_phone": ("+52 55 1234 5678", MX),
    "telefono": ("5512345678", MX),
    "first_name": ("Lucia", "Lucia"),
    "last_name": ("Hernandez", "Hernandez"),
    "shipping_address": ("Av. Insurgentes Sur 1234", "Insurgentes Sur 1234"),
    "fecha_nacimiento": ("1988-07-14", "1988-07-14"),
    "client_ip": (IP4, IP4),
    "curp": ("HEGL880714MDFRNC09", "HEGL880714"),
    "health_condition": ("zqdiabetes tipo 2", "zqdiabetes"),
    "religion": ("zqcatolica", "zqcatolica"),
    "blood_type": ("zqO+ negativo", "zqO+"),
    "pregnancy_week": ("zq24 semanas", "zq24"),
    "allergies": ("zqpenicilina", "zqpenicilina"),
    "disability": ("zqsilla de ruedas", "zqsilla"),
}


def key_cases() -> Iterator[Case]:
    for key, (value, form) in PERSONAL_KEYS.items():
        yield (f"key {key}: custom property", "track", {"properties": {key: value}}, [form])
        yield (f"key {key}: page query", "page",
               {"url": f"{URL}/checkout?{quote(key, safe='')}={quote(value, safe='')}&step=2"}, [form])


def cases() -> List[Case]:
    return [*value_cases(), *key_cases()]


ORDINARY: Dict[str, List[str]] = {
    "order numbers and SKUs": ["Order #100234", "Pedido MX-2026-000871", "SKU: TSH-BLK-M", "SKU 4006381333931",
                               "Ref. 2026-11-29-0042", "Invoice INV-00012345"],
    "prices": ["MXN $1,299.00", "$49.99", "€ 1.234,56", "R$ 199,90", "¥12,800", "Total: 2.499,00 EUR"],
    "dates on orders": ["Delivered 2026-11-29", "Ships 29/11/2026", "Entrega: 29 de noviembre de 2026",
                        "Lieferung am 29.11.2026"],
    "store phone toll-free": ["Call us: 1-800-555-0199", "Hotline 1-888-555-0123"],
    "product names": ["Baker Street Trench Coat", "Birthday Card Pack", "Route 66 Mug", "Avenue Tote Bag",
                      "Calle Ocho Coffee 500 g", "Contact Lens Solution 360 ml"],
    "measures": ["500 ml x 12", "34 x 28 x 10 cm", "EU 38 / US 7", "256 GB / 8 GB", "1.5 kg"],
}

ORDINARY_PLACES: Dict[str, List[str]] = {family: ["order note", "page title", "product name in the list"]
                                         for family in ORDINARY}

ORDINARY_URLS = [
    f"{URL}/?utm_source=newsletter&utm_medium=email&utm_campaign=buen_fin_2026&utm_content=hero_banner",
    f"{URL}/productos/playera-negra?variant=43211234567890",
    f"{URL}/buscar?q=playera+negra+talla+m",
    f"{URL}/pedidos/100234/estado",
    f"{URL}/blog/2026/11/29/buen-fin",
    f"{URL}/tiendas?ciudad=Monterrey",
]

ORDINARY_KEYS = ["utm_content", "gift_wrap", "pickup_store", "review_rating", "coupon_code", "shipping_method",
                 "store_id", "delivery_date"]


def _ordinary_place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return order_place(place, value, "MXN")


def ordinary_cases() -> Iterator[Tuple[str, str, Dict[str, Any], str]]:
    """(test id, kind, make_event overrides, value that must be found among the request's strings or numbers)."""
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _ordinary_place)
    yield from ordinary_urls(ORDINARY_URLS)
    yield from ordinary_keys(ORDINARY_KEYS)
