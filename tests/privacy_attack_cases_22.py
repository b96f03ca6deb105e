"""A twenty-second outside attack on the privacy gate, written from the README's promises alone (its section
"Personal data", its mapping tables and what it says it does not claim), without reading the gate's code nor the
earlier attacks' cases.

Its shoppers live in Vientiane, Dili, Bandar Seri Begawan, Hong Kong, Macau, Lhasa and Hohhot; in Cusco, El Alto,
Oaxaca, Quetzaltenango, Iqaluit, Tahlequah, Window Rock, Nuuk and Kautokeino; in Ljubljana, Bratislava, Prague,
Tallinn, Riga and Vilnius. Their phones are written in local layouts, in Lao, Tibetan and Mongolian digits and in
Chinese numerals; their ids (the Hong Kong identity card, EMŠO, the rodné číslo, the isikukood, the personas kods,
the asmens kodas, the Norwegian, Swedish, Finnish and Greenlandic personal numbers, China's resident id) carry the
check digits computed here; their names and addresses follow labels in their languages and scripts. Data also
arrives as AI assistants, chatbots and voice assistants leak it (prompts, transcripts, summaries). Near misses of
the newest rules (mobile-money services, register words, id cards named before their number, a speaker in
brackets, lower-case names after a labelled person) are tried in layouts they were not written for, in the leaves
of Meta's payload the README maps, in Meta's own identity fields and in the fields whose failure is an `Err`.

Each case is (name, kind, make_event overrides, forms) as in tests/privacy_attack_cases_2.py; the first word of a
name is its family. The ordinary cases are shop data of the same places and scripts that must go out unchanged.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import crossed

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

SHOP = "https://shop.example.com"
MS = 1732875000000


def _digits(text: str, zero: int) -> str:
    """ASCII digits of `text` written in the script whose zero is the code point `zero`."""
    return "".join(chr(zero + int(ch)) if ch.isdigit() else ch for ch in text)


def lao(text: str) -> str:
    return _digits(text, 0x0ED0)


def tibetan(text: str) -> str:
    return _digits(text, 0x0F20)


def mongolian(text: str) -> str:
    return _digits(text, 0x1810)


HANZI = "〇一二三四五六七八九"


def hanzi(text: str) -> str:
    return "".join(HANZI[int(ch)] if ch.isdigit() else ch for ch in text)


WORDS = "zero one two three four five six seven eight nine".split()


def spoken(digits: str) -> str:
    return " ".join(WORDS[int(ch)] for ch in digits)


# Check digits, computed here from the published rules.
def hkid(letter: str, six: str) -> str:
    """A Hong Kong identity card number of one letter: `A123456(3)`."""
    total = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(d) * w for d, w in zip(six, range(7, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return f"{letter}{six}({'A' if check == 10 else check})"


def emso(twelve: str) -> str:
    total = sum(int(d) * w for d, w in zip(twelve, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
    check = (11 - total % 11) % 11
    assert check != 10
    return twelve + str(check)


def rodne(nine: str) -> str:
    """A ten-digit Czech or Slovak birth number divisible by 11."""
    check = (-int(nine) * 10) % 11
    assert check != 10
    return nine + str(check)


def baltic(ten: str) -> str:
    """The Estonian isikukood's and the Lithuanian asmens kodas' eleventh digit."""
    def weighted(weights: List[int]) -> int:
        return sum(int(d) * w for d, w in zip(ten, weights, strict=True)) % 11
    check = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 1])
    if check == 10:
        check = weighted([3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 10
    return ten + str(check)


def latvian_old(ten: str) -> str:
    total = sum(int(d) * w for d, w in zip(ten, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2], strict=True))
    check = (1101 - total) % 11
    assert check != 10
    return f"{ten[:6]}-{ten[6:]}{check}"


def norwegian(nine: str) -> str:
    k1 = 11 - sum(int(d) * w for d, w in zip(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2], strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10
    ten = nine + str(k1)
    k2 = 11 - sum(int(d) * w for d, w in zip(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10
    return ten + str(k2)


def luhn(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def hetu(date: str, serial: str) -> str:
    return f"{date}-{serial}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(date + serial) % 31]


def china_id(seventeen: str) -> str:
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(seventeen))
    return seventeen + "10X98765432"[total % 11]


HK1, HK2 = hkid("A", "123456"), hkid("Z", "683365")
EMSO = emso("010199250001")  # born 1 Jan 1999, register 50 (Slovenia)
RC_CZ = rodne("855215123")  # a woman (month + 50) born 15 Feb 1985
RC_SK = rodne("790314654")
ISIKUKOOD = baltic("3850315027")
ASMENS = baltic("3900101123")
PK_OLD = latvian_old("1507856123")
PK_NEW = "32" + "5847" + "-" + "19273"
FNR = norwegian("150385123")
PNR = luhn("850315123")
HETU = hetu("150385", "123")
TIBET_ID = china_id("54010219900101123")
HOHHOT_ID = china_id("15010219851202234")
assert HK1 == "A123456(3)"
assert int(RC_CZ) % 11 == 0 and int(RC_SK) % 11 == 0


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """(kind, make_event overrides) putting `value` in one leaf of Meta's payload the README maps."""
    q = quote(value, safe="")
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"comment": value}}),
        "text around it": ("track", {"properties": {"gift_message": f"Hola, {value} — gracias"}}),
        "page title": ("page", {"title": value}),
        "url path": ("page", {"url": f"{SHOP}/u/{q}/orders"}),
        "url query value": ("page", {"url": f"{SHOP}/p?ref={q}"}),
        "fragment": ("page", {"url": f"{SHOP}/#/checkout?note={q}"}),
        "referrer": ("page", {"referrer": f"https://chat.example.net/c?prompt={q}"}),
        "utm_campaign": ("page", {"url": f"{SHOP}/p?utm_source=bot&utm_campaign={q}"}),
        "search_string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "contents title": ("track", {"name": "Product Added",
                                     "properties": {"contents": json.dumps([{"id": "S-1", "title": value}])}}),
        "contents brand": ("track", {"name": "Product Added",
                                     "properties": {"contents": json.dumps([{"id": "S-1", "brand": value}])}}),
        "user agent": ("page", {"user_agent": f"Mozilla/5.0 (Linux; Android 14; {value}) Mobile"}),
        "json property": ("track", {"properties": {"assistant": json.dumps({"role": "user", "text": value})}}),
        "percent-encoded property": ("track", {"properties": {"note": q}}),
        "err currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
        "err value": ("track", {**order, "properties": {"value": value, "currency": "EUR"}}),
        "err opt_out": ("track", {"properties": {"opt_out": value}}),
        "err contents quantity": ("track", {**order, "properties": {
            "currency": "EUR", "contents": json.dumps([{"id": "S-1", "item_price": 5, "quantity": value}])}}),
        "meta visitor phone": ("track", {"visitor": {"phone": value}}),
        "meta visitor external_id": ("track", {"visitor": {"email": "v@example.com", "external_id": value}}),
        "meta visitor last_name": ("track", {"visitor": {"email": "v@example.com", "last_name": value}}),
        "meta fbc payload": ("track", {"properties": {"fbc": f"fb.1.{MS}.{value}"}}),
        "meta ph property": ("track", {"properties": {"ph": value}}),
    }
    return table[where]


