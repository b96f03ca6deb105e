"""Closer 174 (seventy-seventh attack: pets; review 27: keys and URLs): the rules it adds, each by meaning and language.

- person_routes.PET_OWNER_WORDS, PET_PAGES, PET_SITTER_WORDS, PET_SITTER_PLURALS (`_names_a_pet_party`): a pet's
  owner's or keeper's slug before a page of their animals, a sitter's profile slug (the plural's with a profile's
  number glued to it).
- key_lexicon.RESERVED_OR_ADOPTED_FOR, ADOPTIONS_OF, ADOPTED_BY_AFTER (booked_names._RESERVED_OR_ADOPTED_FOR): whom a
  thing is reserved for or a pet adopted by, a full name after the phrase.
- key_lexicon.WITNESSES, personal_keys.CLAIM_PARTY_KEYS (`a_claim_party_key`): a policy's other driver, a claim's
  third party or witness before a name word; a policy's other driver or holder alone.
- personal_keys: key_lexicon.CRIME_REPORTS and key_lexicon.PERMITS as an account's holders before or after a number
  word; a reference's own words alone; `numero_de_police`.
- privacy._personal_parameter: a plate under a quote's short key (national_ids.holds_plate_parameter, `?reg=`).
- person_routes.TENANCY_RECORD_PAGES read by a page's words (`rent-statement`); person_routes._NOTICES_OF_NAMES
  (`_a_notices_name`): a notice list's last segment naming the deceased, maybe with an age and a town.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.person_routes import route_names_a_person


@pytest.mark.parametrize("path", [
    "/owners/kestrin-holmvaer/pets", "/owners/jo-ann-smith/animals", "/tierhalter/anna-quendrix/tiere",
    "/proprietaires/lea-marchand/animaux", "/sitter/kestrin-holmvaer-hamburg", "/dogwalker/ana-lucia-souza",
    "/hundesitterin/mara-vellin", "/petsitters/kestrin-holmvaer-482736", "/cuidadores/maria-ystravel-99120",
])
def test_a_pet_owners_keepers_or_sitters_slug_in_a_route_names_them(path: str) -> None:
    assert route_names_a_person(path)


@pytest.mark.parametrize("path", [
    "/sitter/how-it-works", "/owners/faq", "/petsitters/berlin", "/sitters/dog-walking-london", "/sitter/dog-walking",
    "/owners/honda-civic/manuals", "/owners/club/pets", "/sitters/los-angeles", "/petsitters/hamburg-altona-2026",
    "/sitter/become-a-sitter", "/walker/rollator-deluxe", "/keeper/goal-gloves", "/tierhalter/ratgeber/tiere",
])
def test_a_pet_services_or_a_guides_route_names_no_one(path: str) -> None:
    assert not route_names_a_person(path)


@pytest.mark.parametrize("text", [
    "Welpe Nr. 3 reserviert für Jorun Faltremby (Anzahlung 300 €)",
    "Adoption de Filou par Delphine Ystravel – dossier 842753", "Max was adopted by Jorun Faltremby last week",
    "Luna adoptada por María Ystravel", "Adoption of Rex by Sarah Quendrix", "Gattino riservato a Paola Ystravel",
    "Pup 4 gereserveerd voor Joris Faltremby, aanbetaling betaald",
])
def test_whom_a_pet_is_reserved_for_or_adopted_by_is_a_name(text: str) -> None:
    assert detector.reason(text)


@pytest.mark.parametrize("text", [
    "Reserved for members", "Reserved for Premium Members", "Reserved for Early Birds",
    "adopted by 120 families this year",
    "adopted by Battersea", "Adopted by Battersea Dogs Home", "Parking reserved for Blue Badge holders",
    "Seats reserved for Season Ticket Holders", "All rights reserved for Acme Corp", "Reserviert für Stammkunden",
    "Adopted by Hollywood Stars",
])
def test_a_reservations_or_an_adoptions_generic_party_is_no_name(text: str) -> None:
    assert not detector.reason(text)


@pytest.mark.parametrize("key", [
    "named_driver_name", "named_driver", "third_party_name", "witness_name", "conductor_adicional", "policy_holder",
    "versicherungsnehmer", "nombre_testigo", "unfallgegner_name", "crime_reference_number", "crime_reference",
    "crime_ref", "police_report_number", "numero_denuncia", "numero_de_police", "blue_badge_number",
    "parkausweis_nr",
])
def test_a_claims_parties_and_references_keys_are_personal(key: str) -> None:
    assert detector.key_reason(key)


@pytest.mark.parametrize("key", [
    "policy_type", "third_party_cover", "third_party", "named_driver_count", "named_drivers_allowed",
    "blue_badge_eligible", "tiers_name", "driver_name", "witness", "crime_type", "numero_police", "policy_holder_type",
    "named_driver_type", "third_party_cookies", "permit_zone",
])
def test_a_policys_and_a_claims_ordinary_keys_stay_ordinary(key: str) -> None:
    assert not detector.key_reason(key)


def test_named_driver_before_a_relation_in_text_stays_ordinary() -> None:
    assert not detector.reason("Named driver: Spouse")


@pytest.mark.parametrize("url", [
    "https://shop.example.com/quote?reg=KQ19ZVX", "https://shop.example.com/quote?named_driver=Priya+Ramaswamy",
    "https://shop.example.com/claim?crime_ref=58133921",
    "https://shop.example.com/landlords/kelvor-ardingham/rent-statement",
    "https://shop.example.com/obituaries/kelvor-ardingham-40-leeds",
    "https://shop.example.com/obituaries/kelvor-ardingham", "https://shop.example.com/death-notices/priya-ramaswamy",
])
def test_a_plate_a_party_a_statement_or_a_notices_name_leaves_the_url(url: str) -> None:
    assert privacy.clean_url(url) != url


@pytest.mark.parametrize("url", [
    "https://shop.example.com/quote?reg=eu", "https://shop.example.com/p?reg=2019",
    "https://shop.example.com/obituaries/search", "https://shop.example.com/obituaries/leeds",
    # (the lead's review: a list's kind, a town opened by a saint's or a king's word)
    "https://shop.example.com/obituaries/notable-deaths", "https://shop.example.com/obituaries/st-albans",
    "https://shop.example.com/obituaries/kings-lynn",
    "https://shop.example.com/death-notices/how-to-place", "https://shop.example.com/obituaries/milton-keynes",
    "https://shop.example.com/obituaries/west-yorkshire", "https://shop.example.com/obituaries/recent-deaths",
    "https://shop.example.com/tenants/how-to-rent/documents", "https://shop.example.com/landlords/buy-to-let/guides",
])
def test_a_notice_sites_or_a_quotes_ordinary_urls_stay(url: str) -> None:
    assert privacy.clean_url(url) == url
