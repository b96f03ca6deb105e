"""Closer 140 (sixty-sixth attack: cars, insurance, removals): a person named by a record's words; a plate in a
vehicle's record.

- Whom a record is made out to or who booked it (record_names.RECORD_NAMED, key_lexicon.RECORD_NOUNS,
  key_lexicon.REFERENCED_RECORD_NOUNS, key_lexicon.RECORD_FOR): a record's noun (a claim, a quote, a policy, an
  invoice, an inventory, an appointment; a slot, a receipt, an order only with its reference), maybe its reference,
  `for` or `booked by` by language, then a full name or an initial and a family name; what a record is for is no
  name (record_names._RECORD_SUBJECTS: `Quote for Business Insurance`); English `for` with neither a reference nor
  an honorific only when the record goes on after the name (record_names._RECORD_GOES_ON: `Quote for Garden
  Design` is a service's page).
- A full name and an age opening the text (record_names.AGED_OPENING: `…, 40, nine years no claims bonus`).
- A plate after a vehicle's record's words (national_ids._BLANK_PLATE_LABEL: `Valuation for`, `MOT for`, `Road tax
  for`, `for vehicle`) and in a path's segment right after one (national_ids._RECORD_PATH_PLATE:
  `/valuation/…/result`, in ids too), in a plate's strict measure.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"

RECORD_NAMED = [
    "Claim ref CLM-771204 for Orla Quenby (windscreen)", "Claim ref AB-12 for Mathis Quarvelle",
    "Quote Q771204 for O. Quenby", "Quote for Orla Quenby, 3-bed house", "Estimate #4471 for Mr Mathis Quarvelle",
    "Policy MTR-4471-02 for Anne Quendrix", "Invoice INV-2291 for Orla Quenby", "Inventory for Sanne Quarvelle: 2 beds",
    "Appointment for Dr Orla Quenby, Tue 10:00", "Service slot 09:30 booked by Jonas Quarvelle",
    "Receipt no. 55120 for Anne Quendrix", "Angebot für Jonas Quarvelle – Umzug", "Termin für Jonas Quarvelle, 10 Uhr",
    "Devis pour Mme Anne Quendrix", "Presupuesto para Lucía Quarvelle", "Preventivo per Marco Quarvelle",
    "Offerte voor Sanne Quarvelle", "Faktura dla Anna Kowalczyk", "Order 5512 for Orla Quenby",
]


@pytest.mark.parametrize("text", RECORD_NAMED)
def test_whom_a_record_is_made_out_to_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", RECORD_NAMED[:4])
def test_whom_a_record_is_made_out_to_is_refused_in_an_id(text: str) -> None:
    assert detector.reason(text, id_like=True) == PERSON_NAME


AGED = ["Orla Quenby, 34, five years no claims", "Mathis Quarvelle, 52, retired, garaged overnight",
        '{"detail": "Anne Quendrix, 29, named driver"}']


@pytest.mark.parametrize("text", AGED)
def test_a_name_and_an_age_opening_the_text_are_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


ORDINARY = [
    "Quote for Business Insurance", "Claim form for Windscreen Damage", "Inventory for Storage Unit B",
    "Slot booked by Phone", "Booked by Tour Operator", "Sofa, 40, Grey Velvet", "Case for iPhone 15",
    "Cover for Samsung Galaxy", "Shampoo for Dry Hair", "Gift for Mum", "Quote for Car Insurance",
    "Appointment for Annual Service", "Policy for Home Contents", "Slot for Nintendo Switch",
    "Estimate for Roof Repair", "Oak Table, 40, cm", "Invoice for Next Month", "Order #48213 for Hugo Boss Outlet",
    # (English title case, with neither a reference nor an honorific, the record not going on after the name)
    "Quote for Garden Design", "Estimate for Kitchen Renovation", "Appointment for Eye Test", "Quote for Apple Watch",
    "Quote for Wedding Photography", "Quote for Solar Panels", "Quote for Garden Design: Free Estimate",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_what_a_record_is_for_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


PLATE = "holds a vehicle's licence plate"
PLATES = ["Valuation for AB12 CDE, 61,000 miles", "MOT for AB12CDE due 14/03", "Road tax for AB12 CDE",
          "Fine 7741 for vehicle AB12 CDE", "History check for AB12CDE", "https://cars.example/valuation/AB12CDE/result",
          "https://cars.example/mot-history/AB12CDE"]


@pytest.mark.parametrize("text", PLATES)
def test_a_plate_in_a_vehicles_record_is_refused(text: str) -> None:
    assert detector.reason(text) == PLATE


def test_a_plate_in_a_valuations_path_is_refused_in_an_id() -> None:
    assert detector.reason("ART-9,https://cars.example/valuation/AB12CDE/result", id_like=True) == PLATE


PLATE_ORDINARY = ["Valuation for Jaguar XF", "MOT for BMW X5", "https://cars.example/valuation/result",
                  "Ford Focus ST 2021", "SM58 XLR cable", "Valuation for 2021 Audi A4", "Tax for 2024",
                  "https://cars.example/valuation/2021/result"]


@pytest.mark.parametrize("text", PLATE_ORDINARY)
def test_a_vehicles_model_in_its_record_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