TEXT = ["custom property", "text around it", "page title", "url query value", "search_string", "json property"]
LEAVES = ["fragment", "referrer", "utm_campaign", "contents title", "contents brand", "url path",
          "percent-encoded property", "search_string", "user agent", "json property"]

# name -> (value, forms). Phones: the national significant number is the form (or the words, when spelled).
PHONES: Dict[str, Tuple[str, Any]] = {
    "Lao mobile international": ("+856 20 5555 1234", "2055551234"),
    "Lao mobile local": ("ໂທ 020 5555 1234", "2055551234"),
    "Lao mobile Lao digits": ("ເບີໂທ: " + lao("020 5555 1234"), "2055551234"),
    "Lao landline Vientiane": ("ໂທລະສັບ: 021 212 345", "21212345"),
    "Timor mobile international": ("+670 7723 4567", "77234567"),
    "Timor mobile after Tetum label": ("Numeru telefone: 7723 4567", "77234567"),
    "Timor landline Portuguese": ("Telefone fixo: 331 2345", "3312345"),
    "Brunei mobile international": ("+673 712 3456", "7123456"),
    "Brunei mobile Malay label": ("No. telefon bimbit: 712 3456", "7123456"),
    "Hong Kong mobile international": ("+852 9123 4567", "91234567"),
    "Hong Kong mobile Chinese label": ("電話：9123-4567", "91234567"),
    "Hong Kong mobile Chinese numerals": ("手提電話：" + hanzi("91234567"), hanzi("91234567")),
    "Hong Kong landline": ("(852) 2345 6789", "23456789"),
    "Macau mobile international": ("+853 6612 3456", "66123456"),
    "Macau mobile Portuguese label": ("Telemóvel: 6612 3456", "66123456"),
    "Lhasa mobile Tibetan digits": ("ཁ་པར། " + tibetan("139 0891 2345"), "13908912345"),
    "Lhasa landline": ("0891-632 1234", "8916321234"),
    "Hohhot mobile Mongolian digits": ("утас: " + mongolian("139 0471 2345"), "13904712345"),
    "Hohhot mobile Chinese numerals": ("手机" + hanzi("13904712345"), hanzi("13904712345")),
    "Hohhot landline": ("0471-691 2345", "4716912345"),
    "Peru mobile Quechua label": ("Willakuna yupay: 987 654 321", "987654321"),
    "Peru mobile international": ("+51 987 654 321", "987654321"),
    "Bolivia mobile dashed": ("Cel. 712-34567", "71234567"),
    "Bolivia mobile international": ("+591 7123 4567", "71234567"),
    "Oaxaca mobile Nahuatl label": ("Notelefon: 951 123 4567", "9511234567"),
    "Guatemala mobile K'iche' label": ("Ajtzijb'al: 5123-4567", "51234567"),
    "Iqaluit phone syllabics label": ("ᐅᖃᓘᑎ: 867-979-1234", "8679791234"),
    "Tahlequah phone Cherokee label": ("ᏗᎦᏬᏂᎯᏍᏗ: (918) 456-0671", "9184560671"),
    "Window Rock phone Navajo label": ("Béésh bee haneʼé: 928-871-6000", "9288716000"),
    "Nuuk phone Kalaallisut label": ("Oqarasuaat: 52 12 34", "521234"),
    "Nuuk phone international": ("+299 52 12 34", "521234"),
    "Kautokeino mobile Sami label": ("Telefovdna: 412 34 567", "41234567"),
    "Slovenia mobile local": ("GSM: 041 123 456", "41123456"),
    "Slovenia landline Ljubljana": ("Tel.: 01 234 56 78", "12345678"),
    "Slovakia mobile local": ("Mobil: 0905 123 456", "905123456"),
    "Czech mobile international": ("+420 601 123 456", "601123456"),
    "Czech mobile after label no diacritics": ("Telefonni cislo 601123456", "601123456"),
    "Estonia mobile": ("Telefon: 5123 4567", "51234567"),
    "Latvia mobile": ("Tālrunis: 2123 4567", "21234567"),
    "Lithuania mobile trunk 8": ("Telefonas: 8 612 34567", "61234567"),
    "voice spelled Hong Kong": ("call me on nine one two three four five six seven", spoken("91234567")),
    "voice spelled Czech with country": ("plus four two zero six zero one one two three four five six",
                                         spoken("601123456")),
    "assistant prompt Lithuania": ("text my aunt at +370 612 34567 that the parcel is late", "61234567"),
    "chat speaker brackets Estonia": ("[Kadri Saar] my number is 5123 4567", "51234567"),
    "mobile money Yape": ("Yape 987 654 321", "987654321"),
    "mobile money Tigo Money": ("Tigo Money 712 34567", "71234567"),
    "mobile money BCEL One": ("BCEL One 020 5555 1234", "2055551234"),
    "mobile money M-Paisa Timor": ("Mosan 7723 4567", "77234567"),
    "mobile money MPay Macau": ("MPay 6612 3456", "66123456"),
    "mobile money FPS Hong Kong": ("FPS 9123 4567", "91234567"),
}

