"""The twenty-fourth attack's keys, name labels, chat speakers and structured texts (tests/privacy_attack_cases_24.py):
the key lexicon's name, family-name, address and phone words of South Asia, Kurdistan, Xinjiang, the Volga and the
Caucasus, Yiddish, Aotearoa, Paraguay and Esperanto, read as keys and as labels; a relation's initials before a name
word (`s_o_name`); a chat speaker named in a script without capitals or after the customer word of the new languages,
and one in square brackets saying a Hindustani line in Latin letters; a table pasted as text (CSV, a Markdown table)
whose column a personal key heads; an indented YAML key as a label; a contact card on one line; a log line, a form
body and object text percent-encoded in a URL path. With the near misses each rule leaves alone."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from meta_capi import detector, privacy
from meta_capi.personal_keys import key_tokens, names_a_person
from meta_capi.postal import PERSON_NAME

SHOP = "https://shop.example.in"


@pytest.mark.parametrize("key", [
    "పేరు", "ಹೆಸರು", "പേര്", "નામ", "नाव", "ਨਾਮ", "نالو", "ناو", "ئىسىم", "исем", "цӀе", "נאָמען", "ingoa", "tera",
    "Téra", "nomo", "customer_nomo",  # name words, alone or with a person qualifier
    "nav_û_paşnav", "paşnav", "आडनाव", "ఇంటిపేరు", "פֿאַמיליע",  # family names
    "చిరునామా", "સરનામું", "ವಿಳಾಸ", "വിലാസം", "ਪਤਾ", "पत्ता", "wāhitau", "wahitau", "navnîşan",  # addresses
    "ఫోన్_నంబర్", "ಫೋನ್", "ഫോൺ", "મોબાઇલ", "waea", "waea_pukoro", "pumbyry",  # phones
    "s_o_name", "d_o_name", "w_o_naam",  # a relation's initials before a name word
])
def test_a_key_in_the_twenty_fourth_attacks_languages_is_personal(key: str) -> None:
    assert detector.key_reason(key) == detector.PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "nav", "nav_menu", "navbar",  # Kurmanji's `nav` is navigation too: not read alone
    "product_nomo",  # a name word with no person qualifier, beside another word
    "co_name",  # `C/O` is not read: a company's name
    "so_id", "waeauta", "waea_case",  # a phone's thing word before its attribute
])
def test_a_near_miss_of_the_twenty_fourth_attacks_keys_is_ordinary(key: str) -> None:
    assert detector.key_reason(key) == ""


def test_the_chechen_name_word_is_read_with_its_palochka_folded() -> None:
    # (both palochkas, U+04C0 and U+04CF, fold to a Latin `l`, and the Cyrillic `е` to its Latin look-alike)
    assert key_tokens("цӀе") == key_tokens("цӏе") == key_tokens("ЦӀЕ") == ["\u0446le"]


@pytest.mark.parametrize("label", ["Nav û paşnav", "Ingoa", "Téra", "Nomo", "Исем", "נאָמען", "పేరు", "ਨਾਮ"])
def test_a_name_label_of_the_twenty_fourth_attack_names_a_person(label: str) -> None:
    assert names_a_person(label)


@pytest.mark.parametrize(("text", "found"), [
    ("పేరు: రవి తేజ కొండపల్లి", PERSON_NAME),
    ("ਨਾਮ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ", PERSON_NAME),
    ("Nav û paşnav: Rojda Demirtaşoğlu", PERSON_NAME),
    ("Ingoa: Mereana Te Rangihaeata", PERSON_NAME),
    ("Téra: Rosa Ñamandúpy", PERSON_NAME),
    ("Nomo: Ludoviko Zamenhofski", PERSON_NAME),
    ("נאָמען: חיים לעווינזאָן", PERSON_NAME),
    ("Исем: Гөлнара Хәйруллина", PERSON_NAME),
    ("customer:\n  full_name: Gurpreet Sandhuwalia\n  tier: gold", PERSON_NAME),  # an indented YAML key
    ("full_name: Gurpreet Sandhuwalia", PERSON_NAME),
])
def test_a_name_after_a_label_of_the_twenty_fourth_attack_is_a_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "product_name: Classic Tee",  # a snake-case label naming no person
    "Ingoa Tee",  # no colon: a title
    "shipping_method: Express Delivery",
    "Waea Case: Black Edition",
])
def test_a_near_miss_of_the_twenty_fourth_attacks_labels_is_no_name(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("కస్టమర్ (రవి తేజ కొండపల్లి): నా ఆర్డర్ ఎక్కడ?", PERSON_NAME),  # a name in a script without capitals
    ("ग्राहक (राम थापा): मेरा ऑर्डर कहाँ है?", PERSON_NAME),
    ("Mişterî (Rojda Demirtaşoğlu): siparîşa min li ku ye?", PERSON_NAME),  # Kurmanji's customer
    ("Kiritaki (Mereana Te Rangihaeata): kei hea taku pēke?", PERSON_NAME),  # Māori's customer
    ("[Ayesha Siddiquee]: mera parcel kahan hai?", PERSON_NAME),  # a Hindustani line in the first person
    ("[Ayesha Siddiquee] mujhe refund chahiye", PERSON_NAME),
])
def test_a_chat_speaker_of_the_twenty_fourth_attack_is_a_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "Kiritaki (Ratonga Tautoko): kia ora",  # the customer service desk, in Māori
    "Mişterî (Xizmet): em li vir in",
    "[New Arrivals]: kahan milega?",  # a tag, its line in no first person
    "Kiritaki Tee (Blue): size M",  # no name in the brackets
])
def test_a_near_miss_of_the_twenty_fourth_attacks_speakers_is_no_name(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "name,city,qty\nAnil Gowdaru,Mysuru,2",  # CSV with a header
    "Name;Qty\nAnil Gowdaru;2",
    "sku\tsurname\nS-1\tGowdaru",  # TSV: the family name's column
    "| Name | Qty |\n|---|---|\n| Anu Mathewkutty | 2 |",  # a Markdown table
    '{"msg": "| Name | Qty |\\n|---|---|\\n| Anu Mathewkutty | 2 |"}',  # inside a JSON string
    "order,email\nORD-1,zq at example",
])
def test_a_tables_cell_under_a_personal_column_is_personal(text: str) -> None:
    assert detector.reason(text) == detector.TABLE_CELL


@pytest.mark.parametrize("text", [
    "sku,qty,price\nS-1,2,12.99",  # no personal column
    "| Size | Chest |\n|---|---|\n| M | 96 |",
    "Blue, red and green\nAll sizes, all colours",  # prose with commas
    "city,qty\nMysuru",  # a row with fewer cells: not the table's
    "name,qty\n,2",  # an empty cell under the name
    "3;phone\n5;10",  # a header's cells name columns: each holds a letter
])
def test_a_near_miss_of_a_table_is_ordinary(text: str) -> None:
    assert detector.reason(text) == ""


def test_a_table_in_a_url_path_leaves_only_the_origin() -> None:
    assert privacy.clean_url(f"{SHOP}/account/{quote('name,city,qty' + chr(10) + 'Anil Gowdaru,Mysuru,2', safe='')}"
                             "/orders") == f"{SHOP}/"


def test_semicolons_in_a_url_path_are_no_table() -> None:
    assert privacy.clean_url(f"{SHOP}/3;FBID/phone;FBLC/en_US;FBOP/5") == f"{SHOP}/3;FBID/phone;FBLC/en_US;FBOP/5"


@pytest.mark.parametrize("value", [
    "level=info user_name=aigul.galieva action=checkout",  # a log line
    '[customer]\nfull_name = "Keisha Ramdassingh"',  # TOML
    '{"body": "first_name=Ayesha&last_name=Siddiquee&qty=2"}',  # a form body in JSON
    '{"variables": {"input": {"fullName": "Rojda Demirtaşoğlu"}}}',  # GraphQL variables
])
def test_parameters_or_object_text_percent_encoded_in_a_url_path_leave_only_the_origin(value: str) -> None:
    assert privacy.clean_url(f"{SHOP}/account/{quote(value, safe='')}/orders") == f"{SHOP}/"
    assert privacy.clean_url(f"{SHOP}/account/{quote(quote(value, safe=''), safe='')}/orders") == f"{SHOP}/"


@pytest.mark.parametrize("path", [
    "/search/size%3DM%20colour%3Dblue",  # an encoded `=` whose keys are ordinary
    "/p/%7B%22sku%22%3A%20%22S-1%22%7D",
    "/p/blue%20sneakers",
])
def test_an_ordinary_encoded_path_stays(path: str) -> None:
    assert privacy.clean_url(SHOP + path) == SHOP + path


@pytest.mark.parametrize(("text", "found"), [
    ("BEGIN:VCARD VERSION:3.0 FN:Ravi Teja Kondapalli END:VCARD", PERSON_NAME),  # on one line
    ("BEGIN:VCARD VERSION:3.0 N:Kondapalli;Ravi END:VCARD", PERSON_NAME),
    ("BEGIN:VCARD\nFN:Ravi Teja Kondapalli\nEND:VCARD", PERSON_NAME),
])
def test_a_contact_cards_formatted_name_is_a_name(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "BEGIN:VCARD VERSION:3.0 ORG:Example Shop END:VCARD",  # a card with no person's name
    "BEGIN:VCARD VERSION:3.0 TITLE:Fn 2 END:VCARD",
    "VERSION:3.0 FN:Classic Tee",  # no card
])
def test_a_near_miss_of_a_contact_cards_name_is_no_name(text: str) -> None:
    assert detector.reason(text) == ""
