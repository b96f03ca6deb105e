"""Closer 105: numbers, ids and dates of the fifty-fifth attack (housing, lending and life events). A UK National
Insurance number after the words naming it, a few words of its purpose between; a Polish account number (NRB) as
banks print it, its IBAN check computed for `PL`; a donor's reference and number after their label; a student's
number by its names (a roll number, a UCAS Personal ID, 学籍番号, 学号, 학번); a pregnancy's due date after its
label, read as a birth date. And the other way: a company's SIRET and CNPJ in their registers' printed layouts with
their checks, or after their labels, are a company's public numbers and go out (company_numbers.py)."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from meta_capi import company_numbers, detector, privacy

NATIONAL_ID = "holds a national id number"
LABELLED_NUMBER = "holds a number labelled as personal data"
BIRTH_DATE = "holds a date after a birth label"
PHONE = "holds a phone number"


def _polish_account(body: str) -> str:
    """A Polish account number (NRB) for 24 digits: the two check digits of its IBAN with `PL`, then the body."""
    check = 98 - int(body + "2521" + "00") % 97
    return f"{check:02d}{body}"


def _printed(account: str) -> str:
    return account[:2] + " " + " ".join(account[i:i + 4] for i in range(2, 26, 4))


NRB = _polish_account("109010140000071219812874")
NRB_WRONG = NRB[:-1] + str((int(NRB[-1]) + 1) % 10)

PERSONAL = [
    # a NINO after the words naming it, words of its purpose between, any case
    ("NI number for affordability check: JW739154B", NATIONAL_ID),
    ("National Insurance number (applicant): jw739154b", NATIONAL_ID),
    ("NINO of the main applicant JW739154B", NATIONAL_ID),
    ("N.I. No. for payroll - AB482716C", NATIONAL_ID),
    # a Polish account as printed, after its label or alone
    (f"Numer rachunku do spłaty kredytu: {_printed(NRB)}", NATIONAL_ID),
    (f"Przelew na konto {_printed(NRB)}", NATIONAL_ID),
    (_printed(NRB), NATIONAL_ID),
    # a donor's reference or number after its label, in several languages
    ("Donor ref D-7315-4482 (monthly direct debit)", LABELLED_NUMBER),
    ("Supporter ref 4820-1173", LABELLED_NUMBER),
    ("Référence donateur : 48201173", LABELLED_NUMBER),
    ("Spenderreferenz 48201173", LABELLED_NUMBER),
    ("N° donateur 48201173", LABELLED_NUMBER),
    ("Donor# 48201173", LABELLED_NUMBER),
    # a student's number by its names
    ("UCAS ID 1048173395", LABELLED_NUMBER),
    ("Roll No. 5820417 – Class X-B", LABELLED_NUMBER),
    ("Roll number: 5820417", LABELLED_NUMBER),
    ("学籍番号 S4820173 氏名 山田 太郎", LABELLED_NUMBER),
    ("学籍番号：4820173", LABELLED_NUMBER),
    ("学号：2021482017", LABELLED_NUMBER),
    ("학번 20214820", LABELLED_NUMBER),
    # a personal id's label reads the number's own shape first (a NANP-like layout is a phone's)
    ("UCAS Personal ID: 173-915-4826", PHONE),
    # a pregnancy's due date after its label, in several languages and layouts
    ("My due date: 2027-03-14 (first baby!)", BIRTH_DATE),
    ("our due date is 14 March 2027", BIRTH_DATE),
    ("Baby's due date: 03/14/2027", BIRTH_DATE),
    ("Entbindungstermin: 14.03.2027", BIRTH_DATE),
    ("Date prévue d'accouchement : 14/03/2027", BIRTH_DATE),
    ("Fecha probable de parto: 14/03/2027", BIRTH_DATE),
    ("Data provável do parto: 14/03/2027", BIRTH_DATE),
    ("Termin porodu: 14.03.2027", BIRTH_DATE),
    ("出産予定日：2027年3月14日", BIRTH_DATE),
    ("预产期 2027-03-14", BIRTH_DATE),
]

ORDINARY = [
    # a NINO's shape with no words naming it, or the words in another sentence, or a prefix HMRC never issues
    "Bosch JW739154B", "NI number required. Bosch JW739154B", "NI number for check: BG739154B",
    # a 26-digit run in the account's layout whose check fails
    _printed(NRB_WRONG),
    # a customer's abbreviated reference (a buyer's order number as often; spelled out, `customer reference`, it names
    # the customer's account at a utility and is personal: closer 103), a donation's campaign
    "Customer ref 73154482", "Donate ref 2026 campaign", "Donor wall 2026",
    # a roll of something
    "Toilet roll 4 pack", "Roll No. 5 paper towels",
    # an invoice's or a parcel's due date
    "Due date: 2027-03-14", "Invoice due date: 14/03/2027", "Payment due date 2027-03-14",
    # companies' numbers: a SIRET and a CNPJ in their printed layouts with their checks, or after their labels
    "SIRET 552 100 554 00021", "552 100 554 00021", "SIRET 55210055400021", "SIRET: 73282932000074",
    "CNPJ 11.222.333/0001-81", "11.222.333/0001-81", "CNPJ: 11222333000181", "CNPJ 45.997.418/0001-53",
]


@pytest.mark.parametrize(("text", "reason"), PERSONAL)
def test_a_persons_number_id_or_date_is_found(text: str, reason: str) -> None:
    assert detector.reason(text) == reason


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_neighbours_go_out(text: str) -> None:
    assert detector.reason(text) == ""
    assert privacy.free_text(text, "note") == text


@pytest.mark.parametrize("text", ["NI number for affordability check: JW739154B", "学籍番号 S4820173 氏名 山田 太郎",
                                  "My due date: 2027-03-14", "Roll No. 5820417"])
def test_in_a_urls_path_query_and_fragment_too(text: str) -> None:
    encoded = quote(text)
    assert privacy.clean_url(f"https://shop.example.com/files/{encoded}/view") == "https://shop.example.com/"
    assert privacy.clean_url(f"https://shop.example.com/go?target={encoded}&page=2") == (
        "https://shop.example.com/go?page=2")
    assert privacy.clean_url(f"https://shop.example.com/app#{encoded}") == "https://shop.example.com/app"


@pytest.mark.parametrize(("run", "company"), [
    ("552 100 554 00021", True), ("732 829 320 00074", True), ("11.222.333/0001-81", True),
    ("45.997.418/0001-53", True),
    ("552 100 554 00022", False),  # the SIRET's check fails
    ("552 100 555 00021", False),  # the SIREN's check fails
    ("11.222.333/0001-82", False), ("11.111.111/1111-11", False),  # a check fails; one digit repeated
    ("111.444.777-35", False),  # a person's CPF: another layout
    ("5521 0055 4000 21", False),  # a card's grouping
])
def test_a_companys_printed_number(run: str, company: bool) -> None:
    assert company_numbers.printed_company_number(run) is company


@pytest.mark.parametrize("key", ["roll_no", "rollNumber", "ucas_id", "personal_id", "学籍番号", "donor_ref",
                                 "supporterReference", "cnpj"])
def test_keys_naming_them_are_personal(key: str) -> None:
    assert detector.key_reason(key)
