"""Closer 186: review 32's keys, routes and a label that went out at the session's start too, claimed by rule.

- personal_keys._a_named_party (_NAMED_PARTIES): before a name's word, a pet sitter's or a dog walker's word
  (key_lexicon.PET_SITTER_WORDS, read in routes until now), a debtor's or a tipper's, an adopter's, a companion's,
  a bride's attendant's, a victim's by language, and whom a thing is reserved for or adopted by
  (key_lexicon.RESERVED_OR_ADOPTED_FOR, read in text until now); their other fields (`debtor_days`, `adopter_type`)
  go out. A patron is left: Spanish `patrón` is a pattern (`patron_name`).
- personal_keys._brought_by_a_referral: a referral's or an invitation's participle (key_lexicon.REFERRERS'
  `referred_by`, `invited_by`, `empfohlen_von`) before a person's word names the person brought
  (`referred_friend_name`); before a thing's word it does not (`referred_product_name`, `invited_team_name`).
- personal_keys (PERSONALISATION_WORDS): a personalisation's word before a name's word in the plural too
  (`engraved_names`), as in the singular.
- person_routes.TENANCY_RECORD_PAGES: a German tenancy's record in one compound (`mietabrechnung`,
  `nebenkostenabrechnung`) after a landlord's name's slug.
- person_routes (a notice list's name, _a_notices_name): past a date's segments too (`/obituaries/2026/03/<slug>`);
  a section's or a town's words there go out as right after the list's word.
- person_routes.PET_PAGES: an owner's dogs' or cats' page, or a pet's profile, by language, after an owner's slug
  (`/owners/<slug>/dogs`); a guide's words before it go out.
- role_labels.ROLES: a witness's label in English, Spanish and Portuguese (`Witness:`, `Testigo:`, `Testemunha:`),
  as the other languages' (`Trauzeuge`, `témoin`) were, before a full name only (`Witness: Yes`, `Witness: The
  Trial` go out).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSONAL_KEYS = [
    "petsitter_name", "dog_walker_first_name", "hundesitter_name", "nombre_paseador", "debtor_full_name",
    "schuldner_name", "nom_debiteur", "tipper_display_name", "adopter_last_name", "nome_adottante", "companion_name",
    "begleiter_name", "bridesmaid_names", "groomsman_name", "victim_full_name", "opfer_name", "adopted_by_name",
    "reserviert_fur_name", "referred_friend_name", "invited_guest_name", "empfohlen_von_kunde_name",
    "engraved_names", "embroidered_names", "gravur_namen",
]

ORDINARY_KEYS = [
    "sitter_type", "dog_walker_rate", "debtor_days", "debtor_count", "tipper_count", "adopter_type", "victim_count",
    "companion_app_name", "reserved_for", "reserved_for_count", "table_reserved_for_name", "referred_product_name",
    "invited_team_name", "referral_program_name", "engraved_text", "engraving_fonts", "product_names", "store_names",
    "breed_names", "patron_tier_name", "tip_name", "debt_name",
]

_SITE = "https://shop.example.com"

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    "/vermieter/quillon-barthewe/mietabrechnung", "/vermieter/quillon-barthewe/nebenkostenabrechnung",
    "/obituaries/2026/03/quillon-barthewe", "/traueranzeigen/2025/11/quillon-barthewe",
    "/owners/quillon-barthewe/dogs", "/tierhalter/quillon-barthewe/hunde", "/owners/quillon-barthewe/pet-profile",
    "/owners/quillon-barthewe/cats",
)]

ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    "/obituaries/2026/03/this-week", "/obituaries/2026/03/new-york", "/obituaries/2026/celebrity-deaths",
    "/obituaries/2026", "/news/2026/03/quillon-barthewe", "/owners/first-time/dogs", "/owners/guide-dogs/dogs",
    "/tierhalter/erste-hilfe/hunde", "/landlords/rent-statement-template", "/vermieter/mietabrechnung",
    "/dogs/quillon-barthewe", "/owners/dogs",
)]

PERSONAL_TEXTS = [
    "Witness: Quillon Barthewe", "Testigo: Marisol Quintanar", "Testemunha: Inês Valcarde",
]

ORDINARY_TEXTS = [
    "Witness: Yes", "Witness statement: attached", "Witness: The Trial", "Witness: Blu-ray Special Edition",
    "Witness: New York Police Department", "Witness protection: Netflix Series", "Witness (1985) Blu-ray",
    "Testigo: Sí", "Witness: Body Camera",
]


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_named_partys_key_is_personal(key: str) -> None:
    assert detector.key_reason(key)


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_a_partys_other_fields_and_things_keys_go_out(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_a_tenants_a_notices_or_an_owners_slug_is_dropped(url: str) -> None:
    assert privacy.clean_url(url) != url


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_a_sections_a_towns_or_a_guides_route_goes_out(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("text", PERSONAL_TEXTS)
def test_a_witness_named_is_a_name(text: str) -> None:
    assert detector.reason(text)


@pytest.mark.parametrize("text", ORDINARY_TEXTS)
def test_a_witness_label_before_no_name_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
