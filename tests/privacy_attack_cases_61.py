"""The sixty-first outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: education and childcare. Schools' and universities' portals, admission
applications, exam results, transcripts and diplomas, tutoring bookings, daycare and kindergarten registrations,
school canteen and trip payments, parent-teacher meetings, library cards and school bus passes, in French, German,
Spanish, Italian, Dutch, Polish, Portuguese (Brazil), English (US and UK), Japanese and Swedish. They send the events
any shop sends (a page, a search, a fee or a meal plan bought, a registration as a lead), and their ordinary values
look like ids: course codes (`MATH 101`, `CS50`), classes and years (`Year 9`, `CE2`, `5e`, `Klasse 7b`), terms, exam
board and syllabus numbers, schools' public codes (France's UAI with its key letter), textbooks' ISBNs with their
check digits, fee and meal plan names, timetable ids, prices: about 300 ordinary cases that must go out whole.

The personal side (about 150 cases) puts a pupil's, a student's or a parent's own data in the same leaves: student
ids after their institutions' labels (INE, Matrikelnummer, UCAS Personal ID, a US student id, 学籍番号), national
numbers schools use (a Swedish personnummer with its Luhn digit, a Polish PESEL, an Italian codice fiscale, a
Brazilian CPF, a Dutch BSN, with their checks), an applicant's number beside a name, a grade with the pupil's name, a
child's registration (name, birth date, allergies, the parents' phones), a pick-up authorisation, a child's canteen
account, a meeting booking, a library card or a bus pass. Each carries a made-up marker (the child `Mirelka
Vondrasz`, the parent `Osrin Vondrasz`, the digits `593817`) so a leak is findable. A child's allergy under a key
naming it is health data about a person (claimed in keys); a class name (`6B`) alone is ordinary.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "61"
CHILD = "Mirelka Vondrasz"
PARENT = "Osrin Vondrasz"
SURNAME = "Vondrasz"
DIGITS = "593817"
SCHOOL = "https://schule.example.de"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# --- check digits the states' numbers and the trade's codes carry ---------------------------------------------------
def personnummer(nine: str) -> str:
    """A Swedish personnummer YYMMDD-NNNC: the Luhn digit over the nine digits (weights 2, 1, 2, ...)."""
    total = 0
    for index, char in enumerate(nine):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    digits = f"{nine}{(10 - total % 10) % 10}"
    return f"{digits[:6]}-{digits[6:]}"


def pesel(ten: str) -> str:
    """A Polish PESEL: ten digits and the check over weights 1, 3, 7, 9."""
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    total = sum(int(char) * weight for char, weight in zip(ten, weights, strict=True))
    return f"{ten}{(10 - total % 10) % 10}"


_CF_ODD = {**dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=True)),
           **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                                                     12, 14, 16, 10, 22, 25, 24, 23], strict=True))}


def codice_fiscale(fifteen: str) -> str:
    """An Italian codice fiscale: fifteen characters and the check letter (odd places by their table, even by
    their rank)."""
    total = 0
    for index, char in enumerate(fifteen):
        if index % 2 == 0:
            total += _CF_ODD[char]
        else:
            total += int(char) if char.isdigit() else ord(char) - 65
    return f"{fifteen}{chr(65 + total % 26)}"


def cpf(nine: str) -> str:
    """A Brazilian CPF 000.000.000-00: nine digits and the two mod-11 checks."""
    digits = [int(char) for char in nine]
    for length in (9, 10):
        rest = sum(digit * (length + 1 - index) for index, digit in enumerate(digits)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


def bsn(eight: str) -> str:
    """A Dutch BSN: eight digits and the ninth that passes the eleven-test (a body needing 10 is none)."""
    total = sum(int(char) * (9 - index) for index, char in enumerate(eight))
    last = total % 11
    assert last != 10
    return f"{eight}{last}"


def isbn13(twelve: str) -> str:
    """An ISBN-13 (an EAN-13 from 978/979) with its check digit."""
    total = sum(int(char) * (1 if index % 2 == 0 else 3) for index, char in enumerate(twelve))
    return f"{twelve}{(10 - total % 10) % 10}"


def uai(seven: str) -> str:
    """A French school's UAI (public register of establishments): seven digits and the key letter (mod 23 over an
    alphabet without I, O and Q)."""
    return f"{seven}{'ABCDEFGHJKLMNPRSTUVWXYZ'[int(seven) % 23]}"


PNR = personnummer("150312593")
PESEL = pesel("1522145938")
CF = codice_fiscale("VNDMLK15E54F205")
CPF = cpf("593817204")
BSN = bsn("59381720")
PHONE_FR = "06 59 38 17 42"
PHONE_DE = "0151 59381742"
PHONE_DE_DIGITS = "59381742"
MAIL = "osrin.vondrasz@example.net"

# --- personal: student and pupil ids after their institutions' labels, and national numbers schools use -----------
STUDENT_IDS: Dict[str, Tuple[str, Any]] = {
    "ine": (f"Inscription 6e – INE : 0{DIGITS}42HJ", DIGITS),
    "matrikel": (f"Studierendenausweis WiSe 2026/27, Matrikelnummer {DIGITS}4", DIGITS),
    "ucas": ("UCAS Personal ID: 159-381-7420 (application 2027)", "1593817420"),
    "us student": (f"Student ID: 900{DIGITS} - Spring 2027 tuition", DIGITS),
    "gakuseki": (f"学籍番号：24L{DIGITS} 前期授業料", DIGITS),
    "personnummer": (f"Skolskjuts ansökan elev {PNR}", [PNR, PNR.replace("-", "")]),
    "pesel": (f"Zapis do przedszkola, PESEL dziecka {PESEL}", PESEL),
    "codice fiscale": (f"Iscrizione mensa scolastica – C.F. alunno {CF}", CF),
    "cpf": (f"Matrícula 2027 – CPF do responsável {CPF}", [CPF, CPF.replace(".", "").replace("-", "")]),
    "bsn": (f"Aanmelding kinderopvang, BSN kind {BSN}", BSN),
}

# --- personal: admission and enrolment applications ---------------------------------------------------------------
APPLICATIONS: Dict[str, Tuple[str, Any]] = {
    "parcoursup": (f"Parcoursup dossier n° 2027{DIGITS} – {CHILD}", [DIGITS, SURNAME]),
    "bewerbung": (f"Bewerbungsnummer BW-{DIGITS} ({SURNAME}, Mirelka)", [DIGITS, SURNAME]),
    "common app": (f"Common App ID {DIGITS}21 – applicant {CHILD}", [DIGITS, SURNAME]),
    "solicitud": (f"Solicitud de admisión nº {DIGITS} · Alumno: {CHILD}", [DIGITS, SURNAME]),
    "domanda": (f"Domanda di iscrizione prot. {DIGITS}/2027 alunna {CHILD}", [DIGITS, SURNAME]),
    "aanmelding": (f"Aanmeldnummer {DIGITS} leerling: {CHILD} (groep 3)", [DIGITS, SURNAME]),
    "applicant mail": (f"Application received for {MAIL}, ref APP-{DIGITS}", [MAIL, DIGITS]),
}

# --- personal: grades, results, transcripts, diplomas with the pupil's name ----------------------------------------
GRADES: Dict[str, Tuple[str, Any]] = {
    "zeugnis": (f"Halbjahreszeugnis Klasse 7b – Schülerin: {CHILD}, Mathematik 2", SURNAME),
    "bulletin": (f"Bulletin T1 5e B – Élève : {SURNAME} Mirelka, moyenne 14,5", SURNAME),
    "boletin": (f"Boletín de notas 2º ESO – alumna: {CHILD}", SURNAME),
    "pagella": (f"Pagella primo quadrimestre – studente: {CHILD} (3A)", SURNAME),
    "transcript": (f"Official transcript request - student name: {CHILD}, DOB 2008-03-12",
                   [SURNAME, "2008-03-12"]),
    "gcse": (f"GCSE results 2026 candidate {CHILD} candidate no. 5938", SURNAME),
    "diploma": (f"Dyplom ukończenia szkoły – uczeń: {CHILD}, ur. 12.03.2008", [SURNAME, "12.03.2008"]),
    "betyg": (f"Slutbetyg åk 9 för {CHILD} ({PNR})", [SURNAME, PNR]),
}

# --- personal: daycare and kindergarten registrations --------------------------------------------------------------
DAYCARE: Dict[str, Tuple[str, Any]] = {
    "kita": (f"Kita-Anmeldung: Kind {CHILD}, geb. 14.05.2022, Mutter Tel. {PHONE_DE}",
             [SURNAME, "14.05.2022", PHONE_DE_DIGITS]),
    "creche": (f"Inscription crèche – enfant : {CHILD}, né le 14/05/2022", [SURNAME, "14/05/2022"]),
    "guarderia": (f"Preinscripción guardería: niña {CHILD}, fecha de nacimiento 14-05-2022",
                  [SURNAME, "14-05-2022"]),
    "asilo": (f"Iscrizione asilo nido – bambina: {CHILD}, nata il 14/05/2022", [SURNAME, "14/05/2022"]),
    "allergy": (f"Kindergarten registration - child: {CHILD}, allergies: peanuts, parent phone +44 7700 {DIGITS}",
                [SURNAME, DIGITS]),
    "parents": (f"Eltern: {PARENT} ({MAIL}), Notfallkontakt {PHONE_DE}", [SURNAME, MAIL, PHONE_DE_DIGITS]),
    "przedszkole": (f"Karta zgłoszenia: dziecko {CHILD}, PESEL {PESEL}, tel. matki 512 593 817",
                    [SURNAME, PESEL, "512593817"]),
    "forskola": (f"Förskoleansökan: barn {CHILD}, vårdnadshavare {PARENT} 070-593 81 74",
                 [SURNAME, "0705938174"]),
}

# --- personal: pick-up authorisations --------------------------------------------------------------------------------
PICKUPS: Dict[str, Tuple[str, Any]] = {
    "abholung": (f"Abholberechtigung für {CHILD}: {PARENT}, Personalausweis L01X{DIGITS}", [SURNAME, DIGITS]),
    "autorisation": (f"Autorisation de sortie : {PARENT} peut récupérer l'enfant, tél. {PHONE_FR}",
                     [SURNAME, "0659381742"]),
    "pickup": (f"Authorized pickup: {PARENT}, (415) 593-8174", [SURNAME, "4155938174"]),
    "recogida": (f"Autorización de recogida: {PARENT}, DNI 5938174{'TRWAGMYFPDXBNJZSQVHLCKE'[59381742 % 23]}",
                 [SURNAME, "5938174"]),
    "ophalen": (f"Ophaalmachtiging {CHILD} - opgehaald door {PARENT}, 06-59381742", [SURNAME, "59381742"]),
    "ritiro": (f"Delega al ritiro: {PARENT}, cell. 347 593 8174, per l'alunna {CHILD}", [SURNAME, "3475938174"]),
}

# --- personal: canteen, trip and fee payments naming a child's account ---------------------------------------------
PAYMENTS: Dict[str, Tuple[str, Any]] = {
    "cantine": (f"Rechargement cantine – compte famille {DIGITS} – {CHILD} (CM1)", [DIGITS, SURNAME]),
    "mensa": (f"Mensa-Guthaben aufladen: Essenskonto {DIGITS}, {CHILD} Klasse 6B", [DIGITS, SURNAME]),
    "trip": (f"Year 9 Paris trip deposit - pupil: {CHILD}, ParentPay account {DIGITS}", [DIGITS, SURNAME]),
    "comedor": (f"Comedor escolar noviembre – {CHILD}, 3ºB", SURNAME),
    "gita": (f"Gita a Firenze 4B – quota alunna {CHILD}", SURNAME),
    "schoolreis": (f"Schoolreis groep 8 – bijdrage voor {CHILD}", SURNAME),
    "lunch account": (f"Lunch account top-up: student #{DIGITS} ({CHILD}), grade 5", [DIGITS, SURNAME]),
    "obiady": (f"Opłata za obiady – {CHILD} kl. 2a, nr konta ucznia {DIGITS}", [DIGITS, SURNAME]),
}

# --- personal: parent-teacher meetings and tutoring bookings -------------------------------------------------------
MEETINGS: Dict[str, Tuple[str, Any]] = {
    "elternsprechtag": (f"Elternsprechtag 14:20 – {PARENT} (Mutter von Mirelka, 7b)", SURNAME),
    "rencontre": (f"Rendez-vous parents-professeurs : M. {SURNAME}, {MAIL}", [SURNAME, MAIL]),
    "parents evening": (f"Parents' evening booking for {CHILD} with Mr Hale, 17:40", SURNAME),
    "tutoria": (f"Tutoría con la familia de {CHILD} – tel. 659 381 742", [SURNAME, "659381742"]),
    "bijles": (f"Bijles wiskunde geboekt door {PARENT}, 06 5938 1742", [SURNAME, "59381742"]),
    "nachhilfe": (f"Nachhilfe Mathe 10. Klasse – Schüler {CHILD}, Rückruf {PHONE_DE}", [SURNAME, PHONE_DE_DIGITS]),
    "aulas": (f"Aulas particulares – aluno {CHILD}, responsável {PARENT}, WhatsApp (11) 95938-1742",
              [SURNAME, "959381742"]),
    "kateikyoshi": (f"家庭教師体験申込 生徒名：{CHILD} 電話 090-5938-1742", [SURNAME, "09059381742"]),
}

# --- personal: library cards, bus passes, student cards -------------------------------------------------------------
CARDS: Dict[str, Tuple[str, Any]] = {
    "library": (f"Library card 2{DIGITS}0041 - {CHILD}, renewal", [DIGITS, SURNAME]),
    "bibliotheque": (f"Carte de bibliothèque n° {DIGITS}12 au nom de {CHILD}", [DIGITS, SURNAME]),
    "schuelerticket": (f"Schülerticket 2026/27 für {CHILD}, geb. 12.03.2013", [SURNAME, "12.03.2013"]),
    "bus pass": (f"Home to school bus pass - pupil {CHILD}, DOB 12/03/2013, route 41", [SURNAME, "12/03/2013"]),
    "abono": (f"Abono transporte escolar – {CHILD}, nacida el 12/03/2013", [SURNAME, "12/03/2013"]),
    "legitymacja": (f"Legitymacja szkolna nr {DIGITS}/2026 – {CHILD}", [DIGITS, SURNAME]),
    "carteirinha": (f"Carteirinha estudantil – {CHILD}, CPF {CPF}", [SURNAME, CPF]),
}

# --- personal: a pupil's data under keys that name it -------------------------------------------------------------
KEYS = {"student_name": CHILD, "child_name": CHILD, "nom_enfant": CHILD, "kind_geburtsdatum": "14.05.2022",
        "child_dob": "2022-05-14", "student_id": f"S{DIGITS}", "numero_ine": f"0{DIGITS}42HJ",
        "child_allergies": f"Erdnüsse ({SURNAME})", "parent_phone": PHONE_DE, "matrikelnummer": f"{DIGITS}4"}
KEY_FORMS = {"student_name": [SURNAME], "child_name": [SURNAME], "nom_enfant": [SURNAME],
             "kind_geburtsdatum": ["14.05.2022"], "child_dob": ["2022-05-14"], "student_id": [DIGITS],
             "numero_ine": [DIGITS], "child_allergies": [SURNAME], "parent_phone": [PHONE_DE_DIGITS],
             "matrikelnummer": [DIGITS]}


def key_cases() -> Iterator[Case]:
    for key, value in KEYS.items():
        yield (f"key {key} @ custom property", "track", {"properties": {key: value}}, KEY_FORMS[key])
        yield (f"key {key} @ lead property", "track", {"name": "Lead", "properties": {key: value}}, KEY_FORMS[key])


def url_cases() -> Iterator[Case]:
    urls: Dict[str, Tuple[str, Any]] = {
        "ine query": (f"{SCHOOL}/inscription/confirmation?ine=0{DIGITS}42HJ&classe=6e", DIGITS),
        "student path": (f"{SCHOOL}/portal/students/900{DIGITS}/grades", DIGITS),
        "kita query": (f"{SCHOOL}/kita/anmeldung/danke?kind={quote(CHILD)}&geb=2022-05-14",
                       [SURNAME, "2022-05-14"]),
        "pesel path": (f"{SCHOOL}/przedszkole/rekrutacja/{PESEL}/status", PESEL),
        "parent mail": (f"{SCHOOL}/elternsprechtag/buchung?email={quote(MAIL)}&slot=1420", MAIL),
        "applicant": (f"{SCHOOL}/admissions/status?applicant=APP-{DIGITS}&name={quote(CHILD)}",
                      [DIGITS, SURNAME]),
        "personnummer query": (f"{SCHOOL}/skolskjuts/ansokan?pnr={PNR.replace('-', '')}", PNR.replace("-", "")),
        "canteen": (f"{SCHOOL}/cantine/recharge?compte={DIGITS}&eleve={quote(CHILD)}", [DIGITS, SURNAME]),
    }
    return rotated("url", urls, URL_PLACES, 2, start=0, put=_put)


def cases() -> List[Case]:
    return [
        *rotated("studentid", STUDENT_IDS, TEXT_PLACES, 2, put=_put),
        *rotated("application", APPLICATIONS, TEXT_PLACES, 2, start=7, put=_put),
        *rotated("grade", GRADES, TEXT_PLACES, 2, start=13, put=_put),
        *rotated("daycare", DAYCARE, TEXT_PLACES, 2, start=19, put=_put),
        *rotated("pickup", PICKUPS, TEXT_PLACES, 2, start=27, put=_put),
        *rotated("payment", PAYMENTS, TEXT_PLACES, 2, start=33, put=_put),
        *rotated("meeting", MEETINGS, TEXT_PLACES, 2, start=3, put=_put),
        *rotated("card", CARDS, TEXT_PLACES, 2, start=11, put=_put),
        *key_cases(),
        *url_cases(),
    ]


# --- the ordinary side -----------------------------------------------------------------------------------------------
ISBN_A = isbn13("978312731108")
ISBN_B = isbn13("978209171467")
ISBN_C = isbn13("978019840260")
UAI_A = uai("0750680")
UAI_B = uai("0693445")
TEXTS = [
    "MATH 101 Calculus I (4 credits)", "CS50: Introduction to Computer Science", "Klasse 7b Stundenplan",
    "Year 9 History Trip to Ypres 2027", "CE2 – fournitures scolaires", "Cahier de vacances 5e vers 4e",
    "Wintersemester 2026/27 Semesterbeitrag 312,50 €",
    "Trimestre 2 – cantine forfait 4 jours", "Mensa-Abo 5 Tage / Woche", "Menú mensual comedor escolar 5 días",
    "Buono pasto mensa scuola primaria", "Obiady szkolne – listopad 2026",
    "Meal plan Gold 19 meals/week", "Klassenfahrt Berlin 8a/8b", "Voyage scolaire Londres 4e",
    "Excursión 6º Primaria Granja Escuela", "Schoolreisje Efteling groep 5", "AQA GCSE Biology 8461",
    "Edexcel A Level Mathematics 9MA0", "Cambridge IGCSE 0580 Mathematics",
    "IB Diploma Programme Physics HL", "AP Calculus BC exam fee", "Bac 2027 – spécialité SES",
    "Abitur 2027 Leistungskurs Deutsch", "Selectividad EBAU 2027 Madrid", "Maturità 2027 seconda prova",
    "Eindexamen havo 2027", "Matura 2027 matematyka rozszerzona", "ENEM 2026 inscrição",
    "大学入学共通テスト 2027", "Högskoleprovet våren 2027", "Nationella prov åk 6",
    "Kita Sonnenschein Halbtagsplatz 25 h", "Crèche municipale Les Lilas – tarif horaire 1,25 €",
    "Escola Estadual Prof. João Silva – matrícula aberta", "Lycée Henri-IV, 23 rue Clovis, 75005 Paris",
    "Gymnasium am Stadtpark, Klasse 5-12", "Escuela Infantil La Paz 0-3 años", "Förskolan Solrosen, avgift 1 645 kr",
    "Nachhilfe Mathe 10. Klasse 45 min", "Tutoring package 10 x 60 min SAT prep",
    "Texas Instruments TI-84 Plus CE-T",
    "Schülerticket Verbund 2026/27", "Abono transporte escolar zona B",
    "Grade 5 supply list", "Periodo 2º trimestre 2026/27", "Tariffa mensa fascia 3 ISEE", "34,90 €",
]
CODES = [
    ISBN_A, f"ISBN {ISBN_B}", f"ISBN 978-0-19-840260-{ISBN_C[-1]}", ISBN_C, UAI_A, f"UAI {UAI_B}",
    "MATH-101-F26", "CS50x-2027", "KL7B-WS2026", "Y9-TRIP-YPRES-27", "CE2-FOUR-26", "AQA-8461-2027",
    "9MA0-01", "0580/42/M/J/27", "J277/01", "SKU-TI84-CET", "CAN-T2-4J", "MENSA-ABO-5T", "TT-2026-7B-MO",
    "ORD-2026-59381", "FEE-SEM-WS26", "KITA-HT-25H",
]
URLS = [
    f"{SCHOOL}/klassen/7b/stundenplan", f"{SCHOOL}/termine/elternsprechtag-2026", f"{SCHOOL}/mensa/speiseplan?kw=49",
    f"{SCHOOL}/kurse/math-101?term=spring-2027", f"{SCHOOL}/fr/college/5e/fournitures",
    f"{SCHOOL}/shop/klassenfahrt-berlin-8a?utm_source=newsletter&utm_medium=email",
    f"{SCHOOL}/es/comedor/menu-diciembre", f"{SCHOOL}/admissions/apply?programme=cs-bsc&intake=2027",
    f"{SCHOOL}/it/mensa/tariffe?fascia=3", f"{SCHOOL}/nl/groep-8/schoolreis", f"{SCHOOL}/search?q=isbn+{ISBN_A}",
    f"{SCHOOL}/etablissement/{UAI_A}/contact", f"{SCHOOL}/sv/forskola/avgifter", f"{SCHOOL}/pl/rekrutacja/terminy",
]
TEXT_ORDINARY_PLACES = ["product name", "search string", "page title", "custom property"]
CODE_PLACES = ["product id", "contents id", "order id", "custom property"]
URL_ORDINARY_PLACES = ["page url", "referrer"]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places({"school text": TEXTS, "school code": CODES, "school url": URLS},
                                  {"school text": TEXT_ORDINARY_PLACES, "school code": CODE_PLACES,
                                   "school url": URL_ORDINARY_PLACES}, _put)
