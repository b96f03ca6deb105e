"""The thirty-eighth outside attack's cases, written from the README's promises (sections "Personal data: one budget in,
one gate out", "Settings", "Identity", "Events" and "Meta's own fields") only, without reading the gate's code nor
the earlier attacks' cases: postal addresses, birth dates and national ids of every region, in their own scripts,
numerals and layouts. Japanese addresses (〒, prefecture, ward, chōme-ban-gō, full-width digits, kanji numerals),
Korean road-name and lot addresses, Chinese and Taiwanese ones (省市区路号, 段巷弄), Thai, Vietnamese, Indian (PIN
codes, `S/O`, landmarks), Arabic and Persian ones in their own digits, Hebrew, Russian and Ukrainian (ул., д., кв.),
Greek, Turkish (Mah., Sok., No:), Brazilian (CEP, Rua, nº), Mexican (Col., C.P.), Nigerian and Kenyan (P.O. Box);
birth dates after their labels in local calendars and layouts (Japanese eras, the Minguo year, the Thai Buddhist
year, the Persian and Hijri calendars, Bikram Sambat, `DOB`, `né le`, `geb.`); national ids with their checks written
in local digits or full-width forms; keys naming them in local languages; in every leaf the README maps, under each
data-minimisation setting, and the Err strings of refusals. The same shapes as shops write them (products named
after places, sizes in local digits, dates of sales, the shop's own stores) must go out unchanged.

Each family carries a marker of its own, a made-up street or place no map holds (`鵺沢` in Japan, `뮤렌다로` in Korea,
`Zarvenquia` in Brazil ...), so a leak is found by the marker anywhere in the request; a date or an id is found by
its digits, folded to ASCII.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import _aadhaar, luhn_complete, ordinary_in_places, ordinary_keys, ordinary_urls
from privacy_attack_cases_36 import TEXT_PLACES, keys_in_places
from privacy_attack_cases_36 import place as place_tagged
from privacy_attack_cases_36 import rotated as rotated_tagged

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

SHOP = "https://boutique.example.de"


# Attack 36's leaves and their rotation, the ids beside a value tagged 38 (`ART-38`).
place = partial(place_tagged, tag="38")
rotated = partial(rotated_tagged, tag="38")


# Local digits: each script's zero, so a number is written as its region writes it.
ZEROS = {"arabic": "\u0660", "persian": "\u06f0", "devanagari": "\u0966", "bengali": "\u09e6", "thai": "\u0e50",
         "fullwidth": "\uff10"}


def digits_in(script: str, text: str) -> str:
    """`text` with its ASCII digits written in `script`'s digits (full-width also turns `-`, `/` and letters)."""
    zero = ord(ZEROS[script])
    out = []
    for ch in text:
        if ch.isdigit():
            out.append(chr(zero + int(ch)))
        elif script == "fullwidth" and "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


# --- national ids and their checks (each body made up, its check computed) -------------------------------------------
def my_number(body: str) -> str:  # Japan: 11 digits and a check of weights 2..7, 2..6 from the right
    total = sum(int(d) * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(reversed(body), start=1))
    rest = total % 11
    return body + str(0 if rest <= 1 else 11 - rest)


def china_id(body: str) -> str:  # ISO 7064 MOD 11-2 over 17 digits
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    return body + "10X98765432"[total % 11]


def korea_rrn(body: str) -> str:  # 12 digits, weights 2..9, 2..5
    total = sum(int(d) * w for d, w in zip(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], strict=True))
    return body + str((11 - total % 11) % 10)


def thai_id(body: str) -> str:  # 12 digits, weights 13..2
    total = sum(int(d) * (13 - i) for i, d in enumerate(body))
    return body + str((11 - total % 11) % 10)


def iran_code(body: str) -> str:  # 9 digits, weights 10..2
    rest = sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    return body + str(rest if rest < 2 else 11 - rest)


def turkey_tckn(body: str) -> str:  # 9 digits, then the two check digits
    d = [int(ch) for ch in body]
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(tenth)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def brazil_cpf(body: str) -> str:
    d = [int(ch) for ch in body]
    for top in (10, 11):
        rest = sum(x * w for x, w in zip(d, range(top, 1, -1), strict=True)) % 11
        d.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, d))


def taiwan_id(letter_value: int, letter: str, body: str) -> str:  # a letter's two digits, 8 digits, a check
    digits = [letter_value // 10, letter_value % 10] + [int(ch) for ch in body]
    total = sum(x * w for x, w in zip(digits, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1], strict=True))
    return letter + body + str((10 - total % 10) % 10)


