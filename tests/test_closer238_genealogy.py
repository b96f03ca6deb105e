"""Closer 238: review 36's genealogy families closed by rule (genealogy.py, its callers personal_keys, person_routes
and privacy), each both ways: the personal variants refused, their ordinary look-alikes out, the prices asserted.

- a tree's person: a full name before `family tree` in any case, a possessive or none (FAMILY_TREE_WORDS), after a
  tree's `by` or `for`, more owners' words (`Baumbesitzer`, `Proband`, `Root person`);
- a DNA match: a relative found, a testing site's features (`ThruLines`, `Theory of Family Relativity`,
  `One-to-one with`), a predicted relationship before a dash (RELATIONSHIP_WORDS), `… is your 2nd cousin` by
  language (YOUR_KIN), shared DNA in percent and centimorgans spelt out beside an opening name or its `shares`;
- a shared tree's inviter before more verbs (`has shared a family tree`, `wants to connect`, `hat dich zu …`);
- a relative after a possessive and a kinship word: an ancestor's or a late, a birth or an adoptive parent's words are
  the evidence (_ANCESTRAL), as another kin's possessive is (`my mum's cousin …`); `our`; ancestors' words by language;
- the deceased after a funeral's, a memorial page's, a celebration of life's words and more mourning's wishes;
- GEDCOM's GIVN and SURN lines, a NAME line after another record, a marriage's two parties, a genealogy file named
  after its person glued or in a GEDCOM's lower case, an obituary's file; the key `home_person`; a record search's
  names on a genealogy site without GeneWeb's `oc`; a family tree's route's slug.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSONAL = [
    # (a tree's person)
    "Dunstreth Quenby family tree", "Orla Quenby stammbaum", "Tjorven Dunstreth's Stamboom",
    "Family tree – by Tjorven Dunstreth", "Stammbaum von Orla Quenby", "Baumbesitzerin: Orla Quenby",
    "Start person: Tjorven Dunstreth", "Slægtstræ for Tjorven Dunstreth",
    # (a DNA match)
    "New relative: Tjorven Dunstreth", "Tjorven Dunstreth ist dein Cousin", "Orla Quenby est ta cousine",
    "Tjorven Dunstreth is your half sibling", "Tjorven Dunstreth – 3.1% shared DNA",
    "Tjorven Dunstreth shares 98 cM with you", "Estimated relationship: 2nd Cousin – Tjorven Dunstreth",
    "ThruLines: Orla Quenby", "One to one with Tjorven Dunstreth",
    # (an inviter)
    "Tjorven Dunstreth has added you to his tree", "Tjorven Dunstreth wants to connect on Geni",
    "Orla Quenby te invita a ver su árbol",
    # (a relative)
    "my great-great-grandfather Tjorven Dunstreth", "my late mother Orla Quenby", "our ancestor Orla Quenby, 1850",
    "my dad's cousin Tjorven Dunstreth", "meine Urgroßmutter Orla Quenby", "mi tatarabuelo Tjorven Dunstreth",
    "my biological father Tjorven Dunstreth",
    # (the deceased)
    "Funeral service of Orla Quenby", "Celebration of Life for Tjorven Dunstreth", "Gedenkseite von Tjorven Dunstreth",
    "Memorial service – Orla Quenby", "Always in our hearts Tjorven Dunstreth", "Dødsfall: Orla Quenby",
    # (GEDCOM, a register, files)
    "1 SURN Dunstreth", "0 @I9@ INDI 1 NAME Tjorven /Dunstreth/", "Marriage: DUNSTRETH, TJORVEN and QUENBY, ORLA",
    "tjorven_dunstreth.ged", "TjorvenDunstreth_tree.ged", "Tjorven_Dunstreth_funeral.pdf",
]

ORDINARY = [
    # (a tree's look-alikes: a product, a guide, a maker, a public figure's with a title, a fiction's)
    "Royal Family tree", "Game of Thrones family tree", "Family tree of English Monarchs", "Family tree by Ancestry",
    "Family Tree Maker by MacKiev", "Stammbaum für Anfänger", "Slægtstræ for begyndere", "Baumbesitzer: bitte anmelden",
    "Root person: change it", "Personalised family tree print",
    # (a match's features' pages)
    "You have a new relative match – view list", "Theory of Family Relativity explained", "ThruLines: how it works",
    "Predicted relationship: how it works", "Predicted relationship: Half Sibling – View Match",
    "New relative: how to contact", "One-to-one with GEDmatch", "Your match is your 2nd cousin", "Shop shares 5% DNA",
    # (a kin's gift, a clock)
    "my grandmother clock", "for my mum Cashmere Scarf", "My Late Grandma Rose Necklace", "our grandmother clock",
    # (a funeral's and a memorial's goods and guides)
    "Funeral Flowers – White Lily Wreath", "Funeral service planning guide", "Funeral Service for Pets",
    "Celebration of Life Ideas", "Memorial page: how to create", "Memorial Page Template Free",
    "Forever In Our Hearts Memorial Candle", "Gedenkseite erstellen",
    # (GEDCOM's tags explained, a tree's files of no one)
    "GEDCOM GIVN tag explained", "2 GIVN tag", "family_tree_template.ged", "my_tree.ged", "export_2024.ged",
    "FamilyTree_Template.pdf", "MyHeritage_DNA_raw.zip", "Obituary_Writing_Guide.pdf",
    "Funeral_Order_Of_Service_Template.pdf", "Celebration of Life – Bob Marley Tribute",
]

PERSONAL_KEYS = ["home_person", "homePerson", "root_person", "start_person", "home_person_id"]
ORDINARY_KEYS = ["home", "home_page", "person_count", "tree_id", "start", "root"]

PERSONAL_URLS = [
    "https://gw.geneanet.org/base?lang=en&n=dunstreth&p=tjorven",
    "https://shop.example.com/family-tree/tjorven-dunstreth", "https://shop.example.com/stammbaum/orla-quenby",
]
ORDINARY_URLS = [
    "https://shop.example.com/list?n=shoes&p=red", "https://shop.example.com/family-tree/wall-art",
    "https://shop.example.com/family-tree/canvas-prints", "https://shop.example.com/family-tree/how-to-start",
    "https://shop.example.com/stammbaum/vorlage-kostenlos", "https://shop.example.com/family-tree/templates",
]

# The prices: a public person's family tree in text and on a tree's route is read as its person's (only a list of public
# people tells them from a customer); a newspaper's notices' page after a notice's word and a dash, as review 36's
# `Nécrologie – Le Monde` was.
PRICES = ["Abraham Lincoln family tree", "Abraham Lincoln's family tree", "Avis de décès – Ouest France"]
# ... and a funeral's or a memorial page's name of three words goes out (a tribute's title goes on after two).
PRICES_OUT = ["Funeral service for Orla Jane Quenby"]
PRICED_URLS = ["https://shop.example.com/family-tree/abraham-lincoln"]


@pytest.mark.parametrize("text", PERSONAL)
def test_a_genealogy_sites_person_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", ORDINARY)
def test_a_genealogy_look_alike_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_a_trees_home_person_key_is_refused(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_a_home_or_a_persons_count_key_goes_out(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_a_trees_person_in_a_url_is_cut(url: str) -> None:
    assert privacy.clean_url(url) in ("https://shop.example.com/", url.partition("?")[0])


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_a_trees_shop_url_goes_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize("text", PRICES)
def test_the_price_a_public_persons_tree_or_a_papers_notices_is_refused(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("url", PRICED_URLS)
def test_the_price_a_public_persons_tree_route_is_cut(url: str) -> None:
    assert privacy.clean_url(url) == "https://shop.example.com/"


@pytest.mark.parametrize("text", PRICES_OUT)
def test_the_price_a_funerals_name_of_three_words_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
