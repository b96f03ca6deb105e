"""Names in a shop's page titles written in scripts without capitals (thirtieth attack), for the detector
(detector.py), as greetings.py reads them in the scripts with capitals. No case tells a name there, so each layout
reads a name by its script's own shape, with the lexicon as data:

- Korean: a name of three syllables, the first a family name (or four after a family name of two), before the
  honorific `님` (`마이페이지 | 김민수님`, `박지훈님의 장바구니`), or a foreign one of four or five opening the text
  before `님` and a comma or a greeting (closer 184: `…님, 출금이 완료되었습니다`); not a role's
  word (`구매자님`, `부사장님`: a word ending in 자, 장 or 가, as roles do) nor one of two syllables (`고객님`,
  `선생님`, `예수님`: the commonest generic ones);
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

from .canonical import HANGUL, canonical
from .name_shapes import CHINESE_FAMILY_NAMES

PERSON_NAME = "holds a person's name"

# Korean family names (the commonest, lexicon data; two-syllable ones apart).
_KOREAN_FAMILY = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 "
                  "허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 "
                  "소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 "
                  "봉 사 부 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 갈 시 단 견 당 화 창 옹 "
                  "순 종 풍 해 판")
_KOREAN_FAMILY_TWO = "남궁 황보 제갈 선우 독고 서문 사공"
# Korean greetings, which call the name before them (`…님, 안녕하세요`).
_KOREAN_GREETINGS = "안녕하세요|안녕하십니까|안녕|반갑습니다|환영합니다|어서오세요"
# (`님` after a blank, and `씨`, glued or after a blank, call the name only before a comma, `!` or a greeting: `씨` is a
# seed as often, `옥수수씨`; thirty-first attack; `님` after a blank ending the text or a part too: thirty-second)
_KOREAN_HONORED = re.compile(
    f"(?<!{HANGUL})((?:{'|'.join(_KOREAN_FAMILY_TWO.split())}){HANGUL}{{2}}|[{''.join(_KOREAN_FAMILY.split())}]"
    f"{HANGUL}{{2}})(?:님|(?:[ \\t]님|[ \\t]?씨)(?=[ \\t]{{0,3}}[,!]|[ \\t]{{1,3}}(?:{_KOREAN_GREETINGS}))"
    # (and `님` after a blank ending the text or a title's part: `마이페이지 > 김서윤 님`; thirty-second attack)
    f"|[ \\t]님(?=[ \\t]{{0,3}}(?:$|[|\n\"])))")
# (closer 184) ... and a foreign name transliterated, four or five syllables with no family name's first, opening the
# text or a line before `님` and a comma, `!` or a greeting (`…님, 출금이 완료되었습니다`): a message calls its
# reader so; not a role's word, nor a service's or a group's (ending in `센터`, `팀`, `여러분`, `고객`, `회원`:
# `고객센터님,`).
_KOREAN_OPENING_HONORED = re.compile(
    f"(?:^|(?<=\n))[ \t]{{0,3}}({HANGUL}{{4,5}})님(?=[ \t]{{0,3}}[,!]|[ \t]{{1,3}}(?:{_KOREAN_GREETINGS}))")
_KOREAN_GROUP_ENDINGS = ("센터", "팀", "여러분", "고객", "회원")
# Roles' words of three syllables that open with a family name's syllable (`도우미님`: a helper; `수령인님`), and
# animals' (`고양이님 간식`: cat-nim treats; `강아지님`: a puppy; thirty-first attack).
_KOREAN_ROLES = frozenset("도우미 여러분 수령인 수취인 주문인 이용인 전문가 "
                          "고양이 강아지 송아지 도마뱀 멍멍이 냥냥이 야옹이 댕댕이 병아리 거북이".split())
_KOREAN_ROLE_ENDINGS = ("자", "장", "가")

# Chinese account titles, an account's words after `的`, and a family name's run (one or two Han characters after).
_HAN = "[\u4e00-\u9fff\u3400-\u4dbf]"
_CHINESE_FAMILY = (f"(?:{'|'.join(CHINESE_FAMILY_NAMES['two characters'].split())}"
                   f"|[{''.join(CHINESE_FAMILY_NAMES['one character'].split())}])")
_CHINESE_ACCOUNT_TITLES = ("我的账户 我的帐户 我的帳戶 我的账号 我的帳號 个人中心 個人中心 会员中心 "
                           "會員中心 用户中心 用戶中心 我的订单 我的訂單").split()
_CHINESE_ACCOUNT_WORDS = ("订单 訂單 购物车 購物車 账户 帐户 帳戶 账号 帳號 收藏夹 收藏 心愿单 願望清單 "
                          "个人中心 個人中心 地址簿")
# (the separators in the canonical form: `｜` and `|`, `-` for the dashes, `.` for `·`, `:` for `：`; and a path's or a
# breadcrumb's `/`, `>`, `»`, `›`, `~`: thirty-second attack)
_CHINESE_AFTER_TITLE = re.compile(
    f"(?:{'|'.join(_CHINESE_ACCOUNT_TITLES)})[ \\t]{{0,3}}[-|:./>»›~][ \\t]{{0,3}}({_CHINESE_FAMILY}{_HAN}{{1,2}})"
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
# A Korean given name of two syllables (no family name before it) calling the reader before `님` or `고객님` ("dear
# customer"), `씨` glued or after a blank, and a comma or a greeting, opening the text, a line or a part (`민서님,
# 안녕하세요`, `민서 고객님,`, `민서씨,`; thirty-first attack, session 17's review); not a role's, a kin's, a pet's
# word, what a shop calls its customers nor a plant's before its seed, `씨` (closed classes: `고객님,`, `선생님,`,
# `신규 고객님,`, `호박씨,`).
_KOREAN_GIVEN_CALLED = re.compile(
    f"(?:^|(?<=[\\s\"|.!?,:]))({HANGUL}{{2}})(?:님|[ \\t]{{0,3}}씨|[ \\t]{{1,3}}(?:님|고객님|회원님))"
    f"(?:[ \\t]{{0,3}}[,!]|[ \\t]{{1,3}}(?:{_KOREAN_GREETINGS}))")
_KOREAN_NOT_GIVEN_NAMES = frozenset((
    # roles and titles
    "고객 회원 선생 사장 회장 부장 차장 과장 실장 팀장 원장 총장 학장 소장 국장 대표 대리 주임 반장 기사 작가 교수 "
    "감독 코치 의사 약사 간호 주인 판매 구매 셀러 멤버 관리 담당 이용 가입 구독 방문 독자 시청 이웃 친구 선배 후배 "
    "목사 신부 수녀 하느 하나 예수 부처 도련 공주 왕자 임금 집사 당신 그대 여보 자기 여러 모두 "
    # kin
    "부모 어머 아버 할머 아드 사모 형수 언니 오빠 누나 동생 신랑 장모 장인 사위 며느 조카 삼촌 이모 고모 어르 "
    "아기 애기 "
    # pets
    "냥이 토끼 햄찌 강쥐 "
    # what a shop calls its customers before `고객님`
    "우리 신규 기존 우수 단골 모든 해외 국내 개인 법인 기업 일반 전체 해당 대상 당첨 휴면 정기 골드 실버 주문 예약 "
    "배송 반품 교환 취소 결제 문의 렌탈 초보 소중 귀중 특별 "
    # plants whose seeds a shop sells (`씨`: a seed)
    "호박 수박 참외 포도 사과 고추 상추 배추 오이 아마 치아 대마 겨자 들깨 참깨 매실 살구 자두 앵두 연꽃 당근 "
    "부추 바질 고수 유채 목화 과꽃 씨앗").split())

# Japanese: a full name of three to six kanji before `先生` (a teacher, a doctor, a writer) or katakana `サマ`, not
# more kanji or kana after it but a particle, in a text holding kana (`鷲尾伊佐子先生\nお世話になっております`; a family
# name alone of two kanji is a role's compound as often: `風水先生`; `サマー` is summer; Chinese, without kana, writes
# `先生` after a sentence's words: `我叫他王先生`; thirty-first attack).
_JAPANESE_HONORED = re.compile(
    "(?<![\u3005\u3040-\u30ff\u4e00-\u9fff])([\u3005\u4e00-\u9fff]{3,6})(?:先生|サマ)"
    "(?!(?![へのはがにともよで])[\u3005\u3040-\u30ff\u4e00-\u9fff])")
_KANA = re.compile("[\u3040-\u30ff]")
# Chinese: a given name of two Han characters (no family name before it) opening the text, a line or a part before
# `女士`, `先生` or `小姐`, maybe a comma or a colon, and `您好` or `你好` (`晓婷女士：您好！`; thirty-first
# attack); not who a circular calls (a closed class: `各位女士：您好`, `尊敬女士`).
_CHINESE_GIVEN_CALLED = re.compile(
    f"(?:^|(?<=[\\s\"|.!?,:]))({_HAN}{{2}})(?:女士|先生|小姐)[ \\t]{{0,3}}[,:]?[ \\t]{{0,3}}(?:您好|你好)")
_CHINESE_NOT_GIVEN_NAMES = frozenset("各位 诸位 諸位 尊敬 亲爱 親愛 敬爱 敬愛 尊贵 尊貴 美丽 美麗 年轻 年輕 时尚 "
                                     "時尚 优雅 優雅 职业 職業 中年 老年 知性 成熟 漂亮 帅气 帥氣 这位 這位 那位 "
                                     "女士 先生 小姐".split())

# Thai: `เรียน` ("dear") or `สวัสดี` ("hello") opening the text, a line or a part, then `คุณ` glued to a given name, and a
# family name maybe, ending the line (`เรียน คุณสมศรี ศรีสุวรรณพงศ์`; thirty-first attack; `คุณ` glued too, as Thai writes a
# phrase without blanks: `เรียนคุณสมศรี`, session 17's review); not who a circular calls (a
# closed class: `เรียน คุณลูกค้า`, the customer). Read in the canonical form (Thai's vowel signs dropped).
_THAI_CALLED = re.compile(
    f"(?:^|(?<=[\\s\"|]))(?:{canonical('เรียน')[0]}|{canonical('สวัสดี')[0]})[ \\t]{{0,3}}{canonical('คุณ')[0]}"
    f"([\u0e01-\u0e4f]{{2,30}})(?:[ \\t]{{1,3}}[\u0e01-\u0e4f]{{2,30}})?[ \\t]{{0,3}}(?=$|[\n,!\"])")
# (and the words `คุณ` glues to as a title of respect: `คุณครู`, the teacher; `คุณหมอ`, the doctor; `คุณผู้ปกครอง`, the
# parent; session 17's review)
_THAI_NOT_GIVEN_NAMES = tuple(canonical(word)[0] for word in "ลูกค้า สมาชิก ผู้ใช้ ท่าน ทุกท่าน ทุกคน ครู หมอ "
                              # (a group of customers: ladies, gentlemen, mothers; session 18's review)
                              "ผู้ปกครอง ผู้หญิง ผู้ชาย แม่ พ่อ".split())
_THAI_CUES = (canonical("เรียน")[0], canonical("สวัสดี")[0])

_CUES: Tuple[str, ...] = ("님", "的", *_CHINESE_ACCOUNT_TITLES, "حساب", "طلبات", "ملفي", "씨", "先生", "サマ", "女士",
                          "小姐", *_THAI_CUES)


def cued(form: str) -> bool:
    """Whether non-ASCII `form` holds a cue of a layout above (substring scans in C)."""
    return not form.isascii() and any(cue in form for cue in _CUES)


def _korean(form: str) -> bool:
    for match in _KOREAN_HONORED.finditer(form):
        name = match.group(1)
        if name not in _KOREAN_ROLES and not name.endswith(_KOREAN_ROLE_ENDINGS):
            return True
    return any(not match.group(1).endswith(_KOREAN_ROLE_ENDINGS + _KOREAN_GROUP_ENDINGS)
               for match in _KOREAN_OPENING_HONORED.finditer(form))


def _arabic_name(name: str) -> bool:
    words = name.split()
    return not words[0].startswith("ال") and _ARABIC_SHOP_WORDS.isdisjoint(words)


def _called_without_family_name(form: str) -> bool:
    """Whether a Korean or Chinese given name called as a letter calls it, a Japanese full name before `先生` or `サマ`,
    or a Thai name after `เรียน คุณ` stands in `form` (substring tests in C first)."""
    return (("님" in form or "씨" in form) and any(match.group(1) not in _KOREAN_NOT_GIVEN_NAMES
                                                   for match in _KOREAN_GIVEN_CALLED.finditer(form))
            or ("先生" in form or "サマ" in form) and _KANA.search(form) is not None
            and _JAPANESE_HONORED.search(form) is not None
            or ("您好" in form or "你好" in form) and any(match.group(1) not in _CHINESE_NOT_GIVEN_NAMES
                                                       for match in _CHINESE_GIVEN_CALLED.finditer(form))
            or any(cue in form for cue in _THAI_CUES) and any(not match.group(1).startswith(_THAI_NOT_GIVEN_NAMES)
                                         for match in _THAI_CALLED.finditer(form)))



def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a name in a layout above, or ""."""
    if ("님" in form or "씨" in form) and _korean(form):
        return PERSON_NAME
    if _called_without_family_name(form):
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
    # (and the cart: basket, purchases, cart; session 17's review)
    "סל הקניות קניות עגלת עגלה "
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
