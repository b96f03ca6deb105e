"""The seventy-third outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: insurance. Insurers' and comparison sites' pages for car, home, travel, pet,
health, life and phone cover: a quote's steps and fields, policies and their documents (certificates, green cards,
renewal notices), claims (a claim's number and its claimant, a third party and their plate in the description, a
witness and their phone, a loss adjuster's visit, a repairer's booking, a police crime reference), cancellations and
complaints, in the UK, the US, Ireland, Germany, Austria, Switzerland, France, Spain, Italy, the Netherlands, Belgium,
Poland, Sweden, Brazil, Mexico, Japan and India.

About 150 personal cases, each value put in two of the leaves the README maps (custom properties, products' names
and ids, the page's URL, path, referrer, title and search, custom event names), across the `meta_custom_data` and
`meta_url_query` settings; and about 300 ordinary cases (cover levels, excesses, add-ons, quote steps' titles, makes
and models, breeds, claims' generic words, insurers, brokers, regulators and ombudsmen, FAQ titles, promo codes,
product and help pages' URLs), which must go out whole.

Every personal value carries a made-up marker a leak is found by: a surname nobody has (`Quorvandel`, `Brelliskow`,
`Vordrelle`, `Mossquidel`, `Harnvelisk`, `Zintharow`, `Glaverinth`, `Tamsquith`, `Oskimbrey`, `Kwendrasil`,
`Yarrowquist`, `Fellowtrask`, `Pellquarn`) after a made-up given name, or a six-digit marker inside the number
(`583071`, `694182`, `715293`, `826304`), or, for a plate, a made-up plate (`KQ19 ZVX`).
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import iban, luhn_complete, ordinary_in_places
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "73"


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _spaced(text: str, size: int = 4) -> str:
    return " ".join(text[i:i + size] for i in range(0, len(text), size))


# --- a policyholder's own data in a quote's fields and titles ------------------------------------------------------
HOLDER: Dict[str, Tuple[str, Any]] = {
    "honorific in step title": ("Your details – Mr Corvell Brelliskow, is this right?", "Brelliskow"),
    "email in quote field": ("Quote sent to idrana.quorvandel@example-mail.co.uk", "quorvandel"),
    "german birth date": ("Geburtsdatum: 14.03.1986 – Kfz-Angebot für Tobrin Vordrelle", ["14.03.1986", "Vordrelle"]),
    "risk address": ("Risk address: 27 Pellquarn Road, Leeds LS6 2QT", "Pellquarn"),
    "brazil cpf": ("CPF do segurado: 583.071.694-10", "583071694"),
    "japanese katakana policyholder": ("記名被保険者：クオルヴァンデル・イドラナ 様", "クオルヴァンデル"),
    "mexican curp": ("Cotización seguro de auto – CURP: YAQI860314MDFRRL09", "YAQI860314MDFRRL09"),
    "swedish personnummer": ("Personnummer: 860314-5833 – hemförsäkring", "860314-5833"),
    "austrian policyholder": ("Versicherungsnehmerin: Frau Mag. Ilse Yarrowquist", "Yarrowquist"),
    "swiss ahv": ("AHV-Nr. 756.5830.7142.97 – Krankenkasse Offerte", "756.5830.7142.97"),
    "belgian national number": ("Rijksregisternummer verzekeringnemer: 86.03.14-583.48", "86.03.14-583.48"),
    "polish pesel": ("Ubezpieczający – PESEL 86031458304", "86031458304"),
    "life beneficiary": ("Beneficiary: Orlaith Vordrelle (daughter) – 100%", "Vordrelle"),
    "indian pan": ("Proposer PAN: QRVPK5830L – term life quote", "QRVPK5830L"),
    "self introduced": ("Hi, my name is Maelith Zintharow and I want a travel quote", "Zintharow"),
}

# --- a vehicle's registration ----------------------------------------------------------------------------------------
PLATE: Dict[str, Tuple[str, Any]] = {
    "uk after registration label": ("Your vehicle – registration KQ19 ZVX – Ford Focus", ["KQ19 ZVX", "KQ19ZVX"]),
    "french own vehicle": ("Immatriculation de mon véhicule : GZ-583-QX", ["GZ-583-QX", "GZ583QX"]),
    "spanish matricula": ("Matrícula: 5830 QZX – seguro a todo riesgo", ["5830 QZX", "5830QZX"]),
    "brazil placa": ("Placa QZX5H83 – cotação seguro auto", "QZX5H83"),
    "my car's registration": ("My car's registration: LM68 QZT", ["LM68 QZT", "LM68QZT"]),
    "quote link under reg key": ("https://www.example-insurer.co.uk/car-insurance/quote/vehicle?reg=KQ19ZVX",
                                 "KQ19ZVX"),
}

# --- a named driver --------------------------------------------------------------------------------------------------
DRIVER: Dict[str, Tuple[str, Any]] = {
    "additional driver": ("Additional driver: Fennick Tamsquith (spouse)", "Tamsquith"),
    "french secondary driver": ("Conducteur secondaire : Mme Ysmay Oskimbrey", "Oskimbrey"),
    "german additional driver": ("Zusatzfahrer: Jorvik Kwendrasil, Führerschein seit 2009", "Kwendrasil"),
    "name and age opening": ("Kestrel Fellowtrask, 40, nine years no claims", "Fellowtrask"),
    "dvla licence": ("Driving licence: QUORV803146ID9AB", "QUORV803146ID9AB"),
    "indian licence": ("DL No: MH12 20110583071", "20110583071"),
}

# --- a policy's number ---------------------------------------------------------------------------------------------
POLICY: Dict[str, Tuple[str, Any]] = {
    "policy number label": ("Policy number: POL-583071-UK", "583071"),
    "german versicherungsschein": ("Versicherungsscheinnummer: 58.307.104-K", "58.307.104"),
    "renewal notice": ("Renewal notice – Policy No. HX/583071 – due 14 Jan", "583071"),
    "green card": ("Carte verte n° 583071 – Kestrel Fellowtrask", ["583071", "Fellowtrask"]),
    "policy query key": ("https://www.example-insurer.ie/documents?policy=HX583071&doc=certificate", "HX583071"),
}

# --- a claim's number and its claimant -----------------------------------------------------------------------------
CLAIM: Dict[str, Tuple[str, Any]] = {
    "ref for claimant": ("Claim ref CLM-694182 for Brannoc Glaverinth", ["694182", "Glaverinth"]),
    "german schaden": ("Schadennummer 694182 – Versicherungsnehmer: Tobrin Vordrelle", ["694182", "Vordrelle"]),
    "french sinistre": ("Sinistre n° 694182 – déclaré par Mme Senna Mossquidel", ["694182", "Mossquidel"]),
    "claimant label": ("Claim CL694182 – claimant: Dorrin Harnvelisk", ["694182", "Harnvelisk"]),
    "spanish asegurado": ("Siniestro 694182 – asegurado: Maelith Zintharow", ["694182", "Zintharow"]),
    "claim slug": ("https://claims.example-insurer.com/claims/694182/claimant/idrana-quorvandel",
                   ["694182", "quorvandel"]),
}

# --- a third party and their plate in a claim's description --------------------------------------------------------
THIRD: Dict[str, Tuple[str, Any]] = {
    "rear ended": ("Rear-ended at lights by third party Mr Fennick Tamsquith, reg LM68 QZT", ["Tamsquith", "LM68"]),
    "third party label": ("Third party: Ysmay Oskimbrey, vehicle reg. LM68 QZT, insurer Aviva", ["Oskimbrey", "LM68"]),
    "unfallgegner": ("Unfallgegner: Orlaith Vordrelle, Kennzeichen B-QZ 5830", ["Vordrelle", "QZ 5830"]),
    "tiers implique": ("Tiers impliqué : M. Kestrel Fellowtrask, immatriculation GZ-583-QX",
                       ["Fellowtrask", "GZ-583-QX"]),
    "controparte": ("Controparte: sig. Jorvik Kwendrasil, targa QZ583XV", ["Kwendrasil", "QZ583XV"]),
    "other driver phone": ("Other driver's name: Ilse Yarrowquist, phone 07700 715293", ["Yarrowquist", "715293"]),
}

# --- a witness and their phone ---------------------------------------------------------------------------------------
WITNESS: Dict[str, Tuple[str, Any]] = {
    "witness label": ("Witness: Corvell Brelliskow, 07700 715293", ["Brelliskow", "715293"]),
    "french temoin": ("Témoin : Mme Senna Mossquidel – 06 71 52 93 84", ["Mossquidel", "71 52 93 84"]),
    "spanish testigo": ("Testigo: Maelith Zintharow, tel. 671 529 384", ["Zintharow", "671 529 384"]),
}

# --- cancellations and complaints, and a phone's cover --------------------------------------------------------------
COMPLAINT: Dict[str, Tuple[str, Any]] = {
    "complaint from": ("Complaint ref CMP-715293 from Mrs Ysmay Oskimbrey", "Oskimbrey"),
    "french reclamation": ("Réclamation de M. Corvell Brelliskow – contrat 715293", "Brelliskow"),
    "cancellation for": ("Cancellation confirmed for Fennick Tamsquith – policy HX/715293", "Tamsquith"),
    "phone imei": ("Phone insurance – IMEI 35-209900-583071-2 – screen repair", "35-209900-583071-2"),
}

# --- a loss adjuster's visit and a repairer's booking --------------------------------------------------------------
VISIT: Dict[str, Tuple[str, Any]] = {
    "adjuster booked for": ("Loss adjuster visit booked for Idrana Quorvandel – 14 May, 10:00", "Quorvandel"),
    "repair booked by": ("Windscreen repair slot 14:00 booked by Brannoc Glaverinth", "Glaverinth"),
    "gutachter termin": ("Gutachtertermin mit Frau Ilse Yarrowquist am 14.05.", "Yarrowquist"),
    "expert rendez-vous": ("Rendez-vous expert pour M. Dorrin Harnvelisk, 12 rue Pellquarn, 69003 Lyon",
                           ["Harnvelisk", "Pellquarn"]),
}

# --- a pet and its owner ---------------------------------------------------------------------------------------------
PET: Dict[str, Tuple[str, Any]] = {
    "german besitzerin": ("Besitzerin: Orlaith Vordrelle, Hund Bello", "Vordrelle"),
    "microchip": ("Microchip: 985141005830712 – pet insurance quote", "985141005830712"),
}

# --- a police crime reference ----------------------------------------------------------------------------------------
CRIME: Dict[str, Tuple[str, Any]] = {
    "uk crime reference": ("Crime reference number: 46/826304/26", "826304"),
    "german aktenzeichen": ("Polizeiliches Aktenzeichen: ST/0826304/2026 – Fahrraddiebstahl", "826304"),
    "french proces verbal": ("Numéro de récépissé de plainte : PV 826304", "826304"),
    "spanish denuncia": ("Número de denuncia: 826304/26 – robo en vivienda", "826304"),
    "police report": ("Police report no. 2026-826304 – theft of phone", "826304"),
}

# --- a medical detail tied to a name --------------------------------------------------------------------------------
MEDICAL: Dict[str, Tuple[str, Any]] = {
    "pre-existing condition": ("Travel insurance – pre-existing condition: epilepsy – Idrana Quorvandel",
                               "Quorvandel"),
    "screening for": ("Medical screening for Corvell Brelliskow: type 1 diabetes", "Brelliskow"),
    "pregnant traveller": ("Senna Mossquidel – pregnant, 24 weeks – travel cover", "Mossquidel"),
    "is diabetic": ("Dorrin Harnvelisk is diabetic", "Harnvelisk"),
    "physio claim": ("Health claim 694182 – physiotherapy for Maelith Zintharow (knee)", ["Zintharow", "694182"]),
}

# --- a bank account for a payout ---------------------------------------------------------------------------------
_GB = iban("GB", "NWBK60161358307142")
_DE = iban("DE", "370400440583071420")
_ES = iban("ES", "21000418450583071420")
PAYOUT: Dict[str, Tuple[str, Any]] = {
    "uk iban": (f"Claim payout to {_GB}", _GB),
    "german iban spaced": (f"Auszahlung auf IBAN {_spaced(_DE)}", _spaced(_DE)),
    "spanish iban": (f"Indemnización – IBAN: {_spaced(_ES)}", _spaced(_ES)),
    "polish nrb": (f"Wypłata odszkodowania na rachunek {_spaced(iban('PL', '10205561' + '0000583071420000'))[2:]}",
                   _spaced(iban("PL", "10205561" + "0000583071420000"))[2:]),
    "card refund": (f"Refund of premium to card {_spaced(luhn_complete('453958307142009'))}",
                    _spaced(luhn_complete("453958307142009"))),
}

# --- a renewal or a document's link carrying a token, an email or a name -----------------------------------------
_TOKEN = _b64url(json.dumps({"email": "ilse.yarrowquist@example.net", "policy": "HX583071"}))
RENEWAL: Dict[str, Tuple[str, Any]] = {
    "email in query": ("https://www.example-insurer.co.uk/renew?token=r8K2q&email=ilse.yarrowquist%40example.net",
                       "yarrowquist"),
    "dob in query": ("https://mein.versicherung.example.de/verlaengerung?vertrag=583071&geburtsdatum=1986-03-14",
                     "1986-03-14"),
    "base64 token": (f"https://renew.example.ie/r?t={_TOKEN}", [_TOKEN, "yarrowquist"]),
    "surname in query": ("https://www.example.fr/renouvellement?nom=Glaverinth&contrat=583071", "Glaverinth"),
    "certificate file": ("https://www.example.com/policy/documents/Certificate_Idrana_Quorvandel_2026.pdf",
                         "Quorvandel"),
    "retrieve quote": ("https://quote.example.com/retrieve?quote_id=Q583071&postcode=LS6%202QT&surname=Tamsquith",
                       "Tamsquith"),
}

# --- what the README says it does not claim, in an insurer's words: each value in the place named ----------------
UNLABELLED: List[Tuple[str, str, str, Any]] = [
    ("plate in a claim's story", "content name", "Hit by a blue Vauxhall Astra LM68 QZT on the A64",
     ["LM68 QZT", "LM68QZT"]),
    ("name in a claim's story", "custom property", "Damage caused by neighbour's fallen tree – Fennick Tamsquith",
     "Tamsquith"),
    ("address in a quote's slug", "page url",
     "https://www.example-insurer.co.uk/home-insurance/quote/27-pellquarn-road-leeds", "pellquarn"),
    ("policy number as order id", "order id", "58307142", "58307142"),
]

# Each table, its family word, its places and how many places a value takes.
_FAMILIES: List[Tuple[str, Dict[str, Tuple[str, Any]], List[str], int]] = [
    ("holder", HOLDER, TEXT_PLACES, 2),
    ("plate", PLATE, TEXT_PLACES, 2),
    ("driver", DRIVER, TEXT_PLACES, 2),
    ("policy", POLICY, TEXT_PLACES, 2),
    ("claim", CLAIM, TEXT_PLACES, 2),
    ("third", THIRD, TEXT_PLACES, 2),
    ("witness", WITNESS, TEXT_PLACES, 2),
    ("visit", VISIT, TEXT_PLACES, 2),
    ("complaint", COMPLAINT, TEXT_PLACES, 2),
    ("pet", PET, TEXT_PLACES, 2),
    ("crime", CRIME, TEXT_PLACES, 2),
    ("medical", MEDICAL, TEXT_PLACES, 2),
    ("payout", PAYOUT, TEXT_PLACES, 2),
    ("renewal", RENEWAL, URL_PLACES, 2),
]


def cases() -> List[Case]:
    found: List[Case] = []
    start = 0
    for family, table, places, per in _FAMILIES:
        found += rotated(family, table, places, per, start=start, tag=TAG)
        start += 7
    for name, where, value, shown in UNLABELLED:
        forms = [shown] if isinstance(shown, str) else list(shown)
        found.append((f"unlabelled {name} @ {where}", *place(where, value, TAG), forms))
    return found


# --- ordinary data -------------------------------------------------------------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "cover levels": ["Comprehensive – 12 months", "Vollkasko mit SB 300 €", "Tous risques", "Teilkasko 150 € SB",
                     "Third party, fire and theft", "Todo riesgo con franquicia 300 €", "RC Auto + Furto e Incendio",
                     "WA + Volledig Casco", "OC/AC – pakiet Komfort", "Helförsäkring", "Seguro auto compreensivo",
                     "Cobertura amplia", "対人・対物無制限", "Comprehensive + Zero Depreciation"],
    "excesses": ["Excess £250 voluntary + £100 compulsory", "Selbstbeteiligung 500 €", "Franchise 150 €",
                 "Franquicia 600 €", "Eigen risico € 385", "Deductible $500", "Udział własny 10%",
                 "Under 25 driver excess £350"],
    "add-ons": ["Breakdown cover – Roadside & Recovery", "Legal expenses £25", "Courtesy car",
                "Protected no claims discount", "Schutzbrief", "Glasbruch", "Assistance 0 km", "Key cover",
                "Personal accident cover £5,000", "Rabattschutz", "Gadget cover add-on", "Telematics black box"],
    "quote steps": ["Your vehicle", "Your details", "Ihre Daten", "Vos informations", "Tus datos", "I tuoi dati",
                    "Uw gegevens", "Twoje dane", "Dina uppgifter", "Seus dados", "Step 3 of 5 – Cover options",
                    "Schritt 2: Fahrzeugdaten", "Étape 4 – Récapitulatif", "お客様情報の入力", "Your quote is ready",
                    "Review & buy"],
    "makes and models": ["Ford Focus 1.0 EcoBoost Titanium 5dr", "VW Golf 8 1.5 eTSI", "Renault Clio V TCe 90",
                         "SEAT Ibiza 1.0 TSI FR", "Fiat 500 Hybrid", "Toyota Yaris Cross Hybrid",
                         "Tesla Model 3 Long Range", "Skoda Octavia Combi 2.0 TDI", "Maruti Suzuki Swift VXi",
                         "Honda N-BOX", "Volvo XC60 B4", "BMW 320d xDrive Touring"],
    "breeds": ["Cockapoo", "Französische Bulldogge", "Labrador Retriever", "Maine Coon", "Berger australien",
               "British Shorthair", "Cavalier King Charles Spaniel"],
    "claims' words": ["Windscreen claim", "Water damage – kitchen", "Wasserschaden – Küche", "Dégât des eaux",
                      "Daños por agua", "Lost luggage claim", "Phone screen damage", "Theft from vehicle",
                      "Storm damage – roof tiles", "Sinistro RC auto", "Bris de glace",
                      "Flight delay compensation claim", "Accidental damage – laptop", "Make a claim online"],
    "insurers and brokers": ["Aviva", "Direct Line", "HUK-COBURG", "Allianz Direct", "MAIF", "Mapfre", "Generali",
                             "Centraal Beheer", "PZU", "Länsförsäkringar", "Porto Seguro", "GNP Seguros",
                             "Tokio Marine Nichido", "ICICI Lombard", "FBD Insurance", "Die Mobiliar", "UNIQA",
                             "Ethias", "Check24 Kfz-Versicherung Vergleich", "Petplan"],
    "regulators and ombudsmen": ["Financial Ombudsman Service", "BaFin", "Versicherungsombudsmann e.V.", "ACPR",
                                 "La Médiation de l'Assurance", "IVASS", "Kifid", "Rzecznik Finansowy",
                                 "Allmänna reklamationsnämnden", "SUSEP", "CONDUSEF", "IRDAI",
                                 "Financial Services and Pensions Ombudsman", "FINMA"],
    "faq and documents": ["How do I make a claim?", "What is an excess?", "Was ist eine Selbstbeteiligung?",
                          "Comment résilier mon contrat ?", "¿Qué cubre el seguro a terceros?",
                          "Green card – driving abroad", "Cancellation – 14-day cooling-off period",
                          "Complaints procedure", "Renewal – what happens next", "Certificate of Motor Insurance",
                          "Policy wording v3.2 (PDF)", "No claims bonus: 9 years", "Policy term: 12 months"],
    "promo codes and amounts": ["SAVE10", "PETFIRST15", "WINTER20", "NEWDRIVER", "£389.42 a year", "32,45 € / Monat",
                                "₹12,499 per annum", "R$ 1.890,00 à vista", "¥48,000/年", "CHF 1'249.–",
                                "Sum insured 100,000 €", "Mileage up to 8,000 miles"],
    "names in brands and models": ["Aston Martin DB12", "Mercedes-Benz GLC 300 e 4MATIC", "Ford Mustang Mach-E",
                                   "Alfa Romeo Giulia Veloce", "Rolls-Royce Ghost", "Jack Russell Terrier",
                                   "Cavalier King Charles", "Hastings Direct", "Sheilas' Wheels car insurance",
                                   "John Lewis home insurance", "Marks & Spencer pet insurance",
                                   "Churchill Home Insurance", "Lloyd's of London", "Morgan Plus Four",
                                   "Dr. Oetker"],
    "labels with no person": ["Named driver discount 10%", "Crime reference number required for theft claims",
                              "Policy number: see your certificate", "Witness statement form (PDF)",
                              "Pet owner liability cover", "Policyholder: you", "Additional driver: none",
                              "Claimant's guide to the claims process", "Third party only", "Owner: Allianz SE",
                              "Mr & Mrs joint policy", "Loss adjuster visits – what to expect"],
    "public numbers": ["Action Fraud 0300 123 2040", "Claims line 0800 123 4567", "Notruf 112",
                       "Pannenhilfe 0800 5 10 11 12", "Assistance 24h/24 : 0 800 05 05 05",
                       "Financial Ombudsman Service 0800 023 4567"],
    "product ids": ["MOTOR-COMP-12M", "HOME-BLD-CNT-01", "TRAVEL-AMT-EU", "PET-LIFETIME-4K", "PHONE-GADGET-02",
                    "LIFE-TERM-25Y", "HEALTH-OPD-IN"],
}
ORDINARY_URLS: List[str] = [
    "https://www.example-insurer.co.uk/car-insurance/comprehensive",
    "https://www.example-versicherung.de/kfz-versicherung/vollkasko/",
    "https://www.example-insurer.co.uk/help/faq/how-to-make-a-claim",
    "https://www.example.fr/assurance-auto/tous-risques",
    "https://www.example.es/seguros/coche/todo-riesgo?utm_source=google&utm_campaign=coche_2026",
    "https://www.example.it/assicurazione-auto/preventivo?step=2",
    "https://www.example.nl/autoverzekering/allrisk",
    "https://www.example.pl/ubezpieczenie-oc-ac/kalkulator",
    "https://www.example.se/forsakring/bil/helforsakring",
    "https://www.example.com.br/seguro-auto/cotacao",
    "https://www.example.com.mx/seguro-de-auto/cobertura-amplia",
    "https://www.example.co.jp/car/estimate/",
    "https://www.example.in/motor-insurance/two-wheeler?variant=comprehensive",
    "https://www.example.ie/home-insurance/quote?step=your-home",
    "https://www.example.ch/de/motorfahrzeugversicherung/",
    "https://www.example.at/kfz-versicherung/haftpflicht",
    "https://www.example.be/fr/assurance-habitation/",
    "https://www.example.com/pet-insurance/dog/cockapoo",
    "https://www.example.com/travel-insurance/annual-multi-trip?promo=SAVE10",
    "https://www.example.com/complaints?ref=footer",
]
_ORDINARY_PLACES: Dict[str, List[str]] = {
    "cover levels": ["product name"],
    "excesses": ["content name", "standard contents title"],
    "add-ons": ["product variant"],
    "quote steps": ["page title", "custom event name"],
    "makes and models": ["search string"],
    "breeds": ["product variant", "custom property"],
    "claims' words": ["page title", "custom property"],
    "insurers and brokers": ["product brand"],
    "regulators and ombudsmen": ["page title"],
    "faq and documents": ["page title", "content name"],
    "promo codes and amounts": ["listed custom property"],
    "product ids": ["product id", "contents id"],
    "urls": ["page url", "referrer"],
    "names in brands and models": ["product name", "search string"],
    "labels with no person": ["page title", "custom property"],
    "public numbers": ["page title", "custom property"],
}


def _ordinary_place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places({**ORDINARY, "urls": ORDINARY_URLS}, _ORDINARY_PLACES, _ordinary_place)
