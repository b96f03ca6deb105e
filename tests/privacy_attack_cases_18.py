"""An eighteenth outside attack on the privacy gate, written from the README's promises alone (section "Personal data:
one budget in, one gate out") without reading the gate's code nor the earlier attacks' cases: shoppers in Tbilisi,
Yerevan, Baku, Tashkent and Ulaanbaatar and in Addis Ababa, Kampala, Kigali, Dar es Salaam, Yangon, Phnom Penh and
Colombo, their phones (also in Myanmar and Khmer digits), national ids after their labels,
addresses in local scripts and in English layouts, names after labels in local languages and scripts, support chats,
assistant summaries and voice transcripts, each in several leaves of Meta's payload the README maps; and ordinary shop
data of those places (prices with local signs, order numbers, dates, versions) that must go out.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import Case, Ordinary

URL = "https://shop.example.com"


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """(kind, make_event overrides) putting `value` in one leaf of the event the README maps to Meta's payload."""
    q = quote(value, safe="")
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "property": ("track", {"properties": {"note": value}}),
        "sentence": ("track", {"properties": {"gift_message": f"Please deliver: {value}. Thanks"}}),
        "page title": ("page", {"title": value}),
        "url query": ("page", {"url": f"{URL}/checkout?ref={q}"}),
        "url path": ("page", {"url": f"{URL}/u/{q}/orders"}),
        "fragment": ("page", {"url": f"{URL}/#/track?c={q}"}),
        "referrer query": ("page", {"referrer": f"https://chat.example.net/t?m={q}"}),
        "search_string": ("track", {"name": "Products Searched", "properties": {"search_string": value}}),
        "contents title": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", "title": value}])}}),
        "json property": ("track", {"properties": {"payload": json.dumps({"msg": value})}}),
        "utm_campaign": ("page", {"url": f"{URL}/p?utm_source=sms&utm_campaign={q}"}),
        "err currency": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": value}}),
        "err value": ("track", {"name": "Order Completed", "properties": {"value": value, "currency": "GEL"}}),
    }
    return table[where]


TEXT = ["property", "sentence", "page title", "url query", "fragment", "json property"]
WIDE = TEXT + ["url path", "referrer query", "search_string", "contents title"]
ERR = ["err currency", "err value"]

# name -> (value, forms that must not go out)
PHONES: Dict[str, Tuple[str, List[str]]] = {
    "Georgian mobile spaced": ("555 12 34 56", ["555123456"]),
    "Georgian mobile +995": ("+995 555 12 34 56", ["555123456"]),
    "Georgian landline Tbilisi": ("+995 32 212 34 56", ["322123456"]),
    "Armenian mobile +374": ("+374 91 234567", ["91234567"]),
    "Armenian mobile trunk": ("091 23 45 67", ["91234567"]),
    "Azerbaijani mobile trunk": ("050 123 45 67", ["501234567"]),
    "Azerbaijani mobile +994": ("+994 50 123 45 67", ["501234567"]),
    "Uzbek mobile +998": ("+998 90 123 45 67", ["901234567"]),
    "Uzbek mobile dashed": ("(90) 123-45-67", ["901234567"]),
    "Mongolian mobile": ("9911 2345", ["99112345"]),
    "Mongolian mobile +976": ("+976 9911 2345", ["99112345"]),
    "Ethiopian mobile": ("+251 91 123 4567", ["911234567"]),
    "Ethiopian mobile trunk": ("0911 23 45 67", ["911234567"]),
    "Ugandan mobile": ("+256 772 123456", ["772123456"]),
    "Ugandan mobile trunk": ("0772 123 456", ["772123456"]),
    "Rwandan mobile": ("+250 788 123 456", ["788123456"]),
    "Tanzanian mobile": ("+255 754 123 456", ["754123456"]),
    "Tanzanian mobile trunk": ("0754-123-456", ["754123456"]),
    "Myanmar mobile": ("+95 9 4512 34567", ["945123456"]),
    "Myanmar mobile Burmese digits": ("၀၉ ၄၅၁ ၂၃၄ ၅၆၇", ["09451234567", "၀၉၄၅၁၂၃၄၅၆၇"]),
    "Cambodian mobile": ("+855 12 345 678", ["12345678"]),
    "Cambodian mobile Khmer digits": ("០១២ ៣៤៥ ៦៧៨", ["012345678", "០១២៣៤៥៦៧៨"]),
    "Sri Lankan mobile": ("+94 77 123 4567", ["771234567"]),
    "Sri Lankan mobile trunk": ("077-1234567", ["771234567"]),
    "MoMo text": ("MTN MoMo: you received UGX 50,000 from 256772123456 JOHN OKELLO", ["772123456", "okello"]),
    "telebirr text": ("telebirr: transfer to 0911234567 Abebe Kebede successful", ["911234567", "kebede"]),
    "ABA text": ("ABA PAY to 012 345 678 SOKHA CHAN", ["12345678"]),
    "voice spelled": ("my number is five five five one two three four five six", ["five five five one two three"]),
    "WhatsApp callback": ("wa_id=995555123456&profile_name=Nino", ["555123456"]),
    "Telegram contact": ("contact: {\"phone_number\": \"+998901234567\", \"first_name\": \"Dilshod\"}",
                         ["901234567"]),
}

