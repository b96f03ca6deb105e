"""The eighty-seventh outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: home services and tradespeople marketplaces (TaskRabbit, Checkatrade,
MyHammer, Helpling, Thumbtack, Angi, Bark, Travaux.com, Habitissimo, Werkspot, Care.com) and what their customers and
their pros type: quote requests and job posts with the address and access notes, bookings, messages to a pro,
invoices and receipts, reviews of a named pro, pros' own profiles and their trades' registration numbers.

About 160 personal cases put a customer's or a pro's own data in the leaves the README maps, across settings
(rotated through the thirty-sixth attack's places): a job post's address with its access notes (a gate's, a key box's
or a digicode's code, a bell's name, a Wi-Fi password), a booking, a care visit or a task made out to its customer
(after `for`, an honorific, `Familie`), a message to a pro introducing or signing its writer with a phone, an
invoice's payer and a sole trader's IBAN, UTR, Steuernummer, NIR, SSN, a review naming its pro or signed by its writer,
a pro's registration number (Gas Safe, NICEIC, Handwerksrolle, SIRET after `EI`, a micro-entrepreneur's SIREN, a Dutch
sole trader's old btw number holding the BSN, a partita IVA, a NIP, an ABN, a DBS certificate), a job named after its
customer as trades name their sites (`BV`, `Chantier`, `Obra`, `Klus`), a job's record as parameters or object text
under keys naming the client by meaning (`auftraggeber`, `klant`, `committente`, `zleceniodawca`, `donneur_ordre`, a
RUT buyer's personnummer; one in base64), a marketplace's links (a pro's or a sitter's slug, a lead's query, a
booking's fragment, a conversation's `with`), a site search's lower case and an upload's file name. Each carries the
made-up customer `Ilvana Wenzlacroft`, the made-up pro `Quorrindale` (the family names are the markers) or the marker
`739254` inside its id, so a leak is found anywhere in the request. About 290 ordinary values (trades and services,
platforms and their plans, boilers, paints and tools, trade bodies' schemes and standards, towns and districts,
prices, slots, status words, guidance pages, people in the news, in several languages) must go out whole.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import FILE_PLACES, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

GIVEN, FAMILY, MARK = "Ilvana", "Wenzlacroft", "739254"
FULL = f"{GIVEN} {FAMILY}"
PRO = "Quorrindale"
# A job's record in base64 (`job=739254;homeowner=Ilvana Wenzlacroft;gate=4417`), as a page's state carries it.
JOB_B64 = "am9iPTczOTI1NDtob21lb3duZXI9SWx2YW5hIFdlbnpsYWNyb2Z0O2dhdGU9NDQxNw=="


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, "87")


# Ids built with their check digits (each computed by its scheme's rule), the marker inside where the layout allows.
IBAN_GB = "GB55 NWBK 6016 1373 9254 11"  # mod 97
UTR = "4739254128"  # HMRC's weights 6,7,8,9,10,5,4,3,2 over digits 2 to 10, its table for the first
BSN = "739254510"  # eleven-test
SIREN = "739 254 183"  # Luhn
SIRET = "739 254 183 00018"  # Luhn over the fourteen digits
ABN = "51 739 254 136"  # weights 10,1,3,...,19 mod 89
NIR = "2 86 05 75 739 254 29"  # key 97 - n mod 97
PARTITA_IVA = "07392540154"  # Luhn-like
NIP = "739-200-54-14"  # weights 6,5,7,2,3,4,5,6,7 mod 11
PERSONNUMMER = "860515-7398"  # Luhn over the nine digits after the year
SSN = "739-25-4186"
UK_MOBILE = "07700 739254"

# A quote request or a job post: the address of the job, its access notes, whom to ask for.
QUOTES: Dict[str, Tuple[str, Any]] = {
    "boiler quote address and contact": (
        f"Quote request: boiler service at 42 Ashgrove Road, Leeds LS6 4DP – contact {FULL}", [FAMILY, "Ashgrove"]),
    "cleaner job post key safe": (
        f"Job post – cleaner every Friday. Address: Flat 3, 17 Hollin Lane, Manchester M20 2GB. Key safe code {MARK}",
        ["Hollin", MARK]),
    "Klempner bei klingeln": (
        f"Dringend Klempner gesucht – Wasserrohrbruch, Lindenallee 23, 50968 Köln, bei {FAMILY} klingeln",
        [FAMILY, "Lindenallee"]),
    "devis peinture digicode": (
        f"Demande de devis peinture salon 25 m² – Mme {FAMILY}, 14 rue des Capucins, 69001 Lyon, digicode {MARK}",
        [FAMILY, "Capucins", MARK]),
    "access notes gate code": (f"Access notes: side gate code {MARK}, dog in garden, park on Moor Road", [MARK]),
    "babysitter children named": (
        f"Oppas gezocht voor Noor (4) en Daan (7) – familie {FAMILY}, Utrecht, woensdagmiddag", [FAMILY]),
    "carer for my mother": (
        f"Care.com job: caregiver for my mother Edith {FAMILY}, 84, Parkinson's – Tue/Thu mornings", [FAMILY]),
    "lockbox for the cleaner": (f"Lockbox: {MARK} – spare key for the cleaner, alarm off on arrival", [MARK]),
    "Schlüsselbox Code": (f"Schlüsselbox am Gartentor, Code {MARK} – bitte wieder verschließen", [MARK]),
    "Wi-Fi password for the handyman": ("Wi-Fi for the handyman: Wenzlacroft_Home / pw: Ashgrove42!",
                                        [FAMILY, "Ashgrove42"]),
}

# A booking or a task made out to its customer; a move's address; a sitter's booking naming the children.
BOOKINGS: Dict[str, Tuple[str, Any]] = {
    "tenancy clean for": (f"Booking confirmed: end of tenancy clean – Sat 14 Feb 09:00 for {FULL}", [FAMILY]),
    "TaskRabbit task client": (f"TaskRabbit task #{MARK} – furniture assembly – client: {FULL}", [FAMILY, MARK]),
    "Fensterputzer Kundin": (f"Reservierung Fensterputzer 12.02.2026 10:00 – Kundin: Frau {FAMILY}, Tel. 0171 "
                             f"{MARK}0", [FAMILY, f"0171{MARK}0"]),
    "afspraak loodgieter voor": (f"Afspraak loodgieter bevestigd voor I. {FAMILY} – 17 feb 08:00–10:00", [FAMILY]),
    "Angi homeowner": (f"Angi appointment – Pro: {PRO} Plumbing LLC – Homeowner: {FULL}", [FAMILY]),
    "move from address": ("Move booked: 2 movers + van, 3 Mar 08:00, from 42 Ashgrove Road, Leeds LS6 4DP to "
                          "9 Kirkstall Hill, Leeds LS5 3BT", ["Ashgrove", "Kirkstall Hill"]),
    "plumber for Mrs.": (f"Plumber for Mrs. {FAMILY} – Tue 10:00, side door", [FAMILY]),
    "Termin für Familie": (f"Terminbestätigung für Familie {FAMILY} – Do 8 Uhr, Fensterreinigung", [FAMILY]),
    "carer visit log Mr": (f"Carer visit log – Mr {FAMILY} – meds given 08:00, lunch prepared", [FAMILY]),
    "Pflegekraft für Herrn": (f"Pflegekraft für Herrn {FAMILY} (Pflegegrad 3) – Mo/Mi/Fr vormittags", [FAMILY]),
}

# A message to a pro: the writer introducing or signing themselves, a phone or a mail typed for the pro.
MESSAGES: Dict[str, Tuple[str, Any]] = {
    "hi this is with mobile": (f"Hi Marek, this is {FULL} – the leak is under the kitchen sink, call me on "
                               f"{UK_MOBILE}", [FAMILY, "07700739254"]),
    "Viele Grüße signed": (f"Hallo Herr {PRO}, anbei Fotos vom Bad. Viele Grüße, {FULL}", [FAMILY, PRO]),
    "je suis with 06": (f"Bonjour, je suis {FULL}, dispo jeudi après 17h – mon numéro 06 73 92 54 18",
                        [FAMILY, "0673925418"]),
    "message from": (f"Message from {FULL}: can you come earlier on Thursday?", [FAMILY]),
    "Kunde ruft zurück": (f"Kunde {FAMILY} ruft zurück wegen Angebot Dachrinne", [FAMILY]),
}

# An invoice's or a receipt's payer; a sole trader's bank account and tax numbers on it.
INVOICES: Dict[str, Tuple[str, Any]] = {
    "invoice payer": (f"Invoice INV-2026-0142 – {FULL} – boiler service £95.00", [FAMILY]),
    "Rechnung für Frau": (f"Rechnung Nr. 2026-118 für Frau {FULL} – Malerarbeiten Wohnzimmer", [FAMILY]),
    "bank transfer IBAN": (f"Pay by bank transfer: IBAN {IBAN_GB} ({PRO} Electrical)", [MARK]),
    "sole trader UTR": (f"UTR {UTR} – sole trader invoice, {PRO} Building Services", [UTR]),
    "Steuernummer Kleinunternehmer": (f"Steuernummer 21/{MARK[:3]}/{MARK[3:]}81 – Kleinunternehmer § 19 UStG – "
                                      f"Malermeister {PRO}", [f"{MARK}81", PRO]),
    "attestation CESU NIR": (f"Attestation fiscale CESU 2025 – Mme {FAMILY} – n° de sécurité sociale {NIR}",
                             [FAMILY, "2860575739254"]),
    "nanny W-2 SSN": (f"Nanny W-2 2025 – employee SSN {SSN} – {FULL}", ["739254186", FAMILY]),
}

# A review naming its pro, or signed by its writer; a sitter reviewed by name.
REVIEWS: Dict[str, Tuple[str, Any]] = {
    "stars pro fixed signed": (f"★★★★★ Marek {PRO} fixed our boiler in an hour – {GIVEN} W., Leeds", [PRO]),
    "Handwerker signed": (f"Top Handwerker! Herr {PRO} war pünktlich. 5/5 – {FULL}", [PRO, FAMILY]),
    "recommend verified": (f"Very happy with the job, would recommend. {FULL}, Verified customer", [FAMILY]),
    "avis femme de ménage": (f"Avis : Mme {PRO}, femme de ménage très sérieuse ⭐⭐⭐⭐⭐", [PRO]),
    "reseña fontanero": (f"Reseña: Jorge {PRO}, fontanero en Madrid – 5 estrellas – {GIVEN}", [PRO]),
    "beoordeling door": (f"Beoordeling schilder uit Utrecht – 9,2 – door I. {FAMILY}", [FAMILY]),
    "babysitter wonderful": (f"Our babysitter {FULL} was wonderful with the kids – 5 stars", [FAMILY]),
}

# A pro's own profile: a trade's registration number, a sole trader's tax number, a childminder's certificate.
PROS: Dict[str, Tuple[str, Any]] = {
    "Gas Safe number": (f"Gas Safe Register no. {MARK} – Marek {PRO}", [MARK, PRO]),
    "Handwerksrolle": (f"Handwerksrolle Nr. {MARK} – Malermeister Kasimir {PRO}, Köln", [MARK, PRO]),
    "EI SIRET": (f"EI Kasimir {PRO} – SIRET {SIRET} – plombier chauffagiste", ["73925418300018", PRO]),
    "micro-entrepreneur SIREN": (f"Micro-entrepreneur – SIREN {SIREN} – {FULL}, aide ménagère",
                                 ["739254183", FAMILY]),
    "eenmanszaak btw": (f"Eenmanszaak Schildersbedrijf {PRO} – btw-nummer NL{BSN}B01", [BSN, PRO]),
    "ditta individuale P.IVA": (f"Ditta individuale {PRO} Impianti – P.IVA {PARTITA_IVA}", [PARTITA_IVA, PRO]),
    "JDG NIP": (f"Jednoosobowa działalność gospodarcza Marek {PRO} – NIP {NIP}", ["7392005414", PRO]),
    "ABN sole trader": (f"ABN {ABN} – {PRO} Handyman Services (sole trader)", ["51739254136"]),
    "DBS certificate": (f"DBS certificate number 001{MARK}186 – childminder {FULL}", [MARK, FAMILY]),
    "nanny profile age": (f"Care.com profile: {FULL}, 23, nanny in Brooklyn, CPR certified", [FAMILY]),
    "Tasker label rating": (f"Tasker: Marek {PRO} (4.9★, 312 tasks) – furniture assembly", [PRO]),
    "NICEIC registration": (f"NICEIC registration no. {MARK} – {PRO} Electrical", [MARK, PRO]),
    "background check for": (f"Care.com background check for {FULL} – passed", [FAMILY]),
}
# A job named after its customer, as tradespeople name their sites and projects (Baustelle, chantier, obra, klus).
SITES: Dict[str, Tuple[str, Any]] = {
    "BV tiles": (f"BV {FAMILY} – Fliesen OG", [FAMILY]),
    "chantier carrelage": (f"Chantier {FAMILY} – pose carrelage", [FAMILY]),
    "obra cocina": (f"Obra {FAMILY} – alicatado cocina", [FAMILY]),
    "klus dakgoot": (f"Klus {FAMILY} – dakgoot vervangen", [FAMILY]),
    "project snagging": (f"Project {FAMILY} kitchen – snagging list", [FAMILY]),
}

# A job's record typed or pasted as parameters or object text, its keys naming the customer by meaning in the
# customer's language (a client who commissions the work, a buyer of a tax-deductible service), maybe encoded.
RECORDS: Dict[str, Tuple[str, Any]] = {
    "Auftraggeber query": (f"auftraggeber={GIVEN}+{FAMILY}&gewerk=Maler&plz=50968", [FAMILY]),
    "klant JSON": (f'{{"klant": "I. {FAMILY}", "klus": "schilderen", "postcode": "1017 KH"}}', [FAMILY]),
    "homeowner in base64": (f"ref={JOB_B64}", [JOB_B64]),
    "committente pairs": (f"committente={FULL}; lavoro=imbiancatura; piano=3", [FAMILY]),
    "zleceniodawca label": (f"Zleceniodawca: {FULL}, zlecenie nr {MARK}, malowanie", [FAMILY, MARK]),
    "donneur d'ordre JSON": (f'{{"donneur_ordre": "{FAMILY}", "chantier": "rénovation cuisine"}}', [FAMILY]),
    "RUT köpare personnummer": (f"rut_avdrag=ja&kopare_personnummer={PERSONNUMMER}&tjanst=flyttstadning",
                                ["8605157398"]),
}

# A marketplace's links: a pro's or a sitter's slug, a lead's or a booking's query and fragment.
LINKS: Dict[str, Tuple[str, Any]] = {
    "trade profile slug": ("https://www.example-checkatrade.com/trades/marekquorrindaleplumbing", ["quorrindale"]),
    "sitter slug": ("https://www.example-care.com/p/ilvana-wenzlacroft-babysitter-leeds", ["wenzlacroft"]),
    "job with contact mail": (f"https://www.example-myhammer.de/auftrag/{MARK}-bad-sanieren?kontakt="
                              "ilvana.wenzlacroft%40example.net", ["ilvana.wenzlacroft"]),
    "lead with customer and phone": (f"https://pro.example-bark.com/leads/{MARK}/?customer=Ilvana+Wenzlacroft"
                                     "&phone=07700739254", ["wenzlacroft", "07700739254"]),
    "booking fragment mail": ("https://www.example-helpling.de/buchung/bestaetigung#email="
                              "ilvana.wenzlacroft@example.net&plz=50968", ["ilvana.wenzlacroft"]),
    "opdracht adres": (f"https://www.example-werkspot.nl/opdracht/{MARK}/schilder?adres=Prinsengracht+512-III"
                       "+Amsterdam", ["prinsengracht 512", "prinsengracht+512"]),
    "thread with": ("https://www.example-thumbtack.com/pro-messages/thread?with=ilvana-wenzlacroft",
                    ["wenzlacroft"]),
}

# A site search's lower case: a pro's or a sitter's name, a job's address.
SEARCHES: Dict[str, Tuple[str, Any]] = {
    "plumber near address": ("plumber near 42 ashgrove road leeds ls6 4dp", ["ashgrove"]),
    "pro name gas safe": ("marek quorrindale gas safe", ["quorrindale"]),
    "sitter by name": ("ilvana wenzlacroft babysitter", ["wenzlacroft"]),
}

# An upload's or a download's file name: an invoice, a quote, a contract, a certificate, a photo of the job.
FILES: Dict[str, Tuple[str, Any]] = {
    "invoice file": ("Invoice_Wenzlacroft_2026-02.pdf", ["wenzlacroft"]),
    "quote file": ("Quote_Ilvana_Wenzlacroft_bathroom.pdf", ["wenzlacroft"]),
    "photo with address": ("IMG_20260214_leak_42_Ashgrove_Road_LS6_4DP.jpg", ["ashgrove"]),
    "DBS file": ("DBS_Wenzlacroft_Ilvana_2026.pdf", ["wenzlacroft"]),
    "CESU file": ("Facture_CESU_WENZLACROFT_Ilvana_2025.pdf", ["wenzlacroft"]),
    "nanny contract": ("contract_nanny_ilvana_wenzlacroft_signed.docx", ["wenzlacroft"]),
}


def cases() -> List[Case]:
    found: List[Case] = []
    found += rotated("quote", QUOTES, TEXT_PLACES, 2, 0, put=_put)
    found += rotated("booking", BOOKINGS, TEXT_PLACES, 2, 5, put=_put)
    found += rotated("message", MESSAGES, TEXT_PLACES, 2, 11, put=_put)
    found += rotated("invoice", INVOICES, TEXT_PLACES, 2, 17, put=_put)
    found += rotated("review", REVIEWS, TEXT_PLACES, 2, 23, put=_put)
    found += rotated("pro", PROS, TEXT_PLACES, 2, 29, put=_put)
    found += rotated("site", SITES, TEXT_PLACES, 2, 13, put=_put)
    found += rotated("record", RECORDS, TEXT_PLACES, 2, 35, put=_put)
    found += rotated("link", LINKS, URL_PLACES, 2, 0, put=_put)
    found += rotated("search", SEARCHES, TEXT_PLACES, 2, 8, put=_put)
    found += rotated("file", FILES, FILE_PLACES, 2, 0, put=_put)
    return found


# Ordinary values, by family; each in its family's places.
ORDINARY: Dict[str, List[str]] = {
    "services": ["Boiler service", "End of tenancy cleaning", "Emergency plumber", "Fuse box replacement",
                 "Furniture assembly", "Man with a van", "Gutter cleaning", "Lawn mowing", "Babysitting",
                 "Elderly care at home", "Fensterreinigung", "Badsanierung", "Umzugshelfer", "Ménage à domicile",
                 "Rénovation de salle de bain", "Reforma de cocina", "Fontanero urgente", "Schilderwerk binnen",
                 "Imbiancatura appartamento", "Remont łazienki"],
    "platforms": ["Checkatrade Membership", "TaskRabbit Elite", "MyHammer Premium", "Helpling Plus",
                  "Thumbtack Pro", "Angi Certified", "Bark Elite Pro", "Werkspot Premium", "Care.com Premium",
                  "Habitissimo Pro", "Travaux.com Partenaire", "Rated People Pro", "HomeAdvisor Screened & Approved",
                  "MyBuilder Tradesperson", "Trustatrader Gold", "Nextdoor Local Deals"],
    "products": ["Worcester Bosch Greenstar 4000 30kW", "Vaillant ecoTEC plus 832", "Viessmann Vitodens 100-W",
                 "Dulux Trade Vinyl Matt Pure Brilliant White 10L", "Hive Active Heating thermostat",
                 "Grohe Eurosmart basin mixer", "Makita DHP482Z 18V combi drill", "Kärcher K4 Power Control",
                 "Farrow & Ball Hague Blue No. 30", "Flymo EasiGlide 300", "Velux GGL MK04", "Fernox F1 Protector"],
    "codes": ["BS 7671:2018+A2:2022", "Part P", "CP12", "EICR", "PAS 2035", "MCS 020", "DIN 18534",
              "NF C 15-100", "RGE Qualibat", "Gas Safe", "NICEIC", "TrustMark", "OFTEC", "VCA"],
    "places": ["Leeds LS6", "Headingley", "Manchester", "Köln-Ehrenfeld", "Berlin-Neukölln", "Lyon 3e",
               "Paris 11e", "Madrid Chamberí", "Barcelona Gràcia", "Amsterdam-Noord", "Utrecht", "Milano Città Studi",
               "Kraków Podgórze", "Austin, TX"],
    "prices": ["£95.00", "£45 call-out fee", "€35/Std.", "29,90 € / heure", "desde 45 €", "€ 55 per uur",
               "$120–$180", "£25/hour", "Festpreis 1.250 €", "50 % de crédit d'impôt"],
    "slots": ["Sat 14 Feb, 09:00–12:00", "Mo, 16.02.2026, 8–10 Uhr", "jeudi 19 février 14h", "martes 10:00",
              "wo 18 feb 13:00–17:00", "Tomorrow, morning", "ASAP", "Flexible dates"],
    "statuses": ["Quote sent", "Awaiting quote", "Booked", "Job completed", "Cancelled by pro", "Paid",
                 "Angebot angenommen", "Auftrag vergeben", "Devis accepté", "Presupuesto pendiente", "Geannuleerd",
                 "In attesa", "Zakończone", "Refunded"],
    "guidance": ["How much does a boiler service cost?", "Checkatrade Guarantee", "How TaskRabbit works",
                 "Wie finde ich einen guten Handwerker?", "Crédit d'impôt services à la personne",
                 "Cuánto cuesta reformar un baño", "Wat kost een schilder per uur?", "Trust and safety",
                 "Become a Tasker", "Terms for pros", "Handwerkerleistungen von der Steuer absetzen",
                 "Background checks on Care.com"],
    "news": ["Kirstie Allsopp on renovating on a budget", "Nick Knowles returns with DIY SOS",
             "Sarah Beeny's guide to home improvements", "Stéphane Plaza Immobilier ouvre 20 agences",
             "Ofgem price cap from 1 January 2026", "Boiler Upgrade Scheme grant raised to £7,500",
             "Handwerkskammer Köln meldet Rekord bei Azubis", "TaskRabbit launches in Spain"],
}
_THREE = ["page title", "custom property", "product name"]
ORDINARY_PLACES: Dict[str, List[str]] = {
    "services": ["page title", "content name", "custom property"],
    "platforms": ["product name", "product brand"],
    "products": ["product name", "contents title"],
    "codes": ["product id", "search string"],
    "places": ["page title", "content category"],
    "prices": _THREE, "slots": _THREE,
    "statuses": ["status", "custom property"],
    "guidance": ["page title", "search string"],
    "news": ["page title", "custom property"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
