"""The thirtieth attack's identity numbers (tests/privacy_attack_cases_30.py): a German identity card's number after
its label (alone or with its ICAO check digit), Germany's social insurance number after `SV-Nr.` (unbroken or in its
printed groups, with its check digit), Turkey's identity number after the republic's abbreviation `T.C.` (its two
checks), a Saudi id after Arabic's national adjective without its article. With the near misses each rule leaves
alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.detector import NATIONAL_ID
from meta_capi.national_ids import turkish_id
from meta_capi.travel_documents import german_document_number


@pytest.mark.parametrize("text", [
    "Personalausweis LZ6R47V829", "Ausweisnummer: LZ6R47V829", "Ausweis-Nr. LZ6R47V82",  # with its check or not
    "PERSONALAUSWEIS: LZ6R47V829", "Personalausweisnummer lz6r47v829",
    "SV-Nr. 65170839J003", "SV-Nummer: 65 170839 J 003", "sv-nr 65170839j003", "RV-Nr.: 65170839J003",
    "SVNR: 65 170839 J 003",
    "65170839J003", "SV Werder Bremen 65170839J003",  # (closer 110: alone in text, by its check)
    "T.C. 47382916482", "T.C.: 47382916482", "TC No: 47382916482", "tc 47382916482",
    "هوية وطنية: 1047382914", "هوية وطنيه 1047382914",
])
def test_an_identity_number_of_the_thirtieth_attack_after_its_label_is_kept(text: str) -> None:
    assert detector.reason(text) == NATIONAL_ID


@pytest.mark.parametrize("text", [
    "Personalausweis LZ6R47V828",  # a wrong check digit
    "Personalausweis ABCDE1234",  # vowels: no card's alphabet
    "Personalausweis RX100A2024", "Personalausweis Lesegerät RX100", "Ausweishülle 2 Stück",
    "Personalausweis Hülle RFID-Schutz 10er", "Ausweis-Nr. bitte angeben", "Ausweis 2024", "Ausweishalter 54x86mm",
    "Ausweis-Etui Leder 3er", "Ausweis ab 18 Jahren",
    "SV-Nr. 65170839J004",  # a wrong check digit
    "SV-Nr. 10", "Art. 65170839J003",
    "T.C. 47382916483",  # a wrong check digit
    "Order 47382916482", "47382916482", "Artikel TC 47382916482", "TC-Modell 47382916482",
    "هوية وطنية: 1047382915", "منتجات وطنية 1047382914", "صناعة وطنية: 1047382914", "هوية وطنية",
])
def test_a_near_miss_of_the_thirtieth_attacks_identity_numbers_goes_out(text: str) -> None:
    assert detector.reason(text) != NATIONAL_ID


@pytest.mark.parametrize(("token", "expected"), [
    ("LZ6R47V82", True), ("LZ6R47V829", True), ("LZ6R47V828", False), ("LZARTVXYZ", False), ("AB6R47V82", False),
])
def test_a_german_document_number_is_read_by_its_alphabet_and_check(token: str, expected: bool) -> None:
    assert german_document_number(token) is expected


@pytest.mark.parametrize(("digits", "expected"), [
    ("47382916482", True), ("10000000146", True), ("47382916483", False), ("07382916482", False), ("4738291648", False),
])
def test_a_turkish_identity_number_is_read_by_its_two_checks(digits: str, expected: bool) -> None:
    assert turkish_id(digits) is expected
