"""The fifty-fourth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity", "Events", "Meta's own fields", "Purchase and product data"), without
reading the gate's code, its reference nor the earlier attacks' cases (issue 16): online pharmacies, opticians,
hearing-aid shops, clinics' booking pages and health insurers. They send the events any shop sends (a page, a search,
an added product, a purchase, a lead), and their ordinary values look like ids: medicines with strengths, forms and
pack sizes, the trade's codes (Germany's PZN with its check digit, the US NDC in its 4-4-2, 5-3-2 and 5-4-1 layouts
and its 11-digit form, France's CIP13, GTINs, HIBC, GS1 DataMatrix text with expiry, lot and serial), lot numbers and
expiry dates, ATC codes, contact lenses' and glasses' parameters as a product's options, categories, landing pages,
appointment types, practitioners' public pages, insurers' tariffs and plan numbers, prices, in German, French, English,
Spanish, Italian, Dutch and Polish: about 300 ordinary cases that must go out whole.

The personal side (about 150 cases) puts a patient's or an insured person's own data in the same leaves: the German
KVNR with its check, the UK's NHS number with its check, France's NIR with its key, a Medicare MBI, an EHIC's card
number, insurers' member and policy numbers after their labels, an e-prescription's token and code, a prescription's
patient line, an appointment confirmation with a name and a phone, an order's delivery note for a patient, a birth
date after its label. Each carries a made-up marker (`Quendrix`, `Tarvenholm`, the digits `481726`) so a leak is
findable. Health data itself: the README's promises name the special categories of GDPR article 9 in the lexicon and
say they are judged in keys only; an outside reviewer holds a diagnosis or a dose a patient types about themselves
(under a key naming their condition, or in free text) to be personal data of the most sensitive kind, so the `health`
family puts a made-up condition (`Tarvenholm-Syndrom`) under such keys (claimed) and in free text (disclaimed by the
README's "special categories in free text"). A medicine's strength as a product's name (`Ibuprofen 400 mg`) is what
the shop sells, not about a person: ordinary.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "54"
NAME = "Quendrix Tarvenholm"
SURNAME = "Tarvenholm"
DIGITS = "481726"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# --- check digits the trade's and the states' numbers carry ---------------------------------------------------------
def kvnr(letter: str, eight: str) -> str:
    """A German health insurance number (KVNR): a letter, eight digits and the check over the letter's two digits."""
    digits = f"{ord(letter) - 64:02d}{eight}"
    total = 0
    for index, char in enumerate(digits):
        product = int(char) * (1 if index % 2 == 0 else 2)
        total += product // 10 + product % 10
    return f"{letter}{eight}{total % 10}"


def nhs(nine: str) -> str:
    """A UK NHS number: nine digits and the mod-11 check (a body giving 10 is none: callers pick another)."""
    check = 11 - sum(int(char) * (10 - index) for index, char in enumerate(nine)) % 11
    assert check != 10
    return f"{nine}{0 if check == 11 else check}"


def nir(body: str) -> str:
    """A French NIR: thirteen digits and the key 97 - n mod 97."""
    return f"{body}{97 - int(body) % 97:02d}"


def pzn(seven: str) -> str:
    """A German PZN: seven digits and the mod-11 check over weights 1 to 7."""
    check = sum(int(char) * (index + 1) for index, char in enumerate(seven)) % 11
    assert check != 10
    return f"{seven}{check}"


def gtin(body: str) -> str:
    """A GTIN (EAN-13, GTIN-14, CIP13) with its check digit."""
    total = sum(int(char) * (3 if index % 2 == 0 else 1) for index, char in enumerate(reversed(body)))
    return f"{body}{(10 - total % 10) % 10}"


KVNR = kvnr("Q", "48172613")
NHS = nhs("481726390")
NHS_SPACED = f"{NHS[:3]} {NHS[3:6]} {NHS[6:]}"
NIR = nir("1860475481726")
NIR_SPACED = f"{NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}"
MBI = "4QT8RD1KX26"
MBI_DASHED = f"{MBI[:4]}-{MBI[4:7]}-{MBI[7:]}"
EHIC = "80276004817261234567"
PHONE_DE = "0151 4817 2690"
PHONE_DE_DIGITS = "15148172690"
PHONE_UK = "+44 7700 481726"
PHONE_UK_DIGITS = "7700481726"
TASK = "160.000.481.726.012.70"
ACCESS = "777bea0e13cc9c42ceec14aec3ddee2263325dc2c6c699db115f58fe4236481726"

