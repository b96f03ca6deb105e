"""Names in a shop's page titles written in scripts without capitals (thirtieth attack), for the detector
(detector.py), as greetings.py reads them in the scripts with capitals. No case tells a name there, so each layout
reads a name by its script's own shape, with the lexicon as data:

- Korean: a name of three syllables, the first a family name (or four after a family name of two), before the
  honorific `님` (`마이페이지 | 김민수님`, `박지훈님의 장바구니`); not a role's word (`구매자님`, `부사장님`: a
  word ending in 자, 장 or 가, as roles do) nor one of two syllables (`고객님`, `선생님`, `예수님`: the
  commonest generic ones);
- Chinese: a family name (name_shapes.CHINESE_FAMILY_NAMES) and one or two Han characters after an account's title
  and a separator (`我的账户 | 王晓明`), or opening the text or a part before `的` and an account's word
  (`王晓明的订单`);
- Arabic: two or three words after an account's title and a separator (`حسابي - فاطمة الزهراني`) or after `طلبات`
  ("the orders of") opening the text (`طلبات فاطمة الزهراني`), the name's first word without the article `ال` and no
  word of the name an account's sub-page's or a shop's kind (a closed class: `حسابي - تفاصيل الحساب`, `طلبات قيد
  التنفيذ`, `حسابي | مكتبة جرير`).

Each layout needs a cue of its script in the text (substring scans in C: cued) before any pattern runs.
"""

from __future__ import annotations

import re
from typing import Tuple

from .canonical import canonical
from .name_shapes import CHINESE_FAMILY_NAMES

PERSON_NAME = "holds a person's name"

# Korean family names (the commonest, lexicon data; two-syllable ones apart).
_KOREAN_FAMILY = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 "
                  "허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 "
                  "소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 "
                  "봉 사 부 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 갈 시 단 견 당 화 창 옹 "
                  "순 종 풍 해 판")
_KOREAN_FAMILY_TWO = "남궁 황보 제갈 선우 독고 서문 사공"
_HANGUL = "[\uac00-\ud7a3]"
_KOREAN_HONORED = re.compile(
    f"(?<!{_HANGUL})((?:{'|'.join(_KOREAN_FAMILY_TWO.split())}){_HANGUL}{{2}}|[{''.join(_KOREAN_FAMILY.split())}]"
    f"{_HANGUL}{{2}})님")
# Roles' words of three syllables that open with a family name's syllable (`도우미님`: a helper; `수령인님`).
_KOREAN_ROLES = frozenset("도우미 여러분 수령인 수취인 주문인 이용인 전문가".split())
_KOREAN_ROLE_ENDINGS = ("자", "장", "가")

# Chinese account titles, an account's words after `的`, and a family name's run (one or two Han characters after).
_HAN = "[\u4e00-\u9fff\u3400-\u4dbf]"
_CHINESE_FAMILY = (f"(?:{'|'.join(CHINESE_FAMILY_NAMES['two characters'].split())}"
                   f"|[{''.join(CHINESE_FAMILY_NAMES['one character'].split())}])")
_CHINESE_ACCOUNT_TITLES = ("我的账户 我的帐户 我的帳戶 我的账号 我的帳號 个人中心 個人中心 会员中心 "
                           "會員中心 用户中心 用戶中心 我的订单 我的訂單").split()
_CHINESE_ACCOUNT_WORDS = ("订单 訂單 购物车 購物車 账户 帐户 帳戶 账号 帳號 收藏夹 收藏 心愿单 願望清單 "
                          "个人中心 個人中心 地址簿")
# (the separators in the canonical form: `｜` and `|`, `-` for the dashes, `.` for `·`, `:` for `：`)
_CHINESE_AFTER_TITLE = re.compile(
    f"(?:{'|'.join(_CHINESE_ACCOUNT_TITLES)})[ \\t]{{0,3}}[-|:.][ \\t]{{0,3}}({_CHINESE_FAMILY}{_HAN}{{1,2}})"
    f"(?!{_HAN})")
# Words that open with a family name's character and are none (a week's day, a colour, `高级`: premium).
_CHINESE_NOT_NAMES = frozenset("周末 週末 周一 周二 周三 周四 周五 周六 周日 週一 週二 週三 週四 週五 "
                               "週六 週日 黄金 黃金 白色 黄色 黃色 金色 高级 高級 马上 馬上 方便 石头 "
                               "石頭".split())
