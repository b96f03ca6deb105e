"""Closer 182: attack 85 (telehealth, online pharmacies, mental-health apps), claimed by rule, by meaning and by
language.

- patient_records.RECORDS, MADE_OUT_FOR, WRITERS_OF (patient_records.MADE_OUT): a sick note's, a lab result's or an
  intake form's words, maybe a few words of its kind, a `for` or an `of` word, a dash or a colon, or the name right
  after them, and the patient (a full name, an initial and a family name, `<Family>, <Given>`, capitals); after a dash
  or a colon a full name goes on, right after the words it is an initial's or has its date. Guidance, templates, a
  benefit, an institution, a lab or a town after the words go out.
- patient_records.JOURNALS (JOURNAL_OF): a mood, symptom, pain or sleep journal's words, a writer's `of` and a full
  name; a journal for an audience (`for`) goes out.
- patient_records.CONSULTATIONS, STATES (BOOKED): a consultation's words, its state's, a dash or a colon and the
  patient going on (`…, 09:15`, `… with …`); a practitioner after `Dr` or `Docteur`, a service, a practice go out.
- patient_records.WAITING_ROOMS (JOINED_WAITING_ROOM): a full name opening a clause, a few words in lower case and a
  waiting room's words; a practitioner after `Dr` goes out.
- patient_records.VIDEO_CONSULTATIONS, ADDRESS_HONORIFICS (HONORED_IN_VIDEO): in a video consultation's text, an
  honorific inside the sentence and a family name going on; a title (`Doktor`) or an honorific opening the text goes
  out.
- patient_records.NUMBERED_RECORDS (NUMBERED): a prescription's or a treatment request's number, its state's words,
  a dash and the patient; a pharmacy's branch, a recipe (`Rezept` alone) go out.
- patient_records.SCREENINGS, SCORE_WORDS (SCORED): a screening questionnaire's score and its patient; its severity
  goes out.
- personal_documents.MEDICAL_FILES, _MEDICAL_CAPITALS (`eAU`), _FULL_DATE, _names_a_patient, _name_before_document: a
  medical document's file named after its patient (a family name in capitals or the document's full date; a DICOM
  file's image), SYMPTOMS_AND_BODY_PARTS (_photo_for_a_doctor): a photo's file opening with a name and a symptom's or
  a body part's word; guides, templates, a maker's or a recipe's file go out.
- named_in_text._OWN_RELATION_NAMED (group `aged`): a relation of the writer's, a full name and an age between
  commas, after a dedication's `for` too; a product's count goes out.
- canonical._NAMED_ENTITIES (typographic punctuation): `&ndash;`, `&mdash;`, quotes, an ellipsis and spaces read as
  the characters they name, so a name ends before `&ndash;` as before `–`.
- key_lexicon.PARTIES["patient"] (Norwegian and Danish `pasient`, Finnish `potilaan`, Hindi `rogi`, `रोगी`, `मरीज़`):
  a patient's name or number in a key and after a label; key_lexicon.IDENTITY_DOCUMENTS' health insurance card
  (Portuguese `cartao_sus`, `numero_cns`); personal_keys._KEPT_WRITINGS, _WRITERS (role_key): a journal's writer read
  with its value (`journal_author`).
- detector.ABHA_HANDLES: an ABHA address (`…@abdm`), as a UPI handle's.
- privacy._parameters_reason: a query's last value in a JSON string ends at the string's quote (`…&patient=…"}`).
- personal_keys.DRUG_CODE_WORDS (`aic`, `minsan`, `cnk`): an Italian medicine's code after its label goes out.
"""

from __future__ import annotations

import json

import pytest

from meta_capi import detector, privacy

