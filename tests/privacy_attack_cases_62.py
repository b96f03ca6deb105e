"""The sixty-second outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity", the mapping tables), without reading the gate's code, its reference
nor the earlier attacks' cases: charities' donation pages (donation forms and receipts, UK Gift Aid declarations,
tribute and in-memory funds, sponsorship and crowdfunding pages, tax receipts, volunteer sign-ups) and pet sites
(vets' booking pages, microchip numbers and pet passports, pet insurance quotes and claims, breeders' and rehoming
pages, lost-and-found posts, grooming and pet-sitting bookings). They send the events any shop sends (a page, a search,
a donation or a policy bought, a lead), and their careless developers put the donor's or the owner's data where the
ordinary data goes: the page's URL (path, query, fragment), the referrer, the title, the search, a product's id or
name, a content's id, the order id, a custom property's value, the visitor's properties.

The personal side (about 150 cases) carries a made-up marker (`Elspeth Varrowind`, the digits `583914`) so a leak is
findable: a Gift Aid declaration's name and home, a donor's or supporter's number, a direct debit's account, the
deceased of a tribute fund, a fundraiser's name on a sponsorship page, a volunteer's phone and birth date, a pet's
microchip (ISO 11784: a country's or a maker's three digits and twelve more, no check digit) and the owner's passport
section, a policy's and a claim's numbers, a vet's booking, a lost pet's post with a phone, an adoption application.
A microchip's number is an owner's: the national registries (Petlog, I-CAD, TASSO) answer a chip with the keeper's
name and phone, so it is as much the owner's id as a car's plate.

The ordinary side (about 300 values) is what such sites send: appeals and campaign codes, fund names, charity and
company numbers, amounts, breeds, foods and medicines with their weights, vaccines and batch codes, policy tariffs,
SKUs and GTINs, landing pages, in English, German, French, Spanish, Italian and Dutch.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import iban, ordinary_in_places
from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "62"
NAME = "Elspeth Varrowind"
SURNAME = "Varrowind"
DIGITS = "583914"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# --- check digits the trade's and the states' numbers carry ---------------------------------------------------------
def gtin(body: str) -> str:
    """A GTIN (EAN-13, GTIN-14) with its check digit."""
    total = sum(int(char) * (3 if index % 2 == 0 else 1) for index, char in enumerate(reversed(body)))
    return f"{body}{(10 - total % 10) % 10}"


def dni(eight: str) -> str:
    """A Spanish DNI: eight digits and the letter of their remainder mod 23."""
    return f"{eight}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(eight) % 23]}"


PHONE_UK = "07700 583914"
PHONE_UK_DIGITS = "7700583914"
PHONE_FR = "06 48 58 39 14"
PHONE_FR_DIGITS = "0648583914"
PHONE_DE = "0151 5839 1427"
PHONE_DE_DIGITS = "15158391427"
POSTCODE = "LS6 2QB"
STREET = "14 Marlowe Road"
IBAN_DE = iban("DE", "370400440583914270")
IBAN_DE_SPACED = " ".join(IBAN_DE[i:i + 4] for i in range(0, len(IBAN_DE), 4))
DNI = dni("58391427")
CHIP_UK = "826098100583914"
CHIP_DE = "276098106583914"
CHIP_FR = "250268731583914"
CHIP_MAKER = "985141000583914"
CHIP_ALT = "941000024583914"
CHIP_SPACED = "900 164 000 583 914"

# --- the personal side -----------------------------------------------------------------------------------------------
GIFT_AID: Dict[str, Tuple[str, Any]] = {
    "declaration": (f"Gift Aid declaration: {NAME}, {STREET}, Leeds {POSTCODE}", [SURNAME, POSTCODE]),
    "taxpayer": (f"I, {NAME}, am a UK taxpayer and want Gift Aid claimed on all my donations", SURNAME),
    "house and postcode": (f"Gift Aid details – house number: 14, postcode: {POSTCODE}", POSTCODE),
    "schedule row": (f"Mrs,Elspeth,{SURNAME},14,{POSTCODE},N,N,28/11/26,25.00", [SURNAME, POSTCODE]),
    "payroll nino": ("Payroll Giving – NI number: JT 58 39 14 C", DIGITS),
    "zuwendung": (f"Zuwendungsbestätigung für {NAME}, Hauptstraße 12, 10827 Berlin", SURNAME),
    "recu fiscal": (f"Reçu fiscal n° 2026-0412 – Donateur : Mme {NAME}, 12 rue des Lilas, 69003 Lyon", SURNAME),
}
DONORS: Dict[str, Tuple[str, Any]] = {
    "donor id": (f"Donor ID: DN-{DIGITS}", DIGITS),
    "supporter no": ("Supporter no. 58391427 – Winter Appeal", "58391427"),
    "direct debit": (f"Direct Debit: sort code 20-45-77, account 58391427, {NAME}", ["58391427", SURNAME]),
    "sepa mandate": (f"SEPA-Lastschrift Dauerspende, IBAN {IBAN_DE_SPACED}", "0583914270"),
    "us tax receipt": (f"Tax receipt for {NAME} – EIN 53-0196605 – no goods or services were provided", SURNAME),
    "socio": (f"Socio nº {DIGITS} – cuota mensual 10 €", DIGITS),
    "monthly from": (f"Monthly gift from Mr E. {SURNAME}", SURNAME),
}
TRIBUTES: Dict[str, Tuple[str, Any]] = {
    "in memory": (f"In memory of Harold {SURNAME}", SURNAME),
    "gedenken": (f"Spende im Gedenken an Margarete {SURNAME}", SURNAME),
    "loving memory dates": (f"In Loving Memory of Harold {SURNAME} 1941–2026", SURNAME),
    "en memoire": (f"Don en mémoire de Jeanne {SURNAME}", SURNAME),
    "memorial fund": (f"The Harold {SURNAME} Memorial Fund", SURNAME),
    "funeral collection": (f"Funeral collection for Harold {SURNAME} (d. 12.11.2026)", SURNAME),
    "in ricordo": (f"Donazione in ricordo di Giuseppe {SURNAME}", SURNAME),
}
SPONSORS: Dict[str, Tuple[str, Any]] = {
    "page title": (f"Sponsor {NAME} – London Marathon 2027", SURNAME),
    "possessive": (f"{NAME}'s fundraising page", SURNAME),
    "running for": (f"{NAME} is running the Great North Run for Macmillan", SURNAME),
    "unterstuetzen": (f"Unterstützen Sie {NAME} beim Berlin-Marathon", SURNAME),
    "crowdfunder": (f"Help {NAME} pay for her son's wheelchair", SURNAME),
    "message": (f"Good luck Elspeth! Love from Tom {SURNAME} x", SURNAME),
    "text me": (f"Questions about the page? Text Elspeth on {PHONE_UK}", PHONE_UK_DIGITS),
}
VOLUNTEERS: Dict[str, Tuple[str, Any]] = {
    "signup": (f"Volunteer: {NAME}, Tel. {PHONE_UK}", [SURNAME, PHONE_UK_DIGITS]),
    "dob": ("Volunteer DOB: 14/03/1987", "14/03/1987"),
    "dbs": ("DBS certificate no. 001583914726", "001583914726"),
    "emergency contact": (f"Emergency contact: Tom {SURNAME} 07700 583915", [SURNAME, "7700583915"]),
    "benevole": (f"Bénévole : Mme {NAME}, {PHONE_FR}", [SURNAME, PHONE_FR_DIGITS]),
    "voluntaria": (f"Voluntaria: {NAME}, DNI {DNI}", [SURNAME, DNI]),
    "dbs file": (f"{SURNAME}_Elspeth_DBS_certificate_2026.pdf", SURNAME),
}
PETS: Dict[str, Tuple[str, Any]] = {
    "microchip": (f"Microchip: {CHIP_UK}", CHIP_UK),
    "transponder": (f"Transpondernummer {CHIP_DE}", CHIP_DE),
    "puce": (f"N° de puce : {CHIP_FR}", CHIP_FR),
    "chip alone": (CHIP_MAKER, CHIP_MAKER),
    "chip and owner": (f"Chip {CHIP_ALT} – owner: {NAME}", [CHIP_ALT, SURNAME]),
    "passport owner": (f"Pet passport Section I – Owner: {NAME}, {STREET}, Leeds {POSTCODE}", [SURNAME, POSTCODE]),
    "passport number": (f"EU-Heimtierausweis Nr. DE-0105-{DIGITS}", DIGITS),
}
POLICIES: Dict[str, Tuple[str, Any]] = {
    "policy no": (f"Policy number: PP-{DIGITS}-27", DIGITS),
    "policyholder": (f"Policyholder: {NAME}", SURNAME),
    "claim": (f"Claim CLM-2026-{DIGITS} for {NAME} – Biscuit (cocker spaniel)", [DIGITS, SURNAME]),
    "pet record": (f"Pet: Biscuit {SURNAME}, cocker spaniel, 7 years – Lifetime 4000", SURNAME),
    "versicherungsnehmer": (f"Versicherungsnehmer: Frau {NAME}, Vers.-Nr. {DIGITS}", [SURNAME, DIGITS]),
    "payout iban": (f"Erstattung auf IBAN {IBAN_DE}", IBAN_DE),
    "holder dob": ("Policyholder date of birth: 14/03/1987 – Lifetime 4000", "14/03/1987"),
}
VETS: Dict[str, Tuple[str, Any]] = {
    "booking": (f"Appointment confirmed for {NAME} – Biscuit, booster, 12/12 10:30", SURNAME),
    "owner mobile": (f"Owner's mobile: {PHONE_UK}", PHONE_UK_DIGITS),
    "client no": (f"Client no. {DIGITS} – Biscuit", DIGITS),
    "rdv": (f"RDV vétérinaire : Mme {SURNAME}, Tél. {PHONE_FR}", [SURNAME, PHONE_FR_DIGITS]),
    "tierarzttermin": (f"Tierarzttermin für Frau {SURNAME} am 12.12.2026, Rückruf {PHONE_DE}",
                       [SURNAME, PHONE_DE_DIGITS]),
    "groomer": (f"Grooming booked: Biscuit (owner {NAME}) – full groom", SURNAME),
    "sitter keys": (f"Pet sitting 20–27 Dec, keys at {STREET}, Leeds {POSTCODE}", [STREET, POSTCODE]),
}
LOST: Dict[str, Tuple[str, Any]] = {
    "call": (f"LOST: black cat Mochi, Headingley. Call {PHONE_UK}", PHONE_UK_DIGITS),
    "whatsapp": ("Perro perdido en Triana, WhatsApp 612 583 914", "612583914"),
    "found at": (f"Found at {STREET}, {POSTCODE} – owner please get in touch", [STREET, POSTCODE]),
    "halterin": (f"Vermisst seit 02.12.: Kater Felix, Halterin {NAME}, bitte über TASSO melden", SURNAME),
    "chat perdu": (f"Chat perdu – contacter Élise {SURNAME} au {PHONE_FR}", [SURNAME, PHONE_FR_DIGITS]),
    "reward": ("Reward £200 – ring Elspeth on 0113 258 3914", "1132583914"),
    "vermist": ("Vermist: hond Bobby, bel 06-58391427", "0658391427"),
}
ADOPTIONS: Dict[str, Tuple[str, Any]] = {
    "application": (f"Adoption application: {NAME}, {STREET}, {POSTCODE}", [SURNAME, POSTCODE]),
    "applicant": (f"Applicant: {NAME} (home check 12/12)", SURNAME),
    "deposit": (f"Deposit paid by E. {SURNAME} – puppy 3 (red male)", SURNAME),
    "kc transfer": (f"Kennel Club transfer to new owner {NAME}", SURNAME),
    "adoptant": (f"Adoptant : M. {SURNAME}, né le 14/03/1987", [SURNAME, "14/03/1987"]),
    "reserve": (f"Reserve a pup: text {PHONE_UK}", PHONE_UK_DIGITS),
    "schutzvertrag": (f"Schutzvertrag – Übernehmer: {NAME}, geb. 14.03.1987", [SURNAME, "14.03.1987"]),
}


def url_cases() -> Iterator[Case]:
    urls: Dict[str, Tuple[str, Any]] = {
        "fundraising slug": (f"{SHOP}/fundraising/elspeth-varrowind-london-marathon-2027", "varrowind"),
        "in memory page": (f"{SHOP}/in-memory/harold-varrowind?tab=donations", "varrowind"),
        "gift aid query": (f"{SHOP}/giftaid/confirm?title=Mrs&first=Elspeth&last={SURNAME}&postcode=LS6+2QB",
                           [SURNAME, "LS6+2QB"]),
        "tribute path": (f"{SHOP}/tribute/harold-varrowind-1941-2026/", "varrowind"),
        "lost query": (f"{SHOP}/pets/lost?chip={CHIP_UK}&phone=07700583914", [CHIP_UK, PHONE_UK_DIGITS]),
        "booking fragment": (f"{SHOP}/vets/booking/confirm#owner=Elspeth%20Varrowind&tel=07700583914",
                             [SURNAME, PHONE_UK_DIGITS]),
        "donor receipt path": (f"{SHOP}/donor/D-{DIGITS}/receipts/2026.pdf", DIGITS),
        "claim query": (f"{SHOP}/insurance/claims?policy=PP-{DIGITS}-27&step=2", DIGITS),
    }
    return rotated("url", urls, URL_PLACES, 2, start=0, put=_put)


def cases() -> List[Case]:
    return [
        *rotated("giftaid", GIFT_AID, TEXT_PLACES, 2, put=_put),
        *rotated("donor", DONORS, TEXT_PLACES, 2, start=5, put=_put),
        *rotated("tribute", TRIBUTES, TEXT_PLACES, 2, start=11, put=_put),
        *rotated("sponsor", SPONSORS, TEXT_PLACES, 2, start=17, put=_put),
        *rotated("volunteer", VOLUNTEERS, TEXT_PLACES, 2, start=23, put=_put),
        *rotated("pet", PETS, TEXT_PLACES, 2, start=29, put=_put),
        *rotated("policy", POLICIES, TEXT_PLACES, 2, start=35, put=_put),
        *rotated("vet", VETS, TEXT_PLACES, 2, start=3, put=_put),
        *rotated("lost", LOST, TEXT_PLACES, 2, start=9, put=_put),
        *rotated("adopt", ADOPTIONS, TEXT_PLACES, 2, start=15, put=_put),
        *url_cases(),
    ]


# --- the ordinary side -----------------------------------------------------------------------------------------------
TEXTS = [
    "Gift Aid it: add 25% to your donation at no extra cost", "Monthly gift £10 – Winter Appeal 2026",
    "Christmas Appeal 2026", "General Fund", "Ukraine Humanitarian Appeal", "Sponsor a Guide Dog puppy – £1 a week",
    "In Memory giving", "Tribute funds", "Great North Run 2027 – charity place", "London Marathon 2027 Golden Bond",
    "Tough Mudder 10K – team page", "Volunteer role: Shop assistant (Saturdays)", "Spende: Weihnachtsaktion 2026",
    "Don ponctuel 50 €", "Reçu fiscal 2026 – réduction d'impôt de 66 %", "Dona ora il tuo 5x1000",
    "Patenschaft Kinderdorf 30 €/Monat", "Sammelbestätigung 2026", "Donación mensual 15 € – Socio Amigo",
    "Royal Canin Maxi Adult 15 kg", "Purina Pro Plan Sterilised Cat Salmon 10 kg", "Hill's Prescription Diet k/d 4 kg",
    "Frontline Spot On Dog M 10-20 kg, 3 pipettes", "Bravecto 1000 mg chewable tablet for dogs 20-40 kg",
    "NexGard Spectra 15-30 kg (3 chews)", "Nobivac DHPPi + L4", "Rabies vaccination (Nobivac Rabies)",
    "Kennel cough vaccine", "Cocker Spaniel", "Labrador Retriever", "Maine Coon", "Französische Bulldogge",
    "Berger Australien", "Lifetime 4000 cover", "Covered for Life £12,000", "Tarif Komfort Hunde-OP-Versicherung",
    "Assurance chien Formule Confort 80 %", "Full groom – large breed", "Dog walking 60 min",
    "Cat sitting (2 visits a day)", "Puppy training class – 6 weeks", "Microchipping £15", "ISO 11784/11785 FDX-B",
    "Adoption fee £95 (cat, vaccinated and neutered)", "Seresto collar large dog 70 cm", "KONG Classic Large",
]
CODES = [
    "1089464", "SC041666", "EIN 53-0196605", "Charity No. 225971", "RNA W751212345", "VR 12345 B",
    "XMAS26-DM-A", "APPEAL-WIN26", "GA-2026-Q4", "DON-2026-004127", "FUND-MEM-01", "RC-MAXI-AD-15KG",
    gtin("305410019437"), gtin("871441507711"), "Batch A447B01", "Lot 2L4817 EXP 2027-08", "LT4000-2026",
    "PP-COVER-12K", "SKU-FRL-SPOT-M-3", "ASIN B0002AR0I8", "ORD-2026-11873", "25.00 GBP",
]
URLS = [
    f"{SHOP}/donate?amount=25&fund=general&giftaid=1", f"{SHOP}/appeal/christmas-2026",
    f"{SHOP}/fundraise/great-north-run-2027", f"{SHOP}/dogs/breeds/cocker-spaniel",
    f"{SHOP}/rehome/dogs?breed=labrador&age=puppy", f"{SHOP}/vets/leeds-headingley/book?service=vaccination",
    f"{SHOP}/insurance/quote?species=dog&breed=cocker-spaniel&tariff=lifetime-4000",
    f"{SHOP}/p/royal-canin-maxi-adult-15kg", f"{SHOP}/search?q=bravecto+20-40kg", f"{SHOP}/fr/don/reduction-impot",
    f"{SHOP}/de/spenden/patenschaft?betrag=30", f"{SHOP}/in-memory/create-a-tribute-fund",
    f"{SHOP}/volunteer/roles/shop-assistant?utm_source=newsletter&utm_campaign=xmas26",
    f"{SHOP}/lost-and-found?species=cat&status=lost",
]
TEXT_ORDINARY_PLACES = ["product name", "search string", "page title", "custom property"]
CODE_PLACES = ["product id", "contents id", "order id", "custom property"]
URL_ORDINARY_PLACES = ["page url", "referrer"]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places({"charity text": TEXTS, "charity code": CODES, "charity url": URLS},
                                  {"charity text": TEXT_ORDINARY_PLACES, "charity code": CODE_PLACES,
                                   "charity url": URL_ORDINARY_PLACES}, _put)
