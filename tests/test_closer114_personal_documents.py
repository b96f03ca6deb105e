"""Closer 114 (the fifty-eighth attack: work): a person's name on a document made out to one person
(personal_documents.py): a CV's, a payslip's, a timesheet's, an expense report's, a certificate's or a badge's file
name, a title after the document's reference or period, after a phrase making the document out to someone (`issued
to`, `rilasciato a`, `für`, `de`), a job interview's `with`; and a candidate's slug in an applicant tracking system's
route (person_routes.py). Ordinary neighbours go out: templates, styles, courses, a certificate of what a product is,
a year's edition, a badge's asset, a press interview."""

from __future__ import annotations

import re

import pytest

from meta_capi import detector, personal_documents, privacy
from meta_capi.canonical import canonical

NAME = "holds a person's name"

# --- a file's name ----------------------------------------------------------------------------------------------------
FILES = [
    "CV_Orla_Quenby_2031.pdf", "Lebenslauf_Quenby_Orla.docx", "Resume-Orla-Quenby.pdf", "Orla_Quenby_CV.pdf",
    "Quenby_Orla_Lebenslauf_2031.pdf", "Curriculum_Vitae_Orla_Quenby.odt", "CV Orla Quenby 2031.pdf",
    "Życiorys_Orla_Quenby.pdf", "Candidatura_Orla_Quenby.pdf", "Bewerbung_Orla_Quenby_Marketing.pdf",
    "Lohnabrechnung_03-2031_Quenby.pdf", "Payslip_2031-07_Orla_Quenby.pdf", "Loonstrook_2031-04_De_Vries.pdf",
    "Fiche_de_paie_mars_2031_QUENBY_Orla.pdf", "Timesheet_KW12_Orla_Quenby.xlsx", "Spesenabrechnung_Orla_Quenby.xlsx",
    "Badge_Quenby_Orla_CISSP.png", "Certificate_Orla_Quenby_AZ-104.pdf", "Zertifikat_Quenby_Orla_2031-03.pdf",
    "https://careers.example.de/uploads/Lebenslauf_Orla_Quenby.pdf",
]
ORDINARY_FILES = [
    "certificate-of-analysis_batch-2031.pdf", "Certificate_of_Analysis_Batch_2031.pdf", "cv-template-modern.docx",
    "CV_Template_Modern.docx", "CV_Template_Modern_Blue.docx", "payslip-template.xlsx", "Payslip_Template_2031.xlsx",
    "Modern_Blue_CV_Template.docx", "Data_Analyst_CV.pdf", "Gehaltsabrechnung_11-2031_Muster.pdf",
    "Gehaltsabrechnung_November_2031.pdf", "Payslip_March_2031.pdf", "Timesheet_KW48_Berlin_Office.xlsx",
    "badge-gold.png", "Badge_Gold_Member.png", "Badge_Early_Bird.png", "Certificate_2031_Gold_Star.png",
    "Zertifikat_ISO_9001.pdf", "Certificate_AWS_Cloud_Practitioner.pdf", "Certificate_AWS_Solutions_Architect.pdf",
    "CV_TEMPLATE_MODERN", "cv_de_base.docx", "resume_final_v2.pdf", "Badge_Holder_Black_V2.png",
    "Payslip_2031-03_Corrected.pdf", "Lohnabrechnung_2031-03_Minijob.pdf", "Gehaltsabrechnung_2031_Erklärung.pdf",
]