def israel_id(body: str) -> str:  # 8 digits, Luhn-like weights 1, 2
    total = 0
    for i, ch in enumerate(body):
        product = int(ch) * (1 + i % 2)
        total += product - 9 if product > 9 else product
    return body + str((10 - total % 10) % 10)


def snils(body: str) -> str:  # Russia: 9 digits, weights 9..1, mod 101
    total = sum(int(d) * (9 - i) for i, d in enumerate(body)) % 101
    check = 0 if total in (100, 101) else total
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(body: str) -> str:  # Mexico: 17 characters and a check digit
    total = sum(_CURP_CHARS.index(ch) * (18 - i) for i, ch in enumerate(body))
    return body + str((10 - total % 10) % 10)


def spaced_groups(text: str, sizes: List[int], joiner: str = " ") -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(text[at:at + size])
        at += size
    return joiner.join(parts)


MYNUM = my_number("48217365091")
CN_ID = china_id("11010519870917341")
KR_RRN = korea_rrn("870917273925")
TH_ID = thai_id("110200127392")
IR_CODE = iran_code("004827391")
TR_ID = turkey_tckn("273925814")
BR_CPF = brazil_cpf("273925814")
TW_ID = taiwan_id(10, "A", "27392581")
IL_ID = israel_id("27392581")
RU_SNILS = snils("273925814")
MX_CURP = curp("ZAVE870917MDFRRL0")
SA_ID = luhn_complete("108273925")
AE_ID = luhn_complete("78419872739258")
GR_AMKA = luhn_complete("1709872739")
AADHAAR = _aadhaar("48217365091")

# --- postal addresses of every region ---------------------------------------------------------------------------------
JP = "鵺沢"
KR = "뮤렌다로"
CN = "翟鸾"
TW = "翟鸞"
TH = "พลอยวรัญ"
VN = "Khuyvênh"
IN = "Zarvenpur"
IN_HI = "जरवेनपुर"
AR = "زرفندا"
FA = "زرپنگ"
HE = "זרוונקו"
RU = "Зарвенск"
UA = "Зарвеньк"
GR = "Ζαρβένου"
TR = "Zarvenli"
BR = "Zarvenquia"
MX = "Zarvendo"
AF = "Zarvenkoye"