HEALTH_RECORDS = [
    "Sick note for Jorvik Pellandre – 7 days", "Krankschreibung für Oriane Castelbrac bis 21.01.",
    "Baja médica – Castelbrac, Oriane", "Certificato di malattia per Jorvik Pellandre, 5 giorni",
    "Sjukintyg för Jorvik Pellandre – 14 dagar", "Ziekmelding J. Pellandre per 03-02-2026",
    "Ziekmelding Jorvik Pellandre per 03-02-2026", "Lab results for Oriane Castelbrac – TSH 2.1",
    "Laborbefund – Jorvik Pellandre – Ferritin 12 ng/ml", "Referto – PELLANDRE, JORVIK",
    "Prøvesvar for Jorvik Pellandre – Helsenorge", "Intake questionnaire – Oriane Castelbrac (returning client)",
    "Atestado médico – Oriane Castelbrac – afastamento 2 dias",
]
NOT_HEALTH_RECORDS = [
    "How to get a fit note", "Fit note for Employers", "Fit Note for Mental Health", "Fit note for work – NHS guidance",
    "Medical Certificate for Sick Leave – Template", "Fit note for Universal Credit – what you need",
    "Lab results – Quest Diagnostics", "Lab results – Blood Test Guide, 2026", "Laborbefund – Synlab Berlin",
    "Résultats d'analyses – Cerballiance Lyon", "Parte de baja – Seguridad Social", "Referto – Ospedale San Raffaele",
    "Esami del sangue – Synlab Italia", "Uitslag bloedonderzoek – Saltro Utrecht", "Sjukintyg för Försäkringskassan",
    "Intake Form – Free Template (PDF)", "Intake form – Massage Therapy (PDF)",
    "Krankschreibung für Selbstständige – Infos", "Arrêt de travail pour Burn-out : vos droits",
    "Doctor's note for school – template 2026",
]
JOURNALS = ["Mood diary of Oriane Castelbrac – February", "Diario dell'umore di Jorvik Pellandre – febbraio",
            "Schmerztagebuch von Oriane Castelbrac, Woche 3", "Diario emocional de Jorvik Pellandre – marzo"]
NOT_JOURNALS = ["Mood Journal for Women", "Mood Journal for Busy Moms", "Mood Diary of a Teenager",
                "Stimmungstagebuch für Kinder", "Diario de Ana Frank", "The Diary of Anne Frank",
                "Stimmungstagebuch – Vorlage PDF"]
CONSULTATIONS = ["Video consultation confirmed – Oriane Castelbrac, 03/02 09:15",
                 "Videosprechstunde bestätigt: Jorvik Pellandre, Mo 9:00",
                 "Teleconsulta confirmada – Oriane Castelbrac (primera visita)",
                 "Session booked: Jorvik Pellandre with his therapist, Tue 5pm",
                 "Oriane Castelbrac is in the waiting room", "Jorvik Pellandre ist im Wartezimmer",
                 "Oriane Castelbrac está en la sala de espera", "Videosprechstunde: Herr Pellandre ist verbunden",
                 "Videoconsult huisarts – meneer Pellandre, 3 februari 9:15"]
NOT_CONSULTATIONS = [
    "Appointment confirmed: Dr Amir Khan, 15 Jan", "Video consultation confirmed – Dr Sarah Jarvis, 09:15",
    "Téléconsultation confirmée – Docteur Martin, 9h15", "Session booked: Yoga Flow with Anna",
    "Session booked: Couples Therapy with Mark", "Consultation booked: Free Discovery Call",
    "Termin bestätigt: Hausarzt Berlin Mitte", "Afspraak bevestigd – Huisartsenpraktijk Utrecht",
    "Teleconsulta agendada – Unimed São Paulo", "Dr. Amir Khan has joined the waiting room",
    "Your clinician has joined the waiting room", "Videosprechstunde: Herr Doktor kommt gleich",
    "Telehealth tips from Mrs Hinch", "Mrs Doubtfire videoconsult parody", "Frau Holle – Märchen",
]
NUMBERED_AND_SCORED = ["Prescription #448120 ready – PELLANDRE, JORVIK",
                       "E-Rezept 448120 eingelöst – Oriane Castelbrac", "Treatment request #448120 – Jorvik Pellandre",
                       "GAD-7 score 12 – Oriane Castelbrac", "PHQ-9: 18 – Jorvik Pellandre"]
