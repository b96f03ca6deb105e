"""An eighty-sixth outside attack (tests/privacy_attack_cases_86.py, written blind from the README's promises,
without reading the gate's code, its reference nor the earlier attacks' cases): recruiting, job boards and HR software
(LinkedIn, Indeed, StepStone, XING, Workday, Personio, Greenhouse, Welcome to the Jungle, InfoJobs; issue 16). About
330 ordinary values (job titles with their gender marks, employers, job boards' products and plans, salaries, contract
types, places, dates, application statuses, requisition codes, guidance pages, people of the trade in the news, in
several languages), which must go out whole; and about 160 personal cases putting a candidate's or an employee's own
data in the same leaves (a CV's or a payslip's file name, an application's or an interview's title, a role's label
before a name, a referral, a reference check, an offer, payroll's ids with their check digits, an onboarding form, a
directory's entry, a profile's link, a prefilled application, a parsed CV, a cover letter, a recruiter's search, a
key naming the person, the visitor's own identifiers), each with a made-up marker (`Quillenbarth`, `861437`); run
natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_86 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a cover letter's, a reference's, an offer's or a CV's file with the family name alone beside the document's
    # word (`Anschreiben_…_Projektmanagerin.pdf`, `Lettre_de_motivation_….docx`, `Arbeitszeugnis_…_2025.pdf`,
    # `Offer_Letter_S…_signed.pdf`)
    "a document's file named by the family name alone": [
        "file Anschreiben with the job @", "file lettre de motivation capitals @", "file Arbeitszeugnis and a year @",
        "file offer letter signed, initial @"],
    # a CV's file name with the full name glued in camelCase or in a slug with the job and the town
    # (`<Given><Family>CV.pdf`, `cv-<given>-<family>-data-analyst-berlin.pdf`)
    "a CV's file name glued or in a slug": ["file camelCase CV @", "file slug with the job and town @"],
    # a document's file name with the full name between blanks, percent-encoded (`Zeugnisse%20<Given>%20<Family>.zip`)
    "certificates' file named with blanks, percent-encoded": ["file percent-encoded certificates @"],
    # a payslip's file with an initial before the family name after its period (`Loonstrook_maart_2026_S_….pdf`)
    "a payslip's file with an initial": ["file loonstrook with an initial @"],
    # a CV's file name in Cyrillic or in katakana (`Резюме_…_Саорсе.pdf`, `履歴書_…_サーシャ.pdf`)
    "a CV's file name in another script": ["file Russian CV in Cyrillic @", "file Japanese rirekisho in katakana @"],
    # a CV's file name in base64 as a product's id (`Q1ZfU2FvaXJzZV9…`)
    "a CV's file name in base64": ["file base64 of a CV's name @"],
    # an application's title naming the applicant after the job or a phrase making it theirs (`Bewerbung als
    # Projektmanagerin (m/w/d) – …`, `Application: Senior Data Analyst – …`, `Candidature spontanée de …`,
    # `Sollicitatie van … voor Marketing Manager`)
    "an application's title naming the applicant": [
        "application Bewerbung als ... – name @", "application Application: role – name @",
        "application candidature spontanée de @", "application sollicitatie van ... voor @"],
    # an application's number after its label or its word (`Application ID APP-… – status: in review`,
    # `application … status` typed into a search)
    "an application's number": ["application Application ID with a status @", "search an application's number @"],
    # a recruiting role's label before a full name (`Recruiter: …`, `Talent: … – sourced via LinkedIn Recruiter`,
    # `Onboarding buddy: …`, `Reports to: …, Head of Finance`, `Sökande: …`, `지원자: …`)
    "a recruiting role's label before a name": [
        "role Sökande: @", "role Talent: sourced via @", "role Recruiter: @", "role Onboarding buddy: @",
        "role Reports to: name, title @", "role 지원자: @"],
    # an interview's invitation, screen or kit naming the candidate (`Invitation: Onsite interview (…) @ Wed Mar 18,
    # 2026 …`, `Phone screen: … / Backend`, `Interview Kit – … – Backend Engineer`)
    "an interview's invitation or kit naming the candidate": [
        "interview Google Calendar invitation @", "interview phone screen: name / team @",
        "interview Greenhouse interview kit @"],
    # a referral's name after its word (`Referral: … for Product Designer`, `Empfehlung: … (Mitarbeiter werben
    # Mitarbeiter)`, `Referred by …`, `Referral bonus paid – … – €2,000`, `i was referred by …` in lower case)
    "a referral's name": [
        "referral Referral: name for role @", "referral Empfehlung: name (programme) @", "referral referred by @",
        "referral referral bonus paid @", "referral referred by, lower case @"],
    # a reference check's subject or a referee (`Reference check for …`, `Referee: …, former line manager`)
    "a reference check's subject or referee": ["referral reference check for @",
                                               "referral Referee: name, former manager @"],
    # an honorific and a family name in a sentence (`Referenzauskunft über Frau …`, a reference letter's `Frau …
    # erledigte die ihr übertragenen Aufgaben …`)
    "an honorific and a family name in running text": ["referral Referenzauskunft über Frau @",
                                                       "referral Arbeitszeugnis's Frau @"],
    # an offer, a contract, a payslip or a salary expectation naming the employee (`Offer accepted by …`,
    # `Arbeitsvertrag … – unterschrieben`, `DocuSign: Please sign your offer, …`, `Gehaltsvorstellung 58.000 € brutto
    # – …`, `Entgeltabrechnung 03/2026 <Family>, <Given>`)
    "an offer, a contract or a payslip naming the employee": [
        "offer offer accepted by @", "offer Arbeitsvertrag name – signed @", "offer DocuSign please sign, called @",
        "offer Gehaltsvorstellung – name @", "offer Entgeltabrechnung family, given @"],
    # a right to work's share code and a USCIS A-Number after their labels (`Right to work share code: K86 …`,
    # `Form I-9 – USCIS A-Number A-086-…`)
    "an immigration number after its label": ["payroll right to work share code @", "payroll A-Number on an I-9 @"],
    # an onboarding's record, task or welcome naming the new hire (`Personalfragebogen – … – Eintritt 01.04.2026`,
    # `Day 1 checklist for …`, `Welcome aboard, …!`)
    "an onboarding's record or welcome naming the new hire": [
        "onboarding Personalfragebogen – name – Eintritt @", "onboarding day 1 checklist for @",
        "onboarding welcome aboard, full name @"],
    # a disability's grade beside a full name (`Schwerbehinderung GdB 50 – …`)
    "a disability's grade beside a name": ["onboarding disability grade beside a name @"],
    # a job board's profile route holding a handle or a name's slug (`linkedin.com/in/s…/details/experience/`,
    # `indeed.com/r/<Given>-<Family>/…ab`) and a referral link's handle (`?ref=<given>.<family>`)
    "a job board's handle or resume route": ["profile LinkedIn in, handle @", "profile Indeed resume @",
                                            "prefilled referral link's ref @"],
    # a referral's key holding a full name inside a JSON text (`{"referred_by": "…", "step": 2}`)
    "a referral's key inside JSON text": ["keyed referred_by @ json text"],
    # a Japanese applicant's name key (`応募者名`) holding a full name
    "a Japanese applicant's key": ["keyed 応募者名 @"],
    # a declaration's `ich, <full name>,` inside a sentence (`Hiermit bewerbe ich, …, mich um die Stelle`)
    "a cover letter's declaration": ["letter Hiermit bewerbe ich, name, @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a full name opening a notice or a title, between a scheduler's `between … and`, after a label naming no
    # person, a directory's line or a job board's page title (`… applied to Backend Engineer at Acme`, `Out of
    # office: … until 20 April`, `… · Talent Acquisition Lead · Acme GmbH`, `… - Data Analyst - Acme GmbH | XING`,
    # `… (861437) - Workday`), a family name alone after a meeting's word (`Zweitgespräch …`), a CV's header
    # (`… | Data Analyst | Berlin`), a recruiter's search in lower case (`… linkedin`, `lebenslauf … pdf`)
    "names with no label or salutation": [
        "application name applied to a job @", "interview Calendly between two people @",
        "interview Teams meeting, family alone @", "directory name · role · employer @",
        "directory family, given (dept) – extension @", "directory out of office until @",
        "directory viewed your profile @", "directory XING's page title @",
        "directory Indeed resume title @", "directory Workday worker with id @", "parsed a CV's header with pipes @",
        "parsed a CV's header lines @ url raw path", "search a full name alone @", "search family, role and town @",
        "search a name and a network @", "search a CV's name @"],
    # `Ms …` as the whole value
    "an honorific and a name as the whole text": ["letter Ms and family alone @"],
    # a Slack handle with no label (`@<given>.<family>`)
    "a messenger's id with no label": ["directory Slack handle @"],
    # an ATS's person record by its number alone (`app.greenhouse.io/people/…?application_id=90…`)
    "a number alone": ["profile Greenhouse person @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a yearly salary's range in thousands with a dash (`55.000 – 65.000 € brutto/Jahr`)
    "a salary range in thousands": ["pay: 55.000 – 65.000 € brutto/Jahr @ page title",
                                    "pay: 55.000 – 65.000 € brutto/Jahr @ custom property",
                                    "pay: 55.000 – 65.000 € brutto/Jahr @ product name"],
}


globals().update(attack_tests(globals(), "eighty-sixth", cases=(150, 165), family_count=(16, 16),
                              ordinary=(320, 335)))