ADDRESSES: Dict[str, Tuple[str, Any]] = {
    # Japan: the postal mark, prefecture, ward, town, chōme-ban-gō, in full-width, kanji and dashed numerals
    "JP postal mark full-width": (f"〒１５０－００４１ 東京都渋谷区{JP}町２丁目１４番３号", JP),
    "JP postal mark ASCII dashed block": (f"〒150-0041 東京都渋谷区{JP}町2-14-3 {JP}ハイツ203号室", JP),
    "JP kanji numerals": (f"東京都渋谷区{JP}町二丁目十四番三号", JP),
    "JP full-width dashed block no mark": (f"大阪府大阪市北区{JP}３－１４－３", JP),
    "JP label and name": (f"お届け先：{JP} 花子 様 東京都渋谷区{JP}町2-14-3", JP),
    "JP banchi": (f"北海道札幌市中央区{JP}5番地12", JP),
    "JP romaji": ("2-14-3 Nuezawa-cho, Shibuya-ku, Tokyo 150-0041", "Nuezawa"),
    "JP romaji chome": ("Nuezawa 2-chome 14-3, Shibuya-ku", "Nuezawa"),
    # Korea: road-name and lot addresses, building and flat, the postal code in brackets
    "KR road building flat": (f"서울특별시 마포구 {KR}27길 14, 101동 1203호", KR),
    "KR postal code first": (f"(04157) 서울 마포구 {KR} 14", KR),
    "KR road and number alone": (f"{KR} 110", KR),
    "KR lot number": ("경기도 성남시 분당구 뮤렌다동 45-6번지", "뮤렌다동"),
    "KR romanized": ("14 Myurenda-ro 27-gil, Mapo-gu, Seoul 04157", "Myurenda"),
    "KR label": (f"배송지: 서울 마포구 {KR} 14 2층", KR),
    # China: province, city, district, road and number, in full-width and Chinese numerals
    "CN full-width number": (f"广东省深圳市南山区{CN}路１２８号", CN),
    "CN Chinese numerals building unit room": (f"北京市朝阳区{CN}路一百二十八号院3号楼2单元1203室", CN),
    "CN label lane": (f"收货地址：上海市浦东新区{CN}路88弄12号1502室", CN),
    "CN road alone": (f"{CN}路128号", CN),
    "CN postal code after": (f"浙江省杭州市西湖区{CN}街道{CN}路7号 邮编310000", CN),
    "CN pinyin": ("No. 128 Zhailuan Road, Nanshan District, Shenzhen 518000", "Zhailuan"),
    # Taiwan: section, lane, alley, number, floor, in traditional characters
    "TW section lane alley": (f"臺北市大安區{TW}路三段128巷5弄7號4樓", TW),
    "TW postal code first": (f"10617 台北市{TW}路128號", TW),
    "TW full-width": (f"台中市西屯區{TW}街１２號５樓之２", TW),
    # Thailand: house, moo, soi, road, khwaeng, khet, in Thai and ASCII digits
    "TH soi and road": (f"123/45 หมู่ 6 ซอย{TH} ถนนสุขุมวิท แขวงคลองตัน เขตคลองเตย กรุงเทพฯ 10110", TH),
    "TH Thai digits": (f"๑๒๓/๔๕ ซอย{TH} แขวงคลองตัน กรุงเทพฯ ๑๐๑๑๐", TH),
    "TH label": (f"ที่อยู่จัดส่ง: 99 ซอย{TH} ต.ในเมือง อ.เมือง จ.ขอนแก่น 40000", TH),
    # Vietnam: house, alley, street, ward, district
    "VN street ward district": (f"Số 12 Đường {VN}, Phường 3, Quận 5, TP. Hồ Chí Minh", VN),
    "VN alley": (f"Ngõ 34/12 phố {VN}, Hoàn Kiếm, Hà Nội", VN),
    "VN no accents": ("so 12 duong Khuyvenh, phuong 3, quan 5, tp hcm", "Khuyvenh"),
    # India: flat, colony, landmark, S/O, PIN code
    "IN flat landmark PIN": (f"Flat 12, {IN} Apartments, Near Hanuman Mandir, MG Road, Bengaluru 560001", IN),
    "IN S/O house number": (f"S/O Ramesh Kumar, H.No. 4-12/3, {IN} Colony, Hyderabad - 500034", IN),
    "IN C/O opposite": (f"C/O Sharma, Opp. Bus Stand, {IN} Village, PIN 176001", IN),
    "IN Devanagari": (f"मकान नं. १२, {IN_HI} नगर, पिन कोड ११००२७", IN_HI),
    "IN behind landmark": (f"Behind SBI Bank, {IN} Chowk, Ward No. 7, Patna 800001", IN),
    # Arabic: district, street, building, P.O. Box, in Arabic-Indic digits
    "AR Riyadh district street": (f"الرياض، حي {AR}، شارع الملك فهد ٤٥٢١، ١٢٢١٤", AR),
    "AR number first street": (f"١٢ شارع {AR}، القاهرة", AR),
    "AR villa PO box": (f"دبي، منطقة {AR}، فيلا ٧، ص.ب. ١٢٣٤٥", AR),
    "AR building flat": (f"عمارة ٧، شقة ٤، شارع {AR}، عمّان", AR),
    "AR romanized": ("Villa 7, Street 12, Zarvanda District, Dubai", "Zarvanda"),
    # Persian: street, alley, plaque, unit, postal code in Persian digits
    "FA plaque unit postal code": (f"تهران، خیابان {FA}، کوچه نادر، پلاک ۱۲، واحد ۴، کد پستی ۱۴۳۳۸۹۳۸۵۵", FA),
    "FA street alone with plaque": (f"خیابان {FA}، پلاک ۲۷", FA),
    # Hebrew
    "HE street flat town": (f"רחוב {HE} 12 דירה 4, תל אביב 6100001", HE),
    "HE street alone number": (f"{HE} 12, חיפה", HE),
    # Russian and Ukrainian: ул., д., кв., the index
    "RU street house flat index": (f"г. Москва, ул. {RU}ая, д. 12, кв. 42, 101000", RU),
    "RU index first": (f"101000, Россия, Новосибирск, пр-т {RU}ий, 5-12", RU),
    "RU street word after": (f"{RU}ая ул., д 12 кв 42", RU),
    "RU lower case no dots": (f"ул {RU.lower()}ая д 12 кв 42 москва", RU.lower()),
    "UA street building flat": (f"вул. {UA}а, буд. 22, кв. 5, Київ, 01001", UA),
    # Greek
    "GR odos number postal code": (f"Οδός {GR} 45, 105 52 Αθήνα", GR),
    "GR genitive alone": (f"{GR} 45, Αθήνα", GR),
    "GR capitals": (f"ΟΔΟΣ {GR.upper()} 45, ΑΘΗΝΑ", GR.upper()),
    # Turkey: Mah., Sok., Cad., No:, D:
    "TR mah sok no": (f"{TR} Mah. Gül Sok. No:12 D:5 34710 Kadıköy/İstanbul", TR),
    "TR full words": (f"{TR} Mahallesi, Atatürk Caddesi No: 12/5, Çankaya/Ankara", TR),
    "TR street first": (f"{TR} Sk. No 7 Daire 3 Bornova İzmir", TR),
    # Brazil: Rua, nº, apto, bairro, CEP
    "BR rua numero CEP": (f"Rua {BR}, nº 100, apto 12 - Bela Vista, São Paulo - SP, CEP 01310-100", BR),
    "BR abbreviated": (f"R. {BR}, 100 - Centro, CEP 01310100", BR),
    "BR avenida lower case": (f"av. {BR.lower()} 1578 bloco b ap 32 são paulo", BR.lower()),
    # Mexico: Calle, Col., C.P.
    "MX calle colonia CP": (f"Calle {MX} 45, Col. Roma Norte, C.P. 06700, Cuauhtémoc, CDMX", MX),
    "MX avenida interior": (f"Av. {MX} #45 Int. 3, Col. Centro, CP 44100 Guadalajara, Jal.", MX),
    # Nigeria and Kenya: P.O. Box, estates, off a road
    "AF PO box Nairobi": (f"{AF} House, P.O. Box 4521-00100, Nairobi", AF),
    "AF Lagos off road": (f"No. 12 {AF} Street, off Awolowo Road, Ikoyi, Lagos", AF),
    "AF estate house": (f"Hse 12, {AF} Estate, Kilimani, Nairobi", AF),
    "AF PO box name": (f"Mrs. Adaeze {AF}, P.O. Box 4521, Ikeja, Lagos", AF),
    "AF private bag": (f"{AF} Close, Plot 7, Private Bag X12, Abuja", AF),
    # second round: layouts without the marks the first round's lines carry
    "JP town block and building no ward": (f"{JP}町3-14-3 ヴィラ{JP} 502", JP),
    "JP hiragana": ("とうきょうと しぶやく ぬえざわちょう 2-14-3", "ぬえざわ"),
    "JP block with no and kanji numerals": (f"{JP}町二の十四の三", JP),
    "JP mansion room": (f"東京都渋谷区{JP}町2丁目14-3 {JP}マンション502号室", JP),
    "KR full-width road": (f"{KR}２７길 １４", KR),
    "KR romanized lot": ("Myurenda-dong 45-6, Bundang-gu, Seongnam-si", "Myurenda"),
    "CN village group": (f"河南省周口市{CN}村3组12号", CN),
    "CN pinyin lower case": ("zhailuan lu 128 hao nanshan qu shenzhen", "zhailuan"),
    "TH romanized soi": ("99/12 Soi Ploywaran, Sukhumvit Rd, Khlong Toei, Bangkok 10110", "Ploywaran"),
    "VN alley no commas": (f"Hẻm 12 {VN} P3 Q5", VN),
    "VN label": (f"Địa chỉ: 12 {VN}, Q.5", VN),
    "IN village post office district": (f"Vill. {IN}, P.O. Rampur, Dist. Nadia, WB 741101", IN),
    "IN landmark lower case": (f"near shiv mandir {IN.lower()} sector 12 noida 201301", IN.lower()),
    "AR Egypt flat floor": (f"شقة ٤، الدور ٣، ١٢ ش {AR}، مدينة نصر", AR),
    "AR Morocco zanqa": (f"زنقة {AR} رقم ١٢، الدار البيضاء", AR),
    "AR Saudi short address": (f"RRRD2929 {AR}", "RRRD2929"),
    "FA label street number": (f"آدرس: {FA} ۱۲", FA),
    "FA boulevard corner building": (f"بلوار {FA}، نبش کوچه ۵، ساختمان ۷", FA),
    "HE entrance flat": (f"{HE} 12 כניסה ב' דירה 4 ירושלים", HE),
    "HE transliterated": ("Rehov Zarvonko 12, Tel Aviv", "Zarvonko"),
    "RU pereulok building": (f"{RU}ий пер., 7, стр. 2", RU),
    "GR odos lower case": (f"οδός {GR.lower()} 45 αθήνα", GR.lower()),
    "GR leoforos": (f"Λεωφ. {GR} 45, Θεσσαλονίκη 546 22", GR),
    "TR lower case": (f"{TR.lower()} mah gül sok no 12 daire 5 kadıköy", TR.lower()),
    "TR apartment floor": (f"{TR} Apt. Kat 3 Daire 5, Bağdat Cad.", TR),
    "BR quadra bloco": (f"SQS 308 Bloco {BR} Apto 12, Brasília - DF", BR),
    "BR sem numero": (f"Rua {BR}, s/n, Centro", BR),
    "BR CEP first": (f"01310-100 Rua {BR} 100", BR),
    "MX sin numero": (f"Calle {MX} s/n, Col. Centro", MX),
    "MX between streets": (f"{MX} 45 entre Hidalgo y Juárez, Col. Centro", MX),
    "AF Lagos close": (f"12, {AF} Close, Lekki Phase 1, Lagos State", AF),
}