NOT_NUMBERED_OR_SCORED = [
    "Rx #12345 – Amoxicillin 500 mg", "Rx #4471 ready for pickup – Boots Piccadilly Circus, London",
    "Rx #99812 ready for pickup – CVS Pharmacy, Main St", "Rezept #4471 – Apfelstrudel Wiener Art",
    "Ricetta #1234 – Tiramisù Classico", "Behandlungsanfrage #4471 – Potenzmittel Online",
    "PHQ-9 score 14 – Moderate Depression", "GAD-7 Score 15 – Severe Anxiety", "PHQ-9 Score 5 – Mild Symptoms",
]
MEDICAL_FILES = ["Laborbefund_Pellandre_2026-02-03.pdf", "Ordonnance_CASTELBRAC_Oriane.pdf",
                 "Castelbrac_Oriane_Roentgen_Thorax_20260203.dcm", "IMG_Jorvik_Pellandre_mole_back.jpg",
                 "Arztbrief_Jorvik_Pellandre_03.02.2026.pdf", "eAU_Pellandre_Jorvik_2026-02-03.pdf",
                 "Referto_esami_sangue_CASTELBRAC_ORIANE.pdf"]
NOT_MEDICAL_FILES = [
    "Laborbefund_Vorlage.pdf", "Referto_ESAMI_SANGUE.pdf", "Ordonnance_Modele_Vierge.pdf",
    "Fit_Note_Guidance_Employers.pdf",
    "MRI_Scanner_Siemens_Magnetom.pdf", "Xray_Machine_Philips_DigitalDiagnost.jpg", "IMG_Summer_Dress_back.jpg",
    "IMG_4512.jpg", "Eau_Thermale_Avene_50ml.pdf", "AU_Dollar_Exchange_2026-01-14.pdf",
    "Rezept_Apfelstrudel_Wiener_Art.pdf", "Uitslag_Verkiezingen_2026-03-18.pdf",
    "Resultados_Eleccion_Madrid_2026-05-24.pdf", "Laudo_Tecnico_Vistoria_2026-01-14.pdf",
    "Compte_rendu_Assemblee_Generale_2026-01-14.pdf", "Exames_Laboratoriais_Tabela_2026.pdf",
]
CHILDREN = ["Symptom check for my daughter Oriane Castelbrac, 4, rash", "Symptom check for my son Jorvik Pellandre, 7"]
NOT_CHILDREN = ["Gift for my son Lego Set, 6 pieces", "Gift for my son Star Wars, 6, 7, 8",
                "Symptom check for my son, 6, fever 39.2"]
ENTITIES = ["Befund f&uuml;r Herrn Jorvik Pellandre &ndash; Videosprechstunde",
            "Résultats de Mme Oriane Castelbrac &mdash; Cerballiance"]
NOT_ENTITIES = ["Rock &amp; Roll &ndash; Greatest Hits", "Apotheke am Marienplatz &ndash; M&uuml;nchen",
                "&bdquo;Ibuprofen 400&ldquo; &ndash; 20 Tabletten"]
PATIENT_KEYS = ["rogi_ka_naam", "potilaan_nimi", "pasientnavn", "pasient_navn", "pasient_id", "mareez_naam",
                "cartao_sus", "numero_cns", "cartao_nacional_saude"]
NOT_PATIENT_KEYS = ["pasient_type", "cns", "sus", "sus_score", "cartao", "cartao_presente"]


