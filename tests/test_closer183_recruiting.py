"""Closer 183: attack 86 (recruiting, job boards and HR software), its documents, titles and labels, claimed by rule,
by meaning and by language.

- personal_documents.DOCUMENTS: a cover letter (`Anschreiben`, `lettre de motivation`), an employment reference
  (`Arbeitszeugnis`, `Zeugnisse`), a new hire's form (`Personalfragebogen`), an interview's record (`interview kit`,
  `onsite interview`, `screening call`), an onboarding plan (`Day 1 checklist`, `Einarbeitungsplan`), a salary
  expectation (`Gehaltsvorstellung`), a CV in Russian and Japanese (`резюме`, `履歴書`); an interview's record's or an
  onboarding plan's name set off after its word is its one person's (_SET_OFF_NAMES), an onboarding plan's English
  `for` too (_FOR_A_NEW_HIRE); a contract's name right after its word before a dash (`bare`), a payroll's family
  name, a comma and the given name (`inverted`), an English hour as an interview's appointment (_APPOINTMENT), a
  currency's sign as a filler (_FILLER).
- personal_documents._initial_and_family, _katakana_name, _HUMPS: a file's name with an initial before the family
  name (apart or glued, not an `e`/`i` prefix), two katakana words none a template's (_NOT_KATAKANA_NAMES), a name
  glued in camelCase before the document's word; _a_job_compound: German's compound job titles are no name's words.
- personal_documents._APPLIED, APPLIED_AS, APPLICANT_OF, EMPLOYER_WORDS (an_employer): an application's word, the job
  after its preposition or a colon and a dash before the applicant (after English `application` the job ends in a
  role or a gender mark), or its `of` before the applicant; an employer or a town's bid after it is none.
- personal_documents._APPLICATION_NUMBER, STATUS_WORDS: an application's number beside its status's word.
- detector._bytes_reason, personal_documents.a_files_name: base64 decoding to a file's name holding a person's.
- role_labels.RECRUITING_ROLES (with postal's labelled_person), TEAMS_AND_STATES' job titles, postal._ORGANIZATIONS'
  recruitment agencies; key_lexicon.PARTIES["applicant"] in Swedish and Korean (`Sökande:`, `지원자:`).
- e_signatures.ACCEPTED_BY, OFFER_WORDS, PLEASE_SIGN: an offer accepted by a person, a request to sign addressed to
  the signer.
- greetings._GREETINGS: a new hire's welcome (`Welcome aboard, …!`, `Willkommen an Bord, …`).
- named_diets.HEALTH_STEMS["disability"]: a disability and its grade beside a name (`GdB 50 – …`).
- self_introductions._INVERTED_PRONOUNS: a declaration's pronoun after its verb (`Hiermit bewerbe ich, …, mich`).
- cued_names._FAMILY_HONORIFICS, _HONORED_FAMILY_GOES_ON: an honorific of address before a family name as a sentence
  goes on (`Frau … erledigte die ihr übertragenen Aufgaben …`).
- referrals.REFERRED_BY, REFERRALS, HIRING_WORDS, REFERENCE_CHECKS, ABOUT, CHANNEL_WORDS: who referred or was
  referred, whose references are checked.
"""

from __future__ import annotations

import base64

import pytest

from meta_capi import detector

FILES = [
    "Резюме_Вендткамп_Ильзе.pdf", "履歴書_ウェントカンプ_イルゼ.pdf", "IlseWendtkampCV.pdf",
    "Zeugnisse Ilse Wendtkamp.zip",
    "Offer_Letter_CMaelwood_signed.pdf", "Loonstrook_april_2026_I_Wendtkamp.pdf", "Anschreiben_Ilse_Wendtkamp.docx",
    base64.b64encode(b"Lebenslauf_Ilse_Wendtkamp.pdf").decode(),
]
NOT_FILES = [
    "履歴書_テンプレート_エクセル.xlsx", "履歴書_アルバイト_パート.pdf", "ModernBlueResume.docx", "SimpleCleanCV.pdf",
    "Offer_Letter_ECommerce_Template.pdf", "MyNewCV.pdf", "Anschreiben_Siemens_Projektmanagerin.pdf",
    "Anschreiben_Vorlage_Pflege.docx", base64.b64encode(b"CV_Template_Modern.docx").decode(),
]


@pytest.mark.parametrize("text", FILES)
def test_a_cv_a_letter_or_a_payslips_file_named_after_its_person_is_refused(text: str) -> None:
    assert detector.reason(text) != ""
    assert detector.reason(text, id_like=True) != ""


@pytest.mark.parametrize("text", NOT_FILES)
def test_a_templates_or_an_employers_file_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
    assert detector.reason(text, id_like=True) == ""


