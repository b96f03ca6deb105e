"""An eighty-ninth outside attack (tests/privacy_attack_cases_89.py, written blind from the README's promises,
without reading the gate's code, its reference nor the earlier attacks' cases): genealogy and DNA testing (Ancestry,
MyHeritage, 23andMe, FamilySearch, Geni, Findmypast, Geneanet, FamilyTreeDNA, GEDmatch, Find a Grave; issue 16).
About 300 ordinary values (kits, plans and prices, features, record collections, ethnicity regions, haplogroups,
archives and cemeteries, statuses, guidance pages, famous trees and people in the news, in several languages), which
must go out whole; and about 160 personal cases putting a researcher's own data and her living family's in the same
leaves (a tree's owner, a relative after a kinship word, a DNA match, a health report, a kit's number, a national id
in an archive's request, a parent's notice or grave, a census or a parish entry, a GEDCOM line or file, a record
search's link, an invitation), each with a made-up marker (`Morvandecq`, `Pruvellan`, `738254`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_89 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a tree's title naming its person in Russian (`Генеалогическое древо: …, 1986 г.р.`; the canonical form folds
    # Cyrillic's look-alikes into Latin letters, a name no longer a name's shape)
    "a family tree's owner or person": ["tree Russian древо @"],
    # a GeneWeb tree's base named after its owner (`gw.geneanet.org/hmorvandecq`: an initial glued to a family name),
    # its query dropped
    "a tree's base named after its owner": ["link Geneanet GeneWeb @ page url under dropped query"],
    # a name's page whose slug is a given and a family name, a link given as text (`myheritage.com/names/given_family`:
    # two lower-case words, a list's page's as often, `/names/most_popular`)
    "a name's page slug": ["link MyHeritage names page @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a full name in lower case typed into a record search (`… 1986 brno`, `… obituary leeds 2019`, `ilse … born
    # 1958`, `geburtsurkunde …`), a family name before `family tree` and a parent's given name, a relative after a
    # kinship word with no possessive or label (`Adoption search: birth mother …, Leeds`), a grandfather's full name
    # in a photo's file name (`IMG_Grandpa_…_1938.jpg`)
    "names with no label or salutation": ["search name and year @", "search father's obituary @",
                                          "search maiden name @", "search Geburtsurkunde @",
                                          "search surname with relation @", "relative adoption search @",
                                          "file photo upload @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a president's full name and life's span before a genealogy site's name, the layout closer 145 refuses
    "a famous person's tree page": ["famous: Abraham Lincoln (1809–1865) • FamilySearch @ page title",
                                    "famous: Abraham Lincoln (1809–1865) • FamilySearch @ content name"],
}


globals().update(attack_tests(globals(), "eighty-ninth", cases=(155, 160), family_count=(10, 10),
                              ordinary=(300, 310)))
