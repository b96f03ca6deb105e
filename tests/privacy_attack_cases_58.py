"""The fifty-eighth outside attack's cases, written blind from the README's promises, without reading the gate's code,
its reference nor the earlier attacks' cases (issue 16): work. Job boards and applicant tracking, payroll and HR
portals, freelancer marketplaces and B2B invoicing, timesheets and expense reports, corporate training and
certificates, in the UK, the US, Germany, France, Italy, Spain, the Netherlands, Poland, India, Brazil and Japan.

The personal side (about 150 cases) puts an applicant's, an employee's or a sole trader's own data in the leaves a
careless site fills: a CV's file name, a candidate's name in a path or a title, a LinkedIn profile, an application
with a name, a payslip's reference with a name, a salary with a person, the tax code with a National Insurance
number, the states' person numbers with their checks (Steuer-ID, Sozialversicherungsnummer, NIR, codice fiscale, SSN,
ITIN, BSN, PESEL, CPF, My Number, DNI, PAN), a sole trader's name as the business name, an invoice's recipient and
IBAN, mileage from a home address, a certificate's holder, an interview booking. Each carries a made-up marker
(`Ysolde`, `Trevannick`, the digits `583914`) so a leak is findable.

The ordinary side (about 300 cases) is the same trade's ids and words: job titles and references, requisition ids,
companies' registration numbers and VAT ids (with their checks), PO numbers, cost centres, course codes, salary
bands, public job ads' URLs; they must go out whole.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import iban, ordinary_in_places
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "58"
FIRST = "Ysolde"
SURNAME = "Trevannick"
NAME = f"{FIRST} {SURNAME}"
DIGITS = "583914"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# --- check digits the states' and the trade's numbers carry ---------------------------------------------------------
def steuer_id(ten: str) -> str:
    """A German tax id (or a USt-IdNr's nine digits' check): ISO 7064 MOD 11,10 over the body."""
    product = 10
    for char in ten:
        total = (int(char) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return f"{ten}{0 if check == 10 else check}"


def sv_nummer(area: str, birth: str, letter: str, serial: str) -> str:
    """A German social insurance number: area, DDMMYY, the surname's initial, serial and its check digit."""
    digits = f"{area}{birth}{ord(letter) - 64:02d}{serial}"
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(divmod(int(char) * weight, 10)) for char, weight in zip(digits, weights, strict=True))
    return f"{area}{birth}{letter}{serial}{total % 10}"


def nir(body: str) -> str:
    """A French NIR: thirteen digits and the key 97 - n mod 97."""
    return f"{body}{97 - int(body) % 97:02d}"


_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def codice_fiscale(fifteen: str) -> str:
    """An Italian codice fiscale: fifteen characters and the check letter (odd and even positions weighed apart)."""
    total = 0
    for index, char in enumerate(fifteen):
        rank = int(char) if char.isdigit() else ord(char) - 65
        total += _CF_ODD[rank] if index % 2 == 0 else rank
    return f"{fifteen}{chr(65 + total % 26)}"


def bsn(eight: str) -> str:
    """A Dutch BSN: the eleven test (weights 9..2, minus the last digit)."""
    total = sum(int(char) * (9 - index) for index, char in enumerate(eight))
    check = total % 11
    assert check != 10
    return f"{eight}{check}"


def pesel(ten: str) -> str:
    """A Polish PESEL: weights 1,3,7,9 repeated and the complement to ten."""
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return f"{ten}{(10 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 10) % 10}"


def cpf(nine: str) -> str:
    """A Brazilian CPF: nine digits and two mod-11 checks."""
    digits = [int(char) for char in nine]
    for _ in range(2):
        total = sum(d * w for d, w in zip(digits, range(len(digits) + 1, 1, -1), strict=True))
        rest = total % 11
        digits.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, digits))


def my_number(eleven: str) -> str:
    """A Japanese My Number: eleven digits and the mod-11 check (weights 2..7, 2..6 from the right)."""
    total = 0
    for n, char in enumerate(reversed(eleven), start=1):
        total += int(char) * (n + 1 if n <= 6 else n - 5)
    rest = total % 11
    return f"{eleven}{0 if rest <= 1 else 11 - rest}"


def dni(eight: str) -> str:
    """A Spanish DNI: eight digits and the letter of the number mod 23."""
    return f"{eight}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(eight) % 23]}"


