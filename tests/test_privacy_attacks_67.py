"""A sixty-seventh outside attack (tests/privacy_attack_cases_67.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): beauty, wellness and personalised printing,
salons' and barbers' bookings, nail and lash studios, spas, tattoo and piercing consent forms, aesthetic clinics,
opticians' try-ons, skin quizzes, photo books and wedding albums, invitations, personalised mugs and engraving, name
labels for school clothes, business cards (issue 16). About 300 ordinary cases (services, shades and colour codes,
skin types and INCI lists, SKUs and EANs, print formats and paper weights, templates and fonts, stylists' roles,
branch slugs, time slots, promo codes, gift cards, personalisation options, brands named after their founders, in
several languages), which must go out whole; and about 150 personal cases putting a client's own data in the same
leaves (a booking's client and phone, a scalp condition or a pregnancy noted beside a name, a consent form's date of
birth and id, a skin quiz's result, a couple's names on an album, hosts and their home on an invitation, a child's
name on a mug, a pupil's name and school on labels, a phone engraved, a business card, an upload named after a person,
a signed review), each with a made-up marker (`Falstowe`, `Vessenkamp`, `958472`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_67 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a mug's or a label's lines as query values (`line2=…`), a booking's slug (a couple's names in a wedding album's
    # title, a family's on a calendar, a hen party's shirt, a celebration's upload or slug are read since closer 139; a
    # review signed with a town, `…, Nantes`, since closer 132)
    "names with no label or salutation": [
        "gift mug preview text @", "label label lines query @", "booking manage slug @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a salon's branch address, the business's and public (`Filiale Berlin-Mitte, Friedrichstraße 68`: a district's
    # name, no street line, after the label; `Salon Soho – 12 Greek Street, London` goes out since closer 227)
    "a branch's address": [
        f"personalisation: Filiale Berlin-Mitte, Friedrichstraße 68, 10117 Berlin @ {where}"
        for where in ["custom property", "product name"]],
}


globals().update(attack_tests(globals(), "sixty-seventh", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
