"""Closer 155 (attack 70: notices; attack 72: switches, permits, broadband orders): whom a notice, a switch or a permit
names, by rule.

- A switch's or a collection's confirmation by language, a colon and what was switched to, then its `for` word and a
  full name (record_names._CONFIRMED_TO in record_names.RECORD_NAMED, its words record_names._CONFIRMATION_WORDS: the
  first words of key_lexicon.RECORD_FOR's phrases before a language's bare `for`: `Tarifwechsel bestätigt: Ökostrom
  Fix 24 für …`). A group or a kind of customer after `für` names none (`… für Familien`, `Tarifwechsel für
  Gewerbekunden`).
- A death notice's label, a colon or a dash, then the deceased's honorific (memorials._NOTICE_HONOURED: `Esquela: D.
  …`, `Esquela: Dña. …`, `Avis de décès : M. …`) and a full name. A template's title has none (`Esquela plantilla`).
- A deaths column's label by language (memorials.DEATHS_COLUMNS: `Deaths`, `Todesfälle`, `Décès`, `Defunciones`), a
  colon, the family name in capitals, a comma, the given names, a comma and a notice's words by language
  (memorials.NOTICE_GOES_ON: `peacefully`, `aged`, `im Alter`, `survenu`, `falleció`), read by
  memorials._DEATHS_COLUMN_NAMED. Figures and a list of places go out (`Deaths: 2026 figures rise in Leeds`).
- An engagement's or a wedding's couple after an announcement's words by language (cued_names._ANNOUNCEMENTS in
  cued_names._OCCASION_TO_NAMES: `Engagement announced between … and …`, `Verlobung bekanntgegeben zwischen`,
  `fiançailles annoncées entre`, `compromiso anunciado entre`), as `Mariage de … et …` is read. An engagement's ring,
  rate or template names no couple.
- A permit's or a badge's holder after its label by language (key_lexicon.PERMITS: a Blue Badge, a resident's parking
  permit, `Carte de stationnement résident`, `Parkausweis`, `Parkeervergunning`), maybe its number, a colon or a
  dash, maybe an honorific, and a full name (record_names.PERMIT_NAMED); a permit's page's words name none
  (record_names._PERMIT_PAGES: `Blue Badge – Apply online`, `… : tarifs 2026`, `Blue Badge: Eligibility Checker`).
  Its number after the label is its holder's record (utility_records.HOLDER_RECORDS "permits": `Blue Badge 583914`).
- A resident's name slug in a route (person_routes.RESIDENT_WORDS, person_routes._names_a_resident): a resident's
  word, a name's slug of two words or more, none a resident's service's (person_routes._RESIDENT_SERVICES), then a
  permit's or a plate's id (person_routes._PERMIT_ID: `/resident/<given>-<family>/<plate>`). `/permits/resident-zone-a`
  and a residents' area's pages go out.
- A line's or a connection's order at one address after its label by language, then its reference
  (utility_records.HOLDER_RECORDS "lines": `Openreach order ref`, `line order`, `Anschlussauftrag`, `commande de
  raccordement`): a line network's order is one household's line. A shop's order's number alone is a purchase's and
  goes out (`Order ref 58391422`), as a line order's page (`Openreach order tracker`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, person_routes

PERSONAL_SWITCHES = [
    'Tarifwechsel bestätigt: Ökostrom Fix 24 für Wiebke Strandhagel',
    'Tariff switch confirmed: Fix 24 Green for Anselm Drayford',
    "Changement d'offre confirmé : Zen Fixe pour Solène Brivaudière",
    'Overstap bevestigd: Groen Vast 1 jaar voor Anselm Drayford',
    'Cambio de tarifa confirmado: Tarifa Luz 24h para Perdita Quellmore',
    'Sperrmüllabholung gebucht: 14.03. für Katrin Oberhauser',
]

ORDINARY_SWITCHES = [
    'Tarifwechsel bestätigt: Ökostrom Plus für Familien', 'Tarifwechsel für Gewerbekunden',
    'Tarifwechsel bestätigt: Ökostrom Plus für Neue Kunden', 'Tariff switch confirmed: Fix 24 Green for Business',
    'Switch confirmed: see your next bill', 'Cambio de tarifa confirmado: Tarifa Luz para Empresas',
]


@pytest.mark.parametrize("value", PERSONAL_SWITCHES)
def test_whom_a_confirmed_switch_is_for_after_its_tariff_is_refused(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_SWITCHES)
def test_a_confirmed_switch_for_a_kind_of_customer_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


PERSONAL_NOTICES = [
    'Esquela: D. Anselm Drayford falleció en Cuenca', 'Esquela: Dña. Perdita Quellmore',
    'Esquela - Dña. Perdita Quellmore',
    'Avis de décès : M. Anselm Drayford', 'Avis de décès : Mme Solène Brivaudière, 91 ans',
    'Deaths: DRAYFORD, Anselm, peacefully at home on 3 May, aged 91', 'Deaths: QUELLMORE, Perdita Jane, suddenly',
    'Décès : BRIVAUDIÈRE, Solène Marie, survenu le 2 décembre', 'Todesfälle: STRANDHAGEL, Wiebke, im Alter von 88',
    'Defunciones: QUELLMORE, Perdita, falleció en Toledo',
    'Engagement announced between Anselm Drayford and Perdita Quellmore',
    'Verlobung bekanntgegeben zwischen Wiebke Strandhagel und Anselm Drayford',
    'Fiançailles annoncées entre Solène Brivaudière et Anselm Drayford',
    'Compromiso anunciado entre Perdita Quellmore y Anselm Drayford',
    'Fidanzamento annunciato tra Perdita Quellmore e Anselm Drayford',
    'Verloving aangekondigd tussen Perdita Quellmore en Anselm Drayford',
]

ORDINARY_NOTICES = [
    'Deaths: 2026 figures rise in Leeds', 'Engagement ring – 18ct gold', 'Esquela plantilla – Word',
    'Engagement rate: 4.2%', 'Deaths: UK, Europe, and the world', 'Deaths: COVID, Flu, rising',
    'Defunciones: INE, Madrid, datos de 2025', 'Engagement announcement template', 'Esquela: cómo redactarla',
    'Rory McIlroy wins the Masters at last', 'Avis de décès : modèle gratuit', 'Verlobung – Ringe und Ideen',
    'Deaths: NHS, England, died waiting for beds',
]


@pytest.mark.parametrize("value", PERSONAL_NOTICES)
def test_a_notices_deceased_or_couple_is_refused(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_NOTICES)
def test_a_notices_or_an_engagements_words_without_a_person_go_out(value: str) -> None:
    assert detector.reason(value) == ""


PERSONAL_PERMITS = [
    'Carte de stationnement résident : Solène Brivaudière', 'Blue Badge 583914 – Drayford',
    'Blue Badge – Anselm Drayford', 'Parkausweis: Wiebke Strandhagel', 'Parkeervergunning: Anselm Drayford',
    'Parking permit PP-44712: Mr Anselm Drayford', 'Bewohnerparkausweis Nr. 4471 – Wiebke Strandhagel',
    'Resident parking permit 77412903',
]

ORDINARY_PERMITS = [
    'Blue Badge – Apply online', 'Carte de stationnement résident : tarifs 2026', 'Blue Badge – How To Apply',
    'Blue Badge 2026 – how to renew', 'Parking permit: Zone A', 'Parking Permit – Visitor Scratch Cards',
    'Parkausweis: Zone B Nord', 'Blue Badge: Eligibility Checker', 'Carte de stationnement : Paris Centre',
    'Blue Badge: Lost Or Stolen', '/permits/resident-zone-a',
]


@pytest.mark.parametrize("value", PERSONAL_PERMITS)
def test_a_permits_holder_or_number_after_its_label_is_refused(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_PERMITS)
def test_a_permits_page_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("path", [
    "/resident/anselm-drayford/yr21kxf", "/resident/perdita-quellmore/PP44712",
    "/anwohner/wiebke-strandhagel/hh-vb-5836",
    "/residents/anselm-drayford/ab-123-cd/renew"])
def test_a_residents_slug_before_a_permits_id_names_a_person(path: str) -> None:
    assert person_routes.route_names_a_person(path)


@pytest.mark.parametrize("path", [
    "/permits/resident-zone-a", "/resident/council-tax/band-d", "/residents/bin-collections/week-12",
    "/resident/zone-a/2", "/resident/waste-recycling/calendar-2026", "/residents/apply-online/step-2",
    "/resident/parking-permits/ab1", "/resident/anselm-drayford/2026"])
def test_a_residents_area_page_names_no_one(path: str) -> None:
    assert not person_routes.route_names_a_person(path)


PERSONAL_LINE_ORDERS = [
    'Openreach order ref 1-4471290377, engineer visit Wed PM', 'Line order ref: BT-58391422',
    'Commande de raccordement n° 58391422', 'Anschlussauftrag: AA-5839142',
]

ORDINARY_LINE_ORDERS = [
    'Openreach order ref: what is it?', 'Order ref: SUMMER25', 'Order ref 58391422',
    'Line order – how long does it take', 'Openreach order tracker', 'Connection order 2026',
]


@pytest.mark.parametrize("value", PERSONAL_LINE_ORDERS)
def test_a_line_orders_reference_is_refused(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_LINE_ORDERS)
def test_a_shops_order_or_a_line_orders_page_goes_out(value: str) -> None:
    assert detector.reason(value) == ""
