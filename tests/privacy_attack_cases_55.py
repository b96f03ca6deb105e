"""The fifty-fifth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity", "Events", "Purchase and product data"), without reading the gate's
code, its reference nor the earlier attacks' cases (issue 16): housing, lending and life events. Rental and tenancy
sites (applications, landlord and tenant portals, deposit schemes, viewing bookings), mortgage and loan calculators
and applications, wedding and baby gift registries, memorial and charity donations, schools and universities, in the
UK, the US, Germany, France, Spain, the Netherlands, Poland, Japan, Brazil and India.

The personal side (about 150 cases) puts an applicant's, a couple's, a donor's, a deceased person's or a child's own
data in the leaves a site fills: a tenant's self-disclosure, a viewing booking, a deposit certificate, a loan
application's borrower, income and employer, a loan account and a credit file's reference, national and tax ids with
their checks (Steuer-ID, SSN, NINO, NIR, DNI, BSN, PESEL, CPF, Aadhaar, My Number), bank details (IBANs of five
countries, a UK sort code and account, a US routing and account, an Indian account with its IFSC), a couple's names
in a registry's slug, a due date, a tribute's name, a Gift Aid declaration, a donor's reference, a student's number,
a UCAS id, a child's name and class, birth dates in four calendars and layouts, contact details spelled oddly, and
URLs and keys carrying them. Each carries a made-up marker (`Quarmbeck`, `Vornhallow`, `Castreloun`, `Wrzelomska`,
`Pendurthikar`, `Brasilvetto`, `霧ヶ城`, digits around `739154`) so a leak is findable.

The ordinary side (about 300 cases) is the same domain's own data in the same shapes: listings' titles and
references, property ids, loan products and rates, registry items and SKUs, courses and their codes, charities'
numbers, companies' registration numbers with their checks (VAT id, SIRET, CNPJ, GSTIN, RSIN), campaign codes, an open
day's date, schools and charities named after people, listing and calculator URLs; all must go out whole.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import iban, luhn_complete, ordinary_in_places
from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "55"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# --- check digits the states' and the banks' numbers carry -----------------------------------------------------------
def steuer_id(ten: str) -> str:
    """A German tax id (Steuerliche Identifikationsnummer): ten digits and the ISO 7064 MOD 11,10 check."""
    product = 10
    for char in ten:
        total = (int(char) + product) % 10 or 10
        product = total * 2 % 11
    check = 11 - product
    return f"{ten}{0 if check == 10 else check}"


def pesel(ten: str) -> str:
    """A Polish PESEL: birth date, serial and the check over weights 1 3 7 9."""
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return f"{ten}{(10 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 10) % 10}"


def cpf(nine: str) -> str:
    """A Brazilian CPF with its two check digits, written 000.000.000-00."""
    digits = nine
    for length in (9, 10):
        total = sum(int(char) * (length + 1 - index) for index, char in enumerate(digits))
        digits += str(0 if total % 11 < 2 else 11 - total % 11)
    return f"{digits[:3]}.{digits[3:6]}.{digits[6:9]}-{digits[9:]}"


def dni(eight: str) -> str:
    """A Spanish DNI: eight digits and the letter of their remainder by 23."""
    return f"{eight}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(eight) % 23]}"


def bsn(eight: str) -> str:
    """A Dutch BSN (or an RSIN): eight digits and the ninth that passes the eleven test."""
    total = sum(int(char) * (9 - index) for index, char in enumerate(eight))
    last = total % 11
    assert last != 10
    return f"{eight}{last}"


def nir(body: str) -> str:
    """A French NIR: thirteen digits and the key 97 - n mod 97."""
    return f"{body}{97 - int(body) % 97:02d}"


_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _row in range(2, 8):
    _P.append([_P[1][_P[_row - 1][j]] for j in range(10)])


def aadhaar(eleven: str) -> str:
    """An Indian Aadhaar number: eleven digits and Verhoeff's check."""
    check = 0
    for index, char in enumerate(reversed(eleven + "0")):
        check = _D[check][_P[index % 8][int(char)]]
    return f"{eleven}{[0, 4, 3, 2, 1, 5, 6, 7, 8, 9][check]}"


