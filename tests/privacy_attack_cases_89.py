"""The eighty-ninth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: genealogy and DNA testing (Ancestry, MyHeritage, 23andMe, FamilySearch,
Geni, Findmypast, Geneanet, FamilyTreeDNA, GEDmatch, Find a Grave) and what their pages and forms carry: family trees
and their people, living relatives, DNA kits and matches, ethnicity and health reports, shared trees and invitations,
obituaries and grave records, census and parish records, GEDCOM files, record searches.

About 160 personal cases put a researcher's own data and their living family's in the leaves the README maps, across
settings (rotated through the thirty-sixth attack's places): a tree's title naming its owner or home person, a
relative after a kinship word, a DNA match with its shared centimorgans, a haplogroup or a health report with a name,
a kit's number or a sample's barcode, a national id asked for in an archive's request (personnummer, fødselsnummer,
rodné číslo, henkilötunnus, BSN, CPR, rijksregisternummer; each with its check), a notice's or a grave's deceased
parent, a census or a parish entry, a GEDCOM line or file, a record search's link with the name in its query or its
slug, an invitation with its sender's address, keys of other languages naming a tree's owner or a maiden name, HTML
entities. Each carries the made-up researcher `Hedvika Morvandecq` (the family name is the marker; her mother's maiden
name `Pruvellan` another) or the marker `738254` inside its id, so a leak is found anywhere in the request. About 300
ordinary values (kits, plans and their prices, features, record collections, ethnicity regions, haplogroups, archives
and cemeteries, statuses, guidance pages, famous trees and people in the news, in several languages) must go out
whole.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import FILE_PLACES, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

GIVEN, FAMILY, MARK = "Hedvika", "Morvandecq", "738254"
MAIDEN = "Pruvellan"  # her mother's maiden name, a second marker
FULL = f"{GIVEN} {FAMILY}"
FATHER = f"Tomas {FAMILY}"
MOTHER = f"Ilse {FAMILY}"
EMAIL = "hedvika.morvandecq@example.net"
MOBILE = "+44 7700 738254"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, "89")


# Ids built with their check digits (each computed by its scheme's rule), born 14 March 1986, a woman.
PERSONNUMMER = "860314-7383"  # Luhn over the nine digits
FODSELSNUMMER = "14038625455"  # two mod-11 checks, individual number 254 (1900s)
RODNE_CISLO = "865314/7382"  # month + 50 for a woman, the ten digits divisible by 11
HETU = "140386-738E"  # DDMMYYNNN mod 31
BSN = "738254101"  # eleven-test
CPR = "140386-4028"  # the old modulus 11, 4 with 86 the 1900s
RIJKSREGISTER = "86.03.14-738.87"  # 97 - (YYMMDDSSS mod 97)

# A tree's title naming its owner, its home person or a person of it.
TREES: Dict[str, Tuple[str, Any]] = {
    "owner's tree": (f"{FULL}'s Family Tree – Ancestry", [FAMILY]),
    "arbre de in entities": (f"Arbre g&eacute;n&eacute;alogique de {FULL} &ndash; Geneanet", [FAMILY]),
    "Stammbaum mit Jahren": (f"Stammbaum {FULL} (geb. 1986) – MyHeritage", [FAMILY]),
    "home person": (f"Home person: {FULL}, b. 1986 Brno", [FAMILY]),
    "tree managed by": (f"Tree managed by {FULL} · 1,204 people · Private", [FAMILY]),
    "stamboom van": (f"Stamboom van {FULL} en {MOTHER}", [FAMILY]),
    "Russian древо": ("Генеалогическое древо: Хедвика Морвандек, 1986 г.р.", ["Морвандек"]),
    "albero di": (f"Albero genealogico di {FULL} – Geni", [FAMILY]),
    "släktträd för": (f"Släktträd för {FULL} (f. 1986)", [FAMILY]),
    "Japanese 家系図": ("家系図：モルヴァンデック・ヘドヴィカ（1986年生まれ）", ["モルヴァンデック"]),
}

# A living relative after a kinship word, a researcher's own story.
RELATIVES: Dict[str, Tuple[str, Any]] = {
    "mother née": (f"Mother: {MOTHER} (née {MAIDEN}), born 1958 in Brno", [FAMILY, MAIDEN]),
    "mother's maiden name": (f"Mother's maiden name: {MAIDEN}", [MAIDEN]),
    "biological father": (f"Looking for my biological father {FATHER}, born 1961 in Leeds", [FAMILY]),
    "Opa in German": (f"Mein Opa {FATHER} kam 1946 aus Brünn nach Wien", [FAMILY]),
    "grand-mère": (f"Ma grand-mère {MOTHER}, née {MAIDEN}, vit toujours à Lyon", [FAMILY, MAIDEN]),
    "half sister": (f"Unknown parentage – DNA says my half sister is {FULL}", [FAMILY]),
    "living sibling": (f"Sibling: {FULL} (Living) – edit relationship", [FAMILY]),
    "adoption search": (f"Adoption search: birth mother {MOTHER}, Leeds, March 1986", [FAMILY]),
}

# A DNA match, an ethnicity or a health report, with the person it is about.
DNA: Dict[str, Tuple[str, Any]] = {
    "match with cM": (f"{FULL} – Parent/Child – 3,487 cM across 24 segments", [FAMILY]),
    "new match": (f"New DNA match: {FULL} (predicted half sibling)", [FAMILY]),
    "DNA-Treffer": (f"DNA-Treffer: {FULL} – 212 cM, Cousin 2. Grades", [FAMILY]),
    "correspondance ADN": (f"Correspondance ADN : {FULL}, 98 cM partagés", [FAMILY]),
    "dopasowanie DNA": (f"Dopasowanie DNA: {FULL} – 1742 cM, kuzynka", [FAMILY]),
    "shared matches": (f"Shared matches with {FULL} (14)", [FAMILY]),
    "owner's key in German": (f"stammbaum_besitzerin={quote(FULL)}&ansicht=f%C3%A4cher", [FAMILY]),
    "haplogroup of": (f"mtDNA haplogroup H1a3 – {FULL}", [FAMILY]),
    "health report": (f"BRCA1/BRCA2 (Selected Variants): variant detected – {FULL}", [FAMILY]),
    "carrier status": (f"Carrier status for {FULL}: cystic fibrosis – 1 variant", [FAMILY]),
    "match json": (json.dumps({"match_name": FULL, "shared_cm": 212, "relationship": "2nd cousin"}), [FAMILY]),
}

# A kit's or a sample's number, an account's, a national id asked for in an archive's request.
IDS: Dict[str, Tuple[str, Any]] = {
    "GEDmatch kit": (f"GEDmatch one-to-one: kit A{MARK} vs T{MARK}9", [MARK]),
    "FTDNA kit number": (f"FamilyTreeDNA kit number: {MARK}", [MARK]),
    "sample barcode": (f"23andMe sample barcode {MARK}019375 – registered", [MARK]),
    "personnummer for personbevis": (f"Beställ personbevis för släktforskning – personnummer {PERSONNUMMER}",
                                     ["8603147383"]),
    "fødselsnummer in Digitalarkivet": (f"Digitalarkivet – innsyn, fødselsnummer {FODSELSNUMMER}", [FODSELSNUMMER]),
    "rodné číslo for matrika": (f"Žádost o výpis z matriky – rodné číslo {RODNE_CISLO}", ["8653147382"]),
    "henkilötunnus": (f"Sukuselvitys, henkilötunnus {HETU}", ["140386738E"]),
    "BSN for persoonslijst": (f"CBG persoonslijst aanvragen, BSN {BSN}", [BSN]),
    "CPR in kirkebog": (f"Attest fra kirkebogen – CPR-nr. {CPR}", ["1403864028"]),
    "rijksregisternummer": (f"Uittreksel overlijdensakte – rijksregisternummer {RIJKSREGISTER}", ["86031473887"]),
}

# A notice's, a grave's or a memorial's deceased parent.
GRAVES: Dict[str, Tuple[str, Any]] = {
    "Find a Grave memorial": (f"{FATHER} (1961–2019) – Find a Grave Memorial", [FAMILY]),
    "obituary of": (f"Obituary: {FATHER}, 58, of Headingley, Leeds", [FAMILY]),
    "Traueranzeige": (f"Traueranzeige {FATHER} – Kondolenzbuch", [FAMILY]),
    "avis de décès": (f"Avis de décès de M. {FATHER} – Lyon", [FAMILY]),
    "grave plot": (f"Section C, Row 12, Grave 7 – {FATHER}", [FAMILY]),
    "photo request": (f"Photo request for {FATHER} at Lawnswood Cemetery", [FAMILY]),
    "rest in peace Dad": (f"Rest in peace Dad ❤ {FATHER} 1961-2019", [FAMILY]),
}

# A census's, a register's or a parish's entry.
RECORDS: Dict[str, Tuple[str, Any]] = {
    "1939 Register": (f"1939 Register: {FAMILY}, Jan, born 04 Jun 1911, Leeds C.B.", [FAMILY]),
    "GRO birth index": (f"GRO birth index: {FAMILY.upper()}, {GIVEN.upper()}, mother's maiden name "
                        f"{MAIDEN.upper()}, Leeds 2a {MARK}", [FAMILY, MAIDEN]),
    "baptism": (f"Baptism: {GIVEN} {FAMILY}, 1986, St Chad's, Far Headingley", [FAMILY]),
    "acte de naissance": (f"Acte de naissance n° 482 – {FAMILY.upper()} {GIVEN}, née le 14/03/1986", [FAMILY]),
    "akt urodzenia": (f"Akt urodzenia 123/1986 – {GIVEN} {FAMILY}, córka Tomasza", [FAMILY]),
    "marriage record": (f"Marriage: {FATHER} & Ilse {MAIDEN}, 1984, Leeds", [FAMILY, MAIDEN]),
    "passenger list": (f"Passenger list: {FAMILY}, Tomas, age 24, Hamburg → New York", [FAMILY]),
    "maiden name's key in French": (json.dumps({"nom_de_jeune_fille_mere": MAIDEN, "commune": "Lyon"}),
                                    [MAIDEN]),
}

# A GEDCOM's lines and files, scans named after their person.
GEDCOM_TEXT = f"0 @I1@ INDI\n1 NAME {GIVEN} /{FAMILY}/\n1 SEX F\n1 BIRT\n2 DATE 14 MAR 1986\n2 PLAC Brno"
FILES: Dict[str, Tuple[str, Any]] = {
    "GEDCOM record": (GEDCOM_TEXT, [FAMILY]),
    "GEDCOM name line": (f"1 NAME {GIVEN} /{FAMILY}/", [FAMILY]),
    "tree export": (f"{GIVEN}_{FAMILY}_tree_2026.ged", [FAMILY]),
    "raw data": (f"23andMe_{GIVEN}_{FAMILY}_v5_raw.txt", [FAMILY]),
    "certificate scan": (f"scan_birth_certificate_{GIVEN}_{FAMILY}.pdf", [FAMILY]),
    "photo upload": (f"IMG_Grandpa_Tomas_{FAMILY}_1938.jpg", [FAMILY]),
}

# A record search's or a profile's link with the name in its query, its path or its fragment.
_SHARE = base64.urlsafe_b64encode(json.dumps({"inviter": FULL, "tree": 173825}).encode()).decode().rstrip("=")
LINKS: Dict[str, Tuple[str, Any]] = {
    "FamilySearch query": ("https://www.familysearch.org/search/record/results?q.givenName=Hedvika"
                           f"&q.surname={FAMILY}&q.birthLikeDate.from=1986", [FAMILY]),
    "Geneanet GeneWeb": (f"https://gw.geneanet.org/hmorvandecq?lang=fr&n={FAMILY.lower()}&oc=0&p=hedvika",
                         [FAMILY.lower()]),
    "MyHeritage qname": ("https://www.myheritage.com/research?formId=master&action=query"
                         f"&qname=Name+fn.{GIVEN}+ln.{FAMILY}", [FAMILY]),
    "Geni people": (f"https://www.geni.com/people/{GIVEN}-{FAMILY}/6000000{MARK}123", [FAMILY, MARK]),
    "Find a Grave memorial": (f"https://www.findagrave.com/memorial/27{MARK}9/tomas-{FAMILY.lower()}",
                              [FAMILY.lower(), MARK]),
    "Ancestry person": (f"https://www.ancestry.co.uk/family-tree/person/tree/173825412/person/422{MARK}03/facts"
                        f"#{quote(FULL)}", [MARK, FAMILY]),
    "MyHeritage names page": (f"https://www.myheritage.com/names/{GIVEN.lower()}_{FAMILY.lower()}",
                              [FAMILY.lower()]),
    "invitation token": (f"https://www.ancestry.com/family-tree/invite/accept?share={_SHARE}", [_SHARE]),
    "23andMe profile": (f"https://you.23andme.com/profile/{GIVEN.lower()}-{FAMILY.lower()}/", [FAMILY.lower()]),
}

# Record searches as typed.
SEARCHES: Dict[str, Tuple[str, Any]] = {
    "name and year": (f"{GIVEN.lower()} {FAMILY.lower()} 1986 brno", [FAMILY.lower()]),
    "father's obituary": (f"tomas {FAMILY.lower()} obituary leeds 2019", [FAMILY.lower()]),
    "maiden name": (f"ilse {MAIDEN.lower()} born 1958", [MAIDEN.lower()]),
    "Geburtsurkunde": (f"geburtsurkunde {FAMILY.lower()} {GIVEN.lower()}", [FAMILY.lower()]),
    "surname with relation": (f"{FAMILY} family tree my dad Tomas", [FAMILY]),
}

# A shared tree's invitation, a message between matches.
INVITES: Dict[str, Tuple[str, Any]] = {
    "invited you": (f"{FULL} invited you to view the {FAMILY} Family Tree", [FAMILY]),
    "Einladung von": (f"Einladung von {FULL} zu ihrem Stammbaum", [FAMILY]),
    "by address": (f"Invitation sent to {EMAIL} (Editor)", [EMAIL]),
    "message from match": (f"New message from your DNA match {FULL}", [FAMILY]),
    "cousin's phone": (f"Hi cousin! Text me on {MOBILE} – Hedvika", ["7700738254"]),
    "invitación": (f"Invitación de {FULL} para colaborar en el árbol", [FAMILY]),
}


def cases() -> List[Case]:
    found: List[Case] = []
    found += rotated("tree", TREES, TEXT_PLACES, 2, 0, put=_put)
    found += rotated("relative", RELATIVES, TEXT_PLACES, 2, 16, put=_put)
    found += rotated("dna", DNA, TEXT_PLACES, 2, 32, put=_put)
    found += rotated("ids", IDS, TEXT_PLACES, 2, 12, put=_put)
    found += rotated("grave", GRAVES, TEXT_PLACES, 2, 31, put=_put)
    found += rotated("record", RECORDS, TEXT_PLACES, 2, 5, put=_put)
    found += rotated("file", FILES, FILE_PLACES, 2, 0, put=_put)
    found += rotated("link", LINKS, URL_PLACES, 2, 0, put=_put)
    found += rotated("search", SEARCHES, TEXT_PLACES, 2, 7, put=_put)
    found += rotated("invite", INVITES, TEXT_PLACES, 2, 21, put=_put)
    return found


# Ordinary values, by family; each in its family's places.
ORDINARY: Dict[str, List[str]] = {
    "products": ["AncestryDNA", "AncestryDNA + Traits", "23andMe Health + Ancestry Service", "23andMe+ Premium",
                 "MyHeritage DNA", "Family Finder", "Big Y-700", "mtFull Sequence", "Y-37 Y-DNA test",
                 "Living DNA Ancestry Kit", "World Explorer Membership", "Findmypast Pro", "MyHeritage Complete",
                 "Geneanet Premium", "Geni Pro", "Test ADN MyHeritage", "DNA-Test Ahnenforschung"],
    "prices": ["£79", "AncestryDNA – was £79, now £39", "$99.00", "69 €", "Save 40% on DNA kits",
               "Annual plan: $199/yr", "Jahresabo 129,00 €", "Abonnement annuel : 59,90 €", "Free 14-day trial"],
    "features": ["ThruLines", "Common Ancestors", "SideView", "Ethnicity Inheritance", "Theory of Family Relativity",
                 "Smart Matches", "Record Matches", "Deep Nostalgia", "Photo Enhancer", "Chromosome Browser",
                 "Shared cM Project", "Hints", "Relatives Finder"],
    "collections": ["1921 Census of England and Wales", "1939 Register", "1950 U.S. Federal Census",
                    "England & Wales, Civil Registration Death Index, 1916-2007",
                    "Deutschland, Geburten und Taufen, 1558-1898", "État civil de Paris, 1793-1902",
                    "Registres paroissiaux et d'état civil", "Ellis Island Passenger Lists 1892-1924",
                    "Irish Catholic Parish Registers", "Księgi metrykalne parafii rzymskokatolickich",
                    "Kirchenbücher Schlesien", "Svenska kyrkoböcker 1600-1900", "Matriky Moravského zemského archivu"],
    "regions": ["England & Northwestern Europe", "Eastern Europe & Russia", "Ashkenazi Jewish", "Germanic Europe",
                "Baltics", "Sardinia", "Nigeria", "Indigenous Americas—Mexico", "Scotland", "Balkans",
                "Irlande", "Osteuropa"],
    "haplogroups": ["R1b-M269", "I1-M253", "H1a3", "U5b2a1a", "J-M172", "E-V13", "R-L21", "K1a1b1a"],
    "relationships": ["2nd–3rd Cousin", "Half Sibling", "Close Family – 1st Cousin", "Parent/Child",
                      "Shared cM range: 1,300–2,300", "3,487 cM across 24 segments", "Cousin 2. Grades",
                      "Cousin germain", "Primo segundo", "4th–6th Cousin"],
    "archives": ["The National Archives, Kew", "General Register Office", "Archives départementales du Nord",
                 "Landesarchiv Baden-Württemberg", "Archivo Histórico Nacional", "Moravský zemský archiv v Brně",
                 "Riksarkivet", "Digitalarkivet", "Centraal Bureau voor Genealogie", "Archiwum Państwowe w Krakowie"],
    "cemeteries": ["Highgate Cemetery", "Olšany Cemetery, Prague", "Père Lachaise", "Arlington National Cemetery",
                   "Glasnevin Cemetery", "Lawnswood Cemetery", "Zentralfriedhof Wien", "Cementerio de la Almudena"],
    "statuses": ["Processing", "DNA results ready", "Kit activated", "Sample received at lab", "Extraction",
                 "In Bearbeitung im Labor", "Échantillon reçu", "Pending invitation", "Invitation accepted",
                 "Muestra recibida"],
    "guidance": ["How to read your ethnicity estimate", "What is a centimorgan?", "Getting started with GEDCOM",
                 "Privacy settings for living people", "How to download your raw DNA data",
                 "Comment commencer son arbre généalogique", "Ahnenforschung für Anfänger",
                 "Cómo buscar actas de nacimiento", "Jak zacząć szukać przodków", "Surname meaning and origin"],
    "formats": ["GEDCOM 5.5.1", "GEDCOM 7.0", "Y-111", "Family Finder Autosomal", "GRCh37", "rs4988235",
                "Version 5 chip"],
    "famous": ["Family tree of Queen Elizabeth II", "Abraham Lincoln (1809–1865) • FamilySearch",
               "Richard III reburial at Leicester Cathedral", "Who Do You Think You Are? – Series 22",
               "Finding Your Roots with Henry Louis Gates Jr.", "Anne Wojcicki steps down as 23andMe CEO",
               "23andMe files for Chapter 11", "Golden State Killer identified through GEDmatch",
               "RootsTech 2026", "Genealogentag 2026 in Gotha"],
    "memorials": ["Granite Headstone – Upright", "Memorial Bench Plaque", "Grave candle", "Virtual flowers",
                  "Create a memorial", "Kondolenzbuch", "Avis de décès", "Obituaries this week"],
}
_THREE = ["page title", "custom property", "product name"]
ORDINARY_PLACES: Dict[str, List[str]] = {
    "products": _THREE,
    "prices": ["custom property", "product name"],
    "features": ["page title", "content name"],
    "collections": ["page title", "content category"],
    "regions": ["custom property", "content name"],
    "haplogroups": ["product id", "custom property"],
    "relationships": ["custom property", "page title"],
    "archives": ["page title", "search string"],
    "cemeteries": ["page title", "search string"],
    "statuses": ["status", "custom property"],
    "guidance": ["page title", "search string"],
    "formats": ["product id", "content category"],
    "famous": ["page title", "content name"],
    "memorials": ["product name", "page title"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
