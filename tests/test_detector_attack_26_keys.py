"""The twenty-sixth attack's key words (tests/privacy_attack_cases_26.py): a recipient's name in Thai (its name word
glued before its qualifier), Lao, Tagalog, Azerbaijani, Somali, Kazakh, Uzbek, Samoan and Hawaiian address, name and
family-name words, the Mongolian phone's number in the genitive; with the shop's keys that share their words, which
are ordinary."""

from __future__ import annotations

import pytest

from meta_capi.personal_keys import names_personal_data


@pytest.mark.parametrize("key", [
    "ชื่อผู้รับ", "ชื่อผู้ส่ง",  # Thai: the recipient's and the sender's name
    "ທີ່ຢູ່", "ນາມສະກຸນ",  # Lao
    "pangalan", "buong_pangalan", "apelyido", "tirahan", "Buong Pangalan", "pangalan_ng_customer",  # Tagalog
    "ünvan", "Ünvan",  # Azerbaijani
    "magaca", "magac", "cinwaanka", "cinwaan",  # Somali
    "тегі", "Тегі",  # Kazakh
    "manzil", "yetkazib_berish_manzil",  # Uzbek
    "утасны_дугаар", "гар_утасны_дугаар", "Утасны дугаар",  # Mongolian
    "tuatusi",  # Samoan
    "helu_kelepona", "kelepona",  # Hawaiian
])
def test_a_key_word_of_the_twenty_sixth_attack_names_personal_data(key: str) -> None:
    assert names_personal_data(key)


@pytest.mark.parametrize("key", [
    "ชื่อสินค้า", "ชื่อร้าน",  # Thai: a product's and a shop's name
    "pangalan_ng_produkto", "product_pangalan", "buong_presyo",  # Tagalog: a product's name, the full price
    "magaca_alaabta",  # Somali: the goods' name
    "утасны_гэр", "утасны_загвар", "захиалгын_дугаар",  # Mongolian: a phone case, a phone's model, an order's number
    "helu", "helu_kauoha",  # Hawaiian: a number, an order's number
])
def test_the_shops_keys_sharing_those_words_are_ordinary(key: str) -> None:
    assert not names_personal_data(key)