IDS: Dict[str, Tuple[str, Any]] = {
    "Hong Kong identity card": (f"HKID {HK1}", "A123456"),
    "Hong Kong identity card Chinese label": (f"身份證號碼：{HK2}", "Z683365"),
    "Hong Kong identity card alone": (HK2, "Z683365"),
    "Macau resident card": ("BIR n.º 1234567(8)", "1234567"),
    "Macau resident card Chinese label": ("澳門居民身份證 5215299(8)", "5215299"),
    "Brunei IC": ("IC No. 00-123456", "00123456"),
    "Brunei IC Malay": ("Kad Pengenalan 01-234567", "01234567"),
    "Timor-Leste id Portuguese": ("Bilhete de Identidade n.º 1234567", "1234567"),
    "Laos id Lao label": ("ບັດປະຈຳຕົວ ເລກທີ 0123456789", "0123456789"),
    "Tibet resident id": (f"ཐོབ་ཐང་ལག་ཁྱེར། {TIBET_ID}", TIBET_ID[:17]),
    "Hohhot resident id Mongolian digits": ("иргэний үнэмлэх " + mongolian(HOHHOT_ID), HOHHOT_ID[:17]),
    "Peru DNI": ("DNI 45678912", "45678912"),
    "Peru DNI Quechua": ("DNI yupay: 45678912-3", "45678912"),
    "Bolivia CI": ("C.I. 4567891 L.P.", "4567891"),
    "Bolivia CI Aymara text": ("Nayan carnetajax 4567891 LP", "4567891"),
    "tribal enrollment Cherokee": ("Cherokee Nation citizenship no. 123456", "123456"),
    "tribal enrollment Navajo census": ("Navajo Nation census number 987654321", "987654321"),
    "tribal enrollment label": ("Tribal enrollment #: 45-6789", "456789"),
    "Greenland CPR": ("CPR-nr. 150385-1234", "1503851234"),
    "Greenland CPR Kalaallisut": ("Inuup normua 150385-1234", "1503851234"),
    "Norway fodselsnummer Sami": (f"Riegadannummir {FNR}", FNR),
    "Norway fodselsnummer spaced": (f"{FNR[:6]} {FNR[6:]}", FNR),
    "Sweden personnummer Sami": (f"Persovdnanummar 19{PNR[:6]}-{PNR[6:]}", PNR),
    "Finland HETU Sami": (f"Persovdnadovddaldat {HETU}", HETU.replace("-", "")[:9]),
    "Slovenia EMSO": (f"EMŠO {EMSO}", EMSO),
    "Slovenia EMSO ASCII": (f"EMSO: {EMSO}", EMSO),
    "Slovenia EMSO alone": (EMSO, EMSO),
    "Czech birth number slashed": (f"rodné číslo {RC_CZ[:6]}/{RC_CZ[6:]}", RC_CZ),
    "Czech birth number compact ASCII": (f"rodne cislo {RC_CZ}", RC_CZ),
    "Czech birth number slashed alone": (f"{RC_CZ[:6]}/{RC_CZ[6:]}", RC_CZ),
    "Slovak birth number": (f"Rodné číslo: {RC_SK[:6]}/{RC_SK[6:]}", RC_SK),
    "Estonia isikukood": (f"isikukood {ISIKUKOOD}", ISIKUKOOD),
    "Estonia isikukood alone": (ISIKUKOOD, ISIKUKOOD),
    "Latvia personas kods old": (f"personas kods {PK_OLD}", PK_OLD.replace("-", "")),
    "Latvia personas kods old ASCII alone": (PK_OLD, PK_OLD.replace("-", "")),
    "Latvia personas kods new": (f"Personas kods: {PK_NEW}", PK_NEW.replace("-", "")),
    "Lithuania asmens kodas": (f"asmens kodas {ASMENS}", ASMENS),
    "Lithuania asmens kodas alone": (ASMENS, ASMENS),
    "register word civil Peru": ("Registro Civil 45678912", "45678912"),
    "register word national Czech": ("národní registr 601 234 567", "601234567"),
    "id card named Slovak": ("občiansky preukaz EA123456", "EA123456"),
    "id card named Slovene": ("osebna izkaznica 001234567", "001234567"),
    "id card named Latvian": ("ID karte PA1234567", "PA1234567"),
    "Ghana Card layout for Brunei": ("BRN-000123456-7", "000123456"),
    "assistant summary Czech": (f"The visitor gave their birth number {RC_CZ[:6]}/{RC_CZ[6:]} to verify", RC_CZ),
    "voice spelled Hong Kong id": ("my ID is a as in alpha one two three four five six three",
                                   "a as in alpha one two three four five six"),
}

