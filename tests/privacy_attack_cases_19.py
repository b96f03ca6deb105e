"""A nineteenth outside attack on the privacy gate, written from the README's promises alone (section "Personal data:
one budget in, one gate out", its mapping tables and what it says it does not claim), without reading the gate's code
nor the earlier attacks' cases.

Its shoppers live in Suva, Apia, Nuku'alofa, Port Moresby, Honolulu and Nouméa; in Zagreb, Sofia, Tirana, Skopje,
Sarajevo, Chișinău, Minsk, Beirut, Amman and Baghdad; in Port-au-Prince, Willemstad, Havana, Caracas, Montevideo,
Asunción and La Paz. Their mobiles and landlines are written in local layouts (seven-digit plans without a trunk
prefix, Arabic-Indic digits, Cyrillic labels), their national ids with valid check digits where the number has one
(OIB, EGN, JMBG, IDNP, Uruguay's CI) and after their labels, their addresses and names as those places write them.
Delivery and logistics tools leak them too: courier notes, waybills, locker texts, a rider's chat, shipping-label
CSV rows and JSON. Near misses of the newest rules (self-introductions, signatures, number words, caseless labels,
patronymic lines, flat numbers next to a quarter) are tried in layouts they were not written for.

Each case is (name, kind, make_event overrides, forms), as in the earlier attacks; the first word of a name is its
family. Ordinary data of the same places and languages (product titles, brands, prices with local currency signs,
order and tracking numbers, store hours) must go out unchanged.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from builders import NOW
from privacy_attack_cases_2 import crossed, ordinary_in_places

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]
MS = NOW * 1000 - 120_000
SHOP = "https://shop.example.com"


def _oib(body: str) -> str:  # Croatia: ISO 7064 MOD 11,10
    acc = 10
    for ch in body:
        acc = (acc + int(ch)) % 10 or 10
        acc = acc * 2 % 11
    check = 11 - acc
    return body + str(0 if check == 10 else check)


def _weighted(body: str, weights: List[int]) -> int:
    return sum(int(ch) * weight for ch, weight in zip(body, weights, strict=True))


def _egn(body: str) -> str:  # Bulgaria
    rest = _weighted(body, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11
    return body + str(0 if rest == 10 else rest)


def _jmbg(body: str) -> str:  # former Yugoslavia
    rest = 11 - _weighted(body, [7, 6, 5, 4, 3, 2] * 2) % 11
    return body + str(0 if rest > 9 else rest)


def _uy_ci(body: str) -> str:  # Uruguay
    return body + str((10 - _weighted(body, [2, 9, 8, 7, 6, 3, 4]) % 10) % 10)


def _idnp(body: str) -> str:  # Moldova
    return body + str(_weighted(body, [7, 3, 1] * 4) % 10)


OIB = _oib("6948213705")
EGN = _egn("850612471")
EGN_2000 = _egn("044218357")  # born in 2004: month + 40
JMBG = _jmbg("140398571002")
JMBG_MK = _jmbg("230587745503")
UY_CI = _uy_ci("4827136")
IDNP = _idnp("200400482713")
assert (OIB, EGN, EGN_2000, JMBG, UY_CI, IDNP) == ("69482137054", "8506124716", "0442183579", "1403985710024",
                                                  "48271366", "2004004827131")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "property": ("track", {"properties": {"note": value}}),
        "sentence": ("track", {"properties": {"message": f"Merci, voici : {value}. Vinaka!"}}),
        "page title": ("page", {"title": value}),
        "url query": ("page", {"url": f"{SHOP}/checkout?ref={q}"}),
        "fragment": ("page", {"url": f"{SHOP}/cart#/step?info={q}"}),
        "json property": ("track", {"properties": {"payload": json.dumps({"remark": value}, ensure_ascii=False)}}),
        "contents title": ("track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-19", "title": value, "quantity": 1}], ensure_ascii=False)}}),
        "search": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "user agent": ("track", {"user_agent": f"Mozilla/5.0 (Linux; Android 14) {value}"}),
        "campaign": ("page", {"url": f"{SHOP}/p?utm_source=sms&utm_campaign={q}"}),
        "referrer": ("page", {"referrer": f"https://mail.example.net/read?body={q}"}),
        "brand": ("track", {"name": "Product Viewed", "properties": {"product_id": "S-19", "brand": value}}),
        "err currency": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": value}}),
        "err value": ("track", {"name": "Order Completed", "properties": {"value": value, "currency": "EUR"}}),
        "err event name": ("track", {"name": value}),
        "err opt_out": ("track", {"properties": {"opt_out": value}}),
    }
    return table[where]


TEXT = ["property", "sentence", "page title", "url query", "fragment", "json property"]
WIDE = TEXT + ["contents title", "search", "campaign", "referrer"]

# --- phones: (value, national digits)
PHONES: Dict[str, Tuple[str, str]] = {
    "Fiji mobile international": ("+679 927 4813", "9274813"),
    "Fiji mobile after Fijian label": ("Naba ni talevoni: 927 4813", "9274813"),
    "Fiji landline Suva": ("Ph (679) 331-2847", "3312847"),
    "Samoa mobile international": ("+685 72 48213", "7248213"),
    "Samoa mobile after Samoan label": ("Numera telefoni: 724 8213", "7248213"),
    "Tonga mobile international": ("+676 874 8213", "8748213"),
    "Tonga mobile after Tongan label": ("Fika telefoni: 874-8213", "8748213"),
    "PNG mobile international": ("+675 7248 2136", "72482136"),
    "PNG mobile after Tok Pisin label": ("Namba bilong fon: 7248 2136", "72482136"),
    "Hawaii mobile": ("(808) 947-2813", "8089472813"),
    "New Caledonia mobile": ("+687 78.42.13", "784213"),
    "New Caledonia after French label": ("Tél. portable : 78 42 13", "784213"),
    "Croatian mobile local": ("091 482 7136", "914827136"),
    "Croatian mobile international": ("+385 91 482 7136", "914827136"),
    "Bulgarian mobile local": ("0888 482 713", "888482713"),
    "Bulgarian mobile after Cyrillic label": ("тел.: 0888 48 27 13", "888482713"),
    "Albanian mobile": ("+355 69 482 7136", "694827136"),
    "Albanian mobile after label": ("Nr. celulari: 069 482 7136", "694827136"),
    "Macedonian mobile after Cyrillic label": ("Телефон: 070 482 713", "70482713"),
    "Bosnian mobile": ("+387 61 482 713", "61482713"),
    "Moldovan mobile": ("+373 69 482 713", "69482713"),
    "Belarusian mobile trunk 8": ("8 029 482-71-36", "294827136"),
    "Belarusian mobile international": ("+375 29 482-71-36", "294827136"),
    "Lebanese mobile": ("+961 3 482 713", "3482713"),
    "Lebanese mobile after Arabic label": ("هاتف: 03 482 713", "3482713"),
    "Jordanian mobile Arabic-Indic": ("جوال: ٠٧٩ ٤٨٢ ٧١٣٦", "794827136"),
    "Jordanian mobile international": ("+962 79 482 7136", "794827136"),
    "Iraqi mobile Arabic-Indic": ("٠٧٧٠ ٤٨٢ ٧١٣٦", "7704827136"),
    "Iraqi mobile international": ("+964 770 482 7136", "7704827136"),
    "Haitian mobile": ("+509 3482-7136", "34827136"),
    "Haitian mobile after Kreyol label": ("Nimewo telefòn: 3482 7136", "34827136"),
    "Curacao mobile": ("+599 9 568 2713", "95682713"),
    "Curacao mobile after Papiamento label": ("Number di telefon: 9 568 2713", "95682713"),
    "Cuban mobile": ("+53 5 482 7136", "54827136"),
    "Cuban mobile after Spanish label": ("Móvil: 5 482 7136", "54827136"),
    "Venezuelan mobile dotted": ("0414-482.71.36", "4144827136"),
    "Uruguayan mobile": ("099 482 713", "99482713"),
    "Paraguayan mobile": ("0981 482 713", "981482713"),
    "Bolivian mobile international": ("+591 71482713", "71482713"),
    "Fiji mobile in number words": ("call nine two seven four eight one three", "nine two seven four eight one three"),
}

# --- national ids: (value, form)
IDS: Dict[str, Tuple[str, str]] = {
    "Croatian OIB bare": (OIB, OIB),
    "Croatian OIB after label": (f"OIB: {OIB}", OIB),
    "Bulgarian EGN bare": (EGN, EGN),
    "Bulgarian EGN after Cyrillic label": (f"ЕГН {EGN_2000}", EGN_2000),
    "JMBG bare": (JMBG, JMBG),
    "JMBG after Macedonian label": (f"ЕМБГ: {JMBG_MK}", JMBG_MK),
    "Albanian personal number": ("Nr. personal: J85415012K", "J85415012K"),
    "Moldovan IDNP": (f"IDNP {IDNP}", IDNP),
    "Moldovan IDNP bare": (IDNP, IDNP),
    "Belarusian identification number": ("Идентификационный номер: 3140385A004PB5", "3140385A004PB5"),
    "Belarusian identification number bare": ("3140385A004PB5", "3140385A004PB5"),
    "Jordanian national number": ("الرقم الوطني: 9861043217", "9861043217"),
    "Lebanese id after label": ("رقم الهوية: 000048217365", "000048217365"),
    "Iraqi national card": ("البطاقة الوطنية ١٩٩١٤٨٢٧٣٦٥١", "199148273651"),
    "Fiji TIN": ("TIN: 50-48213-7-1", "504821371"),
    "Fiji voter card": ("Voter card no. 0084213765", "0084213765"),
    "PNG NID": ("NID No. 1004827361", "1004827361"),
    "Haitian NIF": ("NIF: 004-582-137-6", "0045821376"),
    "Haitian CIN": ("CIN 01-23-45-1985-06-00012", "0123451985060001"),
    "Cuban carne": ("Carné de identidad: 85061207845", "85061207845"),
    "Cuban carne bare": ("85061207845", "85061207845"),
    "Venezuelan cedula V": ("V-17.482.913", "17482913"),
    "Venezuelan cedula E": ("C.I. E-84.213.765", "84213765"),
    "Uruguayan CI": (f"CI {UY_CI[0]}.{UY_CI[1:4]}.{UY_CI[4:7]}-{UY_CI[7]}", UY_CI),
    "Uruguayan CI bare dotted": (f"{UY_CI[0]}.{UY_CI[1:4]}.{UY_CI[4:7]}-{UY_CI[7]}", UY_CI),
    "Paraguayan CI": ("C.I. N° 4.512.837", "4512837"),
    "Bolivian CI": ("CI 6128473 LP", "6128473"),
}

# --- addresses: (value, form)
POSTAL: Dict[str, Tuple[str, str]] = {
    "Suva lot and road": ("Lot 12 Ratu Mara Road, Nabua", "Ratu Mara"),
    "Fiji village and district": ("Vale 14, Koro ko Nakorovou, Tikina ko Wainibuka, Tailevu", "Nakorovou"),
    "Port Moresby section and allotment": ("Section 23, Allotment 7, Boroko, NCD", "Allotment 7"),
    "PNG private mail bag": ("PMB 482, Boroko, Port Moresby", "PMB 482"),
    "Apia PO Box": ("P.O. Box 4827, Apia, Samoa", "Box 4827"),
    "Tonga village street": ("Fatai Road, Kolofoʻou, Nukuʻalofa, lot 19", "Fatai"),
    "Honolulu okina street": ("1822 Kalākaua Ave Apt 1503, Honolulu HI 96815", "1822 Kal"),
    "Honolulu okina street plain": ("94-1027 Kaʻaumoana Pl, Waipahu, HI 96797", "1027"),
    "Noumea BP": ("BP 4821, 98845 Nouméa Cedex", "BP 4821"),
    "Noumea street": ("12 rue Jules Garnier, Baie des Citrons, 98800 Nouméa", "Jules Garnier"),
    "Zagreb street": ("Ilica 242, 10000 Zagreb", "Ilica 242"),
    "Sofia block entrance": ("ж.к. Люлин 5, бл. 512, вх. Б, ет. 4, ап. 17", "512"),
    "Sofia boulevard": ("бул. Витоша 89, 1463 София", "Витоша 89"),
    "Tirana pallati": ("Rr. Myslym Shyri, Pallati 14, Shk. 2, Ap. 9, Tiranë", "Myslym"),
    "Skopje street Cyrillic": ("ул. Македонија бр. 31/4, 1000 Скопје", "Македонија"),
    "Sarajevo street": ("Ferhadija 17, 71000 Sarajevo", "Ferhadija 17"),
    "Chisinau street": ("str. Ștefan cel Mare 126, ap. 48, MD-2012 Chișinău", "cel Mare 126"),
    "Minsk street Cyrillic": ("пр-т Независимости 95, кв. 214, 220043 Минск", "Независимости 95"),
    "Beirut building and floor": ("Hamra, Bliss Street, Bldg. Salam, 5th floor, near AUB gate", "Bldg. Salam"),
    "Amman street and building": ("شارع الملكة رانيا، عمارة ٤٢، الطابق الثالث، عمّان", "الملكة رانيا"),
    "Baghdad mahalla": ("محلة 915، زقاق 12، دار 7، الكرادة، بغداد", "زقاق 12"),
    "Port-au-Prince rue Delmas": ("Rue Mercier #14, Delmas 33, Port-au-Prince", "Mercier"),
    "Havana calle between": ("Calle 23 #1056 e/ L y M, Vedado, La Habana", "1056"),
    "Havana apto": ("Calle Línea 358, Apto 4B, entre Paseo y 2", "358"),
    "Caracas quinta": ("Qta. Mi Refugio, Calle Los Laureles, Urb. El Cafetal, Caracas", "Mi Refugio"),
    "Caracas edificio piso": ("Edif. Torre Sur, Piso 8, Apto 8-C, Av. Libertador, Caracas", "Torre Sur"),
    "Willemstad kaya": ("Kaya Flamboyan 27, Willemstad, Kòrsou", "Flamboyan 27"),
    "Montevideo street": ("Av. 18 de Julio 1453 apto 602, Montevideo", "1453"),
    "Asuncion street": ("Mcal. López 2847 c/ Brasilia, Asunción", "2847"),
    "La Paz zona": ("Zona Sopocachi, Calle Rosendo Gutiérrez 428, La Paz", "Rosendo"),
    "flat next to quarter": ("stan 14, Trešnjevka, Zagreb", "stan 14"),
    "house number next to street": ("kuća br. 27 kod Maksimirske", "kuća br. 27"),
    "geocoded pin with recipient": ("Drop pin -18.1416, 178.4419 for Losana Vakaloloma", "-18.1416"),
}

# --- names: (value, form)
NAMES: Dict[str, Tuple[str, str]] = {
    "Fijian label Yaca": ("Yaca: Losana Vakaloloma", "Vakaloloma"),
    "Samoan label Igoa": ("Igoa: Faʻamanu Leiataua", "Leiataua"),
    "Tongan label Hingoa": ("Hingoa: Sione Fifitaʻapaki", "Fifita"),
    "Tok Pisin label Nem": ("Nem: Kila Warakai", "Warakai"),
    "Hawaiian label Inoa": ("Inoa: Keʻala Kahananui", "Kahananui"),
    "French label Nom": ("Nom : Mireille Wamytan", "Wamytan"),
    "chiefly title Ratu": ("Deliver to Ratu Epeli Naivalurua", "Naivalurua"),
    "chiefly title Adi": ("Attention: Adi Litia Cakobauniu", "Cakobauniu"),
    "Tongan noble Tui": ("For Tui Kolovai Havealeta, Nukuʻalofa", "Havealeta"),
    "Croatian label Ime i prezime": ("Ime i prezime: Marija Horvatinčić", "Horvatin"),
    "Bulgarian patronymic line": ("Име, презиме, фамилия: Петър Георгиев Драгомиров", "Драгомиров"),
    "Belarusian label Proznishcha": ("Прозвішча: Кавалёнак", "Кавалёнак"),
    "Albanian label Emri": ("Emri dhe mbiemri: Arbenita Qerimaj", "Qerimaj"),
    "Macedonian label": ("Име и презиме: Благица Трајкоска", "Трајкоска"),
    "Arabic label name caseless": ("الاسم: رنا الخوري", "الخوري"),
    "Arabic recipient caseless": ("المستلم: عمر الطراونة", "الطراونة"),
    "Kreyol label Non": ("Non: Wideline Pierre-Louis", "Pierre-Louis"),
    "Papiamento label Nomber": ("Nomber: Shurendy Martina-Pieters", "Martina-Pieters"),
    "Spanish recipient": ("Destinatario: Yusleidy Ferrer Oquendo", "Oquendo"),
    "self introduction Fijian chat": ("Bula! Au o Mere Tuilau, au sa waraka na noqu oda", "Tuilau"),
    "self introduction Spanish": ("Hola, soy Yusleidy Ferrer Oquendo y no me llegó el pedido", "Oquendo"),
    "self introduction Kreyol": ("Bonjou, mwen rele Wideline Pierre-Louis", "Pierre-Louis"),
    "signature after dashes": ("Thanks for the quick reply\n-- \nSione Fifitaʻapaki\nNukuʻalofa", "Fifita"),
    "sign-off Croatian": ("Lijep pozdrav,\nMarija Horvatinčić", "Horvatin"),
    "sign-off Bulgarian": ("Поздрави,\nПетър Драгомиров", "Драгомиров"),
    "okina name after Mahalo": ("Mahalo nui,\nKeʻala Kahananui", "Kahananui"),
    "Russian patronymic line Minsk": ("ФИО: Кавалёнак Алесь Уладзіміравіч", "Кавалёнак"),
}

# --- email addresses in those languages' words and scripts: (value, form)
MAIL: Dict[str, Tuple[str, str]] = {
    "Croatian words": ("zqmarija.horvat majmunče gmail točka com", "zqmarija"),
    "Bosnian words": ("zqamra.hodzic majmunče bih tačka net tačka ba", "zqamra"),
    "Bulgarian words Cyrillic": ("zqpetar.dragomirov кльомба abv точка bg", "zqpetar"),
    "Macedonian words Cyrillic": ("zqblagica мајмунче t-home точка mk", "zqblagica"),
    "Albanian words": ("zqarbenita.q majmun gmail pikë com", "zqarbenita"),
    "Arabic words": ("zqrana.khoury آت gmail دوت كوم", "zqrana"),
    "Spanish words Cuba": ("zqyusleidy.ferrer arroba nauta punto cu", "zqyusleidy"),
    "Kreyol words": ("zqwideline aroba gmail pwen com", "zqwideline"),
    "Papiamento words": ("zqshurendy arroba gmail punto com", "zqshurendy"),
    "French words Noumea": ("zqmireille.wamytan arobase lagoon point nc", "zqmireille"),
    "Fijian label plain": ("I-meli: zqlosana.v@connect.com.fj", "zqlosana"),
    "okina in local part": ("zqkeʻala.k@hawaii.rr.com", "hawaii.rr.com"),
    "Tongan bracketed at": ("zqsione.f (at) kalianet (dot) to", "zqsione"),
    "Arabic-Indic digits": ("zqomar١٩٨٥@yahoo.com", "zqomar"),
    "Cyrillic domain": ("zqivan@абв.бг", "zqivan"),
    "Belarusian words": ("zqales сабачка tut кропка by", "zqales"),
    "Moldovan Romanian words": ("zqion.rusu arond mail punct md", "zqion.rusu"),
}

# --- near misses of the newest rules, in layouts they were not written for: (family, (value, form))
NEAR: Dict[str, Tuple[str, Tuple[str, str]]] = {
    "signature after dashes Cyrillic": ("name", ("Благодаря! -- Петър Драгомиров, София", "Драгомиров")),
    "signature after dashes Arabic": ("name", ("شكراً -- رنا الخوري، بيروت", "الخوري")),
    "my name is one word": ("name", ("hi, my name is Vakaloloma and the kava never came", "Vakaloloma")),
    "I am with chiefly title": ("name", ("I am Ratu Epeli Naivalurua, please call back", "Naivalurua")),
    "person word before name": ("name", ("the customer Kila Warakai asked for a refund", "Warakai")),
    "honorific Mr with okina": ("name", ("Called back Mr. Keʻala Kahananui re delivery", "Kahananui")),
    "Spanish honorific called": ("name", ("Sra. Oquendo Ferrer, su pedido está listo", "Oquendo")),
    "closing formula Spanish": ("name", ("Saludos cordiales,\nYusleidy Oquendo", "Oquendo")),
    "closing formula French Noumea": ("name", ("Cordialement,\nMireille Wamytan", "Wamytan")),
    "role label Passenger": ("name", ("Passenger: Sione Fifitaʻapaki", "Fifita")),
    "Cyrillic lower-case label name": ("name", ("име: петър драгомиров", "драгомиров")),
    "patronymic Belarusian line": ("name", ("Пакупнік: Алесь Уладзіміравіч Кавалёнак", "Кавалёнак")),
    "phone words after label": ("phone", ("Tel: nine two seven four eight one three", "nine two seven four")),
    "Spanish phone words after label": ("phone", ("móvil: cinco cuatro ocho dos siete uno tres seis",
                                                 "cinco cuatro ocho dos")),
    "Croatian phone words": ("phone", ("nula devet jedan četiri osam dva sedam jedan tri šest", "nula devet jedan")),
    "Russian phone words Minsk": ("phone", ("восемь ноль двадцать девять четыреста восемьдесят два семьдесят один "
                                           "тридцать шесть", "четыреста восемьдесят два")),
    "flat next to urbanization": ("postal", ("Apto 8-C, Urb. El Cafetal, Caracas", "Apto 8-C")),
    "flat next to Minsk microdistrict": ("postal", ("кв. 214, мкр. Уручье-2, Минск", "кв. 214")),
    "pallati next to blloku": ("postal", ("Pallati 14, Shkalla 2, Blloku, Tiranë", "Pallati 14")),
    "house next to Delmas": ("postal", ("Kay 14, Delmas 33, Pòtoprens", "Kay 14")),
    "Havana street by crossing": ("postal", ("Calle 23 #1056 entre L y M", "1056")),
    "lot and allotment": ("postal", ("Lot 12, Allotment 7, Hohola", "Allotment 7")),
    "plot opening address PNG": ("postal", ("Plot 45, Gerehu Stage 2, Port Moresby", "Gerehu")),
}

# --- delivery and logistics tools: (value, form); named by what leaks
LOGISTICS: Dict[str, Tuple[str, Tuple[str, str]]] = {
    "neighbour instruction": ("postal", ("Leave with neighbour at no. 12 Kaya Flamboyan if not home", "Flamboyan")),
    "gate code ask for": ("name", ("Gate code 4521, ask for Mireille Wamytan at the guardhouse", "Wamytan")),
    "courier waybill": ("postal", ("AWB 7714829031 | CONSIGNEE: S. FIFITA | 44 TAUFAʻAHAU RD NUKUʻALOFA | TEL "
                                   "8748213", "8748213")),
    "locker pick-up": ("name", ("Locker 14 at Tappoo City Suva, code 8842, for Losana Vakaloloma", "Vakaloloma")),
    "rider chat": ("phone", ("rider: estoy afuera, llámame al 0414-482.71.36", "4144827136")),
    "driver note Cyrillic": ("phone", ("Шофьор: звънете на 0888 482 713 преди доставка", "888482713")),
    "returns form": ("postal", ("RETURN FROM: Arbenita Qerimaj, Rr. Myslym Shyri 14, Tiranë", "Myslym")),
    "gift recipient block": ("name", ("Gift to: Keʻala Kahananui\n94-1027 Kaʻaumoana Pl\nWaipahu HI", "Kahananui")),
    "shipping label CSV": ("phone", ("name,street,city,phone\nRana Khoury,Bliss St,Beirut,+961 3 482 713",
                                     "3482713")),
    "shipping label JSON": ("postal", ('{"to":"Kila Warakai","line1":"Section 23, Allotment 7","city":"Boroko"}',
                                       "Allotment 7")),
    "pick-up point name": ("name", ("Punto de retiro: Farmacia Central, retira Yusleidy Ferrer Oquendo", "Oquendo")),
    "geocode with recipient": ("postal", ("lat=-13.8333&lng=-171.7500 Faʻamanu Leiataua, Vaitele", "-13.8333")),
}


def key_cases() -> Iterator[Case]:
    """Personal keys in those languages, each holding a value that is only personal because of its key."""
    keys = {
        "Fijian name key": ("yaca", "Losana Vakaloloma", "Vakaloloma"),
        "Samoan name key": ("igoa", "Faʻamanu Leiataua", "Leiataua"),
        "Tok Pisin phone key": ("namba_fon", "7248 2136", "72482136"),
        "Croatian surname key": ("prezime", "Horvatinčić", "Horvatin"),
        "Croatian address key": ("adresa_dostave", "Ilica 242", "Ilica 242"),
        "Bulgarian name key": ("име", "Петър Драгомиров", "Драгомиров"),
        "Bulgarian EGN key": ("егн", EGN, EGN),
        "Albanian surname key": ("mbiemri", "Qerimaj", "Qerimaj"),
        "Macedonian address key": ("адреса", "ул. Македонија 31", "Македонија"),
        "Belarusian phone key": ("тэлефон", "029 482 71 36", "294827136"),
        "Arabic phone key": ("رقم_الجوال", "0794827136", "794827136"),
        "Arabic address key": ("العنوان", "الكرادة", "الكرادة"),
        "Kreyol address key": ("adrès", "Delmas 33", "Delmas 33"),
        "Papiamento address key": ("adres", "Kaya Flamboyan 27", "Flamboyan"),
        "Spanish cedula key": ("cedula", "17482913", "17482913"),
        "OIB key": ("oib", OIB, OIB),
        "JMBG key": ("jmbg", JMBG, JMBG),
        "IDNP key": ("idnp", IDNP, IDNP),
        "recipient key capitalised words": ("recipient", "Kila Warakai", "Warakai"),
        "customer key chiefly title": ("customer", "Ratu Epeli Naivalurua", "Naivalurua"),
        "consignee key": ("consignee", "Mireille Wamytan", "Wamytan"),
        "destinatario key": ("destinatario", "Yusleidy Oquendo", "Oquendo"),  # not `Ferrer`: in `referrer`
        "rider contact key": ("rider_contact_phone", "+509 3482 7136", "34827136"),
    }
    for name, (key, value, form) in keys.items():
        yield (f"key {name}: property", "track", {"properties": {key: value}}, [form])
        yield (f"key {name}: url query", "page", {"url": f"{SHOP}/p?{quote(key)}={quote(value)}"}, [form])
        yield (f"key {name}: json", "track", {"properties": {"form": json.dumps({key: value}, ensure_ascii=False)}},
               [form])


def meta_cases() -> Iterator[Case]:
    """Meta's own fields: the fbc payload and fbp, order and event ids, identity fields (hashed, never raw)."""
    yield ("meta fbc payload JMBG", "track", {"properties": {"fbc": f"fb.1.{MS}.IwAR{JMBG}"}}, [JMBG])
    yield ("meta fbc payload Fiji mobile", "track", {"properties": {"fbc": f"fb.1.{MS}.IwAR_679_927_4813"}},
           ["9274813"])
    yield ("meta fbp Bulgarian mobile", "track", {"properties": {"fbp": f"fb.1.{MS}.0888482713"}}, ["888482713"])
    yield ("meta event_id name", "track", {"properties": {"event_id": "Losana Vakaloloma"}}, ["Vakaloloma"])
    yield ("meta order_id address", "track", {"name": "Order Completed", "properties": {
        "order_id": "Ilica 242, Zagreb", "value": "5", "currency": "EUR"}}, ["Ilica 242"])
    yield ("meta order_id Venezuelan cedula", "track", {"name": "Order Completed", "properties": {
        "order_id": "V-17.482.913", "value": "5", "currency": "USD"}}, ["17482913"])
    yield ("meta content id Haitian mobile", "track", {"name": "Product Added", "properties": {
        "content_ids": "+509 3482 7136"}}, ["34827136"])
    yield ("meta visitor phone hashed", "track", {"visitor": {"phone": "+679 927 4813"}}, ["9274813"])
    yield ("meta visitor address as city hashed", "track", {"visitor": {"city": "Lot 12 Ratu Mara Road, Nabua"}},
           ["Ratu Mara"])
    yield ("meta visitor first name hashed", "track", {"visitor": {"first_name": "Keʻala", "last_name": "Kahananui"}},
           ["Kahananui"])
    yield ("meta visitor external id OIB", "track", {"visitor": {"user_id": OIB}}, [OIB])
    yield ("meta user id EGN", "user", {"user_id": EGN}, [EGN])
    yield ("meta content_name address", "track", {"name": "Order Completed", "properties": {
        "content_name": "Kaya Flamboyan 27, Willemstad", "value": "5", "currency": "ANG"}}, ["Flamboyan 27"])
    yield ("meta content_category name label", "track", {"name": "Product Viewed", "properties": {
        "product_id": "S-19", "category": "Yaca: Losana Vakaloloma"}}, ["Vakaloloma"])
    yield ("meta search_string id", "track", {"name": "Products Searched", "properties": {
        "query": f"OIB {OIB}"}}, [OIB])


