"""The twenty-eighth attack's ids, dates of birth, and what free text reads read in a user agent's comment and a URL
path's segment written as a sentence (detector.py, national_ids.py, privacy.py)."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.canonical import canonical

_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0 ({})"


@pytest.mark.parametrize(("field", "found"), [
    ("Fartelefon: 21 38 47", detector.PHONE),
    ("Oqarasuaat: 52 38 47", detector.PHONE),
    ("LT647300010175384216", detector.IBAN),
    ("GL8964710001000206", detector.IBAN),
    ("Llogaria: AL47212110090000000235698741", detector.IBAN),
    ("חשבון IL040108000000999382715", detector.IBAN),
    ("NRC: 12/MaYaKa(N)384712", detector.NATIONAL_ID),
    ("ID: 63-384712 K 42", detector.NATIONAL_ID),
    ("ផ្ទះលេខ ១៥ ផ្លូវ ចាន់ថាវី សង្កាត់ បឹងកេងកង", "holds a postal address"),
])
def test_a_user_agent_comment_field_is_read_as_free_text(field, found):
    assert detector.user_agent_reason(_UA.format(field)) == found


@pytest.mark.parametrize("user_agent", [
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Opera/9.80 (Android; Opera Mini/36.2.2254/119.132; U; id) Presto/2.12.423 Version/12.16",
    "Mozilla/5.0 (iPhone) MicroMessenger/8.0.43(0x18002b2d) NetType/WIFI",
    "Mozilla/5.0 (Linux; Android 14) 1403985710025",
    "Mozilla/5.0 (Linux; Android 14; Gift for the shopper, Silk Scarf) AppleWebKit/537.36",
    "Mozilla/5.0 (Linux; Android 13; 22081212C Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 MMWEBID/5765 MicroMessenger/8.0.42.2460(0x28002A3B) "
    "WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64",
    _UA.format("Build: 8.0.43; Channel: beta"),
])
def test_a_user_agent_of_products_and_platform_words_still_goes_out(user_agent):
    assert detector.user_agent_reason(user_agent) == ""


@pytest.mark.parametrize("url", [
    "https://shop.example.com/p/ID%20number%3A%208807125084087",
    "https://shop.example.in/account/Thanks%21%0A--%0AKeisha%20Ramdassingh%0APort%20of%20Spain/orders",
])
def test_a_path_segment_written_as_a_sentence_is_read_as_free_text(url):
    assert privacy.clean_url(url) == url[:url.index("/", 8) + 1]


@pytest.mark.parametrize("url", [
    "https://shop.example.com/collections/Summer%20Sale%202024",
    "https://shop.example.com/p/Rooibos%20Tea%20500g",
    "https://shop.example.com/p/Order%20880712",
    "https://shop.example.com/products/blue-sneakers-8807125084087",
])
def test_a_path_segment_of_a_shop_written_as_a_sentence_goes_out(url):
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("text", [
    "Ngazalwa ngo-17 September 1987", "Gebore: 17 September 1987", "تاريخ الميلاد: 14 رجب 1407 هـ",
    "เกิดวันที่ 17 กันยายน 2530", "生年月日：昭和62年9月17日", "生年月日：昭和六十二年九月十七日", "जन्म मिति: २०४४/०६/०१",
    "জন্ম তারিখ: ১৭/০৯/১৯৮৭", "ថ្ងៃខែឆ្នាំកំណើត: 17/09/1987", "Төрсөн огноо: 1987.09.17", "Tug'ilgan sana: 17.09.1987",
    "Datëlindja: 17.09.1987", "Datum rojstva: 17. 9. 1987", "Taariikhda dhalashada: 17/09/1987",
    "Born on Showa 62.09.17", "生年月日：S62.9.17", "DOB: H2/3/12", "Date of birth: 17th Sept '87",
    "Date of birth: seventeenth of September 1987", "DOB 17-IX-1987", "Birthday: 17 September", "DOB: 870917",
    "Ilze B., b. 17.09.1987", "Marietjie, née le 17/09/1987",
])
def test_a_date_after_a_birth_label_of_the_round_is_a_date_of_birth(text):
    # (a label the key lexicon holds names the number first, as `Date of birth: 17.09.1987`'s does: the birth rule
    # reads the date all the same)
    assert detector.reason(text) in (detector.BIRTH_DATE, detector.LABELLED_NUMBER)
    assert detector._birth_date_reason(canonical(text)[0]) == detector.BIRTH_DATE


@pytest.mark.parametrize("text", [
    "Birthday Cake 12 Pieces", "Birthday Card 3 September Edition", "Birthday candles 241231",
    "Birthday Sale until 30 November 2026", "Needle 10/12/2024", "Heisei H2/3/12 calendar", "Nee 12 months",
    "dob000110", "Showa Era Poster 1987", "Valid until 17. 9. 2026",
])
def test_a_date_or_number_without_a_birth_label_before_it_goes_out(text):
    assert detector.reason(text) == ""
