"""A sixty-eighth outside attack (tests/privacy_attack_cases_68.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): funerals, memorials, genealogy and DNA tests
(issue 16). About 300 ordinary cases (coffins, urns, wreaths, ribbon templates, granites and fonts, record
collections, DNA kits and haplogroups, plans, slots, promo codes, SKUs), which must go out whole; and about 150
personal cases putting a deceased's or a relative's own data in the same leaves (names with their dates, next of
kin's phones and addresses, ribbon and engraving texts, obituary slugs, signed condolences, family tree person pages,
DNA matches and health reports tied to a name, kit codes, death certificates, pre-need policies, crowdfunding pages),
each with a made-up marker (`Quelvenast`, `Wimmelstrath`, `472958`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_68 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a person's page by meaning before the slug naming them: an obituary, a death notice, a Traueranzeige's
    # condolence book, an esquela, a grave's memorial, a DNA match (`/obituaries/name/<slug>`,
    # `/obituaries/2026/11/14/<slug>-1938-2026/`, `/memorial/<id>/<slug>`, `/dna/match/<slug>`)
    "an obituary's, a memorial's or a match's page slug": [
        "obituary legacy slug @", "obituary dated slug @", "obituary condolence book @", "obituary rip.ie notice @",
        "obituary Spanish esquela link @", "tree grave index slug @", "dna match page slug @"],
    # a family tree's person by their life's years in brackets, a tree's words or a memorial's number
    # (`… (1938–2026) • FamilySearch`, `Family tree of …`, `Arbre généalogique de …`, `Antavla för …`,
    # `家系図：…（昭和13年生まれ）`, `Find a Grave Memorial #… – …`, `… Obituary (1938 – 2026)`)
    "a family tree's person": [
        "tree page title with life years @ product name", "tree family tree of @ product brand",
        "tree French arbre @ json property", "tree Spanish árbol @ url path",
        "tree find a grave memorial @ url fragment", "tree Swedish antavla @ referrer path",
        "tree Italian albero @ referrer query", "tree Japanese 家系図 @ page name",
        "obituary title with life years @ referrer path"],
    # a family tree's person id under its key in a link given as text (`?pid=LZX4-…`)
    "a tree's person id in a link": ["tree person query @"],
    # a DNA match, a genetic or a health result, an ethnicity estimate tied to a full name (`…, 3rd cousin, 87 cM`,
    # `APOE ε4/ε4 – … – …`, `Gesundheitsbericht für …`, `Carrier status … for …`, `Cause of death: … – …`; closer 144
    # claimed `DNA match: …` as a party's label)
    "a genetic or health result tied to a name": [
        "dna match as cousin @ custom event name",
        "dna APOE with a name @ standard search string", "dna German Gesundheitsbericht @ standard order id",
        "dna French rapport santé @ standard contents title",
        "dna ethnicity of a named person @ url path under dropped query",
        "dna carrier status @ referrer path under dropped query", "dna haplogroup with a name @ event id",
        "dna Spanish coincidencia @ product id", "certificate cause of death with name @ content name"],
    # a DNA kit's activation code, sample barcode or kit number after its label or in its activation link
    # (`Activation code: …`, `Sample barcode: …`, `GEDmatch kit T…`, `/activate?code=…`)
    "a DNA kit's code": [
        "dna kit activation code @ listed custom property", "dna GEDmatch kit with uploader @ listed page property",
        "dna sample barcode @ url fragment under dropped query", "dna activation link @ standard search string"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a family name alone in a search with a birth year (`… born 1938 Leeds`), a name opening a grave's plot line
    # (`…, Lawnswood Cemetery, plot K …`), a crowdfunding page's slug naming the person (`/f/help-bury-<slug>`)
    "names with no label or salutation": [
        "tree search by name and birth @ product category", "tree grave plot @ page search field",
        "crowdfund gofundme slug @", "crowdfund vakinha slug @", "crowdfund leetchi slug @ page url"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "sixty-eighth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
