"""Closer 62 (review 23, South Asia and the Middle East): closer 56's Indian, Arabic, Persian and Hebrew rules
narrowed, both ways. India's PIN code after a landmark's or a village's parts needs its label, a state's code of its
postal circle, or a part naming an Indian address's part before a town; a search box's landmark needs its kind's
word. A noun a number counts (a volume, a chapter, a model, a game, the shop's branch) is no street after Persian's
or Hebrew's address label, nor a town after Arabic and Persian home parts. Hebrew's street words in Latin letters need
a town after the comma."""

from __future__ import annotations

import pytest

from meta_capi import detector, postal

# India: the PIN code after its label, a state's code of its circle, or a town after an Indian address's part.
INDIAN_PERSONAL = [
    "Vill. Zarpur, PO Zarpur, Dist. Kangra, 176001", "Near Shiv Mandir, Zarpur, Kangra 176001",
    "Near Shiv Mandir, Zarpur, Kangra (HP) 176001", "Opp. Ganesh Temple, Main Road, Madurai 625001",
    "Behind Post Office, Ward 4, Sitapur, UP 261001", "Vill. Zarpur, PO Zarpur, Kangra - 176 001",
    "Near Kali Mandir, Salt Lake, Kolkata, WB 700091", "Near City Hospital, Zarpur, Kangra, (HP) 176001",
    "S/O Ramesh, Near Shiv Mandir, Rampur, Bareilly - 243001",
    "near shiv mandir sector 12 noida 201 301", "Near Shiv Mandir Sector-12 Noida 201301",
    "near shiv mandir sec 12 noida 201301", "opp city hospital phase 2 mohali 160055",
    "shiv mandir ke paas sector 12 noida 201301", "Near Shiv Mandir Sector 12 Noida 201301 India",
    "c/o sharma vill zarpur kangra 176001",
]
# Titles opening on a landmark's or a village's word, a state code out of its circle, a town's place after a
# product's parts, a search with no landmark's kind.
INDIAN_ORDINARY = [
    "Near Mint, Graded, PSA 10, Cert - 482913", "Near Dark, Blu-ray, 4K, UK 123456",
    "Village People, Greatest Hits, 2 CD, Sony 886979", "Opp. Mode, Kit, Set 123456",
    "Vill. Kit, Model, Scale, HO 870123", "Near Mint, Pokemon, Holo, SET - 123456",
    "Behind the Music, Vol. 2, Rhino, MH 123456", "Near East, Cookbook, Digital, Tal 400001",
    "Village Green, Kinks, Vinyl, Catalogue 123456", "near mint sector 7 card 123456",
    "Behind The Wall Phase 2 Vinyl Edition 180233", "near field tag sector 7 gaming chair 123456",
    "near me block 5 lego set 601234", "sector 12 noida 201301 india", "near mint block 5 lego set 601234 india",
    "ke paas sector 12 noida 201301", "c/o label printer 12 vill 201301",
]

# Persian and Hebrew: a street named after the label, not a noun a number counts nor the shop's own place.
LABELLED_PERSONAL = [
    "آدرس: زرپنگ ۱۲", "نشانی: نادر 45", "כתובת: הרצל 12", "כתובת: הרצל 12, חיפה", "آدرس: ولیعصر ۱۲، تهران",
    "آدرس مشتری: خیابان ولیعصر ۱۲", "آدرس: زرپنگ ۱۲ تهران", "آدرس: زرپنگ ۱۲/۳",
    "כתובת: הרצל 12א", "כתובת: הרצל 12 תל אביב", "כתובת: הרצל 12/4", "הרצל 12 דירה 4 כניסה ב'",
    "زنقة 12 رقم 5، الرباط",
]
LABELLED_ORDINARY = [
    "آدرس: جلد ۲", "آدرس: فروشگاه مرکزی ۱۲", "نشانی: شعبه ۳", "آدرس: قسمت ۱۲", "כתובת: פרק 2", "כתובת: סניף 12",
    "כתובת: עמוד 12", "כתובת: כרך 3", "آدرس فروشگاه: خیابان ولیعصر ۱۲", "כתובת הסניף: רחוב הרצל 12",
    "כתובת: סניף 12 תל אביב", "آدرس: جلد ۲ تهران", "כתובת החנות: הרצל 12", "לגו דירה 4 כניסה 2",
    "زنقة 12 رقم 5، رواية", "زنقة 12 ألبوم", "درب التبانة 3، ملصق", "نشانی سایت: دیجی کالا ۲",
]

# Arabic and Persian home parts: a town or nothing after them, not a toy's, a game's or a book's noun.
KIND_PERSONAL = [
    "منطقة البرشاء، فيلا ٧،", "فيلا ٧، منطقة البرشاء، دبي", "شقة ٤، الدور ٣، القاهرة", "نبش کوچه ۵، ساختمان ۷",
    "زنقة الحرية رقم 12، الدار البيضاء", "منطقة البرشاء فيلا ٧ دبي", "Villa 7, Al Barsha 2, Dubai",
    "Al Barsha, Villa 7, Dubai",
]
KIND_ORDINARY = [
    "منطقة الألعاب، فيلا ٧، مجسم", "شقة 4، الدور 3، لعبة", "زنقة الحرية رقم 12، رواية", "منطقة الحرة 3، فيلا 2، دليل",
    "نبش کوچه ۵، ساختمان ۷ پازل", "فيلا 3، الطابق 2، قصة", "ساختمان ۷، کوچه ۵ کتاب", "Villa 7, Al Pacino, DVD",
    "Villa 7 scented candle, Al Ain", "Villa 7, Al Barsha 2, dubai mall voucher", "Al Ain, Villa 12, UAE",
]

# Hebrew's street words in Latin letters: a town after the comma.
LATIN_HEBREW_PERSONAL = [
    "Rehov Herzl 12, Tel Aviv", "Rechov HaRav Kook 12, Jerusalem", "Sderot Rothschild 22, Tel Aviv",
    "Shderot Rothschild 12, Tel Aviv", "Derech Hevron 12, Jerusalem",
]
LATIN_HEBREW_ORDINARY = [
    "Rechov Sumsum 3, DVD", "Rehov Sumsum 2, Vol 1", "Rechov Sumsum Season 2, DVD", "Sderot Cinema 3, tickets",
    "Derech Hashem 2, Feldheim edition", "Rechov Sumsum 3, Elmo plush", "Sderot Film Festival 2024, poster",
]


@pytest.mark.parametrize("value", INDIAN_PERSONAL + LABELLED_PERSONAL + KIND_PERSONAL + LATIN_HEBREW_PERSONAL)
def test_an_address_of_the_region_is_kept(value: str) -> None:
    assert detector.reason(value) == postal.POSTAL_ADDRESS


@pytest.mark.parametrize("value", INDIAN_ORDINARY + LABELLED_ORDINARY + KIND_ORDINARY + LATIN_HEBREW_ORDINARY)
def test_a_shop_s_title_near_those_layouts_goes_out(value: str) -> None:
    assert detector.reason(value) == ""