# --- birth dates after their labels, in local calendars and layouts --------------------------------------------------
BIRTHS: Dict[str, Tuple[str, Any]] = {
    "JP Showa era": ("生年月日：昭和62年9月17日", "昭和62年9月17日"),
    "JP Heisei era": ("生年月日: 平成3年9月17日", "平成3年9月17日"),
    "JP Reiwa full-width": ("生年月日：令和２年９月１７日", "令和2年9月17日"),
    "JP era letter": ("誕生日 H3.9.17", "H3.9.17"),
    "JP Gregorian": ("生年月日 1987年9月17日", "1987年9月17日"),
    "JP full-width ISO": ("生年月日：１９８７－０９－１７", "1987-09-17"),
    "KR": ("생년월일: 1987년 9월 17일", "1987년 9월 17일"),
    "KR six digits": ("생년월일 870917", "870917"),
    "CN Chinese numerals": ("出生日期：一九八七年九月十七日", "一九八七年九月十七日"),
    "TW Minguo year": ("出生日期：民國76年9月17日", "民國76年9月17日"),
    "TH Buddhist year": ("วันเกิด 17 กันยายน 2530", "17 กันยายน 2530"),
    "TH Thai digits": ("วันเกิด ๑๗/๐๙/๒๕๓๐", "17092530"),
    "TH abbreviated month": ("เกิดวันที่ 17 ก.ย. 2530", "17 ก.ย. 2530"),
    "FA Persian calendar digits": ("تاریخ تولد: ۱۳۶۶/۰۶/۲۶", "13660626"),
    "FA month name": ("متولد ۲۶ شهریور ۱۳۶۶", "شهریور 1366"),
    "AR Hijri": ("تاريخ الميلاد: ١٧/٠١/١٤٠٨هـ", "17011408"),
    "UR Urdu digits": ("تاریخ پیدائش: ۱۷-۰۹-۱۹۸۷", "17091987"),
    "HE numeric": ("תאריך לידה: 17.9.1987", "17.9.1987"),
    "HE born in month": ("נולד ב-17 בספטמבר 1987", "בספטמבר 1987"),
    "RU numeric": ("Дата рождения: 17.09.1987", "17.09.1987"),
    "RU abbreviated born": ("род. 17 сентября 1987 г.", "сентября 1987"),
    "GR": ("Ημερομηνία γέννησης: 17/09/1987", "17/09/1987"),
    "TR": ("Doğum tarihi: 17.09.1987", "17.09.1987"),
    "PT nascido em": ("nascido em 17 de setembro de 1987", "setembro de 1987"),
    "PT label": ("Data de nascimento: 17/09/1987", "17/09/1987"),
    "ES nacida el": ("nacida el 17 de septiembre de 1987", "septiembre de 1987"),
    "FR ne le": ("né le 17 septembre 1987 à Lyon", "septembre 1987"),
    "FR label": ("Date de naissance : 17/09/1987", "17/09/1987"),
    "DE geb": ("geb. 17.09.1987", "17.09.1987"),
    "DE month name": ("Geburtsdatum: 17. September 1987", "17. September 1987"),
    "EN DOB US": ("DOB: 09/17/1987", "09/17/1987"),
    "EN DOB month abbreviation": ("D.O.B 17-Sep-1987", "17-Sep-1987"),
    "EN DOB compact": ("DOB 870917", "870917"),
    "HI Devanagari digits": ("जन्म तिथि: १७/०९/१९८७", "17091987"),
    "BN Bengali digits": ("জন্ম তারিখ: ১৭/০৯/১৯৮৭", "17091987"),
    "NE Bikram Sambat": ("जन्म मिति: २०४४/०६/०१", "20440601"),
    "VI": ("Ngày sinh: 17/09/1987", "17/09/1987"),
    "ID place and date": ("TTL: Bandung, 17 September 1987", "17 September 1987"),
    "SW": ("Tarehe ya kuzaliwa: 17/09/1987", "17/09/1987"),
    "AR Arabic-Indic ISO": ("تاريخ الميلاد: ١٩٨٧-٠٩-١٧", "19870917"),
    "AR mawalid": ("مواليد 17/9/1987", "17/9/1987"),
    "CN date before born": ("1987年9月17日出生", "1987年9月17日"),
    "AM Amharic": ("የትውልድ ቀን: 07/01/1980", "07/01/1980"),
    "FR nee le first": ("née le 1er mai 1987", "1er mai 1987"),
    "JP Reiwa first year": ("生年月日 令和元年5月1日", "令和元年5月1日"),
    "KR two-digit year": ("생일: 87.09.17", "87.09.17"),
    "JP kanji numerals Heisei": ("生年月日：平成三年九月十七日", "平成三年九月十七日"),
    "DE geboren am": ("geboren am 17.09.1987", "17.09.1987"),
}

