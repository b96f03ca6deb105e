"""Closer 56 (attack 38): South Asian and Middle Eastern addresses. A Gulf villa beside its area, Egypt's floor beside
the flat, Morocco's lane, Persian's address label, building and boulevard, Hebrew's entrance before the flat and its
street word in Latin letters, India's care-of, landmark and village parts ending on a PIN code; both ways: ordinary
shop values near each rule go out, personal ones are kept."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal

# Arabic: a villa by its number beside its area, a flat beside its floor, Morocco's lane and its number's word.
ARABIC_PERSONAL = [
    "دبي، منطقة البرشاء، فيلا ٧، ص.ب. ١٢٣٤٥", "منطقة الياسمين، فيلا 12", "فيلا ٧، منطقة البرشاء، دبي",
    "شقة ٤، الدور ٣، ١٢ ش التحرير، مدينة نصر", "شقة 12, الطابق 5, القاهرة",
    "زنقة الحرية رقم ١٢، الدار البيضاء", "زنقة ابن سينا 14، الرباط",
]
# A villa or a floor in a product's or a game's name, an area's map, a lane in a book's title: no second part of a home.
ARABIC_ORDINARY = [
    "شمعة فيلا 7 معطرة", "Villa 7 scented candle", "فيلا ٧ – مجموعة الصيف", "لعبة الدور 3 للأطفال",
    "الطابق 5 - رواية", "منطقة الألعاب 12 قطعة", "خريطة منطقة الخليج، 2024", "رواية زنقة الحرية", "شقة للإيجار",
    "زنقة 12 ألبوم", "RRRD2929", "شوكولاتة دبي 200 غرام",
]

# Persian and Hebrew: a street named alone after the address's noun as the label; a building beside an alley; an
# entrance and a flat; Hebrew's street word written in Latin letters.
LABELLED_PERSONAL = [
    "آدرس: زرپنگ ۱۲", "آدرس: ولیعصر ۱۲، تهران", "نشانی: نادر 45", "כתובת: הרצל 12", "כתובת: הרצל 12, חיפה",
    "بلوار کشاورز، نبش کوچه ۵، ساختمان ۷", "کوچه نادر ۳، ساختمان ۱۲", "הרצל 12 כניסה ב' דירה 4 ירושלים",
    "הרצל 12 כניסה 3, דירה 4", "Rehov Herzl 12, Tel Aviv", "Rechov Dizengoff 50, Tel Aviv",
    "Sderot Rothschild 22, Tel Aviv",
]
# The noun of a store's address, a title's label (Arabic `عنوان`), a year of the Solar Hijri calendar, a building's
# model, a ticket's entrance, a street word of Hebrew in a song's name.
LABELLED_ORDINARY = [
    "آدرس فروشگاه: ونک ۱۲", "آدرس فروشگاه: ونک ۱۲، تهران", "عنوان: كتاب 12", "آدرس: سال ۱۴۰۳", "آدرس: ۲۰۲۴",
    "ساختمان ۷ لگو", "ساختمان 12 طبقه - کتاب", "כניסה חופשית 12 שקל", "דירה 4 חדרים למכירה", "Rehov 12 vinyl",
    "Derech Eretz 2024 album", "Derech Hashem 2, Feldheim edition", "Tel Aviv Hummus Kit", "زعفران مشهد ۴٫۶ گرم",
    "سایز ۴۲",
]

# India: a person it is in the care of, a landmark or a village opening the address, parts to the PIN code; a landmark,
# a numbered sector and a town before the PIN code with no mark, as a search box is typed.
INDIAN_PERSONAL = [
    "C/O Sharma, Opp. Bus Stand, Zarvenpur Village, PIN 176001",
    "Vill. Zarvenpur, P.O. Rampur, Dist. Nadia, WB 741101",
    "S/O Ramesh, Near Shiv Mandir, Rampur, Bareilly - 243001",
    "Behind Post Office, Ward 4, Sitapur, UP 261001", "Opp. Ganesh Temple, Main Road, Madurai 625001",
    "near shiv mandir zarvenpur sector 12 noida 201301",
    "Opposite City Hospital Sector 15 Faridabad 121007",
]
# A shop's sentence near a PIN code, a single part before it, a landmark's whole word opening a product's title and a
# serial or a lot's number after its parts, a sector's number in a game, a PIN code alone, delivery by PIN.
INDIAN_ORDINARY = [
    "Near me, 560001", "near sector 12 noida 201301", "Near Mint, Sealed, Serial 123456",
    "Beside the Sea, Blue Edition, Lot 250000", "Delivery to PIN 560001", "Check delivery: 560001",
    "Near Mint Vinyl, 1978 pressing", "Opposite Day Board Game, 2 players", "Behind the Scenes, Vol. 2, 2019",
    "Sector 12 puzzle 1000 pieces", "near field communication tag 213 pack 100000", "Village People Greatest Hits",
    "Jaipur Block Print Kurta XL", "Vill. Life candle, 200 g, set of 2",
]


@pytest.mark.parametrize("value", ARABIC_PERSONAL)
def test_an_arabic_home_by_its_villa_flat_or_lane_is_kept(value: str) -> None:
    assert detector.reason(value) == postal.POSTAL_ADDRESS


@pytest.mark.parametrize("value", ARABIC_ORDINARY)
def test_an_arabic_product_named_after_a_villa_or_a_floor_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", LABELLED_PERSONAL)
def test_a_persian_or_hebrew_street_after_its_label_or_with_its_parts_is_kept(value: str) -> None:
    assert detector.reason(value) == postal.POSTAL_ADDRESS


@pytest.mark.parametrize("value", LABELLED_ORDINARY)
def test_a_store_s_address_a_title_or_a_year_after_a_label_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", INDIAN_PERSONAL)
def test_an_indian_address_by_its_landmarks_and_pin_code_is_kept(value: str) -> None:
    assert detector.reason(value) == postal.POSTAL_ADDRESS


@pytest.mark.parametrize("value", INDIAN_ORDINARY)
def test_a_shop_s_line_near_a_pin_code_or_a_landmark_s_word_goes_out(value: str) -> None:
    assert detector.reason(value) == ""
