"""The twenty-third attack's names after labels and chat customers (tests/privacy_attack_cases_23.py): the name words
of Welsh, Irish, Scottish Gaelic, Icelandic and the round's other languages as the key lexicon reads them, Welsh and
Irish particles inside a name, a chat line's customer word in the round's languages, and an honorific before a name
or a chat speaker read in a URL path's segment and a user agent's field. With the near misses each rule leaves alone.
"""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import PERSONAL_KEY
from meta_capi.postal import PERSON_NAME

UA = "Mozilla/5.0 (Linux; Android 14; {}) Mobile"


@pytest.mark.parametrize(("text", "found"), [
    ("Enw: Dafydd ap Gwilym", PERSON_NAME),
    ("Enw: Gwenllian ferch Rhys", PERSON_NAME),
    ("Ainm: Seán Ó Súilleabháin", PERSON_NAME),
    ("Ainm: Máiréad Ní Bhriain", PERSON_NAME),
    ("Ainm: Iain MacLeòid", PERSON_NAME),
    ("AINM: IAIN MACLEÒID", PERSON_NAME),
    ("Nafn: Guðrún Sigurðardóttir", PERSON_NAME),
    ("Izena: Mikel Etxeberria", PERSON_NAME),
    ("Isem: Marija Borg", PERSON_NAME),
    ("Cyfenw: Llewelyn", PERSON_NAME),  # a family name's label: one word is enough, as after `Surname:`
    ("Enw'r cynnyrch: Siwmper Wlân", ""),  # the product's name: no name label before the colon
    ("Maint: Canolig", ""),  # size: medium
    ("Nafn vöru: Lopapeysa", ""),  # the product's name, one word
    ("Ap Store: Gwilym Edition", ""),  # `ap` capitalized opens no particle
])
def test_a_name_after_a_label_of_the_twenty_third_attack_is_read(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("key", ["enw", "ainm", "nafn", "izena", "anv", "namme", "numm", "isem", "cyfenw", "sloinne",
                                 "eftirnafn", "föðurnafn", "abizena", "cognom", "kunjom", "enw_llawn", "ainm_iomlan",
                                 "fullt_nafn", "izen_osoa"])
def test_a_name_word_of_the_twenty_third_attack_is_a_personal_key(key: str) -> None:
    assert detector.key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", ["num", "num_items", "product_name", "anvil", "enwau_categori"])
def test_a_near_name_word_is_no_personal_key(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("[10:02] Πελάτης (Nikos Georgiou): πού είναι η παραγγελία μου;", PERSON_NAME),
    ("[10:02] Müşteri (Elif Yılmaz): siparişim nerede?", PERSON_NAME),
    ("[10:02] Cwsmer (Gwenllian Prichard): ble mae fy mharsel?", PERSON_NAME),
    ("[10:02] Bezeroa (Mikel Arrieta): non dago?", PERSON_NAME),
    ("[10:02] Client (Jordi Puigcer): on és la meva comanda?", PERSON_NAME),
    ("[10:02] Custaiméir (Seán Ó Briain): cá bhfuil m'ordú?", PERSON_NAME),  # Irish, as the README says
    ("Kunde (Anna Schmidt): wo ist meine Bestellung?", PERSON_NAME),
    ("Kunde (Service Team): Hallo", ""),
    ("[10:02] Πελάτης (Εξυπηρέτηση Πελατών): καλησπέρα", ""),  # no full name in capitals
    ("[10:02] Client (Service Desk): hello", ""),
    ("Πελάτης (VIP): έκπτωση 10%", ""),
])
def test_a_chat_customer_in_the_round_s_languages_is_read(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Wish list of Mrs Aoife Kavanagh", PERSON_NAME),
    ("Wish list of Mrs Aoife Kavanagh — moltes gràcies", PERSON_NAME),  # a dash between blanks ends the clause
    ("Booking confirmed for guest Mr Cathal Ó Briain, 2 nights", PERSON_NAME),
    ("Buy Mr. Potato Head - Toy", ""),  # a title opening the text
    ("Toys like the Mr. Potato Head - 20% off", ""),  # after an article
])
def test_an_honorific_before_a_name_in_running_text_is_read(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("field", "found"), [
    ("Wish list of Mrs Aoife Kavanagh", PERSON_NAME),
    ("Booking confirmed for guest Mr Cathal Ó Briain, 2 nights", PERSON_NAME),
    ("[10:02] Client (Jordi Puigcer): on és la meva comanda?", PERSON_NAME),
    ("[10:02] Πελάτης (Nikos Georgiou): πού είναι η παραγγελία μου;", PERSON_NAME),
    ("Ainm: Iain MacLeòid", PERSON_NAME),
    ("SM-G991B Build/TP1A.220624.014; wv", ""),
    ("Mr Coffee Edition", ""),
    ("Client (Desktop App)", ""),
])
def test_a_user_agent_field_holding_a_name_is_read(field: str, found: str) -> None:
    assert detector.user_agent_reason(UA.format(field)) == found


@pytest.mark.parametrize(("path", "found"), [
    ("/u/[10:02] Client (Jordi Puigcer): on és la meva comanda?/orders", PERSON_NAME),
    ("/u/[10:02] Πελάτης (Nikos Georgiou): πού είναι;/orders", PERSON_NAME),
    ("/wishlist/Wish list of Mrs Aoife Kavanagh", PERSON_NAME),
    ("/products/mr-potato-head", ""),
    ("/books/Buy Mr. Potato Head Toy", ""),
])
def test_a_url_path_segment_holding_a_chat_speaker_or_an_honored_name_is_read(path: str, found: str) -> None:
    assert detector.reason(path, segments=True) == found
