"""The address layouts of the thirteenth attack (postal.py): Korean lots and flats, Chinese sections, buildings and
units in either script, Vietnamese alleys and flats before their ward, Arabic, Persian and Hebrew streets with their
letters' variants folded, a district before the town and its code, Korean in romanization; exact verdicts, and the
ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal

ADDRESSES = [
    # Korean: a lot's number, with its word or with a dash after its district and neighbourhood; a building and unit
    "서울시 종로구 관철동 45-6번지, 2층",
    "관철동 45번지",
    "수원시 장안구 정자동 12-3",
    "101동 1203호",
    # Chinese: a street in its section (traditional or simplified), a building and its unit or room
    "台北市信義區信義路五段7號5樓",
    "台北市大安区复兴南路一段390号",
    "深圳市南山区粤海街道科兴科学园B栋4单元1203",
    "北京市朝阳区望京西园3号楼2单元501",
    "上海市浦东新区 3棟1502室",
    "杭州市西湖区文三路 478 号",
    # Vietnamese: a house in its alley or a flat before its ward or district
    "Hẻm 12/5 Nguyễn Trãi, Phường 3, Quận 5",
    "Ngõ 15 Lương Định Của, Phường Kim Liên",
    "45/3 Đinh Tiên Hoàng, P.3",
    "Chung cư Sunrise City, Tòa V5, Phòng 1203, Quận 7",
    "Căn hộ 1203, Q.2",
    # Arabic and Persian: the number first, the street word first, the house number's word; variants of letters
    "١٢ شارع الملك فهد، العليا، الرياض",
    "12 طريق الملك عبدالله، الرياض",
    "تهران، خیابان ولیعصر، کوچه نادر، پلاک ۱۲، واحد ۳",
    "تهران، خيابان وليعصر، كوچه نادر، پلاك ۱۲، واحد ۳",
    "شـارع التحرير 12، الدقي",
    "شقة 12، عمارة 7، شارع 10، مدينة نصر، القاهرة",
    "٢٩٢٩ الأمير سلطان، المحمدية، الرياض ١٢٣٦٢",
    # Hebrew: the street word first, or the name alone with its flat after the number
    "רחוב הרצל 12, תל אביב",
    "שדרות רוטשילד 45, תל אביב",
    "הרצל 12 דירה 4, תל אביב",
    "רחוב הרצל, מס׳ 12, תל אביב",
    # transliterated: a villa and its street, a district before the town and its code, a number after its street
    "Villa 12, Street 5B, Al Barsha 2, Dubai",
    "Flat 12, Building 7, Street 10, Nasr City, Cairo",
    "King Fahd Rd 4821, Al Olaya, Riyadh 12214",
    "RRRD2929, 2929 Al Amir Sultan, Al Muhammadiyah, Riyadh 12362",
    "Valiasr St, Nader Alley, No. 12, Tehran",
    '{"note": "Knez Mihailova 12/3, 11000 Beograd"}',
    # Korean in romanization
    "101-dong 1203-ho, 396 World Cup buk-ro, Mapo-gu, Seoul",
    "Teheran-ro 152, Gangnam-gu, Seoul",
    "Sejong-daero 110, Jung-gu, Seoul",
    "101 dong 1203 ho, Seoul",
]
ORDINARY_NEAR_ADDRESSES = [
    "Hem 3 cm, Size M",
    "Combo 2 Áo, Quần 5 túi",
    "Set 2 Áo Thun, Quần 5",
    "Ngo 2 Mon, Quan 1 tui",
    "Phòng ngủ 12m2, đẹp",
    "Lau 2, Phong khach",
    "라면 냉동 500g, 5개",
    "3단 서랍장, 101호 배송",
    "3座沙发, 灰色",
    "2栋3单元",
    "第3单元 2024版",
    "信義路 百貨 5折",
    "5号楼 促销",
    "Villa 12 Candle, Rose",
    "Street 5 Sneakers, Black",
    "Abbey Road, Vinyl, 2019",
    "100 Piece Puzzle, Eiffel Tower, Paris 1889",
    "Top 10 Gifts, Holiday Sale, Paris 2024",
    "عطر 100 مل, شقة",
    "عمارة 2024، شارع الفن",
    "تمر سكري فاخر ١ كيلو، الرياض",
    "شارع 12 ملابس",
    "پلاک طلا 18 عیار, زیبا",
    "קפה טורקי 100 גרם, 2 יחידות",
    "buk-ro Coffee, 12 cups",
    "Mapo-gu, Seoul",
    '{"title": "Summer Sale 12, Paris 2024"}',
]


@pytest.mark.parametrize("value", ADDRESSES)
def test_an_address_line_of_the_thirteenth_attack_is_an_address(value):
    assert detector.reason(value) == postal.POSTAL_ADDRESS


@pytest.mark.parametrize("value", ORDINARY_NEAR_ADDRESSES)
def test_a_product_a_size_or_a_word_of_an_address_without_its_layout_goes_out(value):
    assert detector.reason(value) == ""


def test_an_address_line_is_no_id():
    assert detector.reason("Villa 12, Street 5B, Al Barsha 2, Dubai", id_like=True) == ""