def my_number(eleven: str) -> str:
    """A Japanese My Number (個人番号): eleven digits and the check over weights 2 to 7, 2 to 6 from the right."""
    total = sum(int(char) * (n + 1 if n <= 6 else n - 5) for n, char in enumerate(reversed(eleven), start=1))
    return f"{eleven}{0 if total % 11 <= 1 else 11 - total % 11}"


def rib(bank: str, branch: str, account: str) -> str:
    """A French RIB (bank, branch, account of digits) with its key."""
    return f"{bank}{branch}{account}{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def ccc(bank: str, branch: str, account: str) -> str:
    """A Spanish CCC: bank, branch, the two control digits and the account."""
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def control(ten: str) -> str:
        digit = 11 - sum(int(c) * w for c, w in zip(ten, weights, strict=True)) % 11
        return str({11: 0, 10: 1}.get(digit, digit))

    return f"{bank}{branch}{control('00' + bank + branch)}{control(account)}{account}"


def polish_sort(seven: str) -> str:
    """A Polish bank's sort number: seven digits and the check over weights 3 9 7 1."""
    weights = (3, 9, 7, 1, 3, 9, 7)
    return f"{seven}{(10 - sum(int(c) * w for c, w in zip(seven, weights, strict=True)) % 10) % 10}"


def gtin(body: str) -> str:
    """A GTIN with its check digit."""
    total = sum(int(char) * (3 if index % 2 == 0 else 1) for index, char in enumerate(reversed(body)))
    return f"{body}{(10 - total % 10) % 10}"


def cnpj(twelve: str) -> str:
    """A Brazilian company's CNPJ with its two check digits, written 00.000.000/0000-00."""
    digits = twelve
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        total = sum(int(c) * w for c, w in zip(digits, weights, strict=True))
        digits += str(0 if total % 11 < 2 else 11 - total % 11)
    return f"{digits[:2]}.{digits[2:5]}.{digits[5:8]}/{digits[8:12]}-{digits[12:]}"


def spaced(text: str, size: int = 4) -> str:
    return " ".join(text[i:i + size] for i in range(0, len(text), size))


STEUER_ID = steuer_id("4739154826")
PESEL = pesel("8803147391")
CPF = cpf("739154826")
DNI = dni("73915482")
BSN = bsn("73915482")
NIR = nir("2880375115739")
AADHAAR = aadhaar("73915482604")
MY_NUMBER = my_number("73915482601")
SSN = "573-91-4826"
NINO = "JW739154B"
IBAN_DE = iban("DE", "500105175407391548")
IBAN_NL = iban("NL", "ABNA0417391548")
IBAN_FR = iban("FR", rib("30004", "00817", "00073915482"))
IBAN_ES = iban("ES", ccc("2100", "0418", "0739154826"))
SIREN = luhn_complete("55210055")
SIRET = spaced(SIREN, 3) + " " + luhn_complete(SIREN + "0002")[9:]
NRB_PL = iban("PL", polish_sort("1020102") + "0000739154826001")[2:]


# The text leaves a site fills (a user call's properties never reach custom_data, so none is put there).
PLACES = [where for where in TEXT_PLACES if where != "user event property"]


# --- the personal side -----------------------------------------------------------------------------------------------
TENANTS: Dict[str, Tuple[str, Any]] = {
    "selbstauskunft": ("Mieterselbstauskunft – Idris Quarmbeck, Arbeitgeber: Lindqvist Logistik GmbH, netto 3.450 €",
                       "Quarmbeck"),
    "uk application": ("Tenancy application TA-22817 – lead applicant: Idris Quarmbeck (landlord reference pending)",
                       "Quarmbeck"),
    "viewing": ("Viewing booked Sat 12 Dec 11:30 – Flat 4, 27 Harcourt Road – Mr I Quarmbeck 07700 739154",
                ["Quarmbeck", "7700739154"]),
    "dps certificate": ("Deposit protected (DPS) – tenant: Quarmbeck, Idris – £1,385.00 – certificate 4 Jan 2027",
                        "Quarmbeck"),
    "dossier locataire": ("Dossier locataire de Mme Maëlle Castreloun – CDI chez Brasserie Voltaire – 2 850 €/mois",
                          "Castreloun"),
    "solicitud": ("Solicitud de alquiler – inquilino: Jorge Castreloun, móvil 612 739 154",
                  ["Castreloun", "612739154"]),
    "us application": ("Rental application – co-applicant Dana Vornhallow, monthly income $6,200, employer Tesla",
                       "Vornhallow"),
    "nyuukyo": ("入居申込書 申込者：霧ヶ城 梨杏 様 勤務先：株式会社ミナトテック 年収 620万円", "霧ヶ城"),
}

