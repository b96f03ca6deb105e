"""A forty-first outside attack (tests/privacy_attack_cases_41.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): where a shop's catalogue itself carries a shopper's data
(personalised products and variants, gift registries and wishlists, baby registries, coupon and referral codes, gift
card recipients, personalised print files and photos, made-to-measure orders, in the languages Edgee's shops sell
in), under a personalised line item's own keys, sent or listed, and in every leaf the README maps, under each
data-minimisation setting; the same fields holding nothing personal must go out; run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README); ordinary
data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_41 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `Custom Name Necklace - Sorvane Vrendelkamp`, `Engraved: S. Vrendelkamp + M.K. 12/06/2021`,
    # `Ysoldine Halmstrupp & Tom Jones - Wedding Registry`, `Ysoldine's Wishlist`, `/registry/halmstrupp-jones-…`,
    # `Baby Pelleas Ondrevik * 10.03.2025`, `JORVELKASS10`, `To Mirabeth from Sam`, `Lisandre Brunnelvoss - chest 102,
    # waist 86`
    "a person's name written without a salutation or a personal label before it": [
        "perso EN name after a dash @", "perso EN engraved initials and names @", "reg EN couple title @",
        "reg EN given name possessive @", "reg EN slug names @ contents id", "baby EN name and star @ content name",
        "baby EN name and star @ status", "baby EN name and star @ search string", "code EN name code @",
        "file EN name in path @", "gcard EN to from names @ url query value",
        "gcard EN to from names @ url fragment", "gcard EN to from names @ page search field",
        "mtm EN name and sizes @"],
    # `jorvel-kass-gmail-com` as a coupon or an event's name (free text; in an id it is read)
    "The rules for pieces put together miss an address made a code in lower case with a dash for its `@`": [
        "code EN mail slug code @ event name", "code EN mail slug code @ listed key coupon"],
    # `14_Kwaspelin_Road_Auckland.pdf` as a product's or a content's id (in free text it is read)
    "an address in an id or in a URL path with `+` for its blanks": [
        "file EN street file @ product id", "file EN street file @ contents id"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "forty-first", cases=(300, 500),
                              families=["baby", "code", "file", "gcard", "mtm", "perso", "reg"], ordinary=(100, 150)))
