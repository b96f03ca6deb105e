"""Closer 158 (attack 73: insurance quotes, policies, claims): a policy's, a claim's and a police report's people and
numbers, by rule; and the public lines and companies that name no one.

- A plate after a vehicle's registration in lower case and a blank (national_ids._BLANK_PLATE_LABEL: `Your vehicle –
  registration KQ19 ZVX – …`, `vehicle reg. LM68 QZT`); a year or a word after it is none.
- A policy's number after German's glued policy word (key_lexicon.POLICIES: `Versicherungsscheinnummer:`) and after
  French's number word and `de police` (labelled_values._POLICIES_AFTER_NUMBER: `numéro de police :`).
- A police report's or a criminal complaint's reference after its label by language (key_lexicon.CRIME_REPORTS, read
  as a person's document in labelled_values._DOCUMENTS: `Crime reference number:`, `récépissé de plainte :`, `Número
  de denuncia:`, `Police report no.`, `Numero di denuncia:`); a label with no number goes out.
- An honorific and a full name after a title's dash, then a comma and a question (postal._TITLED_NAME_ASKED: `Your
  details – Mr … …, is this right?`).
- A policy's other drivers and a claim's third party as a person's labels by language (key_lexicon.SHOP_ROLES_IN_TEXT
  read by postal._SHOP_ROLE_LABELS, a role of two words with a blank: `Zusatzfahrer:`, `Named driver:`, `Conducteur
  secondaire :`, `Conductor adicional:`, `Third party:`, `Unfallgegner:`).
- An adjuster's visit and a policy's cancellation made out to a full name after a booking's or a confirmation's words
  (key_lexicon.SWITCHES_AND_COLLECTIONS "visits" and "cancellations", record_names._made_out: `Loss adjuster visit
  booked for …`, `Cancellation confirmed for …`, `Kündigung bestätigt für …`).
- A treatment's word, `for` and a full name before a bracket (named_diets._NEIGHBOURS: `physiotherapy for … … (knee)`).
- A claimant's, an insured's, a witness's slug in a route (person_routes._CLAIM_PARTY_WORDS: `/claimant/<slug>`), a
  claim's own pages there none (person_routes.CUSTOMER_SECTION_WORDS: `/claimant/how-to-claim`).
- A certificate's file named after its holder and the policy's year under an insurance's path segment
  (personal_documents._INSURANCE_SEGMENTS: `/policy/documents/Certificate_<Given>_<Family>_2026.pdf`).
- A number in a national plan's freephone or shared-cost range is a business's line (phone_plans.freephone, read by
  detector._toll_free and detector._reversed_reason) that no plan's geographic or mobile numbers share: 0800 (the
  UK's, Germany's, the Netherlands', France's), Spain's 900 and 800, Italy's 800; after a personal label it stays the
  visitor's. Not the UK's 03 (Pakistan's mobiles, Berlin's and Halle's lines) nor 0808 (Bavaria's 0808x).
- A European company's legal form in capitals after a person's label (postal._CAPITAL_LEGAL_FORMS: `Owner: Allianz
  SE`; `Se` capitalized is a given name's word), and Spain's and Belgium's (postal._BUSINESS_SIGNERS).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, phone_plans

PLATE = "holds a vehicle's licence plate"
PERSON = "holds a person's name"
ROUTE = "holds a person's slug in a site's route"


@pytest.mark.parametrize("text", [
    "Your vehicle – registration KQ19 ZVX – Ford Focus", "Quote for registration LM68 QZT", "vehicle reg. AB12 CDE",
    "car reg. YR21 KXF, 48,000 miles",
])
def test_a_plate_after_a_registrations_word_is_refused(text):
    assert detector.reason(text) == PLATE


@pytest.mark.parametrize("text", [
    "registration 2026 open", "Event registration – Early Bird", "Registration opens 14 May", "registration AB 12",
])
def test_a_registrations_word_with_no_plate_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Versicherungsscheinnummer: 58.307.104-K", "Versicherungsschein-Nr.: 58307104",
    "Versicherungsschein-Nummer: 58307104",
    "numéro de police : 58.307.104-K", "N° de police : 58307104",
    "Crime reference number: 46/826304/26", "Numéro de récépissé de plainte : PV 826304",
    "Número de denuncia: 826304/26 – robo en vivienda", "Police report no. 2026-826304 – theft of phone",
    "Numero di denuncia: 826304", "Strafanzeige Nr. 826304/26", "Aangifte: 2026-826304",
])
def test_a_policys_or_a_police_reports_number_after_its_label_is_refused(text):
    assert detector.reason(text) != ""
    assert detector.reason(text, id_like=True) != ""


@pytest.mark.parametrize("text", [
    "Police: Arial", "taille de police : 12", "Plainte : en ligne", "Denuncia: 2 pasos",
    "Crime reference number: required", "Versicherungsschein: digital",
])
def test_a_policys_or_a_reports_label_with_no_number_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Your details – Mr Corvell Brelliskow, is this right?", "Ihre Angaben – Herr Corvell Brelliskow, stimmt das?",
    "Vos informations – M. Corvell Brelliskow, est-ce correct ?",
])
def test_an_honorific_and_a_full_name_asked_after_a_titles_dash_are_refused(text):
    assert detector.reason(text) == PERSON


@pytest.mark.parametrize("text", [
    "Your details – Mr Customer Name, is this right?", "Your details – is this right?", "Mr Men – Little Miss Sunshine",
])
def test_a_question_with_no_titled_full_name_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Zusatzfahrer: Jorvik Kwendrasil, Führerschein seit 2009", "Named driver: Jorvik Kwendrasil",
    "Conducteur secondaire : Jorvik Kwendrasil", "Conductor adicional: Jorvik Kwendrasil",
    "Guidatore aggiuntivo: Jorvik Kwendrasil", "Third party: Ysmay Oskimbrey, insurer Aviva",
    "Unfallgegner: Ysmay Oskimbrey", "Tiers : Ysmay Oskimbrey",
])
def test_a_policys_other_driver_or_a_claims_third_party_is_a_persons_label(text):
    assert detector.reason(text) == PERSON


@pytest.mark.parametrize("text", [
    "Zusatzfahrer: nicht erforderlich", "Named driver: Any driver", "Conductor adicional: 5 €/día",
    "Third party: Fire and Theft", "Third party: Only",
])
def test_a_drivers_or_a_third_partys_label_with_no_name_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Loss adjuster visit booked for Idrana Quorvandel – 14 May, 10:00",
    "Cancellation confirmed for Fennick Tamsquith – policy HX/715293", "Kündigung bestätigt für Fennick Tamsquith",
    "Résiliation confirmée pour Fennick Tamsquith",
    "Health claim 694182 – physiotherapy for Maelith Zintharow (knee)", "Kinésithérapie pour Maelith Zintharow (genou)",
])
def test_a_visit_a_cancellation_or_a_treatment_for_a_full_name_is_refused(text):
    assert detector.reason(text) == PERSON


@pytest.mark.parametrize("text", [
    "Cancellation confirmed for Premium Plan", "Cancellation for Fennick Tamsquith", "Inspection booked for Ford Focus",
    "Physiotherapy for Sports Injuries (2nd edition)", "Physiotherapy for Back Pain (book)",
])
def test_a_visit_a_cancellation_or_a_treatment_for_no_person_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "https://claims.example-insurer.com/claims/694182/claimant/idrana-quorvandel",
    "https://x.example/versicherte/anna-quendrix/dokumente", "https://x.example/witness/anna-quendrix",
])
def test_a_claim_partys_slug_in_a_route_is_refused(text):
    assert detector.reason(text) == ROUTE


@pytest.mark.parametrize("text", [
    "https://x.example/claimant/how-to-claim", "https://x.example/claimant/login",
    "https://x.example/insured/home-contents", "https://x.example/witness/statement-form",
])
def test_a_claim_partys_own_pages_go_out(text):
    assert detector.reason(text) == ""


def test_a_certificates_file_under_a_policys_path_names_its_holder():
    text = "https://www.example.com/policy/documents/Certificate_Idrana_Quorvandel_2026.pdf"
    assert detector.reason(text) == PERSON


@pytest.mark.parametrize("text", [
    "https://www.example.com/shop/Certificate_Idrana_Quorvandel_2026.pdf",
    "https://www.example.com/policy/Certificate_Of_Insurance_2026.pdf",
])
def test_a_certificates_file_with_its_year_elsewhere_or_naming_no_one_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("digits", [
    "08001234567", "08005101112", "08001234", "0800050505", "0800123456", "900123456", "800123456",
])
def test_a_plans_freephone_or_shared_cost_range(digits):
    assert phone_plans.freephone(digits)


@pytest.mark.parametrize("digits", [
    "07700900461", "02079460018", "0612345678", "612345678", "3123456789", "01511234567", "0806123456",
    "03012345678", "03001232040",  # (Berlin's; the UK's 0300, Pakistan's mobile `0300 1234567` too)
    "03451234567", "08081234567",  # (Halle's, Dorfen's: the UK's 0345 and 0808 are not read)
    "0801234567", "0803112345",  # (Bari's, Rosenheim's: France's 0 801 to 0 805 are not read)
])
def test_a_persons_number_is_in_no_freephone_range(digits):
    assert not phone_plans.freephone(digits)


@pytest.mark.parametrize("text", [
    "Claims line 0800 123 4567", "Pannenhilfe 0800 5 10 11 12",
    "Assistance 24h/24 : 0 800 05 05 05", "Financial Ombudsman Service 0800 023 4567", "Llámanos 900 123 456",
    "Numero verde 800 123 456",
])
def test_a_public_helplines_number_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", [
    "Call 07700 900461", "Tel 020 7946 0018", "0300 1234567", "Tel. 030 61842753", "Mobile: 0800 123 4567",
    "+44 7700 900461", "06 12 34 56 78",
])
def test_a_persons_number_or_one_after_a_personal_label_stays_refused(text):
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ["Owner: Allianz SE", "Owner: Mapfre S.L.", "Owner: Allianz AG", "Owner: Aviva plc"])
def test_a_company_after_an_owners_label_goes_out(text):
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["Owner: Corvell Brelliskow", "Owner: Se Ri Pak", "Owner: Corvell BRELLISKOW"])
def test_a_person_after_an_owners_label_stays_refused(text):
    assert detector.reason(text) == PERSON