LOANS: Dict[str, Tuple[str, Any]] = {
    "hypotheek": ("Hypotheekaanvraag – aanvrager: S. Vornhallow-de Wit, werkgever Rijnmond Havens BV, € 68.400 bruto",
                  "Vornhallow"),
    "darlehen": ("Darlehensantrag Nr. 739154826 – Kreditnehmer Idris Quarmbeck", ["Quarmbeck", "739154826"]),
    "loan account": ("Loan account no. 7391-5482-6017 – next repayment £842.10 on 1 Jan", "739154826017"),
    "credit file": ("Equifax credit file ref 7391548260 for applicant I. Quarmbeck", ["Quarmbeck", "7391548260"]),
    "pret immo": ("Simulation prêt immobilier – emprunteur : M. Julien Castreloun, salaire net 3 120 €",
                  "Castreloun"),
    "kredyt": ("Wniosek o kredyt hipoteczny – Agnieszka Wrzelomska, tel. 512 739 154",
               ["Wrzelomska", "512739154"]),
    "home loan": ("Home loan application HL/2026/7391 – Applicant: Raghav Pendurthikar, Employer: Infosys Ltd",
                  "Pendurthikar"),
    "financiamento": ("Simulação de financiamento – proponente: Luana Brasilvetto, renda R$ 12.400", "Brasilvetto"),
}

TAX_IDS: Dict[str, Tuple[str, Any]] = {
    "steuer id": (f"Steuer-ID Antragsteller: {STEUER_ID[:2]} {STEUER_ID[2:5]} {STEUER_ID[5:8]} {STEUER_ID[8:]}",
                  STEUER_ID),
    "ssn": (f"SSN (primary borrower): {SSN}", SSN.replace("-", "")),
    "nino": (f"NI number for affordability check: {NINO}", NINO),
    "nir": (f"N° sécu co-emprunteur : {NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}",
            NIR),
    "dni": (f"DNI del avalista {DNI}", DNI),
    "bsn": (f"BSN hoofdaanvrager: {BSN[:4]}.{BSN[4:6]}.{BSN[6:]}", BSN),
    "pesel": (f"PESEL kredytobiorcy {PESEL}", PESEL),
    "cpf": (f"{CPF}", CPF.replace(".", "").replace("-", "")),
    "aadhaar": (f"Aadhaar (co-applicant): {spaced(AADHAAR)}", AADHAAR),
    "my number": (f"個人番号：{spaced(MY_NUMBER)}", MY_NUMBER),
}

BANKS: Dict[str, Tuple[str, Any]] = {
    "kautionskonto": (f"Mietkaution auf Kautionskonto {spaced(IBAN_DE)} (Mieter Quarmbeck)", [IBAN_DE, "Quarmbeck"]),
    "incasso": (f"Machtiging huur: {IBAN_NL} t.n.v. J. Vornhallow", [IBAN_NL, "Vornhallow"]),
    "rib": (f"RIB du locataire : {spaced(IBAN_FR)}", IBAN_FR),
    "domiciliacion": (f"Domiciliación recibo hipoteca: {spaced(IBAN_ES)}", IBAN_ES),
    "nrb": (f"Numer rachunku do spłaty kredytu: {NRB_PL[:2]} {spaced(NRB_PL[2:])}", NRB_PL),
    "sort code": ("Rent by standing order: sort code 20-45-77, account 73915482", "73915482"),
    "routing": ("Escrow refund by direct deposit – routing 021000021, acct 7391548260", "7391548260"),
    "ifsc": ("EMI auto-debit: A/c 50100739154826, IFSC HDFC0001234", "50100739154826"),
}