# --- national ids with their checks, in local digits and full-width forms ---------------------------------------------
IDS: Dict[str, Tuple[str, Any]] = {
    "JP My Number full-width groups": (f"マイナンバー：{digits_in('fullwidth', spaced_groups(MYNUM, [4, 4, 4]))}",
                                       MYNUM),
    "JP My Number full-width unbroken": (f"個人番号 {digits_in('fullwidth', MYNUM)}", MYNUM),
    "CN resident id full-width": (f"身份证号：{digits_in('fullwidth', CN_ID)}", CN_ID[:17]),
    "CN resident id label in Japanese": (f"中国身分証 {CN_ID}", CN_ID[:17]),
    "KR RRN dashed": (f"주민등록번호: {KR_RRN[:6]}-{KR_RRN[6:]}", KR_RRN),
    "KR RRN full-width": (f"주민번호 {digits_in('fullwidth', KR_RRN[:6] + '-' + KR_RRN[6:])}", KR_RRN),
    "TW id full-width": (f"身分證字號：{digits_in('fullwidth', TW_ID)}", TW_ID[1:]),
    "TH id Thai digits groups": (
        f"เลขประจำตัวประชาชน {digits_in('thai', spaced_groups(TH_ID, [1, 4, 5, 2, 1], '-'))}", TH_ID),
    "TH id Thai digits no label": (digits_in("thai", spaced_groups(TH_ID, [1, 4, 5, 2, 1], " ")), TH_ID),
    "IR national code Persian digits": (f"کد ملی: {digits_in('persian', IR_CODE)}", IR_CODE),
    "IR national code dashed": (f"کد ملی {digits_in('persian', IR_CODE[:3] + '-' + IR_CODE[3:9] + '-' + IR_CODE[9])}",
                                IR_CODE),
    "SA id Arabic digits": (f"رقم الهوية: {digits_in('arabic', SA_ID)}", SA_ID),
    "SA id iqama": (f"رقم الإقامة {digits_in('arabic', '2' + SA_ID[1:])}", "2" + SA_ID[1:]),
    "AE Emirates id Arabic digits": (
        f"رقم الهوية الإماراتية {digits_in('arabic', spaced_groups(AE_ID, [3, 4, 7, 1], '-'))}", AE_ID),
    "EG national id Arabic digits": (f"الرقم القومي: {digits_in('arabic', '28709170127395')}", "28709170127395"),
    "IL id label": (f"מספר זהות: {IL_ID}", IL_ID),
    "IN Aadhaar Devanagari digits": (f"आधार संख्या: {digits_in('devanagari', AADHAAR)}", AADHAAR.replace(" ", "")),
    "IN PAN full-width": ("ＰＡＮ：ＺＡＲＰＶ４８２１Ｋ", "ZARPV4821K"),
    "TR TCKN label": (f"T.C. Kimlik No: {TR_ID}", TR_ID),
    "TR TCKN full-width": (f"TC: {digits_in('fullwidth', TR_ID)}", TR_ID),
    "BR CPF dotted": (f"CPF: {BR_CPF[:3]}.{BR_CPF[3:6]}.{BR_CPF[6:9]}-{BR_CPF[9:]}", BR_CPF),
    "BR CPF full-width": (f"ＣＰＦ {digits_in('fullwidth', BR_CPF)}", BR_CPF),
    "RU SNILS": (f"СНИЛС {RU_SNILS}", RU_SNILS.replace("-", "").replace(" ", "")),
    "RU passport": ("паспорт серия 45 12 № 739258", "739258"),
    "GR AMKA": (f"ΑΜΚΑ: {GR_AMKA}", GR_AMKA),
    "MX CURP": (f"CURP: {MX_CURP}", MX_CURP),
    "PK CNIC Urdu digits": ("شناختی کارڈ نمبر: ۳۵۲۰۲-۷۳۹۲۵۸۱-۳", "3520273925813"),
    "BD NID Bengali digits": ("জাতীয় পরিচয়পত্র নং: ১৯৮৭২৬১২৭৩৯২৫৮১৪৬", "19872612739258146"),
    "NG NIN label": ("NIN: 27392581460", "27392581460"),
    "KE ID label": ("ID No. 27392581", "27392581"),
    "VN CCCD": ("Số CCCD: 001087273925", "001087273925"),
    "HK id full-width": ("香港身份證：Ｚ６８３３６５（５）", "Z683365"),
    "MX voter key": ("Clave de elector: ZRVNDO87091709M100", "ZRVNDO87091709M100"),
    "JP My Number dashed": (f"個人番号：{MYNUM[:4]}-{MYNUM[4:8]}-{MYNUM[8:]}", MYNUM),
    "TH id groups no label": (spaced_groups(TH_ID, [1, 4, 5, 2, 1]), TH_ID),
    "IR national code in a sentence": (f"کد ملی {digits_in('persian', IR_CODE)} است", IR_CODE),
    "EG national id no label": (digits_in("arabic", "28709170127395"), "28709170127395"),
}

