"""A twenty-first outside attack on the privacy gate, written from the README's promises alone, without reading the
gate's code nor the earlier attacks' cases: shoppers in Doha, Kuwait City, Muscat, Manama, Khartoum and Tripoli, in
Accra, Freetown, Monrovia, Bamako, Niamey, Ouagadougou, Conakry, Lomé and Cotonou, in Antananarivo, Port Louis,
Victoria, Moroni, Windhoek, Gaborone, Maseru and Mbabane (their mobiles and landlines in local layouts, Arabic-Indic
digits and number words, mobile-money texts, national ids after Arabic, English and French labels, addresses as
those cities write them, names after labels of their languages, kunyas and nasab), data as help-desk, CRM,
shop-admin and file tools leak it (ticket subjects, order notes, chat lines, file names and upload paths, calendar
invites, alt texts, vCards and MECARD payloads on one line, signatures, invoices, CSV rows, log lines), near misses of
the newest rules, in the leaves of Meta's payload the README maps, in Meta's own fields and in the fields whose
failure is an `Err`.

Each case is (name, kind, make_event overrides, forms), as in the earlier attacks; the first word of a name is its
family. The ordinary cases are shop data of those places (prices with their currency signs, Hijri dates, codes,
titles with label-like and capitalised words) that must go out unchanged.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import Case, Ordinary, crossed

URL = "https://shop.example.com"
EMAIL = "kwame.mensah@gmail.com"
LOCAL = "kwame.mensah"


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _arabic_indic(text: str) -> str:  # ٠١٢٣٤٥٦٧٨٩
    return "".join(chr(0x0660 + int(ch)) if ch.isdigit() else ch for ch in text)


def _persian(text: str) -> str:  # Extended Arabic-Indic ۰۱۲۳۴۵۶۷۸۹, as Sudanese and Persian keyboards type them
    return "".join(chr(0x06F0 + int(ch)) if ch.isdigit() else ch for ch in text)


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """Where an event carries `value`: (kind, make_event overrides)."""
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    added = {"name": "Product Added"}
    places: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"note": value}}),
        "text around it": ("track", {"properties": {"order_note": f"Shukran! {value} Akpe na wo"}}),
        "page title": ("page", {"title": value}),
        "url path": ("page", {"url": f"{URL}/account/{q}/tickets"}),
        "url query value": ("page", {"url": f"{URL}/support?subject={q}"}),
        "utm_campaign": ("page", {"url": f"{URL}/p?utm_source=whatsapp&utm_campaign={q}"}),
        "fragment": ("page", {"url": f"{URL}/#/ticket?subject={q}"}),
        "referrer": ("page", {"referrer": f"https://helpdesk.example.net/tickets?subject={q}"}),
        "search_string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "contents title": ("track", {**added, "properties": {"contents": json.dumps([{"id": "K-1", "title": value}])}}),
        "contents brand": ("track", {**added, "properties": {"contents": json.dumps([{"id": "K-1", "brand": value}])}}),
        "contents category": ("track", {**added, "properties": {
            "contents": json.dumps([{"id": "K-1", "category": value}])}}),
        "json property": ("track", {"properties": {"ticket": json.dumps({"body": value, "priority": "high"})}}),
        "user agent": ("track", {"user_agent": f"Mozilla/5.0 (Linux; Android 14; {value}) Mobile"}),
        "page name": ("page", {"properties": {"name": value}}),
        "content_name": ("track", {**order, "properties": {"content_name": value, "value": "5", "currency": "USD"}}),
    }
    return places[where]


TEXT_PLACES = ["custom property", "text around it", "page title"]
WIDE_PLACES = ["custom property", "page title", "url query value", "json property"]

# Mobiles and landlines of the Gulf, the Sahel, West Africa and the southern Indian Ocean: value, national digits.
PHONES: Dict[str, Tuple[str, str]] = {
    "Qatar mobile international": ("+974 5512 3456", "55123456"),
    "Qatar mobile after label": ("Mobile: 5512 3456", "55123456"),
    "Qatar Arabic-Indic after جوال": ("جوال: ٥٥١٢ ٣٤٥٦", "55123456"),
    "Qatar landline": ("Tel 4412 3456", "44123456"),
    "Kuwait mobile": ("+965 9876 5432", "98765432"),
    "Kuwait unbroken after label": ("رقم الهاتف: ٩٨٧٦٥٤٣٢", "98765432"),
    "Kuwait landline spaced": ("هاتف المنزل 2245 6789", "22456789"),
    "Oman mobile": ("+968 9123 4567", "91234567"),
    "Oman GSM label": ("GSM 9123 4567", "91234567"),
    "Bahrain mobile": ("+973 3612 3456", "36123456"),
    "Bahrain WhatsApp Arabic": ("واتساب ٣٦١٢٣٤٥٦", "36123456"),
    "Sudan trunk spaced": ("0912 345 678", "912345678"),
    "Sudan international": ("+249 91 234 5678", "912345678"),
    "Sudan Extended Arabic-Indic": ("موبايل ۰۹۱۲۳۴۵۶۷۸", "912345678"),
    "Libya dashed": ("091-2345678", "912345678"),
    "Libya international": ("+218 92 1234567", "921234567"),
    "Libya Arabic-Indic unbroken": ("٠٩٢١٢٣٤٥٦٧", "921234567"),
    "Arabic number words": ("رقمي صفر تسعة واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية",
                            "صفر تسعة واحد اثنان ثلاثة"),
    "Kuwait نقال label": ("نقال: 9876 5432", "98765432"),
    "Oman هاتف Extended digits": ("هاتف: ۹۱۲۳ ۴۵۶۷", "91234567"),
    "Libya dialled Arabic-Indic": ("+٢١٨ ٩٢ ١٢٣٤٥٦٧", "921234567"),
    "Ghana Twi label": ("Me fon nɔma: 024 123 4567", "241234567"),
    "Togo Ewe label": ("Nye fon xexlẽdzesi: 90 12 34 56", "90123456"),
    "Mauritius Creole label": ("Mo nimero portab: 5712 3456", "57123456"),
    "Madagascar Malagasy label": ("Laharana finday: 034 12 345 67", "341234567"),
    "Eswatini siSwati label": ("Inombolo yelucingo: 7612 3456", "76123456"),
    "Ghana mobile": ("024 123 4567", "241234567"),
    "Ghana international": ("+233 24 123 4567", "241234567"),
    "Ghana MoMo text": ("MTN MoMo: You have received GHS 50.00 from 0241234567 KWAME MENSAH", "241234567"),
    "Ghana Vodafone Cash": ("Vodafone Cash 020 123 4567", "201234567"),
    "Sierra Leone mobile": ("076 123456", "76123456"),
    "Sierra Leone international": ("+232 76 123456", "76123456"),
    "Sierra Leone AfriMoney": ("AfriMoney: Le 200 sent to 077 123456", "77123456"),
    "Liberia mobile": ("077 012 3456", "770123456"),
    "Liberia international": ("+231 88 612 3456", "886123456"),
    "Mali pairs": ("76 12 34 56", "76123456"),
    "Mali Orange Money": ("Orange Money: transfert de 5000 FCFA vers 76 12 34 56 reussi", "76123456"),
    "Niger international": ("+227 96 12 34 56", "96123456"),
    "Burkina international": ("+226 70 12 34 56", "70123456"),
    "Burkina Moov Money": ("Moov Money: vous avez recu 2500F du 70 12 34 56", "70123456"),
    "Guinea international": ("+224 620 12 34 56", "620123456"),
    "Guinea local": ("Tél. 622 12 34 56", "622123456"),
    "Togo international": ("+228 90 12 34 56", "90123456"),
    "Benin ten digits": ("+229 01 97 12 34 56", "0197123456"),
    "Benin Wave": ("Wave: envoyé à 01 97 12 34 56", "0197123456"),
    "Madagascar mobile": ("034 12 345 67", "341234567"),
    "Madagascar international": ("+261 34 12 345 67", "341234567"),
    "Mauritius mobile": ("+230 5712 3456", "57123456"),
    "Seychelles mobile": ("+248 2 512 345", "2512345"),
    "Comoros mobile": ("+269 321 23 45", "3212345"),
    "Namibia mobile": ("081 123 4567", "811234567"),
    "Botswana mobile": ("+267 71 234 567", "71234567"),
    "Lesotho mobile": ("+266 5812 3456", "58123456"),
    "Eswatini mobile": ("+268 7612 3456", "76123456"),
    "Setswana label": ("Nomore ya mogala: 71 234 567", "71234567"),
    "Afrikaans label": ("Selfoon: 081 123 4567", "811234567"),
}


def phone_cases() -> Iterator[Case]:
    yield from crossed("phone", PHONES, TEXT_PLACES, place)


# National ids after their labels: value, the digits (or characters) that must not leave.
IDS: Dict[str, Tuple[str, str]] = {
    "Qatar QID": ("QID: 28463400123", "28463400123"),
    "Qatar QID Arabic": ("رقم البطاقة الشخصية: ٢٨٤٦٣٤٠٠١٢٣", "28463400123"),
    "Qatar QID grouped": ("Qatar ID 284 634 00123", "28463400123"),
    "Kuwait civil id": ("Civil ID: 285031501234", "285031501234"),
    "Kuwait civil id Arabic": ("الرقم المدني: ٢٨٥٠٣١٥٠١٢٣٤", "285031501234"),
    "Oman civil number": ("Civil Number: 09876543", "09876543"),
    "Bahrain CPR": ("CPR: 850312345", "850312345"),
    "Bahrain CPR no": ("CPR No. 850312345", "850312345"),
    "Sudan national number": ("الرقم الوطني: ١٢٣٤٥٦٧٨٩٠١", "12345678901"),
    "Libya national number": ("National No. 119851234567", "119851234567"),
    "Libya national number Arabic": ("الرقم الوطني ١١٩٨٥١٢٣٤٥٦٧", "119851234567"),
    "Ghana Card": ("Ghana Card: GHA-723456781-4", "723456781"),
    "Ghana Card alone": ("GHA-123456789-0", "123456789"),
    "Sierra Leone NIN": ("NIN: 19850312345", "19850312345"),
    "Liberia NIN": ("National ID No. LBR 8503 1234 5", "850312345"),
    "Mali NINA": ("NINA: 18512345678901K", "18512345678901"),
    "Benin NPI": ("NPI: 1234567890", "1234567890"),
    "Benin NPI French": ("Numéro Personnel d'Identification : 1234567890", "1234567890"),
    "Malagasy CIN": ("CIN: 101 231 045 678", "101231045678"),
    "Malagasy CIN label": ("Karatra manondro: 101231045678", "101231045678"),
    "Mauritius NIC": ("NIC No: M1503854500123", "1503854500123"),
    "Botswana Omang": ("Omang: 123418765", "123418765"),
    "Namibia id": ("ID No. 85031500123", "85031500123"),
    "Lesotho id": ("National ID: 0012345678901", "0012345678901"),
    "Eswatini PIN": ("PIN: 8503156100123", "8503156100123"),
    "Belarus layout lower": ("id 3140385a004pb5", "3140385a004pb5"),
    "Albania personal number lower": ("numri personal j85415012k", "j85415012k"),
    "Jordan national number dotted": ("الرقم الوطني: 9.861.012.345", "9861012345"),
    "South Asia NID card label": ("NID card no 1987654321", "1987654321"),
    "Kuwait البطاقة المدنية": ("رقم البطاقة المدنية ٢٨٥٠٣١٥٠١٢٣٤", "285031501234"),
    "Bahrain CPR Arabic": ("الرقم الشخصي: ٨٥٠٣١٢٣٤٥", "850312345"),
    "Oman civil Arabic": ("الرقم المدني: ٠٩٨٧٦٥٤٣", "09876543"),
    "Ghana Card spaced": ("Ghana Card GHA 723456781 4", "723456781"),
    "Namibia id spaced": ("ID number 850315 00123", "85031500123"),
}


def id_cases() -> Iterator[Case]:
    yield from crossed("id", IDS, TEXT_PLACES, place)


POSTAL: Dict[str, Tuple[str, str]] = {
    "Doha zone street building": ("Zone 66, Street 950, Building 12", "Street 950"),
    "Doha Arabic": ("المنطقة ٦٦، شارع ٩٥٠، مبنى ١٢", "شارع ٩٥٠"),
    "Salmiya block street house": ("Block 3, Street 14, House 22, Salmiya", "House 22"),
    "Muscat way building": ("Way 2719, Building 1480, Al Khuwair", "Way 2719"),
    "Manama flat building road block": ("Flat 21, Building 1020, Road 3618, Block 336", "Road 3618"),
    "Doha PO box": ("P.O. Box 23145, Doha, Qatar", "23145"),
    "Khartoum block house": ("Khartoum 2, Block 12, House 45", "House 45"),
    "Accra digital address": ("GhanaPost GPS: GA-123-4567", "GA-123-4567"),
    "Accra landmark": ("House No. 14, behind Shell filling station, Osu", "House No. 14"),
    "Cotonou carre": ("Carré 123, Quartier Akpakpa, Cotonou", "Carré 123"),
    "Bamako rue porte": ("Rue 245, Porte 12, ACI 2000, Bamako", "Porte 12"),
    "Ouagadougou secteur": ("Secteur 15, Rue 15.21, Porte 104, Ouagadougou", "Porte 104"),
    "Freetown street": ("14 Wilkinson Road, Freetown", "14 Wilkinson Road"),
    "Antananarivo lot": ("Lot II M 45 Bis Antanimena", "Lot II M 45"),
    "Gaborone plot": ("Plot 12345, Extension 9, Gaborone", "Plot 12345"),
    "Windhoek erf": ("Erf 1234, Klein Windhoek", "Erf 1234"),
    "Port Louis avenue": ("12 Avenue des Lilas, Beau Bassin", "12 Avenue des Lilas"),
    "Maseru ha": ("Ha Thetsane, House 45, Maseru 100", "House 45"),
    "Deliver to line": ("Deliver to: Plot 5, Adjiringanor, near the Trasacco gate", "Plot 5, Adjiringanor"),
    "Arabic P.O. box": ("ص.ب ١٢٣٤٥ الكويت", "ص.ب ١٢٣٤٥"),
}


def postal_cases() -> Iterator[Case]:
    yield from crossed("postal", POSTAL, ["custom property", "page title"], place)


NAMES: Dict[str, Tuple[str, str]] = {
    "Arabic label nasab": ("الاسم: محمد بن راشد آل ثاني", "راشد"),
    "English label nasab": ("Name: Khalid bin Rashid Al Thani", "Khalid bin Rashid"),
    "customer bint": ("Customer: Fatima bint Ahmed Al Balushi", "Fatima bint Ahmed"),
    "deliver to kunya": ("Deliver to: Umm Sara Al-Sabah", "Al-Sabah"),
    "kunya alone": ("Abu Khalid Al-Mansoori", "Al-Mansoori"),
    "Arabic recipient": ("اسم المستلم: عائشة الكواري", "الكواري"),
    "Twi self-introduction": ("Me din de Kwame Mensah", "Mensah"),
    "Ewe self-introduction": ("Ŋkɔnye nye Kofi Agbeko", "Agbeko"),
    "Hausa self-introduction": ("Sunana Abdoulaye Maïga", "Maïga"),
    "Bambara self-introduction": ("N tɔgɔ ye Fatoumata Traoré", "Traoré"),
    "Moore self-introduction": ("Mam yʋʋr la Wendkouni Ouédraogo", "Ouédraogo"),
    "Krio self-introduction": ("Mi nem na Aminata Kamara", "Aminata Kamara"),
    "French self-introduction": ("Je m'appelle Aïssata Diallo", "Diallo"),
    "French label": ("Nom et prénom : Koffi Adjovi", "Adjovi"),
    "Fon label": ("Nyikɔ: Sènan Houngbédji", "Houngbédji"),
    "Malagasy label": ("Anarana: Rakotoarisoa Andrianaivo Hery", "Andrianaivo"),
    "Mauritian Creole": ("Mo apel Jean-Claude Ramdin", "Ramdin"),
    "Seychellois Creole": ("Mon apel Marie-Ange Hoareau", "Hoareau"),
    "Setswana label": ("Leina: Kagiso Molefe", "Molefe"),
    "Sesotho label": ("Lebitso: Thabo Mokoena", "Mokoena"),
    "siSwati label": ("Libito: Sipho Dlamini", "Dlamini"),
    "Oshiwambo label": ("Edhina: Ndapewa Nghifindaka", "Nghifindaka"),
    "Afrikaans label": ("Naam: Pieter van der Merwe", "van der Merwe"),
    "Setswana I am": ("Ke nna Kagiso Molefe", "Molefe"),
    "ticket subject": ("Re: Order #1234 - Kwame Mensah", "Mensah"),
    "scan file name": ("passport_scan_amina_diallo.pdf", "amina_diallo"),
    "upload path": ("/uploads/2026/11/CV-Fatou-Traore.docx", "Fatou-Traore"),
    "vCard one line": ("BEGIN:VCARD VERSION:3.0 FN:Aminata Kamara TEL:+23276123456 END:VCARD", "Aminata Kamara"),
    "MECARD": ("MECARD:N:Mensah,Kwame;TEL:+233241234567;;", "Mensah"),
    "signature": ("Best regards,\nAbena Owusu\nSales Manager | Tel: +233 20 123 4567", "Owusu"),
    "calendar invite": ("Invitation: Fitting with Mariama Bah @ Tue Dec 1, 2026 10am", "Mariama Bah"),
    "alt text": ("Photo of Mariama Bah wearing the kente scarf", "Mariama Bah"),
    "invoice bill to": ("INVOICE INV-2026-114\nBill to: Ama Serwaa Asante\nTotal GH₵ 450.00", "Serwaa Asante"),
    "CSV row": ("name,phone,city\nKwesi Appiah,0241234567,Kumasi", "Kwesi Appiah"),
    "chat transcript": ("[10:02] Customer (Yaw Boateng): where is my order?", "Boateng"),
    "order note": ("Order note: gift for my wife, her name is Efua Mensah", "Efua Mensah"),
    "log line": ("2026-11-30T10:02:11Z INFO checkout user=\"Nana Yaa Asantewaa\" cart=3", "Asantewaa"),
    "Bengali label near miss": ("গ্রাহকের নাম: রহিম উদ্দিন", "রহিম"),
    "Nepali label near miss": ("ग्राहकको नाम: राम थापा", "थापा"),
    "chiefly title Ghana": ("Nana Kwaku Duah II", "Kwaku Duah"),
}


def name_cases() -> Iterator[Case]:
    yield from crossed("name", NAMES, ["custom property", "page title"], place)


MAILS: Dict[str, Tuple[str, str]] = {
    "plain": (EMAIL, LOCAL),
    "Arabic words": ("kwame.mensah آت gmail نقطة com", LOCAL),
    "French words": ("aissata.diallo arobase orange point ml", "aissata.diallo"),
    "brackets": ("kwame.mensah[at]gmail[dot]com", LOCAL),
    "file name": ("invoice_kwame.mensah@gmail.com.pdf", LOCAL),
    "mailto": ("mailto:aminata.kamara@yahoo.fr?subject=Order", "aminata.kamara"),
    "vCard email": ("BEGIN:VCARD FN:Ama EMAIL;TYPE=INTERNET:ama.asante@yahoo.com END:VCARD", "ama.asante"),
    "log line": ("level=info msg=login email=ama.asante@yahoo.com ip=41.66.1.2", "ama.asante"),
    "CSV": ("id;email\n42;rakoto.hery@moov.mg", "rakoto.hery"),
    "Arabic-Indic local": ("khalid٢٠٢٤@hotmail.com", "khalid2024"),
    "base64": (_b64url(EMAIL), LOCAL),
    "percent-encoded twice": (quote(quote(EMAIL, safe=""), safe=""), LOCAL),
}


def mail_cases() -> Iterator[Case]:
    yield from crossed("mail", MAILS, ["custom property", "page title", "url query value"], place)


KEYS: Dict[str, Tuple[str, str]] = {
    "momo_number": ("24123456", "24123456"),
    "numero_orange_money": ("76123456", "76123456"),
    "wave_number": ("70123456", "70123456"),
    "رقم_الجوال": ("55123456", "55123456"),
    "civil_id": ("285031501234", "285031501234"),
    "cpr_number": ("850312345", "850312345"),
    "qid": ("28463400123", "28463400123"),
    "ghana_card_number": ("GHA-723456781-4", "723456781"),
    "nina": ("18512345678901", "18512345678901"),
    "npi": ("1234567890", "1234567890"),
    "omang_number": ("123418765", "123418765"),
    "karatra_manondro": ("101231045678", "101231045678"),
    "anarana": ("Rakotoarisoa Hery", "Rakotoarisoa"),
    "leina": ("Kagiso Molefe", "Molefe"),
    "lebitso": ("Thabo Mokoena", "Mokoena"),
    "naam_en_van": ("Pieter Botha", "Botha"),
    "الاسم_الكامل": ("Aisha Al Kuwari", "Al Kuwari"),
    "digital_address": ("GA-123-4567", "GA-123-4567"),
    "nom_complet": ("Koffi Adjovi", "Adjovi"),
    "whatsapp": ("55123456", "55123456"),
}


def key_cases() -> Iterator[Case]:
    for key, (value, form) in KEYS.items():
        yield (f"key {key}: property", "track", {"properties": {key: value}}, [form])
        yield (f"key {key}: query", "page", {"url": f"{URL}/checkout?{quote(key)}={quote(value)}"}, [form])


def meta_cases() -> Iterator[Case]:
    order = {"name": "Order Completed"}
    ms = "1732875000000"
    values: Dict[str, Tuple[str, Dict[str, Any], List[str]]] = {
        "order_id email": ("track", {**order, "properties": {"order_id": EMAIL, "value": "5", "currency": "USD"}},
                           [LOCAL]),
        "event_id dialled phone": ("track", {"properties": {"event_id": "+233241234567"}}, ["241234567"]),
        "order_id name and phone": ("track", {**order, "properties": {
            "order_id": "Mensah-0241234567", "value": "5", "currency": "USD"}}, ["241234567"]),
        "subscription_id phone": ("track", {"visitor": {"subscription_id": "+974 5512 3456"}}, ["55123456"]),
        "fb_login_id Ghana mobile": ("track", {"visitor": {"fb_login_id": "233241234567"}}, ["241234567"]),
        "lead_id Libya mobile": ("track", {"properties": {"lead_id": "218921234567"}}, ["921234567"]),
        "fbp trunk mobile": ("track", {"visitor": {"fbp": f"fb.1.{ms}.0912345678"}}, ["912345678"]),
        "fbc email payload": ("track", {"visitor": {"fbc": f"fb.1.{ms}.{LOCAL}_gmail_com"}}, [LOCAL]),
        "fbclid phone": ("page", {"url": f"{URL}/?fbclid=IwAR+233241234567"}, ["241234567"]),
        "content id email": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": EMAIL, "quantity": 1}])}}, [LOCAL]),
        "content id dialled": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "+96598765432", "quantity": 1}])}}, ["98765432"]),
        "status name": ("track", {"properties": {"status": "Name: Kwame Mensah"}}, ["Mensah"]),
        "email hex in email field": ("track", {"visitor": {"email": EMAIL.encode().hex()}}, [LOCAL]),
        "first name in city": ("track", {"visitor": {"city": "kwame.mensah@gmail.com"}}, [LOCAL]),
    }
    for name, (kind, overrides, forms) in values.items():
        yield (f"meta {name}", kind, overrides, forms)


def err_cases() -> Iterator[Case]:
    values: Dict[str, Tuple[Dict[str, str], List[str]]] = {
        "opt_out email": ({"opt_out": EMAIL}, [LOCAL]),
        "action_source phone": ({"action_source": "+233 24 123 4567"}, ["241234567", "123 4567"]),
        "data_processing_options name": ({"data_processing_options": "Aminata Kamara"}, ["Kamara"]),
        "ldu country id": ({"data_processing_options": "LDU", "data_processing_options_country": "GHA-723456781-4"},
                           ["723456781"]),
        "ldu state QID": ({"data_processing_options": "LDU", "data_processing_options_state": "28463400123"},
                          ["28463400123"]),
        "value phone": ({"value": "233241234567", "currency": "GHS"}, ["241234567"]),
        "value email": ({"value": EMAIL, "currency": "GHS"}, [LOCAL]),
        "currency phone": ({"value": "5", "currency": "GH₵ 0241234567"}, ["241234567"]),
        "action_source Arabic name": ({"action_source": "محمد آل ثاني"}, ["ثاني"]),
        "opt_out civil id": ({"opt_out": "285031501234"}, ["285031501234"]),
        "opt_out percent-encoded email": ({"opt_out": quote(EMAIL, safe="")}, [LOCAL]),
        "action_source base64 email": ({"action_source": _b64url(EMAIL)}, [_b64url(EMAIL)[:16], LOCAL]),
        "action_source Arabic-Indic phone": ({"action_source": "٩٨٧٦٥٤٣٢"}, ["٩٨٧٦٥٤٣٢", "98765432"]),
        "ldu country name": ({"data_processing_options": "LDU", "data_processing_options_country": "Kwame Mensah"},
                             ["Mensah"]),
        "data_processing_options JSON name": ({"data_processing_options": '["LDU", "Aminata Kamara"]'}, ["Kamara"]),
        "value Ghana Card": ({"value": "GHA-723456781-4", "currency": "GHS"}, ["723456781"]),
        "currency email": ({"value": "5", "currency": EMAIL}, [LOCAL]),
        "predicted_ltv phone": ({"predicted_ltv": "+233241234567", "value": "5", "currency": "GHS"}, ["241234567"]),
    }
    for name, (properties, forms) in values.items():
        yield (f"err {name}", "track", {"name": "Order Completed", "properties": properties}, forms)
    big = "x" * 70000
    yield ("err over-budget key is an address", "track", {"properties": {EMAIL: big}}, [LOCAL])
    yield ("err over-budget key is a phone", "track", {"properties": {"momo 0241234567": big}}, ["241234567"])


def _jmbg(body: str) -> str:  # twelve digits (a birth date DDMMYYY, a region, a serial) and the mod-11 check digit
    weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    check = 11 - sum(w * int(d) for w, d in zip(weights, body, strict=True)) % 11
    return body + str(0 if check > 9 else check)


JMBG = _jmbg("010199071000")

# Near misses of the newest rules: their ids, phone labels, introductions, titles and postal cues in layouts and
# places they were not written for.
NEAR: Dict[str, Tuple[str, str]] = {
    "id Albania capitals in a path": ("J85415012K", "J85415012K"),
    "id Belarus capitals after passport words": ("Pasport No. 3140385A004PB5", "3140385A004PB5"),
    "id Jordan English label": ("National No. 9861012345", "9861012345"),
    "id Jordan Arabic-Indic": ("الرقم الوطني ٩٨٦١٠١٢٣٤٥", "9861012345"),
    "id JMBG Cyrillic label": (f"ЈМБГ: {JMBG}", JMBG),
    "id JMBG spaced": (f"JMBG {JMBG[:7]} {JMBG[7:9]} {JMBG[9:]}", JMBG),
    "id Bangladesh NID Bengali digits label": ("জাতীয় পরিচয়পত্র নম্বর: ১৯৯০১২৩৪৫৬৭৮৯০১২৩", "19901234567890123"),
    "id Nepal NID": ("राष्ट्रिय परिचयपत्र नं. 123-456-7890", "1234567890"),
    "id Pakistan CNIC": ("CNIC: 35202-1234567-1", "3520212345671"),
    "id Sri Lanka NIC new": ("NIC: 199012345678", "199012345678"),
    "id Sri Lanka NIC old": ("NIC No 901234567V", "901234567"),
    "phone French portable": ("Portable : 76 12 34 56", "76123456"),
    "phone Burkina GSM": ("GSM: 70 12 34 56", "70123456"),
    "phone Niger fixe": ("Tél. fixe: 20 73 12 34", "20731234"),
    "phone Botswana cell": ("Cell: 71 234 567", "71234567"),
    "phone Arabic WhatsApp number": ("رقم الواتس: ٣٦١٢٣٤٥٦", "36123456"),
    "phone Numero Orange": ("Numéro Orange: 76 12 34 56", "76123456"),
    "phone Krio label": ("Mi fon nomba: 076 123456", "76123456"),
    "phone Hausa label": ("Lambar waya: +227 96 12 34 56", "96123456"),
    "name I'm from": ("I'm Kwame Mensah from Kumasi", "Kwame Mensah"),
    "name my name is": ("My name is Aminata Kamara", "Aminata Kamara"),
    "name je suis lower": ("je suis Fatou Traoré, cliente fidèle", "Fatou Traoré"),
    "name mon nom est": ("Mon nom est Koffi Adjovi", "Adjovi"),
    "name surname in capitals": ("Nom: KONATÉ Moussa", "KONATÉ"),
    "name lower case after label": ("customer name: nana yaa asantewaa", "asantewaa"),
    "name recipient": ("Recipient: Abdoulaye Maïga", "Maïga"),
    "name Bengali label": ("নাম: রহিম উদ্দিন", "রহিম"),
    "name Nepali my name": ("मेरो नाम राम थापा हो", "थापा"),
    "name chiefly Togbe": ("Togbe Afede XIV", "Afede"),
    "name Sheikh": ("Sheikh Hamad bin Khalifa", "Hamad bin Khalifa"),
    "postal Accra PO box": ("P.O. Box 1234, Accra", "Box 1234"),
    "postal Kumasi PMB": ("PMB 12, Kumasi", "PMB 12"),
    "postal Lome BP": ("BP 1234 Lomé", "BP 1234"),
    "postal Cotonou BP": ("B.P. 2156 Cotonou", "2156"),
    "postal Gaborone private bag": ("Private Bag X12, Gaborone", "Private Bag X12"),
    "postal Doha zone no commas": ("Zone 66 Street 950 Building 12", "Street 950"),
    "postal Muscat Arabic way": ("سكة ٢٧١٩، مبنى ١٤٨٠، الخوير", "٢٧١٩"),
}


def near_cases() -> Iterator[Case]:
    for name, (value, form) in NEAR.items():
        family, _, rest = name.partition(" ")
        yield from crossed(family, {f"near {rest}": (value, form)}, ["custom property", "page title", "url path"],
                           place)


# A few spellings in every leaf the README maps.
LEAF_VALUES: Dict[str, Dict[str, Tuple[str, str]]] = {
    "phone": {"leaf Qatar": ("+974 5512 3456", "55123456"), "leaf Ghana MoMo": ("MoMo 024 123 4567", "241234567"),
              "leaf Libya Arabic-Indic": ("هاتف ٠٩١٢٣٤٥٦٧٨", "912345678")},
    "mail": {"leaf plain": (EMAIL, LOCAL), "leaf base64": (_b64url(EMAIL), LOCAL)},
    "id": {"leaf Kuwait civil id": ("Civil ID: 285031501234", "285031501234")},
    "name": {"leaf Arabic label": ("Name: Khalid bin Rashid Al Thani", "Khalid bin Rashid")},
    "postal": {"leaf Manama": ("Flat 21, Building 1020, Road 3618, Block 336", "Road 3618")},
}
LEAVES = ["custom property", "text around it", "page title", "url path", "url query value", "utm_campaign",
          "fragment", "referrer", "search_string", "contents title", "contents brand", "contents category",
          "json property", "user agent", "page name", "content_name"]


def leaf_cases() -> Iterator[Case]:
    for family, values in LEAF_VALUES.items():
        yield from crossed(family, values, LEAVES, place)


def cases() -> List[Case]:
    return [*phone_cases(), *id_cases(), *postal_cases(), *name_cases(), *mail_cases(), *key_cases(),
            *meta_cases(), *err_cases(), *near_cases(), *leaf_cases()]


# Ordinary shop data of those places, with label-like and capitalised words: it must go out unchanged.
ORDINARY_VALUES: Dict[str, List[str]] = {
    "prices": ["QR 1,250.00", "25.500 KD", "OMR 12.750", "BD 4.500", "SDG 15,000", "LD 120.50", "GH₵ 450.00",
               "Le 250,000", "L$ 1,500", "25 000 FCFA", "150 000 GNF", "45 000 Ar", "Rs 1,299", "SR 350",
               "12 500 KMF", "N$ 899.99", "P 1,250.00", "M 350.00", "E 275.00", "١٢٥٫٥٠ ر.ق", "٣٥٠ د.ك"],
    "dates": ["15 Jumada al-Akhirah 1448", "1448/06/15 هـ", "٢٠٢٦/١١/٣٠", "30/11/2026", "Ramadan 1448 Offer",
              "Eid al-Adha 2026", "30 novembre 2026", "Alatsinainy 30 Novambra 2026", "Labobedi 30 Ngwanatsele"],
    "hours": ["Sat-Thu 9:00-22:00", "Fri 14:00-22:00", "Lun-Sam 8h-18h", "Open 24/7", "٩ص - ١٠م"],
    "codes": ["Order #100234", "INV-2026-00114", "Tracking GH123456789QA", "SKU KNT-2026-RED", "EAN 6291041500213",
              "Coupon EID2026", "Promo RAMADAN25", "v3.12.1", "Build 2026.11.30", "REF-ACC-0042",
              "Ticket #48213", "Batch 2026/11/07", "kente_scarf_red_1200x1200.jpg", "manual-KNT-200-fr.pdf",
              "CSV export 2026-11-30.csv", "Model KW-3618"],
    "titles": ["Thobe Al Khaleej White", "Abaya Umm Kulthum Collection", "Bisht Al Thani Edition",
               "Kente Cloth Nana Special", "Wax Print Vlisco Grand Super", "Shea Butter from Tamale",
               "Bogolan Mudcloth Bamako", "Lamba Landy Silk Madagascar", "Sega Drum Port Louis",
               "Seshweshwe Dress Blue", "Basotho Blanket Victoria", "Zone 66 Coffee Blend", "Building Blocks Set 1020",
               "Road 3618 Sneakers", "Way Finder Compass", "Block Print Tote", "Plot Twist Novel",
               "Abu Dhabi Travel Guide", "Umm Ali Dessert Mix", "Civil War History Book", "Name Necklace Gold",
               "Nom de la Rose Parfum", "Leina la Tlhago Soap", "Mobile Stand 360", "Tel Aviv Map Poster",
               "House of Kente", "Street 950 Hoodie", "Carré Hermès Style Scarf", "Porte-monnaie Cuir",
               "Lot de 3 pagnes", "Erf Garden Chair", "Plot 5 Notebook"],
    "categories": ["Robes > Abayas", "Men > Thobes & Bishts", "Tissus > Wax", "Épicerie > Karité",
                   "Ameublement > Lamba", "Maison > Décoration", "ملابس > عبايات", "Beauty > Oud & Bakhoor"],
    "brands": ["Al Haramain", "Ajmal", "Vlisco", "Woodin", "Nana Yaa Designs", "Abu Samra Dates", "Umm Sara Bakery",
               "Mama Africa Foods", "Chief Foods", "Kofi Brokeman Snacks"],
    "reviews": ["Very good quality, fast delivery to Doha", "Tres bon produit, livraison rapide a Bamako",
                "ممتاز جدا وشكرا", "Mo kontan ar sa prodwi la", "Ke a leboga, e ntle thata",
                "Nice fabric, my wife loved it", "5 stars, will order again", "Ndi kontan, merci beaucoup",
                "Dankie, baie mooi", "Asante sana, nzuri sana"],
    "sizes and specs": ["Size 56 / XL", "Taille 42", "6 yards x 45 inches", "220-240 V, 50 Hz", "Pack of 12",
                        "2 x 1.5 m", "500 g", "Length 58 inch", "64GB Dual SIM", "5000 mAh"],
    "near misses": ["Name: Gold Edition", "Phone Case Samsung A54", "Mobile Money Pouch", "ID Card Holder",
                    "NID Card Sleeve", "Civil ID Wallet", "CPR Training Kit", "NIC Cleaner Spray",
                    "Omang Cover Leather", "Block 3 Puzzle", "Zone 66 Poster", "House 22 Candle",
                    "Tel: 2 pack", "Mobile: 6.5 inch", "QID Holder Slim", "Me din de Kente",
                    "I am Legend DVD", "Chief Executive Mug", "Nana Hat", "Umm Kulthum Vinyl",
                    "GA-Series Watch", "Abu Dhabi Edition", "Mon Apel Kafe Blend", "Lot 12 Candle",
                    "Way 2 Go Backpack", "Flat 21 Sandals",
                    "Abu Khalid Oud 100ml", "Umm Sara Majboos Spice", "Name: Kente Deluxe", "CPR 2-pack Face Shield",
                    "Civil Engineering Handbook 2026", "Sunana Kasuwa Market Bag", "Me din Tee", "Mo apel Tee",
                    "Ke nna Hoodie", "Block 336 Bricks x 100", "Plot 12 Garden Kit", "Erf Seed Mix 500 g",
                    "Carré Blanc Linen", "Porte 12 Door Handle", "Zone 1 Delivery QR 15", "Road Bike 700c",
                    "Cell: 4 x AA batteries", "GSM Module SIM800L", "Portable : 15,6 pouces", "BP 1234 Engine Oil",
                    "Private Bag Collection", "PMB Series 12", "CNIC Card Holder", "NIC Cleaner 500 ml",
                    "My name is Khan DVD", "I'm Lovin' It Tee", "Sheikh Zayed Mosque Print", "Togbe Lamp",
                    "Recipient: Gift Box", "Mon nom est Personne Novel", "Zone 66 Street Map",
                    "Street Food Spice Pack", "Nana Benz Wax Print", "Chief Mandem Sneakers", "Fatou Bag Classic"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    places = {
        "custom property": ("track", lambda value: {"properties": {"label": value}}),
        "page title": ("page", lambda value: {"title": value}),
        "content_name": ("track", lambda value: {"name": "Order Completed", "properties": {
            "content_name": value, "value": "5", "currency": "USD"}}),
        "contents title": ("track", lambda value: {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "K-1", "title": value}])}}),
    }
    which = {"prices": ["custom property"], "dates": ["custom property", "page title"],
             "hours": ["custom property"], "codes": ["custom property", "page title"],
             "titles": ["page title", "content_name"], "categories": ["custom property"],
             "brands": ["contents title"], "reviews": ["custom property"],
             "sizes and specs": ["custom property"], "near misses": ["page title", "content_name"]}
    for family, values in ORDINARY_VALUES.items():
        for value in values:
            for where in which[family]:
                kind, overrides = places[where]
                yield (f"{family} {value} @ {where}", kind, overrides(value), value)
