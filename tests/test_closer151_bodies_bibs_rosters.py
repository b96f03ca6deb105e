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
- A runner's full name after a race's bib's word by language and its number (race_results.BIB_WORDS, _BIB_NAMED:
  `Startnummer …: …`, `Dossard … – …`, `Dorsal … …`), or beside a result's time after a result's label
  (race_results.RESULT_TIME_WORDS, _RESULT_TIMED: `Ergebnis: Platz 88, <surname> <given name>, 0:48:12`, `Resultado
  21K: … – 1:52:07`, `Finish time 3:41:22 · …`); not a bib's range or product, a club's result or a race
  (race_results.RACE_OR_CLUB_WORDS: `Bib: 1–2000 Wave A`, `Ergebnis: Platz 1 – FC Bayern`, `Finish time 3:41:22 ·
  Sub-4 Pacing Plan`). In a URL's query a bib's number beside a name's key: both go (privacy.BIB_KEYS,
  privacy._runner_pairs: `/entries?bib=…&name=…`); a baby's bib's key holds no number.
- A child's full name after a youth team's age group or word and a roster's, a squad's or a line-up's word by language
  and its colon (race_results.ROSTER_WORDS, YOUTH_WORDS, _YOUTH_ROSTER: `U10 roster: …`, `F-Jugend Kader: … (Jg.
  2017)`, `JO9-2 opstelling: …`; a `(Jg. …)` alone is a wine's vintage too: birth_years counts it beside an age class
  in its brackets only). Not a senior club's squad (public players: `FC Bayern Kader: Manuel Neuer, …`), a roster's
  template, a squad's numbers.
- A member's number after a club's or a gym's member's word by language (labelled_values.MEMBER_WORDS,
  _MEMBER_NUMBER: `Socio 836…`, `Socio: 836…`, `Medlemsnummer 836…`, `club membership 836…`), five to ten digits
  ending their token; not a plan's figures (`Socio Plus – 12 meses`, `Membership 12 months – 49 €`).
- A unit written with `/` in a URL path's sentence (`/dl/VO2max 48 ml/kg/min – … for …`): the segment, the unit's parts
  and the segment after them read together as text (privacy._sentence_segments, _RATE_UNIT_OPENING).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

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


BIBS_AND_RESULTS = [
    "Pettorale 412 – Nerilla Quarzivelli", "Nummerlapp 77: Ingrid Solvang", "Bib #2231 – Marta Vellingroe",
    "Zielzeit 0:48:12 – Jonas Brekkelund", "Chip time: 2:03:11, Marta Vellingroe",
    "Resultat: Platz 12, Brekkelund, Jonas – 1:12:40", "Rugnummer 88 - Sem Vrankelstee",
]
BIB_LOOK_ALIKES = [
    "Bib: 1–2000 Wave A", "Startnummernband – Schwarz", "Ergebnis: Platz 1 – FC Bayern",
    "Finish time 3:41:22 · Sub-4 Pacing Plan", "Results 2026 – Berlin Marathon", "Bib 1 – Eliud Kipchoge Edition",
    "Dorsal 10 – Real Madrid", "Finish time 2:01:09 – Berlin Marathon", "Result 3:1 – Bayern München",
]
ROSTERS = [
    "U12 squad: Ella Marchetti", "Pulcini 2016 – rosa: Luca Ferrandi, Marco Ferrandi",
    "Alevín B plantilla: Hugo Torquado",
    "Jenter 11 tropp: Ingrid Solvang", "Sub-9 elenco: Davi Piravel",
]
ROSTER_LOOK_ALIKES = [
    "U10 Roster Template – PDF", "Kader 2026/27 – FC Bayern", "Squad Numbers Set",
    "FC Bayern Kader: Manuel Neuer, Joshua Kimmich", "U21 squad: England Euro Edition", "Junior Kader: Trikot Set",
]
MEMBERS = [
    "Socio: 836147", "Numéro d'adhérent : 4471920", "Lidnummer 5512349 – Sem Vrankelstee",
    "Medlemsnummer 836147", "GAA club membership 8361470", "Tessera socio 5512349",
]
MEMBER_LOOK_ALIKES = [
    "Socio Plus – 12 meses", "Membership 12 months – 49 €", "Members 10000+", "Join 25000 members",
    "Membership 12345 points bonus", "Tessera socio 2026",
]


@pytest.mark.parametrize("text", BIBS_AND_RESULTS + ROSTERS)
def test_a_runner_or_a_youth_player_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", BIB_LOOK_ALIKES + ROSTER_LOOK_ALIKES + MEMBER_LOOK_ALIKES)
def test_a_bib_a_roster_or_a_member_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", MEMBERS)
def test_a_members_number_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


def test_a_bib_beside_a_names_key_goes_with_it() -> None:
    assert privacy.clean_url("https://r.example.com/entries?bib=412&name=Brekkelund&year=2026") == (
        "https://r.example.com/entries?year=2026")
    assert "bib=baby" in (privacy.clean_url("https://shop.example.com/p?bib=baby&name=Bavoir") or "")
    assert privacy.clean_url("https://r.example.com/results?bib=412") == "https://r.example.com/results?bib=412"


def test_a_rate_units_slashes_in_a_path_are_the_texts() -> None:
    assert privacy.clean_url("https://www.example.org/dl/VO2max 48 ml/kg/min – result for Marta Vellingroe") == (
        "https://www.example.org/")
    assert privacy.clean_url("https://www.example.org/dl/VO2max 48 ml/kg/min – Test Kit") == (
        "https://www.example.org/dl/VO2max 48 ml/kg/min – Test Kit")
