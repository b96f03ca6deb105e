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
