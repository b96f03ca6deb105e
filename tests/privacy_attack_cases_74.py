"""A seventy-fourth outside attack on the privacy gate (issue 16), written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases: real estate. Property portals', estate and
letting agents' and mortgage brokers' pages: listings and searches, saved searches and their alerts, viewing
bookings, offers, tenancy applications and referencing, deposits and rent, landlords' portals, maintenance requests,
move-in inventories, mortgage calculators and applications, conveyancing trackers, in the UK, the US, Ireland,
Germany, Austria, Switzerland, France, Spain, Italy, Portugal, the Netherlands, Poland, Sweden, Brazil, Japan and
India.

About 320 ordinary cases must go out whole: listing titles (`3 bed semi-detached house, Chorlton`,
`Zweizimmerwohnung in Berlin-Mitte`, `T3 à Lyon 6e`), a listing's street and district, agents' branches, search
filters and price ranges, energy ratings, mortgage products and their rates, property ids, help pages, portal URLs
with their filters and the keys a portal's events carry. A listing's place is public as a portal prints it: its
street or road with its district, town and outward post code (`Wilbraham Road, Chorlton, Manchester M21`), no house
number. A street line with its house number is not taken as public here: it is where someone lives (the seller, or
the tenant while the flat is let), which is why portals in most of these countries hide the number, and the gate
cannot tell it from a tenant's current address; no ordinary case carries one.

About 150 personal cases put a person's own data in the leaves the README maps (custom properties and their keys,
product names and ids, page URL, path, referrer and title, search, custom event names), under every setting: a
viewer's or an applicant's name, email and phone in a viewing booking or an enquiry, a tenant's current home address,
a landlord's name and phone, a guarantor, an employer's reference, a salary and bank details on an application, a
deposit scheme's reference with the tenant's name, a maintenance request naming the tenant and the flat, a mortgage
applicant's date of birth, income and tax ids, a conveyancing case with the buyer's name, a saved search's alert link
carrying an email. Every case carries made-up markers, found wherever they leave: the people `Ilsabet Quorrendal`
(tenant, applicant, buyer) and `Taddeo Mirnavelk` (landlord, guarantor), and the digits `583174` inside their
phones, accounts and ids. The cases' first words are their families; run natively.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import iban, ordinary_in_places, ordinary_keys, ordinary_urls
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "74"
SURNAME = "Quorrendal"  # the tenant, applicant, buyer
OTHER = "Mirnavelk"  # the landlord, guarantor
DIGITS = "583174"
EMAIL = "ilsabet.quorrendal@example.com"
PORTAL = "https://www.example-homes.co.uk"


def _dni(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def _cpf(body: str) -> str:
    digits = [int(d) for d in body]
    for size in (10, 11):
        total = sum(d * w for d, w in zip(digits, range(size, 1, -1), strict=True))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


def _nif_pt(body: str) -> str:
    check = 11 - sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
    return body + str(0 if check >= 10 else check)


def _both(*more: str) -> List[str]:
    return [SURNAME, *more]


_IBAN_GB = iban("GB", "NWBK60161358317429")
_IBAN_DE = iban("DE", "37040044058317429")
_IBAN_NL = iban("NL", "ABNA0583174290")

# A viewing booked or an enquiry sent: the viewer's name, mail and phone.
VIEWINGS: Dict[str, Tuple[str, Any]] = {
    "uk booking": ("Viewing booked: Sat 14:00, 3 bed semi, Chorlton – Ilsabet Quorrendal, 07700 583174",
                   _both(DIGITS)),
    "enquiry mail": (f"Enquiry about Zweizimmerwohnung Berlin-Mitte from {EMAIL}", ["quorrendal"]),
    "de termin": ("Besichtigungstermin für Frau Ilsabet Quorrendal, Tel. 0151 58317462", _both(DIGITS)),
    "fr visite": ("Visite T3 Lyon 6e – Mme Quorrendal – 06 58 31 74 29", _both(DIGITS)),
    "es visita": ("Visita piso Chamberí: Ilsabet Quorrendal, móvil 658 317 429", _both(DIGITS)),
    "us request": ("viewing request | name: Ilsabet Quorrendal | phone: (415) 583-1749", _both(DIGITS)),
    "json slot": (json.dumps({"viewing_slot": "2026-12-12T11:00", "first_name": "Ilsabet", "last_name": SURNAME}),
                  _both()),
    "nl bezichtiging": ("Bezichtiging aangevraagd door Ilsabet Quorrendal (06-58317429)", _both(DIGITS)),
    "jp naiken": ("内見予約：Quorrendal Ilsabet 様 090-5831-7429", _both(DIGITS)),
    "br visita": ("Agendar visita: Ilsabet Quorrendal, WhatsApp (11) 95831-7429", _both(DIGITS)),
    "in site visit": ("Site visit booked by Ilsabet Quorrendal, +91 98583 17429", _both(DIGITS)),
    "pl ogladanie": ("Oglądanie mieszkania – Ilsabet Quorrendal, tel. 583 174 291", _both(DIGITS)),
    "se visning": ("Visningsanmälan: Ilsabet Quorrendal, 070-583 17 42", _both(DIGITS)),
    "open house": ("Open house RSVP – Ilsabet Quorrendal will attend, 2 people", _both()),
}

# A tenancy application and its referencing: the applicant's home, employer, salary, bank; a guarantor.
TENANCY: Dict[str, Tuple[str, Any]] = {
    "lead applicant": ("Tenancy application – lead applicant: Ilsabet Quorrendal, current address 27 Marlowe Road, "
                       "Leeds LS6 2QT", _both()),
    "current address": ("Current address: 19 Quorrendal Gardens, Bristol BS3 1QF", _both()),
    "employer reference": ("Employer reference for Ilsabet Quorrendal – Acme Logistics Ltd, salary £38,500",
                           _both()),
    "payroll": ("Employer reference: Ilsabet Quorrendal, Payroll No. 583174, started 03/2022", _both(DIGITS)),
    "bank uk": (f"Rent from account {_IBAN_GB} (I Quorrendal)", _both(DIGITS)),
    "bank de": (f"Mietzahlung per Lastschrift, IBAN {_IBAN_DE}", [DIGITS]),
    "guarantor uk": ("Guarantor: Taddeo Mirnavelk, 0161 583 1742", [OTHER, DIGITS]),
    "buerge de": ("Bürge: Herr Taddeo Mirnavelk, Geburtsdatum 14.03.1961", [OTHER]),
    "fiador es": (f"Fiador: Taddeo Mirnavelk, DNI {_dni('58317429')}", [OTHER, DIGITS]),
    "dossier fr": ("Dossier locataire : Ilsabet Quorrendal, garant M. Mirnavelk, revenus 2 900 €/mois",
                   [SURNAME, OTHER]),
    "schufa": ("Schufa-Auskunft von Ilsabet Quorrendal hochgeladen", _both()),
    "salary": ("Applicant income: £58,317 p.a. – Ilsabet Quorrendal", _both()),
    "huurder nl": (f"Huurder: Ilsabet Quorrendal, rekening {_IBAN_NL}", _both(DIGITS)),
    "inventory": ("Move-in inventory for Ilsabet Quorrendal: Flat 2, signed 01/12/2026", _both()),
}

# Deposits and rent: a scheme's reference with the tenant's name.
DEPOSITS: Dict[str, Tuple[str, Any]] = {
    "dps": ("Deposit protected with DPS – ref 583174 – tenant Ilsabet Quorrendal", _both(DIGITS)),
    "kaution": (f"Kaution 2.400 € – Mieterin Ilsabet Quorrendal, Kautionskonto {_IBAN_DE}", _both(DIGITS)),
    "tds surname first": ("TDS certificate – QUORRENDAL, Ilsabet – 583174", _both(DIGITS)),
    "standing order": ("Rent paid £1,150 by I. Quorrendal (standing order ref QUORRENDAL583174)", _both(DIGITS)),
    "rtb ireland": ("RTB tenancy registration 583174 – tenant Ilsabet Quorrendal, Rathmines", _both(DIGITS)),
    "caucao br": ("Caução paga por Ilsabet Quorrendal – contrato 583174", _both(DIGITS)),
}

# The landlord's side: a landlord's name and phone, their portal, their tax ids.
LANDLORDS: Dict[str, Tuple[str, Any]] = {
    "mobile": ("Landlord: Taddeo Mirnavelk, mobile 07700 583174", [OTHER, DIGITS]),
    "vermieter": ("Vermieter Taddeo Mirnavelk – Tel. +49 30 5831742", [OTHER, DIGITS]),
    "proprietario br": (f"Proprietário: Taddeo Mirnavelk, CPF {_cpf('583174291')}", [OTHER, DIGITS]),
    "statement": ("Landlord statement December – T. Mirnavelk – Landlord ID LL-583174", [OTHER, DIGITS]),
    "proprietaire fr": ("Propriétaire : M. Taddeo Mirnavelk, 06 58 31 74 20", [OTHER, DIGITS]),
    "senhorio pt": (f"Senhorio: Taddeo Mirnavelk, NIF {_nif_pt('25831742')}", [OTHER, DIGITS]),
}

# A maintenance request naming the tenant and the flat.
MAINTENANCE: Dict[str, Tuple[str, Any]] = {
    "boiler": ("Repair request: boiler not working – Flat 3B – tenant Ilsabet Quorrendal, 07700 583174",
               _both(DIGITS)),
    "heizung": ("Mangelmeldung Heizung defekt, 2. OG links, Mieterin Quorrendal, Tel 0176 58317429", _both(DIGITS)),
    "plomberie": ("Intervention plomberie – locataire Mme Quorrendal, appt 12, digicode 5831A", _both()),
    "tap": ("Leaking tap in flat 7 – contact Ilsabet on 07700 583174", [DIGITS]),
    "guasto": ("Segnalazione guasto: inquilina Ilsabet Quorrendal, interno 7, cell. 347 583 1742", _both(DIGITS)),
    "lekkage": ("Reparatieverzoek lekkage – huurder I. Quorrendal, tel. 06 58317429", _both(DIGITS)),
}

# A mortgage application: the applicant's birth date, income and tax ids.
MORTGAGES: Dict[str, Tuple[str, Any]] = {
    "uk dob": ("Mortgage application – Ilsabet Quorrendal, DOB 17/08/1986, income £58,317", _both()),
    "antrag": ("Hypothekenantrag: Antragsteller Taddeo Mirnavelk, geb. 05.11.1979, Nettoeinkommen 4.850 €",
               [OTHER]),
    "pret": ("Demande de prêt : emprunteur Ilsabet Quorrendal, née le 17/08/1986", _both()),
    "nif pt": (f"Crédito habitação – proponente Ilsabet Quorrendal, NIF {_nif_pt('25831749')}", _both(DIGITS)),
    "pan india": ("Home loan application: PAN ABCPQ5831L, applicant Ilsabet Quorrendal", _both("5831")),
    "jp shinsa": ("住宅ローン事前審査：Quorrendal Ilsabet 様 生年月日 1986年8月17日", _both()),
    "mutuo": ("Richiesta mutuo – intestataria Ilsabet Quorrendal, reddito netto 2.583 €/mese", _both()),
    "aip": ("Agreement in principle issued to Ilsabet Quorrendal – 4.29% 2yr fixed", _both()),
}

# Conveyancing, offers: the buyer's name on a case or an offer.
CONVEYANCING: Dict[str, Tuple[str, Any]] = {
    "case buyer": ("Conveyancing case CV-583174 – buyer Ilsabet Quorrendal – searches ordered", _both(DIGITS)),
    "matter": ("Matter 583174: Quorrendal purchase – exchange booked", _both(DIGITS)),
    "notar": ("Notartermin Kaufvertrag – Käufer: Taddeo Mirnavelk, UR-Nr. 583/2026", [OTHER]),
    "compromis": ("Compromis de vente – acquéreur : M. Taddeo Mirnavelk", [OTHER]),
    "offer": ("Offer of £325,000 from Ilsabet Quorrendal (chain-free, AIP attached)", _both()),
    "bod": ("Bod uitgebracht door T. Mirnavelk: € 412.500", [OTHER]),
}


def _q(text: str) -> str:
    return quote(text, safe="")


_TOKEN = base64.urlsafe_b64encode(json.dumps({"email": EMAIL, "search": 41}).encode()).decode().rstrip("=")

# A saved search's alert link, a viewing's confirmation link, a tenant's or a landlord's portal page.
LINKS: Dict[str, Tuple[str, Any]] = {
    "unsubscribe": (f"{PORTAL}/alerts/unsubscribe?email={_q(EMAIL)}&search=41", ["quorrendal"]),
    "saved search": (f"{PORTAL}/saved-search/41?u={EMAIL}", ["quorrendal"]),
    "suchauftrag": (f"https://www.example-immo.de/suchauftrag/bearbeiten?empfaenger={_q(EMAIL)}", ["quorrendal"]),
    "token": (f"{PORTAL}/alerts/manage?t={_TOKEN}", ["quorrendal"]),
    "confirm": (f"{PORTAL}/viewings/confirm?name=Ilsabet+Quorrendal&tel=07700583174", _both(DIGITS)),
    "tenant route": ("https://lettings.example.co.uk/tenants/ilsabet-quorrendal/inventory", _both()),
    "landlord route": ("https://portal.example-letting.co.uk/landlords/taddeo-mirnavelk/statements", [OTHER]),
}

# Keys a portal's or a broker's events carry, holding the person's data.
KEYS: Dict[str, Tuple[str, List[str]]] = {
    "guarantor_name": ("Taddeo Mirnavelk", [OTHER]),
    "tenant_name": ("Ilsabet Quorrendal", _both()),
    "mieter": ("Ilsabet Quorrendal", _both()),
    "nom_locataire": ("Quorrendal", _both()),
    "landlord_phone": ("07700 583174", [DIGITS]),
    "applicant_dob": ("17/08/1986", ["17/08/1986"]),
    "viewer_email": (EMAIL, ["quorrendal"]),
    "current_address": ("27 Marlowe Road, Leeds LS6 2QT", ["Marlowe Road"]),
    "nome_inquilino": ("Ilsabet Quorrendal", _both()),
}


def cases() -> List[Case]:
    texts = [("viewing", VIEWINGS, 3), ("tenancy", TENANCY, 2), ("deposit", DEPOSITS, 2),
             ("landlord", LANDLORDS, 2), ("maintenance", MAINTENANCE, 2), ("mortgage", MORTGAGES, 2),
             ("conveyancing", CONVEYANCING, 2)]
    result: List[Case] = []
    start = 0
    for family, table, per in texts:
        result += rotated(family, table, TEXT_PLACES, per, start=start, tag=TAG)
        start += len(table) * per
    result += rotated("link", LINKS, URL_PLACES, 2, tag=TAG)
    for key, (value, forms) in KEYS.items():
        result.append((f"key {key}: custom property", "track", {"properties": {key: value}}, forms))
    return result


ORDINARY: Dict[str, List[str]] = {
    "listing titles": [
        "3 bed semi-detached house, Chorlton", "Zweizimmerwohnung in Berlin-Mitte", "T3 à Lyon 6e",
        "Piso en venta en Chamberí, Madrid", "Trilocale in vendita, Milano Navigli",
        "Apartamento T2 para arrendar em Alfama, Lisboa", "Eengezinswoning te koop in Utrecht Oost",
        "Mieszkanie 3-pokojowe na sprzedaż, Kraków Podgórze", "Bostadsrätt 3 rok, Södermalm",
        "Apartamento 2 quartos à venda em Pinheiros, São Paulo", "1LDK 賃貸マンション 渋谷区",
        "2 BHK flat for rent in Koramangala, Bengaluru", "Studio flat to rent, Rathmines, Dublin 6",
        "4 bed detached house for sale, Harrogate", "Condo for sale in Brooklyn Heights",
        "3-Zimmer-Wohnung, Wien Neubau", "3.5-Zimmer-Wohnung in Zürich-Wiedikon",
        "Maison 5 pièces avec jardin, Nantes", "Ático con terraza en Ruzafa, Valencia",
        "Charming Victorian terrace, Bath",
    ],
    "streets and districts": [
        "Wilbraham Road, Chorlton, Manchester M21", "Kastanienallee, Prenzlauer Berg", "Rue de la Part-Dieu, Lyon 3e",
        "Calle de Ponzano, Chamberí", "Via Tortona, Milano", "Rua da Rosa, Bairro Alto", "Oudegracht, Utrecht",
        "ul. Józefa, Kazimierz", "Götgatan, Södermalm", "Rua Oscar Freire, Jardins", "Ranelagh Road, Dublin 6",
        "Park Slope, Brooklyn, NY 11215",
    ],
    "branches": [
        "Foxtons Clapham", "Savills Edinburgh", "Engel & Völkers Hamburg-Eppendorf", "Century 21 Lyon Brotteaux",
        "Tecnocasa Milano Isola", "Sherry FitzGerald Ranelagh", "ERA Lisboa Avenidas", "Fastighetsbyrån Södermalm",
        "Knight Frank Notting Hill", "Coldwell Banker Park Slope",
    ],
    "filters": [
        "£250,000–£400,000, 2+ beds, garden", "Kaltmiete bis 1.200 €, ab 60 m², Balkon",
        "Loyer max 1 100 €, 2 pièces, meublé", "Alquiler 900–1.200 €/mes, 2 dormitorios, ascensor",
        "Within 1 mile, added in the last 7 days, include under offer", "Pets allowed, bills included",
        "EPC A–C only", "Huur max € 1.500, 3 kamers", "Cena do 800 000 zł, 3 pokoje, balkon",
        "Aluguel até R$ 4.000, 2 quartos, vaga",
    ],
    "energy ratings": [
        "EPC rating C (72)", "Energieausweis: Verbrauch 98 kWh/(m²a), Klasse C", "DPE : classe D, GES : C",
        "Certificado energético: E", "Classe energetica A4", "Energielabel A++", "BER: B2", "Energiklass C",
    ],
    "mortgage products": [
        "2 Year Fixed 4.29% (75% LTV) – £999 fee", "Zinsbindung 10 Jahre, Sollzins 3,45 %, eff. Jahreszins 3,51 %",
        "Prêt immobilier taux fixe 20 ans 3,25 %", "Hipoteca fija 25 años TIN 2,95 % TAE 3,18 %",
        "Mutuo tasso fisso 30 anni TAN 3,10%", "Crédito habitação Euribor 6M + 0,85%",
        "Hypotheek 10 jaar vast 3,6% NHG", "Kredyt hipoteczny RRSO 8,12%", "30-year fixed 6.875%, APR 6.94%",
        "Home loan 8.50% p.a. floating (RLLR-linked)", "Financiamento SFH – taxa 10,99% a.a. + TR",
        "フラット35 全期間固定 1.86%", "Tracker mortgage ECB + 2.25%", "Festhypothek 10 Jahre 1,65 %",
    ],
    "property ids": [
        "RM-152847391", "Listing ID 87-1409-A", "Objekt-ID 3K4F92L", "Réf. annonce 2401-LY6-T3", "Ref. 29480-MAD",
        "Codice annuncio 98765432", "MLS# 73214568", "Funda 43201987", "zpid 2074628459", "Daft 5639821",
    ],
    "help pages": [
        "How much deposit do I need to buy a house?", "Was kostet ein Makler?",
        "Frais de notaire : comment les calculer",
        "Guía del comprador: gastos de compraventa", "Come funziona il rogito notarile",
        "Stamp Duty Land Tax calculator", "Right to Rent checks explained", "Holding deposit rules for tenants",
        "Kosten koper uitgelegd", "Jak działa rękojmia?", "IMI – guia do Imposto Municipal sobre Imóveis",
        "ITBI: como calcular", "Section 21 notice guide for landlords", "Mietpreisbremse Berlin",
        "Encadrement des loyers à Paris",
    ],
}

ORDINARY_PLACES: Dict[str, List[str]] = {
    "listing titles": ["page title", "product name", "contents title"],
    "streets and districts": ["custom property", "page title", "search string"],
    "branches": ["product brand", "custom property", "page title"],
    "filters": ["search string", "custom property", "page property"],
    "energy ratings": ["product variant", "custom property", "contents title"],
    "mortgage products": ["product name", "content name", "page title"],
    "property ids": ["product id", "contents id", "custom property"],
    "help pages": ["page title", "search string", "page name"],
}

ORDINARY_URLS: List[str] = [
    f"{PORTAL}/property-for-sale/chorlton.html?minBedrooms=3&maxPrice=400000&radius=1.0",
    f"{PORTAL}/to-rent/rathmines?beds=1&sort=price_asc",
    "https://www.example-immo.de/wohnung-mieten/berlin-mitte?kaltmiete_bis=1200&zimmer=2",
    "https://www.example-logement.fr/location/lyon-6e/t3?loyer_max=1100",
    "https://www.example-pisos.es/venta/madrid/chamberi/?precio-max=450000",
    "https://www.example-casa.it/vendita/milano/navigli/trilocale?prezzo_max=520000",
    "https://www.example-wonen.nl/koop/utrecht/huis-43201987/",
    "https://www.example-imoveis.com.br/venda/sao-paulo/pinheiros/apartamento-2-quartos",
    "https://www.example-homes.in/rent/bengaluru/koramangala/2-bhk",
    f"{PORTAL}/mortgages/calculator?price=325000&deposit=32500&term=25",
]

ORDINARY_KEYS: List[str] = [
    "listing_id", "min_bedrooms", "max_price", "epc_rating", "branch_name", "property_type", "tenure",
    "council_tax_band", "ltv", "mortgage_term_years", "viewing_slot", "offer_status", "furnished", "pets_allowed",
    "deposit_weeks", "search_radius",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, lambda where, value: place(where, value, TAG))
    yield from ordinary_urls(ORDINARY_URLS)
    yield from ordinary_keys(ORDINARY_KEYS)
