"""Rules closing families of the ninth attack (issue 16): an id document's number after its label (a passport's,
Mexico's RFC), and a NANP toll-free number written in digits, a business's; each with near-misses."""

import pytest

from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID, PHONE, reason


@pytest.mark.parametrize("text", [
    "RFC: HEGL880714AB1", "RFC HEGL880714AB1", "rfc=HEGL880714AB1", "Passport No: X12345678", "Passport: X1234567",
    "passport_number=X12345678", "Passport #: 123456789", "Reisepass Nr. C01X00T47", "Passeport: 12AB34567",
    "Pasaporte número: G12345678", "Paspoort: NPH4R1CA2", "Mi pasaporte: G12345678 gracias",
])
def test_letters_and_digits_after_an_id_documents_label_are_personal(text: str) -> None:
    assert reason(text) in (NATIONAL_ID, LABELLED_NUMBER)


@pytest.mark.parametrize("text", [
    "SKU: X12345678", "Order No: X12345678", "Item no. AB1234567", "RFC 9110", "RFC: 5322", "See RFC 791 and RFC 4291",
    "Passport photo 35x45mm", "Passport holder XL2024", "Passport No: pending", "Compass No: X12345678",
    "bypass: X12345678", "rfcs: HEGL880714AB1", "Passport cover 2024 edition", "Passport wallet SKU: X12345678",
])
def test_a_code_after_a_code_label_or_a_passport_word_without_a_number_goes_out(text: str) -> None:
    assert reason(text) == ""


@pytest.mark.parametrize("text", [
    "Call us: 1-800-555-0199", "Hotline 1-888-555-0123", "1-877-555-0100", "(866) 555-0123", "+1 855 555 0123",
    "844.555.0123", "18335550123", "8005550199", "Toll-free 1 (800) 555-0199, Mon-Fri",
])
def test_a_nanp_toll_free_number_in_digits_is_a_business_and_goes_out(text: str) -> None:
    assert reason(text) == ""


@pytest.mark.parametrize("text, expected", [
    ("Call 650-555-0199", PHONE), ("1-801-555-0199", PHONE), ("1-880-555-0199", PHONE), ("+44 800 555 0199", PHONE),
    ("2-800-555-0199", PHONE), ("800-555-01999", PHONE),  # (`0800 555 0199`: the UK's freephone, closer 158)
    ("Call us: 1-800-555-0199 or 650-555-0173", PHONE),
    ("Mobile: 1-800-555-0199", LABELLED_NUMBER), ("Tel: 800-555-0199", LABELLED_NUMBER),
    ("phone=8005550199", LABELLED_NUMBER),
])
def test_a_number_that_is_not_toll_free_or_follows_a_personal_label_is_personal(text: str, expected: str) -> None:
    assert reason(text) == expected


@pytest.mark.parametrize("text", ["GODE561231GR8", "Mi RFC es GODE561231GR8 gracias", "/clientes/GODE561231GR8"])
def test_a_persons_rfc_with_its_check_character_is_a_national_id_in_free_text(text: str) -> None:
    assert reason(text) == NATIONAL_ID


@pytest.mark.parametrize("text, id_like", [
    ("GODE561231GR7", False), ("GODE561331GR8", False), ("GODE561231GR8X", False), ("SHOP241129001", False),
    ("GODE561231GR8", True), ("GOD561231GR8", False),
])
def test_an_rfc_shape_with_a_wrong_check_or_date_or_in_an_id_goes_out(text: str, id_like: bool) -> None:
    assert reason(text, id_like=id_like) == ""