def cases() -> List[Case]:
    crossed_cases = [
        *crossed("phone", PHONES, TEXT, _place),
        *crossed("id", IDS, TEXT, _place),
        *crossed("mail", MAIL, TEXT, _place),
        *crossed("postal", POSTAL, ["property", "page title", "url query", "json property", "contents title"],
                 _place),
        *crossed("name", NAMES, ["property", "sentence", "page title", "fragment", "json property"], _place),
    ]
    logistics = [(f"{family} tool {name} @ {where}", *_place(where, value), [form])
                 for name, (family, (value, form)) in LOGISTICS.items()
                 for where in ["property", "json property", "url query", "referrer"]]
    near = [(f"{family} near {name} @ {where}", *_place(where, value), [form])
            for name, (family, (value, form)) in NEAR.items()
            for where in ["property", "sentence", "page title", "json property"]]
    agents = [(f"{family} agent {name} @ user agent", *_place("user agent", value), [form])
              for family, table in (("phone", PHONES), ("id", IDS)) for name, (value, form) in list(table.items())[::4]]
    extra_places = [(f"{family} {name} @ {where}", *_place(where, value), [form])
                    for family, table in (("phone", PHONES), ("id", IDS), ("name", NAMES))
                    for name, (value, form) in list(table.items())[::5] for where in ["search", "campaign", "brand"]]
    errs = [(f"err {name} @ {where}", *_place(where, value), [form])
            for name, (value, form) in {**{k: PHONES[k] for k in list(PHONES)[:6]},
                                        **{k: IDS[k] for k in list(IDS)[:6]},
                                        **{k: NAMES[k] for k in list(NAMES)[:3]}}.items()
            for where in ["err currency", "err value", "err event name", "err opt_out"]]
    return [*crossed_cases, *near, *logistics, *agents, *extra_places, *errs, *key_cases(), *meta_cases()]


