"""The phones, keys and spelled mail of the twenty-first attack (detector.py, personal_keys.py, assembled.py): a
mobile-money text's number after the service's name, a number word and a mobile operator's name as a label, the
telephone's words of the Gulf and southern Africa, an Arabic label read without its article, Arabic number words, the
keys of mobile money, civil ids and names of those countries, and an address named as a file. Exact verdicts, and the
ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector


@pytest.mark.parametrize("value", [
    "Orange Money: transfert de 5000 FCFA vers 76 12 34 56 reussi",
    "Moov Money: vous avez recu 2500F du 70 12 34 56",
    "Airtel Money - cash in from 9123 4567 done",
    "MoMo: GHS 20 sent to 91234567",
    "Wave: envoyé à 77 12 34 56",
    "Vodafone Cash payment by 9123 4567",
    "Numéro Orange: 76 12 34 56",
    "Numero Moov: 70 12 34 56",
])
def test_a_mobile_number_in_a_mobile_money_text_or_after_an_operators_number_word_is_a_phone(value):
    assert detector.reason(value) == detector.PHONE


@pytest.mark.parametrize("value", [
    "Orange Money: 5000 FCFA",  # an amount, no mobile number
    "Orange 76 12 34 56",  # a colour and a number
    "Wave Runner 91234567",  # `Wave` only as a label
    "Microwave: 91234567",
    "Money back guarantee 30 days",
    "Numéro: 76 12 34 56",  # a number word alone labels no mobile
    "transfert vers 76 12 34 56 via Orange Money",  # the service named after the number, not before it
])
def test_numbers_beside_an_operators_or_services_word_without_its_layout_are_ordinary(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "نقال: 9876 5432",
    "واتساب ٣٦١٢٣٤٥٦",
    "رقم الواتس: ٣٦١٢٣٤٥٦",
    "رقم الجوال: 9876 5432",
    "Mo nimero portab: 5712 3456",
    "Inombolo yelucingo: 7612 3456",
    "Nomore ya mogala: 71 234 567",
    "Nomoro ya mohala: 5812 3456",
])
def test_a_number_after_a_telephones_word_of_the_gulf_or_southern_africa_is_labelled(value):
    assert detector.reason(value) == detector.LABELLED_NUMBER


@pytest.mark.parametrize("value", [
    "رقم الطلب: 98765432",  # the order's number
    "الرقم المرجعي 98765432",  # a reference number
])
def test_an_arabic_label_without_personal_words_leaves_its_number_alone(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", [
    "رقمي صفر تسعة واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية",
    "رقمي صفر تسعه واحد اتنين تلاته اربعه خمسه سته سبعه تمانيه",
])
def test_arabic_number_words_spelling_a_phone_number_are_read_as_its_digits(value):
    assert detector.reason(value) == detector.PHONE


@pytest.mark.parametrize("value", [
    "ثلاثة قمصان وخمسة أحذية",
    "واحد اثنان ثلاثة",
])
def test_a_few_arabic_number_words_in_a_sentence_are_ordinary(value):
    assert detector.reason(value) == ""


@pytest.mark.parametrize("key", [
    "momo_number", "numero_orange_money", "wave_number", "orange_money_number", "mvola_number", "civil_id",
    "civil_number", "nina", "nina_number", "npi", "omang_number", "karatra_manondro", "anarana", "leina", "lebitso",
    "naam_en_van",
])
def test_keys_of_mobile_money_civil_ids_and_names_of_the_twenty_first_attack_are_personal(key):
    assert detector.key_reason(key) == detector.PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "momo", "wave", "orange", "civil", "money", "van", "nina_collection", "payment_method",
])
def test_a_services_name_or_an_ordinary_word_alone_is_no_personal_key(key):
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("value", [
    "invoice_kwame.mensah@gmail.com.pdf",
    "scan-jo@example.co.uk.jpg",
    "receipt_ama.asante@yahoo.fr.png",
])
def test_an_address_named_as_a_file_is_an_email(value):
    assert detector.reason(value) == detector.EMAIL


@pytest.mark.parametrize("value", [
    "logo@2x.png", "icon@2x.de.png", "icon@1.5x.png", "product-42@2x.jpg", "lib@1.2.3.js", "banner@home.page.png",
    "hero@3X.fr.jpg",
])
def test_an_image_scale_or_a_version_before_an_extension_is_no_address(value):
    assert detector.reason(value) == ""
