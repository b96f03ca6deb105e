"""The eighty-fifth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: telehealth, online pharmacies and mental-health apps (Doctolib, TK-Doc,
Teladoc, Kry, Livi, Zava, Pharmacy2U, Shop Apotheke, DocMorris, BetterHelp, Talkspace, HelloBetter, Practo, Tata 1mg,
eSanjeevani, Conexa Saúde, 1177, Helsenorge, Kanta, the NHS App) and what their pages carry: video consultations,
e-prescriptions, therapists' bookings, symptom checkers, mood journals, sick notes, insurance claims, lab results,
doctors' directories, in the UK, the US, Germany, France, Spain, Italy, the Netherlands, the Nordics, Brazil and
India.

About 160 personal cases put a patient's own data in the leaves the README maps, across settings (rotated through the
thirty-sixth attack's places and a few of this attack's own, a key of a patient's in several languages holding its
value): a health insurance number or a national id after its label or by its layout (NHS number, KVNR, NIR, NSS,
codice fiscale, BSN, personnummer, fødselsnummer, henkilötunnus, CPF, CNS, ABHA, MBI, SSN), some of them alone, an
e-prescription naming its patient or by its token, a video consultation's or a therapist's booking, a sick note, a lab
result, an insurance claim, a mood journal's or a symptom checker's entry, a document's file name, a video room's link
carrying the patient's display name (a query, a fragment, a token's claims), a key naming the patient, a search typed
with the patient's own name or number. Each carries the made-up patient `Idrenna Thulvenmarch` (the family name is the
marker; `थुल्वेनमार्च` in Devanagari) or the marker `659173` inside its id, so a leak is found anywhere in the request.
About 330 ordinary values (platforms and apps, medicines with their strengths and packs, drug and diagnosis codes,
plans and prices, slots, statuses, guidance pages, ministers and doctors in the news, pharmacies and hospitals with
their towns, directories' searches, lab tests, therapies, insurers, in several languages) must go out whole.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import FILE_PLACES, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

GIVEN, FAMILY, MARK = "Idrenna", "Thulvenmarch", "659173"
FULL = f"{GIVEN} {FAMILY}"
HINDI_FAMILY = "थुल्वेनमार्च"
SITE = "https://www.example-telehealth.com"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """The thirty-sixth attack's places, and this attack's own: `own …` puts a `key=value` value's value under its
    key (a property of a track or a page event, one the settings list, a page URL's query)."""
    if not where.startswith("own "):
        return place(where, value, "85")
    key, _, text = value.partition("=")
    own: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "own property": ("track", {"properties": {key: text}}),
        "own page property": ("page", {"properties": {key: text}}),
        "own listed property": ("track", {"properties": {key: text}, "settings": {"meta_custom_data": key}}),
        "own url query": ("page", {"url": f"{SITE}/consult/start?{key}={quote(text, safe='')}&lang=en"}),
    }
    return own[where]


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


# Ids built with their check digits (each computed by its scheme's rule), the marker inside where the layout allows.
NHS_NUMBER = "659 173 1008"  # modulus 11, weights 10 to 2
KVNR = "T659173421"  # the letter's number, then weights 1, 2 with cross sums, mod 10
NIR = "2 91 03 75 659 173 02"  # key 97 - (13 digits mod 97)
NSS = "28 65917341 58"  # the ten digits mod 97
CODICE_FISCALE = "THLDNN91C54H501S"  # Thulvenmarch Idrenna, F, 14/03/1991, Roma; the odd and even tables, mod 26
BSN = "659173001"  # eleven-test
PERSONNUMMER = "19910314-6594"  # Luhn over the ten digits
FODSELSNUMMER = "140391 65016"  # two modulus 11 digits
HETU = "140391-6596"  # the nine digits mod 31 in the table's characters
CPF = "659.173.428-73"
CNS = "765 9173 0042 0002"  # a provisional card's: 15 digits weighted 15 to 1, mod 11
ABHA = "91-6591-7342-8830"
MBI = "6QK5-TR9-NW17"  # Medicare's layout: digit, letter, letter or digit, digit, ...
SSN = "659-17-3428"
IBAN_DE = "DE45 3704 0044 0659 1734 20"  # mod 97
TASK_ID = "160.000.659.173.428.73"  # an E-Rezept's task: six dotted groups
ACCESS_CODE = hashlib.sha256(f"E-Rezept {MARK}".encode()).hexdigest()  # 64 hex digits
VIDEO_TOKEN = ".".join([_b64url('{"alg":"HS256","typ":"JWT"}'),
                        _b64url(json.dumps({"aud": "jitsi", "room": f"consult-{MARK}",
                                            "context": {"user": {"name": FULL, "moderator": False}}})),
                        "c2lnbmF0dXJl"])