IDS: Dict[str, Tuple[str, List[str]]] = {
    "Georgian personal number": ("პირადი ნომერი: 01001012345", ["01001012345"]),
    "Georgian personal number Latin": ("Personal No. 01001012345", ["01001012345"]),
    "Azerbaijani FIN": ("FIN: 5ABC7DE", ["5abc7de"]),
    "Uzbek PINFL": ("JShShIR 31234567890123", ["31234567890123"]),
    "Uzbek PINFL label": ("PINFL: 31234567890123", ["31234567890123"]),
    "Mongolian register": ("РД: УБ99112345", ["уб99112345", "99112345"]),
    "Mongolian register bare": ("регистрийн дугаар УБ99112345", ["99112345"]),
    "Ugandan NIN": ("NIN: CM91012102FJKL", ["cm91012102fjkl"]),
    "Rwandan id": ("ID: 1 1990 8 0012345 1 23", ["1199080012345123"]),
    "Rwandan id bare": ("1199080012345123", ["1199080012345123"]),
    "Sri Lankan NIC old": ("NIC 853400937V", ["853400937"]),
    "Sri Lankan NIC new": ("NIC No: 198534000937", ["198534000937"]),
    "Myanmar NRC": ("NRC 12/MaYaKa(N)123456", ["123456"]),
    "Armenian passport": ("Անձնագիր AN0123456", ["an0123456"]),
    "Georgian passport": ("Passport No: 12AB34567", ["12ab34567"]),
    "Uzbek passport": ("pasport: AA1234567", ["aa1234567"]),
    "Ethiopian FAN": ("Fayda FAN 1234 5678 9012 3456", ["1234567890123456"]),
}

POSTAL: Dict[str, Tuple[str, List[str]]] = {
    "Tbilisi Georgian": ("ჭავჭავაძის გამზ. 37, ბინა 12", ["ჭავჭავაძის", "ბინა 12"]),
    "Tbilisi Latin": ("Chavchavadze Ave 37, apt 12, Tbilisi 0179", ["chavchavadze ave 37"]),
    "Yerevan Armenian": ("Աբովյան փ. 12, բն. 34, Երևան", ["աբովյան"]),
    "Yerevan Latin": ("Abovyan St. 12, apt. 34, Yerevan 0001", ["abovyan st. 12", "abovyan st 12"]),
    "Baku Azerbaijani": ("Nizami küç. 45, mənzil 7, Bakı AZ1000", ["nizami küç. 45", "mənzil 7"]),
    "Tashkent Uzbek Latin": ("Amir Temur ko'chasi 15-uy, 23-xonadon", ["amir temur ko'chasi 15"]),
    "Tashkent Uzbek Cyrillic": ("Амир Темур кўчаси 15-уй, 23-хонадон", ["амир темур кўчаси"]),
    "Ulaanbaatar Mongolian": ("СБД, 1-р хороо, 15-р байр, 45 тоот", ["15-р байр", "45 тоот"]),
    "Ulaanbaatar Latin": ("SBD, 1st khoroo, building 15, apt 45", ["building 15, apt 45"]),
    "Addis Amharic": ("ቀበሌ 05, የቤት ቁጥር 123", ["የቤት ቁጥር 123"]),
    "Addis English": ("Kebele 05, House No. 123, Bole", ["house no. 123"]),
    "Kampala plot": ("Plot 14, Kololo Hill Drive, Kampala", ["plot 14, kololo"]),
    "Kigali street": ("KG 11 Ave, House 23, Kigali", ["kg 11 ave, house 23"]),
    "Dar plot": ("Plot 45, Msasani Peninsula, Dar es Salaam", ["plot 45, msasani"]),
    "Yangon Burmese": ("အမှတ် ၄၅၊ ဗိုလ်ချုပ်လမ်း", ["ဗိုလ်ချုပ်လမ်း"]),
    "Yangon English": ("No. 45, Bogyoke Road, Kyauktada Township", ["no. 45, bogyoke road"]),
    "Phnom Penh Khmer": ("ផ្ទះលេខ ២៣ ផ្លូវ ៥១", ["ផ្ទះលេខ ២៣"]),
    "Phnom Penh English": ("House 23, Street 51, Sangkat Boeung Keng Kang", ["house 23, street 51"]),
    "Colombo English": ("No. 45, 2nd Lane, Colombo 03", ["no. 45, 2nd lane"]),
    "Colombo Sinhala": ("අංක 45, 2 වන පටුමග, කොළඹ 03", ["අංක 45"]),
    "voice address": ("deliver to forty five second lane colombo three", ["forty five second lane"]),
}

