"""A thirty-ninth outside attack (tests/privacy_attack_cases_39.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): what shoppers type into a shop's own forms, as the shop's tag
manager forwards it (gift messages, delivery instructions, engravings, booking forms, customer-service tickets and
B2B purchase forms, in the languages Edgee's shops sell in), under the form's own keys, sent or listed, and in every
leaf the README maps, under each data-minimisation setting; the same fields holding nothing personal must go out;
run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence, which a test finds in the README); ordinary
data that the gate drops today is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_39 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # `Mia Quellhofer * 17.09.2019`, `O. Quellhofer & J. Brandt 14.02.2015`, `To Annelvie from Sam xx`
    "a person's name written without a salutation or a personal label before it": [
        "engr DE name and star @", "engr EN initials and names @", "gift EN to from names @"],
    # `Für Oma Annelvie, alles Liebe`
    "a kin word and one given name (`Für Oma Gertrud`) are not read": ["gift DE fuer oma given name @"],
    # `Re: Refund for Ana Ruizquela #4512`
    "a name in a subject line's title case after `for`": ["cs EN subject for @"],
    # `FAO: Ingmar Brackenwold` (`FAO:` is read "as after `Attention:`"; with a title it is: `FAO: Mr Ingmar …`)
    "`Attention:` written out before two capitalized words opens a shop's banner as often as a parcel's label "
    "(`Attention: Flash Sale`) and is not read without a title": ["b2b EN fao @"],
    # `BTW-nummer: NL<BSN>B01`: a sole trader's VAT number of the old layout, holding the BSN
    "a Dutch VAT number of the old layout": ["b2b NL btw old layout @"],
    # `親愛的王霓蔓：生日快樂！`, `王霓蔓女士您好，祝您生日快乐` as an order's or a content's id: one word, no
    # blank
    "free text only, not ids": ["gift ZH qin ai de @ order id", "gift ZH xiansheng nihao @ content ids"],
    # `Nacido 24/09/2019`: Spanish "born" with no preposition after it
    "and \"born\" of French, Italian, Spanish and Portuguese before the preposition its date takes": [
        "engr ES nacido @"],
}

# Ordinary data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
}


globals().update(attack_tests(globals(), "thirty-ninth", cases=(300, 500),
                              families=["b2b", "book", "cs", "deliv", "engr", "gift"], ordinary=(100, 150)))
