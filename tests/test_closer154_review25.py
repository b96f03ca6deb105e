"""Closer 154: review 25's findings on session 39's rules, fixed by rule, by meaning and by language.

- e_signatures.DOCUMENT_WORDS: a document's words (besides e_signatures.CONTRACT_WORDS, German and Dutch compounds of a
  contract) after a pending signature's label (e_signatures._PENDING_LABEL) end the name's candidacy: `Awaiting
  signature: Employment Contract`, `Firma pendiente: Orden de Compra` go out; a signer's full name stays refused.
- role_labels.SPEAKER_PRODUCT_WORDS, role_labels._SPEAKER_LABELS: a smart speaker's maker or line and a loudspeaker's
  own word by language (`Echo`, `Nest`, `Altavoz`, `Lautsprecher`, `Enceinte`, `Cassa`) after a talk's speaker's label
  by language (`Speaker`, `Orador`, `Orateur`, `Relatore`) name a product; a speaker's full name stays refused.
- named_diets.MEASURE_PRODUCT_WORDS: a chart's, a range's, a scale's, an accuracy's, a wearable's words and the makers
  of scales and wearables, by language, beside a body's measure (named_diets.BODY_MEASURES, named_diets._MEASURED) make
  it a product's page (`BMI 25 – Healthy Range Chart`, `Resting HR 60 bpm – Garmin Forerunner`); a member's full name
  beside a measure stays refused.
- named_in_text._MADAM_BEFORE_NUMBERED_ASIDE: a year (1500 to 2099 alone) is no order's number in the aside after a
  madam's family name (`Märchen – Frau Holle (Ausgabe 1812)` goes out; `… – Frau … (Bestellung 5512)` is refused).
- personal_keys.PERSON_QUALIFIERS joins role_labels.WORK_ROLES' and role_labels.GUEST_WORDS' (moved from
  meeting_guests, one vocabulary) one-word roles, as key_lexicon.PEOPLE_BY_ROLE's: before a name word a key holds the
  person's name (`speaker_name`, `presenter_name`, `organizer_name`, `registrant_name`, `referent_name`); alone or
  before another word it does not (`speaker_model`, `organizer_id`), and a host's is a server's (`host_name`).
- person_routes.SCHEDULING_ROUTE_WORDS, person_routes.MEETING_TYPE_WORDS: a booking's or a scheduling page's word by
  language (`book`, `schedule`, `termin`, `rdv`, `reservar`, `prenota` ...) before a host's slug and a meeting's type
  (a duration or a meeting's word) is a booking page's host (person_routes.BOOKING_ROUTE_WORDS' rule, its team words
  exempt: `/book/sales-team/30min`); a shop's book or a hotel's booking goes out (`/book/harry-potter/paperback`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

ORIGIN = "https://shop.example.com"

PENDING_DOCUMENTS = [
    "Awaiting signature: Employment Contract", "Pending signature – Rental Contract",
    "Pending signature – Lease Agreement", "Firma pendiente: Orden de Compra",
    "Signature en attente : Contrat de Travail", "Unterschrift ausstehend: Arbeitsvertrag",
    "Awaiting signature: Consent Form", "Firma in attesa: Contratto di Lavoro",
    "Handtekening openstaand: Huurovereenkomst", "Assinatura pendente: Pedido de Compra",
]
PENDING_SIGNERS = [
    "Awaiting signature: Ingrid Solvang", "Firma pendiente: Ximena Torquado", "Pending signature: Marta Vellingroe",
    "Unterschrift ausstehend: Jonas Brekkelund", "Signature en attente : Maëlle Quervan",
]


@pytest.mark.parametrize("text", PENDING_DOCUMENTS)
def test_a_pending_documents_name_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PENDING_SIGNERS)
def test_a_pending_signer_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


SPEAKER_PRODUCTS = [
    "Speaker: Amazon Echo Dot", "Speaker: Google Nest Audio", "Orador: Altavoz Bluetooth",
    "Sprecher: Lautsprecher Teufel", "Orateur : Enceinte Bluetooth", "Relatore: Cassa JBL", "Speaker: Apple HomePod",
]
SPEAKERS = [
    "Speaker: Marta Vellingroe", "Sprecher: Jonas Brekkelund", "Orador: Ximena Torquado", "Orateur : Maëlle Quervan",
    "Relatore: Giulia Ferranti",
]


@pytest.mark.parametrize("text", SPEAKER_PRODUCTS)
def test_a_speaker_product_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", SPEAKERS)
def test_a_talks_speaker_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


MEASURE_PRODUCTS = [
    "Body Fat 24.6% – Scale Accuracy", "BMI 25 – Healthy Range Chart", "Resting HR 60 bpm – Garmin Forerunner",
    "Smart Scale – Body Fat 0.1%", "Körperfett 22 % – Waage Genauigkeit", "Resting HR 60 bpm – Polar Vantage",
]
MEASURED_MEMBERS = [
    "Marta Vellingroe – body fat 24.6%", "Ruhepuls 52 – Jonas Brekkelund", "BMI 27.1 — Brellquorvin, Tharvessa",
    "Resting HR 52 bpm, HRV 61 ms – Tharvessa Brellquorvin, week 12", "Jonas Brekkelund – weight 81.5 kg",
]


@pytest.mark.parametrize("text", MEASURE_PRODUCTS)
def test_a_measures_product_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", MEASURED_MEMBERS)
def test_a_measured_member_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


EDITIONS = ["Märchen – Frau Holle (Ausgabe 1812)", "Kinderbuch – Frau Holle (Ausgabe 2019)"]
ORDERS = ["Reklamation – Frau Vellingroe (Bestellung 5512)", "Reklamation – Frau Vellingroe (Bestellung 48213)",
          "Reklamation – Herr Brekkelund (Auftrag 2019-4471)"]


@pytest.mark.parametrize("text", EDITIONS)
def test_a_madams_edition_year_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ORDERS)
def test_a_madams_order_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


ROLE_NAME_KEYS = [
    "speaker_name", "presenter_name", "organizer_name", "registrant_name", "speakerName", "organizer_first_name",
    "referent_name", "teilnehmer_name", "prospect_name", "nome_relatore",
]
ROLE_OTHER_KEYS = ["host_name", "hostName", "speaker_model", "speaker_type", "organizer_id", "lead_time",
                   "participant_count", "lead_source"]


@pytest.mark.parametrize("key", ROLE_NAME_KEYS)
def test_a_roles_name_key_is_refused(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", ROLE_OTHER_KEYS)
def test_a_roles_other_key_goes_out(key: str) -> None:
    assert detector.key_reason(key) == ""


HOST_PAGES = [
    "/book/jonas-brekkelund/intro-call", "/schedule/ingrid-solvang/30min", "/termin/marta-vellingroe/30min",
    "/reservar/ximena-torquado/cita", "/rdv/maelle-quervan/30-min", "/prenota/giulia-ferri/consulenza",
    "/booking/sem-vrankelstee/discovery-call",
]
NO_HOST_PAGES = [
    "/book/sales-team/30min", "/book/demo-call/30min", "/schedule/onboarding/45min", "/book/harry-potter/paperback",
    "/book/the-hobbit/reviews", "/booking/hotel-sacher/rooms", "/termin/support/15min", "/reservar/mesa-terraza/cena",
]


@pytest.mark.parametrize("path", HOST_PAGES)
def test_a_booking_pages_host_loses_its_path(path: str) -> None:
    assert privacy.clean_url(ORIGIN + path) == ORIGIN + "/"


@pytest.mark.parametrize("path", NO_HOST_PAGES)
def test_a_teams_page_a_book_or_a_room_goes_out(path: str) -> None:
    assert privacy.clean_url(ORIGIN + path) == ORIGIN + path
