"""The seventy-fifth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: children. School and nursery sites, parents' apps and payment portals,
after-school clubs, holiday camps, tutoring, music lessons, swimming classes, children's parties, uniform shops and
school photos, in the UK, the US, Ireland, Germany, Austria, France, Spain, Italy, the Netherlands, Belgium, Poland,
Sweden, Denmark, Brazil, Japan, Korea and India.

About 150 personal cases put a child's or a family's own data in the leaves the README maps (custom properties and
their keys, product names and ids, contents, the page's URL, path, referrer and title, search, custom event names),
across the data-minimisation settings: a child's name with a date of birth, an age and a class; a parent's name,
mail and phone; an emergency contact; a pupil's number or a student id (some with their national check); allergies
and medical notes tied to a child's name; who picks a child up; a name label's or a uniform's printed name; a school
photo's order; a tutor's note; a party invitation naming the child and the address; a payment's reference naming
the child; links and keys that carry them. About 300 ordinary values (class and year names, term dates, clubs and
camps, lesson levels, uniform products and sizes, lunch menus, trips, schools and nurseries as public institutions,
staff titles without names, photo packages, fees, help pages, in a dozen languages and scripts) must go out whole.

Markers: the child `Tamsinora Vellquarrin` (`ヴェルクァリン`, `벨콰린`), her German and French classmates `Liesgard
Quormbichler` and `Élouanne Vrastimbert`, the parent `Odrienne Vellquarrin`, the grandfather `Haskeld Brommivar`
(`ブロミヴァル`), and the six digits `583917` in every number that is not a national id's (those are found whole).
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]
Table = Dict[str, Tuple[str, Any]]

TAG = "75"
KID, KID_GIVEN = "Vellquarrin", "Tamsinora"
DE_KID, FR_KID = "Quormbichler", "Vrastimbert"
PARENT = "Odrienne"
GRANDAD, GRANDAD_GIVEN = "Brommivar", "Haskeld"
KANA_KID, KANA_GRANDAD, HANGUL_KID = "ヴェルクァリン", "ブロミヴァル", "벨콰린"
MARK = "583917"
MAIL = "odrienne.vellquarrin@example.com"
SCHOOL = "https://parents.example-school.org.uk"

CHILD_FORMS = [KID, KID_GIVEN]
GRANDAD_FORMS = [GRANDAD, GRANDAD_GIVEN]


# --- national ids with their checks (a child's, as schools and camps ask for them) ---------------------------------
def _pesel(body: str) -> str:
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10) % 10)


def _bsn(body: str) -> str:  # eight digits and the 11-test's ninth (none when it would be 10)
    total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
    return body + str(total % 11)


def _personnummer(body: str) -> str:  # nine digits and Luhn's tenth
    total = 0
    for index, digit in enumerate(body):
        product = int(digit) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return body + str((10 - total % 10) % 10)


def _cpf(body: str) -> str:
    digits = [int(d) for d in body]
    for _ in range(2):
        total = sum(d * w for d, w in zip(digits, range(len(digits) + 1, 1, -1), strict=True))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


def _rrn(body: str) -> str:
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    check = (11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{check}"


def _ppsn(digits: str) -> str:
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    return digits + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def _upn(digits: str) -> str:  # England's unique pupil number: a check letter and twelve digits
    total = sum(int(d) * w for d, w in zip(digits, range(2, 14), strict=True))
    return "ABCDEFGHJKLMNPQRTUVWXYZ"[total % 23] + digits


PESEL = _pesel("1723145839")
BSN = _bsn("58391742")
PERSONNUMMER = _personnummer("170314583")
CPF = _cpf("583917426")
RRN = _rrn("170314458391")
PPSN = _ppsn("5839174")
UPN = _upn("801258391704")
assert len(BSN) == 9, BSN  # (an 11-test remainder of 10 would make no BSN)


# --- where the cases go ---------------------------------------------------------------------------------------------
def put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """A value in one of the README's leaves: the thirty-sixth attack's places, plus a school's own (a parents'
    portal's path, query and fragment, a club's booking note, a photo order's product, a camp's Lead)."""
    encoded = quote(value, safe="")
    money = {"value": "12.50", "currency": "GBP"}
    own: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "portal path": ("page", {"url": f"{SCHOOL}/children/{encoded}/timetable"}),
        "portal query": ("page", {"url": f"{SCHOOL}/payments?reference={encoded}&term=autumn"}),
        "portal fragment": ("page", {"url": f"{SCHOOL}/app#/messages/{encoded}"}),
        "booking note": ("track", {"name": "Club Booked", "properties": {"booking_note": value, "club": "Chess"}}),
        "photo order product": ("track", {"name": "Order Completed", "properties": money, "products": [
            {"product_id": "PHOTO-PACK-B", "name": value, "price": "12.50", "quantity": "1"}]}),
        "camp lead property": ("track", {"name": "Lead Generated", "properties": {"camp_notes": value}}),
    }
    return own[where] if where in own else place(where, value, TAG)


# (a user call's properties describe the visitor and never go out: no leaf for a case)
PLACES = [*(where for where in TEXT_PLACES if where != "user event property"), "portal path", "portal query",
          "portal fragment", "booking note", "photo order product", "camp lead property"]


# --- personal: a child's name, date of birth, age and class together -----------------------------------------------
CHILD: Table = {
    "uk enrolment": (f"{KID_GIVEN} {KID}, DOB 14/03/2017, Year 4 – Oak Class", [*CHILD_FORMS, "14/03/2017"]),
    "uk name age class": (f"{KID_GIVEN} {KID} (8) – Year 4 Oak", CHILD_FORMS),
    "us student grade": (f"Student: {KID_GIVEN} {KID}, Grade 3, Room 12, DOB 3/14/2017",
                         [*CHILD_FORMS, "3/14/2017"]),
    "ie enrolment": (f"Enrolment – {KID_GIVEN} {KID}, 2nd Class, date of birth 14/03/2017",
                     [*CHILD_FORMS, "14/03/2017"]),
    "de holiday camp": (f"Anmeldung Ferienlager 2026: Liesgard {DE_KID}, 9 Jahre, Klasse 3b", [DE_KID]),
    "at kindergarten": (f"Kindergarten Einschreibung – Liesgard {DE_KID}, geb. 02.09.2016", [DE_KID, "02.09.2016"]),
    "fr inscription": (f"Inscription CM2 : Élouanne {FR_KID}, née le 21/05/2015", [FR_KID, "21/05/2015"]),
    "it centro estivo": (f"Iscrizione centro estivo – {KID_GIVEN} {KID}, 8 anni, classe 3ª B", CHILD_FORMS),
    "es campamento": (f"Matrícula campamento: {KID_GIVEN} {KID}, 8 años, 3º de Primaria", CHILD_FORMS),
    "nl zwemles": (f"Inschrijving zwemles: {KID_GIVEN} {KID}, geboren 14-03-2017, groep 5",
                   [*CHILD_FORMS, "14-03-2017"]),
    "be stage": (f"Stage de Pâques – {KID_GIVEN} {KID} (8 ans), 3e primaire", CHILD_FORMS),
    "pl polkolonie": (f"Zapisy na półkolonie: {KID_GIVEN} {KID}, ur. 14.03.2017, klasa 3b",
                     [*CHILD_FORMS, "14.03.2017"]),
    "se simskola": (f"Anmälan simskola: {KID_GIVEN} {KID}, född 2017-03-14, klass 3B", [*CHILD_FORMS, "2017-03-14"]),
    "dk tilmelding": (f"Tilmelding: {KID_GIVEN} {KID}, født 14.03.2017, 3.b", [*CHILD_FORMS, "14.03.2017"]),
    "br matricula": (f"Matrícula: {KID_GIVEN} {KID}, nascida em 14/03/2017, 3º ano B", [*CHILD_FORMS, "14/03/2017"]),
    "jp jido": (f"児童名：{KANA_KID} タムシノラ 生年月日：2017年3月14日 3年2組", [KANA_KID, "2017年3月14日"]),
    "kr wona": (f"원아 이름: {HANGUL_KID} 탐시노라, 생년월일 2017.03.14, 햇살반", [HANGUL_KID, "2017.03.14"]),
    "in admission": (f"Admission form – {KID_GIVEN} {KID}, DOB 14-03-2017, Class III-B", [*CHILD_FORMS, "14-03-2017"]),
}

# --- personal: a parent's name, mail and phone ----------------------------------------------------------------------
PARENT_TABLE: Table = {
    "uk mail": (f"Parent: {PARENT} {KID} – {MAIL}", [KID, MAIL]),
    "uk mum mobile": (f"Mum's mobile 07700 {MARK} ({PARENT})", [f"7700{MARK}", PARENT]),
    "de elternteil": (f"Elternteil: {PARENT} {KID}, Tel. 0151 2{MARK}0", [KID, MARK]),
    "fr responsable": (f"Responsable légal : Mme {PARENT} {KID}, 06 58 39 17 42", [KID, "0658391742"]),
    "fr contact mail": (f"Contact parent : {MAIL}", [MAIL]),
    "it genitore": (f"Genitore: {PARENT} {KID}, cell. 347 {MARK[:3]} {MARK[3:]}4", [KID, MARK]),
    "es madre": (f"Madre/tutora: {PARENT} {KID} – 612 {MARK[:3]} {MARK[3:]}", [KID, MARK]),
    "nl ouder": (f"Ouder: {PARENT} {KID}, 06-{MARK}42", [KID, MARK]),
    "pl rodzic": (f"Rodzic: {PARENT} {KID}, tel. 605 {MARK[:3]} {MARK[3:]}", [KID, MARK]),
    "se vardnadshavare": (f"Vårdnadshavare: {PARENT} {KID}, 070-583 91 74", [KID, "0705839174"]),
    "dk foraelder": (f"Forælder: {PARENT} {KID}, tlf. 25 83 91 74", [KID, "25839174"]),
    "br responsavel": (f"Responsável: {PARENT} {KID}, (11) 9{MARK[:4]}-{MARK[4:]}42", [KID, MARK]),
    "jp hogosha": (f"保護者氏名：{KANA_KID} オドリエンヌ 電話 090-{MARK[:4]}-{MARK[4:]}42", [KANA_KID, MARK]),
    "kr hakbumo": (f"학부모 연락처: 010-{MARK[:4]}-{MARK[4:]}42 ({HANGUL_KID} 어머니)", [HANGUL_KID, MARK]),
    "in guardian": (f"Parent/guardian: {PARENT} {KID}, +91 98{MARK[:3]} {MARK[3:]}42", [KID, MARK]),
    "us guardian": (f"Guardian: {PARENT} {KID} (312) {MARK[:3]}-{MARK[3:]}4", [KID, MARK]),
}

# --- personal: an emergency contact -------------------------------------------------------------------------------
EMERGENCY: Table = {
    "uk grandad": (f"Emergency contact: {GRANDAD_GIVEN} {GRANDAD} (grandad) 07700 {MARK}",
                   [*GRANDAD_FORMS, f"7700{MARK}"]),
    "de notfall": (f"Notfallkontakt: {GRANDAD_GIVEN} {GRANDAD}, Opa, 0171 {MARK}4", [*GRANDAD_FORMS, MARK]),
    "fr urgence": (f"Personne à prévenir en cas d'urgence : {GRANDAD_GIVEN} {GRANDAD}, 07 58 39 17 42",
                   [*GRANDAD_FORMS, "0758391742"]),
    "it emergenza": (f"Contatto di emergenza: nonno {GRANDAD_GIVEN} {GRANDAD} 338 {MARK[:3]} {MARK[3:]}4",
                     [*GRANDAD_FORMS, MARK]),
    "es emergencia": (f"Contacto de emergencia: {GRANDAD_GIVEN} {GRANDAD} (abuelo) 655 83 91 74",
                      [*GRANDAD_FORMS, "655839174"]),
    "nl noodcontact": (f"Noodcontact: opa {GRANDAD_GIVEN} {GRANDAD} 06 {MARK}42", [*GRANDAD_FORMS, MARK]),
    "pl awaryjny": (f"Kontakt awaryjny: dziadek {GRANDAD_GIVEN} {GRANDAD} 501 {MARK[:3]} {MARK[3:]}",
                    [*GRANDAD_FORMS, MARK]),
    "se nodkontakt": (f"Nödkontakt: morfar {GRANDAD_GIVEN} {GRANDAD} 073-583 91 74", [*GRANDAD_FORMS, "0735839174"]),
    "br emergencia": (f"Contato de emergência: avô {GRANDAD_GIVEN} {GRANDAD} (21) 98{MARK[:3]}-{MARK[3:]}4",
                      [*GRANDAD_FORMS, MARK]),
    "jp kinkyu": (f"緊急連絡先：祖父 {KANA_GRANDAD} ハスケルド 080-{MARK[:4]}-{MARK[4:]}42", [KANA_GRANDAD, MARK]),
    "ie call on": (f"In case of emergency call {GRANDAD_GIVEN} {GRANDAD} on 087 {MARK[:3]} {MARK[3:]}4",
                   [*GRANDAD_FORMS, MARK]),
}

# --- personal: a pupil's number, a student id, a child's national id -----------------------------------------------
PUPIL: Table = {
    "uk upn": (f"UPN: {UPN}", [UPN[1:]]),
    "uk pupil number": (f"Pupil number {MARK}", [MARK]),
    "de schuelernummer": (f"Schülernummer: {MARK}", [MARK]),
    "fr ine": (f"INE : 070{MARK}4K", [MARK]),
    "us student id": (f"Student ID: S-{MARK}", [MARK]),
    "es nia": (f"NIA del alumno: 27{MARK}", [MARK]),
    "it matricola": (f"Matricola studente {MARK}", [MARK]),
    "nl leerlingnummer": (f"Leerlingnummer: {MARK}", [MARK]),
    "pl legitymacja": (f"Numer legitymacji szkolnej: {MARK}/2026", [MARK]),
    "br ra": (f"RA do aluno: 000{MARK}-4", [MARK]),
    "jp gakuseki": (f"学籍番号：{MARK}", [MARK]),
    "kr hakbeon": (f"학번: 20{MARK}", [MARK]),
    "in admission no": (f"Roll No. 17, Admission No. 2025/{MARK}", [MARK]),
    "pl pesel": (f"PESEL dziecka: {PESEL}", [PESEL]),
    "nl bsn": (f"BSN leerling: {BSN}", [BSN]),
    "se personnummer": (f"Personnummer barn: {PERSONNUMMER[:6]}-{PERSONNUMMER[6:]}", [PERSONNUMMER]),
    "br cpf": (f"CPF da criança: {CPF}", [CPF.replace(".", "").replace("-", "")]),
    "kr rrn": (f"주민등록번호 {RRN}", [RRN.replace("-", "")]),
    "ie ppsn": (f"Child's PPS number {PPSN}", [PPSN]),
}

# --- personal: allergies and medical notes tied to a child's name --------------------------------------------------
MEDICAL: Table = {
    "uk nut allergy": (f"{KID_GIVEN} {KID} – severe nut allergy, EpiPen in bag", CHILD_FORMS),
    "de allergie": (f"Allergie: Liesgard {DE_KID} – Erdnüsse, Notfallset im Ranzen", [DE_KID]),
    "fr pai": (f"PAI : Élouanne {FR_KID} – allergie arachide, asthme", [FR_KID]),
    "uk coeliac": (f"{KID_GIVEN} {KID} is coeliac – gluten-free lunches please", CHILD_FORMS),
    "es alergia": (f"Alergia de {KID_GIVEN} {KID}: frutos secos", CHILD_FORMS),
    "it allergia": (f"Allergia alle arachidi – {KID_GIVEN} {KID}, classe 3B", CHILD_FORMS),
    "us diabetes": (f"Type 1 diabetes – {KID_GIVEN} {KID} needs a snack at 10:30", CHILD_FORMS),
    "nl medicatie": (f"Medicatie: {KID_GIVEN} {KID} – inhalator bij zwemles", CHILD_FORMS),
    "pl uczulenie": (f"Uczulenie: {KID_GIVEN} {KID} – orzechy", CHILD_FORMS),
    "jp allergy": (f"アレルギー：{KANA_KID} タムシノラ（卵・乳）", [KANA_KID]),
    "uk epilepsy": (f"Epilepsy care plan – {KID_GIVEN} {KID}, Year 4", CHILD_FORMS),
    "in adhd": (f"ADHD – {KID_GIVEN} {KID}, medication at lunch", CHILD_FORMS),
}

# --- personal: who picks the child up --------------------------------------------------------------------------------
PICKUP: Table = {
    "uk fridays": (f"Pickup: {GRANDAD_GIVEN} {GRANDAD} (grandad) on Fridays", GRANDAD_FORMS),
    "uk collected by": (f"Collected today by {GRANDAD_GIVEN} {GRANDAD}", GRANDAD_FORMS),
    "de abholberechtigt": (f"Abholberechtigt: {GRANDAD_GIVEN} {GRANDAD}", GRANDAD_FORMS),
    "fr recuperer": (f"Personne autorisée à récupérer l'enfant : {GRANDAD_GIVEN} {GRANDAD}", GRANDAD_FORMS),
    "it ritiro": (f"Persona autorizzata al ritiro: {GRANDAD_GIVEN} {GRANDAD}", GRANDAD_FORMS),
    "es recoger": (f"Persona autorizada a recoger: {GRANDAD_GIVEN} {GRANDAD}", GRANDAD_FORMS),
    "nl ophalen": (f"Wordt opgehaald door: {GRANDAD_GIVEN} {GRANDAD}", GRANDAD_FORMS),
    "pl odbior": (f"Osoba upoważniona do odbioru: {GRANDAD_GIVEN} {GRANDAD}", GRANDAD_FORMS),
    "se hamtas": (f"Hämtas av: {GRANDAD_GIVEN} {GRANDAD}", GRANDAD_FORMS),
    "dk afhentes": (f"Afhentes af: {GRANDAD_GIVEN} {GRANDAD}", GRANDAD_FORMS),
    "jp omukae": (f"お迎え：{KANA_GRANDAD} ハスケルド（祖父）", [KANA_GRANDAD]),
}

# --- personal: a name label's or a uniform's printed name ------------------------------------------------------------
NAMETAG: Table = {
    "uk name labels caps": (f"Name labels: {KID_GIVEN.upper()} {KID.upper()}", CHILD_FORMS),
    "uk name tapes": (f"Iron-on name tapes – {KID_GIVEN} {KID} (x50)", CHILD_FORMS),
    "de namensetiketten": (f"Namensetiketten: Liesgard {DE_KID}", [DE_KID]),
    "fr etiquettes": (f"Étiquettes nominatives thermocollantes – Élouanne {FR_KID}", [FR_KID]),
    "it etichette": (f"Etichette nome: {KID_GIVEN} {KID}", CHILD_FORMS),
    "nl naamlabels": (f"Naamlabels: {KID_GIVEN} {KID}", CHILD_FORMS),
    "dk navnemaerker": (f"Navnemærker: {KID_GIVEN} {KID}", CHILD_FORMS),
    "jp onamae": (f"お名前シール：{KANA_KID} タムシノラ", [KANA_KID]),
    "uk embroidered": (f"Embroidered name on jumper: T. {KID.upper()}", [KID]),
    "uk book bag": (f"Book bag print: {KID_GIVEN} {KID} 4O", CHILD_FORMS),
}

# --- personal: a school photo's order with the child's name ---------------------------------------------------------
PHOTO: Table = {
    "uk order": (f"School photo order – {KID_GIVEN} {KID}, Year 4 Oak, pack B", CHILD_FORMS),
    "uk class photo": (f"Class photo 2026 – {KID_GIVEN} {KID} (Oak)", CHILD_FORMS),
    "de schulfoto": (f"Schulfoto-Bestellung: Liesgard {DE_KID}, 3b, Paket Gold", [DE_KID]),
    "fr photo de classe": (f"Photo de classe – Élouanne {FR_KID}, CM2, pochette n° {MARK}", [FR_KID, MARK]),
    "it foto": (f"Foto di classe – {KID_GIVEN} {KID}, 3ªB, codice {MARK}", [*CHILD_FORMS, MARK]),
    "uk access code": (f"Access code {MARK} – {KID_GIVEN} {KID} individual portrait", [*CHILD_FORMS, MARK]),
    "uk file family first": (f"{KID}_{KID_GIVEN}_Year4_portrait.jpg", CHILD_FORMS),
    "uk file img": (f"IMG_{KID_GIVEN}_{KID}_schoolphoto.jpg", CHILD_FORMS),
    "nl schoolfoto": (f"Schoolfoto – {KID_GIVEN} {KID}, groep 5", CHILD_FORMS),
}

# --- personal: a tutor's or a teacher's note about a named child ----------------------------------------------------
TUTOR: Table = {
    "uk lesson notes": (f"Lesson notes for {KID_GIVEN} {KID}: Grade 2 piano, scales", CHILD_FORMS),
    "de nachhilfe": (f"Nachhilfe – Liesgard {DE_KID}: Mathe, Note 4", [DE_KID]),
    "fr compte rendu": (f"Compte rendu de cours – Élouanne {FR_KID} : progrès en lecture", [FR_KID]),
    "uk reading age": (f"Report: {KID_GIVEN} {KID} – reading age 7.5, needs support", CHILD_FORMS),
    "uk swim assessment": (f"Swimming assessment – {KID_GIVEN} {KID} passed Stage 3", CHILD_FORMS),
    "it violino": (f"Feedback lezione di violino: {KID_GIVEN} {KID}", CHILD_FORMS),
    "es profesor": (f"Nota del profesor: {KID_GIVEN} {KID} necesita refuerzo en lectura", CHILD_FORMS),
    "pl dysleksja": (f"Uwagi nauczyciela – {KID_GIVEN} {KID}: dysleksja", CHILD_FORMS),
    "us sen": (f"Progress report for {KID_GIVEN} {KID} – SEN support", CHILD_FORMS),
    "jp shido": (f"指導メモ：{KANA_KID} タムシノラさん 算数", [KANA_KID]),
}

# --- personal: a party invitation naming the child and the address --------------------------------------------------
PARTY: Table = {
    "uk leeds": (f"{KID_GIVEN}'s 8th birthday party! 12 Elm Road, Leeds LS6 2QT, Sat 2pm", [KID_GIVEN, "LS6 2QT"]),
    "uk bristol": (f"You're invited to {KID_GIVEN} {KID}'s 8th birthday – 27 Oak Lane, Bristol BS6 5JH",
                   [*CHILD_FORMS, "BS6 5JH"]),
    "de muenchen": (f"Einladung zum Kindergeburtstag von Liesgard {DE_KID} – Lindenstraße 14, 80331 München",
                    [DE_KID, "Lindenstraße 14"]),
    "fr lyon": (f"Anniversaire d'Élouanne {FR_KID} – 12 rue des Lilas, 69003 Lyon", [FR_KID, "12 rue des Lilas"]),
    "it milano": (f"Festa di compleanno di {KID_GIVEN} {KID} – Via Garibaldi 21, 20121 Milano", CHILD_FORMS),
    "es madrid": (f"Cumpleaños de {KID_GIVEN} {KID} – Calle Mayor 14, 28013 Madrid", CHILD_FORMS),
    "nl amsterdam": (f"Kinderfeestje {KID_GIVEN} {KID} – Kerkstraat 12, 1017 GC Amsterdam", CHILD_FORMS),
    "pl warszawa": (f"Urodziny {KID_GIVEN} {KID} – ul. Długa 7/3, 00-238 Warszawa", CHILD_FORMS),
    "se stockholm": (f"Kalas för {KID_GIVEN} {KID} – Storgatan 5, 114 55 Stockholm", CHILD_FORMS),
    "dk koebenhavn": (f"Fødselsdag: {KID_GIVEN} {KID}, Nørregade 12, 1165 København K", CHILD_FORMS),
    "br sao paulo": (f"Aniversário da {KID_GIVEN} {KID} – Rua Augusta 120, 01304-000 São Paulo", CHILD_FORMS),
    "us springfield": (f"Happy 8th Birthday {KID_GIVEN} {KID}! 500 N Elm Dr, Springfield, IL 62701", CHILD_FORMS),
}

# --- personal: a payment's reference naming the child ---------------------------------------------------------------
PAYMENT: Table = {
    "uk dinner money": (f"Payment ref: {KID.upper()} T 4O dinner money", [KID]),
    "uk lunch money": (f"Lunch money – {KID_GIVEN} {KID} – £23.40", CHILD_FORMS),
    "uk trip ref": (f"Ref {MARK} {KID_GIVEN} {KID} trip to Eden Project", [*CHILD_FORMS, MARK]),
    "de verwendungszweck": (f"Verwendungszweck: Essensgeld Liesgard {DE_KID} 3b", [DE_KID]),
    "fr reference": (f"Référence : cantine Élouanne {FR_KID} CM2", [FR_KID]),
    "it causale": (f"Causale: retta mensa {KID_GIVEN} {KID} 3B", CHILD_FORMS),
    "es concepto": (f"Concepto: comedor {KID_GIVEN} {KID} 3ºB", CHILD_FORMS),
    "be mededeling": (f"Mededeling: ouderbijdrage {KID_GIVEN} {KID} 3de leerjaar", CHILD_FORMS),
    "pl tytul": (f"Tytuł przelewu: {KID_GIVEN} {KID} kl. 3b obiady", CHILD_FORMS),
    "se meddelande": (f"Meddelande till mottagaren: {KID_GIVEN} {KID} klass 3B", CHILD_FORMS),
    "br referencia": (f"Referência: mensalidade {KID_GIVEN} {KID} 3º ano", CHILD_FORMS),
    "in fee receipt": (f"Fee receipt – {KID_GIVEN} {KID}, Admission No. {MARK}", [*CHILD_FORMS, MARK]),
}

# --- personal: links a parents' app or a payment portal writes -------------------------------------------------------
LINK: Table = {
    "child slug": (f"{SCHOOL}/children/tamsinora-vellquarrin/report", [KID]),
    "kita route": ("https://app.example-kita.de/#/kinder/liesgard-quormbichler/tagebuch", [DE_KID]),
    "pay query": (f"{SCHOOL}/pay?pupil=Tamsinora+Vellquarrin&ref={MARK}", [KID, MARK]),
    "student number path": (f"https://portal.example-district.us/students/{MARK}/grades", [MARK]),
    "parent mail query": (f"{SCHOOL}/signup?email={quote(MAIL, safe='')}&club=chess", [MAIL]),
    "camp child name": ("https://camps.example.ie/book?child_name=Tamsinora%20Vellquarrin&age=8", [KID]),
    "photo proof": (f"https://photos.example-studio.co.uk/proofs/{MARK}/vellquarrin-tamsinora", [KID, MARK]),
    "eleve fragment": (f"https://ent.example-college.fr/#eleve=Elouanne+{FR_KID}&classe=CM2", [FR_KID]),
}

# --- personal: keys that name the child, the parent, the contact ----------------------------------------------------
KEYED: Dict[str, Tuple[str, str, List[str]]] = {
    "child_name": ("child_name", f"{KID_GIVEN} {KID}", CHILD_FORMS),
    "nome_bambino": ("nome_bambino", f"{KID_GIVEN} {KID}", CHILD_FORMS),
    "kind_naam": ("naam_kind", f"{KID_GIVEN} {KID}", CHILD_FORMS),
    "imie_dziecka": ("imie_dziecka", KID_GIVEN, [KID_GIVEN]),
    "pupil_dob": ("pupil_dob", "2017-03-14", ["2017-03-14"]),
    "emergency_contact": ("emergency_contact", f"{GRANDAD_GIVEN} {GRANDAD}", GRANDAD_FORMS),
    "pickup_person": ("pickup_person", f"{GRANDAD_GIVEN} {GRANDAD}", GRANDAD_FORMS),
    "student_id": ("student_id", f"S{MARK}", [MARK]),
    "jp jido shimei": ("児童氏名", f"{KANA_KID} タムシノラ", [KANA_KID]),
    "allergies of child": ("child_allergies", "peanuts, tree nuts", ["peanuts, tree nuts"]),
}

_KEY_PLACES = ["custom property", "page property", "listed custom property"]


def _keyed_cases() -> Iterator[Case]:
    for index, (name, (key, value, forms)) in enumerate(KEYED.items()):
        where = _KEY_PLACES[index % len(_KEY_PLACES)]
        settings = {"meta_custom_data": key} if where == "listed custom property" else {}
        kind = "page" if where == "page property" else "track"
        overrides: Dict[str, Any] = {"properties": {key: value, "club": "Chess"}}
        if settings:
            overrides["settings"] = settings
        yield (f"keyed {name} @ {where}", kind, overrides, forms)


def cases() -> List[Case]:
    """Every personal case: (name, kind, make_event overrides, the forms that must not leave)."""
    tables = [("child", CHILD), ("parent", PARENT_TABLE), ("emergency", EMERGENCY), ("pupil", PUPIL),
              ("medical", MEDICAL), ("pickup", PICKUP), ("nametag", NAMETAG), ("photo", PHOTO), ("tutor", TUTOR),
              ("party", PARTY), ("payment", PAYMENT)]
    found: List[Case] = []
    start = 0
    for family, table in tables:
        found += list(rotated(family, table, PLACES, 1, start=start, put=put))
        start += len(table) + 3
    found += list(rotated("link", LINK, URL_PLACES, 1, start=0, put=put))
    found += list(_keyed_cases())
    return found


# --- ordinary: what a school's, a club's or a uniform shop's pages say ----------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "classes": [
        "Year 4 – Oak Class", "Klasse 3b", "CM2", "Reception – Robins", "Year 10 Set 2", "Grade 3 – Room 12",
        "3º de Primaria", "classe 3ª B", "groep 5", "klasa 3b", "klass 3B", "3.b", "3º ano B", "3年2組",
        "3학년 2반", "Class III-B", "Junior Infants", "2nd Class", "Transition Year", "Pre-K", "Vorschulgruppe",
        "Petite section", "Sezione Girasoli", "Educación Infantil 5 años", "Kleuterklas 2", "Förskoleklass",
        "0. klasse", "Maternal II", "年長 さくら組", "Sixth Form", "5e B", "Seconde générale", "1re S2",
        "Oberstufe Q1", "3de leerjaar",
    ],
    "terms": [
        "Autumn term 2026: 3 Sep – 18 Dec", "Half term 26–30 Oct", "Herbstferien 2026: 12.10.–24.10.",
        "Vacances de la Toussaint du 17/10 au 02/11", "Anno scolastico 2026/27", "Curso 2026-2027",
        "Herfstvakantie 2026", "Ferie zimowe 2027", "Höstlov vecka 44", "Efterårsferie uge 42",
        "Férias escolares julho 2026", "2学期 始業式 9月1日", "2학기 개학 8월 25일",
        "Summer vacation 1 May – 30 June", "Spring Break March 16–20", "Easter holidays 2027",
        "Mid-term break 26–30 October", "INSET day – Monday 2 November", "Semesterferien Februar 2027",
    ],
    "clubs": [
        "Multi-sports holiday camp – ages 5-11", "Chess Club (Tuesdays)", "Forest School", "Breakfast Club 7:45–8:45",
        "Wraparound care – after-school club", "Ferienbetreuung Sommer 2026", "Hort – Nachmittagsbetreuung",
        "Centre de loisirs – mercredi", "Colonie de vacances – Ardèche 10 jours", "Centro estivo 2026 – Settimana 3",
        "Campamento de verano – Inglés y deportes", "Zomerkamp 2026", "Półkolonie letnie 2026",
        "Sommarläger för barn 8–12 år", "Sommerlejr 2026", "Colônia de férias", "夏休みキッズキャンプ",
        "여름 영어캠프", "Summer Coding Camp (ages 9–13)", "Drama Club – Spring showcase", "Cub Scouts – Pack 12",
        "Speelpleinwerking Zomer 2026", "Stage multisports – Pâques",
    ],
    "lessons": [
        "Stage 3 swimming", "Seepferdchen-Kurs", "Level 4 – Improver", "Grade 2 piano", "ABRSM Grade 5 Theory",
        "Trinity Grade 3 Violin", "Bronze Award", "Ballet – Pre-Primary", "Judo – Yellow belt", "Kumon Level C",
        "GCSE Maths Higher – tutoring", "11+ preparation course", "Cours de natation – niveau 2",
        "Lezioni di chitarra – principianti", "Clases de refuerzo – Matemáticas 4º ESO", "Zwemles A-diploma",
        "Nauka pływania – grupa początkująca", "Simskola – Pingvin", "Svømmeskole – Hold 3",
        "Aula de natação – nível 2", "スイミングスクール 5級", "태권도 노란띠", "JEE Foundation – Class 9",
    ],
    "uniform": [
        "School jumper – Navy, age 7-8", "Polo shirt white 2-pack, 9-10 years", "Book bag with logo",
        "PE shorts, size 28\"", "Blazer 32\" chest", "Clip-on tie – Oak House", "Sweatshirt cardigan, Age 5-6",
        "Turnbeutel mit Schullogo", "Blouse à col Claudine 8 ans", "Grembiule bianco taglia 120",
        "Falda gris – talla 8", "Gymtas met logo", "Bluza granatowa 134", "Skoluniform tröja stl 130",
        "Camiseta uniforme tam 10", "体操服 130cm", "교복 셔츠 150", "School shoes – black, size 13 junior",
        "Iron-on name labels – 50 pack", "Name stamp for clothes", "Personalised book bag (add name at checkout)",
    ],
    "menus": [
        "Lunch menu week 2: Fish fingers, chips, peas", "Jacket potato with beans",
        "Mittagessen: Spaghetti Bolognese / vegetarisch", "Menu cantine : poisson pané, purée",
        "Menù mensa: pasta al pomodoro", "Menú comedor: lentejas", "Lunchmenu: pannenkoeken",
        "Obiad: zupa pomidorowa", "Skolmat: fiskpinnar", "Madpakke-ordning", "Merenda: fruta e iogurte",
        "給食献立：カレーライス", "급식: 비빔밥", "Mid-day meal: dal and rice",
        "Allergen information: nut-free, gluten-free options",
    ],
    "trips": [
        "Year 4 trip to the Natural History Museum", "Klassenfahrt nach Berlin 2026", "Sortie scolaire au Louvre – CM2",
        "Gita scolastica a Firenze", "Excursión al zoo – 3º Primaria", "Schoolreisje Efteling",
        "Wycieczka klasowa do Krakowa", "Skolresa till Skansen", "Lejrskole på Bornholm",
        "Passeio ao zoológico", "修学旅行 京都・奈良", "수학여행 경주", "Field trip – Science Center (Grade 3)",
        "Residential trip – PGL Marchants Hill",
    ],
    "institutions": [
        "St Mary's C of E Primary School", "Oakfield Academy", "Grundschule am Lindenpark",
        "École élémentaire Jules Ferry", "Scuola primaria Giovanni Pascoli", "CEIP Miguel de Cervantes",
        "Basisschool De Regenboog", "Szkoła Podstawowa nr 12", "Vasaskolan", "Kita Sonnenschein",
        "Crèche Les Petits Loups", "Asilo nido Il Girotondo", "Lycée Victor Hugo", "Kennedy Elementary School",
        "Lincoln High School", "Kendriya Vidyalaya No. 2", "Delhi Public School, R.K. Puram",
        "Scoil Mhuire National School", "Gymnasium Sophie Scholl", "Volksschule Wien-Favoriten",
        "Escola Estadual Prof. João Silva", "Koninklijk Atheneum Antwerpen", "Folkeskolen i Valby",
    ],
    "titles": [
        "Head Teacher", "Deputy Head", "SENCO", "Class Teacher – Year 4", "Schulleitung", "Klassenlehrerin 3b",
        "Directrice de l'école", "Professeur des écoles", "Dirigente scolastico", "Jefa de estudios",
        "Directeur basisschool", "Dyrektor szkoły", "Rektor", "Skoleleder", "Diretora pedagógica", "校長",
        "교장", "Principal", "Vice Principal", "Designated Safeguarding Lead", "Pastoral Lead",
    ],
    "photos": [
        "School photo pack B – 2 × 10x8, 4 × 6x4", "Class group photo 2026 – digital download",
        "Sibling photo – Pack C",
        "Photo de classe – pochette 3 tirages", "Schulfoto Paket Gold", "Foto di classe 20x30", "Fotopakket Basis",
        "Enter your access code to view proofs", "Retake day – 14 November",
    ],
    "fees": [
        "Breakfast club £4.50 per session", "Camp fee €185 / week", "Hortgebühr 120 € monatlich",
        "Tarif cantine 3,80 €", "Retta mensile € 250", "Cuota AMPA 25 €", "Ouderbijdrage € 45",
        "Opłata za obiady 180 zł", "Avgift fritids 1 200 kr", "SFO-takst 2.150 kr", "Mensalidade R$ 1.250,00",
        "月謝 8,000円", "수강료 250,000원", "Tuition fee ₹45,000 per term", "Sibling discount 10%",
    ],
    "help": [
        "How do I top up my child's lunch account?", "Forgot your parent portal password?",
        "Wie melde ich mein Kind krank?", "Comment inscrire mon enfant à la cantine ?",
        "Come iscrivere mio figlio al centro estivo", "¿Cómo justificar una falta de asistencia?",
        "Hoe meld ik mijn kind ziek?", "Jak usprawiedliwić nieobecność dziecka?", "Hur sjukanmäler jag mitt barn?",
        "Hvordan melder jeg mit barn syg?", "Como matricular meu filho?", "欠席連絡の方法", "결석 신고 방법",
        "How to apply for a school bus pass", "Medical consent form – download PDF",
    ],
    # ordinary values that look like a person's: people's names that are schools, methods, awards or characters;
    # labels with no person after them
    "lookalikes": [
        "Szkoła Podstawowa im. Marii Konopnickiej", "IC Don Lorenzo Milani", "Escola Municipal Monteiro Lobato",
        "Anne Frank Basisschool", "Astrid Lindgrens skola", "H.C. Andersen Skolen", "Collège Jean Moulin",
        "École maternelle Louise Michel", "Colegio Santa Teresa de Jesús", "世田谷区立桜小学校", "서울숲초등학교",
        "Montessori nursery – 2 to 5 years", "Suzuki Book 2 violin", "Duke of Edinburgh Bronze Award",
        "Oxford Reading Tree Stage 5 – Biff, Chip and Kipper", "Grade 8 Piano – Chopin Nocturne",
        "Frozen Elsa costume age 5-6", "Peppa Pig birthday cake", "Harry Potter Book Club (Year 5-6)",
        "Pickup: 3:15pm at the main gate", "Abholung: 15:30 Uhr", "Allergie: Erdnüsse, Milch",
        "Name labels – 50 pack", "お名前シール 100枚セット", "Étiquettes nominatives – lot de 60",
        "Namensetiketten mit Wunschname", "Lesson notes for Grade 2 piano", "Report: Ofsted Good 2025",
        "Enrolment – Autumn 2026", "Anmeldung Ferienlager 2026 – noch 5 Plätze frei",
        "Payment ref: use your child's name and class", "Class photo 2026 – Oak Class",
        "Happy 8th Birthday banner", "U10 roster – Spring 2026 season", "F-Jugend Kader 2026/27",
        "In an emergency call 999", "Student ID card lanyard", "Pupil Premium strategy statement 2026",
        "Allergy: Peanuts", "Allergie: Gluten", "Emergency contact: School Office", "Notfallkontakt: Sekretariat",
    ],
}

ORDINARY_PLACES = ["custom property", "page title", "product name", "search string", "content name",
                   "content category", "product category", "page name", "contents title", "standard content name",
                   "listed custom property", "page category", "product brand", "page property"]

ORDINARY_URLS = [
    "https://www.example-school.org.uk/term-dates/2026-27",
    "https://www.example-school.org.uk/clubs/chess-club?term=autumn",
    "https://kita-sonnenschein.example.de/anmeldung/krippe",
    "https://www.example-ecole.fr/cantine/menus/semaine-42",
    "https://uniform.example-shop.co.uk/products/school-jumper-navy?size=7-8",
    "https://camps.example.ie/summer-camp-2026/ages-5-11",
    "https://www.example-photos.co.uk/order?pack=B&school=oakfield",
    "https://swim.example.com/lessons/stage-3",
]


def ordinary_cases() -> Iterator[Ordinary]:
    """Each ordinary value in one of the leaves that carry them, every eighth in two (rotated), then the URLs as a
    page's URL and its referrer: (test id, kind, make_event overrides, the value that must go out)."""
    index = count = 0
    for family, values in ORDINARY.items():
        for value in values:
            per = 2 if count % 8 == 0 else 1
            for step in range(per):
                where = ORDINARY_PLACES[(index + step) % len(ORDINARY_PLACES)]
                yield (f"{family}: {value} @ {where}", *place(where, value, TAG), value)
            index += per
            count += 1
    for url in ORDINARY_URLS:
        yield (f"urls: {url} @ page url", "page", {"url": url}, url)
        yield (f"urls: {url} @ referrer", "page", {"referrer": url}, url)
