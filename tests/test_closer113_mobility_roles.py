"""Closer 113 (issue 16, fifty-seventh attack: mobility): the people a hire, a ride or a vehicle's registration names
by their role are read by the key lexicon's meanings (key_lexicon.PARTIES: a renter or a hirer is a tenant, a
vehicle's keeper a holder, a service's subscriber; SHOP_ROLES: a driver or a rider travels, as a passenger does), in
the lexicon's languages: a role's label before a full name (`Renter:`, `Fahrer:`, `Additional driver:`), a party's
word in running text before one (`Registered keeper …,`), and a role's word before a name's word in a key
(`driver_name`). A dot between blanks (a middle dot or a bullet, folded) ends a name as a dash between blanks does;
French `M.` names a person after a preposition (`au nom de M. …`); a name's part alone under an object's key naming
a person is that person's name (`{"driver": {"first": …}}`); a label's line above a name may open after a dash, a
code's digits or a bracket enclosing both lines, the name's line after a family name's particles in lower case (`van
der …, Anna`); a URL's query value may open with a bracket before a label; capitals after a label may follow initials
(`J. R. QUENDRIX`)."""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy
from meta_capi.postal import PERSON_NAME

NAME = "Idris Tarvenholm"

LABELLED_ROLES = [
    # a tenant's meaning: who hires a car, a van or a bike
    f"Renter: {NAME}", f"Hirer: {NAME}", f"Rental agreement RA-4711 · Renter: {NAME}", f"Mieter: {NAME}",
    f"Locataire : {NAME}",
    # who drives or rides, in the lexicon's languages, with a rank
    f"Driver: {NAME}", f"Main driver: {NAME}", f"Additional driver: {NAME}", f"Rider: {NAME}",
    f"Fahrer: {NAME}", f"Fahrerin: {NAME}", f"Zweiter Fahrer: {NAME}", f"Chauffeur : {NAME}",
    f"Conducteur : {NAME}", f"Conductora: {NAME}", f"Autista: {NAME}", f"Motorista: {NAME}", f"Kierowca: {NAME}",
    f"Förare: {NAME}", f"Kuljettaja: {NAME}",
    # a service's subscriber after a salutation (a tier's label as often without one: closer 115)
    f"Abonné : M. {NAME}", f"Abonnent: Herr {NAME}", f"Abbonato: Sig. {NAME}", f"Abonnée : Mme {NAME}",
    # a vehicle's keeper, in running text too
    f"Registered keeper: {NAME}", f"Registered keeper {NAME}, vehicle AB12 CDE",
    f"Mietwagen MV-1 - Fahrzeughalter {NAME}",
    # a middle dot or a bullet between blanks ends the name
    f"Fahrer: {NAME} · VW Golf · B-KW 1234", f"Booking 4411 • Renter: {NAME} • Compact",
    # French `M.` after a preposition
    "Contrat de location n°4711 au nom de M. Tarvenholm", "Colis remis à M. Tarvenholm, gardien",
    "Carte pour M. Tarvenholm", "livré chez M. Tarvenholm au 2e étage",
    # a label's line above the name, after a dash, a code's digits or inside brackets; initials before capitals
    f"Re: your order — Namn\n{NAME}", f"Order 48172 Kunde\n{NAME.upper()}", "[Nome\nTarvenholm, Idris]",
    f"(Kunde\n{NAME.upper()})", "Empfänger: J. R. TARVENHOLM OSTRUBEL", "Empfänger - J. R. TARVENHOLM",
    # a family name's particles in lower case opening the name's line; a URL's value opening with a bracket
    "Kunde\nvan der Tarvenholm, Idris", "Note: Bill to\nde la Tarvenholm, Idris.",
    "https://shop.example.com/checkout?note=[Full%20name%20-%20Idris%20Tarvenholm]",
    "https://shop.example.com/checkout?note=%5BN%C3%A9v%20%3A%20de%20la%20Tarvenholm%2C%20Idris%5D",
]


@pytest.mark.parametrize("text", LABELLED_ROLES)
def test_a_person_named_by_a_mobility_role_is_dropped(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


ORDINARY_TEXTS = [
    "Driver: TaylorMade Stealth 2", "Driver: Windows 11 64-bit", "Printer driver v5.2", "Bus driver Jobs Berlin",
    "Rider: Gold", "Renter: Returning", "Subscriber: Premium Annual", "Keeper: Yes", "Abonné : Oui", "Autista: Sì",
    "Goal keeper gloves Size 9", "Chauffeur service Paris - CDG", "Bestuurder: Raad van Toezicht",
    "Conductor: Copper Braid", "Abonnement Vélib' V-Max", "Toyota Prius · Hybrid · 5 seats",
    # `M.` as a size's letter or an initial, after no preposition
    "Pull en laine taille M. Expédié sous 24 h", "Taille M. Rouge", "T-shirt, M. Noir",
    # a label's line above a thing's value
    "Shipping - Size\nLarge Blue", "[Colour\nDeep Blue]", "Name\nde Luxe Edition", "Size\nla Grande",
    "https://shop.example.com/p?q=[Size: Large Blue]", "https://shop.example.com/p?q=(Colour - Deep Blue)",
]


@pytest.mark.parametrize("text", ORDINARY_TEXTS)
def test_ordinary_mobility_text_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", ["renter_id", "hirer_name", "fahrername", "keeper_id", "abonne_nom", "chauffeur_name",
                                 "conductora_nombre", "kierowca_imie"])
def test_a_mobility_role_before_a_name_or_an_id_word_is_a_personal_key(key: str) -> None:
    assert detector.key_reason(key) != ""


# (English's driver and rider are read in text only: a key's `driver_name` is a printer's driver's, closer 53, and a
# key's `rider_name` an insurance policy's rider)
@pytest.mark.parametrize("key", ["driver", "driver_name", "driver_version", "driver_id", "rider_name", "rider_count",
                                 "keeper"])
def test_a_driver_alone_or_with_a_thing_word_is_no_personal_key(key: str) -> None:
    assert detector.key_reason(key) == ""


NESTED = [
    '{"ra":"4711","driver":{"first":"Idris","last":"Tarvenholm"}}',
    '{"rider": {"given": "Idris", "family": "Tarvenholm"}}',
    '{"booking": 12, "renter": {"first": "Idris", "middle": "J", "last": "Tarvenholm"}}',
    '{"customer":{"last":"Tarvenholm"}}',
]


@pytest.mark.parametrize("text", NESTED)
def test_a_name_part_under_a_persons_key_is_dropped(text: str) -> None:
    assert privacy.embedded_reason(text) != ""


NESTED_ORDINARY = [
    '{"page":{"first":1,"last":9}}', '{"links":{"first":"/p/1","last":"/p/9"}}',
    '{"product":{"first":"Air","last":"Max"}}', '{"sort":{"first":"price","last":"name"}}',
    '{"driver":{"id":3},"range":{"first":"a","last":"z"}}',
]


@pytest.mark.parametrize("text", NESTED_ORDINARY)
def test_a_name_part_under_a_things_key_goes_out(text: str) -> None:
    assert privacy.embedded_reason(text) == ""
