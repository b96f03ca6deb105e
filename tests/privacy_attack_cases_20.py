"""A twentieth outside attack on the privacy gate, written from the README's promises alone, without reading the
gate's code nor the earlier attacks' cases: shoppers in Kinshasa, Douala, Luanda, Maputo, Harare and Lusaka, in
Kathmandu, Dhaka, Thimphu, Malé, Kabul, Bishkek, Dushanbe and Ashgabat (their mobiles and landlines in local
layouts and digits, mobile-money texts, national ids after their labels, addresses as those cities write them,
names after labels of their languages and self-introductions), data as marketing, e-mail and analytics tools leak
it (link tracking parameters, merge tags filled in, UTM fields, SMS texts, values in base32, base58, hex, URL-safe
base64 and JSON Web Tokens), near misses of the newest rules, in the leaves of Meta's payload the README maps and in
the fields whose failure is an `Err`.

Each case is (name, kind, make_event overrides, forms), as in the earlier attacks; the first word of a name is its
family. The ordinary cases are shop data of those places (prices with their currency signs, dates of their
calendars, codes, titles with label-like words) that must go out unchanged.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import Case, Ordinary, crossed

URL = "https://shop.example.com"
EMAIL = "marie.kabila@gmail.com"


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _b58(text: str) -> str:  # Bitcoin's alphabet, as link shorteners and referral tools use it
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    number = int.from_bytes(text.encode(), "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = alphabet[rest] + out
    return out


JWT = ".".join([_b64url('{"alg":"HS256","typ":"JWT"}'),
                _b64url(json.dumps({"sub": "42", "email": EMAIL, "exp": 1795500000})), "c2lnbmF0dXJl"])


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """Where an event carries `value`: (kind, make_event overrides)."""
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    places: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"comment": value}}),
        "text around it": ("track", {"properties": {"gift_message": f"Asante sana! {value} Merci"}}),
        "page title": ("page", {"title": value}),
        "url path": ("page", {"url": f"{URL}/u/{q}/orders"}),
        "url query value": ("page", {"url": f"{URL}/p?ref={q}"}),
        "utm_campaign": ("page", {"url": f"{URL}/p?utm_source=sms&utm_campaign={q}"}),
        "fragment": ("page", {"url": f"{URL}/#/checkout?ref={q}"}),
        "referrer": ("page", {"referrer": f"https://mail.example.net/inbox?ref={q}"}),
        "search_string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "contents title": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "title": value}])}}),
        "contents brand": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "brand": value}])}}),
        "contents category": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "category": value}])}}),
        "json property": ("track", {"properties": {"form": json.dumps({"field_7": value, "step": 2})}}),
        "user agent": ("track", {"user_agent": f"Mozilla/5.0 (Linux; Android 14; {value}) Mobile"}),
        "page name": ("page", {"properties": {"name": value}}),
        "content_name": ("track", {**order, "properties": {"content_name": value, "value": "5",
                                                            "currency": "USD"}}),
    }
    return places[where]


TEXT_PLACES = ["custom property", "text around it", "page title", "url query value", "search_string",
               "contents title", "json property"]
SHORT_PLACES = ["custom property", "page title", "url path", "fragment"]
URL_PLACES = ["url query value", "utm_campaign", "referrer", "fragment"]

# Mobiles and landlines of Central and Southern Africa: value, the national digits that must not leave.
AFRICA_PHONES: Dict[str, Tuple[str, str]] = {
    "DRC mobile international": ("+243 81 234 5678", "812345678"),
    "DRC mobile local": ("081 234 5678", "812345678"),
    "DRC mobile dotted": ("0812.345.678", "812345678"),
    "DRC mobile Airtel 099": ("+243 997 123 456", "997123456"),
    "Cameroon mobile pairs": ("6 77 12 34 56", "677123456"),
    "Cameroon mobile international": ("+237 677 12 34 56", "677123456"),
    "Cameroon landline Douala": ("+237 2 33 42 15 67", "233421567"),
    "Angola mobile local": ("923 123 456", "923123456"),
    "Angola mobile international": ("+244 923 123 456", "923123456"),
    "Angola mobile 00": ("00244 912 345 678", "912345678"),
    "Mozambique mobile local": ("84 123 4567", "841234567"),
    "Mozambique mobile international": ("+258 84 123 4567", "841234567"),
    "Mozambique mobile dashed": ("+258-86-765-4321", "867654321"),
    "Zimbabwe mobile local": ("077 212 3456", "772123456"),
    "Zimbabwe mobile international": ("+263 77 212 3456", "772123456"),
    "Zimbabwe landline Harare": ("+263 242 703 456", "242703456"),
    "Zambia mobile local": ("097 712 3456", "977123456"),
    "Zambia mobile international": ("+260 97 712 3456", "977123456"),
    "Zambia landline Lusaka": ("+260 211 254 321", "211254321"),
    "Zambia mobile unbroken": ("0977123456", "977123456"),
}
ASIA_PHONES: Dict[str, Tuple[str, str]] = {
    "Nepal mobile international": ("+977 984-1234567", "9841234567"),
    "Nepal mobile Devanagari": ("+९७७ ९८४१२३४५६७", "9841234567"),
    "Nepal mobile local": ("984 123 4567", "9841234567"),
    "Bangladesh mobile international": ("+880 1712-345678", "1712345678"),
    "Bangladesh mobile Bengali": ("০১৭১২-৩৪৫৬৭৮", "1712345678"),
    "Bangladesh mobile local": ("01712 345678", "1712345678"),
    "Bhutan mobile international": ("+975 17 12 34 56", "17123456"),
    "Maldives mobile international": ("+960 791 2345", "7912345"),
    "Afghanistan mobile international": ("+93 70 123 4567", "701234567"),
    "Afghanistan mobile Extended Arabic-Indic": ("۰۷۰۱۲۳۴۵۶۷", "701234567"),
    "Afghanistan mobile Arabic-Indic": ("+٩٣ ٧٩٩ ١٢٣ ٤٥٦", "799123456"),
    "Kyrgyz mobile international": ("+996 555 123 456", "555123456"),
    "Kyrgyz mobile local": ("0555 123 456", "555123456"),
    "Tajik mobile international": ("+992 93 123 4567", "931234567"),
    "Tajik mobile local": ("93-123-45-67", "931234567"),
    "Turkmen mobile international": ("+993 65 12 34 56", "65123456"),
    "Turkmen mobile 8 prefix": ("8 65 12-34-56", "65123456"),
}
# Mobile-money and SMS texts that carry the phone (and the name).
MONEY_TEXTS: Dict[str, Tuple[str, List[str]]] = {
    "M-Pesa DRC": ("M-Pesa: Vous avez envoyé 5000 FC à 0812345678 MUTOMBO KABASELE. Réf QK7H2", ["812345678"]),
    "Orange Money Cameroun": ("Orange Money: transfert de 10000 FCFA vers 677123456 réussi.", ["677123456"]),
    "EcoCash": ("EcoCash: You have sent ZiG 20.00 to 0772123456 TENDAI MOYO. Txn ID: MP240101.1234",
                ["772123456"]),
    "Airtel Money Zambia": ("Airtel Money: K50.00 sent to 0977123456 Mwila Chanda. Bal K120.", ["977123456"]),
    "Unitel Money": ("Unitel Money: enviou 2.000 Kz para 923 123 456 (Kalei Tchissola)", ["923123456"]),
    "M-Pesa Mozambique": ("M-Pesa: Transferiste 500MT para 841234567 - JOAQUIM MACHAVA", ["841234567"]),
    "eSewa Nepal": ("eSewa: Rs. 500 received from 9841234567 (Ram Thapa)", ["9841234567"]),
    "bKash Bangladesh": ("bKash: Tk 1,000.00 sent to 01712345678. TrxID 9AB12CD34E", ["1712345678"]),
    "SMS campaign opt-out": ("Reply STOP to opt out. Sent to +260977123456", ["977123456"]),
    "delivery rider": ("Your rider Amani will call you on 0977 123 456 at the gate", ["977123456"]),
}
# Phone numbers after labels of the personas' languages.
PHONE_LABELS: Dict[str, Tuple[str, str]] = {
    "French Téléphone": ("Téléphone : 6 77 12 34 56", "677123456"),
    "French Tél portable": ("Tél. portable: 81 234 5678", "812345678"),
    "Portuguese Telemóvel": ("Telemóvel: 923 123 456", "923123456"),
    "Portuguese Contacto": ("Contacto: 84 123 4567", "841234567"),
    "Lingala Nimero ya telefone": ("Nimero ya telefone: 081 234 5678", "812345678"),
    "Swahili Namba ya simu": ("Namba ya simu: 097 712 3456", "977123456"),
    "Shona Nhamba yefoni": ("Nhamba yefoni: 077 212 3456", "772123456"),
    "Bemba Inambala ya foni": ("Inambala ya foni: 097 712 3456", "977123456"),
    "Nepali फोन": ("फोन नं.: ९८४१२३४५६७", "9841234567"),
    "Bengali মোবাইল": ("মোবাইল নম্বর: ০১৭১২৩৪৫৬৭৮", "1712345678"),
    "Dari شماره تماس": ("شماره تماس: ۰۷۰۱۲۳۴۵۶۷", "701234567"),
    "Kyrgyz Телефон": ("Телефон номери: 0555 123 456", "555123456"),
    "Tajik Рақами телефон": ("Рақами телефон: 93 123 4567", "931234567"),
    "Turkmen Telefon": ("Telefon belgisi: 8 65 123456", "65123456"),
    "Dhivehi phone": ("ފޯނު: 791 2345", "7912345"),
    "WhatsApp six digits": ("WhatsApp: 712 345", "712345"),
    "Mobile label six digits": ("Mobile (home): 254 321", "254321"),
    "JSON newline before label": ("Livraison rapide\\nTel: 0977123456", "977123456"),
    "JSON newline inside layout": ("Commande 42\\nPhone\\n+263 77 212 3456", "772123456"),
    "hand-over phrase": ("Please hand over to my neighbour, call 0772 123 456", "772123456"),
    "JSON tab between label and number": ("Client\\tTel\\t0977123456", "977123456"),
    "French Fixe six digits": ("Fixe: 222 345", "222345"),
    "French Domicile six digits": ("Domicile : 254 321", "254321"),
    "Portuguese Fixo six digits": ("Telefone fixo: 222 345", "222345"),
    "Swahili Simu ya mkononi six digits": ("Simu ya mkononi: 712 345", "712345"),
    "Nepali mobile label six digits": ("मोबाइल: ९८४ १२३", "984123"),
}


def phone_cases() -> Iterator[Case]:
    yield from crossed("phone", AFRICA_PHONES, ["custom property", "page title", "url query value", "fragment",
                                                "contents title"], place)
    yield from crossed("phone", ASIA_PHONES, ["custom property", "page title", "url path", "search_string"], place)
    yield from crossed("phone", MONEY_TEXTS, ["custom property", "json property"], place)
    yield from crossed("phone", PHONE_LABELS, ["custom property", "text around it"], place)


# National ids after their labels and in their printed layouts.
IDS: Dict[str, Tuple[str, str]] = {
    "Angola BI alone": ("001234567LA042", "001234567LA042"),
    "Angola BI label": ("BI n.º 001234567LA042", "001234567"),
    "Angola BI spaced": ("Bilhete de Identidade: 001234567 LA 042", "001234567"),
    "Zimbabwe id printed": ("63-123456 A 42", "63123456"),
    "Zimbabwe id label": ("National ID: 63-123456A42", "63123456"),
    "Zimbabwe id compact": ("ID 63123456A42", "63123456"),
    "Zambia NRC printed": ("123456/10/1", "123456101"),
    "Zambia NRC label": ("NRC No: 123456/10/1", "123456101"),
    "Cameroon CNI label": ("CNI N° 112233445", "112233445"),
    "Cameroon CNI French label": ("Carte nationale d'identité: 1122334455667", "1122334455667"),
    "Mozambique NUIT label": ("NUIT: 123456789", "123456789"),
    "Mozambique BI label": ("BI nº 110100123456A", "110100123456"),
    "DRC carte d'électeur": ("Carte d'électeur n° 10123456789", "10123456789"),
    "Nepal citizenship English": ("Citizenship No. 27-01-71-01234", "27017101234"),
    "Nepal citizenship Devanagari": ("नागरिकता नं: २७-०१-७१-०१२३४", "27017101234"),
    "Bangladesh NID 10": ("NID: 1234567890", "1234567890"),
    "Bangladesh NID 13": ("NID No 1990123456789", "1990123456789"),
    "Bangladesh NID 17 alone": ("19901234567890123", "19901234567890123"),
    "Bangladesh NID Bengali label": ("জাতীয় পরিচয়পত্র নং: ১২৩৪৫৬৭৮৯০", "1234567890"),
    "Bhutan CID": ("CID No: 11512345678", "11512345678"),
    "Afghan tazkira Latin": ("Tazkira No: 1400-0101-12345", "1400010112345"),
    "Afghan tazkira Dari": ("شماره تذکره: ۱۴۰۰-۰۱۰۱-۱۲۳۴۵", "1400010112345"),
    "Kyrgyz PIN label": ("ПИН: 21201199000123", "21201199000123"),
    "Kyrgyz PIN alone": ("21201199000123", "21201199000123"),
    "Kyrgyz passport": ("Паспорт: AN 1234567", "AN1234567"),
    "Tajik passport": ("Шиносномаи №: 401234567", "401234567"),
    "Tajik INN": ("РМА: 510012345", "510012345"),
    "Turkmen passport": ("Pasport: I-AŞ 123456", "123456"),
    "Maldives id card": ("ID Card No: A123456", "A123456"),
    "Bulgarian EGN unlabelled in text": ("EGN 7501020018", "7501020018"),
    "Croatian OIB in layout": ("OIB: 694 216 820 36", "69421682036"),
    "Croatian OIB unlabelled in text": ("Račun za 69421682036 hvala", "69421682036"),
    "Bulgarian EGN dashed": ("ЕГН 750102-0018", "7501020018"),
    "Serbian JMBG grouped": ("JMBG: 010199 071 0008", "0101990710008"),
    "Chilean RUT without dots": ("RUT 12345678-5", "123456785"),
    "Chilean RUT spaced": ("R.U.T.: 18 765 432-7", "187654327"),
    "Argentine CUIT spaced": ("CUIT 20 12345678 6", "20123456786"),
    "Uruguayan CI dotted": ("C.I. 1.234.567-2", "12345672"),
}


def _egn_ok(number: str) -> bool:
    weights = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    rest = sum(int(d) * w for d, w in zip(number[:9], weights, strict=True)) % 11
    return (rest % 10) == int(number[9])


def _oib_ok(number: str) -> bool:
    rest = 10
    for digit in number[:10]:
        rest = (rest + int(digit)) % 10 or 10
        rest = (rest * 2) % 11
    return (11 - rest) % 10 == int(number[10])


EGN = "7501020018"
OIB = "69421682036"
assert _egn_ok(EGN) and _oib_ok(OIB)


def id_cases() -> Iterator[Case]:
    yield from crossed("id", IDS, ["custom property", "text around it", "url query value", "page title"], place)
    order = {"name": "Order Completed"}
    amounts = {"EGN as value": ("value", EGN), "OIB as value": ("value", OIB),
               "EGN as predicted_ltv": ("predicted_ltv", EGN)}
    for name, (key, number) in amounts.items():
        yield (f"id {name}", "track", {**order, "properties": {key: number, "currency": "USD"}}, [number])
    yield ("id OIB as contents item_price", "track", {**order, "properties": {
        "currency": "USD", "contents": json.dumps([{"id": "S-1", "item_price": int(OIB), "quantity": 1}])}}, [OIB])


# Addresses as those cities write them: value, a piece that must not leave.
ADDRESSES: Dict[str, Tuple[str, str]] = {
    "Kinshasa avenue commune": ("Avenue Kasa-Vubu n° 45, Commune de Kalamu, Kinshasa", "Kasa-Vubu n° 45"),
    "Kinshasa quartier": ("45, av. Kasa-Vubu, Q/Matonge, C/Kalamu", "Kasa-Vubu"),
    "Luanda rua prédio": ("Rua Rainha Ginga, Prédio 12, 3º Andar, Apt 7, Luanda", "Rainha Ginga"),
    "Luanda bairro casa": ("Bairro Maianga, Rua 5, Casa nº 23", "Casa nº 23"),
    "Maputo avenida": ("Av. 24 de Julho, nº 1234, 2º andar, Maputo", "24 de Julho, nº 1234"),
    "Harare stand": ("Stand 1234, Mabelreign, Harare", "Stand 1234"),
    "Harare house number": ("No. 15 Samora Machel Avenue, Harare", "Samora Machel"),
    "Lusaka plot": ("Plot 5028, Kabulonga Road, Lusaka", "Plot 5028"),
    "Lusaka house": ("House No. 12, Leopards Hill Road, Lusaka", "Leopards Hill"),
    "Douala landmark": ("Quartier Akwa, derrière la pharmacie du Centre, Douala", "derrière la pharmacie"),
    "Douala lieu-dit": ("Bonamoussadi, carrefour Kotto, maison bleue après la boulangerie", "carrefour Kotto"),
    "Kathmandu ward tole": ("Ward No. 4, Thamel Tole, Kathmandu", "Thamel Tole"),
    "Kathmandu Devanagari": ("वडा नं. ४, ठमेल टोल, काठमाडौं", "ठमेल टोल"),
    "Dhaka house road": ("House 12, Road 5, Dhanmondi, Dhaka 1205", "Road 5, Dhanmondi"),
    "Dhaka Bengali": ("বাড়ি ১২, রোড ৫, ধানমন্ডি, ঢাকা ১২০৫", "ধানমন্ডি"),
    "Male house magu": ("H. Blue Lagoon, Majeedhee Magu, Malé 20026", "Majeedhee Magu"),
    "Male Thaana": ("ހ. ބްލޫ ލަގޫން، މަޖީދީ މަގު، މާލެ", "މަޖީދީ މަގު"),
    "Kabul Dari": ("کارته سه، سرک پنجم، خانه ۱۲، کابل", "کارته سه"),
    "Kabul Latin": ("Karte Se, Street 5, House 12, Kabul", "Karte Se"),
    "Bishkek microdistrict": ("микрорайон 7, дом 12, кв 45, Бишкек", "дом 12, кв 45"),
    "Bishkek Latin": ("mkr. Asanbai, d. 12, kv. 45, Bishkek", "Asanbai"),
    "Dushanbe Tajik": ("кӯчаи Рӯдакӣ 45, хонаи 12, Душанбе", "Рӯдакӣ 45"),
    "Ashgabat Turkmen": ("Görogly köçesi 35, jaý 12, öý 4, Aşgabat", "Görogly"),
    "Thimphu": ("Flat 3, Building 12, Norzin Lam, Thimphu", "Norzin Lam"),
    "Delivery hand-over": ("Deliver to: Plot 5028, Kabulonga, leave with the guard", "Plot 5028"),
}


def postal_cases() -> Iterator[Case]:
    yield from crossed("postal", ADDRESSES, ["custom property", "text around it", "page title", "url query value",
                                             "contents title"], place)


# Names after labels and in self-introductions of the personas' languages.
NAMES: Dict[str, Tuple[str, str]] = {
    "French Nom": ("Nom : Mutombo Kabasele", "Mutombo"),
    "French Nom et prénom": ("Nom et prénom: KABILA Marie-Josée", "Marie-Jos"),
    "French self-introduction": ("Je m'appelle Christelle Ngono", "Ngono"),
    "Portuguese Nome": ("Nome completo: João Manuel dos Santos", "Manuel dos Santos"),
    "Portuguese self-introduction": ("O meu nome é Kalei Tchissola", "Tchissola"),
    "Lingala Nkombo": ("Nkombo: Mbuyi Tshilombo", "Tshilombo"),
    "Lingala self-introduction": ("Nkombo na ngai Mbuyi Tshilombo", "Tshilombo"),
    "Swahili Jina": ("Jina: Amani Mwamba", "Mwamba"),
    "Swahili self-introduction": ("Jina langu ni Amani Mwamba", "Mwamba"),
    "Shona Zita": ("Zita: Tendai Moyo", "Tendai Moyo"),
    "Shona self-introduction": ("Zita rangu ndinonzi Tendai Moyo", "Tendai Moyo"),
    "Bemba Ishina": ("Ishina: Mwila Chanda", "Mwila Chanda"),
    "Bemba self-introduction": ("Ishina lyandi ni Mwila Chanda", "Mwila Chanda"),
    "Umbundu Onduko": ("Onduko: Kalei Tchissola", "Tchissola"),
    "Nepali नाम": ("नाम: राम बहादुर थापा", "थापा"),
    "Nepali self-introduction": ("मेरो नाम राम बहादुर थापा हो", "थापा"),
    "Nepali Latin": ("Naam: Ram Bahadur Thapa", "Bahadur Thapa"),
    "Bengali নাম": ("নাম: মোহাম্মদ রহিম উদ্দিন", "রহিম"),
    "Bengali self-introduction": ("আমার নাম রহিম উদ্দিন", "রহিম"),
    "Dhivehi ނަން": ("ނަން: އަޙްމަދު ނާޞިރު", "ނާޞިރު"),
    "Dari نام": ("نام و تخلص: احمد شاه رحیمی", "رحیمی"),
    "Pashto نوم": ("نوم: ګل احمد وردک", "وردک"),
    "Kyrgyz Аты-жөнү": ("Аты-жөнү: Асанов Бакыт Төлөгөнович", "Асанов"),
    "Kyrgyz self-introduction": ("Менин атым Бакыт Асанов", "Асанов"),
    "Tajik Ному насаб": ("Ному насаб: Раҳимов Фаррух", "Раҳимов"),
    "Turkmen Ady": ("Ady we familiýasy: Merdan Orazow", "Orazow"),
    "Dzongkha Latin": ("Name: Karma Wangchuk Dorji", "Wangchuk Dorji"),
    "chiefly title Zambia": ("Chief Mwamba Chanda Mukuka", "Mukuka"),
    "chiefly title Cameroon": ("Fon Abumbi Ndefru of Bafut", "Ndefru"),
    "chiefly title Zimbabwe": ("Ishe Tendai Chirau", "Chirau"),
    "Mama title": ("Maman Christelle Ngono", "Ngono"),
    "recipient label Portuguese": ("Destinatário: Joaquim Machava", "Machava"),
    "recipient label French": ("Destinataire : Christelle NGONO", "NGONO"),
    "lead scoring note": ("Lead score 85 - contact: Christelle Ngono, hot lead", "Ngono"),
    "signed SMS": ("Merci pour votre commande, Mme Christelle Ngono.", "Ngono"),
    "merge tag filled Cher": ("Cher Mutombo Kabasele, votre colis est arrivé", "Mutombo"),
    "merge tag filled Hi": ("Hi Marie, your cart is waiting", "Hi Marie"),
    "referral code from a name": ("MARIEKABILA10", "MARIEKABILA"),
    "okina after Name label": ("Name: Kaʻiulani Kealoha", "Kealoha"),
    "okina after Mrs": ("Mrs. Kaʻiulani Kealoha", "Kealoha"),
    "okina as apostrophe after Inoa": ("Inoa: Ka'iulani Kealoha", "Kealoha"),
    "French Je suis": ("Je suis Christelle Ngono, cliente depuis 2020", "Ngono"),
    "Portuguese Sou o": ("Sou o Joaquim Machava, de Maputo", "Machava"),
    "Swahili Mimi ni": ("Mimi ni Amani Mwamba", "Mwamba"),
    "Shona Ndini": ("Ndini Tendai Moyo", "Tendai Moyo"),
    "Nepali म हुँ": ("म राम थापा हुँ", "थापा"),
    "hand-over French Remettre à": ("Remettre à Christelle Ngono en main propre", "Ngono"),
    "hand-over Portuguese Entregar a": ("Entregar a Joaquim Machava na portaria", "Machava"),
    "hand-over English Give to": ("Give to Tendai Moyo at the gate", "Tendai Moyo"),
    "hand-over Swahili Mkabidhi": ("Mkabidhi Amani Mwamba getini", "Mwamba"),
    "JSON newline after label": ("Nom\\nMutombo Kabasele", "Mutombo"),
}


def name_cases() -> Iterator[Case]:
    yield from crossed("name", NAMES, ["custom property", "page title", "url query value", "contents title"], place)


# E-mail addresses as marketing, e-mail and analytics tools leak them, and spelled in the personas' words.
MAILS: Dict[str, Tuple[str, str]] = {
    "plain": (EMAIL, "marie.kabila"),
    "base32": (base64.b32encode(EMAIL.encode()).decode(), "marie.kabila"),
    "base32 unpadded": (base64.b32encode(EMAIL.encode()).decode().rstrip("="), "marie.kabila"),
    "base58": (_b58(EMAIL), "marie.kabila"),
    "hex": (EMAIL.encode().hex(), "marie.kabila"),
    "hex upper": (EMAIL.encode().hex().upper(), "marie.kabila"),
    "base64 URL-safe": (_b64url(EMAIL), "marie.kabila"),
    "JWT": (JWT, "marie.kabila"),
    "French arobase": ("marie.kabila arobase gmail point com", "marie.kabila"),
    "Portuguese arroba": ("marie.kabila arroba gmail ponto com", "marie.kabila"),
    "Russian собака": ("bakyt.asanov собака mail точка ru", "bakyt.asanov"),
    "at the rate": ("ram.thapa at the rate gmail dot com", "ram.thapa"),
    "Bengali এট": ("rahim.uddin এট gmail ডট কম", "rahim.uddin"),
    "Nepali at": ("ram.thapa@gmail.com.np", "ram.thapa"),
    "lead scoring note": ("Lead score 85, contact marie.kabila@gmail.com, hot", "marie.kabila"),
    "SMS campaign": ("Hi! Confirm your email tendai.moyo@yahoo.com to get 10% off", "tendai.moyo"),
}
# The same addresses in e-mail link tracking parameters and UTM fields.
TRACKING_URLS: Dict[str, Tuple[str, str]] = {
    "mc_eid next to mc_email": (f"{URL}/p?mc_cid=ab12cd&mc_eid=9f8e7d6c5b&mc_email={quote(EMAIL)}",
                                "marie.kabila"),
    "_hsenc with hsmi and email": (f"{URL}/p?_hsenc=p2ANqtz-8abc&_hsmi=2&email={quote(EMAIL)}", "marie.kabila"),
    "vero_id holding an address": (f"{URL}/p?vero_conv=x1&vero_id={quote(EMAIL)}", "marie.kabila"),
    "ck_subscriber_id with email": (f"{URL}/p?ck_subscriber_id=1234567&ck_email={quote(EMAIL)}",
                                    "marie.kabila"),
    "utm_term address": (f"{URL}/p?utm_source=newsletter&utm_term={quote(EMAIL)}", "marie.kabila"),
    "utm_content base64 address": (f"{URL}/p?utm_content={_b64url(EMAIL)}", "marie.kabila"),
    "utm_campaign with phone": (f"{URL}/p?utm_campaign=sms_%2B260977123456", "977123456"),
    "utm_content name and phone": (f"{URL}/p?utm_content=Tendai%20Moyo%200772123456", "772123456"),
    "klaviyo _kx with email": (f"{URL}/p?_kx=abc.XYZ&email_address={quote(EMAIL)}", "marie.kabila"),
    "session replay with email": (f"{URL}/p?hjuid=abc&visitor_email={quote(EMAIL)}", "marie.kabila"),
    "ab test variant with email": (f"{URL}/p?ab_variant=B&ab_user={quote(EMAIL)}", "marie.kabila"),
    "jwt in token": (f"{URL}/verify?token={JWT}", "marie.kabila"),
    "fragment access token": (f"{URL}/#id_token={JWT}&state=x", "marie.kabila"),
    "newsletter confirm hex": (f"{URL}/newsletter/confirm/{EMAIL.encode().hex()}", "marie.kabila"),
    "newsletter confirm base32": (f"{URL}/newsletter/confirm/{base64.b32encode(EMAIL.encode()).decode()}",
                                  "marie.kabila"),
}


def mail_cases() -> Iterator[Case]:
    yield from crossed("mail", MAILS, ["custom property", "page title", "url query value", "contents brand",
                                       "user agent"], place)
    for name, (url, form) in TRACKING_URLS.items():
        yield (f"mail {name} @ page url", "page", {"url": url}, [form])
        yield (f"mail {name} @ referrer", "page", {"referrer": url}, [form])


# Personal keys in the personas' languages, their values unremarkable alone.
KEYS: Dict[str, Tuple[str, str]] = {
    "nambala_ya_simu": ("712 345", "712345"),
    "simu": ("712 345", "712345"),
    "telemovel": ("923 12", "92312"),
    "telefone_contacto": ("923 123", "923123"),
    "nimero_ya_telefone": ("812 345", "812345"),
    "फोन_नम्बर": ("841 234", "841234"),
    "মোবাইল_নম্বর": ("712 345", "712345"),
    "телефон": ("555 123", "555123"),
    "рақами_телефон": ("931 234", "931234"),
    "telefon_belgisi": ("651 234", "651234"),
    "nome_completo": ("Kalei Tchissola", "Tchissola"),
    "nom_complet": ("Mutombo Kabasele", "Kabasele"),
    "jina_kamili": ("Amani Mwamba", "Mwamba"),
    "zita": ("Tendai Moyo", "Tendai Moyo"),
    "ishina": ("Mwila Chanda", "Mwila Chanda"),
    "नाम": ("Ram Thapa", "Ram Thapa"),
    "নাম": ("Rahim Uddin", "Rahim Uddin"),
    "аты_жөнү": ("Бакыт Асанов", "Асанов"),
    "ному_насаб": ("Фаррух Раҳимов", "Раҳимов"),
    "ady": ("Merdan Orazow", "Orazow"),
    "endereco_entrega": ("Prédio 12, Apt 7", "Prédio 12"),
    "adresse_livraison": ("Q/Matonge, C/Kalamu", "Matonge"),
    "anwani": ("Plot 5028 Kabulonga", "Plot 5028"),
    "ठेगाना": ("Thamel Tole 4", "Thamel Tole"),
    "ঠিকানা": ("Dhanmondi R5 H12", "Dhanmondi"),
    "дарек": ("мкр 7 д 12", "мкр 7"),
    "numero_bi": ("001234567LA042", "001234567"),
    "nrc_number": ("123456/10/1", "123456101"),
    "nuit": ("123456789", "123456789"),
    "tazkira": ("1400-0101-12345", "1400010112345"),
    "nid_number": ("1990123456789", "1990123456789"),
    "mpesa_number": ("0812345678", "812345678"),
    "ecocash_number": ("0772123456", "772123456"),
    "mobile_money_account": ("977123456", "977123456"),
}


def key_cases() -> Iterator[Case]:
    for key, (value, form) in KEYS.items():
        yield (f"key {key}: custom property", "track", {"properties": {key: value}}, [form])
        yield (f"key {key}: url query", "page", {"url": f"{URL}/p?{quote(key)}={quote(value)}"}, [form])
        yield (f"key {key}: contents item", "track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", key: value}])}}, [form])
    keys = {"address as key": (EMAIL, "marie.kabila"), "phone as key": ("tel_0977123456", "977123456"),
            "name and phone as key": ("Tendai Moyo 0772123456", "772123456")}
    for name, (key, form) in keys.items():
        yield (f"key {name}: custom property", "track", {"properties": {key: "1"}}, [form])
        yield (f"key {name}: url query", "page", {"url": f"{URL}/p?{quote(key)}=1"}, [form])


def meta_cases() -> Iterator[Case]:
    order = {"name": "Order Completed"}
    values = {"phone international": ("+260977123456", "977123456"), "email": (EMAIL, "marie.kabila"),
              "phone local dashed": ("097-712-3456", "977123456"), "name and phone": ("Moyo-0772123456", "772123456"),
              "email base64": (_b64url(EMAIL), "marie.kabila"), "Bengali digits": ("০১৭১২৩৪৫৬৭৮", "1712345678"),
              "Zambia NRC": ("123456/10/1", "123456101"), "Angola BI": ("001234567LA042", "001234567LA042")}
    for name, (value, form) in values.items():
        yield (f"meta order_id {name}", "track", {**order, "properties": {
            "order_id": value, "value": "5", "currency": "USD"}}, [form])
        yield (f"meta event_id {name}", "track", {"properties": {"event_id": value}}, [form])
        yield (f"meta subscription_id {name}", "track", {"properties": {"subscription_id": value}}, [form])
        yield (f"meta content_ids {name}", "track", {"name": "Product Added", "properties": {
            "content_ids": f"S-1,{value}"}}, [form])
        yield (f"meta contents id {name}", "track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": value, "quantity": 1}])}}, [form])
    ms = 1732875000000
    ids = {"lead_id with country code": ("lead_id", "260977123456", "977123456"),
           "fb_login_id with country code": ("fb_login_id", "243812345678", "812345678"),
           "lead_id Nepal mobile": ("lead_id", "9779841234567", "9841234567"),
           "fb_login_id trunk Zambia": ("fb_login_id", "0977123456", "977123456"),
           "fbc payload phone": ("fbc", f"fb.1.{ms}.IwAR0977123456", "977123456"),
           "fbc payload email words": ("fbc", f"fb.1.{ms}.marie_kabila_gmail_com", "marie_kabila"),
           "fbc payload NRC": ("fbc", f"fb.1.{ms}.IwAR123456-10-1", "123456101"),
           "fbp payload Nepal mobile": ("fbp", f"fb.1.{ms}.9841234567", "9841234567"),
           "fbp payload Bangladesh mobile": ("fbp", f"fb.1.{ms}.8801712345678", "1712345678")}
    for name, (key, value, form) in ids.items():
        yield (f"meta {name}", "track", {"properties": {key: value}}, [form])
    yield ("meta fbclid in page url", "page", {"url": f"{URL}/p?fbclid=IwAR0977123456"}, ["977123456"])


def err_cases() -> Iterator[Case]:
    order = {"name": "Order Completed"}
    values = {"phone": ("+260 97 712 3456", "977123456"), "email": (EMAIL, "marie.kabila"),
              "name": ("Tendai Moyo", "Tendai Moyo"), "NRC": ("123456/10/1", "123456/10/1"),
              "Devanagari phone": ("९८४१२३४५६७", "9841234567"), "JWT": (JWT, JWT[:20])}
    for name, (value, form) in values.items():
        fields: Dict[str, Tuple[str, Dict[str, Any]]] = {
            "currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
            "value": ("track", {**order, "properties": {"value": value, "currency": "USD"}}),
            "opt_out": ("track", {"properties": {"opt_out": value}}),
            "action_source": ("track", {"properties": {"action_source": value}}),
            "data_processing_options": ("track", {"properties": {"data_processing_options": value}}),
            "contents quantity": ("track", {**order, "properties": {"currency": "USD", "contents": json.dumps(
                [{"id": "S-1", "item_price": 5, "quantity": value}])}}),
        }
        for field, (kind, overrides) in fields.items():
            yield (f"err {name} @ {field}", kind, overrides, [form])


# One value of each family in every leaf the README maps, plain and encoded as tools encode them.
PHONE = "+260 97 712 3456"
LEAF_VALUES: Dict[str, Dict[str, Tuple[str, str]]] = {
    "phone": {"leaf Zambia": (PHONE, "977123456"), "leaf Zambia base64": (_b64url(PHONE), "977123456"),
              "leaf Zambia hex": (PHONE.encode().hex(), "977123456"),
              "leaf Zambia base32": (base64.b32encode(PHONE.encode()).decode(), "977123456"),
              "leaf Nepal Devanagari": ("मोबाइल ९८४१२३४५६७", "9841234567"),
              "leaf Cameroon pairs label": ("Tél: 6 77 12 34 56", "677123456")},
    "mail": {"leaf plain": (EMAIL, "marie.kabila"), "leaf base58": (_b58(EMAIL), "marie.kabila"),
             "leaf JWT": (JWT, "marie.kabila")},
    "name": {"leaf Portuguese label": ("Nome completo: João Manuel dos Santos", "Manuel dos Santos"),
             "leaf French label": ("Nom : Mutombo Kabasele", "Mutombo"),
             "leaf name base64": (_b64url("Nom : Mutombo Kabasele"), "Mutombo")},
    "id": {"leaf Zimbabwe label": ("National ID: 63-123456A42", "63123456"),
           "leaf Bangladesh NID": ("NID: 1234567890", "1234567890")},
    "postal": {"leaf Lusaka plot": ("Plot 5028, Kabulonga Road, Lusaka", "Plot 5028"),
               "leaf Dhaka house road": ("House 12, Road 5, Dhanmondi, Dhaka 1205", "Road 5, Dhanmondi")},
}
LEAVES = ["custom property", "text around it", "page title", "url path", "url query value", "utm_campaign",
          "fragment", "referrer", "search_string", "contents title", "contents brand", "contents category",
          "json property", "user agent", "page name", "content_name"]


def leaf_cases() -> Iterator[Case]:
    for family, values in LEAF_VALUES.items():
        yield from crossed(family, values, LEAVES, place)


def cases() -> List[Case]:
    return [*phone_cases(), *id_cases(), *postal_cases(), *name_cases(), *mail_cases(), *key_cases(),
            *meta_cases(), *err_cases(), *leaf_cases()]


# Ordinary shop data of those places, with label-like and capitalised words: it must go out unchanged.
ORDINARY_VALUES: Dict[str, List[str]] = {
    "prices": ["15 000 FC", "25.000 FCFA", "12 500 Kz", "1.250,00 MT", "ZiG 45.50", "K 350.00", "रु 1,500",
               "৳ 2,450", "Nu. 1,200", "Rf 350.00", "؋ 2,500", "1 200 сом", "350 SM", "120 TMT", "Rs. 4,999",
               "Tk 1,000", "USD 19.99 / 2 700 000 FC"],
    "dates": ["२०८१-०८-१५", "15 Mangsir 2081 BS", "১৫ অগ্রহায়ণ ১৪৩১", "1403/09/10", "۱۴۰۳/۰۹/۱۰",
              "10 Qaws 1403", "30.11.2026", "2026-11-30", "Dashain offer 2081"],
    "hours": ["Lun-Sam 08h00-18h00", "Seg-Sex 8h-17h", "Sun-Thu 10:00-20:00", "Open 9 AM - 9 PM",
              "सोम-शुक्र १०-६", "Пн-Пт 09:00-18:00"],
    "codes": ["SKU KIN-2026-0045", "Ref. CMD-240512", "Order #100234", "Invoice FAC-2026/00123",
              "Tracking RR123456789CD", "EAN 6009800000012", "Fatura nº FT 2026/123", "Facture N° 2026-045",
              "Commande n° 45871", "AWB 176-12345675", "Lot 2026-11", "Bon de livraison BL-0045",
              "Pedido nº 12345", "Nota fiscal 001/2026", "v3.12.1", "Android 14", "MIUI 14.0.5",
              "COUPON DASHAIN25", "EID2026", "BLACKFRIDAY20", "NOEL-2026", "Code promo: KINSHASA10"],
    "titles": ["Pagne Wax Hollandais 6 yards", "Tissu Wax Vlisco Super Java", "Capulana Estampada 2m",
               "Chitenge Zambia print", "Nsima pot 5L", "Kapenta dried fish 1kg", "Mealie meal Roller 10kg",
               "Dhaka Topi traditional cap", "Pashmina shawl Kathmandu", "Jamdani saree cotton",
               "Gho Bhutan traditional dress", "Kyrgyz Kalpak felt hat", "Chapan Tajik robe",
               "Turkmen Carpet Tekke 2x3", "Afghan Lapis Lazuli Necklace", "Maldives Tuna Flakes 200g",
               "Ndolé épicé en boîte", "Poulet DG sauce", "Muamba de Galinha kit", "Sadza Maker Deluxe",
               "Chief Keef Poster", "Mama Africa Candle", "Mister Tembo Toy Elephant", "Madame Brouette Coffee",
               "Jina la Bidhaa: Kitenge", "Nom du produit: Pagne", "Nome do produto: Capulana",
               "नाम: ढाका टोपी", "পণ্যের নাম: জামদানি", "Аталышы: калпак", "Телефон Samsung Galaxy A15",
               "Phone case for Tecno Spark 20", "Téléphone Itel A70 4G", "Telemóvel Samsung A05",
               "Plot Twist Board Game", "Stand Mixer 1200W", "Road Runner Sneakers", "Ward Robe 3 doors",
               "House of Wax Candles", "Avenue Perfume 100ml", "Rua Augusta T-shirt", "Magu Blue Mug",
               "Tole painting kit", "микрорайон набор LEGO", "Contact lens solution 360ml",
               "Address book A5 leather", "Name tag stickers 100 pcs", "Hi-Fi speaker 2.1",
               "Hello Kitty backpack", "Dear Diary notebook", "Signed by the artist: limited print",
               "Made in Zambia", "Sold by: Kalahari Crafts", "Shipped from Lusaka", "Pick-up at Stand 12, market"],
    "categories": ["Mode > Pagnes", "Moda > Capulanas", "Electronics > Phones > Tecno",
                   "Groceries / Mealie Meal", "कपडा > ढाका", "পোশাক > শাড়ি", "Кийим > Калпак", "Либос > Чапан",
                   "لباس > چپن", "Haiba na Urembo", "Zvekudya", "Ifyakulya"],
    "brands": ["Vlisco", "Uniwax", "Tecno", "Itel", "Infinix", "Zambeef", "Delta Beverages", "Primus",
               "Castel Beer", "Cuca", "Pran", "Walton", "Wai Wai", "Druk Supreme", "Shirin", "Aman Bank"],
    "reviews": ["Très bon produit, livraison rapide à Kinshasa", "Muito bom, chegou em Luanda em 3 dias",
                "Great quality, delivered to Harare CBD", "Asante, bidhaa nzuri sana",
                "राम्रो सामान, छिटो डेलिभरी", "খুব ভালো পণ্য", "Жакшы товар, рахмат", "Maci zbaba, ndatenda",
                "5 stars - would buy again", "Size runs small, order one up"],
    "near misses": ["Je suis Charlie T-shirt", "Sou Fã de Futebol Mug", "Remettre à neuf: kit de réparation",
                    "Entregar a domicílio grátis", "Give to Charity Edition Tote", "Chief Executive Pen Set",
                    "Fon of Bafut Museum Print", "Mimi ni Mama Africa CD", "Hawaiʻi Kona Coffee 250g",
                    "Kaʻanapali Beach Towel", "Mahalo Nui Loa greeting card", "Mobile: 4G ready",
                    "Fixe: garantie 2 ans", "Tel. 2 pack", "Phone: 6.5 inch screen", "Name: Classic Wax",
                    "Nom: Pagne Super Wax", "Jina: Kitenge Classic", "Ishina: Chitenge Print",
                    "Hand over the gift box", "RUT de la tienda: 76.123.456-7", "Size 750102 pack",
                    "Model 2012345678", "Series 694 216 820", "Ward 4 Edition Poster", "Stand Up Paddle 10ft",
                    "Plot Armor Hoodie", "Road 5 Running Shoes", "Magu Ocean Blue Mug", "Tole Craft Box"],
    "sizes and specs": ["EU 42 / UK 8", "XL (56-58)", "6 yards / 5.5 m", "1200 W, 220-240 V", "4G LTE 128GB",
                        "5000 mAh", "2x3 m", "Taille 44", "Tamanho 40", "Размер 46-48"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    places = {
        "custom property": ("track", lambda value: {"properties": {"label": value}}),
        "page title": ("page", lambda value: {"title": value}),
        "content_name": ("track", lambda value: {"name": "Order Completed", "properties": {
            "content_name": value, "value": "5", "currency": "USD"}}),
        "contents title": ("track", lambda value: {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "title": value}])}}),
    }
    which = {"prices": ["custom property", "page title"], "dates": ["custom property", "page title"],
             "hours": ["custom property"], "codes": ["custom property", "page title"],
             "titles": ["page title", "content_name", "contents title"], "categories": ["custom property"],
             "brands": ["contents title"], "reviews": ["custom property"],
             "sizes and specs": ["custom property", "contents title"], "near misses": ["page title", "content_name"]}
    for family, values in ORDINARY_VALUES.items():
        for value in values:
            for where in which[family]:
                kind, overrides = places[where]
                yield (f"{family} {value} @ {where}", kind, overrides(value), value)
