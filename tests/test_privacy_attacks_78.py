"""A seventy-eighth outside attack (tests/privacy_attack_cases_78.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): weddings and family celebrations, registries,
invitations and RSVPs, guest lists and seating plans, photographers' galleries, engravings and personalised gifts,
bridal appointments and venues' enquiries, christenings, bar and bat mitzvahs, quinceañeras, anniversaries and
birthdays (issue 16). About 330 ordinary cases (products, registry categories, venues, packages, an event's date,
sizes and colours, RSVP words, menus, galleries without people, a public figure's wedding in the news, help pages,
shop URLs, in several languages), which must go out whole; and about 140 personal cases putting a couple's, a guest's,
a baby's or a celebrated child's data in the same leaves, each with a made-up marker (`Quarndish`, `Oskerwold`,
`418627`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_78 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a couple's family names joined by a dash before a wedding's word (`…–… Wedding Website`), a couple's names in
    # Japanese order after `結婚式`
    "a couple's names beside a celebration's word": ["couple website heading @", "couple Japanese kekkonshiki @"],
    # an engraving's lines as a JSON object's members, the couple's given names on one and a family name on the next
    # (`{"line_1": "… & …", "line_2": "… 12.06.2026"}`)
    "an engraving's or a personalised gift's names": ["engraving JSON lines @"],
    # a gift message signed after a sender's `from` or kisses (`from …`, `xx …`)
    "a gift message's signature": ["gift to and from @", "gift anniversary given name @"],
    # a baby's name glued in a baby registry's slug (`/baby-<given>-<family>`)
    "a baby's name and birth": ["birth Babylist slug @"],
    # a honeymoon fund's transfer reference whose code alone holds a family name, no wedding's word beside it (`Bank
    # transfer ref: HM-…-418627`)
    "a honeymoon fund's transfer reference": ["honeymoon reference code @"],
    # a guest list's names under a guests' key in a query inside a JSON title (`guests=Given Family,…`)
    "a guest list's names": ["guestlist query list @"],
    # a couple's glued names in a registry's slug, a host or an archive's file (`/wedding/<glued names>`,
    # `<family>wedding2026.pic-time.com`, `<Family>-Wedding-Proofs-<n>.zip`), given names alone beside a wedding's word
    # (`/galerie/mariage-<given>-<given>/`)
    "a couple's names in a slug beside a celebration's word": [
        "registry glued names @", "gallery proofs archive @", "gallery French galerie mariage @",
        "gallery Pic-Time with pin @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a full name after a wish with no closing word, or after a dash alone (`Tanti auguri agli sposi – …`); a couple's
    # names in a registry's or a gallery's slug with no celebration's word beside them (`/registry/<given>-and-
    # <given>-2026`, `/us/<names>-jun-2026/registry`, `/wishlists/<family>-<family>-…/`, `/liste/<family>-und-…`,
    # `IMG_<Family>_<Family>_0142.jpg`, `<family>-family-session-…`)
    "names with no label or salutation": [
        "gift Italian auguri dash @", "gift Polish signed @", "registry Zola given names @",
        "registry The Knot full names @", "registry Amazon registry @", "registry Prezola wishlist with marker @",
        "registry Hochzeitstisch @", "registry liste de mariage @", "gallery Pixieset given names @",
        "gallery image file @", "gallery family session @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "seventy-eighth", cases=(140, 160), family_count=(0, 16),
                              ordinary=(290, 340)))
