"""A seventeenth outside attack, written from the README's promises alone (without reading the gate's code nor the
earlier attacks' cases): shoppers in Casablanca, Algiers, Tunis, Dakar and Abidjan (Maghreb and West African
mobiles and landlines in local layouts, mobile-money references holding the number, the Moroccan CIN, Algerian and
Tunisian ids after their labels, French and Arabic addresses, names after French and Arabic labels, Arabizi) and in
Kingston, Santo Domingo, San Juan, Panama City, San José and Guatemala City (Caribbean NANP numbers, Central American
mobiles, the Dominican cédula with its Luhn digit, the Costa Rican and Panamanian cédulas, the Guatemalan DPI with its
check, the Jamaican TRN, local address layouts, Spanish and English labels), near misses of the README's newest
rules, and ordinary shop data of those shops that must go out.

Each value is tried in the leaves of Meta's payload the README maps (a custom property, free text around it, the
page's title, a query value, a fragment's route query, a flat `contents` item's title, a search string) and in a
field whose failure is an `Err` (the `Err` must not echo it); forms are what a reader would call the personal part.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

URL = "https://boutique.example.ma"


def luhn_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return str((10 - total % 10) % 10)


def dpi(body: str, place: str) -> str:  # Guatemalan CUI: 8 digits, a check mod 11 by weights 2..9, department, town
    check = sum(int(d) * (i + 2) for i, d in enumerate(body)) % 11
    assert check != 10
    return f"{body}{check}{place}"


def thai(body: str) -> str:  # Thai id: 12 digits and a check by weights 13..2 mod 11
    return body + str((11 - sum(int(d) * (13 - i) for i, d in enumerate(body)) % 11) % 10)


THAI_ID = thai("110190000123")
CEDULA_DO = "0011234567" + luhn_digit("0011234567")
DPI_GT = dpi("25478613", "0101")


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"comment": value}}),
        "gift message": ("track", {"properties": {"gift_message": f"Merci beaucoup ! {value} — à bientôt"}}),
        "page title": ("page", {"title": value}),
        "url query value": ("page", {"url": f"{URL}/p?ref={q}"}),
        "fragment route query": ("page", {"url": f"{URL}/#/checkout?note={q}"}),
        "contents title": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "title": value}])}}),
        "search query": ("track", {"name": "Products Searched", "properties": {"query": value}}),
    }
    return table[where]


PLACES = ["custom property", "gift message", "page title", "url query value", "fragment route query",
          "contents title", "search query"]

# name -> (value, forms a reader calls personal)
PERSONAL: Dict[str, Dict[str, Tuple[str, List[str]]]] = {
    "phone": {
        "MA mobile pairs": ("06 12 34 56 78", ["612345678"]),
        "MA mobile dotted": ("06.12.34.56.78", ["612345678"]),
        "MA mobile +212": ("+212 6 12 34 56 78", ["612345678"]),
        "MA mobile 00212 dashes": ("00212-661-234-567", ["661234567"]),
        "MA landline Casablanca": ("05 22 26 14 38", ["522261438"]),
        "DZ mobile 4-2-2-2": ("0550 12 34 56", ["550123456"]),
        "DZ mobile +213": ("+213 661 23 45 67", ["661234567"]),
        "TN mobile +216": ("+216 20 123 456", ["20123456"]),
        "TN mobile after Tél": ("Tél : 98 765 432", ["98765432"]),
        "SN mobile 2-3-2-2": ("77 123 45 67", ["771234567"]),
        "SN mobile +221": ("+221 78 234 56 78", ["782345678"]),
        "CI mobile 10 digits": ("07 07 12 34 56", ["0707123456"]),
        "CI mobile +225": ("+225 05 44 12 34 56", ["0544123456"]),
        "JM NANP brackets": ("(876) 555-0143", ["8765550143"]),
        "DO NANP 1-809": ("1-809-555-0187", ["8095550187"]),
        "PR NANP 787": ("787-555-0162", ["7875550162"]),
        "PA mobile +507": ("+507 6123-4567", ["61234567"]),
        "CR mobile after Cel": ("Cel. 8888-1234", ["88881234"]),
        "GT mobile +502": ("+502 5512 3456", ["55123456"]),
        "WhatsApp MA": ("WhatsApp: 0661234567", ["661234567"]),
        "Orange Money ref": ("Orange Money OM-0612345678-2411", ["612345678"]),
        "Wave ref SN": ("Wave: +221 77 123 45 67", ["771234567"]),
        "MTN MoMo CI": ("MoMo 05 44 12 34 56", ["0544123456"]),
        "Arabic label هاتف": ("الهاتف: 0612345678", ["612345678"]),
        "Arabic-Indic digits": ("٠٦١٢٣٤٥٦٧٨", ["612345678"]),
        "Spanish Teléfono": ("Teléfono: 2222-3344", ["22223344"]),
        "hp label after dash": ("hp - 0612345678", ["612345678"]),
        "HP label glued colon": ("HP:0612345678", ["612345678"]),
        "Hp. label Spanish order": ("Pedido listo, Hp. 6123-4567", ["61234567"]),
        "Portable label French": ("Portable : 06-12-34-56-78", ["612345678"]),
    },
    "id": {
        "MA CIN after label": ("CIN: BE123456", ["BE123456"]),
        "MA CIN after Arabic label": ("رقم البطاقة الوطنية: BK654321", ["BK654321"]),
        "MA CIN in text": ("ma CIN est JA98765, merci", ["JA98765"]),
        "DZ NIN after label": ("NIN : 109870123456789012", ["109870123456789012"]),
        "TN CIN after label": ("CIN n° 08765432", ["08765432"]),
        "SN CNI after label": ("CNI : 1 751 1985 01234", ["1751198501234"]),
        "DO cedula dashed": (f"{CEDULA_DO[:3]}-{CEDULA_DO[3:10]}-{CEDULA_DO[10]}", [CEDULA_DO]),
        "DO cedula after label": (f"Cédula: {CEDULA_DO}", [CEDULA_DO]),
        "CR cedula after label": ("Cédula: 1-1234-0567", ["112340567"]),
        "GT DPI after label": (f"DPI: {DPI_GT[:4]} {DPI_GT[4:9]} {DPI_GT[9:]}", [DPI_GT]),
        "GT DPI unbroken after CUI": (f"CUI {DPI_GT}", [DPI_GT]),
        "PA cedula after label": ("Cédula: 8-123-456", ["8123456"]),
        "JM TRN after label": ("TRN: 123-456-789", ["123456789"]),
        "PT NIF after Contribuinte": ("Contribuinte n.º 123456789", ["123456789"]),
        "ES DNI dotted after DNI": ("D.N.I.: 12.345.678-Z", ["12345678"]),
        "SG NRIC after label": ("NRIC no: S1234567D", ["S1234567D"]),
        "SG NRIC spaced": ("NRIC S 1234567 D", ["1234567"]),
        "ES DNI spaced": ("DNI 12 345 678 Z", ["12345678"]),
        "SE personnummer 12 spaced": ("Personnummer 19811218 9876", ["198112189876", "8112189876"]),
        "TH id after English label": (f"Thai ID: {THAI_ID}", [THAI_ID]),
    },
    "postal": {
        "Casablanca boulevard": ("Bd Zerktouni, Résidence Nour, Appt 12, Casablanca", ["Zerktouni"]),
        "Algiers cite villa": ("Cité 200 Logements, Villa n° 14, Bab Ezzouar, Alger", ["Villa n° 14"]),
        "Dakar rue 10 x 11": ("Rue 10 x 11, Médina, Dakar", ["Rue 10 x 11"]),
        "Dakar Sicap": ("Sicap Liberté 6 Villa 1234, Dakar", ["Villa 1234"]),
        "Abidjan Cocody lot": ("Cocody Riviera 3, Lot 45, Ilot 12, Abidjan", ["Lot 45"]),
        "Tunis avenue Arabic": ("شارع الحبيب بورقيبة 45، تونس", ["بورقيبة 45"]),
        "Costa Rica directions": ("del Parque Central 200 m al norte, casa 14, San José", ["casa 14"]),
        "Panama edificio": ("Calle 50, Edificio Zqtorre, Piso 3, Apto 3B, Panamá", ["Apto 3B"]),
        "Santo Domingo urb": ("Urb. Zqlosrios, Calle 4 #23, Santo Domingo", ["Calle 4 #23"]),
        "Guatemala zona": ("6a Avenida 12-45, Zona 10, Ciudad de Guatemala", ["12-45, Zona 10"]),
        "Kingston road": ("Apt 4, 12 Hope Road, Kingston 6", ["12 Hope Road"]),
        "San Juan urb": ("Urb. Zqvilla, Calle Luna 7, San Juan PR 00926", ["Calle Luna 7"]),
        "Address label French": ("Adresse : 14 rue Zqlafayette, 20000 Casablanca", ["Zqlafayette"]),
        "Direccion label": ("Dirección: Av. Zqreforma 8-20, Zona 9", ["Zqreforma"]),
        "Roman floor Spanish": ("Calle Zqmayor 12, Piso IV, Puerta 2, Madrid", ["Zqmayor"]),
        "Roman floor French": ("Imm. 7, Étage IV, Appt 9, Rue Zqallal, Rabat", ["Zqallal"]),
    },
    "name": {
        "French label Nom": ("Nom : Khadija Zqbennani", ["Zqbennani"]),
        "French label Prenom": ("Prénom et nom : Youssef Zqalaoui", ["Zqalaoui"]),
        "Arabic label الاسم": ("الاسم: محمد زقبناني", ["زقبناني"]),
        "Arabizi with b.": ("Nom: Khadija b. Mo7amed Zq3ammar", ["Zq3ammar"]),
        "Arabizi salutation": ("Salam 3alikoum Si 7assan Zqtazi,", ["Zqtazi"]),
        "French sign-off": ("Cordialement, Amina Zqkettani", ["Zqkettani"]),
        "French sign-off Bien a vous": ("Bien à vous,\nMamadou Zqdiallo", ["Zqdiallo"]),
        "Spanish sign-off Saludos": ("Saludos cordiales, María Zqgarcía", ["Zqgarcía"]),
        "Spanish sign-off Atentamente": ("Atentamente,\nJosé Zqramírez", ["Zqramírez"]),
        "English sign-off Respect": ("Respect,\nDwayne Zqcampbell", ["Zqcampbell"]),
        "Spanish label Nombre": ("Nombre: Ana Zqrodríguez", ["Zqrodríguez"]),
        "Spanish salutation Sra": ("Sra. Zqmendoza, su pedido está listo", ["Zqmendoza"]),
        "French salutation Mme": ("Mme Fatou Zqndiaye", ["Zqndiaye"]),
        "English label Consignee": ("Consignee: Dwayne Zqbrown", ["Zqbrown"]),
        "vCard N field": ("BEGIN:VCARD\nN:Zqbennani;Khadija;;;\nEND:VCARD", ["Zqbennani"]),
        "vCard FN field": ("BEGIN:VCARD\nFN:Khadija Zqbennani\nEND:VCARD", ["Zqbennani"]),
        "German sign-off MfG": ("Mit freundlichen Grüßen\nJonas Zqweber", ["Zqweber"]),
        "Destinatario label": ("Destinatario: Luis Zqpérez", ["Zqpérez"]),
    },
}

EMAIL = "khadija.zqbennani@gmail.com"


def err_place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
        "value": ("track", {**order, "properties": {"value": value, "currency": "MAD"}}),
        "opt_out": ("track", {"properties": {"opt_out": value}}),
        "contents quantity": ("track", {**order, "properties": {
            "currency": "MAD", "contents": json.dumps([{"id": "S-1", "item_price": 5, "quantity": value}])}}),
    }
    return table[where]


ERR_VALUES = {
    "MA mobile": ("06 12 34 56 78", ["612345678"]),
    "DO cedula": (CEDULA_DO, [CEDULA_DO]),
    "JM NANP": ("(876) 555-0143", ["8765550143"]),
    "mail": (EMAIL, ["zqbennani"]),
    "name": ("Khadija Zqbennani", ["Zqbennani"]),
    "MA CIN": ("BE123456", ["BE123456"]),
}

KEYS = {
    "French telephone": ("telephone_client", "0612345678", ["612345678"]),
    "French portable": ("numero_portable", "0612345678", ["612345678"]),
    "Arabic هاتف": ("رقم_الهاتف", "0612345678", ["612345678"]),
    "Spanish celular": ("celular", "8888 1234", ["88881234"]),
    "Spanish cedula": ("cedula", "1-1234-0567", ["112340567"]),
    "Spanish nombre completo": ("nombre_completo", "Ana Zqrodríguez", ["Zqrodríguez"]),
    "French nom du client": ("nom_client", "Khadija Zqbennani", ["Zqbennani"]),
    "French adresse": ("adresse_livraison", "Bd Zerktouni 120", ["Zerktouni"]),
    "Spanish direccion": ("direccion", "Calle 50 #23", ["Calle 50 #23"]),
    "TRN": ("trn", "123456789", ["123456789"]),
    "DPI": ("dpi", DPI_GT, [DPI_GT]),
    "CIN": ("cin", "BE123456", ["BE123456"]),
    "orange money number": ("orange_money_number", "0707123456", ["0707123456"]),
    "wave number": ("wave_phone", "771234567", ["771234567"]),
    "momo msisdn": ("momo_msisdn", "2250544123456", ["0544123456", "544123456"]),
    "whatsapp": ("whatsapp", "+212612345678", ["612345678"]),
    "Arabic الاسم": ("الاسم", "Khadija Zqbennani", ["Zqbennani"]),
    "Camel NombreCliente": ("NombreCliente", "Luis Zqpérez", ["Zqpérez"]),
    "Camel TelefonoMovil": ("TelefonoMovil", "6123-4567", ["61234567"]),
    "email francais": ("courriel", EMAIL, ["zqbennani"]),
}

MAILS = {
    "plain": EMAIL,
    "French arobase": "khadija.zqbennani arobase gmail point com",
    "Spanish arroba": "khadija.zqbennani arroba gmail punto com",
    "Arabic at": "khadija.zqbennani@gmail.com للتواصل",
    "encoded twice": quote(quote(EMAIL, safe=""), safe=""),
    "fullwidth at": "khadija.zqbennani＠gmail.com",
    "with mailto": f"mailto:{EMAIL}?subject=Commande",
}


def meta_cases() -> Iterator[Case]:
    yield ("meta visitor phone Moroccan pairs", "track",
           {"visitor": {"phone_number": "06 12 34 56 78"}}, ["0612345678", "06 12 34 56 78"])
    yield ("meta visitor phone +225", "track", {"visitor": {"phone_number": "+225 07 07 12 34 56"}},
           ["0707123456", "+225 07 07"])
    yield ("meta visitor name Arabizi", "track", {"visitor": {"name": "Mo7amed Zq3ammar"}}, ["Zq3ammar"])
    yield ("meta visitor email", "track", {"visitor": {"email": EMAIL}}, ["zqbennani"])
    yield ("meta property ph raw", "track", {"properties": {"ph": "0612345678"}}, ["612345678"])
    yield ("meta property fn raw", "track", {"properties": {"fn": "Khadija"}, "visitor": {"email": EMAIL}},
           ["zqbennani"])
    yield ("meta property external_id as phone", "track", {"properties": {"external_id": "+212612345678"}},
           ["612345678"])
    yield ("meta property zp with city", "track", {"properties": {"ct": "casablanca", "em": EMAIL}},
           ["zqbennani"])
    yield ("meta user_data json property", "track",
           {"properties": {"user_data": json.dumps({"ph": "0612345678", "em": EMAIL})}}, ["612345678", "zqbennani"])
    yield ("meta json text in property", "track",
           {"properties": {"checkout": json.dumps({"telephone": "+221 77 123 45 67", "nom": "Fatou Zqndiaye"})}},
           ["771234567", "Zqndiaye"])
    yield ("meta campaign utm_term phone", "page", {"url": f"{URL}/?utm_term={quote('+212 661 234 567')}"},
           ["661234567"])
    yield ("meta referrer with phone query", "page",
           {"referrer": f"https://wa.me/212612345678?text={quote('Bonjour')}"}, ["612345678"])


def cases() -> List[Case]:
    out: List[Case] = []
    for family, table in PERSONAL.items():
        for name, (value, forms) in table.items():
            for where in PLACES:
                out.append((f"{family} {name} @ {where}", *place(where, value), forms))
    for name, value in MAILS.items():
        for where in PLACES:
            out.append((f"mail {name} @ {where}", *place(where, value), ["zqbennani"]))
    for name, (value, forms) in ERR_VALUES.items():
        for where in ["currency", "value", "opt_out", "contents quantity"]:
            out.append((f"err {name} @ {where}", *err_place(where, value), forms))
    for name, (key, value, forms) in KEYS.items():
        out.append((f"key {name}: property", "track", {"properties": {key: value}}, forms))
        out.append((f"key {name}: query", "page", {"url": f"{URL}/p?{quote(key)}={quote(value)}"}, forms))
    out.extend(meta_cases())
    return out


ORDINARY_VALUES = [
    # prices with local separators
    "1 299,00 DH", "12.500 FCFA", "RD$ 1,250.00", "₡12 500", "Q 1,250.00", "B/. 49.99", "J$ 4,500.00",
    "45,000 DA", "89,900 TND", "350 MAD TTC", "5 000 F CFA", "US$ 19.99",
    # order, tracking, invoice numbers, SKUs, EANs
    "Commande n° 100234", "Pedido #45821", "Factura F-2026-000123", "Facture FA2026-11-0042", "SKU 0612345",
    "SKU 4006381333931", "EAN 6111245103012", "Réf. 2200456789", "N° de suivi RR123456789MA",
    "Guía 1Z999AA10123456784", "Order 2611300001", "Ticket 1234567890", "Lot 2026-11-B", "Art. 45-220-18",
    # dates, store hours, versions
    "30/11/2026", "30-11-2026", "Lun-Sam 9h-20h", "Lunes a viernes 8:00-17:00", "Ouvert 7j/7 de 10h à 22h",
    "Ramadan 1448", "v3.12.4", "Android 14", "iOS 18.1", "build 2026.11.30",
    # product titles with label-like words and capitals
    "Best Wishes Card, Love Mum", "Kind Regards Mug", "Cordialement Tote Bag", "Saludos Desde Panamá Postal",
    "HP Pavilion 15", "hp 14s", "HP LaserJet Pro M404dn", "Nom de la Rose Parfum", "Adresse Secrète Eau de Parfum",
    "Caftan Zerktouni Collection", "Djellaba Homme Blanche", "Tajine en terre cuite 30 cm",
    "Babouches Fès Taille 42", "Couscoussier Inox 8 L", "Thé à la menthe 500 g", "Huile d'argan bio 100 ml",
    "Thiéboudienne Kit", "Attiéké 1 kg", "Pagne Wax Vlisco 6 yards", "Bissap Hibiscus 250 g",
    "Café Britt Tarrazú 340 g", "Salsa Lizano 700 ml", "Ron Zacapa 23", "Blue Mountain Coffee 454 g",
    "Pique Criollo", "Mamajuana Dominicana", "Maltín Polar", "Sombrero Pintao Panamá",
    "Camiseta Selección Costa Rica", "Jersey Reggae Boyz", "Calle Ocho Sneakers", "Casa Bacardí Gift Set",
    "Villa Sandals Beach Towel", "Zona Rosa Candle", "Residence Collection Sheets", "Lot of 12 Pens",
    "Street Art Poster", "Boulevard Sneakers Blanc", "Avenida Jacket", "Cité Radieuse Print",
    "Samsung Galaxy A15", "Tecno Camon 30", "Infinix Hot 40i", "iPhone 15 128 Go",
    "Orange Money Recharge 5000 FCFA", "Wave Transfert", "MTN MoMo Pay", "Carte Jawaz Autoroute",
    "Recarga Claro 100", "Digicel Top Up J$500", "Tarjeta Regalo RD$ 1,000",
    "Mr. Coffee Maker", "Mme Figaro Magazine", "Don Julio Blanco", "Señorita Skincare", "Dr. Martens 1460",
    "Sra. Sapatos Collection", "Professor Layton Game", "Sir Kensington Mayo",
    "Customer Favourite", "Client Privilège", "Cliente Frecuente", "Best Seller",
    "Marrakech Rouge", "Dakar Rally Edition", "Kingston Fury 16GB", "Santo Domingo Cigars", "San Juan Tote",
    "Panama Hat Classic", "Guatemala Antigua Coffee", "Tunis Bleu Ceramic", "Alger Centre Store",
    "Size 38-40-42-44", "120x60 cm", "4K UHD 3840x2160", "Pack 2 x 500 ml", "Remise -20%",
    "Livraison gratuite dès 500 DH", "Envío gratis", "Free shipping over J$10,000", "ISBN 978-9954-0-1234-5",
    "Catégorie: Électroménager", "Marque : Bosch", "Categoría: Hogar", "Brand: Oraimo",
    "Promo BLACKFRIDAY26", "Code CASA2026", "Coupon DAKAR10",
    "Adaptateur USB-C 65W", "Chargeur 20W", "Câble 2 m", "Écouteurs Bluetooth 5.3",
]

ORDINARY_PLACES = ["custom property", "page title", "contents title"]


def ordinary_cases() -> Iterator[Ordinary]:
    for value in ORDINARY_VALUES:
        for where in ORDINARY_PLACES:
            yield (f"ordinary {value} @ {where}", *place(where, value), value)
    for key, value in [("customer", "Best Seller"), ("customer_segment", "Gold Member"),
                       ("client_type", "Grand Compte"),
                       ("tipo_cliente", "Cliente Frecuente"), ("order_number", "2611300001"),
                       ("sku", "6123456789"), ("product_code", "0612345"), ("device", "HP Pavilion 15"),
                       ("signoff_card", "Love Mum"), ("store_hours", "9h-20h")]:
        yield (f"ordinary key {key}: {value}", "track", {"properties": {key: value}}, value)
