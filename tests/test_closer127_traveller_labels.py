"""Closer 127 (sixty-fourth attack: travel and hospitality): a traveller's name after a booking's labels.

- A person's word glued before a name word after a linking `s` (personal_keys.personal_tokens: `Passagiersnaam`,
  `Reizigersnaam`), as without it (`Passagiername`); not a thing's word (`Productsnaam`).
- A label's words may hold a small word between two of them besides its four (postal._LABEL_SMALL_WORD: `Nome e
  cognome del passeggero`, `Nom et prénom du passager`, `Nombre y apellidos del pasajero`).
- A party's rank glued before a role's or a party's word (key_lexicon.GLUED_PARTY_RANKS: `Hauptreisender`,
  `Mitreisende`, `Hoofdreiziger`), a rank before an English role's word (`Lead passenger`), a traveller's kind on a
  fare (key_lexicon.TRAVELLER_KINDS: `Adult:`, `Erwachsener:`), read as a role's label (postal.person_role).
- Who booked (role_labels.DOER_ACTS_127: `Booked by:`, `Gebucht von:`, `Réservé par :`), a doer's label; a travel
  trade's words after it name a business (postal._BUSINESS_SIGNERS: `Booked by: Example Travel`).
- A label numbered by its place in a booking (postal._LABEL_ORDINAL: `Passenger 1:`, `Guest 2 :`, `Passager 1 :`,
  `Adult #1:`), read as the label; not a time (`Check-in 14:00`), nor a fare's, a cabin's or a room's words after it
  (role_labels.THINGS: `Passenger 1: Economy Light`, `Guest 2: Deluxe King Room`).
- A document a booking issues to one traveller (key_lexicon.ROLE_DOCUMENTS, postal._ROLE_DOCUMENT_LABELS:
  `Passenger receipt – …`, `Guest folio:`, `Reçu du passager :`), a role's label, ended by a dash too.
- A German traveller's, passenger's, guest's, buyer's or driver's word in running text, opening a part, before a full
  name ending it or going on in lower case (named_in_text._GERMAN_ROLE: `…, Gast … reist mit Hund`).
- A file's or a booking's code after its word, a dash and an honorific before a family name ending the text or a field
  (named_in_text._TITLED_FILED: `Numéro de dossier SNCF : QK5R8W – M. QUENDRIX`); not words going on after it, nor
  after a number's word alone (`Art.-Nr. 4711 - Dr. Oetker`, a brand's).
- An airline ticket's thirteen digits after the word `ticket` (`billet`, `billete`, `biglietto`) alone in lower case
  (travel_documents._TICKET: `… – ticket 2204817263954`); capitalized alone it opens a title as often.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, personal_keys

PERSON_NAME = "holds a person's name"
TICKET = "holds an airline ticket's number"

TRAVELLERS = [
    # a linking `s`
    "Passagiersnaam: Mathis Quarvelle", "Reizigersnaam: Lenka Vorstelk", "passagiersnaam: Orla Quenby",
    # a small word between a label's words
    "Nome e cognome del passeggero: Marco Quendrix", "Nom et prénom du passager : Anne Quendrix",
    "Nombre y apellidos del pasajero: Lucía Quarvelle", "Nome e cognome dell'ospite: Giulia Vorstelk",
    # a glued rank, a rank, a traveller's kind
    "Hauptreisender: Jonas Quarvelle", "Mitreisende: Anna Quendrix", "Haupt-Reisender: Jonas Quarvelle",
    "Hoofdreiziger: Sanne Quendrix", "Lead passenger: Orla Quenby", "Main guest: Mathis Quarvelle",
    "Adult: Lenka Vorstelk", "Erwachsener: Jonas Quarvelle", "Adulto: Lucía Quarvelle",
    # who booked
    "Booked by: Mathis Quarvelle", "Gebucht von: Anna Quendrix", "Réservé par : Anne Quendrix",
    "Prenotato da: Marco Quendrix", "Geboekt door: Sanne Quendrix", "Reserved by: Orla Quenby",
    # numbered labels
    "Passenger 1: Mathis Quarvelle", "Passenger 12: Orla Quenby", "Guest 2: Lenka Vorstelk, Cabin 9120",
    "Passager 2 : Mme Anne Quendrix – siège 3A", "Pasajero 3: Lucía Quarvelle", "Gast 1: Frau Anna Quendrix",
    "Passeggero 2: Marco Quendrix", "Adult #1: Orla Quenby", "Adult 2: Mathis Quarvelle",
    "Reisender 2: Jonas Quarvelle",
    "Booking 4711 – Traveller 2: Orla Quenby, seat 14C",
    # a role's document
    "Passenger receipt – Mathis Quarvelle", "Passenger receipt: Orla Quenby", "Guest folio - Lenka Vorstelk",
    "Reçu du passager : Anne Quendrix", "Passenger itinerary – Orla Quenby – LH 400",
    # a German role's word in running text
    "Anreise 18 Uhr, Gast Jonas Quarvelle kommt mit Hund", "Buchung 4711 - Fahrgast Anna Quendrix",
    "Zimmer 12, Hauptreisender Jonas Quarvelle, Frühstück inklusive", "Ankunft spät; Gast Frau Anna Quendrix",
    # an honorific after a booking's or a file's code and a dash
    "Numéro de dossier : AB7C9D – M. QUARVELLE", "Booking ref XK4P2Q - Mrs Orla Quenby",
    "Buchung QK5R8W – Frau QUENDRIX", "Dossier 481726 – Mme Anne QUENDRIX", "Reserva MZ83QK - Sra. Quarvelle",
]


@pytest.mark.parametrize("text", TRAVELLERS)
def test_a_traveller_s_name_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


TICKETS = [
    "Passenger receipt – Mathis Quarvelle – ticket 2204817263954", "your ticket 220-4817263954 is attached",
    "billet 0574817263954", "su billete 075 4817263954", "biglietto 0554817263954",
]


@pytest.mark.parametrize("text", TICKETS)
def test_a_ticket_s_number_after_its_word_in_lower_case_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ["ticket 2204817263954", "(ticket 220-4817263954)"])
def test_a_ticket_s_number_is_an_airline_ticket_s(text: str) -> None:
    assert detector.reason(text) == TICKET


ORDINARY = [
    "Passenger 1 of 2", "Guest rooms: 3", "Booked by: Example Travel GmbH", "Booked by: Example Travel",
    "Booked by: Expedia", "Gate 12 – M. 3 km", "Gate A12 – M. Lyon", "Passenger 1: Adult (12+)",
    "Gast 2: Kind (6 Jahre)",
    "Passenger 1: Economy Light", "Passenger 2: Business Saver", "Guest 2: Deluxe King Room", "Adult: Economy Light",
    "Passenger: Premium Economy", "Room 1: Deluxe King", "Step 2: Choose Your Seat", "Check-in 14:00 Anna Smith",
    "Booking QK5R8W - Mr Smith Special Offer", "Dossier ABCDEF - M. QUENDRIX", "Size 42 - M. Regular",
    "Passenger receipt – Economy Light", "Guest folio - Room 412", "Ticket 2204817263954", "ticket 12345",
    "Superior Doppelzimmer mit Frühstück, Gast Bewertung sehr gut", "Economy Light (K)", "Seat 23A (Extra Legroom)",
    "Lufthansa Economy Classic 23 kg", "Deluxe King Room, City View",
    "Chambre Double Classique – petit-déjeuner inclus",
    "Passenger 1: Adult (12+), Passenger 2: Child (2-11)", "Guest 1: 2 Adults", "Cabin 2: Balcony Cabin",
    "Adult 1: Economy Flex", "Passagiersanzahl: 2", "Booked by: Booking.com", "Reserved by: Example Hotels",
    "Art.-Nr. 4711 - Dr. Oetker", "Order number 12345 - Dr. Martens",
    # (not `Booking AB12CD - Mr Clean Magic Eraser`: since closer 152 a booking's reference, a dash and an honorific
    # before capitalized words name whom it is for, record_names.CLASS_BOOKED; a brand so named is lost, no name leaks)
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_travel_text_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("key", "personal"), [
    ("passagiersnaam", True), ("reizigersnaam", True), ("klantsnaam", True), ("productsnaam", False),
    ("passagiersaantal", False),
])
def test_a_person_s_word_glued_before_a_name_after_a_linking_s(key: str, personal: bool) -> None:
    assert personal_keys.names_personal_data(key) is personal