_CHINESE_OWNED = re.compile(
    f"(?:^|(?<=[\\s\"|:.\\-]))({_CHINESE_FAMILY}{_HAN}{{1,2}})的(?:{'|'.join(_CHINESE_ACCOUNT_WORDS.split())})"
    f"(?!{_HAN})")

# Arabic: an account's title (`حسابي`, my account; `حسابك`, your account; `طلباتي`, my orders), `طلبات` (the orders
# of), an Arabic word, and the closed class of an account's sub-pages' and a shop's kinds' words.
_ARABIC_WORD = "[\u0621-\u064a\u0671-\u06d3]{2,20}"
_ARABIC_ACCOUNT_TITLES = "حسابي|حسابك|طلباتي|ملفي الشخصي"
_ARABIC_NAME = f"((?:{_ARABIC_WORD}[ \\t]{{1,3}}){{1,2}}{_ARABIC_WORD})[ \\t]{{0,3}}(?=$|[|\\-.,:!\n\"])"
# (and a breadcrumb's `»`, `›` or `::`: thirty-first attack)
_ARABIC_AFTER_TITLE = re.compile(
    f"(?:{_ARABIC_ACCOUNT_TITLES})[ \\t]{{0,3}}(?:[-|:.»›]|::)[ \\t]{{1,3}}{_ARABIC_NAME}")
_ARABIC_ORDERS_OF = re.compile(f"[ \\t]{{0,3}}طلبات[ \\t]{{1,3}}{_ARABIC_NAME}")
_ARABIC_SHOP_WORDS = frozenset(canonical(word)[0] for word in (
    # an account's sub-pages: details, record, book, list, ways, word, settings, tracking, board, orders, addresses,
    # wishes, favourites, payment, password, data, information, personal, previous, current, pending, done, new,
    # cancelled, returns, shipping, delivery, points, wallet, cards, subscriptions, messages, reviews, coupons
    "تفاصيل سجل دفتر قائمة طرق طريقة كلمة إعدادات اعدادات تتبع لوحة طلباتي الطلبات طلبات العناوين عناويني عنوان "
    "الأمنيات الامنيات المفضلة مفضلتي الدفع المرور البيانات بياناتي بيانات المعلومات معلومات الشخصية السابقة الحالية "
    "قيد التنفيذ تم شحنها جديدة سابقة مكتملة ملغاة الملغاة المرتجعات الإرجاع الارجاع الشحن الشحنة التوصيل النقاط "
    "المحفظة محفظتي البطاقات بطاقاتي الاشتراكات الرسائل التقييمات القسائم الكوبونات الحساب حسابي التحكم الرئيسية "
    "الشراء العملاء المشتريات مشترياتي "
    # a shop's kinds: store, market, bookshop, pharmacy, centre, company, gallery, shop, house, world, home, official
    "متجر سوق مكتبة صيدلية مركز شركة مؤسسة معرض محل محلات بيت عالم دار الرسمي الرسمية").split())
_CUES: Tuple[str, ...] = ("님", "的", *_CHINESE_ACCOUNT_TITLES, "حساب", "طلبات", "ملفي")


def cued(form: str) -> bool:
    """Whether non-ASCII `form` holds a cue of a layout above (substring scans in C)."""
    return not form.isascii() and any(cue in form for cue in _CUES)


def _korean(form: str) -> bool:
    for match in _KOREAN_HONORED.finditer(form):
        name = match.group(1)
        if name not in _KOREAN_ROLES and not name.endswith(_KOREAN_ROLE_ENDINGS):
            return True
    return False


