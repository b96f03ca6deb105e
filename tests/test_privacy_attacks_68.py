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
LEAKS: Dict[str, List[str]] = {}

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
