"""A fortieth outside attack (tests/privacy_attack_cases_40.py, written from the README's promises without reading the
gate's code nor the earlier attacks' cases): money and government numbers other than cards and IBANs, as people type
them into checkout, invoice, refund and payout forms (bank accounts by country, Pix keys, a person's tax ids, health
and social insurance numbers, driving licences and passports), in free text, under the forms' own keys and the
lexicon's, sent or listed, and in every leaf the README maps, under each data-minimisation setting; the shop's own
numbers of the same shapes must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README); ordinary
data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)
from privacy_attack_cases_40 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # `GSTIN 27BKZPT4821M1Z3`, `GST No. 07BKZPT4821M1Z5`, `Invoice for 24DLWPS4821N1Z7`: a proprietor's GSTIN,
    # the state's two digits, the person's PAN (fourth letter `P`), the entity, `Z` and the check character (the
    # README: "a sole trader's VAT number that holds the person's id is still that id"; PAN alone is read)
    "an Indian GSTIN holding a proprietor's PAN": [
        "tax IN GSTIN of a proprietor @", "tax IN GSTIN colon other state @", "tax IN GST number @",
        "tax IN GSTIN on bill to line @", "tax IN GSTIN unlabelled @", "payout IN refund GSTIN @"],
    # `PAN: BKZPT4821M` as a product's id, `Pasaporte: PAB517293` as an event's: a value of two words in an id field,
    # which the README reads as text, holding an id after its label (an event_id "holding ... any personal data
    # ... is never sent")
    "a PAN or a passport after its label in an id field holding words": [
        "tax IN PAN @ product id", "tax IN PAN @ contents id", "doc ES pasaporte @ event id"],
    # `192024821130754` alone, `numéro de sécu 291043864172931`, `Remboursement mutuelle, n° sécu 1780692…`: a NIR
    # unbroken with its key (the README reads "a NIR (its key, outside ids, as forward)"; `NIR 1840575114821…`,
    # `Sécu : 2880169482107…` and the printed groups are read)
    "a French NIR unbroken with its key": [
        "tax FR NIR alone @", "health FR numero de secu @", "payout FR remboursement NIR @"],
    # `UTR: 4821739506`, `Numéro fiscal 1748217395187`: a UK taxpayer's reference or a French tax number after its
    # label (tax numbers are the lexicon's government ids; a person's `TIN:` and `Steuernummer` are read)
    "a UK `UTR` or a French `Numéro fiscal` after its label": ["tax UK UTR @", "tax FR numero fiscal @"],
    # `KVNR M386417298`, `KVNR: Q…`, `eGK-Nr. T…`, `B386499172` alone: Germany's health insurance number, a letter,
    # eight digits and its check digit, after its abbreviations or alone (social and health insurance are the
    # lexicon's government ids; `Krankenversichertennummer:` and `Versichertennummer` are read)
    "Germany's health insurance number after `KVNR` or `eGK-Nr.`, or alone": [
        "health DE KVNR abbreviation @", "health DE KVNR colon @", "health DE eGK number @", "health DE KVNR alone @",
        "payout DE Erstattung KVNR @"],
    # `medical record number 3864172`: a patient's number after its label (health data "never go to an ad platform")
    "a medical record number after its label": ["health EN medical record number @"],
    # `Social Insurance Number 138-641-725`: a SIN (Luhn) dashed 3-3-3 after its whole label without a colon
    # (`SIN 138-641-725`, `Social Insurance Number: 138 641 725` and `NAS 138-…` are read)
    "a Canadian SIN dashed after `social insurance number` with no colon": [
        "health CA social insurance number @", "health CA SIN full label dashed @", "payout CA refund SIN @"],
    # `my passport number is K51729384`, `mon numéro de passeport est 19CD51729`, `meine Passnummer ist C5172Z8K4`:
    # a passport after its label and "is" (the README reads a person's own `my licence number is`, and Spanish's
    # `mi número de pasaporte es` is read)
    "a passport after `my passport number is` in English, French or German": [
        "doc EN passport in a sentence @", "doc EN my passport no is @", "doc FR passeport est @",
        "doc DE Passnummer ist @", "payout EN refund passport @"],
    # `DL# D5172391`, `Patente n. U1517293X`, `Permis de conduire n° 12AB51729`, `Führerschein-Nr. B5172XK2T11`: a
    # driving licence after its abbreviation or its Italian, French and German labels (the README reads "after a
    # driving licence's label", the lexicon's languages' words among them; `Driver's licence:` is read)
    "a driving licence after `DL#`, `Patente n.`, `Permis de conduire n°` or `Führerschein-Nr.`": [
        "doc EN DL hash @", "doc IT patente @", "doc FR permis @ key checkin_note", "doc DE Fuehrerschein @"],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # `EIN 12-3456789 (shop)`: the shop's own US employer number after its label, a word in brackets after it (the
    # README keeps "a business's own tax or company number" after its label; `EIN 12-3456789` alone goes out)
    "a shop's US EIN after its label, a word in brackets after it": [
        "shopvat: EIN 12-3456789 (shop) @ key order_note", "shopvat: EIN 12-3456789 (shop) @ page title"],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "fortieth", NOT_CLAIMED))
def test_no_fortieth_attack_money_or_government_number_leaves_the_core(case):
    assert outcome(case) == []


def test_the_fortieth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 300 <= len(names) <= 500
    assert sorted({name.split(" ")[0] for name in names}) == ["bank", "doc", "health", "payout", "tax"]
    assert 100 <= len(ORDINARY) <= 150


def test_every_sentence_not_claimed_is_the_readme_s_own():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "fortieth"))
def test_ordinary_data_of_the_fortieth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