NAMES: Dict[str, Tuple[str, Any]] = {
    "Lao label": ("ຊື່: ສົມພອນ ວົງສາ", "ວົງສາ"),
    "Tibetan label": ("མིང་། བཀྲ་ཤིས་དབང་འདུས", "དབང་འདུས"),
    "traditional Chinese label": ("姓名：陳大文", "陳大文"),
    "Mongolian Cyrillic label": ("Нэр: Батбаяр Должинсүрэн", "Должинсүрэн"),
    "Portuguese label Dili": ("Nome: Maria da Costa Ximenes", "Ximenes"),
    "Macanese label": ("Nome completo: Leonor Remédios", "Remédios"),
    "Malay label Brunei": ("Nama: Dayang Nurul Hazirah binti Awang", "Hazirah"),
    "Quechua self-introduction": ("Sutiymi Rosa Quispe Huamán", "Quispe"),
    "Aymara self-introduction": ("Nayan sutijax Juana Mamani Choque", "Mamani"),
    "Nahuatl self-introduction": ("Notoca Xochitl Tepetlan", "Tepetlan"),
    "Zapotec self-introduction": ("Laa Natividad Bautista Ruiz", "Bautista"),
    "K'iche' self-introduction": ("Nub'i' Ixchel Tzul Tzoc", "Tzoc"),
    "Inuktitut syllabics self-introduction": ("ᐊᑎᒃᑲ ᐃᓕᓴᐱ ᓄᕙᓕᖓ", "ᓄᕙᓕᖓ"),
    "Inuktitut Latin self-introduction": ("Atikka Ilisapi Nuvalinga", "Nuvalinga"),
    "Cherokee self-introduction": ("ᏌᎳᏂ ᏓᏆᏙᎥ", "ᏌᎳᏂ"),
    "Navajo self-introduction": ("Shí éí Naasbaaʼ Yazzie yinishyé", "Yazzie"),
    "Kalaallisut self-introduction": ("Ateqarpunga Aviaja Kreutzmann", "Kreutzmann"),
    "Sami self-introduction": ("Mu namma lea Máret Ánne Gaup", "Gaup"),
    "Slovene label": ("Ime in priimek: Janez Žnidaršič", "Žnidaršič"),
    "Slovene label ASCII": ("Ime in priimek: Janez Znidarsic", "Znidarsic"),
    "Slovak label": ("Meno a priezvisko: Zuzana Kováčiková", "Kováčiková"),
    "Czech label": ("Jméno: Jiří Dvořáček", "Dvořáček"),
    "Czech label ASCII": ("Jmeno: Jiri Dvoracek", "Dvoracek"),
    "Estonian label": ("Nimi: Kadri Saarepuu", "Saarepuu"),
    "Latvian label": ("Vārds, uzvārds: Jānis Bērziņš", "Bērziņš"),
    "Latvian label ASCII": ("Vards, uzvards: Janis Berzins", "Berzins"),
    "Lithuanian label": ("Vardas ir pavardė: Jonas Kazlauskas", "Kazlauskas"),
    "assistant prompt aunt": ("write a thank-you note to my aunt Maria Kowalska at ul. Długa 5", "Kowalska"),
    "assistant prompt I am": ("I am Tomasz Wiśniewski, recommend shoes for my trip to Riga", "Wiśniewski"),
    "assistant summary": ("Summary: the visitor, Leonor Remédios, asked twice about a refund", "Remédios"),
    "chat speaker brackets": ("[Ilisapi Nuvalinga]: where is my parcel?", "Nuvalinga"),
    "chat speaker brackets Chinese": ("[陳大文] 我的包裹在哪裡？", "陳大文"),
    "voice spelled surname": ("my surname is k as in kilo a z l a u s k a s", "k as in kilo a z l a u s k a s"),
    "lower-case after person qualifier": ("recipient's name: maria kowalska", "kowalska"),
    "lower-case after customer name": ("customer name: jonas kazlauskas", "kazlauskas"),
    "moderation log": ("moderation: message from Jānis Bērziņš flagged as spam", "Bērziņš"),
    "recommendation request": ("recommendations for Zuzana Kováčiková, size 38", "Kováčiková"),
}