# --- a document's title -----------------------------------------------------------------------------------------------
TITLES = [
    # after the document's reference or period
    "Payslip 2031-07 Orla Quenby EMP-7741", "Payslip March 2031 – Orla Quenby", "Timesheet KW12 Orla Quenby 40 h",
    "Lohnzettel 03/2031 Orla Quenby",
    # after a dash, its reference or period before it
    "Spesenabrechnung 2031-07 – Orla Quenby – Messe Köln", "Urenstaat week 12 – Orla Quenby",
    "Nota spese 07/2031 – Orla Quenby", "Bulletin de salaire mars 2031 – QUENBY Orla",
    "Attestation de stage – Orla QUENBY", "Candidature de QUENBY Orla – Poste 2031-DEV-7",
    # a phrase making the document out to someone
    "Certificate 2031-0142 awarded to Orla Quenby", "Attestation délivrée à Orla Quenby",
    "Attestato di frequenza rilasciato a Orla Quenby", "Certificado expedido a Orla Quenby",
    "Urkunde Nr. 7741 für Orla Quenby", "Certificaat 2031-12 van Orla Quenby", "Certyfikat nr 7741 dla Orla Quenby",
    "Diplôme de Orla Quenby, promotion 2031-B",
    # a job interview's `with`, and an interview's before its appointment
    "Bewerbungsgespräch mit Orla Quenby", "Entretien d'embauche avec Orla Quenby",
    "Job interview with Orla Quenby on 12/03 at 10:00", "Entrevista con Orla Quenby – 14/03 10:30",
    "Gesprek met Orla Quenby om 9:30",
]
ORDINARY_TITLES = [
    "Zertifikat ISO 9001", "Zertifikat ISO 9001:2015 – Qualitätsmanagement", "Badge Reel 3 – Cute Cat",
    "Badge Holder Black", "Certificate of Good Standing", "Certificate of Authenticity – Gold Edition",
    "Certificado de Eficiencia Energética", "Certificado de garantía 2 años", "Gift Certificate 2031 – Happy Birthday",
    "Resume Template – Modern Professional", "Resume Writing Service", "CV 2031 – Modern Design",
    "Interview with Taylor Swift", "Interview mit Olaf Scholz", "Entretien avec Emmanuel Macron",
    "Colloquio con Mario Draghi", "Timesheet template weekly (Excel)", "Timesheet Template – Weekly Planner",
    "Payslip 2031 – Annual Summary", "Lebenslauf Vorlage Word kostenlos", "Lebenslauf mit Foto Muster",
    "CV with Cover Letter Template", "Bulletin de paie – Modèle Excel", "Attestation 2031 – Sécurité Incendie",
    "Diploma Frame 11x14 – Black Wood", "Certificate Frame A4 – Gold Leaf", "Urkunde 2031 – Goldene Hochzeit",
    "Expense report template – Small Business", "Note de frais 2031 – Paris Lyon", "Nota spese 2031 – Roma Milano",
    "Zertifikat für Nachhaltige Forstwirtschaft", "Urkunde für Besondere Verdienste",
    "Certificado de Calidad Premium", "Candidature spontanée – Service Client", "Sollicitatie 2031 – Product Owner",
    "Diploma 2031 – Bachelor Science", "Certificate of Completion – Advanced Excel", "Curriculum Vitae – Europass",
    "AWS Certified Solutions Architect – Associate (SAA-C03)", "Application 2.0 (Mobile Banking)",
    "Timesheet 2031-W12 – Project Apollo", "Nota spese 03/2031 – Trasferta Milano", "Payslip March 2031 – Acme Corp",
    "Expense report 2031-03 – Client Visit", "Diploma (2031) – Bachelor Science", "Payslip 2031-11 Head Office",
]


@pytest.mark.parametrize("text", FILES + TITLES)
def test_a_name_on_a_document_made_out_to_one_person_is_refused(text: str) -> None:
    assert detector.reason(text) == NAME


@pytest.mark.parametrize("text", [*FILES[:6], "Urenstaat week 12 – Orla Quenby", "Attestato rilasciato a Orla Quenby"])
def test_the_same_name_is_refused_in_an_id(text: str) -> None:
    assert detector.reason(text, id_like=True) == NAME


@pytest.mark.parametrize("text", ORDINARY_FILES + ORDINARY_TITLES)
def test_a_template_a_style_a_product_s_certificate_or_a_press_interview_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("url", "cleaned"), [
    ("https://careers.example.de/uploads/CV_Orla_Quenby_2031.pdf", "https://careers.example.de/"),
    ("https://hr.example.com/files/Timesheet%20KW12%20Orla%20Quenby", "https://hr.example.com/"),
    ("https://jobs.example-ats.com/candidates/orla-quenby/profile", "https://jobs.example-ats.com/"),
    ("https://jobs.example-ats.com/candidate/orla-quenby", "https://jobs.example-ats.com/"),
    ("https://jobs.example.fr/candidats/orla-quenby/cv", "https://jobs.example.fr/"),
])
def test_a_document_s_file_or_a_candidate_s_slug_in_a_path_leaves_only_the_origin(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url, "page url") == cleaned


@pytest.mark.parametrize("url", [
    "https://shop.example.com/downloads/cv-template-modern.docx",
    "https://shop.example.com/files/CV_Template_Modern.docx",
    "https://jobs.example-ats.com/candidates/register", "https://jobs.example-ats.com/candidates/jobs/saved",
    "https://jobs.example-ats.com/candidates/how-it-works/", "https://jobs.example-ats.com/candidates/acme-corp",
    "https://jobs.example-ats.com/candidate/dashboard", "https://learn.example-academy.com/certificates/verify",
])
def test_a_template_s_file_or_a_candidate_area_s_page_goes_out(url: str) -> None:
    assert privacy.clean_url(url, "page url") == url


def test_the_cue_holds_every_document_word_and_is_small() -> None:
    cue = re.compile(personal_documents.CUE_SOURCE)
    assert all(cue.search(canonical(text)[0]) is not None for text in FILES + TITLES)  # (the form the detector reads)
    assert len(personal_documents.CUE_SOURCE) < 3200  # (closers 130, 142, 180, 182–184, 189, 194: receipts … proofs)