NAMES: Dict[str, Tuple[str, List[str]]] = {
    "Georgian label": ("სახელი: ნინო ბერიძე", ["ბერიძე"]),
    "Georgian Latin": ("Name: Nino Beridze", ["beridze"]),
    "Armenian label": ("Անուն: Արամ Պետրոսյան", ["պետրոսյան"]),
    "Armenian Latin": ("Customer: Aram Petrosyan", ["petrosyan"]),
    "Azerbaijani patronymic": ("Ad: Elvin Əliyev Rauf oğlu", ["əliyev"]),
    "Uzbek patronymic": ("Ism: Dilnoza Karimova Rustam qizi", ["karimova"]),
    "Uzbek Cyrillic": ("Исм: Дилшод Каримов", ["каримов"]),
    "Russian patronymic": ("ФИО: Иванов Сергей Петрович", ["иванов"]),
    "Mongolian father first": ("Нэр: Батын Болд", ["батын болд"]),
    "Amharic label": ("ስም: አበበ ከበደ", ["ከበደ"]),
    "Burmese label": ("အမည်: အောင်ကိုကို", ["အောင်ကိုကို"]),
    "Khmer label": ("ឈ្មោះ: សុខា ចាន់", ["ចាន់"]),
    "Sinhala label": ("නම: කමල් පෙරේරා", ["පෙරේරා"]),
    "Ugandan support chat": ("Customer: Hi, I am Grace Nakato, order not arrived. Agent: Sorry Grace", ["nakato"]),
    "assistant summary": ("Summary: the user Tigran Hakobyan asked about a refund", ["hakobyan"]),
    "CRM note": ("Called back Mr. Kwame Mugisha re delivery", ["mugisha"]),
    "review signature": ("Great fast delivery! -- Tsetseg Dorj, Ulaanbaatar", ["tsetseg dorj"]),
    "ticket subject": ("Re: Refund for Sopheap Lim #4512", ["sopheap lim"]),
}

MAILS: Dict[str, Tuple[str, List[str]]] = {
    "Georgian chat": ("ჩემი ფოსტა nino.beridze@mail.ge", ["nino.beridze"]),
    "voice at dot": ("nino dot beridze at gmail dot com", ["nino dot beridze at gmail"]),
    "Armenian full stop": ("էլ. փոստ՝ aram.p@mail.am։", ["aram.p@"]),
    "Khmer": ("អ៊ីមែល sokha.chan@gmail.com", ["sokha.chan"]),
}

KEYS: Dict[str, str] = {
    "Georgian phone key": "ტელეფონი",
    "Armenian phone key": "հեռախոս",
    "Azerbaijani name key": "soyad",
    "Uzbek phone key": "telefon_raqami",
    "Mongolian register key": "регистр",
    "Sri Lankan nic key": "nic_no",
    "Rwandan id key": "indangamuntu",
    "Amharic name key": "ስም",
    "Myanmar nrc key": "nrc",
    "Khmer phone key": "លេខទូរស័ព្ទ",
}
KEY_VALUE = "Zqbolormaa Zqdorjsuren"

META: Dict[str, Tuple[Dict[str, Any], List[str]]] = {
    "phone Georgian in ph": ({"phone_number": "555 12 34 56"}, ["555123456"]),
    "phone Myanmar digits in ph": ({"phone_number": "၀၉၄၅၁၂၃၄၅၆၇"}, ["09451234567", "၀၉၄၅၁၂၃၄၅၆၇"]),
    "phone Khmer digits in ph": ({"phone_number": "០១២៣៤៥៦៧៨"}, ["012345678", "០១២៣៤៥៦៧៨"]),
    "name Georgian first_name": ({"first_name": "ნინო", "last_name": "ბერიძე"}, ["ბერიძე", "ნინო"]),
    "name Armenian last_name": ({"last_name": "Պետրոսյան"}, ["պետրոսյան"]),
    "name Mongolian Cyrillic": ({"first_name": "Болд", "last_name": "Батын"}, ["батын", "болд"]),
    "postal Colombo zip": ({"zip_code": "00300", "city": "Colombo"}, ["colombo"]),
    "mail Georgian": ({"email": "nino.beridze@mail.ge"}, ["nino.beridze"]),
}