KEYED_BASE64 = base64.b64encode(f"patient={FULL}&visit=video".encode()).decode()

# Health insurance numbers and national ids, after their label or by their layout alone. name: (value, forms)
HEALTH_IDS: Dict[str, Tuple[str, Any]] = {
    "NHS number in the NHS App": (f"NHS App – NHS number: {NHS_NUMBER}", ["6591731008", MARK]),
    "NHS number unlabelled": (f"Repeat prescription request {NHS_NUMBER}", ["6591731008", MARK]),
    "KVNR on the eGK": (f"Versichertennummer (eGK): {KVNR}", [KVNR]),
    "KVNR unlabelled": (f"TK-Doc Videosprechstunde – {KVNR}", [KVNR]),
    "NIR on a booking form": (f"Doctolib – n° de sécurité sociale : {NIR}", ["291037565917302", MARK]),
    "NSS on a baja": (f"Número de la Seguridad Social: {NSS}", ["286591734158", MARK]),
    "codice fiscale on the tessera": (f"Tessera sanitaria – codice fiscale {CODICE_FISCALE}", [CODICE_FISCALE]),
    "BSN on the zorgpas": (f"Zorgpas – BSN {BSN}", [BSN]),
    "personnummer at 1177": (f"1177 – e-tjänster, personnummer {PERSONNUMMER}", ["9103146594"]),
    "fødselsnummer on Helsenorge": (f"Helsenorge: fødselsnummer {FODSELSNUMMER}", ["14039165016"]),
    "henkilötunnus on Kanta": (f"Kanta – henkilötunnus {HETU}", ["1403916596"]),
    "CPF on Conexa": (f"Conexa Saúde – CPF {CPF}", ["65917342873", MARK]),
    "CNS on Meu SUS Digital": (f"Meu SUS Digital – Cartão Nacional de Saúde {CNS}", ["765917300420002", MARK]),
    "ABHA number": (f"ABHA number: {ABHA}", ["91659173428830", MARK]),
    "ABHA address": (f"ABHA address {GIVEN.lower()}.{FAMILY.lower()}@abdm", [FAMILY]),
    "Medicare MBI": (f"Medicare Beneficiary Identifier {MBI}", ["6QK5TR9NW17"]),
    "SSN for eligibility": (f"Teladoc eligibility check – SSN {SSN}", ["659173428", MARK]),
}

# The same numbers alone, as a portal's data layer or a form's hidden field hands them on (checked by their digits).
BARE: Dict[str, Tuple[str, Any]] = {
    "NHS number": (NHS_NUMBER.replace(" ", ""), ["6591731008", MARK]),
    "KVNR": (KVNR, [KVNR]),
    "BSN": (BSN, [BSN]),
    "CNS": (CNS.replace(" ", ""), ["765917300420002", MARK]),
    "CPF digits": (CPF.replace(".", "").replace("-", ""), ["65917342873", MARK]),
}
BARE_PLACES = ["custom property", "order id", "search string", "content ids", "event id", "page title", "product id",
               "json property", "user event property", "contents id"]

