"""Closer 153 (attack 72: utilities, broadband, civic services): a home's metering point and a holder's record after
their labels by language, by rule.

- A metering point's GS1 EAN-18 after the label of a country that prints it (metering_points._EAN_LABEL: Sweden's
  `Anläggnings-ID`, Poland's `PPE`), its GS1 check digit read as for an EAN's label.
- Spain's CUPS and Portugal's CPE unbroken or in the groups of four a bill prints (metering_points._CUPS), by their
  two control letters.
- A metering point with no check digit after its label by language (metering_points._LABELLED): France's PDL or PRM
  and Italy's PDR (14 digits), France's PCE (14 digits or `GI` and six), Texas' ESI ID (17 to 22 digits from `10`).
  A label with no number is a guide's or a tariff's and goes out.
- A holder's record at a supplier, a council, a library or a benefits office after its label by language
  (utility_records.HOLDER_RECORDS, read by utility_records._HOLDER_RECORD: an energy or a broadband account, a
  customer's number, a council or a property tax's reference, a rates assessment, a library card, a claim's or a
  case's reference, a fibre terminal's serial, a line's location id or contract), maybe its number word after the
  label and the supplier's name before its colon: one token of six or more holding four digits. A label with no
  such number is a page's and goes out; an order's reference alone is a purchase's (`Order ref: SUMMER25`).
  A civic file's number (`Vorgangsnummer`) is such a record too.
- A tariff's switch or a collection from a home is made out to the full name after a booking's or a confirmation's
  words (key_lexicon.SWITCHES_AND_COLLECTIONS and RECORD_FOR, read by record_names.RECORD_NAMED and
  record_names._made_out: `Tariff switch confirmed for …`, `Bulky waste collection booked for …`), or after `for`
  with its reference; after `for` alone it is a product's or a charity's (`Tariff switch for Business Customers`,
  `Collection for Kate Moss`, `Collecte pour Les Restos`).
- A plate after a fine's words by language and a few words, then a vehicle's or a plate's word and a blank
  (national_ids._FINE in national_ids._BLANK_PLATE_LABEL: `PCN … issued to vehicle …`, `Parking citation #… plate
  …`); the UK's `VRM:` as a plate's label (national_ids._PLATE_LABEL) and `vrm` as a plate's key (personal_keys
  _MORE_TOKENS: `pcn_vrm`); a plate's segment after a fine's number in a fine's path (national_ids._RECORD_PATH_PLATE:
  `/pcn/<number>/<plate>/pay`). A fine's words with no plate go out (`PCN – how to appeal a parking fine`).
- A permit's or a badge's holder and a voter or an elector as parties by language (key_lexicon.PARTIES "permit
  holder" and "voter": `permit_holder`, `voter_name`, `Poll card … – elector …`, `Wähler: …`); a deadline's, a
  permit's kind or a turnout's key names no one (`permit_type`, `voter_registration_deadline`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, personal_keys

PERSONAL_METERING_POINTS = [
    'Anläggnings-ID: 735999100000000010', 'Anläggningsnummer 735999100000000010', 'Numer PPE: 590310600000000019',
    'Kod PPE 590310600000000019', 'CUPS: ES0021 0000 0000 0000 RC', 'Código CUPS ES 0021 0000 0000 0000 RC',
    'Código CPE: PT0002000012345678MV', 'CPE PT0002 0000 1234 5678 MV', 'Numéro PDL : 25184736291045',
    'PRM : 30001610071825', 'Mon PRM Linky : 30001610071825', 'Point de livraison : 25184736291045',
    'PCE : GI771204', 'N° PCE 21190377465082', 'PCE gaz : GI771204', 'PDR 00881000123456',
    'Codice PDR: 00881000123456', 'ESI ID 10443720001234567', 'ESIID: 1008901000140510012345',
]

ORDINARY_METERING_WORDS = [
    'PDL – Point de livraison: définition', 'CUPS: qué es y dónde encontrarlo', 'Tarif PRM – 6 kVA',
    'Numer PPE – gdzie go znaleźć?', 'Anläggnings-ID – vad är det?', 'PCE 12 pièces', 'Lot 100 pce 12345678901234',
    'Numer PPE: 590310600000000018', 'PDR gas: cos’è e come leggerlo', 'ESI ID lookup – Texas',
    'Código CPE: onde encontrar na fatura', 'EAN 4006381333931',
]


@pytest.mark.parametrize("value", PERSONAL_METERING_POINTS)
def test_a_metering_point_after_its_label_is_refused(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_METERING_WORDS)
def test_a_metering_points_label_without_its_number_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


PERSONAL_HOLDER_RECORDS = [
    'Energy account 7730-2291-04', 'Gas account: GA-448120', 'Kundnummer 4471902', 'Kundennummer: KD-2290417',
    'Numer klienta Enea: 00774129', 'Nr klienta 20047712', 'cliente n. 774129', 'Codice cliente 00774129',
    'Council Tax reference number: 9002281746', 'Council tax account no. 60042198', 'CT ref 60042198',
    'Rates assessment no. 4471902', 'Carte de bibliothèque n° 0774129', 'Numéro allocataire : 7741290',
    'Lånekort 20047712', 'Lånekortsnummer: 20047712', 'Bibliotheksausweis Nr. 20047712', 'Library card 29000147712',
    'Claim reference: UC774129Q', 'Universal Credit claim ref UC774129Q', 'Kindergeldnummer 155FK774129',
    'Your case reference: CR-774129-AB', 'Case ref 2026/774129', 'Broadband account BB77412901',
    'Référence prise (PTO) : SC-774129-03', 'ONT serial number: HWTC774129A1', 'NBN location ID LOC000177412901',
    'LPT Property ID: Q774129Z', 'Glasfaser-Anschluss Vertragsnummer 7741290', 'Vorgangsnummer 7741290',
]

ORDINARY_HOLDER_WORDS = [
    'Order ref: SUMMER25', 'Account: Business Pro', 'Case reference guide – PDF', 'Council Tax Bands 2026/27',
    'Library card – apply online', 'Energy account – switch in 5 minutes', 'Claim reference: what is it?',
    'Kundnummer – var hittar jag det?', 'Carte de bibliothèque : tarifs 2026', 'Vertragsnummer 7741290',
    'Broadband account help', 'ONT serial number location', 'Lånekort för barn',
]


@pytest.mark.parametrize("value", PERSONAL_HOLDER_RECORDS)
def test_a_holders_record_after_its_label_is_refused(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_HOLDER_WORDS)
def test_a_holders_label_without_its_number_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


PERSONAL_SWITCHES = [
    'Tariff switch confirmed for Anselm Drayford – Fix 24 Green', 'Bulky waste collection booked for Perdita Quellmore',
    'Tarifwechsel gebucht für Wiebke Strandhagel', 'Sperrmüllabholung bestätigt für Katrin Oberhauser',
    'Enlèvement confirmé pour Solène Brivaudière', 'Collection 2026-114 for Anselm Drayford',
    'Switch scheduled for Perdita Quellmore, 14 Marlpit Lane', 'Overstap bevestigd voor Anselm Drayford',
]

ORDINARY_SWITCHES = [
    'Tariff switch for Business Customers', 'Collection for Kate Moss', 'Spring Collection for Stella McCartney',
    'Abholung für Gelbe Säcke', 'Collecte pour Les Restos', 'Ritiro per Mobili Vecchi',
    'Collection booked for Monday Morning', 'Tariff switch for Green Energy', 'Switch for Nintendo Games',
]


@pytest.mark.parametrize("value", PERSONAL_SWITCHES)
def test_whom_a_switch_or_a_collection_is_booked_for_is_refused(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_SWITCHES)
def test_a_switch_or_a_collection_for_a_thing_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


PERSONAL_FINES = [
    'PCN WK11223344 issued to vehicle YR21 KXF', 'Penalty Charge Notice ZX4471902B, VRM: YR21 KXF',
    'Parking citation #2047712 plate 7ABC583 (CA)', 'Strafzettel Nr. 4471902 Kennzeichen HH-VB 5836',
    'Avis de contravention n° 4471902 véhicule AB-123-CD', 'VRM: YR21 KXF',
    'https://parking.example.gov.uk/pcn/ZX11223344/YR21KXF/pay', '/pcns/4471902/YR21KXF',
]

ORDINARY_FINES = [
    'PCN – how to appeal a parking fine', 'VRM lookup', 'Amende forfaitaire 135 euros véhicule léger',
    'Dinner plate 27CM', 'Steel plate A36 12MM', 'Parking citation – pay online', '/pcn/appeal/how-to',
]


@pytest.mark.parametrize("value", PERSONAL_FINES)
def test_a_fines_plate_is_refused(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_FINES)
def test_a_fines_words_without_a_plate_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("key", ["vrm", "pcn_vrm", "vehicle_vrm"])
def test_a_registration_marks_key_is_personal(key: str) -> None:
    assert personal_keys.names_personal_data(key)


PERSONAL_PARTIES = [
    'Poll card no. 2047712 – elector Anselm Drayford', 'Voter: Perdita Quellmore', 'Wählerin: Wiebke Strandhagel',
    'Permit holder: Anselm Drayford', 'Électrice : Solène Brivaudière', 'Elettore: Anselm Drayford',
]

ORDINARY_PARTIES = [
    'Blue Badge – How to apply', 'Voter registration deadline: 12 May', 'Elector: Registration Office',
    'Permit holder – FAQ Checklist',
]


@pytest.mark.parametrize("value", PERSONAL_PARTIES)
def test_a_permit_holder_or_a_voter_by_name_is_refused(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_PARTIES)
def test_a_permits_or_a_votes_page_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("key", ["voter_name", "permit_holder_name", "elector_name"])
def test_a_voters_or_a_permit_holders_name_key_is_personal(key: str) -> None:
    assert personal_keys.names_personal_data(key)


@pytest.mark.parametrize("key", ["permit_type", "voter_registration_deadline", "voter_turnout"])
def test_a_permits_or_an_elections_key_is_ordinary(key: str) -> None:
    assert not personal_keys.names_personal_data(key)