# --- keys naming an address, a birth date or a national id, in local languages ----------------------------------------
K_VALUE = "Ximbrevodna"  # a value nothing in itself marks personal: only its key can tell
PLACE_KEYS: List[str] = [
    "住所", "郵便番号", "生年月日", "マイナンバー", "주소", "우편번호", "생년월일", "주민등록번호",
    "收货地址", "出生日期", "身份证号", "ที่อยู่", "วันเกิด", "dia_chi", "ngay_sinh", "pin_code", "pincode", "تاريخ_الميلاد",
    "کد_پستی", "تاریخ_تولد", "کد_ملی", "כתובת", "תאריך_לידה", "адрес_доставки",
    "почтовый_индекс", "дата_рождения", "διεύθυνση", "ημερομηνία_γέννησης", "adres",
    "dogum_tarihi", "tc_kimlik_no", "mahalle", "endereco", "data_nascimento", "cpf", "colonia",
    "curp", "po_box", "nin", "kelurahan",
]


def key_cases() -> Iterator[Case]:
    return keys_in_places(PLACE_KEYS, K_VALUE, "38")


# Values under the settings that must keep them out whatever the gate reads: `meta_custom_data = standard` and a
# listed key, `meta_url_query = drop`.
MINIMISED_VALUES: Dict[str, Tuple[str, Any]] = {
    "addr JP postal mark full-width": ADDRESSES["JP postal mark full-width"],
    "addr KR road building flat": ADDRESSES["KR road building flat"],
    "addr RU street house flat index": ADDRESSES["RU street house flat index"],
    "dob JP Heisei era": BIRTHS["JP Heisei era"],
    "dob FA Persian calendar digits": BIRTHS["FA Persian calendar digits"],
    "nid SA id Arabic digits": IDS["SA id Arabic digits"],
}
MINIMISED_PLACES = ["standard custom property", "standard page title", "dropped query",
                    "url fragment under dropped query", "listed page property", "standard search string"]


