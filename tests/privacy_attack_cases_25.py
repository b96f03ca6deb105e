"""A twenty-fifth outside attack on the privacy gate, written from the README's promises alone (section "Personal
data: one budget in, one gate out"), without reading the gate's code nor the earlier attacks' cases: the rules the
twenty-fourth attack brought, both ways. Names in apposition to a word for a person (English, Spanish, French,
Portuguese), relations between names (`S/o`, `D/o`, `W/o`, `C/o`), the honorifics of India and Pakistan in Latin
letters and in scripts without capitals, "my name" with its copula, a self-introduction's opening and closing words,
table cells under a personal header, label words joined by `_`, one-line vCards and iCalendar lines, Indian and
Kurdish address lines, Pakistan's CNIC, PromptPay QR payloads and number words; each in other places of Meta's
payload the README maps, in capitals, encoded (percent, entities, `\\uXXXX`), with typographic marks and split over
lines, run natively. Ordinary shop data that looks like these rules (a product after a word for a person, `w/o`
in a product, devotional and brand titles with `Shri`, product tables and configs, film titles, lakh and crore,
GSTINs, PIN codes alone, order numbers, a shop's EMV QR) must go out unchanged.

Each case is (name, kind, make_event overrides, forms) as in the second attack; the first word of a name is its
family.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import Ordinary, crossed

Case = Tuple[str, str, Dict[str, Any], List[str]]

URL = "https://shop.example.com"


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """(kind, make_event overrides) putting `value` in one leaf of Meta's payload the README maps."""
    q = quote(value, safe="")
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"note": value}}),
        "page title": ("page", {"title": value}),
        "url path": ("page", {"url": f"{URL}/c/{q}/view"}),
        "url query value": ("page", {"url": f"{URL}/p?msg={q}"}),
        "fragment": ("page", {"url": f"{URL}/app#/{q}"}),
        "referrer path": ("page", {"referrer": f"https://forum.example.net/t/{q}"}),
        "page search": ("page", {"url": f"{URL}/s", "search": f"?q={q}"}),
        "search_string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "contents title": ("track", {"name": "Product Added",
                                     "properties": {"contents": json.dumps([{"id": "S-1", "title": value}])}}),
        "contents brand": ("track", {"name": "Product Added",
                                     "properties": {"contents": json.dumps([{"id": "S-1", "brand": value}])}}),
        "user agent": ("page", {"user_agent": f"Mozilla/5.0 (Linux; Android 14) ShopApp/2.1 ({value})"}),
        "JSON text in a property": ("track", {"properties": {"payload": json.dumps({"remark": value})}}),
    }
    return table[where]


ALL = ["custom property", "page title", "url path", "url query value", "fragment", "referrer path", "page search",
       "search_string", "contents title", "contents brand", "user agent", "JSON text in a property"]
TEXT = ["custom property", "page title", "url query value", "search_string", "contents title", "user agent"]
FEW = ["custom property", "page title", "url path", "JSON text in a property"]


def entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


def u_escaped(text: str) -> str:
    return "".join(f"\\u{ord(ch):04x}" for ch in text)


def promptpay(sub: str, account: str) -> str:
    """An EMV merchant-presented QR payload whose tag 29 is PromptPay's (a CRC no reader here checks)."""
    inner = "0016A000000677010111" + f"{sub}{len(account):02d}{account}"
    return "000201010211" + f"29{len(inner):02d}{inner}" + "5802TH53037646304ABCD"


