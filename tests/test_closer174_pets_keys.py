"""Closer 174 (seventy-seventh attack: pets; review 27: keys and URLs): the rules it adds, each by meaning and language.

- person_routes.PET_OWNER_WORDS, PET_PAGES, PET_SITTER_WORDS, PET_SITTER_PLURALS (`_names_a_pet_party`): a pet's
  owner's or keeper's slug before a page of their animals, a sitter's profile slug (the plural's with a profile's
  number glued to it).
- key_lexicon.RESERVED_OR_ADOPTED_FOR, ADOPTIONS_OF, ADOPTED_BY_AFTER (booked_names._RESERVED_OR_ADOPTED_FOR): whom a
  thing is reserved for or a pet adopted by, a full name after the phrase.
"""

from __future__ import annotations

import pytest

from meta_capi import detector
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
    "Reserved for members", "Reserved for Premium Members", "adopted by 120 families this year",
    "adopted by Battersea", "Adopted by Battersea Dogs Home", "Parking reserved for Blue Badge holders",
    "Seats reserved for Season Ticket Holders", "All rights reserved for Acme Corp", "Reserviert für Stammkunden",
    "Adopted by Hollywood Stars",
])
def test_a_reservations_or_an_adoptions_generic_party_is_no_name(text: str) -> None:
    assert not detector.reason(text)
