"""The eighty-sixth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: recruiting, job boards and HR software (LinkedIn, Indeed, StepStone, XING,
Workday, Personio, Greenhouse, Welcome to the Jungle, InfoJobs, Calendly, DocuSign) and what their users type or their
pages carry: job applications, CV uploads and parsed CVs, cover letters, interview scheduling, candidate portals,
referrals, reference checks, offer letters and contracts, payslips and payroll, onboarding forms, employee directories.

About 160 personal cases put a candidate's or an employee's own data in the leaves the README maps, across settings
(rotated through the thirty-sixth attack's places): a CV's, a cover letter's, a payslip's or a contract's file name
(in several languages and scripts, camelCase, base64, percent-encoded), an application's or an interview's title
naming the candidate, a role's label before a name (candidate, applicant, recruiter, referee, buddy; by language), a
referral or a reference check, an offer, a payslip's title, payroll's ids with their check digits (Steuer-ID,
Sozialversicherungsnummer, NIR, NINO, SSN, DNI, BSN, codice fiscale, CPF, Aadhaar, PAN, IBANs, an A-Number), an
onboarding form's details (birth date, home address, emergency contact), a directory's entry and a job board's page
title, a profile's link or a prefilled application's query, a parsed CV's JSON, a cover letter's salutation, closing or
self-introduction, a recruiter's search, a custom property whose key names the person (by language), and the
visitor's own identifiers spelled again. Each carries the made-up candidate `Saoirse Quillenbarth` (the family name is
the marker, `Квилленбарт` and `クイレンバース` in other scripts) or the marker `861437` inside its id, so a leak is
found anywhere in the request. About 330 ordinary values (job titles with their gender marks, employers, job boards'
products and plans, salaries, contract types, places, dates, application statuses, requisition codes, guidance pages,
people of the trade in the news, in several languages) must go out whole.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import FILE_PLACES, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

GIVEN, FAMILY, MARK = "Saoirse", "Quillenbarth", "861437"
FULL = f"{GIVEN} {FAMILY}"
LOWER = FULL.lower()
SLUG = LOWER.replace(" ", "-")
EMAIL = "saoirse.quillenbarth@example.de"
ATS = "https://jobs.acme-karriere.example"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, "86")


# Ids built with their check digits (each computed by its scheme's rule), the marker inside where the layout allows.
STEUER_ID = "86143725986"  # 8 twice among the first ten, 0 missing; ISO 7064 MOD 11,10
RVNR = "12 140691 Q 504"  # Rentenversicherungsnummer: area, birth date, birth name's initial, serial, check
NIR = "2 91 06 75 861 437 31"  # key 97 - n mod 97
NINO = "JM 86 14 37 C"
SSN = "861-43-7025"
DNI = "86143725P"
BSN = "861437111"  # eleven-test
CODICE_FISCALE = "QLLSRS91H54F205L"
CPF = "861.437.250-71"
AADHAAR = "3861 4372 9158"  # Verhoeff
IBAN_DE = "DE18 1001 0010 0861 4370 52"
IBAN_NL = "NL66 INGB 0008 6143 72"
CV_B64 = "Q1ZfU2FvaXJzZV9RdWlsbGVuYmFydGgucGRm"  # base64 of CV_Saoirse_Quillenbarth.pdf
EMAIL_MD5 = "69fb5a2985694e600209fe5fd66501ab"

# A document made out to the candidate, as its upload's file name. name: (value, forms)
FILES: Dict[str, Tuple[str, Any]] = {
    "CV given family year": (f"CV_{GIVEN}_{FAMILY}_2026.pdf", [FAMILY]),
    "Lebenslauf family given": (f"Lebenslauf_{FAMILY}_{GIVEN}.pdf", [FAMILY]),
    "resume family first, dashes": (f"{FAMILY}-{GIVEN}-Resume.docx", [FAMILY]),
    "Anschreiben with the job": (f"Anschreiben_{FAMILY}_Projektmanagerin.pdf", [FAMILY]),
    "lettre de motivation capitals": (f"Lettre_de_motivation_{FAMILY.upper()}.docx", [FAMILY]),
    "Arbeitszeugnis and a year": (f"Arbeitszeugnis_{FAMILY}_2025.pdf", [FAMILY]),
    "offer letter signed, initial": (f"Offer_Letter_S{FAMILY}_signed.pdf", [FAMILY]),
    "Russian CV in Cyrillic": ("Резюме_Квилленбарт_Саорсе.pdf", ["Квилленбарт"]),
    "Japanese rirekisho in katakana": ("履歴書_クイレンバース_サーシャ.pdf", ["クイレンバース"]),
    "camelCase CV": (f"{GIVEN}{FAMILY}CV.pdf", [FAMILY]),
    "slug with the job and town": (f"cv-{SLUG}-data-analyst-berlin.pdf", [FAMILY]),
    "base64 of a CV's name": (CV_B64, [CV_B64, FAMILY]),
    "percent-encoded certificates": (quote(f"Zeugnisse {FULL}.zip"), [FAMILY]),
    "nómina with month": (f"Nomina_Marzo_2026_{FAMILY}_{GIVEN}.pdf", [FAMILY]),
    "loonstrook with an initial": (f"Loonstrook_maart_2026_S_{FAMILY}.pdf", [FAMILY]),
}

# An application's title, an ATS's notice or a portal's line naming the candidate or their application's number.
APPLICATIONS: Dict[str, Tuple[str, Any]] = {
    "Bewerbung als ... – name": (f"Bewerbung als Projektmanagerin (m/w/d) – {FULL}", [FAMILY]),
    "Application: role – name": (f"Application: Senior Data Analyst – {FULL}", [FAMILY]),
    "candidature spontanée de": (f"Candidature spontanée de {FULL}", [FAMILY]),
    "sollicitatie van ... voor": (f"Sollicitatie van {FULL} voor Marketing Manager", [FAMILY]),
    "name applied to a job": (f"{FULL} applied to Backend Engineer at Acme", [FAMILY]),
    "Application ID with a status": (f"Application ID APP-{MARK} – status: in review", [MARK]),
    "Candidate ID alone": (f"Candidate ID: {MARK}", [MARK]),
    "received, called by given and family": (f"Thanks {FULL}, your application (ref. {MARK}) was received",
                                             [FAMILY, MARK]),
}

# A role's label (candidate, applicant, recruiter, referee, buddy) before a name, by language.
ROLES: Dict[str, Tuple[str, Any]] = {
    "Candidate:": (f"Candidate: {FULL}", [FAMILY]),
    "Applicant: family, given": (f"Applicant: {FAMILY}, {GIVEN}", [FAMILY]),
    "Nom du candidat : capitals first": (f"Nom du candidat : {FAMILY.upper()} {GIVEN}", [FAMILY]),
    "Kandydatka:": (f"Kandydatka: {FULL}", [FAMILY]),
    "Sökande:": (f"Sökande: {FULL}", [FAMILY]),
    "Talent: sourced via": (f"Talent: {FULL} – sourced via LinkedIn Recruiter", [FAMILY]),
    "Recruiter:": (f"Recruiter: {FULL}", [FAMILY]),
    "Ansprechpartnerin:": (f"Ihre Ansprechpartnerin: {FULL}", [FAMILY]),
    "Onboarding buddy:": (f"Onboarding buddy: {FULL}", [FAMILY]),
    "Reports to: name, title": (f"Reports to: {FULL}, Head of Finance", [FAMILY]),
    "応募者氏名：": (f"応募者氏名：{FULL}", [FAMILY]),
    "지원자:": (f"지원자: {FULL}", [FAMILY]),
}

# An interview's scheduling: a calendar's, a scheduler's or an ATS's title naming the candidate.
INTERVIEWS: Dict[str, Tuple[str, Any]] = {
    "Interview with ... – date": (f"Interview with {FULL} – Tue 17 Mar, 14:00", [FAMILY]),
    "Google Calendar invitation": (f"Invitation: Onsite interview ({FULL}) @ Wed Mar 18, 2026 10am - 12pm (CET)",
                                   [FAMILY]),
    "Vorstellungsgespräch mit ... am": (f"Vorstellungsgespräch mit {FULL} am 12.03.2026", [FAMILY]),
    "entretien d'embauche – name – day": (f"Entretien d'embauche – {FULL} – jeudi 10h30", [FAMILY]),
    "entrevista con ...": (f"Entrevista de trabajo con {FULL}, jueves 11:00", [FAMILY]),
    "phone screen: name / team": (f"Phone screen: {FULL} / Backend", [FAMILY]),
    "Calendly between two people": (f"30 Minute Screening Call between Hanne Lindqvist and {FULL}", [FAMILY]),
    "Greenhouse interview kit": (f"Interview Kit – {FULL} – Backend Engineer", [FAMILY]),
    "Teams meeting, family alone": (f"Teams-Besprechung: Zweitgespräch {FAMILY}", [FAMILY]),
}

# Referrals and reference checks.
REFERRALS: Dict[str, Tuple[str, Any]] = {
    "Referral: name for role": (f"Referral: {FULL} for Product Designer", [FAMILY]),
    "Empfehlung: name (programme)": (f"Empfehlung: {FULL} (Mitarbeiter werben Mitarbeiter)", [FAMILY]),
    "referred by": (f"Referred by {FULL}", [FAMILY]),
    "referral bonus paid": (f"Referral bonus paid – {FULL} – €2,000", [FAMILY]),
    "referred by, lower case": (f"i was referred by {LOWER} for the data role", [FAMILY]),
    "reference check for": (f"Reference check for {FULL}", [FAMILY]),
    "Referee: name, former manager": (f"Referee: {FULL}, former line manager", [FAMILY]),
    "Referenzauskunft über Frau": (f"Referenzauskunft über Frau {FAMILY}", [FAMILY]),
    "Arbeitszeugnis's Frau": (f"Frau {FAMILY} erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten "
                              "Zufriedenheit.", [FAMILY]),
}

# Offers, contracts and payslips made out to the employee.
OFFERS: Dict[str, Tuple[str, Any]] = {
    "offer letter – name – role": (f"Offer letter – {FULL} – Senior Analyst", [FAMILY]),
    "offer accepted by": (f"Offer accepted by {FULL}", [FAMILY]),
    "Arbeitsvertrag name – signed": (f"Arbeitsvertrag {FULL} – unterschrieben", [FAMILY]),
    "promesse d'embauche – Mme": (f"Promesse d'embauche – Mme {FAMILY}", [FAMILY]),
    "DocuSign please sign, called": (f"DocuSign: Please sign your offer, {FULL}", [FAMILY]),
    "Gehaltsvorstellung – name": (f"Gehaltsvorstellung 58.000 € brutto – {FULL}", [FAMILY]),
    "payslip month – name": (f"Payslip March 2026 – {FULL}", [FAMILY]),
    "Entgeltabrechnung family, given": (f"Entgeltabrechnung 03/2026 {FAMILY}, {GIVEN}", [FAMILY]),
    "bulletin de paie – capitals": (f"Bulletin de paie mars 2026 – {FAMILY.upper()} {GIVEN}", [FAMILY]),
}

# Payroll's and onboarding's ids, with their labels or in their printed layouts.
PAYROLL: Dict[str, Tuple[str, Any]] = {
    "Personalnummer": (f"Personalnummer: {MARK}", [MARK]),
    "Employee ID with a letter": (f"Employee ID E-{MARK}", [MARK]),
    "Steuer-ID on a payslip": (f"Steuerliche Identifikationsnummer {STEUER_ID}", [STEUER_ID]),
    "Sozialversicherungsnummer": (f"SV-Nummer {RVNR}", ["12140691Q504", "140691"]),
    "NIR on a bulletin de paie": (f"N° de sécurité sociale {NIR}", [MARK, "291067586143731"]),
    "NI number and tax code": (f"NI No: {NINO.replace(' ', '')}  Tax code: 1257L", [MARK]),
    "SSN on a W-4": (f"W-4 2026 – SSN {SSN}", ["861437025", MARK]),
    "DNI on a nómina": (f"Nómina – DNI {DNI}", ["86143725P"]),
    "BSN for the loonheffing": (f"Loonheffingenverklaring BSN {BSN}", [BSN]),
    "codice fiscale on a busta paga": (f"Codice fiscale dipendente: {CODICE_FISCALE}", [CODICE_FISCALE]),
    "CPF on an admissão": (f"Admissão – CPF {CPF}", ["86143725071", MARK]),
    "Aadhaar for EPFO": (f"EPFO KYC – Aadhaar {AADHAAR}", ["386143729158"]),
    "PAN for Form 16": ("Form 16 – PAN BKQPQ8614L", ["BKQPQ8614L"]),
    "Gehaltskonto IBAN": (f"Gehaltskonto: IBAN {IBAN_DE}", [MARK]),
    "salary account NL IBAN": (f"Salarisrekening {IBAN_NL}", ["86143", "NL66INGB0008614372"]),
    "right to work share code": ("Right to work share code: K86 143 7TW", [MARK]),
    "A-Number on an I-9": ("Form I-9 – USCIS A-Number A-086-143-725", ["086143725"]),
}

# An onboarding form's details and a new hire's tasks.
ONBOARDING: Dict[str, Tuple[str, Any]] = {
    "Personalfragebogen – name – Eintritt": (f"Personalfragebogen – {FULL} – Eintritt 01.04.2026", [FAMILY]),
    "day 1 checklist for": (f"Day 1 checklist for {FULL}", [FAMILY]),
    "welcome aboard, full name": (f"Welcome aboard, {FULL}!", [FAMILY]),
    "Notfallkontakt with a mobile": (f"Notfallkontakt: Hanne {FAMILY}, 0176 86143752", [FAMILY, MARK]),
    "emergency contact, relation, UK mobile": (f"Emergency contact: Hanne {FAMILY} (mother) +44 7700 {MARK}",
                                              [FAMILY, MARK]),
    "birth date and family name": (f"Geburtsdatum: 14.06.1991 – {FAMILY}", [FAMILY, "14.06.1991"]),
    "home address with a street word": (f"Anschrift: {FAMILY}straße 8, 80331 München", [FAMILY]),
    "English home address": (f"Home address: 14 {FAMILY} Close, Leeds LS6 2QT", [FAMILY]),
    "disability grade beside a name": (f"Schwerbehinderung GdB 50 – {FULL}", [FAMILY]),
}

# An employee directory's entry, a job board's page title, a network's notice.
DIRECTORY: Dict[str, Tuple[str, Any]] = {
    "name · role · employer": (f"{FULL} · Talent Acquisition Lead · Acme GmbH", [FAMILY]),
    "family, given (dept) – extension": (f"{FAMILY}, {GIVEN} (HR) – Durchwahl 437", [FAMILY]),
    "out of office until": (f"Out of office: {FULL} until 20 April", [FAMILY]),
    "Slack handle": (f"@{GIVEN.lower()}.{FAMILY.lower()}", [FAMILY]),
    "vCard of a colleague": (f"BEGIN:VCARD\nFN:{FULL}\nTITLE:Recruiter\nEND:VCARD", [FAMILY]),
    "viewed your profile": (f"{FULL} viewed your profile", [FAMILY]),
    "LinkedIn's page title": (f"(3) {FULL} | LinkedIn", [FAMILY]),
    "XING's page title": (f"{FULL} - Data Analyst - Acme GmbH | XING", [FAMILY]),
    "Indeed resume title": (f"{FULL} - Data Analyst - Berlin | Indeed-Lebenslauf", [FAMILY]),
    "Workday worker with id": (f"{FULL} ({MARK}) - Workday", [FAMILY, MARK]),
}

# A profile's or a candidate's page on a job board or in an ATS.
PROFILES: Dict[str, Tuple[str, Any]] = {
    "LinkedIn in with a number": (f"https://www.linkedin.com/in/{SLUG}-{MARK}/", [FAMILY, MARK]),
    "LinkedIn in, handle": (f"https://www.linkedin.com/in/s{FAMILY.lower()}/details/experience/", [FAMILY]),
    "XING profile": (f"https://www.xing.com/profile/{GIVEN}_{FAMILY}/cv", [FAMILY]),
    "Indeed resume": (f"https://www.indeed.com/r/{GIVEN}-{FAMILY}/{MARK}ab", [FAMILY, MARK]),
    "Welcome to the Jungle profile": (f"https://www.welcometothejungle.com/fr/me/profile/{SLUG}", [FAMILY]),
    "Greenhouse person": (f"https://app.greenhouse.io/people/{MARK}?application_id=90{MARK}", [MARK]),
    "Workday candidate": (f"https://acme.wd3.myworkdayjobs.com/en-US/careers/candidate/{GIVEN.lower()}."
                          f"{FAMILY.lower()}", [FAMILY]),
    "StepStone profile": (f"https://www.stepstone.de/profil/{SLUG}", [FAMILY]),
    "InfoJobs candidato": (f"https://www.infojobs.net/candidato/{SLUG}/cv.xhtml", [FAMILY]),
    "candidates route": (f"{ATS}/candidates/{SLUG}/profile", [FAMILY]),
    "Calendly's personal page": (f"https://calendly.com/{SLUG}/30min", [FAMILY]),
}

# An application form's link with the candidate's answers in its query or fragment.
PREFILLED: Dict[str, Tuple[str, Any]] = {
    "firstName and lastName": (f"{ATS}/apply?firstName={GIVEN}&lastName={FAMILY}&job=4711", [FAMILY]),
    "nachname and stelle": (f"{ATS}/bewerben?nachname={FAMILY}&stelle=R-4711", [FAMILY]),
    "nom and prenom": (f"{ATS}/postuler?nom={FAMILY.upper()}&prenom={GIVEN}", [FAMILY]),
    "fragment's surname": (f"{ATS}/apply#step=2&surname={FAMILY}", [FAMILY]),
    "referral link's ref": (f"{ATS}/jobs/4711?ref={GIVEN.lower()}.{FAMILY.lower()}", [FAMILY]),
    "referrer's full name": (f"{ATS}/jobs/4711?referrer={GIVEN}+{FAMILY}", [FAMILY]),
    "cv file in the query": (f"{ATS}/apply?cv=CV_{GIVEN}_{FAMILY}.pdf", [FAMILY]),
    "invitee of an interview": (f"{ATS}/interview/confirm?slot=3&invitee={GIVEN}+{FAMILY}", [FAMILY]),
    "resume url encoded": (f"{ATS}/apply?resume_url={quote(f'https://cdn.example/cv/{FAMILY}_CV.pdf', safe='')}",
                           [FAMILY]),
    "payslip's personalnummer": (f"https://payroll.acme.example/payslip?personalnummer={MARK}&monat=03", [MARK]),
}

# A parsed CV or an ATS's record as JSON or plain text.
PARSED: Dict[str, Tuple[str, Any]] = {
    "JSON Resume basics": (f'{{"basics": {{"name": "{FULL}", "label": "Data Analyst"}}}}', [FAMILY]),
    "candidate's first and last": (f'{{"candidate": {{"firstName": "{GIVEN}", "lastName": "{FAMILY}"}}, '
                                   '"score": 87}', [FAMILY]),
    "a parser's formatted name": (f'{{"ContactInformation": {{"CandidateName": {{"FormattedName": "{FULL}"}}}}}}',
                                  [FAMILY]),
    "bewerber in JSON": (f'{{"bewerber": "{FULL}", "stelle": "R-4711"}}', [FAMILY]),
    "nombre_candidato in JSON": (f'{{"nombre_candidato": "{FULL}"}}', [FAMILY]),
    "a CV's header lines": (f"{FULL.upper()}\nSenior Data Analyst\nBerlin · linkedin.com/in/s{FAMILY.lower()}",
                            [FAMILY]),
    "a CV's header with pipes": (f"{FULL} | Data Analyst | Berlin", [FAMILY]),
    "Name and Geburtsdatum lines": (f"Name: {FULL}\nGeburtsdatum: 14.06.1991\nStaatsangehörigkeit: irisch",
                                    [FAMILY, "14.06.1991"]),
}

# A cover letter's salutation, closing and self-introduction.
LETTERS: Dict[str, Tuple[str, Any]] = {
    "Sehr geehrte Frau": (f"Sehr geehrte Frau {FAMILY}, mit großem Interesse habe ich Ihre Anzeige gelesen.",
                          [FAMILY]),
    "Dear Ms": (f"Dear Ms {FAMILY}, I am writing to apply for the Data Analyst role.", [FAMILY]),
    "Mit freundlichen Grüßen": (f"Mit freundlichen Grüßen\n{FULL}", [FAMILY]),
    "Kind regards": (f"Kind regards,\n{FULL}", [FAMILY]),
    "My name is": (f"My name is {FULL} and I am applying for the role of Data Analyst.", [FAMILY]),
    "Je m'appelle": (f"Je m'appelle {FULL}, titulaire d'un master en statistiques.", [FAMILY]),
    "Hiermit bewerbe ich, name,": (f"Hiermit bewerbe ich, {FULL}, mich um die Stelle als Analystin.", [FAMILY]),
    "Ms and family alone": (f"Ms {FAMILY}", [FAMILY]),
}

# What a recruiter or a candidate types into a search box.
SEARCHES: Dict[str, Tuple[str, Any]] = {
    "a full name alone": (LOWER, [FAMILY]),
    "family, role and town": (f"{FAMILY.lower()} data analyst berlin", [FAMILY]),
    "a name and a network": (f"{LOWER} linkedin", [FAMILY]),
    "an application's number": (f"application {MARK} status", [MARK]),
    "a CV's name": (f"lebenslauf {LOWER} pdf", [FAMILY]),
}
SEARCH_PLACES = ["search string", "standard search string", "page search field", "url query value",
                 "custom property", "referrer query"]

# A custom property whose key names the person (candidate, applicant, referee, employee...), by language: `key=value`.
KEYED: Dict[str, Tuple[str, Any]] = {
    "candidate_name": (f"candidate_name={FULL}", [FAMILY]),
    "bewerber_nachname": (f"bewerber_nachname={FAMILY}", [FAMILY]),
    "nom_candidat": (f"nom_candidat={FAMILY}", [FAMILY]),
    "apellido_candidato": (f"apellido_candidato={FAMILY}", [FAMILY]),
    "cognome_candidato": (f"cognome_candidato={FAMILY}", [FAMILY]),
    "achternaam_sollicitant": (f"achternaam_sollicitant={FAMILY}", [FAMILY]),
    "nazwisko_kandydata": (f"nazwisko_kandydata={FAMILY}", [FAMILY]),
    "hakijan_sukunimi": (f"hakijan_sukunimi={FAMILY}", [FAMILY]),
    "aday_soyadi": (f"aday_soyadi={FAMILY}", [FAMILY]),
    "referred_by": (f"referred_by={FULL}", [FAMILY]),
    "employee_number": (f"employee_number={MARK}", [MARK]),
    "応募者名": (f"応募者名={FULL}", [FAMILY]),
}
KEY_PLACES = ["track property", "page property", "user property", "json text", "pairs text", "page url query"]


def _keyed(where: str, pair: str) -> Tuple[str, Dict[str, Any]]:
    """A `key=value` pair put under its key: a track's, a page's or a user call's property, JSON or pairs in a
    custom property's text, a page URL's query."""
    key, value = pair.split("=", 1)
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "track property": ("track", {"properties": {key: value, "step": "2"}}),
        "page property": ("page", {"properties": {key: value}}),
        "user property": ("user", {"user_properties": {key: value}}),
        "json text": ("track", {"properties": {"form_dump": f'{{"{key}": "{value}", "step": 2}}'}}),
        "pairs text": ("track", {"properties": {"form_dump": f"{key}={value}&step=2"}}),
        "page url query": ("page", {"url": f"{ATS}/apply?{quote(key)}={quote(value)}&step=2"}),
    }
    return table[where]


# The visitor's own identifiers (README: "The visitor's own identifiers") spelled again in another field.
USER_ID = f"ats_{MARK}"
VISITOR = {"email": EMAIL, "first_name": GIVEN, "last_name": FAMILY}
OWN: Dict[str, Tuple[str, Any]] = {
    "initial and family name": (f"Bewerbung S. {FAMILY}", [FAMILY]),
    "family name first": (f"Unterlagen {FAMILY}, {GIVEN}", [FAMILY]),
    "handle of initial, family, year": (f"s{FAMILY.lower()}91", [FAMILY]),
    "user id in text": (f"Application {USER_ID} received", [USER_ID, MARK]),
    "mail's local part as a slug": (f"/talent-pool/{SLUG}", [FAMILY]),
    "mail's MD5 in a query": (f"{ATS}/track?uid={EMAIL_MD5}", [EMAIL_MD5]),
}


def _own(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    kind, overrides = _put(where, value)
    return kind, {**overrides, "visitor": VISITOR, "user_id": USER_ID}


def cases() -> List[Case]:
    found: List[Case] = []
    found += rotated("file", FILES, FILE_PLACES, 1, 0, put=_put)
    found += rotated("application", APPLICATIONS, TEXT_PLACES, 1, 3, put=_put)
    found += rotated("role", ROLES, TEXT_PLACES, 1, 14, put=_put)
    found += rotated("interview", INTERVIEWS, TEXT_PLACES, 1, 29, put=_put)
    found += rotated("referral", REFERRALS, TEXT_PLACES, 1, 1, put=_put)
    found += rotated("offer", OFFERS, TEXT_PLACES, 1, 13, put=_put)
    found += rotated("payroll", PAYROLL, TEXT_PLACES, 1, 25, put=_put)
    found += rotated("onboarding", ONBOARDING, TEXT_PLACES, 1, 8, put=_put)
    found += rotated("directory", DIRECTORY, TEXT_PLACES, 1, 20, put=_put)
    found += rotated("profile", PROFILES, URL_PLACES, 1, 0, put=_put)
    found += rotated("prefilled", PREFILLED, URL_PLACES, 1, 6, put=_put)
    found += rotated("parsed", PARSED, TEXT_PLACES, 1, 34, put=_put)
    found += rotated("letter", LETTERS, TEXT_PLACES, 1, 17, put=_put)
    found += rotated("search", SEARCHES, SEARCH_PLACES, 1, 0, put=_put)
    found += rotated("keyed", KEYED, KEY_PLACES, 1, 0, put=_keyed)
    found += rotated("own", OWN, TEXT_PLACES, 1, 5, put=_own)
    return found


# Ordinary values, by family; each in its family's places.
ORDINARY: Dict[str, List[str]] = {
    "jobs": ["Senior Data Analyst (m/w/d)", "Werkstudent Marketing (m/w/d)", "Chargé de recrutement H/F",
             "Responsable RH (H/F) – CDI", "Dependiente/a Zara Gran Vía", "Stage Ufficio Acquisti",
             "Software Engineer II, Backend", "Pflegefachkraft (m/w/d) in Vollzeit",
             "Account Executive – DACH", "Medewerker klantenservice 32 uur", "Specjalista ds. kadr i płac",
             "Junior Recruiter (all genders)", "Ausbildung zum Kaufmann für Büromanagement 2026"],
    "employers": ["Siemens Healthineers", "Deutsche Bahn AG", "L'Oréal", "Inditex", "Amazon Logistik Leipzig GmbH",
                  "Lidl Stiftung & Co. KG", "BNP Paribas", "Accenture", "Zalando SE", "Decathlon"],
    "products": ["LinkedIn Premium Career", "LinkedIn Recruiter Lite", "Indeed Sponsored Jobs",
                 "StepStone Jobanzeige Professional", "Workday Recruiting", "Personio Recruiting",
                 "Greenhouse Onboarding", "Welcome to the Jungle Pro", "InfoJobs Premium", "XING ProJobs",
                 "Job Slots (5)", "Indeed Smart Screening", "Personio Payroll"],
    "plans": ["LinkedIn Premium Career – 29,99 €/Monat", "Recruiter Lite $170/month",
              "Abonnement annuel – 359,88 €", "Pay per application: 5,00 €", "Essential plan – up to 50 employees"],
    "pay": ["55.000 – 65.000 € brutto/Jahr", "45–52 k€", "£40,000 - £48,000 per annum", "14,50 €/Std.",
            "38.000 € – 42.000 € + Bonus", "De 28 000 à 32 000 € par an", "Salario: 24.000 € brutos anuales",
            "Minijob 556 €", "$95,000 – $120,000 + equity", "13. Monatsgehalt"],
    "contracts": ["CDI", "CDD 6 mois", "Befristet auf 24 Monate", "Teilzeit 30 Std./Woche", "Contrato indefinido",
                  "Full-time, permanent", "Freelance / Contract", "Alternance", "Tempo determinato 12 mesi",
                  "Remote-first", "Hybrid (3 Tage Büro)"],
    "places": ["Berlin, Deutschland (Hybrid)", "Paris 9e", "Madrid, Comunidad de Madrid", "Remote – EMEA",
               "München, Bayern", "Lyon (69)", "Amsterdam-Zuidoost", "Barcelona · Presencial", "Warszawa, Mokotów",
               "London EC2A"],
    "dates": ["Start: 01.04.2026", "Bewerbungsschluss 31.03.2026", "Posted 3 days ago", "Publiée il y a 2 jours",
              "Ab sofort", "Date limite : 15/04/2026", "Closing date 30 April 2026", "Incorporación inmediata"],
    "statuses": ["Application submitted", "In Prüfung", "Candidature envoyée", "En proceso", "Rejected",
                 "Offer extended", "Hired", "Withdrawn", "Interview scheduled", "Eingang bestätigt",
                 "Absage", "Entretien planifié", "Shortlisted", "Talent pool"],
    "codes": ["REQ-2026-0142", "Stellen-ID 48213", "Job ID R0148392", "JR-104482", "Ref. 2026/HR/017",
              "Kennziffer 2026-07", "Offre n° 2026-0315", "Tax code 1257L", "Lohnsteuerklasse III",
              "Form I-9", "W-4 (2026)", "Modelo 145"],
    "guidance": ["How to write a cover letter", "Lebenslauf schreiben: Tipps und Muster",
                 "Comment rédiger une lettre de motivation", "Cómo hacer un currículum vitae",
                 "Interview questions for data analysts", "Was verdient ein Data Analyst?",
                 "Brutto-Netto-Rechner 2026", "Your payslip explained",
                 "CV_Template_Modern.docx", "Lebenslauf Vorlage Word", "Modèle de lettre de démission",
                 "Right to work checks: an employer's guide"],
    "news": ["LinkedIn CEO Ryan Roslansky on AI and hiring", "Personio-Gründer Hanno Renner im Interview",
             "Greenhouse CEO Daniel Chait on fair hiring", "Andrea Nahles: Arbeitsmarkt stabil",
             "Welcome to the Jungle lève 50 millions d'euros", "Indeed Hiring Lab: job postings fall",
             "Workday co-founder Aneel Bhusri returns as CEO", "InfoJobs: informe anual del mercado laboral"],
    "events": ["Karrieretag Berlin 2026", "VivaTech 2026", "Salon de l'emploi – Paris Expo",
               "Feria de Empleo Madrid", "Recruiting Days München", "HR Tech Europe"],
    "searches": ["data analyst remote", "jobs berlin teilzeit", "emploi infirmière lyon", "trabajo camarero madrid",
                 "werkstudent python münchen", "stage marketing paris", "teletrabajo administrativo",
                 "nurse jobs near me"],
    "categories": ["IT & Telekommunikation", "Ventes et commerce", "Administración de empresas",
                   "Gesundheit & Soziales", "Finance & Accounting", "Logistique et transport"],
}
_THREE = ["page title", "custom property", "product name"]
ORDINARY_PLACES: Dict[str, List[str]] = {
    "jobs": ["page title", "content name", "custom property"],
    "employers": ["product brand", "custom property"],
    "products": ["product name", "content name", "page title"],
    "plans": ["product name", "custom property"],
    "pay": _THREE,
    "contracts": ["custom property", "product variant"],
    "places": ["page title", "custom property"],
    "dates": ["custom property", "page title"],
    "statuses": ["status", "custom property"],
    "codes": ["product id", "custom property"],
    "guidance": ["page title", "search string"],
    "news": ["page title", "content name"],
    "events": ["page title", "custom property"],
    "searches": ["search string", "standard search string"],
    "categories": ["content category", "product category"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