TITLES = [
    "Bewerbung als Industriekauffrau (m/w/d) – Corin Maelwood",
    "Application: Junior Software Engineer – Corin Maelwood",
    "Candidature spontanée de Corin Maelwood", "Sollicitatie van Corin Maelwood voor Data Engineer",
    "Application ID APP-553817 – status: shortlisted", "application 553817 status",
    "Invitation: Technical interview (Corin Maelwood) @ Thu Apr 2, 2026 3pm - 4pm (CET)",
    "Interview Kit – Corin Maelwood – Data Engineer", "Screening call: Corin Maelwood",
    "Day 1 checklist for Corin Maelwood", "Personalfragebogen – Corin Maelwood – Eintritt 01.05.2026",
    "Arbeitsvertrag Corin Maelwood – unterzeichnet", "Lohnabrechnung 04/2026 Maelwood, Corin",
    "Gehaltsvorstellung 62.000 € brutto – Corin Maelwood",
]
NOT_TITLES = [
    "Bewerbung als Pflegefachkraft – Tipps und Muster", "Bewerbung als Verkäuferin – Lidl Deutschland",
    "Application for Software Engineer – Google Careers", "Application: Senior Data Analyst – Remote Berlin",
    "Bewerbung als Pflegefachkraft (m/w/d) – Klinikum Stuttgart", "Candidatura de Barcelona Activa",
    "Application: Google Chrome – Web Browser", "Bewerbung für Marketing Manager", "Application status",
    "Application 2026 status", "Job ID R0148392 status: open", "Technical Interview – Coding Questions",
    "Onboarding Plan – Best Practices", "Day 1 checklist for New Hires", "Onboarding checklist for Software Engineers",
    "Arbeitsvertrag Deutsche Bahn – Tarif", "Employment Contract Fixed Term – UK", "Rechnung 2026-03 Berlin, Hamburg",
    "Interview Kit – Rode Wireless", "Interview Kit – Lavalier Microphone", "Screening call – What To Expect",
    "Gehaltsvorstellung 2026 – So Antworten Sie",
]


@pytest.mark.parametrize("text", TITLES)
def test_an_application_an_interview_an_onboarding_or_a_payroll_title_naming_its_person_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_TITLES)
def test_a_guide_an_employer_or_a_products_title_after_such_words_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


LABELLED = [
    "Recruiter: Corin Maelwood", "Onboarding buddy: Corin Maelwood", "Reports to: Corin Maelwood, Head of Sales",
    "Hiring manager: Corin Maelwood", "Referee: Corin Maelwood, former team lead", "Sökande: Corin Maelwood",
    "지원자: Corin Maelwood", "Vorgesetzte: Corin Maelwood",
]
NOT_LABELLED = [
    "Reports to: Chief Financial Officer", "Interviewer: Engineering Manager", "Recruiter: Hays Recruitment",
    "Talent: Data Science", "Referrer: Organic Search", "Buddy: Golden Retriever", "Recruiter: LinkedIn Recruiter Lite",
    "Hiring manager: Engineering Team",
]


@pytest.mark.parametrize("text", LABELLED)
def test_a_hirings_role_label_before_a_full_name_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_LABELLED)
def test_a_job_title_an_agency_or_a_things_label_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


SENTENCES = [
    "Offer accepted by Corin Maelwood", "Angebot angenommen von Corin Maelwood",
    "DocuSign: Please review and sign your offer, Corin Maelwood",
    "Bitte unterschreiben Sie Ihren Arbeitsvertrag, Corin Maelwood", "Welcome aboard, Corin Maelwood!",
    "Willkommen an Bord, Corin Maelwood!", "Schwerbehinderung GdB 30 – Corin Maelwood",
    "Hiermit bewerbe ich, Corin Maelwood, mich um die ausgeschriebene Stelle.",
    "Hierbij verklaar ik, Corin Maelwood, dat alle gegevens kloppen.",
    "Herr Maelwood war stets pünktlich und zuverlässig.", "Referred by Corin Maelwood", "Geworben von Corin Maelwood",
    "i was referred by corin maelwood for the backend role", "Referral: Corin Maelwood for Data Engineer",
    "Empfehlung: Corin Maelwood (Mitarbeiter werben Mitarbeiter)", "Referral bonus paid – Corin Maelwood – €1,500",
    "Reference check for Corin Maelwood", "Referenzauskunft über Herrn Maelwood",
]
NOT_SENTENCES = [
    "Cookies accepted by Default Settings", "Special offer accepted by All Stores",
    "Please sign the guestbook, Thank You", "Please sign your contract, New Customer",
    "Disability Confident Employer – Acme GmbH", "Schwerbehindertenausweis – Antrag Online", "GdB 50 – Merkzeichen G",
    "Madame Tussauds tickets for two adults", "Frau Holle ist ein Märchen", "Pan Tadeusz czyli ostatni zajazd",
    "Mme Figaro est un magazine", "Unsere Empfehlung: Grüner Veltliner", "Empfehlung: Grüner Veltliner (Weingut)",
    "Referral Program: Invite Friends", "Referral bonus: Free Shipping", "Referral: Organic Search",
    "Referred by Google Search", "Referred by Stiftung Warentest", "Parrainé par Netflix France",
    "referred by a friend",
    "i was referred by google search for the job", "Reference checks for Remote Hires",
    "Reference check for Amazon Jobs", "Reference check for Landlords",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_an_offer_a_welcome_a_declaration_or_a_referral_naming_its_person_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", NOT_SENTENCES)
def test_a_shops_recommendation_a_channel_a_brand_or_a_service_page_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["Referred by Corin Maelwood", "Interview Kit – Corin Maelwood – Data Engineer",
                                  "Bewerbung als Industriekauffrau (m/w/d) – Corin Maelwood"])
def test_a_referral_an_interviews_record_or_an_application_is_refused_as_an_id_too(text: str) -> None:
    assert detector.reason(text, id_like=True) != ""
