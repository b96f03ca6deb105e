"""Rules closing the key and name families of the thirteenth attack (issue 16): keys of Korean, Chinese, Vietnamese,
Arabic, Persian and Hebrew forms and their transliterations, read with the Arabic and Persian letter variants and the
Arabic and Hebrew article folded in a key's tokens; names after those labels in text (a label of four words in a
script without Latin letters, a short CJK label and name, a family name joined by hyphens); a Hebrew abbreviation's
gershayim inside a JSON key. Each with the near misses next to them that go out."""

import json

import pytest

from meta_capi.detector import PERSONAL_KEY, key_reason, reason
from meta_capi.personal_keys import key_tokens
from meta_capi.postal import PERSON_NAME
from meta_capi.privacy import EMBEDDED_KEY, embedded_reason


@pytest.mark.parametrize("key", [
    # who receives, orders or holds the account, alone or glued to a name or contact word
    "수령인", "받는분", "받는 분", "주문자", "예금주", "수령인명", "주문자연락처", "訂購人", "订购人电话", "下单人",
    "المستلم", "مستلم", "اسم_المستلم", "گیرنده", "نام_گیرنده", "נמען", "shoujianren", "shouhuoren_dianhua",
    "lianxiren", "jumunja",
])
def test_a_key_naming_a_person_of_the_order_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "نام", "نام و نام خانوادگی", "نام_خانوادگی", "نام‌خانوادگی", "نام_مشتری", "اسم العميل", "اسم_الزبون", "שם מלא",
    "שם הלקוח", "שם_לקוח", "tên", "ten_khach_hang", "tenNguoiNhan", "shem", "shem_male", "shemPrati",
])
def test_a_persian_arabic_hebrew_or_vietnamese_name_key_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "联系方式", "收货人联系方式", "聯絡方式", "微信", "微信号", "微信号码", "QQ号", "카카오톡", "카톡아이디",
    "sdt", "SDT",
    "ایمیل", "شماره موبایل", "شماره تلفن", "تلفن", "پست الکترونیکی", "youxiang", "dianzi_youxiang", "hyudaepon",
    "haendeupon_beonho", "jawal", "raqm_aljawal", "raqm_al_jawal", "alHatif", "פלאפון",
])
def test_a_contact_or_messenger_key_of_those_languages_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "رقم الهوية", "رقم_الهويه", "بطاقة_الهوية", "رقم_الإقامة", "الرقم_القومي", "کد ملی", "کدملی", "شماره_ملی",
    "תעודת זהות", "מספר_זהות", "ת.ז.", 'ת"ז', "kodmeli", "hawiya",
    "نشانی", "آدرس", "ادرس", "کدپستی", "کد پستی", "کدپستی_گیرنده", "邮政编码", "郵遞區號", "mã bưu chính",
    "ma_buu_dien", "ktovet", "mikud",
])
def test_a_national_id_address_or_post_code_key_of_those_languages_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "شماره\u200cموبایل", "کد\u200cملی", "نام\u200cخانوادگی\u200cگیرنده", "تاریخ\u200cتولد", "آدرس\u200cایمیل",
    "تلفن\u200cهمراه",
])
def test_a_persian_compound_joined_by_a_zero_width_non_joiner_is_read_by_its_stems(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "شارع", "خیابان", "پلاک", "רחוב", "المدينة", "עיר", "도시", "城市", "성함", "주문자성함", "昵称", "생일", "生日",
    "出生日期", "מייל", "주민번호", "جنسیت", "رایانامه", "聯絡人", "收貨人電話", "weixin_hao", "qq_haoma", "youbian",
    "nam_khanevadegi", "kod_posti", "shomare_tamas",
])
def test_a_street_town_name_birth_mail_or_id_word_of_those_languages_is_a_personal_key(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize(("persian", "arabic"), [
    ("ایمیل", "ايميل"),  # Persian yeh for Arabic yeh
    ("کد ملی", "كد ملي"),  # Persian keheh for Arabic kaf
    ("رقم الهوية", "رقم الهويه"),  # tā' marbūṭa for heh
    ("جوال", "الجوال"),  # the article apart
    ("ايـــميل", "ايميل"),  # a tatweel stretching the word
    ("שם הלקוח", "שם לקוח"),  # the Hebrew article apart
])
def test_letter_variants_and_the_article_give_one_spelling_of_a_keys_tokens(persian: str, arabic: str) -> None:
    assert key_tokens(persian) == key_tokens(arabic)


@pytest.mark.parametrize("key", [
    # a product's, a category's, a shop's name; a product code, an order number, a discount code
    "ten_san_pham", "tên sản phẩm", "ten_danh_muc", "top_ten", "اسم_المنتج", "نام_محصول", "שם_מוצר", "shem_mutzar",
    "商品名称", "상품명", "کد_محصول", "کد_تخفیف", "کد_رهگیری", "شماره_سفارش", "رقم_الطلب", "מספר_הזמנה", "الكمية",
    "المقاس", "הזמנה", "订单号", "快递单号", "邮政快递", "联系我们", "配送方式", "수령방법", "배송지역",
    # a way to pay, a brand's identity, a number word or a code word alone
    "微信支付", "wechat_pay", "هوية_العلامة", "الهوية_البصرية", "رقم", "شماره", "کد", "ملي", "号码", "hao", "haoma",
])
def test_a_product_order_or_payment_key_near_them_is_ordinary(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize("text", [
    "수령인: 김민준", "받는 분: 김민준 님", "주문자: 김민준", "예금주: 김민준", "姓名：王小明", "姓名:王小明",
    "訂購人：陳美玲",
    "المستلم: محمد العتيبي", "اسم العميل: محمد العتيبي", "نام و نام خانوادگی: علی رضایی", "نام: علی رضایی",
    "گیرنده: علی رضایی", "נמען: דוד כהן", "שם הלקוח: דוד כהן", "שם מלא: דוד כהן", "Tên: Nguyễn Văn An",
])
def test_a_name_after_a_label_of_those_languages_is_a_persons_name(text: str) -> None:
    assert reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Recipient: Mohammed Al-Otaibi", "Recipient: Mohammed al-Otaibi", "Name: Anna Smith-Jones",
    "Dear Jean-Luc Picard,", "Recipient: Ahmed El-Sayed, Cairo",
])
def test_a_family_name_joined_by_hyphens_after_a_label_or_salutation_is_a_persons_name(text: str) -> None:
    assert reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "订单备注：收货人：王小明", "订单已发货。收货人：王小明", "收货人：王小明。", "收货人：王小明 备注：尽快发货",
    "姓名：王小明；性别：男", "주문 정보: 주문자: 김민준", "ملاحظة: الاسم: محمد العتيبي", "نام: علی رضایی.",
    "שם: דוד כהן.",
    "Recipient: Mohammed Al-Otaibi Tel: 0501", "Name: Anna Smith Phone: 555",
])
def test_a_name_after_a_label_inside_cjk_fields_or_before_the_next_label_is_a_persons_name(text: str) -> None:
    assert reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    # a product's name, colour, size or price after its label; a short CJK label and a word that is no name
    "نام محصول: زعفران", "اسم المنتج: تمر", "שם המוצר: קפה", "Tên sản phẩm: Áo dài", "상품명: 신라면", "색상: 블랙",
    "رنگ: مشکی", "اللون: أحمر", "צבע: שחור", "颜色:红色", "价格:99元", "尺码：XL", "型号:小米14", "微信支付:成功",
    "联系我们:客服", "订单号:123456",
    "颜色：红色 尺码：XL", "商品：小米14。颜色：黑色。", "品牌：华为，型号：Mate 60", "发货通知。请查收。",
    "价格：99元。",
    "Brand: Acme Corp Size: 42",
    # four words before a colon in Latin letters are a title's, whatever their last word; a hyphenated brand
    "Key Features Of Phone: Long Battery", "Update Your Shipping Address: Step By Step", "Brand: Coca-Cola",
    "Top Ten: Best Sellers", "Check-In: Jean-Luc Picard", "Recipe: Al-Baik Style Chicken",
])
def test_a_label_of_a_thing_and_the_words_after_it_are_ordinary(text: str) -> None:
    assert reason(text) == ""


def test_a_hebrew_abbreviation_with_its_gershayim_is_one_key_in_json_text() -> None:
    assert embedded_reason(json.dumps({'דוא"ל': "zq1"}, ensure_ascii=False)) == EMBEDDED_KEY
    assert embedded_reason(json.dumps({'ת"ז': "zq1"}, ensure_ascii=False)) == EMBEDDED_KEY


@pytest.mark.parametrize("text", [
    json.dumps({'מק"ט': "123"}, ensure_ascii=False),  # a catalogue number
    json.dumps({"a": "ב", "ג": 1}, ensure_ascii=False),  # quotes between Hebrew values and keys
    json.dumps(["א", "ב"], ensure_ascii=False),
])
def test_json_text_whose_hebrew_keys_name_no_personal_data_is_ordinary(text: str) -> None:
    assert embedded_reason(text) == ""