def minimised_cases() -> Iterator[Case]:
    for name, (value, shown) in MINIMISED_VALUES.items():
        family, rest = name.split(" ", 1)
        forms = [shown] if isinstance(shown, str) else list(shown)
        for where in MINIMISED_PLACES:
            yield (f"{family} minimised {rest} @ {where}", *place(where, value), forms)


def _order(properties: Dict[str, Any], products: Any = None) -> Dict[str, Any]:
    found: Dict[str, Any] = {"name": "Order Completed", "properties": properties}
    if products is not None:
        found["products"] = products
    return found


# Refusals whose Err must not echo the address, the date or the id: (kind, overrides, what must not be echoed).
ERR_VALUES: Dict[str, Tuple[str, Dict[str, Any], Any]] = {
    "price holding a Japanese address": ("track", _order({"currency": "JPY"}, [
        {"product_id": "V-38", "name": "Tee", "price": f"〒150-0041 {JP}町2-14-3", "quantity": "1"}]), [JP]),
    "quantity holding a Russian address": ("track", _order({"currency": "RUB", "value": "5"}, [
        {"product_id": "V-38", "name": "Tee", "price": "5", "quantity": f"ул. {RU}ая, д. 12"}]), [RU]),
    "value holding a birth date": ("track", _order({"currency": "EUR", "value": "DOB 17.09.1987"}), ["17.09.1987"]),
    "value holding Arabic-Indic id": ("track", _order({"currency": "SAR", "value": digits_in("arabic", SA_ID)}),
                                      [SA_ID]),
    "currency holding a Brazilian street": ("track", _order({"currency": f"Rua {BR} 100", "value": "5"}), [BR]),
    "default currency setting holding a Korean road": (
        "track", {**_order({"value": "5"}), "settings": {"meta_default_currency": f"{KR} 14"}}, [KR]),
    "contents quantity holding a Thai address": ("track", _order({
        "currency": "THB", "value": "5", "contents": json.dumps(
            [{"id": "S-38", "item_price": 5, "quantity": f"ซอย{TH} 10110"}], ensure_ascii=False)}), [TH]),
    "price holding a CPF": ("track", _order({"currency": "BRL"}, [
        {"product_id": "V-38", "name": "Tee", "price": f"CPF {BR_CPF}", "quantity": "1"}]), [BR_CPF]),
    "value holding full-width My Number": ("track", _order({"currency": "JPY", "value": digits_in("fullwidth", MYNUM)}),
                                           [MYNUM]),
    "predicted ltv holding a Mexican address": ("track", {
        "name": "Subscribe", "properties": {"currency": "MXN", "predicted_ltv": f"Calle {MX} 45, C.P. 06700"}}, [MX]),
}


