"""A thirteenth outside attack on the privacy gate, written from the README's promises alone (section "Personal data:
one budget in, one gate out", the mapping tables and what the README says it does not claim), without reading the
gate's code nor the earlier attacks' cases.

Two shoppers no earlier attack visited much. One in Seoul, Shanghai, Shenzhen, Taipei or Ho Chi Minh City: Korean,
Chinese, Taiwanese and Vietnamese mobiles and landlines (dialled, national, with the local separators and full-width
digits), the Korean resident registration number, the Chinese resident id (check character `X`), the Taiwanese id and
the Vietnamese CCCD with their real checks, addresses in Hangul, Hanzi and Vietnamese (with and without diacritics),
names written without spaces after labels and honorifics, KakaoTalk, WeChat, LINE and Zalo ids and links, and keys in
Korean, Chinese and Vietnamese. One in Cairo, Riyadh, Dubai, Tehran or Tel Aviv: mobiles in Latin, Arabic-Indic and
Persian digits behind bidi marks and isolates, the Emirates ID, the Saudi id and iqama, the Israeli Teudat Zehut, the
Iranian national code and the Egyptian national id, addresses and names in Arabic, Persian and Hebrew script and in
transliteration, and keys in those languages.

Each case is (name, kind, make_event overrides, forms), as in the second attack: the first word of a name is its
family, a form is looked for in the request by `found_any` (every script's digits folded, marks removed), and an
`Err` must not echo it. Ordinary shop data of those shops (prices in won, yuan, dong, riyal, dirham, rial and shekel,
order and tracking numbers, EANs, dates of their calendars, store hours, product names) must still go out.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import OrdinaryCase, crossed, order_place, ordinary_in_places, ordinary_keys, ordinary_urls

Case = Tuple[str, str, Dict[str, Any], List[str]]

SHOP = "https://shop.example.com"
MS = "1732875000000"  # a creation time in ms the fbc/fbp grammar accepts (the builders' NOW is in late 2024)


# Digits and look of other scripts, and the invisible characters a right-to-left text carries.
def arabic_indic(text: str) -> str:
    return "".join(chr(0x0660 + int(ch)) if ch.isascii() and ch.isdigit() else ch for ch in text)


def persian(text: str) -> str:
    return "".join(chr(0x06F0 + int(ch)) if ch.isascii() and ch.isdigit() else ch for ch in text)


def full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


def zero_width(text: str) -> str:
    return "\u200b".join(text)


def isolated(text: str) -> str:  # a left-to-right isolate around a number inside right-to-left text
    return f"\u2066{text}\u2069"


def rlm_between(text: str) -> str:
    return text.replace(" ", " \u200f").replace("-", "\u200f-\u200e")


# Checks computed here so that every id below is one its issuer would accept.
def korean_rrn(body: str) -> str:  # 12 digits, then (11 - weighted sum mod 11) mod 10
    total = sum(int(d) * w for d, w in zip(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], strict=True))
    return body + str((11 - total % 11) % 10)


def chinese_id(body: str) -> str:  # ISO 7064 MOD 11-2 over 17 digits
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def chinese_id_with_x(prefix: str) -> str:  # the first serial after `prefix` whose check character is X
    for serial in range(1000):
        number = chinese_id(f"{prefix}{serial:03d}")
        if number.endswith("X"):
            return number
    raise AssertionError(prefix)


_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def taiwan_id(letter: str, body: str) -> str:  # a letter, a sex digit and 7 digits, then the check
    code = _TW_LETTERS[letter]
    digits = [code // 10, code % 10, *map(int, body)]
    total = sum(d * w for d, w in zip(digits, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1], strict=True))
    return f"{letter}{body}{(10 - total % 10) % 10}"


def luhn(body: str) -> str:
    total = 0
    for index, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if index % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def israeli_id(body: str) -> str:  # 8 digits, then the Luhn-like check of the Teudat Zehut
    return luhn(body)


def iranian_code(body: str) -> str:  # 9 digits, then sum(d * (10 - i)) mod 11
    rest = sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    return body + str(rest if rest < 2 else 11 - rest)


def gs1(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


RRN = korean_rrn("900101123456")  # born 1990-01-01, a man
CN_ID = chinese_id_with_x("44030519900307")  # Shenzhen Nanshan, born 1990-03-07
TW_ID = taiwan_id("A", "12345678")
CCCD = "079090012345"  # Ho Chi Minh City (079), a man born in the 2000s' century digit 0, 1990
EMIRATES = luhn("78419901234567")
SAUDI = luhn("108456723")  # a citizen's id begins with 1
IQAMA = luhn("245678123")  # a resident's iqama begins with 2
TZ = israeli_id("03456789")
IRAN = iranian_code("008457594")
EGYPT = "29001011234567"  # century 2 (1900s), born 1990-01-01, governorate 12, serial and check


# Phones: (spelling, the digits that must not leave). Each national number keeps a digit run no other case shares.
PHONES: Dict[str, Tuple[str, str]] = {
    "Korean mobile national": ("010-4821-7365", "1048217365"),
    "Korean mobile dialled": ("+82 10-4821-7365", "1048217365"),
    "Korean mobile full-width": (full_width("010-4821-7365"), "1048217365"),
    "Korean mobile wave dash": ("010～4821～7365", "1048217365"),
    "Korean mobile dotted": ("010.4821.7365", "1048217365"),
    "Korean mobile after a label": ("연락처: 010 4821 7365", "1048217365"),
    "Korean mobile glued to Hangul": ("휴대폰01048217365으로", "1048217365"),
    "Korean landline Seoul": ("02-3141-5926", "231415926"),
    "Chinese mobile spaced": ("139 8273 6451", "13982736451"),
    "Chinese mobile dialled": ("+86-139-8273-6451", "13982736451"),
    "Chinese mobile after a full-width colon": ("手机：13982736451", "13982736451"),
    "Chinese mobile in full-width digits": (full_width("13982736451"), "13982736451"),
    "Chinese mobile in numerals": ("一三九八二七三六四五一", "13982736451"),
    "Chinese landline Shenzhen": ("0755-8613-2468", "75586132468"),
    "Chinese landline in parentheses": ("(0755) 8613 2468", "75586132468"),
    "Taiwanese mobile national": ("0928-417-365", "928417365"),
    "Taiwanese mobile dialled": ("+886 928 417 365", "928417365"),
    "Taiwanese landline Taipei": ("(02)2758-1934", "227581934"),
    "Vietnamese mobile dotted": ("0983.174.265", "983174265"),
    "Vietnamese mobile dialled": ("+84 983 174 265", "983174265"),
    "Vietnamese mobile after SĐT": ("SĐT: 0983174265", "983174265"),
    "Vietnamese mobile compact dialled": ("84983174265", "983174265"),
    "Egyptian mobile Arabic-Indic": (arabic_indic("01224837165"), "1224837165"),
    "Egyptian mobile dialled Arabic-Indic": (arabic_indic("+20 122 483 7165"), "1224837165"),
    "Saudi mobile dialled": ("+966 54 821 7365", "548217365"),
    "Saudi mobile 00": ("00966548217365", "548217365"),
    "Saudi mobile Arabic-Indic with marks": (rlm_between(arabic_indic("054 821 7365")), "548217365"),
    "Saudi mobile after a label": ("جوال: ٠٥٤٨٢١٧٣٦٥", "548217365"),
    "Emirati mobile national": ("052-481-7365", "524817365"),
    "Emirati mobile dialled isolated": (isolated("+971 52 481 7365"), "524817365"),
    "Iranian mobile Persian": (persian("0935 482 1736"), "9354821736"),
    "Iranian mobile Persian dialled": (persian("+98 935 482 1736"), "9354821736"),
    "Iranian mobile Persian compact after a label": ("موبایل: " + persian("09354821736"), "9354821736"),
    "Israeli mobile national": ("054-738-2916", "547382916"),
    "Israeli mobile dialled": ("+972-54-738-2916", "547382916"),
    "Israeli mobile after a Hebrew label": ("נייד: 054-7382916", "547382916"),
    "Korean mobile with ideographic spaces": ("010\u30004821\u30007365", "1048217365"),
    "Chinese landline with an extension": ("0755-86132468转8001", "75586132468"),
    "Iranian landline Tehran Persian": (persian("021-8877 6655"), "2188776655"),
    "Egyptian landline Cairo": ("02 2579 4831", "225794831"),
    "Korean mobile with the Hangul letter eu for dashes": ("010ㅡ4821ㅡ7365", "1048217365"),
    "Saudi mobile Arabic thousands separators": (arabic_indic("0548٬217٬365"), "548217365"),
    "Saudi mobile Arabic decimal separators": (arabic_indic("054٫821٫7365"), "548217365"),
    "Saudi mobile with its plus at the end": ("966548217365+", "548217365"),
    "Saudi mobile groups in right-to-left order": ("7365 821 54 966+", "548217365"),
    "Iranian mobile Persian with non-joiners": (persian("0935\u200c482\u200c1736"), "9354821736"),
    "Israeli mobile with maqaf": ("054־738־2916", "547382916"),
    "Chinese mobile with em dashes": ("139—8273—6451", "13982736451"),
}
PHONE_PLACES = ["custom property", "east text", "page title", "url query value", "fragment", "user agent",
                "contents title", "url path", "referrer path", "search string", "json property", "page search"]

IDS: Dict[str, Tuple[str, str]] = {
    "Korean RRN": (f"{RRN[:6]}-{RRN[6:]}", RRN),
    "Korean RRN after its label": (f"주민등록번호: {RRN[:6]}-{RRN[6:]}", RRN),
    "Korean RRN full-width": (full_width(f"{RRN[:6]}-{RRN[6:]}"), RRN),
    "Chinese resident id with X": (CN_ID, CN_ID[:17]),
    "Chinese resident id lower-case x after its label": (f"身份证号：{CN_ID.lower()}", CN_ID[:17]),
    "Chinese resident id in groups": (f"{CN_ID[:6]} {CN_ID[6:14]} {CN_ID[14:]}", CN_ID[:17]),
    "Taiwanese id": (TW_ID, TW_ID[1:]),
    "Taiwanese id after its label": (f"身分證字號：{TW_ID}", TW_ID[1:]),
    "Vietnamese CCCD after its label": (f"CCCD: {CCCD}", CCCD),
    "Vietnamese CCCD after the long label": (f"Số CCCD {CCCD}", CCCD),
    "Emirates ID dashed": (f"{EMIRATES[:3]}-{EMIRATES[3:7]}-{EMIRATES[7:14]}-{EMIRATES[14]}", EMIRATES),
    "Emirates ID compact": (EMIRATES, EMIRATES),
    "Saudi national id after its label": (f"رقم الهوية: {arabic_indic(SAUDI)}", SAUDI),
    "Saudi iqama after its label": (f"Iqama No. {IQAMA}", IQAMA),
    "Saudi iqama after its Arabic label": (f"رقم الإقامة: {arabic_indic(IQAMA)}", IQAMA),
    "Emirates ID in Arabic-Indic digits": (arabic_indic(f"{EMIRATES[:3]}-{EMIRATES[3:7]}-{EMIRATES[7:14]}-"
                                                        f"{EMIRATES[14]}"), EMIRATES),
    "Iranian national code in Persian digits": (persian(IRAN), IRAN),
    "Korean passport after its label": ("여권번호: M48217365", "M48217365"),
    "Chinese passport after its label": ("护照号码：E48217365", "E48217365"),
    "Vietnamese old CMND after its label": ("CMND: 024817365", "024817365"),
    "Korean driving licence": ("운전면허번호 11-90-482173-65", "119048217365"),
    "Chinese resident id of the old 15 digits": ("身份证：440305900307123", "440305900307123"),
    "Israeli Teudat Zehut after the Hebrew word": (f"תעודת זהות {TZ}", TZ),
    "Israeli Teudat Zehut after its label": (f"ת.ז. {TZ}", TZ),
    "Iranian national code after its label": (f"کد ملی: {persian(IRAN)}", IRAN),
    "Iranian national code dashed": (f"{IRAN[:3]}-{IRAN[3:9]}-{IRAN[9]}", IRAN),
    "Egyptian national id": (EGYPT, EGYPT),
    "Egyptian national id after its label": (f"الرقم القومي: {arabic_indic(EGYPT)}", EGYPT),
}
ID_PLACES = ["custom property", "west text", "url query value", "page title", "url path", "contents category",
             "user agent"]

# Numbers spoken digit by digit in the personas' languages, as a chat or a voice note's transcript writes them.
PHONE_WORDS: Dict[str, Tuple[str, str]] = {
    "Korean sino digits": ("공일공 사팔이일 칠삼육오", "1048217365"),
    "Chinese capital numerals": ("壹叁玖 捌贰柒叁 陆肆伍壹", "13982736451"),
    "Chinese numerals with 幺 for one": ("幺三九 八二七三 六四五幺", "13982736451"),
    "Vietnamese words": ("không chín tám ba một bảy bốn hai sáu năm", "983174265"),
    "Arabic words": ("صفر خمسة أربعة ثمانية اثنان واحد سبعة ثلاثة ستة خمسة", "548217365"),
    "Persian words": ("صفر نه سه پنج چهار هشت دو یک هفت سه شش", "9354821736"),
    "Hebrew words": ("אפס חמש ארבע שבע שלוש שמונה שתיים תשע אחת שש", "547382916"),
}
PHONE_WORD_PLACES = ["custom property", "page title"]

MAILS: Dict[str, Tuple[str, str]] = {
    "Naver address": ("minjun.kim88@naver.com", "minjun.kim88"),
    "Naver address with a full-width at": ("minjun.kim88＠naver．com", "minjun.kim88"),
    "Naver address in Korean words": ("minjun.kim88 골뱅이 naver 점 com", "minjun.kim88"),
    "Daum address with a small at": ("minjun.kim88﹫daum.net", "minjun.kim88"),
    "NetEase address": ("wangxm1988@163.com", "wangxm1988"),
    "NetEase address with # for @": ("wangxm1988#163.com（#换成@）", "wangxm1988"),
    "NetEase address in Chinese words": ("wangxm1988 艾特 163 点 com", "wangxm1988"),
    "QQ numeric address": ("2837461950@qq.com", "2837461950"),
    "QQ address with an ideographic full stop": ("2837461950@qq。com", "2837461950"),
    "Vietnamese words": ("nguyenvanan1990 a còng gmail chấm com", "nguyenvanan1990"),
    "Vietnamese comma for dot": ("nguyenvanan1990@gmail,com", "nguyenvanan1990"),
    "Arabic words": ("ahmed.alotaibi آت hotmail دوت كوم", "ahmed.alotaibi"),
    "Arabic address with marks": ("\u200fahmed.alotaibi\u200e@\u200fhotmail.com", "ahmed.alotaibi"),
    "Arabic comma for dot": ("ahmed.alotaibi@hotmail،com", "ahmed.alotaibi"),
    "Persian words": ("ali.rezaei64 اَت gmail دات کام", "ali.rezaei64"),
    "Iranian provider": ("ali.rezaei64@chmail.ir", "ali.rezaei64"),
    "Hebrew words": ("david.cohen77 שטרודל gmail נקודה com", "david.cohen77"),
    "Walla address": ("david.cohen77@walla.co.il", "david.cohen77"),
    "Korean internationalized address": ("김민준88@회사.한국", "김민준88"),
    "Chinese internationalized address": ("王小明88@公司.中国", "王小明88"),
    "Arabic internationalized address": ("أحمد.العتيبي@مثال.السعودية", "أحمد.العتيبي"),
    "Hebrew internationalized address": ("דוד.כהן@דוגמה.ישראל", "דוד.כהן"),
    "NetEase address without its top-level domain": ("wangxm1988@163", "wangxm1988"),
    "NetEase address with a full-width # for @": ("wangxm1988＃163.com", "wangxm1988"),
    "Hanmail address": ("minjun.kim88@hanmail.net", "minjun.kim88"),
    "QQ address after the QQ label": ("QQ邮箱 2837461950", "2837461950"),
}
MAIL_PLACES = ["custom property", "west text", "url query value", "fragment", "referrer path", "contents brand",
               "utm_campaign"]

NAMES: Dict[str, Tuple[str, str]] = {
    "Korean after a recipient label": ("수령인: 김민준", "김민준"),
    "Korean after a name label": ("이름: 김민준", "김민준"),
    "Korean before 님 after a label": ("받는 분: 김민준 님", "김민준"),
    "Korean after a salutation": ("친애하는 김민준 님께,", "김민준"),
    "Chinese after a recipient label": ("收货人：王小明", "王小明"),
    "Chinese after a name label": ("姓名：王小明", "王小明"),
    "Chinese after a salutation": ("尊敬的王小明先生：", "王小明"),
    "Chinese after a traditional recipient label": ("收件人：陳美玲小姐", "陳美玲"),
    "Vietnamese after a recipient label": ("Người nhận: Nguyễn Văn An", "Nguyễn Văn An"),
    "Vietnamese without diacritics after a label": ("Nguoi nhan: Nguyen Van An", "Nguyen Van An"),
    "Vietnamese after Họ và tên": ("Họ và tên: Trần Thị Bích", "Trần Thị Bích"),
    "Vietnamese after Kính gửi anh": ("Kính gửi anh Nguyễn Văn An,", "Nguyễn Văn An"),
    "Vietnamese after Kính gửi chị": ("Kính gửi chị Trần Thị Bích,", "Trần Thị Bích"),
    "Arabic after a name label": ("الاسم: محمد العتيبي", "محمد العتيبي"),
    "Arabic after a recipient label": ("المستلم: محمد العتيبي", "محمد العتيبي"),
    "Arabic after a salutation and honorific": ("عزيزي السيد محمد العتيبي،", "محمد العتيبي"),
    "Arabic transliterated after a label": ("Recipient: Mohammed Al-Otaibi", "Mohammed Al-Otaibi"),
    "Persian after a name label": ("نام و نام خانوادگی: علی رضایی", "علی رضایی"),
    "Persian after a recipient label": ("گیرنده: علی رضایی", "علی رضایی"),
    "Persian after an honorific": ("جناب آقای علی رضایی", "علی رضایی"),
    "Hebrew after a name label": ("שם: דוד כהן", "דוד כהן"),
    "Hebrew after a recipient label": ("נמען: דוד כהן", "דוד כהן"),
    "Hebrew after לכבוד": ("לכבוד דוד כהן,", "דוד כהן"),
    "Chinese before 先生 alone": ("王小明先生", "王小明"),
    "Korean before 님 alone": ("김민준님 주문 감사합니다", "김민준"),
    "Korean after the depositor label": ("입금자명: 김민준", "김민준"),
    "Korean after the orderer label": ("주문자: 김민준", "김민준"),
    "Korean after the account holder label": ("예금주: 김민준", "김민준"),
    "Chinese after the contact label": ("联系人：王小明", "王小明"),
    "Taiwanese after the orderer label": ("訂購人：陳美玲", "陳美玲"),
    "Vietnamese after Tên": ("Tên: Nguyễn Văn An", "Nguyễn Văn An"),
    "Vietnamese in capitals after a label": ("HO TEN: NGUYEN VAN AN", "NGUYEN VAN AN"),
    "Arabic after the customer name label": ("اسم العميل: محمد العتيبي", "محمد العتيبي"),
    "Hebrew after the customer name label": ("שם הלקוח: דוד כהן", "דוד כהן"),
    "Persian after the short name label": ("نام: علی رضایی", "علی رضایی"),
}
NAME_PLACES = ["custom property", "page title", "json property", "contents brand"]

POSTAL: Dict[str, Tuple[str, str]] = {
    "Korean road address": ("서울특별시 강남구 테헤란로 152, 강남파이낸스센터", "테헤란로 152"),
    "Korean apartment unit": ("서울 마포구 월드컵북로 396, 101동 1203호", "101동 1203호"),
    "Korean lot address": ("서울시 종로구 관철동 45-6번지, 2층", "관철동 45-6"),
    "Chinese street and number": ("广东省深圳市南山区科技园路8号，腾讯大厦", "科技园路8号"),
    "Chinese apartment": ("上海市浦东新区世纪大道100号 3栋1502室", "3栋1502室"),
    "Taiwanese street in traditional script": ("台北市信義區信義路五段7號5樓", "信義路五段7號"),
    "Vietnamese street with diacritics": ("123 Đường Lê Lợi, Quận 1, TP.HCM", "123 Đường Lê Lợi"),
    "Vietnamese street without diacritics": ("123 Duong Le Loi, Quan 1, TP.HCM", "123 Duong Le Loi"),
    "Vietnamese house number word": ("Số 45 Phố Hàng Bạc, Hoàn Kiếm, Hà Nội", "45 Phố Hàng Bạc"),
    "Vietnamese alley": ("Hẻm 12/5 Nguyễn Trãi, Phường 3, Quận 5", "12/5 Nguyễn Trãi"),
    "Arabic street then number": ("شارع التحرير 12، الدقي، الجيزة", "شارع التحرير 12"),
    "Arabic number in Arabic-Indic first": ("١٢ شارع الملك فهد، العليا، الرياض", "شارع الملك فهد"),
    "Persian plaque": ("تهران، خیابان ولیعصر، کوچه نادر، پلاک ۱۲، واحد ۳", "پلاک ۱۲"),
    "Hebrew street": ("רחוב הרצל 12, תל אביב", "הרצל 12"),
    "Hebrew street without its word": ("הרצל 12 דירה 4, תל אביב", "הרצל 12"),
    "Transliterated Dubai villa": ("Villa 12, Street 5B, Al Barsha 2, Dubai", "Villa 12"),
    "Transliterated Riyadh road": ("King Fahd Rd 4821, Al Olaya, Riyadh 12214", "King Fahd Rd 4821"),
    "Transliterated Tel Aviv": ("Herzl St 12, Apt 4, Tel Aviv", "Herzl St 12"),
    "Transliterated Tehran plaque": ("Valiasr St, Nader Alley, No. 12, Tehran", "Nader Alley, No. 12"),
    "Cairo street first": ("12 El Tahrir St, Dokki, Giza", "12 El Tahrir St"),
    "Shenzhen building and unit": ("深圳市南山区粤海街道科兴科学园B栋4单元1203", "4单元1203"),
    "Vietnamese flat": ("Chung cư Sunrise City, Tòa V5, Phòng 1203, Quận 7", "Phòng 1203"),
    "Saudi national address": ("RRRD2929, 2929 Al Amir Sultan, Al Muhammadiyah, Riyadh 12362", "RRRD2929"),
    "Tehran coordinates": ("35.699722, 51.338056", "35.699722"),
    "Korean apartment in romanization": ("101-dong 1203-ho, 396 World Cup buk-ro, Mapo-gu, Seoul", "1203-ho"),
}
POSTAL_PLACES = ["custom property", "page title", "json property", "url query value"]

HANDLES: Dict[str, Tuple[str, str]] = {
    "KakaoTalk id": ("카톡 ID: minjun_kim88", "minjun_kim88"),
    "KakaoTalk id in Korean": ("카카오톡 아이디 minjunkr88", "minjunkr88"),
    "WeChat id": ("微信号：wangxm_1988", "wangxm_1988"),
    "WeChat wxid": ("WeChat: wxid_8x7k2m9q1z22", "wxid_8x7k2m9q1z22"),
    "LINE id link": ("https://line.me/ti/p/~minjun88tw", "minjun88tw"),
    "LINE id": ("LINE ID: chenmeiling88", "chenmeiling88"),
    "Zalo link with a phone": ("https://zalo.me/0983174265", "983174265"),
    "Zalo number": ("Zalo: 0983 174 265", "983174265"),
    "WhatsApp link Saudi": ("https://wa.me/966548217365", "548217365"),
    "WhatsApp link Egypt with text": ("https://api.whatsapp.com/send?phone=201224837165&text=salam", "1224837165"),
    "Telegram handle": ("Telegram: @ali_rezaei_64", "ali_rezaei_64"),
    "Telegram link": ("https://t.me/ali_rezaei_64", "ali_rezaei_64"),
}
HANDLE_PLACES = ["custom property", "page title", "utm_campaign"]

# Keys of the personas' forms: a key, its value a marker only the key makes personal.
KEYS = ["이메일", "전화번호", "휴대폰번호", "핸드폰", "연락처", "주소", "배송지", "수령인", "받는분", "이름", "성명",
        "생년월일", "주민등록번호", "手机号", "手机号码", "电话", "邮箱", "电子邮箱", "收货地址", "收货人", "姓名",
        "身份证号", "联系方式", "微信号", "手機號碼", "電子郵件", "收件人", "số điện thoại", "so_dien_thoai", "sdt",
        "địa chỉ", "dia_chi", "họ tên", "ho_ten", "ngày sinh", "البريد الإلكتروني", "رقم الجوال", "رقم الهاتف", "جوال",
        "العنوان_الوطني", "الاسم الكامل", "رقم الهوية", "تاريخ الميلاد", "ایمیل", "شماره موبایل", "شماره تلفن",
        "کد ملی", "نشانی", "آدرس", "نام و نام خانوادگی", "טלפון", "נייד", 'דוא"ל', "אימייל", "כתובת", "שם מלא",
        "תעודת זהות", "shoujihao", "youxiang", "shouhuo_dizhi", "jeonhwabeonho", "raqm_aljawal", "shomare_mobile",
        "dianhua", "xingming", "shenfenzheng", "lianxiren", "shoujianren", "hyudaepon", "ireum", "juso", "sodienthoai",
        "diachi", "hoten", "sdt_nguoi_nhan", "jawal", "hatif", "unwan", "telefon_nayad", "ktovet", "shem_male",
        "입금자명", "주문자", "예금주", "联系人", "訂購人", "tên", "اسم العميل", "שם הלקוח", "کدپستی", "邮政编码",
        "우편번호", "mã bưu chính"]


def _place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    product = {"name": "Product Added"}
    contents = {"id": "KR-1", "quantity": 1}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"memo": value}}),
        "east text": ("track", {"properties": {"delivery_memo": f"배송 메모 {value} 감사합니다"}}),
        "west text": ("track", {"properties": {"order_note": f"ملاحظة الطلب {value} شكرا لكم"}}),
        "page title": ("page", {"title": value}),
        "url path": ("page", {"url": f"{SHOP}/u/{q}/orders"}),
        "url query value": ("page", {"url": f"{SHOP}/p?ref={q}"}),
        "fragment": ("page", {"url": f"{SHOP}/#/checkout?ref={q}"}),
        "referrer path": ("page", {"referrer": f"https://mail.example.net/u/{q}/inbox"}),
        "utm_campaign": ("page", {"url": f"{SHOP}/p?utm_source=kakao&utm_campaign={q}"}),
        "search string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "contents title": ("track", {**product, "properties": {"contents": json.dumps([{**contents, "title": value}],
                                                                                      ensure_ascii=False)}}),
        "contents brand": ("track", {**product, "properties": {"contents": json.dumps([{**contents, "brand": value}],
                                                                                      ensure_ascii=False)}}),
        "contents category": ("track", {**product, "properties": {
            "contents": json.dumps([{**contents, "category": value}], ensure_ascii=False)}}),
        "user agent": ("track", {"user_agent": f"Mozilla/5.0 (Linux; Android 14; SM-S918N; {value}) KAKAOTALK 10.4.5"}),
        "json property": ("track", {"properties": {"order_json": json.dumps({"note": value}, ensure_ascii=False)}}),
        "page search": ("page", {"url": f"{SHOP}/search", "search": f"?q={value}"}),
    }
    return table[where]


def _encoded(where: str, how: str, value: str) -> Tuple[str, Dict[str, Any]]:
    encode = {"percent": lambda text: quote(text, safe=""), "entities": entities, "full-width": full_width,
              "zero-width": zero_width, "bidi isolates": isolated}[how]
    return _place(where, encode(value))


def value_cases() -> Iterator[Case]:
    yield from crossed("phone", PHONES, PHONE_PLACES, _place)
    yield from crossed("phone words", PHONE_WORDS, PHONE_WORD_PLACES, _place)
    yield from crossed("id", IDS, ID_PLACES, _place)
    yield from crossed("mail", MAILS, MAIL_PLACES, _place)
    yield from crossed("name", NAMES, NAME_PLACES, _place)
    yield from crossed("postal", POSTAL, POSTAL_PLACES, _place)
    yield from crossed("handle", HANDLES, HANDLE_PLACES, _place)


# A few of each family again, encoded, in the leaves whose text is decoded before it is judged.
ENCODED: Dict[str, Tuple[str, str]] = {
    "phone Korean mobile": PHONES["Korean mobile national"],
    "phone Saudi mobile": PHONES["Saudi mobile dialled"],
    "phone Iranian mobile": PHONES["Iranian mobile Persian"],
    "phone Israeli mobile": PHONES["Israeli mobile national"],
    "id Chinese resident id": IDS["Chinese resident id with X"],
    "id Korean RRN": IDS["Korean RRN"],
    "mail Naver address": MAILS["Naver address"],
    "mail Arabic words": MAILS["Arabic words"],
    "name Chinese recipient": NAMES["Chinese after a recipient label"],
    "name Arabic name label": NAMES["Arabic after a name label"],
    "postal Chinese street": POSTAL["Chinese street and number"],
}
ENCODED_PLACES = {"percent": ["custom property", "page title", "search string"],
                  "entities": ["custom property", "contents category"],
                  "full-width": ["custom property", "json property"],
                  "zero-width": ["custom property", "page title"],
                  "bidi isolates": ["custom property", "contents title"]}


def encoded_cases() -> Iterator[Case]:
    for name, (value, form) in ENCODED.items():
        family, rest = name.split(" ", 1)
        for how, places in ENCODED_PLACES.items():
            for where in places:
                yield (f"{family} {rest} encoded {how} @ {where}", *_encoded(where, how, value), [form])


def key_cases() -> Iterator[Case]:
    for index, key in enumerate(KEYS):
        marker = f"zqkeyval{index:02d}"
        yield (f"key {key}: property", "track", {"properties": {key: marker}}, [marker])
        yield (f"key {key}: query", "page", {"url": f"{SHOP}/checkout?{quote(key, safe='')}={marker}"}, [marker])
        yield (f"key {key}: json", "track", {"properties": {"form": json.dumps({key: marker}, ensure_ascii=False)}},
               [marker])


def _hex32(text: bytes) -> str:  # 32 bytes: the text, then zeros (no digest: a reader decodes it at once)
    assert len(text) <= 32
    return (text + b"\0" * (32 - len(text))).hex()


FAKE_EMAIL = _hex32(b"minjun.kim88@naver.com")
FAKE_PHONE_UTF16 = _hex32("01048217365".encode("utf-16-le"))
FAKE_NAME = _hex32("김민준 010-4821-7365".encode())


def meta_cases() -> Iterator[Case]:
    order = {"name": "Order Completed"}
    yield ("meta em of an address padded with zeros", "track", {"visitor": {"email": FAKE_EMAIL}}, [FAKE_EMAIL])
    yield ("meta ph of a phone in UTF-16 padded with zeros", "track", {"visitor": {"phone": FAKE_PHONE_UTF16}},
           [FAKE_PHONE_UTF16])
    yield ("meta fn of a name and phone padded with zeros", "track", {"visitor": {"first_name": FAKE_NAME}},
           [FAKE_NAME])
    yield ("meta em digest with a parameter-builder appendix", "track",
           {"visitor": {"email": f"{FAKE_EMAIL}.AQ"}}, [FAKE_EMAIL])
    yield ("meta external_id as a fake digest", "track", {"user_id": FAKE_EMAIL}, [FAKE_EMAIL])
    fbc_payloads = {
        "Saudi mobile with dashes": "IwAR-966-54-821-7365",
        "Arabic-Indic digits": "IwAR" + arabic_indic("966548217365"),
        "Chinese resident id": "IwAR" + CN_ID,
        "Korean RRN": f"IwAR{RRN}",
        "Emirates ID": f"IwAR{EMIRATES}",
        "Naver address as underscores": "minjun_kim88_naver_com",
        "Persian digits": "IwAR" + persian("989354821736"),
        "full-width mobile": "IwAR" + full_width("13982736451"),
    }
    forms = {"Saudi mobile with dashes": "548217365", "Arabic-Indic digits": "548217365", "Chinese resident id":
             CN_ID[:17], "Korean RRN": RRN, "Emirates ID": EMIRATES, "Naver address as underscores": "minjun_kim88",
             "Persian digits": "9354821736", "full-width mobile": "13982736451"}
    for name, payload in fbc_payloads.items():
        yield (f"meta fbc payload {name}", "track", {"properties": {"fbc": f"fb.1.{MS}.{payload}"}}, [forms[name]])
    yield ("meta fbclid in the page URL holding an Iranian mobile", "page",
           {"url": f"{SHOP}/p?fbclid=IwAR_98_935_482_1736"}, ["9354821736"])
    yield ("meta fbp random of an Iranian mobile", "track", {"properties": {"fbp": f"fb.1.{MS}.9354821736"}},
           ["9354821736"])
    yield ("meta fb_login_id of a Saudi mobile", "track", {"properties": {"fb_login_id": "966548217365"}},
           ["548217365"])
    yield ("meta fbp random of a Vietnamese mobile with its trunk", "track",
           {"properties": {"fbp": f"fb.1.{MS}.0983174265"}}, ["983174265"])
    yield ("meta subscription_id holding a Chinese mobile", "track",
           {"properties": {"subscription_id": "13982736451"}}, ["13982736451"])
    yield ("meta lead_id of an Egyptian mobile", "track", {"properties": {"lead_id": "201224837165"}},
           ["1224837165"])
    yield ("meta event_id of a dialled Korean mobile", "track", {**order, "properties": {
        "event_id": "+82-10-4821-7365", "value": "5", "currency": "KRW"}}, ["1048217365"])
    yield ("meta order_id of a Korean RRN", "track", {**order, "properties": {
        "order_id": f"{RRN[:6]}-{RRN[6:]}", "value": "5", "currency": "KRW"}}, [RRN])
    yield ("meta content id of a Chinese resident id", "track", {"name": "Product Viewed", "properties": {
        "product_id": CN_ID, "price": "5"}}, [CN_ID[:17]])


# Fields whose failure is an Err: the message must not echo what the visitor typed.
ERR_VALUES: Dict[str, Tuple[str, str]] = {
    "Persian mobile": (persian("09354821736"), "9354821736"),
    "Arabic-Indic Saudi mobile": (arabic_indic("+966548217365"), "548217365"),
    "Chinese resident id": (CN_ID, CN_ID[:17]),
    "Naver address": ("minjun.kim88@naver.com", "minjun.kim88"),
    "Hangul name": ("김민준", "김민준"),
    "Hebrew name": ("דוד כהן", "דוד כהן"),
}


def err_cases() -> Iterator[Case]:
    order = {"name": "Order Completed"}
    places: Dict[str, Any] = {
        "currency": lambda v: ("track", {**order, "properties": {"value": "5", "currency": v}}),
        "value": lambda v: ("track", {**order, "properties": {"value": v, "currency": "KRW"}}),
        "opt_out": lambda v: ("track", {"properties": {"opt_out": v}}),
        "action_source": lambda v: ("track", {"properties": {"action_source": v}}),
        "data_processing_options": lambda v: ("track", {"properties": {"data_processing_options": v}}),
        "contents price": lambda v: ("track", {**order, "properties": {
            "currency": "SAR", "contents": json.dumps([{"id": "S-1", "item_price": v}], ensure_ascii=False)}}),
        "event name": lambda v: ("track", {"name": v}),
    }
    for name, (value, form) in ERR_VALUES.items():
        for where, make in places.items():
            yield (f"err {name} @ {where}", *make(value), [form])


def cases() -> List[Case]:
    return [*value_cases(), *encoded_cases(), *key_cases(), *meta_cases(), *err_cases()]


# Ordinary shop data of both shops, close to the rules: it must still go out.
ORDINARY: Dict[str, List[str]] = {
    "product names": ["삼성 갤럭시 S24 울트라 256GB", "농심 신라면 120g x 5개", "小米14 Pro 钛金属版 16GB+512GB",
                      "华为 Mate 60 Pro 雅川青", "珍珠奶茶 大杯 700ml", "Áo dài lụa tơ tằm size M",
                      "Nước mắm Phú Quốc 500ml", "تمر سكري فاخر ١ كيلو", "عطر العود الملكي 100 مل",
                      "زعفران قائنات ۴.۶ گرم", "קפה טורקי 100 גרם", "Samsung Galaxy S24 Ultra 12GB/256GB"],
    "categories and brands": ["전자제품 > 스마트폰", "家用电器/厨房电器", "Thời trang nữ", "أجهزة منزلية",
                              "لوازم خانگی", "מוצרי חשמל", "아모레퍼시픽", "海尔 Haier", "Vinamilk"],
    "prices": ["₩1,290,000", "1.290.000원", "¥3,999.00", "￥3999", "NT$12,900", "12.990.000 ₫", "12.990.000đ",
               "١٬٢٩٩٫٠٠ ر.س", "SAR 1,299.00", "AED 4,599", "۱۲٬۵۰۰٬۰۰۰ ریال", "₪1,299.90", "1,299.90 ש״ח"],
    "order numbers": ["20261130-0001234", "3891234567890123456", "289456123789", "2611301ABCD234",
                      "SF1234567890123", "RR123456789SA", "CJ 6512-3456-7890", "DKC-482173",
                      "발송번호 5812-0034-1177", "Ký hiệu 1C26TAA Số 00001234"],
    "codes": [gs1("880104301508"), gs1("690123456789"), gs1("729000012345"), f"EAN {gs1('628100000123')}",
              "SM-S928NZKEKOO", "SKU 88-1234-KR", "Model A2894"],
    "dates and hours": ["2026년 11월 30일", "2026年11月30日", "30/11/2026", "١٤٤٨/٠٥/٢٩", "۱۴۰۵/۰۹/۰۹",
                        "평일 09:00~18:00", "营业时间 10:00-22:00", "Giờ mở cửa: 8h00 - 22h00",
                        "السبت - الخميس ٩ص - ١١م", "א'-ה' 09:00-19:00", "2026.11.30", "2026-11-30 (월)",
                        "١٤٤٨-٠٥-٢٩ هـ", "۹ آذر ۱۴۰۵", "30 בנובמבר 2026", "10:00 - 22:00 (연중무휴)"],
    "shipments": ["CJ대한통운 운송장 6512-3456-7890", "顺丰 SF1402938475612", "中通 75123456789012",
                  "圆通 YT2212345678901", "GHN: LK7M9X", "Aramex AWB 48217365012", "SMSA 290012345678",
                  "RR123456789IL", "订单号 3891234567890123456", "주문번호 31000123456789", "Noon N12345678901A"],
    "business numbers": ["VAT 300012345600003", "TRN 100123456700003", "사업자등록번호 220-81-62517",
                         "统一社会信用代码 91440300MA5F12345X", "統一編號 12345675", "发票号码 24442000000123456789",
                         "MST 0101234567"],
    "amounts and sizes": ["₩ 39,900", "39,900원", "3만 9천원", "¥ 1,299", "1.299.000 VNĐ", "٣٩٩ ر.س",
                          "۲۵۰,۰۰۰ تومان", "₪ 99.90", "x2 ₩78,000", "275mm", "XL (100)", "265/65R17"],
}
ORDINARY_PLACES = {family: ["order note", "page title", "product name in the list"] for family in ORDINARY}
ORDINARY_URLS = [
    f"{SHOP}/ko/products/galaxy-s24?variant=48217365012",
    f"{SHOP}/zh-cn/search?q={quote('小米14')}",
    f"{SHOP}/vi/danh-muc/thoi-trang-nu?page=2",
    f"{SHOP}/ar/{quote('عطور')}?sort=price",
    f"{SHOP}/he/{quote('מוצרי-חשמל')}",
]
ORDINARY_KEYS = ["상품명", "商品名称", "ten_san_pham", "اسم_المنتج", "نام_محصول", "שם_מוצר", "가격", "价格",
                 "gia", "السعر", "قیمت", "מחיר"]


def ordinary_cases() -> Iterator[OrdinaryCase]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, lambda where, value: order_place(where, value, "KRW"))
    yield from ordinary_urls(ORDINARY_URLS)
    yield from ordinary_keys(ORDINARY_KEYS)
