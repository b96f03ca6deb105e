"""The twenty-first attack's ids (tests/privacy_attack_cases_21.py) and the twentieth's two id leftovers: words naming
the register a number is kept in (`Civil ID`, `Civil Number`, `National No.`, `الرقم المدني`, `الرقم الشخصي`), id
cards by their own names right before a number (`NINA`, `NPI`, `Omang`, `NIC`, `karatra manondro`, Bengali
`পরিচয়পত্র` before its number words), a label's words read with their script's vowel signs, `ID` before `card` and a
number word, Belarus's and Albania's layouts in lower case, the Ghana Card's printed layout, and unchecked numbers
after an identity label in a URL path's segment. With the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID
from meta_capi.phone_plans import international_mobile, trunk_mobile


@pytest.mark.parametrize(("text", "found"), [
    ("Civil ID: 285031501234", NATIONAL_ID),  # Kuwait's civil id: twelve digits after a label saying more than `ID`
    ("Civil Number: 09876543", NATIONAL_ID),  # Oman's
    ("civil id: 285031501234", NATIONAL_ID),
    ("National No. 119851234567", NATIONAL_ID),  # Libya's national number, English label
    ("National No. 9861012345", NATIONAL_ID),  # Jordan's ten digits after an English national-number label
    ("الرقم المدني: ٠٩٨٧٦٥٤٣", NATIONAL_ID),  # Oman's civil number in Arabic
    ("الرقم الشخصي: ٨٥٠٣١٢٣٤٥", NATIONAL_ID),  # Bahrain's CPR, the personal number in Arabic
    ("Civil Engineering Handbook 12345678", ""),  # a register's word not right before the number
    ("Order ID No. 12345678", ""),  # a code's word before the label
    ("ID: 9861012345", ""),  # `ID` alone: a record's number as often
    ("Identity No. 9861012345", ""),  # ten digits need a national number's label (or a check)
    ("National Park 2026 tickets 12345678", ""),  # the word not right before the number
])
def test_a_number_after_a_register_label_is_a_national_id(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("NINA: 18512345678901K", LABELLED_NUMBER),  # Mali's
    ("NPI: 1234567890", LABELLED_NUMBER),  # Benin's
    ("Omang: 123418765", LABELLED_NUMBER),  # Botswana's
    ("Karatra manondro: 101231045678", LABELLED_NUMBER),  # Madagascar's
    ("NIC No: M1503854500123", NATIONAL_ID),  # Mauritius's: a letter glued to thirteen digits
    ("জাতীয় পরিচয়পত্র নং: ১২৩৪৫৬৭৮৯০", LABELLED_NUMBER),  # Bangladesh's NID after its Bengali label
    ("জাতীয় পরিচয়পত্র নম্বর: ১৯৯০১২৩৪৫৬৭৮৯০১২৩", LABELLED_NUMBER),
    ("ID Card No: A123456", NATIONAL_ID),  # the Maldives' card: `ID` before `card` and a number word
    ("Gift Card No: A123456", ""),  # a gift card's
    ("SKU: A123456", ""),
    ("Nina Ricci 50 ml 3137370350000", ""),  # a brand, not right before the number
])
def test_an_id_card_named_by_its_own_name_before_a_number_is_personal(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("id 3140385a004pb5", NATIONAL_ID),  # Belarus's layout in lower case
    ("3140385A004PB5", NATIONAL_ID),
    ("numri personal j85415012k", NATIONAL_ID),  # Albania's in lower case
    ("3140385a004Pb5", ""),  # letters of two cases: no card prints it so
    ("j85415012K", ""),
    ("j85415012k", NATIONAL_ID),
    ("GHA-123456789-0", NATIONAL_ID),  # the Ghana Card alone, by its printed layout
    ("GHA 723456781 4", NATIONAL_ID),
    ("GHA-12345678-0", ""),  # eight digits
])
def test_ids_are_read_by_their_layout_in_one_letter_case_and_the_ghana_card_by_its_own(text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize(("text", "id_like", "found"), [
    ("GHA-123456789-0", True, NATIONAL_ID),  # the Ghana Card's layout in ids too
    ("3140385a004pb5", True, ""),  # Belarus's, as in capitals: in free text only
])
def test_layouts_no_code_shares_are_read_in_ids_too(text: str, id_like: bool, found: str) -> None:
    assert detector.reason(text, id_like=id_like) == found


@pytest.mark.parametrize(("url", "cleaned"), [
    ("https://shop.example.com/account/National%20No.%209861012345/tickets", "https://shop.example.com/"),
    ("https://shop.example.com/account/Civil%20ID%3A%20285031501234/tickets", "https://shop.example.com/"),
    ("https://shop.example.com/orders/28345671/tickets",  # no label
     "https://shop.example.com/orders/28345671/tickets"),
    ("https://shop.example.com/order/no/28345671", "https://shop.example.com/order/no/28345671"),  # a code's label
])
def test_an_unchecked_number_after_an_identity_label_in_a_url_path_is_dropped(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url) == cleaned


@pytest.mark.parametrize(("digits", "plan"), [
    ("218921234567", (True, False)),  # Libya's mobile with its country code (Meta's `lead_id` drops it)
    ("0921234567", (False, True)),  # after its trunk 0
    ("218961234567", (False, False)),  # no Libyan mobile prefix
])
def test_libya_dials_its_mobiles_by_its_plan(digits: str, plan: tuple) -> None:
    assert (international_mobile(digits), trunk_mobile(digits)) == plan