# --- the personal side -----------------------------------------------------------------------------------------------
KVNRS: Dict[str, Tuple[str, Any]] = {
    "labelled": (f"Versichertennummer: {KVNR}", KVNR),
    "short label": (f"KVNR {KVNR}", KVNR),
    "card line": (f"eGK {KVNR} AOK Nordost", KVNR),
    "alone": (KVNR, KVNR),
    "lower": (f"versicherten-nr {KVNR.lower()}", KVNR.lower()),
    "with order": (f"Bestellung 2026-11873 für Versicherte {KVNR}", KVNR),
    "path": (f"/versicherte/{KVNR}/karte", KVNR),
}
HEALTH_NUMBERS: Dict[str, Tuple[str, Any]] = {
    "nhs labelled": (f"NHS number: {NHS_SPACED}", [NHS_SPACED, NHS]),
    "nhs dashed": (f"NHS No. {NHS[:3]}-{NHS[3:6]}-{NHS[6:]}", [f"{NHS[:3]}-{NHS[3:6]}-{NHS[6:]}", NHS]),
    "nhs alone": (NHS_SPACED, [NHS_SPACED, NHS]),
    "nhs glued": (f"nhs{NHS}", NHS),
    "nir labelled": (f"N° de sécurité sociale : {NIR_SPACED}", [NIR_SPACED, NIR]),
    "nir alone": (NIR, NIR),
    "nir carte vitale": (f"Carte Vitale {NIR_SPACED}", [NIR_SPACED, NIR]),
    "mbi labelled": (f"Medicare Number (MBI): {MBI_DASHED}", [MBI_DASHED, MBI]),
    "mbi alone": (MBI, MBI),
    "ehic labelled": (f"Kennnummer der Karte: {EHIC}", EHIC),
    "ehic spanish": (f"Número de identificación de la tarjeta TSE {EHIC}", EHIC),
}
MEMBERS: Dict[str, Tuple[str, Any]] = {
    "german": ("Mitgliedsnummer: 481726013", DIGITS),
    "english": ("Member ID: QTV481726001", DIGITS),
    "policy": ("Policy number: PL-481726-09", DIGITS),
    "french": ("Numéro d'adhérent : 481726550", DIGITS),
    "spanish": ("Número de póliza: 481726-33", DIGITS),
    "polish": ("Numer polisy: 481726/2026", DIGITS),
    "dutch": ("Polisnummer 481726001", DIGITS),
    "italian": ("Numero tessera sanitaria 80380 000481726 1234", DIGITS),
    "us group": ("Subscriber ID XQT481726 Group 00123", DIGITS),
}
PRESCRIPTIONS: Dict[str, Tuple[str, Any]] = {
    "erx task": (f"Task/{TASK}/$accept?ac={ACCESS}", [ACCESS, TASK]),
    "erx datamatrix": ('{"urls":["Task/' + TASK + '/$accept?ac=' + ACCESS + '"]}', [ACCESS, TASK]),
    "erx code": (f"E-Rezept-Code {TASK} Zugangscode {ACCESS}", [ACCESS, TASK]),
    "patient line": (f"Patient: {NAME}, geb. 14.03.1981, Versichertennr. {KVNR}", [SURNAME, KVNR]),
    "patient line fr": (f"Patient : M. {SURNAME.upper()} Quendrix, né le 14/03/1981", [SURNAME.upper(), SURNAME]),
    "uk token": (f"Prescription for {NAME}, NHS {NHS}, token 481726-A83008-1E2F4H", [SURNAME, NHS]),
    "rezept name": (f"Rezept von {NAME} – Ibuprofen 600 mg N2", SURNAME),
    "receta": (f"Receta de Quendrix {SURNAME}, Amoxicilina 500 mg", SURNAME),
}
PATIENTS: Dict[str, Tuple[str, Any]] = {
    "patient de": (f"Patientin: Frau {NAME}", SURNAME),
    "versicherte": (f"Versicherte Person: {NAME}", SURNAME),
    "nom patient": (f"Nom du patient : {SURNAME.upper()} Quendrix", [SURNAME.upper(), SURNAME]),
    "paciente": (f"Paciente: {NAME}", SURNAME),
    "pacjent": (f"Pacjent: {NAME}", SURNAME),
    "paziente": (f"Paziente: {NAME}", SURNAME),
    "patient nl": (f"Patiënt: dhr. Q. {SURNAME}", SURNAME),
    "insured": (f"Insured: {NAME}", SURNAME),
}
BIRTHS: Dict[str, Tuple[str, Any]] = {
    "geb": ("Quendrix, geb. 14.03.1981", "14.03.1981"),
    "geburtsdatum": ("Geburtsdatum: 14.03.1981", "14.03.1981"),
    "ne le": ("né le 14/03/1981", "14/03/1981"),
    "dob": ("DOB 03/14/1981", "03/14/1981"),
    "nacimiento": ("fecha de nacimiento: 14-03-1981", "14-03-1981"),
    "nascita": ("data di nascita 14/03/1981", "14/03/1981"),
    "geboortedatum": ("geboortedatum 14-03-1981", "14-03-1981"),
    "urodzenia": ("data urodzenia: 14.03.1981", "14.03.1981"),
}
APPOINTMENTS: Dict[str, Tuple[str, Any]] = {
    "german": (f"Termin bestätigt: {NAME}, 12.12.2026 09:30, Dr. med. Anna Schulz, Tel. {PHONE_DE}",
               [SURNAME, PHONE_DE, PHONE_DE_DIGITS]),
    "english": (f"Appointment confirmed for {NAME} on 12 Dec at 9:30, call {PHONE_UK}", [SURNAME, PHONE_UK_DIGITS]),
    "french": (f"RDV confirmé : Mme {NAME} – 12/12/2026 09h30 – tél. 06 48 17 26 90", [SURNAME, "0648172690"]),
    "phone only": (f"Rückruf Hörakustik unter {PHONE_DE}", [PHONE_DE, PHONE_DE_DIGITS]),
    "spanish": (f"Cita confirmada: {NAME}, 12/12/2026, tel. +34 648 172 690", [SURNAME, "648172690"]),
    "optician": (f"Sehtest-Termin für Herrn {SURNAME} am 12.12.", SURNAME),
}
DELIVERIES: Dict[str, Tuple[str, Any]] = {
    "german": (f"Lieferung an: {NAME}, Birkenweg 12, 10115 Berlin", SURNAME),
    "french": (f"Livraison pour Mme {NAME}, 12 rue des Lilas, 75011 Paris", SURNAME),
    "english": (f"Deliver to: {NAME}, 12 Elm Road, London SW1A 1AA", SURNAME),
    "pharmacy bag": (f"Abholfach 7 – Patient {SURNAME}, Quendrix – Rezept liegt vor", SURNAME),
    "c/o": (f"c/o Pflegeheim Sonnenhof, z. Hd. {NAME}", SURNAME),
    "dutch": (f"Bezorgen bij: {NAME}, Lindelaan 12, 1012 AB Amsterdam", SURNAME),
}
# A personal value beside the trade's own codes and options, in one text.
MIXED: Dict[str, Tuple[str, Any]] = {
    "pzn kvnr": (f"Ibuprofen 400 mg 20 St. PZN-04114918 für Versicherte {KVNR}", KVNR),
    "lens patient": (f"Acuvue Oasys BC 8.6 PWR -2.25 – Patient: {NAME}", SURNAME),
    "ndc dob": (f"NDC 0002-1433-80, Rx for {NAME}, DOB 03/14/1981", [SURNAME, "03/14/1981"]),
    "lot nhs": (f"Lot 481B27 EXP 2027-08 / NHS {NHS_SPACED}", [NHS_SPACED, NHS]),
    "datamatrix patient": (f"(01)04006381333931(17)270831(10)481B27 Patient: {SURNAME}, Quendrix", SURNAME),
    "tariff member": ("Tarif ZahnPlus 90, Mitgliedsnummer 481726013", DIGITS),
}
MIXED_PLACES = ["product name", "search string", "page title", "contents title", "custom property", "content name"]

