"""The twenty-sixth attack's local postal layouts (postal._LOCAL_LINES, _KK_LINE): a line whose cue word is of a
closed class and the next part of the address after it; the same words in product titles go out."""

from __future__ import annotations

import pytest

from meta_capi import detector

ADDRESS = "holds a postal address"

# addresses nobody listed, in the layouts the rules read
ADDRESSES = [
    "บ้านเลขที่ 45 หมู่ 3 ตำบลหนองปรือ อำเภอบางละมุง ชลบุรี 20150",  # Thai house and village number, then the subdistrict
    "12/7 ม.8 ต.ในเมือง อ.เมือง ขอนแก่น 40000",
    "45 Kalye Rizal, Barangay San Roque, Marikina",  # Philippine street line, then its barangay
    "Sitio 2, Bgy. Malanday, Valenzuela",
    "Jl. Kenanga 5, RT 003/RW 011, Kel. Cempaka, Bekasi",  # Indonesian neighbourhood units
    "Gg. Melati No. 7, Kel. Sukajadi, Bandung",
    "Lot 5, Jalan USJ 9/5, 47620 Subang Jaya",  # a Malaysian road by its section's code, a postal code and a town
    "Guriga 40, Waddada Wadnaha, Hargeysa",  # Somali house and road
    "Opopona Allen, Ile 3, Ikeja",  # Yoruba road and house
    "Titin Bello, Gida mai lamba 9, Kaduna",  # Hausa street and house
    "Достық даңғылы 5, 7 пәтер, Алматы",  # Kazakh street word after the name
    "Pärnu maantee 10-4, 10148 Tallinn",  # Estonian street word apart, a postal code and a town
]

# the same words in shop data: no next part, no number where the layout has one, a count after a code
NEAR_MISSES = [
    "หมูปิ้ง 5 ไม้ ตำบลอร่อย",  # Moo Ping, five skewers
    "หมู 3 ชั้น ทอด 99 บาท",
    "ข้าวหมูแดง 2 ที่, ส่งฟรี",
    "Moo Ping Set 2, Spicy",
    "Kalye Kape, 250g",
    "3 Kalye Tees, Size M",
    "Kalye Crew 2 Hoodie, Barangay Edition",
    "Barangay Ginebra Jersey 23, Size L",
    "Purok Tee, Black, Size 3",
    "RT 2 for a chance to win, 5 winners",
    "Gg. Allin Poster, A2",
    "Jalan Jalan Tote Bag, Blue",
    "SS 2/24 Bolt, 10 pcs",
    "Golf tee 50, 10000 Pieces",
    "Golf tee 50, White",
    "Tee 2, Black, Size M",
    "Ile de France Poster, 50x70",
    "Gida Candle 12, Vanilla",
    "Guriga Coffee 12, Medium roast",
    "Абай жолы: роман, 2 том",
]


@pytest.mark.parametrize("value", ADDRESSES)
def test_a_local_address_layout_stays_in(value):
    detector.forget_remembered()
    assert detector.reason(value, False) == ADDRESS


@pytest.mark.parametrize("value", NEAR_MISSES)
def test_the_same_words_in_shop_data_go_out(value):
    detector.forget_remembered()
    assert detector.reason(value, False) == ""
