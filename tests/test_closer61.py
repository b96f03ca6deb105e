"""Closer 61 (review 23, East and Southeast Asia): the session's new address and birth rules narrowed to their layouts
(a town's block ending the field or before a building's room, a soi's one name, a Vietnamese house opening the field,
a pinyin district ending it, `TTL` before a town, a date before "born" ending its clause), both ways."""

from __future__ import annotations

import pytest

from meta_capi import detector

# Products and titles of the narrowed rules' shapes: counts, sizes, volumes, models, editions.
ORDINARY = [
    "3 Soi Dog Posters, A3", "10 Soi Cowboy Keychains, red", "Soi Dog 2025 Calendar, 12 months",
    "Galaxy 12 Ultra P3 Q5", "iPhone 15 Pro P3 Q5", "5 Rally Cars Q5 P3", "Pack 3 Pixel Q5 P3", "Set 2 Kia F3 Q5",
    "下町1-2-3 スタンプ", "ふしぎ村1-2-3 攻略本 2", "大江戸町一の二の三 落語CD 2枚組", "二丁目三番 Tシャツ",
    "しまじろうし まちまち 1-2巻", "연남로 3길 12 굿즈 세트", "A-dong 12-3, Seoul-si Hoodie", "开心村3组7号电池",
    "熊猫村2队10号球衣 儿童", "nanjing lu 5 hao xuanwu qu poster", "Beijing Lu 7 Hao, Dongcheng Qu mug",
    "TTL, 12 pins, 2024 board", "TTL 12 05 2025 expiry", "TTL: 300, 2024-12-01", "大熊猫 2020年7月1日出生 明信片",
    "2023年8月8日生まれ 仔猫 写真集", "2020年7月1日出生的大熊猫 玩偶", "ชุดวันเกิด ลด 1 ก.ย. 2567",
    "ของขวัญวันเกิด 5 ต.ค. 2567", "생일 240917 한정판", "생일 케이크 2호", "Soi Cowboy 3 poster",
    "下町 1-2-3 ピンバッジ", "しまじろうし、まちまち 1-2巻", "サンリオク シナモンチョウ 1-2巻",
    "Gangnam-gu, Apgujeong-ro 12 Tee",
    "Seoul-si, Hongdae-ro 2 Hoodie", "Shibuya-ku, Harajuku 1-chome 14-3 Tee", "Ginza 4-chome 2-1, Tokyo Tee",
    "Itaewon-ro 27-gil Tee Yongsan-gu", "Myeong-dong 45 Tote Jung-gu", "Shibuya-ku 109 Tote",
    "Ginza 4-chome Tee Chuo-ku",
    "xuhui qu nanjing lu 12 hao mug", "panda cun 3 zu 12 hao tee", "地球村 3组 12号 球衣",
    "Dia chi 12 Tran Hung Dao store",
]


@pytest.mark.parametrize("value", ORDINARY)
def test_a_product_of_a_narrowed_rule_s_shape_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# Addresses and birth dates the narrowed rules keep, and the near variants they now reach.
PERSONAL = [
    "99/12 Soi Ploywaran, Sukhumvit Rd, Bangkok", "12 Soi Sukhumvit 31, Bangkok", "99/12 Soi Ruamrudee, Bangkok",
    "99/12 Sukhumvit Soi 11, Bangkok", "99/12, Soi Ploywaran, Bangkok", "99/12 Soi.Ploywaran, Bangkok",
    "12 Khuyvenh P3 Q5", "Hẻm 12 Khuyvênh P3 Q5", "12 Le Loi P3 Q1", "45 Tran Hung Dao Q1 P3", "12 Khuyvenh F3 Q5",
    "12 Khuyvenh P3 Q5 TPHCM", "鵺沢町1-2-3 コーポ鵺沢 201", "渋谷区鵺沢町二の十四の三 鵺沢ハイツ",
    "鵺沢町二の十四の三", "大阪市北区梅田三丁目一番", "鵺沢町二丁目十四番三号", "しぶやく ぬえざわちょう 2-14-3",
    "마포구 뮤렌다로27길 14 카페",
    "뮤렌다로27길 14 2층", "뮤렌다로27길 14, 101동 1203호", "翟鸾村3组12号附1", "翟鸾村3组12号",
    "zhailuan lu 128 hao nanshan qu, shenzhen", "Zhailuan Lu 128 Hao, Nanshan Qu Shenzhen",
    "TTL: Kota Bandung, 17 September 1987", "T.T.L: Bandung, 17-09-1987", "TTL Bandung 17/09/1987",
    "1987/09/17生まれ", "1987年9月17日出生于北京", "1987年9月17日出生，北京人", "เกิด 1 ต.ค. 2530",
    "วันเกิด 17 ก.ย. 2530", "생일 870917", "생일은 87년 9월 17일", "鵺沢町二ノ十四ノ三",
    "シブヤク ヌエザワチョウ 2-14-3",
    "Nuezawa 2 chome 14-3, Shibuya-ku", "Shibuya-ku, Nuezawa 2-chome 14-3", "Bundang-gu, Myurenda-dong 45-6",
    "Myurenda-ro27-gil 14, Gangnam-gu", "Myurenda-ro 27-gil 14 Gangnam-gu",
    "Nuezawa 2-chome 14-3 Shibuya-ku", "翟鸾村第3组12号", "nanshan qu zhailuan lu 128 hao", "zhailuan cun 3 zu 12 hao",
    "Địa chỉ 12 Khuyvênh, Quận 5", '[{"title": "鵺沢町二の十四の三"}]', "go?target=뮤렌다로27길 14&page=2",
]


@pytest.mark.parametrize("value", PERSONAL)
def test_an_address_or_a_birth_date_of_the_region_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


# In an id, an HKID's layout after the card's own name is kept whatever its check; after a product's word for a
# document (a cover, a sleeve) only with its check right.
@pytest.mark.parametrize("value", ["passport-case-AB123456(1)", "hkid-sleeve-A123456(5)", "id-card-wallet-Z683365(2)",
                                   "Reisepass-Huelle-A123456(8)"])
def test_an_id_of_a_product_for_a_document_goes_out(value: str) -> None:
    assert detector.reason(value, id_like=True) == ""


@pytest.mark.parametrize("value", ["HKID: Z683365(5)", "HK ID Z683365(5)", "hkic-A123456(3)", "ID card: A123456(3)",
                                   "Hong Kong ID: AB987654(3)"])
def test_a_hong_kong_card_s_number_after_its_name_is_kept(value: str) -> None:
    assert detector.reason(value, id_like=True) != ""


# Keys: the region's birth words and Hong Kong's card transliterated are personal; a setting near them is not.
@pytest.mark.parametrize("key", ["hk_id", "hk-id", "tgl_lahir", "tempat_lahir", "saengil", "chusheng_riqi",
                                 "chusheng_didian"])
def test_a_key_of_the_region_s_birth_words_or_card_is_refused(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", ["ttl", "cache_ttl", "ttl_seconds", "birthday_cake_size", "hk_store_id", "soi_dog_id"])
def test_a_setting_near_them_goes_out(key: str) -> None:
    assert detector.key_reason(key) == ""