POSTAL: Dict[str, Tuple[str, Any]] = {
    "Hong Kong traditional Chinese": ("香港九龍旺角彌敦道 600 號 12 樓 A 室", "彌敦道"),
    "Hong Kong English": ("Flat A, 12/F, 600 Nathan Road, Mong Kok, Kowloon", "600 Nathan Road"),
    "Macau Portuguese": ("Avenida de Almeida Ribeiro n.º 123, 5.º andar, Macau", "Almeida Ribeiro"),
    "Dili Portuguese": ("Rua de Balide, n.º 45, Díli", "Rua de Balide"),
    "Brunei Malay": ("Simpang 123, Jalan Tutong, Kampong Kiulap, BS8711", "Simpang 123"),
    "Vientiane Lao": ("ບ້ານໂພນສະອາດ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ", "ໂພນສະອາດ"),
    "Lhasa Tibetan": ("ལྷ་ས་གྲོང་ཁྱེར། བར་སྐོར་ལམ། ཨང་ 12", "བར་སྐོར"),
    "Hohhot Chinese": ("呼和浩特市新城区中山东路 12 号 3 单元 501 室", "中山东路"),
    "Cusco street": ("Calle Hatunrumiyoc 480, Cusco", "Hatunrumiyoc 480"),
    "El Alto zone": ("Zona 16 de Julio, Calle 5 No. 1234, El Alto", "Calle 5 No. 1234"),
    "Oaxaca street": ("Calle Macedonio Alcalá 407, Centro, 68000 Oaxaca", "Alcalá 407"),
    "Quetzaltenango zone": ("4a Calle 12-34, Zona 1, Quetzaltenango", "Calle 12-34"),
    "Nuuk building": ("B-1234 Aqqusinersuaq, 3900 Nuuk", "Aqqusinersuaq"),
    "Iqaluit box": ("P.O. Box 1234, Iqaluit, NU X0A 0H0", "Box 1234"),
    "Window Rock route": ("Navajo Route 12, Mile 5, Window Rock, AZ 86515", "Route 12, Mile 5"),
    "Tahlequah rural route": ("RR 2 Box 345, Tahlequah, OK 74464", "RR 2 Box 345"),
    "Kautokeino Sami": ("Báhčaveaiguoika 12, 9520 Guovdageaidnu", "Báhčaveaiguoika 12"),
    "Ljubljana": ("Slovenska cesta 12, 1000 Ljubljana", "Slovenska cesta 12"),
    "Bratislava": ("Obchodná 12, 811 06 Bratislava", "Obchodná 12"),
    "Prague": ("Vodičkova 681/14, 110 00 Praha 1", "Vodičkova 681"),
    "Prague ASCII": ("Vodickova 681/14, 110 00 Praha 1", "Vodickova 681"),
    "Tallinn": ("Narva mnt 5-12, 10117 Tallinn", "Narva mnt 5"),
    "Riga": ("Brīvības iela 45-12, Rīga, LV-1010", "Brīvības iela 45"),
    "Riga ASCII": ("Brivibas iela 45-12, Riga, LV-1010", "Brivibas iela 45"),
    "Vilnius": ("Gedimino pr. 9-3, LT-01103 Vilnius", "Gedimino pr. 9"),
    "assistant prompt Vilnius": ("send the gift to my grandma at Gedimino pr. 9-3, Vilnius", "Gedimino pr. 9"),
    "address named as a file": ("adresa_Vodickova_681_Praha.pdf", "Vodickova_681"),
    "lot line Bolivia": ("Lote 12, Manzano 7, Urb. Villa Adela, El Alto", "Manzano 7"),
    "plot line Brunei": ("Plot 45, Kampong Ayer, Bandar Seri Begawan", "Plot 45, Kampong Ayer"),
    "zone line Guatemala": ("zona 3, 15 avenida 4-56, Xela", "15 avenida 4-56"),
}