def luhn(body: str) -> str:
    """A Luhn check digit appended (SIRET, Italian partita IVA's own scheme differs: see partita_iva)."""
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char) * (2 if index % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return f"{body}{(10 - total % 10) % 10}"


def partita_iva(ten: str) -> str:
    """An Italian partita IVA: ten digits and the Luhn-like check."""
    return luhn(ten)


def cnpj(twelve: str) -> str:
    """A Brazilian CNPJ (a company's number): twelve digits and two mod-11 checks."""
    digits = [int(char) for char in twelve]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, digits))


def nip(nine: str) -> str:
    """A Polish NIP (a company's tax number): nine digits and the mod-11 check."""
    weights = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    check = sum(int(c) * w for c, w in zip(nine, weights, strict=True)) % 11
    assert check != 10
    return f"{nine}{check}"


def japan_corporate(twelve: str) -> str:
    """A Japanese corporate number: the check digit first, then twelve digits."""
    total = sum(int(char) * (1 if index % 2 == 0 else 2) for index, char in enumerate(reversed(twelve)))
    return f"{9 - total % 9}{twelve}"


# --- the person's values ---------------------------------------------------------------------------------------------
STEUER_ID = steuer_id("5839147251")
SV_NR = sv_nummer("65", "140383", "T", "58")
NIR = nir("2830375583914")
NIR_SPACED = f"{NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}"
CF = codice_fiscale("TRVYLD83C54F205")
BSN = bsn("58391474")
PESEL = pesel("8303145839")
CPF = cpf("583914726")
CPF_DOTTED = f"{CPF[:3]}.{CPF[3:6]}.{CPF[6:9]}-{CPF[9:]}"
MY_NUMBER = my_number("58391472630")
DNI = dni("58391472")
NINO = "JT 58 39 14 C"
NINO_TIGHT = NINO.replace(" ", "")
SSN = "583-91-4726"
ITIN = "958-73-9140"
PAN = "AYTPT5839K"
IBAN_DE = iban("DE", "500105175839147260")
IBAN_FR = iban("FR", "20041010055839147260C85")
IBAN_GB = iban("GB", "NWBK60161358391472")
PHONE_UK = "+44 7700 583914"
PHONE_DE = "0151 5839 1470"
MAIL = "ysolde.trevannick@example.org"

