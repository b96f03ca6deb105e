"""A fifteenth outside attack, written from the README's promises without reading the gate's code nor the earlier
attacks' cases: a shopper in London, Dublin, Toronto, Sydney, Auckland or Chicago (their mobiles and landlines in
every local layout, extensions and vanity numbers, the UK National Insurance and NHS numbers, the Irish PPSN, the
Canadian SIN, the Australian TFN and Medicare number, the NZ IRD number, the US SSN and ITIN, driver's licences
after their labels, postcodes, Eircodes, ZIP+4, PO boxes, flats and rural routes, names after labels and in
sign-offs), one in Santiago, Bogotá, Lima or Quito (RUT with its check digit or `K`, cédula and NIT, DNI, the
Ecuadorian cédula, their plans' numbers, Andean address layouts, Spanish keys and labels), and data as developers
and tools leak it (stack traces, SQL, GraphQL variables, cookies, breadcrumbs, CSV and log lines, `mailto:` with
`?cc=`, JWT-like tokens, FormData, state dumps, Basic credentials, Bearer text), plain and encoded, in every leaf
of Meta's payload the README maps, in the fields whose failure is an `Err` (which must not echo them) and in Meta's
own identity fields, run through the core natively. Ordinary shop data of those countries (product names with
label-like words, street-like names, prices in pounds, euros, dollars, pesos and soles, order and tracking numbers,
EANs, ISBNs, a shop's ABN, dates, store hours, versions, SKUs) must still go out.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import crossed, order_place

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

MS = 1732875000000
SHOP = "https://shop.example.com"


def _place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"comment": value}}),
        "text around it": ("track", {"properties": {"gift_message": f"Hi there, {value} - thanks!"}}),
        "page title": ("page", {"title": value}),
        "page path": ("page", {"url": f"{SHOP}/account/{q}/orders"}),
        "query value": ("page", {"url": f"{SHOP}/checkout?note={q}"}),
        "fragment": ("page", {"url": f"{SHOP}/#/thanks?d={q}"}),
        "referrer": ("page", {"referrer": f"https://mail.example.net/inbox?q={q}"}),
        "page search": ("page", {"url": f"{SHOP}/s", "search": f"?q={q}"}),
        "contents title": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "title": value}])}}),
        "contents brand": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "brand": value}])}}),
        "search_string": ("track", {"name": "Products Searched", "properties": {"search_string": value}}),
        "json property": ("track", {"properties": {"state": json.dumps({"form": {"note": value}})}}),
        "base64 property": ("track", {"properties": {"blob": base64.b64encode(value.encode()).decode()}}),
        "utm_campaign": ("page", {"url": f"{SHOP}/?utm_source=mail&utm_campaign={q}"}),
        "err currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
        "err event name": ("track", {"name": value}),
        "err value": ("track", {**order, "properties": {"value": value, "currency": "GBP"}}),
        "order_id": ("track", {**order, "properties": {"order_id": value, "value": "5", "currency": "GBP"}}),
        "fbc payload": ("track", {"properties": {"fbc": f"fb.1.{MS}.{value}"}}),
    }
    return table[place]


# Places per family: free text, URL parts, the payload's mapped leaves, Err fields.
TEXT = ["custom property", "text around it", "page title", "query value", "fragment", "contents title",
        "search_string", "json property", "err event name"]
WIDE = TEXT + ["page path", "referrer", "page search", "contents brand", "base64 property", "utm_campaign",
               "err currency"]

PHONES: Dict[str, Tuple[str, str]] = {
    "UK mobile local": ("07700 900123", "7700900123"),
    "UK mobile dialled": ("+44 7700 900124", "7700900124"),
    "UK mobile with (0)": ("+44 (0)7700 900125", "7700900125"),
    "UK London landline": ("020 7946 0958", "2079460958"),
    "UK London landline brackets": ("(020) 7946 0959", "2079460959"),
    "Irish mobile": ("087 123 4567", "871234567"),
    "Irish mobile dialled": ("+353 87 765 4321", "877654321"),
    "Dublin landline": ("(01) 234 5678", "12345678"),
    "Toronto number": ("(416) 555-0172", "4165550172"),
    "Toronto dotted": ("416.555.0173", "4165550173"),
    "Chicago with extension": ("(312) 555-0143 ext. 12", "3125550143"),
    "US dialled": ("+1 312-555-0144", "3125550144"),
    "US one prefix": ("1-773-555-0145", "7735550145"),
    "Sydney landline": ("(02) 9374 4000", "293744000"),
    "Australian mobile": ("0412 345 678", "412345678"),
    "Australian mobile dialled": ("+61 412 345 679", "412345679"),
    "NZ mobile": ("021 123 4567", "211234567"),
    "NZ mobile dialled": ("+64 21 765 4321", "217654321"),
    "Auckland landline": ("(09) 379 4123", "93794123"),
    "US vanity": ("1-312-FLOWERZ", "3123569379"),
    "Chilean mobile": ("+56 9 8765 4321", "987654321"),
    "Santiago landline": ("(2) 2345 6789", "223456789"),
    "Colombian mobile": ("+57 310 123 4567", "3101234567"),
    "Colombian mobile local": ("310 765 4321", "3107654321"),
    "Peruvian mobile": ("+51 987 654 321", "987654321"),
    "Lima landline": ("(01) 411-2233", "14112233"),
    "Ecuadorian mobile": ("099 123 4567", "991234567"),
    "Ecuadorian mobile dialled": ("+593 99 765 4321", "997654321"),
    "celular label": ("celular: 312 456 7890", "3124567890"),
    "mobile label UK": ("Mob: 07700900126", "7700900126"),
    "WhatsApp link Chile": ("https://wa.me/56987654322", "56987654322"),
    "tel link UK": ("tel:+447700900127", "7700900127"),
}

IDS: Dict[str, Tuple[str, str]] = {
    "UK NINO": ("AB 12 34 56 C", "AB123456C"),
    "UK NINO labelled": ("NI number: QQ123456C", "QQ123456C"),
    "NHS number": ("NHS No: 943 476 5919", "9434765919"),
    "NHS number bare": ("485 777 3457", "4857773457"),
    "Irish PPSN": ("PPSN 1234567T", "1234567T"),
    "Irish PPSN two letters": ("7654321PA", "7654321PA"),
    "Canadian SIN": ("SIN: 046 454 286", "046454286"),
    "Canadian SIN dashed": ("271-934-564", "271934564"),
    "Australian TFN": ("TFN 123 456 782", "123456782"),
    "Medicare number": ("Medicare: 2950 12348 1", "2950123481"),
    "NZ IRD": ("IRD number 49-091-850", "49091850"),
    "US SSN": ("SSN: 078-05-1120", "078051120"),
    "US SSN bare": ("219-09-9999", "219099999"),
    "US ITIN": ("ITIN 912-70-1234", "912701234"),
    "driver's licence Ontario": ("Driver's licence: S1234-56789-01234", "S12345678901234"),
    "driver's license Illinois": ("DL# S530-4567-8901", "S53045678901"),
    "Chilean RUT": ("12.345.678-5", "12345678"),
    "Chilean RUT with K": ("RUT: 10.000.013-K", "10000013"),
    "Chilean RUT compact": ("153456720", "15345672"),
    "Colombian cédula": ("C.C. 1.020.304.050", "1020304050"),
    "Colombian NIT": ("NIT 900.123.456-8", "900123456"),
    "Peruvian DNI": ("DNI 45678912-5", "45678912"),
    "Ecuadorian cédula": ("cédula: 1710034065", "1710034065"),
    "Ecuadorian cédula bare": ("0912345675", "0912345675"),
}

MAILS: Dict[str, Tuple[str, str]] = {
    "plain UK": ("zoe.hartley@btinternet.com", "zoe.hartley"),
    "Irish eircom": ("siobhan.kelly@eircom.net", "siobhan.kelly"),
    "Canadian sympatico": ("mtremblay77@sympatico.ca", "mtremblay77"),
    "Aussie bigpond": ("bruce.w@bigpond.com", "bruce.w"),
    "NZ xtra": ("kiri.ngata@xtra.co.nz", "kiri.ngata"),
    "Chilean": ("catalina.rojas@gmail.cl", "catalina.rojas"),
    "Colombian": ("andres.gomez@hotmail.com.co", "andres.gomez"),
    "mailto with cc": ("mailto:help@shop.example?cc=liam.oconnor@gmail.com", "liam.oconnor"),
    "SQL where": ("SELECT * FROM users WHERE email = 'ava.brown@outlook.com'", "ava.brown"),
    "log line": ("2024-11-29T10:00:00Z INFO login user=noah.wilson@yahoo.com ok", "noah.wilson"),
    "GraphQL variables": ('{"query":"mutation S($e:String!)","variables":{"e":"mia.taylor@icloud.com"}}',
                          "mia.taylor"),
    "CSV line": ("1001,Harper,harper.lee77@gmail.com,GBP,49.00", "harper.lee77"),
    "cookie header": ("Cookie: _ga=GA1.2.123.456; last_email=ella.clarke%40gmail.com", "ella.clarke"),
    "stack trace": ("ValueError: invalid address 'oscar.king@live.co.uk'\n  File \"app.py\", line 12",
                    "oscar.king"),
    "Sentry breadcrumb": ('{"category":"ui.input","message":"input#email value=isla.scott@gmail.com"}',
                          "isla.scott"),
    "FormData": ("email=jack.evans%40gmail.com&first_name=Jack&accept=on", "jack.evans"),
    "Basic credentials in URL": ("https://lucas.martin:hunter2@api.example.com/v1", "lucas.martin"),
    "GA client id next to email": ("cid=GA1.2.1234567890.1600000000;em=amelia.hughes@gmail.com",
                                   "amelia.hughes"),
    "Vue state dump": ("{user:{email:'sofia.vargas@gmail.com',cart:3}}", "sofia.vargas"),
    "at spelled English": ("chloe dot adams at gmail dot com", "chloe"),
    "arroba spelled": ("valentina.perez arroba gmail punto com", "valentina.perez"),
}

NAMES: Dict[str, Tuple[str, str]] = {
    "sign-off cheers": ("Cheers, Jo Smithwick", "Smithwick"),
    "kind regards newline": ("Kind regards,\nAlastair Pemberton", "Pemberton"),
    "iPhone signature": ("See you soon\nSent from my iPhone\nGráinne Ní Bhriain", "Bhriain"),
    "full name label": ("Full name: Siobhan O'Rourke", "O'Rourke"),
    "nombre completo": ("Nombre completo: Joaquín Etxeberría", "Etxeberr"),
    "recipient label": ("Recipient: Mr A. J. Fairweather", "Fairweather"),
    "deliver to": ("Deliver to: Tāne Whaanga", "Whaanga"),
    "Dear salutation": ("Dear Ms Thistlewood,", "Thistlewood"),
    "Estimado": ("Estimada Sra. Quispe Mamani:", "Quispe"),
    "log line user": ("2024-11-29 INFO checkout user=Harriet Ashdown step=2", "Ashdown"),
    "JSON first last": ('{"first_name":"Caoimhe","last_name":"Fitzgerald"}', "Caoimhe"),
    "nickname label": ("Nickname: Bazza Coulthard", "Coulthard"),
    "Attn": ("Attn: Dr. Priyanka Ravindran", "Ravindran"),
    "titular": ("Titular: Camila Zúñiga Orellana", "Orellana"),
}

POSTALS: Dict[str, Tuple[str, str]] = {
    "London street and postcode": ("Flat 4, 22 Thurloe Street, London SW7 2LT", "Thurloe"),
    "postcode alone in a line": ("10 Downing St, London SW1A 2AA", "SW1A 2AA"),
    "Dublin Eircode": ("14 Merrion Square, Dublin 2, D02 X285", "D02 X285"),
    "Toronto": ("Unit 1203, 88 Harbour St, Toronto, ON M5J 0C3", "M5J 0C3"),
    "Sydney": ("Unit 5/17 Macleay St, Potts Point NSW 2011", "Macleay"),
    "Auckland": ("Flat 2, 31 Ponsonby Road, Grey Lynn, Auckland 1021", "Ponsonby"),
    "Chicago ZIP+4": ("1550 N Dearborn Pkwy Apt 3B, Chicago, IL 60610-1234", "60610-1234"),
    "PO box": ("PO Box 4821, Wellington 6140", "PO Box 4821"),
    "rural route": ("RR 2, Site 7, Box 12, Olds, AB T4H 1P3", "T4H 1P3"),
    "Bogotá": ("Calle 93 # 11-27, Apto 502, Bogotá", "Calle 93 # 11-27"),
    "Santiago": ("Av. Providencia 1234, depto 56, Providencia", "Providencia 1234"),
    "Lima jirón": ("Jr. Huallaga 345, Cercado de Lima", "Huallaga 345"),
    "Lima manzana": ("Mz. B Lt. 4, Urb. Los Olivos, Lima", "Mz. B Lt. 4"),
    "Quito": ("Av. Amazonas N34-451 y Av. Atahualpa, Quito", "N34-451"),
    "dirección de despacho": ("Dirección de despacho: Los Leones 1850, Ñuñoa", "Leones 1850"),
    "shipping label": ("Shipping address: 42 Wallaby Way, Sydney NSW 2000", "Wallaby"),
}

KEYS: Dict[str, Tuple[str, str]] = {
    "rut": ("rut", "12.345.678-5"),
    "cedula": ("cédula", "1020304050"),
    "celular": ("celular", "3101234568"),
    "direccion de despacho": ("direccion_de_despacho", "Los Leones 1851"),
    "nombre completo": ("nombre_completo", "Joaquín Etxeberría"),
    "mobile": ("mobile_no", "07700900128"),
    "postcode": ("postcode", "SW1A 1AA"),
    "eircode": ("eircode", "D02 X286"),
    "zip4": ("zip_plus_4", "60610-4321"),
    "sin": ("sin_number", "046454286"),
    "ni number": ("ni_number", "AB123456D"),
    "nhs": ("nhs_number", "9434765919"),
    "tfn": ("tfn", "123456782"),
    "ird": ("ird_number", "49091850"),
    "ssn": ("ssn", "078-05-1120"),
    "dni": ("dni", "45678912"),
    "telefono fijo": ("telefono_fijo", "2 2345 6780"),
    "apellido": ("apellidos", "Quispe Mamani"),
    "drivers licence": ("drivers_licence", "S1234-56789-01235"),
    "surname": ("surname", "Thistlewood"),
}


def key_cases() -> Iterator[Case]:
    for name, (key, value) in KEYS.items():
        form = value
        yield (f"key {name}: custom property", "track", {"properties": {key: value}}, [form])
        yield (f"key {name}: query", "page", {"url": f"{SHOP}/c?{quote(key)}={quote(value)}"}, [form])
        yield (f"key {name}: json property", "track", {"properties": {"form": json.dumps({key: value})}}, [form])
        yield (f"key {name}: contents item", "track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", key: value}])}}, [form])


def meta_cases() -> Iterator[Case]:
    order = {"name": "Order Completed"}
    money = {"value": "5", "currency": "GBP"}
    items = [("phone", "07700 900129", "7700900129"), ("RUT", "12.345.678-5", "12345678"),
             ("email", "zoe.hartley@btinternet.com", "zoe.hartley"),
             ("address", "22 Thurloe Street SW7 2LT", "Thurloe"), ("NHS", "943 476 5919", "9434765919")]
    for what, value, form in items:
        yield (f"meta order_id holding a {what}", "track", {**order, "properties": {"order_id": value, **money}},
               [form])
        yield (f"meta event_id holding a {what}", "track", {**order, "properties": {"event_id": value, **money}},
               [form])
        yield (f"meta content_ids holding a {what}", "track", {**order, "properties": {
            "content_ids": json.dumps([value]), **money}}, [form])
        yield (f"meta fbc payload holding a {what}", "track", {"properties": {"fbc": f"fb.1.{MS}.{value}"}}, [form])
        yield (f"meta external_id of a visitor holding a {what}", "track",
               {"visitor": {"email": "visitor@example.com", "external_id": value}}, [form])
        yield (f"meta content_name holding a {what}", "track", {**order, "properties": {
            "content_name": value, **money}}, [form])
    yield ("meta JWT in query", "page", {"url": f"{SHOP}/cb?token=" + ".".join([
        base64.urlsafe_b64encode(b'{"alg":"HS256"}').decode().rstrip("="),
        base64.urlsafe_b64encode(b'{"email":"ruby.hall@gmail.com","sub":"42"}').decode().rstrip("="), "sig"])},
           ["ruby.hall"])
    yield ("meta Bearer text", "track", {"properties": {"debug": "Authorization: Bearer ruby.hall@gmail.com"}},
           ["ruby.hall"])


def cases() -> List[Case]:
    return [*crossed("phone", PHONES, TEXT, _place), *crossed("id", IDS, TEXT, _place),
            *crossed("mail", MAILS, ["custom property", "page title", "query value", "contents title",
                                      "json property", "err event name", "err currency"], _place),
            *crossed("name", NAMES, ["custom property", "page title", "query value", "contents title",
                                      "search_string", "err event name"], _place),
            *crossed("postal", POSTALS, ["custom property", "page title", "query value", "contents title",
                                          "json property", "err event name"], _place),
            *crossed("enc", {"UK mobile": ("07700 900130", "7700900130"),
                             "Chilean RUT": ("RUT 15.678.901-1", "15678901"),
                             "email": ("grace.turner@gmail.com", "grace.turner"),
                             "Eircode address": ("3 Pearse St, Dublin 2, D02 Y006", "D02 Y006")},
                     ["page path", "referrer", "page search", "contents brand", "base64 property",
                      "utm_campaign", "fragment"], _place),
            *crossed("err", {"phone": ("0412 345 670", "412345670"), "SIN": ("046 454 286", "046454286"),
                             "email": ("ivy.moore@gmail.com", "ivy.moore"),
                             "RUT": ("10.000.013-K", "10000013")},
                     ["err value", "err currency", "err event name"], _place),
            *key_cases(), *meta_cases()]


ORDINARY: Dict[str, List[str]] = {
    "products": ["Colour: Navy Blue", "Fit: Slim Fit", "Dear Evan Hansen (Broadway)", "Sent from Heaven Candle",
                 "Cheers Beer Glass", "Abbey Road Vinyl", "5th Avenue Tote", "Route 66 Sign",
                 "Camiseta Talla: M", "Color: Rojo Pasión", "Chaqueta Andes Pro", "Café de Colombia 500 g",
                 "Pisco Sour Kit", "Mate Cocido", "Ruana de Lana", "Kind Regards Card Pack",
                 "Hi-Vis Vest", "Flat White Mug", "Suite Dreams Pillow", "Unit Converter Calculator",
                 "Box Set Series 1-3", "Mr. Men Little Miss Collection", "Queen Street Bakery Cookbook",
                 "Chicago Bulls Cap", "Kiwi Fruit Body Wash"],
    "prices": ["£1,299.00", "€49,90", "A$89.95", "NZ$120.00", "C$34.99", "US$ 19.99", "$ 45.990 CLP",
               "COP 129.900", "S/ 59.90", "USD 1,000.00", "1.299,00 €", "$12.000"],
    "codes": ["Order #100234", "Tracking 1Z999AA10123456784", "Invoice INV-2024-00871", "EAN 5012345678900",
              "ISBN 978-0-14-103614-4", "ABN 51 824 753 556", "VAT GB 123 4567 89", "SKU NB-990-V6-GRY",
              "v3.14.2", "Build 2024.11.29", "Pedido N° 000123", "Boleta 001-0045678", "Factura F001-2345"],
    "dates": ["29/11/2024", "11/29/2024", "29-11-2024", "Mon–Fri 9am–5:30pm", "Lun a Vie 9:00 a 18:00",
              "Sat 10:00-16:00", "Nov 29, 2024", "29 de noviembre de 2024"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    currency = {"prices": "GBP"}
    for family, values in ORDINARY.items():
        for value in values:
            for where in ("order note", "page title", "product name in the list"):
                yield (f"{family}: {value} @ {where}", *order_place(where, value, currency.get(family, "GBP")),
                       value)
