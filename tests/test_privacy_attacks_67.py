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

import pytest

from privacy_attack_cases_2 import (
    attack_params,
    naming_problems,
    ordinary_goes_out,
    ordinary_params,
    outcome,
    readme_misses,
)
from privacy_attack_cases_67 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a couple's names in a wedding album's or a photo book's title with the date (`Our Wedding – … & … – 14 June
    # 2025`, `Mariage de … et …`, `le nozze di … e …`, `Ślub …`), as a query's value or a slug too; a family's name on
    # a calendar (`The … Family 2027`), a hen party's shirt (`Team Bride – … – 14.06.2026`), a mug's or a label's lines
    # as query values (`line2=…`), a booking's slug, a wedding photo's or a cake topper's file named after a person
    # (a review signed with a town, `…, Nantes`, is read since closer 132)
    "names with no label or salutation": [
        "photobook uk wedding title @", "photobook fr mariage @", "photobook it nozze @", "photobook nl bruiloft @",
        "photobook pl slub @", "photobook jp wedding album @", "photobook br casamento @", "photobook editor slug @",
        "photobook share link title @", "gift calendar family @", "gift tshirt team bride @",
        "gift mug preview text @", "label label lines query @", "booking manage slug @", "upload img wedding @",
        "upload photo mariage @", "upload abuela cumple @", "upload hochzeit plus @", "upload cake topper @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a salon's branch address, the business's and public (`Salon Soho – 12 Greek Street, London`)
    "a branch's address": [
        f"personalisation: {value} @ {where}" for value in [
            "Salon Soho – 12 Greek Street, London", "Filiale Berlin-Mitte, Friedrichstraße 68, 10117 Berlin"]
        for where in ["custom property", "product name"]],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "sixty-seventh", NOT_CLAIMED))
def test_no_sixty_seventh_attack_value_leaves_the_core(case):
    assert outcome(case) == []


def test_the_sixty_seventh_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 140 <= len(names) <= 160
    assert len({name.split(" ")[0] for name in names}) <= 12
    assert 290 <= len(ORDINARY) <= 320


def test_every_sentence_not_claimed_is_documented():
    assert readme_misses(NOT_CLAIMED) == []


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "sixty-seventh"))
def test_ordinary_data_of_the_sixty_seventh_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
