"""Closer 145 (sixty-eighth attack: funerals, memorials, genealogy and DNA tests): family trees, obituary slugs, DNA
results and kits.

- A death notice's or a memorial's route before the deceased's slug (person_routes._names_a_notice, _NOTICE_WORDS,
  _SINGLE_NOTICE_WORDS, _NOTICE_PAGES, _NOTICE_SECTIONS): past a date's or a grave's id's segments, a slug with the
  life's years (`/obituaries/2026/11/14/<name>-1938-2026/`), a name after a grave's memorial id
  (`/memorial/<id>/<name>`), after `name` (`/obituaries/name/<name>-obituary`), before a notice's own page
  (`/traueranzeige/<name>/kondolenzbuch`), with a notice's number (`/death-notice/<name>-<town>-638147`), ending the
  route after a single notice's word (`/esquela/<name>/`); a DNA match's page (person_routes._names_a_match,
  _DNA_WORDS, _MATCH_WORDS: `/dna/match/<name>-1742cm`). Not `/obituaries/`, `/obituaries/search?q=`,
  `/memorial/create`, `/dna/matches`, `/obituaries/2026/11/`, a shop's `/memorial/benches`, `/obituary/templates`.
- A family tree's or a genealogy's words by language and their preposition before a full name, read as a memorial's
  phrase (memorials.GENEALOGY_PHRASES: `Family tree of …`, `Arbre généalogique de …`, `Antavla för …`); not a
  poster's subjects (memorials._TREE_SUBJECTS: `Family tree of Greek Gods`). A full name and a life's span in
  brackets, maybe after a notice's word, in a text holding a genealogy's, a grave's or a notice's word
  (memorials._LIFE_SPAN_NAMED, _GENEALOGY_CONTEXT, _a_life_span: `… (1938–2026) • FamilySearch`, `… Obituary (1938 –
  2026)`), a public figure's too; elsewhere a work's author's (`Mozart (1756–1791) – Requiem CD`) goes out, and a
  span ending in the future or over 120 years is none. A grave's memorial number before a name
  (memorials._NUMBERED_MEMORIAL: `Find a Grave Memorial #… – …`), Japanese's family tree's colon before a Han name
  (memorials._JAPANESE_TREE_NAMED).
- A family tree's person id in a URL's query on a tree's or a person's route (person_routes.tree_person_in_query,
  TREE_WORDS: `/tree/person/details?pid=LZX4-…`); not a shop's `?pid=` elsewhere.
- A full name after a mark or a preposition (or opening the text before a comma) in a text holding a genetic result's,
  a health report's or a death's cause's words by language, or a DNA match's centimorgans (named_diets.GENETIC_STEMS,
  _GENETIC, _GENETIC_NAMED: `DNA match: … – 1,742 cM`, `…, 3rd cousin, 87 cM`, `APOE ε4/ε4 – … – …`,
  `Gesundheitsbericht für …`, `Haplogroup R1b-M269 – …`, `Cause of death: … – …`); not a genetic test's products
  (named_diets.GENETIC_PRODUCT_WORDS: `DNA Kit – Ancestry + Health`, `BRCA Test Kit – Myriad Genetics`), nor a
  length's `cm`.
- A test kit's code after its label by language, or in its activation link's query (access_codes._KIT_LABELLED,
  _KIT_LINK, KIT_CODE: `Activation code: …`, `Sample barcode: …`, `GEDmatch kit T…`, `Aktivierungscode:`,
  `/activate?code=…`), six digits at least; a promotion's code goes out (`Activation code: SAVE10`, `/activate?code=
  WELCOME2026`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

SITE = "https://www.example.org"
PERSON_ROUTE = "holds a person's slug in a site's route"

NOTICE_ROUTES = [
    "/us/obituaries/name/tamsin-orvelloway-obituary?id=51234", "/obituaries/2025/03/02/tamsin-orvelloway-1941-2025/",
    "/todesanzeigen/2025/tamsin-orvelloway-1941-2025", "/traueranzeige/tamsin-orvelloway/kondolenzbuch",
    "/necrologi/tamsin-orvelloway/condoglianze", "/obituary/tamsin-orvelloway/guestbook",
    "/death-notice/tamsin-orvelloway-killarney-kerry-512398", "/esquela/tamsin-orvelloway-brevaquin/",
    "/avis-de-deces/tamsin-orvelloway", "/memorial/83710254/tamsin-orvelloway", "/dna/match/tamsin-orvelloway-87cm",
    "/adn/correspondance/tamsin-orvelloway", "/dna/relative/tamsin-orvelloway",
]
SECTION_ROUTES = [
    "/obituaries/", "/obituaries/search?q=orvelloway", "/memorial/create", "/dna/matches", "/obituaries/2026/11/",
    "/obituaries/2026/11/14/", "/memorial/benches", "/memorial/garden-stones/", "/obituary/templates",
    "/esquela/ejemplos-de-esquelas/", "/obituaries/name/", "/dna/match/settings", "/memorial/12345/edit",
    "/death-notices/county-mayo-12345", "/obituary/funeral-homes/", "/memorial/day-sale", "/memorial/stones/photos",
    "/condolences/sympathy-cards", "/obituary/how-to-write", "/memorials/plaques-12345", "/dna/match/list",
]


@pytest.mark.parametrize("path", NOTICE_ROUTES)
def test_a_notice_or_a_match_route_names_the_person(path: str) -> None:
    assert privacy.clean_url(SITE + path) == SITE + "/"
    assert detector.reason("see " + SITE + path) == PERSON_ROUTE


@pytest.mark.parametrize("path", SECTION_ROUTES)
def test_a_notice_site_section_goes_out(path: str) -> None:
    assert privacy.clean_url(SITE + path) == SITE + path.partition("?")[0] + (
        "?" + path.partition("?")[2] if "?" in path else "")


PERSON_NAME = "holds a person's name"
TREE_PERSONS = [
    "Tamsin Orvelloway (1921–1999) • FamilySearch", "Family tree of Tamsin Orvelloway – 5 generations",
    "Arbre généalogique de Tamsin Orvelloway (1921-1999)", "Stammbaum von Tamsin Orvelloway",
    "Ahnentafel für Tamsin Orvelloway, geb. 1921", "Stamboom van Tamsin Orvelloway", "Antavla för Tamsin Orvelloway",
    "Árbol genealógico de Tamsin Orvelloway, n. 1921", "Albero genealogico di Tamsin Orvelloway, nata a Biella",
    "Find a Grave Memorial #83710254 – Tamsin Orvelloway", "Tamsin Orvelloway Obituary (1921 – 1999) – Tralee",
    "Tamsin Orvelloway (1921-1999) - WikiTree", "家系図：雲雀沢 灯里（昭和13年生まれ）",
    "see https://www.familysearch.example/tree/person/details?pid=KWZ3-81724",
]
TREE_LOOK_ALIKES = [
    "Mozart (1756–1791) – Requiem CD", "Wolfgang Amadeus Mozart (1756–1791) – Requiem CD",
    "Claude Monet (1840-1926) Water Lilies print", "Family Tree Of The Tudors", "Family tree of Greek Gods poster",
    "Family tree template – 4 generations", "Memorial #12 – Garden Bench", "Family tree of English Monarchs",
    "Tamsin Orvelloway (1921–2099) • FamilySearch", "1921 Census of England and Wales", "Stammbaum Vorlage A3",
    "家系図 テンプレート", "Gravestone cleaning kit (2020-2024 models)",
    "see https://shop.example/product/details?pid=KWZ3-81724", "see https://www.familysearch.example/tree?pid=all",
]


@pytest.mark.parametrize("text", TREE_PERSONS)
def test_a_family_tree_person_is_a_name(text: str) -> None:
    assert detector.reason(text) in (PERSON_NAME, PERSON_ROUTE)


@pytest.mark.parametrize("text", TREE_LOOK_ALIKES)
def test_a_tree_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


GENETIC_NAMED = [
    "DNA match: Tamsin Orvelloway – 912 cM shared", "Tamsin Orvelloway, 2nd cousin, 212 cM",
    "APOE ε3/ε4 – Tamsin Orvelloway", "Gesundheitsbericht für Tamsin Orvelloway: MTHFR heterozygot",
    "Rapport santé de Tamsin Orvelloway : porteuse", "Ethnicity estimate of Tamsin Orvelloway: 40% Welsh",
    "Carrier status for Tamsin Orvelloway: carrier", "Haplogroup H1a – Tamsin Orvelloway",
    "Coincidencia de ADN: Tamsin Orvelloway, 87 cM", "Cause of death: pneumonia – Tamsin Orvelloway",
    "BRCA1 result for Tamsin Orvelloway: negative", "Todesursache: Herzinfarkt – Tamsin Orvelloway",
]
GENETIC_LOOK_ALIKES = [
    "Haplogroup R1b-M269", "DNA Kit – Ancestry + Health", "APOE Health Report (sample)",
    "DNA Test – Family Tree Edition",
    "Haplogroup Mug – Viking Heritage", "AncestryDNA Kit – Genetic Ethnicity Test", "BRCA Test Kit – Myriad Genetics",
    "Health report – Sample Report", "Cause of Death – True Crime Podcast", "Cousin Itt Figure – Addams Family",
    "Carrier bag – Tote Natural", "Prima Donna Spray – Pink Lady", "Health Report of Jane Austen Society",
    "Sofa – Grey Velvet, 87 cm", "Report for Great Britain",
]


@pytest.mark.parametrize("text", GENETIC_NAMED)
def test_a_genetic_result_tied_to_a_name_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", GENETIC_LOOK_ALIKES)
def test_a_genetic_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


KIT_CODE = "holds a test kit's code after its label"
KIT_CODES = [
    "Activation code: QW3E-R5813927", "GEDmatch kit A391827 – uploaded by a cousin", "Sample barcode: 9183726450",
    "see https://www.kit.example/activate?code=QW3E-R5813927", "Aktivierungscode: 8K2Q-471649",
    "Kit number: FT-583912", "Código de activación: 7Q4K-918273", "Kod aktywacyjny: 7Q4K918273",
]
KIT_LOOK_ALIKES = [
    "Activation code: SAVE10", "DNA Kit – Ancestry + Health", "Kit number: 2", "Sample barcode label roll – 500 pcs",
    "see https://shop.example/activate?code=WELCOME2026", "Activation code required at checkout", "Kit #12 – Starter",
    "Sample size 250 ml", "see https://shop.example/product?code=5012345678900",
]


@pytest.mark.parametrize("text", KIT_CODES)
def test_a_kit_code_after_its_label_is_refused(text: str) -> None:
    assert detector.reason(text) == KIT_CODE


@pytest.mark.parametrize("text", KIT_LOOK_ALIKES)
def test_a_kit_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
