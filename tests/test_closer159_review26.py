"""Closer 159 (review 26): ordinary values, keys and URLs near session 39's rules that the gate refused, and personal
ones it let out, by rule.

- A club's or a dog's breed's words after a winner's label name a team or a champion breed, no person
  (role_labels.CLUB_AND_BREED_WORDS, read by role_labels.a_winners_team in postal.labelled_person: `Winner:
  Manchester United`, `Gewinner: Bayern München`, `Winner: Golden Retriever`).
- A tariff's, an energy or a water supplier's and a waste collection's words are what a switch or a collection is
  for (record_names._RECORD_SUBJECTS: `… confirmed for Octopus Agile`, `for British Gas`, `for Garden Waste`), and a
  colour's word before a bin's a bin (record_names._BINS: `Collection booked for Green Bin`).
- `none` and `without` by language are no printed name (record_names._NOT_PRINTED: `Beflockung: OHNE`, `Flocage :
  AUCUN`), nor a stock's state after a name's label (role_labels.TEAMS_AND_STATES, in _NOT_PRINTED too: `Name: SOLD
  OUT`, `Nombre: AGOTADO`).
- Everyone and a parking zone after a voter's or a permit holder's label (role_labels.TEAMS_AND_STATES, read by
  postal._mixed_case_name too: `Wähler: Alle Bürger`, `Permit holder: Zone CPZ-B`).
- A plan's, a tariff's, a season's or a template's word after a holder's record's token names that thing's code
  (utility_records._KIND_AFTER: `Broadband account: FTTP1000 plan`, `Library card: 2026/27 season`).
- A class's kind or a booking's word is no name before a condition's word (named_diets.SPORT_WORDS: `Booking Yoga for
  Pregnant Women`).
- A closing in title case opening the text with a release's format after a dash is a title (postal
  ._RELEASE_FORMAT_AFTER: `Yours Sincerely, Wasting Away – Vinyl`).
- A field's being required or optional by language makes a key a flag (personal_keys.FIELD_FLAGS:
  `notfallkontakt_pflicht`). A label's key stays the field's (`first_name_label` is refused: a printed label holds
  the name), a hint's too (`password_hint` holds a credential's clue), and a plate's lookup holds the plate looked up
  (`vrm_lookup`).
- A contest's winner, a reader and a class's booking glued by language before a name word (personal_keys
  .PERSON_QUALIFIERS from role_labels.WINNERS: `winner_name`, `reader_name`, `kursbuchung_name`), a prize's winner, a
  letter's author and a permit's holder alone, as `cardholder` is (personal_keys._MORE_TOKENS: `prize_winner`,
  `letter_author`, `permit_holder`), a council's tax before a reference's word (`council_tax_reference`).
- A runner's or an athlete's goods' and training's words in the slug after an entrant's word are a shop's section
  (person_routes.ENTRANT_GOODS_WORDS: `/runner/trail-shoes/results`).
- A reader's number in a route, as a subscriber's (person_routes._HOLDER_WORDS, its readers by language:
  `/readers/<number>/account`, `/leser/<number>/abo`); a plate after a fine's or a record's segment read one way in
  text and in a URL's path (national_ids.record_path_plate, read by privacy._path_reason: `/pcn/<number>/<plate>/pay`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

ORDINARY_TEAMS_AND_BREEDS = [
    'Winner: Manchester City', 'Winner: Leeds United', 'Winner: Borussia Dortmund', 'Gagnant : Olympique Lyonnais',
    'Ganador: Real Betis', 'Vincitore: Juventus FC', 'Winnaar: Feyenoord Rotterdam', 'Winners: Bristol Rovers',
    'Winner: Border Collie – Crufts 2026', 'Gewinner: Deutscher Schäferhund', 'Winner: Cocker Spaniel',
    'Winner: Yorkshire Terrier', 'Prize winner: Wolverhampton Wanderers',
]
PERSONAL_WINNERS = [
    'Winner: Jonas Brekkelund', 'Gewinner: Marta Vellingroe', 'Gagnant : Maëlle Quervan',
    'Winner: Ingrid Solvang – Crufts 2026', 'Prize winner: Sem Vrankelstee',
]

ORDINARY_SWITCHES_AND_COLLECTIONS = [
    'Tariff switch confirmed for Octopus Go Agile', 'Switch confirmed for Variable Tariff',
    'Switch confirmed for EDF Electricity', 'Switch confirmed for Thames Water', 'Collection booked for Blue Bin',
    'Collection booked for Brown Bins', 'Collection booked for Food Waste', 'Collection booked for Garden Recycling',
]
PERSONAL_SWITCHES_AND_COLLECTIONS = [
    'Collection booked for Zhang Bin', 'Switch confirmed for Marta Vellingroe',
    'Collection booked for Jonas Brekkelund', 'Tariff switch confirmed for Mrs Ingrid Solvang',
]

ORDINARY_NOT_PRINTED = [
    'Trikot-Beflockung: OHNE', 'Beflockung: KEIN', 'Flocage : SANS', 'Flocage maillot : AUCUNE', 'Nombre: NINGUNO',
    'Nome: SENZA', 'Naam: GEEN', 'Name: SOLD OUT', 'Nombre: AGOTADO',
]
PERSONAL_PRINTED = [
    'Beflockung: BREKKELUND', 'Flocage : QUERVAN 9', 'Nome: VELLINGROE', 'Naam: VRANKELSTEE', 'Name: SOLVANG 4',
]

ORDINARY_ZONES_AND_EVERYONE = [
    'Permit holder: Zone A', 'Permit holder: Zone CPZ-D', 'Wähler: Alle Wahlberechtigten', 'Voter: All Residents',
    'Électeur : Tous Les Inscrits',
]
PERSONAL_PERMIT_HOLDERS_AND_VOTERS = [
    'Permit holder: Marta Vellingroe', 'Permit holder: Jonas BREKKELUND', 'Wähler: Jonas Brekkelund',
    'Voter: Ingrid Solvang',
]

ORDINARY_KINDS_AFTER_A_RECORD = [
    'Energy account: Fix12M-2026 tariff', 'Broadband account: FTTP500 package', 'Library card: 2025/26 saison',
    'Kundennummer: Tarif2026 Vorlage', 'Council tax reference: CT2026 template',
]
PERSONAL_RECORDS = [
    'Energy account: 84412093', 'Broadband account: BB44129033', 'Library card: 21190004412',
    'Kundennummer: 10044812', 'Council tax reference: 40018823 – paid',
]

ORDINARY_CLASSES = [
    'Booking Yoga for Pregnant Women', 'Pilates for Diabetic Seniors', 'Booking Pilates for Diabetic Women',
]
PERSONAL_CONDITIONS = ['Jonas Brekkelund is coeliac', 'Allergy card for Marta Vellingroe', 'Marta Vellingroe: diabetic']

ORDINARY_RELEASES = [
    'Yours Sincerely, Wasting Away – Vinyl', 'Yours Truly, Angry Mob – CD', 'Kind Regards, Dear Life – LP',
]
PERSONAL_SIGNATURES = [
    'Yours sincerely, Jonas Brekkelund', 'Kind regards, Marta Vellingroe - CD', 'Yours Sincerely, Ingrid Solvang',
    'Thanks. Kind regards, Jonas Brekkelund - Vinyl',
]


@pytest.mark.parametrize("value", ORDINARY_TEAMS_AND_BREEDS + ORDINARY_SWITCHES_AND_COLLECTIONS
                         + ORDINARY_NOT_PRINTED + ORDINARY_ZONES_AND_EVERYONE + ORDINARY_KINDS_AFTER_A_RECORD
                         + ORDINARY_CLASSES + ORDINARY_RELEASES)
def test_an_ordinary_value_goes_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", PERSONAL_WINNERS + PERSONAL_SWITCHES_AND_COLLECTIONS + PERSONAL_PRINTED
                         + PERSONAL_PERMIT_HOLDERS_AND_VOTERS + PERSONAL_RECORDS + PERSONAL_CONDITIONS
                         + PERSONAL_SIGNATURES)
def test_a_personal_value_is_refused(value: str) -> None:
    assert detector.reason(value) != ""


ORDINARY_FLAG_AND_HINT_KEYS = [
    'notfallkontakt_pflicht', 'notfallkontakt_pflichtfeld', 'telefon_erforderlich', 'nome_atleta_obbligatorio',
    'nom_athlete_requis', 'nombre_atleta_opcional', 'noodcontact_verplicht',
]
PERSONAL_KEYS = [
    'notfallkontakt', 'notfallkontakt_name', 'notfallkontakt_telefon', 'nome_atleta', 'first_name_label',
    'notfallkontakt_label', 'vrm_lookup', 'athlete_name', 'password_hint',
]


ORDINARY_PARTY_KEYS = [
    'winner_count', 'winner_prize', 'gewinner_anzahl', 'reader_count', 'reader_type', 'permit_type',
    'permit_holder_required', 'badge_holder', 'council_tax_band', 'tax_reference', 'kursbuchung_datum',
    'letters_count',
]
PERSONAL_PARTY_KEYS = [
    'permit_holder', 'winner_name', 'gewinner_name', 'gagnant_nom', 'vincitore_nome', 'prize_winner',
    'reader_name', 'leser_name', 'letter_author', 'kursbuchung_name',
    'council_tax_reference', 'council_tax_ref', 'winner_first_name',
]


@pytest.mark.parametrize("key", ORDINARY_PARTY_KEYS)
def test_a_partys_count_or_kind_goes_out(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("key", PERSONAL_PARTY_KEYS)
def test_a_partys_key_is_refused(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", ORDINARY_FLAG_AND_HINT_KEYS)
def test_a_flags_or_a_hints_key_goes_out(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_personal_key_is_refused(key: str) -> None:
    assert detector.key_reason(key) != ""


ORDINARY_ENTRANT_ROUTES = [
    'https://shop.example.com/readers/offers/garden-tools', 'https://shop.example.com/leser/2026/',
    'https://shop.example.com/pcn/how-to-pay', 'https://shop.example.com/pcn/appeal/guide',
    'https://shop.example.com/runner/road-running/results', 'https://shop.example.com/runner/track-spikes/results',
    'https://shop.example.com/athlete/cycling-gear/activities', 'https://shop.example.com/laeufer/laufschuhe-damen/ergebnisse',
    'https://shop.example.com/athlete/race-nutrition/results',
]
PERSONAL_ENTRANT_ROUTES = [
    'https://shop.example.com/readers/614829/account', 'https://shop.example.com/lecteurs/77120943/compte',
    'https://shop.example.com/lettori/4481920/abbonamento', 'https://shop.example.com/pcn/AB12345678/LK19ABC/pay',
    'https://shop.example.com/pcns/4471902/YR21KXF', 'https://shop.example.com/valuation/YR21KXF/result',
    'https://shop.example.com/runner/jonas-brekkelund/results',
    'https://shop.example.com/athlete/marta-vellingroe/activities',
    'https://shop.example.com/runner/ingrid-solvang/results',
]


@pytest.mark.parametrize("url", ORDINARY_ENTRANT_ROUTES)
def test_a_shops_section_after_an_entrants_word_goes_out(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("url", PERSONAL_ENTRANT_ROUTES)
def test_a_runners_slug_loses_its_path(url: str) -> None:
    assert privacy.clean_url(url) != url
