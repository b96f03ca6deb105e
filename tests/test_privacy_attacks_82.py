"""An eighty-second outside attack (tests/privacy_attack_cases_82.py, written blind from the README's promises,
without reading the gate's code, its reference nor the earlier attacks' cases): photo printing and personalised
goods, photo books, calendars, canvases, name mugs and T-shirts, children's books, name labels, house signs, pet
portraits, business cards, stamps, engravings, upload file names, proofs and design editors (issue 16). About 270
ordinary cases (products and formats, themes, fonts, colours, finishes, placeholders, public characters, shipping
and upload statuses, quantities and prices, searches, help pages, in several languages), which must go out whole;
and about 130 personal cases putting a customer's or a recipient's own data, as printed on a product or carried by
its project, in the same leaves, each with a made-up marker (`Quostervald`, `Brindlecote`, `739184`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_82 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a name printed on a product after a dash or in its words (`Mug: World's Best Dad – <Given> <Family>`, `Team
    # Bride …`, `The <Family> Kitchen`), initials and a family name engraved with a date, a child's name and age, a
    # name label's child before a nursery, a photo's or a proof's file name, a project's id or slug, an editor's text
    # in a URL's query
    "names with no label or salutation": ["printed mug dad @", "printed mug grandma de @",
                                          "printed tshirt family reunion @", "printed tshirt hen party @",
                                          "printed cutting board @", "printed nl photobook cover @",
                                          "gift ring engraving @",
                                          "printed etsy personalization @", "children book age @",
                                          "children book fr @", "children label es nursery @",
                                          "children photo file birthday @", "project id with name @",
                                          "project project slug @", "project proof pdf @",
                                          "project editor recipient @ page url",
                                          "project editor recipient @ referrer"],
    # a house sign's number and street, with no town (`Slate house sign: 14 <Street> Road`), or with a family's name
    # as a product's id
    "a street line alone": ["contact house sign number @", "contact house sign de @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "eighty-second", cases=(120, 140), family_count=(0, 12),
                              ordinary=(250, 300)))
