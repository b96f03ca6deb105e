"""Closer 196: review 32's ordinary values still refused after closer 187, claimed by rule, by meaning and by language;
the personal values beside them stay refused.

- privacy._a_code_not_a_plate: under `?reg=`, a promotion's word of six letters or more before its digits (a plate's
  letters run five at most) and a tyre's size are no plate (`?reg=WINTER24`, `?reg=225-45-R17`); a region's two
  letters before a year stay a German plate's shape (`EU2026`, Essen's `E-U 2026`).
- person_routes._TENANCY_GUIDE_WORDS: a licence's, a free form's and a template's words by language before a rent
  statement's page (`/landlords/hmo-licence/rent-statement`).
- person_routes._REGION_WORDS: an island's, a cape's, falls and rapids, borders, a district's centre by language and
  the words joining a French town's (`/obituaries/cape-cod`, `/traueranzeigen/hamburg-mitte`,
  `/avis-de-deces/chalons-en-champagne`); person_routes._NOTICE_LIST_WORDS: a kind of the deceased, a site's service,
  a newspaper's title word and a country's (`/obituaries/military-heroes`, `/death-notices/manchester-evening-times`);
  person_routes._COUNTY_ENDING: a county's `shire` (`/obituaries/lancashire-telegraph`); read by
  person_routes._a_notices_name.
- person_routes._PET_GUIDE_WORDS: a breed's, a car's, a trip's and a carer's other charges' and checks' words by
  language after an owner's or a sitter's word (`/owners/labrador-retriever/pets`, `/sitter/background-checks`,
  `/cuidador/adultos-mayores`); person_routes._not_a_place_slug: a known town's words, a region's or a district's word
  or a Spanish article opening a town after a sitter's word (`/sitter/south-manchester`, `/sitter/las-vegas`).
- personal_keys._a_partys_bank_or_tier: a transfer's or a gift's party before its bank's or its tier's word, maybe
  its name or code (`payee_bank_code`, `donor_tier`); personal_keys._ANIMALS: a horse's word by language
  (`cheval_sexe`).
- labelled_values._value_reason: a name's availability or blocking capitalized after a user's label
  (personal_keys.titled_state: `Username: Gesperrt`); a password's `Taken` stays one.
- cued_names._a_golden_motif: English `Golden` and `Silver` opening two words before a rite's motif's noun
  (`Baptism Golden Dove`); `Isla Golden` stays a name.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

ORDINARY = [
    "Username: Gesperrt", "Username: Suspended", "Baptism Golden Dove", "First Communion Silver Rosary",
]

PERSONAL = [
    "Username: Orla", "Username: Taken Fennimore", "Password: Taken", "First Communion Isla Golden",
    "Baptism Golden Fennimore", "Baptism Orla Golden",
]

ORDINARY_KEYS = [
    "payee_bank_code", "donor_tier", "counterparty_bank_name", "beneficiary_bank", "cheval_sexe", "horse_gender",
]

PERSONAL_KEYS = [
    "payee_name", "counterparty_name", "donor_name", "payee_bank_account", "counterparty_iban", "routing_number",
    "horse_owner_name",
]

_SITE = "https://shop.example.com"

ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    "/p?reg=WINTER24", "/tyres?reg=225-45-R17", "/landlords/hmo-licence/rent-statement",
    "/landlords/sample-forms/rent-statement", "/obituaries/cape-may", "/obituaries/niagara-falls",
    "/obituaries/isle-of-man", "/traueranzeigen/hamburg-mitte", "/avis-de-deces/chalons-en-champagne",
    "/obituaries/military-heroes", "/death-notices/manchester-evening-times", "/obituaries/lancashire-telegraph",
    "/owners/labrador-retriever/pets", "/owners/travel-insurance/pets", "/sitter/south-manchester",
    "/sitter/las-vegas", "/sitter/background-checks", "/cuidador/adultos-mayores", "/oppas/amsterdam-centrum",
)]

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    "/quote?reg=kq19zvx", "/quote?reg=BADAB25", "/landlord/kelvor-ardingham/rent-statement",
    "/obituaries/kelvor-ardingham", "/avis-de-deces/jean-dupont", "/owners/kestrin-holmvaer/pets",
    "/sitter/kestrin-holmvaer", "/oppas/kestrin-holmvaer",
)]


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_value_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PERSONAL)
def test_a_personal_value_beside_them_stays_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_an_ordinary_key_goes_out(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_personal_key_stays_refused(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_an_ordinary_url_goes_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_a_personal_url_loses_its_path_or_its_query(url: str) -> None:
    assert privacy.clean_url(url) != url