REGISTRIES: Dict[str, Tuple[str, Any]] = {
    "slug": ("maelle-quarmbeck-and-tobin-vornhallow-2027", ["quarmbeck", "vornhallow"]),
    "title": ("Maëlle Quarmbeck & Tobin Vornhallow's Wedding Registry – 14.08.2027", ["Quarmbeck", "Vornhallow"]),
    "baby": ("Baby Quarmbeck's registry – due 03/14/2027", "Quarmbeck"),
    "hochzeitstisch": ("Hochzeitstisch von Lotte Wrzelomska und Jan Quarmbeck", ["Wrzelomska", "Quarmbeck"]),
    "liste de naissance": ("Liste de naissance de Maëlle Castreloun – naissance prévue le 02/04/2027", "Castreloun"),
    "lista de bodas": ("Lista de bodas de Lucía y Jorge Castreloun", "Castreloun"),
    "ship to": ("Gift message: Congratulations M & T! Ship to 27 Harcourt Road, Bristol BS6 7QH",
                ["27 Harcourt Road", "BS6 7QH"]),
    "gift list jp": ("霧ヶ城家・Vornhallow家 結婚式ギフトリスト", ["霧ヶ城", "Vornhallow"]),
}

MEMORIALS: Dict[str, Tuple[str, Any]] = {
    "in memory": ("In memory of Edith Quarmbeck (1941–2026)", "Quarmbeck"),
    "tribute slug": ("edith-quarmbeck-1941-2026", "quarmbeck"),
    "gift aid": ("Gift Aid declaration: Harriet Vornhallow, 14 Elm Close, Leeds LS6 2QB – I am a UK taxpayer",
                 ["Vornhallow", "LS6 2QB"]),
    "gedenken": ("Spende im Gedenken an Hans-Jürgen Quarmbeck † 02.11.2026", "Quarmbeck"),
    "en memoire": ("Don en mémoire de Mme Odette Castreloun", "Castreloun"),
    "donor ref": ("Donor ref D-7315-4482 (monthly direct debit)", "73154482"),
    "shraddhanjali": ("In loving memory of Late Smt. Kamala Pendurthikar", "Pendurthikar"),
}

STUDENTS: Dict[str, Tuple[str, Any]] = {
    "matrikelnummer": ("Matrikelnummer 7391548 – Immatrikulationsbescheinigung WiSe 2026/27", "7391548"),
    "ucas": ("UCAS Personal ID: 173-915-4826", "1739154826"),
    "klasse": ("Lotte Quarmbeck, Klasse 3b – Elternbrief Wandertag", "Quarmbeck"),
    "parent portal": ("Absence report – Noah Vornhallow (Year 5, Class 5R)", "Vornhallow"),
    "ine": ("Numéro INE de l'élève : 0739154826K", "0739154826K"),
    "student id": ("Student ID: 900739154 – Fall 2026 tuition due", "900739154"),
    "gakuseki": ("学籍番号 S2673915 氏名 霧ヶ城 湊", ["S2673915", "霧ヶ城"]),
    "roll no": ("Roll No. 7391548 – Aarav Pendurthikar, Class X-B", ["Pendurthikar", "7391548"]),
}

CONTACTS: Dict[str, Tuple[str, Any]] = {
    "at posteo": ("Unterlagen bitte an idris.quarmbeck (at) posteo (dot) de", "quarmbeck"),
    "spelled phone": ("landlord: call oh seven seven oh oh, seven three nine, one five four", "seven three nine"),
    "whatsapp": ("WhatsApp Vermieterin: +49 1 5 1 – 7 3 9 1 5 4 8 2", "15173915482"),
    "fullwidth mail": ("連絡先：ｋｉｒｉｇａｊｏ．ｍｉｎａｔｏ＠ｇｍａｉｌ．ｃｏｍ", "kirigajo.minato"),
}

BIRTHS: Dict[str, Tuple[str, Any]] = {
    "geburtsdatum": ("Geburtsdatum Hauptmieter: 14.03.1988", "14.03.1988"),
    "due date": ("My due date: 2027-03-14 (first baby!)", "2027-03-14"),
    "nascimento": ("Data de nascimento do proponente: 02/07/1985", "02/07/1985"),
    "seinengappi": ("生年月日：昭和63年3月14日", "昭和63年3月14日"),
}