# --- the personal side -----------------------------------------------------------------------------------------------
APPLICANTS: Dict[str, Tuple[str, Any]] = {
    "cv file": (f"CV_{FIRST}_{SURNAME}_2025.pdf", SURNAME),
    "lebenslauf file": (f"Lebenslauf_{SURNAME}_{FIRST}.docx", SURNAME),
    "cv lower": (f"cv-{FIRST.lower()}-{SURNAME.lower()}-final(2).pdf", SURNAME.lower()),
    "candidate title": (f"Candidate: {NAME} – Senior Data Engineer (REQ-2026-0417)", SURNAME),
    "bewerber": (f"Bewerber {NAME} | Stelle JR-118204 | Status: Interview", SURNAME),
    "candidature": (f"Candidature de {SURNAME.upper()} {FIRST} – Poste 2026-DEV-12", SURNAME.upper()),
    "linkedin": (f"https://www.linkedin.com/in/{FIRST.lower()}-{SURNAME.lower()}-5a3b9140/",
                 f"{FIRST.lower()}-{SURNAME.lower()}"),
    "application with name": (f"Application APP-{DIGITS}7 ({NAME})", SURNAME),
    "candidato": (f"Candidato: {NAME}, CV allegato", SURNAME),
    "kandydat": (f"Kandydat: {NAME} – rekrutacja R/2026/058", SURNAME),
}
PAYROLL: Dict[str, Tuple[str, Any]] = {
    "payslip ref": (f"Payslip 2026-11 {NAME} EMP-{DIGITS}", SURNAME),
    "gehaltsabrechnung": (f"Gehaltsabrechnung_11-2026_{SURNAME}.pdf", SURNAME),
    "salary with person": (f"{NAME}: gross salary £48,250 p.a.", SURNAME),
    "bulletin": (f"Bulletin de paie novembre 2026 – {SURNAME.upper()} {FIRST}", SURNAME.upper()),
    "tax code with nino": (f"Tax code 1257L NI number {NINO}", [NINO, NINO_TIGHT]),
    "nino glued": (f"ni_{NINO_TIGHT}", NINO_TIGHT),
    "employee number": (f"Personalnummer: {DIGITS}", DIGITS),
    "w2": (f"W-2 2025 for employee SSN {SSN}", [SSN, SSN.replace("-", "")]),
    "busta paga": (f"Busta paga 11/2026 dipendente {NAME} matricola {DIGITS}", SURNAME),
    "nomina": (f"Nómina noviembre 2026 – {NAME} – DNI {DNI}", [DNI, SURNAME]),
}
PERSON_NUMBERS: Dict[str, Tuple[str, Any]] = {
    "steuer id labelled": (f"Steuer-ID: {STEUER_ID}", STEUER_ID),
    "steuer id spaced": (f"IdNr {STEUER_ID[:2]} {STEUER_ID[2:5]} {STEUER_ID[5:8]} {STEUER_ID[8:]}", STEUER_ID),
    "sv nummer": (f"Sozialversicherungsnummer {SV_NR}", SV_NR),
    "sv nummer alone": (SV_NR, SV_NR),
    "nir payslip": (f"N° SS : {NIR_SPACED}", [NIR_SPACED, NIR]),
    "codice fiscale": (f"Codice fiscale: {CF}", CF),
    "codice fiscale alone": (CF, CF),
    "itin": (f"ITIN {ITIN}", [ITIN, ITIN.replace("-", "")]),
    "bsn": (f"BSN: {BSN}", BSN),
    "pesel": (f"PESEL {PESEL}", PESEL),
    "cpf": (f"CPF: {CPF_DOTTED}", [CPF_DOTTED, CPF]),
    "my number": (f"マイナンバー {MY_NUMBER}", MY_NUMBER),
    "pan": (f"PAN: {PAN}", PAN),
    "ssn alone": (SSN, [SSN, SSN.replace("-", "")]),
}
INVOICES: Dict[str, Tuple[str, Any]] = {
    "sole trader": (f"{NAME} – Freelance UX Design", SURNAME),
    "einzelunternehmen": (f"{SURNAME} IT-Beratung e.K., Inh. {NAME}", SURNAME),
    "bill to": (f"Bill to: {NAME}, invoice INV-2026-0583", SURNAME),
    "rechnung an": (f"Rechnungsempfänger: {NAME}", SURNAME),
    "iban de": (f"IBAN {IBAN_DE}", IBAN_DE),
    "iban fr spaced": (f"RIB : {' '.join(IBAN_FR[i:i + 4] for i in range(0, len(IBAN_FR), 4))}", IBAN_FR[4:14]),
    "iban gb": (f"Pay to {IBAN_GB} ref INV-0583", IBAN_GB),
    "autonomo nif": (f"NIF/IVA: ES{DNI} (autónomo)", DNI),
    "ditta individuale": (f"Ditta individuale {NAME} – P.IVA {partita_iva('0583914726')} – CF {CF}", CF),
    "micro entreprise": (f"EI {FIRST} {SURNAME.upper()} – SIRET {luhn('8391472600018')}", SURNAME.upper()),
}
TIMESHEETS: Dict[str, Tuple[str, Any]] = {
    "mileage de": (f"Fahrt Wohnung Hauptstr. 58, 10827 Berlin – Kunde, 42 km ({SURNAME})", SURNAME),
    "mileage uk": ("Mileage: home 14 Larkspur Close, Leeds LS6 3QT to site, 38 miles", "Larkspur Close"),
    "expense name": (f"Expense report EXP-{DIGITS} – {NAME} – Travel Paris", SURNAME),
    "receipt file": (f"receipt_{SURNAME.lower()}_taxi_2026-11-28.jpg", SURNAME.lower()),
    "timesheet": (f"Timesheet KW48 {NAME} 38,5 h", SURNAME),
    "note de frais": (f"Note de frais – {FIRST} {SURNAME.upper()} – domicile 12 rue des Lilas 69003 Lyon",
                      [SURNAME.upper(), "rue des Lilas"]),
    "urenstaat": (f"Urenstaat week 48 – {NAME}", SURNAME),
    "kilometrovka": (f"Kilometrówka: dom ul. Lipowa 58, 30-702 Kraków – biuro ({SURNAME})", SURNAME),
}
CERTIFICATES: Dict[str, Tuple[str, Any]] = {
    "certificate id": (f"Certificate CERT-{DIGITS}-AWS issued to {NAME}", SURNAME),
    "zertifikat": (f"Zertifikat Nr. Z-2026-{DIGITS} für {NAME}", SURNAME),
    "attestation": (f"Attestation de formation – {SURNAME.upper()} {FIRST} – 2026", SURNAME.upper()),
    "holder": (f"Holder: {NAME} | Credential ID {DIGITS}AB", SURNAME),
    "attestato": (f"Attestato di partecipazione rilasciato a {NAME}", SURNAME),
    "verify url": (f"https://certs.example-academy.com/verify/{SURNAME.lower()}-{FIRST.lower()}-{DIGITS}",
                   SURNAME.lower()),
    "certificado": (f"Certificado de {NAME}, curso PRL-60h", SURNAME),
    "badge file": (f"Badge_{SURNAME}_{FIRST}_PMP.png", SURNAME),
}
INTERVIEWS: Dict[str, Tuple[str, Any]] = {
    "booking": (f"Interview booked: {NAME}, 2026-12-08 10:00, {PHONE_UK}", [SURNAME, "7700583914"]),
    "vorstellung": (f"Vorstellungsgespräch mit {NAME} am 09.12.2026", SURNAME),
    "entretien": (f"Entretien avec Mme {SURNAME} le 10/12 à 14h", SURNAME),
    "mail": (f"Interview invite sent to {MAIL}", MAIL),
    "phone de": (f"Rückruf Bewerberin Tel. {PHONE_DE}", ["0151 5839 1470", "15158391470"]),
    "colloquio": (f"Colloquio con {NAME} – 11/12 ore 9:30", SURNAME),
    "mensen": (f"面接予約：{SURNAME} {FIRST} 様 12月12日", SURNAME),
    "entrevista": (f"Entrevista: {NAME}, CPF {CPF_DOTTED}", [SURNAME, CPF_DOTTED]),
}


