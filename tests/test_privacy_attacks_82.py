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
    # a gift's closing or a message signed as the reader's own before a full name, with no comma after the closing
    # (`…, love from <Given> <Family> x`, `Deine <Given> <Family>`, `Love from <Given>, <Given> & <Given> <Family>`)
    "closings without a comma": ["gift message en @", "gift message de @", "printed christmas card signed @"],
    # a calendar's family birthdays: a full name and its birth date after a birthdays heading (`Calendar birthdays:
    # Oma <Given> <Family> 12.03.1948`, `Verjaardagskalender: opa … 23-09-1951`)
    "birthdays heading before a name and a date": ["children calendar oma @", "children calendar nl @"],
    # the same birthdays caught as a visitor's property, sent as a custom event's name
    "custom event name": ["children calendar de list @ custom event name"],
    # a pet's owner after `owner` in running text, with no colon (`Pet portrait of Biscuit – owner <Given> <Family>`)
    "owner without a colon": ["contact pet portrait owner @"],
    # a product's own words naming whose name it carries or whom it is for (`Kubek z imieniem: …`, 'a mug with the
    # name'; `Persönliches Kinderbuch für <Given> <Family> (6 Jahre)`)
    "a product's words for its name or its recipient": ["printed pl mug @", "children book de @"],
    # a card's recipient after `To` and a relation, as a product's id (`Card front: To Grandad <Given> <Family>, 80
    # today!`)
    "a card's recipient in an id": ["gift card to grandad @"],
    # a quoted full name and a class in a design's text layer, refused as a search, sent as a content name
    "refused in one leaf, sent in another": ["printed design layer @ standard content name"],
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