URLS: Dict[str, Tuple[str, Any]] = {
    "tenant portal": (f"{SHOP}/mieterportal/vertrag?mieter=Idris%20Quarmbeck&objekt=WE-0417", "Quarmbeck"),
    "registry": ("https://www.registry.example.com/wedding/maelle-quarmbeck-tobin-vornhallow-2027?item=5KSM175PSEER",
                 ["quarmbeck", "vornhallow"]),
    "tribute": ("https://donate.example.org.uk/tribute/edith-quarmbeck-1941-2026/donate?amount=20&giftaid=1",
                "quarmbeck"),
    "loan step": (f"{SHOP}/baufinanzierung/antrag?step=3&einkommen=3450&steuerid={STEUER_ID}", STEUER_ID),
    "school": ("https://eltern.example-schule.de/#/kinder/lotte-quarmbeck/stundenplan", "quarmbeck"),
    "india loan": ("https://loans.example.in/apply?pan=BQMPK7391L&dob=1988-03-14&mobile=9873915482",
                   ["BQMPK7391L", "9873915482"]),
}

# Keys a careless form builder writes, each holding a value that nothing but its key marks personal.
KEYS = {"mieter_nachname": "Quarmbeck", "nom_du_defunt": "Castreloun", "groom_surname": "Vornhallow",
        "nazwisko_kredytobiorcy": "Wrzelomska", "nome_do_aluno": "Brasilvetto", "donor_postcode": "LS6 2QB"}


def key_cases() -> Iterator[Case]:
    for key, value in KEYS.items():
        yield (f"key {key} @ custom property", "track", {"properties": {key: value}}, [value])
        yield (f"key {key} @ page property", "page", {"properties": {key: value}}, [value])


def cases() -> List[Case]:
    return [
        *rotated("tenant", TENANTS, PLACES, 2, put=_put),
        *rotated("loan", LOANS, PLACES, 2, start=5, put=_put),
        *rotated("taxid", TAX_IDS, PLACES, 2, start=11, put=_put),
        *rotated("bank", BANKS, PLACES, 2, start=17, put=_put),
        *rotated("registry", REGISTRIES, PLACES, 2, start=23, put=_put),
        *rotated("memorial", MEMORIALS, PLACES, 2, start=29, put=_put),
        *rotated("student", STUDENTS, PLACES, 2, start=3, put=_put),
        *rotated("contact", CONTACTS, PLACES, 2, start=9, put=_put),
        *rotated("birth", BIRTHS, PLACES, 2, start=15, put=_put),
        *rotated("url", URLS, URL_PLACES, 2, put=_put),
        *key_cases(),
    ]


# --- the ordinary side -----------------------------------------------------------------------------------------------
TEXTS = [
    "2-Zimmer-Wohnung Berlin-Kreuzberg, 68 m², 1.240 € warm",
    "Appartement T3 Lyon 7e – 72 m² – 1 150 € CC",
    "Piso en alquiler en Chamberí, Madrid – 3 hab.",
    "Mieszkanie 3 pokoje Kraków Podgórze 64 m2",
    "1LDK 渋谷区 賃貸マンション 築5年",
    "2BHK flat for rent in Koramangala, Bengaluru",
    "Apartamento 2 quartos Pinheiros São Paulo",
    "Studio te huur Amsterdam-Oost, 38 m²",
    "3 bed semi-detached house to rent, Bristol BS6",
    "Tenant Fees Act 2019: holding deposit max 1 week's rent",
    "Baufinanzierung 10 Jahre Sollzinsbindung 3,45 % eff.",
    "5 Year Fixed 75% LTV – 4.19% then SVR 7.99%",
    "30-Year Fixed Mortgage 6.125% (APR 6.31%)",
    "Prêt immobilier taux fixe 20 ans 3,25 % TAEG",
    "Hipoteca fija 25 años 2,95 % TIN",
    "Home Loan Floating Rate 8.50% p.a. (RLLR linked)",
    "Financiamento imobiliário SAC 30 anos",
    "Kredyt hipoteczny stała stopa 5 lat 7,05%",
    "KitchenAid Artisan Stand Mixer 5KSM175PSEER Empire Red",
    "Le Creuset Signature Casserole 24 cm Volcanic",
    "Pampers Premium Protection Gr. 1 (2–5 kg) 50 Stück",
    "Maxi-Cosi Pebble 360 Pro Babyschale i-Size",
    "Personalised Mr & Mrs Cushion – Wedding Gift",
    "Donate in memory to Marie Curie",
    "Gift Aid it – add 25% at no extra cost",
    "Goethe-Gymnasium Frankfurt – Anmeldung Klasse 5",
    "BSc Computer Science (G400) – 3 years full time",
    "Bachelor Betriebswirtschaftslehre (B.Sc.) WiSe 2027/28",
    "Licence Droit – L1 – Université Jean Moulin Lyon 3",
    "Tag der offenen Tür 14.03.2027",
    "Lycée Victor Hugo – journée portes ouvertes",
    "Baby's First Christmas Bauble 2026 – Personalised",
]

