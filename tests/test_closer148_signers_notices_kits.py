"""Closer 148 (review 24's leaks): a signer by a signing's day, a pending signature's label, a notice's life span
without brackets, the deceased after a grave's or a bench's word, a kit's code mostly of letters, a DNA match's name
key and a tree's person in a search's query.

- A signer after `signed by` by language and a day's date after the day's preposition (e_signatures.SIGNED_ON,
  _SIGNED_ON_DAY: `Signed by … on 03/12/2026`, `Unterschrieben von … am 03.12.2026`, `Signé par … le 3 mars 2026`):
  a document signed on a day names its signer; an author's signed copy names an edition, no day (`Signed by Ken
  Follett – First Edition`, `Signed by the Author`). A pending signature's label, the signature's word and its state
  in either order by language, before a full name (e_signatures.SIGNATURE_WORDS, AWAITED, _PENDING_LABEL: `Firma
  pendiente: …`, `Signature en attente : …`, `Unterschrift ausstehend: …`, `Awaiting signature: …`); not a
  document's or a business's words after it.
- A notice's word, a full name and its life's span without brackets (memorials._NOTICE_SPAN_NAMED: `Obituary – …,
  1938-2026`, `Nachruf … 1938–2026`); the detector's cue now derives from the notice's and the genealogy's words the
  rules read (memorials._NOTICE_WORDS, GENEALOGY_WORDS, CUE_SOURCE: `Nachruf: … (1938–2026)`, `Necrologio: …`). Not a
  work's author's span (`Mozart 1756-1791 – Requiem`), a notice's section (`Obituaries 2025-2026`), a business's.
- The deceased, a grave's or a tree's person: a grave's, a plot's or a memorial bench's words by language before a
  name ending the text or before a plot's word (memorials.GRAVE_PHRASES, PLOT_WORDS, _GRAVE_NAMED: `Grave of …, plot
  14`, `Grabstelle von …`, `Memorial bench for …`; a dash before a tour's or a film's title is a public grave's
  product, a cemetery's name no plot: `Grave of Karl Marx – Highgate Tour`, `Grave of Karl Marx, Highgate
  Cemetery`); a tree's label and its colon (memorials._TREE_LABELS, _TREE_LABEL_NAMED, from the genealogy's
  phrases); a notice's label and a name before a comma (memorials._NOTICE_NAMED: `Death notice – …, Killarney`); a
  sympathy card's words and `from` before its signers (memorials.SYMPATHY_CARDS, _CARD_SIGNED); an engraving's
  epithet and a relative's word after the name (memorials.ENGRAVED_NAMED: `…, beloved wife`); a name in lower case
  ending the text after a death's possessive phrase (memorials._LOWER_DEATH_NAMED: `Funeral of … …`); a name
  opening the text before a dash and a genetic result's word, or before a match's centimorgans
  (named_diets.GENETIC_RESULTS, _GENETIC_NAMED: `… – BRCA1 positive`, `DNA match … 912 cM`).
- A kit's code mostly of letters after its label or in its activation link: letters and digits mixed in five runs
  or more over eight characters (access_codes._a_kit_code, _KIT_LEAST_RUNS: `Activation code: 7F3K-92QX-LM4P`,
  `Sample barcode: 4X7Q9K2M`); a promotion's word and number goes out (`Activation code: SAVE20`, `XMAS24GIFT10`).
- A DNA match's name key, the match's two words apart before a name word (personal_keys._TWO_WORD_PARTIES,
  _two_word_party, key_lexicon.PARTIES' `DNA match`: `dna_match_name`, `dna_treffer_name`); not `dna_match_count`,
  `match_name`. A tree's person's or the deceased's name in a search's query (person_routes.tree_person_parameter,
  _SEARCH_KEYS: `/tree/search?q=<given>+<family>`, `/search?q=<given>+<family>+obituary`), read by privacy.clean_url
  too; not `/search?q=lily+wreath`, `/trees/?q=japanese+maple`.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSON_NAME = "holds a person's name"

SIGNERS = [
    "Signed by Tamsin Orvelloway on 14/11/2026", "Unterschrieben von Tamsin Orvelloway am 14.11.2026",
    "Signé par Tamsin Orvelloway le 14 novembre 2026", "Firmado por Tamsin Orvelloway el 14/11/2026",
    "Signed by Tamsin Orvelloway, on November 14, 2026", "Ondertekend door Tamsin Orvelloway op 14 november 2026",
    "Signed by Tamsin Orvelloway on 2026-11-14 at 10:02", "Firmato da Tamsin Orvelloway il 14 nov 2026",
    "Firma pendiente: Tamsin Orvelloway", "Signature en attente : Tamsin Orvelloway",
    "Unterschrift ausstehend: Tamsin Orvelloway", "Awaiting signature: Tamsin Orvelloway",
    "Pending signature – Tamsin Orvelloway", "Assinatura pendente: Tamsin Orvelloway, RH",
    "Firma in attesa: Tamsin Orvelloway",
]
SIGNER_LOOK_ALIKES = [
    "Signed by the Author", "Signed by Ken Follett – First Edition", "Signed by Ken Follett",
    "Signed by Ken Follett on the title page", "Signed by Ken Follett on 1st Edition 1989",
    "Signed by Stephen King on his 1986 tour", "Signed by the Artist on 12/03/2026", "Signed by Ken Follett on 2 pages",
    "Firma pendiente: Contrato de alquiler", "Signature pending: 3 documents", "Awaiting signature: Acme Corp",
    "Pending signature: Terms and Conditions", "Unterschrift ausstehend: Mietvertrag", "Signature en attente",
    "Awaiting Signature: New Hire Onboarding", "Signature required at delivery",
]


@pytest.mark.parametrize("text", SIGNERS)
def test_a_signer_by_a_day_or_a_pending_label_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", SIGNER_LOOK_ALIKES)
def test_a_signed_copy_or_a_pending_document_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


NOTICES = [
    "Nachruf: Tamsin Orvelloway (1938–2026)", "Necrologio – Tamsin Orvelloway (1938–2026)",
    "Obituary – Tamsin Orvelloway, 1938-2026", "Obituary Tamsin Orvelloway 1938-2026",
    "Nachruf Tamsin Orvelloway 1938–2026", "Todesanzeige: Tamsin Orvelloway 1938 - 2026",
    "Nécrologie : Tamsin Orvelloway, 1938-2026", "Overlijdensbericht Tamsin Orvelloway 1938-2026",
]
NOTICE_LOOK_ALIKES = [
    "Mozart 1756-1791 – Requiem", "Obituaries 2025-2026", "Nachruf 2026", "Obituary Template 2020-2026",
    "Obituary Tamsin Orvelloway 1938-2099", "Nachruf Tamsin Orvelloway 1838–2026",
    "Obituary writing guide 2020-2024", "Nachruf Deutsche Bank 1870-2026", "Nachruf – Brightwave GmbH (1870–2026)",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_life_span_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", NOTICE_LOOK_ALIKES)
def test_a_notice_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


DECEASED = [
    "Funeral of tamsin orvelloway", "Beerdigung von tamsin orvelloway", "Grave of Tamsin Orvelloway, plot 14",
    "Grave of Tamsin Orvelloway", "Grabstelle von Tamsin Orvelloway", "Memorial bench for Tamsin Orvelloway",
    "Tombe de Tamsin Orvelloway, carré 12", "Family tree: Tamsin Orvelloway, b. 1921",
    "Stammbaum: Tamsin Orvelloway (geb. 1921)", "Death notice – Tamsin Orvelloway, Killarney",
    "Engraving: Tamsin Orvelloway, beloved wife", "Sympathy card – from Caius and Tamsin Orvelloway",
    "Beileidskarte – von Tamsin Orvelloway", "DNA match Tamsin Orvelloway 912 cM",
    "Tamsin Orvelloway – BRCA1 positive", "Tamsin Orvelloway – MTHFR heterozygot",
]
DECEASED_LOOK_ALIKES = [
    "Grave of the Fireflies – Blu-ray", "Memorial Bench – Oak 6ft", "Family tree: 4 generations template",
    "Sympathy card – from all of us", "Grave of Karl Marx – Highgate Tour", "Grave of Karl Marx, Highgate Cemetery",
    "Family tree: Greek Gods",
    "Obituary: Writing Guide", "Death notice – Template", "Engraving: Oak Bench, beloved dad",
    "Sympathy card – from Hallmark", "Sympathy Card From Your Pet", "Plot of Land for sale", "Funeral of my dad",
    "funeral for your pet", "Funeral of the queen", "Funeral for pet hamster", "Funeral of a friend",
    "Funeral flowers for mum", "Jane Austen – DNA of a Novel", "Blue Jeans – DNA Collection",
    "Myriad Genetics – BRCA Test positive control", "Positive Vibes – DNA Tee", "Sofa Grey Velvet 87 cm",
]


@pytest.mark.parametrize("text", DECEASED)
def test_the_deceased_a_grave_or_a_tree_person_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", DECEASED_LOOK_ALIKES)
def test_a_grave_or_card_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


KIT_CODE = "holds a test kit's code after its label"
KIT_CODES = [
    "Activation code: 7F3K-92QX-LM4P", "Sample barcode: 4X7Q9K2M", "Kit ID: K7Q-4M2X-9PLT",
    "Aktivierungscode: QX7K-M4P2-L9TZ", "see https://www.kit.example/activate?code=7F3K-92QX-LM4P",
]
KIT_LOOK_ALIKES = [
    "Activation code: SAVE20", "Promo code: BLACKFRIDAY25", "Activation code: XMAS24GIFT10", "Activation code: A1B2C3",
    "see https://shop.example/activate?code=WELCOME2026", "Activation code required at checkout",
]


@pytest.mark.parametrize("text", KIT_CODES)
def test_a_kit_code_mostly_of_letters_is_refused(text: str) -> None:
    assert detector.reason(text) == KIT_CODE


@pytest.mark.parametrize("text", KIT_LOOK_ALIKES)
def test_a_promotion_code_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


DNA_KEYS = ["dna_match_name", "dna_treffer_name", "dnaMatchName", "correspondance_adn_nom", "dna_match_first_name"]
DNA_LOOK_ALIKE_KEYS = ["dna_match_count", "dna_match_cm", "match_name", "dna_name", "dna_kit_type"]


@pytest.mark.parametrize("key", DNA_KEYS)
def test_a_dna_match_name_key_is_refused(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", DNA_LOOK_ALIKE_KEYS)
def test_a_dna_match_look_alike_key_goes_out(key: str) -> None:
    assert detector.key_reason(key) == ""


SITE = "https://www.example.org"
SEARCHED_PERSONS = [
    "/tree/search?q=tamsin+orvelloway", "/search?q=tamsin+orvelloway+obituary", "/search?q=nachruf+tamsin+orvelloway",
    "/genealogy/?q=tamsin+orvelloway", "/tree/person/details?pid=KWZ3-81724",
]
SEARCHED_THINGS = [
    "/search?q=lily+wreath", "/search?q=family+tree+template", "/obituaries/search?q=orvelloway",
    "/trees/?q=japanese+maple", "/tree/search?q=oak+tree", "/search?q=obituary+writing+tips",
    "/product/details?pid=KWZ3-81724",
]


@pytest.mark.parametrize("route", SEARCHED_PERSONS)
def test_a_searched_tree_person_or_deceased_is_dropped(route: str) -> None:
    assert privacy.clean_url(SITE + route) == SITE + route.partition("?")[0]


@pytest.mark.parametrize("route", SEARCHED_THINGS)
def test_an_ordinary_search_goes_out(route: str) -> None:
    assert privacy.clean_url(SITE + route) == SITE + route
