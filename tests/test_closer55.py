"""Closer 55 (attack 38): East Asian addresses in kanji numerals, romaji, hiragana, romanized Korean, a Chinese
village's group and pinyin; both ways: ordinary shop values near each rule go out, personal ones are kept."""

from __future__ import annotations

import pytest

from meta_capi import detector

# Japanese, Korean and Chinese address lines in the layouts the thirty-eighth attack found leaking.
EAST_ASIAN_ADDRESSES = [
    "東京都渋谷区鵺沢町二丁目十四番三号", "大阪市北区梅田三丁目一番", "鵺沢町二の十四の三",
    "鵺沢町3-14-3 ヴィラ鵺沢 502",
    "Nuezawa 2-chome 14-3, Shibuya-ku", "Jingumae 1-chome-2-3, Shibuya-ku",
    "とうきょうと しぶやく ぬえざわちょう 2-14-3", "おおさかし きたく うめだまち 3-1",
    "14 Myurenda-ro 27-gil, Mapo-gu, Seoul 04157", "Teheran-ro 52beon-gil 7, Gangnam-gu",
    "Myurenda-dong 45-6, Bundang-gu, Seongnam-si", "뮤렌다로２７길 １４", "테헤란로52번길 7",
    "河南省周口市翟鸾村3组12号", "翟鸾村二组8号", "zhailuan lu 128 hao nanshan qu shenzhen",
    "zhailuan lu 128 hao, nanshan qu, shenzhen", "Jianguo Lu 88 Hao, Chaoyang Qu",
]
# Products, titles and counts of the same shapes.
EAST_ASIAN_ORDINARY = [
    "二丁目の夕日 DVD", "三丁目の夕日 2 DVD", "ALWAYS 三丁目の夕日'64", "Shibuya 109 tote", "Gangnam Style 2012 vinyl",
    "地球村3组合 12号", "下町ロケット 1-2 巻", "町の二の舞", "Nuezawa 2-chome", "Myurenda-ro 27-gil",
    "Seoul 2-dong bag, Size M", "테헤란로 머그컵", "nanshan lu 128 hao", "longjing cha 3 hao",
    "xiaomi lu 3 hao qu", "nanshan tea 128 g", "しぶやく ぬいぐるみ 2-3", "Route 66 sign 45 cm",
]


@pytest.mark.parametrize("value", EAST_ASIAN_ADDRESSES)
def test_an_east_asian_address_line_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", EAST_ASIAN_ORDINARY)
def test_an_east_asian_product_of_the_same_shape_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# Birth dates: Korean "birthday" with a two-digit year, Indonesia's `TTL` and a town, a date before Chinese or Japanese
# "born", a Thai month abbreviated after "born on".
BIRTH_DATES = [
    "생일: 87.09.17", "생일 1987.09.17", "TTL: Bandung, 17 September 1987", "TTL: Surabaya, 17-09-1987",
    "1987年9月17日出生", "1987年9月17日 出生", "昭和62年9月17日生まれ", "เกิดวันที่ 17 ก.ย. 2530", "เกิดวันที่ 1 เม.ย. 2530",
]
# Dates and sizes near those labels that are a shop's.
BIRTH_ORDINARY = [
    "생일 케이크 2호", "생일 축하 카드 3매", "誕生日ケーキ 5号", "TTL: 3600", "Cache TTL 300, 2024-12-01",
    "TTL 5V logic board 12 pins", "セール期間：2024年11月29日〜12月1日", "双11 限时 2024年11月11日",
    "出生証明 ホルダー A4", "ลดราคา 17 ก.ย. 2567", "Birthday Card 3 September Edition",
]


@pytest.mark.parametrize("value", BIRTH_DATES)
def test_a_birth_date_after_or_before_its_word_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", BIRTH_ORDINARY)
def test_a_shop_s_date_near_a_birth_word_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# Thai and Vietnamese address lines romanized or abbreviated.
SOUTH_EAST_ASIAN_ADDRESSES = [
    "99/12 Soi Ploywaran, Sukhumvit Rd, Khlong Toei, Bangkok 10110", "12 Soi Sukhumvit 31, Bangkok",
    "Hẻm 12 Khuyvênh P3 Q5", "Hẻm 12 Khuyvênh, P3, Q5, TP HCM", "Địa chỉ: 12 Khuyvênh, Q.5",
    "Địa chỉ: 45 Lê Lợi, Phường 3",
]
SOUTH_EAST_ASIAN_ORDINARY = [
    "Soi Cowboy 12 poster, A3", "Soi Dog Foundation, 12 calendars", "12 soi dog stickers, 2025",
    "Set 2 Áo Thun, Quần 5", "Địa chỉ: 12 Khuyvênh", "Galaxy 12 Ultra, Q.5", "Pack 12 Blue P3 Q5 edition",
    "Cà phê phin Sài Gòn 250g",
]


@pytest.mark.parametrize("value", SOUTH_EAST_ASIAN_ADDRESSES)
def test_a_thai_or_vietnamese_address_line_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", SOUTH_EAST_ASIAN_ORDINARY)
def test_a_thai_or_vietnamese_product_of_the_same_shape_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# A Hong Kong card's number after its label in an id; an id of the same layout after a code's label, or alone.
@pytest.mark.parametrize("value", ["香港身份證：Ｚ６８３３６５（５）", "HKID: Z683365(5)", "身份證 A123456(3)"])
def test_a_hong_kong_card_after_its_label_in_an_id_is_kept(value: str) -> None:
    assert detector.reason(value, id_like=True) != ""


@pytest.mark.parametrize("value", ["Z683365(5)", "ORD-Z683365(5)", "SKU: AB123456(7)", "Order: Z683365(5)"])
def test_an_id_of_a_hong_kong_card_s_layout_without_its_label_goes_out(value: str) -> None:
    assert detector.reason(value, id_like=True) == ""