MAIL: Dict[str, Tuple[str, Any]] = {
    "plain in Lao text": ("ອີເມວ zqsomphone@laotel.com", "zqsomphone"),
    "full-width at Hong Kong": ("電郵：zqchan＠yahoo.com.hk", "zqchan"),
    "Chinese words": ("zqchan 艾特 gmail 点 com", "zqchan"),
    "Czech words": ("zqjana zavináč seznam tečka cz", "zqjana"),
    "Slovak words": ("zqzuzana zavináč azet bodka sk", "zqzuzana"),
    "Slovene words": ("zqjanez afna gmail pika si", "zqjanez"),
    "Estonian words": ("zqkadri ät mail punkt ee", "zqkadri"),
    "Latvian words": ("zqjanis et inbox punkts lv", "zqjanis"),
    "Lithuanian words": ("zqjonas eta gmail taškas com", "zqjonas"),
    "Portuguese words": ("zqleonor arroba gmail ponto com", "zqleonor"),
    "voice spelled": ("email is z q r o s a at gmail dot com", "z q r o s a"),
    "voice NATO": ("zulu quebec mike alpha at gmail dot com", "zulu quebec mike alpha"),
    "assistant prompt": ("reply to zqmaret.gaup@gmail.com about the order", "zqmaret"),
}