NAMES: Dict[str, Tuple[str, Any]] = {
    "apposition English": ("the visitor, Leonor Remediosqa, asked about delivery", "Remediosqa"),
    "apposition Spanish": ("la clienta, Rosa Namandupyqa, preguntó por el envío", "Namandupyqa"),
    "apposition French": ("le client, Jean-Marc Beaulieuqa, a demandé un échange", "Beaulieuqa"),
    "apposition Portuguese": ("a cliente, Leonor Remediosqa, pediu troca", "Remediosqa"),
    "apposition in capitals": ("THE VISITOR, LEONOR REMEDIOSQA, ASKED ABOUT DELIVERY", "Remediosqa"),
    "apposition split over lines": ("the visitor,\nLeonor Remediosqa,\nasked about delivery", "Remediosqa"),
    "apposition ending the text": ("Parcel held for the customer, Arjun Kothandaramqa", "Kothandaramqa"),
    "apposition typographic apostrophe": ("the buyer, Siobhán O’Kothandaramqa, wrote twice", "Kothandaramqa"),
    "relation S/o": ("Ravi Teja Kondapalliqa S/o Venkata Rao Kondapalliqa", "Kondapalliqa"),
    "relation D/o lower case": ("priya raghunathanqa d/o suresh raghunathanqa", "raghunathanqa"),
    "relation W/o": ("Meena Iyengarqa W/o Ramesh Iyengarqa", "Iyengarqa"),
    "relation H/o": ("Ramesh Iyengarqa H/o Meena Iyengarqa", "Iyengarqa"),
    "relation C/o": ("C/o Lakshmi Narayanaswamyqa, Near Bus Stand", "Narayanaswamyqa"),
    "relation C/O in capitals": ("C/O LAKSHMI NARAYANASWAMYQA, NEAR BUS STAND", "Narayanaswamyqa"),
    "relation S/o with full-width slash": ("Ravi Teja Kondapalliqa S／o Venkata Rao Kondapalliqa", "Kondapalliqa"),
    "honorific Shri": ("Shri Ramesh Chandra Guptaqa ka order", "Guptaqa"),
    "honorific Smt.": ("Smt. Kamala Devi Agarwalqa ka parcel", "Agarwalqa"),
    "honorific Janab": ("Janab Ali Shah Bhuttozaiqa ka order", "Bhuttozaiqa"),
    "honorific SHRIMATI in capitals": ("SHRIMATI KAMALA DEVI AGARWALQA", "Agarwalqa"),
    "honorific Shri ended by two hyphens": ("Shri Ramesh Guptaqa -- urgent delivery", "Guptaqa"),
    "honorific Devanagari": ("श्रीमती सुनीता कुलश्रेष्ठ को भेजें", "कुलश्रेष्ठ"),
    "honorific Telugu": ("శ్రీ రవి తేజ కొండపల్లి గారికి", "కొండపల్లి"),
    "honorific Urdu": ("جناب علی شاہ بھٹوزئی", "بھٹوزئی"),
    "honorific Bengali": ("শ্রীমতী সুমিতা চট্টোপাধ্যায়", "চট্টোপাধ্যায়"),
    "my name Hindi with copula": ("मेरा नाम सुनीता कुलश्रेष्ठ है", "कुलश्रेष्ठ"),
    "my name Punjabi with copula": ("ਮੇਰਾ ਨਾਮ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂਵਾਲੀਆ ਹੈ", "ਸੰਧੂਵਾਲੀਆ"),
    "my name Gujarati": ("મારું નામ હેતલ પટેલિયા છે", "પટેલિયા"),
    "my name Urdu": ("میرا نام عائشہ صدیقی ہے", "صدیقی"),
    "my name Tamil": ("என் பெயர் கார்த்திகேயன் சுப்ரமணியம்", "சுப்ரமணியம்"),
    "self-introduction Maori": ("ko Hemi Rangihaeataqa tōku ingoa", "Rangihaeataqa"),
    "self-introduction Maori in capitals": ("KO HEMI RANGIHAEATAQA TŌKU INGOA", "Rangihaeataqa"),
    "self-introduction caller": ("Hi, this is Daniel Okonkwoqa speaking, about order 1234", "Okonkwoqa"),
    "self-introduction caller from": ("this is Daniel Okonkwoqa from Lagos", "Okonkwoqa"),
    "table CSV": ("name,city,qty\nAnil Gowdaruqa,Mysuru,2", "Gowdaruqa"),
    "table CSV semicolons in capitals": ("NAME;CITY;QTY\nANIL GOWDARUQA;MYSURU;2", "Gowdaruqa"),
    "table Markdown": ("| Customer | Qty |\n|---|---|\n| Anil Gowdaruqa | 2 |", "Gowdaruqa"),
    "table TSV": ("full_name\tcity\nAnil Gowdaruqa\tMysuru", "Gowdaruqa"),
    "label YAML underscore": ("order:\n  full_name: Gurpreet Sandhuwaliaqa\n  qty: 2", "Sandhuwaliaqa"),
    "label TOML underscore": ('[buyer]\nlast_name = "Sandhuwaliaqa"', "Sandhuwaliaqa"),
    "label underscore camel": ("customer_full_name=Gurpreet Sandhuwaliaqa", "Sandhuwaliaqa"),
    "vCard one line": ("BEGIN:VCARD VERSION:3.0 FN:Ravi Teja Kondapalliqa END:VCARD", "Kondapalliqa"),
    "vCard structured name": ("BEGIN:VCARD\r\nVERSION:4.0\r\nN:Kondapalliqa;Ravi;;;\r\nEND:VCARD", "Kondapalliqa"),
    "vCard MECARD": ("MECARD:N:Lindqvistqa,Erik;;", "Lindqvistqa"),
    "iCalendar attendee escaped": ("ATTENDEE;CN=Kondapalliqa\\, Ravi Teja:mailto:desk@example.in",
                                   "Kondapalliqa"),
}
NAMES_ENCODED: Dict[str, Tuple[str, Any]] = {
    "apposition as entities": (entities("the visitor, Leonor Remediosqa, asked"), "Remediosqa"),
    "apposition as uXXXX": (u_escaped("the visitor, Leonor Remediosqa, asked"), "Remediosqa"),
    "relation S/o as entities": (entities("Ravi Kondapalliqa S/o Venkata Kondapalliqa"), "Kondapalliqa"),
    "honorific Janab as uXXXX": (u_escaped("Janab Ali Shah Bhuttozaiqa ka order"), "Bhuttozaiqa"),
    "self-introduction caller as entities": (entities("this is Daniel Okonkwoqa speaking"), "Okonkwoqa"),
    "vCard as percent": (quote("BEGIN:VCARD FN:Ravi Teja Kondapalliqa END:VCARD", safe=""), "Kondapalliqa"),
}
IDS: Dict[str, Tuple[str, Any]] = {
    "CNIC as printed": ("CNIC 42101-1234567-1", "4210112345671"),
    "CNIC alone": ("35202-7654321-3", "3520276543213"),
    "CNIC with non-breaking hyphens": ("35202‑7654321‑3", "3520276543213"),
    "CNIC with en dashes": ("35202–7654321–3", "3520276543213"),
    "CNIC in Urdu digits": ("شناختی کارڈ ٣٥٢٠٢-٧٦٥٤٣٢١-٣", ["3520276543213", "٣٥٢٠٢٧٦٥٤٣٢١٣"]),
    "PromptPay national id": (promptpay("02", "1101700230708"), "1101700230708"),
}
PHONES: Dict[str, Tuple[str, Any]] = {
    "PromptPay mobile": (promptpay("01", "0066812345678"), "812345678"),
    "number words Hindi": ("मेरा नंबर नौ आठ चार पाँच दो एक सात तीन शून्य छह", "नौ आठ चार पाँच दो एक सात तीन"),
    "number words Hindustani Latin": ("call karo nau aath chaar paanch do ek saat teen shunya chhah",
                                      "nau aath chaar paanch do ek saat teen"),
    "number words Telugu": ("తొమ్మిది ఎనిమిది నాలుగు ఐదు రెండు ఒకటి ఏడు మూడు సున్నా ఆరు",
                            "తొమ్మిది ఎనిమిది నాలుగు ఐదు రెండు ఒకటి"),
}
POSTAL: Dict[str, Tuple[str, Any]] = {
    "Telugu house": ("ఇంటి నెం. 8-2-293, రోడ్ నెం. 14, బంజారా హిల్స్", "8-2-293"),
    "Hindi house": ("घर क्र. 45, गली नं. 7, लाजपत नगर", "घर क्र. 45"),
    "Urdu house": ("مکان نمبر 45، گلی 7، ماڈل ٹاؤن", "مکان نمبر 45"),
    "Sorani house": ("خانووی 23، شەقامی سالم، سلێمانی", "خانووی 23"),
    "Kurmanji street": ("Kolana Gazîqa, Hejmar 14, Amed", "Gazîqa"),
    "Kurmanji street in capitals": ("KOLANA GAZÎQA, HEJMAR 14, AMED", "Gazîqa"),
    "Tatar house": ("Бауман урамы, 12 йорт, Казан", "12 йорт"),
    "Indian H.No. line": ("H.No. 8-2-293/A, Road No. 14, Banjara Hills, Hyderabad 500034", "8-2-293"),
    "Indian H.No. split over lines": ("H.No. 8-2-293/A,\nRoad No. 14,\nBanjara Hills", "8-2-293"),
    "file named by a street line": ("12_Karangahape_Road_Auckland.pdf", "12_Karangahape_Road"),
    "file named by an Indian house": ("invoice_H.No.8-2-293_Banjara_Hills.pdf", "8-2-293"),
}
KEYS: Dict[str, str] = {
    "billing_full_name": "Gurpreet Sandhuwaliaqa",
    "shipping__last_name": "Sandhuwaliaqa",
    "Customer_Name": "Anil Gowdaruqa",
    "naam": "Ayesha Siddiqueeqa",
    "poora_naam": "Ayesha Siddiqueeqa",
    "पूरा_नाम": "सुनीता कुलश्रेष्ठ",
    "nav_u_pasnav": "Rêber Zanaqa",
    "ingoa": "Hemi Rangihaeataqa",
    "father_name": "Venkata Rao Kondapalliqa",
    "cnic_number": "3520276543213",
}


