"""The eighty-third outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: public services and e-government portals (GOV.UK, HMRC, DVLA, USCIS, IRS,
ELSTER, Bürgeramt, ameli, impots.gouv, CAF, Agencia Tributaria, INPS, SPID, DigiD, ePUAP, Skatteverket, gov.br, SAT,
DigiLocker, Service NSW, myGov) and their forms: tax returns, benefit claims, visas, driving licences, citizens'
offices' appointments, council tax, parking permits, certificates, voter registration.

About 130 personal cases put a citizen's own data in the leaves the README maps, across settings (rotated through the
thirty-sixth attack's places): a national id or a tax number after its label (NI number, SSN, Steuer-ID, NIR, NIF/NIE,
codice fiscale, BSN, PESEL, personnummer, CPF, CURP, Aadhaar, TFN), a case's or an application's reference with a
name, a claimant's name and address, a visa applicant's passport and birth date, a driving licence, a vehicle's keeper,
a council tax account, a booking naming the citizen, a certificate's names, a voter's details, a form's prefilled
query string. Each carries the made-up citizen `Ostavrin Pellquarde` (the family name is the marker) or the marker
`604718` inside its id, so a leak is found anywhere in the request. About 250 ordinary values (services' and forms'
names, form numbers, offices with their towns, slots, fees, deadlines, status words, guidance pages, officials named
in the news, in several languages) must go out whole.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

GIVEN, FAMILY, MARK = "Ostavrin", "Pellquarde", "604718"
FULL = f"{GIVEN} {FAMILY}"
EMAIL = "ostavrin.pellquarde@example.net"
PORTAL = "https://www.example-gov.uk"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, "83")


# Ids built with their check digits (each computed by its scheme's rule), the marker inside where the layout allows.
STEUER_ID = "60471819237"  # one digit twice among the first ten, ISO 7064 MOD 11,10
BSN = "604718524"  # eleven-test
PESEL = "85061060475"
PERSONNUMMER = "850610-6049"  # Luhn over the nine digits
CPF = "604.718.352-26"
TFN = "604 718 351"
CURP = "PEOO850610HDFLSS01"
CODICE_FISCALE = "PLLSVR85H10H501W"
NIR = "1 85 06 75 604 718 44"
NIE = "X6047183T"
DNI = "60471835M"
AADHAAR = "3604 7182 9157"  # Verhoeff
SSN = "604-71-8352"
NINO = "JT 60 47 18 C"

# National ids and tax numbers after their label. name: (value, forms)
NATIONAL: Dict[str, Tuple[str, Any]] = {
    "NI number": (f"National Insurance number: {NINO}", ["JT604718C", MARK]),
    "SSN on Form SS-5": (f"Form SS-5 – Social Security number {SSN}", ["604718352", MARK]),
    "Steuer-ID in ELSTER": (f"ELSTER Anlage N – Steuer-IdNr. {STEUER_ID}", [STEUER_ID]),
    "NIR on ameli": (f"Mon compte ameli – n° de sécurité sociale {NIR}", [MARK, "185067560471844"]),
    "NIE for cita previa": (f"Cita previa extranjería – NIE {NIE}", ["X6047183T", MARK]),
    "NIF on Modelo 100": (f"Modelo 100 Renta 2025 NIF: {DNI}", ["60471835M"]),
    "codice fiscale on INPS": (f"INPS – domanda assegno unico, codice fiscale {CODICE_FISCALE}", [CODICE_FISCALE]),
    "BSN on Belastingdienst": (f"Belastingdienst aangifte 2025 – BSN {BSN}", [BSN]),
    "PESEL on ePUAP": (f"ePUAP wniosek – PESEL: {PESEL}", [PESEL]),
    "personnummer at Skatteverket": (f"Skatteverket deklaration, personnummer {PERSONNUMMER}", ["8506106049"]),
    "CPF on gov.br": (f"gov.br – Imposto de Renda 2026, CPF {CPF}", ["60471835226", MARK]),
    "CURP at SAT": (f"SAT – constancia de situación fiscal CURP: {CURP}", [CURP]),
    "Aadhaar on DigiLocker": (f"DigiLocker – link Aadhaar {AADHAAR}", ["360471829157"]),
    "TFN on myGov": (f"myGov ATO – Tax file number: {TFN}", ["604718351", MARK]),
    "Steuernummer with name": (f"Steuernummer 21/604/71845 – {FULL}", ["60471845", FAMILY]),
    "UTR with name": (f"HMRC Self Assessment UTR 16047 18352 for {FULL}", ["1604718352", FAMILY]),
}

# A case's, a claim's or an application's reference with the citizen's name; what a portal's page titles say.
REFERENCES: Dict[str, Tuple[str, Any]] = {
    "USCIS receipt with name": (f"USCIS case status IOE0916047183 – {FULL}", [FAMILY, "IOE0916047183"]),
    "Aktenzeichen with Herr": (f"Aktenzeichen {MARK}/25 – Herr {FAMILY}", [FAMILY, MARK]),
    "numéro allocataire CAF": (f"CAF – numéro allocataire {MARK}7 – {FULL}", [FAMILY, MARK]),
    "pratica INPS richiedente": (f"Pratica n. {MARK} – richiedente: {FULL}", [FAMILY, MARK]),
    "expediente a nombre de": (f"Expediente {MARK}/2025 a nombre de {FULL}", [FAMILY, MARK]),
}

# A benefit claimant's name and address.
CLAIMANTS: Dict[str, Tuple[str, Any]] = {
    "Universal Credit claimant": (f"Universal Credit claim – claimant: {FULL}, 27 Larchwood Avenue, Bolton BL1 4QT",
                                  [FAMILY, "Larchwood"]),
    "Bürgergeld Antragsteller": (f"Bürgergeld-Antrag – Antragsteller: {FULL}, Lindenweg 14, 04109 Leipzig",
                                 [FAMILY, "Lindenweg 14"]),
    "RSA bénéficiaire": (f"Demande RSA – bénéficiaire : M. {FAMILY}, 8 rue des Tanneurs, 69003 Lyon",
                         [FAMILY, "Tanneurs"]),
    "SNAP applicant address": (f"SNAP application – applicant {FULL}, 4182 Maple Grove Dr, Dayton, OH 45402",
                               [FAMILY, "4182 Maple"]),
    "Housing Benefit address only": ("Housing Benefit change of address: Flat 3, 61 Quennell Road, Leeds LS6 2QT",
                                     ["Quennell"]),
    "Kindergeld Kind": (f"Kindergeld – Kind: {GIVEN} {FAMILY}, geb. 14.03.2019", [FAMILY, "14.03.2019"]),
}

# A visa applicant's passport number and birth date; a driving licence; a vehicle's keeper.
TRAVEL: Dict[str, Tuple[str, Any]] = {
    "visa passport and DOB": (f"Visa application – passport no. 5{MARK}39, date of birth 10/06/1985", [f"5{MARK}39"]),
    "ESTA passport": (f"ESTA – Passport number: 5{MARK}39 – {FULL}", [f"5{MARK}39", FAMILY]),
    "Aufenthaltstitel Antrag": (f"Aufenthaltstitel – Antrag von {FULL}, Reisepass C{MARK}F", [FAMILY, f"C{MARK}F"]),
    "titre de séjour": (f"Titre de séjour – demandeur : {FULL}, né le 10/06/1985", [FAMILY, "10/06/1985"]),
    "DVLA licence number": ("DVLA – renew driving licence PELLQ806105OS9AB", ["PELLQ806105OS9AB"]),
    "Führerschein Nr.": (f"Führerscheinnummer: B07{MARK}X1 – Umtausch", [f"B07{MARK}X1"]),
    "registered keeper": (f"V5C logbook – registered keeper: {FULL}, LX71 QWE", [FAMILY]),
    "parking permit plate": (f"Resident parking permit – vehicle reg LX71 QWE, permit holder {FULL}",
                             [FAMILY]),
}

# Council tax, appointments, certificates, voters.
CIVIC: Dict[str, Tuple[str, Any]] = {
    "council tax account": (f"Council tax account {MARK}3 – 14 Brambleton Road, Leeds LS6 2QB", [MARK, "Brambleton"]),
    "council tax name": (f"Council Tax bill 2025/26 – {FULL}", [FAMILY]),
    "Bürgeramt Termin für": (f"Termin Bürgeramt Mitte 12.01.2026 09:30 für {FULL}", [FAMILY]),
    "cita previa para": (f"Cita previa Seguridad Social – para {FULL}, 14/01/2026 10:15", [FAMILY]),
    "préfecture rendez-vous": (f"Rendez-vous Préfecture de Lyon – {FULL} – 15/01/2026", [FAMILY]),
    "Geburtsurkunde für": (f"Geburtsurkunde für {FULL}", [FAMILY]),
    "acte de naissance de": (f"Acte de naissance de {FULL}", [FAMILY]),
    "marriage certificate": (f"Marriage certificate – {FULL} and Mirela {FAMILY}", [FAMILY]),
    "certificato di nascita": (f"Certificato di nascita – {FAMILY} {GIVEN}", [FAMILY]),
    "voter registration": (f"Register to vote – {FULL}, 14 Brambleton Road, Leeds LS6 2QB", [FAMILY, "Brambleton"]),
    "electoral roll number": (f"Electoral roll – elector number MNA-{MARK}, {FULL}", [FAMILY, MARK]),
    "death registration": (f"Register a death – the deceased: {FULL}", [FAMILY]),
    "wniosek o dowód": (f"Wniosek o dowód osobisty – {FULL}, ur. 10.06.1985", [FAMILY, "10.06.1985"]),
    "flyttanmälan": (f"Flyttanmälan – {FULL}, Storgatan 12 lgh 1102, 411 38 Göteborg", [FAMILY, "Storgatan 12"]),
}

# A form's prefilled link carrying a name or an email (as a page URL and in URL places).
PREFILLED: Dict[str, Tuple[str, Any]] = {
    "passport form name": (f"{PORTAL}/apply-passport?given_name={GIVEN}&family_name={FAMILY}&step=2", [FAMILY]),
    "appointment email": (f"https://service.berlin.example.de/terminvereinbarung?email={quote(EMAIL)}&dienst=120686",
                          ["ostavrin.pellquarde"]),
    "tax form fullname": (f"{PORTAL}/self-assessment/start?fullname={quote(FULL)}&utr=1604718352", [FAMILY]),
    "visa form applicant": (f"https://visa.example.gov/form?applicant={GIVEN}+{FAMILY}&dob=1985-06-10", [FAMILY]),
    "nom prénom query": (f"https://www.example-service-public.fr/demarche?nom={FAMILY}&prenom={GIVEN}", [FAMILY]),
}

# A portal's own links and a search box's lower case: a case's slug, an id alone in a path segment, an account's
# address in a slug; the citizen's name or id typed into a site search.
PORTAL_LINKS: Dict[str, Tuple[str, Any]] = {
    "case slug": (f"{PORTAL}/track-application/IOE0916047183/{GIVEN.lower()}-{FAMILY.lower()}",
                  ["pellquarde", "IOE0916047183"]),
    "NIR path segment": (f"https://www.example-ameli.fr/assure/{NIR.replace(' ', '')}/attestation",
                         ["185067560471844"]),
    "council tax address slug": (f"{PORTAL}/council-tax/account/{MARK}3/14-brambleton-road-leeds-ls6-2qb",
                                 ["brambleton", MARK]),
}
SEARCHES: Dict[str, Tuple[str, Any]] = {
    "certificate for a name": (f"geburtsurkunde {GIVEN.lower()} {FAMILY.lower()}", ["pellquarde"]),
    "NI number lower case": ("ni number jt604718c", ["jt604718c"]),
    "name and benefit": (f"{GIVEN.lower()} {FAMILY.lower()} universal credit", ["pellquarde"]),
}


def cases() -> List[Case]:
    found: List[Case] = []
    found += rotated("nationalid", NATIONAL, TEXT_PLACES, 2, 0, put=_put)
    found += rotated("reference", REFERENCES, TEXT_PLACES, 3, 5, put=_put)
    found += rotated("claimant", CLAIMANTS, TEXT_PLACES, 3, 11, put=_put)
    found += rotated("travel", TRAVEL, TEXT_PLACES, 3, 17, put=_put)
    found += rotated("civic", CIVIC, TEXT_PLACES, 2, 23, put=_put)
    found += rotated("prefilled", PREFILLED, URL_PLACES, 2, 0, put=_put)
    found += rotated("portal", PORTAL_LINKS, URL_PLACES, 2, 4, put=_put)
    found += rotated("search", SEARCHES, TEXT_PLACES, 2, 9, put=_put)
    return found


# Ordinary values, by family; each in its family's places.
ORDINARY: Dict[str, List[str]] = {
    "services": ["Self Assessment tax return", "Steuererklärung 2025", "Apply for a UK passport",
                 "Renew your driving licence", "Universal Credit", "Check your State Pension forecast",
                 "Déclarer mes revenus", "Prime d'activité", "Solicitar cita previa", "Renta 2025",
                 "Assegno Unico Universale", "Aangifte inkomstenbelasting 2025", "Deklaration 2026",
                 "Imposto de Renda 2026", "Declaración anual SAT", "Register to vote", "Pay your council tax",
                 "Apply for a parking permit", "Order a birth certificate", "Wohnsitz anmelden",
                 "Reisepass beantragen", "Carte Vitale", "Elterngeld beantragen", "Green Card renewal"],
    "forms": ["SA100", "Form 1040", "W-2", "Anlage N", "Modelo 100", "Cerfa 2042", "Form I-130", "Form N-400",
              "Form SS-5", "P60", "P45", "DS-160", "Anlage KAP", "Cerfa 12100*02", "Modelo 303", "Form 1099-NEC",
              "V5C", "D1", "PIT-37", "F24"],
    "offices": ["Bürgeramt Mitte", "Préfecture de Lyon", "Bürgeramt Friedrichshain-Kreuzberg",
                "Oficina de Extranjería Madrid", "Questura di Milano", "Gemeente Amsterdam Stadsloket Centrum",
                "Urząd Skarbowy Kraków-Krowodrza", "Skatteverket Servicekontor Göteborg", "Leeds City Council",
                "Service NSW Parramatta", "Finanzamt München", "CAF de Paris", "Poupatempo Sé"],
    "slots": ["Termin: 12.01.2026, 09:30 Uhr", "Mardi 14 janvier 2026 à 10h15", "Slot 3 of 12 – 15 Jan 2026 14:00",
              "Cita: 14/01/2026 10:15", "Appuntamento 16/01/2026 ore 11:00", "Next available: Mon 19 Jan, 8:45am"],
    "fees": ["Fee: £88.50", "Gebühr: 37,50 €", "Timbre fiscal : 86 €", "Tasa 790-012: 16,08 €", "Filing fee $760",
             "Contributo unificato € 16,00"],
    "deadlines": ["Deadline: 31 January 2026", "Abgabefrist: 31.07.2026", "Date limite : 22 mai 2026",
                  "Plazo: 30 de junio de 2026", "File by April 15, 2026", "Scadenza 30 settembre 2026"],
    "statuses": ["Submitted", "In Bearbeitung", "Case Was Received", "Dossier en cours d'instruction",
                 "En trámite", "In lavorazione", "In behandeling", "Rozpatrzony", "Under behandling", "Approved"],
    "guidance": ["Help with your Self Assessment", "How to fill in Anlage N", "Guide: what documents to bring",
                 "Aide à la déclaration en ligne", "Preguntas frecuentes Renta", "Come richiedere lo SPID",
                 "DigiD aanvragen: stap voor stap", "Accessibility statement for GOV.UK", "Cookies on NHS login"],
    "news": ["Chancellor Rachel Reeves delivers the Autumn Budget", "Bundesfinanzminister stellt Haushalt vor",
             "Prime Minister's statement on immigration", "Le ministre de l'Économie présente le budget 2026",
             "Ministerio de Hacienda: campaña de la Renta", "IRS Commissioner announces Direct File expansion"],
}
_THREE = ["page title", "custom property", "product name"]
ORDINARY_PLACES: Dict[str, List[str]] = {
    "services": ["page title", "content name", "custom property"],
    "forms": ["product id", "search string"],
    "offices": ["page title", "content category"],
    "slots": _THREE, "fees": _THREE, "deadlines": _THREE,
    "statuses": ["status", "custom property"],
    "guidance": ["page title", "search string"],
    "news": ["page title", "custom property", "content name"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
