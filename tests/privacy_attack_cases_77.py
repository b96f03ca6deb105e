"""The seventy-seventh outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: pets and animals. Vets' booking pages and practice portals, pet shops and
food subscriptions (Zooplus, Fressnapf, Chewy, Pets at Home, Maxi Zoo), pet sitters and dog walkers (Rover,
Pawshake), breeders' litters and puppy contracts, microchip and pet-passport registries (Petlog, TASSO, I-CAD, ANIS),
lost-and-found pets, grooming, kennels and catteries, adoption from shelters, in the UK, the US, Germany, Austria,
Switzerland, France, Spain, Italy, the Netherlands, Belgium, Poland, Sweden, Australia, Brazil and Japan.

About 150 personal cases in twelve families (a vet booking's owner, a sitter's message, a lost-pet post, a breeder's
contract, an adoption form, a microchip's fifteen digits with and without their label, a pet passport's number, an
engraved tag, a vet's client number or a pet insurance's policy, a signed sitter's review, a pet's name with its
owner's surname in a clinic's record, an owner's slug in a route), each rotated through the leaves the README maps
(custom properties, product names and ids, page URL, path, referrer and title, search, custom event names) and the
data-minimisation settings; each carries a made-up marker: a surname nobody has (`Pellquarn`, `Oxquelle`, `Trevankh`,
`Faltremby`, `Ystravel`, `Kornwalq`, `Quibrovak`, `Zabrovant`, `Holmvaer`) or a six-digit marker inside its number
(`738215`, `614937`, `529184`, `317246`, `842753`, `472193`, `847219`, `365902`, `836142`, `482736`).

About 300 ordinary cases, which must go out whole: pet food and accessories by name, breeds, ages and weights as a
product's attributes, appointment types, clinics and towns, opening hours, subscription intervals, lost-pet posters'
generic words, help pages and shop URLs, product codes, in several languages. A pet's own name alone as a shop's
product word (`Bella` as a collar's design) is ordinary by choice: a pet's name alone identifies nobody, and shops
name designs after pets' names; it is personal only beside its owner's surname (the record family).
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "77"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# --- personal: a vet booking's owner (booking pages, practice portals) -----------------------------------------------
BOOKING: Dict[str, Tuple[str, Any]] = {
    "owner label and UK mobile": ("Appointment request – Vaccination booster for Bella. Owner: Idris Pellquarn, "
                                  "07911 738215", ["Pellquarn", "7911738215"]),
    "German keeper and mobile": ("Termin Kastration Kater Felix – Halterin: Frau Wiebke Pellquarn, Tel. 0176 48738215",
                                 ["Pellquarn", "17648738215"]),
    "Japanese owner label": ("予約確認：ワクチン接種（ポチ）飼い主：ペルクァーン・イドリス 様 090-4873-8215",
                             ["ペルクァーン", "9048738215"]),
    "keepers of a transfer": ("Ownership transfer for Milo – new keeper Idris Pellquarn, previous keeper Wiebke "
                              "Pellquarn", ["Pellquarn"]),
    "Spanish owner and street": ("Cita veterinaria – desparasitación de Luna. Dueña: Idris Pellquarn, calle Mayor 14, "
                                 "28013 Madrid", ["Pellquarn"]),
    "home visit address": ("Home visit for Oscar (vaccination) at 27 Pellquarn Lane, Leeds LS6 2QT – owner Idris",
                           ["Pellquarn"]),
}

# --- personal: a sitter's or a dog walker's message (Rover, Pawshake) ----------------------------------------------
SITTER: Dict[str, Tuple[str, Any]] = {
    "greeting full name and pickup address": ("Hi Tamsin Oxquelle, I'll collect Bella from 14 Oxquelle Road, Bristol "
                                              "BS6 6HR at 8am", ["Oxquelle"]),
    "French number and signature": ("Bonjour, je garde Caramel du 3 au 10 août. Mon numéro : 06 47 61 49 37 – Tamsin "
                                    "Oxquelle", ["Oxquelle", "647614937"]),
    "door code for the walker": ("Dog walker note: keys with the concierge, door code: 614937, flat of Tamsin "
                                 "Oxquelle", ["614937", "Oxquelle"]),
    "dialled mobile in a note": ("Luna ate well today. Call me on +44 7911 614937 if anything comes up",
                                 ["7911614937"]),
    "Portuguese introduction and WhatsApp": ("Oi! Sou a Tamsin Oxquelle, cuido do seu cachorro. WhatsApp (11) "
                                             "96149-3721", ["Oxquelle", "11961493721"]),
}

# --- personal: a lost-pet or a found-pet post ------------------------------------------------------------------------
LOST: Dict[str, Tuple[str, Any]] = {
    "call a full name and mobile": ("LOST DOG – Rocky, brown Labrador, last seen Hyde Park. Please call Orsola "
                                    "Trevankh 07912 529184", ["Trevankh", "7912529184"]),
    "Spanish call and mobile": ("Gato perdido: Nala, siamesa. Llamar a Orsola Trevankh al 612 529 184",
                                ["Trevankh", "612529184"]),
    "Polish contact and mobile": ("Zaginął pies Burek! Kontakt: Orsola Trevankh, tel. 512 529 184",
                                  ["Trevankh", "512529184"]),
    "French honorific and street": ("Chat perdu – contactez Mme Orsola Trevankh, 12 rue des Tilleuls, 69003 Lyon",
                                    ["Trevankh", "rue des Tilleuls"]),
    "Dutch mobile and name in brackets": ("Vermist: kat Pip, Utrecht. Bel 06 12529184 (Orsola Trevankh)",
                                          ["Trevankh", "612529184"]),
}

# --- personal: a breeder's litter reservation or puppy contract ------------------------------------------------------
BREEDER: Dict[str, Tuple[str, Any]] = {
    "English buyer and address": ("Puppy contract – Golden Retriever litter A, puppy 3. Buyer: Jorun Faltremby, 5 Mill "
                                  "Lane, Harrogate HG1 2AB", ["Faltremby"]),
    "puppy reserved for a name": ("Welpe Nr. 3 reserviert für Jorun Faltremby (Anzahlung 300 €)", ["Faltremby"]),
    "French acquirer and phone": ("Contrat de réservation chiot – acquéreur : M. Jorun Faltremby, tél. 06 58 31 72 46",
                                  ["Faltremby", "658317246"]),
    "reservation number and name": ("Litter reservation #317246 – Jorun Faltremby – deposit £300", ["Faltremby"]),
}

# --- personal: a shelter's adoption form ----------------------------------------------------------------------------
ADOPTION: Dict[str, Tuple[str, Any]] = {
    "adopted by a full name": ("Adoption de Filou par Delphine Ystravel – dossier 842753", ["Ystravel"]),
    "German applicant and birth date": ("Adoptionsantrag Tierheim Berlin – Antragstellerin: Delphine Ystravel, geb. "
                                        "12.03.1988", ["Ystravel", "12.03.1988"]),
    "Spanish name and phone labels": ("Formulario de adopción: Nombre: Delphine Ystravel; Teléfono: 611 842 753",
                                      ["Ystravel", "611842753"]),
    "Italian applicant and mobile": ("Adozione gatto – richiedente Delphine Ystravel, cell. 347 184 2753",
                                     ["Ystravel", "3471842753"]),
}

# --- personal: a microchip's fifteen digits (ISO 11784: a registry links them to the owner) ---------------------------
CHIP: Dict[str, Tuple[str, Any]] = {
    "Swiss label in fours (ANIS)": ("Chip-Nr. 756 0981 0047 2193 (ANIS)", "756098100472193"),
    "registry's name as its label": ("Identifiant I-CAD 250268500472193", "250268500472193"),
    "Japanese label": ("マイクロチップ番号：392141000472193", "392141000472193"),
    "German transponder label": ("Transpondernummer 276094500472193 – Registrierung bei TASSO", "276094500472193"),
    "bare chip word": ("Chip 941000024721936 registered with Petlog", "941000024721936"),
    "no label beside a registry": ("Found dog scanned at the vet: 985112004721937 – please ring Petlog",
                                   "985112004721937"),
}

# --- personal: a pet passport's number ------------------------------------------------------------------------------
PASSPORT: Dict[str, Tuple[str, Any]] = {
    "UK health certificate": ("Animal Health Certificate AHC-UK-0847219", "0847219"),
    "German label": ("Heimtierausweis Nr. DE-09-0847219", "0847219"),
    "French label": ("Passeport européen pour animal de compagnie n° FR 250 847 219", "250847219"),
}

# --- personal: an engraved tag with its owner's phone or name -------------------------------------------------------
TAG_TEXTS: Dict[str, Tuple[str, Any]] = {
    "UK mobile after a pet's name": ("Tag: Bella – call 07911 365902", "7911365902"),
    "German engraving with the owner": ("Gravur: Balu, Besitzer Benedikt Kornwalq, 0171 3659021",
                                        ["Kornwalq", "1713659021"]),
    "US number after if found": ("Engraving: If found call Benedikt Kornwalq (312) 365-9021",
                                 ["Kornwalq", "3123659021"]),
    "French medal": ("Médaille gravée : Filou – 06 36 59 02 14", "636590214"),
}

# --- personal: a vet's client number, a pet insurance's policy -------------------------------------------------------
CLIENT: Dict[str, Tuple[str, Any]] = {
    "English client number": ("Client no. 836142 – Parkside Veterinary Practice", "836142"),
    "German keeper number": ("Tierhalter-Nr. 836142", "836142"),
    "insurance policy number": ("Petplan policy number PP-836142-07", "836142"),
    "French insurance contract": ("Numéro de contrat SantéVet : SV836142", "836142"),
    "French client number": ("N° client clinique vétérinaire : 836142", "836142"),
}

# --- personal: a sitter's review signed with a name ----------------------------------------------------------------
REVIEW: Dict[str, Tuple[str, Any]] = {
    "Portuguese stars and a tutor": ("Ótima cuidadora, recomendo! ⭐⭐⭐⭐⭐ — Ansel Quibrovak (tutor do Thor)",
                                     "Quibrovak"),
    "German rating, name and town": ("Super Hundesitterin, jederzeit wieder. 5/5 – Ansel Quibrovak, Hamburg",
                                     "Quibrovak"),
    "Japanese stars and katakana name": ("とても丁寧なシッターさんでした。★5 クィブロヴァク・アンセル",
                                         "クィブロヴァク"),
    "review by a name": ("Rover review by Ansel Quibrovak – 5 stars, would book again", "Quibrovak"),
}

# --- personal: a pet's name with its owner's surname in a clinic's record -------------------------------------------
RECORD: Dict[str, Tuple[str, Any]] = {
    "pet and surname before a treatment": ("Bella Zabrovant – rabies booster", "Zabrovant"),
    "patient label, pet and surname": ("Patient: Felix Zabrovant (EKH, 6 J.) – Impfung Tollwut", "Zabrovant"),
    "surname in brackets after the pet": ("Rex (Zabrovant) – castration 12/03", "Zabrovant"),
}

# --- personal: an owner's slug in a route --------------------------------------------------------------------------
ROUTE: Dict[str, Tuple[str, Any]] = {
    "owner's pets page": ("https://portal.example-vets.co.uk/owners/kestrin-holmvaer/pets", "holmvaer"),
    "sitter's profile": ("https://www.example-petsitting.de/sitter/kestrin-holmvaer-hamburg", "holmvaer"),
    "German keeper's animals": ("https://app.example-tierarzt.de/tierhalter/kestrin-holmvaer/tiere", "holmvaer"),
    "pet sitter's page": ("https://www.example-pawshake.co.uk/petsitters/kestrin-holmvaer-482736",
                          ["holmvaer", "482736"]),
}


def cases() -> List[Case]:
    """The personal cases, each value in three leaves (rotated through the text places, URLs through URL places)."""
    tables = [("booking", BOOKING, 0), ("sitter", SITTER, 5), ("lost", LOST, 11), ("breeder", BREEDER, 17),
              ("adoption", ADOPTION, 23), ("chip", CHIP, 29), ("passport", PASSPORT, 3), ("tag", TAG_TEXTS, 13),
              ("client", CLIENT, 21), ("review", REVIEW, 31), ("record", RECORD, 7)]
    found: List[Case] = []
    for family, table, start in tables:
        found += list(rotated(family, table, TEXT_PLACES, 3, start=start, tag=TAG, put=_put))
    found += list(rotated("route", ROUTE, URL_PLACES, 3, start=0, tag=TAG, put=_put))
    return found


# --- ordinary: what pet shops, vets, sitters and shelters send --------------------------------------------------------
ORDINARY_VALUES: Dict[str, List[str]] = {
    "products": ["Royal Canin Maxi Adult 15 kg", "Hundeleine 2 m", "Croquettes chat stérilisé",
                 "James Wellbeloved Senior Turkey 10 kg", "Hill's Science Plan Puppy Medium Chicken",
                 "Edgard & Cooper Huhn & Truthahn 700 g", "Lily's Kitchen Chicken Casserole 400 g",
                 "Josera Kitten 2 kg", "Pienso perro adulto cordero 12 kg",
                 "Crocchette gatto sterilizzato salmone 1,5 kg", "Butcher's Tripe Mix 12 x 400 g",
                 "Bella & Duke Working Dog Complete", "Kattenbak met kap", "Karma dla psa Brit Care 12 kg",
                 "Barking Heads Golden Years 12 kg", "ドッグフード 小型犬用 3kg", "Ração Golden Cães Adultos 15kg",
                 "Seresto Flohhalsband große Hunde", "Frontline Combo Spot-on Cat", "Bella collar – rose gold"],
    "attributes": ["Labrador Retriever", "Gravur: Bella", "Französische Bulldogge", "Puppy (2–12 months)", "Senior 7+",
                   "Adult 1-7 years", "10-25 kg", "Small breed < 10 kg", "Berger Australien",
                   "Gender: male (neutered)", "Geschlecht: Rüde", "Born: 12/03/2025 (litter A)", "Age: 8 weeks",
                   "Tag: Bella – heart, 25 mm", "Weight: 4.5 kg"],
    "appointments": ["Vaccination – booster", "Kastration Kater", "Stérilisation chatte", "Dental scale and polish",
                     "Microchipping £15", "Patient: Luna (Katze, 4 J.)", "Owner portal – login",
                     "Vacunación antirrábica", "Vaccinazione cane", "Gebitsbehandeling hond",
                     "Szczepienie przeciw wściekliźnie", "Konsultation Verhaltenstherapie",
                     "Puppy party – Saturday 10:00", "Nurse clinic: weight check",
                     "Grooming – full groom, medium dog"],
    "clinics": ["Parkside Veterinary Practice, Leeds", "Tierarztpraxis am Stadtpark, Wien",
                "Clinique vétérinaire des Alpes, Annecy", "Clínica Veterinaria San Antón, Madrid",
                "Mon–Fri 8:00–19:00, Sat 9:00–12:00", "Emergency line: 0800 028 4567", "Ouvert le samedi matin",
                "Dierenkliniek Utrecht Noord", "Kennels & Cattery – Harrogate", "Hundepension Sonnenhof, Zürich",
                "Maxi Zoo Köln-Ehrenfeld", "Pets at Home Leeds Kirkstall", "Dr. Hoffmann's Tierarztpraxis, Linz",
                "Djurkliniken Malmö", "Clínica Veterinária Pinheiros, São Paulo"],
    "subscriptions": ["Autoship every 4 weeks", "Spar-Abo alle 6 Wochen", "Livraison tous les 2 mois",
                      "Easy Repeat – every 8 weeks", "Zooplus Sparplan", "Entrega cada 30 días",
                      "Abbonamento mensile crocchette"],
    "posters": ["Lost dog – reward", "Hund entlaufen", "Lost cat Mimi – tabby, white paws", "Gato encontrado",
                "Vermist: kat", "Zaginął pies", "迷子の犬を探しています", "Have you seen this cat?",
                "Please check your sheds and garages", "Found dog – Kirkstall"],
    "codes": ["SKU RC-MAXI-15", "EAN 3182550402170", "ISO 11784/11785 FDX-B chip reader", "Art.-Nr. RC-4021",
              "Chip reader – reads 15-digit ISO microchips", "Voucher PETS10", "Litter A 2026", "Kennel 12 – run B"],
    "urls": ["https://www.example-vets.co.uk/help/microchip-registration", "https://shop.example-zoo.de/hilfe/versand",
             "https://www.example-petlog.org/faq/update-your-details",
             "https://www.example-tasso.net/haustierregistrierung", "https://example-icad.fr/fr/identification-chien",
             "https://www.example-petshop.es/ayuda/devoluciones",
             "https://www.example-rover.com/sitters/search?location=Leeds&service=boarding",
             "https://shop.example.com/hund/futter/trockenfutter?brand=royal-canin&weight=15kg",
             "https://www.example-shelter.org/adopt/dogs?age=puppy&size=medium",
             "https://www.example-vet.fr/rendez-vous?motif=vaccination&espece=chat"],
}
ORDINARY_PLACES: Dict[str, List[str]] = {
    "products": ["product name", "search string", "contents title"],
    "attributes": ["product variant", "product category", "custom property"],
    "appointments": ["content name", "page title", "custom property"],
    "clinics": ["page title", "page name", "custom property"],
    "subscriptions": ["status", "custom property", "content category"],
    "posters": ["page title", "custom property", "search string"],
    "codes": ["product id", "content ids", "custom property"],
    "urls": ["page url", "referrer", "custom property"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    """Each ordinary value in each of its family's places: (test id, kind, make_event overrides, value)."""
    return ordinary_in_places(ORDINARY_VALUES, ORDINARY_PLACES, _put)
