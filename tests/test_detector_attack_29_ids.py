"""The twenty-ninth attack's ids (tests/privacy_attack_cases_29.py): identity numbers named by their own words in its
languages (Luxembourg's `Matrikelnummer`, Pashto's identity card `پېژندپاڼه`, Telugu's voter id `ఓటర్ ఐడి`), the number
after them the person's whatever its shape; Azerbaijan's FIN after its label and Azerbaijani's word for a code
(`FİN kod:`). With the near misses each rule leaves alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import LABELLED_NUMBER, NATIONAL_ID


@pytest.mark.parametrize(("text", "found"), [
    ("Matrikelnummer: 1985 0712 34552", LABELLED_NUMBER),  # Luxembourg's matricule in groups
    ("Matrikelnummer 12345678", LABELLED_NUMBER),
    ("د پېژندپاڼې شمېره 4130312345671", LABELLED_NUMBER),  # a CNIC unbroken after Pashto's label (oblique case)
    ("پېژندپاڼه: 4130312345671", LABELLED_NUMBER),
    ("ఓటర్ ఐడి: ZQX1234567", NATIONAL_ID),  # India's EPIC after Telugu's voter id
    ("ఓటర్ ఐడి ZQX1234567", NATIONAL_ID),
    ("FİN kod: 5ZQ8K2A", NATIONAL_ID),  # Azerbaijan's FIN after its label and the word for a code
    ("FIN kodu 5ZQ8K2A", NATIONAL_ID),
    ("FIN KOD: 5ZQ8K2A", NATIONAL_ID),
])
def test_an_identity_number_after_its_own_name_in_the_twenty_ninth_attacks_languages_is_kept(
        text: str, found: str) -> None:
    assert detector.reason(text) == found


@pytest.mark.parametrize("text", [
    "Order 1985 0712 34552",  # an order's number in groups
    "SKU 4130312345671",
    "Matrikelnummer",  # the word alone
    "پېژندپاڼه کڅوړه",  # the word beside another, no number
    "ఓటర్ జాబితా 2024",  # a voters' list of a year
    "Promo kod: 5ZQ8K2A",  # a promotion's code
    "Kod: 5ZQ8K2A",
    "FIN kod: ABCDEFG",  # no digit: no FIN
    "Fin kodlar 5ZQ8K2A",  # another word than the code's
])
def test_near_misses_of_the_twenty_ninth_attacks_id_labels_go_out(text: str) -> None:
    assert detector.reason(text) == ""