def cases() -> List[Case]:
    found: List[Case] = [
        *rotated("addr", ADDRESSES, TEXT_PLACES, 2),
        *rotated("dob", BIRTHS, TEXT_PLACES, 2, start=7),
        *rotated("nid", IDS, TEXT_PLACES, 2, start=13),
        *key_cases(), *minimised_cases(),
    ]
    found += [(f"err {name}", kind, overrides, list(shown)) for name, (kind, overrides, shown) in ERR_VALUES.items()]
    return found


# Ordinary values of the same shapes as shops write them, which must go out unchanged.
ORDINARY: Dict[str, List[str]] = {
    # products named after places
    "products": [
        "東京ばな奈 8個入", "京都宇治抹茶 100g", "서울 에코백 Seoul Edition", "上海滩 香水 50ml",
        "Havaianas Rio de Janeiro Tam. 39/40", "İstanbul Çay Bardağı 6'lı", "Магнит Москва-Сити",
        "Ελαιόλαδο Κρήτης 500ml", "Bangkok Street Food Cookbook", "Cà phê phin Sài Gòn 250g",
        "Jaipur Block Print Kurta XL", "شوكولاتة دبي 200 غرام", "زعفران مشهد ۴٫۶ گرم", "Tel Aviv Hummus Kit",
        "Lagos Ankara Print Fabric 6 yards", "Nairobi Kiondo Basket", "Mezcal Oaxaca 750 ml",
    ],
    # sizes and quantities in local digits
    "sizes": [
        "サイズ：２７．５ｃｍ", "مقاس ٤٢", "سایز ۴۲", "ไซซ์ ๔๒", "साइज ४२", "尺码：Ｌ", "２個セット",
        "Размер 42-44", "Νούμερο 38",
    ],
    # dates of sales and seasons, in local calendars
    "sale dates": [
        "セール期間：2024年11月29日〜12月1日", "令和6年度 新作", "平成レトロ 特集", "Black Friday ٢٩/١١/٢٠٢٤",
        "ลดราคา ๒๙/๑๑/๒๕๖๗", "Yılbaşı indirimi 31.12.2024'e kadar", "Распродажа до 31.12.2024",
        "Oferta válida até 31/12/2024", "Promo hasta el 31/12/2024", "تخفیف نوروز ۱۴۰۳/۰۱/۰۱",
        "عرض رمضان حتى ٣٠/٠٩/١٤٤٦", "双11 限时 2024年11月11日", "Birthday Card 3 September Edition",
        "誕生日ケーキ 5号", "생일 케이크 2호",
    ],
    # the shop's own stores and pick-up points
    "stores": [
        "店舗：渋谷パルコ5階", "매장: 강남역점", "门店：南京东路旗舰店", "Loja Shopping Iguatemi, Piso 2",
        "Sucursal Polanco", "Mağaza: Kadıköy şubesi", "Click & Collect: Centro Comercial Santa Fe",
    ],
}
ORDINARY_PLACES = ["custom property", "page title", "product name", "search string"]
# Sizes, dates and stores in the two leaves a shop writes them in most (a product's name, a free property).
SHORT_PLACES = ["custom property", "product name"]
PLACES_OF = {"products": ORDINARY_PLACES, "sizes": SHORT_PLACES, "sale dates": SHORT_PLACES, "stores": SHORT_PLACES}
ORDINARY_KEYS_38 = ["store_location", "pickup_store", "ship_from_city", "origin_prefecture", "sale_end_date",
                    "size_jp", "region_of_origin", "warehouse_city", "birthday_sale", "delivery_slot"]
ORDINARY_URLS_38 = [
    f"{SHOP}/collections/kyoto-matcha",
    f"{SHOP}/stores/shibuya-parco",
    f"{SHOP}/products/havaianas-rio?size=39-40",
    f"{SHOP}/%E6%9D%B1%E4%BA%AC/%E3%81%8A%E5%9C%9F%E7%94%A3",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, PLACES_OF, place)
    yield from ordinary_keys(ORDINARY_KEYS_38)
    yield from ordinary_urls(ORDINARY_URLS_38)