# E-prescriptions and online pharmacies' orders naming their patient.
PRESCRIPTIONS: Dict[str, Tuple[str, Any]] = {
    "E-Rezept task id": (f"E-Rezept-Token {TASK_ID}", [MARK]),
    "repeat for a named patient": (f"Repeat prescription for {FULL} – Sertraline 50 mg x 28", [FAMILY]),
    "Rx ready family first": (f"Rx #{MARK}4 ready for pickup – {FAMILY.upper()}, {GIVEN.upper()}", [FAMILY, MARK]),
    "NRE with the assistita": (f"Ricetta dematerializzata NRE 1200A{MARK}4281 – assistita {FULL}", [FAMILY, MARK]),
    "receta with paciente": (f"Receta electrónica – paciente: {FAMILY}, {GIVEN} – Enantyum 25 mg", [FAMILY]),
    "herhaalrecept by mevrouw": (f"Herhaalrecept aangevraagd door mevrouw I. {FAMILY}", [FAMILY]),
    "e-recept för": (f"E-recept för {FULL} – Apotek Hjärtat", [FAMILY]),
    "receita Memed": (f"Receita digital Memed – paciente {FULL}", [FAMILY]),
    "e-prescription with Mrs": (f"1mg e-Prescription – Patient: Mrs. {FULL}, 34 F", [FAMILY]),
    "Behandlungsanfrage with number": (f"Zava – Behandlungsanfrage #{MARK} – {FULL}", [FAMILY, MARK]),
    "delivery with a street": (f"Lieferung an: {FULL}, Körtestraße 12, 10967 Berlin", [FAMILY]),
    "prescription in Devanagari": (f"पर्चा – रोगी का नाम: इद्रेना {HINDI_FAMILY}", [HINDI_FAMILY]),
}

# Video consultations and therapists' bookings.
BOOKINGS: Dict[str, Tuple[str, Any]] = {
    "rendez-vous vidéo confirmé": (f"Rendez-vous vidéo confirmé – {FULL}, 14/01/2026 18:30", [FAMILY]),
    "Wartezimmer Frau": (f"Wartezimmer: Frau {FAMILY} wartet auf die Videosprechstunde", [FAMILY]),
    "session booked with": (f"Session booked: {FULL} with her therapist, Thu 6pm", [FAMILY]),
    "intake form": (f"Intake form – {FULL} (new client)", [FAMILY]),
    "cita a nombre de": (f"Cita psicóloga online – a nombre de {FULL}", [FAMILY]),
    "videoconsulto paziente": (f"Videoconsulto con il Dott. Bianchi – paziente: {FULL}", [FAMILY]),
    "videoconsult mevrouw": (f"Videoconsult huisarts – mevrouw {FAMILY}, 14 januari 10:20", [FAMILY]),
    "videomöte bokat för": (f"Videomöte bokat för {FULL} – Kry", [FAMILY]),
    "teleconsulta agendada": (f"Teleconsulta agendada – Paciente: {FULL}", [FAMILY]),
    "waiting room joined": (f"{FULL} has joined the waiting room", [FAMILY]),
    "room with name and number": (f"Room: {FAMILY.lower()}-{MARK}", [FAMILY, MARK]),
    "HTML entities in a title": (f"Befund f&uuml;r Frau {GIVEN} {FAMILY} &ndash; Videosprechstunde", [FAMILY]),
}

# Sick notes, by country.
SICK_NOTES: Dict[str, Tuple[str, Any]] = {
    "fit note for": (f"Fit note for {FULL} – not fit for work 14 days", [FAMILY]),
    "arrêt de travail Mme": (f"Arrêt de travail – Mme {FULL} – du 14/01 au 21/01", [FAMILY]),
    "parte de baja": (f"Parte de baja IT – {FAMILY}, {GIVEN}", [FAMILY]),
    "certificato di malattia": (f"Certificato di malattia n. {MARK}428 – {FULL}", [FAMILY, MARK]),
    "ziekmelding": (f"Ziekmelding {FULL} per 14-01-2026", [FAMILY]),
    "sykmelding for": (f"Sykmelding for {FULL} – 50 %", [FAMILY]),
    "atestado médico": (f"Atestado médico – {FULL} – afastamento 3 dias – CID J06", [FAMILY]),
    "medical certificate issued to": (f"Medical certificate issued to Ms. {FULL} for sick leave", [FAMILY]),
}