KEYS: Dict[str, str] = {
    "rodne_cislo": "Zqnaut Berg", "isikukood": "Zqnaut Berg", "asmens_kodas": "Zqnaut Berg",
    "personas_kods": "Zqnaut Berg", "emso": "Zqnaut Berg", "身份證號碼": "Zqnaut Berg",
    "ເບີໂທ": "Zqnaut Berg", "dni": "Zqnaut Berg", "carnet_de_identidad": "Zqnaut Berg",
    "tribal_enrollment_number": "Zqnaut Berg", "priimek": "Zqnaut Berg", "pavarde": "Zqnaut Berg",
    "uzvārds": "Zqnaut Berg", "příjmení": "Zqnaut Berg", "perekonnanimi": "Zqnaut Berg",
    "priezvisko": "Zqnaut Berg", "telefonni_cislo": "Zqnaut Berg", "姓名": "Zqnaut Berg",
    "nome_completo": "Zqnaut Berg", "nama_penuh": "Zqnaut Berg", "recipient_full_name": "Zqnaut Berg",
    "chat_user_name": "Zqnaut Berg", "assistant_user_phone": "Zqnaut Berg", "home_address": "Zqnaut Berg",
}

ERR_VALUES: Dict[str, Tuple[str, Any]] = {
    "Hong Kong id": (HK1, "A123456"),
    "Czech mobile": ("+420 601 123 456", "601 123 456"),
    "EMSO": (EMSO, EMSO),
    "Latvian personas kods": (PK_OLD, PK_OLD),
    "Lao mobile": ("020 5555 1234", "5555 1234"),
    "name": ("Jānis Bērziņš", "Bērziņš"),
    "mail": ("zqjana@seznam.cz", "zqjana"),
}
ERR_PLACES = ["err currency", "err value", "err opt_out", "err contents quantity"]

META_VALUES: Dict[str, Tuple[str, Any]] = {
    "Hong Kong mobile": ("+852 9123 4567", "91234567"),
    "Lao mobile in Lao digits": ("+856 " + lao("20 5555 1234"), "2055551234"),
    "Czech birth number": (f"{RC_CZ[:6]}/{RC_CZ[6:]}", RC_CZ),
    "Estonian isikukood": (ISIKUKOOD, ISIKUKOOD),
}
META_PLACES = ["meta visitor phone", "meta visitor external_id", "meta visitor last_name", "meta ph property"]
FBC_PAYLOADS: Dict[str, Tuple[str, Any]] = {
    "EMSO": (f"IwAR{EMSO}", EMSO),
    "isikukood": (f"IwZXh0bgNhZW0{ISIKUKOOD}", ISIKUKOOD),
    "HKID": ("IwAR" + HK1.replace("(", "").replace(")", ""), "A123456"),
    "Czech mobile": ("IwAR601123456xyz", "601123456"),
}


def cases() -> List[Case]:
    out: List[Case] = []
    out += crossed("phone", PHONES, TEXT[:4], place)
    out += crossed("id", IDS, TEXT[:4], place)
    out += crossed("name", NAMES, TEXT[:3], place)
    out += crossed("postal", POSTAL, TEXT[:3], place)
    out += crossed("mail", MAIL, TEXT[:3], place)
    for family, table in (("phone", PHONES), ("id", IDS), ("name", NAMES), ("postal", POSTAL), ("mail", MAIL)):
        for i, (label, (value, shown)) in enumerate(table.items()):
            where = LEAVES[i % len(LEAVES)]
            forms = [shown] if isinstance(shown, str) else list(shown)
            out.append((f"{family} leaf {label} @ {where}", *place(where, value), forms))
    out += crossed("err", ERR_VALUES, ERR_PLACES, place)
    out += crossed("meta", META_VALUES, META_PLACES, place)
    out += crossed("meta fbc", FBC_PAYLOADS, ["meta fbc payload"], place)
    for key, value in KEYS.items():
        out.append((f"key {key}: custom property", "track", {"properties": {key: value}}, ["Zqnaut"]))
        out.append((f"key {key}: url query", "page", {"url": f"{SHOP}/p?{quote(key)}={quote(value)}"}, ["Zqnaut"]))
    return out


