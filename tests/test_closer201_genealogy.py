"""Closer 201: the eighty-ninth attack's genealogy and DNA testing leaks, claimed by rule (genealogy.py, a person named
by a genealogy or a DNA testing site's words; lexicon data by language, read in the canonical form).

- genealogy.TREE_WORDS, TREE_OWNER_WORDS: a tree's owner or person, a full name and a possessive before a tree's word
  capitalized as a title writes it (`…'s Family Tree`; closer 238: before `family tree` in any case, `Abraham
  Lincoln's family tree` refused, a public person's: its price), after a tree's
  manager's words or a home person's label (`Tree managed by …`, `Home person:
  …`).
- genealogy.MATCH_WORDS, the centimorgans' rule: a DNA match's name after a match's words (`New DNA match: …`,
  `Shared matches with …`), or opening a text that gives shared centimorgans (`… – Parent/Child – 1,740 cM`).
- genealogy.INVITATION_FROM, INVITED_VERBS: a shared tree's inviter before an invitation's verb or after its noun's
  `from` (`… invited you to view`, `Einladung von …`, `New message from your DNA match …`).
- genealogy.POSSESSIVES, KIN_QUALIFIERS, EXTRA_KIN (with role_labels.KIN), LIVING_MARKS: a relative after the
  writer's possessive and a kinship word (`my biological father …`, `ma grand-mère …`), a name before a tree's living
  mark (`… (Living)`).
- genealogy.NOTICE_WORDS, MOURNING_WORDS, GRAVE_WORDS: a notice's, a photo request's, a mourning's or a grave plot's
  deceased (`Traueranzeige …`, `Rest in peace Mum ❤ …`, `Row 4, Grave 9 – …`).
- genealogy.RECORD_LABELS: a register's or a parish's entry after its label and a colon, a full name or a family and a
  given name apart by a comma, in capitals too, the entry going on (`Burial: FAMILY, GIVEN, aged 80`).
- genealogy._GEDCOM_NAME: GEDCOM's NAME line grammar, `n NAME given /surname/`, a letter between the slashes.
- genealogy.FILE_WORDS: a tree's, a raw DNA file's or a certificate's file named after its person (two capitalized
  words joined by `_` beside a genealogy file's word or GEDCOM's extension).
- genealogy._KIT, _DNA_TESTING: a DNA kit's number after a kit's word, six digits at least, beside a DNA testing's
  word (`Tattoo Kit 456789` goes out).
- genealogy._QUERY_NAMES: a record search's name keys in a query given as text: GeneWeb's `n` and `p` together with
  the pair's occurrence `oc`, MyHeritage's `fn.` and `ln.` prefixes.
- genealogy.NOT_NAME_WORDS: a relationship's category, a burial place's, a guide's or a monarch's word is no private
  person's name there (`Shared matches with Close Family`, `Queen Victoria's Family Tree`).
- birth_years.BIRTH_WORDS: Swedish, Danish and Norwegian `f.`/`född`/`født` before a year in brackets (`Släktträd för
  … (f. 1979)`); a katakana name's two words apart by a middle dot (`…・…（1979年生まれ）`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

ORDINARY = [
    # (the nearest ordinary values, rule by rule)
    "Family Tree Maker 2024", "The Tudor family tree", "My Family Tree – Free Download",
    "Queen Victoria's Family Tree poster", "Tree managed by Ancestry Support", "DNA match list – filters",
    "Shared matches with Close Family (14)", "DNA Match Filters – Shared cM Project",
    "Ancestry DNA – 3,487 cM explained",
    "Red Dress 50 cM", "Invitation from Acme Corp", "New message from Customer Service", "my mother Earth necklace",
    "Obituary Writing Guide", "Rest in Peace Memorial Candle", "Photo request for Lawnswood Cemetery",
    "Grave 7 – Section C map", "Baptism: What to Bring", "Census: England and Wales 1921", "Register: Your Account",
    "1 NAME in a GEDCOM file: a guide", "How the 1 NAME tag works", "Family_Tree_Maker_2024_Setup.zip",
    "GEDCOM_Getting_Started.pdf", "birth_certificate_template.pdf", "Raw Denim Jeans.pdf",
    "Kit number: where to find it", "My Heritage DNA kit 2024", "https://shop.example.com/list?n=20&p=3",
    "https://shop.example.com/list?n=shoes&p=red", "https://www.myheritage.com/names/smith", "Tribal Tattoo Kit 456789",
    "Riesling (Jg. 2019)", "Family tree of Queen Elizabeth II",
    "Traueranzeige Online Aufgeben", "Nachruf – Brightwave GmbH (1870–2026)",
]

PERSONAL = [
    # (closer 238: a full name before `family tree` in any case is its person's, `Orla Quenby's family tree`; a public
    # person's too, as only a list of public people tells them apart: the price)
    "Abraham Lincoln's family tree",
    "Orla Quenby's Family Tree – Ancestry", "Home person: Tjorven Dunstreth, b. 1979 Gent",
    "Tree managed by Orla Quenby · 88 people", "Stammbaum verwaltet von Tjorven Dunstreth",
    "Släktträd för Orla Quenby (f. 1979)", "家系図：クエンビー・オルラ（1979年生まれ）",
    "Orla Quenby – 2nd Cousin – 212 cM across 9 segments", "New DNA match: Tjorven Dunstreth (predicted cousin)",
    "Shared matches with Orla Quenby (3)", "DNA-Treffer: Tjorven Dunstreth – 98 cM",
    "Orla Quenby invited you to view the Quenby Family Tree", "Einladung von Tjorven Dunstreth zu seinem Stammbaum",
    "New message from your DNA match Orla Quenby", "Invitation de Tjorven Dunstreth à collaborer",
    "Searching for my birth mother Orla Quenby, born 1955", "DNA says my half brother is Tjorven Dunstreth",
    "Mon grand-père Tjorven Dunstreth, né en 1930", "Cousin: Orla Quenby (Living)",
    "Todesanzeige Tjorven Dunstreth – Gedenkseite", "Photo request for Orla Quenby at Highgate Cemetery",
    "Rest in peace Mum ❤ Orla Quenby 1950-2020", "Section B, Row 4, Grave 9 – Tjorven Dunstreth",
    "Burial: QUENBY, ORLA, aged 80, Leeds", "Census: Dunstreth, Tjorven, age 12, scholar",
    "Christening: Orla Quenby, 1950, St Mary's", "0 @I7@ INDI\n1 NAME Orla /Quenby/\n1 SEX F",
    "2 NAME Tjorven /Dunstreth/",
    "Orla_Quenby_family_tree.ged", "AncestryDNA_Tjorven_Dunstreth_raw_data.zip", "death_certificate_Orla_Quenby.pdf",
    "FTDNA kit 4471902 transfer", "DNA kit number: B2219043",
    "https://gw.geneanet.org/base?lang=en&n=quenby&oc=0&p=orla",
    "https://www.myheritage.com/research?action=query&qname=Name+fn.Orla+ln.Quenby",
    "besitzerin=Orla%20Quenby&ansicht=liste",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", PERSONAL)
def test_stays_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ["Orla_Quenby_family_tree.ged", "GEDmatch one-to-one: kit B2219043 vs C2219043",
                                  "Traueranzeige Tjorven Dunstreth – Kondolenzbuch"])
def test_refused_in_an_id(text: str) -> None:
    assert detector.reason(text, id_like=True) != ""
