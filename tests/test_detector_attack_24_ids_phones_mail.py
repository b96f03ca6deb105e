"""The twenty-fourth attack's ids, phones and addresses spelled in words (tests/privacy_attack_cases_24.py): Pakistan's
CNIC by its printed 5-7-1 layout (in ids too), India's voter card after `Voter ID` (an id word after an identity card's
word), India's Importer-Exporter Code after its label (a firm's code, no phone), Esperanto's and Kurmanji's words for
"@" and ".", and phone numbers said in India's and Pakistan's number words, in free text and in a user agent's field.
With the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import EMAIL, LABELLED_NUMBER, NATIONAL_ID, PHONE

UA = "Mozilla/5.0 (Linux; Android 14; {}) AppleWebKit/537.36"


@pytest.mark.parametrize(("text", "id_like", "found"), [
    ("42101-1234567-1", False, NATIONAL_ID),
    ("42101-1234567-1", True, NATIONAL_ID),  # an order id, an event id, a product's id
    ("35202-4821573-1", True, NATIONAL_ID),
    ("CNIC: 42101-1234567-1", False, NATIONAL_ID),
    ("\u06f4\u06f2\u06f1\u06f0\u06f1-\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7-\u06f1", True, NATIONAL_ID),
    ("82101-1234567-1", True, ""),  # no province begins with 8
    ("42101-1234567-12", True, ""),  # one check digit
    ("4210-11234567-1", True, ""),  # not the card's grouping
    ("42101 1234567 1", True, PHONE),  # not as printed: blanks between groups are a phone's
])
def test_a_cnic_is_read_by_its_printed_layout(text: str, id_like: bool, found: str) -> None:
    assert detector.reason(text, id_like=id_like) == found


@pytest.mark.parametrize(("user_agent", "found"), [
    (UA.format("42101-1234567-1"), NATIONAL_ID),
    (UA.format("\u06f4\u06f2\u06f1\u06f0\u06f1-\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7-\u06f1"), NATIONAL_ID),
    (UA.format("SM-A546E Build/UP1A.231005.007"), ""),
])
def test_a_cnic_in_a_user_agent_is_read_by_its_layout(user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Voter ID: ZQX1234567", NATIONAL_ID),
    ("voter id zqx1234567", NATIONAL_ID),
    ("VOTER ID ZQX1234567", NATIONAL_ID),
    ("EPIC No. ZQX7654321", NATIONAL_ID),
    ("Product ID: ZQX1234567", ""),  # a code's label
    ("Voter ID Holder Case", ""),  # no number
    ("phone Build/TP1A.220624", ""),  # a device's build after its code word
])
def test_an_id_word_after_an_identity_cards_word_is_that_cards_number(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("IEC 0305012345", ""),
    ("IEC: 0305012345", ""),
    ("Iec 0305012345", ""),
    ("call 0305012345", PHONE),  # no code's label
    ("IEC +91 98490 12345", PHONE),  # a dialled number stays one
])
def test_an_importer_exporter_code_is_a_firms_code(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("retpoŝto: zqludo ĉe ekzemplo punkto com", EMAIL),
    ("RETPOŜTO: ZQLUDO ĈE EKZEMPLO PUNKTO COM", EMAIL),
    ("zqrojda.d li gmail.com", EMAIL),
    ("zqrojda.d li gmail xal com", EMAIL),
    ("ce livre est bon", ""),  # French `ce`: read only beside Esperanto's word for "."
    ("jo ce example.com", ""),
    ("wang-li-shop-cn", ""),  # `li` in a slug is a name's word
    ("shoes-li-ning-cn", ""),
    ("Li Wei li example.com", ""),  # no local part's mark, not lower case alone
])
def test_esperanto_and_kurmanji_words_for_at_and_dot_spell_an_address(text: str, found: str) -> None:
    assert detector.reason(text) == found


TELUGU = "తొమ్మిది ఎనిమిది నాలుగు తొమ్మిది సున్నా ఒకటి రెండు మూడు నాలుగు ఐదు"


@pytest.mark.parametrize(("text", "found"), [
    ("mobile: nau aath chaar nau shunya ek do teen chaar paanch", PHONE),
    (f"ఫోన్: {TELUGU}", PHONE),
    ("मोबाइल: नौ आठ चार नौ शून्य एक दो तीन चार पांच", PHONE),
    ("ಫೋನ್: ಒಂಬತ್ತು ಎಂಟು ನಾಲ್ಕು ಐದು ಸೊನ್ನೆ ಒಂದು ಎರಡು ಮೂರು ನಾಲ್ಕು ಐದು", PHONE),
    ("ek do teen chaar paanch chhah saat aath nau - the counting song", ""),  # a count, no plan's number
    ("do do do do do do do", ""),
])
def test_a_phone_number_said_in_south_asian_number_words_is_read(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("field", "found"), [
    ("mobile: nine eight four nine zero one two three four five", PHONE),
    ("mobile: nau aath chaar nau shunya ek do teen chaar paanch", PHONE),
    ("one two three four five six seven", ""),  # seven digits: no plan's mobile
    ("wv", ""),
])
def test_a_phone_number_said_in_words_in_a_user_agents_field_is_read(field: str, found: str) -> None:
    assert detector.user_agent_reason(UA.format(field)) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Cédula de identidad: 4.123.456", LABELLED_NUMBER),
    ("Cedula de identidad: 4123456", LABELLED_NUMBER),
    ("CÉDULA DE IDENTIDAD: 4.123.456", LABELLED_NUMBER),
    ("Documento de identidad: 4.123.456", LABELLED_NUMBER),
    ("Número de pedido: 4.123.456", ""),  # an order's number
])
def test_a_romance_de_between_a_labels_words_is_read_past(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("00020101021126370016A00000067701011101130066984901234553037645802IN6304ABCD", PHONE),
    ("00020101021129370016A000000677010111011300668123456785802TH53037646304ABCD", PHONE),
    ("00020101021129370016A000000677010111021312345678901235802TH6304ABCD", NATIONAL_ID),
    ("00020101021130390016A000000677010112011501234567890123455802TH6304ABCD", ""),  # a biller's account
])
def test_a_promptpay_account_in_a_payment_qr_is_a_phone_or_an_id(text: str, found: str) -> None:
    assert detector.reason(text) == found
    assert detector.reason(text, id_like=True) == found
