"""The sixteenth attack's national ids (tests/privacy_attack_cases_16.py): a Spanish DNI with its body dotted, a
person's Portuguese NIF (mod 11), a Swedish personnummer with its century, Thailand's national id (mod 11, Thai
digits too), Singapore's NRIC and FIN (check letters), a Swedish sole trader's VAT number holding the personnummer;
and the ordinary numbers it dropped: a business's VAT number after its label (`USt-IdNr.`, `Partita IVA`), Malaysia's
company registration (`SSM`), a Dutch order number's label, a German range of days, a label's variant (`EAN-8`);
with the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, national_ids
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID, PHONE


@pytest.mark.parametrize(("text", "found"), [
    ("48.215.736-P", NATIONAL_ID),  # 48215736 mod 23 = 14: P
    ("48.215.736P", NATIONAL_ID),
    ("DNI: 48.215.736-P", NATIONAL_ID),
    ("48.215.736-Q", ""),  # a wrong check letter
    ("48.215.73-P", ""),  # not a DNI's groups
])
def test_a_spanish_dni_with_its_body_dotted_is_read_by_its_check_letter(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("238715493", NATIONAL_ID),  # 9 8 7 6 5 4 3 2 over 23871549: 206, 11 - 206 mod 11 = 3
    ("Contribuinte 238715493", NATIONAL_ID),
    ("451234561", NATIONAL_ID),  # a non-resident's (45)
    ("238715494", ""),  # a wrong check digit
    ("123456789", ""),  # the digits in order: a placeholder (its check passes)
    ("538715499", ""),  # 5: a company's NIF (its check passes)
    ("738715492", ""),  # 7: a fund's, an estate's (its check passes)
])
def test_a_persons_portuguese_nif_is_read_by_its_first_digit_and_mod_11_check(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("198507142381", NATIONAL_ID),
    ("Personnummer 198507142381", NATIONAL_ID),
    ("200507142388", NATIONAL_ID),  # born in 2005
    ("198507742388", NATIONAL_ID),  # a coordination number: the day plus 60
    ("198507142382", ""),  # a wrong Luhn digit
    ("198513142383", ""),  # no month 13 (Luhn right)
    ("175507142387", ""),  # a century that issues none (Luhn right)
    ("Order 198507142381", ""),  # after a code label: the order's number
])
def test_a_swedish_personnummer_with_its_century_is_read_by_its_birth_date_and_luhn(text: str, found: str) -> None:
    assert detector.reason(text) == found


def test_a_twelve_digit_personnummer_is_not_looked_for_in_ids() -> None:
    assert detector.reason("198507142381", id_like=True) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("1103700123458", NATIONAL_ID),
    ("๑๑๐๓๗๐๐๑๒๓๔๕๘", NATIONAL_ID),  # Thai digits fold to ASCII first
    ("Bangkok 1103700123458", NATIONAL_ID),
    ("1103700123459", ""),  # a wrong check digit
    ("9103700123453", ""),  # 9: no person's category (its check passes)
    ("4006381333931", ""),  # an EAN-13 (GS1): a product's
    ("1764460000000", ""),  # a millisecond Unix time of 2025 (its check passes)
    ("fb.1.1764460000000.983174265", ""),  # an fbp's time
    ("注文番号 1103700123458", ""),  # after a code label: the order's number
])
def test_a_thai_national_id_is_read_by_its_category_and_mod_11_check(text: str, found: str) -> None:
    assert detector.reason(text) == found


def test_a_thai_id_that_passes_the_gs1_check_too_is_read_as_a_product() -> None:
    assert national_ids.gtin("1103700123458") is False  # (the attack's id is not one)
    assert national_ids.gtin("1103700000062") is True  # (Thailand's check passes too: the product's, a miss)
    assert detector.reason("1103700000062") == ""


@pytest.mark.parametrize(("text", "found"), [
    ("S8214573G", NATIONAL_ID),
    ("G5214578W", NATIONAL_ID),  # a FIN: 4 more in the sum, the other table
    ("T0123456G", NATIONAL_ID),
    ("F1234567N", NATIONAL_ID),
    ("s8214573g", NATIONAL_ID),
    ("NRIC: S8214573G", NATIONAL_ID),
    ("S8214573H", ""),  # a wrong check letter
    ("A8214573G", ""),  # no NRIC prefix
    ("S821457G", ""),  # six digits
])
def test_singapores_nric_and_fin_are_read_by_their_check_letter(text: str, found: str) -> None:
    assert detector.reason(text) == found


def test_an_nric_is_not_looked_for_in_ids_nor_in_a_url_path() -> None:
    assert detector.reason("S8214573G", id_like=True) == ""
    assert detector.reason("S8214573G", segments=True) == ""


@pytest.mark.parametrize(("text", "found"), [
    ("Momsreg.nr: SE850714238101", NATIONAL_ID),  # a sole trader's: the personnummer 850714-2381
    ("VAT SE850714238101", NATIONAL_ID),  # a VAT label does not make it a business's
    ("se850714238101", NATIONAL_ID),
    ("Momsreg.nr: SE556036079301", ""),  # a company's: its organisationsnummer's month is 20 or more
    ("VAT SE556036079301", ""),
    ("Momsreg.nr: SE850714238201", ""),  # a wrong Luhn digit
    ("Momsreg.nr: SE850714238102", ""),  # no VAT number ends in 02
])
def test_a_swedish_sole_traders_vat_number_is_read_as_the_personnummer_it_holds(text: str, found: str) -> None:
    assert detector.reason(text) == found


def test_an_old_dutch_vat_number_is_not_read_as_the_bsn_it_may_hold() -> None:
    assert detector.reason("BTW-nummer: NL237164954B01") == ""  # a company's RSIN has the same shape and check


@pytest.mark.parametrize(("text", "found"), [
    ("USt-IdNr. DE136695976", ""),  # the country's prefix glued: the label before it names the number
    ("USt.-IdNr.: DE136695976", ""),
    ("USt-ID DE136695976", ""),
    ("Partita IVA 00743110157", ""),  # `00` and +7 with 9 digits: no Russian or Kazakh length
    ("P.IVA 00743110157", ""),
    ("IVA 00743110157", ""),
    ("SSM 201901012345", ""),
    ("Steuer-IdNr. DE12345678901", LABELLED_NUMBER),  # a person's tax id: its label is personal
    ("NIF/IVA: ES48215736Q", NATIONAL_ID),  # a personal id word beside the VAT word
    ("Partita IVA 0033612345678", PHONE),  # dialled abroad to a French mobile's length
    ("IVA +33 6 12 34 56 78", PHONE),
])
def test_a_business_vat_or_company_number_after_its_label_goes_out(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Bestelnummer 2026112901", ""),  # a NANP number's digits, after a Dutch order number's label
    ("Bestellnummer 2026112901", ""),
    ("Ordernummer 2026112901", ""),
    ("Bestelnummer 0612345678", PHONE),  # a code's label keeps a mobile with its trunk prefix a phone
    ("2026112901", PHONE),  # without a label: a NANP number
])
def test_an_order_numbers_label_written_as_one_word_names_a_code(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Lieferung 01.–03.12.2026", ""),
    ("Lieferung 1.-3.12.2026", ""),
    ("Lieferung 01. - 03.12.2026", ""),
    ("Lieferung 01.12.–03.12.2026", ""),
    ("Tel. 01.-03.12.20261", PHONE),  # no range: a year has four digits
])
def test_a_range_of_days_may_leave_the_month_and_year_to_its_second_date(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("EAN-8 96385074", ""),
    ("EAN-13 4006381333931", ""),
    ("EAN-8 0612345678", ""),  # a product's code: a mobile number as one run is its code
    ("Tel-1 0612345678", PHONE),  # after a personal label's variant the number is read as a personal label's
    ("Mix-3 +33 6 12 34 56 78", PHONE),
    ("EAN 8 96385074", PHONE),  # not glued: a number of two groups
])
def test_one_or_two_digits_glued_to_a_label_by_a_dash_are_its_variant(text: str, found: str) -> None:
    assert detector.reason(text) == found