def url_cases() -> Iterator[Case]:
    urls: Dict[str, Tuple[str, Any]] = {
        "ats candidate path": (f"https://jobs.example-ats.com/candidates/{FIRST.lower()}-{SURNAME.lower()}/profile",
                               f"{FIRST.lower()}-{SURNAME.lower()}"),
        "cv download": (f"https://careers.example.de/uploads/CV_{FIRST}_{SURNAME}_2025.pdf", SURNAME),
        "candidate query": (f"https://jobs.example-ats.com/apply/thanks?job=JR-118204&candidate={quote(NAME)}",
                            SURNAME),
        "payslip query": (f"https://hr.example-payroll.co.uk/payslips?ni={NINO_TIGHT}&period=2026-11", NINO_TIGHT),
        "invoice for": (f"https://app.example-invoicing.com/invoices/INV-0583?client={quote(NAME)}", SURNAME),
        "certificate holder": (f"https://learn.example-academy.com/certificate?holder={quote(NAME)}&course=ITIL4-FND",
                               SURNAME),
        "steuer query": (f"https://portal.example-lohn.de/abrechnung?steuerid={STEUER_ID}", STEUER_ID),
        "booking fragment": (f"https://book.example-interviews.com/confirm#email={quote(MAIL)}", MAIL),
    }
    return rotated("url", urls, URL_PLACES, 2, start=0, put=_put)


def cases() -> List[Case]:
    return [
        *rotated("applicant", APPLICANTS, TEXT_PLACES, 2, put=_put),
        *rotated("payroll", PAYROLL, TEXT_PLACES, 2, start=5, put=_put),
        *rotated("number", PERSON_NUMBERS, TEXT_PLACES, 2, start=11, put=_put),
        *rotated("invoice", INVOICES, TEXT_PLACES, 2, start=17, put=_put),
        *rotated("timesheet", TIMESHEETS, TEXT_PLACES, 2, start=23, put=_put),
        *rotated("certificate", CERTIFICATES, TEXT_PLACES, 2, start=29, put=_put),
        *rotated("interview", INTERVIEWS, TEXT_PLACES, 2, start=3, put=_put),
        *url_cases(),
    ]


