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
    # a cover letter's, a reference's or an offer's file with the family name alone beside the document's word
    # (`Anschreiben_…_Projektmanagerin.pdf`, `Lettre_de_motivation_….docx`, `Arbeitszeugnis_…_2025.pdf`): an employer's
    # one-word name stands there as often, in capitals too (`Anschreiben_Siemens_…`, `Lettre_de_motivation_DECATHLON`;
    # closer 183)
    "a document's file named by the family name alone": [
        "file Anschreiben with the job @", "file lettre de motivation capitals @", "file Arbeitszeugnis and a year @"],
    # a CV's file name as a lower-case slug with the job and the town (`cv-<given>-<family>-data-analyst-berlin.pdf`):
    # no case tells a name from a job title's first words there (`cv-customer-service-assistant.pdf`; closer 183)
    "a CV's file name in a lower-case slug": ["file slug with the job and town @"],
    # a talent's label before a name (`Talent: … – sourced via LinkedIn Recruiter`): a skill's or a talent community's
    # label as often (`Talent: Data Science`; closer 183)
    "a talent's label before a name": ["role Talent: sourced via @"],
    # a phone screen's title naming the candidate (`Phone screen: … / Backend`): a phone's screen's title as often
    # (`Phone screen repair: Samsung Galaxy S23`; closer 183)
    "a phone screen naming the candidate": ["interview phone screen: name / team @"],
    # a referral link's handle (`?ref=<given>.<family>`): a bare `ref` holds a tracking placement's dotted slug as often
    # (`?ref=nav.menu`, `?ref=black.friday`; closer 183)
    "a referral link's handle": ["prefilled referral link's ref @"],
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
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "eighty-sixth", cases=(150, 165), family_count=(16, 16),
                              ordinary=(320, 335)))