def key_cases() -> Iterator[Case]:
    for key, value in KEYS.items():
        surname = value.split(" ")[-1]
        yield (f"key {key} as a property:", "track", {"properties": {key: value}}, [surname])
        yield (f"key {key} in a query:", "page", {"url": f"{URL}/p?{quote(key)}={quote(value)}"}, [surname])
        yield (f"key {key} in a path parameter:", "page", {"url": f"{URL}/checkout/{quote(key)}={quote(value)}/2"},
               [surname])
        yield (f"key {key} in a fragment path:", "page", {"url": f"{URL}/#/form/{quote(key)}/{quote(value)}"},
               [surname])


def err_cases() -> Iterator[Case]:
    order = {"name": "Order Completed"}
    for label, value, form in [("apposition", "the visitor, Leonor Remediosqa, asked", "Remediosqa"),
                               ("CNIC", "35202-7654321-3", "3520276543213"),
                               ("honorific", "Janab Ali Shah Bhuttozaiqa", "Bhuttozaiqa")]:
        yield (f"err {label} as the currency", "track", {**order, "properties": {"value": "5", "currency": value}},
               [form])
        yield (f"err {label} as the value", "track", {**order, "properties": {"value": value, "currency": "INR"}},
               [form])


def cases() -> List[Case]:
    return [*crossed("name", NAMES, TEXT, place), *crossed("name", NAMES_ENCODED, ["custom property", "page title"],
                                                            place),
            *crossed("name", {k: NAMES[k] for k in ["apposition English", "relation S/o", "honorific Shri",
                                                    "self-introduction caller", "vCard one line"]},
                     ["url path", "fragment", "referrer path", "page search", "contents brand",
                      "JSON text in a property"], place),
            *crossed("id", IDS, FEW + ["url query value", "contents title"], place),
            *crossed("phone", PHONES, FEW + ["url query value"], place),
            *crossed("postal", POSTAL, FEW + ["search_string"], place),
            *key_cases(), *err_cases()]