# --- the ordinary side -----------------------------------------------------------------------------------------------
TEXTS = [
    "Senior Data Engineer (m/w/d) – Berlin", "Ingénieur DevOps H/F – Lyon", "Sviluppatore Java Senior – Milano",
    "Desarrollador Full Stack – Madrid (remoto)", "Product Owner – Amsterdam", "Specjalista ds. kadr i płac – Kraków",
    "Payroll Administrator – Manchester", "Software Engineer II – Bangalore", "Analista de RH Pleno – São Paulo",
    "経理スタッフ（正社員）– 東京", "Tax code 1257L explained", "Lohnsteuerklasse 1 bis 6 erklärt",
    "Salary band £45,000–£55,000 p.a.", "Gehaltsband E13 TV-L", "CCNL Commercio 4° livello",
    "Convenio colectivo de oficinas y despachos", "Minijob 556 € – Aushilfe", "Contrat CDI 35h cadre",
    "AWS Certified Solutions Architect – Associate (SAA-C03)", "PRINCE2 Foundation 7th edition",
    "ITIL 4 Foundation – e-learning", "Formation SST initiale 14h", "Corso sicurezza lavoratori 8 ore",
    "Invoice template for freelancers (UK)", "Rechnungsvorlage Kleinunternehmer §19 UStG",
    "Fattura elettronica forfettario", "Mileage allowance 45p per mile", "Kilometerpauschale 0,30 € je km",
    "Timesheet template weekly (Excel)", "Stellenanzeige Buchhalter Teilzeit",
    "Umowa o pracę na czas nieokreślony", "W-2 and 1099 forms explained",
]
CODES = [
    "REQ-2026-0417", "JR-118204", "JOB-DE-58213", "2026-DEV-12", "R/2026/058", "PO-4500183920",
    "PO 4500183921", "CC-4110", "KST 4711", "HRB 86891 B", "Companies House 09446231", "SC583914",
    f"DE{steuer_id('81156986')[:9]}"[:11], f"IT{partita_iva('0123456789')}", f"FR 40 {'303265045'}",
    f"NL{'8039.12.345'.replace('.', '')}B01", f"NIP {nip('526104473')}", f"CNPJ {cnpj('112223330001')}",
    f"法人番号 {japan_corporate('010001008846')}", "GSTIN 27AAPFU0939F1ZV", f"SIRET {luhn('3032650450002')}",
    "KvK 58391472", "SOC 2136", "ISCO-08 2512", "NACE 62.01", "SAA-C03", "AZ-104", "ITIL4-FND",
    "INV-2026-0583", "EXP-2026-11-0042",
]
URLS = [
    "https://jobs.example-ats.com/jobs/JR-118204-senior-data-engineer",
    "https://careers.example.de/stellen/senior-data-engineer-m-w-d-berlin?ref=stepstone",
    "https://careers.example.fr/offres/ingenieur-devops-h-f-lyon-2026-DEV-12",
    "https://lavora.example.it/annunci/sviluppatore-java-senior-milano",
    "https://empleo.example.es/ofertas/desarrollador-full-stack-madrid?utm_source=infojobs",
    "https://werk.example.nl/vacatures/product-owner-amsterdam",
    "https://praca.example.pl/oferty/specjalista-ds-kadr-i-plac-krakow",
    "https://jobs.example.in/openings/software-engineer-ii-bangalore?src=naukri",
    "https://vagas.example.com.br/vaga/analista-de-rh-pleno-sao-paulo",
    "https://recruit.example.jp/jobs/keiri-staff-tokyo",
    "https://www.example-payroll.co.uk/guides/tax-code-1257l",
    "https://www.example-lohn.de/ratgeber/steuerklassen",
    "https://app.example-invoicing.com/templates/freelance-invoice-uk",
    "https://learn.example-academy.com/courses/ITIL4-FND",
    "https://learn.example-academy.com/courses/aws-saa-c03?utm_campaign=q4-2026",
    "https://jobs.example-ats.com/search?q=data+engineer&location=Berlin&page=2",
    "https://careers.example.de/stellen?abteilung=finanzen&standort=hamburg",
    "https://hr.example-payroll.co.uk/login?returnUrl=%2Fpayslips",
    "https://app.example-invoicing.com/pricing#freelancer",
    "https://www.example-expenses.com/features/mileage-tracking",
    "https://www.example-freelance.com/categories/ux-design?sort=rating",
    "https://www.example-freelance.com/projects/58391-redesign-checkout",
    "https://learn.example-academy.com/certificates/verify",
    "https://jobs.example-ats.com/jobs?requisition=REQ-2026-0417",
    "https://shop.example-procure.com/po/PO-4500183920/status",
]


TEXT_ORDINARY_PLACES = ["product name", "search string", "page title", "custom property"]
CODE_PLACES = ["product id", "contents id", "order id", "custom property"]
URL_ORDINARY_PLACES = ["page url", "referrer"]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places({"work text": TEXTS, "work code": CODES, "work url": URLS},
                                  {"work text": TEXT_ORDINARY_PLACES, "work code": CODE_PLACES,
                                   "work url": URL_ORDINARY_PLACES}, _put)
