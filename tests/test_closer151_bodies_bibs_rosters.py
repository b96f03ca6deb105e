"""Closer 151 (seventy-first attack: sports clubs, gyms, fitness apps and races): members' bodies and injuries, bibs
and results, youth rosters and members' numbers.

- A full name beside a body's measurement by language and its value (named_diets.BODY_MEASURES, _MEASURE, _MEASURED:
  `… – body fat 24.6%`, `Körperfett 22 % – …`, `BMI 27.1 — <surname>, <given name>`, `masse grasse 28 %`, `VO2max 48
  ml/kg/min – test result for …`), or before a body's weight with a body's unit and figures (named_diets.WEIGHT_WORDS,
  _WEIGHT: `… – weight 72.4 kg`); not a scale's, a monitor's or a test's product (`Body Fat Scale – Bluetooth`, `VO2max
  Test – 45 min`), nor a product's weight (`Weight 20 kg – Farbe Schwarz`).
- A full name beside an injury's or a physiotherapy's words by language, read as a health condition's
  (named_diets.INJURY_STEMS: `Injury note: … –`, `Physio: …`, `Lesión de …: esguince`, `Skadenotat – …`); not a
  support's, a tape's or a clinic's product or a club (named_diets.SPORT_WORDS: `Knee Support – Meniscus – Size M`,
  `Physio Tape 5 cm – Blue`, `Sports Physiotherapy – Manchester City`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"

BODIES = [
    "Marta Vellingroe – weight 81.5 kg, body fat 19%", "Ruhepuls 48 – Jonas Brekkelund",
    "Grasa corporal 19 %: Ximena Torquado", "Marta Vellingroe: 22% body fat, BMI 24",
    "Vetpercentage 21 % – Sem Vrankelstee", "HRV 58 ms, resting HR 49 bpm – Ingrid Solvang, week 3",
    "IMC 23,4 — Quervan, Maëlle", "Fettprosent 17 – Ingrid Solvang",
]
BODY_LOOK_ALIKES = [
    "Body Fat Scale – Bluetooth", "BMI Calculator", "Heart Rate Monitor – Garmin HRM-Pro", "VO2max Test – 45 min",
    "Weight 20 kg – Farbe Schwarz", "Gewicht 1,2 kg – Farbe Schwarz", "Dumbbell Set – Weight 24 kg",
    "Body Fat Caliper – Accu Measure", "HRV 4 Training – Elite HRV", "Polar H10 – Resting HR 40 bpm accuracy",
    "Peso 5 kg – Mancuerna Hexagonal",
]
INJURIES = [
    "Blessure de Maëlle Quervan : entorse de la cheville", "Kontuzja: Anna Kowalska – skręcenie kostki",
    "Fysiotherapie voor Sem Vrankelstee", "Verletzung: Jonas Brekkelund – Kreuzbandriss",
    "Sprained ankle – Marta Vellingroe", "Lesão de Joana Piravel: entorse do tornozelo",
]
INJURY_LOOK_ALIKES = [
    "Physio Tape 5 cm – Blue", "Knee Support – Meniscus – Size M", "Injury Prevention Workshop",
    "Kinesiology Tape – Black Roll", "Physio Roller – Blackroll Standard", "Knee Brace – Ligament Support Pro",
    "Injury Clinic – Harley Street", "Sports Physiotherapy – Manchester City", "Achilles – Brad Pitt",
    "Tendinitis Relief Gel – Voltaren",
]


@pytest.mark.parametrize("text", BODIES + INJURIES)
def test_a_body_or_an_injury_beside_a_name_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", BODY_LOOK_ALIKES + INJURY_LOOK_ALIKES)
def test_a_body_or_an_injury_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