# Lab results' titles and references.
LABS: Dict[str, Tuple[str, Any]] = {
    "lab results with a value": (f"Lab results – {FULL} – HbA1c 6.1 %", [FAMILY]),
    "résultats d'analyses de Mme": (f"Résultats d'analyses de Mme {FAMILY} – Cerballiance", [FAMILY]),
    "uitslag bloedonderzoek": (f"Uitslag bloedonderzoek I. {FAMILY} – Saltro", [FAMILY]),
    "report with age and sex": (f"Thyrocare report – {FULL} (34 Y / F)", [FAMILY]),
    "sample barcode": (f"Sample barcode: LBX-{MARK}-22", [MARK]),
    "provsvar för": (f"Provsvar för {FULL} – 1177", [FAMILY]),
    "Befund with birth date": (f"Laborbefund {FULL}, geb. 14.03.1991", [FAMILY]),
}

# Insurance claims and reimbursements.
CLAIMS: Dict[str, Tuple[str, Any]] = {
    "claim with name": (f"Claim CLM-{MARK} – {FULL} – physiotherapy", [FAMILY, MARK]),
    "Erstattung Versicherte": (f"Erstattungsantrag Psychotherapie – Versicherte: {FULL}", [FAMILY]),
    "mutuelle adhérent": (f"Remboursement mutuelle – n° adhérent {MARK}428", [MARK]),
    "reembolso asegurada": (f"Reembolso Sanitas – asegurada: {FULL}", [FAMILY]),
    "rimborso assistito": (f"Rimborso UniSalute – assistito {FULL}, polizza {MARK}", [FAMILY, MARK]),
    "declaratie verzekerde": (f"Declaratie zorgkosten – verzekerde I. {FAMILY}, relatienummer {MARK}428",
                              [FAMILY, MARK]),
    "EOB family first": (f"Explanation of Benefits – {FAMILY.upper()}, {GIVEN.upper()} – Member ID W{MARK}428",
                         [FAMILY, MARK]),
    "refund IBAN": (f"Erstattung auf IBAN {IBAN_DE}", ["DE45370400440659173420", MARK]),
}

# Mood journals, symptom checkers and therapists' notes.
JOURNALS: Dict[str, Tuple[str, Any]] = {
    "mood entry naming someone": (f"Mood 3/10 – fight with {FULL} again", [FAMILY]),
    "Stimmungstagebuch von": (f"Stimmungstagebuch von {FULL} – Januar", [FAMILY]),
    "symptom check for my son": (f"Symptom check for my son Oskian {FAMILY}, 6, fever 39.2", [FAMILY]),
    "assessment with age": (f"Ada assessment – {FULL}, 34, female – headache", [FAMILY]),
    "PHQ-9 score": (f"PHQ-9 score 14 – {FULL}", [FAMILY]),
    "session notes client": (f"Session notes – client: {FULL} – CBT week 4", [FAMILY]),
    "diario de": (f"Diario emocional de {FULL} – enero", [FAMILY]),
    "base64 of a patient's pair": (KEYED_BASE64, [KEYED_BASE64, FAMILY]),
}

# Documents' file names: a prescription, a sick note, a lab report, an image sent to a doctor.
FILES: Dict[str, Tuple[str, Any]] = {
    "ordonnance": (f"Ordonnance_{FAMILY.upper()}_{GIVEN}_2026-01-14.pdf", [FAMILY]),
    "eAU": (f"eAU_{FAMILY}_{GIVEN}_2026-01-14.pdf", [FAMILY]),
    "Laborbefund": (f"Laborbefund_{FAMILY}_2026-01-14.pdf", [FAMILY]),
    "referto": (f"Referto_esami_sangue_{FAMILY.upper()}_{GIVEN.upper()}.pdf", [FAMILY]),
    "laudo": (f"laudo-hemograma-{GIVEN.lower()}-{FAMILY.lower()}.pdf", [FAMILY]),
    "DICOM": (f"{FAMILY}_{GIVEN}_MRI_Knie_20260114.dcm", [FAMILY]),
    "photo for the doctor": (f"IMG_{GIVEN}_{FAMILY}_rash_arm.jpg", [FAMILY]),
}