def _arabic_name(name: str) -> bool:
    words = name.split()
    return not words[0].startswith("ال") and _ARABIC_SHOP_WORDS.isdisjoint(words)


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a name in a layout above, or ""."""
    if "님" in form and _korean(form):
        return PERSON_NAME
    if any(title in form for title in _CHINESE_ACCOUNT_TITLES) and _CHINESE_AFTER_TITLE.search(form) is not None:
        return PERSON_NAME
    if "的" in form and any(match.group(1)[:2] not in _CHINESE_NOT_NAMES
                           for match in _CHINESE_OWNED.finditer(form)):
        return PERSON_NAME
    if ("حساب" in form or "طلباتي" in form or "ملفي" in form) and any(
            _arabic_name(match.group(1)) for match in _ARABIC_AFTER_TITLE.finditer(form)):
        return PERSON_NAME
    if "طلبات" in form:
        match = _ARABIC_ORDERS_OF.match(form)
        if match is not None and _arabic_name(match.group(1)):
            return PERSON_NAME
    return ""


# Hebrew and Thai account titles (thirty-first attack), read as Arabic's are: an account's title (`החשבון שלי`, my
# account; `บัญชีของฉัน`), a separator and the holder's two or three Hebrew words, or two Thai words (a given name and
# a family name, which Thai writes apart while it writes a phrase without blanks), ending the text or a part; none of
# them an account's sub-page's or a shop's word (a closed class), the first Hebrew word not a noun with the article
# `ה` (five letters or more: `ההזמנות שלי`, my orders).
_HEBREW_ACCOUNT_TITLES = "החשבון שלי|החשבון שלך|האזור האישי|הפרופיל שלי|ההזמנות שלי"
_THAI_ACCOUNT_TITLES = "|".join(canonical(title)[0] for title in (
    "บัญชีของฉัน", "บัญชีผู้ใช้", "โปรไฟล์ของฉัน", "คำสั่งซื้อของฉัน"))
_HEBREW_WORD = "[\u05d0-\u05ea][\u05d0-\u05ea'\u05f3\u05f4\"]{1,20}"
_THAI_WORD = "[\u0e01-\u0e2e\u0e40-\u0e44]{2,30}"
_SCRIPT_NAME_END = "[ \\t]{0,3}(?=$|[|\\-.,:!\n\"»›])"
_SCRIPT_SEPARATOR = "[ \\t]{0,3}(?:[-|:.»›]|::)[ \\t]{1,3}"
_HEBREW_AFTER_TITLE = re.compile(
    f"(?:{_HEBREW_ACCOUNT_TITLES}){_SCRIPT_SEPARATOR}((?:{_HEBREW_WORD}[ \\t]{{1,3}}){{1,2}}{_HEBREW_WORD})"
    f"{_SCRIPT_NAME_END}")
_THAI_AFTER_TITLE = re.compile(
    f"(?:{_THAI_ACCOUNT_TITLES}){_SCRIPT_SEPARATOR}({_THAI_WORD}[ \\t]{{1,3}}{_THAI_WORD}){_SCRIPT_NAME_END}")
_SCRIPT_SHOP_WORDS = frozenset(canonical(word)[0] for word in (
    # Hebrew: mine, yours, orders, details, personal, addresses, settings, list, wishes, favourites, password, payment,
    # means, history, tracking, deliveries, returns, coupons, messages, reviews, points, wallet, cards, account,
    # profile, shop, site, official, home, customers, service, club, online, super(market), pharm, market
    "שלי שלך הזמנות הזמנה פרטים פרטי אישיים אישי כתובות כתובת הגדרות רשימת משאלות מועדפים סיסמה תשלום אמצעי "
    "היסטוריית מעקב משלוחים משלוח החזרות קופונים הודעות ביקורות נקודות ארנק כרטיסים מנויים חשבון פרופיל חנות "
    "אתר רשמי רשמית בית לקוחות שירות מועדון אונליין סופר פארם מרקט "
    # Thai: orders, my, address, delivery, personal data, settings, favourites, history, coupon, shop, store,
    # official, online, goods, mall
    "คำสั่งซื้อ ของฉัน ที่อยู่ จัดส่ง ข้อมูลส่วนตัว ตั้งค่า รายการโปรด ประวัติ คูปอง ร้าน ร้านค้า ทางการ ออนไลน์ "
    "สินค้า ช้อป มอลล์").split())


def _script_name(name: str) -> bool:
    words = name.split()
    return _SCRIPT_SHOP_WORDS.isdisjoint(words) and not (words[0].startswith("ה") and len(words[0]) >= 5)


def after_script_title(form: str) -> str:
    """PERSON_NAME when canonical non-ASCII `form` holds a Hebrew or Thai account's title and its holder's name
    (above), or "" (its titles' substrings in C first)."""
    if ("שלי" in form or "שלך" in form or "האזור" in form) and any(
            _script_name(match.group(1)) for match in _HEBREW_AFTER_TITLE.finditer(form)):
        return PERSON_NAME
    if ("ของฉน" in form or "บญช" in form) and any(
            _script_name(match.group(1)) for match in _THAI_AFTER_TITLE.finditer(form)):
        return PERSON_NAME
    return ""