def cases() -> List[Case]:
    out: List[Case] = []
    for family, table, places in (("phone", PHONES, WIDE), ("id", IDS, TEXT + ERR), ("postal", POSTAL, TEXT),
                                  ("name", NAMES, TEXT), ("mail", MAILS, WIDE + ERR)):
        for name, (value, forms) in table.items():
            for where in places:
                out.append((f"{family} {name} @ {where}", *place(where, value), forms))
    for name, key in KEYS.items():
        out.append((f"key {name}: property", "track", {"properties": {key: KEY_VALUE}}, ["zqdorjsuren"]))
        out.append((f"key {name}: query", "page", {"url": f"{URL}/p?{quote(key)}={quote(KEY_VALUE)}"},
                    ["zqdorjsuren"]))
    for name, (visitor, forms) in META.items():
        out.append((f"meta {name}", "track", {"visitor": {"email": "visitor@example.com", **visitor}}, forms))
    for name in ("Georgian mobile spaced", "Uzbek mobile +998", "Sri Lankan mobile"):
        value, forms = PHONES[name]
        for where in ERR:
            out.append((f"err {name} @ {where}", *place(where, value), forms))
    return out


ORDINARY_PLACES = ["property", "page title", "contents title", "search_string"]

ORDINARY: List[str] = [
    "Khachapuri mold 28 cm — 45,00 ₾", "Churchkhela 250 g 12 ₾", "Saperavi 2019 0.75 L", "Kindzmarauli Semi-Sweet",
    "Lavash 500 ֏", "Ararat 5 yıl 12 000 ֏", "Armenian Brandy Ararat 5 Stars", "Duduk Apricot Wood Model A",
    "Xalça 2x3 m 450 ₼", "Baku Tea Armudu 6 pcs", "Shirvan Carpet Blue", "Naxçıvan Mineral Water 1.5 L",
    "Non 5 000 so'm", "Suzani Bukhara Red", "Samarkand Paper A4", "Chapan Size 52", "Ipak Ro'mol 120 000 so'm",
    "Gutal 120 000 ₮", "Cashmere Scarf Gobi 180 cm", "Deel Winter Size L", "Airag Bowl Silver",
    "Tavan Bogd Tour 3 days",
    "Jebena Clay Pot 350 Br", "Injera Mitad Electric", "Yirgacheffe Coffee 1 kg 900 Br", "Habesha Kemis M",
    "Rolex Chapati Maker 25,000 USh", "Nile Special 500 ml", "Busuti Gomesi Size 12", "Matoke Bunch Large",
    "Agaseke Basket 15,000 RWF", "Imigongo Art Panel", "Kitenge Fabric 6 yards", "Kanga Pair Blue",
    "Tanzanite Ring Size 7", "Longyi Cotton 15,000 K", "Thanaka Powder 50 g", "Mohinga Noodles Pack",
    "Krama Scarf 20 000 ៛", "Kampot Pepper 100 g", "Angkor Beer 330 ml", "Ceylon Tea BOP 400 g Rs. 1,250",
    "Batik Sarong Kandy Style", "Cinnamon Quills Alba 100 g", "Order #GE-2026-004512", "Invoice INV-AM-55102",
    "Tracking EE123456789GE", "SKU UZ-SUZ-0042", "EAN 4860001234567", "Ethiopian date 21/03/2019 E.C.",
    "Buddhist era 2569-11-30", "Open 09:00-21:00 Mon-Sat", "Version 3.12.4", "Model X-200 Series 5",
    "ჩუსტები ზომა 38", "ღვინო საფერავი 2019", "Տոտեր չափս 40", "Գինի Արենի 2020", "Кашемир ороолт 180 см",
    "Чапан ўлчам 52", "ቡና ይርጋጨፌ 1 ኪ.ግ", "လုံချည် ချည်", "ក្រមា ពណ៌ខៀវ", "තේ කොළ 400 g",
    "Category: Home & Kitchen", "Brand: Tbilisi Crafts", "Customer favourites", "Agent Provocateur Perfume 50 ml",
    "Name Tag Set 12 pcs", "Phone Case Galaxy S24", "Plot Twist Board Game", "Kebele Market Basket",
]


def ordinary_cases() -> Iterator[Ordinary]:
    for value in ORDINARY:
        for where in ORDINARY_PLACES:
            yield (f"{value} @ {where}", *place(where, value), value)