# Links a video consultation, a patient portal or a pharmacy hands out.
LINKS: Dict[str, Tuple[str, Any]] = {
    "display name in a fragment": (
        f"https://meet.example-tele.de/Consult{MARK}#userInfo.displayName=%22{GIVEN}%20{FAMILY}%22"
        "&config.startWithAudioMuted=true", [FAMILY]),
    "uname in a join link": (f"https://example.zoom.us/j/8565917342?pwd=Qk9xZ2dC&uname={GIVEN}%20{FAMILY}",
                             [FAMILY]),
    "patient portal slug": (f"https://portal.example-clinic.com/patients/{GIVEN.lower()}-{FAMILY.lower()}/lab-results",
                            [FAMILY]),
    "prescription status query": (f"https://www.example-pharmacy.co.uk/prescriptions/status?rx={MARK}"
                                  f"&patient={GIVEN}+{FAMILY}", [FAMILY]),
    "nom and prenom": (f"https://www.example-rdv.fr/rdv/confirmation?nom={FAMILY}&prenom={GIVEN}"
                       "&motif=teleconsultation", [FAMILY]),
    "E-Rezept accept link": (f"https://erezept.example.de/Task/{TASK_ID}/$accept?ac={ACCESS_CODE}",
                             [MARK, ACCESS_CODE]),
    "report download by ABHA": (f"https://reports.example-labs.in/download?abha={ABHA}&type=pdf",
                                ["91659173428830", MARK]),
    "video token's claims": (f"https://meet.example-tele.com/consult-{MARK}?jwt={VIDEO_TOKEN}",
                             [VIDEO_TOKEN.split(".")[1], FAMILY]),
}

# A patient's key, by language, holding its value (`key=value`: under the key in the own places, as text elsewhere).
KEYED: Dict[str, Tuple[str, Any]] = {
    "nombre_paciente": (f"nombre_paciente={FULL}", [FAMILY]),
    "nome_paziente": (f"nome_paziente={FULL}", [FAMILY]),
    "patiëntnaam": (f"patiëntnaam={FULL}", [FAMILY]),
    "versichertennummer": (f"versichertennummer={KVNR}", [KVNR]),
    "rogi_ka_naam": (f"rogi_ka_naam={FULL}", [FAMILY]),
    "potilaan_nimi": (f"potilaan_nimi={FULL}", [FAMILY]),
    "pasientnavn": (f"pasientnavn={FULL}", [FAMILY]),
    "numero_adherent": (f"numero_adherent={MARK}428", [MARK]),
    "cartao_sus": (f"cartao_sus={CNS.replace(' ', '')}", ["765917300420002", MARK]),
    "userInfo.displayName": (f"userInfo.displayName={FULL}", [FAMILY]),
    "journal_author": (f"journal_author={FULL}", [FAMILY]),
    "beneficiaria": (f"beneficiaria={FULL}", [FAMILY]),
}
KEYED_PLACES = ["own property", "own url query", "own page property", "own listed property", "custom property",
                "json property"]

# What a patient types into a platform's search box.
SEARCHES: Dict[str, Tuple[str, Any]] = {
    "own name and results": (f"{GIVEN.lower()} {FAMILY.lower()} blutwerte", [FAMILY]),
    "NHS number and fit note": ("nhs number 6591731008 fit note", ["6591731008", MARK]),
    "booking for oneself": (f"psychologe termin für {GIVEN.lower()} {FAMILY.lower()}", [FAMILY]),
    "KVNR typed": (f"versichertennummer {KVNR.lower()}", [KVNR]),
    "CPF typed": ("consultar receita cpf 65917342873", ["65917342873", MARK]),
    "name and pharmacy order": (f"order status {FAMILY.lower()} pharmacy2u", [FAMILY]),
}


