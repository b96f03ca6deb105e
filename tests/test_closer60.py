"""Closer 60 (attack 40): a person's tax, health and document numbers: France's NIR unbroken with its key, a number
after a lexicon compound spelled in three words (`Social Insurance Number`, `medical record number`), the UK's UTR and
France's numéro fiscal after their labels, Germany's KVNR (labelled, or alone by its check), a passport after its
label and `is`, a driving licence after `DL#` and its Italian, French and German labels, a proprietor's GSTIN, a label
and its colon opening an id field's value (text: closer58's rule, taken as main has it), and the shop's EIN after its
label; both ways: ordinary shop values near each rule go out, personal ones are kept."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.privacy import free_text

PERSONAL = [
    # France's NIR, fifteen digits with 97's key
    "192024821130754", "numéro de sécu 291043864172931", "Remboursement mutuelle, n° sécu 178069260938118",
    # a number after a lexicon compound in three words
    "Social Insurance Number 138-641-725", "T4A slip, social insurance number 560-938-128",
    "medical record number 3864172", "Medical Record Number: 3864172",
    # tax references after their labels
    "UTR: 4821739506", "UTR 48217 39506", "Numéro fiscal 1748217395187", "numero fiscal : 0148217395187",
    # Germany's KVNR
    "KVNR M386417298", "KVNR: Q482138645", "eGK-Nr. T386401729", "B386499172",
    "Erstattung Krankenkasse, KVNR H609381275",
    # a passport after its label and `is`
    "for the customs form my passport number is K51729384", "my passport no. is X51729388",
    "mon numéro de passeport est 19CD51729", "meine Passnummer ist C5172Z8K4", "Passnummer: C5172Z8K4",
    # a driving licence after its labels
    "DL# D5172391", "DL#: D5172391", "Patente n. U1517293X", "patente di guida n° U1517293X",
    "Permis de conduire n° 12AB51729", "Führerschein-Nr. B5172XK2T11", "Führerscheinnummer B5172XK2T11",
    # a proprietor's GSTIN (its PAN's fourth letter `P`)
    "GSTIN 27BKZPT4821M1Z3", "Invoice for 24DLWPS4821N1Z7", "Refund to GSTIN 27EFGPK6093B1ZE",
]

ORDINARY = [
    # fifteen digits without a NIR's key or sex digit, or after a code's label
    "192024821130755", "392024821130754", "Order ID 192024821130754", "Tracking 178069260938118",
    "Sendungsnummer 00340434161094042557",
    # three words before a number naming no person
    "Phone case number 12345678", "Insurance number 2024 policy guide", "Record number 12 vinyl",
    "Medical record book A5", "Social club 2024 poster",
    # the labels without the number's length
    "UTR 2024 guide", "UTR cable 10 m", "Numéro fiscal : voir facture", "Numéro fiscal 2024",
    # a capital and nine digits failing both checks, an ASIN, a code's label before a KVNR's shape
    "KVNR Formular Muster", "A386417298", "B012345678", "SKU M386417298", "Art.-Nr. M386417298",
    # a passport's and a licence's words before no number
    "Passport holder wallet", "Passport is 100% leather", "Passnummer Etui", "my passport number is missing",
    "DL# 2 day delivery", "DL 5 Messbecher", "Patente 2024 guide", "Patente B quiz 2025",
    "Permis de conduire 2025 code de la route", "Führerschein Klasse B 2024", "Führerscheinhülle Leder",
    # the shop's GSTIN (a company's PAN) and its EIN
    "GSTIN 27AAACR5055K1Z7", "EIN 12-3456789 (shop)", "EIN 12-3456789", "Our EIN is 12-3456789",
]


@pytest.mark.parametrize("value", PERSONAL)
def test_a_person_s_tax_health_or_document_number_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY)
def test_an_ordinary_value_near_those_rules_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


# An id field's value opening on a label and its colon is text; ids without them stay ids.
ID_FIELD_PERSONAL = ["PAN: BKZPT4821M", "Pasaporte: PAB517293", "Passport: K51729384"]
ID_FIELD_ORDINARY = ["BKZPT4821M-SKU", "SKU: 4821739", "ART-40-4821", "order: 2026-004817", "A: 1", "sku:12345"]


@pytest.mark.parametrize("value", ID_FIELD_PERSONAL)
def test_an_id_field_holding_a_label_and_its_number_is_read_as_text(value: str) -> None:
    assert free_text(value, "product_id", id_like=True) == ""


@pytest.mark.parametrize("value", ID_FIELD_ORDINARY)
def test_an_ordinary_id_goes_out(value: str) -> None:
    assert free_text(value, "product_id", id_like=True) == value
