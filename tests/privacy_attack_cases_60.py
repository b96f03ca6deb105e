"""The sixtieth outside attack's cases, written blind from the README's promises (sections "Personal data: one budget
in, one gate out", "Settings", "Identity", the mapping tables), without reading the gate's code, its reference nor
the earlier attacks' cases: legal services, courts, notaries, immigration offices and public administration. Law
firms' sites, notaries' portals, online civil-status and criminal-record services, visa agents, appointment pages of
town halls and immigration offices, fine-payment and tax portals send the events any shop sends (a page, a search, a
fee bought, a purchase, a lead), and their ordinary values look like case files: statutes and articles, public case
law citations and ECLI identifiers, form numbers (`Cerfa 12100*02`, `I-130`, `EX-15`), fees and services, offices
and their opening hours, in German, French, Spanish, Italian, Dutch, Polish, Portuguese, English and Japanese: about
300 ordinary cases that must go out whole.

The personal side (150 cases) puts a person's own matter in the same leaves: a court case with the parties' names, a
lawyer's client file, a notary's deed naming the buyer and the seller, a power of attorney, a divorce or custody
filing, a visa or residence-permit application with its number and applicant, an appointment booked at an
immigration office or a town hall, a civil-status certificate ordered online, a criminal record extract, a fine with
the offender's plate or name, a tax office's letter with a tax id (with its check digit), a benefit claim. Each
carries a made-up marker (`Oriane Vandrelkamp`, `Quesnoy-Tabard`, the digits `481726`) so a leak is findable.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import SHOP, TEXT_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "60"
GIVEN = "Oriane"
SURNAME = "Vandrelkamp"
NAME = f"{GIVEN} {SURNAME}"
OTHER = "Quesnoy-Tabard"  # the other party, the seller, the spouse
DIGITS = "481726"
KANJI = "鴇田"  # a made-up Japanese surname
KANJI_NAME = "鴇田 凛音"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# --- check digits the states' numbers carry --------------------------------------------------------------------------
def steuer_id(ten: str) -> str:
    """A German tax id (IdNr): ten digits and the ISO 7064 MOD 11,10 check."""
    product = 10
    for char in ten:
        total = (int(char) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return f"{ten}{0 if check == 10 else check}"


def dni(number: str, prefix: str = "") -> str:
    """A Spanish DNI (or an NIE after its X, Y or Z) with its control letter."""
    lead = {"": "", "X": "0", "Y": "1", "Z": "2"}[prefix]
    return f"{prefix}{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(lead + number) % 23]}"


def bsn(eight: str) -> str:
    """A Dutch BSN: eight digits and the ninth that passes the 11-test (a body giving 10 is none)."""
    total = sum(int(char) * (9 - index) for index, char in enumerate(eight)) % 11
    assert total != 10
    return f"{eight}{total}"


def pesel(ten: str) -> str:
    """A Polish PESEL: ten digits and the check over weights 1 3 7 9."""
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return f"{ten}{(10 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 10) % 10}"


def cpf(nine: str) -> str:
    """A Brazilian CPF: nine digits and its two checks, printed as 000.000.000-00."""
    digits = [int(char) for char in nine]
    for start in (10, 11):
        rest = sum(d * (start - index) for index, d in enumerate(digits)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


def my_number(eleven: str) -> str:
    """A Japanese My Number: eleven digits and its check."""
    total = 0
    for n, char in enumerate(reversed(eleven), start=1):
        total += int(char) * (n + 1 if n <= 6 else n - 5)
    rest = total % 11
    return f"{eleven}{0 if rest <= 1 else 11 - rest}"


def nir(body: str) -> str:
    """A French NIR: thirteen digits and the key 97 - n mod 97."""
    return f"{body}{97 - int(body) % 97:02d}"


STEUER_ID = steuer_id("4817263915")
DNI = dni("48172639")
NIE = dni("4817263", "X")
BSN = bsn("48172639")
PESEL = pesel("8803144817")
CPF = cpf("481726390")
MY_NUMBER = my_number("48172639015")
NIR = nir("2880375481726")
PHONE_DE = "0176 4817 2690"
PHONE_FR = "06 48 17 26 90"

# --- the personal side -----------------------------------------------------------------------------------------------
DOCKETS: Dict[str, Tuple[str, Any]] = {
    "german": (f"Az. 3 O 481/26 – {SURNAME} ./. Stadtwerke Nord GmbH", SURNAME),
    "us": (f"Case No. 1:26-cv-04817 {SURNAME} v. Northwind Logistics LLC", SURNAME),
    "french": (f"RG n° 26/04817 – Mme {NAME} c/ SARL Batiplus", SURNAME),
    "italian": (f"R.G. 4817/2026 Tribunale di Milano – {SURNAME} contro Condominio Via Tasso", SURNAME),
    "spanish": (f"Procedimiento ordinario 481/2026 – demandante: {NAME}", SURNAME),
    "uk": (f"Claim No. K00BM481 {OTHER} v {SURNAME} (County Court at Leeds)", [SURNAME, OTHER]),
    "brazil": (f"Processo nº 0004817-26.2026.8.26.0100 – autor: {NAME}", SURNAME),
}
CLIENTS: Dict[str, Tuple[str, Any]] = {
    "mandant": (f"Mandant: {NAME}, Akte 481726/26", SURNAME),
    "client file": (f"Client matter 481726-001 / {SURNAME}, {GIVEN} – employment dispute", SURNAME),
    "dossier": (f"Dossier client n° 481726 – {SURNAME.upper()} {GIVEN}", [SURNAME.upper(), SURNAME]),
    "cliente": (f"Expediente 481726 – cliente: {NAME}", SURNAME),
    "path": (f"/kanzlei/mandanten/{SURNAME.lower()}-{GIVEN.lower()}/akte-481726", SURNAME.lower()),
    "dutch": (f"Dossiernummer 481726 cliënt: mevr. O. {SURNAME}", SURNAME),
}
DEEDS: Dict[str, Tuple[str, Any]] = {
    "kaufvertrag": (f"Kaufvertrag UR-Nr. 1481/2026 – Verkäufer: {OTHER}, Käufer: {NAME}", [SURNAME, OTHER]),
    "acte de vente": (f"Acte de vente – vendeur : M. {OTHER}, acquéreur : Mme {NAME}", [SURNAME, OTHER]),
    "escritura": (f"Escritura de compraventa nº 481 – comprador: {NAME}", SURNAME),
    "rogito": (f"Rogito notarile rep. 48172 – acquirente: {NAME}, venditore: {OTHER}", [SURNAME, OTHER]),
    "akte": (f"Akte van levering – koper: {NAME}", SURNAME),
    "akt": (f"Akt notarialny Rep. A nr 4817/2026 – kupujący: {NAME}", SURNAME),
}
ATTORNEYS: Dict[str, Tuple[str, Any]] = {
    "vollmacht": (f"Vorsorgevollmacht für {NAME}, geb. 14.03.1988", [SURNAME, "14.03.1988"]),
    "procuration": (f"Procuration – mandant : {NAME}, né(e) le 14/03/1988", [SURNAME, "14/03/1988"]),
    "poder": (f"Poder notarial otorgado por {NAME}, DNI {DNI}", [DNI]),
    "procura": (f"Procura speciale – delegante: {NAME}", SURNAME),
    "lpa": (f"Lasting power of attorney – donor: {NAME}, DOB 14/03/1988", [SURNAME, "14/03/1988"]),
    "procuracao": (f"Procuração – outorgante: {NAME}, CPF {CPF}", [SURNAME, CPF]),
}
FAMILIES: Dict[str, Tuple[str, Any]] = {
    "scheidung": (f"Scheidungsantrag {SURNAME} ./. {OTHER}, Az. 12 F 481/26", [SURNAME, OTHER]),
    "divorce fr": (f"Requête en divorce – époux : {OTHER}, épouse : {NAME}", [SURNAME, OTHER]),
    "custody": (f"Custody petition: {NAME} re child born 02/05/2019", SURNAME),
    "divorcio": (f"Demanda de divorcio de mutuo acuerdo – {NAME} y {OTHER}", [SURNAME, OTHER]),
    "affidamento": (f"Ricorso affidamento minori – ricorrente: {NAME}", SURNAME),
    "echtscheiding": (f"Echtscheidingsverzoek {SURNAME} - {OTHER}", [SURNAME, OTHER]),
}
VISAS: Dict[str, Tuple[str, Any]] = {
    "uscis receipt": (f"USCIS receipt IOE09{DIGITS}35 – I-130 for {NAME}", ["IOE0948172635", SURNAME]),
    "a number": ("Alien Registration Number A-212-481-726", ["A-212-481-726", "212481726"]),
    "gwf": (f"GWF reference GWF0{DIGITS}35 – applicant: {NAME}", ["GWF048172635", SURNAME]),
    "nie": (f"Solicitud TIE – NIE {NIE}", NIE),
    "aufenthalt": (f"Aufenthaltstitel Antrag Vorgangsnummer {DIGITS}-2026, Antragsteller: {NAME}", SURNAME),
    "titre de sejour": (f"Titre de séjour – n° étranger 75{DIGITS}39, demandeur : {NAME}", ["7548172639", SURNAME]),
    "zairyu": (f"在留カード番号 AB{DIGITS}39CD 申請者：{KANJI_NAME}", ["AB48172639CD", KANJI]),
    "ind": (f"IND aanvraag verblijfsvergunning V-nummer 48172639, aanvrager: {NAME}", SURNAME),
}
BOOKINGS: Dict[str, Tuple[str, Any]] = {
    "buergeramt": (f"Termin Bürgeramt Mitte 12.12.2026 09:30 – Personalausweis beantragen – {NAME}, Tel. {PHONE_DE}",
                   [SURNAME, PHONE_DE, "17648172690"]),
    "cita previa": (f"Cita previa extranjería – Toma de huellas – NIE {NIE} – {NAME}", [NIE, SURNAME]),
    "prefecture": (f"RDV préfecture : Mme {NAME}, tél. {PHONE_FR}, titre de séjour", [SURNAME, "0648172690"]),
    "questura": (f"Prenotazione questura: permesso di soggiorno – {NAME}, nato il 14/03/1988", [SURNAME, "14/03/1988"]),
    "url": (f"/termin/bestaetigung?dienstleistung=120703&name={GIVEN}+{SURNAME}&tel=017648172690",
            [SURNAME, "017648172690"]),
    "gemeente": (f"Afspraak gemeente: paspoort aanvragen – BSN {BSN}", BSN),
    "town hall uk": (f"Booking confirmed for {NAME} – register office, notice of marriage", SURNAME),
}
CIVIL: Dict[str, Tuple[str, Any]] = {
    "geburtsurkunde": (f"Geburtsurkunde für {NAME}, geboren am 14.03.1988 in Bremen", [SURNAME, "14.03.1988"]),
    "acte naissance": (f"Acte de naissance de {NAME}, née le 14/03/1988 à Lyon", [SURNAME, "14/03/1988"]),
    "marriage": (f"Marriage certificate: {SURNAME} – {OTHER}, married 12/06/2015", [SURNAME, OTHER]),
    "certidao": (f"Certidão de nascimento – registrado: {NAME}, CPF {CPF}", [SURNAME, CPF]),
    "koseki": (f"戸籍謄本 請求者：{KANJI_NAME} 生年月日 1988年3月14日", [KANJI, "1988年3月14日"]),
    "akt urodzenia": (f"Odpis aktu urodzenia – {NAME}, PESEL {PESEL}", [PESEL]),
}
RECORDS: Dict[str, Tuple[str, Any]] = {
    "fuehrungszeugnis": (f"Führungszeugnis beantragt: {NAME}, geb. 14.03.1988", [SURNAME, "14.03.1988"]),
    "casier": (f"Extrait de casier judiciaire – bulletin n°3 – {SURNAME.upper()} {GIVEN}",
               [SURNAME.upper(), SURNAME]),
    "dbs": (f"Basic DBS check for {NAME}, application ref 001{DIGITS}77", [SURNAME, f"001{DIGITS}77"]),
    "antecedentes": (f"Certificado de antecedentes penales – {NAME}, DNI {DNI}", [DNI]),
    "casellario": (f"Certificato del casellario giudiziale – richiedente: {NAME}", SURNAME),
    "vog": (f"VOG aanvraag voor {NAME}, BSN {BSN}", [BSN]),
}
FINES: Dict[str, Tuple[str, Any]] = {
    "bussgeld": (f"Bußgeldbescheid Az. {DIGITS}.7 – Kennzeichen: B-VQ 4817 – Betroffene: {NAME}",
                 ["B-VQ 4817", SURNAME]),
    "contravention": (f"Avis de contravention – immatriculation : GV-481-KQ – titulaire : {NAME}",
                      ["GV-481-KQ", SURNAME]),
    "pcn": (f"Penalty Charge Notice LJ{DIGITS}82 – vehicle reg: VK71 QDN – {NAME}", ["VK71 QDN", SURNAME]),
    "multa": (f"Multa DGT expediente {DIGITS} – matrícula: 4817 KVQ – titular {NAME}", ["4817 KVQ", SURNAME]),
    "verbale": (f"Verbale n. {DIGITS}/V – targa: GV 481 KQ – trasgressore: {NAME}", ["GV 481 KQ", SURNAME]),
    "mandat": (f"Mandat de paiement – Bußgeld für {NAME}, Tel. {PHONE_DE}", [PHONE_DE, "17648172690"]),
}
TAXES: Dict[str, Tuple[str, Any]] = {
    "steuer-id": (f"Steuerliche Identifikationsnummer: {STEUER_ID}", STEUER_ID),
    "steuer-id alone": (STEUER_ID, STEUER_ID),
    "finanzamt": (f"Schreiben Finanzamt Bremen-Mitte an {NAME}, IdNr {STEUER_ID}", [STEUER_ID, SURNAME]),
    "numero fiscal": (f"Numéro fiscal : {NIR[:13]} – avis d'impôt 2026 de Mme {NAME}", [NIR[:13], SURNAME]),
    "nif": (f"Agencia Tributaria – requerimiento a {NAME}, NIF {DNI}", [DNI]),
    "utr": (f"HMRC letter – UTR 48172 63901 – {NAME}", ["48172 63901", "4817263901", SURNAME]),
    "my number": (f"マイナンバー {MY_NUMBER} 確定申告", MY_NUMBER),
    "bsn": (f"Belastingdienst aanslag 2026 – BSN {BSN}", BSN),
    "pesel": (f"Urząd Skarbowy – PIT-37 – PESEL {PESEL}", PESEL),
}
BENEFITS: Dict[str, Tuple[str, Any]] = {
    "buergergeld": (f"Bürgergeld Antrag – Bedarfsgemeinschaft 481BG{DIGITS}7 – {NAME}", SURNAME),
    "kindergeld": (f"Kindergeldnummer 481FK{DIGITS} – Antragstellerin {NAME}", ["481FK481726", SURNAME]),
    "caf": (f"Numéro allocataire CAF : {DIGITS}4 – {NAME}", [f"{DIGITS}4", SURNAME]),
    "universal credit": (f"Universal Credit claim for {NAME}, NI number JW {DIGITS[:2]} {DIGITS[2:4]} {DIGITS[4:]} C",
                         [SURNAME, f"JW {DIGITS[:2]} {DIGITS[2:4]} {DIGITS[4:]} C"]),
    "nir": (f"Demande RSA – n° de sécurité sociale {NIR}", NIR),
    "inss": (f"Requerimento auxílio INSS – segurado: {NAME}, CPF {CPF}", [SURNAME, CPF]),
}


def cases() -> List[Case]:
    return [
        *rotated("docket", DOCKETS, TEXT_PLACES, 2, put=_put),
        *rotated("client", CLIENTS, TEXT_PLACES, 2, start=14, put=_put),
        *rotated("deed", DEEDS, TEXT_PLACES, 2, start=26, put=_put),
        *rotated("attorney", ATTORNEYS, TEXT_PLACES, 2, start=38, put=_put),
        *rotated("family", FAMILIES, TEXT_PLACES, 2, start=10, put=_put),
        *rotated("visa", VISAS, TEXT_PLACES, 2, start=22, put=_put),
        *rotated("booking", BOOKINGS, TEXT_PLACES, 2, start=3, put=_put),
        *rotated("civil", CIVIL, TEXT_PLACES, 2, start=17, put=_put),
        *rotated("record", RECORDS, TEXT_PLACES, 2, start=29, put=_put),
        *rotated("fine", FINES, TEXT_PLACES, 2, start=7, put=_put),
        *rotated("tax", TAXES, TEXT_PLACES, 2, start=19, put=_put),
        *rotated("benefit", BENEFITS, TEXT_PLACES, 2, start=33, put=_put),
    ]


# --- the ordinary side -----------------------------------------------------------------------------------------------
TEXTS = [
    "Art. 6 DSGVO", "§ 823 BGB", "Code civil art. 1240",
    "Art. 1101 Código Civil", "art. 2043 c.c.", "Art. 6:162 BW", "art. 415 KC",
    "8 U.S.C. § 1154", "section 3 Immigration Act 1971", "民法第709条",
    "BGH, Urteil vom 12.10.2021 – VI ZR 489/19", "Cass. civ. 1re, 14 déc. 2022, n° 21-19.834",
    "Brown v. Board of Education, 347 U.S. 483 (1954)",
    "Donoghue v Stevenson [1932] UKHL 100", "[2023] UKSC 42",
    "Cerfa 12100*02", "Formulario EX-15", "Form I-130", "Form N-400 (Application for Naturalization)", "DS-160",
    "Modelo 790 código 012", "PIT-37 za 2025", "Self Assessment SA100",
    "Gebühr Personalausweis 37,00 €", "Tasa modelo 790-012: 12,00 €", "Timbre fiscal titre de séjour 225 €",
    "USCIS filing fee $675", "Erstberatung Arbeitsrecht 190 € netto",
    "Notarkosten nach GNotKG KV 21100", "Consultation avocat droit de la famille 1h",
    "Bürgeramt Mitte – Öffnungszeiten Mo–Fr 8–16 Uhr", "Préfecture de police – accueil des étrangers",
    "Cita previa: Toma de huellas (expedición de tarjeta)", "Questura di Milano – Ufficio Immigrazione",
    "Führungszeugnis für Privatpersonen (Belegart N)", "Extrait de casier judiciaire bulletin n°3",
    "Certidão de casamento inteiro teor",
    "Bußgeldkatalog 2026: 21–30 km/h innerorts", "Scheidung online – Paket Basis", "Power of attorney template (UK)",
    "Visa D – long séjour étudiant", "Blue Card EU – Antrag", "住民票の写し 請求", "戸籍謄本 郵送請求",
    "Kindergeld Antrag Formular KG 1",
]
CODES = [
    "ECLI:DE:BGH:2021:121021UVIZR489.19", "ECLI:FR:CCASS:2022:C100912", "ECLI:ES:TS:2022:1234",
    "ECLI:NL:HR:2023:1234", "ECLI:EU:C:2014:317", "CERFA-12100-02", "EX-15", "I-130", "I-765", "N-400", "DS-160",
    "SA100", "GEB-PA-37", "TASA-790-012", "KV-21100", "RVG-VV-3100", "FEE-VISA-D-75", "SVC-APOSTILLE-DE",
    "SKU-SCHEIDUNG-BASIS", "ORD-2026-004817", "INV-2026-11873", "FZ-N-13", "MOD-730-2026", "PIT-37", "CC-709",
]
URLS = [
    "https://service.berlin.de/dienstleistung/120703/",
    f"{SHOP}/buergeramt/termin?dienstleistung=120703&standort=122210",
    f"{SHOP}/cita-previa/tramite/policia-toma-de-huellas?provincia=28", f"{SHOP}/prefecture/rdv/titre-de-sejour",
    f"{SHOP}/formulare/cerfa-12100-02.pdf", f"{SHOP}/rechtsprechung/ECLI:DE:BGH:2021:121021UVIZR489.19",
    f"{SHOP}/uscis/forms/i-130?lang=es", f"{SHOP}/codice-civile/art-2043", f"{SHOP}/kanzlei/arbeitsrecht/erstberatung",
    f"{SHOP}/notar/kosten/gnotkg-kv-21100", f"{SHOP}/fuehrungszeugnis/beantragen?belegart=N",
    f"{SHOP}/bussgeld/rechner?kmh=25&ort=innerorts", f"{SHOP}/pl/pit-37-2025", f"{SHOP}/ja/koseki/seikyu",
    f"{SHOP}/nl/gemeente/paspoort-aanvragen",
]
TEXT_ORDINARY_PLACES = ["product name", "search string", "page title", "custom property"]
CODE_PLACES = ["product id", "contents id", "order id", "custom property"]
URL_ORDINARY_PLACES = ["page url", "referrer"]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places({"legal text": TEXTS, "legal code": CODES, "legal url": URLS},
                                  {"legal text": TEXT_ORDINARY_PLACES, "legal code": CODE_PLACES,
                                   "legal url": URL_ORDINARY_PLACES}, _put)