def cases() -> List[Case]:
    found: List[Case] = []
    found += rotated("healthid", HEALTH_IDS, TEXT_PLACES, 2, 0, put=_put)
    found += rotated("prescription", PRESCRIPTIONS, TEXT_PLACES, 1, 5, put=_put)
    found += rotated("booking", BOOKINGS, TEXT_PLACES, 1, 19, put=_put)
    found += rotated("sicknote", SICK_NOTES, TEXT_PLACES, 1, 31, put=_put)
    found += rotated("lab", LABS, TEXT_PLACES, 1, 23, put=_put)
    found += rotated("claim", CLAIMS, TEXT_PLACES, 1, 29, put=_put)
    found += rotated("journal", JOURNALS, TEXT_PLACES, 1, 13, put=_put)
    found += rotated("file", FILES, FILE_PLACES, 2, 0, put=_put)
    found += rotated("link", LINKS, URL_PLACES, 2, 0, put=_put)
    found += rotated("keyed", KEYED, KEYED_PLACES, 2, 0, put=_put)
    found += rotated("bare", BARE, BARE_PLACES, 2, 0, put=_put)
    found += rotated("search", SEARCHES, TEXT_PLACES, 1, 8, put=_put)
    return found


# Ordinary values, by family; each in its family's places.
ORDINARY: Dict[str, List[str]] = {
    "platforms": ["Doctolib", "TK-Doc", "Teladoc Health", "Livi", "Kry", "Min Doktor", "Zava",
                  "Pharmacy2U", "Shop Apotheke", "DocMorris", "BetterHelp", "Talkspace", "Headspace",
                  "Practo", "Tata 1mg", "Apollo 24|7", "eSanjeevani", "Conexa Saúde", "Doctoralia",
                  "MioDottore", "1177 Vårdguiden", "Helsenorge", "NHS App", "Wysa"],
    "medicines": ["Sertralin 50 mg 100 Filmtabletten", "Ibuprofen 400 mg – 20 Tabletten", "Finasteride 1mg x 28",
                  "Sildenafil 50 mg 8 Tabletten", "Doliprane 1000 mg, boîte de 8", "Enantyum 25 mg 20 comprimidos",
                  "Tachipirina 500 mg 30 compresse", "Paracetamol 500 mg 20 tabletten",
                  "Dipirona 500mg 10 comprimidos", "Dolo 650 Tablet 15's",
                  "Levonorgestrel 1.5 mg morning after pill", "Yasmin 21 x 3 months", "Vitamin D3 1000 IU 90 softgels",
                  "Omeprazol 20 mg 28 Kapseln", "Mounjaro KwikPen 5 mg",
                  "Wegovy 0.25 mg FlexTouch", "Salbutamol 100 µg Inhaler"],
    "codes": ["PZN 01126111", "PZN 18327026", "NDC 0071-0155-23", "CIP 3400930004128", "AIC 012745093",
              "ATC N06AB06", "ICD-10 F32.1", "ICD-10 J06.9", "CPT 99213", "SNOMED CT 35489007", "LOINC 4548-4",
              "EAN 4006381333931"],
    "plans": ["BetterHelp – $70 to $100 per week, billed every 4 weeks", "Talkspace Messaging Therapy $69/week",
              "Headspace Annual £49.99", "Video consultation £39", "Videosprechstunde 29,99 €",
              "Téléconsultation 25 € – remboursée à 70 %", "Consulta online 35 €", "Visita specialistica online € 60",
              "Videoconsult € 0 – vergoed", "Videobesök 0 kr", "Consulta R$ 89,90", "₹ 299 consultation fee",
              "Free delivery over £20", "Zuzahlung 5,00 €"],
    "slots": ["Mo., 19.01.2026, 18:30 Uhr", "Jeudi 15 janvier 2026 à 18h30", "Next available: today 19:40",
              "Lunes 19 de enero, 10:00", "Giovedì 15 gennaio ore 18:30", "Do 15 jan 2026 10:20",
              "torsdag 15 januari kl. 18.30", "15/01/2026 às 18h30", "Thu, Jan 15 · 6:30 PM EST",
              "15 Jan 2026, 7:30 PM IST"],
    "statuses": ["Prescription sent to pharmacy", "Ready for collection", "Rezept eingelöst", "In Bearbeitung",
                 "Ordonnance disponible", "Receta dispensada", "Ricetta evasa", "Recept verstuurd naar apotheek",
                 "Receptet är uttaget", "Pedido enviado", "Dispatched", "Awaiting pharmacist review",
                 "Claim approved", "Erstattung abgeschlossen"],
    "guidance": ["How to get a fit note", "Was ist ein E-Rezept?", "E-Rezept mit der Gesundheitskarte einlösen",
                 "Comment fonctionne la téléconsultation ?", "¿Cómo pedir la baja por videoconsulta?",
                 "Come funziona la ricetta elettronica", "Wat is een herhaalrecept?", "Så förnyar du ditt recept",
                 "Como funciona a telemedicina", "How to link ABHA with Aadhaar", "What is CBT?",
                 "Box breathing in 4 steps", "Understanding your blood test results", "Crisis support: call 988"],
    "news": ["Karl Lauterbach stellt die E-Rezept-Pflicht vor", "Nina Warken: Primärarztsystem kommt",
             "Wes Streeting announces NHS App expansion", "Robert F. Kennedy Jr. on telehealth prescribing rules",
             "Mónica García anuncia la receta electrónica interoperable",
             "Orazio Schillaci: fascicolo sanitario elettronico 2.0", "Fleur Agema over wachtlijsten in de ggz",
             "Alexandre Padilha lança o Agora Tem Especialistas", "J. P. Nadda reviews Ayushman Bharat Digital Mission",
             "Dr Michael Mosley's Fast 800", "Dr. Mehmet Oz named CMS Administrator",
             "Dr. Amir Khan on GP waiting times"],
    "places": ["Apotheke am Marienplatz, München", "Pharmacie Monge, Paris 5e", "Farmacia Santa Maria Novella, Firenze",
               "Boots Piccadilly Circus, London", "Apotek Hjärtat Drottninggatan, Stockholm",
               "Apollo Pharmacy Koramangala, Bengaluru", "Hospital Clínic de Barcelona",
               "Charité – Universitätsmedizin Berlin", "Karolinska Universitetssjukhuset, Solna",
               "OLVG Oost, Amsterdam", "Hospital Sírio-Libanês, São Paulo", "Mayo Clinic, Rochester, MN"],
    "directories": ["Hausarzt in Berlin-Mitte", "Psychologue à Lyon", "Dermatólogo en Madrid",
                    "Psicoterapeuta a Milano", "Huisarts Utrecht", "Psykolog Göteborg", "Psiquiatra em São Paulo",
                    "Gynecologist in Pune", "Therapists near Brooklyn, NY", "Kinderarzt mit Videosprechstunde"],
    "tests": ["HbA1c", "Vitamin D (25-OH)", "TSH basal", "Lipid panel", "Großes Blutbild", "Bilan thyroïdien",
              "Emocromo completo", "Hemograma completo", "Thyroid Profile Total (T3, T4, TSH)", "PSA total"],
    "therapies": ["CBT for insomnia", "EMDR", "DBT skills group", "Mindfulness-Based Stress Reduction",
                  "Kognitive Verhaltenstherapie", "Thérapie cognitivo-comportementale", "Terapia de pareja online",
                  "Psicoterapia online"],
    "insurers": ["Techniker Krankenkasse", "AOK Plus", "Bupa Comprehensive", "Aetna Open Access Select",
                 "Blue Cross Blue Shield PPO", "Zilveren Kruis Basis", "Sanitas Más Salud", "UniSalute",
                 "Star Health Family Health Optima", "Harmonie Mutuelle"],
}
ORDINARY_PLACES: Dict[str, List[str]] = {
    "platforms": ["page title", "product brand"],
    "medicines": ["product name", "search string"],
    "codes": ["product id", "search string"],
    "plans": ["page title", "content name"],
    "slots": ["custom property", "page title"],
    "statuses": ["status", "custom property"],
    "guidance": ["page title", "search string"],
    "news": ["page title", "custom property"],
    "places": ["page title", "content category"],
    "directories": ["search string", "page title"],
    "tests": ["product name", "content category"],
    "therapies": ["product name"],
    "insurers": ["content category", "custom property"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