CODES = [
    "Scout-ID 148739215",
    "RM-148739215",
    "WE-0417-03",
    "ID anuncio 104739152",
    "UPRN 100023336956",
    "jnc_000073915482",
    "FIX10-SZB-345",
    "BTL-5YF-75LTV",
    "HL-FLT-RLLR-850",
    "KfW-261",
    "FHA-203B-30YR",
    "PTZ-2027",
    "5KSM175PSEER",
    "B07VGRJDFY",
    "504.739.15",
    gtin("425041739154"),
    "GSTIN 27AAPFU0939F1ZV",
    "G400",
    "CS-101",
    "MATH 2413",
    "INF-B-2027-WS",
    "L1-DROIT-LYON3",
    "Registered charity 1089464",
    "SC005336",
    "VR 12345 B",
    "RNA W751234567",
    "EIN 53-0196605",
    f"RSIN {bsn('00265396')}",
    "XMAS26-DM-A",
    "WINTER-APPEAL-2026",
    "GA-DECL-2026-V3",
    "KvK 34123456",
    "Loan product 7391-FIX-05",
    "Course 7391548 (module)",
    "Campaign 2026-12-03",
    f"USt-IdNr. DE{steuer_id('13669597')}",
    f"SIRET {SIRET}",
    f"CNPJ {cnpj('112223330001')}",
]

LINKS = [
    "https://www.immobilien.example.de/expose/148739215",
    "https://www.rightmove.co.uk/properties/148739215#/?channel=RES_LET",
    "https://www.zillow.com/homedetails/1427-Birchwood-Ln-Austin-TX-78704/29473915_zpid/",
    "https://www.idealista.com/inmueble/104739152/",
    "https://www.otodom.pl/pl/oferta/mieszkanie-3-pokoje-krakow-podgorze-ID4mX7q",
    "https://suumo.jp/chintai/jnc_000073915482/",
    "https://www.seloger.com/annonces/locations/appartement/lyon-7eme-69/209739154.htm",
    "https://www.funda.nl/huur/amsterdam/appartement-43739154-javastraat-12-h/",
    "https://www.example-bank.de/baufinanzierung/rechner?darlehen=350000&zins=3.45&laufzeit=10",
    "https://www.example-lender.co.uk/mortgages/5-year-fixed?ltv=75&product=BTL-5YF-75LTV",
    "https://www.example-bank.in/home-loan/emi-calculator?amount=5000000&tenure=240&rate=8.5",
    "https://www.zola.com/shop/category/kitchen?sort=popular",
    "https://www.babylist.com/store/strollers?utm_source=google&utm_campaign=registry_q4",
    "https://www.mariecurie.org.uk/donate/in-memory",
    "https://www.justgiving.com/campaign/winterappeal2026",
    "https://www.example-charity.org.uk/donate/in-memory?campaign=XMAS26-DM-A&giftaid=true",
    "https://www.ucas.com/explore/courses?query=computer%20science&studyYear=2027",
    "https://www.uni-example.de/studium/bewerbung/fristen#wintersemester",
    "https://www.parcoursup.fr/index.php?desc=formations",
    "https://www.goethe-gymnasium.example.de/lehrer/kollegium",
]

TEXT_ORDINARY_PLACES = ["product name", "search string", "page title", "custom property"]
CODE_PLACES = ["product id", "contents id", "order id", "custom property"]
URL_ORDINARY_PLACES = ["page url", "referrer"]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places({"housing text": TEXTS, "housing code": CODES, "housing url": LINKS},
                                  {"housing text": TEXT_ORDINARY_PLACES, "housing code": CODE_PLACES,
                                   "housing url": URL_ORDINARY_PLACES}, _put)