ORDINARY: List[str] = [
    # a determiner, a word for a person and a comma before a product
    "For the runner, Nike Air Zoom, lightweight", "the gardener, Bosch Rotak, cuts cleanly",
    "Gift for the shopper, Silk Scarf", "For the traveller, Samsonite Lite, 55 cm", "the chef, Le Creuset Signature,",
    "For the customer, Free Returns, always", "Para el corredor, Asics Gel Nimbus, ligero",
    "Pour le client, Livraison Offerte, dès 50 €", "the visitor, Museum Pass, 3 days",
    "For the baby, Pampers Premium Care, size 4", "the player, Adidas Predator Elite, firm ground",
    "For the reader, Kindle Paperwhite, 16 GB",
    # w/o, s/o, c/o in products
    "Tee w/o Logo", "Burger w/o Onions", "Pizza W/O Cheese", "Phone case w/o MagSafe", "Sofa w/o Cushions",
    "Kurta Set w/o Dupatta", "Frame w/o Glass", "Bike w/o Pedals", "Coffee w/o Sugar",
    "C/o Amazon Locker pickup", "c/o Front Desk", "Blazer w/o Lining, Navy Blue",
    # devotional and brand titles
    "Shri Ram Pooja Thali", "Sri Sri Tattva Shampoo", "श्री गणेश पूजा थाली", "Shri Balaji Agarbatti 100 sticks",
    "Shree Krishna Flute Brass", "Sri Lanka Ceylon Tea 500 g", "Shri Yantra Copper Plate",
    "Smt. Rose Candle", "Janab Attar Collection", "श्री हनुमान चालीसा पुस्तक",
    # tables and configs of products
    "name,price,qty\nClassic Tee,19.99,2", "sku,qty,price\nS-1,2,12.99",
    "| Product | Price |\n|---|---|\n| Classic Tee | 19.99 |", "product_name: Classic Tee",
    'product_name = "Classic Tee"', "item_name: Cotton Kurta", "brand_name: Fabindia",
    "name\tprice\nLinen Shirt\t29.00", "title;price\nSummer Dress;49,90",
    "product_title: Air Max 90", "collection_name: Summer Sale", "category_name: Home & Kitchen",
    # fragments of single-page shops
    "#/category/Summer Sale", "#/product/Classic Tee/red", "#/cart/step/2", "#/collections/Diwali Gifts",
    # film and book titles
    "This Is Spinal Tap", "Mera Naam Joker DVD", "मेरा नाम जोकर DVD", "This Is Us Season 1", "This Is England",
    "My Name Is Khan Blu-ray", "The Name of the Rose", "Ko Aotearoa Tōku Kāinga Tee", "This is Going to Hurt",
    "Call Me by Your Name", "मैं हूँ ना DVD", "Kabhi Khushi Kabhie Gham", "Tere Naam Soundtrack",
    # prices in lakh and crore
    "₹1,25,000", "₹ 12,50,000.00", "Rs. 2.5 lakh", "₹1.2 crore", "1,00,00,000", "INR 3,49,999",
    "Rs 4,999/-", "₹ 99,999",
    # GSTINs and PIN codes alone, PAN of a shop
    "GSTIN 27AAPFU0939F1ZV", "29ABCDE1234F1Z5", "PIN 560038", "560038", "110024", "Pincode: 500034",
    "Delivery to 400001", "Ships from 302001",
    # order numbers with dashes
    "Order 2024-1234567-1", "ORD-42101-7788", "INV-2024-000123-1", "AWB 1234-5678-9012", "Ref 10001-2-3",
    "Booking PNR 4521-876543",
    # a shop's EMV QR: merchant id, not a phone
    "00020101021126280010A000000775011001234567895204599953033565802IN5913Shop Bazaar6009Bengaluru6304ABCD",
    # ordinary texts of the same scripts and words
    "नया कुर्ता संग्रह", "దీపావళి ఆఫర్", "ਨਵਾਂ ਸੂਟ", "عید کلیکشن", "ko te hoko nui", "This is our best seller",
    "this is the one, size M", "Customer favourite, Linen Shirt", "Name your price sale", "Naam Jap Mala",
    "Hejmar 14 Size", "Kolana Shop Bags", "Villa Cushion Cover", "Road No. 14 Poster", "Banjara Hills Tea",
    "Karangahape Road Map Print", "House No. 9 Perfume", "H&M Kids 2-3 Y",
    "the customer, satisfied, returned", "for the user, a guide", "The Artist, Vol. 2",
    "Sri Ganesh Sweets Gift Box", "Shrimati Saree Collection", "Smt Silk Sarees",
    "BEGIN:VCALENDAR sale dates", "FN 2024 Collection", "N: 12 pieces",
    "number nine shoes", "nau rang chunari", "ek do teen song CD",
    "Mysuru Silk, 2 m", "Anil Kapoor Movie Poster", "Nike, Adidas, Puma",
    "For the runner, lightweight", "the gardener's choice",
    "My name is Earl DVD", "Ko Tane Mahuta Print", "Calling All Cars Vinyl",
    "Speaking Book Set", "This Is Me Trying Tee",
]


def ordinary_cases() -> Iterator[Ordinary]:
    for number, value in enumerate(ORDINARY):
        label = value.replace("\n", " ")[:22]
        yield (f"ordinary {number:03d} {label} @ custom property", "track",
               {"properties": {"note": value}}, value)
        yield (f"ordinary {number:03d} {label} @ page title", "page", {"title": value}, value)