# Health data typed about oneself, under a key naming it (the lexicon's special categories) and in free text.
HEALTH_KEYS = {"diagnosis": "Tarvenholm-Syndrom", "diagnose": "Tarvenholm-Syndrom Typ 2",
               "medical_condition": "Tarvenholm syndrome", "krankheit": "Tarvenholm-Syndrom",
               "maladie": "syndrome de Tarvenholm", "patient_condition": "Tarvenholm syndrome, chronic"}
HEALTH_TEXTS: Dict[str, Tuple[str, Any]] = {
    "diagnosis text": ("Meine Diagnose: Tarvenholm-Syndrom, brauche Nachfüllung", SURNAME),
    "condition text": ("I have Tarvenholm syndrome, need a refill", SURNAME),
}


def health_cases() -> Iterator[Case]:
    for key, value in HEALTH_KEYS.items():
        yield (f"health key {key} @ custom property", "track", {"properties": {key: value}}, [SURNAME])
        yield (f"health key {key} @ lead property", "track", {"name": "Lead", "properties": {key: value}},
               [SURNAME])


def cases() -> List[Case]:
    return [
        *rotated("kvnr", KVNRS, TEXT_PLACES, 2, put=_put),
        *rotated("number", HEALTH_NUMBERS, TEXT_PLACES, 2, start=5, put=_put),
        *rotated("member", MEMBERS, TEXT_PLACES, 2, start=11, put=_put),
        *rotated("rx", PRESCRIPTIONS, TEXT_PLACES, 2, start=17, put=_put),
        *rotated("patient", PATIENTS, TEXT_PLACES, 2, start=23, put=_put),
        *rotated("birth", BIRTHS, TEXT_PLACES, 2, start=29, put=_put),
        *rotated("appointment", APPOINTMENTS, TEXT_PLACES, 2, start=3, put=_put),
        *rotated("delivery", DELIVERIES, TEXT_PLACES, 2, start=9, put=_put),
        *rotated("health", HEALTH_TEXTS, TEXT_PLACES, 2, start=15, put=_put),
        *rotated("mixed", MIXED, MIXED_PLACES, 1, put=_put),
        *health_cases(),
        *url_cases(),
    ]