# Ordinary shop data of the same places and scripts: it must go out unchanged.
ORDINARY: Dict[str, List[str]] = {
    "prices": ["₭ 250,000", "250.000 ₭", "US$ 49.90", "B$ 12.50", "HK$ 1,299", "MOP$ 88", "¥ 3,999", "S/ 129.90",
               "Bs 350", "MX$ 1,250.00", "Q 245.00", "kr. 1.295,00", "€ 24,90", "1 299 Kč", "299,00 €",
               "Precio: S/ 59.90", "價格：HK$ 388", "Cena: 1 290 Kč", "Hind: 24,90 €", "Kaina 19,99 €"],
    "products": ["Chompa de alpaca Quispe Wasi", "Aguayo Andino 120x120 cm", "Mezcal Tobalá 750 ml",
                 "Huipil de Quetzaltenango talla M", "Qiviut scarf (muskox wool)", "Cherokee Rose candle",
                 "Navajo Pearl necklace 18 in", "Sealskin kamik size 38", "Sámi duodji knife", "Kofola 2 l",
                 "Becherovka Original 0,7 l", "Kalev Chocolate 100 g", "Laima Šokolāde", "Rūta šokoladas",
                 "Ljubljanski grad magnet", "Lao Beer 640 ml", "Beerlao Dark", "Tais Timor scarf",
                 "Tibetan singing bowl 12 cm", "Mongolian cashmere hat", "菠蘿包禮盒 6 件", "港式奶茶 500 ml",
                 "Pastéis de nata Macau (6)", "Kain tenun Brunei", "Mr. Coffee Maker", "Name Necklace Gold",
                 "Recipient Gift Box", "Civil War Chess Set", "National Park Map 2025", "ID Card Holder Leather",
                 "Plot Twist board game", "Lot 12 mixed beads", "Zone 3 running shoe", "BP 500 blood pressure cuff"],
    "categories": ["Ropa > Chompas", "Artesanía andina", "Mezcal & licores", "Joyería navajo", "Duodji",
                   "Oblečení > Trička", "Rõivad", "Apģērbs", "Drabužiai", "Oblačila", "ເຄື່ອງດື່ມ", "服裝 > 女裝",
                   "Pakaian Muslimah", "Roupa de homem", "ᐊᓐᓄᕌᑦ", "ᏗᏓᏁᎯ"],
    "codes": ["SKU QW-480-BLK", "EAN 8594001020304", "Obj. č. 2024001234", "Tellimus nr 100234",
              "Pasūtījums Nr. 12345", "Užsakymas #LT-2024-0012", "Pedido 000123", "訂單編號 HK20241129001",
              "Tracking RR123456785CN", "Faktura 2024/00123", "Coupon ALPACA15", "Kupón LETO2024",
              "Kood TALV-20", "version 3.14.2", "build 2024.11.29", "IMG_4512.jpg", "chompa-alpaca-01@2x.webp",
              "product_12345_front.png", "Model 601-123", "Series 2055 Lux"],
    "dates and hours": ["29.11.2024", "2024-11-29", "29/11/2024", "Po–Pá 9:00–17:00", "E–R 10–18",
                        "Lun–Vie 9:00–18:00", "星期一至五 10:00-20:00", "ພ.ສ. 2567", "BE 2567",
                        "Tibetan year 2151", "Mongolian Tsagaan Sar 2025", "08:00-20:00", "Q4 2024"],
    "texts": ["Free shipping to Cusco and El Alto", "Envío gratis a Oaxaca", "Doprava zdarma nad 1 500 Kč",
              "Tasuta tarne Tallinnas", "Bezmaksas piegāde Rīgā", "Nemokamas pristatymas Vilniuje",
              "Brezplačna dostava v Ljubljani", "Doprava zadarmo do Bratislavy", "送貨到九龍及新界",
              "Entrega grátis em Macau", "Penghantaran percuma ke Bandar Seri Begawan",
              "Write a gift note for a friend who loves hiking", "Recommend a warm scarf under US$ 50",
              "Summary: customer asked about sizes and shipping times",
              "AI description: soft alpaca wool, hand-knitted in Cusco, size M",
              "Great quality, fast delivery to Nuuk!", "Skvělá kvalita, doporučuji", "Väga hea toode",
              "Labai geras", "Ļoti labs", "Zelo dobro", "非常好", "Muy bonito, llegó rápido"],
}
ORDINARY_PLACES = ["page title", "custom property", "product name in the list"]


def _ordinary_place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "page title": ("page", {"title": value}),
        "custom property": ("track", {"properties": {"description": value}}),
        "product name in the list": ("track", {"name": "Order Completed",
                                               "properties": {"value": "5", "currency": "EUR"},
                                               "products": [{"product_id": "V-1", "name": value, "price": "5",
                                                             "quantity": "1"}]}),
    }
    return table[where]


def ordinary_cases() -> Iterator[Ordinary]:
    for family, values in ORDINARY.items():
        for value in values:
            for where in ORDINARY_PLACES:
                yield (f"{family}: {value} @ {where}", *_ordinary_place(where, value), value)