@pytest.mark.parametrize("text", HEALTH_RECORDS)
def test_a_sick_note_a_result_or_an_intake_form_made_out_to_a_patient_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_HEALTH_RECORDS)
def test_a_health_records_guidance_template_benefit_or_institution_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", JOURNALS)
def test_a_mood_or_symptom_journal_of_its_writer_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_JOURNALS)
def test_a_journal_for_an_audience_or_a_books_title_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", CONSULTATIONS)
def test_a_consultations_patient_or_the_waiting_rooms_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_CONSULTATIONS)
def test_a_practitioner_a_service_or_a_practice_after_a_consultations_words_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", NUMBERED_AND_SCORED)
def test_a_prescriptions_number_or_a_screenings_score_and_its_patient_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_NUMBERED_OR_SCORED)
def test_a_medicine_a_pharmacy_a_recipe_or_a_severity_after_the_number_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", MEDICAL_FILES)
def test_a_medical_documents_file_named_after_its_patient_is_refused_in_text_and_ids(text: str) -> None:
    assert detector.reason(text) != "" and detector.reason(text, id_like=True) != ""


@pytest.mark.parametrize("text", NOT_MEDICAL_FILES)
def test_a_guides_a_templates_a_makers_or_a_recipes_file_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", CHILDREN)
def test_a_child_of_the_writer_with_an_age_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_CHILDREN)
def test_a_products_count_after_a_dedication_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ENTITIES)
def test_a_name_before_a_dashs_html_entity_ends_as_before_the_dash(text: str) -> None:
    assert detector.reason(text) != ""
    assert detector.reason(text) == detector.reason(text.replace("&ndash;", "–").replace("&mdash;", "—"))


@pytest.mark.parametrize("text", NOT_ENTITIES)
def test_a_title_with_typographic_entities_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", PATIENT_KEYS)
def test_a_patients_key_by_language_or_a_health_cards_is_personal(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", NOT_PATIENT_KEYS)
def test_a_patients_type_a_usability_score_or_another_card_is_no_personal_key(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("text", ["रोगी का नाम: जोर्विक पेलांद्रे", "मरीज़ का नाम: जोर्विक पेलांद्रे",
                                  "Pasient: Jorvik Pellandre"])
def test_a_patients_label_by_language_names_a_person(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize(("key", "value", "refused"), [
    ("journal_author", "Oriane Castelbrac", True), ("diary_writer", "Jorvik Pellandre", True),
    ("tagebuch_autor", "Oriane Castelbrac", True), ("journal_author", "Nature Publishing Group", False),
    ("journal_author", "Acme GmbH", False), ("journal_title", "Oriane Castelbrac", False),
])
def test_a_journals_writer_is_read_with_its_value(key: str, value: str, refused: bool) -> None:
    assert (privacy.custom_refusal(key, value) != "") is refused


@pytest.mark.parametrize(("text", "refused"), [
    ("ABHA address jorvik.pellandre@abdm", True), ("abha: oriane_c91@ndhm", True),
    ("How to create your ABHA address @abdm", False), ("ABDM Sandbox – Developer Portal", False),
])
def test_an_abha_address_is_read_as_a_handle_at_its_missions_domain(text: str, refused: bool) -> None:
    assert (detector.reason(text) != "") is refused


@pytest.mark.parametrize(("detail", "refused"), [
    ("https://pharmacy.example/status?rx=448120&patient=Jorvik+Pellandre", True),
    ("https://pharmacy.example/status?patient=Oriane+Castelbrac&lang=en", True),
    ("https://pharmacy.example/search?q=Blue+Shoes", False),
    ("https://pharmacy.example/status?rx=448120&product=Ibuprofen+400", False),
])
def test_a_query_in_a_json_string_ends_at_the_strings_quote(detail: str, refused: bool) -> None:
    text = json.dumps({"trace": "T-1", "detail": detail})
    assert (privacy.custom_refusal("debug_echo", text) != "") is refused


@pytest.mark.parametrize("text", ["AIC 012745093", "Codice AIC 034521078", "minsan 012745093", "CNK 1234567"])
def test_a_medicines_code_after_its_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["Tel. 012745093", "AIC Tel 012745093"])
def test_a_phones_label_before_the_digits_still_reads_a_phone(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ['level=info customer="Oriane Castelbrac" action=booked',
                                  '{ last_name = "Pellandre", tier = "gold" }'])
def test_a_value_opening_on_its_quote_or_a_blank_is_judged_whole(text: str) -> None:
    assert privacy.custom_refusal("debug_echo", text) != ""