def url_cases() -> Iterator[Case]:
    urls: Dict[str, Tuple[str, Any]] = {
        "kvnr query": (f"{SHOP}/versicherung/antrag?kvnr={KVNR}&tarif=zahn-plus", KVNR),
        "booking": (f"{SHOP}/termin/bestaetigt?name={quote(NAME)}&tel={quote(PHONE_DE)}", [SURNAME, PHONE_DE_DIGITS]),
        "nhs path": (f"{SHOP}/patients/{NHS}/repeat-prescriptions", NHS),
        "erx link": (f"{SHOP}/e-rezept/einloesen?task={TASK}&ac={ACCESS}", [ACCESS, TASK]),
        "dob query": (f"{SHOP}/brillen/rezept?patient={SURNAME}&dob=1981-03-14", [SURNAME, "1981-03-14"]),
        "member query": (f"{SHOP}/claims/status?memberId=QTV481726001", DIGITS),
    }
    return rotated("url", urls, URL_PLACES, 2, start=0, put=_put)


# --- the ordinary side -----------------------------------------------------------------------------------------------
PZN_A = pzn("0411491")
PZN_B = pzn("1612713")
CIP = gtin("340093000001")
GTIN = gtin("0400638133393")
MEDICINES = [
    "Ibuprofen 400 mg 20 Filmtabletten N1", "Amoxicillin 500mg caps x21", "Paracetamol 500 mg 10 Tabletten",
    "Doliprane 1000 mg, 8 comprimés", "Ibuprofeno Cinfa 600 mg 40 comprimidos", "Tachipirina 500 mg 20 compresse",
    "Paracetamol 500 mg 20 tabletten", "Apap 500 mg 24 tabletki powlekane", "Voltaren Schmerzgel forte 23,2 mg/g 150 g",
    "Cetirizin ADGC 10 mg 50 Filmtabletten N2", "Omeprazol 20 mg 14 magensaftresistente Hartkapseln",
    "Vitamin D3 1.000 I.E. 90 Tabletten", "Nasenspray 0,1 % 10 ml", "Insulin Pens 3 ml x 5", "Bepanthen Wund- und "
    "Heilsalbe 100 g", "Aspirin Complex 10 Beutel", "Magnesium Verla 300 mg 50 Brausetabletten",
    "Lens solution 2 x 360 ml", "Air Optix plus HydraGlyde 6 Linsen", "Acuvue Oasys 1-Day 30 pack",
    "BC 8.6 DIA 14.2 PWR -2.25", "SPH -1.75 CYL -0.50 AX 180", "PWR +1.50 BC 8.4 DIA 14.0", "ADD +2.00 SPH -3.25",
    "Gleitsichtgläser 1.67 entspiegelt", "Hörgerätebatterien Größe 312 (60 Stück)", "Phonak Audéo Lumity L90-R",
    "ATC N02BE01", "ATC J01CA04", "Lot 481B27 EXP 2027-08", "Ch.-B. 2L4817 verw. bis 08/2027",
    "Dr. med. Anna Schulz, Fachärztin für Allgemeinmedizin", "Kieferorthopädie Erstberatung 30 min",
    "Consultation ophtalmologique", "Hearing test (free, 45 minutes)", "Zahnzusatzversicherung ZahnPlus 90",
    "Tarif KompaktPlus 2026 (Beitrag 19,90 €/Monat)", "Mutuelle Santé Sérénité Niveau 3", "Plan Gold PPO 2500",
    "Seguro dental Plus", "Zorgverzekering Basis Restitutie 2026", "Pakiet Medyczny Komfort",
    "Blutdruckmessgerät Oberarm M3", "Fieberthermometer digital", "FFP2 Masken 20 Stück", "Schwangerschaftstest 2 St.",
    "Nicorette Kaugummi 2 mg Freshfruit 105 St.", "Buscopan plus 10 mg/500 mg 20 Filmtabletten",
    "Termin: Impfung Grippe 2026/27", "49,95 €",
]
CODES = [
    f"PZN-{PZN_A}", PZN_B, f"PZN {PZN_B}", "0002-1433-80", "00002-143-80", "50090-3487-1", "00002143380",
    "0781-1506-10", CIP, f"CIP {CIP}", GTIN, gtin("0884486456789"), "+A99912345/$$52001510X3",
    f"(01){gtin('0400638133393')}(17)270831(10)481B27(21)1234567890AB", "NDC 0573-0164-40",
    "SKU-ACV-OAS-30-225", "ART-54-PZN-04114918", "H-312-60", "KS-FL-167-AR", "ORD-2026-11873",
]
URLS = [
    f"{SHOP}/aerzte/dr-med-anna-schulz", f"{SHOP}/kategorie/schmerzmittel/ibuprofen-400-mg",
    f"{SHOP}/p/ibuprofen-400-mg-20-filmtabletten-pzn-{PZN_A}", f"{SHOP}/kontaktlinsen/acuvue-oasys?pwr=-2.25&bc=8.6",
    f"{SHOP}/lentilles/air-optix?sph=-1.75&cyl=-0.50&ax=180",
    f"{SHOP}/termin/buchen?praxis=augenarzt-mitte&typ=sehtest",
    f"{SHOP}/tarife/zahnplus-90?plan=ZP90-2026", f"{SHOP}/search?q=ibuprofen+400",
    f"{SHOP}/products/ndc-0002-1433-80", f"{SHOP}/es/farmacia/ibuprofeno-600-mg",
    f"{SHOP}/pl/leki/apap-500-mg?utm_source=google&utm_medium=cpc", f"{SHOP}/nl/zorgverzekering/basis-2026",
]
TEXT_ORDINARY_PLACES = ["product name", "search string", "page title", "custom property"]
CODE_PLACES = ["product id", "contents id", "order id", "custom property"]
URL_ORDINARY_PLACES = ["page url", "referrer"]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places({"health text": MEDICINES, "health code": CODES, "health url": URLS},
                                  {"health text": TEXT_ORDINARY_PLACES, "health code": CODE_PLACES,
                                   "health url": URL_ORDINARY_PLACES}, _put)