# Ordinary data of the same places and languages: it must go out unchanged.
ORDINARY: Dict[str, List[str]] = {
    "products": [
        "Kava Root Powder 500g (Yaqona)", "Bula Shirt Hibiscus XL", "Sulu Vakataga Navy", "Tapa Cloth Masi 2m",
        "Lavalava Siapo Print", "Ngatu Tonga Table Runner", "Bilum Bag Highlands", "Aloha Shirt Kalākaua Print",
        "Ukulele Koa Tenor", "Poke Bowl Kit ʻAhi", "Vanille de Lifou 50 g", "Bougna Spice Mix",
        "Paška sol 1 kg", "Kraš Bajadera 200 g", "Ajvar ljuti 550 g", "Розово масло 10 ml", "Баница с масло",
        "Raki Skrapar 0.7 L", "Ајвар домашен 720 г", "Sarajevski ćevapi 10 kom", "Vin Cricova Brut 0,75 l",
        "Мёд гречишный 500 г", "Zaatar Mix 250 g", "منتجات البحر الميت", "Kunafa Nabulsia Tray",
        "Café Haitien Rebo 454 g", "Rom Barbancourt 5 Étoiles", "Kadushi Cactus Soap", "Café Cubita Molido",
        "Harina P.A.N. Blanca 1 kg", "Yerba Mate Canarias 1 kg", "Chipa Mix 500 g", "Api Morado 1 L",
    ],
    "label-like product titles": [
        "Ratu Premium Kava", "Adi Collection Earrings", "Tui Tonga Vanilla", "Nem Bilong Yu T-Shirt",
        "Nom de la Rose (roman)", "Ime Ruže Book", "Gift Card Bula 50", "Dear Diary Notebook A5",
        "Kaya Gold Bracelet", "Calle 23 Poster", "Edif. Model Kit 1:87", "Section 8 Vinyl",
    ],
    "prices": [
        "FJ$ 45.90", "WS$ 120.00", "T$ 35.50", "K 89.00", "12 500 XPF", "149,99 kn", "49,90 €", "25,50 лв",
        "1.200 L", "1.450 ден", "35,00 KM", "299 MDL", "59,90 Br", "1.500.000 LBP", "12.500 JD", "25,000 IQD",
        "1 250 HTG", "ANG 45,00", "1 200 CUP", "Bs. 1.250,00", "$U 1.290", "₲ 185.000", "Bs 320,50",
    ],
    "order and tracking numbers": [
        "Order #FJ-2024-10482", "Waybill FJ4821930", "Tracking RR482193657FJ", "Invoice INV-HR-2024/0481",
        "Narudžba br. 2024-1187", "Поръчка № 104821", "Porosia nr. 48213", "Pedido N° 000482",
        "Guía 8821-4471-03", "EAN 3850123456789", "SKU KAV-500-FJ", "Batch L2411-07",
    ],
    "dates hours and slots": [
        "Mon-Fri 8:00-17:00", "Pon-Pet 08-20h", "Пон-Пет 09:00-18:00", "Lun-Sáb 9:00 a 19:00",
        "Delivery slot 14:00-16:00", "Dostava 29.11.2024.", "30/11/2024", "Sat 9am-1pm (Suva)",
        "v3.2.1", "2024-11-30", "Ramadan hours 20:00-02:00", "Q4 2024",
    ],
    "places and shops": [
        "Suva", "Nukuʻalofa", "Port Moresby", "Nouméa", "Zagreb", "Plovdiv", "Tirana", "Skopje",
        "Chișinău", "Beirut", "Amman", "Port-au-Prince", "Willemstad", "Montevideo", "La Paz",
        "MH Cinema Suva", "Tappoo City", "Mall of Tirana", "ABC Verdun", "Tienda La Habana Vieja",
    ],
    "near misses": [
        "I am Legend Blu-ray", "I'm Yours Perfume 50 ml", "Customer Favourite Kava Bowl", "Apto para microondas",
        "Piso laminado 8 mm", "Lot 12 Vintage Buttons", "Mr. Bean Mug", "Dear Santa Letter Kit",
        "Петрович Водка 0,5 л", "Calle 8 Café Cubano", "Kaya Kaya Hotel Bonaire", "Ratu Sukuna Day Sale",
        "Tui Manu'a Cookbook", "Ime i prezime naljepnice (label set)", "Kind regards from the Suva team",
        "Tonga Tapa Section 3", "Edif. Lego City 60200", "Blok 5 Notebook A4", "Stan & Ollie DVD",
        "One Two Three Four Five Six Seven Song Book", "Boroko Foodworld Specials", "Delmas 33 Market Bag",
        "Kalākaua Avenue Poster", "Mele Kalikimaka Ornament", "Noël à Nouméa Gift Box",
    ],
    "reviews and slogans": [
        "Vinaka vakalevu, great quality!", "Malo ʻaupito, fast shipping", "Fa'afetai lava for the fast delivery",
        "Odlično, preporučujem!", "Много добро качество", "Shumë e mirë!", "Excelente, llegó rápido",
        "Mèsi anpil, bon kalite", "Masha danki, hopi bon", "Mahalo for the aloha!",
    ],
}
ORDINARY_PLACES = {family: ["property", "page title"] for family in ORDINARY}
ORDINARY_PLACES["products"] = ["property", "page title", "brand"]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _place)
